"""A small read-only table model for report tables (a few hundred rows at most)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from workbench.ui.data.cells import display_text, is_number, numeric_alignment

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class RowsModel(QAbstractTableModel):
    """Headers and rows of plain values; numbers right-aligned in the user's locale."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[object]] = (),
                 tooltips: Sequence[str | None] = (), parent=None, *,
                 right_columns: Sequence[int] = (), align_numbers: bool = True) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        #: Columns aligned right whatever their values (percentages); numbers are anyway
        #: unless ``align_numbers`` is False (a column mixing numbers and text).
        self.right_columns = set(right_columns)
        self.align_numbers = align_numbers
        self.tooltips = list(tooltips)
        self.rows = [list(r) for r in rows]
        self._locale = QLocale()

    def set_rows(self, rows: Sequence[Sequence[object]]) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.tooltips):
            return self.tooltips[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, int) and not isinstance(value, bool):
                return self._locale.toString(value)
            return display_text(value, self._locale)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display_text(value, self._locale)
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and (
                index.column() in self.right_columns or (self.align_numbers and is_number(value))):
            return numeric_alignment()
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None
