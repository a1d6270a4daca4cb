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

This module is the coordinator: it holds the state (journey, selection, hover,
drags, the open editor) and turns Qt events into signals. The work is done by
:mod:`.map_layout` (geometry and hit testing), :mod:`.map_paint` (painting),
:mod:`.map_drag` (where drags land), :mod:`.map_menus` (tooltips and context
menus) and :mod:`.map_editor` (the inline editor).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QToolTip, QWidget

from workbench.domain.journeys import Card, Disagreement, JourneyMap, Lane
from workbench.i18n import translate
from workbench.ui.journeys import map_layout
from workbench.ui.journeys.look import Colors
from workbench.ui.journeys.map_drag import (
    HeaderDrag,
    card_autoscroll,
    card_drop_target,
    header_autoscroll,
)
from workbench.ui.journeys.map_drag import header_drop_target as _header_drop_target
from workbench.ui.journeys.map_editor import InlineEditor, editor_rect, editor_style
from workbench.ui.journeys.map_layout import LANE_HEADER_W, STAGE_HEADER_H, CardBox, Geometry, Hit, format_emotion
from workbench.ui.journeys.map_menus import context_menu, tooltip_text
from workbench.ui.journeys.map_paint import MapScene, paint_map

# the names importers of this module use, wherever they live now
__all__ = ["LANE_HEADER_W", "STAGE_HEADER_H", "CardBox", "Geometry", "HeaderDrag", "Hit", "InlineEditor",
           "JourneyMapView", "format_emotion"]


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
        self.fonts = map_layout.MapFonts.from_font(self.font())
        self.editor: InlineEditor | None = None
        self._editing: Hit | None = None
        self._hover = Hit("")
        self._press: tuple[QPointF, Hit] | None = None
        self._drag_card: Card | None = None
        self._drag_pos = QPointF()
        self._drop: tuple[int, int, int] | None = None
        self._drag_emotion: tuple[int, float] | None = None
        #: stage id -> survey measure lines, from the Voice of the customer figures.
        self.stage_measures: dict[int, list[str]] = {}
        self._drag_header: HeaderDrag | None = None
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setAccessibleName(translate("Journeys", "Journey map"))

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

    def set_stage_measures(self, measures: dict[int, list[str]]) -> None:
        """Survey measure lines per stage id ("NPS +12 (n = 48)"), drawn in the emotion lane."""
        self.stage_measures = dict(measures)
        self.viewport().update()

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
        self.geometry_ = map_layout.layout_map(self.journey, self.visible_lanes(), self.viewport().width(),
                                               self.fonts, self.readonly)
        self._update_scrollbars()
        self.viewport().update()

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
            self.fonts = map_layout.MapFonts.from_font(self.font())
            QTimer.singleShot(0, self, self.relayout)
        super().changeEvent(event)

    # --- coordinates (map coordinates unless said otherwise) ---------------------------

    def _offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def to_content(self, point: QPointF) -> QPointF:
        """A viewport point in map coordinates (headers stay where they are on screen)."""
        return map_layout.to_content(point, self._offset())

    def to_viewport(self, rect: QRectF, region: str = "cells") -> QRectF:
        return map_layout.to_viewport(rect, self._offset(), region)

    def stage_rect(self, index: int) -> QRectF:
        return self.geometry_.stage_rect(index)

    def lane_rect(self, lane_id: int) -> QRectF | None:
        return self.geometry_.lane_rect(lane_id)

    def cell_rect(self, lane_id: int, stage_id: int) -> QRectF | None:
        return self.geometry_.cell_rect(lane_id, stage_id)

    def add_rect(self, lane_id: int, stage_id: int) -> QRectF | None:
        return self.geometry_.add_rect(lane_id, stage_id)

    def card_rect(self, card_id: int) -> QRectF | None:
        return self.geometry_.card_rect(card_id)

    def _stage_index(self, stage_id: int) -> int | None:
        return self.geometry_.stage_index(stage_id)

    def hit(self, point: QPointF) -> Hit:
        """What is under a viewport point."""
        if self.journey is None:
            return Hit("")
        return self.geometry_.hit(self.to_content(point), point.x() < LANE_HEADER_W,
                                  point.y() < STAGE_HEADER_H, self.readonly)

    def emotion_y(self, lane_y: float, value: float) -> float:
        return map_layout.emotion_y(lane_y, value)

    def emotion_value_at(self, lane_y: float, y: float) -> float:
        return map_layout.emotion_value_at(lane_y, y)

    def emotion_point(self, stage_id: int) -> QPointF | None:
        """Where a stage's emotion point is drawn (map coordinates), None without a value."""
        index = self._stage_index(stage_id)
        lane = self.geometry_.emotion_lane()
        if index is None or lane is None:
            return None
        value = self.journey.emotion(stage_id).value
        if value is None:
            return None
        x = self.geometry_.stage_x[index] + self.geometry_.column_w / 2
        return QPointF(x, self.emotion_y(lane[1], value))

    # --- painting ---------------------------------------------------------------------

    def _scene(self) -> MapScene:
        return MapScene(
            self.journey, self.geometry_, self.colors, self.fonts, self.palette().highlightedText().color(),
            readonly=self.readonly, search=self.search, selected_card=self.selected_card, hover=self._hover,
            disagreements=self.disagreements, drop=self._drop, drag_card=self._drag_card,
            drag_pos=self._drag_pos, drag_emotion=self._drag_emotion, drag_header=self._drag_header,
            measures=self.stage_measures)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self.viewport())
        paint_map(painter, self._scene(), self.viewport().size(), self._offset())

    def render_image(self) -> QImage:
        """The whole map (every stage and visible lane) as an image, e.g. to export it."""
        g = self.geometry_
        size = QSize(max(1, int(g.width)), max(1, int(g.height)))
        image = QImage(size * 2, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(2.0)
        painter = QPainter(image)
        scene = self._scene()
        scene.selected_card, scene.hover = None, Hit("")  # no screen state in an export
        paint_map(painter, scene, size, QPointF(0, 0))
        painter.end()
        return image

    # --- dragging cards and headers ---------------------------------------------------

    def _start_header_drag(self, hit: Hit, start: QPointF, point: QPointF) -> None:
        item_id = hit.stage_id if hit.kind == "stage" else hit.lane_id
        self._drag_header = HeaderDrag(hit.kind, item_id, start, point)
        self.selected_card = None
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def header_drop_target(self, point: QPointF) -> tuple[int, int | None]:
        """(insertion slot, move position or None) for the dragged header released at ``point``."""
        return _header_drop_target(self._drag_header, self.geometry_, [lane.id for lane in self.journey.lanes],
                                   point, self._offset())

    def _move_header_drag(self, point: QPointF) -> None:
        drag = self._drag_header
        drag.pos = point
        self._scroll_by(*header_autoscroll(drag.kind, point, self.viewport().size()))
        drag.gap, drag.position = self.header_drop_target(point)
        self.viewport().update()

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

    def drop_target(self, point: QPointF) -> tuple[int, int, int] | None:
        """(lane id, stage id, position) where a dragged card would land."""
        return card_drop_target(self.hit(point), self.to_content(point).y(), self.journey, self.geometry_,
                                self._drag_card)

    def _move_card_drag(self, point: QPointF) -> None:
        self._drag_pos = point
        self._drop = self.drop_target(point)
        self._scroll_by(*card_autoscroll(point, self.viewport().size()))
        self.viewport().update()

    def _finish_card_drag(self) -> None:
        card, drop = self._drag_card, self._drop
        self._drag_card, self._drop = None, None
        self.viewport().update()
        if drop is not None:
            lane_id, stage_id, position = drop
            same_cell = card.lane_id == lane_id and card.stage_id == stage_id
            if not (same_cell and position == card.position):
                self.card_moved.emit(card.id, lane_id, stage_id, position)

    def _scroll_by(self, dx: int, dy: int) -> None:
        if dy:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)
        if dx:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)

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

    def _emotion_value_under(self, point: QPointF) -> float:
        lane = self.geometry_.emotion_lane()
        return self.emotion_value_at(lane[1], self.to_content(point).y())

    # --- mouse and keyboard -----------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        point = event.position()
        if self._drag_emotion is not None:
            self._drag_emotion = (self._drag_emotion[0], self._emotion_value_under(point))
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
            self._move_card_drag(point)
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
            self._drag_emotion = (hit.stage_id, self._emotion_value_under(event.position()))
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
            self._finish_card_drag()
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

    # --- tooltips and context menus ---------------------------------------------------

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
        return tooltip_text(self.journey, hit, self.disagreements, self.readonly,
                            self.stage_measures)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # Qt override
        if self.journey is None:
            return
        hit = self.hit(QPointF(event.pos()))
        menu = self.context_menu(hit)
        if menu is not None and not menu.isEmpty():
            menu.exec(event.globalPos())

    def context_menu(self, hit: Hit) -> QMenu | None:
        """The menu for what is under the mouse (built here so tests can trigger its actions)."""
        return context_menu(self, hit)

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
        editor.setStyleSheet(editor_style(self.colors))
        self.editor, self._editing = editor, target
        self._place_editor()
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def _place_editor(self) -> None:
        if self.editor is None:
            return
        rect = editor_rect(self._editing, self.geometry_, self._offset())
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
