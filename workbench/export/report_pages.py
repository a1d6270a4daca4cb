"""The research report as one PDF: cover, contents, method, persona cards, journey maps,
evidence and appendix, with "Page N of M" on every page and a bookmark for every section.

Pages are planned first (the persona cards by :mod:`workbench.export.persona_pages`, the
maps by :mod:`workbench.export.journey_pages`, the text sections here), so the contents
page and every footer know the page numbers; then drawn one by one into a PDF by
matplotlib (text stays text, fonts embedded); the bookmarks (the PDF outline) are added
afterwards with pypdf.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from workbench.export import palette
from workbench.export.canvas import A4_PORTRAIT, Page, render_settings
from workbench.export.layout import Block, Frame, Placed, Spacer, draw_placed, fill
from workbench.export.report_blocks import (
    BODY,
    NOTE,
    PartHeading,
    Say,
    TableBlock,
    paragraph,
    quote_blocks,
)
from workbench.export.report_content import (
    QuoteItem,
    ReportContent,
    ReportContext,
    ReportCover,
    ReportTable,
    TextSection,
    report_title,
)
from workbench.export.text import TextStyle, Typeface, default_typeface
from workbench.i18n import translate

PAGE_WIDTH, PAGE_HEIGHT = A4_PORTRAIT
MARGIN = 48.0
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FOOTER_RULE = PAGE_HEIGHT - 52.0
BODY_BOTTOM = FOOTER_RULE - 16.0
SECTION_BAND = 104.0
SLIM_BAND = 50.0
ACCENT = palette.PERSONA_COLORS[0]

OVERLINE = TextStyle(7.5, bold=True, color=palette.text_shade(ACCENT), leading=1.3)
SECTION_TITLE = TextStyle(24.0, bold=True, color=palette.INK, leading=1.15)
SLIM_TITLE = TextStyle(11.5, bold=True, color=palette.INK, leading=1.2)
CONTINUED = TextStyle(8.0, italic=True, color=palette.SECONDARY)
FOOTER = TextStyle(6.6, color=palette.MUTED, leading=1.35)
FOOTER_STRONG = TextStyle(6.6, bold=True, color=palette.SECONDARY, leading=1.35)
COVER_OVERLINE = TextStyle(9.5, bold=True, color=palette.text_shade(ACCENT), leading=1.3)
COVER_TITLE = TextStyle(30.0, bold=True, color=palette.INK, leading=1.13)
COVER_DATE = TextStyle(11.0, color=palette.SECONDARY, leading=1.35)
COVER_LABEL = TextStyle(9.0, color=palette.SECONDARY, leading=1.3)
COVER_VALUE = TextStyle(9.0, bold=True, color=palette.INK, leading=1.3)
COVER_HEAD = TextStyle(8.0, bold=True, color=palette.SECONDARY, leading=1.3)
PERSONA_NAME = TextStyle(9.0, color=palette.INK, leading=1.3)
ENTRY = TextStyle(10.5, bold=True, color=palette.INK, leading=1.3)
SUB_ENTRY = TextStyle(9.0, color=palette.INK, leading=1.3)

ProgressFn = Callable[[int, int, str], None]
DrawFn = Callable[[int, int], Page]


@dataclass
class Bookmark:
    """An outline entry: its title, the page it opens (0-based), its level (0 or 1)."""

    title: str
    page: int
    level: int = 0


@dataclass
class PlannedReport:
    """Every page as a drawing function (number, total) and the bookmarks."""

    pages: list[tuple[str, DrawFn]] = field(default_factory=list)
    bookmarks: list[Bookmark] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.pages)


# --------------------------------------------------------------------------- common parts


def _footer(page: Page, context: ReportContext, number: int, total: int,
            replaced: bool) -> None:
    tf = page.typeface
    page.line(MARGIN, FOOTER_RULE, PAGE_WIDTH - MARGIN, FOOTER_RULE, palette.RULE, 0.6)
    label = translate("Export", "Page {n} of {total}").format(n=number, total=total)
    label_width = tf.width(label, FOOTER_STRONG)
    y = FOOTER_RULE + 6
    title = translate("Report", "{project} · Research report").format(
        project=tf.visible(context.project, FOOTER_STRONG)[0])
    page.lines(MARGIN, y, [tf.clip(title, FOOTER_STRONG, CONTENT_WIDTH - label_width - 16)],
               FOOTER_STRONG)
    page.lines(PAGE_WIDTH - MARGIN, y, [label], FOOTER_STRONG, align="right")
    lines = tf.wrap(tf.visible(context.provenance, FOOTER)[0], FOOTER, CONTENT_WIDTH)
    if len(lines) > 2:
        lines = [lines[0], tf.ellipsize(" ".join(lines[1:]), FOOTER, CONTENT_WIDTH)]
    if replaced:
        lines.append(tf.clip(translate(
            "Export", "Text in [brackets] stands for characters the embedded fonts cannot show: "
            "[?] for letters, a name for an emoji."), FOOTER, CONTENT_WIDTH))
    page.lines(MARGIN, y + FOOTER_STRONG.line_height, lines, FOOTER)


def _section_band(page: Page, overline: str, title: str) -> None:
    tf = page.typeface
    page.rect(0, 0, PAGE_WIDTH, SECTION_BAND, palette.tint(ACCENT, 0.92), zorder=0.5)
    page.rect(0, 0, PAGE_WIDTH, 4, ACCENT, zorder=0.6)
    page.lines(MARGIN, 38, [overline.upper()], OVERLINE)
    lines, style, _ = tf.fit(tf.visible(title, SECTION_TITLE)[0].replace("\n", " "),
                             SECTION_TITLE, CONTENT_WIDTH, 1, 15)
    page.lines(MARGIN, 38 + OVERLINE.line_height + 4, lines, style)


def _slim_band(page: Page, title: str) -> None:
    tf = page.typeface
    page.rect(0, 0, PAGE_WIDTH, SLIM_BAND, palette.tint(ACCENT, 0.92), zorder=0.5)
    page.rect(0, 0, PAGE_WIDTH, 4, ACCENT, zorder=0.6)
    note = translate("Export", "continued")
    note_width = tf.width(note, CONTINUED)
    shown = tf.visible(title, SLIM_TITLE)[0].replace("\n", " ")
    page.text(MARGIN, 31, tf.clip(shown, SLIM_TITLE, CONTENT_WIDTH - note_width - 14),
              SLIM_TITLE)
    page.text(PAGE_WIDTH - MARGIN, 31, note, CONTINUED, align="right")


# --------------------------------------------------------------------------- text sections


@dataclass
class TextPage:
    first: bool
    frame: Frame
    placed: list[Placed]


def _story(section: TextSection, typeface: Typeface, say: Say) -> list[Block]:
    story: list[Block] = []
    if section.intro:
        story.append(paragraph(section.intro, typeface, say))
    for index, part in enumerate(section.parts):
        story.append(PartHeading(say(part.title, BODY).replace("\n", " "), typeface, ACCENT,
                                 anchor=index, space_before=10.0 if not story else 16.0))
        for item in part.items:
            if isinstance(item, ReportTable):
                story.append(TableBlock(item, typeface, say))
            elif isinstance(item, QuoteItem):
                meta = " · ".join(p for p in (item.code, item.voice_tag, item.who) if p)
                story.extend(quote_blocks(item.text, meta, typeface, say, ACCENT))
            else:
                story.append(paragraph(item.text, typeface, say, item.kind))
        story.append(Spacer(4))
    return story


def plan_text_section(section: TextSection, typeface: Typeface
                      ) -> tuple[list[TextPage], dict[int, int], bool]:
    """The pages of a text section, the page (0-based, within it) each part starts on, and
    whether stand-ins were needed."""
    say = Say(typeface)
    story = _story(section, typeface, say)
    pages: list[TextPage] = []
    starts: dict[int, int] = {}
    while story or not pages:
        first = not pages
        top = (SECTION_BAND if first else SLIM_BAND) + 22
        frame = Frame(MARGIN, top, CONTENT_WIDTH, BODY_BOTTOM - top)
        placed, story = fill(story, frame)
        for item in placed:
            anchor = getattr(item.block, "anchor", None)
            if anchor is not None and anchor not in starts:
                starts[anchor] = len(pages)
        pages.append(TextPage(first, frame, placed))
    return pages, starts, say.replaced


def _draw_text_page(plan: TextPage, section: TextSection, overline: str,
                    context: ReportContext, replaced: bool, typeface: Typeface
                    ) -> DrawFn:
    def draw(number: int, total: int) -> Page:
        page = Page(typeface)
        if plan.first:
            _section_band(page, overline, section.title)
        else:
            _slim_band(page, section.title)
        draw_placed(page, plan.frame, plan.placed)
        _footer(page, context, number, total, replaced)
        return page

    return draw


# --------------------------------------------------------------------------- cover


def _draw_cover(cover: ReportCover, context: ReportContext, typeface: Typeface) -> DrawFn:
    def draw(number: int, total: int) -> Page:
        page = Page(typeface)
        tf = typeface
        say = Say(tf)
        page.rect(0, 0, PAGE_WIDTH, 300, palette.tint(ACCENT, 0.92), zorder=0.5)
        page.rect(0, 0, PAGE_WIDTH, 6, ACCENT, zorder=0.6)
        y = page.lines(MARGIN, 118, [report_title().upper()], COVER_OVERLINE) + 8
        name = say(cover.project, COVER_TITLE).replace("\n", " ") or "—"
        lines, style, _ = tf.fit(name, COVER_TITLE, CONTENT_WIDTH, 3, 18)
        y = page.lines(MARGIN, y, lines, style) + 10
        page.lines(MARGIN, y, [translate("Report", "Exported on {date}").format(
            date=cover.date)], COVER_DATE)
        # the personas as coloured dots, under the band
        y = 300 + 34
        if cover.personas:
            page.lines(MARGIN, y, [translate("Report", "THE PERSONAS")], COVER_HEAD)
            y += COVER_HEAD.line_height + 8
            column = CONTENT_WIDTH / 2
            for index, (position, persona) in enumerate(cover.personas):
                x = MARGIN + (index % 2) * column
                row_top = y + (index // 2) * 18
                page.circle(x + 5, row_top + 6, 5, palette.persona_color(position))
                text = tf.clip(say(persona, PERSONA_NAME).replace("\n", " "), PERSONA_NAME,
                               column - 24)
                page.lines(x + 16, row_top, [text], PERSONA_NAME)
            y += ((len(cover.personas) + 1) // 2) * 18 + 18
        page.lines(MARGIN, y, [translate("Report", "WHAT THE STUDY COVERS")], COVER_HEAD)
        y += COVER_HEAD.line_height + 6
        label_width = 150.0
        for label, value in cover.facts:
            page.line(MARGIN, y, PAGE_WIDTH - MARGIN, y, palette.RULE, 0.5)
            value_lines = tf.wrap(say(value, COVER_VALUE), COVER_VALUE,
                                  CONTENT_WIDTH - label_width)[:3]
            page.lines(MARGIN, y + 4, [tf.clip(say(label, COVER_LABEL), COVER_LABEL,
                                               label_width - 8)], COVER_LABEL)
            bottom = page.lines(MARGIN + label_width, y + 4, value_lines, COVER_VALUE)
            y = bottom + 4
            if y > FOOTER_RULE - 80:
                break
        page.line(MARGIN, y, PAGE_WIDTH - MARGIN, y, palette.RULE, 0.5)
        notes = [n for n in (cover.privacy, cover.app) if n]
        if notes:
            bottom_lines = [line for note in notes for line in tf.wrap(say(note, NOTE), NOTE,
                                                                      CONTENT_WIDTH)]
            page.lines(MARGIN, FOOTER_RULE - 14 - len(bottom_lines) * NOTE.line_height,
                       bottom_lines, NOTE)
        _footer(page, context, number, total, say.replaced)
        return page

    return draw


# --------------------------------------------------------------------------- contents


def contents_rows_per_page() -> int:
    return int((BODY_BOTTOM - SECTION_BAND - 22) // (ENTRY.line_height + 7))


def _draw_contents(entries: list[Bookmark], first: bool, context: ReportContext,
                   typeface: Typeface) -> DrawFn:
    def draw(number: int, total: int) -> Page:
        page = Page(typeface)
        tf = typeface
        say = Say(tf)
        title = translate("Report", "Contents")
        if first:
            _section_band(page, report_title(), title)
        else:
            _slim_band(page, title)
        y = (SECTION_BAND if first else SLIM_BAND) + 22
        for entry in entries:
            style = ENTRY if entry.level == 0 else SUB_ENTRY
            indent = 0.0 if entry.level == 0 else 16.0
            if entry.level == 0 and entry is not entries[0]:
                y += 6
            label = str(entry.page + 1)
            label_width = tf.width(label, style)
            text = tf.clip(say(entry.title, style).replace("\n", " "), style,
                           CONTENT_WIDTH - indent - label_width - 30)
            page.lines(MARGIN + indent, y, [text], style)
            page.lines(PAGE_WIDTH - MARGIN, y, [label], style, align="right")
            lead_y = y + style.line_height - 3.5
            start = MARGIN + indent + tf.width(text, style) + 6
            end = PAGE_WIDTH - MARGIN - label_width - 6
            if end > start:
                page.line(start, lead_y, end, lead_y, palette.RULE, 0.6)
            y += style.line_height + 7
        _footer(page, context, number, total, say.replaced)
        return page

    return draw


# --------------------------------------------------------------------------- the plan


def plan_report(content: ReportContent, typeface: Typeface | None = None) -> PlannedReport:
    """Every page of the report, in order, and its bookmarks (page numbers 0-based)."""
    from workbench.export import journey_pages, persona_pages

    typeface = typeface or default_typeface()
    context = content.context
    body: list[tuple[str, DrawFn]] = []
    marks: list[Bookmark] = []  # pages counted from the first page after the contents

    def text_section(section: TextSection | None, number: int) -> None:
        if section is None:
            return
        pages, starts, replaced = plan_text_section(section, typeface)
        overline = translate("Report", "Section {n}").format(n=number)
        marks.append(Bookmark(section.title, len(body)))
        for index, part in enumerate(section.parts):
            if index in starts:
                marks.append(Bookmark(part.title, len(body) + starts[index], 1))
        for plan in pages:
            body.append((section.title, _draw_text_page(plan, section, overline, context,
                                                        replaced, typeface)))

    sections = 1
    text_section(content.method, sections)
    if content.cards:
        sections += 1
        marks.append(Bookmark(translate("Report", "Personas"), len(body)))
        card_context = content.card_context
        for plan in persona_pages.plan_cards(content.cards, card_context, typeface):
            if not plan.continued:
                marks.append(Bookmark(plan.card.name, len(body), 1))
            body.append((plan.card.name, _card_drawing(plan, card_context, typeface)))
    if content.journeys:
        sections += 1
        marks.append(Bookmark(translate("Report", "Journey maps"), len(body)))
        for journey in content.journeys:
            shown, plans, replaced = journey_pages.prepare(journey.sheet, "a4", typeface)
            marks.append(Bookmark(journey.sheet.name, len(body), 1))
            for plan in plans:
                body.append((journey.sheet.name, _map_drawing(plan, shown, journey.context,
                                                              replaced, typeface)))
    if content.evidence is not None:
        sections += 1
        text_section(content.evidence, sections)
    if content.appendix is not None:
        sections += 1
        text_section(content.appendix, sections)

    per_page = contents_rows_per_page()
    contents_pages = max(1, -(-len(marks) // per_page))
    offset = 1 + contents_pages
    for mark in marks:
        mark.page += offset
    report = PlannedReport()
    report.pages.append((translate("Report", "Cover"),
                         _draw_cover(content.cover, context, typeface)))
    for index in range(contents_pages):
        chunk = marks[index * per_page:(index + 1) * per_page]
        report.pages.append((translate("Report", "Contents"),
                             _draw_contents(chunk, index == 0, context, typeface)))
    report.pages.extend(body)
    report.bookmarks = [Bookmark(translate("Report", "Cover"), 0),
                        Bookmark(translate("Report", "Contents"), 1)] + marks
    return report


def _card_drawing(plan, card_context, typeface: Typeface) -> DrawFn:
    from workbench.export.persona_pages import draw_page

    return lambda number, total: draw_page(plan, card_context, number, total, typeface)


def _map_drawing(plan, sheet, context, replaced: bool, typeface: Typeface) -> DrawFn:
    from workbench.export.journey_pages import draw_page

    return lambda number, total: draw_page(plan, sheet, context, number, total, typeface,
                                           replaced)


# --------------------------------------------------------------------------- files


def write_report(content: ReportContent, target, progress: ProgressFn | None = None,
                 typeface: Typeface | None = None) -> PlannedReport:
    """Write the report to ``target`` (a path or a binary file) with its bookmarks; returns
    the plan (pages and bookmarks). ``progress(done, total, name)`` is called after each page
    and may raise to stop."""
    from io import BytesIO

    from matplotlib.backends.backend_pdf import PdfPages

    typeface = typeface or default_typeface()
    report = plan_report(content, typeface)
    title = f"{report_title()}: {content.context.project}"
    metadata = {"Title": title, "Subject": content.context.project,
                "Creator": content.cover.app or "Persona Workbench"}
    pages = BytesIO()
    with render_settings(), PdfPages(pages, metadata=metadata) as pdf:
        for number, (name, draw) in enumerate(report.pages, start=1):
            page = draw(number, report.total)
            pdf.savefig(page.figure)
            page.figure.clear()
            if progress is not None:
                progress(number, report.total, name)
    add_outline(pages.getvalue(), report.bookmarks, target, metadata)
    return report


def add_outline(pdf: bytes, bookmarks: list[Bookmark], target, metadata: dict) -> None:
    """Write ``pdf`` to ``target`` with ``bookmarks`` as its outline (shown when it opens)."""
    from io import BytesIO

    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError:  # without pypdf the report is whole, only without bookmarks
        if hasattr(target, "write"):
            target.write(pdf)
        else:
            with open(target, "wb") as handle:
                handle.write(pdf)
        return
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    parent = None
    for mark in bookmarks:
        title = _outline_title(mark.title)
        if mark.level == 0:
            parent = writer.add_outline_item(title=title, page_number=mark.page)
        else:
            writer.add_outline_item(title=title, page_number=mark.page, parent=parent)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({f"/{key}": value for key, value in metadata.items()})
    if hasattr(target, "write"):
        writer.write(target)
    else:
        with open(target, "wb") as handle:
            writer.write(handle)


def _outline_title(text: str) -> str:
    """A bookmark's title: one line, no control characters, not too long."""
    import unicodedata

    text = " ".join(str(text).split())
    text = "".join(c for c in text if unicodedata.category(c) != "Cc")
    return text if len(text) <= 120 else text[:119].rstrip() + "…"

