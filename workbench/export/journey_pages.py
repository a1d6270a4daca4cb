"""Journey map pages drawn: header with the persona, stage headers, lanes of cards, the emotion
curve with the friction points marked, the footer; PDF and PNG out.

Pages are planned by :func:`workbench.export.journey_map.plan_journey` first and
drawn afterwards, so the footer can say "page 2 of 3".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workbench.export import palette, wording
from workbench.export.canvas import ASCENT, DESCENT, Page, baseline, render_settings
from workbench.export.journey_map import (
    CARD_BAR,
    CARD_GAP,
    CARD_PAD,
    CELL_PAD,
    EMOTION_HEIGHT,
    FIGURES,
    FIGURES_STRONG,
    HEADER_HEIGHT,
    LABEL_WIDTH,
    LANE_LABEL,
    MARGIN,
    MEASURE,
    ROW_PAD,
    STAGE_HEADER,
    VOICE_TAG,
    CardPiece,
    JourneyContext,
    JourneySheet,
    MapPage,
    RowPiece,
    SheetLane,
    SheetStage,
    grid_bottom,
    lane_color,
    observed_band_height,
    plan_journey,
)
from workbench.export.text import TextStyle, Typeface, default_typeface
from workbench.i18n import translate

PNG_DPI = 150
ProgressFn = Callable[[int, int, str], None]

TITLE = TextStyle(17.0, bold=True, color=palette.INK, leading=1.18)
SUBTITLE = TextStyle(8.8, color=palette.SECONDARY, leading=1.35)
NOTE = TextStyle(7.0, italic=True, color=palette.SECONDARY, leading=1.3)
FOOTER = TextStyle(6.6, color=palette.MUTED, leading=1.35)
FOOTER_STRONG = TextStyle(6.6, bold=True, color=palette.SECONDARY, leading=1.35)
SCALE = TextStyle(6.2, color=palette.MUTED, leading=1.2)
POINT_VALUE = TextStyle(7.6, bold=True, color=palette.INK, leading=1.2)
POINT_NOTE = TextStyle(6.6, color=palette.SECONDARY, leading=1.2)
BADGE = TextStyle(6.4, bold=True, color=palette.WHITE, leading=1.0)
FRICTION = "#E15759"
GOOD, MIXED, BAD = "#3E8E47", "#E0A526", "#D1434B"
COLUMN_FILL = "#F7F8FA"
#: Behind the "Front line" tag of a quote written by staff (as on persona cards).
VOICE_TAG_COLOR = "#8A5A2B"


class Say:
    """Text as the fonts can show it; ``replaced`` turns True once a stand-in was needed."""

    def __init__(self, typeface: Typeface) -> None:
        self.typeface, self.replaced = typeface, False

    def __call__(self, text: str, style: TextStyle) -> str:
        shown, replaced = self.typeface.visible(text or "", style)
        self.replaced |= replaced
        return shown


def visible_sheet(sheet: JourneySheet, say: Say) -> JourneySheet:
    """The sheet with every text as the fonts can draw it (stand-ins for what they cannot)."""
    from dataclasses import replace

    plain = TextStyle(8.0)
    lanes = tuple(SheetLane(lane.kind, say(lane.name, LANE_LABEL), tuple(
        tuple(replace(card, text=say(card.text, plain), figures=say(card.figures, plain))
              for card in cell) for cell in lane.cells)) for lane in sheet.lanes)
    stages = tuple(replace(stage, name=say(stage.name, plain).replace("\n", " "),
                           channels=tuple((say(name, FIGURES), share)
                                          for name, share in stage.channels),
                           measures=tuple(say(line, MEASURE) for line in stage.measures))
                   for stage in sheet.stages)
    return replace(sheet, name=say(sheet.name, TITLE).replace("\n", " "),
                   persona_name=say(sheet.persona_name, SUBTITLE).replace("\n", " "),
                   stages=stages, lanes=lanes)


# --------------------------------------------------------------------------- one page


def draw_page(plan: MapPage, sheet: JourneySheet, context: JourneyContext, number: int,
              total: int, typeface: Typeface, replaced: bool = False) -> Page:
    page = Page(typeface, plan.size)
    _draw_header(page, plan, sheet)
    top = _draw_stage_headers(page, plan, sheet)
    if sheet.has_observed:
        top = _draw_observed_band(page, plan, sheet, top)
    bottom = top + sum(row.height for row in plan.rows)
    for index in range(len(plan.stages)):  # the column backgrounds behind the lanes
        page.rect(plan.column_x(index), top, plan.column, max(bottom - top, 0), COLUMN_FILL,
                  zorder=0.4)
    for row in plan.rows:
        _draw_row(page, plan, sheet, row, top)
        top += row.height
        page.line(MARGIN, top, plan.width - MARGIN, top, palette.RULE, 0.5, zorder=0.6)
    _draw_footer(page, plan, sheet, context, number, total, replaced)
    return page


def _draw_header(page: Page, plan: MapPage, sheet: JourneySheet) -> None:
    tf, color = page.typeface, sheet.color
    band = MARGIN + HEADER_HEIGHT - 6
    page.rect(0, 0, plan.width, band, palette.tint(color, 0.9), zorder=0.5)
    page.rect(0, 0, plan.width, 4, color, zorder=0.6)
    radius = 23.0
    cy = 4 + (band - 4) / 2
    _draw_avatar(page, sheet, MARGIN + radius, cy, radius)
    x = MARGIN + 2 * radius + 14
    right = plan.width - MARGIN
    side = _header_side(plan, sheet)
    side_width = max((tf.width(line, FIGURES) for line in side), default=0.0)
    width = right - x - side_width - (18 if side else 0)
    overline = TextStyle(7.4, bold=True, color=palette.text_shade(color), leading=1.3)
    # one line down to 12 pt; a longer name wraps over two, then three lines, smaller
    for lines, start, smallest in ((1, 17.0, 12.0), (2, 12.0, 10.0), (3, 10.0, 8.0)):
        title_lines, title_style, cut = tf.fit(sheet.name or "—", TITLE.sized(start), width,
                                               lines, smallest)
        if not cut:
            break
    height = (overline.line_height + 1 + len(title_lines) * title_style.line_height + 2
              + SUBTITLE.line_height)
    y = cy - height / 2
    y = page.lines(x, y, [translate("Export", "JOURNEY MAP")], overline) + 1
    y = page.lines(x, y, title_lines, title_style) + 2
    subtitle = translate("Export", "Persona: {persona}").format(persona=sheet.persona_name)
    if sheet.persona_size is not None:
        subtitle += " · " + translate("Export", "{size} customers ({share} of those clustered)"
                                      ).format(size=wording.count(sheet.persona_size),
                                               share=wording.percent(sheet.persona_share, 1))
    page.lines(x, y, [tf.clip(subtitle, SUBTITLE, width)], SUBTITLE)
    y = cy - len(side) * FIGURES.line_height / 2
    page.lines(right, y, side, FIGURES, align="right")


def _header_side(plan: MapPage, sheet: JourneySheet) -> list[str]:
    """Right of the header: which part of the map this page shows, and the legend."""
    side = []
    if plan.stage_groups > 1:
        first, last = plan.stages[0] + 1, plan.stages[-1] + 1
        side.append(translate("Export", "Stages {first}–{last} of {total}").format(
            first=first, last=last, total=len(sheet.stages)))
    if plan.lanes_continued:
        side.append(translate("Export", "Lanes continued from the previous page"))
    if any(card.number is not None for lane in sheet.lanes for cell in lane.cells
           for card in cell):
        side.append(translate("Export", "Red numbers: pain points, also marked on the emotion "
                              "curve"))
    return side


def _draw_avatar(page: Page, sheet: JourneySheet, cx: float, cy: float, radius: float) -> None:
    from workbench.export.persona_pages import _initials, _photo_pixels

    pixels = _photo_pixels(sheet.photo)
    if pixels is not None:
        page.circle(cx, cy, radius + 1.5, palette.WHITE)
        page.round_image(pixels, cx, cy, radius)
        return
    page.circle(cx, cy, radius, sheet.color)
    style = TextStyle(radius * 0.72, bold=True, color=palette.readable_on(sheet.color))
    page.text(cx, cy + (ASCENT - DESCENT) / 2 * style.size * 0.86,
              _initials(sheet.persona_name, page.typeface, style), style, align="center")


def _draw_stage_headers(page: Page, plan: MapPage, sheet: JourneySheet) -> float:
    top = MARGIN + HEADER_HEIGHT + 10
    color = sheet.color
    ink = palette.readable_on(color)
    style = plan.stage_style.coloured(ink)
    label_style = TextStyle(7.0, bold=True, color=palette.SECONDARY, leading=1.25)
    page.lines(MARGIN, top + (STAGE_HEADER - 2 * label_style.line_height) / 2,
               page.typeface.wrap(translate("Export", "Stages"), label_style, LABEL_WIDTH - 10),
               label_style)
    height = STAGE_HEADER - 6
    for index, stage in enumerate(plan.stages):
        x = plan.column_x(index)
        page.rect(x, top, plan.column, height, color, radius=5, zorder=0.8)
        if index < len(plan.stages) - 1:  # a small arrow head into the next stage
            _triangle(page, x + plan.column - 0.5, top + height / 2, 5.5, 6.5, color)
        disc = 7.0
        page.circle(x + 8 + disc, top + height / 2, disc, palette.WHITE, zorder=2)
        number_style = TextStyle(7.4, bold=True, color=palette.text_shade(color))
        page.text(x + 8 + disc, top + height / 2 + 2.6, str(stage + 1), number_style,
                  align="center")
        lines = plan.stage_lines[index]
        y = top + (height - len(lines) * style.line_height) / 2
        page.lines(x + 8 + 2 * disc + 6, y, lines, style)
    return top + STAGE_HEADER


def _triangle(page: Page, x: float, cy: float, length: float, half: float, color: str) -> None:
    from matplotlib.patches import Polygon

    page.figure.add_artist(Polygon([(x, cy - half), (x + length, cy), (x, cy + half)],
                                   closed=True, transform=page.points, facecolor=color,
                                   edgecolor="none", zorder=0.9))


def _draw_observed_band(page: Page, plan: MapPage, sheet: JourneySheet, top: float) -> float:
    tf = page.typeface
    height = observed_band_height()
    page.rect(MARGIN, top, plan.width - 2 * MARGIN, height - 3, palette.PANEL, radius=4,
              zorder=0.5)
    label = TextStyle(7.4, bold=True, color=palette.SECONDARY, leading=1.25)
    page.lines(MARGIN + 8, top + ROW_PAD - 1,
               tf.wrap(translate("Export", "Observed in the data"), label, LABEL_WIDTH - 14),
               label)
    for index, stage in enumerate(plan.stages):
        x = plan.column_x(index) + CELL_PAD + 2
        width = plan.column - 2 * CELL_PAD - 4
        lines = _observed_lines(sheet.stages[stage], tf, width)
        y = top + ROW_PAD - 1
        if lines:
            y = page.lines(x, y, [lines[0]], FIGURES_STRONG)
            page.lines(x, y, lines[1:], FIGURES)
    return top + height


def _observed_lines(stage: SheetStage, tf: Typeface, width: float) -> list[str]:
    if stage.members is None:
        return [translate("Export", "No touchpoints at this stage")]
    first = translate("Export", "{members} members · {share}").format(
        members=wording.count(stage.members), share=wording.percent(stage.share))
    if not stage.channels:
        return [tf.clip(first, FIGURES_STRONG, width)]
    channels = ", ".join(f"{name} {wording.percent(share)}" for name, share in stage.channels[:3])
    rest = tf.wrap(translate("Export", "Top channels: {channels}").format(channels=channels),
                   FIGURES, width)
    if len(rest) > 2:
        rest = [rest[0], tf.ellipsize(" ".join(rest[1:]), FIGURES, width)]
    return [tf.clip(first, FIGURES_STRONG, width), *rest]


# --------------------------------------------------------------------------- lanes


def _draw_row(page: Page, plan: MapPage, sheet: JourneySheet, row: RowPiece, top: float) -> None:
    tf = page.typeface
    accent = lane_color(row.lane.kind)
    page.rect(MARGIN, top + ROW_PAD, 3, row.height - 2 * ROW_PAD, accent, radius=1.5)
    label = LANE_LABEL.coloured(palette.text_shade(accent) if row.lane.kind != "emotion"
                                else palette.INK)
    lines, label, _cut = tf.fit(row.lane.name or "—", label, LABEL_WIDTH - 22, 4, 7.0)
    y = page.lines(MARGIN + 9, top + ROW_PAD, lines, label)
    if row.continued:
        page.lines(MARGIN + 9, y, [translate("Export", "(continued)")], NOTE)
    cards_top = top + ROW_PAD
    if row.emotion:  # the stages' survey measures head the lane, as in the app
        _draw_stage_measures(page, plan, sheet, top + ROW_PAD)
        _draw_emotion(page, plan, sheet, row, top + row.measure_band)
        cards_top = top + row.measure_band + EMOTION_HEIGHT
    for index, pieces in enumerate(row.cells):
        x = plan.column_x(index) + CELL_PAD
        y = cards_top
        for piece in pieces:
            _draw_card(page, piece, x, y, plan.column - 2 * CELL_PAD, accent)
            y += piece.height + CARD_GAP


def _draw_card(page: Page, piece: CardPiece, x: float, top: float, width: float,
               accent: str) -> None:
    card = piece.card
    fill = palette.tint(accent, 0.9 if card.observed else 0.82)
    page.rect(x, top, width, piece.height, fill, radius=3, zorder=1)
    page.rect(x, top, CARD_BAR, piece.height, accent, zorder=1.1)
    text_x = x + CARD_BAR + CARD_PAD
    y = top + CARD_PAD
    if card.number is not None and not piece.continued_from:
        _badge(page, text_x + 5, y + 5.5, str(card.number))
    if card.number is not None:
        text_x += 14
    if piece.continued_from:
        page.text(x + width - 4, top + 7.5, "…", NOTE, align="right")
    y = page.lines(text_x, y, piece.lines, piece.style)
    if piece.figure_lines:
        page.lines(text_x, y + (2 if piece.lines else 0), piece.figure_lines, piece.figure_style)
    if piece.continues:
        page.text(x + width - 4, top + piece.height - 3, translate("Export", "continued →"),
                  TextStyle(6.2, italic=True, color=palette.SECONDARY), align="right")
    if piece.tagged:
        tag_width = page.typeface.width(card.voice_tag, VOICE_TAG) + 8
        tag_top = top + piece.height - CARD_PAD - VOICE_TAG.size - 3
        page.rect(text_x, tag_top, tag_width, VOICE_TAG.size + 3, VOICE_TAG_COLOR, radius=2,
                  zorder=2)
        page.text(text_x + 4, baseline(tag_top + 1.1, VOICE_TAG), card.voice_tag, VOICE_TAG)


def _draw_stage_measures(page: Page, plan: MapPage, sheet: JourneySheet, top: float) -> None:
    """Each stage's survey measures above the curve, with their n."""
    for index, stage in enumerate(plan.stages):
        x = plan.column_x(index) + CELL_PAD + 2
        width = plan.column - 2 * CELL_PAD - 4
        lines = [page.typeface.clip(line, MEASURE, width) for line in sheet.stages[stage].measures]
        page.lines(x, top, lines, MEASURE)


def _badge(page: Page, cx: float, cy: float, text: str, color: str = FRICTION) -> None:
    radius = 5.4 if len(text) < 2 else 6.4
    page.circle(cx, cy, radius, color, zorder=2.5)
    page.text(cx, cy + 2.3, text, BADGE, align="center")


def emotion_color(value: float) -> str:
    return GOOD if value >= 0.5 else BAD if value <= -0.5 else MIXED


def _draw_emotion(page: Page, plan: MapPage, sheet: JourneySheet, row: RowPiece,
                  top: float) -> None:
    import numpy as np
    from matplotlib.lines import Line2D

    plot_top, plot_bottom = top + 19, top + EMOTION_HEIGHT - 20
    left = plan.column_x(0)
    right = plan.column_x(len(plan.stages) - 1) + plan.column

    def y_of(value: float) -> float:
        value = max(-2.0, min(2.0, value))
        return plot_top + (2.0 - value) / 4.0 * (plot_bottom - plot_top)

    for value, text in ((2.0, "+2"), (0.0, "0"), (-2.0, wording.MINUS + "2")):
        y = y_of(value)
        page.line(left, y, right, y, palette.RULE if value else "#BFC4CD",
                  0.4 if value else 0.7, zorder=0.7)
        page.text(left - 3, y + 2.2, text, SCALE, align="right")
    points = []
    for index, stage in enumerate(plan.stages):
        figures = sheet.stages[stage]
        cx = plan.column_x(index) + plan.column / 2
        if figures.emotion is None:
            page.text(cx, y_of(0) - 4, translate("Export", "no scores"), POINT_NOTE, align="center")
            continue
        points.append((cx, y_of(figures.emotion), figures))
    for start, end in zip(points, points[1:], strict=False):
        xs = np.linspace(start[0], end[0], 24)
        t = (xs - start[0]) / (end[0] - start[0])
        ease = t * t * (3 - 2 * t)  # smooth in and out of each point
        ys = start[1] + (end[1] - start[1]) * ease
        page.figure.add_artist(Line2D(xs, ys, transform=page.points, color=palette.SECONDARY,
                                      linewidth=1.6, solid_capstyle="round", zorder=2))
    for cx, cy, figures in points:
        color = emotion_color(figures.emotion)
        page.circle(cx, cy, 5.0, palette.WHITE, zorder=2.2)
        page.circle(cx, cy, 3.8, color, zorder=2.3)
        value = wording.signed(figures.emotion)
        note = (translate("Export", "set by the researcher") if figures.emotion_set
                else translate("Export", "{n} scores").format(n=wording.count(figures.emotion_n)))
        y = cy - 6.5  # above the point: the curve runs through its sides
        value_width = page.typeface.width(value, POINT_VALUE)
        label_width = value_width + 4 + page.typeface.width(note, POINT_NOTE)
        # right of the point, unless that runs past the map's edge: then left of it
        x = cx + 8 if cx + 8 + label_width <= right else cx - 8 - label_width
        page.text(x, y, value, POINT_VALUE.coloured(palette.text_shade(color)))
        page.text(x + value_width + 4, y, note, POINT_NOTE)
    for index, stage in enumerate(plan.stages):  # the friction points of each stage
        numbers = _friction_numbers(sheet, stage)
        if not numbers:
            continue
        x = plan.column_x(index) + 10
        y = top + EMOTION_HEIGHT - 9
        for number in numbers[:8]:
            _badge(page, x, y, str(number))
            x += 15
        if len(numbers) > 8:
            page.text(x - 4, y + 2.3, "+" + str(len(numbers) - 8), POINT_NOTE)


def _friction_numbers(sheet: JourneySheet, stage: int) -> list[int]:
    return [card.number for lane in sheet.lanes for card in lane.cells[stage]
            if card.number is not None]


# --------------------------------------------------------------------------- footer


def _draw_footer(page: Page, plan: MapPage, sheet: JourneySheet, context: JourneyContext,
                 number: int, total: int, replaced: bool) -> None:
    tf = page.typeface
    rule = grid_bottom(plan.size) + 8
    width = plan.width - 2 * MARGIN
    page.line(MARGIN, rule, plan.width - MARGIN, rule, palette.RULE, 0.6)
    label = translate("Export", "Page {n} of {total}").format(n=number, total=total)
    label_width = tf.width(label, FOOTER_STRONG)
    y = rule + 5
    title = translate("Export", "{project} · Journey map: {journey}").format(
        project=tf.visible(context.project, FOOTER_STRONG)[0], journey=sheet.name)
    page.lines(MARGIN, y, [tf.clip(title, FOOTER_STRONG, width - label_width - 16)],
               FOOTER_STRONG)
    page.lines(plan.width - MARGIN, y, [label], FOOTER_STRONG, align="right")
    lines = tf.wrap(tf.visible(context.provenance, FOOTER)[0], FOOTER, width)
    if len(lines) > 2:
        lines = [lines[0], tf.ellipsize(" ".join(lines[1:]), FOOTER, width)]
    if replaced:
        lines = lines + [tf.clip(translate(
            "Export", "Text in [brackets] stands for characters the embedded fonts cannot show: "
            "[?] for letters, a name for an emoji."), FOOTER, width)]
    page.lines(MARGIN, y + FOOTER_STRONG.line_height, lines, FOOTER)


# --------------------------------------------------------------------------- files


def prepare(sheet: JourneySheet, paper: str, typeface: Typeface
            ) -> tuple[JourneySheet, list[MapPage], bool]:
    """The sheet as the fonts show it, its pages, and whether stand-ins were needed."""
    say = Say(typeface)
    shown = visible_sheet(sheet, say)
    return shown, plan_journey(shown, typeface, paper), say.replaced


def write_pdf(sheet: JourneySheet, context: JourneyContext, target, paper: str = "fit",
              progress: ProgressFn | None = None, typeface: Typeface | None = None) -> int:
    """Write the map to ``target`` (path or binary file); returns the number of pages."""
    from matplotlib.backends.backend_pdf import PdfPages

    typeface = typeface or default_typeface()
    shown, plans, replaced = prepare(sheet, paper, typeface)
    metadata = {"Title": translate("Export", "Journey map: {journey}").format(journey=sheet.name),
                "Subject": context.project, "Creator": "Persona Workbench"}
    with render_settings(), PdfPages(target, metadata=metadata) as pdf:
        for number, plan in enumerate(plans, start=1):
            page = draw_page(plan, shown, context, number, len(plans), typeface, replaced)
            pdf.savefig(page.figure)
            if progress is not None:
                progress(number, len(plans), sheet.name)
    return len(plans)


def write_pngs(sheet: JourneySheet, context: JourneyContext, target_for: Callable[[int], Path],
               paper: str = "fit", dpi: int = PNG_DPI, progress: ProgressFn | None = None,
               typeface: Typeface | None = None) -> list[Path]:
    """One PNG per page; ``target_for(page_number)`` (1, 2...) names each file."""
    typeface = typeface or default_typeface()
    shown, plans, replaced = prepare(sheet, paper, typeface)
    written = []
    with render_settings():
        for number, plan in enumerate(plans, start=1):
            path = target_for(number)
            page = draw_page(plan, shown, context, number, len(plans), typeface, replaced)
            page.figure.savefig(path, format="png", dpi=dpi, facecolor="#FFFFFF")
            written.append(path)
            if progress is not None:
                progress(number, len(plans), sheet.name)
    return written

