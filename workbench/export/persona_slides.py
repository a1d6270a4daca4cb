"""Persona cards as slides: one persona per slide, a second when its texts do not fit.

The same cards the PDF prints (:class:`~workbench.export.persona_card.PersonaCard`)
and the same wording: a header with the avatar, name, size and share; the
researcher's texts and what sets the persona apart down the main column; share,
outcomes and a native channel-mix chart in the side panel. Sections flow from
slide to slide (a long story continues on the next slide, split between lines),
so no text box is ever taller than the room it was measured for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.export import palette, wording
from workbench.export.persona_card import (
    FRONTLINE,
    CardContext,
    CardText,
    PersonaCard,
    card_effects,
    effect_figures,
)
from workbench.export.slides import (
    SLIDE_HEIGHT,
    SLIDE_WIDTH,
    BarChart,
    Box,
    Deck,
    Para,
    Picture,
    Run,
    Slide,
    inner_width,
    para,
    para_height,
    paras_height,
    split_para,
)
from workbench.export.text import TextStyle, Typeface
from workbench.i18n import translate

MARGIN = 36.0
HEADER = 104.0
SLIM_HEADER = 58.0
MAIN_X, MAIN_W = MARGIN, 556.0
SIDE_X, SIDE_W = 616.0, SLIDE_WIDTH - MARGIN - 616.0
SIDE_PAD = 12.0
FOOTER_TOP = SLIDE_HEIGHT - 30.0
COLUMN_BOTTOM = FOOTER_TOP - 8.0
SECTION_GAP = 12.0
AVATAR = 60.0
#: Members' quotes on a slide, and the characters of each.
SLIDE_QUOTES = 3
QUOTE_CHARS = 240
#: Outcomes named in the side panel.
SLIDE_OUTCOMES = 4

NAME = TextStyle(26, bold=True, color=palette.INK, leading=1.15)
SUBTITLE = TextStyle(11, color=palette.SECONDARY, leading=1.3)
BODY = TextStyle(11, color=palette.INK, leading=1.35)
SIDE = TextStyle(10, color=palette.INK, leading=1.35)
NOTE = TextStyle(8.5, color=palette.SECONDARY, leading=1.35)
DRAFT = TextStyle(8.5, italic=True, color=palette.SECONDARY, leading=1.35)
FOOTER = TextStyle(8, color=palette.MUTED, leading=1.3)

_BULLET_MARK = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)])\s+")


# --------------------------------------------------------------------------- content


@dataclass
class Section:
    """A heading and its paragraphs: one text box on a slide (or one per slide it spans)."""

    title: str
    paras: list[Para]
    color: str


@dataclass
class ChartSection:
    title: str
    chart: BarChart  # placed at x=0, y=0; moved when laid out
    color: str


def _heading(title: str, color: str) -> Para:
    return para(title.upper(), TextStyle(9, bold=True, color=palette.text_shade(color),
                                         leading=1.4), space_after=3)


def _text_paras(text: str, style: TextStyle, say: CardText, bullets: bool) -> list[Para]:
    text = say(text.strip(), style)
    lines = [line for line in text.split("\n") if line.strip()]
    if bullets and (len(lines) > 1 or (lines and _BULLET_MARK.match(lines[0]))):
        return [para("• " + _BULLET_MARK.sub("", line).strip(), style, space_after=3)
                for line in lines]
    return [para(p.strip().replace("\n", " "), style, space_after=6)
            for p in re.split(r"\n\s*\n", text) if p.strip()]


def main_sections(card: PersonaCard, context: CardContext, say: CardText,
                  quote_labels: Sequence[str] = ()) -> list[Section]:
    """The main column: quote, story, goals, frustrations, motivations, what sets them apart,
    what members say. ``quote_labels``: the customer behind each member's quote (only given
    when personal data may be shown)."""
    color = card.color
    sections: list[Section] = []
    if card.quote.strip():
        style = TextStyle(14, italic=True, color=palette.text_shade(color), leading=1.35)
        sections.append(Section(translate("Export", "In their words"),
                                [para(f"“{say(card.quote.strip(), style)}”", style)], color))
    if card.narrative.strip():
        sections.append(Section(translate("Export", "Story"),
                                _text_paras(card.narrative, BODY, say, False), color))
    elif card.story.strip():
        draft = para(translate("Export", "Draft written from the figures; not yet edited by the "
                               "researcher."), DRAFT, space_after=3)
        sections.append(Section(translate("Export", "Story"),
                                [draft] + _text_paras(card.story, BODY, say, False), color))
    for title, text in ((translate("Export", "Goals"), card.goals),
                        (translate("Export", "Frustrations"), card.frustrations),
                        (translate("Export", "Motivations"), card.motivations)):
        if text.strip():
            sections.append(Section(title, _text_paras(text, BODY, say, True), color))
    chosen, _more = card_effects(card.effects)
    if chosen:
        lines = []
        for effect in chosen:
            figures = effect_figures(effect, say)
            strong = TextStyle(BODY.size, bold=True, color=palette.INK, leading=BODY.leading)
            lines.append(Para((Run(figures.subject + ": ", strong), Run(translate(
                "Slides", "{persona} against {rest} for everyone else ({size})").format(
                persona=figures.persona_text, rest=figures.rest_text, size=figures.size), BODY)),
                space_after=3))
        sections.append(Section(translate("Export", "What sets them apart"), lines, color))
    if card.evidence_quotes:
        quote_style = TextStyle(BODY.size, italic=True, color=palette.INK, leading=BODY.leading)
        paras: list[Para] = []
        for index, (text, code, *voice) in enumerate(card.evidence_quotes[:SLIDE_QUOTES]):
            words = " ".join(text.split())
            if len(words) > QUOTE_CHARS:
                words = words[:QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
            who = [say(quote_labels[index], NOTE)] if index < len(quote_labels) and \
                quote_labels[index] else []
            if voice and voice[0] == FRONTLINE:
                who.append(wording.frontline_tag())
            if code:
                who.append(say(code, NOTE))
            paras.append(para(f"“{say(words, quote_style)}”", quote_style,
                              space_after=1 if who else 6))
            if who:
                paras.append(para("— " + " · ".join(who), NOTE, space_after=6))
        sections.append(Section(translate("Export", "What members say"), paras, color))
    return sections


def side_sections(card: PersonaCard, context: CardContext, say: CardText) -> list:
    """The side panel: share of the customers (and the sample note), outcomes, channel mix."""
    color = card.color
    share = [para(translate("Export", "This persona: {share} ({size} customers)").format(
        share=wording.percent(card.share, 1), size=wording.count(card.size)),
        TextStyle(SIDE.size, bold=True, color=palette.INK, leading=SIDE.leading), space_after=3)]
    others = sum(s for p, s in card.set_shares if p != card.position)
    if len(card.set_shares) == 2:
        other = translate("Export", "The other persona: {share}")
    else:
        other = translate("Export", "The other {n} personas: {share}")
    if len(card.set_shares) > 1:
        share.append(para(other.format(n=len(card.set_shares) - 1,
                                       share=wording.percent(others, 1)), NOTE, space_after=3))
    if card.unassigned_share > 0:
        share.append(para(translate("Export", "Fit no persona well: {share}").format(
            share=wording.percent(card.unassigned_share, 1)), NOTE, space_after=3))
    if context.sample_note:
        share.append(para(say(context.sample_note, NOTE), NOTE, space_after=3))
    if card.population is not None:
        share.append(para(translate("Export", "In the whole customer base") + ": "
                          + wording.population_text(*card.population), NOTE, space_after=3))
    sections: list = [Section(translate("Export", "Share of the customers"), share, color)]
    if card.outcomes:
        lines = [para("• " + say(wording.outcome_line(o), SIDE), SIDE, space_after=3)
                 for o in wording.outcomes_by_effect(card.outcomes)[:SLIDE_OUTCOMES]]
        sections.append(Section(translate("Export", "Outcomes"), lines, color))
    mix = [c for c in card.channel_mix if (c.get("persona_share") or c.get("rest_share"))]
    if mix:
        categories = tuple(say(str(c.get("label") or c.get("channel") or ""), SIDE) for c in mix)
        chart = BarChart(0, 0, SIDE_W - 2 * SIDE_PAD, 30 + 26 * len(mix), categories, (
            (translate("Export", "This persona"),
             tuple(float(c.get("persona_share") or 0.0) for c in mix), color),
            (translate("Export", "Everyone else"),
             tuple(float(c.get("rest_share") or 0.0) for c in mix), palette.REST)))
        sections.append(ChartSection(translate("Export", "Channel mix"), chart, color))
    return sections


# --------------------------------------------------------------------------- flowing


@dataclass
class Placed:
    """A section (or the part of it on this slide) at ``y`` on a slide, ``h`` tall."""

    item: Section | ChartSection
    y: float
    h: float


def flow(sections: list, typeface: Typeface, width: float, first_top: float,
         next_top: float, bottom: float) -> list[list[Placed]]:
    """Sections set down a column, slide after slide; a section that does not fit continues
    on the next slide (its heading repeated), split between paragraphs or lines."""
    text_width = inner_width(width, 0)
    slides: list[list[Placed]] = [[]]
    y = first_top

    def new_slide() -> None:
        nonlocal y
        slides.append([])
        y = next_top

    for section in sections:
        if isinstance(section, ChartSection):
            height = para_height(_heading(section.title, section.color), typeface, text_width) \
                + section.chart.h
            if y + height > bottom and slides[-1]:
                new_slide()
            slides[-1].append(Placed(section, y, height))
            y += height + SECTION_GAP
            continue
        heading = _heading(section.title, section.color)
        pending = list(section.paras)
        while pending:
            room = bottom - y - para_height(heading, typeface, text_width)
            taken: list[Para] = []
            while pending:
                height = para_height(pending[0], typeface, text_width)
                if height - pending[0].space_after <= room:
                    taken.append(pending.pop(0))
                    room -= height
                    continue
                head, rest = split_para(pending[0], typeface, text_width, room)
                if head is not None:
                    taken.append(head)
                    pending[0] = rest
                break
            if not taken:
                if not slides[-1]:  # not even one line fits an empty column: force it
                    taken.append(pending.pop(0))
                else:
                    new_slide()
                    continue
            box = [heading] + taken
            height = paras_height(box, typeface, text_width)
            slides[-1].append(Placed(Section(section.title, taken, section.color), y, height))
            y += height + SECTION_GAP
            if pending:
                new_slide()
    return slides


# --------------------------------------------------------------------------- slides


def persona_slides(card: PersonaCard, context: CardContext, typeface: Typeface,
                   quote_labels: Sequence[str] = ()) -> tuple[list[Slide], bool]:
    """The slides of one persona, and whether a stand-in replaced a character."""
    say = CardText(typeface)
    main = main_sections(card, context, say, quote_labels)
    side = side_sections(card, context, say)
    main_pages = flow(main, typeface, MAIN_W, HEADER + 16, SLIM_HEADER + 16, COLUMN_BOTTOM)
    side_pages = flow(side, typeface, SIDE_W - 2 * SIDE_PAD, HEADER + 16 + SIDE_PAD,
                      SLIM_HEADER + 16 + SIDE_PAD, COLUMN_BOTTOM - SIDE_PAD)
    count = max(len(main_pages), len(side_pages))
    name = say(card.name, NAME)
    slides = []
    for index in range(count):
        slide = Slide(title=card.name)
        if index == 0:
            _header(slide, card, context, typeface, name)
        else:
            _slim_header(slide, card, typeface, name)
        placed_side = side_pages[index] if index < len(side_pages) else []
        if placed_side:
            bottom = max(p.y + p.h for p in placed_side) + SIDE_PAD
            top = placed_side[0].y - SIDE_PAD
            slide.add(Box(SIDE_X, top, SIDE_W, bottom - top, kind="rounded", fill=palette.PANEL,
                          radius=8, name="Side panel"))
            for placed in placed_side:
                _place(slide, placed, SIDE_X + SIDE_PAD, SIDE_W - 2 * SIDE_PAD, typeface)
        for placed in main_pages[index] if index < len(main_pages) else []:
            _place(slide, placed, MAIN_X, MAIN_W, typeface)
        _footer(slide, context, say, typeface)
        slides.append(slide)
    return slides, say.replaced


def _place(slide: Slide, placed: Placed, x: float, width: float, typeface: Typeface) -> None:
    item = placed.item
    heading = _heading(item.title, item.color)
    if isinstance(item, ChartSection):
        head_h = para_height(heading, typeface, inner_width(width, 0))
        slide.add(Box(x, placed.y, width, head_h, (heading,), name=item.title))
        chart = item.chart
        slide.add(BarChart(x, placed.y + head_h, width, chart.h, chart.categories, chart.series,
                           chart.number_format, chart.font_size))
        return
    slide.add(Box(x, placed.y, width, placed.h + 1, (heading, *item.paras), name=item.title))


def _avatar(slide: Slide, card: PersonaCard, typeface: Typeface, x: float, y: float,
            size: float) -> None:
    if card.photo:
        from workbench.export.slides import _square_photo

        if _square_photo(card.photo) is not None:
            slide.add(Picture(x, y, size, card.photo))
            return
    style = TextStyle(size * 0.36, bold=True, color=palette.readable_on(card.color), leading=1.2)
    cover = typeface.coverage(style)
    letters = wording.initials(card.name)
    if any(ord(c) not in cover for c in letters):
        letters = "?"
    slide.add(Box(x, y, size, size, (para(letters, style, align="center"),), kind="ellipse",
                  fill=card.color, anchor="middle", name="Avatar"))


def _header(slide: Slide, card: PersonaCard, context: CardContext, typeface: Typeface,
            name: str) -> None:
    color = card.color
    slide.add(Box(0, 0, SLIDE_WIDTH, HEADER, kind="rect", fill=palette.tint(color, 0.9)))
    slide.add(Box(0, 0, SLIDE_WIDTH, 6, kind="rect", fill=color))
    _avatar(slide, card, typeface, MARGIN, 24, AVATAR)
    x = MARGIN + AVATAR + 18
    width = SLIDE_WIDTH - MARGIN - x
    overline = TextStyle(9, bold=True, color=palette.text_shade(color), leading=1.3)
    lines, style, _cut = typeface.fit(name, NAME, inner_width(width, 0), 1, 16)
    subtitle = translate("Export", "{size} customers · {share} of the {total} clustered").format(
        size=wording.count(card.size), share=wording.percent(card.share, 1),
        total=wording.count(context.customers_clustered))
    slide.add(Box(x, 16, width, HEADER - 20, (
        para(translate("Export", "PERSONA {n} OF {k}").format(n=card.position + 1,
                                                               k=context.persona_count),
             overline, space_after=2),
        para(lines[0], style, space_after=4),
        para(typeface.clip(subtitle, SUBTITLE, inner_width(width, 0)), SUBTITLE)),
        name="Persona"))


def _slim_header(slide: Slide, card: PersonaCard, typeface: Typeface, name: str) -> None:
    color = card.color
    slide.add(Box(0, 0, SLIDE_WIDTH, SLIM_HEADER, kind="rect", fill=palette.tint(color, 0.9)))
    slide.add(Box(0, 0, SLIDE_WIDTH, 6, kind="rect", fill=color))
    _avatar(slide, card, typeface, MARGIN, 14, 34)
    x = MARGIN + 48
    style = TextStyle(18, bold=True, color=palette.INK, leading=1.2)
    note = TextStyle(11, italic=True, color=palette.SECONDARY, leading=1.2)
    width = SLIDE_WIDTH - MARGIN - x
    title = typeface.clip(name, style, inner_width(width, 0) - 120)
    slide.add(Box(x, 17, width, 26, (Para((Run(title + "  ", style), Run(
        translate("Export", "continued"), note))),), name="Persona"))


def _footer(slide: Slide, context: CardContext, say: CardText, typeface: Typeface) -> None:
    width = SLIDE_WIDTH - 2 * MARGIN
    text = translate("Export", "{project} · Persona set: {persona_set}").format(
        project=say(context.project, FOOTER), persona_set=say(context.persona_set, FOOTER))
    text = f"{text} · {context.method}"
    slide.add(Box(MARGIN, FOOTER_TOP, width, 14, (
        para(typeface.clip(text, FOOTER, inner_width(width, 0)), FOOTER),), name="Footer"))


def persona_deck(cards: Sequence[PersonaCard], context: CardContext, typeface: Typeface,
                 quote_labels: dict[int, Sequence[str]] | None = None) -> Deck:
    """All the cards as one deck; ``quote_labels``: position -> customer of each quote."""
    deck = Deck(title=translate("Slides", "Personas: {persona_set}").format(
        persona_set=context.persona_set))
    for card in cards:
        slides, replaced = persona_slides(card, context, typeface,
                                          (quote_labels or {}).get(card.position, ()))
        deck.slides += slides
        deck.replaced |= replaced
    return deck
