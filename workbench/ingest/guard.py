"""Checks that keep a hostile workbook or document from taking the app down.

Two kinds of check, both pure Python with every read capped, so they cannot
themselves blow up:

- :func:`precheck` looks only at what is cheap before any reader sees the
  file: the first bytes (an encrypted Office file, an old binary .xls under
  an .xlsx name), the ZIP directory (declared sizes, compression ratio,
  member count) and the first kilobytes of each XML part (DOCTYPE and
  ENTITY declarations, which real Office files never have, and a sheet's
  declared ``<dimension>``).
- :func:`scan_archive` inflates every XML part as a stream, counting the
  real bytes, so an archive whose declared sizes lie is caught after at most
  the declared size, and measures the longest run of text between two tags
  (a single giant cell) and, when asked, the largest cell reference.

The sheet itself is read by calamine in a child process with memory and
time limits (:mod:`workbench.ingest.sheet_process`); these checks give the
reasons a user can act on. A :class:`Finding` says what is wrong;
:func:`refusal` turns it into the translated error.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from workbench.errors import InputFileError

#: Declared or real inflated size of all parts together.
MAX_UNCOMPRESSED_BYTES = 4 * 1024**3
#: Real workbooks compress their XML 5 to 20 times; a part above RATIO_CHECK_ABOVE_BYTES
#: that inflates more than this is a ZIP bomb.
MAX_MEMBER_RATIO = 200
RATIO_CHECK_ABOVE_BYTES = 64 * 1024**2
MAX_MEMBERS = 20_000
#: Excel's and LibreOffice's own limits.
MAX_COLUMNS = 16_384
MAX_ROWS = 1_048_576
#: A sheet whose cells span more than this (rows x columns) is not read.
MAX_SHEET_CELLS = 30_000_000
#: A run of text between two tags longer than this is one giant cell.
MAX_FIELD_BYTES = 4 * 1024**2
#: The XML prolog (where a DOCTYPE would be) must end within this many bytes.
PROLOG_BYTES = 64 * 1024

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ZIP_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".docx")
_XML_NAME = re.compile(r"\.(xml|rels)$|^content\.xml$", re.I)
_ROOT = re.compile(rb"<[A-Za-z_]")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,7}[0-9]{1,10})(?::([A-Z]{1,7}[0-9]{1,10}))?"')
_CELL_REF = re.compile(rb'\sr="([A-Z]{1,7})([0-9]{1,10})"')
_ROW_REF = re.compile(rb'<(?:\w+:)?row\s[^>]*?\br="([0-9]{1,10})"')
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Finding:
    """What is wrong with a file: a code and the figures its message names."""

    code: str
    detail: dict = field(default_factory=dict)


class Refused(Exception):
    """Raised inside the checks; carries the Finding."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.code)
        self.finding = finding


def _refuse(code: str, **detail: object) -> Refused:
    return Refused(Finding(code, dict(detail)))


# --- cell references -----------------------------------------------------------------------

def column_number(letters: bytes | str) -> int:
    """"A" → 1, "Z" → 26, "AA" → 27, "XFD" → 16384."""
    number = 0
    for letter in letters.encode() if isinstance(letters, str) else letters:
        number = number * 26 + letter - 64
    return number


def column_letters(number: int) -> str:
    """The inverse of :func:`column_number`."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _split_ref(ref: bytes) -> tuple[int, int]:
    letters = ref.rstrip(b"0123456789")
    return int(ref[len(letters):] or 0), column_number(letters)


# --- cheap checks ---------------------------------------------------------------------------

def precheck(path: Path) -> Finding | None:
    """The cheap checks: None when nothing is wrong that they can see."""
    try:
        _precheck(path)
    except Refused as refused:
        return refused.finding
    return None


def _precheck(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(8)
    if not head:
        raise _refuse("empty")
    suffix = path.suffix.lower()
    if head.startswith(CFB_MAGIC):
        if is_encrypted(path):
            raise _refuse("encrypted")
        if suffix in ZIP_SUFFIXES:
            raise _refuse("old_binary")
        return
    if head.startswith(ZIP_MAGIC):
        _check_directory(path, heads=True)


def _check_directory(path: Path, *, heads: bool) -> list[zipfile.ZipInfo]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise _refuse("members", count=len(members))
            total = 0
            for member in members:
                total += member.file_size
                ratio = member.file_size / max(1, member.compress_size)
                if total > MAX_UNCOMPRESSED_BYTES or (
                        member.file_size > RATIO_CHECK_ABOVE_BYTES and ratio > MAX_MEMBER_RATIO):
                    raise _refuse("zip_declared", size=total // 1024**2)
                if member.flag_bits & 0x1:
                    raise _refuse("encrypted")
            if heads:
                for member in members:
                    if _XML_NAME.search(member.filename) and member.file_size:
                        _check_head(path, archive, member)
            return members
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError,
            zlib.error):
        return []  # the reader reports the damage in its own words


def _check_head(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    with archive.open(member) as part:
        head = part.read(PROLOG_BYTES)
    _check_prolog(head, member.filename)
    if member.filename.startswith("xl/worksheets/"):
        found = _DIMENSION.search(head)
        if found:
            last = found[2] or found[1]
            rows, columns = _split_ref(last)
            if columns > MAX_COLUMNS or rows > MAX_ROWS or rows * columns > MAX_SHEET_CELLS:
                # Declared only: many real files declare more than they hold, so look at the cells.
                extent = sheet_extent(path, member.filename)
                if extent is not None:
                    check_extent(*extent)


def _check_prolog(head: bytes, name: str) -> None:
    """No DOCTYPE or ENTITY before the root element (where XML allows them)."""
    text = head
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(head) > 1 and b"\x00" in head[:4]):
        encoding = "utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else (
            "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be")
        text = head[: len(head) // 2 * 2].decode(encoding, "replace").encode("utf-8", "replace")
    root = _ROOT.search(text)
    prolog = text[: root.start()] if root else text
    if b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper():
        raise _refuse("doctype", part=name)


def check_extent(rows: int, columns: int) -> None:
    """Refuse a sheet whose cells span more rows, columns or cells than can be read."""
    if columns > MAX_COLUMNS:
        raise _refuse("columns", columns=columns)
    if rows > MAX_ROWS or rows * columns > MAX_SHEET_CELLS:
        raise _refuse("extent", ref=f"{column_letters(columns)}{rows}", rows=rows,
                      columns=columns)


def is_encrypted(path: Path) -> bool:
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


# --- streamed checks ------------------------------------------------------------------------

def scan_archive(path: Path, *, extent: bool = False) -> Finding | None:
    """Inflate every XML part as a stream with caps; None when nothing is wrong.

    Checks the real inflated size against the declared one (a ZIP bomb whose
    sizes lie), the real ratio, DOCTYPE/ENTITY declarations, the longest text
    between two tags, and with ``extent`` the largest cell reference of each
    worksheet. Costs one inflate of the archive; reads are bounded.
    """
    try:
        members = _check_directory(path, heads=False)
        with path.open("rb") as handle:
            total = 0
            for member in members:
                if not _XML_NAME.search(member.filename):
                    continue
                total += _scan_member(handle, member, extent=extent and member.filename.startswith(
                    "xl/worksheets/"))
                if total > MAX_UNCOMPRESSED_BYTES:
                    raise _refuse("zip_real", size=total // 1024**2)
    except Refused as refused:
        return refused.finding
    except (OSError, ValueError, EOFError, zlib.error, struct.error):
        return None  # damage: the reader says what it is
    return None


def sheet_extent(path: Path, name: str) -> tuple[int, int] | None:
    """(largest row, largest column) referenced in one worksheet part, or None."""
    try:
        with zipfile.ZipFile(path) as archive:
            member = archive.getinfo(name)
        state = _Extent()
        with path.open("rb") as handle:
            for chunk in _inflate(handle, member):
                state.feed(chunk)
        return state.rows, state.columns
    except (KeyError, OSError, ValueError, EOFError, zlib.error, struct.error,
            zipfile.BadZipFile, Refused):
        return None


class _Extent:
    def __init__(self) -> None:
        self.rows = 0
        self.columns = 0
        self._tail = b""

    def feed(self, chunk: bytes) -> None:
        text = self._tail + chunk
        for letters, digits in _CELL_REF.findall(text):
            self.rows = max(self.rows, int(digits))
            self.columns = max(self.columns, column_number(letters))
        for digits in _ROW_REF.findall(text):
            self.rows = max(self.rows, int(digits))
        self._tail = text[-64:]


def _scan_member(handle, member: zipfile.ZipInfo, *, extent: bool) -> int:
    real = 0
    run = 0  # bytes since the last "<"
    first = True
    state = _Extent() if extent else None
    for chunk in _inflate(handle, member):
        if first:
            _check_prolog(chunk[:PROLOG_BYTES], member.filename)
            first = False
        real += len(chunk)
        if real > member.file_size:
            raise _refuse("zip_lies", part=member.filename, declared=member.file_size)
        if real > RATIO_CHECK_ABOVE_BYTES and real / max(1, member.compress_size) > MAX_MEMBER_RATIO:
            raise _refuse("zip_real", size=real // 1024**2)
        start = chunk.find(b"<")
        if start < 0:
            run += len(chunk)
        else:
            run += start
            if run > MAX_FIELD_BYTES:
                raise _refuse("field", size=run // 1024**2)
            run = len(chunk) - chunk.rfind(b"<") - 1
        if run > MAX_FIELD_BYTES:
            raise _refuse("field", size=run // 1024**2)
        if state is not None:
            state.feed(chunk)
    if state is not None:
        check_extent(state.rows, state.columns)
    return real


def _inflate(handle, member: zipfile.ZipInfo):
    """The real bytes of ``member``, chunk by chunk, never more than the declared size plus one chunk."""
    handle.seek(member.header_offset)
    local = handle.read(30)
    if local[:4] != ZIP_MAGIC:
        raise ValueError("bad local header")
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    handle.seek(member.header_offset + 30 + name_length + extra_length)
    left = member.compress_size
    if member.compress_type == zipfile.ZIP_STORED:
        while left > 0:
            block = handle.read(min(_CHUNK, left))
            if not block:
                return
            left -= len(block)
            yield block
        return
    if member.compress_type != zipfile.ZIP_DEFLATED:
        raise _refuse("compression", part=member.filename)
    inflater = zlib.decompressobj(-15)
    while left > 0 or inflater.unconsumed_tail:
        if inflater.unconsumed_tail:
            data = inflater.unconsumed_tail
        else:
            data = handle.read(min(_CHUNK, left))
            if not data:
                return
            left -= len(data)
        out = inflater.decompress(data, _CHUNK)
        if out:
            yield out
        if inflater.eof:
            return
    tail = inflater.flush()
    if tail:
        yield tail


# --- messages -------------------------------------------------------------------------------

def refusal(path: Path, finding: Finding) -> InputFileError:
    """The error a user sees for ``finding``, naming the file and what to do."""
    from workbench.i18n import translate

    d = finding.detail
    name = path.name
    trusted = translate("Guard", "If you trust the file, open it in Excel or LibreOffice and "
                        "export the sheet as CSV.")
    texts = {
        "empty": translate("Guard", "{file} is empty (0 bytes). Choose the file again, or save "
                           "it again from the program that made it."),
        "encrypted": translate("Guard", "{file} is protected by a password, so it cannot be "
                               "read. Open it in Excel or LibreOffice, remove the password (save "
                               "it without encryption), and import the new copy."),
        "old_binary": translate("Guard", "{file} is an old binary Office file (Excel 97-2003 "
                                ".xls or Word .doc) saved under a {suffix} name. Open it in Excel, "
                                "Word or LibreOffice and save it again as {suffix}."),
        "members": translate("Guard", "{file} was not opened: it holds {count} parts, far more "
                             "than any real workbook or document."),
        "zip_declared": translate("Guard", "{file} was not opened: it would unpack to {size} MB, "
                                  "far more than any real workbook or document of its size (a \"ZIP bomb\")."),
        "zip_real": translate("Guard", "{file} was not opened: it unpacks to more than {size} MB, "
                              "far more than any real workbook or document of its size (a \"ZIP bomb\")."),
        "zip_lies": translate("Guard", "{file} was not opened: its part {part} unpacks to more "
                              "than the {declared} bytes it declares, which only a file built "
                              "to exhaust memory does (a \"ZIP bomb\")."),
        "compression": translate("Guard", "{file} was not opened: its part {part} uses a "
                                 "compression that Excel, Word and LibreOffice never write."),
        "doctype": translate("Guard", "{file} was not opened: its part {part} declares a "
                             "DOCTYPE or entities, which Office files never do and which can "
                             "expand to exhaust memory (\"billion laughs\")."),
        "columns": translate("Guard", "{file} was not opened: a sheet has {columns} columns, "
                             "more than the 16,384 Excel and LibreOffice allow."),
        "extent": translate("Guard", "{file} was not opened: its cells reach {ref}, a sheet of "
                            "{rows} rows × {columns} columns, too large to read (the limit is "
                            "{limit} cells). Delete the stray cells far below or right of the "
                            "table, or export the sheet as CSV."),
        "field": translate("Guard", "{file} was not opened: one cell holds more than {size} MB "
                           "of text, far more than any answer or note."),
        "memory": translate("Guard", "{file} could not be read: reading it needed more than "
                            "{limit} GB of memory, so it was stopped (the file may be damaged "
                            "or built to exhaust memory)."),
        "time": translate("Guard", "{file} could not be read: reading it took more than "
                          "{minutes} minutes, so it was stopped (the file may be damaged or "
                          "built to hang the reader)."),
        "crash": translate("Guard", "{file} could not be read: the workbook reader stopped on "
                           "it ({detail}). The file is damaged or not really a workbook; open "
                           "it in Excel or LibreOffice and save it again."),
    }
    text = texts.get(finding.code, texts["crash"])
    values = {"file": name, "suffix": path.suffix.lower(), "limit": f"{MAX_SHEET_CELLS:,}",
              "detail": finding.code}
    values.update(d)
    for key in ("rows", "columns", "count", "declared", "size"):
        if isinstance(values.get(key), int):
            values[key] = f"{values[key]:,}"
    message = text.format(**values)
    if finding.code in ("zip_declared", "zip_real", "zip_lies", "field", "memory", "time",
                        "doctype") and path.suffix.lower() != ".docx":
        message += " " + trusted
    return InputFileError(message, path)
