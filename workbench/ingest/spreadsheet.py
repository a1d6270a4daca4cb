"""XLSX, XLSM, XLS and ODS workbooks through python-calamine.

calamine reads a whole sheet in one call (its Rust code does not hold the
GIL), so that call runs on a helper thread while this one keeps checking for
Cancel. Cells come as str, float, int, bool, date/datetime (date-formatted
cells), time or timedelta; empty cells become None. Row numbers are the
sheet's own (A1 is row 1), whatever empty rows come before the table.

Loading a sheet (calamine parsing the file) is most of the time a read takes,
so a :class:`SheetMemory` lets the import reuse the sheet its preview loaded,
as long as the file on disk has not changed.
"""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain, compress
from operator import not_
from pathlib import Path
from typing import Any

from workbench.errors import InputFileError
from workbench.gc_pause import paused_gc
from workbench.i18n import translate
from workbench.ingest.headers import read_header
from workbench.ingest.table import ReadOptions, header_row_missing, where
from workbench.progress import Task

#: ZIP bomb limits (declared sizes inside the archive): real workbooks of a
#: million rows stay well below them and compress about 5-20 times.
MAX_UNCOMPRESSED_BYTES = 4 * 1024**3
MAX_MEMBER_RATIO = 200
RATIO_CHECK_ABOVE_BYTES = 64 * 1024**2

_ZIP_SUFFIXES = (".xlsx", ".xlsm", ".ods")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
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
        self._kept: tuple[tuple, str, list[str], Any] | None = None
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
        """(sheet name, worksheet names, sheet) when the kept sheet is ``wanted`` (None: the
        first) of ``path`` as it is now on disk, else None. Either way, a kept sheet that
        does not match is dropped; ``keep=False`` hands a matching one over too."""
        state = _file_state(path)
        with self._lock:
            kept = self._kept
            if kept is None:
                return None
            fingerprint, name, names, sheet = kept
            matches = (state is not None and fingerprint == state
                       and name == (wanted if wanted is not None else names[0] if names else None))
            if not matches or not keep:
                self._kept = None
            return (name, names, sheet) if matches else None

    def remember(self, state: tuple | None, name: str, names: list[str], sheet) -> None:
        """Keep ``sheet``, loaded from the file whose :func:`_file_state` was ``state``."""
        if state is None:
            return
        with self._lock:
            if not self._closed:
                self._kept = (state, name, list(names), sheet)


def _file_state(path: Path) -> tuple | None:
    """What tells that a file on disk is still the same: path, size, modification time, id."""
    try:
        stat = path.stat()
        return str(path.resolve()), stat.st_size, stat.st_mtime_ns, stat.st_ino
    except OSError:
        return None


def list_workbook_sheets(path: Path) -> list[str]:
    """The names of the worksheets, in workbook order (chart sheets left out)."""
    with path.open("rb") as handle:
        book = _open_workbook(path, handle)
        try:
            return _worksheet_names(book)
        finally:
            book.close()


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
        loaded = _cancellable(lambda: _load_sheet(path, options.sheet), task)
        if memory is not None and preview:
            memory.remember(state, *loaded)
    name, names, sheet = loaded
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
    return SheetTable(name, labels, rows, numbers, positions, header.row, truncated, header.rows)


def _whole_sheet(path: Path, name: str, names: list[str], sheet, options: ReadOptions):
    """(the header, data rows, their row numbers) of a whole sheet.

    One bulk conversion by calamine, then only the rows with empty cells
    are touched.
    """
    above = sheet.start[0]  # empty rows above the used area
    values = sheet.to_python()
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
    # iter_rows yields the empty rows above the data too, so counting from
    # 1 gives the sheet's row numbers; its columns start at the first used one.
    records = iter(sheet.iter_rows())
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

def _open_workbook(path: Path, handle):
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    head = handle.read(8)
    handle.seek(0)
    if not head:
        raise InputFileError(translate(
            "Import", "{file} is empty (0 bytes). Choose the workbook again, or save it again "
            "from Excel or LibreOffice.").format(file=path.name), path)
    suffix = path.suffix.lower()
    if head.startswith(_OLE_MAGIC) and suffix in _ZIP_SUFFIXES and _is_encrypted(path):
        raise _password_protected(path)
    if head.startswith(b"PK\x03\x04"):
        _refuse_zip_bomb(path)
    try:
        # from_filelike recognises the format from the content, so an .xlsx
        # saved with an .xls name (a common mix-up) still opens.
        return CalamineWorkbook.from_filelike(handle)
    except PasswordError:
        raise _password_protected(path) from None
    except (CalamineError, OSError, ValueError) as error:
        raise InputFileError(translate(
            "Import", "{file} cannot be opened as a workbook: it is damaged or is not really an "
            "Excel or OpenDocument file ({detail}). Open it in Excel or LibreOffice and save it "
            "again, or export the sheet as CSV.").format(file=path.name, detail=_short(error)),
            path) from None


def _worksheet_names(book) -> list[str]:
    try:
        from python_calamine import SheetTypeEnum

        return [m.name for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
    except (ImportError, AttributeError):
        return list(book.sheet_names)


def _filled(value: object) -> bool:
    return value != "" and not (isinstance(value, str) and not value.strip())


def _load_sheet(path: Path, wanted: str | None):
    """Open the workbook and load one sheet: (sheet name, worksheet names, sheet)."""
    from python_calamine import CalamineError, PasswordError

    with path.open("rb") as handle:
        book = _open_workbook(path, handle)
        try:
            names = _worksheet_names(book)
            name = wanted if wanted is not None else (names[0] if names else None)
            if name is None or name not in book.sheet_names:
                raise _missing_sheet(path, wanted, names)
            try:
                return name, names, book.get_sheet_by_name(name)
            except PasswordError:
                raise _password_protected(path) from None
            except CalamineError as error:
                raise InputFileError(translate(
                    "Import", "{file} cannot be read: the sheet is damaged ({detail}). Open it "
                    "in Excel or LibreOffice and save it again.").format(
                    file=path.name, detail=_short(error)), path) from None
        finally:
            book.close()


def _cancellable(load: Callable[[], Any], task: Task | None) -> Any:
    """Run ``load`` on a helper thread and check for Cancel while it runs.

    calamine's sheet load is one long call that releases the GIL; on Cancel
    this returns at once, while the helper thread finishes on its own and its
    result is dropped.
    """
    if task is None:
        return load()
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = load()
        except BaseException as error:  # handed over to the calling thread
            outcome["error"] = error

    # Not a daemon: a process that exits while calamine's Rust code runs on a
    # daemon thread can abort, so exiting waits for an abandoned load instead.
    worker = threading.Thread(target=run, name=LOAD_THREAD_NAME)
    worker.start()
    while worker.is_alive():
        worker.join(0.05)
        task.check()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _refuse_zip_bomb(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # calamine reports the damage with its own words
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(1, member.compress_size)
        if total > MAX_UNCOMPRESSED_BYTES or (
                member.file_size > RATIO_CHECK_ABOVE_BYTES and ratio > MAX_MEMBER_RATIO):
            raise InputFileError(translate(
                "Import", "{file} was not opened: it would unpack to {size} MB, far more than any "
                "real workbook of its size (a \"ZIP bomb\"). If you trust the file, open it in "
                "Excel or LibreOffice and export the sheet as CSV.").format(
                file=path.name, size=total // 1024**2), path)


def _is_encrypted(path: Path) -> bool:
    """An Office file protected by a password is an OLE container with an EncryptedPackage."""
    marker = "EncryptedPackage".encode("utf-16-le")
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(1024 * 1024)
        if marker in head:
            return True
        if size > len(head):
            handle.seek(max(len(head), size - 1024 * 1024))
            return marker in handle.read()
    return False


def _password_protected(path: Path) -> InputFileError:
    return InputFileError(translate(
        "Import", "{file} is protected by a password, so it cannot be read. Open it in Excel or "
        "LibreOffice, remove the password (save it without encryption), and import the new "
        "copy.").format(file=path.name), path)


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


def _short(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 160 else text[:157] + "…"
