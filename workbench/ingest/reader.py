"""Read a table file (CSV, TSV, TXT, XLSX, XLSM, XLS, ODS) into a RawTable.

This is the ingest package's front door: pure functions from a path to rows,
with no SQL and no Qt. ``read_table`` gives the preview (``max_rows``) or the
whole table with inferred column roles; ``convert_table`` types the values
under the roles the user confirmed; ``detect_events_layout`` recognises a
touchpoint event log.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.errors import InputFileError, UnsupportedFileError
from workbench.gc_pause import paused_gc
from workbench.i18n import translate
from workbench.ingest.convert import convert_table
from workbench.ingest.events import detect_events_layout
from workbench.ingest.packed import PackedRows
from workbench.ingest.roles import infer_roles
from workbench.ingest.table import (
    SPREADSHEET_SUFFIXES,
    SUPPORTED_SUFFIXES,
    TEXT_SUFFIXES,
    ConvertedColumn,
    RawTable,
    ReadOptions,
    where,
)
from workbench.ingest.values import DECIMALS, decimal_evidence
from workbench.progress import Task

if TYPE_CHECKING:
    from workbench.ingest.spreadsheet import SheetMemory

__all__ = [
    "SPREADSHEET_SUFFIXES", "SUPPORTED_SUFFIXES", "TEXT_SUFFIXES", "ConvertedColumn", "RawTable",
    "ReadOptions", "checked_path", "convert_table", "detect_decimal", "detect_events_layout", "file_hash",
    "infer_roles", "list_sheets", "read_table",
]

DECIMAL_SAMPLE_ROWS = 1000
_NUMBER_START = frozenset("0123456789+-.,")


def list_sheets(path: Path | str) -> list[str]:
    """The worksheet names of a workbook, in order; [] for CSV/TSV/TXT."""
    path = _checked_path(Path(path))
    if path.suffix.lower() in TEXT_SUFFIXES:
        return []
    from workbench.ingest.spreadsheet import list_workbook_sheets

    return list_workbook_sheets(path)


def read_table(path: Path | str, options: ReadOptions | None = None, *,
               max_rows: int | None = None, task: Task | None = None,
               infer: bool = True, memory: SheetMemory | None = None) -> RawTable:
    """Read one table (one sheet) with its header and inferred column roles.

    ``max_rows`` stops after that many data rows (for the preview; text files
    and the row conversion stop early, a workbook sheet is still loaded
    whole by calamine). ``task`` receives progress and raises
    OperationCancelled when the user cancels. Raises InputFileError (or
    UnsupportedFileError) with a message naming the file and what to do.
    ``infer=False`` skips role inference (every column comes back
    categorical) for callers that already have the user's column choices.
    ``memory`` (workbooks only) lets an import reuse the sheet its preview
    loaded while the file is unchanged; see
    :class:`workbench.ingest.spreadsheet.SheetMemory`.
    """
    path = _checked_path(Path(path))
    options = options or ReadOptions()
    _check_options(path, options)
    if path.suffix.lower() in TEXT_SUFFIXES:
        from workbench.ingest.text_table import read_text_table

        text = read_text_table(path, options, max_rows=max_rows, task=task)
        sheet, labels, rows, numbers = None, text.labels, text.rows, text.row_numbers
        positions = list(range(len(labels)))
        encoding, delimiter, header_row, truncated = (text.encoding, text.delimiter,
                                                       text.header_row, text.truncated)
        header_rows = text.header_rows
    else:
        from workbench.ingest.spreadsheet import read_sheet

        table = read_sheet(path, options, max_rows=max_rows, task=task, memory=memory)
        sheet, labels, rows, numbers = table.sheet, table.labels, table.rows, table.row_numbers
        positions = table.positions
        encoding = delimiter = None
        header_row, truncated, header_rows = table.header_row, table.truncated, table.header_rows
    if not rows:
        raise InputFileError(translate(
            "Import", "{place} has a header row (row {row}) but no rows of data below it. Check "
            "that you picked the right file or sheet.").format(
            place=where(path, sheet), row=header_row), path, row=header_row)
    labels, rows, positions = _drop_trailing_empty_columns(list(labels), rows, positions)
    # Judging columns builds many small objects beside 100,000s of rows: a collection pass
    # over all of them would cost more than the judging (see workbench.gc_pause).
    with paused_gc():
        decimal = options.decimal or detect_decimal(rows)
        if infer:
            columns = infer_roles(labels, rows, decimal=decimal, positions=positions,
                                  complete=not truncated)
    if not infer:
        from workbench.ingest.headers import column_names

        columns = [ColumnSpec(name=name, label=label, role=ColumnRole.CATEGORICAL,
                              position=position)
                   for name, label, position in zip(column_names(labels, positions), labels,
                                                    positions, strict=True)]
    return RawTable(path=path, sheet=sheet, columns=columns, rows=rows, row_numbers=numbers,
                    encoding=encoding, delimiter=delimiter, decimal=decimal,
                    header_row=header_row, header_rows=header_rows, truncated=truncated)


def detect_decimal(rows: Sequence[Sequence[object]]) -> str:
    """"," when numbers written as text use a decimal comma and none a decimal point, else "."."""
    votes = {",": 0, ".": 0}
    for row in rows[:DECIMAL_SAMPLE_ROWS]:
        for value in row:
            if value.__class__ is str and value[:1] in _NUMBER_START and len(value) <= 30:
                mark = decimal_evidence(value)
                if mark is not None:
                    votes[mark] += 1
    return "," if votes[","] and not votes["."] else "."


def file_hash(path: Path | str) -> str:
    """SHA-256 of the file's bytes (hex), read in blocks."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def checked_path(path: Path | str) -> Path:
    """``path`` when it is an existing file of a supported type, else a clear InputFileError."""
    return _checked_path(Path(path))


def _checked_path(path: Path) -> Path:
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise UnsupportedFileError(translate(
            "Import", "{file} is not a file type the workbench can import. Use CSV, TSV or TXT "
            "(delimited text), XLSX, XLSM, XLS or ODS; other files can usually be saved in one "
            "of these formats from the program that made them.").format(file=path.name), path)
    if not path.exists():
        raise InputFileError(translate(
            "Import", "{file} was not found. It may have been moved or renamed; choose it "
            "again.").format(file=path), path)
    if not path.is_file():
        raise InputFileError(translate(
            "Import", "{file} is a folder, not a file. Choose a file inside it.").format(
            file=path), path)
    return path


def _check_options(path: Path, options: ReadOptions) -> None:
    if options.decimal is not None and options.decimal not in DECIMALS:
        raise InputFileError(translate(
            "Import", "'{decimal}' cannot be a decimal mark: use '.' or ','.").format(
            decimal=options.decimal), path)
    if options.delimiter is not None and len(options.delimiter) != 1:
        raise InputFileError(translate(
            "Import", "'{delimiter}' cannot be a separator: give one character, such as , ; | "
            "or tab.").format(delimiter=options.delimiter), path)
    if options.header_row is not None and options.header_row < 1:
        raise InputFileError(translate(
            "Import", "The header row must be 1 or more (the first row of the file is 1)."),
            path)
    if options.header_rows is not None and options.header_rows not in (1, 2):
        raise InputFileError(translate(
            "Import", "The header can take 1 or 2 rows, not {rows}: choose 2 for survey exports "
            "whose questions sit above their sub-headers, else 1.").format(
            rows=options.header_rows), path)


def _drop_trailing_empty_columns(labels: list, rows: list[list], positions: list[int]
                                 ) -> tuple[list, list[list], list[int]]:
    """Columns after the last header that hold nothing are formatting leftovers."""
    width = len(labels)
    packed = isinstance(rows, PackedRows)
    while width > 1 and _blank(labels[width - 1]) and (
            not any(rows.column(width - 1)) if packed
            else all(row[width - 1] is None for row in rows)):
        width -= 1
    if width == len(labels):
        return labels, rows, positions
    if packed:
        return labels[:width], rows.narrowed(width), positions[:width]
    return labels[:width], [row[:width] for row in rows], positions[:width]


def _blank(label: object) -> bool:
    return label is None or (isinstance(label, str) and not label.strip())
