"""Persona cards on A4 pages: header, quote, two flowing columns, footer; PDF and PNG out.

One page per persona; a card whose texts do not fit continues on further pages
with a slim header, so nothing is cut or runs off the page. Pages are planned
first and drawn afterwards, so the footer can say "page 3 of 8".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workbench.export import palette, wording
from workbench.export.canvas import A4_PORTRAIT, ASCENT, DESCENT, Page, render_settings
from workbench.export.layout import Block, Frame, Placed, draw_placed, fill
from workbench.export.persona_card import (
    CardContext,
    CardLook,
    CardText,
    PersonaCard,
    main_story,
    quote_block,
    side_story,
)
from workbench.export.text import TextStyle, Typeface, default_typeface
from workbench.i18n import translate

PAGE_WIDTH, PAGE_HEIGHT = A4_PORTRAIT
MARGIN = 40.0
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADER_TOP = 34.0
AVATAR = 76.0
MAIN_WIDTH = 300.0
GUTTER = 18.0
SIDE_X = MARGIN + MAIN_WIDTH + GUTTER
SIDE_WIDTH = PAGE_WIDTH - MARGIN - SIDE_X
SIDE_PADDING = 12.0
FOOTER_RULE = PAGE_HEIGHT - 52.0
COLUMNS_BOTTOM = FOOTER_RULE - 14.0
CONTINUATION_BAND = 58.0

NAME = TextStyle(22.0, bold=True, color=palette.INK, leading=1.18)
NAME_MIN_SIZE = 13.0
NAME_MAX_LINES = 5
SUBTITLE = TextStyle(9.5, color=palette.SECONDARY, leading=1.35)
FOOTER = TextStyle(6.6, color=palette.MUTED, leading=1.35)
FOOTER_STRONG = TextStyle(6.6, bold=True, color=palette.SECONDARY, leading=1.35)
WEAK = TextStyle(6.6, bold=True, color="#9A5B00", leading=1.35)
#: The sample sentence ("From a sample of 500,000 of 42,318,220 customers.") on every page.
SAMPLE = TextStyle(6.6, bold=True, color=palette.INK, leading=1.35)
#: A quote of up to this many lines spans the page under the header; a longer one flows.
QUOTE_BAND_LINES = 4
#: PNG resolution (dots per inch) unless told otherwise.
PNG_DPI = 170

ProgressFn = Callable[[int, int, str], None]


@dataclass
class CardPage:
    """One planned page of a card."""

    card: PersonaCard
    continued: bool
    main_frame: Frame
    main: list[Placed]
    side_frame: Frame
    side: list[Placed]
    name_lines: list[str] = field(default_factory=list)
    name_style: TextStyle = NAME
    quote_band: Block | None = None
    quote_top: float = 0.0
    header_bottom: float = 0.0
    #: The card needed stand-ins for characters the fonts lack.
    replaced: bool = False
    #: The name shown (stand-ins applied), for the slim header of continuation pages.
    name: str = ""


#: The looks a card may take, loosest first: a card is set a step tighter when that keeps it on
#: one page; one that still runs over keeps the loosest look and continues on further pages.
LOOKS = (CardLook(), CardLook().tighter(0.93), CardLook().tighter(0.87))


def plan_card(card: PersonaCard, context: CardContext, typeface: Typeface) -> list[CardPage]:
    """The pages one persona needs: one, unless its texts run long."""
    loosest = _plan_card(card, context, typeface, LOOKS[0])
    if len(loosest) == 1:
        return loosest
    for look in LOOKS[1:]:
        pages = _plan_card(card, context, typeface, look)
        if len(pages) == 1:
            return pages
    return loosest


def _plan_card(card: PersonaCard, context: CardContext, typeface: Typeface,
               look: CardLook) -> list[CardPage]:
    say = CardText(typeface)
    name = say(card.name.strip() or "—", NAME).replace("\n", " ")
    text_left = MARGIN + AVATAR + 18
    name_width = PAGE_WIDTH - MARGIN - text_left
    # Two lines at a size down to 16 pt; only a longer name gets more lines, smaller.
    name_lines, name_style, cut = typeface.fit(name, NAME, name_width, 2, 16)
    if cut:
        name_lines, name_style, cut = typeface.fit(name, NAME.sized(15), name_width,
                                                   NAME_MAX_LINES, NAME_MIN_SIZE)
    name_top = HEADER_TOP + _overline_style(card).line_height + 2
    subtitle_top = name_top + len(name_lines) * name_style.line_height + 3
    header_bottom = max(HEADER_TOP + AVATAR, subtitle_top + SUBTITLE.line_height) + 18

    quote_band = None
    top = header_bottom + 16
    quote = card.quote.strip()
    if quote and len(typeface.wrap(say(quote, look.quote), look.quote,
                                   CONTENT_WIDTH - 12)) <= QUOTE_BAND_LINES:
        quote_band = quote_block(quote, say, card.color, look.quote)
        top += quote_band.height(CONTENT_WIDTH) + 10
    main = main_story(card, context, say, look, name if cut else None, quote_band is None)
    side = side_story(card, context, say, look)

    pages: list[CardPage] = []
    while True:
        first = not pages
        main_frame = Frame(MARGIN, top, MAIN_WIDTH, COLUMNS_BOTTOM - top)
        side_frame = Frame(SIDE_X + SIDE_PADDING, top + SIDE_PADDING,
                           SIDE_WIDTH - 2 * SIDE_PADDING, COLUMNS_BOTTOM - top - 2 * SIDE_PADDING)
        placed_main, main = fill(main, main_frame)
        placed_side, side = fill(side, side_frame)
        pages.append(CardPage(card, not first, main_frame, placed_main, side_frame, placed_side,
                              name=name))
        if first:
            pages[0].name_lines, pages[0].name_style = name_lines, name_style
            pages[0].quote_band, pages[0].quote_top = quote_band, header_bottom + 14
            pages[0].header_bottom = header_bottom
        if not main and not side:
            break
        top = CONTINUATION_BAND + 18
    for page in pages:
        page.replaced = say.replaced
    return pages


def _overline_style(card: PersonaCard) -> TextStyle:
    return TextStyle(7.5, bold=True, color=palette.text_shade(card.color), leading=1.3)


# --------------------------------------------------------------------------- drawing


def draw_page(plan: CardPage, context: CardContext, number: int, total: int,
              typeface: Typeface) -> Page:
    page = Page(typeface)
    if plan.continued:
        _draw_slim_header(page, plan)
    else:
        _draw_header(page, plan, context)
        if plan.quote_band is not None:
            plan.quote_band.draw(page, MARGIN, plan.quote_top, CONTENT_WIDTH)
    if plan.side:
        bottom = plan.side[-1].top + plan.side[-1].block.height(plan.side_frame.width)
        page.rect(SIDE_X, plan.side_frame.top - SIDE_PADDING, SIDE_WIDTH,
                  bottom - plan.side_frame.top + 2 * SIDE_PADDING, palette.PANEL, radius=6,
                  zorder=0.5)
        draw_placed(page, plan.side_frame, plan.side)
    draw_placed(page, plan.main_frame, plan.main)
    _draw_footer(page, plan, context, number, total)
    return page


def _draw_header(page: Page, plan: CardPage, context: CardContext) -> None:
    card, color = plan.card, plan.card.color
    page.rect(0, 0, PAGE_WIDTH, plan.header_bottom, palette.tint(color, 0.9), zorder=0.5)
    page.rect(0, 0, PAGE_WIDTH, 4, color, zorder=0.6)
    _draw_avatar(page, card, page.typeface, MARGIN + AVATAR / 2, HEADER_TOP + AVATAR / 2,
                 AVATAR / 2)
    x = MARGIN + AVATAR + 18
    overline = _overline_style(card)
    page.lines(x, HEADER_TOP, [translate("Export", "PERSONA {n} OF {k}").format(
        n=card.position + 1, k=context.persona_count)], overline)
    y = page.lines(x, HEADER_TOP + overline.line_height + 2, plan.name_lines, plan.name_style)
    subtitle = translate("Export", "{size} customers · {share} of the {total} clustered").format(
        size=wording.count(card.size), share=wording.percent(card.share, 1),
        total=wording.count(context.customers_clustered))
    page.lines(x, y + 3, [page.typeface.clip(subtitle, SUBTITLE, PAGE_WIDTH - MARGIN - x)],
               SUBTITLE)


def _draw_slim_header(page: Page, plan: CardPage) -> None:
    color, tf = plan.card.color, page.typeface
    page.rect(0, 0, PAGE_WIDTH, CONTINUATION_BAND, palette.tint(color, 0.9), zorder=0.5)
    page.rect(0, 0, PAGE_WIDTH, 4, color, zorder=0.6)
    _draw_avatar(page, plan.card, tf, MARGIN + 14, 31, 14)
    style = TextStyle(12, bold=True, color=palette.INK)
    note_style = TextStyle(8, italic=True, color=palette.SECONDARY)
    note = translate("Export", "continued")
    note_width = tf.width(note, note_style)
    x = MARGIN + 38
    page.text(x, 35.5, tf.clip(plan.name, style, PAGE_WIDTH - MARGIN - x - note_width - 14),
              style)
    page.text(PAGE_WIDTH - MARGIN, 35.5, note, note_style, align="right")


def _draw_avatar(page: Page, card: PersonaCard, tf: Typeface, cx: float, cy: float,
                 radius: float) -> None:
    pixels = _photo_pixels(card.photo)
    if pixels is not None:
        page.circle(cx, cy, radius + 1.5, palette.WHITE)
        page.round_image(pixels, cx, cy, radius)
        return
    page.circle(cx, cy, radius, card.color)
    style = TextStyle(radius * 0.72, bold=True, color=palette.readable_on(card.color))
    letters = _initials(card.name, tf, style)
    page.text(cx, cy + (ASCENT - DESCENT) / 2 * style.size * 0.86, letters, style,
              align="center")


def _initials(name: str, tf: Typeface, style: TextStyle) -> str:
    """Initials from the words the fonts can draw ("?" when none)."""
    cover = tf.coverage(style)
    words = [w for w in name.replace("·", " ").split()
             if w[:1].isalnum() and ord(w[0].upper()) in cover]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def _photo_pixels(photo: bytes | None):
    """The photo as a square RGB array (at most 480 px), or None when absent or unreadable."""
    if not photo:
        return None
    try:
        from io import BytesIO

        import numpy as np
        from PIL import Image

        with Image.open(BytesIO(photo)) as image:
            image = image.convert("RGB")
            side = min(image.size)
            left, top = (image.width - side) // 2, (image.height - side) // 2
            image = image.crop((left, top, left + side, top + side))
            if side > 480:
                image = image.resize((480, 480), Image.LANCZOS)
            return np.asarray(image)
    except Exception:  # noqa: BLE001 - a damaged photo falls back to the initials avatar
        return None


def _draw_footer(page: Page, plan: CardPage, context: CardContext, number: int,
                 total: int) -> None:
    tf = page.typeface
    page.line(MARGIN, FOOTER_RULE, PAGE_WIDTH - MARGIN, FOOTER_RULE, palette.RULE, 0.6)
    page_label = translate("Export", "Page {n} of {total}").format(n=number, total=total)
    label_width = tf.width(page_label, FOOTER_STRONG)
    y = FOOTER_RULE + 6
    title = translate("Export", "{project} · Persona set: {persona_set}").format(
        project=tf.visible(context.project, FOOTER_STRONG)[0],
        persona_set=tf.visible(context.persona_set, FOOTER_STRONG)[0])
    page.lines(MARGIN, y, [tf.clip(title, FOOTER_STRONG, CONTENT_WIDTH - label_width - 16)],
               FOOTER_STRONG)
    page.lines(PAGE_WIDTH - MARGIN, y, [page_label], FOOTER_STRONG, align="right")
    y += FOOTER_STRONG.line_height
    if context.weak_structure:
        page.lines(MARGIN, y, [tf.clip(wording.weak_structure_text() + ". " + translate(
            "Export", "Read them as ranges along a scale rather than distinct groups."), WEAK, CONTENT_WIDTH)], WEAK)
        y += WEAK.line_height
    # The footer keeps to four lines: the title, then at most three. The sample sentence gets
    # lines of its own (two at most, several sampled sources) where the weak-structure warning
    # and the stand-ins note leave room, and leads the provenance otherwise; provenance keeps
    # one line at least and gives way first.
    sample = tf.visible(context.sample_note, SAMPLE)[0] if context.sample_note else ""
    free = 3 - context.weak_structure - plan.replaced - 1
    sample_lines = tf.wrap(sample, SAMPLE, CONTENT_WIDTH) if sample and free > 0 else []
    if len(sample_lines) > free:
        sample_lines = sample_lines[:free - 1] + [
            tf.ellipsize(" ".join(sample_lines[free - 1:]), SAMPLE, CONTENT_WIDTH)]
    if sample_lines:
        y = page.lines(MARGIN, y, sample_lines, SAMPLE)
    provenance = footer_provenance(context, tf)
    if sample and not sample_lines:
        provenance = f"{sample} {provenance}"
    lines = tf.wrap(provenance, FOOTER, CONTENT_WIDTH)
    room = min(2, 3 - context.weak_structure - len(sample_lines) - plan.replaced)
    if len(lines) > room:
        lines = lines[:room - 1] + [tf.ellipsize(lines[room - 1], FOOTER, CONTENT_WIDTH)]
    if plan.replaced:
        lines.append(tf.clip(translate(
            "Export", "Text in [brackets] stands for characters the embedded fonts cannot show: "
            "[?] for letters, a name for an emoji."), FOOTER, CONTENT_WIDTH))
    page.lines(MARGIN, y, lines, FOOTER)


def footer_provenance(context: CardContext, tf: Typeface) -> str:
    """Where the personas come from: run, customers, sources, export date."""
    sources = [tf.visible(s, FOOTER)[0] for s in context.sources]
    if len(sources) > 4:
        shown = translate("Export", "{names} and {n} more").format(
            names=", ".join(sources[:3]), n=len(sources) - 3)
    else:
        shown = ", ".join(sources) or "—"
    return translate(
        "Export", "Computed on {computed} ({method}) from {customers} customers clustered. "
        "Sources: {sources}. Exported on {exported}{app}.").format(
        computed=context.computed_on, method=context.method,
        customers=wording.count(context.customers_clustered), sources=shown,
        exported=context.exported_on,
        app=translate("Export", " with {app}").format(app=context.app) if context.app else "")


# --------------------------------------------------------------------------- files


def plan_cards(cards: Sequence[PersonaCard], context: CardContext,
               typeface: Typeface | None = None) -> list[CardPage]:
    typeface = typeface or default_typeface()
    return [page for card in cards for page in plan_card(card, context, typeface)]


def write_pdf(cards: Sequence[PersonaCard], context: CardContext, target,
              progress: ProgressFn | None = None, typeface: Typeface | None = None) -> int:
    """Write the cards to ``target`` (path or binary file); returns the number of pages.

    ``progress(done, total, message)`` is called after each page and may raise to stop.
    """
    from matplotlib.backends.backend_pdf import PdfPages

    typeface = typeface or default_typeface()
    plans = plan_cards(cards, context, typeface)
    metadata = {"Title": translate("Export", "Personas: {persona_set}").format(
                    persona_set=context.persona_set),
                "Subject": context.project, "Creator": context.app or "Persona Workbench"}
    with render_settings(), PdfPages(target, metadata=metadata) as pdf:
        for number, plan in enumerate(plans, start=1):
            page = draw_page(plan, context, number, len(plans), typeface)
            pdf.savefig(page.figure)
            if progress is not None:
                progress(number, len(plans), plan.card.name)
    return len(plans)


def write_pngs(cards: Sequence[PersonaCard], context: CardContext,
               target_for: Callable[[PersonaCard, int], Path], dpi: int = PNG_DPI,
               progress: ProgressFn | None = None, typeface: Typeface | None = None
               ) -> list[Path]:
    """One PNG per page; ``target_for(card, page_of_card)`` names each file (page 1, 2...)."""
    typeface = typeface or default_typeface()
    plans = plan_cards(cards, context, typeface)
    written: list[Path] = []
    seen: dict[int, int] = {}
    with render_settings():
        for number, plan in enumerate(plans, start=1):
            seen[id(plan.card)] = seen.get(id(plan.card), 0) + 1
            path = target_for(plan.card, seen[id(plan.card)])
            page = draw_page(plan, context, number, len(plans), typeface)
            page.figure.savefig(path, format="png", dpi=dpi, facecolor="#FFFFFF")
            written.append(path)
            if progress is not None:
                progress(number, len(plans), plan.card.name)
    return written

