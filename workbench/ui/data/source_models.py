"""Qt item models over the imported sources and over one source's rows.

The rows of a source are read from the project in blocks through
``services.importing.source_rows``; only a few blocks are kept, so a source of
a million rows scrolls as smoothly as one of a hundred and memory stays flat.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from workbench.domain.columns import ColumnRole
from workbench.domain.sources import Source, SourceColumn
from workbench.i18n import translate
from workbench.services import importing
from workbench.ui.data.cells import display_text, local_time, numeric_alignment, tooltip_text
from workbench.ui.data.roles import (
    kind_title,
    role_description,
    role_title,
    role_with_detail,
    stored_role_description,
)

Index = QModelIndex | QPersistentModelIndex
#: The invisible root: the default ``parent`` of a table model's methods.
ROOT = QModelIndex()

#: Role giving a source's id (SourcesModel) for any cell of its row.
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

HASH_CHARS = 10


class SourcesModel(QAbstractTableModel):
    """One row per imported source: name · sheet, kind, rows, columns, imported, hash."""

    NAME, KIND, ROWS, COLUMNS, IMPORTED, HASH = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sources: list[Source] = []

    def set_sources(self, sources: Sequence[Source]) -> None:
        self.beginResetModel()
        self._sources = list(sources)
        self.endResetModel()

    def sources(self) -> list[Source]:
        return list(self._sources)

    def source_at(self, row: int) -> Source | None:
        return self._sources[row] if 0 <= row < len(self._sources) else None

    def row_of(self, source_id: int) -> int:
        """The row showing the source with this id, or -1."""
        return next((i for i, s in enumerate(self._sources) if s.id == source_id), -1)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("DataArea", "Source"), translate("DataArea", "Kind"),
                    translate("DataArea", "Rows"), translate("DataArea", "Columns"),
                    translate("DataArea", "Imported"), translate("DataArea", "SHA-256"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.HASH:
            return translate("DataArea", "The start of the file's SHA-256 fingerprint: the same "
                             "content always has the same fingerprint.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        source = self.source_at(index.row()) if index.isValid() else None
        if source is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            if column == self.NAME:
                return source.display_name
            if column == self.KIND:
                return kind_title(source.kind)
            if column == self.ROWS:
                return locale.toString(source.row_count)
            if column == self.COLUMNS:
                return locale.toString(source.column_count)
            if column == self.IMPORTED:
                return local_time(source.imported_at)
            return source.file_hash[:HASH_CHARS]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                return translate("DataArea", "Imported from {path}").format(path=source.file_path)
            if column == self.HASH:
                return source.file_hash
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ROWS, self.COLUMNS):
            return numeric_alignment()
        if role == SOURCE_ID_ROLE:
            return source.id
        return None


def roles_summary(columns: Sequence[SourceColumn]) -> str:
    """"Identifier: 1 · Numeric: 5 · Free text: 2", roles in their usual order."""
    counts: dict[ColumnRole, int] = {}
    for column in columns:
        counts[column.role] = counts.get(column.role, 0) + 1
    locale = QLocale()
    return " · ".join(f"{role_title(role)}: {locale.toString(counts[role])}"
                      for role in ColumnRole if role in counts)


def column_tooltip(title: str, name: str, role: ColumnRole, pii_kind: str | None = None,
                   description: str | None = None, measure: str | None = None) -> str:
    """A column header's tooltip: its header, its role (with its personal-data kind or its
    measure's scale) and what that role means (``description``, default: what the role does
    at import)."""
    role_text = role_with_detail(role, pii_kind, measure)
    lines = [translate("DataArea", "Column: {title}").format(title=title)]
    if name and name != title:
        lines.append(translate("DataArea", "Name in the project: {name}").format(name=name))
    lines.append(translate("DataArea", "Role: {role}").format(role=role_text))
    lines.append(description or role_description(role))
    return "\n".join(lines)


class SourceTableModel(QAbstractTableModel):
    """A source's rows, read block by block as the view scrolls to them.

    Column 0 is the row number in the original file or sheet; then one
    column per imported field, its header showing the label and the role.
    """

    BLOCK_ROWS = 500
    MAX_BLOCKS = 8

    def __init__(self, project, source: Source, columns: Sequence[SourceColumn],
                 parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.source = source
        self.columns = list(columns)
        self._blocks: OrderedDict[int, list[tuple]] = OrderedDict()
        #: How many blocks were read from the project so far (for tests and tuning).
        self.blocks_read = 0
        self._locale = QLocale()

    # --- the cache ----------------------------------------------------------------

    def cached_row_count(self) -> int:
        return sum(len(rows) for rows in self._blocks.values())

    def _row(self, row: int) -> tuple | None:
        number = row // self.BLOCK_ROWS
        rows = self._blocks.get(number)
        if rows is None:
            rows = importing.source_rows(self.project, self.source.id,
                                         number * self.BLOCK_ROWS, self.BLOCK_ROWS)
            self.blocks_read += 1
            self._blocks[number] = rows
            while len(self._blocks) > self.MAX_BLOCKS:
                self._blocks.popitem(last=False)  # least recently used
        else:
            self._blocks.move_to_end(number)
        offset = row - number * self.BLOCK_ROWS
        return rows[offset] if offset < len(rows) else None

    # --- Qt model -------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self.source.row_count

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 1 + len(self.columns)

    def value(self, row: int, column: int) -> object:
        """The stored value (column 0: the original row number)."""
        found = self._row(row)
        if found is None:
            return None
        return found[0] if column == 0 else found[column + 1]  # skip the customer id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(self.value(index.row(), index.column()), self._locale)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(self.value(index.row(), index.column()), self._locale)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == 0 or self.columns[index.column() - 1].role in (
                    ColumnRole.NUMERIC, ColumnRole.MEASURE):
                return numeric_alignment()
            return None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("DataArea", "Row") + "\n"
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("DataArea", "The row number in the original file or sheet, as "
                                 "you see it in Excel or LibreOffice.")
            return None
        column = self.columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{column.title}\n{role_title(column.role)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_tooltip(column.title, column.name, column.role, column.pii_kind,
                                  stored_role_description(column.role) + "\n" + translate(
                                      "DataArea", "Right-click to change the column's role."),
                                  getattr(column, "measure", None))
        return None
