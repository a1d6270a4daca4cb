"""Where a dragged card, stage or lane would land on the journey map, and when the map scrolls along.

Plain functions over the laid-out :class:`~workbench.ui.journeys.map_layout.Geometry`:
the view keeps the drag state, feeds it the pointer and turns the answers into
move signals; the painter shows them (insertion bars, the lifted header).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSize

from workbench.domain.journeys import Card, JourneyMap
from workbench.ui.journeys.map_layout import LANE_HEADER_W, STAGE_HEADER_H, Geometry, Hit

#: How close to an edge (pixels) the pointer scrolls the map, and by how much each move.
AUTOSCROLL_EDGE = 30
AUTOSCROLL_STEP = 12


@dataclass
class HeaderDrag:
    """A stage or lane header being dragged to a new place."""

    #: "stage" or "lane".
    kind: str
    item_id: int
    #: Viewport points: where the press was, where the pointer is now.
    start: QPointF
    pos: QPointF
    #: Insertion slot among the shown stages or lanes (0 = before the first), under the pointer.
    gap: int | None = None
    #: The position to pass to the move signal (as the menu does); None = the drop changes nothing.
    position: int | None = None


def header_drop_target(drag: HeaderDrag, geometry: Geometry, lane_ids: list[int], point: QPointF,
                       offset: QPointF) -> tuple[int, int | None]:
    """(insertion slot, move position or None) for ``drag`` released at viewport ``point``.

    ``lane_ids`` are all the map's lanes in order, hidden ones included: the slot counts the
    shown lanes, the move position all of them. ``offset`` is the scroll position.
    """
    g = geometry
    # over the fixed headers the pointer counts as just inside the cells
    content = QPointF(max(point.x(), float(LANE_HEADER_W)) + offset.x(),
                      max(point.y(), float(STAGE_HEADER_H)) + offset.y())
    if drag.kind == "stage":
        gap = max(0, min(len(g.stage_x), round((content.x() - LANE_HEADER_W) / g.column_w)))
        index = g.stage_index(drag.item_id)
        position = gap if gap <= index else gap - 1
        return gap, (None if position == index else position)
    y = content.y()
    gap = sum(1 for _lane, top, height in g.lanes if top + height / 2 < y)
    shown = [lane.id for lane, _y, _h in g.lanes]
    old = lane_ids.index(drag.item_id)
    shown_index = shown.index(drag.item_id)
    rest = [lane_id for lane_id in lane_ids if lane_id != drag.item_id]
    shown_rest = [lane_id for lane_id in shown if lane_id != drag.item_id]
    slot = gap if gap <= shown_index else gap - 1
    if slot < len(shown_rest):
        position = rest.index(shown_rest[slot])
    else:
        position = rest.index(shown_rest[-1]) + 1 if shown_rest else len(rest)
    return gap, (None if position == old else position)


def cells_without(journey: JourneyMap, lane_id: int, stage_id: int, dragged: Card | None) -> list[Card]:
    """The cards of a cell in order, leaving out the one being dragged."""
    return [c for c in journey.cell(lane_id, stage_id) if dragged is None or c.id != dragged.id]


def card_drop_target(hit: Hit, content_y: float, journey: JourneyMap, geometry: Geometry,
                     dragged: Card | None) -> tuple[int, int, int] | None:
    """(lane id, stage id, position) where ``dragged`` lands over ``hit`` at map height ``content_y``."""
    if hit.lane_id is None or hit.stage_id is None or hit.kind == "emotion":
        return None
    cards = cells_without(journey, hit.lane_id, hit.stage_id, dragged)
    position = len(cards)
    for i, card in enumerate(cards):
        if content_y < geometry.boxes[card.id].rect.center().y():
            position = i
            break
    return hit.lane_id, hit.stage_id, position


def card_autoscroll(point: QPointF, size: QSize) -> tuple[int, int]:
    """(dx, dy) to scroll by while a card is dragged to ``point`` near an edge of the cells."""
    dx = dy = 0
    if point.y() > size.height() - AUTOSCROLL_EDGE:
        dy = AUTOSCROLL_STEP
    elif STAGE_HEADER_H < point.y() < STAGE_HEADER_H + AUTOSCROLL_EDGE:
        dy = -AUTOSCROLL_STEP
    if point.x() > size.width() - AUTOSCROLL_EDGE:
        dx = AUTOSCROLL_STEP
    elif LANE_HEADER_W < point.x() < LANE_HEADER_W + AUTOSCROLL_EDGE:
        dx = -AUTOSCROLL_STEP
    return dx, dy


def header_autoscroll(kind: str, point: QPointF, size: QSize) -> tuple[int, int]:
    """(dx, dy) while a stage (sideways) or lane (up and down) header is dragged near an edge."""
    if kind == "stage":
        if point.x() > size.width() - AUTOSCROLL_EDGE:
            return AUTOSCROLL_STEP, 0
        if point.x() < LANE_HEADER_W + AUTOSCROLL_EDGE:
            return -AUTOSCROLL_STEP, 0
        return 0, 0
    if point.y() > size.height() - AUTOSCROLL_EDGE:
        return 0, AUTOSCROLL_STEP
    if point.y() < STAGE_HEADER_H + AUTOSCROLL_EDGE:
        return 0, -AUTOSCROLL_STEP
    return 0, 0
