"""The customers behind a claim on a card: "every claim can be traced"."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.personas.background import CustomerRow
from workbench.ui.personas.models import SORT_ROLE, CustomerRowsModel
from workbench.ui.style import scale_font


class MembersDialog(QDialog):
    """A filterable, sortable list of customers, filled once the background work is done."""

    loaded = Signal(int)  # number of customers

    def __init__(self, title: str, explanation: str, columns: list[str],
                 value_title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PersonasArea", "Customers behind the card"))
        self.resize(640, 560)
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale_font(heading, 1.15, QFont.Weight.DemiBold)
        self.explanation = QLabel(explanation)
        self.explanation.setObjectName("Secondary")
        self.explanation.setWordWrap(True)
        self.count_label = QLabel(translate("PersonasArea", "Finding the customers…"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(6)

        self.model = CustomerRowsModel(columns, self)
        if value_title:
            self.model.value_title = value_title
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("PersonasArea", "Filter by customer name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.count_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def set_rows(self, rows: list[CustomerRow]) -> None:
        self.model.set_rows(rows)
        self.busy.hide()
        self.count_label.setText(translate("PersonasArea", "{n} customers").format(
            n=wording.count(len(rows))))
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
        self.loaded.emit(len(rows))

    def set_failed(self, message: str) -> None:
        self.busy.hide()
        self.count_label.setText(message)

    def customer_rows(self) -> list[CustomerRow]:
        return self.model.customer_rows()
