"""The Journeys area on real project files: create from a persona, edit in place, undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from workbench.domain.journeys import LANE_ACTIONS, LANE_EMOTION, LANE_OPPORTUNITIES, LANE_PAIN_POINTS
from workbench.services import journeys as service
from workbench.services.project import open_project
from workbench.ui.journeys.map_view import Hit


def create(qtbot, area, persona_id: int, template: str = "problem") -> int:
    worker = area.create_map(persona_id, template)
    with qtbot.waitSignal(worker.done, timeout=20000):
        pass
    qtbot.waitUntil(lambda: area.journey is not None)
    return area.journey.id


def lane(area, kind):
    return next(lane for lane in area.journey.lanes if lane.kind == kind)


def type_into_editor(qtbot, view, text: str) -> None:
    editor = view.editor
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def mouse(view, kind, point: QPointF, button=Qt.MouseButton.LeftButton,
          buttons=Qt.MouseButton.LeftButton) -> None:
    viewport = view.viewport()
    event = QMouseEvent(kind, point, viewport.mapToGlobal(point), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def on_screen(view, rect) -> QPointF:
    return view.to_viewport(rect).center()


def cards_in_db(path, journey_id):
    with open_project(path, readonly=True) as project:
        return {c.id: c for c in service.get_journey(project, journey_id).cards}


def test_map_is_created_from_a_persona_in_the_background_and_a_cell_edit_is_saved(
        qtbot, journeys_area, planted_journeys, window):
    path, members, _ = planted_journeys
    area = journeys_area
    assert area.pages.currentWidget() is area.empty_page
    journey_id = create(qtbot, area, members)
    assert area.maps_model.rowCount() == 1
    assert [s.name for s in area.journey.stages][0] == "Problem discovery"
    # friction proposed from the planted events is on the map, with its numbers
    proposed = [c for c in area.journey.cards if c.origin == "observed"]
    assert proposed and all(c.lane_id == lane(area, LANE_PAIN_POINTS).id for c in proposed)

    view = area.map_view
    actions, first = lane(area, LANE_ACTIONS), area.journey.stages[0]
    view.start_new_card(actions.id, first.id)
    type_into_editor(qtbot, view, "Reads reviews")
    card = next(c for c in area.journey.cards if c.text == "Reads reviews")
    # edit it in place: double-click, type, Enter
    mouse(view, QEvent.Type.MouseButtonDblClick, on_screen(view, view.card_rect(card.id)))
    type_into_editor(qtbot, view, "Reads reviews on the phone")
    window.close_project()
    saved = cards_in_db(path, journey_id)[card.id]
    assert (saved.text, saved.lane_id, saved.stage_id) == (
        "Reads reviews on the phone", actions.id, first.id)


def test_escape_cancels_an_edit_in_place(qtbot, journeys_area, planted_journeys):
    area = journeys_area
    create(qtbot, area, planted_journeys[1])
    view = area.map_view
    card = next(c for c in area.journey.cards if c.origin == "observed")
    view.edit_card(card.id)
    qtbot.keyClicks(view.editor, "something else")
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert view.editor is None
    assert area.journey.cards == service.get_journey(area.project, area.journey.id).cards
    assert next(c for c in area.journey.cards if c.id == card.id).text == card.text


def test_renamed_and_reordered_stage_keeps_its_cards(qtbot, journeys_area, planted_journeys):
    path, members, _ = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)
    view = area.map_view
    opportunities = lane(area, LANE_OPPORTUNITIES)
    first = area.journey.stages[0]
    area.add_card(opportunities.id, first.id, "Explain the ad better")
    before = {c.id: c.stage_id for c in area.journey.cards}

    view.edit_stage(first.id)
    type_into_editor(qtbot, view, "Noticing the problem")
    menu = view.context_menu(Hit("stage", stage_id=first.id))
    move_right = next(a for a in menu.actions() if a.text() == "Move right")
    move_right.trigger()

    names = [s.name for s in area.journey.stages]
    assert names[:2] == ["Problem definition", "Noticing the problem"]
    with open_project(path, readonly=True) as project:
        journey = service.get_journey(project, journey_id)
        assert [s.name for s in journey.stages][:2] == names[:2]
        assert {c.id: c.stage_id for c in journey.cards} == before
        assert [c.text for c in journey.cell(opportunities.id, first.id)] == ["Explain the ad better"]


def test_dragging_a_card_moves_it_to_another_stage_and_undo_brings_it_back(
        qtbot, journeys_area, planted_journeys, window):
    path, members, _ = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)
    view = area.map_view
    actions = lane(area, LANE_ACTIONS)
    first, third = area.journey.stages[0], area.journey.stages[2]
    area.add_card(actions.id, first.id, "Calls to ask about delivery")
    card = next(c for c in area.journey.cards if c.text == "Calls to ask about delivery")

    start = on_screen(view, view.card_rect(card.id))
    target = on_screen(view, view.cell_rect(actions.id, third.id))
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, start + QPointF(30, 4), Qt.MouseButton.NoButton)
    mouse(view, QEvent.Type.MouseMove, target, Qt.MouseButton.NoButton)
    assert view._drop is not None and view._drop[1] == third.id
    mouse(view, QEvent.Type.MouseButtonRelease, target, buttons=Qt.MouseButton.NoButton)

    assert cards_in_db(path, journey_id)[card.id].stage_id == third.id
    window.undo_stack.undo()
    assert cards_in_db(path, journey_id)[card.id].stage_id == first.id
    window.undo_stack.redo()
    assert cards_in_db(path, journey_id)[card.id].stage_id == third.id


def test_undo_and_redo_of_every_kind_of_edit_restore_the_map_exactly(
        qtbot, journeys_area, planted_journeys, window, messages):
    path, members, _ = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)

    def state():
        with open_project(path, readonly=True) as project:
            j = service.get_journey(project, journey_id)
            return (j.name, j.stages, j.lanes, sorted(j.cards, key=lambda c: c.id), j.emotions)

    original = state()
    actions = lane(area, LANE_ACTIONS)
    stage = area.journey.stages[1]
    area.add_card(actions.id, stage.id, "Asks a friend")
    area.add_stage(2)
    area.map_view._close_editor()
    area.add_lane(None)
    area.map_view._close_editor()
    area.hide_lane(lane(area, LANE_OPPORTUNITIES).id, True)
    proposed = next(c for c in area.journey.cards if c.origin == "observed")
    area.remove_card(proposed.id)
    messages.answers.append("remove")
    area.remove_stage(proposed.stage_id)
    area.set_emotion(area.journey.stages[0].id, -1.0)
    edited = state()
    assert edited != original
    steps = window.undo_stack.count()
    assert steps == 7
    for _ in range(steps):
        window.undo_stack.undo()
    assert state() == original
    for _ in range(steps):
        window.undo_stack.redo()
    assert state() == edited


def test_emotion_is_set_with_the_mouse_and_reset_to_the_evidence(qtbot, journeys_area,
                                                                   planted_journeys, window):
    path, members, _ = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)
    view = area.map_view
    stage = area.journey.stages[3]
    emotion_lane = next(e for e in view.geometry_.lanes if e[0].kind == LANE_EMOTION)
    index = 3
    x = view.geometry_.stage_x[index] + view.geometry_.column_w / 2
    y = view.emotion_y(emotion_lane[1], -1.5)
    view.ensure_visible(view.cell_rect(emotion_lane[0].id, stage.id))
    point = view.to_viewport(view.cell_rect(emotion_lane[0].id, stage.id)).topLeft()
    point = QPointF(view.to_viewport(view.cell_rect(emotion_lane[0].id, stage.id)).x()
                    + (x - view.geometry_.stage_x[index]), point.y() + (y - emotion_lane[1]))
    mouse(view, QEvent.Type.MouseButtonPress, point)
    mouse(view, QEvent.Type.MouseButtonRelease, point, buttons=Qt.MouseButton.NoButton)
    with open_project(path, readonly=True) as project:
        emotion = service.get_journey(project, journey_id).emotion(stage.id)
    assert emotion.override == -1.5
    assert emotion.observed is not None  # the planted scores propose a value too

    menu = view.context_menu(Hit("emotion", emotion_lane[0].id, stage.id))
    reset = next(a for a in menu.actions() if a.text().startswith("Reset to evidence"))
    assert reset.isEnabled()
    reset.trigger()
    assert area.journey.emotion(stage.id).override is None
    window.undo_stack.undo()
    assert area.journey.emotion(stage.id).override == -1.5


def test_pain_point_opens_the_members_behind_it(qtbot, journeys_area, planted_journeys):
    area = journeys_area
    create(qtbot, area, planted_journeys[1])
    card = next(c for c in area.journey.cards if c.friction_key and c.friction_key.startswith("repeat"))
    worker = area.show_friction_members(card.id)
    with qtbot.waitSignal(area.members_dialog.loaded, timeout=20000):
        pass
    assert worker.outcome == "finished"
    assert len(area.members_dialog.customer_rows()) == card.figures["members"] == 12


def test_persona_card_button_opens_the_new_map_dialog_for_that_persona(qtbot, journeys_area,
                                                                        planted_journeys):
    from workbench.services import personas as persona_service
    from workbench.ui.personas.card import PersonaCard

    area = journeys_area
    members = planted_journeys[1]
    stored = persona_service.persona_sets(area.project)[0]
    persona = next(p for p in persona_service.personas_of(area.project, stored.id) if p.id == members)
    card = PersonaCard(persona, {}, None, readonly=False, parent=area.window_.project_view)
    card.journey_button.click()
    assert area.new_dialog is not None and area.new_dialog.isVisible()
    assert area.new_dialog.choice()[0] == members
    area.new_dialog.reject()


def test_sample_map_screenshots_show_every_stage_and_lane(qtbot, window, tmp_path):
    """Offscreen screenshots of the sample's map for review (/tmp/shots/journeys*.png)."""
    import shutil
    from pathlib import Path

    from workbench.services.sample import built_sample
    from workbench.ui.journeys.area import JourneysArea

    sample = tmp_path / "sample.pwb"
    shutil.copy(built_sample(), sample)
    window.resize(1280, 800)
    window.open_project(sample)
    area = JourneysArea(window)
    window.project_view.set_area_widget("journeys", area)
    window.project_view.show_area("journeys")
    qtbot.waitUntil(lambda: area.journey is not None)
    journey = area.journey
    assert area.maps_model.rowCount() >= 4  # one map per persona in the sample
    actions = lane(area, LANE_ACTIONS)
    for stage in journey.stages:
        area.add_card(actions.id, stage.id, f"What they do at “{stage.name}”")
    shots = Path("/tmp/shots")
    shots.mkdir(exist_ok=True)
    qtbot.wait(50)  # let the splitter give the map the room of the hidden observed panel
    window.grab().save(str(shots / "journeys-area.png"))
    area.observed_button.setChecked(True)
    assert area.observed_scroll.isVisible()
    qtbot.wait(50)
    window.grab().save(str(shots / "journeys-side-by-side.png"))
    image = area.map_view.render_image()
    image.save(str(shots / "journeys-map.png"))
    geometry = area.map_view.geometry_
    assert len(geometry.stage_x) == len(journey.stages)
    assert len(geometry.lanes) == len([x for x in journey.lanes if not x.hidden])
    assert image.width() >= 2 * geometry.width - 2
    dialog = area.compare_maps()
    assert len(dialog.comparison.curves) == area.maps_model.rowCount()
    dialog.grab().save(str(shots / "journeys-compare.png"))
    dialog.close()


def test_export_writes_the_map_as_pdf_or_png(qtbot, journeys_area, planted_journeys, tmp_path,
                                             monkeypatch):
    area = journeys_area
    create(qtbot, area, planted_journeys[1])
    pdf, png = tmp_path / "map.pdf", tmp_path / "map.png"
    answers = [str(pdf), str(png)]
    monkeypatch.setattr(area, "_ask_export_path", lambda *_args: answers.pop(0))
    worker = area.save_as()
    with qtbot.waitSignal(worker.done, timeout=30000):
        pass
    assert worker.outcome == "finished" and pdf.read_bytes().startswith(b"%PDF")
    assert area.save_as() == str(png) and png.stat().st_size > 0


def test_export_opens_the_preview_dialog_for_the_shown_map(qtbot, journeys_area, planted_journeys):
    from workbench.ui.export.journey_dialog import JourneyExportDialog

    area = journeys_area
    create(qtbot, area, planted_journeys[1])
    dialog = area.export()
    assert isinstance(dialog, JourneyExportDialog) and dialog.isVisible()
    assert area.journey.name in dialog.windowTitle()
    dialog.reject()


def test_maps_are_read_when_the_area_is_first_shown_not_while_the_project_opens(
        qtbot, window, planted_journeys):
    from workbench.services import journeys as service
    from workbench.services.project import open_project

    path, members, _ = planted_journeys
    with open_project(path) as project:
        service.create_journey(project, members)
    window.show()
    assert window.open_project(path)
    area = window.project_view.area_widget("journeys")
    assert window.project_view.current_area() == "data"
    assert area.maps_model.rowCount() == 0 and area.journey is None, "nothing read yet"
    window.project_view.show_area("journeys")
    assert area.maps_model.rowCount() == 1 and area.journey is not None


def test_deleting_a_map_asks_first_and_undo_brings_it_back_with_its_history(
        qtbot, journeys_area, planted_journeys, window, messages):
    path, members, _ = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)
    area.add_card(lane(area, LANE_ACTIONS).id, area.journey.stages[1].id, "Asks a friend")
    with_card = cards_in_db(path, journey_id)

    messages.answers = ["delete"]
    area.delete_map()
    assert "Undo" in messages.last.text
    assert area.maps_model.rowCount() == 0 and area.journey is None

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: area.journey is not None and area.journey.id == journey_id)
    assert cards_in_db(path, journey_id) == with_card
    window.undo_stack.undo()  # the card added before the delete still undoes
    assert "Asks a friend" not in [c.text for c in cards_in_db(path, journey_id).values()]
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert area.maps_model.rowCount() == 0


def test_a_map_whose_number_was_taken_comes_back_under_a_new_one_and_history_goes(
        qtbot, journeys_area, planted_journeys, window, messages):
    path, members, others = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)
    messages.answers = ["delete"]
    area.delete_map()
    newer = create(qtbot, area, others)  # SQLite hands it the freed number
    assert newer == journey_id

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 0)  # older steps would edit the newer map
    with open_project(path, readonly=True) as project:
        maps = {j.persona_id: j.id for j in service.journeys(project)}
    assert maps[others] == newer and maps[members] != newer
    assert "new number" in window.statusBar().currentMessage()
