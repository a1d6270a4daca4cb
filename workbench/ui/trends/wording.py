"""How trend figures read on screen: series names, values by unit, periods, flag lines.

Phrased once here, in the current language and locale, so the flags, the
chart's legend and tooltips, and the table agree.
"""

from __future__ import annotations

from workbench.domain.living import (
    Direction,
    MetricKind,
    Period,
    TrendBy,
    TrendFlag,
    TrendPoint,
    TrendReport,
    TrendSeries,
)
from workbench.i18n import MINUS, format_number, translate

#: Below this many customers a point is drawn hollow and marked (as "small n" in VoC).
SMALL_N = 30


def count(n: int | None) -> str:
    return "–" if n is None else format_number(n, 0)


def by_names() -> dict[TrendBy, str]:
    return {TrendBy.PERSONA: translate("Trends", "By persona"),
            TrendBy.STAGE: translate("Trends", "By journey stage")}


def period_names() -> dict[Period, str]:
    return {Period.MONTH: translate("Trends", "Month"),
            Period.WEEK: translate("Trends", "Week")}


def kind_name(kind: MetricKind) -> str:
    return {MetricKind.ACTIVE: translate("Trends", "Active customers"),
            MetricKind.OUTCOME: translate("Trends", "Outcome"),
            MetricKind.MEASURE: translate("Trends", "Score"),
            MetricKind.FRICTION: translate("Trends", "Friction"),
            MetricKind.COMPLAINT: translate("Trends", "Complaint")}.get(kind, str(kind))


def metric_name(series: TrendSeries) -> str:
    """What a series measures, without its group: "Complaint · Delivery/Late"."""
    if series.kind is MetricKind.ACTIVE:
        return kind_name(series.kind)
    if series.kind is MetricKind.OUTCOME:
        return translate("Trends", "Outcome “{outcome}”").format(outcome=series.metric)
    return f"{kind_name(series.kind)} · {series.metric}"


def group_name(series: TrendSeries) -> str:
    return series.group or translate("Trends", "Everyone")


def series_name(series: TrendSeries) -> str:
    """"Bargain hunters · Complaint · Delivery/Late"."""
    return f"{group_name(series)} · {metric_name(series)}"


def metric_key(series: TrendSeries) -> str:
    """Series with the same key are drawn together in the chart (one line per group)."""
    return f"{series.kind.value}:{series.metric}"


def is_share(unit: str) -> bool:
    return unit in ("share", "percent", "rate")


def value(unit: str, figure: float | None) -> str:
    """A point's value in its unit: 42% · +12 · 3.8 · 1,204."""
    if figure is None:
        return "–"
    if is_share(unit):
        decimals = 1 if 0 < abs(100 * figure) < 1 else 0
        return translate("Trends", "{value}%").format(value=format_number(100 * figure, decimals))
    if unit == "nps":
        text = format_number(figure, 0)
        return text if text.startswith(MINUS) or text == "0" else "+" + text
    if unit == "count":
        return format_number(figure, 0)
    return format_number(figure, 1 if abs(figure) < 100 else 0)


def cell(unit: str, point: TrendPoint) -> str:
    """A table cell: "42% (n=118)"; "–" when the period had nobody."""
    if point.value is None and not point.n:
        return "–"
    return translate("Trends", "{value} (n={n})").format(value=value(unit, point.value),
                                                        n=count(point.n))


def is_small(point: TrendPoint) -> bool:
    return point.n < SMALL_N


def point_tooltip(series: TrendSeries, point: TrendPoint) -> str:
    """"Bargain hunters · Complaint · Late, 2024-03: 12% (14 of 118 customers)"."""
    head = f"{series_name(series)}, {point.period}"
    figure = value(series.unit, point.value)
    if point.count is not None:
        body = translate("Trends", "{value} ({count} of {n} customers)").format(
            value=figure, count=count(point.count), n=count(point.n))
    else:
        body = translate("Trends", "{value} (n={n})").format(value=figure, n=count(point.n))
    lines = [f"{head}: {body}"]
    if is_small(point):
        lines.append(translate("Trends", "Small n: fewer than {n} customers, the figure can "
                               "move a lot.").format(n=SMALL_N))
    return "\n".join(lines)


def arrow(direction: Direction) -> str:
    return "▲" if direction is Direction.UP else "▼"


def q_text(q_value: float) -> str:
    if q_value < 0.001:
        return translate("Trends", "q < {limit}").format(limit=format_number(0.001, 3))
    return translate("Trends", "q = {q}").format(q=format_number(q_value, 3))


def p_text(p_value: float) -> str:
    if p_value < 0.001:
        return translate("Trends", "p < {limit}").format(limit=format_number(0.001, 3))
    return translate("Trends", "p = {p}").format(p=format_number(p_value, 3))


def test_name(test: str) -> str:
    return {"window": translate("Trends", "recent periods vs earlier"),
            "trend": translate("Trends", "steady rise")}.get(test, test)


def change_text(series: TrendSeries, flag: TrendFlag) -> str:
    """"4% → 12%"."""
    return f"{value(series.unit, flag.before)} → {value(series.unit, flag.after)}"


def window_customers(report: TrendReport, series: TrendSeries) -> int:
    """Customers behind a share in the compared (last) periods: the sum of their counts."""
    recent = series.points[-report.window:] if report.window else series.points
    return sum(p.count or 0 for p in recent)


def recurring_line(report: TrendReport, flag: TrendFlag) -> str:
    """"Delivery/Late · 34 customers in the last 3 months · 4% → 12% ▲"."""
    series = report.series[flag.series]
    customers = window_customers(report, series)
    periods = (translate("Trends", "in the last {n} months") if report.period is Period.MONTH
               else translate("Trends", "in the last {n} weeks")).format(n=report.window)
    who = translate("Trends", "{customers} customers {periods}").format(
        customers=count(customers), periods=periods)
    return f"{who} · {change_text(series, flag)} {arrow(flag.direction)}"


def nothing_flagged() -> str:
    return translate("Trends", "Nothing changed more than chance would explain: no series is "
                     "flagged.")


def no_recurring() -> str:
    return translate("Trends", "No complaint is rising across many customers.")
