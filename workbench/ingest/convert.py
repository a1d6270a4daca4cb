"""Turn a raw table's cells into typed column values under the chosen roles.

Numeric and measure columns become float (None when missing; a measure's
values must fit its kind's scale, see :mod:`workbench.ingest.measures`), date columns ISO text
("2024-03-31" or "2024-03-31T10:15:00"), outcome columns a float where the
value reads as a number and text otherwise ("Yes"), every other role text with
identifiers kept exactly as written ("007" stays "007"; a spreadsheet's 7.0
becomes "7"). A value that does not fit its role stops the conversion with a
message naming the file, row, column and value, so nothing half-converted
is ever stored.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from operator import itemgetter

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.errors import InputFileError
from workbench.gc_pause import paused_gc
from workbench.i18n import translate
from workbench.ingest.columnar import DATE_TEXT, NUMBER, ColumnarRows, Floats, IsoTexts
from workbench.ingest.measures import (
    MeasureChoiceError,
    measure_title,
    outside_scale,
    resolved_spec,
    rows_text,
    scale_rule,
)
from workbench.ingest.packed import PackedRows
from workbench.ingest.table import ConvertedColumn, RawTable
from workbench.ingest.values import (
    DATE_ORDERS,
    DECIMALS,
    FREE_TEXT_MISSING_TOKENS,
    MISSING_TOKENS,
    PLAUSIBLE_SERIAL_RANGE,
    cell_text,
    column_date_order,
    date_text,
    excel_serial_to_date,
    parse_date,
    parse_number,
)
from workbench.progress import Task

Fail = Callable[[int, object], InputFileError]


#: Rows converted (and, when importing, stored) at a time: big enough for the
#: per-block overhead to vanish, small enough that a block's values stay in the
#: CPU cache and memory never holds a second full copy of a large table.
CHUNK_ROWS = 4096
#: Dates written as text remembered per column across blocks (bounds the memory it takes).
KNOWN_DATES_LIMIT = 20_000


def convert_table(table: RawTable, specs: Sequence[ColumnSpec], *, decimal: str | None = None,
                  date_order: str | None = None, task: Task | None = None
                  ) -> list[ConvertedColumn]:
    """Typed values for every column whose role is not Ignore, in column order.

    ``specs`` are the table's columns as the user set them (same order and
    number as ``table.columns``); ``decimal`` defaults to the one detected
    when reading; ``date_order`` ("dmy" or "mdy") defaults to day first
    unless a column's own values prove month first (e.g. 12/31/2020).
    """
    converter = TableConverter(table, specs, decimal=decimal, date_order=date_order)
    message = translate("Import", "Checking values…")
    total = len(converter.kept)
    if task is not None:
        task.report(0, total, message)
    with paused_gc():
        values = converter.convert(table.rows, table.row_numbers, task=task, message=message)
    if task is not None:
        task.report(total, total, message)
    return [ConvertedColumn(spec, column) for spec, column in zip(converter.specs, values,
                                                                   strict=True)]


class TableConverter:
    """Converts a table's rows under the chosen roles, all at once or a block at a time.

    Checks the options at once (so a bad option is reported before anything
    is written); the date order of each date column is decided from the whole
    column, so every block reads "03/04/2024" the same way.
    """

    def __init__(self, table: RawTable, specs: Sequence[ColumnSpec], *,
                 decimal: str | None = None, date_order: str | None = None) -> None:
        if len(specs) != len(table.columns):
            raise InputFileError(translate(
                "Import", "{place} has {found} columns but {expected} column settings were given. "
                "Open the preview again.").format(place=table.where, found=len(table.columns),
                                                  expected=len(specs)), table.path)
        decimal = decimal or table.decimal or "."
        if decimal not in DECIMALS:
            raise InputFileError(translate(
                "Import", "'{decimal}' cannot be a decimal mark: use '.' or ','.").format(
                decimal=decimal), table.path)
        if date_order is not None and date_order not in DATE_ORDERS:
            raise InputFileError(translate(
                "Import", "'{order}' is not a date order: use dmy (31/12/2024) or mdy "
                "(12/31/2024).").format(order=date_order), table.path)
        self.table = table
        self.decimal = decimal
        #: (position in the table, spec) of every column that is not ignored.
        self.kept = [(index, _with_measure(spec, table)) for index, spec in enumerate(specs)
                     if ColumnRole(spec.role) is not ColumnRole.IGNORE]
        self.specs = [spec for _, spec in self.kept]
        self._orders = {index: date_order or _column_date_order(table.rows, index)
                        for index, spec in self.kept if ColumnRole(spec.role) is ColumnRole.DATE}
        #: Per date column, the dates written as text read so far (each is parsed once).
        self._known_dates: dict[int, dict[str, str | None]] = {}

    def convert(self, rows: Sequence[Sequence[object]], row_numbers: Sequence[int], *,
                task: Task | None = None, message: str = "") -> list[list]:
        """One list of typed values per kept column for these rows (numbered ``row_numbers``)."""
        width = len(self.table.columns)
        columns = list(zip(*rows, strict=True)) if rows else [()] * width
        return self.convert_columns(columns, row_numbers, task=task, message=message)

    def convert_columns(self, columns: Sequence[Sequence], row_numbers: Sequence[int], *,
                        task: Task | None = None, message: str = "") -> list[list]:
        """:meth:`convert` for rows given column by column (every column of the table)."""
        converted = []
        for done, (index, spec) in enumerate(self.kept):
            if task is not None and done:
                task.report(done, len(self.kept), message)
            converted.append(self._column(columns[index], index, spec, row_numbers))
        return converted

    def chunks(self, size: int | None = None, *, consume: bool = False
               ) -> Iterator[tuple[list[int], list[list]]]:
        """(row numbers, values per kept column) for each block of ``size`` rows, in file order.

        ``consume`` removes each block's raw rows from the table once it is
        converted, so a large import never holds the raw and the typed table
        whole at the same time (the table's rows are empty afterwards).
        """
        asked, size = size, size or CHUNK_ROWS
        rows, numbers = self.table.rows, self.table.row_numbers
        if consume and isinstance(rows, PackedRows):
            # a whole text file: each block is unpacked straight into columns
            start = 0
            while rows:
                chunk_numbers = numbers[start:start + size]
                start += len(chunk_numbers)
                if start >= 16 * size and 2 * start >= len(numbers):
                    del numbers[:start]  # let go in large steps: linear in the rows
                    start = 0
                with paused_gc():
                    values = self.convert_columns(rows.take_columns(size), chunk_numbers)
                yield chunk_numbers, values
            del numbers[:]
            return
        if consume and isinstance(rows, ColumnarRows):
            # a database's Arrow blocks: dates come as ISO text, numbers as floats, where the
            # roles want them so (computed by Arrow, not one Python step per value); larger
            # blocks by default, as each costs a few Arrow calls per column
            size = asked or 4 * CHUNK_ROWS
            kinds = {index: DATE_TEXT if ColumnRole(spec.role) is ColumnRole.DATE else NUMBER
                     for index, spec in self.kept
                     if ColumnRole(spec.role) in (ColumnRole.DATE, ColumnRole.NUMERIC,
                                                  ColumnRole.MEASURE)}
            kept = {index for index, _ in self.kept}
            start = 0
            while rows:
                chunk_numbers = numbers[start:start + size]
                start += len(chunk_numbers)
                if start >= 16 * size and 2 * start >= len(numbers):
                    del numbers[:start]
                    start = 0
                columns = rows.take_columns(size, kinds, kept)
                with paused_gc():
                    values = self.convert_columns(columns, chunk_numbers)
                del columns
                yield chunk_numbers, values
            del numbers[:]
            return
        if consume:
            # a plain list (a spreadsheet's rows): blocks taken from the front and let go in
            # large steps, so the rest of the list is not moved at every block
            start = 0
            while start < len(rows):
                chunk = rows[start:start + size]
                chunk_numbers = numbers[start:start + size]
                start += len(chunk)
                if start >= 16 * size and 2 * start >= len(rows):
                    del rows[:start], numbers[:start]
                    start = 0
                with paused_gc():
                    values = self.convert(chunk, chunk_numbers)
                del chunk
                yield chunk_numbers, values
            del rows[:], numbers[:]
            return
        for start in range(0, len(rows), size):
            chunk_numbers = numbers[start:start + size]
            with paused_gc():
                values = self.convert(rows[start:start + size], chunk_numbers)
            yield chunk_numbers, values

    def _column(self, column: Sequence, index: int, spec: ColumnSpec,
                row_numbers: Sequence[int]) -> list:
        role = ColumnRole(spec.role)
        if role is ColumnRole.NUMERIC and column.__class__ is Floats:
            return column
        if role is ColumnRole.MEASURE and column.__class__ is Floats:
            _check_scale(self.table, spec, column, row_numbers)
            return column
        if role is ColumnRole.DATE and column.__class__ is IsoTexts:
            return column
        if role is ColumnRole.NUMERIC:
            return numbers(column, self.decimal, _failure(self.table, spec, row_numbers))
        if role is ColumnRole.MEASURE:
            values = numbers(column, self.decimal, _failure(self.table, spec, row_numbers))
            _check_scale(self.table, spec, values, row_numbers)
            return values
        if role is ColumnRole.DATE:
            return dates(column, self._orders[index], _failure(self.table, spec, row_numbers),
                         self._known_dates.setdefault(index, {}))
        if role is ColumnRole.FREE_TEXT:
            return texts(column, FREE_TEXT_MISSING_TOKENS)
        if role in (ColumnRole.CATEGORICAL, ColumnRole.CHANNEL):
            return categories(column)
        if role is ColumnRole.OUTCOME:
            return outcomes(column, self.decimal)
        return texts(column, MISSING_TOKENS)


def _with_measure(spec: ColumnSpec, table: RawTable) -> ColumnSpec:
    """The spec with its measure written out ("csat" → "csat:1-5", none → the usual scale of
    the kind the header names) for a Measure column, and no measure for any other role."""
    if ColumnRole(spec.role) is not ColumnRole.MEASURE:
        return spec if spec.measure is None else replace(spec, measure=None)
    try:
        measure = resolved_spec(spec.measure, spec.label or spec.name)
    except MeasureChoiceError as error:
        raise InputFileError(translate("Import", "{place}: {problem}").format(
            place=table.where, problem=error), table.path, column=spec.label or spec.name
        ) from None
    return replace(spec, measure=measure.text())


def _check_scale(table: RawTable, spec: ColumnSpec, values: list[float | None],
                 row_numbers: Sequence[int]) -> None:
    """Stop the conversion when a value of a measure column does not fit its scale."""
    measure = resolved_spec(spec.measure, spec.label or spec.name)
    bad = outside_scale(values, measure, limit=6)
    if not bad:
        return
    column = spec.label or spec.name
    rows = [row_numbers[i] for i in bad[:5]]
    raise InputFileError(translate(
        "Import", "{place}, column '{column}': rows {rows} hold values outside the {scale} "
        "scale ({rule}), for example '{value}'. Choose another kind or scale for the column, or "
        "set it to Numeric, then import again.").format(
        place=table.where, column=column, rows=rows_text(rows, len(bad) > 5),
        scale=measure_title(measure), rule=scale_rule(measure),
        value=cell_text(values[bad[0]])), table.path, row=rows[0], column=column)


def _column_date_order(rows: Sequence[Sequence[object]], index: int) -> str:
    if isinstance(rows, ColumnarRows):  # only texts tell a date order
        return column_date_order(rows.distinct_texts(index))
    distinct = set(rows.column(index) if isinstance(rows, PackedRows)
                   else map(itemgetter(index), rows))
    distinct.discard(None)
    return column_date_order(distinct)


_NONE = type(None)

def numbers(column: Sequence, decimal: str, fail: Fail) -> list[float | None]:
    """Floats; missing markers become None."""
    first = column[0].__class__ if column else None
    if first is float or first is int:
        # A spreadsheet's numbers arrive typed: sum() fails on anything that is not a number
        # (text, a date, an empty cell) and gives NaN or infinity when one of them is.
        try:
            total = sum(column)
        except TypeError:
            pass
        else:
            if total - total == 0:
                return list(map(float, column))
    if first is float or first is int or first is _NONE:
        # A database's numbers arrive typed with gaps (None): the same check on the others.
        present = [value for value in column if value is not None]
        if present and present[0].__class__ in (float, int):
            try:
                total = sum(present)
            except TypeError:
                pass
            else:
                if total - total == 0:
                    return [None if value is None else float(value) for value in column]
    if decimal == ".":
        try:
            text = "".join(column)  # fails unless every value is text (a CSV's numbers)
        except TypeError:
            text = None
        try:
            fast = list(map(float, column))  # plain numbers: one C loop does it all
        except (TypeError, ValueError):
            pass
        else:
            total = sum(fast)
            # float() also takes NaN, infinity and "1_000", which a user would not call numbers
            if total - total == 0.0 and (
                    "_" not in text if text is not None else str not in set(map(type, column))):
                return fast
    mapping: dict[object, float | None] = {}
    bad: list[object] = []
    for value in set(column):
        kind = value.__class__
        if value is None:
            continue
        if kind is float:
            mapping[value] = value if math.isfinite(value) else None
        elif kind is int or kind is bool:
            mapping[value] = float(value)
        elif kind is str:
            text = value.strip()
            if text.lower() in MISSING_TOKENS:
                mapping[value] = None
            else:
                number = parse_number(text, decimal)
                if number is None:
                    bad.append(value)
                mapping[value] = number
        else:
            bad.append(value)
    if bad:
        raise _first_failure(column, bad, fail)
    return list(map(mapping.get, column))


def dates(column: Sequence, order: str | None, fail: Fail,
          known: dict[str, str | None] | None = None) -> list[str | None]:
    """ISO date texts; spreadsheet dates, Excel serial numbers and written dates accepted.

    ``order`` None means day first unless this column proves month first.
    ``known`` remembers the dates written as text already read under the same
    ``order`` (by earlier blocks of the same column), so each is parsed once.
    """
    first = next((value for value in column if value is not None), None)
    if first.__class__ is dt.datetime:
        # A database's timestamps arrive typed and mostly all different: written out
        # directly, without a table of distinct values (anything else falls through).
        try:
            return [None if value is None else value.isoformat(timespec="seconds")
                    if value.tzinfo is None else date_text(value) for value in column]
        except (AttributeError, TypeError):
            pass
    distinct = set(column)
    distinct.discard(None)
    if order is None:
        order = column_date_order(distinct)
    low, high = PLAUSIBLE_SERIAL_RANGE
    mapping: dict[object, str | None] = {}
    bad: list[object] = []
    if known:
        # Only text keys are remembered: 1 == 1.0 == True would share a key.
        for value in distinct.intersection(known):
            if value.__class__ is str:
                mapping[value] = known[value]
        distinct.difference_update(mapping)
    for value in distinct:
        if isinstance(value, dt.date):
            mapping[value] = date_text(value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            moment = excel_serial_to_date(float(value))
            if moment is None:
                bad.append(value)
                continue
            mapping[value] = date_text(moment)
        elif isinstance(value, str):
            stripped = value.strip()
            if stripped.lower() in MISSING_TOKENS:
                mapping[value] = None
                continue
            moment = parse_date(stripped, order, compact=True)
            if moment is None:
                serial = parse_number(stripped) if stripped[:1].isdigit() else None
                if serial is not None and low <= serial < high:
                    moment = excel_serial_to_date(serial)
            if moment is None:
                bad.append(value)
                continue
            mapping[value] = date_text(moment)
        else:
            bad.append(value)
    if bad:
        raise _first_failure(column, bad, fail)
    if known is not None and len(known) < KNOWN_DATES_LIMIT:
        known.update((value, text) for value, text in mapping.items() if value.__class__ is str)
    return list(map(mapping.get, column))


def texts(column: Sequence, missing: frozenset[str]) -> list[str | None]:
    """Text with outer spaces removed; missing markers become None."""
    try:
        stripped = list(map(str.strip, column))  # fails unless every value is text
    except TypeError:
        pass
    else:
        # Missing markers are 4 characters or fewer: a column of longer texts is done (C loops).
        if not stripped or min(map(len, stripped)) > 4:
            return stripped
        return [text if len(text) > 4 or text.lower() not in missing else None
                for text in stripped]
    try:
        return [None if value is None else (
            text if (text := value.strip()) and (len(text) > 4 or text.lower() not in missing)
            else None) for value in column]
    except AttributeError:  # numbers, dates or booleans from a spreadsheet
        pass
    out: list[str | None] = []
    for value in column:
        if value is None:
            out.append(None)
            continue
        text = value.strip() if value.__class__ is str else cell_text(value)
        out.append(None if len(text) <= 4 and text.lower() in missing else text)
    return out


def categories(column: Sequence) -> list[str | None]:
    """Like :func:`texts`, converting each distinct value once (categories repeat a lot).

    "None" stays a category ("Loyalty card: none" is an answer, not a gap).
    """
    distinct = set(column)
    if len(distinct) > len(column) // 4:
        return texts(column, FREE_TEXT_MISSING_TOKENS)
    distinct.discard(None)
    keys = list(distinct)
    if not all(key.__class__ is str for key in keys):
        if len({key.__class__ for key in keys}) != 1:  # 1.0 == True would share a key
            return texts(column, FREE_TEXT_MISSING_TOKENS)
        # one kind of value (a database's booleans or whole numbers): each shown once
        shown = texts([cell_text(key) for key in keys], FREE_TEXT_MISSING_TOKENS)
        mapping = dict(zip(keys, shown, strict=True))
        return list(map(mapping.get, column))
    mapping = dict(zip(keys, texts(keys, FREE_TEXT_MISSING_TOKENS), strict=True))
    return list(map(mapping.get, column))


def outcomes(column: Sequence, decimal: str) -> list[float | str | None]:
    """Numbers where a value reads as one (with ``decimal``), else text ("Yes", "Attrited").

    Missing markers become None; a spreadsheet's TRUE/FALSE stays text, as in a CSV.
    """
    mapping: dict[tuple[type, object], float | str | None] = {}
    out: list[float | str | None] = []
    for value in column:
        key = (value.__class__, value)
        if key not in mapping:
            mapping[key] = outcome_value(value, decimal)
        out.append(mapping[key])
    return out


def outcome_value(value: object, decimal: str) -> float | str | None:
    """One outcome cell: a float when it reads as a number, else its text (None when missing)."""
    kind = value.__class__
    if value is None:
        return None
    if kind is float:
        return value if math.isfinite(value) else None
    if kind is int:
        return float(value)
    text = value.strip() if kind is str else cell_text(value)
    if text.lower() in MISSING_TOKENS:
        return None
    if kind is str:
        number = parse_number(text, decimal)
        if number is not None and math.isfinite(number):
            return number
    return text


def _first_failure(column: Sequence, bad: list[object], fail: Fail) -> InputFileError:
    """The error for the first row (in file order) holding one of the ``bad`` values."""
    wanted = {(value.__class__, value) for value in bad}
    for index, cell in enumerate(column):
        if cell is not None and (cell.__class__, cell) in wanted:
            return fail(index, cell)
    return fail(0, bad[0])


def _failure(table: RawTable, spec: ColumnSpec, row_numbers: Sequence[int]) -> Fail:
    """The error for the value at ``index`` of a block whose rows are numbered ``row_numbers``."""
    role = ColumnRole(spec.role)
    column = spec.label or spec.name

    def fail(index: int, value: object) -> InputFileError:
        row = row_numbers[index]
        shown = cell_text(value)
        shown = shown if len(shown) <= 60 else shown[:57] + "…"
        if role in (ColumnRole.NUMERIC, ColumnRole.MEASURE):
            text = translate(
                "Import", "{place}, row {row}, column '{column}': '{value}' is not a number. "
                "Change the column's role to Categorical or fix the cell, then import again.")
        else:
            text = translate(
                "Import", "{place}, row {row}, column '{column}': '{value}' is not a date the "
                "workbench can read (it reads 2024-03-31, 31/03/2024, 31-03-2024 and Excel "
                "dates). Change the column's role to Categorical or fix the cell, then import "
                "again.")
        return InputFileError(text.format(place=table.where, row=row, column=column, value=shown),
                              table.path, row=row, column=column)

    return fail
