"""The trend chart, drawn with QPainter like the Retention area's charts.

One line per group for one quantity (an outcome rate, a score, a complaint
code...) over the periods; flagged series drawn thicker with their arrow in
the legend; the compared periods (``report.compared``, else the last ``report.window``) shaded;
points behind fewer than SMALL_N customers drawn hollow; the value and the n
of the point under the mouse in a tooltip.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from workbench.domain.living import TrendFlag, TrendReport, TrendSeries
from workbench.i18n import translate
from workbench.ui.personas.visuals import PERSONA_COLORS
from workbench.ui.trends import wording

EVERYONE_COLOR = QColor("#555555")
WINDOW_COLOR = QColor("#EDC948")
#: How close (pixels) the mouse must be to a point for its tooltip.
HIT_RADIUS = 9.0


def line_color(index: int, series: TrendSeries) -> QColor:
    if series.group_key in ("", "all"):
        return QColor(EVERYONE_COLOR)
    return QColor(PERSONA_COLORS[index % len(PERSONA_COLORS)])


class TrendChart(QWidget):
    """The series of one quantity over the periods, one line per group."""

    series_clicked = Signal(int)  # index in report.series

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrendChart")
        self.setMouseTracking(True)
        self.report: TrendReport | None = None
        #: Indices (in report.series) of the lines drawn.
        self.shown: list[int] = []
        self.selected: int | None = None
        self.flags: dict[int, TrendFlag] = {}
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._points: list[tuple[QPointF, int, int]] = []  # (where, series, point index)
        self._legend: list[tuple[QRectF, int]] = []
        self.setAccessibleName(translate("Trends", "Trend chart"))

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(720, 260)

    def show_series(self, report: TrendReport | None, indices: list[int],
                    selected: int | None = None) -> None:
        self.report = report
        self.shown = list(indices)
        self.selected = selected
        self.flags = {}
        if report is not None:
            for flag in report.flags:  # the strongest flag of a series wins
                known = self.flags.get(flag.series)
                if known is None or flag.q_value < known.q_value:
                    self.flags[flag.series] = flag
        self._points, self._legend = [], []
        self.update()

    # --- what the mouse finds ------------------------------------------------------

    def point_at(self, position: QPointF) -> tuple[int, int] | None:
        """(series index, point index) of the drawn point nearest ``position``, if close."""
        best, where = HIT_RADIUS, None
        for point, series, index in self._points:
            distance = math.hypot(point.x() - position.x(), point.y() - position.y())
            if distance <= best:
                best, where = distance, (series, index)
        return where

    def tooltip_at(self, position: QPointF) -> str:
        found = self.point_at(position)
        if found is None or self.report is None:
            return ""
        series = self.report.series[found[0]]
        return wording.point_tooltip(series, series.points[found[1]])

    def drawn_points(self) -> list[tuple[QPointF, int, int]]:
        """(position, series index, point index) of every point drawn (for tests)."""
        return list(self._points)

    def event(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.position() if hasattr(event, "position")
                                   else QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # Qt override
        position = event.position()
        found = self.point_at(position)
        if found is not None:
            self.series_clicked.emit(found[0])
            return
        for rect, index in self._legend:
            if rect.contains(position):
                self.series_clicked.emit(index)
                return
        super().mousePressEvent(event)

    # --- drawing -------------------------------------------------------------------

    def _scale(self) -> tuple[float, float, bool]:
        values = [p.value for i in self.shown for p in self.report.series[i].points
                  if p.value is not None]
        share = all(wording.is_share(self.report.series[i].unit) for i in self.shown)
        if not values:
            return 0.0, 1.0, share
        low, high = min(values), max(values)
        if share:
            return 0.0, min(1.0, max(high * 1.15, 0.05)), share
        if low >= 0 and self.report.series[self.shown[0]].unit == "count":
            low = 0.0
        span = (high - low) or max(abs(high), 1.0)
        return low - span * 0.08, high + span * 0.12, share

    def paintEvent(self, _event) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.Text)
        muted = QColor(text)
        muted.setAlphaF(0.55)
        metrics = painter.fontMetrics()
        line_h = metrics.height()
        self._points, self._legend = [], []
        report = self.report
        if report is None or not self.shown or not report.periods:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("Trends", "Choose a row below to draw its series."))
            return
        periods = report.periods
        legend_w = min(280, max(170, self.width() // 4))
        plot = QRectF(56, 10, self.width() - 56 - legend_w - 24, self.height() - 14 - 2 * line_h)
        if plot.width() < 40 or plot.height() < 40:
            return
        low, high, _share = self._scale()
        unit = report.series[self.shown[0]].unit

        def x_of(i: int) -> float:
            if len(periods) == 1:
                return plot.center().x()
            return plot.left() + plot.width() * i / (len(periods) - 1)

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * (v - low) / ((high - low) or 1.0)

        # the compared window, shaded
        compared = [periods.index(p) for p in report.compared if p in periods] or \
            list(range(max(len(periods) - report.window, 0), len(periods)))
        if compared and len(periods) > len(compared):
            step = plot.width() / max(len(periods) - 1, 1)
            left = x_of(min(compared)) - step / 2
            right = min(x_of(max(compared)) + step / 2, plot.right() + 4)
            shade = QColor(WINDOW_COLOR)
            shade.setAlphaF(0.16)
            painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), shade)
            painter.setPen(muted)
            painter.drawText(QRectF(left + 4, plot.top(), plot.right() - left, line_h),
                             Qt.AlignmentFlag.AlignLeft, translate("Trends", "compared"))

        # grid and the value axis
        painter.setPen(QPen(muted, 0.6, Qt.PenStyle.DotLine))
        ticks = [low + (high - low) * k / 4 for k in range(5)]
        for tick in ticks[1:]:
            painter.drawLine(QPointF(plot.left(), y_of(tick)), QPointF(plot.right(), y_of(tick)))
        painter.setPen(QPen(muted, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for tick in ticks:
            painter.drawText(QRectF(0, y_of(tick) - line_h / 2, 50, line_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             wording.value(unit, tick))

        # period labels, as many as fit
        widest = max(metrics.horizontalAdvance(p) for p in periods) + 12
        every = max(1, math.ceil(len(periods) * widest / max(plot.width(), 1.0)))
        last_label = (len(periods) - 1) // every * every
        for i, label in enumerate(periods):
            if i % every and i != len(periods) - 1:
                continue
            if i == len(periods) - 1 and i != last_label and i - last_label < every:
                continue
            painter.drawText(QRectF(x_of(i) - widest / 2, plot.bottom() + 3, widest, line_h),
                             Qt.AlignmentFlag.AlignCenter, label)

        # the lines: others first, flagged and selected on top
        order = sorted(range(len(self.shown)), key=lambda k: (
            self.shown[k] == self.selected, self.shown[k] in self.flags))
        for k in order:
            index = self.shown[k]
            series = report.series[index]
            color = line_color(k, series)
            flagged = index in self.flags
            emphasised = flagged or index == self.selected
            if not emphasised and (self.flags or self.selected is not None):
                color.setAlphaF(0.55)
            path = QPainterPath()
            started = False
            for i, point in enumerate(series.points[:len(periods)]):
                if point.value is None:
                    started = False
                    continue
                where = QPointF(x_of(i), y_of(point.value))
                if started:
                    path.lineTo(where)
                else:
                    path.moveTo(where)
                    started = True
            pen = QPen(color, 3.0 if emphasised else 1.6)
            if series.group_key in ("", "all"):
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            radius = 4.0 if emphasised else 3.0
            for i, point in enumerate(series.points[:len(periods)]):
                if point.value is None:
                    continue
                where = QPointF(x_of(i), y_of(point.value))
                painter.setPen(QPen(color, 1.6))
                if wording.is_small(point):
                    painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
                else:
                    painter.setBrush(color)
                painter.drawEllipse(where, radius, radius)
                self._points.append((where, index, i))

        # legend
        x0 = plot.right() + 24
        y = plot.top()
        for k, index in enumerate(self.shown):
            series = report.series[index]
            color = line_color(k, series)
            flag = self.flags.get(index)
            label = wording.group_name(series)
            if flag is not None:
                label += f"  {wording.arrow(flag.direction)} {wording.change_text(series, flag)}"
            rect = QRectF(x0 + 20, y, legend_w - 20, line_h * 2)
            painter.setPen(QPen(color, 4 if flag is not None or index == self.selected else 2))
            painter.drawLine(QPointF(x0, y + line_h / 2), QPointF(x0 + 14, y + line_h / 2))
            font = painter.font()
            font.setBold(flag is not None or index == self.selected)
            painter.setFont(font)
            painter.setPen(text)
            used = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), label)
            painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), label)
            font.setBold(False)
            painter.setFont(font)
            self._legend.append((QRectF(x0, y, legend_w, used.height()), index))
            y += used.height() + 4
            if y > self.height() - 2 * line_h:
                break
        if not any(wording.is_small(report.series[i].points[p]) for _w, i, p in self._points):
            return
        painter.setPen(muted)
        painter.drawText(QRectF(x0, self.height() - 2 * line_h - 2, legend_w, 2 * line_h),
                         int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignBottom),
                         translate("Trends", "Hollow points: fewer than {n} customers.").format(
                             n=wording.SMALL_N))
