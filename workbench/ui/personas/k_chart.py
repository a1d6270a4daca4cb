"""The chart behind a suggested number of personas: silhouette gain and stability per k.

Two panels share the k axis: on top, how much better than structureless data
the silhouette is (bars); below, how repeatable the personas are over
bootstrap resamples (adjusted Rand index, a line). The dashed lines are the
thresholds the suggestion rule uses; the suggested k is highlighted.
Painted with QPainter: no plotting library is loaded for it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from workbench.domain.personas import STABLE, STRUCTURE_GAIN
from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.personas.visuals import mix

BAR = QColor("#8AA1BD")
LINE = QColor("#E07B39")


def nice_ticks(low: float, high: float, most: int = 4) -> list[float]:
    """Round tick values from ``low`` (≤ 0) to just above ``high``: 0, 0.1, 0.2, 0.3."""
    span = max(high - low, 1e-9)
    for step in (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0):
        if span / step <= most:
            break
    first = step * (low // step)
    ticks = [first]
    while ticks[-1] < high - 1e-12:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


class KSuggestionChart(QWidget):
    """Silhouette gain (bars) and bootstrap stability (line) for each k."""

    k_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = None
        self.structure_gain = 0.05
        self.stable = 0.8
        self.setMinimumSize(420, 250)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("PersonasArea", "Suggested number of personas chart"))

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(560, 270)

    def set_suggestion(self, suggestion) -> None:
        """Show a :class:`~workbench.domain.personas.KSuggestion` (None clears the chart)."""
        self.structure_gain, self.stable = STRUCTURE_GAIN, STABLE
        self.suggestion = suggestion
        self.setToolTip("" if suggestion is None else translate(
            "PersonasArea", "Point at a k for its figures; click it to choose that number."))
        self.update()

    # --- geometry ---------------------------------------------------------------------

    def _frame(self) -> tuple[QRectF, QRectF]:
        font_h = self.fontMetrics().height()
        left, right = 46.0, 14.0
        top = font_h + 10.0
        bottom = font_h + 10.0
        gap = 2 * font_h + 12.0
        usable = self.height() - top - bottom - gap
        upper = QRectF(left, top, self.width() - left - right, usable * 0.5)
        lower = QRectF(left, upper.bottom() + gap, upper.width(), usable * 0.5)
        return upper, lower

    def _ks(self) -> list[int]:
        return [s.k for s in self.suggestion.scores] if self.suggestion else []

    def _column(self, plot: QRectF, index: int, count: int) -> QRectF:
        width = plot.width() / max(count, 1)
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def k_at(self, x: float) -> int | None:
        ks = self._ks()
        if not ks:
            return None
        upper, _ = self._frame()
        if x < upper.left() or x > upper.right():
            return None
        index = int((x - upper.left()) / (upper.width() / len(ks)))
        return ks[min(index, len(ks) - 1)]

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        secondary = mix(text, palette.color(QPalette.ColorRole.Base), 0.45)
        grid = mix(palette.color(QPalette.ColorRole.Base), text, 0.12)
        if self.suggestion is None:
            painter.setPen(secondary)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate(
                "PersonasArea", "Ask for a suggestion to see how well each number of personas "
                "holds up."))
            return
        scores = self.suggestion.scores
        ks = self._ks()
        upper, lower = self._frame()
        suggested = self.suggestion.suggested_k

        # the suggested k, highlighted across both panels
        if suggested in ks:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlphaF(0.12)
            for plot in (upper, lower):
                painter.fillRect(self._column(plot, ks.index(suggested), len(ks)), fill)

        title_font = QFont(self.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.88)

        # --- top: silhouette gain
        gains = [s.gain for s in scores]
        known = [g for g in gains if g is not None]
        ticks = nice_ticks(min([0.0, *known]), max([self.structure_gain * 1.6, *known]))
        low, high = ticks[0], ticks[-1]
        span = high - low or 1.0

        def gy(value: float) -> float:
            return upper.bottom() - (value - low) / span * upper.height()

        self._axis(painter, upper, ticks, gy, grid, secondary, small, decimals=2)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QPointF(upper.left(), upper.top() - 6), translate(
            "PersonasArea", "Silhouette gain over structureless data"))
        for index, (score, gain) in enumerate(zip(scores, gains, strict=True)):
            if gain is None:
                continue
            column = self._column(upper, index, len(ks))
            bar_w = column.width() * 0.56
            x = column.center().x() - bar_w / 2
            top, base = gy(max(gain, 0.0)), gy(min(gain, 0.0))
            color = palette.color(QPalette.ColorRole.Highlight) if score.k == suggested else BAR
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(x, top, bar_w, max(base - top, 1.0)), 2, 2)
        self._threshold(painter, upper, gy(self.structure_gain), secondary, small,
                        translate("PersonasArea", "structure"))

        # --- bottom: stability
        def sy(value: float) -> float:
            return lower.bottom() - value * lower.height()

        self._axis(painter, lower, [0.0, 0.5, 1.0], sy, grid, secondary, small, decimals=1)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QPointF(lower.left(), lower.top() - 6), translate(
            "PersonasArea", "Bootstrap stability (adjusted Rand index)"))
        self._threshold(painter, lower, sy(self.stable), secondary, small,
                        translate("PersonasArea", "stable"))
        path = QPainterPath()
        points = []
        for index, score in enumerate(scores):
            if score.stability is None:
                continue
            point = QPointF(self._column(lower, index, len(ks)).center().x(),
                            sy(max(0.0, min(1.0, score.stability))))
            points.append((score, point))
            if path.elementCount() == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        painter.setPen(QPen(LINE, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        for score, point in points:
            painter.setPen(QPen(LINE, 2))
            painter.setBrush(LINE if score.k == suggested else palette.color(QPalette.ColorRole.Base))
            painter.drawEllipse(point, 4.0, 4.0)

        # --- k axis
        painter.setFont(self.font())
        for index, k in enumerate(ks):
            column = self._column(lower, index, len(ks))
            label_rect = QRectF(column.left(), lower.bottom() + 4, column.width(),
                                self.fontMetrics().height())
            font = QFont(self.font())
            font.setWeight(QFont.Weight.Bold if k == suggested else QFont.Weight.Normal)
            painter.setFont(font)
            painter.setPen(text if k == suggested else secondary)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, f"k={k}")
        painter.setFont(self.font())

    def _axis(self, painter: QPainter, plot: QRectF, ticks: list[float], to_y, grid: QColor,
              color: QColor, font: QFont, decimals: int) -> None:
        painter.setFont(font)
        for tick in ticks:
            y = to_y(tick)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(color)
            painter.drawText(QRectF(0, y - 8, plot.left() - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             wording.fixed(tick, decimals))

    def _threshold(self, painter: QPainter, plot: QRectF, y: float, color: QColor, font: QFont,
                   label: str) -> None:
        pen = QPen(color, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(label) + 6
        painter.drawText(QRectF(plot.right() - width, y - 16, width, 14),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, label)

    # --- interaction ------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        k = self.k_at(event.position().x())
        if k is None or self.suggestion is None:
            QToolTip.hideText()
            return
        score = self.suggestion.score(k)
        QToolTip.showText(event.globalPosition().toPoint(), translate(
            "PersonasArea", "k={k}\nSilhouette {silhouette} (structureless data {reference}, "
            "gain {gain})\nStability {stability} ± {sd}\nSmallest persona {smallest} of the "
            "customers").format(
            k=k, silhouette=wording.fixed(score.silhouette),
            reference=wording.fixed(score.reference_silhouette), gain=wording.signed(score.gain, 2),
            stability=wording.fixed(score.stability), sd=wording.fixed(score.stability_sd),
            smallest=wording.percent(score.smallest_share)), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        k = self.k_at(event.position().x())
        if k is not None and event.button() == Qt.MouseButton.LeftButton:
            self.k_clicked.emit(k)
