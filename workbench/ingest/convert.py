"""Turn a raw table's cells into typed column values under the chosen roles.

Numeric columns become float (None when missing), date columns ISO text
("2024-03-31" or "2024-03-31T10:15:00"), every other role text with
identifiers kept exactly as written ("007" stays "007"; a spreadsheet's 7.0
becomes "7"). A value that does not fit its role stops the conversion with a
message naming the file, row, column and value, so nothing half-converted
is ever stored.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.errors import InputFileError
from workbench.i18n import translate
from workbench.ingest.gc_pause import paused_gc
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


def convert_table(table: RawTable, specs: Sequence[ColumnSpec], *, decimal: str | None = None,
                  date_order: str | None = None, task: Task | None = None
                  ) -> list[ConvertedColumn]:
    """Typed values for every column whose role is not Ignore, in column order.

    ``specs`` are the table's columns as the user set them (same order and
    number as ``table.columns``); ``decimal`` defaults to the one detected
    when reading; ``date_order`` ("dmy" or "mdy") defaults to day first
    unless a column's own values prove month first (e.g. 12/31/2020).
    """
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
    kept = [(index, spec) for index, spec in enumerate(specs)
            if ColumnRole(spec.role) is not ColumnRole.IGNORE]
    message = translate("Import", "Checking values…")
    converted = []
    with paused_gc():
        if task is not None:
            task.report(0, len(kept), message)
        columns = list(zip(*table.rows, strict=True)) if table.rows else [()] * len(specs)
        for done, (index, spec) in enumerate(kept):
            if task is not None and done:
                task.report(done, len(kept), message)
            column = columns[index]
            fail = _failure(table, spec)
            role = ColumnRole(spec.role)
            if role is ColumnRole.NUMERIC:
                values = numbers(column, decimal, fail)
            elif role is ColumnRole.DATE:
                values = dates(column, date_order, fail)
            elif role is ColumnRole.FREE_TEXT:
                values = texts(column, FREE_TEXT_MISSING_TOKENS)
            elif role in (ColumnRole.CATEGORICAL, ColumnRole.CHANNEL):
                values = categories(column)
            else:
                values = texts(column, MISSING_TOKENS)
            converted.append(ConvertedColumn(spec, values))
        del columns
    if task is not None:
        task.report(len(kept), len(kept), message)
    return converted


def numbers(column: Sequence, decimal: str, fail: Fail) -> list[float | None]:
    """Floats; missing markers become None."""
    if decimal == ".":
        try:
            fast = list(map(float, column))  # plain numbers: one C loop does it all
        except (TypeError, ValueError):
            pass
        else:
            total = sum(fast)
            if total - total == 0.0 and not _has_underscore(column):  # no NaN or infinity
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


def dates(column: Sequence, order: str | None, fail: Fail) -> list[str | None]:
    """ISO date texts; spreadsheet dates, Excel serial numbers and written dates accepted.

    ``order`` None means day first unless this column proves month first.
    """
    distinct = set(column)
    distinct.discard(None)
    if order is None:
        order = column_date_order(distinct)
    low, high = PLAUSIBLE_SERIAL_RANGE
    mapping: dict[object, str | None] = {}
    bad: list[object] = []
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
    return list(map(mapping.get, column))


def texts(column: Sequence, missing: frozenset[str]) -> list[str | None]:
    """Text with outer spaces removed; missing markers become None."""
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
    if not all(key.__class__ is str for key in keys):  # 1.0 == True would share a key
        return texts(column, FREE_TEXT_MISSING_TOKENS)
    mapping = dict(zip(keys, texts(keys, FREE_TEXT_MISSING_TOKENS), strict=True))
    return list(map(mapping.get, column))


def _first_failure(column: Sequence, bad: list[object], fail: Fail) -> InputFileError:
    """The error for the first row (in file order) holding one of the ``bad`` values."""
    wanted = {(value.__class__, value) for value in bad}
    for index, cell in enumerate(column):
        if cell is not None and (cell.__class__, cell) in wanted:
            return fail(index, cell)
    return fail(0, bad[0])


def _has_underscore(column: list) -> bool:
    """float() accepts "1_000"; a spreadsheet user would not call that a number."""
    try:
        return "_" in "".join(column)
    except TypeError:
        return any(value.__class__ is str and "_" in value for value in column)


def _failure(table: RawTable, spec: ColumnSpec) -> Fail:
    role = ColumnRole(spec.role)
    column = spec.label or spec.name

    def fail(index: int, value: object) -> InputFileError:
        row = table.row_numbers[index]
        shown = cell_text(value)
        shown = shown if len(shown) <= 60 else shown[:57] + "…"
        if role is ColumnRole.NUMERIC:
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
