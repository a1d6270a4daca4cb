"""The linking report: customers found, rows matched per source and per rule, conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate
from workbench.ui.customers.page import fit_table_height
from workbench.ui.customers.table_model import RowsModel
from workbench.ui.customers.wording import rule_title
from workbench.ui.style import scale_font


def report_dict(report: Any) -> dict[str, Any]:
    """A LinkReport (or the dict stored with a run) as a dict."""
    return report.to_dict() if hasattr(report, "to_dict") else dict(report)


def percent(part: int, whole: int) -> str:
    return QLocale().toString(100.0 * part / whole, "f", 0) + " %" if whole else "–"


def report_table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(90)
    return view


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    scale_font(label, 1.05, QFont.Weight.DemiBold)
    return label


class LinkReportDialog(QDialog):
    """What one linking run did, with "Undo this run"."""

    #: The user asked to undo the run shown (its id).
    undo_requested = Signal(int)
    #: Resolve a conflict by hand: open one of its customers, or merge them all.
    customer_requested = Signal(int)
    merge_requested = Signal(list)

    def __init__(self, report: Any, parent: QWidget | None = None, *, undone: bool = False) -> None:
        super().__init__(parent)
        data = report_dict(report)
        self.report = data
        self.run_id = int(data["run_id"])
        locale = QLocale()
        self.setWindowTitle(translate("LinkReport", "Linking report (run {id})").format(
            id=self.run_id))

        headline = QLabel(translate(
            "LinkReport", "{after} customers found. {merged} customer records were merged into "
                          "others ({before} before linking).").format(
            after=locale.toString(data["customers_after"]),
            merged=locale.toString(data["merged_customers"]),
            before=locale.toString(data["customers_before"])))
        headline.setObjectName("LinkHeadline")
        headline.setWordWrap(True)
        scale_font(headline, 1.15, QFont.Weight.DemiBold)
        keys = ", ".join(f"{k['source']}: {k['column']} ({rule_title(k['rule'])})"
                         for k in data.get("keys", []))
        keys_label = QLabel(translate("LinkReport", "Linked by {keys}.").format(keys=keys))
        keys_label.setObjectName("Secondary")
        keys_label.setWordWrap(True)

        self.sources_model = RowsModel(
            [translate("LinkReport", "Source"), translate("LinkReport", "Rows"),
             translate("LinkReport", "Matched"), translate("LinkReport", "Unmatched"),
             translate("LinkReport", "Matched share")],
            [(s["source_name"], s["rows"], s["matched"], s["unmatched"],
              percent(s["matched"], s["rows"])) for s in data.get("sources", [])],
            tooltips=["", "", translate("LinkReport", "Rows that share a key value with a row of "
                                                      "another customer record."),
                      translate("LinkReport", "Rows that matched no other record: they stay a "
                                              "customer of their own."), ""], parent=self,
            right_columns=(4,))
        self.rules_model = RowsModel(
            [translate("LinkReport", "Rule"), translate("LinkReport", "Rows matched")],
            [(rule_title(rule), count) for rule, count in data.get("rows_by_rule", {}).items()],
            parent=self)
        conflicts = data.get("conflicts", [])
        self.conflicts_model = RowsModel(
            [translate("LinkReport", "Source"), translate("LinkReport", "Column"),
             translate("LinkReport", "Value"), translate("LinkReport", "Customers"),
             translate("LinkReport", "Outcome")],
            [(c["source_name"], c["column"], c["value"],
              ", ".join(str(i) for i in c["customer_ids"]),
              translate("LinkReport", "merged") if c["merged"]
              else translate("LinkReport", "kept apart")) for c in conflicts], parent=self)

        self.sources_view = report_table(self.sources_model, "LinkReportSources")
        self.rules_view = report_table(self.rules_model, "LinkReportRules")
        self.conflicts_view = report_table(self.conflicts_model, "LinkReportConflicts")
        conflicts_hint = QLabel(translate(
            "LinkReport", "A conflict is a key value shared by rows with different identifiers in "
                          "the same source (for example one e-mail address on two customer ids). "
                          "Check them on the customer pages and merge or split by hand.")
                                if conflicts else translate("LinkReport", "No conflicts."))
        conflicts_hint.setObjectName("Secondary")
        conflicts_hint.setWordWrap(True)
        self.conflicts = conflicts
        self.show_button = QPushButton(translate("LinkReport", "Open customer"))
        self.show_button.setToolTip(translate(
            "LinkReport", "Show the first customer of the selected conflict, to split rows off "
                          "by hand (double-click a conflict does the same)."))
        self.merge_button = QPushButton(translate("LinkReport", "Merge these customers"))
        self.merge_button.setToolTip(translate(
            "LinkReport", "They are the same person after all: merge the customers of the "
                          "selected conflict (Edit ▸ Undo splits them again)."))
        self.show_button.clicked.connect(lambda _checked=False: self._resolve(merge=False))
        self.merge_button.clicked.connect(lambda _checked=False: self._resolve(merge=True))
        self.conflicts_view.doubleClicked.connect(lambda _index: self._resolve(merge=False))
        self.conflicts_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_conflict_buttons())
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.show_button)
        conflict_buttons.addWidget(self.merge_button)
        conflict_buttons.addStretch(1)
        self._update_conflict_buttons()
        if not conflicts:
            self.conflicts_view.hide()
            self.show_button.hide()
            self.merge_button.hide()

        self.undo_button = QPushButton(translate("LinkReport", "Undo this run"))
        self.undo_button.setToolTip(translate(
            "LinkReport", "Split the customers this run merged back apart (also Edit ▸ Undo)."))
        self.undo_button.clicked.connect(lambda _checked=False: self.undo_requested.emit(self.run_id))
        self.state_label = QLabel()
        self.state_label.setObjectName("Secondary")
        close = QPushButton(translate("LinkReport", "Close"))
        close.setDefault(True)
        close.clicked.connect(lambda _checked=False: self.accept())
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(headline)
        layout.addWidget(keys_label)
        layout.addWidget(section_title(translate("LinkReport", "Rows per source")))
        layout.addWidget(self.sources_view)
        layout.addWidget(section_title(translate("LinkReport", "Rows matched per rule")))
        layout.addWidget(self.rules_view)
        layout.addWidget(section_title(translate("LinkReport", "Conflicts ({count})").format(
            count=locale.toString(len(conflicts)))))
        layout.addWidget(conflicts_hint)
        layout.addWidget(self.conflicts_view, 2 if conflicts else 0)
        layout.addLayout(conflict_buttons)
        if not conflicts:
            layout.addStretch(1)
        layout.addLayout(buttons)
        for view in (self.sources_view, self.rules_view):
            fit_table_height(view, 8)
        self.resize(780, 640 if conflicts else 520)
        if undone:
            self.mark_undone()

    def selected_conflict(self) -> dict | None:
        rows = self.conflicts_view.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _update_conflict_buttons(self) -> None:
        conflict = self.selected_conflict()
        self.show_button.setEnabled(conflict is not None)
        self.merge_button.setEnabled(conflict is not None and not conflict["merged"]
                                     and len(set(conflict["customer_ids"])) > 1)

    def _resolve(self, merge: bool) -> None:
        conflict = self.selected_conflict()
        if conflict is None:
            return
        ids = list(dict.fromkeys(int(i) for i in conflict["customer_ids"]))
        if merge:
            self.merge_requested.emit(ids)
        else:
            self.customer_requested.emit(ids[0])

    def mark_undone(self, restored: int | None = None) -> None:
        self.undo_button.setEnabled(False)
        if restored is None:
            self.state_label.setText(translate("LinkReport", "This run was undone."))
        else:
            self.state_label.setText(translate(
                "LinkReport", "Undone: {count} customers restored.").format(
                count=QLocale().toString(restored)))
