"""CSV, TSV and TXT tables: encoding, delimiter, quoted line breaks, row numbers.

Reading streams the file through the ``csv`` module (as fast as
``pandas.read_csv(dtype=str)`` once rows are needed as lists, and it keeps
exact record numbers). Record numbers follow what Excel and LibreOffice show:
every record is one row, empty lines included, and a quoted value with line
breaks inside stays one row.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from workbench.errors import InputFileError
from workbench.gc_pause import paused_gc
from workbench.i18n import translate
from workbench.ingest.headers import read_header
from workbench.ingest.packed import SEP, PackedRows
from workbench.ingest.table import ReadOptions, header_row_missing
from workbench.progress import Task

SAMPLE_BYTES = 256 * 1024
SAMPLE_RECORDS = 200
DELIMITERS = (",", ";", "\t", "|")
#: A single value larger than this is a quote that was never closed, not data.
FIELD_LIMIT = 32 * 1024 * 1024
_PROGRESS_EVERY = 4096
#: A whole file's rows are kept packed, one string per row (see workbench.ingest.packed):
#: about the file's size in memory instead of ten times it.
PACK_WHOLE_FILES = True

csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SEP_LINE = re.compile(r"sep=(.)\r?\n?")


@dataclass
class TextTable:
    labels: list[str]
    #: A whole file's rows are packed (see :mod:`workbench.ingest.packed`), a preview's a list.
    rows: list[list] | PackedRows
    row_numbers: list[int]
    header_row: int
    encoding: str
    delimiter: str
    truncated: bool
    header_rows: int = 1


def read_text_table(path: Path, options: ReadOptions, *, max_rows: int | None = None,
                    task: Task | None = None) -> TextTable:
    """Read a delimited text file into header labels and rows of str/None."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
    whole = len(sample) >= size
    if not sample.strip():
        raise InputFileError(translate(
            "Import", "{file} is empty. Choose a file that has a header row and at least one "
            "row of data.").format(file=path.name), path)
    _refuse_binary_formats(path, sample)
    if options.encoding:
        encoding = _checked_encoding(path, options.encoding)
    else:
        encoding = detect_encoding(sample, whole)
    try:
        text = _decode_sample(sample, encoding, whole)
    except UnicodeError:
        raise _wrong_encoding(path, encoding) from None
    head = text[:65536]
    if len(_CONTROL.findall(head)) > max(3, len(head) // 200):  # text has almost none
        raise _not_text(path)
    text = text.lstrip("\ufeff")
    delimiter = options.delimiter
    sep = _SEP_LINE.match(text)
    skip_sep_line = sep is not None  # Excel's "sep=;" hint line: Excel hides it, so not a row
    if sep is not None:
        delimiter = delimiter or sep[1]
        text = text[sep.end():]
    if delimiter is None:
        delimiter = detect_delimiter(text, whole, tab_first=path.suffix.lower() == ".tsv")
    if options.encoding:
        attempts = [encoding]
    else:  # a guess from the first block can still meet other bytes further down
        attempts = {"utf-8": ["utf-8", "cp1252", "latin-1"],
                    "cp1252": ["cp1252", "latin-1"]}.get(encoding, [encoding])
    for attempt in attempts:
        try:
            return _parse(path, attempt, delimiter, skip_sep_line, options, max_rows, task, size)
        except UnicodeError:
            continue
    raise _wrong_encoding(path, encoding)


# --- detection ----------------------------------------------------------------

def detect_encoding(sample: bytes, whole: bool = False) -> str:
    """The encoding of a text file from its first bytes.

    A byte order mark decides (UTF-8, UTF-16 or UTF-32); UTF-16 without one is
    recognised by its zero bytes; otherwise UTF-8 if the bytes are valid UTF-8,
    else Windows-1252 (a superset of Latin-1 with "€"), else Latin-1.
    """
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    if b"\x00" in sample:
        head = sample[:4096]
        even, odd = head[0::2].count(0), head[1::2].count(0)
        half = max(1, len(head) // 2)
        if odd > 0.3 * half and even < 0.05 * half:
            return "utf-16-le"
        if even > 0.3 * half and odd < 0.05 * half:
            return "utf-16-be"
        return "utf-8"  # binary: refused once decoded
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=whole)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        sample.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def detect_delimiter(text: str, whole: bool = True, *, tab_first: bool = False) -> str:
    """The field separator that splits the first records most consistently.

    Each candidate parses the sample as CSV (so quoted separators and quoted
    line breaks do not count); the winner gives the same number of fields,
    more than one, on the most records, header included; ties go to more
    fields, then to the usual order (tab first for .tsv files).
    """
    order = ("\t", ",", ";", "|") if tab_first else DELIMITERS
    best, best_score = None, None
    for rank, delimiter in enumerate(order):
        records = _sample_records(text, delimiter, whole)
        counts = [len(r) for r in records if any(field.strip() for field in r)]
        if not counts:
            continue
        mode, hits = Counter(counts).most_common(1)[0]
        if mode < 2:
            continue
        consistency = hits / len(counts)
        header_agrees = counts[0] == mode
        score = (round(consistency, 2), header_agrees, mode, -rank)
        if best_score is None or score > best_score:
            best, best_score = delimiter, score
    if best is None:  # one column: split on a character the sample does not contain
        return next((d for d in (("\t",) if tab_first else ()) + DELIMITERS if d not in text),
                    "\t" if tab_first else ",")
    return best


def _sample_records(text: str, delimiter: str, whole: bool) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if len(records) > SAMPLE_RECORDS:
                break
    except csv.Error:
        pass
    if not whole and len(records) <= SAMPLE_RECORDS and records:
        records.pop()  # cut by the end of the sample
    return records[:SAMPLE_RECORDS]


def _checked_encoding(path: Path, encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputFileError(translate(
            "Import", "'{encoding}' is not a text encoding the workbench knows. Try utf-8, "
            "cp1252, latin-1 or utf-16.").format(encoding=encoding), path) from None


def _wrong_encoding(path: Path, encoding: str) -> InputFileError:
    return InputFileError(translate(
        "Import", "{file} cannot be read as {encoding}: some bytes are not valid in that "
        "encoding. Choose another encoding, for example utf-8 or cp1252.").format(
        file=path.name, encoding=encoding), path)


def _decode_sample(sample: bytes, encoding: str, whole: bool) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return decoder.decode(sample, final=whole)


def _refuse_binary_formats(path: Path, sample: bytes) -> None:
    if sample.startswith(b"PK\x03\x04"):
        raise InputFileError(translate(
            "Import", "{file} is not a text file: it looks like a spreadsheet (XLSX or ODS) "
            "saved with a text-file name. Rename it with its real extension (.xlsx or .ods) "
            "and import it again.").format(file=path.name), path)
    if sample.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise InputFileError(translate(
            "Import", "{file} is not a text file: it looks like an old Excel workbook (.xls). "
            "Rename it to .xls, or open it in Excel or LibreOffice and save it as .xlsx or "
            "CSV.").format(file=path.name), path)
    if b"\x00" in sample[:4096] and not any(sample.startswith(b) for b, _ in _BOMS):
        head = sample[:4096]
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if min(even, odd) > 0.05 * (len(head) // 2):
            raise _not_text(path)


def _not_text(path: Path) -> InputFileError:
    return InputFileError(translate(
        "Import", "{file} does not look like a text table (CSV or TSV): it contains binary "
        "data. Check that you picked the right file; if it is a spreadsheet, save it as "
        ".xlsx, .ods or CSV and import that.").format(file=path.name), path)


# --- parsing ----------------------------------------------------------------

def _parse(path: Path, encoding: str, delimiter: str, skip_sep_line: bool,
           options: ReadOptions, max_rows: int | None, task: Task | None,
           size: int) -> TextTable:
    rows: list[list] | PackedRows = []
    numbers: list[int] = []
    labels: list[str] | None = None
    header_number = width = number = 0
    header_rows = 1
    truncated = False
    message = translate("Import", "Reading {file}…").format(file=path.name)
    append_number = numbers.append
    with path.open("rb") as raw, paused_gc():
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        records = iter(csv.reader(text, delimiter=delimiter, quotechar='"', doublequote=True))
        if skip_sep_line:
            next(records, None)
        try:
            found = read_header(records, options.header_row, options.header_rows, _filled)
            if found is not None:
                header_number, labels, replay, header_rows = (found.row, found.labels, found.replay,
                                                              found.rows)
                if labels and labels[0].startswith("\ufeff"):  # a BOM read with a BOM-less codec
                    labels = [labels[0][1:], *labels[1:]]
                width = len(labels)
                number = found.last
                limit = max_rows if max_rows is not None else math.inf
                next_report = number + _PROGRESS_EVERY
                if max_rows is None and PACK_WHOLE_FILES:  # a whole file, packed
                    rows = PackedRows(width)
                    add, join, separators = rows.packed_items().append, SEP.join, width - 1
                else:
                    rows = []
                    add = None
                append = rows.append
                for number, record in enumerate(chain(replay, records), found.last + 1):
                    if len(record) != width:
                        record = _completed(path, record, width, number, delimiter)
                        if record is None:
                            continue  # an empty row: it keeps its number, like in a spreadsheet
                        append(record)
                    elif add is not None:
                        joined = join(record)
                        if len(joined) == separators:
                            continue  # only separators: an empty row
                        if joined.count(SEP) == separators:
                            add(joined)
                        else:
                            append(record)
                    elif "" in record:
                        record = _completed(path, record, width, number, delimiter)
                        if record is None:
                            continue
                        append(record)
                    else:
                        append(record)
                    append_number(number)
                    if number >= next_report:
                        next_report += _PROGRESS_EVERY
                        if task is not None:
                            task.report(raw.tell(), size, message)
                    if len(rows) >= limit:
                        truncated = next(records, None) is not None
                        break
        except csv.Error as error:
            raise InputFileError(translate(
                "Import", "{file}, row {row}: the text cannot be split into values ({error}). "
                "Check for a quote (\") that is opened but never closed.").format(
                file=path.name, row=number + 1, error=error), path, row=number + 1) from None
    if labels is None:
        if options.header_row is not None:
            raise header_row_missing(path, None, options.header_row)
        raise InputFileError(translate(
            "Import", "{file} is empty. Choose a file that has a header row and at least one "
            "row of data.").format(file=path.name), path)
    if rows and not truncated:
        _check_unclosed_quote(path, encoding, rows[-1], numbers[-1])
    return TextTable(labels, rows, numbers, header_number, encoding, delimiter, truncated,
                     header_rows)


def _filled(value: str) -> bool:
    return bool(value.strip())


def _completed(path: Path, record: list[str], width: int, number: int, delimiter: str
               ) -> list | None:
    """A record with empty cells as None and exactly ``width`` values; None for an empty row."""
    if not any(record):
        return None
    if len(record) > width:
        _check_extra_fields(path, record, width, number, delimiter)
        record = record[:width]
    record = [value or None for value in record]
    if len(record) < width:
        record.extend([None] * (width - len(record)))
    return record


def _check_extra_fields(path: Path, record: list[str], width: int, number: int,
                        delimiter: str) -> None:
    if not any(value.strip() for value in record[width:]):
        return  # trailing separators, as some exports write them
    names = {",": translate("Import", "comma"), ";": translate("Import", "semicolon"),
             "\t": translate("Import", "tab"), "|": translate("Import", "vertical bar")}
    raise InputFileError(translate(
        "Import", "{file}, row {row}: this row has {found} values but the header has {expected}. "
        "A separator ({separator}) inside a value that is not in quotes usually causes this: "
        "put that value in double quotes or remove the extra separator, then import again."
    ).format(file=path.name, row=number, found=len(record), expected=width,
             separator=names.get(delimiter, repr(delimiter))), path, row=number)


def _check_unclosed_quote(path: Path, encoding: str, record: list, number: int) -> None:
    """The last row swallowed the rest of the file if it spans lines and quotes do not pair up.

    In a well-formed file every quote is closed and escaped quotes come in
    pairs, so an odd count of quote characters means one was never closed.
    """
    if not any(value and ("\n" in value or "\r" in value) for value in record):
        return
    quotes = 0
    with path.open(encoding=encoding, newline="") as handle:
        while block := handle.read(1024 * 1024):
            quotes += block.count('"')
    if quotes % 2:
        raise InputFileError(translate(
            "Import", "{file}, row {row}: a quote (\") opened in this row is never closed, so "
            "the rest of the file reads as one value. Close the quote or remove it, then "
            "import again.").format(file=path.name, row=number), path, row=number)
