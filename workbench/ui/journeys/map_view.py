"""The journey map: stages as columns, lanes as rows, cards in the cells, the emotion curve.

One custom-painted scroll area (no widget per card), so a map of 10 stages ×
8 lanes full of cards lays out and repaints in milliseconds. The stage headers
stay on top and the lane names on the left while the cells scroll.

The view never writes to the project: every edit is a signal the area turns
into an undoable command. Cards are edited in place (double-click, F2 or
Enter; Enter commits, Shift+Enter starts a new line, Esc cancels), dragged
between cells, added with the "+" of a cell and removed with Delete. Stage
headers are dragged sideways and lane headers up and down to reorder them
(Esc cancels a drag); their menus do the same from the keyboard.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QMenu,
    QPlainTextEdit,
    QToolTip,
    QWidget,
)

from workbench.domain.journeys import (
    LANE_EMOTION,
    LANE_PAIN_POINTS,
    LANE_THOUGHTS,
    LANE_TOUCHPOINTS,
    Card,
    Disagreement,
    JourneyMap,
    Lane,
    channel_kind,
)
from workbench.i18n import translate
from workbench.ui.journeys.glyphs import channel_label, paint_channel
from workbench.ui.journeys.look import BADGE, BADGE_TEXT, Colors, lane_color

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


@dataclass
class CardBox:
    card: Card
    rect: QRectF
    #: "12 members · 40%" link of an observed card (opens the members behind it).
    members_rect: QRectF | None = None


@dataclass
class Geometry:
    column_w: float = MIN_COLUMN_W
    width: float = 0.0
    height: float = 0.0
    stage_x: list[float] = field(default_factory=list)
    lanes: list[tuple[Lane, float, float]] = field(default_factory=list)  # lane, y, height
    boxes: dict[int, CardBox] = field(default_factory=dict)


@dataclass(frozen=True)
class Hit:
    #: "card", "members", "add", "cell", "stage", "lane", "emotion", "corner" or "".
    kind: str
    lane_id: int | None = None
    stage_id: int | None = None
    card_id: int | None = None


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


class InlineEditor(QPlainTextEdit):
    """Text typed over a card, stage or lane: Enter commits, Shift+Enter is a new line, Esc cancels."""

    def __init__(self, parent: QWidget, on_commit, on_cancel) -> None:
        super().__init__(parent)
        self.setObjectName("JourneyInlineEditor")
        self._on_commit, self._on_cancel = on_commit, on_cancel
        self._done = False
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # Qt override
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self._on_commit(self.toPlainText())

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self._on_cancel()


class JourneyMapView(QAbstractScrollArea):
    """Paints one :class:`JourneyMap` and turns the researcher's gestures into edit signals."""

    card_edited = Signal(int, str)  # card id, new text
    card_added = Signal(int, int, str)  # lane id, stage id, text
    card_removed = Signal(int)  # card id
    card_moved = Signal(int, int, int, int)  # card id, lane id, stage id, position
    stage_renamed = Signal(int, str)
    stage_added = Signal(int)  # position
    stage_removed = Signal(int)
    stage_moved = Signal(int, int)  # stage id, new position
    lane_renamed = Signal(int, str)
    lane_hidden = Signal(int, bool)
    lane_added = Signal(int)  # position
    lane_removed = Signal(int)
    lane_moved = Signal(int, int)
    emotion_set = Signal(int, object)  # stage id, value or None (back to the evidence)
    emotion_asked = Signal(int)  # stage id: ask for a value with a spin box
    members_requested = Signal(int)  # card id of an observed friction point
    quote_requested = Signal(int, int)  # lane id, stage id: pick a quote from the evidence
    evidence_requested = Signal(int)  # card id linked to a passage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JourneyMapView")
        self.journey: JourneyMap | None = None
        self.readonly = False
        self.search = ""
        self.selected_card: int | None = None
        self.disagreements: dict[int, list[Disagreement]] = {}
        self.geometry_ = Geometry()
        self.colors = Colors(self.palette())
        self.editor: InlineEditor | None = None
        self._editing: Hit | None = None
        self._hover = Hit("")
        self._press: tuple[QPointF, Hit] | None = None
        self._drag_card: Card | None = None
        self._drag_pos = QPointF()
        self._drop: tuple[int, int, int] | None = None
        self._drag_emotion: tuple[int, float] | None = None
        self._drag_header: HeaderDrag | None = None
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setAccessibleName(translate("Journeys", "Journey map"))
        self._fonts()

    def _fonts(self) -> None:
        base = QFont(self.font())
        self.card_font = QFont(base)
        self.small_font = QFont(base)
        self.small_font.setPointSizeF(base.pointSizeF() * 0.86)
        self.bold_font = QFont(base)
        self.bold_font.setWeight(QFont.Weight.DemiBold)
        self.header_font = QFont(base)
        self.header_font.setPointSizeF(base.pointSizeF() * 1.05)
        self.header_font.setWeight(QFont.Weight.DemiBold)
        self.quote_font = QFont(base)
        self.quote_font.setItalic(True)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(900, 600)

    # --- data -------------------------------------------------------------------------

    def set_journey(self, journey: JourneyMap | None,
                    disagreements: list[Disagreement] | None = None) -> None:
        """Show ``journey`` (None: nothing); keeps the scroll position and the selection."""
        if self.editor is not None:
            self._close_editor()
        if self._drag_header is not None:  # the dragged stage or lane may be gone
            self._drag_header, self._press = None, None
        self.journey = journey
        self.disagreements = {}
        for item in disagreements or []:
            self.disagreements.setdefault(item.stage_id, []).append(item)
        if journey is None or all(c.id != self.selected_card for c in journey.cards):
            self.selected_card = None
        self.relayout()

    def set_readonly(self, readonly: bool) -> None:
        self.readonly = readonly
        self.viewport().update()

    def set_search(self, text: str) -> None:
        self.search = text.strip().casefold()
        self.viewport().update()

    def visible_lanes(self) -> list[Lane]:
        return [lane for lane in self.journey.lanes if not lane.hidden] if self.journey else []

    def matches(self, card: Card) -> bool:
        return not self.search or self.search in card.text.casefold()

    # --- layout -----------------------------------------------------------------------

    def relayout(self) -> None:
        self.colors = Colors(self.palette())
        geometry = Geometry()
        journey = self.journey
        if journey is None or not journey.stages:
            self.geometry_ = geometry
            self._update_scrollbars()
            self.viewport().update()
            return
        n = len(journey.stages)
        available = self.viewport().width() - LANE_HEADER_W
        geometry.column_w = max(MIN_COLUMN_W, available / n)
        geometry.stage_x = [LANE_HEADER_W + i * geometry.column_w for i in range(n)]
        geometry.width = LANE_HEADER_W + n * geometry.column_w
        y = float(STAGE_HEADER_H)
        card_w = geometry.column_w - 2 * CELL_PAD
        for lane in self.visible_lanes():
            if lane.kind == LANE_EMOTION:
                geometry.lanes.append((lane, y, EMOTION_H))
                y += EMOTION_H
                continue
            tallest = 0.0
            for index, stage in enumerate(journey.stages):
                top = y + CELL_PAD
                for card in journey.cell(lane.id, stage.id):
                    height, members = self._card_height(card, lane, card_w)
                    rect = QRectF(geometry.stage_x[index] + CELL_PAD, top, card_w, height)
                    members_rect = None
                    if members:
                        line = QFontMetricsF(self.small_font).height()
                        members_rect = QRectF(rect.x() + CARD_PAD_X, rect.bottom() - CARD_PAD_Y - line,
                                              card_w - 2 * CARD_PAD_X, line)
                    geometry.boxes[card.id] = CardBox(card, rect, members_rect)
                    top += height + CARD_GAP
                tallest = max(tallest, top - y)
            height = max(MIN_LANE_H, tallest + (0 if self.readonly else ADD_H) + CELL_PAD / 2)
            geometry.lanes.append((lane, y, height))
            y += height
        geometry.height = y + 1
        self.geometry_ = geometry
        self._update_scrollbars()
        self.viewport().update()

    def _text_rect_width(self, lane: Lane, card_w: float) -> float:
        width = card_w - 2 * CARD_PAD_X
        if lane.kind == LANE_TOUCHPOINTS:
            width -= CHANNEL_ICON + 8
        return width

    def _card_height(self, card: Card, lane: Lane, card_w: float) -> tuple[float, bool]:
        font = self.quote_font if lane.kind == LANE_THOUGHTS else self.card_font
        metrics = QFontMetricsF(font)
        text = self._display_text(card, lane) or " "
        bounds = metrics.boundingRect(QRectF(0, 0, self._text_rect_width(lane, card_w), 10000),
                                      int(Qt.TextFlag.TextWordWrap), text)
        height = max(bounds.height(), metrics.height()) + 2 * CARD_PAD_Y
        if lane.kind == LANE_TOUCHPOINTS:
            height = max(height, CHANNEL_ICON + 2 * CARD_PAD_Y)
        extra = False
        if card.origin == "observed" or card.evidence is not None:
            height += QFontMetricsF(self.small_font).height() + 4
            extra = card.origin == "observed" and bool(card.friction_key)
        return height, extra

    @staticmethod
    def _display_text(card: Card, lane: Lane) -> str:
        if lane.kind == LANE_THOUGHTS and card.text and not card.text.startswith(("“", "\"")):
            return f"“{card.text}”"
        return card.text

    def _update_scrollbars(self) -> None:
        g = self.geometry_
        viewport = self.viewport().size()
        self.horizontalScrollBar().setRange(0, max(0, int(g.width - viewport.width())))
        self.horizontalScrollBar().setPageStep(viewport.width())
        self.horizontalScrollBar().setSingleStep(24)
        self.verticalScrollBar().setRange(0, max(0, int(g.height - viewport.height())))
        self.verticalScrollBar().setPageStep(viewport.height())
        self.verticalScrollBar().setSingleStep(24)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self.relayout()
        self._place_editor()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # Qt override
        self.viewport().update()
        self._place_editor()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange,
                            QEvent.Type.ApplicationPaletteChange):
            self._fonts()
            QTimer.singleShot(0, self, self.relayout)
        super().changeEvent(event)

    # --- coordinates ------------------------------------------------------------------

    def _offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def to_content(self, point: QPointF) -> QPointF:
        """A viewport point in map coordinates (headers stay where they are on screen)."""
        offset = self._offset()
        x = point.x() if point.x() < LANE_HEADER_W else point.x() + offset.x()
        y = point.y() if point.y() < STAGE_HEADER_H else point.y() + offset.y()
        return QPointF(x, y)

    def to_viewport(self, rect: QRectF, region: str = "cells") -> QRectF:
        offset = self._offset()
        dx = 0 if region == "lanes" else -offset.x()
        dy = 0 if region == "stages" else -offset.y()
        return rect.translated(dx, dy)

    def stage_rect(self, index: int) -> QRectF:
        g = self.geometry_
        return QRectF(g.stage_x[index], 0, g.column_w, STAGE_HEADER_H)

    def lane_rect(self, lane_id: int) -> QRectF | None:
        for lane, y, height in self.geometry_.lanes:
            if lane.id == lane_id:
                return QRectF(0, y, LANE_HEADER_W, height)
        return None

    def cell_rect(self, lane_id: int, stage_id: int) -> QRectF | None:
        lane_rect = self.lane_rect(lane_id)
        index = self._stage_index(stage_id)
        if lane_rect is None or index is None:
            return None
        return QRectF(self.geometry_.stage_x[index], lane_rect.y(), self.geometry_.column_w,
                      lane_rect.height())

    def add_rect(self, lane_id: int, stage_id: int) -> QRectF | None:
        cell = self.cell_rect(lane_id, stage_id)
        if cell is None:
            return None
        return QRectF(cell.x() + CELL_PAD, cell.bottom() - ADD_H - 2,
                      cell.width() - 2 * CELL_PAD - 28, ADD_H - 4)

    def card_rect(self, card_id: int) -> QRectF | None:
        box = self.geometry_.boxes.get(card_id)
        return QRectF(box.rect) if box else None

    def _stage_index(self, stage_id: int) -> int | None:
        if self.journey is None:
            return None
        return next((i for i, s in enumerate(self.journey.stages) if s.id == stage_id), None)

    def _stage_at(self, x: float) -> int | None:
        g = self.geometry_
        if not g.stage_x or x < LANE_HEADER_W:
            return None
        index = int((x - LANE_HEADER_W) // g.column_w)
        return index if 0 <= index < len(g.stage_x) else None

    def _lane_at(self, y: float) -> tuple[Lane, float, float] | None:
        return next((entry for entry in self.geometry_.lanes
                     if entry[1] <= y < entry[1] + entry[2]), None)

    def hit(self, point: QPointF) -> Hit:
        """What is under a viewport point."""
        if self.journey is None:
            return Hit("")
        p = self.to_content(point)
        in_lanes, in_stages = point.x() < LANE_HEADER_W, point.y() < STAGE_HEADER_H
        if in_lanes and in_stages:
            return Hit("corner")
        index = self._stage_at(p.x())
        stage_id = self.journey.stages[index].id if index is not None else None
        if in_stages:
            return Hit("stage", stage_id=stage_id) if stage_id is not None else Hit("")
        entry = self._lane_at(p.y())
        if entry is None:
            return Hit("")
        lane = entry[0]
        if in_lanes:
            return Hit("lane", lane_id=lane.id)
        if stage_id is None:
            return Hit("")
        if lane.kind == LANE_EMOTION:
            return Hit("emotion", lane.id, stage_id)
        for box in self.geometry_.boxes.values():
            if box.card.lane_id == lane.id and box.rect.contains(p):
                if box.members_rect is not None and box.members_rect.contains(p):
                    return Hit("members", lane.id, stage_id, box.card.id)
                return Hit("card", lane.id, stage_id, box.card.id)
        add = self.add_rect(lane.id, stage_id)
        if not self.readonly and add is not None and add.contains(p):
            return Hit("add", lane.id, stage_id)
        return Hit("cell", lane.id, stage_id)

    # --- emotion geometry -------------------------------------------------------------

    def _emotion_plot(self, lane_y: float) -> QRectF:
        return QRectF(0, lane_y + 30, 0, EMOTION_H - 58)

    def emotion_y(self, lane_y: float, value: float) -> float:
        plot = self._emotion_plot(lane_y)
        return plot.y() + (2.0 - value) / 4.0 * plot.height()

    def emotion_value_at(self, lane_y: float, y: float) -> float:
        plot = self._emotion_plot(lane_y)
        value = 2.0 - (y - plot.y()) / plot.height() * 4.0
        value = round(value / EMOTION_STEP) * EMOTION_STEP
        return max(-2.0, min(2.0, value))

    def emotion_point(self, stage_id: int) -> QPointF | None:
        """Where a stage's emotion point is drawn (map coordinates), None without a value."""
        index = self._stage_index(stage_id)
        lane = next((e for e in self.geometry_.lanes if e[0].kind == LANE_EMOTION), None)
        if index is None or lane is None:
            return None
        value = self.journey.emotion(stage_id).value
        if value is None:
            return None
        x = self.geometry_.stage_x[index] + self.geometry_.column_w / 2
        return QPointF(x, self.emotion_y(lane[1], value))

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self.viewport())
        self._paint(painter, self.viewport().size(), self._offset())

    def render_image(self) -> QImage:
        """The whole map (every stage and visible lane) as an image, e.g. to export it."""
        g = self.geometry_
        size = QSize(max(1, int(g.width)), max(1, int(g.height)))
        image = QImage(size * 2, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(2.0)
        painter = QPainter(image)
        selected, self.selected_card = self.selected_card, None
        hover, self._hover = self._hover, Hit("")
        self._paint(painter, size, QPointF(0, 0))
        self.selected_card, self._hover = selected, hover
        painter.end()
        return image

    def _paint(self, painter: QPainter, size: QSize, offset: QPointF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.colors
        painter.fillRect(QRect(0, 0, size.width(), size.height()), c.canvas)
        if self.journey is None or not self.journey.stages:
            return
        g = self.geometry_
        # cells
        painter.save()
        painter.setClipRect(QRectF(LANE_HEADER_W, STAGE_HEADER_H, size.width(), size.height()))
        painter.translate(-offset.x(), -offset.y())
        self._paint_cells(painter)
        painter.restore()
        # stage headers (scroll sideways only)
        painter.save()
        painter.setClipRect(QRectF(LANE_HEADER_W, 0, size.width(), STAGE_HEADER_H))
        painter.translate(-offset.x(), 0)
        painter.fillRect(QRectF(LANE_HEADER_W, 0, g.width, STAGE_HEADER_H), c.canvas)
        for index, stage in enumerate(self.journey.stages):
            self._paint_stage(painter, index, stage)
        painter.restore()
        # lane names (scroll up and down only)
        painter.save()
        painter.setClipRect(QRectF(0, STAGE_HEADER_H, LANE_HEADER_W, size.height()))
        painter.translate(0, -offset.y())
        for lane, y, height in g.lanes:
            self._paint_lane_header(painter, lane, y, height)
        painter.restore()
        self._paint_corner(painter)
        painter.setPen(QPen(c.border, 1))
        painter.drawLine(QPointF(0, STAGE_HEADER_H - 0.5), QPointF(size.width(), STAGE_HEADER_H - 0.5))
        painter.drawLine(QPointF(LANE_HEADER_W - 0.5, 0), QPointF(LANE_HEADER_W - 0.5, size.height()))
        if self._drag_card is not None:
            self._paint_drag(painter)
        if self._drag_header is not None:
            self._paint_header_drag(painter, size, offset)

    def _paint_corner(self, painter: QPainter) -> None:
        c = self.colors
        painter.fillRect(QRectF(0, 0, LANE_HEADER_W, STAGE_HEADER_H), c.canvas)
        painter.setPen(c.secondary)
        painter.setFont(self.small_font)
        rect = QRectF(16, 10, LANE_HEADER_W - 24, STAGE_HEADER_H - 20)
        visible = len(self.visible_lanes())
        hidden = len(self.journey.lanes) - visible
        text = translate("Journeys", "{stages} stages · {lanes} lanes").format(
            stages=len(self.journey.stages), lanes=visible)
        if hidden:
            text += "\n" + translate("Journeys", "{n} hidden").format(n=hidden)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
                                   | Qt.TextFlag.TextWordWrap), text)

    def _chevron(self, index: int) -> QPainterPath:
        """The outline of a stage header: each stage points to the next."""
        rect = self.stage_rect(index).adjusted(4, 10, -4, -8)
        path = QPainterPath()
        tip = 12.0
        left_notch = 0.0 if index == 0 else tip
        path.moveTo(rect.left(), rect.top())
        path.lineTo(rect.right() - tip, rect.top())
        path.lineTo(rect.right(), rect.center().y())
        path.lineTo(rect.right() - tip, rect.bottom())
        path.lineTo(rect.left(), rect.bottom())
        path.lineTo(rect.left() + left_notch, rect.center().y())
        path.closeSubpath()
        return path

    def _paint_stage(self, painter: QPainter, index: int, stage) -> None:
        c = self.colors
        rect = self.stage_rect(index).adjusted(4, 10, -4, -8)
        hovered = self._hover.kind == "stage" and self._hover.stage_id == stage.id
        accent = c.highlight
        tip = 12.0
        left_notch = 0.0 if index == 0 else tip
        path = self._chevron(index)
        painter.setPen(QPen(c.tint(accent, 0.45 if hovered else 0.32), 1))
        painter.setBrush(c.tint(accent, 0.16 if hovered else 0.10))
        painter.drawPath(path)
        number = QRectF(rect.left() + left_notch + 8, rect.center().y() - 11, 22, 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawEllipse(number)
        painter.setPen(self.palette().highlightedText().color())
        painter.setFont(self.small_font)
        painter.drawText(number, int(Qt.AlignmentFlag.AlignCenter), str(index + 1))
        text_rect = QRectF(number.right() + 8, rect.top() + 2, rect.right() - tip - number.right() - 12,
                           rect.height() - 4)
        badges = self.disagreements.get(stage.id)
        if badges:
            text_rect.setRight(text_rect.right() - 20)
        painter.setPen(c.text)
        painter.setFont(self.bold_font)
        self._draw_elided(painter, text_rect, stage.name, self.bold_font, 2,
                          Qt.AlignmentFlag.AlignVCenter)
        if badges:
            self._paint_badge(painter, QPointF(text_rect.right() + 11, rect.center().y()))

    def _paint_badge(self, painter: QPainter, centre: QPointF) -> None:
        painter.save()
        painter.setPen(QPen(BADGE.darker(130), 1))
        painter.setBrush(BADGE)
        painter.drawEllipse(centre, 8.5, 8.5)
        painter.setPen(BADGE_TEXT)
        painter.setFont(self.bold_font)
        painter.drawText(QRectF(centre.x() - 8, centre.y() - 9, 16, 18),
                         int(Qt.AlignmentFlag.AlignCenter), "!")
        painter.restore()

    def _paint_lane_header(self, painter: QPainter, lane: Lane, y: float, height: float) -> None:
        c = self.colors
        accent = lane_color(lane.kind)
        rect = QRectF(0, y, LANE_HEADER_W, height)
        hovered = self._hover.kind == "lane" and self._hover.lane_id == lane.id
        painter.fillRect(rect, c.tint(accent, 0.08) if hovered else c.canvas)
        painter.fillRect(QRectF(10, y + 8, 4, height - 16), accent)
        painter.setPen(c.text)
        text_rect = QRectF(24, y + 8, LANE_HEADER_W - 34, height - 16)
        self._draw_elided(painter, text_rect, lane.name, self.bold_font, 3,
                          Qt.AlignmentFlag.AlignTop)
        if lane.kind == LANE_EMOTION:
            painter.setPen(c.secondary)
            painter.setFont(self.small_font)
            metrics = QFontMetricsF(self.small_font)
            for value in (2, 0, -2):
                label = format_emotion(float(value))
                ly = self.emotion_y(y, value)
                painter.drawText(QRectF(LANE_HEADER_W - 40, ly - metrics.height() / 2, 32,
                                        metrics.height()),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                                 label)
        painter.setPen(QPen(c.grid, 1))
        painter.drawLine(QPointF(0, y + height - 0.5), QPointF(LANE_HEADER_W, y + height - 0.5))

    def _draw_elided(self, painter: QPainter, rect: QRectF, text: str, font: QFont, lines: int,
                     vertical: Qt.AlignmentFlag) -> None:
        """Wrapped text in at most ``lines`` lines, the last one elided."""
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        words = text.split()
        rows: list[str] = []
        current = ""
        for word in words:
            trial = f"{current} {word}".strip()
            if metrics.horizontalAdvance(trial) <= rect.width() or not current:
                current = trial
            else:
                rows.append(current)
                current = word
        if current:
            rows.append(current)
        if len(rows) > lines:
            rows = rows[:lines - 1] + [" ".join(rows[lines - 1:])]
        rows = [metrics.elidedText(r, Qt.TextElideMode.ElideRight, rect.width()) for r in rows]
        block = metrics.height() * len(rows)
        top = rect.top() if vertical == Qt.AlignmentFlag.AlignTop else \
            rect.top() + (rect.height() - block) / 2
        for i, row in enumerate(rows):
            painter.drawText(QRectF(rect.left(), top + i * metrics.height(), rect.width(),
                                    metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), row)

    def _paint_cells(self, painter: QPainter) -> None:
        c = self.colors
        g = self.geometry_
        journey = self.journey
        for row, (_lane, y, height) in enumerate(g.lanes):
            band = QRectF(LANE_HEADER_W, y, g.width - LANE_HEADER_W, height)
            painter.fillRect(band, c.base if row % 2 == 0 else c.tint(c.text, 0.018))
            painter.setPen(QPen(c.grid, 1))
            painter.drawLine(QPointF(LANE_HEADER_W, y + height - 0.5), QPointF(g.width, y + height - 0.5))
        for x in g.stage_x[1:]:
            painter.setPen(QPen(c.grid, 1))
            painter.drawLine(QPointF(x - 0.5, STAGE_HEADER_H), QPointF(x - 0.5, g.height))
        if self._drop is not None:
            lane_id, stage_id, _ = self._drop
            cell = self.cell_rect(lane_id, stage_id)
            if cell is not None:
                painter.fillRect(cell.adjusted(1, 1, -1, -1), c.tint(c.highlight, 0.10))
        for lane, y, height in g.lanes:
            if lane.kind == LANE_EMOTION:
                self._paint_emotion(painter, lane, y, height)
                continue
            for stage in journey.stages:
                if not self.readonly and self._hover.lane_id == lane.id and \
                        self._hover.stage_id == stage.id and self._hover.kind in ("cell", "add"):
                    self._paint_add(painter, lane, stage.id, self._hover.kind == "add")
                if lane.kind == LANE_TOUCHPOINTS:
                    for item in self.disagreements.get(stage.id, []):
                        if item.kind == "channel_missing":
                            cell = self.cell_rect(lane.id, stage.id)
                            self._paint_badge(painter, QPointF(cell.right() - 16,
                                                               cell.bottom() - 14))
        for box in g.boxes.values():
            if self._drag_card is not None and box.card.id == self._drag_card.id:
                continue
            self._paint_card(painter, box)
        if self._drop is not None:
            self._paint_drop_marker(painter)

    def _paint_add(self, painter: QPainter, lane: Lane, stage_id: int, hot: bool) -> None:
        c = self.colors
        rect = self.add_rect(lane.id, stage_id)
        accent = lane_color(lane.kind)
        pen = QPen(c.tint(accent, 0.7 if hot else 0.4), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(c.tint(accent, 0.08) if hot else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(c.secondary if not hot else c.text)
        painter.setFont(self.small_font)
        text = translate("Journeys", "+ Add card")
        if lane.kind == LANE_THOUGHTS:
            text = translate("Journeys", "+ Add card or quote")
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_card(self, painter: QPainter, box: CardBox, ghost: bool = False) -> None:
        c = self.colors
        card, rect = box.card, box.rect
        lane = next((lane for lane in self.journey.lanes if lane.id == card.lane_id), None)
        if lane is None:
            return
        accent = lane_color(lane.kind)
        observed = card.origin == "observed"
        selected = card.id == self.selected_card
        dimmed = bool(self.search) and not self.matches(card)
        painter.save()
        if dimmed:
            painter.setOpacity(0.3)
        if ghost:
            painter.setOpacity(0.85)
        border = c.highlight if selected else c.tint(accent, 0.42)
        if self.search and not dimmed:
            border = c.highlight
        painter.setPen(QPen(border, 2 if selected or (self.search and not dimmed) else 1,
                            Qt.PenStyle.DashLine if observed and not card.edited else
                            Qt.PenStyle.SolidLine))
        painter.setBrush(c.tint(accent, 0.13 if observed else 0.07) if not ghost else c.base)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.x(), rect.y(), 6, rect.height()), 3, 3)
        painter.drawPath(stripe.intersected(_rounded(rect, 6)))
        text_rect = QRectF(rect.x() + CARD_PAD_X, rect.y() + CARD_PAD_Y,
                           rect.width() - 2 * CARD_PAD_X, rect.height() - 2 * CARD_PAD_Y)
        if lane.kind == LANE_TOUCHPOINTS:
            icon = QRectF(text_rect.x(), text_rect.y(), CHANNEL_ICON, CHANNEL_ICON)
            paint_channel(painter, icon, card.text, accent, c.base)
            text_rect.setLeft(icon.right() + 8)
        font = self.quote_font if lane.kind == LANE_THOUGHTS else self.card_font
        painter.setFont(font)
        painter.setPen(c.text)
        extra_h = 0.0
        if observed or card.evidence is not None:
            extra_h = QFontMetricsF(self.small_font).height() + 4
        body = QRectF(text_rect.x(), text_rect.y(), text_rect.width(), text_rect.height() - extra_h)
        painter.drawText(body, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), self._display_text(card, lane))
        if extra_h:
            painter.setFont(self.small_font)
            line = QRectF(text_rect.x(), text_rect.bottom() - extra_h + 4, text_rect.width(),
                          extra_h - 4)
            if observed:
                figures = card.figures or {}
                members = figures.get("members")
                text = translate("Journeys", "Observed")
                if members is not None:
                    text = translate("Journeys", "Observed · {n} members ({share:.0%}) ›").format(
                        n=members, share=float(figures.get("share") or 0.0))
                painter.setPen(c.link if box.members_rect is not None else c.secondary)
            else:
                text = translate("Journeys", "Linked to evidence ›")
                painter.setPen(c.link)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             QFontMetricsF(self.small_font).elidedText(
                                 text, Qt.TextElideMode.ElideRight, line.width()))
        painter.restore()

    def _paint_emotion(self, painter: QPainter, lane: Lane, y: float, height: float) -> None:
        c = self.colors
        g = self.geometry_
        accent = lane_color(LANE_EMOTION)
        # guides at -2, -1, 0, +1, +2
        for value in (-2, -1, 0, 1, 2):
            gy = self.emotion_y(y, value)
            pen = QPen(c.border if value == 0 else c.grid, 1,
                       Qt.PenStyle.SolidLine if value == 0 else Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(LANE_HEADER_W + 4, gy), QPointF(g.width - 4, gy))
        # negative half tinted
        zero = self.emotion_y(y, 0)
        painter.fillRect(QRectF(LANE_HEADER_W, zero, g.width - LANE_HEADER_W,
                                self.emotion_y(y, -2) - zero), c.tint(QColor("#D64545"), 0.035))
        points: list[QPointF] = []
        for index, stage in enumerate(self.journey.stages):
            emotion = self.journey.emotion(stage.id)
            value = emotion.value
            if self._drag_emotion is not None and self._drag_emotion[0] == stage.id:
                value = self._drag_emotion[1]
            x = g.stage_x[index] + g.column_w / 2
            if value is not None:
                points.append(QPointF(x, self.emotion_y(y, value)))
        if len(points) >= 2:
            path = QPainterPath(points[0])
            for a, b in zip(points, points[1:], strict=False):
                mid = (b.x() - a.x()) / 2
                path.cubicTo(QPointF(a.x() + mid, a.y()), QPointF(b.x() - mid, b.y()), b)
            fill = QPainterPath(path)
            fill.lineTo(points[-1].x(), zero)
            fill.lineTo(points[0].x(), zero)
            fill.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.tint(accent, 0.12))
            painter.drawPath(fill)
            painter.setPen(QPen(accent, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        metrics = QFontMetricsF(self.small_font)
        for index, stage in enumerate(self.journey.stages):
            emotion = self.journey.emotion(stage.id)
            x = g.stage_x[index] + g.column_w / 2
            dragging = self._drag_emotion is not None and self._drag_emotion[0] == stage.id
            value = self._drag_emotion[1] if dragging else emotion.value
            hovered = self._hover.kind == "emotion" and self._hover.stage_id == stage.id
            # the evidence's proposal, when the researcher's value differs
            if emotion.observed is not None and (emotion.overridden or dragging):
                oy = self.emotion_y(y, emotion.observed)
                painter.setPen(QPen(c.secondary, 1.4))
                painter.setBrush(c.base)
                diamond = QPainterPath()
                diamond.moveTo(x - 14, oy - 5)
                diamond.lineTo(x - 9, oy)
                diamond.lineTo(x - 14, oy + 5)
                diamond.lineTo(x - 19, oy)
                diamond.closeSubpath()
                painter.drawPath(diamond)
            if value is None:
                painter.setPen(QPen(c.faint, 1.4, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x, zero), 7, 7)
                painter.setPen(c.secondary)
                painter.setFont(self.small_font)
                hint = translate("Journeys", "No evidence: click to set")
                painter.drawText(QRectF(x - g.column_w / 2 + 8, y + height - metrics.height() - 6,
                                        g.column_w - 16, metrics.height()),
                                 int(Qt.AlignmentFlag.AlignCenter), hint)
                continue
            py = self.emotion_y(y, value)
            overridden = emotion.overridden or dragging
            radius = 7.5 if hovered or dragging else 6.5
            painter.setPen(QPen(accent, 2.2))
            painter.setBrush(accent if overridden else c.base)
            painter.drawEllipse(QPointF(x, py), radius, radius)
            painter.setFont(self.bold_font)
            painter.setPen(c.text)
            label_y = py - 26 if value > -1.0 else py + 10
            painter.drawText(QRectF(x + 10, label_y, 60, 18),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             format_emotion(value))
            painter.setFont(self.small_font)
            painter.setPen(c.secondary)
            if overridden:
                note = translate("Journeys", "set by you")
                if emotion.observed is not None:
                    note = translate("Journeys", "set by you · evidence {value} (n = {n})").format(
                        value=format_emotion(emotion.observed), n=emotion.observed_n)
            else:
                note = translate("Journeys", "from evidence (n = {n})").format(n=emotion.observed_n)
            painter.drawText(QRectF(x - g.column_w / 2 + 8, y + height - metrics.height() - 6,
                                    g.column_w - 16, metrics.height()),
                             int(Qt.AlignmentFlag.AlignCenter),
                             metrics.elidedText(note, Qt.TextElideMode.ElideRight, g.column_w - 16))
            if any(d.kind == "emotion_differs" for d in self.disagreements.get(stage.id, [])):
                self._paint_badge(painter, QPointF(g.stage_x[index] + g.column_w - 16, y + 16))

    def _paint_drop_marker(self, painter: QPainter) -> None:
        lane_id, stage_id, position = self._drop
        cell = self.cell_rect(lane_id, stage_id)
        if cell is None:
            return
        cards = [c for c in self.journey.cell(lane_id, stage_id)
                 if self._drag_card is None or c.id != self._drag_card.id]
        if position < len(cards):
            y = self.geometry_.boxes[cards[position].id].rect.top() - CARD_GAP / 2
        elif cards:
            y = self.geometry_.boxes[cards[-1].id].rect.bottom() + CARD_GAP / 2
        else:
            y = cell.top() + CELL_PAD / 2
        painter.setPen(QPen(self.colors.highlight, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(cell.left() + CELL_PAD, y), QPointF(cell.right() - CELL_PAD, y))

    def _paint_drag(self, painter: QPainter) -> None:
        box = self.geometry_.boxes.get(self._drag_card.id)
        if box is None:
            return
        rect = QRectF(box.rect)
        rect.moveTopLeft(self._drag_pos - QPointF(20, 14))
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 40))
        painter.drawRoundedRect(rect.translated(3, 4), 6, 6)
        painter.restore()
        self._paint_card(painter, CardBox(box.card, rect, None), ghost=True)

    def _paint_header_drag(self, painter: QPainter, size: QSize, offset: QPointF) -> None:
        """The dragged header lifted under the pointer, and a bar where it will land."""
        drag = self._drag_header
        c = self.colors
        g = self.geometry_
        bottom = min(float(size.height()), g.height - offset.y())
        right = min(float(size.width()), g.width - offset.x())
        lifted = QColor(c.highlight)
        lifted.setAlpha(26)
        veil = QColor(c.canvas)
        veil.setAlpha(170)
        painter.save()
        if drag.kind == "stage":
            index = self._stage_index(drag.item_id)
            if index is None:
                painter.restore()
                return
            painter.setClipRect(QRectF(LANE_HEADER_W, 0, size.width(), size.height()))
            source = self.stage_rect(index).translated(-offset.x(), 0)
            painter.fillRect(QRectF(source.x(), STAGE_HEADER_H, source.width(), bottom - STAGE_HEADER_H),
                             lifted)
            painter.fillRect(source, veil)
            painter.setClipRect(QRectF(0, 0, size.width(), STAGE_HEADER_H))
            painter.translate(drag.pos.x() - drag.start.x() - offset.x(), 0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 45))
            painter.drawPath(self._chevron(index).translated(3, 4))
            self._paint_stage(painter, index, self.journey.stages[index])
            painter.setPen(QPen(c.highlight, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._chevron(index))
            bar = None
            if drag.position is not None:
                x = LANE_HEADER_W + drag.gap * g.column_w - offset.x()
                x = max(LANE_HEADER_W + 2.0, min(x, right - 2.0))
                bar = (QPointF(x, 6), QPointF(x, bottom - 2), QPointF(x, STAGE_HEADER_H - 6))
        else:
            entry = next((e for e in g.lanes if e[0].id == drag.item_id), None)
            if entry is None:
                painter.restore()
                return
            lane, y, height = entry
            painter.setClipRect(QRectF(0, STAGE_HEADER_H, size.width(), size.height()))
            painter.fillRect(QRectF(LANE_HEADER_W, y - offset.y(), right - LANE_HEADER_W, height), lifted)
            painter.fillRect(QRectF(0, y - offset.y(), LANE_HEADER_W, height), veil)
            painter.translate(0, drag.pos.y() - drag.start.y() - offset.y())
            ghost = QRectF(0, y, LANE_HEADER_W, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 45))
            painter.drawRect(ghost.translated(3, 4))
            self._paint_lane_header(painter, lane, y, height)
            painter.setPen(QPen(c.highlight, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(ghost.adjusted(0.75, 0.75, -0.75, -0.75))
            bar = None
            if drag.position is not None:
                y_gap = g.lanes[drag.gap][1] if drag.gap < len(g.lanes) else g.height - 1
                y_gap = max(STAGE_HEADER_H + 2.0, min(y_gap - offset.y(), bottom - 2.0))
                bar = (QPointF(6, y_gap), QPointF(right - 2, y_gap), QPointF(LANE_HEADER_W - 6, y_gap))
        painter.restore()
        if bar is not None:  # on top of everything, the lifted header included
            a, b, arrow = bar
            painter.save()
            painter.setPen(QPen(c.highlight, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(a, b)
            self._paint_marker_arrows(painter, a, arrow)
            painter.restore()

    def _paint_marker_arrows(self, painter: QPainter, a: QPointF, b: QPointF) -> None:
        """Two small arrowheads at the ends of the insertion bar, pointing at it."""
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colors.highlight)
        vertical = a.x() == b.x()
        for end, sign in ((a, 1.0), (b, -1.0)):
            path = QPainterPath()
            if vertical:  # a vertical bar: arrows point down from the top and up from the bottom
                path.moveTo(end.x() - 7, end.y() - sign * 2)
                path.lineTo(end.x() + 7, end.y() - sign * 2)
                path.lineTo(end.x(), end.y() + sign * 7)
            else:
                path.moveTo(end.x() - sign * 2, end.y() - 7)
                path.lineTo(end.x() - sign * 2, end.y() + 7)
                path.lineTo(end.x() + sign * 7, end.y())
            path.closeSubpath()
            painter.drawPath(path)
        painter.restore()

    # --- reordering stages and lanes by their headers -------------------------------

    def _start_header_drag(self, hit: Hit, start: QPointF, point: QPointF) -> None:
        item_id = hit.stage_id if hit.kind == "stage" else hit.lane_id
        self._drag_header = HeaderDrag(hit.kind, item_id, start, point)
        self.selected_card = None
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def header_drop_target(self, point: QPointF) -> tuple[int, int | None]:
        """(insertion slot, move position or None) for the dragged header released at ``point``."""
        drag = self._drag_header
        g = self.geometry_
        if drag.kind == "stage":
            x = self.to_content(QPointF(max(point.x(), float(LANE_HEADER_W)), point.y())).x()
            gap = max(0, min(len(g.stage_x), round((x - LANE_HEADER_W) / g.column_w)))
            index = self._stage_index(drag.item_id)
            position = gap if gap <= index else gap - 1
            return gap, (None if position == index else position)
        y = self.to_content(QPointF(point.x(), max(point.y(), float(STAGE_HEADER_H)))).y()
        gap = sum(1 for _lane, top, height in g.lanes if top + height / 2 < y)
        shown = [lane.id for lane, _y, _h in g.lanes]
        # the slot is among the shown lanes; the move position counts hidden lanes too
        lanes = [lane.id for lane in self.journey.lanes]
        old = lanes.index(drag.item_id)
        shown_index = shown.index(drag.item_id)
        rest = [lane_id for lane_id in lanes if lane_id != drag.item_id]
        shown_rest = [lane_id for lane_id in shown if lane_id != drag.item_id]
        slot = gap if gap <= shown_index else gap - 1
        if slot < len(shown_rest):
            position = rest.index(shown_rest[slot])
        else:
            position = rest.index(shown_rest[-1]) + 1 if shown_rest else len(rest)
        return gap, (None if position == old else position)

    def _move_header_drag(self, point: QPointF) -> None:
        drag = self._drag_header
        drag.pos = point
        self._autoscroll_header(point)
        drag.gap, drag.position = self.header_drop_target(point)
        self.viewport().update()

    def _autoscroll_header(self, point: QPointF) -> None:
        size = self.viewport().size()
        if self._drag_header.kind == "stage":
            bar = self.horizontalScrollBar()
            if point.x() > size.width() - 30:
                bar.setValue(bar.value() + 12)
            elif point.x() < LANE_HEADER_W + 30:
                bar.setValue(bar.value() - 12)
        else:
            bar = self.verticalScrollBar()
            if point.y() > size.height() - 30:
                bar.setValue(bar.value() + 12)
            elif point.y() < STAGE_HEADER_H + 30:
                bar.setValue(bar.value() - 12)

    def _finish_header_drag(self) -> None:
        drag, self._drag_header = self._drag_header, None
        self.viewport().update()
        self._set_cursor(self._hover)
        if drag.position is None:
            return
        if drag.kind == "stage":
            self.stage_moved.emit(drag.item_id, drag.position)
        else:
            self.lane_moved.emit(drag.item_id, drag.position)

    def cancel_drag(self) -> bool:
        """Drop a card or header drag without moving anything; False if nothing was dragged."""
        if self._drag_header is None and self._drag_card is None:
            return False
        self._drag_header, self._drag_card, self._drop, self._press = None, None, None, None
        self._set_cursor(self._hover)
        self.viewport().update()
        return True

    def _set_cursor(self, hit: Hit) -> None:
        clickable = hit.kind in ("members", "add") or (hit.kind == "emotion" and not self.readonly)
        shape = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        if not self.readonly and hit.kind == "stage":
            shape = Qt.CursorShape.SizeHorCursor
        elif not self.readonly and hit.kind == "lane":
            shape = Qt.CursorShape.SizeVerCursor
        self.viewport().setCursor(shape)

    # --- mouse ------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        point = event.position()
        if self._drag_emotion is not None:
            lane = next(e for e in self.geometry_.lanes if e[0].kind == LANE_EMOTION)
            value = self.emotion_value_at(lane[1], self.to_content(point).y())
            self._drag_emotion = (self._drag_emotion[0], value)
            self.viewport().update()
            return
        if self._press is not None and self._drag_card is None and self._drag_header is None \
                and not self.readonly:
            start, hit = self._press
            if (point - start).manhattanLength() >= QApplication.startDragDistance():
                if hit.kind == "card":
                    self._drag_card = next(c for c in self.journey.cards if c.id == hit.card_id)
                elif hit.kind in ("stage", "lane"):
                    self._start_header_drag(hit, start, point)
        if self._drag_header is not None:
            self._move_header_drag(point)
            return
        if self._drag_card is not None:
            self._drag_pos = point
            self._drop = self.drop_target(point)
            self._autoscroll(point)
            self.viewport().update()
            return
        hit = self.hit(point)
        if hit != self._hover:
            self._hover = hit
            self.viewport().update()
        self._set_cursor(hit)

    def leaveEvent(self, event: QEvent) -> None:  # Qt override
        self._hover = Hit("")
        self.viewport().update()
        super().leaveEvent(event)

    def _autoscroll(self, point: QPointF) -> None:
        size = self.viewport().size()
        bar_v, bar_h = self.verticalScrollBar(), self.horizontalScrollBar()
        if point.y() > size.height() - 30:
            bar_v.setValue(bar_v.value() + 12)
        elif STAGE_HEADER_H < point.y() < STAGE_HEADER_H + 30:
            bar_v.setValue(bar_v.value() - 12)
        if point.x() > size.width() - 30:
            bar_h.setValue(bar_h.value() + 12)
        elif LANE_HEADER_W < point.x() < LANE_HEADER_W + 30:
            bar_h.setValue(bar_h.value() - 12)

    def drop_target(self, point: QPointF) -> tuple[int, int, int] | None:
        """(lane id, stage id, position) where a dragged card would land."""
        hit = self.hit(point)
        if hit.lane_id is None or hit.stage_id is None or hit.kind == "emotion":
            return None
        content = self.to_content(point)
        cards = [c for c in self.journey.cell(hit.lane_id, hit.stage_id)
                 if self._drag_card is None or c.id != self._drag_card.id]
        position = len(cards)
        for i, card in enumerate(cards):
            if content.y() < self.geometry_.boxes[card.id].rect.center().y():
                position = i
                break
        return hit.lane_id, hit.stage_id, position

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.hit(event.position())
        self._press = (event.position(), hit)
        if hit.kind in ("card", "members"):
            self.selected_card = hit.card_id
        else:
            self.selected_card = None
        if hit.kind == "emotion" and not self.readonly:
            lane = next(e for e in self.geometry_.lanes if e[0].kind == LANE_EMOTION)
            value = self.emotion_value_at(lane[1], self.to_content(event.position()).y())
            self._drag_emotion = (hit.stage_id, value)
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        press, self._press = self._press, None
        if self._drag_emotion is not None:
            stage_id, value = self._drag_emotion
            self._drag_emotion = None
            if self.journey.emotion(stage_id).value != value:
                self.emotion_set.emit(stage_id, value)
            self.viewport().update()
            return
        if self._drag_header is not None:
            self._finish_header_drag()
            return
        if self._drag_card is not None:
            card, drop = self._drag_card, self._drop
            self._drag_card, self._drop = None, None
            self.viewport().update()
            if drop is not None:
                lane_id, stage_id, position = drop
                same_cell = card.lane_id == lane_id and card.stage_id == stage_id
                if not (same_cell and position == card.position):
                    self.card_moved.emit(card.id, lane_id, stage_id, position)
            return
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.hit(event.position())
        if hit != press[1]:
            return
        if hit.kind == "members":
            self.members_requested.emit(hit.card_id)
        elif hit.kind == "add":
            self.start_new_card(hit.lane_id, hit.stage_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        if self.readonly or event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.hit(event.position())
        if hit.kind == "card":
            self.edit_card(hit.card_id)
        elif hit.kind == "cell":
            self.start_new_card(hit.lane_id, hit.stage_id)
        elif hit.kind == "stage":
            self.edit_stage(hit.stage_id)
        elif hit.kind == "lane":
            self.edit_lane(hit.lane_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() == Qt.Key.Key_Escape and self.cancel_drag():
            return
        card = self.selected_card
        if card is not None and not self.readonly:
            if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_card(card)
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.card_removed.emit(card)
                return
        if event.key() == Qt.Key.Key_Escape and card is not None:
            self.selected_card = None
            self.viewport().update()
            return
        super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.ToolTip:
            text = self._tooltip(self.hit(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _tooltip(self, hit: Hit) -> str:
        journey = self.journey
        if journey is None:
            return ""
        if hit.kind == "stage":
            stage = journey.stage(hit.stage_id)
            lines = [stage.name]
            lines += [d.message for d in self.disagreements.get(hit.stage_id, [])]
            if not self.readonly:
                lines.append(translate("Journeys", "Double-click to rename; drag sideways to "
                                       "reorder; right-click for more."))
            return "\n".join(lines)
        if hit.kind == "lane":
            lane = next(lane for lane in journey.lanes if lane.id == hit.lane_id)
            if self.readonly:
                return lane.name
            return "\n".join([lane.name, translate("Journeys", "Double-click to rename; drag up or "
                                                   "down to reorder; right-click for more.")])
        if hit.kind == "emotion":
            emotion = journey.emotion(hit.stage_id)
            lines = []
            if emotion.observed is not None:
                lines.append(translate("Journeys", "Evidence proposes {value} from {n} scores.")
                             .format(value=format_emotion(emotion.observed), n=emotion.observed_n))
            else:
                lines.append(translate("Journeys", "No scores at this stage."))
            if emotion.overridden:
                lines.append(translate("Journeys", "Your value {value} wins over the evidence.")
                             .format(value=format_emotion(emotion.override)))
            lines += [d.message for d in self.disagreements.get(hit.stage_id, [])
                      if d.kind == "emotion_differs"]
            if not self.readonly:
                lines.append(translate("Journeys", "Click or drag to set it; right-click to reset."))
            return "\n".join(lines)
        if hit.kind in ("card", "members"):
            card = next(c for c in journey.cards if c.id == hit.card_id)
            lines = []
            lane = next(lane for lane in journey.lanes if lane.id == card.lane_id)
            if lane.kind == LANE_TOUCHPOINTS:
                lines.append(channel_label(channel_kind(card.text)))
            if card.origin == "observed":
                lines.append(translate("Journeys", "Proposed from the members' touchpoints."))
                if card.friction_key:
                    lines.append(translate("Journeys", "Click the figures to list the members "
                                           "behind it."))
            if card.evidence is not None:
                lines.append(translate("Journeys", "Linked to a passage of the evidence."))
            if not self.readonly:
                lines.append(translate("Journeys", "Double-click or F2 to edit; drag to move; "
                                       "Delete removes it."))
            return "\n".join(lines)
        if hit.kind == "cell" and hit.lane_id is not None:
            lane = next(lane for lane in journey.lanes if lane.id == hit.lane_id)
            if lane.kind == LANE_TOUCHPOINTS:
                return "\n".join(d.message for d in self.disagreements.get(hit.stage_id, [])
                                 if d.kind == "channel_missing")
        return ""

    # --- context menus ----------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # Qt override
        if self.journey is None:
            return
        hit = self.hit(QPointF(event.pos()))
        menu = self.context_menu(hit)
        if menu is not None and not menu.isEmpty():
            menu.exec(event.globalPos())

    def _action(self, menu: QMenu, text: str, slot, enabled: bool = True) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(enabled and not self.readonly)
        return action

    def context_menu(self, hit: Hit) -> QMenu | None:
        """The menu for what is under the mouse (built here so tests can trigger its actions)."""
        journey = self.journey
        menu = QMenu(self)
        if hit.kind == "stage":
            index = self._stage_index(hit.stage_id)
            stage_id = hit.stage_id
            self._action(menu, translate("Journeys", "Rename stage…"), lambda: self.edit_stage(stage_id))
            self._action(menu, translate("Journeys", "Add stage before"),
                         lambda: self.stage_added.emit(index))
            self._action(menu, translate("Journeys", "Add stage after"),
                         lambda: self.stage_added.emit(index + 1))
            menu.addSeparator()
            self._action(menu, translate("Journeys", "Move left"),
                         lambda: self.stage_moved.emit(stage_id, index - 1), index > 0)
            self._action(menu, translate("Journeys", "Move right"),
                         lambda: self.stage_moved.emit(stage_id, index + 1),
                         index < len(journey.stages) - 1)
            menu.addSeparator()
            self._action(menu, translate("Journeys", "Remove stage…"),
                         lambda: self.stage_removed.emit(stage_id), len(journey.stages) > 1)
        elif hit.kind == "lane":
            lanes = journey.lanes
            lane = next(lane for lane in lanes if lane.id == hit.lane_id)
            position = lanes.index(lane)
            lane_id = lane.id
            self._action(menu, translate("Journeys", "Rename lane…"), lambda: self.edit_lane(lane_id))
            self._action(menu, translate("Journeys", "Hide lane"),
                         lambda: self.lane_hidden.emit(lane_id, True))
            self._action(menu, translate("Journeys", "Add a lane below"),
                         lambda: self.lane_added.emit(position + 1))
            menu.addSeparator()
            self._action(menu, translate("Journeys", "Move up"),
                         lambda: self.lane_moved.emit(lane_id, position - 1), position > 0)
            self._action(menu, translate("Journeys", "Move down"),
                         lambda: self.lane_moved.emit(lane_id, position + 1),
                         position < len(lanes) - 1)
            menu.addSeparator()
            self._action(menu, translate("Journeys", "Remove lane…"),
                         lambda: self.lane_removed.emit(lane_id))
        elif hit.kind in ("card", "members"):
            card = next(c for c in journey.cards if c.id == hit.card_id)
            self.selected_card = card.id
            self.viewport().update()
            self._action(menu, translate("Journeys", "Edit text"), lambda: self.edit_card(card.id))
            if card.friction_key:
                action = menu.addAction(translate("Journeys", "Show the members behind it…"))
                action.triggered.connect(lambda _c=False: self.members_requested.emit(card.id))
            if card.evidence is not None:
                action = menu.addAction(translate("Journeys", "Open the linked evidence"))
                action.triggered.connect(lambda _c=False: self.evidence_requested.emit(card.id))
            menu.addSeparator()
            self._action(menu, translate("Journeys", "Delete card"),
                         lambda: self.card_removed.emit(card.id))
        elif hit.kind == "cell":
            lane = next(lane for lane in journey.lanes if lane.id == hit.lane_id)
            lane_id, stage_id = hit.lane_id, hit.stage_id
            self._action(menu, translate("Journeys", "Add card"),
                         lambda: self.start_new_card(lane_id, stage_id))
            if lane.kind in (LANE_THOUGHTS, LANE_PAIN_POINTS):
                self._action(menu, translate("Journeys", "Add a quote from the evidence…"),
                             lambda: self.quote_requested.emit(lane_id, stage_id))
        elif hit.kind == "emotion":
            stage_id = hit.stage_id
            emotion = journey.emotion(stage_id)
            self._action(menu, translate("Journeys", "Set emotion…"),
                         lambda: self.emotion_asked.emit(stage_id))
            reset = translate("Journeys", "Reset to evidence")
            if emotion.observed is not None:
                reset = translate("Journeys", "Reset to evidence ({value}, n = {n})").format(
                    value=format_emotion(emotion.observed), n=emotion.observed_n)
            self._action(menu, reset, lambda: self.emotion_set.emit(stage_id, None),
                         emotion.overridden)
        else:
            return None
        return menu

    # --- in-place editing -------------------------------------------------------------

    def edit_card(self, card_id: int) -> InlineEditor | None:
        box = self.geometry_.boxes.get(card_id)
        if box is None or self.readonly:
            return None
        self.selected_card = card_id
        self.ensure_visible(box.rect)
        return self._open_editor(Hit("card", box.card.lane_id, box.card.stage_id, card_id),
                                 box.card.text)

    def start_new_card(self, lane_id: int, stage_id: int) -> InlineEditor | None:
        if self.readonly:
            return None
        rect = self.add_rect(lane_id, stage_id)
        if rect is None:
            return None
        self.ensure_visible(rect)
        return self._open_editor(Hit("add", lane_id, stage_id), "")

    def edit_stage(self, stage_id: int) -> InlineEditor | None:
        index = self._stage_index(stage_id)
        if index is None or self.readonly:
            return None
        self.ensure_visible(self.stage_rect(index))
        return self._open_editor(Hit("stage", stage_id=stage_id), self.journey.stages[index].name)

    def edit_lane(self, lane_id: int) -> InlineEditor | None:
        lane = next((lane for lane in self.visible_lanes() if lane.id == lane_id), None)
        if lane is None or self.readonly:
            return None
        return self._open_editor(Hit("lane", lane_id=lane_id), lane.name)

    def _open_editor(self, target: Hit, text: str) -> InlineEditor:
        if self.editor is not None:
            self._close_editor()
        editor = InlineEditor(self.viewport(), lambda value: self._commit(target, text, value),
                              self._close_editor)
        editor.setPlainText(text)
        editor.selectAll()
        c = self.colors
        editor.setStyleSheet(f"QPlainTextEdit {{ background: {c.base.name()}; color: {c.text.name()};"
                             f" border: 2px solid {c.highlight.name()}; border-radius: 6px;"
                             f" padding: 2px; }}")
        self.editor, self._editing = editor, target
        self._place_editor()
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def _editor_rect(self) -> QRectF | None:
        target = self._editing
        if target is None:
            return None
        if target.kind == "card":
            rect = self.card_rect(target.card_id)
            if rect is None:
                return None
            return self.to_viewport(QRectF(rect.x(), rect.y(), rect.width(), max(rect.height(), 64)))
        if target.kind == "add":
            rect = self.add_rect(target.lane_id, target.stage_id)
            if rect is None:
                return None
            return self.to_viewport(QRectF(rect.x(), rect.y() - 44, rect.width(), 68))
        if target.kind == "stage":
            index = self._stage_index(target.stage_id)
            if index is None:
                return None
            return self.to_viewport(self.stage_rect(index).adjusted(4, 8, -4, -6), "stages")
        rect = self.lane_rect(target.lane_id)
        if rect is None:
            return None
        return self.to_viewport(QRectF(4, rect.y() + 4, LANE_HEADER_W - 8, max(48.0, min(
            rect.height() - 8, 80.0))), "lanes")

    def _place_editor(self) -> None:
        if self.editor is None:
            return
        rect = self._editor_rect()
        if rect is None:
            self._close_editor()
            return
        self.editor.setGeometry(rect.toAlignedRect())

    def _close_editor(self) -> None:
        editor, self.editor, self._editing = self.editor, None, None
        if editor is not None:
            editor._done = True
            editor.hide()
            editor.deleteLater()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.viewport().update()

    def _commit(self, target: Hit, before: str, text: str) -> None:
        self._close_editor()
        text = text.strip()
        if target.kind == "card":
            if text and text != before.strip():
                self.card_edited.emit(target.card_id, text)
            elif not text:
                self.card_removed.emit(target.card_id)
        elif target.kind == "add":
            if text:
                self.card_added.emit(target.lane_id, target.stage_id, text)
        elif target.kind == "stage":
            if text and text != before:
                self.stage_renamed.emit(target.stage_id, " ".join(text.split()))
        elif target.kind == "lane":
            if text and text != before:
                self.lane_renamed.emit(target.lane_id, " ".join(text.split()))

    def ensure_visible(self, rect: QRectF) -> None:
        """Scroll so that ``rect`` (map coordinates of the cells) is on screen."""
        view = self.viewport().size()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        left, top = rect.left() - LANE_HEADER_W, rect.top() - STAGE_HEADER_H
        if left < h.value():
            h.setValue(int(left))
        elif rect.right() - h.value() > view.width():
            h.setValue(int(rect.right() - view.width() + 8))
        if rect.top() >= STAGE_HEADER_H:
            if top < v.value():
                v.setValue(int(top))
            elif rect.bottom() - v.value() > view.height():
                v.setValue(int(rect.bottom() - view.height() + 8))


def _rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path
