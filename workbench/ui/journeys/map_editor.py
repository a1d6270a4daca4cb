"""Typing on the journey map: the inline editor and where it sits over a card, cell, stage or lane.

The view opens one :class:`InlineEditor` at a time over its target
(a :class:`~workbench.ui.journeys.map_layout.Hit`) and turns the committed text
into an edit signal; :func:`editor_rect` keeps the editor over its target while
the map scrolls and is laid out again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from workbench.ui.journeys.look import Colors
from workbench.ui.journeys.map_layout import LANE_HEADER_W, Geometry, Hit, to_viewport


class InlineEditor(QPlainTextEdit):
    """Text typed over a card, stage or lane: Enter commits, Shift+Enter is a new line, Esc cancels."""

    def __init__(self, parent: QWidget, on_commit: Callable[[str], None], on_cancel: Callable[[], None]) -> None:
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

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt override
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


def editor_style(colors: Colors) -> str:
    """The editor's look: the page's colours, framed in the highlight."""
    c = colors
    return (f"QPlainTextEdit {{ background: {c.base.name()}; color: {c.text.name()};"
            f" border: 2px solid {c.highlight.name()}; border-radius: 6px;"
            f" padding: 2px; }}")


def editor_rect(target: Hit, geometry: Geometry, offset: QPointF) -> QRectF | None:
    """Where the editor of ``target`` goes in the viewport; None once the target is gone."""
    if target.kind == "card":
        rect = geometry.card_rect(target.card_id)
        if rect is None:
            return None
        return to_viewport(QRectF(rect.x(), rect.y(), rect.width(), max(rect.height(), 64)), offset)
    if target.kind == "add":
        rect = geometry.add_rect(target.lane_id, target.stage_id)
        if rect is None:
            return None
        return to_viewport(QRectF(rect.x(), rect.y() - 44, rect.width(), 68), offset)
    if target.kind == "stage":
        index = geometry.stage_index(target.stage_id)
        if index is None:
            return None
        return to_viewport(geometry.stage_rect(index).adjusted(4, 8, -4, -6), offset, "stages")
    rect = geometry.lane_rect(target.lane_id)
    if rect is None:
        return None
    return to_viewport(QRectF(4, rect.y() + 4, LANE_HEADER_W - 8, max(48.0, min(rect.height() - 8, 80.0))),
                       offset, "lanes")
