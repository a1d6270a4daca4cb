"""The Trends pages of the persona PDF: what moved month by month, and the n behind every point.

After the persona cards, a :class:`~workbench.domain.living.TrendReport` prints
as: the title with the set and the period range, the stated test
(``report.method``), the recurring negative experiences (a complaint code rising
across many customers, with up to two short quotes), the other flagged shifts,
then small multiples: one line chart per quantity (active customers, each
outcome rate, measure, friction, complaint code), a line per persona in the
persona's colour, the compared window shaded, and under each chart the n behind
every point, per persona and period. The story flows over as many pages as it
needs (:func:`workbench.export.layout.fill`); a report without dated data prints
one sentence saying why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from workbench.domain.living import (
    Direction,
    Period,
    TrendBy,
    TrendFlag,
    TrendReport,
)
from workbench.export import palette, wording
from workbench.export.canvas import A4_PORTRAIT, Page, baseline, render_settings
from workbench.export.layout import Block, Frame, Heading, Paragraph, Placed, Ruled, Spacer, draw_placed, fill
from workbench.export.persona_card import CardContext, CardText, PersonaCard
from workbench.export.persona_charts import wrapped
from workbench.export.text import TextStyle, Typeface, default_typeface
from workbench.export.trends_charts import (
    ChartBlock,
    ChartRow,
    Legend,
    charts_of,
    compared_span,
    group_color,
    group_name,
    period_range,
    series_title,
    value_text,
)
from workbench.i18n import format_number, translate

PAGE_WIDTH, PAGE_HEIGHT = A4_PORTRAIT
MARGIN = 40.0
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FOOTER_RULE = PAGE_HEIGHT - 52.0
BODY_BOTTOM = FOOTER_RULE - 14.0
HEADER_BAND = 96.0
SLIM_BAND = 58.0
ACCENT = "#3B4A63"  # the trends pages' own colour: a quiet slate, not any persona's
FLAG_COLOR = "#B4432E"  # flagged shifts and recurring complaints

TITLE = TextStyle(22.0, bold=True, color=palette.INK, leading=1.18)
OVERLINE = TextStyle(7.5, bold=True, color=ACCENT, leading=1.3)
SUBTITLE = TextStyle(9.5, color=palette.SECONDARY, leading=1.35)
HEADING = TextStyle(8.6, bold=True, color=ACCENT, leading=1.3)
METHOD = TextStyle(7.6, color=palette.SECONDARY, leading=1.38)
NOTE = TextStyle(7.2, italic=True, color=palette.SECONDARY, leading=1.35)
REASON = TextStyle(10.0, color=palette.INK, leading=1.4)
ITEM = TextStyle(8.6, bold=True, color=palette.INK, leading=1.3)
ITEM_FIGURES = TextStyle(8.0, color=palette.SECONDARY, leading=1.35)
QUOTE = TextStyle(7.8, italic=True, color=palette.INK, leading=1.35)
QUOTE_TAG = TextStyle(6.0, bold=True, color=palette.WHITE, leading=1.3)
FOOTER = TextStyle(6.6, color=palette.MUTED, leading=1.35)
FOOTER_STRONG = TextStyle(6.6, bold=True, color=palette.SECONDARY, leading=1.35)

#: Up to this many quotes of a recurring negative experience, each cut to about this many
#: characters.
QUOTES = 2
QUOTE_CHARS = 180
#: Two charts side by side while the periods are this few; more periods get the full width.
TWO_UP_PERIODS = 9

ProgressFn = Callable[[int, int, str], None]



# --------------------------------------------------------------------------- words


def direction_word(direction: Direction) -> str:
    return translate("Export", "up") if Direction(direction) is Direction.UP else \
        translate("Export", "down")


def flag_customers(report: TrendReport, flag: TrendFlag) -> int:
    """Customers behind a flagged complaint: the flag's own count when it has one, else the
    customers with the complaint in the compared window."""
    own = getattr(flag, "customers", None)
    if isinstance(own, int):
        return own
    span = compared_span(report)
    if span is None:
        return 0
    compared = set(report.periods[span[0]:span[1]])
    return sum(p.count or 0 for p in report.series[flag.series].points if p.period in compared)


def shift_text(report: TrendReport, flag: TrendFlag) -> str:
    """"8% → 21%"."""
    unit = report.series[flag.series].unit
    return translate("Export", "{before} → {after}").format(before=value_text(unit, flag.before),
                                                            after=value_text(unit, flag.after))


def test_text(report: TrendReport, flag: TrendFlag) -> str:
    """Which test flagged it, and its adjusted p-value."""
    monthly = Period(report.period) is Period.MONTH
    if flag.test == "trend":
        text = translate("Export", "rising over all months") if monthly else \
            translate("Export", "rising over all weeks")
    elif monthly:
        text = translate("Export", "last {n} months vs the months before").format(n=report.window)
    else:
        text = translate("Export", "last {n} weeks vs the weeks before").format(n=report.window)
    return f"{text} · {q_text(flag.q_value)}"


def q_text(q: float) -> str:
    """"q = 0.020", "q < 0.001"."""
    if q < 0.001:
        return translate("Export", "q < {q}").format(q=format_number(0.001, 3))
    return translate("Export", "q = {q}").format(q=format_number(q, 3))


def quote_text(text: str, limit: int = QUOTE_CHARS) -> str:
    words = " ".join(str(text).split())
    if len(words) > limit:
        words = words[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "…"
    return words


def no_data_reason(report: TrendReport) -> str | None:
    """One sentence on why there is nothing to draw, or None when there is."""
    if report.periods and any(p.value is not None and p.n > 0
                              for s in report.series for p in s.points):
        return None
    if report.notes:
        return report.notes[0]
    return translate("Export", "No trends to show: none of the set's customers has a dated "
                     "touchpoint, and trends need touchpoints with a date (import an event log "
                     "with a date or time column).")


# --------------------------------------------------------------------------- report helpers


def only_groups(report: TrendReport, keys: set[str]) -> TrendReport:
    """The report with the series of the groups ``keys`` (and everyone's) only, flags kept
    for those series and pointed at their new positions."""
    kept = [i for i, s in enumerate(report.series) if s.group_key in keys or
            s.group_key in ("all", "")]
    where = {old: new for new, old in enumerate(kept)}
    flags = [replace(f, series=where[f.series]) for f in report.flags if f.series in where]
    return replace(report, series=[report.series[i] for i in kept], flags=flags)


def unavailable(reason: str, by: TrendBy = TrendBy.PERSONA, period: Period = Period.MONTH,
                set_id: int | None = None) -> TrendReport:
    """An empty report whose page says ``reason`` (the trends could not be computed)."""
    return TrendReport(by=by, period=period, periods=[], series=[], flags=[], set_id=set_id,
                       notes=[reason])


# --------------------------------------------------------------------------- blocks


class QuoteTag(Block):
    """A quote from the evidence, set off as one: a small "QUOTE" tag, a bar, curly marks."""

    def __init__(self, text: str, typeface: Typeface, color: str) -> None:
        self.tag = translate("Export", "QUOTE")
        self.typeface = typeface
        self.inner = Ruled(Paragraph(f"“{text}”", QUOTE, typeface, space_before=1,
                                     space_after=3), color, gap=8, bar=2)
        self.tag_width = typeface.width(self.tag, QUOTE_TAG) + 6

    def height(self, width: float) -> float:
        return self.inner.height(width - self.tag_width - 6)

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        page.rect(x, top + 2.5, self.tag_width, QUOTE_TAG.size + 3, palette.MUTED, radius=2)
        page.text(x + 3, baseline(top + 3.5, QUOTE_TAG), self.tag, QUOTE_TAG)
        self.inner.draw(page, x + self.tag_width + 6, top, width - self.tag_width - 6)


class FlagLine(Block):
    """A coloured mark, a bold subject, then figures in grey, wrapped under the subject."""

    def __init__(self, subject: str, figures: str, typeface: Typeface, color: str,
                 space_before: float = 3.0) -> None:
        self.subject, self.figures, self.typeface, self.color = subject, figures, typeface, color
        self.space_before = space_before

    def _lines(self, width: float) -> tuple[list[str], list[str]]:
        room = width - 12
        return (wrapped(self.typeface, self.subject, ITEM, room, 3),
                wrapped(self.typeface, self.figures, ITEM_FIGURES, room, 3))

    def height(self, width: float) -> float:
        subject, figures = self._lines(width)
        return self.space_before + len(subject) * ITEM.line_height + \
            len(figures) * ITEM_FIGURES.line_height + 1

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        subject, figures = self._lines(width)
        top += self.space_before
        page.rect(x, top + (ITEM.line_height - 6.5) / 2, 6.5, 6.5, self.color, radius=1.5)
        y = page.lines(x + 12, top, subject, ITEM)
        page.lines(x + 12, y, figures, ITEM_FIGURES)


# --------------------------------------------------------------------------- the story


def trend_story(report: TrendReport, typeface: Typeface, say: CardText) -> list[Block]:
    """Everything under the title, in reading order."""
    story: list[Block] = []

    def section(title: str, first: bool = False) -> None:
        story.append(Heading(title, HEADING, typeface, palette.RULE,
                             space_before=4 if first else 14, space_after=5))

    reason = no_data_reason(report)
    if reason is not None:
        story.append(Paragraph(say(reason, REASON), REASON, typeface, space_before=6))
        for note in report.notes[1:]:
            story.append(Paragraph(say(note, NOTE), NOTE, typeface, space_before=4))
        return story
    if report.method:
        story.append(Paragraph(say(report.method, METHOD), METHOD, typeface, space_after=2))
    for note in report.notes:
        story.append(Paragraph(say(note, NOTE), NOTE, typeface, space_before=2))

    recurring = [f for f in report.flags if f.recurring]
    others = [f for f in report.flags if not f.recurring]
    section(translate("Export", "Recurring negative experiences"))
    if not recurring:
        story.append(Paragraph(translate(
            "Export", "None: no complaint code rose across many customers."), ITEM_FIGURES,
            typeface))
    for flag in sorted(recurring, key=lambda f: (_everyone(report, f), f.q_value)):
        series = report.series[flag.series]
        code = say(series.metric or series_title(series), ITEM)
        subject = translate("Export", "{code} · {group}").format(code=code,
                                                                 group=say(group_name(series), ITEM))
        figures = translate("Export", "{customers} customers · {shift} of active customers · "
                            "{test}").format(customers=wording.count(flag_customers(report, flag)),
                                             shift=shift_text(report, flag),
                                             test=test_text(report, flag))
        story.append(FlagLine(subject, figures, typeface, FLAG_COLOR, space_before=4))
        for passage in flag.passages[:QUOTES]:
            text = quote_text(str(passage.get("text", "")))
            if text:
                story.append(_Indented(QuoteTag(say(text, QUOTE), typeface, FLAG_COLOR), 12))
    section(translate("Export", "Other flagged shifts"))
    if not others:
        story.append(Paragraph(translate(
            "Export", "None: no other change was unlikely to be chance."), ITEM_FIGURES,
            typeface))
    for flag in sorted(others, key=lambda f: (_everyone(report, f), f.q_value)):
        series = report.series[flag.series]
        subject = translate("Export", "{series} · {group}").format(
            series=say(series_title(series), ITEM), group=say(group_name(series), ITEM))
        figures = translate("Export", "{direction}: {shift} · {test}").format(
            direction=direction_word(flag.direction), shift=shift_text(report, flag),
            test=test_text(report, flag))
        story.append(FlagLine(subject, figures, typeface,
                              group_color(series, flag.series)))

    charts, left_out = charts_of(report, say)
    section(translate("Export", "Period by period"))
    legend: dict[str, str] = {}
    for chart in charts:
        for name, color, _series in chart.series:
            legend.setdefault(name, color)
    story.append(Paragraph(translate(
        "Export", "One line per persona; the shaded periods are the ones compared with the periods "
        "before. Under each chart, n: the customers (or answers, for measures) behind each "
        "point."), NOTE, typeface, space_after=3))
    story.append(Legend(list(legend.items()), typeface))
    two_up = len(report.periods) <= TWO_UP_PERIODS
    span = compared_span(report)
    blocks = [ChartBlock(c, report.periods, span, typeface) for c in charts]
    step = 2 if two_up else 1
    for start in range(0, len(blocks), step):
        story.append(Spacer(4))
        story.append(ChartRow(blocks[start:start + step], two_up))
    if left_out:
        story.append(Paragraph(translate(
            "Export", "{n} more series are not drawn here: see them with “workbench trends” or "
            "in the Trends view.").format(n=wording.count(left_out)), NOTE, typeface,
            space_before=6))
    return story


def _everyone(report: TrendReport, flag: TrendFlag) -> bool:
    """Everyone's series are listed after the personas' own."""
    return report.series[flag.series].group_key in ("all", "")


class _Indented(Block):
    def __init__(self, inner: Block, indent: float) -> None:
        self.inner, self.indent = inner, indent

    def height(self, width: float) -> float:
        return self.inner.height(width - self.indent)

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        self.inner.draw(page, x + self.indent, top, width - self.indent)


# --------------------------------------------------------------------------- pages


@dataclass
class TrendPage:
    """One planned page of the trends."""

    frame: Frame
    placed: list[Placed]
    continued: bool
    subtitle: list[str] = field(default_factory=list)
    replaced: bool = False


def plan_trend_pages(report: TrendReport, context: CardContext,
                     typeface: Typeface | None = None) -> list[TrendPage]:
    """The pages the report needs (at least one)."""
    typeface = typeface or default_typeface()
    say = CardText(typeface)
    subtitle = _subtitle(report, context, typeface, say)
    story = trend_story(report, typeface, say)
    pages: list[TrendPage] = []
    top = HEADER_BAND + 16
    while True:
        first = not pages
        frame = Frame(MARGIN, top, CONTENT_WIDTH, BODY_BOTTOM - top)
        placed, story = fill(story, frame)
        pages.append(TrendPage(frame, placed, not first, subtitle if first else []))
        if not story:
            break
        top = SLIM_BAND + 16
    for page in pages:
        page.replaced = say.replaced
    return pages


def _subtitle(report: TrendReport, context: CardContext, tf: Typeface, say: CardText
              ) -> list[str]:
    by = translate("Export", "month by month") if Period(report.period) is Period.MONTH else \
        translate("Export", "week by week")
    span = period_range(report)
    if span:
        text = translate("Export", "{persona_set} · {span} · {by}").format(
            persona_set=say(context.persona_set, SUBTITLE), span=span, by=by)
    else:
        text = translate("Export", "{persona_set} · no dated data").format(
            persona_set=say(context.persona_set, SUBTITLE))
    return wrapped(tf, text, SUBTITLE, CONTENT_WIDTH, 2)


def draw_trend_page(plan: TrendPage, context: CardContext, number: int, total: int,
                    typeface: Typeface) -> Page:
    page = Page(typeface)
    if plan.continued:
        page.rect(0, 0, PAGE_WIDTH, SLIM_BAND, palette.tint(ACCENT, 0.9), zorder=0.5)
        page.rect(0, 0, PAGE_WIDTH, 4, ACCENT, zorder=0.6)
        style = TextStyle(12, bold=True, color=palette.INK)
        note_style = TextStyle(8, italic=True, color=palette.SECONDARY)
        note = translate("Export", "continued")
        title = translate("Export", "Trends · {persona_set}").format(
            persona_set=typeface.visible(context.persona_set, style)[0])
        page.text(MARGIN, 35.5, typeface.clip(
            title, style, CONTENT_WIDTH - typeface.width(note, note_style) - 14), style)
        page.text(PAGE_WIDTH - MARGIN, 35.5, note, note_style, align="right")
    else:
        page.rect(0, 0, PAGE_WIDTH, HEADER_BAND, palette.tint(ACCENT, 0.9), zorder=0.5)
        page.rect(0, 0, PAGE_WIDTH, 4, ACCENT, zorder=0.6)
        y = page.lines(MARGIN, 30, [translate("Export", "HOW THE PERSONAS CHANGE")], OVERLINE)
        y = page.lines(MARGIN, y + 1, [translate("Export", "Trends")], TITLE)
        page.lines(MARGIN, y + 2, plan.subtitle, SUBTITLE)
    draw_placed(page, plan.frame, plan.placed)
    _draw_footer(page, plan, context, number, total)
    return page


def _draw_footer(page: Page, plan: TrendPage, context: CardContext, number: int,
                 total: int) -> None:
    tf = page.typeface
    page.line(MARGIN, FOOTER_RULE, PAGE_WIDTH - MARGIN, FOOTER_RULE, palette.RULE, 0.6)
    label = translate("Export", "Page {n} of {total}").format(n=number, total=total)
    y = FOOTER_RULE + 6
    title = translate("Export", "{project} · Persona set: {persona_set}").format(
        project=tf.visible(context.project, FOOTER_STRONG)[0],
        persona_set=tf.visible(context.persona_set, FOOTER_STRONG)[0])
    page.lines(MARGIN, y, [tf.clip(title, FOOTER_STRONG,
                                   CONTENT_WIDTH - tf.width(label, FOOTER_STRONG) - 16)],
               FOOTER_STRONG)
    page.lines(PAGE_WIDTH - MARGIN, y, [label], FOOTER_STRONG, align="right")
    y += FOOTER_STRONG.line_height
    lines = [tf.clip(translate(
        "Export", "Trends computed on {exported} from the dated touchpoints, outcomes, measures "
        "and codings of the set's customers{app}.").format(
        exported=context.exported_on,
        app=translate("Export", " with {app}").format(app=context.app) if context.app else ""),
        FOOTER, CONTENT_WIDTH)]
    if context.sample_note:  # the trends are the sample's too: up to two lines, four in all
        sample = tf.wrap(tf.visible(context.sample_note, FOOTER)[0], FOOTER, CONTENT_WIDTH)
        room = 1 if plan.replaced else 2
        if len(sample) > room:
            sample = sample[:room - 1] + [tf.ellipsize(" ".join(sample[room - 1:]), FOOTER,
                                                       CONTENT_WIDTH)]
        lines = sample + lines
    if plan.replaced:
        lines.append(tf.clip(translate(
            "Export", "Text in [brackets] stands for characters the embedded fonts cannot show: "
            "[?] for letters, a name for an emoji."), FOOTER, CONTENT_WIDTH))
    page.lines(MARGIN, y, lines, FOOTER)


# --------------------------------------------------------------------------- files


def write_pdf(cards: Sequence[PersonaCard], context: CardContext, report: TrendReport, target,
              progress: ProgressFn | None = None, typeface: Typeface | None = None) -> int:
    """The persona cards, then the trends pages, as one PDF; returns the number of pages.

    ``progress(done, total, message)`` is called after each page and may raise to stop.
    """
    from matplotlib.backends.backend_pdf import PdfPages

    from workbench.export.persona_pages import draw_page, plan_cards

    typeface = typeface or default_typeface()
    cards_plan = plan_cards(cards, context, typeface)
    trends_plan = plan_trend_pages(report, context, typeface)
    total = len(cards_plan) + len(trends_plan)
    metadata = {"Title": translate("Export", "Personas: {persona_set}").format(
                    persona_set=context.persona_set),
                "Subject": context.project, "Creator": context.app or "Persona Workbench"}
    trends = translate("Export", "Trends")
    with render_settings(), PdfPages(target, metadata=metadata) as pdf:
        for number, plan in enumerate(cards_plan, start=1):
            pdf.savefig(draw_page(plan, context, number, total, typeface).figure)
            if progress is not None:
                progress(number, total, plan.card.name)
        for number, plan in enumerate(trends_plan, start=len(cards_plan) + 1):
            pdf.savefig(draw_trend_page(plan, context, number, total, typeface).figure)
            if progress is not None:
                progress(number, total, trends)
    return total


def write_trend_pngs(report: TrendReport, context: CardContext, target_for: Callable[[int], object],
                     first_number: int = 1, total: int | None = None, dpi: int = 170,
                     typeface: Typeface | None = None) -> list:
    """The trends pages as PNG images; ``target_for(page_of_trends)`` names each (1, 2...).
    Page numbers in the footers start at ``first_number`` of ``total`` (the cards come first)."""
    typeface = typeface or default_typeface()
    plans = plan_trend_pages(report, context, typeface)
    total = total if total is not None else first_number - 1 + len(plans)
    written = []
    with render_settings():
        for k, plan in enumerate(plans, start=1):
            path = target_for(k)
            page = draw_trend_page(plan, context, first_number + k - 1, total, typeface)
            page.figure.savefig(path, format="png", dpi=dpi, facecolor="#FFFFFF")
            written.append(path)
    return written
