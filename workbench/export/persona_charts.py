"""The small vector charts of a persona card: effect rows, channel rows, the set's share strip.

Each is a layout block (it flows down a column like text), drawn with plain
matplotlib patches so it stays sharp in print and costs no axes.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.export import palette
from workbench.export.canvas import Page, baseline
from workbench.export.layout import Block
from workbench.export.text import TextStyle, Typeface

SUBJECT = TextStyle(8.8, bold=True, color=palette.INK, leading=1.3)
TAG = TextStyle(7.4, color=palette.SECONDARY, leading=1.3)
CAPTION = TextStyle(7.2, color=palette.SECONDARY, leading=1.3)
VALUE = TextStyle(7.8, bold=True, color=palette.INK, leading=1.3)
REST_VALUE = TextStyle(7.8, color=palette.SECONDARY, leading=1.3)
LABEL = TextStyle(8.2, color=palette.INK, leading=1.3)
ALSO = TextStyle(7.4, italic=True, color=palette.SECONDARY, leading=1.3)
#: An "also ..." line wraps over at most this many lines.
ALSO_LINES = 2

BAR = 5.5
ROW = 10.5
#: An attribute's name wraps over at most this many lines on a card.
SUBJECT_LINES = 3


def wrapped(typeface: Typeface, text: str, style: TextStyle, width: float,
            max_lines: int) -> list[str]:
    """``text`` wrapped to ``width`` in at most ``max_lines`` (the last cut with an ellipsis)."""
    lines = typeface.wrap(text, style, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = typeface.ellipsize(lines[-1], style, width)
    return lines


@dataclass(frozen=True)
class EffectFigures:
    """One "what sets them apart" line, as text ready to print and numbers to draw."""

    subject: str
    size: str  # "d = +1.9 · large"
    persona_text: str
    rest_text: str
    persona_value: float
    rest_value: float
    #: True for shares (drawn on 0..100%), False for means (drawn from zero).
    share: bool
    #: Other attributes carrying the same fact: "also online backup, device protection".
    also: str = ""


class EffectRow(Block):
    """Attribute, effect size, and two bars: this persona against everyone else."""

    def __init__(self, figures: EffectFigures, color: str, typeface: Typeface,
                 captions: tuple[str, str], value_width: float = 0.0) -> None:
        self.figures, self.color, self.typeface, self.captions = figures, color, typeface, captions
        #: Width kept for the values on the right; the same for every row, so bars align.
        self.value_width = max(value_width, self.values_width(typeface, figures))

    @staticmethod
    def values_width(typeface: Typeface, figures: EffectFigures) -> float:
        return max(typeface.width(figures.persona_text, VALUE),
                   typeface.width(figures.rest_text, REST_VALUE)) + 8

    def _subject_lines(self, width: float) -> list[str]:
        tag_width = self.typeface.width(self.figures.size, TAG)
        lines = self.typeface.wrap(self.figures.subject, SUBJECT, width - tag_width - 8)
        if len(lines) > SUBJECT_LINES:
            lines = lines[:SUBJECT_LINES]
            lines[-1] = self.typeface.ellipsize(lines[-1], SUBJECT, width - tag_width - 8)
        return lines

    def _also_lines(self, width: float) -> list[str]:
        if not self.figures.also:
            return []
        return wrapped(self.typeface, "— " + self.figures.also, ALSO, width, ALSO_LINES)

    def height(self, width: float) -> float:
        return (5 + len(self._subject_lines(width)) * SUBJECT.line_height
                + len(self._also_lines(width)) * ALSO.line_height + 1 + 2 * ROW + 5)

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        f, tf = self.figures, self.typeface
        lines = self._subject_lines(width)
        y = top + 5
        page.text(x + width, baseline(y, TAG), f.size, TAG, align="right")
        y = page.lines(x, y, lines, SUBJECT)
        y = page.lines(x, y, self._also_lines(width), ALSO) + 1
        caption_width = min(width * 0.3, max(tf.width(c, CAPTION) for c in self.captions) + 8)
        bar_x, bar_width = x + caption_width, max(20.0, width - caption_width - self.value_width)
        low = 0.0 if f.share else min(0.0, f.persona_value, f.rest_value)
        high = 1.0 if f.share else max(0.0, f.persona_value, f.rest_value)
        span = (high - low) or 1.0
        zero = bar_x + (0 - low) / span * bar_width
        rows = ((self.captions[0], f.persona_value, f.persona_text, self.color, VALUE),
                (self.captions[1], f.rest_value, f.rest_text, palette.REST, REST_VALUE))
        for caption, value, text, color, style in rows:
            centre = y + ROW / 2
            page.text(x, centre + 2.5, tf.clip(caption, CAPTION, caption_width - 6), CAPTION)
            page.rect(bar_x, centre - BAR / 2, bar_width, BAR, palette.TRACK, radius=1.5)
            end = bar_x + (value - low) / span * bar_width
            left, right = sorted((zero, end))
            page.rect(left, centre - BAR / 2, right - left, BAR, color, radius=1.5)
            page.text(x + width, centre + 2.7, text, style, align="right")
            y += ROW
        if low < 0:
            page.line(zero, y - 2 * ROW + 1, zero, y - 1, palette.SECONDARY, 0.6)
        page.line(x, y + 4.5, x + width, y + 4.5, palette.RULE, 0.4)


@dataclass(frozen=True)
class OutcomeFigures:
    """One line of the Outcomes block, as text ready to print and numbers to draw."""

    subject: str  # "Churn"
    tag: str  # "risk ratio 2.8 · n = 1,854"
    persona_text: str  # "42% (39%–45%)"
    rest_text: str
    persona_value: float
    rest_value: float
    #: 95% intervals (None when not known), drawn as whiskers over the bars.
    persona_interval: tuple[float, float] | None
    rest_interval: tuple[float, float] | None
    #: True for rates (drawn on 0..100%), False for means (drawn from zero).
    share: bool
    significant: bool
    #: "Not significant: could be chance" / "Few members: read with care"; empty when neither.
    caution: str = ""


NOTE_STYLE = TextStyle(7.2, italic=True, color=palette.SECONDARY, leading=1.3)
STRONG_TAG = TextStyle(7.4, bold=True, color=palette.INK, leading=1.3)


class OutcomeRow(Block):
    """An outcome for this persona against everyone else: two bars with their 95% intervals.

    A significant difference prints its figures in ink; one that could be chance, or that
    rests on few members, is printed in grey with a note saying so.
    """

    def __init__(self, figures: OutcomeFigures, color: str, typeface: Typeface,
                 captions: tuple[str, str], value_width: float = 0.0) -> None:
        self.figures, self.color, self.typeface, self.captions = figures, color, typeface, captions
        self.value_width = max(value_width, self.values_width(typeface, figures))

    @staticmethod
    def values_width(typeface: Typeface, figures: OutcomeFigures) -> float:
        return max(typeface.width(figures.persona_text, VALUE),
                   typeface.width(figures.rest_text, REST_VALUE)) + 8

    def _tag_style(self) -> TextStyle:
        return STRONG_TAG if self.figures.significant else TAG

    def _tag_beside(self, width: float) -> bool:
        """The tag fits on the subject's line (else it gets a line of its own below)."""
        return (self.typeface.width(self.figures.subject, SUBJECT)
                + self.typeface.width(self.figures.tag, self._tag_style()) + 8 <= width)

    def _subject_lines(self, width: float) -> list[str]:
        return wrapped(self.typeface, self.figures.subject, SUBJECT, width, SUBJECT_LINES)

    def _tag_lines(self, width: float) -> list[str]:
        if self._tag_beside(width):
            return []
        return wrapped(self.typeface, self.figures.tag, self._tag_style(), width, 2)

    def _caution_lines(self, width: float) -> list[str]:
        if not self.figures.caution:
            return []
        return wrapped(self.typeface, self.figures.caution, NOTE_STYLE, width, 2)

    def height(self, width: float) -> float:
        return (5 + len(self._subject_lines(width)) * SUBJECT.line_height
                + len(self._tag_lines(width)) * TAG.line_height + 1 + 2 * ROW
                + len(self._caution_lines(width)) * NOTE_STYLE.line_height + 5)

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        f, tf = self.figures, self.typeface
        y = top + 5
        tag_lines = self._tag_lines(width)
        if not tag_lines:
            page.text(x + width, baseline(y, self._tag_style()), f.tag, self._tag_style(),
                      align="right")
        y = page.lines(x, y, self._subject_lines(width), SUBJECT)
        y = page.lines(x, y, tag_lines, self._tag_style()) + 1
        caption_width = min(width * 0.3, max(tf.width(c, CAPTION) for c in self.captions) + 8)
        bar_x, bar_width = x + caption_width, max(20.0, width - caption_width - self.value_width)
        highs = [f.persona_value, f.rest_value] + [i[1] for i in (f.persona_interval,
                                                                  f.rest_interval) if i]
        lows = [f.persona_value, f.rest_value] + [i[0] for i in (f.persona_interval,
                                                                 f.rest_interval) if i]
        low = 0.0 if f.share else min(0.0, *lows)
        high = 1.0 if f.share else max(0.0, *highs)
        span = (high - low) or 1.0

        def at(value: float) -> float:
            return bar_x + (max(low, min(high, value)) - low) / span * bar_width

        persona_color = self.color if f.significant else palette.mix(self.color, palette.WHITE,
                                                                     0.45)
        value_style = VALUE if f.significant else REST_VALUE
        rows = ((self.captions[0], f.persona_value, f.persona_interval, f.persona_text,
                 persona_color, value_style),
                (self.captions[1], f.rest_value, f.rest_interval, f.rest_text, palette.REST,
                 REST_VALUE))
        for caption, value, interval, text, color, style in rows:
            centre = y + ROW / 2
            page.text(x, centre + 2.5, tf.clip(caption, CAPTION, caption_width - 6), CAPTION)
            page.rect(bar_x, centre - BAR / 2, bar_width, BAR, palette.TRACK, radius=1.5)
            left, right = sorted((at(0.0), at(value)))
            page.rect(left, centre - BAR / 2, right - left, BAR, color, radius=1.5)
            if interval is not None:
                a, b = at(interval[0]), at(interval[1])
                page.line(a, centre, b, centre, palette.INK, 0.8, zorder=3)
                for end in (a, b):
                    page.line(end, centre - 3, end, centre + 3, palette.INK, 0.8, zorder=3)
            page.text(x + width, centre + 2.7, text, style, align="right")
            y += ROW
        y = page.lines(x, y + 1, self._caution_lines(width), NOTE_STYLE)
        page.line(x, y + 4.5, x + width, y + 4.5, palette.RULE, 0.4)


@dataclass(frozen=True)
class ChannelFigures:
    label: str
    value_text: str  # "34% · others 20%"
    persona_share: float
    rest_share: float


class ChannelRow(Block):
    """A channel's share of the persona's contacts, with everyone else's as a mark."""

    def __init__(self, figures: ChannelFigures, color: str, typeface: Typeface) -> None:
        self.figures, self.color, self.typeface = figures, color, typeface

    def height(self, width: float) -> float:
        return 3 + LABEL.line_height + 1 + 9 + 4

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        f, tf = self.figures, self.typeface
        y = top + 3
        value_width = tf.width(f.value_text, TAG)
        page.text(x + width, baseline(y, LABEL), f.value_text, TAG, align="right")
        page.text(x, baseline(y, LABEL), tf.clip(f.label, LABEL, width - value_width - 6), LABEL)
        y += LABEL.line_height + 1
        page.rect(x, y + 2, width, 5, palette.TRACK, radius=1.5)
        page.rect(x, y + 2, max(0.0, min(1.0, f.persona_share)) * width, 5, self.color,
                  radius=1.5)
        mark = x + max(0.0, min(1.0, f.rest_share)) * width
        page.line(mark, y, mark, y + 9, palette.INK, 1.1, zorder=3)


@dataclass(frozen=True)
class ShareSegment:
    share: float
    color: str
    legend: str = ""  # empty: drawn but not listed


class ShareStrip(Block):
    """One bar split by share (this persona among the others), with a legend below."""

    def __init__(self, segments: list[ShareSegment], typeface: Typeface) -> None:
        self.segments, self.typeface = segments, typeface

    def _legend(self, width: float) -> list[tuple[str, list[str]]]:
        return [(s.color, self.typeface.wrap(s.legend, CAPTION, width - 12))
                for s in self.segments if s.legend]

    def height(self, width: float) -> float:
        legend = sum(len(lines) for _, lines in self._legend(width))
        return 4 + 12 + 6 + legend * CAPTION.line_height + 2

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        y = top + 4
        page.rect(x, y, width, 12, palette.TRACK)
        total = sum(max(0.0, s.share) for s in self.segments) or 1.0
        left = x
        for segment in self.segments:
            span = max(0.0, segment.share) / total * width
            if span > 0:
                page.rect(left, y, max(0.0, span - 0.8), 12, segment.color)
            left += span
        y += 12 + 6
        for color, lines in self._legend(width):
            page.rect(x, y + (CAPTION.line_height - 6.5) / 2, 6.5, 6.5, color, radius=1)
            y = page.lines(x + 12, y, lines, CAPTION)
