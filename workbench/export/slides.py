"""Slides as plain data, written to PowerPoint and drawn to PNG from the same model.

A :class:`Deck` is 16:9 slides (13.333 × 7.5 in, addressed in points from the
top-left corner) made of boxes: text boxes of paragraphs of runs, filled shapes
(rectangles, rounded rectangles, ellipses) that may hold text, straight lines,
native bar charts and, for a persona's photo only, a picture. :func:`write_pptx`
turns the model into native PowerPoint objects (every text stays editable, never a
picture of the page); :func:`render_png` draws the same model with the export
canvas for the Export area's preview.

Text is measured with the export typeface (DejaVu Sans, the font named in the
file) before it is placed, so a box is always tall enough for its text; the
builders split content across slides instead of letting a box overflow.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workbench.export import palette
from workbench.export.text import MAIN_FAMILY, TextStyle, Typeface

SLIDE_WIDTH = 960.0   # points: 13.333 in
SLIDE_HEIGHT = 540.0  # points: 7.5 in
EMU_PER_POINT = 12700
#: Measured lines are kept this much narrower than their box: PowerPoint and Impress may
#: draw with a slightly wider substitute when DejaVu Sans is not installed.
WIDTH_SAFETY = 0.95
#: Characters that make a spreadsheet cell a formula (or a command, in some programs).
FORMULA_STARTS = ("=", "+", "-", "@")


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class Run:
    text: str
    style: TextStyle


@dataclass(frozen=True)
class Para:
    """A paragraph: runs in a row, wrapped as one text; space after it in points."""

    runs: tuple[Run, ...]
    space_after: float = 0.0
    align: str = "left"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    @property
    def style(self) -> TextStyle:
        """The style lines are measured and spaced with (the largest run's)."""
        return max((run.style for run in self.runs), key=lambda s: s.size)


def para(text: str, style: TextStyle, space_after: float = 0.0, align: str = "left") -> Para:
    return Para((Run(text, style),), space_after, align)


@dataclass(frozen=True)
class Box:
    """A text box (``kind`` "text") or a filled shape ("rect", "rounded", "ellipse") holding
    optional text, at x, y with width w and height h (points)."""

    x: float
    y: float
    w: float
    h: float
    paras: tuple[Para, ...] = ()
    kind: str = "text"
    fill: str | None = None
    line: str | None = None
    inset: float = 0.0
    #: Vertical placement of the text: "top" or "middle".
    anchor: str = "top"
    #: Corner radius of a "rounded" box in points.
    radius: float = 6.0
    name: str = ""


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    width: float = 1.0


@dataclass(frozen=True)
class BarChart:
    """A native horizontal bar chart: one row per category, one bar per series (shares 0..1)."""

    x: float
    y: float
    w: float
    h: float
    categories: tuple[str, ...]
    #: (series name, values, colour)
    series: tuple[tuple[str, tuple[float, ...], str], ...]
    number_format: str = "0%"
    font_size: float = 8.0


@dataclass(frozen=True)
class Picture:
    """A persona's photo (the only picture a deck holds), drawn as a circle."""

    x: float
    y: float
    size: float
    data: bytes


@dataclass
class Slide:
    items: list = field(default_factory=list)
    #: What the slide shows, for progress messages ("Giulia", "Stages 1–4").
    title: str = ""

    def add(self, item) -> None:
        self.items.append(item)


@dataclass
class Deck:
    slides: list[Slide] = field(default_factory=list)
    title: str = ""
    #: Whether a stand-in replaced a character the fonts lack somewhere in the deck.
    replaced: bool = False


# --------------------------------------------------------------------------- measuring


def inner_width(box_width: float, inset: float) -> float:
    return max(box_width - 2 * inset, 1.0) * WIDTH_SAFETY


def para_lines(paragraph: Para, typeface: Typeface, width: float) -> list[str]:
    return typeface.wrap(paragraph.text, paragraph.style, width) if paragraph.text else [""]


def para_height(paragraph: Para, typeface: Typeface, width: float) -> float:
    return len(para_lines(paragraph, typeface, width)) * paragraph.style.line_height \
        + paragraph.space_after


def paras_height(paras: Sequence[Para], typeface: Typeface, width: float) -> float:
    """Height of ``paras`` set in ``width`` points (the last paragraph's space not counted)."""
    if not paras:
        return 0.0
    return sum(para_height(p, typeface, width) for p in paras) - paras[-1].space_after


def split_para(paragraph: Para, typeface: Typeface, width: float, room: float
               ) -> tuple[Para | None, Para | None]:
    """The lines of a one-style paragraph that fit ``room`` points, and the rest (None when
    nothing fits or nothing is left). Paragraphs of several runs move whole."""
    lines = para_lines(paragraph, typeface, width)
    fit = int(room // paragraph.style.line_height)
    if fit >= len(lines):
        return paragraph, None
    if fit <= 0 or len(paragraph.runs) > 1:
        return None, paragraph
    style = paragraph.runs[0].style
    head = " ".join(lines[:fit])
    tail = " ".join(lines[fit:])
    return (Para((Run(head, style),), 0.0, paragraph.align),
            Para((Run(tail, style),), paragraph.space_after, paragraph.align))


# --------------------------------------------------------------------------- PowerPoint


def _emu(points: float) -> int:
    return int(round(points * EMU_PER_POINT))


def _rgb(color: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(color.lstrip("#").upper())


def _chart_data(chart: BarChart):
    from pptx.chart.data import CategoryChartData
    from pptx.chart.xlsx import CategoryWorkbookWriter

    class _TextOnlyWorkbookWriter(CategoryWorkbookWriter):
        """python-pptx writes the chart's workbook with XlsxWriter, whose ``write`` turns a
        string starting with "=" into a formula: names are user text, so keep them text."""

        def _open_worksheet(self, xlsx_file):
            from contextlib import contextmanager

            from xlsxwriter import Workbook

            @contextmanager
            def opened():
                workbook = Workbook(xlsx_file, {"in_memory": True, "strings_to_formulas": False,
                                                "strings_to_numbers": False,
                                                "strings_to_urls": False})
                worksheet = workbook.add_worksheet()
                yield workbook, worksheet
                workbook.close()

            return opened()

    class _Data(CategoryChartData):
        @property
        def _workbook_writer(self):
            return _TextOnlyWorkbookWriter(self)

    data = _Data(number_format=chart.number_format)
    data.categories = list(chart.categories)
    for name, values, _color in chart.series:
        data.add_series(name, list(values))
    return data


def _set_theme_fonts(presentation) -> None:
    """Name DejaVu Sans as the theme's heading and body font (the app bundles it)."""
    import re

    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    master = presentation.slide_masters[0]
    theme = master.part.part_related_by(RT.THEME)
    xml = theme.blob.decode("utf-8")
    xml = re.sub(r'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*(")',
                 rf"\g<1>{MAIN_FAMILY}\g<2>", xml)
    theme._blob = xml.encode("utf-8")


def _fill_text(frame, box: Box) -> None:
    from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
    from pptx.util import Pt

    frame.word_wrap = box.kind != "ellipse"  # an avatar's initials stay on one line
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = _emu(box.inset)
    frame.margin_top = frame.margin_bottom = _emu(box.inset)
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE if box.anchor == "middle" else MSO_ANCHOR.TOP
    aligns = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}
    for index, paragraph in enumerate(box.paras):
        p = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        p.alignment = aligns.get(paragraph.align, PP_ALIGN.LEFT)
        p.line_spacing = Pt(paragraph.style.line_height)
        p.space_before = Pt(0)
        p.space_after = Pt(paragraph.space_after)
        for piece in paragraph.runs:
            run = p.add_run()
            run.text = piece.text  # plain text: never parsed as markup
            font = run.font
            font.name = MAIN_FAMILY
            font.size = Pt(piece.style.size)
            font.bold = piece.style.bold
            font.italic = piece.style.italic
            font.color.rgb = _rgb(piece.style.color)


def _plain(shape) -> None:
    """Drop the theme's shape style: its effect reference draws a shadow in Impress even
    under an empty effect list; fill, line and text colours are all set explicitly."""
    from pptx.oxml.ns import qn

    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


def _add_box(shapes, box: Box) -> None:
    from pptx.enum.shapes import MSO_SHAPE

    x, y, w, h = _emu(box.x), _emu(box.y), _emu(box.w), _emu(box.h)
    if box.kind == "text":
        shape = shapes.add_textbox(x, y, w, h)
    else:
        kind = {"rect": MSO_SHAPE.RECTANGLE, "rounded": MSO_SHAPE.ROUNDED_RECTANGLE,
                "ellipse": MSO_SHAPE.OVAL}[box.kind]
        shape = shapes.add_shape(kind, x, y, w, h)
        _plain(shape)
        if box.kind == "rounded":
            shape.adjustments[0] = min(0.5, box.radius / max(min(box.w, box.h), 1.0))
    if box.fill:
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(box.fill)
    elif box.kind != "text":
        shape.fill.background()
    if box.line:
        shape.line.color.rgb = _rgb(box.line)
        shape.line.width = _emu(0.75)
    elif box.kind != "text":
        shape.line.fill.background()
    if box.name:
        shape.name = box.name
    if box.paras:
        _fill_text(shape.text_frame, box)


def _add_line(shapes, line: Line) -> None:
    from pptx.enum.shapes import MSO_CONNECTOR

    connector = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, _emu(line.x1), _emu(line.y1),
                                     _emu(line.x2), _emu(line.y2))
    _plain(connector)
    connector.line.color.rgb = _rgb(line.color)
    connector.line.width = _emu(line.width)


def _add_chart(shapes, chart: BarChart) -> None:
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_TICK_LABEL_POSITION
    from pptx.util import Pt

    frame = shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, _emu(chart.x), _emu(chart.y),
                             _emu(chart.w), _emu(chart.h), _chart_data(chart))
    plot = frame.chart
    plot.font.name = MAIN_FAMILY
    plot.font.size = Pt(chart.font_size)
    plot.font.color.rgb = _rgb(palette.INK)
    plot.has_legend = len(chart.series) > 1
    if plot.has_legend:
        plot.legend.position = XL_LEGEND_POSITION.BOTTOM
        plot.legend.include_in_layout = False
        plot.legend.font.size = Pt(chart.font_size)
    bars = plot.plots[0]
    bars.gap_width = 60
    bars.overlap = -10
    bars.has_data_labels = True
    bars.data_labels.number_format = chart.number_format
    bars.data_labels.number_format_is_linked = False
    bars.data_labels.font.size = Pt(chart.font_size - 0.5)
    for series, (_name, _values, color) in zip(bars.series, chart.series, strict=True):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = _rgb(color)
    categories = plot.category_axis
    categories.reverse_order = True  # first category on top, as it reads
    categories.format.line.color.rgb = _rgb(palette.RULE)
    categories.has_major_gridlines = False
    values = plot.value_axis
    values.has_major_gridlines = False
    values.visible = False
    values.minimum_scale = 0
    values.tick_label_position = XL_TICK_LABEL_POSITION.NONE


def _add_picture(shapes, picture: Picture) -> None:
    from pptx.enum.shapes import MSO_SHAPE

    square = _square_photo(picture.data)
    if square is None:
        return
    shape = shapes.add_picture(io.BytesIO(square), _emu(picture.x), _emu(picture.y),
                               _emu(picture.size), _emu(picture.size))
    shape.auto_shape_type = MSO_SHAPE.OVAL


def _square_photo(photo: bytes, side: int = 400) -> bytes | None:
    """The photo cropped square as PNG bytes, or None when it cannot be read."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(photo)) as image:
            image = image.convert("RGB")
            edge = min(image.size)
            left, top = (image.width - edge) // 2, (image.height - edge) // 2
            image = image.crop((left, top, left + edge, top + edge))
            if edge > side:
                image = image.resize((side, side), Image.LANCZOS)
            out = io.BytesIO()
            image.save(out, "PNG")
            return out.getvalue()
    except Exception:  # noqa: BLE001 - a damaged photo: the initials avatar stays
        return None


def write_pptx(deck: Deck, target: Path | str, progress=None) -> int:
    """Write ``deck`` as a .pptx at ``target``; returns the number of slides.

    ``progress(done, total, name)`` is called before each slide.
    """
    from pptx import Presentation

    presentation = Presentation()
    presentation.slide_width = _emu(SLIDE_WIDTH)
    presentation.slide_height = _emu(SLIDE_HEIGHT)
    _set_theme_fonts(presentation)
    blank = presentation.slide_layouts[6]
    if deck.title:
        presentation.core_properties.title = deck.title
    total = len(deck.slides)
    for number, slide in enumerate(deck.slides, start=1):
        if progress is not None:
            progress(number - 1, total, slide.title)
        shapes = presentation.slides.add_slide(blank).shapes
        for item in slide.items:
            if isinstance(item, Box):
                _add_box(shapes, item)
            elif isinstance(item, Line):
                _add_line(shapes, item)
            elif isinstance(item, BarChart):
                _add_chart(shapes, item)
            elif isinstance(item, Picture):
                _add_picture(shapes, item)
    presentation.save(str(target))
    return total


# --------------------------------------------------------------------------- preview


def _draw_text(page, box: Box) -> None:
    from workbench.export.canvas import baseline

    tf = page.typeface
    width = inner_width(box.w, box.inset)
    height = paras_height(box.paras, tf, width)
    top = box.y + box.inset
    if box.anchor == "middle":
        top = box.y + (box.h - height) / 2
    for paragraph in box.paras:
        style = paragraph.style
        lines = para_lines(paragraph, tf, width)
        for line in lines:
            if paragraph.align == "center":
                x, align = box.x + box.w / 2, "center"
            elif paragraph.align == "right":
                x, align = box.x + box.w - box.inset, "right"
            else:
                x, align = box.x + box.inset, "left"
            if len(paragraph.runs) > 1 and len(lines) == 1 and align == "left":
                for run in paragraph.runs:  # a one-line paragraph of several styles
                    page.text(x, baseline(top, style), run.text, run.style)
                    x += tf.width(run.text, run.style)
            else:
                page.text(x, baseline(top, style), line, paragraph.runs[0].style, align)
            top += style.line_height
        top += paragraph.space_after


def _draw_chart(page, chart: BarChart) -> None:
    tf = page.typeface
    label_style = TextStyle(chart.font_size, color=palette.INK)
    label_width = min(chart.w * 0.38, max((tf.width(c, label_style) for c in chart.categories),
                                          default=0) + 6)
    legend = 14.0 if len(chart.series) > 1 else 0.0
    rows = max(len(chart.categories), 1)
    row_height = (chart.h - legend) / rows
    bar_height = min(9.0, row_height * 0.8 / max(len(chart.series), 1))
    room = chart.w - label_width - 34
    top_value = max((v for _n, values, _c in chart.series for v in values), default=1.0) or 1.0
    from workbench.export.canvas import baseline

    for row, category in enumerate(chart.categories):
        top = chart.y + row * row_height
        label = tf.clip(category, label_style, label_width - 6)
        page.text(chart.x + label_width - 6, baseline(top + (row_height - label_style.line_height)
                                                      / 2, label_style), label, label_style,
                  align="right")
        bars_top = top + (row_height - bar_height * len(chart.series)) / 2
        for index, (_name, values, color) in enumerate(chart.series):
            value = values[row] if row < len(values) else 0.0
            y = bars_top + index * bar_height
            length = room * max(value, 0.0) / top_value
            page.rect(chart.x + label_width, y + 0.5, length, bar_height - 1, color)
            small = TextStyle(chart.font_size - 1, color=palette.SECONDARY)
            page.text(chart.x + label_width + length + 3, y + bar_height - 1.5,
                      f"{value:.0%}" if chart.number_format.endswith("%") else f"{value:g}",
                      small)
    if legend:
        x = chart.x + label_width
        style = TextStyle(chart.font_size - 0.5, color=palette.SECONDARY)
        for name, _values, color in chart.series:
            page.rect(x, chart.y + chart.h - 9, 7, 7, color)
            page.text(x + 10, chart.y + chart.h - 2.5, name, style)
            x += tf.width(name, style) + 26


def render_page(slide: Slide, typeface: Typeface):
    """The slide drawn on an export canvas page (a matplotlib figure)."""
    from workbench.export.canvas import Page

    page = Page(typeface, (SLIDE_WIDTH, SLIDE_HEIGHT))
    for item in slide.items:
        if isinstance(item, Box):
            if item.kind == "ellipse" and item.fill:
                page.circle(item.x + item.w / 2, item.y + item.h / 2, min(item.w, item.h) / 2,
                            item.fill, zorder=1)
            elif item.kind in ("rect", "rounded") and (item.fill or item.line):
                if item.line:
                    page.rect(item.x - 0.4, item.y - 0.4, item.w + 0.8, item.h + 0.8, item.line,
                              radius=item.radius + 0.4 if item.kind == "rounded" else 0)
                page.rect(item.x, item.y, item.w, item.h, item.fill or palette.WHITE,
                          radius=item.radius if item.kind == "rounded" else 0)
            elif item.fill:
                page.rect(item.x, item.y, item.w, item.h, item.fill)
            _draw_text(page, item)
        elif isinstance(item, Line):
            page.line(item.x1, item.y1, item.x2, item.y2, item.color, item.width)
        elif isinstance(item, BarChart):
            _draw_chart(page, item)
        elif isinstance(item, Picture):
            _draw_picture(page, item)
    return page


def _draw_picture(page, picture: Picture) -> None:
    square = _square_photo(picture.data)
    if square is None:
        return
    import numpy as np
    from PIL import Image

    with Image.open(io.BytesIO(square)) as image:
        pixels = np.asarray(image.convert("RGB"))
    radius = picture.size / 2
    page.round_image(pixels, picture.x + radius, picture.y + radius, radius)


def render_png(slide: Slide, typeface: Typeface, dpi: int = 96) -> bytes:
    """One slide as PNG bytes (the preview of what the .pptx holds)."""
    from workbench.export.canvas import render_settings

    with render_settings():
        page = render_page(slide, typeface)
        out = io.BytesIO()
        page.figure.savefig(out, format="png", dpi=dpi)
        return out.getvalue()
