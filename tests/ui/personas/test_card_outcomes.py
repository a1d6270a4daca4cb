"""Persona cards on screen: outcomes measured per persona, one line per fact, the draft
story, weak structure said plainly with a rerun, and the new-set dialog's three kinds of
attribute (clustered, described, measured). Real project files throughout."""

from __future__ import annotations

import csv
import random
from dataclasses import replace
from pathlib import Path

import pytest
from planted_data import write_planted_csv
from PySide6.QtCore import QLocale, Qt

from tests.export.persona_outcome_data import (
    DRAFT_STORY,
    GROUPED_ALSO,
    WEIGHTING,
    store_outcome_set,
)
from workbench.services.importing import import_file
from workbench.services.personas import persona_sets, personas_of
from workbench.services.project import create_project, open_project
from workbench.ui.personas.background import load_set_details
from workbench.ui.personas.card import PersonaCard
from workbench.ui.personas.editor import PersonaEditorDialog
from workbench.ui.personas.set_view import PersonaSetView

TIMEOUT = 20_000


@pytest.fixture
def outcome_project(tmp_path) -> tuple[Path, int]:
    """A project holding a weak two-persona set with outcomes (constructed profiles)."""
    path = create_project(tmp_path / "telco.pwb", "Telco")
    return path, store_outcome_set(path, weak=True)


@pytest.fixture
def churn_project(tmp_path) -> Path:
    """The planted CRM export with a Churn column (young web shoppers churn most), imported."""
    source = write_planted_csv(tmp_path / "crm.csv")
    with source.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    rng = random.Random(3)
    rows[0].append("Churn")
    for row in rows[1:]:
        row.append("Yes" if rng.random() < (0.6 if int(row[2]) < 35 else 0.1) else "No")
    with_churn = tmp_path / "crm_churn.csv"
    with with_churn.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    path = create_project(tmp_path / "churn.pwb", "Churn")
    with open_project(path) as project:
        import_file(project, with_churn)
    return path


def first_persona(path: Path, set_id: int):
    with open_project(path, readonly=True) as project:
        return personas_of(project, set_id)[0]


def test_outcomes_show_persona_vs_everyone_else_largest_effect_first(qtbot, outcome_project):
    persona = first_persona(*outcome_project)
    card = PersonaCard(persona, {}, None, readonly=True)
    qtbot.addWidget(card)
    card.show()
    lines = card.outcomes.lines
    # stored complaints, churn, charges: shown by effect (0.62, 0.45, 0.12)
    assert [line.outcome["outcome"] for line in lines] == ["Churn", "Monthly charges", "Complaint"]
    churn, charges, complaints = lines
    assert churn.text().startswith("Churn 42% vs 15% · risk ratio 2.8 · n = ")
    assert churn.text().endswith(QLocale().toString(1854))
    assert "40%–44%" in churn.intervals_label.text() and "14%–16%" in churn.intervals_label.text()
    assert "74.4 vs 61.3" in charges.text() and "ratio of means 1.2" in charges.text()
    # the significant lines stand out; the small, uncertain one says why to be careful
    assert churn.significant and "<b>42% vs 15%</b>" in churn.values_label.text()
    assert not churn.caution_label.isVisibleTo(card)
    assert complaints.small and "<b>" not in complaints.values_label.text().split("</b>", 1)[1]
    assert complaints.caution_label.isVisibleTo(card)
    assert "Few members (12)" in complaints.caution_label.text()
    assert "could be chance" in complaints.caution_label.text()


def test_clicking_an_outcome_asks_for_the_customers_behind_it(qtbot, outcome_project):
    persona = first_persona(*outcome_project)
    card = PersonaCard(persona, {}, None, readonly=True)
    qtbot.addWidget(card)
    card.show()
    with qtbot.waitSignal(card.effect_clicked) as clicked:
        qtbot.mouseClick(card.outcomes.lines[0], Qt.MouseButton.LeftButton)
    persona_id, line = clicked.args
    assert persona_id == persona.id
    assert (line["attribute"], line["kind"], line["level"]) == ("Churn", "categorical", "Yes")
    assert line["used_in_clustering"] is False


def test_a_card_without_outcomes_has_no_outcomes_block(qtbot, outcome_project):
    persona = first_persona(*outcome_project)
    bare = replace(persona, profile={**persona.profile, "outcomes": []})
    card = PersonaCard(bare, {}, None, readonly=True)
    qtbot.addWidget(card)
    card.show()
    assert card.outcomes.lines == [] and not card.outcomes.isVisibleTo(card)


def test_a_grouped_line_names_the_other_attributes_carrying_the_same_fact(qtbot,
                                                                         outcome_project):
    persona = first_persona(*outcome_project)
    card = PersonaCard(persona, {}, None, readonly=True)
    qtbot.addWidget(card)
    card.show()
    grouped = next(line for line in card.lines if line.effect["attribute"] == "Online security")
    assert grouped.also_label.text() == ("— also Online backup, Device protection, Tech support "
                                         "and 2 more")
    assert all(name in grouped.toolTip() for name in GROUPED_ALSO)  # every one of them
    single = next(line for line in card.lines if line.effect["attribute"] == "Tenure (months)")
    assert single.also_label is None


def test_the_draft_story_shows_as_a_draft_until_the_researcher_writes_a_narrative(
        qtbot, outcome_project):
    persona = first_persona(*outcome_project)
    card = PersonaCard(persona, {}, None, readonly=False)
    qtbot.addWidget(card)
    card.show()
    assert card.draft_label is not None and card.draft_label.text() == DRAFT_STORY
    assert card.draft_note.text() == "Draft from the figures — edit to make it yours"
    assert card.draft_label.isVisibleTo(card)

    card.set_persona(replace(persona, narrative="Ada switched to fibre last spring."))
    assert card.draft_label is None

    def shown() -> list[str]:
        return [label.text() for label in card.findChildren(type(card.name_label))
                if label.isVisibleTo(card)]

    # the replaced blocks go and the new ones show once the event loop has run
    qtbot.waitUntil(lambda: "Ada switched to fibre last spring." in shown()
                    and DRAFT_STORY not in shown())
    assert not any("Draft from the figures" in text for text in shown())


def test_the_editor_starts_the_narrative_from_the_draft_on_request(qtbot, outcome_project):
    persona = first_persona(*outcome_project)
    editor = PersonaEditorDialog(persona)
    qtbot.addWidget(editor)
    assert editor.draft_button.isVisibleTo(editor)
    assert editor.changes() == ({}, {})  # opening and closing adopts nothing
    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    assert editor.changes()[1] == {"narrative": DRAFT_STORY}

    written = PersonaEditorDialog(replace(persona, narrative="Mine."))
    qtbot.addWidget(written)
    assert not written.draft_button.isVisibleTo(written)


def set_view_of(qtbot, path: Path, set_id: int) -> PersonaSetView:
    with open_project(path, readonly=True) as project:
        details = load_set_details(project, set_id)
    view = PersonaSetView()
    qtbot.addWidget(view)
    view.show_details(details, readonly=True)
    view.show()
    return view


def test_a_weak_set_says_so_and_offers_the_clearer_subset(qtbot, outcome_project):
    view = set_view_of(qtbot, *outcome_project)
    banner = view.weak_banner
    assert banner.isVisibleTo(view)
    assert banner.title.text() == "Weak structure: these personas split a continuum"
    assert len(banner.rerun_buttons) == 1
    with qtbot.waitSignal(view.rerun_requested) as rerun:
        qtbot.mouseClick(banner.rerun_buttons[0], Qt.MouseButton.LeftButton)
    assert rerun.args == [["Tenure (months)", "Contract"], 3]


def test_a_clear_set_has_no_banner_and_shows_its_weighting_and_grouped_facts(qtbot, tmp_path):
    path = create_project(tmp_path / "clear.pwb", "Clear")
    view = set_view_of(qtbot, path, store_outcome_set(path, weak=False))
    assert not view.weak_banner.isVisibleTo(view)
    preparation = view.header.preparation.text()
    assert WEIGHTING in preparation
    assert "Counted once, as one line: Online security = No internet service with Online " \
           "backup, Device protection" in preparation


def open_personas(window, qtbot, path: Path):
    view = window.project_view
    area = view.area_widget("personas")
    with qtbot.waitSignal(area.set_shown, timeout=TIMEOUT):
        assert window.open_project(path)
    view.show_area("personas")
    return area


def test_rerun_on_a_subset_opens_the_new_set_dialog_preset_with_it(window, qtbot, churn_project):
    store_outcome_set(churn_project, weak=True, subset=["Age", "Web visits"])
    area = open_personas(window, qtbot, churn_project)
    banner = area.set_view.weak_banner
    assert banner.isVisible()
    qtbot.mouseClick(banner.rerun_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.new_dialog is not None and area.new_dialog.isVisible(),
                    timeout=TIMEOUT)
    dialog = area.new_dialog
    assert dialog.chosen_features() == ["Age", "Web visits"]
    assert dialog.k_spin.value() == 3
    # the attributes no longer clustered on still describe the cards; churn is still measured
    assert {"Income", "Store visits", "Loyalty tier", "Shoe size"} <= set(dialog.described())
    assert dialog.outcomes() == ["Churn"]
    dialog.reject()


def test_new_set_measures_outcomes_and_describes_what_is_not_clustered(window, qtbot, messages,
                                                                       churn_project):
    view = window.project_view
    area = view.area_widget("personas")
    assert window.open_project(churn_project)
    view.show_area("personas")
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.new_dialog is not None and area.new_dialog.isVisible(),
                    timeout=TIMEOUT)
    dialog = area.new_dialog
    # Churn is listed as an outcome: measured, not clustered on
    assert "Churn" not in dialog.chosen_features() and dialog.outcomes() == ["Churn"]
    # behaviour is clustered on by default; who the customers are (age) is described
    assert dialog.described() == ["Age"]
    dialog.set_chosen([f for f in dialog.chosen_features() if f != "Shoe size"])
    assert dialog.described() == ["Age", "Shoe size"]
    dialog.k_spin.setValue(4)

    with qtbot.waitSignal(area.set_shown, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert [m.kind for m in messages.shown] == []
    stored = persona_sets(window.project)[-1]
    assert "Shoe size" not in stored.settings["features"]
    assert "Churn" not in stored.settings["features"]
    assert stored.settings["describe"] == ["Age", "Shoe size"]
    assert stored.settings["outcomes"] == ["Churn"]
    cards = area.set_view.cards
    assert len(cards) == 4
    for card in cards:
        assert [line.outcome["outcome"] for line in card.outcomes.lines] == ["Churn"]
    rates = sorted(card.outcomes.lines[0].outcome["persona_value"] for card in cards)
    assert rates[-1] > 0.4 > rates[0]  # the planted young web shoppers churn most

    # clicking a churn line lists the members who churned
    line = cards[0].outcomes.lines[0]
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.members_dialog is not None
                    and bool(area.members_dialog.customer_rows()), timeout=TIMEOUT)
    rows = area.members_dialog.customer_rows()
    assert {row.value for row in rows} == {"Yes"}
    assert len(rows) == round(line.outcome["n"] * line.outcome["persona_value"])
    area.members_dialog.close()
