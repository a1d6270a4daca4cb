"""Qt item models over the retention service's figures (sortable, never filled cell by cell)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from workbench.domain.retention import (
    BY_CHANNEL,
    BY_PERSONA,
    BY_SOURCE,
    BY_STAGE,
    CustomerRisk,
    FrictionCost,
    RateByGroup,
    ValueSummary,
)
from workbench.i18n import translate
from workbench.ui.personas import wording

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's object (a RateByGroup, CustomerRisk, FrictionCost...).
ITEM_ROLE = Qt.ItemDataRole.UserRole + 4
#: RatesModel: (rate, low, high, max) for the interval bar delegate.
BAR_ROLE = Qt.ItemDataRole.UserRole + 5

HIGHER = QColor("#C0392B")
LOWER = QColor("#2E7D5B")


def dimension_names() -> dict[str, str]:
    return {BY_PERSONA: translate("Retention", "Persona"),
            BY_STAGE: translate("Retention", "Journey stage"),
            BY_CHANNEL: translate("Retention", "Channel"),
            BY_SOURCE: translate("Retention", "Source")}


def money(value: float | None) -> str:
    """Amounts: whole numbers with the locale's grouping from 100 up."""
    if value is None:
        return "–"
    if abs(value) >= 100:
        from PySide6.QtCore import QLocale

        return QLocale().toString(float(value), "f", 0)
    return wording.number(value)


def interval(low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return "–"
    return translate("Retention", "{low}–{high}").format(low=wording.percent(low, 1),
                                                         high=wording.percent(high, 1))


def ratio_text(ratio: float | None, low: float | None, high: float | None) -> str:
    if ratio is None:
        return "–"
    text = "×" + wording.fixed(ratio)
    if low is not None and high is not None:
        text += " (" + wording.fixed(low) + "–" + wording.fixed(high) + ")"
    return text


def ratio_color(ratio: float | None, low: float | None, high: float | None) -> QColor | None:
    """Red when the whole interval is above 1 (more churn), green when below; else none."""
    if ratio is None or low is None or high is None:
        return None
    if low > 1:
        return HIGHER
    if high < 1:
        return LOWER
    return None


class Column:
    def __init__(self, title: str, text: Callable[[Any], str], sort: Callable[[Any], Any],
                 numeric: bool = True, color: Callable[[Any], QColor | None] | None = None,
                 tooltip: Callable[[Any], str] | None = None) -> None:
        self.title, self.text, self.sort, self.numeric = title, text, sort, numeric
        self.color, self.tooltip = color, tooltip


def _key(value: Any) -> Any:
    return float("-inf") if value is None else value


class RowsModel(QAbstractTableModel):
    """A table of plain objects described by a list of :class:`Column`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.columns: list[Column] = self.make_columns()

    def make_columns(self) -> list[Column]:  # pragma: no cover - overridden
        return []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def item(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # Qt override
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # Qt override
        if not index.isValid():
            return None
        item, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == SORT_ROLE:
            return _key(column.sort(item))
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            return column.color(item)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item)
        return self.extra_data(item, index.column(), role)

    def extra_data(self, item: Any, column: int, role: int):
        return None


class RatesModel(RowsModel):
    """Churn per group: n, churned, rate with its 95% interval (drawn), against the rest."""

    BAR_COLUMN = 3

    def make_columns(self) -> list[Column]:
        def tip(r: RateByGroup) -> str:
            return translate(
                "Retention", "{label}: {events} of {n} churned ({rate}, 95% interval {interval}); "
                "everyone else {rest}. Click to list these customers.").format(
                label=r.label, events=wording.count(r.events), n=wording.count(r.n),
                rate=wording.percent(r.rate, 1), interval=interval(r.low, r.high),
                rest=wording.percent(r.rest_rate, 1))

        return [
            Column(translate("Retention", "Group"), lambda r: r.label, lambda r: r.label, False,
                   tooltip=tip),
            Column(translate("Retention", "Customers"), lambda r: wording.count(r.n), lambda r: r.n),
            Column(translate("Retention", "Churned"), lambda r: wording.count(r.events),
                   lambda r: r.events),
            Column(translate("Retention", "Churn rate (95% interval)"),
                   lambda r: f"{wording.percent(r.rate, 1)}  {interval(r.low, r.high)}",
                   lambda r: r.rate, tooltip=tip),
            Column(translate("Retention", "Against the rest"),
                   lambda r: ratio_text(r.ratio, r.ratio_low, r.ratio_high), lambda r: r.ratio,
                   color=lambda r: ratio_color(r.ratio, r.ratio_low, r.ratio_high),
                   tooltip=lambda r: translate(
                       "Retention", "Churn in this group divided by churn among everyone else, "
                       "with its 95% interval. Red: surely higher; green: surely lower.")),
        ]

    def extra_data(self, item: RateByGroup, column: int, role: int):
        if role == BAR_ROLE and column == self.BAR_COLUMN:
            top = max((r.high or r.rate or 0.0) for r in self._rows) if self._rows else 1.0
            return (item.rate, item.low, item.high, top or 1.0)
        return None


class ValuesModel(RowsModel):
    """Value per persona: RFM means and scores, total and mean value, value at risk."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def make_columns(self) -> list[Column]:
        return [
            Column(translate("Retention", "Persona"), lambda v: self.names.get(v.key, v.label),
                   lambda v: v.label, False),
            Column(translate("Retention", "Customers"), lambda v: wording.count(v.n), lambda v: v.n),
            Column(translate("Retention", "Recency (days)"), lambda v: money(v.recency_days),
                   lambda v: v.recency_days, tooltip=lambda v: translate(
                       "Retention", "Mean days since the last purchase; R score {score} of 5"
                   ).format(score=wording.fixed(v.r_score, 1))),
            Column(translate("Retention", "Frequency"), lambda v: wording.fixed(v.frequency, 1),
                   lambda v: v.frequency, tooltip=lambda v: translate(
                       "Retention", "Mean number of purchases; F score {score} of 5").format(
                       score=wording.fixed(v.f_score, 1))),
            Column(translate("Retention", "Monetary"), lambda v: money(v.monetary),
                   lambda v: v.monetary, tooltip=lambda v: translate(
                       "Retention", "Mean amount spent; M score {score} of 5").format(
                       score=wording.fixed(v.m_score, 1))),
            Column(translate("Retention", "RFM scores"), _rfm, lambda v: sum(
                s or 0 for s in (v.r_score, v.f_score, v.m_score))),
            Column(translate("Retention", "Total value"), lambda v: money(v.total_value),
                   lambda v: v.total_value),
            Column(translate("Retention", "Expected value"), lambda v: money(v.expected_value),
                   lambda v: v.expected_value, tooltip=lambda v: translate(
                       "Retention", "Expected value over the next {days} days from the value "
                       "model").format(days=v.horizon_days or "–")),
            Column(translate("Retention", "Value at risk"), lambda v: money(v.value_at_risk),
                   lambda v: v.value_at_risk, color=lambda v: HIGHER if v.value_at_risk else None,
                   tooltip=lambda v: translate(
                       "Retention", "Each member's value times their churn risk, summed")),
        ]


def _rfm(v: ValueSummary) -> str:
    scores = (v.r_score, v.f_score, v.m_score)
    if all(s is None for s in scores):
        return "–"
    return " · ".join(wording.fixed(s, 1) for s in scores)


class AtRiskModel(RowsModel):
    """Customers by churn risk, highest first: risk, value, top reasons."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.labels: dict[int, str] = {}

    def label(self, risk: CustomerRisk) -> str:
        return self.labels.get(risk.customer_id) or translate("Retention", "Customer {id}").format(
            id=risk.customer_id)

    def make_columns(self) -> list[Column]:
        return [
            Column(translate("Retention", "Customer"), self.label, self.label, False),
            Column(translate("Retention", "Churn risk"), lambda r: wording.percent(r.risk, 0),
                   lambda r: r.risk, color=lambda r: HIGHER if r.risk >= 0.5 else None),
            Column(translate("Retention", "Value"), lambda r: money(r.value), lambda r: r.value),
            Column(translate("Retention", "Top reasons"), lambda r: "; ".join(r.reasons[:3]),
                   lambda r: "; ".join(r.reasons), False,
                   tooltip=lambda r: "\n".join(r.reasons)),
        ]

    def extra_data(self, item: CustomerRisk, column: int, role: int):
        if role == ID_ROLE:
            return item.customer_id
        return None


def friction_kind(kind: str) -> str:
    return {"pain_point": translate("Retention", "Pain point"),
            "stall": translate("Retention", "Stall"),
            "repeat": translate("Retention", "Repeated contact"),
            "drop": translate("Retention", "Drop-out"),
            "negative": translate("Retention", "Negative feedback")}.get(kind, kind)


class FrictionModel(RowsModel):
    """Pain points and friction points of one map ranked by what they cost."""

    def make_columns(self) -> list[Column]:
        def rate(churned: int, n: int) -> str:
            return (wording.percent(churned / n, 0) + " (" + translate(
                "Retention", "n={n}").format(n=wording.count(n)) + ")") if n else "–"

        return [
            Column(translate("Retention", "Friction"), lambda f: f.label, lambda f: f.label, False,
                   tooltip=lambda f: friction_kind(f.kind)),
            Column(translate("Retention", "Kind"), lambda f: friction_kind(f.kind),
                   lambda f: f.kind, False),
            Column(translate("Retention", "Churn if hit"),
                   lambda f: rate(f.with_churned, f.with_n),
                   lambda f: f.with_churned / f.with_n if f.with_n else None),
            Column(translate("Retention", "Churn if not"),
                   lambda f: rate(f.without_churned, f.without_n),
                   lambda f: f.without_churned / f.without_n if f.without_n else None),
            Column(translate("Retention", "Risk ratio (95%)"),
                   lambda f: ratio_text(f.ratio, f.ratio_low, f.ratio_high), lambda f: f.ratio,
                   color=lambda f: ratio_color(f.ratio, f.ratio_low, f.ratio_high)),
            Column(translate("Retention", "Value at stake"), lambda f: money(f.value_at_stake),
                   lambda f: f.value_at_stake),
        ]

    def costs(self) -> list[FrictionCost]:
        return self.rows()


def table_view(name: str, model, *, single_selection: bool = False, one_line: bool = False
               ) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only table of ``model``'s rows, sortable by SORT_ROLE (Retention and VoC areas).

    ``one_line`` keeps each row to one line, long texts elided (their tooltip
    has them whole).
    """
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    if one_line:
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view, proxy
