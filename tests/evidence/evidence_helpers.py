"""Helpers for evidence tests: a minimal DOCX writer, project snapshots."""

from __future__ import annotations

import zipfile


def docx_bytes(paragraphs: list[str], title: str | None = None) -> bytes:
    """A minimal but valid Word document with these paragraphs (tabs and line breaks kept)."""
    import io
    from xml.sax.saxutils import escape

    def run(text: str) -> str:
        parts = []
        for i, line in enumerate(text.split("\n")):
            if i:
                parts.append("<w:br/>")
            for j, cell in enumerate(line.split("\t")):
                if j:
                    parts.append("<w:tab/>")
                parts.append(f'<w:t xml:space="preserve">{escape(cell)}</w:t>')
        return "<w:r>" + "".join(parts) + "</w:r>"

    body = "".join(f"<w:p>{run(p)}</w:p>" for p in paragraphs)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
        if title is not None:
            archive.writestr("docProps/core.xml",
                             '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
                             'package/2006/metadata/core-properties" '
                             'xmlns:dc="http://purl.org/dc/elements/1.1/">'
                             f"<dc:title>{escape(title)}</dc:title></cp:coreProperties>")
    return buffer.getvalue()


