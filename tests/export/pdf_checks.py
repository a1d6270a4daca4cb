"""Reading exported PDFs back: text, fonts, where the text sits."""

from __future__ import annotations

import re
from pathlib import Path


def page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def squeezed(text: str) -> str:
    """Text without whitespace, to compare across line breaks."""
    return re.sub(r"\s+", "", text)


def font_problems(path: Path) -> list[str]:
    """Fonts that are not embedded, or the LastResort font (boxes instead of glyphs)."""
    from pypdf import PdfReader

    problems = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        fonts = page["/Resources"].get_object().get("/Font", {})
        if not fonts:
            problems.append(f"page {number}: no fonts, so no real text")
        for name, font in fonts.items():
            font = font.get_object()
            base = str(font.get("/BaseFont", name))
            if "LastResort" in base:
                problems.append(f"page {number}: {base} draws boxes for missing glyphs")
            parts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for part in parts:
                descriptor = part.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor is not None else {}
                if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    problems.append(f"page {number}: {base} is not embedded")
    return problems


def font_names(path: Path) -> set[str]:
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"].get_object().get("/Font", {}).values():
            names.add(str(font.get_object().get("/BaseFont")).split("+")[-1])
    return names


def text_boxes(path: Path) -> list[tuple[float, float, list[tuple[float, float, float, float]]]]:
    """Per page: width, height and the box (left, bottom, right, top) of every drawn character."""
    import pypdfium2 as pdfium

    pages = []
    document = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
            pages.append((width, height, [b for b in boxes if b[2] > b[0] and b[3] > b[1]]))
    finally:
        document.close()
    return pages


def render_page(path: Path, index: int = 0, scale: float = 1.0):
    """A page as a PIL image (pdfium renders it independently of matplotlib)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return document[index].render(scale=scale).to_pil()
    finally:
        document.close()
