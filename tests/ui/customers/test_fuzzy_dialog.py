"""Similar names…: fuzzy name-matching proposals found in the background, accepted or rejected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from workbench.analysis.linking import LinkKey
from workbench.services import customers, importing
from workbench.services.linking import (
    default_keys,
    find_fuzzy_matches,
    fuzzy_proposals,
    link_customers,
    resolve_source,
)
from workbench.services.project import open_project
from workbench.ui.customers.fuzzy_dialog import DEFAULT_THRESHOLD, ProposalsModel

#: A web shop export: Giulia and Marco spelled differently than in the CRM, Anna only here.
WEB = (
    "order,Full name,Email\n"
    "1,Giulia Rosi,g.rosi@example.com\n"
    "2,Marco Bianki,mbianki@example.com\n"
    "3,Anna Verdi,anna@example.com\n"
)


@pytest.fixture
def web_study(study, tmp_path) -> Path:
    """The study plus a web shop whose names nearly match the CRM's; linked by exact keys."""
    file = tmp_path / "web.csv"
    file.write_text(WEB, "utf-8")
    with open_project(study) as project:
        importing.import_file(project, file)
        link_customers(project, default_keys(project))
    return study


def customers_named(tab, text: str) -> int:
    return customers.count_customers(tab.project, text)


def pair_rows(dialog) -> dict[tuple[str, str], int]:
    model = dialog.model
    return {(model.index(r, ProposalsModel.NAME_A).data(), model.index(r, ProposalsModel.NAME_B).data()): r
            for r in range(model.rowCount())}


def find(dialog, qtbot) -> None:
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.worker is not None
    qtbot.waitUntil(lambda: not dialog.finding, timeout=10_000)
    assert dialog.worker.outcome == "finished"


def test_name_columns_are_ticked_and_the_threshold_is_explained(web_study, open_tab):
    tab = open_tab(web_study)
    dialog = tab.open_fuzzy_dialog()
    assert dialog is tab.fuzzy_dialog and dialog.isVisible()
    ticked = {(c.source.file_name, c.column.title) for c in dialog.columns_model.choices if c.used}
    assert ticked == {("crm.csv", "Name"), ("web.csv", "Full name")}
    assert dialog.threshold() == DEFAULT_THRESHOLD == dialog.threshold_slider.value()
    assert str(DEFAULT_THRESHOLD) in dialog.threshold_hint.text()
    dialog.threshold_slider.setValue(72)
    assert dialog.threshold_spin.value() == 72 and "72" in dialog.threshold_hint.text()
    dialog.threshold_spin.setValue(30)  # below the slider's range: the spin box decides
    assert dialog.threshold() == 30 and dialog.threshold_slider.value() == dialog.threshold_slider.minimum()
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisibleTo(dialog)
    # no name column ticked: nothing to search
    for row in range(dialog.columns_model.rowCount()):
        dialog.columns_model.setData(dialog.columns_model.index(row, 0), Qt.CheckState.Unchecked.value,
                                     Qt.ItemDataRole.CheckStateRole)
    assert not dialog.find_button.isEnabled()
    assert dialog.start_finding() is None


def test_accepting_a_proposal_merges_the_customers_and_undo_splits_them(
        web_study, open_tab, qtbot, window, shots):
    tab = open_tab(web_study)
    before = tab.model.rowCount()
    assert customers_named(tab, "Giulia") == 2
    dialog = tab.open_fuzzy_dialog()
    with open_project(web_study, readonly=True) as project:
        customers_before = customers.count_customers(project)
    find(dialog, qtbot)
    rows = pair_rows(dialog)
    assert ("Giulia Rossi", "Giulia Rosi") in rows
    assert not any("Anna Verdi" in pair for pair in rows)
    assert customers.count_customers(tab.project) == customers_before  # finding merges nothing
    assert tab.model.rowCount() == before
    row = rows[("Giulia Rossi", "Giulia Rosi")]
    model = dialog.model
    assert model.index(row, ProposalsModel.SOURCE_A).data() == "crm.csv"
    assert model.index(row, ProposalsModel.SOURCE_B).data() == "web.csv"
    score = model.index(row, ProposalsModel.SCORE).data(Qt.ItemDataRole.UserRole)
    assert DEFAULT_THRESHOLD <= score < 100
    assert "crm.csv:Name" in model.index(row, ProposalsModel.EVIDENCE).data()
    assert "web.csv:Full name" in model.index(row, ProposalsModel.EVIDENCE).data()
    assert not dialog.accept_button.isEnabled()  # nothing selected yet

    dialog.select_rows([row])
    assert dialog.accept_button.isEnabled()
    dialog.resize(980, 660)
    qtbot.wait(100)  # let the layout settle for the screenshot
    assert dialog.grab().save(str(shots / "fuzzy.png"))
    assert not QImage(str(shots / "fuzzy.png")).isNull()

    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == before - 1
    assert customers_named(tab, "Giulia") == 1
    assert ("Giulia Rossi", "Giulia Rosi") not in pair_rows(dialog)
    assert window.undo_stack.count() == 1
    assert "Giulia" in window.undo_stack.undoText()
    tab.search_box.setText("Giulia")
    tab.apply_search()
    assert tab.model.rowCount() == 1
    assert {name for _, name, _ in tab.page.page.sources} >= {"crm.csv", "web.csv"}

    window.undo_stack.undo()
    assert customers_named(tab, "Giulia") == 2
    assert tab.model.rowCount() == 2  # the search "Giulia" is kept
    assert ("Giulia Rossi", "Giulia Rosi") in pair_rows(dialog)  # open again
    window.undo_stack.redo()
    assert customers_named(tab, "Giulia") == 1
    assert ("Giulia Rossi", "Giulia Rosi") not in pair_rows(dialog)


def test_rejected_proposal_is_hidden_and_not_proposed_again(web_study, open_tab, qtbot, window):
    tab = open_tab(web_study)
    before = tab.model.rowCount()
    dialog = tab.open_fuzzy_dialog()
    find(dialog, qtbot)
    dialog.select_rows([pair_rows(dialog)[("Giulia Rossi", "Giulia Rosi")]])
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    assert ("Giulia Rossi", "Giulia Rosi") not in pair_rows(dialog)
    assert tab.model.rowCount() == before  # nothing merged
    with open_project(web_study, readonly=True) as project:
        assert [(p.value_a, p.value_b) for p in fuzzy_proposals(project, "rejected")] == [
            ("Giulia Rossi", "Giulia Rosi")]

    find(dialog, qtbot)
    assert ("Giulia Rossi", "Giulia Rosi") not in pair_rows(dialog)
    assert "Giulia Rosi" not in {p.value_b for p in dialog.model.proposals}

    window.undo_stack.undo()  # the rejection is forgotten: proposed again
    assert ("Giulia Rossi", "Giulia Rosi") in pair_rows(dialog)


def test_open_proposals_show_when_the_dialog_opens_and_several_are_accepted_at_once(
        web_study, open_tab, window):
    with open_project(web_study) as project:
        keys = [LinkKey(resolve_source(project, "crm.csv").id, "Name"),
                LinkKey(resolve_source(project, "web.csv").id, "Full name")]
        stored = find_fuzzy_matches(project, keys, threshold=85)
    assert len(stored) >= 2
    tab = open_tab(web_study)
    before = tab.model.rowCount()
    dialog = tab.open_fuzzy_dialog()
    assert sorted(p.id for p in dialog.model.proposals) == sorted(p.id for p in stored)
    assert "(" in dialog.proposals_title.text() and not dialog.empty_label.isVisibleTo(dialog)

    dialog.select_rows(range(dialog.model.rowCount()))
    decisions = dialog.accept_selected()
    assert len(decisions) == len(stored)
    assert tab.model.rowCount() == before - len(stored)
    assert dialog.model.rowCount() == 0
    assert window.undo_stack.count() == 1  # one step for the whole selection
    window.undo_stack.undo()  # splits every merge, newest first
    assert tab.model.rowCount() == before
    assert dialog.model.rowCount() == len(stored)


def test_similar_names_dialog_closes_with_the_project(web_study, open_tab, window, qtbot):
    tab = open_tab(web_study)
    dialog = tab.open_fuzzy_dialog()
    assert tab.open_fuzzy_dialog() is dialog  # one at a time
    window.close_project()
    assert tab.fuzzy_dialog is None
    assert not dialog.isVisible()
