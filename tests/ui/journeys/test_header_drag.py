"""Reordering stages and lanes by dragging their headers on a real project file, with undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from workbench.services import journeys as service
from workbench.services.project import open_project
from workbench.ui.journeys.map_view import LANE_HEADER_W

RELEASED = Qt.MouseButton.NoButton


def create(qtbot, area, persona_id: int) -> int:
    worker = area.create_map(persona_id, "problem")
    with qtbot.waitSignal(worker.done, timeout=20000):
        pass
    qtbot.waitUntil(lambda: area.journey is not None)
    return area.journey.id


def mouse(view, kind, point: QPointF, buttons=Qt.MouseButton.LeftButton) -> None:
    viewport = view.viewport()
    event = QMouseEvent(kind, point, viewport.mapToGlobal(point), Qt.MouseButton.LeftButton, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def saved(path, journey_id):
    """(stage ids, lane ids) in their order in the project file."""
    with open_project(path, readonly=True) as project:
        journey = service.get_journey(project, journey_id)
        return [s.id for s in journey.stages], [lane.id for lane in journey.lanes]


def stage_point(view, index: int, fraction: float = 0.5) -> QPointF:
    rect = view.to_viewport(view.stage_rect(index), "stages")
    return QPointF(rect.left() + rect.width() * fraction, rect.center().y())


def lane_point(view, lane_id: int, fraction: float = 0.5) -> QPointF:
    rect = view.to_viewport(view.lane_rect(lane_id), "lanes")
    return QPointF(rect.center().x(), rect.top() + rect.height() * fraction)


def moved(order: list[int], item: int, position: int) -> list[int]:
    rest = [x for x in order if x != item]
    return rest[:position] + [item] + rest[position:]


def test_dragging_the_third_stage_before_the_first_is_one_undoable_step(
        qtbot, journeys_area, planted_journeys, window):
    path, members, _ = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)
    view = area.map_view
    stages, lanes = saved(path, journey_id)
    assert len(stages) >= 3
    steps = window.undo_stack.count()

    start = stage_point(view, 2)
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, start + QPointF(-12, 1), RELEASED)
    assert view._drag_header is not None and view._drag_header.item_id == stages[2]
    assert view.viewport().cursor().shape() == Qt.CursorShape.ClosedHandCursor
    target = stage_point(view, 0, 0.2)
    mouse(view, QEvent.Type.MouseMove, target, RELEASED)
    assert (view._drag_header.gap, view._drag_header.position) == (0, 0)
    qtbot.wait(10)
    view.grab().save("/tmp/stage_drag.png")
    mouse(view, QEvent.Type.MouseButtonRelease, target, RELEASED)

    expected = [stages[2], stages[0], stages[1], *stages[3:]]
    assert view._drag_header is None
    assert saved(path, journey_id) == (expected, lanes)
    assert [s.id for s in area.journey.stages] == expected
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert saved(path, journey_id) == (stages, lanes)
    assert [s.id for s in area.journey.stages] == stages
    window.undo_stack.redo()
    assert saved(path, journey_id) == (expected, lanes)


def test_dragging_a_stage_to_the_end_and_back_to_its_own_place(qtbot, journeys_area,
                                                               planted_journeys, window):
    path, members, _ = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)
    view = area.map_view
    stages, lanes = saved(path, journey_id)
    steps = window.undo_stack.count()

    # dropped on its own slot (either side of itself): nothing happens
    start = stage_point(view, 1)
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, stage_point(view, 1, 0.9), RELEASED)
    assert view._drag_header is not None and view._drag_header.position is None
    mouse(view, QEvent.Type.MouseButtonRelease, stage_point(view, 1, 0.9), RELEASED)
    assert saved(path, journey_id) == (stages, lanes)
    assert window.undo_stack.count() == steps

    # to the slot right of the next stage: it moves one step right, as the menu's "Move right"
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, stage_point(view, 2, 0.85), RELEASED)
    mouse(view, QEvent.Type.MouseButtonRelease, stage_point(view, 2, 0.85), RELEASED)
    assert saved(path, journey_id) == (moved(stages, stages[1], 2), lanes)
    assert window.undo_stack.count() == steps + 1


def test_a_click_on_a_header_without_moving_does_not_reorder_and_double_click_still_renames(
        qtbot, journeys_area, planted_journeys, window):
    path, members, _ = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)
    view = area.map_view
    before = saved(path, journey_id)
    steps = window.undo_stack.count()

    point = stage_point(view, 2)
    mouse(view, QEvent.Type.MouseButtonPress, point)
    mouse(view, QEvent.Type.MouseMove, point + QPointF(1, 0), RELEASED)  # under the drag distance
    assert view._drag_header is None
    mouse(view, QEvent.Type.MouseButtonRelease, point + QPointF(1, 0), RELEASED)
    lane_id = before[1][0]
    mouse(view, QEvent.Type.MouseButtonPress, lane_point(view, lane_id))
    mouse(view, QEvent.Type.MouseButtonRelease, lane_point(view, lane_id), RELEASED)
    assert saved(path, journey_id) == before
    assert window.undo_stack.count() == steps

    mouse(view, QEvent.Type.MouseButtonDblClick, point)
    mouse(view, QEvent.Type.MouseButtonRelease, point, RELEASED)
    assert view.editor is not None and view.editor.toPlainText() == area.journey.stages[2].name
    view._close_editor()


def test_escape_cancels_a_stage_or_lane_drag(qtbot, journeys_area, planted_journeys, window):
    path, members, _ = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)
    view = area.map_view
    before = saved(path, journey_id)
    steps = window.undo_stack.count()

    start = stage_point(view, 2)
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, stage_point(view, 0, 0.2), RELEASED)
    assert view._drag_header is not None and view._drag_header.position == 0
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view._drag_header is None
    mouse(view, QEvent.Type.MouseMove, stage_point(view, 0, 0.3), RELEASED)
    assert view._drag_header is None  # the cancelled press does not start again
    mouse(view, QEvent.Type.MouseButtonRelease, stage_point(view, 0, 0.3), RELEASED)

    shown = [lane.id for lane, _y, _h in view.geometry_.lanes]
    mouse(view, QEvent.Type.MouseButtonPress, lane_point(view, shown[2]))
    mouse(view, QEvent.Type.MouseMove, lane_point(view, shown[0], 0.1), RELEASED)
    assert view._drag_header is not None and view._drag_header.position is not None
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    mouse(view, QEvent.Type.MouseButtonRelease, lane_point(view, shown[0], 0.1), RELEASED)

    assert saved(path, journey_id) == before
    assert window.undo_stack.count() == steps


def test_dragging_a_lane_up_keeps_hidden_lanes_in_place_and_undoes_in_one_step(
        qtbot, journeys_area, planted_journeys, window):
    path, members, _ = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)
    view = area.map_view
    _stages, lanes = saved(path, journey_id)
    area.hide_lane(lanes[1], True)
    stages, lanes = saved(path, journey_id)
    shown = [lane.id for lane, _y, _h in view.geometry_.lanes]
    assert lanes[1] not in shown and shown[:3] == [lanes[0], lanes[2], lanes[3]]
    steps = window.undo_stack.count()

    start = lane_point(view, shown[2])
    assert view.viewport().rect().contains(start.toPoint())
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, start + QPointF(0, -10), RELEASED)
    target = lane_point(view, shown[1], 0.2)  # the upper half of the second shown lane
    mouse(view, QEvent.Type.MouseMove, target, RELEASED)
    assert view._drag_header.gap == 1
    qtbot.wait(10)
    view.grab().save("/tmp/lane_drag.png")
    mouse(view, QEvent.Type.MouseButtonRelease, target, RELEASED)

    # the hidden lane stays right after the first one; the dragged lane lands above the second shown
    expected = [lanes[0], lanes[1], lanes[3], lanes[2], *lanes[4:]]
    assert saved(path, journey_id) == (stages, expected)
    assert [lane.id for lane, _y, _h in view.geometry_.lanes][:3] == [shown[0], shown[2], shown[1]]
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert saved(path, journey_id) == (stages, lanes)
    window.undo_stack.redo()
    assert saved(path, journey_id) == (stages, expected)

    # to the very top, above the first lane
    shown = [lane.id for lane, _y, _h in view.geometry_.lanes]
    start = lane_point(view, shown[1])
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, lane_point(view, shown[0], 0.3), RELEASED)
    mouse(view, QEvent.Type.MouseButtonRelease, lane_point(view, shown[0], 0.3), RELEASED)
    assert saved(path, journey_id)[1] == moved(expected, shown[1], 0)


def test_headers_cannot_be_dragged_in_a_read_only_map(qtbot, journeys_area, planted_journeys):
    path, members, _ = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)
    view = area.map_view
    before = saved(path, journey_id)
    view.set_readonly(True)
    start = stage_point(view, 2)
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, QPointF(LANE_HEADER_W + 20, start.y()), RELEASED)
    assert view._drag_header is None
    mouse(view, QEvent.Type.MouseButtonRelease, QPointF(LANE_HEADER_W + 20, start.y()), RELEASED)
    assert saved(path, journey_id) == before


def test_escape_also_cancels_a_card_drag_and_headers_tell_how_to_reorder(
        qtbot, journeys_area, planted_journeys, window):
    from workbench.domain.journeys import LANE_ACTIONS
    from workbench.ui.journeys.map_view import Hit

    path, members, _ = planted_journeys
    area = journeys_area
    journey_id = create(qtbot, area, members)
    view = area.map_view
    actions = next(lane for lane in area.journey.lanes if lane.kind == LANE_ACTIONS)
    first, second = area.journey.stages[0], area.journey.stages[1]
    area.add_card(actions.id, first.id, "Reads the reviews")
    card = next(c for c in area.journey.cards if c.text == "Reads the reviews")
    steps = window.undo_stack.count()

    start = view.to_viewport(view.card_rect(card.id)).center()
    target = view.to_viewport(view.cell_rect(actions.id, second.id)).center()
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, start + QPointF(30, 4), RELEASED)
    mouse(view, QEvent.Type.MouseMove, target, RELEASED)
    assert view._drop is not None and view._drop[1] == second.id
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view._drag_card is None and view._drop is None
    mouse(view, QEvent.Type.MouseButtonRelease, target, RELEASED)
    with open_project(path, readonly=True) as project:
        saved_card = next(c for c in service.get_journey(project, journey_id).cards if c.id == card.id)
    assert saved_card.stage_id == first.id
    assert window.undo_stack.count() == steps

    assert "reorder" in view._tooltip(Hit("stage", stage_id=first.id))
    assert "reorder" in view._tooltip(Hit("lane", lane_id=actions.id))
    view.set_readonly(True)
    assert "reorder" not in view._tooltip(Hit("lane", lane_id=actions.id))
