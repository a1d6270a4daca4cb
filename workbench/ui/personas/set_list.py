"""How the list of persona sets draws each set: its name over k · method · date · silhouette."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.ui.personas.models import SUBTITLE_ROLE


class SetItemDelegate(QStyledItemDelegate):
    """Two lines per persona set: its name, then k · method · date · silhouette."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # Qt override
        height = option.fontMetrics.height()
        return QSize(200, height * 2 + 20)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:  # Qt override
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(12, 8, -10, -8)
        line = option.fontMetrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text_color)
        name = painter.fontMetrics().elidedText(index.data() or "", Qt.TextElideMode.ElideRight,
                                                rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.92)
        painter.setFont(small)
        secondary = text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(secondary)
        subtitle = painter.fontMetrics().elidedText(index.data(SUBTITLE_ROLE) or "",
                                                    Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line + 4, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subtitle)
        painter.restore()
