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
from operator import itemgetter

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
    date_order_evidence,
    date_text,
    excel_serial_to_date,
    parse_date,
    parse_number,
)
from workbench.progress import Task

_UNSET = object()
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
        for done, (index, spec) in enumerate(kept):
            if task is not None:
                task.report(done, len(kept), message)
            column = list(map(itemgetter(index), table.rows))
            fail = _failure(table, spec)
            role = ColumnRole(spec.role)
            if role is ColumnRole.NUMERIC:
                values = numbers(column, decimal, fail)
            elif role is ColumnRole.DATE:
                values = dates(column, date_order or column_date_order(column), fail)
            elif role is ColumnRole.FREE_TEXT:
                values = texts(column, FREE_TEXT_MISSING_TOKENS)
            else:
                values = texts(column, MISSING_TOKENS)
            converted.append(ConvertedColumn(spec, values))
    if task is not None:
        task.report(len(kept), len(kept), message)
    return converted


def numbers(column: list, decimal: str, fail: Fail) -> list[float | None]:
    """Floats; missing markers become None."""
    if decimal == ".":
        try:
            fast = list(map(float, column))  # plain numbers: the C loop does it all
        except (TypeError, ValueError):
            pass
        else:
            if all(map(math.isfinite, fast)) and not _has_underscore(column):
                return fast
    cache: dict[str, float | None] = {}
    out: list[float | None] = []
    append = out.append
    for row, value in enumerate(column):
        kind = value.__class__
        if value is None:
            append(None)
        elif kind is float:
            append(value if math.isfinite(value) else None)
        elif kind is int or kind is bool:
            append(float(value))
        elif kind is str:
            number = cache.get(value, _UNSET)
            if number is _UNSET:
                text = value.strip()
                if text.lower() in MISSING_TOKENS:
                    number = None
                else:
                    number = parse_number(text, decimal)
                    if number is None:
                        raise fail(row, value)
                cache[value] = number
            append(number)
        else:
            raise fail(row, value)
    return out


def dates(column: list, order: str, fail: Fail) -> list[str | None]:
    """ISO date texts; spreadsheet dates, Excel serial numbers and written dates accepted."""
    cache: dict[object, str | None] = {}
    out: list[str | None] = []
    append = out.append
    low, high = PLAUSIBLE_SERIAL_RANGE
    for row, value in enumerate(column):
        if value is None:
            append(None)
            continue
        text = cache.get(value, _UNSET)
        if text is _UNSET:
            if isinstance(value, dt.date):
                text = date_text(value)
            elif isinstance(value, int | float) and not isinstance(value, bool):
                moment = excel_serial_to_date(float(value))
                if moment is None:
                    raise fail(row, value)
                text = date_text(moment)
            elif isinstance(value, str):
                stripped = value.strip()
                if stripped.lower() in MISSING_TOKENS:
                    text = None
                else:
                    moment = parse_date(stripped, order, compact=True)
                    if moment is None:
                        serial = parse_number(stripped) if stripped[:1].isdigit() else None
                        if serial is not None and low <= serial < high:
                            moment = excel_serial_to_date(serial)
                    if moment is None:
                        raise fail(row, value)
                    text = date_text(moment)
            else:
                raise fail(row, value)
            cache[value] = text
        append(text)
    return out


def column_date_order(column: Sequence[object]) -> str:
    """"mdy" when some value can only be month first (12/31/2020), else "dmy"."""
    seen = {value for value in column if value.__class__ is str}
    evidence = {date_order_evidence(text) for text in seen}
    return "mdy" if "mdy" in evidence and "dmy" not in evidence else "dmy"


def texts(column: list, missing: frozenset[str]) -> list[str | None]:
    """Text with outer spaces removed; missing markers become None."""
    out: list[str | None] = []
    append = out.append
    for value in column:
        if value is None:
            append(None)
            continue
        text = value.strip() if value.__class__ is str else cell_text(value)
        if len(text) <= 4 and text.lower() in missing:
            append(None)
        else:
            append(text)
    return out


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
