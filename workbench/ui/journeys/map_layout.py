"""Where everything sits on a journey map: sizes, the laid-out geometry and what is under a point.

:func:`layout_map` measures the cards of a :class:`JourneyMap` and returns a
:class:`Geometry` (columns, lane bands, card boxes) in map coordinates; the
geometry answers every "where is it" and "what is here" question the painter,
the drags and the editors ask. The stage headers and lane names stay put while
the cells scroll, so map and viewport coordinates differ by the scroll offset
only inside the cells (:func:`to_content`, :func:`to_viewport`).

No widget here: the view owns the scroll bars and passes their offset in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from workbench.domain.journeys import LANE_EMOTION, LANE_THOUGHTS, LANE_TOUCHPOINTS, Card, JourneyMap, Lane

LANE_HEADER_W = 188
STAGE_HEADER_H = 66
MIN_COLUMN_W = 212
CELL_PAD = 8
CARD_GAP = 6
CARD_PAD_X = 10
CARD_PAD_Y = 7
ADD_H = 24
MIN_LANE_H = 64
EMOTION_H = 168
CHANNEL_ICON = 22
#: Emotion values snap to this step when set with the mouse.
EMOTION_STEP = 0.5


def format_emotion(value: float | None) -> str:
    """"+1.5", "0", "−2" (a real minus sign, one decimal only where needed)."""
    if value is None:
        return "–"
    text = f"{value:+.1f}".removesuffix(".0")
    return "0" if text in ("+0", "-0") else text.replace("-", "−")


def display_text(card: Card, lane: Lane) -> str:
    """A card's text as shown: thoughts get quotation marks unless they have them."""
    if lane.kind == LANE_THOUGHTS and card.text and not card.text.startswith(("“", "\"")):
        return f"“{card.text}”"
    return card.text


@dataclass(frozen=True)
class MapFonts:
    """The fonts of the map, derived from the view's font."""

    card: QFont
    small: QFont
    bold: QFont
    quote: QFont

    @classmethod
    def from_font(cls, base: QFont) -> MapFonts:
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.86)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        quote = QFont(base)
        quote.setItalic(True)
        return cls(QFont(base), small, bold, quote)

    def for_lane(self, lane: Lane) -> QFont:
        return self.quote if lane.kind == LANE_THOUGHTS else self.card


@dataclass(frozen=True)
class Hit:
    #: "card", "members", "add", "cell", "stage", "lane", "emotion", "corner" or "".
    kind: str
    lane_id: int | None = None
    stage_id: int | None = None
    card_id: int | None = None


@dataclass
class CardBox:
    card: Card
    rect: QRectF
    #: "12 members · 40%" link of an observed card (opens the members behind it).
    members_rect: QRectF | None = None


# --- the emotion scale: +2 at the top of the plot, −2 at the bottom ---------------------

def emotion_plot(lane_y: float) -> QRectF:
    """The band of the emotion lane starting at ``lane_y`` where values are plotted (height only)."""
    return QRectF(0, lane_y + 30, 0, EMOTION_H - 58)


def emotion_y(lane_y: float, value: float) -> float:
    plot = emotion_plot(lane_y)
    return plot.y() + (2.0 - value) / 4.0 * plot.height()


def emotion_value_at(lane_y: float, y: float) -> float:
    """The value at height ``y``, snapped to :data:`EMOTION_STEP` and kept within ±2."""
    plot = emotion_plot(lane_y)
    value = 2.0 - (y - plot.y()) / plot.height() * 4.0
    value = round(value / EMOTION_STEP) * EMOTION_STEP
    return max(-2.0, min(2.0, value))


@dataclass
class Geometry:
    """A laid-out map in map coordinates."""

    column_w: float = MIN_COLUMN_W
    width: float = 0.0
    height: float = 0.0
    stage_x: list[float] = field(default_factory=list)
    #: The stages' ids in column order.
    stage_ids: list[int] = field(default_factory=list)
    lanes: list[tuple[Lane, float, float]] = field(default_factory=list)  # lane, y, height
    boxes: dict[int, CardBox] = field(default_factory=dict)

    def stage_index(self, stage_id: int) -> int | None:
        return next((i for i, s in enumerate(self.stage_ids) if s == stage_id), None)

    def stage_rect(self, index: int) -> QRectF:
        return QRectF(self.stage_x[index], 0, self.column_w, STAGE_HEADER_H)

    def lane_rect(self, lane_id: int) -> QRectF | None:
        for lane, y, height in self.lanes:
            if lane.id == lane_id:
                return QRectF(0, y, LANE_HEADER_W, height)
        return None

    def cell_rect(self, lane_id: int, stage_id: int) -> QRectF | None:
        lane_rect = self.lane_rect(lane_id)
        index = self.stage_index(stage_id)
        if lane_rect is None or index is None:
            return None
        return QRectF(self.stage_x[index], lane_rect.y(), self.column_w, lane_rect.height())

    def add_rect(self, lane_id: int, stage_id: int) -> QRectF | None:
        """The "+ Add card" strip at the bottom of a cell."""
        cell = self.cell_rect(lane_id, stage_id)
        if cell is None:
            return None
        return QRectF(cell.x() + CELL_PAD, cell.bottom() - ADD_H - 2,
                      cell.width() - 2 * CELL_PAD - 28, ADD_H - 4)

    def card_rect(self, card_id: int) -> QRectF | None:
        box = self.boxes.get(card_id)
        return QRectF(box.rect) if box else None

    def stage_at(self, x: float) -> int | None:
        if not self.stage_x or x < LANE_HEADER_W:
            return None
        index = int((x - LANE_HEADER_W) // self.column_w)
        return index if 0 <= index < len(self.stage_x) else None

    def lane_at(self, y: float) -> tuple[Lane, float, float] | None:
        return next((entry for entry in self.lanes if entry[1] <= y < entry[1] + entry[2]), None)

    def emotion_lane(self) -> tuple[Lane, float, float] | None:
        return next((entry for entry in self.lanes if entry[0].kind == LANE_EMOTION), None)

    def hit(self, content: QPointF, in_lanes: bool, in_stages: bool, readonly: bool) -> Hit:
        """What is at ``content`` (map coordinates); ``in_lanes``/``in_stages``: over the fixed headers."""
        if in_lanes and in_stages:
            return Hit("corner")
        index = self.stage_at(content.x())
        stage_id = self.stage_ids[index] if index is not None else None
        if in_stages:
            return Hit("stage", stage_id=stage_id) if stage_id is not None else Hit("")
        entry = self.lane_at(content.y())
        if entry is None:
            return Hit("")
        lane = entry[0]
        if in_lanes:
            return Hit("lane", lane_id=lane.id)
        if stage_id is None:
            return Hit("")
        if lane.kind == LANE_EMOTION:
            return Hit("emotion", lane.id, stage_id)
        for box in self.boxes.values():
            if box.card.lane_id == lane.id and box.rect.contains(content):
                if box.members_rect is not None and box.members_rect.contains(content):
                    return Hit("members", lane.id, stage_id, box.card.id)
                return Hit("card", lane.id, stage_id, box.card.id)
        add = self.add_rect(lane.id, stage_id)
        if not readonly and add is not None and add.contains(content):
            return Hit("add", lane.id, stage_id)
        return Hit("cell", lane.id, stage_id)


def to_content(point: QPointF, offset: QPointF) -> QPointF:
    """A viewport point in map coordinates (headers stay where they are on screen)."""
    x = point.x() if point.x() < LANE_HEADER_W else point.x() + offset.x()
    y = point.y() if point.y() < STAGE_HEADER_H else point.y() + offset.y()
    return QPointF(x, y)


def to_viewport(rect: QRectF, offset: QPointF, region: str = "cells") -> QRectF:
    """A map rectangle on screen; ``region`` "stages" scrolls sideways only, "lanes" up and down only."""
    dx = 0 if region == "lanes" else -offset.x()
    dy = 0 if region == "stages" else -offset.y()
    return rect.translated(dx, dy)


def layout_map(journey: JourneyMap | None, lanes: list[Lane], viewport_width: float, fonts: MapFonts,
               readonly: bool) -> Geometry:
    """Columns that fill ``viewport_width`` (never narrower than the minimum), lanes as tall as their
    tallest cell; ``lanes`` are the shown ones, in order. Read-only maps leave out the add strip."""
    geometry = Geometry()
    if journey is None or not journey.stages:
        return geometry
    n = len(journey.stages)
    available = viewport_width - LANE_HEADER_W
    geometry.column_w = max(MIN_COLUMN_W, available / n)
    geometry.stage_x = [LANE_HEADER_W + i * geometry.column_w for i in range(n)]
    geometry.stage_ids = [stage.id for stage in journey.stages]
    geometry.width = LANE_HEADER_W + n * geometry.column_w
    y = float(STAGE_HEADER_H)
    card_w = geometry.column_w - 2 * CELL_PAD
    for lane in lanes:
        if lane.kind == LANE_EMOTION:
            geometry.lanes.append((lane, y, EMOTION_H))
            y += EMOTION_H
            continue
        tallest = 0.0
        for index, stage in enumerate(journey.stages):
            top = y + CELL_PAD
            for card in journey.cell(lane.id, stage.id):
                height, members = _card_height(card, lane, card_w, fonts)
                rect = QRectF(geometry.stage_x[index] + CELL_PAD, top, card_w, height)
                members_rect = None
                if members:
                    line = QFontMetricsF(fonts.small).height()
                    members_rect = QRectF(rect.x() + CARD_PAD_X, rect.bottom() - CARD_PAD_Y - line,
                                          card_w - 2 * CARD_PAD_X, line)
                geometry.boxes[card.id] = CardBox(card, rect, members_rect)
                top += height + CARD_GAP
            tallest = max(tallest, top - y)
        height = max(MIN_LANE_H, tallest + (0 if readonly else ADD_H) + CELL_PAD / 2)
        geometry.lanes.append((lane, y, height))
        y += height
    geometry.height = y + 1
    return geometry


def _text_rect_width(lane: Lane, card_w: float) -> float:
    width = card_w - 2 * CARD_PAD_X
    if lane.kind == LANE_TOUCHPOINTS:
        width -= CHANNEL_ICON + 8
    return width


def _card_height(card: Card, lane: Lane, card_w: float, fonts: MapFonts) -> tuple[float, bool]:
    """(height, whether it has a members link) of a card ``card_w`` wide."""
    metrics = QFontMetricsF(fonts.for_lane(lane))
    text = display_text(card, lane) or " "
    bounds = metrics.boundingRect(QRectF(0, 0, _text_rect_width(lane, card_w), 10000),
                                  int(Qt.TextFlag.TextWordWrap), text)
    height = max(bounds.height(), metrics.height()) + 2 * CARD_PAD_Y
    if lane.kind == LANE_TOUCHPOINTS:
        height = max(height, CHANNEL_ICON + 2 * CARD_PAD_Y)
    extra = False
    if card.origin == "observed" or card.evidence is not None:
        height += QFontMetricsF(fonts.small).height() + 4
        extra = card.origin == "observed" and bool(card.friction_key)
    return height, extra
