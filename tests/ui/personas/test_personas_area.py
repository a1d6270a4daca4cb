"""The Personas area on real project files: new sets, cards traced to customers, edits, undo."""

from __future__ import annotations

from planted_data import PLANTED
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from workbench.services.personas import persona_members, persona_sets, personas_of
from workbench.services.project import open_project

TIMEOUT = 20_000


def personas_area(window):
    window.project_view.show_area("personas")
    return window.project_view.area_widget("personas")


def open_and_show(window, qtbot, path, readonly: bool = False):
    """Open ``path`` in the window and wait until the newest persona set's cards are shown."""
    area = personas_area(window)
    with qtbot.waitSignal(area.set_shown, timeout=TIMEOUT):
        assert window.open_project(path, readonly=readonly)
    return area


def open_new_set_dialog(area, qtbot):
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.new_dialog is not None and area.new_dialog.isVisible(),
                    timeout=TIMEOUT)
    return area.new_dialog


def test_new_persona_set_with_fixed_k_shows_a_card_per_planted_group(window, qtbot,
                                                                      planted_project):
    area = personas_area(window)
    assert window.open_project(planted_project)
    assert area.new_button.isEnabled()
    dialog = open_new_set_dialog(area, qtbot)
    assert "Shoe size" in dialog.chosen_features()  # every suitable attribute is ticked
    dialog.k_spin.setValue(4)
    dialog.seed_spin.setValue(0)

    with qtbot.waitSignal(area.set_shown, timeout=TIMEOUT) as shown:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.busy  # the run works in the background

    sets = persona_sets(window.project)
    assert len(sets) == 1 and shown.args == [sets[0].id]
    assert area.current_set_id() == sets[0].id
    assert window.info.persona_sets == 1  # the header counts were refreshed
    assert not dialog.isVisible()
    cards = area.set_view.cards
    assert len(cards) == 4
    quality = sets[0].result["quality"]
    unassigned = area.set_view.unassigned.model.rowCount()
    assert sum(card.persona.size for card in cards) + unassigned == quality["n_customers"] == 246
    assert area.set_view.header.stats["customers"].value.text() == "246"
    for card in cards:
        top = card.lines[0]
        assert top.effect["attribute"] in PLANTED, top.text()
        assert top.effect["attribute"] in top.text() and " vs " in top.text()
        assert "large" in top.text()


def test_suggest_works_in_background_shows_the_chart_and_sets_k(window, qtbot, planted_project):
    area = personas_area(window)
    assert window.open_project(planted_project)
    dialog = open_new_set_dialog(area, qtbot)
    dialog.k_spin.setValue(7)
    assert not dialog.chart.isVisible()

    with qtbot.waitSignal(dialog.suggestion_ready, timeout=TIMEOUT) as ready:
        qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and dialog.stop_button.isVisible()
        assert not dialog.create_button.isEnabled()  # no run while suggesting

    suggestion = ready.args[0]
    assert suggestion.suggested_k == 4  # the four planted groups
    assert dialog.k_spin.value() == 4
    assert dialog.chart.isVisible() and dialog.chart.suggestion is suggestion
    assert dialog.reason_label.text().startswith("k=4")
    assert not dialog.busy and dialog.create_button.isEnabled()
    assert persona_sets(window.project) == []  # suggesting stores nothing


def test_cancelled_suggestion_leaves_no_new_persona_set(window, qtbot, clustered_project):
    path, _set_id = clustered_project
    area = open_and_show(window, qtbot, path)
    before = [s.id for s in persona_sets(window.project)]
    dialog = open_new_set_dialog(area, qtbot)

    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    worker = dialog.worker
    with qtbot.waitSignal(worker.cancelled, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)

    assert "nothing was changed" in dialog.activity_label.text()
    assert dialog.suggestion is None and not dialog.chart.isVisible()
    assert [s.id for s in persona_sets(window.project)] == before
    assert dialog.create_button.isEnabled()


def test_edited_persona_name_is_saved_and_undo_redo_restore_it(window, qtbot, clustered_project):
    path, set_id = clustered_project
    area = open_and_show(window, qtbot, path)
    card = area.set_view.cards[0]
    persona_id, old_name = card.persona.id, card.persona.name

    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    editor = area.editor
    assert editor is not None and editor.isVisible()
    editor.name_edit.setText("Weekend web bargain hunter")
    editor.quote_edit.setText("If the code fails at checkout, I leave.")
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def stored_name() -> str:
        return next(p.name for p in personas_of(window.project, set_id) if p.id == persona_id)

    assert stored_name() == "Weekend web bargain hunter"
    assert card.name_label.text() == "Weekend web bargain hunter"
    assert "If the code fails at checkout" in card.quote_label.text()

    window.undo_action.trigger()
    assert stored_name() == old_name
    assert card.name_label.text() == old_name
    assert card.quote_label.isHidden()

    window.redo_action.trigger()
    assert stored_name() == "Weekend web bargain hunter"
    assert card.name_label.text() == "Weekend web bargain hunter"

    window.close_project()  # kept in the file, not only on screen
    with open_project(path) as reopened:
        persona = next(p for p in personas_of(reopened, set_id) if p.id == persona_id)
    assert persona.name == "Weekend web bargain hunter"
    assert persona.quote == "If the code fails at checkout, I leave."


def test_clicking_an_attribute_line_lists_the_customers_behind_it(window, qtbot,
                                                                  planted_project):
    from workbench.services.personas import run_personas

    # Income left out: in the planted data the loyalty tier carries the same fact as income,
    # so with both the card would show the tier only as "also" on the income line.
    with open_project(planted_project) as project:
        run_personas(project, k=4, seed=0, describe=[],
                     features=["Age", "Web visits", "Store visits", "Loyalty tier"])
    area = open_and_show(window, qtbot, planted_project)
    for card in area.set_view.cards:
        card.toggle_expanded()  # every line, categories included
    lines = [line for card in area.set_view.cards for line in card.lines]
    numeric = next(line for line in lines if line.effect["kind"] == "numeric")
    category = next(line for line in lines
                    if line.effect["kind"] == "categorical" and line.effect["member_count"] > 0)

    for line in (numeric, category):
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
        dialog = area.members_dialog
        qtbot.waitUntil(lambda d=dialog: d.model.rowCount() > 0, timeout=TIMEOUT)
        rows = dialog.customer_rows()
        assert len(rows) == line.effect["member_count"]
        assert dialog.count_label.text() == f"{line.effect['member_count']} customers"
        if line.effect["kind"] == "categorical":
            assert {row.value for row in rows} == {line.effect["level"]}
        else:
            assert all(isinstance(row.value, float) for row in rows)


def test_customers_fitting_no_persona_are_listed_with_their_reason(window, qtbot,
                                                                   clustered_project):
    path, set_id = clustered_project
    area = open_and_show(window, qtbot, path)
    expected = {m["customer_id"] for m in persona_members(window.project, set_id)
                if m["persona_id"] is None}
    assert expected  # the planted data have a few

    section = area.set_view.unassigned
    listed = {row.customer_id for row in section.model.customer_rows()}
    assert listed == expected
    assert section.table.isVisibleTo(area)
    reasons = {section.model.index(r, 3).data() for r in range(section.model.rowCount())}
    assert reasons and all(reasons)
    assert area.set_view.header.stats["unassigned"].value.text() == str(len(expected))


def test_comparing_a_three_and_a_four_persona_run_shows_matches_and_ari(window, qtbot,
                                                                        clustered_project):
    from workbench.services.personas import run_personas

    path, four = clustered_project
    with open_project(path) as project:
        three = run_personas(project, k=3, seed=0, name="Three")
    area = open_and_show(window, qtbot, path)
    area.select_set(four)
    assert area.compare_button.isEnabled()

    qtbot.mouseClick(area.compare_button, Qt.MouseButton.LeftButton)
    dialog = area.compare_dialog
    dialog.old_combo.setCurrentIndex(dialog.old_combo.findData(three))
    dialog.new_combo.setCurrentIndex(dialog.new_combo.findData(four))
    with qtbot.waitSignal(dialog.compared, timeout=TIMEOUT) as compared:
        dialog.compare()

    comparison = compared.args[0]
    assert dialog.matches_model.rowCount() == 3  # each of the three old personas is matched
    assert dialog.overlap_model.rowCount() == 3 and dialog.overlap_model.columnCount() == 4
    assert 0.0 < comparison.adjusted_rand < 1.0
    assert "Adjusted Rand index" in dialog.agreement.text()
    old_names = {p.name for p in personas_of(window.project, three)}
    assert {dialog.matches_model.index(r, 0).data() for r in range(3)} == old_names


def test_read_only_project_shows_personas_but_disables_editing_and_new(window, qtbot,
                                                                      clustered_project):
    path, _set_id = clustered_project
    area = open_and_show(window, qtbot, path, readonly=True)

    assert len(area.set_view.cards) == 4
    assert not area.new_button.isEnabled()
    assert not area.rename_button.isEnabled() and not area.delete_button.isEnabled()
    assert area.readonly_note.isVisibleTo(area)
    card = area.set_view.cards[0]
    assert card.edit_button.isHidden()
    assert area.edit_persona(card.persona.id) is None
    assert area.new_set() is None


def test_renaming_is_undoable_and_deleting_asks_first(window, qtbot, messages, clustered_project,
                                                     monkeypatch):
    path, set_id = clustered_project
    area = open_and_show(window, qtbot, path)
    monkeypatch.setattr(area, "_ask_set_name", lambda current: "Spring panel")

    qtbot.mouseClick(area.rename_button, Qt.MouseButton.LeftButton)
    assert persona_sets(window.project)[0].name == "Spring panel"
    assert area.set_view.header.title.text() == "Spring panel"
    window.undo_action.trigger()
    assert persona_sets(window.project)[0].name == "Four planted groups"
    assert area.sets_model.index(0).data() == "Four planted groups"

    messages.answers = [None]  # the user thinks again
    qtbot.mouseClick(area.delete_button, Qt.MouseButton.LeftButton)
    assert "Four planted groups" in messages.last.text
    assert len(persona_sets(window.project)) == 1

    messages.answers = ["delete"]
    qtbot.mouseClick(area.delete_button, Qt.MouseButton.LeftButton)
    assert persona_sets(window.project) == []
    assert window.info.persona_sets == 0
    assert area.pages.currentWidget() is area.empty_page

    # deleting is undoable: the set and its cards come back, and the rename below still undoes
    window.undo_action.trigger()
    assert [s.id for s in persona_sets(window.project)] == [set_id]
    qtbot.waitUntil(lambda: area.set_view.set_id == set_id and area.pages.currentWidget()
                    is not area.empty_page, timeout=TIMEOUT)
    assert window.info.persona_sets == 1
    window.undo_action.trigger()
    assert persona_sets(window.project)[0].name == "Four planted groups"
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert persona_sets(window.project) == []


def test_a_run_the_core_refuses_is_explained_and_the_dialog_stays_open(window, qtbot, messages,
                                                                        planted_project):
    area = personas_area(window)
    assert window.open_project(planted_project)
    dialog = open_new_set_dialog(area, qtbot)
    dialog.set_chosen(["Loyalty tier"])
    dialog.one_hot_check.setChecked(False)  # a category cannot be used without one-hot

    with qtbot.waitSignal(dialog.worker_done, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert messages.last.kind == "error"
    assert "Loyalty tier" in messages.last.text or "attribute" in messages.last.text
    assert "Traceback" not in messages.last.text
    assert dialog.isVisible() and dialog.create_button.isEnabled()
    assert persona_sets(window.project) == []


def test_a_set_whose_number_was_suggested_says_why(window, qtbot, planted_project):
    from workbench.services.personas import run_personas

    with open_project(planted_project) as project:
        run_personas(project, seed=0)  # no k: suggested from silhouette and stability
    area = open_and_show(window, qtbot, planted_project)

    header = area.set_view.header
    assert header.suggestion.isVisibleTo(area)
    assert "k=4" in header.suggestion.text()
    assert len(area.set_view.cards) == 4


def test_a_cards_export_button_opens_the_export_area_on_that_persona(window, qtbot,
                                                                     clustered_project):
    path, _set_id = clustered_project
    area = open_and_show(window, qtbot, path)
    card = area.set_view.cards[1]
    qtbot.mouseClick(card.export_button, Qt.MouseButton.LeftButton)
    view = window.project_view
    assert view.current_area() == "export"
    subject = view.area_widget("export").subject
    assert (subject.kind, subject.persona_id) == ("persona", card.persona.id)
