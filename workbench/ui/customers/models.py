"""The customer list as a Qt model, read page by page as the view scrolls.

Only a few pages are kept, and the count comes from one query, so a project
of 100,000+ customers opens and scrolls as fast as one of a hundred.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from workbench.i18n import translate
from workbench.ui.data.cells import numeric_alignment

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

#: Role giving a row's customer id, for any column.
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomersModel(QAbstractTableModel):
    """Customer · ID · Sources · Contacts · Documents, for one search text."""

    NAME, ID, SOURCES, CONTACTS, DOCUMENTS = range(5)
    BLOCK_ROWS = 200
    MAX_BLOCKS = 10

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.project = None
        self.search = ""
        self._count = 0
        self._blocks: OrderedDict[int, list] = OrderedDict()
        #: Pages read from the project so far (for tests and tuning).
        self.blocks_read = 0
        self._locale = QLocale()

    def set_project(self, project, search: str | None = None) -> None:
        """Show ``project``'s customers (None: none) matching ``search`` (default: the current)."""
        from workbench.services import customers

        self.beginResetModel()
        self.project = project
        if search is not None:
            self.search = search
        self._blocks.clear()
        self._count = customers.count_customers(project, self.search) if project is not None else 0
        self.endResetModel()

    def set_search(self, search: str) -> None:
        if search != self.search:
            self.set_project(self.project, search)

    def reload(self) -> None:
        """Read again (after a link, merge or erasure)."""
        self.set_project(self.project)

    def _row(self, row: int):
        number = row // self.BLOCK_ROWS
        rows = self._blocks.get(number)
        if rows is None:
            from workbench.services import customers

            rows = customers.list_customers(self.project, self.search, number * self.BLOCK_ROWS,
                                            self.BLOCK_ROWS)
            self.blocks_read += 1
            self._blocks[number] = rows
            while len(self._blocks) > self.MAX_BLOCKS:
                self._blocks.popitem(last=False)  # least recently used
        else:
            self._blocks.move_to_end(number)
        offset = row - number * self.BLOCK_ROWS
        return rows[offset] if offset < len(rows) else None

    def customer_at(self, row: int):
        """The CustomerRow shown at ``row`` (None outside the list)."""
        if self.project is None or not 0 <= row < self._count:
            return None
        return self._row(row)

    def row_of(self, customer_id: int) -> int:
        """The row of a customer among the pages read so far (at least the first), or -1."""
        if not self._blocks and self._count:
            self._row(0)
        for number, rows in self._blocks.items():
            for offset, customer in enumerate(rows):
                if customer.id == customer_id:
                    return number * self.BLOCK_ROWS + offset
        return -1

    # --- Qt model -------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("Customers", "Customer"), translate("Customers", "ID"),
                    translate("Customers", "Sources"), translate("Customers", "Contacts"),
                    translate("Customers", "Documents"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (None, translate("Customers", "The customer's number in this project"),
                    translate("Customers", "How many imported sources mention this customer"),
                    translate("Customers", "Touchpoint events (store visits, calls, web "
                                           "sessions...)"),
                    translate("Customers", "Evidence documents: interview answers, notes"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        customer = self.customer_at(index.row())
        if customer is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return customer.label
            values = (customer.id, customer.sources, customer.touchpoints, customer.documents)
            return self._locale.toString(values[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return numeric_alignment()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return translate("Customers", "{name}: {rows} rows in {sources} sources").format(
                name=customer.label, rows=self._locale.toString(customer.rows),
                sources=self._locale.toString(customer.sources))
        if role == CUSTOMER_ID_ROLE:
            return customer.id
        return None
