"""XLSX, XLSM, XLS and ODS workbooks through python-calamine.

calamine reads a whole sheet in one call, in a child process with memory
and time limits (see :mod:`workbench.ingest.sheet_process` and
:mod:`workbench.ingest.guard`), so a hostile file can only fail that process;
Cancel stops it at once. Without a sheet asked for, the sheet that looks
like the data table is read. Cells come as str, float, int, bool,
date/datetime (date-formatted cells), time or timedelta; empty cells become
None. Row numbers are the sheet's own (A1 is row 1), whatever empty rows
come before the table.

Loading a sheet (calamine parsing the file) is most of the time a read takes,
so a :class:`SheetMemory` lets the import reuse the sheet its preview loaded,
as long as the file on disk has not changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain, compress
from operator import not_
from pathlib import Path
from typing import Any

from workbench.errors import InputFileError
from workbench.gc_pause import paused_gc
from workbench.i18n import translate
from workbench.ingest.guard import MAX_MEMBER_RATIO, MAX_UNCOMPRESSED_BYTES, RATIO_CHECK_ABOVE_BYTES
from workbench.ingest.headers import read_header
from workbench.ingest.sheet_process import LoadedSheet, ReaderFailed, read_workbook
from workbench.ingest.table import ReadOptions, header_row_missing, where
from workbench.progress import Task

__all__ = ["MAX_MEMBER_RATIO", "MAX_UNCOMPRESSED_BYTES", "RATIO_CHECK_ABOVE_BYTES", "SheetMemory",
           "SheetTable", "list_workbook_sheets", "read_sheet"]

_PROGRESS_EVERY = 4096
LOAD_THREAD_NAME = "workbench-sheet-load"


@dataclass
class SheetTable:
    sheet: str
    labels: list[Any]
    rows: list[list]
    row_numbers: list[int]
    positions: list[int]
    header_row: int
    truncated: bool
    header_rows: int = 1
    #: Every worksheet of the workbook, in order.
    sheets: list[str] = field(default_factory=list)
    #: True when no sheet was asked for and this one was chosen as the data table.
    chosen: bool = False


class SheetMemory:
    """The one sheet last loaded for a preview, kept for the import that follows.

    The import dialog's preview loads the whole sheet (calamine cannot load
    less); the import of the same sheet then reuses it instead of parsing the
    file a second time. A kept sheet is reused only while the file is the
    same on disk (path, size, modification time and file id, taken before it
    was opened), so a file saved again in between is read anew. At most one
    sheet is kept: loading another one, or :meth:`forget`, drops it. Safe to
    share between the threads that read previews and import.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: tuple[tuple, str, list[str], Any, bool] | None = None
        self._closed = False

    @property
    def sheet(self) -> str | None:
        """The name of the sheet kept, if any."""
        with self._lock:
            return self._kept[1] if self._kept is not None else None

    def forget(self) -> None:
        """Drop the kept sheet (its memory is freed once no read uses it)."""
        with self._lock:
            self._kept = None

    def close(self) -> None:
        """Drop the kept sheet and keep none from now on (a read still under way included)."""
        with self._lock:
            self._kept = None
            self._closed = True

    def recall(self, path: Path, wanted: str | None, *, keep: bool = True):
        """(sheet name, worksheet names, sheet, chosen) when the kept sheet is ``wanted`` (None:
        the one chosen by default) of ``path`` as it is now on disk, else None. Either way, a
        kept sheet that does not match is dropped; ``keep=False`` hands a matching one over."""
        state = _file_state(path)
        with self._lock:
            kept = self._kept
            if kept is None:
                return None
            fingerprint, name, names, sheet, by_default = kept
            matches = (state is not None and fingerprint == state
                       and (name == wanted if wanted is not None else by_default))
            if not matches or not keep:
                self._kept = None
            return (name, names, sheet, by_default and wanted is None) if matches else None

    def remember(self, state: tuple | None, name: str, names: list[str], sheet,
                 by_default: bool = False) -> None:
        """Keep ``sheet``, loaded from the file whose :func:`_file_state` was ``state``
        (``by_default``: read because no sheet was asked for)."""
        if state is None:
            return
        with self._lock:
            if not self._closed:
                self._kept = (state, name, list(names), sheet, by_default)


def _file_state(path: Path) -> tuple | None:
    """What tells that a file on disk is still the same: path, size, modification time, id."""
    try:
        stat = path.stat()
        return str(path.resolve()), stat.st_size, stat.st_mtime_ns, stat.st_ino
    except OSError:
        return None


def list_workbook_sheets(path: Path) -> list[str]:
    """The names of the worksheets, in workbook order (chart sheets left out)."""
    return _open_workbook(path, _Request(None, True, None)).names


def read_sheet(path: Path, options: ReadOptions, *, max_rows: int | None = None,
               task: Task | None = None, memory: SheetMemory | None = None) -> SheetTable:
    """Read one sheet (default: the first) into header cells and rows of values.

    With ``memory``, a sheet it keeps from the same, unchanged file is used
    instead of loading the file again. A preview (``max_rows``) leaves the
    sheet it loaded or reused in ``memory``; a whole read takes it out, so the
    import that follows does not hold the sheet while it converts and stores
    the rows.
    """
    message = translate("Import", "Reading {file}…").format(file=path.name)
    if task is not None:
        task.report(0, None, message)
    preview = max_rows is not None
    loaded = memory.recall(path, options.sheet, keep=preview) if memory is not None else None
    if loaded is None:
        state = _file_state(path)  # before opening: a change during the load shows next time
        book = _cancellable(lambda: _load_sheet(path, options.sheet), task)
        loaded = (book.sheet, book.names, book.loaded, options.sheet is None)
        if memory is not None and preview:
            memory.remember(state, *loaded)
        loaded = (book.sheet, book.names, book.loaded, book.chosen)
    name, names, sheet, chosen = loaded
    start = sheet.start
    if start is None:
        raise _empty_sheet(path, name, names)
    first_column = start[1]
    total = start[0] + sheet.height
    with paused_gc():
        if max_rows is None:
            header, rows, numbers = _whole_sheet(path, name, names, sheet, options)
            truncated = False
        else:
            header, rows, numbers, truncated = _first_rows(
                path, name, names, sheet, options, max_rows, total, task, message)
    labels = header.labels
    if task is not None:
        task.report(total, total, message)
    positions = [first_column + i for i in range(len(labels))]
    labels, rows, positions = _drop_leading_empty_columns(list(labels), rows, positions)
    return SheetTable(name, labels, rows, numbers, positions, header.row, truncated, header.rows,
                      list(names), chosen and len(names) > 1)


def _drop_leading_empty_columns(labels: list, rows: list[list], positions: list[int]):
    """Columns left of a header that starts right of column A (a title above it in A1) hold
    nothing: they are left out."""
    skip = 0
    while skip < len(labels) - 1 and not _filled(labels[skip]) and all(
            row[skip] is None for row in rows):
        skip += 1
    if not skip:
        return labels, rows, positions
    return labels[skip:], [row[skip:] for row in rows], positions[skip:]


def _whole_sheet(path: Path, name: str, names: list[str], sheet: LoadedSheet,
                 options: ReadOptions):
    """(the header, data rows, their row numbers) of a whole sheet.

    One bulk conversion by calamine, then only the rows with empty cells
    are touched.
    """
    above = sheet.start[0]  # empty rows above the used area
    values = sheet.values
    sheet.values = []  # the rows below are handed on; the sheet keeps none
    width = len(values[0]) if values else 0
    # The rows as iter_rows gives them (from row 1), so header rows count the same.
    records = chain(([""] * width for _ in range(above)), values)
    header = _header(path, name, names, records, options)
    first = max(header.last - above, 0)  # index in values of the first data row
    rows = values[first:]
    del values
    numbers = list(range(above + first + 1, above + first + 1 + len(rows)))
    # all() (one C loop per row, no comparisons) passes every row without a falsy cell;
    # only the rest (an empty cell, or a 0) are searched for "".
    gaps = [i for i in compress(range(len(rows)), map(not_, map(all, rows))) if "" in rows[i]]
    if gaps:
        empty = set()
        for i in gaps:
            row = rows[i]
            if all(value == "" for value in row):
                empty.add(i)
            else:
                rows[i] = [None if value == "" else value for value in row]
        if empty:  # an empty row keeps its number (the rows below keep theirs) but is no data
            rows = [row for i, row in enumerate(rows) if i not in empty]
            numbers = [n for i, n in enumerate(numbers) if i not in empty]
    return header, rows, numbers


def _header(path: Path, name: str, names: list[str], records, options: ReadOptions):
    """The sheet's header (one or two rows), or a clear error when there is none."""
    found = read_header(records, options.header_row, options.header_rows, _filled)
    if found is None:
        if options.header_row is not None:
            raise header_row_missing(path, name, options.header_row)
        raise _empty_sheet(path, name, names)
    return found


def _first_rows(path: Path, name: str, names: list[str], sheet, options: ReadOptions,
                max_rows: int, total: int, task: Task | None, message: str):
    """Like :func:`_whole_sheet` for the first ``max_rows`` data rows (a preview), and whether
    rows were left out."""
    rows: list[list] = []
    numbers: list[int] = []
    truncated = False
    append, append_number = rows.append, numbers.append
    # With the empty rows above the data, counting from 1 gives the sheet's row
    # numbers; columns start at the first used one.
    width = sheet.width
    records = chain(([""] * width for _ in range(sheet.start[0])), sheet.values)
    header = _header(path, name, names, records, options)
    next_report = header.last + _PROGRESS_EVERY
    for number, row in enumerate(chain(header.replay, records), header.last + 1):
        if "" in row:
            if all(value == "" for value in row):
                continue
            row = [None if value == "" else value for value in row]
        append(row)
        append_number(number)
        if number >= next_report:
            next_report += _PROGRESS_EVERY
            if task is not None:
                task.report(number, total, message)
        if len(rows) >= max_rows:
            truncated = number < total
            break
    return header, rows, numbers, truncated


# --- opening ----------------------------------------------------------------

@dataclass(frozen=True)
class _Request:
    wanted: str | None
    names_only: bool
    task: Task | None


#: The task of the sheet load under way on this thread (Cancel stops the child process).
_current = threading.local()


def _load_sheet(path: Path, wanted: str | None):
    """Load one sheet (None: the data table's) of ``path``: a LoadedWorkbook."""
    return _open_workbook(path, _Request(wanted, False, getattr(_current, "task", None)))


def _open_workbook(path: Path, request: _Request):
    """Open the workbook in the child process, with the reader's failures as clear errors."""
    try:
        return read_workbook(path, request.wanted, names_only=request.names_only,
                             task=request.task)
    except ReaderFailed as failed:
        detail = failed.detail.get("detail", "")
        if failed.code == "missing_sheet":
            raise _missing_sheet(path, failed.detail.get("sheet"),
                                 list(failed.detail.get("names") or [])) from None
        if failed.code == "damaged_sheet":
            raise InputFileError(translate(
                "Import", "{file} cannot be read: the sheet is damaged ({detail}). Open it "
                "in Excel or LibreOffice and save it again.").format(
                file=path.name, detail=detail), path) from None
        raise InputFileError(translate(
            "Import", "{file} cannot be opened as a workbook: it is damaged or is not really an "
            "Excel or OpenDocument file ({detail}). Open it in Excel or LibreOffice and save it "
            "again, or export the sheet as CSV.").format(file=path.name, detail=detail),
            path) from None


def _filled(value: object) -> bool:
    return value != "" and not (isinstance(value, str) and not value.strip())


def _missing_sheet(path: Path, sheet: str | None, names: list[str]) -> InputFileError:
    if not names:
        return InputFileError(translate(
            "Import", "{file} has no worksheet with data. Check that you picked the right "
            "file.").format(file=path.name), path)
    return InputFileError(translate(
        "Import", "{file} has no sheet named '{sheet}'. Its sheets are: {sheets}.").format(
        file=path.name, sheet=sheet, sheets=", ".join(names)), path)


def _empty_sheet(path: Path, sheet: str, names: list[str]) -> InputFileError:
    others = [n for n in names if n != sheet]
    if others:
        return InputFileError(translate(
            "Import", "{place} is empty. Choose another sheet: {sheets}.").format(
            place=where(path, sheet), sheets=", ".join(others)), path)
    return InputFileError(translate(
        "Import", "{place} is empty. Choose a workbook whose sheet has a header row and at "
        "least one row of data.").format(place=where(path, sheet)), path)


def _cancellable(load: Callable[[], Any], task: Task | None) -> Any:
    """Run ``load`` on a helper thread and check for Cancel while it runs.

    On Cancel this returns at once; the child process reading the file is
    stopped too (the helper thread sees the same task), so the helper thread
    ends soon after.
    """
    if task is None:
        return load()
    outcome: dict[str, Any] = {}

    def run() -> None:
        _current.task = task
        try:
            outcome["value"] = load()
        except BaseException as error:  # handed over to the calling thread
            outcome["error"] = error
        finally:
            _current.task = None

    worker = threading.Thread(target=run, name=LOAD_THREAD_NAME)
    worker.start()
    while worker.is_alive():
        worker.join(0.05)
        task.check()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
