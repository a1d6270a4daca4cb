"""Read transcripts (TXT, Markdown, DOCX) into text, one file or a whole folder.

Pure functions from a path to text: no SQL, no Qt. Text files are decoded with
the same encoding detection as table import (BOM, UTF-16, UTF-8, Windows-1252,
Latin-1). DOCX is read with the standard library (zipfile + ElementTree).
Bodies come back normalised (no BOM, LF line endings), so positions of coded
passages never depend on how the file ended its lines.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from workbench.domain.evidence import normalise_text
from workbench.errors import InputFileError, UnsupportedFileError
from workbench.i18n import translate
from workbench.ingest.reader import file_hash
from workbench.ingest.text_table import detect_encoding
from workbench.progress import Task

TEXT_SUFFIXES = (".txt", ".text", ".vtt", ".srt")  # captions: WebVTT and SubRip transcripts
MARKDOWN_SUFFIXES = (".md", ".markdown")
DOCX_SUFFIXES = (".docx",)
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + DOCX_SUFFIXES
#: A Word document's text part larger than this is not a transcript (or a zip bomb).
MAX_DOCX_XML = 64 * 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.M)
_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
         codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class TranscriptFile:
    """One transcript read from disk."""

    path: Path
    title: str
    text: str
    kind: str  # "text", "markdown" or "docx"
    encoding: str | None
    file_hash: str


def transcript_paths(path: Path | str) -> list[Path]:
    """The transcript files at ``path``: the file itself, or every supported file in a folder.

    Folders are searched with their sub-folders; hidden files and Word's
    "~$" lock files are skipped. Raises InputFileError when there is nothing to read.
    """
    path = Path(path)
    if not path.exists():
        raise InputFileError(translate(
            "Evidence", "{file} was not found. It may have been moved or renamed; choose it "
            "again.").format(file=path), path)
    if path.is_file():
        _check_suffix(path)
        return [path]
    found = sorted(p for p in path.rglob("*")
                   if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
                   and not p.name.startswith((".", "~$")))
    if not found:
        raise InputFileError(translate(
            "Evidence", "The folder {folder} holds no transcripts. Put TXT, Markdown (.md) or "
            "Word (.docx) files in it, or choose the files directly.").format(folder=path), path)
    return found


def read_transcripts(path: Path | str, task: Task | None = None) -> list[TranscriptFile]:
    """Read one transcript file or every transcript in a folder (all or nothing)."""
    paths = transcript_paths(path)
    result = []
    for i, file in enumerate(paths):
        if task is not None:
            task.report(i, len(paths), translate("Evidence", "Reading {file}…").format(
                file=file.name))
        result.append(read_transcript(file))
    return result


def read_transcript(path: Path | str) -> TranscriptFile:
    """Read one TXT, Markdown or DOCX file. Raises InputFileError naming the file."""
    path = Path(path)
    _check_suffix(path)
    if not path.is_file():
        raise InputFileError(translate(
            "Evidence", "{file} was not found. It may have been moved or renamed; choose it "
            "again.").format(file=path), path)
    suffix = path.suffix.lower()
    if suffix in DOCX_SUFFIXES:
        text, title = _read_docx(path)
        encoding, kind = None, "docx"
    else:
        text, encoding = _read_text(path)
        kind = "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
        title = None
        if kind == "markdown":
            heading = _HEADING.search(text)
            title = heading[1].strip() if heading else None
    text = normalise_text(text)
    if not text.strip():
        raise InputFileError(translate(
            "Evidence", "{file} is empty: it holds no text to code. Choose another file."
        ).format(file=path.name), path)
    return TranscriptFile(path=path, title=(title or path.stem).strip() or path.name, text=text,
                          kind=kind, encoding=encoding, file_hash=file_hash(path))


def _check_suffix(path: Path) -> None:
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        raise UnsupportedFileError(translate(
            "Evidence", "{file} is not a transcript the workbench can read. Use plain text "
            "(.txt), Markdown (.md) or Word (.docx); an old Word .doc or a PDF can be saved as "
            ".docx or .txt from the program that made it.").format(file=path.name), path)


# --- plain text and Markdown ----------------------------------------------------

def _read_text(path: Path) -> tuple[str, str]:
    data = path.read_bytes()
    if not data.strip():
        raise InputFileError(translate(
            "Evidence", "{file} is empty: it holds no text to code. Choose another file."
        ).format(file=path.name), path)
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") \
            or data.startswith(b"%PDF"):
        raise _binary(path)
    has_bom = data.startswith(_BOMS)
    if b"\x00" in data[:4096] and not has_bom:
        head = data[:4096]
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if min(even, odd) > 0.05 * (len(head) // 2):
            raise _binary(path)
    encoding = detect_encoding(data[:256 * 1024], whole=len(data) <= 256 * 1024)
    # A BOM or UTF-16 decides; a UTF-8 guess from the first block can still meet
    # Windows-1252 bytes further down (Latin-1 then takes anything left).
    attempts = {"utf-8": ["utf-8", "cp1252", "latin-1"], "cp1252": ["cp1252", "latin-1"]}.get(
        encoding, [encoding])
    for attempt in attempts:
        try:
            text = data.decode(attempt)
        except UnicodeDecodeError:
            continue
        head = text[:65536]
        if len(_CONTROL.findall(head)) > max(3, len(head) // 200):  # text has almost none
            raise _binary(path)
        return text, attempt
    raise InputFileError(translate(
        "Evidence", "{file} cannot be read as {encoding}: some bytes are not valid in that "
        "encoding. Open it in a text editor and save it as UTF-8.").format(
        file=path.name, encoding=encoding), path)


def _binary(path: Path) -> InputFileError:
    return InputFileError(translate(
        "Evidence", "{file} is not a text file: it contains binary data. If it is a Word or PDF "
        "document, save it as .docx or .txt and import that.").format(file=path.name), path)


# --- Word (DOCX) ------------------------------------------------------------------

def _refuse_hostile_docx(path: Path) -> None:
    """The guard's checks, before ElementTree sees the XML: a password-protected or old .doc
    file, sizes that lie (a ZIP bomb), DOCTYPE or entity declarations (billion laughs)."""
    from workbench.ingest import guard

    finding = guard.precheck(path)
    if finding is None:
        with path.open("rb") as handle:
            is_zip = handle.read(4) == guard.ZIP_MAGIC
        if is_zip:
            finding = guard.scan_archive(path)
    if finding is not None:
        raise guard.refusal(path, finding)


def _read_docx(path: Path) -> tuple[str, str | None]:
    _refuse_hostile_docx(path)
    corrupt = InputFileError(translate(
        "Evidence", "{file} is not a readable Word document (it is damaged, password-protected "
        "or not really a .docx). Open it in Word or LibreOffice and save it again as .docx."
    ).format(file=path.name), path)
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                info = archive.getinfo("word/document.xml")
            except KeyError:
                raise corrupt from None
            if info.file_size > MAX_DOCX_XML:
                raise InputFileError(translate(
                    "Evidence", "{file} is too large to be a transcript. Split it into smaller "
                    "documents.").format(file=path.name), path)
            body = ET.fromstring(archive.read(info))
            title = None
            if "docProps/core.xml" in archive.namelist():
                try:
                    title = ET.fromstring(archive.read("docProps/core.xml")).findtext(_DC_TITLE)
                except ET.ParseError:
                    title = None
    except (zipfile.BadZipFile, ET.ParseError, OSError, EOFError, ValueError,
            NotImplementedError):
        raise corrupt from None
    return _docx_text(body), (title or "").strip() or None


def _docx_text(root: ET.Element) -> str:
    """Paragraphs as lines; tabs and line breaks kept; tables read cell by cell."""
    lines: list[str] = []
    body = root.find(f"{_W}body")
    if body is None:
        return ""
    for paragraph in body.iter(f"{_W}p"):
        parts: list[str] = []
        for node in paragraph.iter():
            tag = node.tag
            if tag == f"{_W}t":
                parts.append(node.text or "")
            elif tag == f"{_W}tab":
                parts.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("\u2011")
        lines.append("".join(parts))
    return "\n".join(lines).strip("\n")
