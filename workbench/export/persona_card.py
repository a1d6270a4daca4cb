"""What a persona card says, and the two columns of blocks that say it.

The researcher's part (story, goals, frustrations, motivations) and the data's
part ("what sets them apart") run down the main column; the sidebar holds the
persona's share of the customers, the preferred channels and the channel mix.
Everything a card prints goes through :class:`CardText`, which swaps characters
the embedded fonts lack for visible stand-ins and remembers that it did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.export import palette, wording
from workbench.export.layout import Block, Heading, Paragraph, Ruled, Spacer
from workbench.export.persona_charts import (
    ChannelFigures,
    ChannelRow,
    EffectFigures,
    EffectRow,
    OutcomeFigures,
    OutcomeRow,
    ShareSegment,
    ShareStrip,
)
from workbench.export.text import TextStyle, Typeface
from workbench.i18n import translate

#: Lines below this effect size do not set a persona apart (Cohen's "small"), as in the app.
MIN_EFFECT = 0.2
#: At most this many "what sets them apart" lines, the strongest per attribute.
CARD_EFFECTS = 5
#: Further lines (weaker, or other levels of the same attribute) shown where the page has room.
MORE_EFFECTS = 8

NOTE = TextStyle(7.3, color=palette.SECONDARY, leading=1.4)
DRAFT_NOTE = TextStyle(7.3, italic=True, color=palette.SECONDARY, leading=1.4)
HEADING_SIZE = 7.8

_BULLET_MARK = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)])\s+")


@dataclass(frozen=True)
class CardContext:
    """What every page of one export says in its footer: where the personas come from."""

    project: str
    persona_set: str
    #: How the set was computed, already phrased ("k-means · 4 personas · seed 0").
    method: str
    computed_on: str
    exported_on: str
    customers_clustered: int
    sources: tuple[str, ...]
    persona_count: int
    app: str = ""
    #: No number of personas beat structureless data: the personas split a continuum.
    weak_structure: bool = False
    #: The customers are a sample of a bigger source, already phrased ("From a sample of
    #: 500,000 of 42,318,220 customers."); empty when they are not.
    sample_note: str = ""
    #: Where the population's persona sizes came from ("scored in Spark, 2026-12-05"); only
    #: printed beside cards that carry ``population``.
    population_note: str = ""


@dataclass(frozen=True)
class PersonaCard:
    """One persona as printed: the researcher's texts and the data's figures."""

    position: int
    name: str
    size: int
    share: float
    quote: str = ""
    narrative: str = ""
    goals: str = ""
    frustrations: str = ""
    motivations: str = ""
    channels: str = ""
    photo: bytes | None = None
    #: PersonaProfile effects as dicts (AttributeEffect.to_dict), strongest first.
    effects: tuple[dict, ...] = ()
    channel_mix: tuple[dict, ...] = ()
    #: (position, share) of every persona of the set, for the share strip.
    set_shares: tuple[tuple[int, float], ...] = ()
    #: Share of the customers clustered that fit no persona well.
    unassigned_share: float = 0.0
    #: Members' coded passages as (text, code name) or (text, code name, voice): no customer
    #: names on paper; a front-line voice ("frontline") is tagged as such.
    evidence_quotes: tuple[tuple[str, ...], ...] = ()
    #: PersonaProfile outcomes as dicts (OutcomeEffect.to_dict).
    outcomes: tuple[dict, ...] = ()
    #: The draft story written from the figures, printed while ``narrative`` is empty.
    story: str = ""
    #: Retention curves (workbench.domain.retention.SurvivalCurve): this persona's and
    #: everyone's (None when not measured); printed when the persona's exists.
    retention: tuple = ()
    #: Survey measures of the members (workbench.export.measure_charts.CardMeasure).
    measures: tuple = ()
    #: The persona in the whole customer base, as the company's engine counted it:
    #: (share of the population, customers); None when no population counts were imported.
    population: tuple[float, int] | None = None

    @property
    def color(self) -> str:
        return palette.persona_color(self.position)


@dataclass(frozen=True)
class CardLook:
    """Type sizes and spacing of the researcher's texts on a card.

    A card that runs a little over a page is set a step tighter (``tighter``) before it is
    allowed to continue on a second page.
    """

    body: TextStyle = TextStyle(9.3, color=palette.INK, leading=1.45)
    side_body: TextStyle = TextStyle(8.5, color=palette.INK, leading=1.4)
    quote: TextStyle = TextStyle(12.0, italic=True, color=palette.INK, leading=1.4)
    #: Space above a section heading.
    gap: float = 14.0

    def tighter(self, factor: float) -> CardLook:
        def scaled(style: TextStyle) -> TextStyle:
            return style.sized(round(style.size * factor, 2))

        return CardLook(scaled(self.body), scaled(self.side_body), scaled(self.quote),
                        round(self.gap * factor, 2))


@dataclass
class CardText:
    """Text as the fonts can show it; ``replaced`` turns True once a stand-in was needed."""

    typeface: Typeface
    replaced: bool = field(default=False)

    def __call__(self, text: str, style: TextStyle) -> str:
        shown, replaced = self.typeface.visible(text or "", style)
        self.replaced |= replaced
        return shown


def card_effects(effects: tuple[dict, ...] | list[dict]) -> tuple[list[dict], list[dict]]:
    """(The strongest line per attribute, at most CARD_EFFECTS; the other lines), all of at
    least a small effect, strongest first. The others are printed where space is left."""
    seen: set[str] = set()
    chosen, others = [], []
    for effect in effects:
        if abs(effect.get("effect") or 0.0) < MIN_EFFECT:
            continue
        if effect.get("attribute") in seen or len(chosen) == CARD_EFFECTS:
            others.append(effect)
            continue
        seen.add(effect.get("attribute"))
        chosen.append(effect)
    return chosen, others[:MORE_EFFECTS]


def heading_style(color: str) -> TextStyle:
    return TextStyle(HEADING_SIZE, bold=True, color=palette.text_shade(color), leading=1.3)


def text_blocks(text: str, style: TextStyle, say: CardText, color: str,
                bullets: bool) -> list[Block]:
    """A researcher's text as paragraphs; with ``bullets``, several lines become a list."""
    typeface = say.typeface
    text = say(text.strip(), style)
    lines = [line for line in text.split("\n") if line.strip()]
    if bullets and (len(lines) > 1 or (lines and _BULLET_MARK.match(lines[0]))):
        return [Paragraph(_BULLET_MARK.sub("", line).strip(), style, typeface, bullet="•",
                          bullet_color=color, indent=10, space_after=2.5) for line in lines]
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return [Paragraph(p, style, typeface, space_after=5) for p in paragraphs]


#: Characters of a member's passage printed on a card.
EVIDENCE_QUOTE_CHARS = 300


def quote_block(quote: str, say: CardText, color: str, style: TextStyle) -> Block:
    text = say(quote.strip(), style)
    return Ruled(Paragraph(f"“{text}”", style, say.typeface, space_before=2, space_after=4),
                 color)


#: The voice of a passage written by front-line staff (workbench.domain.voc.Voice.FRONTLINE).
FRONTLINE = "frontline"
TAG_STYLE = TextStyle(6.4, bold=True, color=palette.WHITE, leading=1.3)
TAG_COLOR = "#8A5A2B"


class Attribution(Block):
    """"— code" under a quote, with a "Front line" tag beside it when staff said it."""

    def __init__(self, code: str, typeface: Typeface, tag: str = "") -> None:
        self.code, self.typeface, self.tag = code, typeface, tag

    def _tag_width(self) -> float:
        return self.typeface.width(self.tag, TAG_STYLE) + 8 if self.tag else 0.0

    def _lines(self, width: float) -> list[str]:
        if not self.code:
            return []
        room = width - (self._tag_width() + 6 if self.tag else 0)
        return self.typeface.wrap("— " + self.code, NOTE, max(room, 40.0))

    def height(self, width: float) -> float:
        return max(len(self._lines(width)), 1) * NOTE.line_height + 4

    def draw(self, page, x: float, top: float, width: float) -> None:
        lines = self._lines(width)
        page.lines(x, top, lines, NOTE)
        if not self.tag:
            return
        from workbench.export.canvas import baseline

        first = self.typeface.width(lines[0], NOTE) + 6 if lines else 0.0
        tag_x = x + first
        tag_top = top + (NOTE.line_height - TAG_STYLE.size - 3) / 2
        page.rect(tag_x, tag_top, self._tag_width(), TAG_STYLE.size + 3, TAG_COLOR, radius=2,
                  zorder=2)
        page.text(tag_x + 4, baseline(tag_top + 1.1, TAG_STYLE), self.tag, TAG_STYLE)


def main_story(card: PersonaCard, context: CardContext, say: CardText, look: CardLook,
               full_name: str | None, quote_in_story: bool) -> list[Block]:
    """The main column: the researcher's texts, then what sets the persona apart."""
    tf, color = say.typeface, card.color
    heading = heading_style(color)
    story: list[Block] = []

    def section(title: str) -> None:
        story.append(Heading(title, heading, tf, palette.RULE,
                             space_before=2 if not story else look.gap))

    if full_name:
        section(translate("Export", "Full name"))
        story.append(Paragraph(full_name, look.body, tf, space_after=4))
    if quote_in_story and card.quote.strip():
        section(translate("Export", "In their words"))
        story.append(quote_block(card.quote, say, color, look.quote))
    if card.narrative.strip():
        section(translate("Export", "Story"))
        story += text_blocks(card.narrative, look.body, say, color, bullets=False)
    elif card.story.strip():
        section(translate("Export", "Story"))
        story.append(Paragraph(translate(
            "Export", "Draft written from the figures; not yet edited by the researcher."),
            DRAFT_NOTE, tf, space_after=2))
        story += text_blocks(card.story, look.body, say, color, bullets=False)
    for title, text, bullets in (
            (translate("Export", "Goals"), card.goals, True),
            (translate("Export", "Frustrations"), card.frustrations, True),
            (translate("Export", "Motivations"), card.motivations, True)):
        if text.strip():
            section(title)
            story += text_blocks(text, look.body, say, color, bullets)
    if card.evidence_quotes:
        section(translate("Export", "What members say"))
        style = TextStyle(look.body.size, italic=True, color=palette.INK, leading=look.body.leading)
        for text, code, *voice in card.evidence_quotes:
            words = " ".join(text.split())
            if len(words) > EVIDENCE_QUOTE_CHARS:
                words = words[:EVIDENCE_QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
            frontline = bool(voice) and voice[0] == FRONTLINE
            attributed = bool(code) or frontline
            story.append(Ruled(Paragraph(f"“{say(words, style)}”", style, tf, space_before=2,
                                         space_after=1 if attributed else 4), color))
            if attributed:
                story.append(Attribution(say(code, NOTE), tf,
                                         wording.frontline_tag() if frontline else ""))
    section(translate("Export", "What sets them apart"))
    others = max(0, context.customers_clustered - card.size)
    chosen, more = card_effects(card.effects)
    if not chosen:
        story.append(Paragraph(translate(
            "Export", "No attribute sets this persona apart from the other customers by at least "
            "a small effect (|d| or |h| of 0.2)."), NOTE, tf))
        return story
    story.append(Paragraph(translate(
        "Export", "The strongest differences between its members and the other {n} customers "
        "clustered, one line per attribute.").format(n=wording.count(others)), NOTE, tf,
        space_after=2))
    captions = (say(translate("Export", "This persona"), TextStyle(7.2)),
                say(translate("Export", "Everyone else"), TextStyle(7.2)))
    figures = [effect_figures(effect, say) for effect in chosen + more]
    values = max(EffectRow.values_width(tf, f) for f in figures)
    rows: list[Block] = [EffectRow(f, color, tf, captions, values) for f in figures]
    story += rows[:len(chosen)]
    if more:  # only where the page has room left: they never add a page
        section(translate("Export", "More differences"))
        story[-1].optional = True
        for row in rows[len(chosen):]:
            row.optional = True
            story.append(row)
    return story


def effect_figures(effect: dict, say: CardText) -> EffectFigures:
    numeric = effect.get("kind") == "numeric"
    subject = say(wording.effect_subject(effect), TextStyle(8.8, bold=True))
    if numeric:
        persona, rest = effect.get("persona_mean"), effect.get("rest_mean")
        texts = wording.number(persona), wording.number(rest)
    else:
        persona, rest = effect.get("persona_share"), effect.get("rest_share")
        texts = wording.percent(persona), wording.percent(rest)
    also = say(wording.also_text(effect.get("also") or []), TextStyle(7.4, italic=True))
    return EffectFigures(subject=subject, size=wording.effect_size(effect), persona_text=texts[0],
                         rest_text=texts[1], persona_value=float(persona or 0.0),
                         rest_value=float(rest or 0.0), share=not numeric, also=also)


def outcome_blocks(card: PersonaCard, context: CardContext, say: CardText) -> list[Block]:
    """The Outcomes block: each outcome for the persona against everyone else, largest
    effect first, with 95% intervals and n."""
    tf = say.typeface
    blocks: list[Block] = [_lead(Paragraph(translate(
        "Export", "Measured, not used to form the personas; 95% intervals in brackets and as "
        "whiskers."), NOTE, tf, space_after=2))]
    # short captions: the block sits in the narrow sidebar
    captions = (say(translate("Export", "Persona"), TextStyle(7.2)),
                say(translate("Export", "Others"), TextStyle(7.2)))
    figures = [outcome_figures(o, say) for o in wording.outcomes_by_effect(card.outcomes)]
    values = max(OutcomeRow.values_width(tf, f) for f in figures)
    return blocks + [OutcomeRow(f, card.color, tf, captions, values) for f in figures]


def outcome_figures(outcome: dict, say: CardText) -> OutcomeFigures:
    rate = outcome.get("kind") == "rate"

    def shown(value: float | None, low: float | None, high: float | None) -> str:
        interval = wording.outcome_interval(outcome, low, high)
        text = wording.outcome_value(outcome, value)
        return f"{text} ({interval})" if interval else text

    def interval(low: float | None, high: float | None) -> tuple[float, float] | None:
        return None if low is None or high is None else (float(low), float(high))

    tag = " · ".join(part for part in (wording.outcome_ratio(outcome), translate(
        "Export", "n = {n}").format(n=wording.count(outcome.get("n") or 0))) if part)
    significant = bool(outcome.get("significant"))
    cautions = []
    if wording.small_outcome(outcome):
        cautions.append(translate("Export", "Few members ({n}): read with care.").format(
            n=wording.count(outcome.get("n") or 0)))
    if not significant:
        cautions.append(translate("Export", "Not significant: the difference could be chance."))
    return OutcomeFigures(
        subject=say(wording.outcome_subject(outcome), TextStyle(8.8, bold=True)), tag=tag,
        persona_text=shown(outcome.get("persona_value"), outcome.get("persona_low"),
                           outcome.get("persona_high")),
        rest_text=shown(outcome.get("rest_value"), outcome.get("rest_low"),
                        outcome.get("rest_high")),
        persona_value=float(outcome.get("persona_value") or 0.0),
        rest_value=float(outcome.get("rest_value") or 0.0),
        persona_interval=interval(outcome.get("persona_low"), outcome.get("persona_high")),
        rest_interval=interval(outcome.get("rest_low"), outcome.get("rest_high")),
        share=rate, significant=significant and not wording.small_outcome(outcome),
        caution=" ".join(cautions))


def side_story(card: PersonaCard, context: CardContext, say: CardText,
               look: CardLook) -> list[Block]:
    """The sidebar: share of the customers, preferred channels, channel mix, how to read."""
    tf, color = say.typeface, card.color
    heading = heading_style(color)
    story: list[Block] = []

    def section(title: str) -> None:
        story.append(Heading(title, heading, tf, palette.RULE,
                             space_before=0 if not story else look.gap + 2))

    section(translate("Export", "Share of the customers"))
    story.append(ShareStrip(share_segments(card, context), tf))
    story += population_blocks(card, context, say)
    if card.outcomes:
        section(translate("Export", "Outcomes"))
        story += outcome_blocks(card, context, say)
    if card.measures:
        from workbench.export.measure_charts import measure_rows

        section(translate("Export", "Measures"))
        story.append(_lead(Paragraph(translate(
            "Export", "Survey scores of the members who answered, beside everyone who answered; "
            "95% intervals in brackets and as whiskers."), NOTE, tf, space_after=2)))
        story += measure_rows(card.measures, color, tf, say)
    if card.retention and card.retention[0] is not None:
        from workbench.export.retention_charts import RetentionCurveBlock

        section(translate("Export", "Retention"))
        story.append(_lead(Paragraph(translate(
            "Export", "Share still a customer over time (Kaplan–Meier), against everyone."),
            NOTE, tf, space_after=2)))
        story.append(RetentionCurveBlock(card.retention[0], card.retention[1], color, tf))
    if card.channels.strip():
        section(translate("Export", "Preferred channels"))
        story += text_blocks(card.channels, look.side_body, say, color, bullets=True)
    mix = [c for c in card.channel_mix if (c.get("persona_share") or c.get("rest_share"))]
    if mix:
        section(translate("Export", "Channel mix"))
        story.append(_lead(Paragraph(translate(
            "Export", "Share of this persona's contacts through each channel; the mark shows "
            "everyone else."), NOTE, tf, space_after=2)))
        for channel in mix:
            label = say(str(channel.get("label") or channel.get("channel") or ""), TextStyle(8.2))
            story.append(ChannelRow(ChannelFigures(
                label=label,
                value_text=translate("Export", "{persona} · others {rest}").format(
                    persona=wording.percent(channel.get("persona_share")),
                    rest=wording.percent(channel.get("rest_share"))),
                persona_share=float(channel.get("persona_share") or 0.0),
                rest_share=float(channel.get("rest_share") or 0.0)), color, tf))
    section(translate("Export", "Reading the figures"))
    story.append(Spacer(1))
    story.append(Paragraph(translate(
        "Export", "Bars compare this persona's members with everyone else clustered. d (numbers) "
        "and h (categories) are Cohen's effect sizes: about 0.2 is small, 0.5 medium, 0.8 large."),
        NOTE, tf))
    return story


POPULATION = TextStyle(8.4, bold=True, color=palette.INK, leading=1.35)


def population_blocks(card: PersonaCard, context: CardContext, say: CardText) -> list[Block]:
    """Under the share strip: the sample the shares come from, and the persona's size in the
    whole customer base when the company's engine counted it."""
    tf = say.typeface
    blocks: list[Block] = []
    if context.sample_note:
        blocks.append(Paragraph(say(context.sample_note, NOTE), NOTE, tf, space_before=4))
    if card.population is not None:
        share, customers = card.population
        blocks.append(Paragraph(translate("Export", "In the whole customer base"), NOTE, tf,
                                space_before=4 if not blocks else 3))
        blocks.append(Paragraph(wording.population_text(share, customers), POPULATION, tf))
        if context.population_note:
            blocks.append(Paragraph(say(context.population_note, NOTE), NOTE, tf))
    return blocks


def _lead(block: Block) -> Block:
    """A section's note that goes with the figures after it (never alone at a column's foot)."""
    block.keep_with_next = True
    return block


def share_segments(card: PersonaCard, context: CardContext) -> list[ShareSegment]:
    """This persona in its colour, the set's other personas in grey, customers fitting none pale."""
    other_color = palette.mix(palette.REST, palette.WHITE, 0.25)
    others = [share for position, share in card.set_shares if position != card.position]
    segments = [ShareSegment(card.share, card.color, translate(
        "Export", "This persona: {share} ({size} customers)").format(
        share=wording.percent(card.share, 1), size=wording.count(card.size)))]
    if len(others) == 1:
        legend = translate("Export", "The other persona: {share}")
    else:
        legend = translate("Export", "The other {n} personas: {share}")
    legend = legend.format(n=len(others), share=wording.percent(sum(others), 1))
    for index, share in enumerate(others):  # one legend line for all of them
        segments.append(ShareSegment(share, other_color, "" if index else legend))
    if card.unassigned_share > 0:
        segments.append(ShareSegment(card.unassigned_share,
                                     palette.mix(palette.REST, palette.WHITE, 0.7),
                                     translate("Export", "Fit no persona well: {share}").format(
                                         share=wording.percent(card.unassigned_share, 1))))
    return segments
