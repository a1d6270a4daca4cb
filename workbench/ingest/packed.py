"""The rows of a whole text table kept compactly: one string per row, not one per cell.

A CSV row of 30 cells read as 30 Python strings takes about ten times its
size on disk; joined back into one string it takes about its size. A whole
file is read this way before it is imported (role and customer-key
inference look at a spread of rows and some whole columns), and its blocks
are unpacked a few thousand rows at a time while they are converted and
stored, so an import's memory stays near the file's size.

Cells are text (str) or None for an empty cell, as the text-table reader
gives them: an empty cell is written as "" in the packed row, which no
filled cell is (the reader turns "" into None). A row whose cells contain the
separator itself is kept as its list of cells, unpacked.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

#: Joins a row's cells (ASCII unit separator; a cell holding it keeps its row unpacked).
SEP = "\x1f"
#: Rows taken before they are let go (when they are also half of what is held).
_DROP_AFTER = 65536


class PackedRows(Sequence):
    """A list-like sequence of rows (lists of str or None), each stored as one string.

    Indexing and iterating give fresh lists, like the rows of any RawTable;
    :meth:`take_columns` removes the first rows and gives them column by
    column, as an import converts them.
    """

    __slots__ = ("_items", "_start", "width")

    def __init__(self, width: int) -> None:
        #: The packed rows: a str per row (cells joined by SEP) or, rarely, the row's list.
        self._items: list = []
        #: Rows at the front already taken by :meth:`take_columns`, not yet let go.
        self._start = 0
        #: Cells per row.
        self.width = width

    # --- building (the reader) -------------------------------------------------

    def append(self, row: Sequence[str | None]) -> None:
        """Add a row of ``width`` cells (str, None or "" for an empty cell)."""
        cells = ["" if value is None else value for value in row]
        joined = SEP.join(cells)
        if joined.count(SEP) == self.width - 1:
            self._items.append(joined)
        else:  # a cell holds the separator: kept as it is
            self._items.append([value or None for value in cells])

    def packed_items(self) -> list:
        """The list of packed rows, for a reader that appends rows already joined by SEP
        (``width - 1`` separators each; anything else goes through :meth:`append`)."""
        return self._items

    def narrowed(self, width: int) -> PackedRows:
        """The same rows with only their first ``width`` cells."""
        rows = PackedRows(width)
        rows._items = [_unpack(item)[:width] if item.__class__ is list
                       else SEP.join(item.split(SEP, width)[:width]) for item in self._rows()]
        return rows

    # --- reading ------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._items) - self._start

    def _rows(self) -> list:
        """The packed rows not taken yet."""
        if self._start:
            del self._items[:self._start]
            self._start = 0
        return self._items

    @overload
    def __getitem__(self, index: int) -> list: ...
    @overload
    def __getitem__(self, index: slice) -> list[list]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [_unpack(item) for item in self._rows()[index]]
        return _unpack(self._rows()[index])

    def __iter__(self) -> Iterator[list]:
        return map(_unpack, self._rows())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedRows):
            return self._rows() == other._rows() and self.width == other.width
        if isinstance(other, list):
            return list(self) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  (mutable, like a list)

    def __delitem__(self, index: slice | int) -> None:
        del self._rows()[index]

    def column(self, index: int) -> list[str | None]:
        """Every row's cell ``index``, in order (without unpacking whole rows)."""
        if index < 0:
            index += self.width
        cut = index + 1
        return [(item.split(SEP, cut)[index] or None) if item.__class__ is str else item[index]
                for item in self._rows()]

    def take_columns(self, size: int) -> list[Sequence[str | None]]:
        """Remove the first ``size`` rows and give their cells column by column.

        The rows taken are let go in large steps, so taking a whole table block by block
        costs time in proportion to its rows (never moving the rest of it at every block).
        """
        start = self._start
        block = self._items[start:start + size]
        self._start = start = start + len(block)
        if start >= len(self._items) or (start >= _DROP_AFTER and 2 * start >= len(self._items)):
            del self._items[:start]
            self._start = 0
        return _columns(block, self.width)


def _unpack(item) -> list:
    if item.__class__ is list:
        return list(item)
    return [value or None for value in item.split(SEP)]


def _columns(block: list, width: int) -> list[Sequence[str | None]]:
    if not block:
        return [()] * width
    if all(item.__class__ is str for item in block):
        # one split for the whole block, then every width-th cell is a column (C loops)
        cells = SEP.join(block).split(SEP)
        columns = [cells[index::width] for index in range(width)]
    else:
        split = [item.split(SEP) if item.__class__ is str else item for item in block]
        columns = [list(column) for column in zip(*split, strict=True)]
    for index, column in enumerate(columns):
        if "" in column:
            columns[index] = [value or None for value in column]
    return columns
