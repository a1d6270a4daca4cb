"""Qt item models over a trend report: the series × periods table and the flagged shifts.

Both are read-only and sortable (the Retention area's RowsModel and
``table_view``), never filled cell by cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from workbench.domain.living import Direction, TrendFlag, TrendReport, TrendSeries
from workbench.i18n import translate
from workbench.ui.retention.models import ITEM_ROLE, SORT_ROLE, Column, RowsModel, table_view
from workbench.ui.trends import wording

__all__ = ["ITEM_ROLE", "SORT_ROLE", "SeriesRow", "FlagRow", "SeriesModel", "FlagsModel",
           "table_view"]

UP_COLOR = QColor("#C0392B")
DOWN_COLOR = QColor("#2E6DA4")
WINDOW_TINT = QColor(237, 201, 72, 40)


@dataclass(frozen=True)
class SeriesRow:
    index: int  # in report.series
    series: TrendSeries
    flag: TrendFlag | None


@dataclass(frozen=True)
class FlagRow:
    flag: TrendFlag
    series: TrendSeries


def strongest_flags(report: TrendReport) -> dict[int, TrendFlag]:
    """series index -> its flag with the smallest q-value."""
    found: dict[int, TrendFlag] = {}
    for flag in report.flags:
        known = found.get(flag.series)
        if known is None or flag.q_value < known.q_value:
            found[flag.series] = flag
    return found


def flag_color(flag: TrendFlag | None) -> QColor | None:
    if flag is None:
        return None
    return UP_COLOR if flag.direction is Direction.UP else DOWN_COLOR


class SeriesModel(RowsModel):
    """One row per series: group, what is measured, the flagged change, then each period."""

    GROUP, METRIC, CHANGE, FIRST_PERIOD = 0, 1, 2, 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: TrendReport | None = None

    def make_columns(self) -> list[Column]:
        return self._columns([], 0)

    def _columns(self, periods: list[str], offset: int) -> list[Column]:
        def tip(row: SeriesRow) -> str:
            lines = [wording.series_name(row.series)]
            if row.flag is not None:
                lines.append(translate("Trends", "Flagged: {change} ({test}, {q})").format(
                    change=wording.change_text(row.series, row.flag),
                    test=wording.test_name(row.flag.test), q=wording.q_text(row.flag.q_value)))
            return "\n".join(lines)

        columns = [
            Column(translate("Trends", "Group"), lambda r: wording.group_name(r.series),
                   lambda r: wording.group_name(r.series), False,
                   color=lambda r: flag_color(r.flag), tooltip=tip),
            Column(translate("Trends", "Measured"), lambda r: wording.metric_name(r.series),
                   lambda r: wording.metric_name(r.series), False, tooltip=tip),
            Column(translate("Trends", "Flagged change"), _change,
                   lambda r: -r.flag.q_value if r.flag is not None else None, False,
                   color=lambda r: flag_color(r.flag), tooltip=tip),
        ]
        for position, period in enumerate(periods):
            columns.append(Column(period, _period_text(position + offset),
                                  _period_sort(position + offset),
                                  tooltip=_period_tip(position + offset)))
        return columns

    def set_report(self, report: TrendReport | None) -> None:
        self.report = report
        if report is None:
            self.columns = self._columns([], 0)
            self.set_rows([])
            return
        flags = strongest_flags(report)
        self.columns = self._columns(report.periods, 0)
        self.set_rows([SeriesRow(i, s, flags.get(i)) for i, s in enumerate(report.series)])

    def extra_data(self, item: SeriesRow, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and self.report is not None:
            periods = self.report.periods
            compared = set(self.report.compared) or set(periods[-self.report.window:])
            index = column - self.FIRST_PERIOD
            if 0 <= index < len(periods) and periods[index] in compared:
                return WINDOW_TINT
        return None

    def period_column(self, period: str) -> int:
        return self.FIRST_PERIOD + self.report.periods.index(period) if self.report else -1


def _change(row: SeriesRow) -> str:
    if row.flag is None:
        return ""
    return f"{wording.arrow(row.flag.direction)} {wording.change_text(row.series, row.flag)}"


def _point(row: SeriesRow, position: int):
    points = row.series.points
    return points[position] if position < len(points) else None


def _period_text(position: int):
    def text(row: SeriesRow) -> str:
        point = _point(row, position)
        return wording.cell(row.series.unit, point) if point is not None else "–"
    return text


def _period_sort(position: int):
    def sort(row: SeriesRow):
        point = _point(row, position)
        return point.value if point is not None else None
    return sort


def _period_tip(position: int):
    def tip(row: SeriesRow) -> str:
        point = _point(row, position)
        return wording.point_tooltip(row.series, point) if point is not None else ""
    return tip


class FlagsModel(RowsModel):
    """The flagged shifts other than recurring complaints: series, direction, change, q."""

    def make_columns(self) -> list[Column]:
        return [
            Column(translate("Trends", "Series"), lambda r: wording.series_name(r.series),
                   lambda r: wording.series_name(r.series), False,
                   tooltip=lambda r: wording.series_name(r.series)),
            Column(translate("Trends", "Change"),
                   lambda r: f"{wording.arrow(r.flag.direction)} "
                             f"{wording.change_text(r.series, r.flag)}",
                   lambda r: (r.flag.after or 0.0) - (r.flag.before or 0.0), False,
                   color=lambda r: flag_color(r.flag)),
            Column(translate("Trends", "q-value"), lambda r: wording.q_text(r.flag.q_value),
                   lambda r: r.flag.q_value,
                   tooltip=lambda r: translate(
                       "Trends", "The p-value adjusted for the number of tests (Benjamini–"
                       "Hochberg); unadjusted: {p}").format(p=wording.p_text(r.flag.p_value))),
            Column(translate("Trends", "Test"), lambda r: wording.test_name(r.flag.test),
                   lambda r: r.flag.test, False),
        ]

    def set_report(self, report: TrendReport | None) -> None:
        if report is None:
            self.set_rows([])
            return
        rows = [FlagRow(f, report.series[f.series]) for f in report.flags if not f.recurring]
        self.set_rows(sorted(rows, key=lambda r: r.flag.q_value))
