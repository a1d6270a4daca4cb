"""A journey map as slides: stages split into groups (at most four a slide), lanes as rows.

The same :class:`~workbench.export.journey_map.JourneySheet` the PDF prints.
Each slide repeats the map's title, its stage headers and lane labels; the
emotion curve is drawn with native lines and points over the stages it shows.
Cards are rounded shapes holding their text and move whole: lanes that do not
fit under each other continue on the next slide, and a cell with more cards
than a slide holds continues there too.
"""

from __future__ import annotations

import math

from workbench.export import palette, wording
from workbench.export.journey_map import JourneyContext, JourneySheet, SheetCard, lane_color
from workbench.export.slides import (
    SLIDE_HEIGHT,
    SLIDE_WIDTH,
    Box,
    Deck,
    Line,
    Para,
    Run,
    Slide,
    inner_width,
    para,
    paras_height,
)
from workbench.export.text import TextStyle, Typeface
from workbench.i18n import translate

MARGIN = 28.0
LABEL_W = 112.0
HEADER = 64.0
STAGE_TOP = HEADER + 10
STAGE_H = 32.0
EMOTION_H = 62.0
COLUMN_GAP = 6.0
CARD_GAP = 4.0
CARD_INSET = 5.0
ROW_GAP = 6.0
FOOTER_TOP = SLIDE_HEIGHT - 28.0
BOTTOM = FOOTER_TOP - 6.0
#: At most this many stages side by side on a slide.
STAGES_PER_SLIDE = 4
#: A card's text is set in at most this many lines (smaller, then cut with "…").
CARD_LINES = 14

TITLE = TextStyle(18, bold=True, color=palette.INK, leading=1.2)
SUBTITLE = TextStyle(10, color=palette.SECONDARY, leading=1.3)
STAGE = TextStyle(10, bold=True, color=palette.WHITE, leading=1.2)
LANE = TextStyle(9, bold=True, color=palette.INK, leading=1.25)
CARD = TextStyle(8.5, color=palette.INK, leading=1.3)
FIGURES = TextStyle(7.5, bold=True, color="#B8323A", leading=1.3)
TAG = TextStyle(7.5, bold=True, color="#8A5A2B", leading=1.3)
FOOTER = TextStyle(7.5, color=palette.MUTED, leading=1.3)
POINT = TextStyle(8, bold=True, color=palette.INK, leading=1.2)
GOOD, MIXED, BAD = "#3E8E47", "#E0A526", "#D1434B"


def stage_groups(count: int, per_slide: int = STAGES_PER_SLIDE) -> list[range]:
    """Stages split into even groups of at most ``per_slide`` (6 stages: 3 + 3, not 4 + 2)."""
    if count <= 0:
        return [range(0)]
    slides = math.ceil(count / per_slide)
    size = math.ceil(count / slides)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _card_box(card: SheetCard, width: float, typeface: Typeface, color: str
              ) -> tuple[list[Para], float]:
    """A card's paragraphs and its height when ``width`` points wide."""
    text_width = inner_width(width, CARD_INSET)
    text, _ = typeface.visible(card.text, CARD)
    if card.number is not None:
        text = f"{card.number} · {text}"
    lines, style, _cut = typeface.fit(text, CARD, text_width, CARD_LINES, 7.0)
    paras = [para(" ".join(lines) if len(lines) > 1 else lines[0], style)]
    if card.figures:
        paras.append(para(typeface.visible(card.figures, FIGURES)[0], FIGURES))
    if card.voice_tag:
        paras.append(para(card.voice_tag, TAG))
    height = paras_height(paras, typeface, text_width) + 2 * CARD_INSET + 1
    return paras, height


class _Layout:
    def __init__(self, stages: range) -> None:
        self.stages = stages
        room = SLIDE_WIDTH - 2 * MARGIN - LABEL_W
        count = max(len(stages), 1)
        self.column = (room - COLUMN_GAP * (count - 1)) / count

    def x(self, index: int) -> float:
        return MARGIN + LABEL_W + index * (self.column + COLUMN_GAP)


def journey_slides(sheet: JourneySheet, context: JourneyContext, typeface: Typeface) -> Deck:
    """The map as a deck: per group of stages, as many slides as its lanes need."""
    deck = Deck(title=translate("Export", "Journey map: {journey}").format(journey=sheet.name))
    groups = stage_groups(len(sheet.stages))
    for number, group in enumerate(groups, start=1):
        layout = _Layout(group)
        slide, y = _new_slide(sheet, context, typeface, layout, number, len(groups), True)
        top_of_lanes = y
        deck.slides.append(slide)
        for lane in sheet.lanes:
            if lane.kind == "emotion" and not any(lane.cells):
                continue  # the curve above stands for it
            pending = [list(lane.cells[s]) if s < len(lane.cells) else [] for s in group]
            prepared = [[_card_box(c, layout.column, typeface, lane_color(lane.kind))
                         for c in cell] for cell in pending]
            first = True
            label_h = paras_height([para(lane.name, LANE)], typeface,
                                   inner_width(LABEL_W - 14, 2)) + 4
            while True:
                taken = [_cards_fitting(cell, BOTTOM - y) for cell in prepared]
                fits_all = all(n == len(cell) for cell, n in zip(prepared, taken, strict=True))
                row_h = max([label_h + (12 if not first else 0), 24.0]
                            + [sum(h for _p, h in cell[:n]) + CARD_GAP * (n - 1)
                               for cell, n in zip(prepared, taken, strict=True) if n])
                fresh = y <= top_of_lanes + 0.5
                if not fresh and (not fits_all or y + row_h > BOTTOM):
                    # the lane moves whole to the next slide rather than being split
                    slide, y = _new_slide(sheet, context, typeface, layout, number,
                                          len(groups), False)
                    top_of_lanes = y
                    deck.slides.append(slide)
                    continue
                if not any(taken) and not fits_all:  # a card taller than a slide: never here
                    taken = [min(1, len(cell)) for cell in prepared]
                _lane_row(slide, lane, layout, y, row_h, prepared, taken, not first)
                y += row_h + ROW_GAP
                prepared = [cell[n:] for cell, n in zip(prepared, taken, strict=True)]
                first = False
                if not any(prepared):
                    break
                slide, y = _new_slide(sheet, context, typeface, layout, number, len(groups),
                                      False)
                top_of_lanes = y
                deck.slides.append(slide)
    for slide in deck.slides:
        slide.title = sheet.name
    return deck


def _cards_fitting(cell: list, room: float) -> int:
    """How many of a cell's cards (paragraphs, height) fit ``room`` points, stacked."""
    used, count = 0.0, 0
    for _paras, height in cell:
        if used + height > room:
            break
        used += height + CARD_GAP
        count += 1
    return count


def _grid_top(first: bool) -> float:
    return STAGE_TOP + STAGE_H + 6 + (EMOTION_H + 6 if first else 0)


def _new_slide(sheet: JourneySheet, context: JourneyContext, typeface: Typeface,
               layout: _Layout, number: int, groups: int, first: bool) -> tuple[Slide, float]:
    slide = Slide()
    color = sheet.color
    slide.add(Box(0, 0, SLIDE_WIDTH, HEADER, kind="rect", fill=palette.tint(color, 0.9)))
    slide.add(Box(0, 0, SLIDE_WIDTH, 5, kind="rect", fill=color))
    width = SLIDE_WIDTH - 2 * MARGIN
    name, _ = typeface.visible(sheet.name, TITLE)
    persona, _ = typeface.visible(sheet.persona_name, SUBTITLE)
    subtitle = translate("Export", "Persona: {persona}").format(persona=persona)
    if sheet.persona_size is not None and sheet.persona_share is not None:
        subtitle += " · " + translate("Export", "{size} customers ({share} of those clustered)"
                                      ).format(size=wording.count(sheet.persona_size),
                                               share=wording.percent(sheet.persona_share))
    side = []
    if groups > 1:
        side.append(translate("Export", "Stages {first}–{last} of {total}").format(
            first=layout.stages.start + 1, last=layout.stages.stop, total=len(sheet.stages)))
    if not first:
        side.append(translate("Slides", "Lanes continued from the previous slide"))
    side_text = " · ".join(side)
    side_w = typeface.width(side_text, SUBTITLE) / 0.95 + 4 if side_text else 0.0
    text_w = width - side_w - 12
    slide.add(Box(MARGIN, 12, text_w, HEADER - 14, (
        para(typeface.clip(name, TITLE, inner_width(text_w, 0)), TITLE, space_after=3),
        para(typeface.clip(subtitle, SUBTITLE, inner_width(text_w, 0)), SUBTITLE)),
        name="Journey map"))
    if side_text:
        slide.add(Box(SLIDE_WIDTH - MARGIN - side_w, 16, side_w, 16,
                      (para(side_text, SUBTITLE, align="right"),), name="Stages shown"))
    for index, stage in enumerate(layout.stages):
        label, _ = typeface.visible(sheet.stages[stage].name, STAGE)
        lines, style, _cut = typeface.fit(label, STAGE, inner_width(layout.column, 5), 2, 7.5)
        slide.add(Box(layout.x(index), STAGE_TOP, layout.column, STAGE_H,
                      (para(" ".join(lines), style, align="center"),), kind="rounded",
                      fill=palette.text_shade(color), inset=5, anchor="middle", radius=5,
                      name=f"Stage {stage + 1}"))
    slide.add(Box(MARGIN, STAGE_TOP, LABEL_W - 10, STAGE_H, (para(translate(
        "Export", "Stages"), LANE),), anchor="middle", name="Stages"))
    if first:
        _emotion(slide, sheet, layout, STAGE_TOP + STAGE_H + 6)
    _footer(slide, context, typeface)
    return slide, _grid_top(first)


def _emotion(slide: Slide, sheet: JourneySheet, layout: _Layout, top: float) -> None:
    name = next((lane.name for lane in sheet.lanes if lane.kind == "emotion"),
                translate("Slides", "Emotion"))
    slide.add(Box(MARGIN, top, 3, EMOTION_H, kind="rect", fill=lane_color("emotion")))
    slide.add(Box(MARGIN + 7, top, LABEL_W - 14, EMOTION_H, (para(name, LANE),), inset=2,
                  name=name))
    plot_top, plot_bottom = top + 8, top + EMOTION_H - 8
    left, right = layout.x(0), layout.x(len(layout.stages) - 1) + layout.column

    def y_of(value: float) -> float:
        value = max(-2.0, min(2.0, value))
        return plot_top + (2.0 - value) / 4.0 * (plot_bottom - plot_top)

    slide.add(Line(left, y_of(0), right, y_of(0), "#BFC4CD", 0.75))
    points = []
    for index, stage in enumerate(layout.stages):
        figures = sheet.stages[stage]
        cx = layout.x(index) + layout.column / 2
        if figures.emotion is None:
            slide.add(Box(cx - 50, y_of(0) - 16, 100, 12, (para(
                translate("Export", "no scores"), TextStyle(7.5, italic=True,
                                                            color=palette.SECONDARY)
                , align="center"),), name="No scores"))
            continue
        points.append((cx, y_of(figures.emotion), figures.emotion))
    for (x1, y1, _a), (x2, y2, _b) in zip(points, points[1:], strict=False):
        slide.add(Line(x1, y1, x2, y2, palette.SECONDARY, 1.75))
    for cx, cy, value in points:
        color = GOOD if value >= 0.5 else BAD if value <= -0.5 else MIXED
        slide.add(Box(cx - 5, cy - 5, 10, 10, kind="ellipse", fill=color, line=palette.WHITE,
                      name="Emotion point"))
        slide.add(Box(cx + 7, cy - 17, 40, 13, (para(wording.signed(value),
                                                    POINT.coloured(palette.text_shade(color))),),
                      name="Emotion value"))


def _lane_row(slide: Slide, lane, layout: _Layout, y: float, height: float, prepared,
              taken: list[int], continued: bool) -> None:
    color = lane_color(lane.kind)
    slide.add(Box(MARGIN, y, 3, height, kind="rect", fill=color))
    label = [para(lane.name, LANE)]
    if continued:
        label.append(para(translate("Export", "(continued)"), TextStyle(7.5, italic=True,
                                                                        color=palette.SECONDARY)))
    slide.add(Box(MARGIN + 7, y, LABEL_W - 14, height, tuple(label), inset=2, name=lane.name))
    slide.add(Line(MARGIN, y + height + ROW_GAP / 2, SLIDE_WIDTH - MARGIN,
                   y + height + ROW_GAP / 2, palette.RULE, 0.5))
    for index, (cell, count) in enumerate(zip(prepared, taken, strict=True)):
        top = y
        for paras, card_h in cell[:count]:
            slide.add(Box(layout.x(index), top, layout.column, card_h, tuple(paras),
                          kind="rounded", fill=palette.tint(color, 0.85), inset=CARD_INSET,
                          radius=4, name="Card"))
            top += card_h + CARD_GAP


def _footer(slide: Slide, context: JourneyContext, typeface: Typeface) -> None:
    width = SLIDE_WIDTH - 2 * MARGIN
    text, _ = typeface.visible(context.provenance, FOOTER)
    lines, style, _cut = typeface.fit(text, FOOTER, inner_width(width, 0), 2, 6.5)
    slide.add(Box(MARGIN, FOOTER_TOP, width, SLIDE_HEIGHT - FOOTER_TOP - 4,
                  (Para((Run(" ".join(lines), style),)),), name="Footer"))
