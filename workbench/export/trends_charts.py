"""The small multiples of the Trends pages: a line chart per quantity, a line per persona, the
compared periods shaded, and under each chart the n behind every point.

Each chart is a layout block (:mod:`workbench.export.layout`), drawn with plain
lines and text on the page (no matplotlib axes), so it stays sharp in print and
its text stays searchable. Also the words both the charts and the pages use for
periods, quantities and groups.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from workbench.domain.living import MetricKind, TrendReport, TrendSeries
from workbench.export import palette, wording
from workbench.export.canvas import Page, baseline
from workbench.export.layout import Block
from workbench.export.persona_card import CardText
from workbench.export.persona_charts import wrapped
from workbench.export.text import TextStyle, Typeface
from workbench.i18n import MINUS, format_number, translate

LEGEND = TextStyle(7.4, color=palette.INK, leading=1.3)
CHART_TITLE = TextStyle(8.2, bold=True, color=palette.INK, leading=1.3)
CHART_UNIT = TextStyle(6.6, color=palette.SECONDARY, leading=1.3)
AXIS = TextStyle(6.0, color=palette.SECONDARY, leading=1.25)
N_STYLE = TextStyle(6.0, color=palette.INK, leading=1.3)
N_LABEL = TextStyle(6.0, bold=True, color=palette.SECONDARY, leading=1.3)

#: Charts per kind of quantity beyond the flagged ones (the rest: ``workbench trends``).
CHARTS_PER_KIND = 4
PLOT_HEIGHT = 68.0
#: Left of each chart: the y axis' labels and, under the plot, the n table's persona names.
GUTTER = 66.0
#: Between two charts side by side.
GAP = 18.0

KIND_ORDER = (MetricKind.ACTIVE, MetricKind.OUTCOME, MetricKind.MEASURE, MetricKind.FRICTION,
              MetricKind.COMPLAINT)


# --------------------------------------------------------------------------- words


def month_names() -> list[str]:
    return [translate("Export", "Jan"), translate("Export", "Feb"), translate("Export", "Mar"),
            translate("Export", "Apr"), translate("Export", "May"), translate("Export", "Jun"),
            translate("Export", "Jul"), translate("Export", "Aug"), translate("Export", "Sep"),
            translate("Export", "Oct"), translate("Export", "Nov"), translate("Export", "Dec")]


def period_parts(period: str) -> tuple[str, str]:
    """("Mar", "2024") for "2024-03", ("W11", "2024") for "2024-W11"; unknown shapes as they are."""
    year, _, rest = period.partition("-")
    if rest.upper().startswith("W") and rest[1:].isdigit():
        return translate("Export", "W{week}").format(week=int(rest[1:])), year
    if rest.isdigit() and 1 <= int(rest) <= 12:
        return month_names()[int(rest) - 1], year
    return period, ""


def period_name(period: str) -> str:
    """"Mar 2024" / "W11 2024"."""
    head, year = period_parts(period)
    return f"{head} {year}".strip()


def period_range(report: TrendReport) -> str:
    if not report.periods:
        return ""
    if len(report.periods) == 1:
        return period_name(report.periods[0])
    return translate("Export", "{first} – {last}").format(first=period_name(report.periods[0]),
                                                          last=period_name(report.periods[-1]))


def kind_name(kind: MetricKind) -> str:
    return {
        MetricKind.ACTIVE: translate("Export", "Active customers"),
        MetricKind.OUTCOME: translate("Export", "Outcome"),
        MetricKind.MEASURE: translate("Export", "Measure"),
        MetricKind.FRICTION: translate("Export", "Friction"),
        MetricKind.COMPLAINT: translate("Export", "Complaint"),
    }[MetricKind(kind)]


def series_title(series: TrendSeries) -> str:
    """"Active customers", "Complaint: Delivery > Late", "Outcome: Churn"..."""
    kind = MetricKind(series.kind)
    metric = (series.metric or "").strip()
    if kind is MetricKind.ACTIVE or not metric or metric.casefold() == kind.value:
        return kind_name(kind)
    return translate("Export", "{kind}: {metric}").format(kind=kind_name(kind), metric=metric)


def unit_caption(series: TrendSeries) -> str:
    unit = series.unit
    if unit == "share":
        if MetricKind(series.kind) is MetricKind.ACTIVE:
            return translate("Export", "share of customers")
        return translate("Export", "share of active customers")
    return {
        "count": translate("Export", "customers"),
        "nps": translate("Export", "NPS, −100 to +100"),
        "mean": translate("Export", "mean score"),
    }.get(unit, unit)


def value_text(unit: str, value: float | None) -> str:
    """A point's value as the unit reads: 12%, 1,234, +8, 3.4."""
    if value is None:
        return "–"
    if unit == "share":
        return wording.percent(value)
    if unit == "count":
        return wording.count(int(round(value)))
    if unit == "nps":
        return wording.measure_figure("nps", value)
    return wording.number(value)


def group_name(series: TrendSeries) -> str:
    """"2. Giulia" for a persona (its number as on its card), the stage, or "Everyone"."""
    if series.group_key in ("all", "") or not series.group:
        return translate("Export", "Everyone")
    if series.group_key.isdigit():
        return translate("Export", "{number}. {persona}").format(
            number=int(series.group_key) + 1, persona=series.group)
    return series.group


def group_color(series: TrendSeries, index: int) -> str:
    if series.group_key in ("all", ""):
        return palette.REST
    if series.group_key.isdigit():
        return palette.persona_color(int(series.group_key))
    return palette.persona_color(index)



def compared_span(report: TrendReport) -> tuple[int, int] | None:
    """[first, end) indexes of the periods the shifts were tested on: the report's own
    (``compared``, when it names them), else its last ``window`` periods; None when no
    period was compared."""
    named = report.compared
    if named:
        where = [report.periods.index(p) for p in named if p in report.periods]
        if where:
            return min(where), max(where) + 1
    count = len(report.periods)
    if 0 < report.window < count:
        return count - report.window, count
    return None


# --------------------------------------------------------------------------- charts


@dataclass
class Chart:
    """One small multiple: the series of one quantity, a line per group."""

    title: str
    unit: str
    caption: str
    series: list[tuple[str, str, TrendSeries]]  # (name, colour, series)
    flagged: set[int] = field(default_factory=set)  # positions in ``series``


def charts_of(report: TrendReport, say: CardText) -> tuple[list[Chart], int]:
    """The charts to draw, flagged quantities first, and how many quantities were left out
    (over :data:`CHARTS_PER_KIND` unflagged ones per kind)."""
    flagged_series = {f.series for f in report.flags}
    groups: dict[tuple[str, str, str], list[int]] = {}
    for index, series in enumerate(report.series):
        if not any(p.value is not None and p.n > 0 for p in series.points):
            continue
        groups.setdefault((MetricKind(series.kind).value, series.metric, series.unit),
                          []).append(index)
    charts: list[Chart] = []
    left_out = 0
    for kind in KIND_ORDER:
        keys = [k for k in groups if k[0] == kind.value]

        def weight(key, _groups=groups):
            members = _groups[key]
            return (not any(i in flagged_series for i in members),
                    -sum(p.n for i in members for p in report.series[i].points))

        keys.sort(key=weight)
        unflagged = 0
        for key in keys:
            members = sorted(groups[key], key=lambda i: _group_order(report.series[i]))
            is_flagged = any(i in flagged_series for i in members)
            if not is_flagged:
                unflagged += 1
                if unflagged > CHARTS_PER_KIND:
                    left_out += 1
                    continue
            first = report.series[members[0]]
            lines = [(say(group_name(report.series[i]), LEGEND),
                      group_color(report.series[i], n), report.series[i])
                     for n, i in enumerate(members)]
            charts.append(Chart(say(series_title(first), CHART_TITLE), first.unit,
                                unit_caption(first), lines,
                                {n for n, i in enumerate(members) if i in flagged_series}))
    charts.sort(key=lambda c: not c.flagged)  # what moved first, then the rest kind by kind
    return charts, left_out


def _group_order(series: TrendSeries) -> tuple[int, int, str]:
    if series.group_key in ("all", ""):
        return (1, 0, "")
    if series.group_key.isdigit():
        return (0, int(series.group_key), "")
    return (0, 10 ** 6, series.group_key)


class Legend(Block):
    """The personas' colours and full names, several to a line."""

    def __init__(self, items: list[tuple[str, str]], typeface: Typeface) -> None:
        self.items, self.typeface = items, typeface

    def _rows(self, width: float) -> list[list[tuple[str, str, float]]]:
        rows: list[list[tuple[str, str, float]]] = [[]]
        used = 0.0
        for name, color in self.items:
            text = self.typeface.clip(name, LEGEND, width / 2 - 20)
            wide = 11 + self.typeface.width(text, LEGEND) + 14
            if rows[-1] and used + wide > width:
                rows.append([])
                used = 0.0
            rows[-1].append((text, color, wide))
            used += wide
        return rows

    def height(self, width: float) -> float:
        return len(self._rows(width)) * LEGEND.line_height + 4

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        for row in self._rows(width):
            left = x
            for text, color, wide in row:
                page.line(left, top + LEGEND.line_height / 2, left + 8, top + LEGEND.line_height / 2,
                          color, 2.0)
                page.text(left + 11, baseline(top, LEGEND), text, LEGEND)
                left += wide
            top += LEGEND.line_height


def nice_step(span: float, ticks: int = 3) -> float:
    raw = span / max(ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def axis_range(unit: str, values: list[float]) -> tuple[float, float, float]:
    """(low, high, step) of the y axis: shares and counts from zero, scores around the data."""
    low, high = min(values), max(values)
    if unit in ("share", "count") or (low >= 0 and unit != "nps" and low < 0.5 * high):
        low = 0.0
    if high - low < 1e-9:
        pad = abs(high) * 0.1 or (0.1 if unit == "share" else 1.0)
        low, high = (low - pad if low != 0 else 0.0), high + pad
    step = nice_step(high - low)
    low = math.floor(low / step + 1e-9) * step
    high = math.ceil(high / step - 1e-9) * step
    if unit == "share":
        high = min(high, 1.0) if high > 0 else step
    return low, high, step


class ChartBlock(Block):
    """A small line chart with its n table: the periods across, a line and an n row per group."""

    def __init__(self, chart: Chart, periods: list[str], compared: tuple[int, int] | None,
                 typeface: Typeface) -> None:
        self.chart, self.periods, self.compared, self.typeface = chart, periods, compared, typeface

    # --- geometry --------------------------------------------------------------------------

    def _plot(self, x: float, width: float) -> tuple[float, float]:
        return x + GUTTER, x + width - 6

    def _x(self, index: int, left: float, right: float) -> float:
        count = len(self.periods)
        step = (right - left) / count
        return left + step * (index + 0.5)

    def _n_chunks(self, width: float) -> list[tuple[int, int, bool]]:
        """(first period, end, aligned under the plot) of each band of the n table."""
        left, right = self._plot(0, width)
        step = (right - left) / max(len(self.periods), 1)
        widest = max((self.typeface.width(wording.count(p.n), N_STYLE)
                      for _, _, s in self.chart.series for p in s.points), default=0.0)
        if widest + 2 <= step:
            return [(0, len(self.periods), True)]
        per_band = max(1, int((right - left) // (widest + 4)))
        return [(start, min(start + per_band, len(self.periods)), False)
                for start in range(0, len(self.periods), per_band)]

    def _title_lines(self, width: float) -> list[str]:
        return wrapped(self.typeface, self.chart.title, CHART_TITLE, width, 2)

    def height(self, width: float) -> float:
        rows = len(self.chart.series)
        bands = self._n_chunks(width)
        table = sum(rows * N_STYLE.line_height + (0 if aligned else 2 * AXIS.line_height + 2)
                    for _, _, aligned in bands)
        return (len(self._title_lines(width)) * CHART_TITLE.line_height + CHART_UNIT.line_height
                + 6 + PLOT_HEIGHT + 2 * AXIS.line_height + 3 + table + 6)

    # --- drawing ---------------------------------------------------------------------------

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        chart, tf = self.chart, self.typeface
        y = page.lines(x, top, self._title_lines(width), CHART_TITLE)
        caption = chart.caption
        if chart.flagged:
            caption += " · " + translate("Export", "flagged")
        compared = translate("Export", "compared")
        room = width - (tf.width(compared, AXIS) + 8 if self.compared else 0)
        y = page.lines(x, y, [tf.clip(caption, CHART_UNIT, room)], CHART_UNIT) + 6
        left, right = self._plot(x, width)
        y0, y1 = y, y + PLOT_HEIGHT
        values = [p.value for _, _, s in chart.series for p in s.points
                  if p.value is not None and p.n > 0]
        low, high, step = axis_range(chart.unit, values or [0.0])

        def py(value: float) -> float:
            return y1 - (y1 - y0) * (value - low) / ((high - low) or 1.0)

        # the periods the shifts were tested on, shaded and named above the plot
        count = len(self.periods)
        if self.compared:
            band = (right - left) / count
            start, end = left + band * self.compared[0], left + band * self.compared[1]
            page.rect(start, y0, end - start, y1 - y0, palette.PANEL, zorder=0.6)
            label_right = min(right, (start + end) / 2 + tf.width(compared, AXIS) / 2)
            page.text(label_right, baseline(y0 - AXIS.line_height - 1, AXIS),
                      compared, AXIS, align="right")
        tick = low
        while tick <= high + step * 1e-6:
            page.line(left, py(tick), right, py(tick), palette.RULE, 0.5, zorder=1)
            page.text(left - 3, baseline(py(tick) - AXIS.size * 0.62, AXIS),
                      _tick_text(chart.unit, tick, step), AXIS, align="right")
            tick += step
        position = {p: i for i, p in enumerate(self.periods)}
        for index, (_name, color, series) in enumerate(chart.series):
            flagged = index in chart.flagged
            weight = 1.9 if flagged else 1.1
            previous = None
            for point in series.points:
                at = position.get(point.period)
                if at is None or point.value is None or point.n <= 0:
                    previous = None
                    continue
                here = (self._x(at, left, right), py(min(max(point.value, low), high)))
                if previous is not None:
                    page.line(previous[0], previous[1], here[0], here[1], color, weight,
                              zorder=2 + (0.5 if flagged else 0))
                page.circle(here[0], here[1], 1.9 if flagged else 1.3, color,
                            zorder=2.1 + (0.5 if flagged else 0))
                previous = here
        # period labels: as many as fit, always the first and the last
        y = y1 + 2
        self._period_labels(page, left, right, y, list(range(count)))
        y += 2 * AXIS.line_height + 1
        for first, end, aligned in self._n_chunks(width):
            if not aligned:
                y += 2
                self._period_labels(page, left, right, y, list(range(first, end)), aligned=False)
                y += 2 * AXIS.line_height
            page.text(x, baseline(y - AXIS.line_height - 1, AXIS),
                      translate("Export", "n per period"), N_LABEL)
            for _name, color, series in chart.series:
                self._n_row(page, x, left, right, y, series, color, first, end, aligned)
                y += N_STYLE.line_height

    def _period_labels(self, page: Page, left: float, right: float, y: float,
                       indexes: list[int], aligned: bool = True) -> None:
        if not indexes:
            return
        tf = self.typeface
        parts = [period_parts(self.periods[i]) for i in indexes]
        slot = (right - left) / (len(self.periods) if aligned else len(indexes))
        widest = max(tf.width(head, AXIS) for head, _ in parts) + 3
        every = max(1, math.ceil(widest / slot))
        last_year = None
        for k, i in enumerate(indexes):
            if k % every:
                continue
            cx = self._x(i, left, right) if aligned else left + slot * (k + 0.5)
            head, year = parts[k]
            page.text(cx, baseline(y, AXIS), head, AXIS, align="center")
            if year and year != last_year:
                page.text(cx, baseline(y + AXIS.line_height, AXIS), year, AXIS, align="center")
                last_year = year

    def _n_row(self, page: Page, x: float, left: float, right: float, y: float,
               series: TrendSeries, color: str, first: int, end: int, aligned: bool) -> None:
        tf = self.typeface
        name = next(n for n, _, s in self.chart.series if s is series)
        page.rect(x, y + (N_STYLE.line_height - 5) / 2, 5, 5, color, radius=1)
        page.text(x + 8, baseline(y, N_STYLE), tf.clip(name, N_STYLE, GUTTER - 12), N_STYLE)
        by_period = {p.period: p for p in series.points}
        slot = (right - left) / (len(self.periods) if aligned else max(end - first, 1))
        for k, i in enumerate(range(first, end)):
            point = by_period.get(self.periods[i])
            cx = self._x(i, left, right) if aligned else left + slot * (k + 0.5)
            text = wording.count(point.n) if point is not None else "–"
            style = N_STYLE if point is not None and point.n > 0 else \
                N_STYLE.coloured(palette.MUTED)
            page.text(cx, baseline(y, style), text, style, align="center")


def _tick_text(unit: str, value: float, step: float) -> str:
    if unit == "share":
        return wording.percent(value, 0 if step >= 0.01 else 1)
    if unit == "nps":
        return wording.measure_figure("nps", value)
    if unit == "count":
        return wording.count(int(round(value)))
    decimals = 0 if step >= 1 else 1 if step >= 0.1 else 2
    return format_number(value, decimals).replace("-", MINUS)


class ChartRow(Block):
    """One or two charts side by side."""

    def __init__(self, charts: list[ChartBlock], two_up: bool) -> None:
        self.charts, self.two_up = charts, two_up

    def _width(self, width: float) -> float:
        return (width - GAP) / 2 if len(self.charts) > 1 or self.two_up else width

    def height(self, width: float) -> float:
        return max(c.height(self._width(width)) for c in self.charts)

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        inner = self._width(width)
        for k, chart in enumerate(self.charts):
            chart.draw(page, x + k * (inner + GAP), top, inner)
