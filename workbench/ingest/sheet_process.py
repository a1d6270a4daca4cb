"""Read a workbook sheet in a child process, so a hostile file can only fail that process.

calamine (Rust) aborts the whole process when an allocation fails: a 1.6 KB
XLSX whose cells reach XFD1048576 asks for hundreds of gigabytes. So the
workbook is opened and the sheet loaded in a short-lived child process with
an address-space limit (RLIMIT_AS) and a CPU-time limit, while a second
thread in the child streams the archive through :func:`guard.scan_archive`
(real inflated sizes, giant cells). The child sends the sheet's values back
in blocks (marshal, pickle for dates) that the parent decodes while the
child encodes the next one. When the child dies without saying why, the
parent runs the streamed checks itself to name the cause.

The protocol on the child's stdout: frames of one kind byte, an 8-byte
length and a payload. M: the sheet's metadata; r/p: a block of rows
(marshal/pickle); E: a refusal or reader error; D: done.
"""

from __future__ import annotations

import marshal
import os
import pickle
import signal
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from workbench.gc_pause import paused_gc
from workbench.ingest import guard
from workbench.progress import Task

#: Seconds a read may take (wall clock in the parent, CPU in the child).
MAX_READ_SECONDS = 900
#: Set by the parent for a frozen (PyInstaller) app, whose launcher then runs :func:`child_main`.
CHILD_ENV = "PERSONA_WORKBENCH_SHEET_READER"
#: Optional override of the child's memory limit, in MB.
MEMORY_ENV = "PERSONA_WORKBENCH_READER_MEMORY_MB"
ROWS_PER_BLOCK = 4096
#: An archive declaring at most this many bytes is scanned before the reader starts.
SCAN_FIRST_BYTES = 32 * 1024**2
_HEADER = struct.Struct("<cQ")
_SCORE_ROWS = 60


@dataclass
class LoadedSheet:
    """A sheet as calamine gives it: where its used area starts, its size and its values
    (from the first used row and column; "" for an empty cell)."""

    start: tuple[int, int] | None
    height: int
    width: int
    values: list[list]


@dataclass
class LoadedWorkbook:
    """The worksheet names and, unless only names were asked for, one loaded sheet."""

    names: list[str]
    sheet: str | None = None
    loaded: LoadedSheet | None = None
    #: True when no sheet was asked for and the sheet was chosen among several.
    chosen: bool = False


class ReaderFailed(Exception):
    """The reader could not read the file (damaged, missing sheet...): a code and details."""

    def __init__(self, code: str, detail: dict) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


def memory_limit() -> int:
    """Bytes of address space the child may use: half the machine's memory, 2 to 16 GB."""
    override = os.environ.get(MEMORY_ENV)
    if override and override.isdigit():
        return int(override) * 1024**2
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        physical = 8 * 1024**3
    return int(min(max(physical // 2, 2 * 1024**3), 16 * 1024**3))


def read_workbook(path: Path, wanted: str | None, *, names_only: bool = False,
                  task: Task | None = None) -> LoadedWorkbook:
    """Open ``path`` in a child process: its worksheet names, and the sheet ``wanted``
    (None: the one that looks like the data table). Raises InputFileError for a file
    the checks refuse, ReaderFailed for one the reader cannot read."""
    finding = guard.precheck(path)
    if finding is not None:
        raise guard.refusal(path, finding)
    command, extra_env = _child_command()
    request = {"path": str(path), "sheet": wanted, "names_only": names_only,
               "memory": memory_limit(), "cpu": MAX_READ_SECONDS}
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env={**os.environ, **extra_env})
    outcome: dict[str, Any] = {}
    stderr_tail: list[bytes] = []

    def read_frames() -> None:
        try:
            with paused_gc():  # millions of new lists, no cycles: see workbench.gc_pause
                outcome.update(_receive(child.stdout))
        except (OSError, EOFError, ValueError, struct.error, pickle.UnpicklingError) as error:
            outcome["broken"] = repr(error)

    def read_stderr() -> None:
        for line in child.stderr:
            stderr_tail.append(line[-500:])
            del stderr_tail[:-20]

    readers = [threading.Thread(target=read_frames, name="workbench-sheet-frames", daemon=True),
               threading.Thread(target=read_stderr, name="workbench-sheet-stderr", daemon=True)]
    try:
        child.stdin.write(marshal.dumps(request))
        child.stdin.close()
    except OSError:
        pass
    for reader in readers:
        reader.start()
    deadline = time.monotonic() + MAX_READ_SECONDS
    timed_out = False
    try:
        while readers[0].is_alive():
            readers[0].join(0.05)
            if task is not None:
                task.check()
            if time.monotonic() > deadline:
                timed_out = True
                break
    finally:
        if readers[0].is_alive() or timed_out:
            child.kill()
        code = child.wait()
        for reader in readers:
            reader.join(5)
    if "done" in outcome:
        return outcome["workbook"]
    if "error" in outcome:
        error = outcome["error"]
        if error["code"] in _READER_CODES:
            raise ReaderFailed(error["code"], error["detail"])
        raise guard.refusal(path, guard.Finding(error["code"], error["detail"]))
    raise guard.refusal(path, _diagnose(path, code, timed_out, b"".join(stderr_tail)))


_READER_CODES = ("unreadable", "damaged_sheet", "missing_sheet")


def _diagnose(path: Path, code: int, timed_out: bool, stderr: bytes) -> guard.Finding:
    """Why the child died: the streamed checks' finding when there is one, else the limit hit."""
    if timed_out or code == -getattr(signal, "SIGXCPU", 24):
        return guard.Finding("time", {"minutes": MAX_READ_SECONDS // 60})
    with path.open("rb") as handle:
        is_zip = handle.read(4) == guard.ZIP_MAGIC
    if is_zip:
        found = guard.scan_archive(path, extent=True)
        if found is not None:
            return found
    if b"memory allocation" in stderr or b"MemoryError" in stderr or b"capacity overflow" in stderr:
        return guard.Finding("memory", {"limit": f"{memory_limit() / 1024**3:.1f}"})
    return guard.Finding("crash", {"detail": f"exit code {code}"})


def _child_command() -> tuple[list[str], dict[str, str]]:
    if getattr(sys, "frozen", False):
        return [sys.executable], {CHILD_ENV: "1"}
    return [sys.executable, "-c",
            "from workbench.ingest.sheet_process import child_main; child_main()"], {}


def _receive(stream) -> dict[str, Any]:
    """Decode the child's frames until D or E (or the end of the stream)."""
    rows: list[list] = []
    meta: dict | None = None
    while True:
        header = stream.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return {}
        kind, length = _HEADER.unpack(header)
        payload = stream.read(length)
        if len(payload) < length:
            return {}
        if kind == b"r":
            rows.extend(marshal.loads(payload))
        elif kind == b"p":
            rows.extend(pickle.loads(payload))
        elif kind == b"M":
            meta = marshal.loads(payload)
        elif kind == b"E":
            return {"error": marshal.loads(payload)}
        elif kind == b"D":
            if meta is None:
                return {}
            loaded = None
            if meta.get("sheet") is not None and not meta.get("names_only"):
                start = tuple(meta["start"]) if meta["start"] is not None else None
                loaded = LoadedSheet(start, meta["height"], meta["width"], rows)
            workbook = LoadedWorkbook(list(meta["names"]), meta.get("sheet"), loaded,
                                      bool(meta.get("chosen")))
            return {"done": True, "workbook": workbook}


# --- the child --------------------------------------------------------------------------------

class _Output:
    def __init__(self, stream) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def send(self, kind: bytes, payload: bytes) -> None:
        with self._lock:
            self._stream.write(_HEADER.pack(kind, len(payload)))
            self._stream.write(payload)

    def fail(self, code: str, **detail: object) -> None:
        """Send a refusal or reader error and end the child at once."""
        with self._lock:
            payload = marshal.dumps({"code": code, "detail": dict(detail)})
            self._stream.write(_HEADER.pack(b"E", len(payload)) + payload)
            self._stream.flush()
            os._exit(3)


def _widen_pipe(stream) -> None:
    """A 1 MB pipe (Linux) lets the child write a block ahead while the parent decodes."""
    try:
        import fcntl

        fcntl.fcntl(stream.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), 1024 * 1024)
    except (ImportError, OSError, ValueError):
        pass


def _limit(memory: int, cpu: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: isolated, without limits
        return
    for name, value in (("RLIMIT_AS", memory), ("RLIMIT_CPU", cpu), ("RLIMIT_CORE", 0)):
        kind = getattr(resource, name, None)
        if kind is None:
            continue
        try:
            soft, hard = resource.getrlimit(kind)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(kind, (value, hard))
        except (ValueError, OSError):
            pass


class _Refusal(Exception):
    """Raised in the child: the file is refused or unreadable (a code and details)."""

    def __init__(self, code: str, **detail: object) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


def child_main() -> None:
    """Entry point of the child: read the request on stdin, answer in frames on stdout."""
    import gc

    gc.disable()  # a short life building millions of lists without cycles: see workbench.gc_pause
    request = marshal.loads(sys.stdin.buffer.read())
    _limit(request["memory"], request["cpu"])
    _widen_pipe(sys.stdout.buffer)
    out = _Output(sys.stdout.buffer)
    path = Path(request["path"])
    is_zip = _scan_first(path, out)
    try:
        _serve(path, request, out)
    except _Refusal as refusal:
        if is_zip:  # the scan's finding (a ZIP bomb...) says more than the reader's error
            _fail_on_finding(path, out)
        out.fail(refusal.code, **refusal.detail)
    except MemoryError:
        out.fail("memory", limit=f"{request['memory'] / 1024**3:.1f}")
    out.send(b"D", b"")
    sys.stdout.buffer.flush()
    os._exit(0)  # no interpreter teardown: nothing is left to clean up


def _scan_first(path: Path, out: _Output) -> bool:
    """Stream a small archive through :func:`guard.scan_archive` before the reader starts (a
    few milliseconds); a finding ends the child. True when the file is a ZIP archive.

    A large archive is not scanned up front: calamine never reads a part beyond its
    declared size (the directory's sizes and ratios are checked before), the memory and
    time limits bound the rest, giant cells are caught as the rows are sent, and the scan
    runs only to explain a failure.
    """
    with path.open("rb") as handle:
        if handle.read(4) != guard.ZIP_MAGIC:
            return False
    try:
        import zipfile

        with zipfile.ZipFile(path) as archive:
            declared = sum(m.file_size for m in archive.infolist())
    except (OSError, ValueError, EOFError, zipfile.BadZipFile):
        declared = 0
    if declared <= SCAN_FIRST_BYTES:
        _fail_on_finding(path, out)
    return True


def _fail_on_finding(path: Path, out: _Output) -> None:
    finding = guard.scan_archive(path)
    if finding is not None:
        out.fail(finding.code, **finding.detail)


def _serve(path: Path, request: dict, out: _Output) -> None:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        with path.open("rb") as handle:
            # from_filelike recognises the format from the content, so an .xlsx
            # saved with an .xls name (a common mix-up) still opens.
            book = CalamineWorkbook.from_filelike(handle)
    except PasswordError:
        raise _Refusal("encrypted") from None
    except (CalamineError, OSError, ValueError) as error:
        raise _Refusal("unreadable", detail=_short(error)) from None
    try:
        names = _worksheet_names(book)
        if request["names_only"]:
            out.send(b"M", marshal.dumps({"names": names, "sheet": None, "names_only": True}))
            return
        wanted = request["sheet"]
        try:
            if wanted is not None or len(names) <= 1:
                name = wanted if wanted is not None else (names[0] if names else None)
                if name is None or name not in book.sheet_names:
                    raise _Refusal("missing_sheet", sheet=wanted, names=names)
                sheet, chosen = book.get_sheet_by_name(name), False
            else:
                name, sheet = _choose_sheet(book, names)
                chosen = True
        except PasswordError:
            raise _Refusal("encrypted") from None
        except CalamineError as error:
            raise _Refusal("damaged_sheet", detail=_short(error)) from None
        start = sheet.start
        height, width = sheet.height, sheet.width
        try:
            guard.check_extent(height, width)
        except guard.Refused as refused:
            raise _Refusal(refused.finding.code, **refused.finding.detail) from None
        out.send(b"M", marshal.dumps({"names": names, "sheet": name, "chosen": chosen,
                                      "start": list(start) if start is not None else None,
                                      "height": height, "width": width}))
        if start is None:
            return
        # Row blocks as they are converted: the parent decodes one while the next is made.
        rows = islice(sheet.iter_rows(), start[0], None)  # iter_rows begins at row 1
        while block := list(islice(rows, ROWS_PER_BLOCK)):
            try:
                kind, payload = b"r", marshal.dumps(block)
            except ValueError:  # dates and times: marshal knows only plain types
                kind, payload = b"p", pickle.dumps(block, 5)
            if len(payload) > guard.MAX_FIELD_BYTES:
                _refuse_giant_cells(block)
            out.send(kind, payload)
    finally:
        book.close()


def _refuse_giant_cells(block: list[list]) -> None:
    longest = max((len(value) for row in block for value in row if isinstance(value, str)),
                  default=0)
    if longest > guard.MAX_FIELD_BYTES:  # characters: at least as many bytes in the file
        raise _Refusal("field", size=longest // 1024**2)


def _choose_sheet(book, names: list[str]):
    """(name, sheet) of the worksheet that looks most like the data table.

    The first sheet is kept unless another holds a table at least twice as
    large (data rows x columns under a header): a data dictionary or a
    cover sheet in front of the data is passed over, two similar tables keep
    the workbook's order. Only one loaded sheet is held at a time besides the best.
    """
    from python_calamine import CalamineError

    from workbench.ingest.sheet_choice import table_size

    best = None
    first_size = None
    failure = None
    for name in names:
        try:
            sheet = book.get_sheet_by_name(name)
        except CalamineError as error:  # a damaged sheet is passed over, unless all are
            failure = error
            continue
        size = table_size(list(islice(sheet.iter_rows(), _SCORE_ROWS)), sheet.height
                          + (sheet.start[0] if sheet.start else 0))
        if first_size is None:
            first_size = size
            best = (size, name, sheet)
        elif size > 2 * max(first_size, 1) and size > best[0]:
            best = (size, name, sheet)
        del sheet
    if best is None:
        raise failure if failure is not None else _Refusal("missing_sheet", sheet=None,
                                                           names=names)
    return best[1], best[2]


def _worksheet_names(book) -> list[str]:
    try:
        from python_calamine import SheetTypeEnum

        return [m.name for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
    except (ImportError, AttributeError):
        return list(book.sheet_names)


def _short(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 160 else text[:157] + "…"
