"""Small charts drawn with QPainter: retention curves, calibration, a risk distribution.

QPainter rather than matplotlib: they draw in a millisecond, follow the palette
(light and dark) and need no heavy import when the window opens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workbench.domain.retention import CalibrationBin, SurvivalCurve
from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.personas.visuals import PERSONA_COLORS

EVERYONE_COLOR = QColor("#555555")


def curve_color(index: int, key: str) -> QColor:
    return EVERYONE_COLOR if key in ("", "all", "everyone") else \
        QColor(PERSONA_COLORS[index % len(PERSONA_COLORS)])


def _text_color(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Text)


def _muted(widget: QWidget) -> QColor:
    color = QColor(_text_color(widget))
    color.setAlphaF(0.55)
    return color


class SurvivalChart(QWidget):
    """Kaplan–Meier curves (step lines with a shaded interval), a legend with n and median,
    and the numbers at risk under the time axis."""

    curve_clicked = Signal(str)  # the curve's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RetentionCurves")
        self.curves: list[SurvivalCurve] = []
        self.names: dict[str, str] = {}
        self.setMinimumHeight(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._legend_rects: list[tuple[QRectF, str]] = []

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(640, 320)

    def set_curves(self, curves: Sequence[SurvivalCurve], names: dict[str, str] | None = None
                   ) -> None:
        self.curves = [c for c in curves if c.times]
        self.names = names or {}
        self.setAccessibleName(translate("Retention", "Retention curves"))
        self.update()

    def label(self, curve: SurvivalCurve) -> str:
        return self.names.get(curve.key, curve.label)

    def legend_lines(self) -> list[str]:
        lines = []
        for curve in self.curves:
            median = (translate("Retention", "median {time} {unit}").format(
                time=wording.number(curve.median), unit=curve.unit)
                if curve.median is not None else translate("Retention", "median not reached"))
            lines.append(translate("Retention", "{label} · n={n}, {events} churned · {median}")
                         .format(label=self.label(curve), n=wording.count(curve.n),
                                 events=wording.count(curve.events), median=median))
        return lines

    def mousePressEvent(self, event) -> None:  # Qt override
        for rect, key in self._legend_rects:
            if rect.contains(event.position()):
                self.curve_clicked.emit(key)
                return
        super().mousePressEvent(event)

    def paintEvent(self, _event) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, muted = _text_color(self), _muted(self)
        metrics = painter.fontMetrics()
        line_h = metrics.height()
        if not self.curves:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate(
                "Retention", "No retention curves: the data has no tenure or contact dates."))
            return
        legend_w = min(300, max(180, self.width() // 3))
        at_risk_rows = min(len(self.curves), 6)
        plot = QRectF(48, 12, self.width() - 48 - legend_w - 20,
                      self.height() - 12 - 34 - line_h * (at_risk_rows + 1))
        t_max = max(max(c.times) for c in self.curves) or 1.0

        def x_of(t: float) -> float:
            return plot.left() + plot.width() * t / t_max

        def y_of(s: float) -> float:
            return plot.bottom() - plot.height() * s

        # grid and axes
        painter.setPen(QPen(muted, 0.6, Qt.PenStyle.DotLine))
        for s in (0.25, 0.5, 0.75, 1.0):
            painter.drawLine(QPointF(plot.left(), y_of(s)), QPointF(plot.right(), y_of(s)))
        painter.setPen(QPen(muted, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for s in (0.0, 0.25, 0.5, 0.75, 1.0):
            painter.drawText(QRectF(0, y_of(s) - line_h / 2, 42, line_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             wording.percent(s, 0))
        ticks = _ticks(t_max)
        for t in ticks:
            painter.drawText(QRectF(x_of(t) - 30, plot.bottom() + 2, 60, line_h),
                             Qt.AlignmentFlag.AlignCenter, _tick_text(t))
        unit = self.curves[0].unit
        painter.drawText(QRectF(plot.left(), plot.bottom() + line_h + 2, plot.width(), line_h),
                         Qt.AlignmentFlag.AlignCenter,
                         translate("Retention", "Time ({unit}) · share still a customer").format(
                             unit=unit))

        for index, curve in enumerate(self.curves):
            color = curve_color(index, curve.key)
            if curve.low and curve.high and len(curve.low) == len(curve.times):
                band = QPainterPath()
                band.moveTo(x_of(0), y_of(1))
                prev_hi = 1.0
                for t, hi in zip(curve.times, curve.high, strict=True):
                    band.lineTo(x_of(t), y_of(prev_hi))
                    band.lineTo(x_of(t), y_of(hi))
                    prev_hi = hi
                band.lineTo(x_of(t_max), y_of(prev_hi))
                band.lineTo(x_of(t_max), y_of(curve.low[-1]))
                following = curve.low[-1]
                for t, lo in zip(reversed(curve.times), reversed([1.0] + curve.low[:-1]),
                                 strict=True):
                    # walk back along the lower steps: at each time the value before it
                    band.lineTo(x_of(t), y_of(following))
                    band.lineTo(x_of(t), y_of(lo))
                    following = lo
                band.lineTo(x_of(0), y_of(1))
                band.closeSubpath()
                fill = QColor(color)
                fill.setAlphaF(0.10)
                painter.fillPath(band, fill)
            path = QPainterPath()
            path.moveTo(x_of(0), y_of(1))
            previous = 1.0
            for t, s in zip(curve.times, curve.survival, strict=True):
                path.lineTo(x_of(t), y_of(previous))
                path.lineTo(x_of(t), y_of(s))
                previous = s
            path.lineTo(x_of(t_max), y_of(previous))
            pen = QPen(color, 2.2 if curve.key else 1.6)
            if curve.key in ("", "all", "everyone"):
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPath(path)

        # legend
        self._legend_rects = []
        x0 = plot.right() + 20
        y = plot.top()
        for index, (curve, line) in enumerate(zip(self.curves, self.legend_lines(), strict=True)):
            color = curve_color(index, curve.key)
            rect = QRectF(x0 + 18, y, legend_w - 18, line_h * 3)
            painter.setPen(QPen(color, 3))
            painter.drawLine(QPointF(x0, y + line_h / 2), QPointF(x0 + 12, y + line_h / 2))
            painter.setPen(text)
            used = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), line)
            painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), line)
            self._legend_rects.append((QRectF(x0, y, legend_w, used.height()), curve.key))
            y += used.height() + 6

        # numbers at risk under the axis
        top = plot.bottom() + 2 * line_h + 8
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRectF(0, top - line_h - 2, plot.left() + plot.width(), line_h),
                         Qt.AlignmentFlag.AlignLeft, translate("Retention", "Number at risk"))
        painter.setFont(self.font())
        for index, curve in enumerate(self.curves[:at_risk_rows]):
            painter.setPen(curve_color(index, curve.key))
            y = top + index * line_h
            for t in ticks:
                n = _at_risk_at(curve, t)
                painter.drawText(QRectF(x_of(t) - 30, y, 60, line_h), Qt.AlignmentFlag.AlignCenter,
                                 wording.count(n))


def _at_risk_at(curve: SurvivalCurve, t: float) -> int:
    """Customers still followed just before time t."""
    if not curve.at_risk:
        return 0
    for time, n in zip(curve.times, curve.at_risk, strict=False):
        if time >= t:
            return n
    return 0


def _tick_text(t: float) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(int(round(t))) if abs(t - round(t)) < 1e-6 else wording.number(t)


def _ticks(t_max: float) -> list[float]:
    for step in (1, 2, 3, 6, 12, 24, 30, 60, 90, 180, 365, 730):
        if t_max / step <= 8:
            break
    else:
        step = t_max / 6
    ticks, t = [], 0.0
    while t <= t_max + 1e-9:
        ticks.append(t)
        t += step
    return ticks


class CalibrationChart(QWidget):
    """Predicted risk against the churn observed in each band (out of fold), on a diagonal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CalibrationChart")
        self.bins: list[CalibrationBin] = []
        self.base_rate: float | None = None
        self.setFixedSize(260, 220)

    def set_bins(self, bins: Sequence[CalibrationBin], base_rate: float | None) -> None:
        self.bins, self.base_rate = list(bins), base_rate
        self.setToolTip("\n".join(translate(
            "Retention", "predicted {predicted}: {observed} churned of {n}").format(
            predicted=wording.percent(b.predicted, 0), observed=wording.percent(b.observed, 0),
            n=wording.count(b.n)) for b in self.bins))
        self.update()

    def paintEvent(self, _event) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        muted, text = _muted(self), _text_color(self)
        line_h = painter.fontMetrics().height()
        plot = QRectF(40, 8, self.width() - 52, self.height() - 16 - 2 * line_h)
        painter.setPen(QPen(muted, 1))
        painter.drawRect(plot)
        painter.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
        painter.drawLine(plot.bottomLeft(), plot.topRight())
        for v in (0.0, 0.5, 1.0):
            painter.drawText(QRectF(0, plot.bottom() - v * plot.height() - line_h / 2, 36, line_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             wording.percent(v, 0))
            painter.drawText(QRectF(plot.left() + v * plot.width() - 20, plot.bottom() + 2, 40,
                                    line_h), Qt.AlignmentFlag.AlignCenter, wording.percent(v, 0))
        painter.setPen(text)
        painter.drawText(QRectF(plot.left(), plot.bottom() + line_h + 2, plot.width(), line_h),
                         Qt.AlignmentFlag.AlignCenter,
                         translate("Retention", "predicted → observed churn"))
        if self.base_rate is not None:
            painter.setPen(QPen(QColor("#B07AA1"), 1, Qt.PenStyle.DotLine))
            y = plot.bottom() - self.base_rate * plot.height()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        biggest = max((b.n for b in self.bins), default=1) or 1
        painter.setPen(Qt.PenStyle.NoPen)
        color = QColor("#4E79A7")
        points = []
        for b in self.bins:
            centre = QPointF(plot.left() + b.predicted * plot.width(),
                             plot.bottom() - b.observed * plot.height())
            points.append(centre)
            radius = 3 + 5 * (b.n / biggest) ** 0.5
            painter.setBrush(color)
            painter.drawEllipse(centre, radius, radius)
        if len(points) > 1:
            painter.setPen(QPen(color, 1.4))
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)


class RiskDistribution(QWidget):
    """A mini histogram of churn risks (0–100% in ten bands) with the median marked."""

    clicked = Signal()

    BANDS = 10

    def __init__(self, color: QColor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RiskDistribution")
        self.color = color or QColor("#C0392B")
        self.risks: list[float] = []
        self.setFixedHeight(44)
        self.setMinimumWidth(160)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_risks(self, risks: Sequence[float]) -> None:
        self.risks = sorted(float(r) for r in risks if r == r)
        self.setToolTip(self.summary())
        self.update()

    def counts(self) -> list[int]:
        counts = [0] * self.BANDS
        for risk in self.risks:
            counts[min(self.BANDS - 1, max(0, int(risk * self.BANDS)))] += 1
        return counts

    def quartiles(self) -> tuple[float, float, float] | None:
        if not self.risks:
            return None
        n = len(self.risks)

        def q(p: float) -> float:
            position = p * (n - 1)
            low = int(position)
            high = min(low + 1, n - 1)
            return self.risks[low] + (self.risks[high] - self.risks[low]) * (position - low)

        return q(0.25), q(0.5), q(0.75)

    def summary(self) -> str:
        quartiles = self.quartiles()
        if quartiles is None:
            return ""
        high = sum(1 for r in self.risks if r >= 0.5)
        return translate("Retention", "Median churn risk {median} (middle half {q1}–{q3}); "
                         "{high} of {n} members at 50% or more").format(
            median=wording.percent(quartiles[1], 0), q1=wording.percent(quartiles[0], 0),
            q3=wording.percent(quartiles[2], 0), high=wording.count(high),
            n=wording.count(len(self.risks)))

    def mousePressEvent(self, event) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def paintEvent(self, _event) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        counts = self.counts()
        top = max(counts) or 1
        line_h = painter.fontMetrics().height()
        area = QRectF(0, 2, self.width(), self.height() - line_h - 4)
        width = area.width() / self.BANDS
        for band, count in enumerate(counts):
            color = QColor(self.color)
            color.setAlphaF(0.35 + 0.65 * band / (self.BANDS - 1))
            h = area.height() * count / top
            painter.fillRect(QRectF(area.left() + band * width + 1, area.bottom() - h, width - 2,
                                    h), color)
        muted = _muted(self)
        painter.setPen(QPen(muted, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        quartiles = self.quartiles()
        if quartiles is not None:
            x = area.left() + area.width() * quartiles[1]
            painter.setPen(QPen(_text_color(self), 1.5))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom() + 2))
        painter.setPen(muted)
        bottom = QRectF(0, area.bottom() + 1, self.width(), line_h)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, "0%")
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, "100%")
        if quartiles is not None:
            painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter, translate(
                "Retention", "median {median}").format(median=wording.percent(quartiles[1], 0)))
