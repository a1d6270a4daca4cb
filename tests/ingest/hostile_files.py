"""Crafted hostile workbooks and documents, small on disk, written by the tests that use them."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
SHEET_START = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
              for i in range(1, 10))
    + ']>')


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def write_xlsx(path: Path, sheet_body: str | bytes, *, dimension: str | None = None,
               shared_strings: str | None = None) -> Path:
    """A minimal XLSX whose one sheet holds ``sheet_body`` (the XML inside <sheetData>)."""
    start = SHEET_START + (f'<dimension ref="{dimension}"/>' if dimension else "") + "<sheetData>"
    body = sheet_body.encode() if isinstance(sheet_body, str) else sheet_body
    sheet = start.encode() + body + b"</sheetData></worksheet>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared_strings is not None:
            archive.writestr("xl/sharedStrings.xml", shared_strings)
    return path


def dimension_bomb(path: Path, *, declared: bool = True) -> Path:
    """Declares A1:XFD1048576 and holds a header cell and one cell at XFD1048576."""
    body = (f'<row r="1">{cell("A1", "id")}{cell("B1", "name")}</row>'
            f'<row r="1048576">{cell("XFD1048576", "x")}</row>')
    return write_xlsx(path, body, dimension="A1:XFD1048576" if declared else None)


def lie_about_size(path: Path, member: str, declared: int) -> Path:
    """Rewrite ``member``'s uncompressed size, in its local header and the central directory."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    local = info.header_offset
    assert data[local:local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, local + 22, declared)
    name = member.encode()
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46:central + 46 + name_length]) == name:
            struct.pack_into("<I", data, central + 24, declared)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path


def lying_zip_bomb(path: Path, real_mb: int = 300) -> Path:
    """A sheet that really unpacks to ``real_mb`` MB of rows but declares 2 KB."""
    row = '<row>' + cell("A1", "x" * 20) + '</row>'
    body = row.encode() * (real_mb * 1024 * 1024 // len(row))
    write_xlsx(path, body)
    return lie_about_size(path, "xl/worksheets/sheet1.xml", 2048)


def billion_laughs_xlsx(path: Path) -> Path:
    shared = (BILLION_LAUGHS + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
              '2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>')
    body = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c></row>'
    return write_xlsx(path, body, shared_strings=shared)


def billion_laughs_ods(path: Path) -> Path:
    content = (BILLION_LAUGHS.replace("<!DOCTYPE lolz", "<!DOCTYPE office:document-content")
               + '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
               'office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
               '<office:spreadsheet><table:table table:name="Data"><table:table-row>'
               '<table:table-cell office:value-type="string"><text:p>&lol9;</text:p>'
               '</table:table-cell></table:table-row></table:table></office:spreadsheet>'
               '</office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml",
                         '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:'
                         'names:tc:opendocument:xmlns:manifest:1.0"/>')
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def docx(path: Path, document_xml: str | bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://'
                         'schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", document_xml)
    return path


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def billion_laughs_docx(path: Path) -> Path:
    return docx(path, BILLION_LAUGHS.replace("<!DOCTYPE lolz", "<!DOCTYPE w:document")
                + f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
                '</w:body></w:document>')


def lying_docx_bomb(path: Path, real_mb: int = 200) -> Path:
    paragraph = f"<w:p><w:r><w:t>{'parola ' * 10}</w:t></w:r></w:p>".encode()
    body = (f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>'.encode()
            + paragraph * (real_mb * 1024 * 1024 // len(paragraph))
            + b"</w:body></w:document>")
    docx(path, body)
    return lie_about_size(path, "word/document.xml", 4096)


def compound_file(path: Path, stream_name: str) -> Path:
    """An OLE compound file (the container of .xls and of encrypted Office files)."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    directory = stream_name.encode("utf-16-le").ljust(64, b"\x00")
    path.write_bytes(bytes(header) + b"\x00" * 512 + directory + b"\x00" * 4000)
    return path
