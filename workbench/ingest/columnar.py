"""The rows of a database source kept as the engine's Arrow blocks, not as Python objects.

A million rows read into Python lists take about twenty times their Parquet size;
kept as the Arrow record batches DuckDB gives (or that a PostgreSQL block becomes)
they take about the size of the data. :class:`ColumnarRows` is a list-like sequence
of rows over those blocks: role and customer-key inference index a spread of rows
and a few whole columns as they do any table's rows, and the import takes the rows a
block at a time (:meth:`ColumnarRows.take_columns`), letting each Arrow block go once
it is converted.

Cells come out as the Python values the engine's row-by-row fetch gives (str, int,
float, bool, date, datetime, time, None). Where the converter asks for it, a block's
dates and timestamps come out already written as ISO text (:class:`IsoTexts`, exactly
the text :func:`workbench.ingest.values.date_text` writes) and its numbers as floats
with infinities as gaps (:class:`Floats`, what :func:`workbench.ingest.convert.numbers`
gives), computed by Arrow's C loops instead of one Python step per value.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

#: Years written as four digits both by Arrow's casts and by Python's isoformat.
_YEARS = (1000, 9999)

#: Kinds the converter may ask :meth:`ColumnarRows.take_columns` for.
DATE_TEXT = "date"
NUMBER = "number"


class IsoTexts(list):
    """A column of dates written as ISO text ("2024-03-31", "2024-03-31T10:15:00"), None
    when missing: already what a Date column stores."""

    __slots__ = ()


class Floats(list):
    """A column of finite floats, None when missing: already what a Numeric column stores."""

    __slots__ = ()


class ColumnarRows(Sequence):
    """A list-like sequence of rows over Arrow record batches (or, for a block Arrow
    could not type, that block's Python columns)."""

    def __init__(self, width: int) -> None:
        self.width = width
        #: Blocks not taken yet: a pyarrow RecordBatch or a list of Python columns.
        self._blocks: deque = deque()
        #: Rows of the first block already taken by :meth:`take_columns`.
        self._skip = 0
        self._length = 0
        self._starts: list[int] | None = None
        #: True while every Arrow block's values come out of Arrow exactly as they are.
        self._plain = True

    # --- building ------------------------------------------------------------------

    def add_batch(self, batch) -> None:
        """Add an Arrow RecordBatch of ``width`` columns."""
        if batch.num_rows:
            self._plain = self._plain and all(_plain(kind) for kind in batch.schema.types)
            self._blocks.append(batch)
            self._length += batch.num_rows
            self._starts = None

    def add_rows(self, rows: Sequence[Sequence[object]]) -> None:
        """Add a block of Python rows (a PostgreSQL block): typed by Arrow when every column
        allows it, else kept as Python columns."""
        if not rows:
            return
        import pyarrow as pa

        columns = [list(column) for column in zip(*rows, strict=True)]
        try:
            arrays = [pa.array(column) for column in columns]
            typed = all(_round_trips(array) for array in arrays)
        except Exception:  # values Arrow cannot type (pyarrow's ArrowInvalid, overflow...)
            typed = False
        if typed:
            self.add_batch(pa.RecordBatch.from_arrays(arrays, [f"c{i}" for i in range(self.width)]))
            return
        self._blocks.append(columns)
        self._length += len(rows)
        self._starts = None

    # --- reading ---------------------------------------------------------------------

    def __len__(self) -> int:
        return self._length

    def _offsets(self) -> list[int]:
        """Where each block starts among the rows not taken yet."""
        if self._starts is None:
            starts, at = [], -self._skip
            for block in self._blocks:
                starts.append(at)
                at += _rows_in(block)
            self._starts = starts
        return self._starts

    @overload
    def __getitem__(self, index: int) -> list: ...
    @overload
    def __getitem__(self, index: slice) -> list[list]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self._length)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return [list(row) for row in zip(*self._columns(start, stop), strict=True)]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("row index out of range")
        starts = self._offsets()
        number = bisect.bisect_right(starts, index) - 1
        block, at = self._blocks[number], index - starts[number]
        if isinstance(block, list):
            return [column[at] for column in block]
        if self._plain:
            return [column[at].as_py() for column in block.columns]
        return [column[at].as_py() if _plain(column.type) else _python(column.slice(at, 1))[0]
                for column in block.columns]

    def __iter__(self) -> Iterator[list]:
        step = 8192
        for start in range(0, self._length, step):
            yield from (list(row) for row in zip(*self._columns(start, start + step),
                                                 strict=True))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  (mutable, like a list)

    def column(self, index: int) -> list:
        """Every row's cell ``index``, in order."""
        return self._columns(0, self._length, [index])[0]

    def distinct_texts(self, index: int) -> set[str]:
        """The distinct text values of column ``index`` (a column of dates, numbers or
        booleans holds none)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        found: set = set()
        for block, start, stop in self._pieces(0, self._length):
            if isinstance(block, list):
                found.update(value for value in block[index][start:stop]
                             if value.__class__ is str)
                continue
            array = block.column(index)
            if pa.types.is_string(array.type) or pa.types.is_large_string(array.type):
                found.update(pc.unique(array.slice(start, stop - start)).to_pylist())
        found.discard(None)
        return found

    def take_columns(self, size: int, kinds: dict[int, str] | None = None,
                     wanted: Iterable[int] | None = None) -> list[Sequence[object] | None]:
        """Remove the first ``size`` rows and give their cells column by column.

        ``kinds`` says, per column position, what the converter will make of it: DATE_TEXT
        (dates as ISO text) or NUMBER (finite floats); a column it does not list comes as
        Python values, and so does a column the block cannot give in that form. Only the
        columns ``wanted`` (default: all) are given, the others are None. Blocks are let
        go as soon as they are taken whole.
        """
        indexes = list(range(self.width)) if wanted is None else sorted(wanted)
        stop = min(size, self._length)
        picked = self._columns(0, stop, indexes, kinds or {})
        columns: list[Sequence[object] | None] = [None] * self.width
        for index, column in zip(indexes, picked, strict=True):
            columns[index] = column
        skip = self._skip + stop
        while self._blocks and skip >= _rows_in(self._blocks[0]):
            skip -= _rows_in(self._blocks.popleft())
        self._skip = skip
        self._length -= stop
        self._starts = None
        return columns

    # --- helpers ----------------------------------------------------------------------

    def _pieces(self, start: int, stop: int) -> Iterator[tuple[object, int, int]]:
        """(block, first row, end row) within each block covering rows start..stop."""
        if start >= stop:
            return
        starts = self._offsets()
        number = max(0, bisect.bisect_right(starts, start) - 1)
        while number < len(self._blocks) and starts[number] < stop:
            block = self._blocks[number]
            first = max(start - starts[number], 0)
            end = min(stop - starts[number], _rows_in(block))
            if end > first:
                yield block, first, end
            number += 1

    def _columns(self, start: int, stop: int, indexes: Iterable[int] | None = None,
                 kinds: dict[int, str] | None = None) -> list[list]:
        indexes = list(range(self.width)) if indexes is None else list(indexes)
        kinds = kinds or {}
        out: list[list] = [[] for _ in indexes]
        marked: list[type | None] = [None] * len(indexes)
        for piece, (block, first, end) in enumerate(self._pieces(start, stop)):
            for place, index in enumerate(indexes):
                if isinstance(block, list):
                    values, kind = block[index][first:end], None
                else:
                    values, kind = _converted(block.column(index).slice(first, end - first),
                                              kinds.get(index))
                # a column is marked only when every piece of it came out in that form
                marked[place] = kind if piece == 0 or marked[place] is kind else None
                out[place].extend(values)
        return [marker(column) if marker is not None else column
                for marker, column in zip(marked, out, strict=True)]


def _rows_in(block) -> int:
    return len(block[0]) if isinstance(block, list) else block.num_rows


def _python(array) -> list:
    """Arrow values as the engine's own row fetch gives them."""
    import pyarrow as pa

    kind = array.type
    if pa.types.is_timestamp(kind) and kind.unit == "ns":
        array = array.cast(pa.timestamp("us"), safe=False)  # fetchall drops the nanoseconds
    values = array.to_pylist()
    if pa.types.is_decimal(kind):  # HUGEINT: a whole number
        values = [None if value is None else int(value) for value in values]
    return values


def _plain(kind) -> bool:
    """True for the Arrow types whose Python values need no adjusting (see :func:`_python`)."""
    import pyarrow as pa

    return not (pa.types.is_decimal(kind) or (pa.types.is_timestamp(kind) and kind.unit == "ns"))


def _round_trips(array) -> bool:
    """True for the Arrow types whose values come back as the Python values they were made
    of (not decimals, durations or nested values)."""
    import pyarrow as pa

    kind = array.type
    return (pa.types.is_null(kind) or pa.types.is_boolean(kind) or pa.types.is_integer(kind)
            or pa.types.is_floating(kind) or pa.types.is_string(kind)
            or pa.types.is_large_string(kind) or pa.types.is_date32(kind)
            or (pa.types.is_timestamp(kind) and kind.tz is None and kind.unit == "us")
            or pa.types.is_time(kind))


def _converted(array, kind: str | None) -> tuple[list, type | None]:
    """(values, IsoTexts / Floats / None): the column as the converter asked, where the
    block allows it, else its Python values."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arrow = array.type
    temporal = pa.types.is_date32(arrow) or (pa.types.is_timestamp(arrow) and arrow.tz is None)
    numeric = pa.types.is_integer(arrow) or pa.types.is_floating(arrow)
    if array.null_count == len(array) and ((kind == DATE_TEXT and temporal)
                                            or (kind == NUMBER and numeric)):
        return [None] * len(array), IsoTexts if kind == DATE_TEXT else Floats
    if kind == DATE_TEXT and (pa.types.is_date32(arrow) or pa.types.is_timestamp(arrow)) and (
            arrow.tz is None if pa.types.is_timestamp(arrow) else True):
        low, high = pc.min_max(array).values()
        if low.is_valid and _YEARS[0] <= low.as_py().year and high.as_py().year <= _YEARS[1]:
            if pa.types.is_date32(arrow):
                return pc.cast(array, pa.string()).to_pylist(), IsoTexts
            seconds = pc.floor_temporal(array, unit="second").cast(pa.timestamp("s"))
            text = pc.utf8_replace_slice(pc.cast(seconds, pa.string()), 10, 11, "T")
            return text.to_pylist(), IsoTexts
    if kind == NUMBER and (pa.types.is_integer(arrow) or pa.types.is_floating(arrow)):
        floats = array.cast(pa.float64(), safe=False)
        finite = pc.is_finite(floats)
        if not pc.all(pc.fill_null(finite, True)).as_py():
            floats = pc.if_else(finite, floats, pa.scalar(None, pa.float64()))
        return floats.to_pylist(), Floats
    return _python(array), None
