"""The Measures block of a persona card: survey scores (NPS, CSAT, CES, ratings) of its members.

Each measure is a layout block like an Outcomes line: the measure and its n, the
question asked, then two bars on the measure's own scale (this persona, everyone
who answered) with their 95% intervals as whiskers. A figure resting on fewer
than :data:`workbench.domain.voc.SMALL_N` answers is printed in grey and marked
"small n": shown, never hidden.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.domain.voc import SMALL_N, MeasureKind, MeasureResult, MeasureRow, Voice
from workbench.export import palette, wording
from workbench.export.canvas import Page, baseline
from workbench.export.layout import Block
from workbench.export.persona_charts import (
    BAR,
    CAPTION,
    NOTE_STYLE,
    REST_VALUE,
    STRONG_TAG,
    SUBJECT,
    TAG,
    VALUE,
    wrapped,
)
from workbench.export.text import TextStyle, Typeface
from workbench.i18n import translate

QUESTION = TextStyle(7.2, italic=True, color=palette.SECONDARY, leading=1.3)
#: A caption-and-figures line, then its bar under it.
LINE = VALUE.line_height
MEASURE_ROW = LINE + BAR + 3.5
#: The question asked wraps over at most this many lines.
QUESTION_LINES = 2


@dataclass(frozen=True)
class CardMeasure:
    """A measure as a persona card prints it: the persona's row and everyone's result."""

    row: MeasureRow
    #: The same measure over everyone who answered (None when not known).
    everyone: MeasureResult | None = None

    @property
    def frontline(self) -> bool:
        return str(self.row.voice) == Voice.FRONTLINE.value


#: A scale written after the question ("(0-10)", "[1–5]"): the subject line already says it.
_SCALE_SUFFIX = re.compile(r"\s*[(\[]\s*-?\d+\s*[-–—/]\s*-?\d+\s*[)\]]\s*$")


def question_of(row: MeasureRow) -> str:
    """The question's header from "file · header" (the card already says where data come from),
    without a scale written after it."""
    header = row.measure.rsplit(" · ", 1)[-1].strip()
    return _SCALE_SUFFIX.sub("", header) or header


@dataclass(frozen=True)
class MeasureFigures:
    """One line of the Measures block, as text ready to print and numbers to draw."""

    subject: str  # "NPS · 0–10" (· Front line)
    tag: str  # "n = 48" / "n = 12 · small n"
    question: str
    persona_text: str  # "+12 (−4 to +28)"
    everyone_text: str  # "" when everyone's figure is not known
    persona_value: float | None
    everyone_value: float | None
    persona_interval: tuple[float, float] | None
    everyone_interval: tuple[float, float] | None
    #: The scale the bars are drawn on: −100…100 (NPS), 0…100 (CSAT), the answers' scale.
    axis: tuple[float, float]
    small: bool
    caution: str = ""


def measure_axis(row: MeasureRow) -> tuple[float, float]:
    kind = MeasureKind(row.spec.kind)
    if kind is MeasureKind.NPS:
        return (-100.0, 100.0)
    if kind is MeasureKind.CSAT:
        return (0.0, 100.0)
    return (float(row.spec.low), float(row.spec.high))


def measure_figures(measure: CardMeasure, say) -> MeasureFigures:
    """``say`` turns text into what the fonts can show (persona_card.CardText)."""
    row, result, everyone = measure.row, measure.row.result, measure.everyone
    kind = str(row.spec.kind)

    def interval(r: MeasureResult | None) -> tuple[float, float] | None:
        if r is None or r.low is None or r.high is None:
            return None
        return (float(r.low), float(r.high))

    subject = translate("Export", "{measure} · {low}–{high}").format(
        measure=wording.measure_kind_name(kind), low=row.spec.low, high=row.spec.high)
    if measure.frontline:
        subject += " · " + wording.frontline_tag()
    caution = ""
    if result.small:
        caution = translate(
            "Export", "Small n: fewer than {threshold} answers, so the figure can move a lot; "
            "read the interval.").format(threshold=SMALL_N)
    known = everyone is not None and everyone.n > 0 and everyone.value is not None
    return MeasureFigures(
        subject=say(subject, SUBJECT), tag=wording.measure_n(result.n, result.small),
        question=say(question_of(row), QUESTION),
        persona_text=wording.measure_value(kind, result.value, result.low, result.high),
        everyone_text=(wording.measure_value(kind, everyone.value, everyone.low, everyone.high)
                       if known else ""),
        persona_value=result.value, everyone_value=everyone.value if known else None,
        persona_interval=interval(result), everyone_interval=interval(everyone) if known else None,
        axis=measure_axis(row), small=result.small, caution=caution)


class MeasureBars(Block):
    """A measure for this persona against everyone who answered, on the measure's scale."""

    def __init__(self, figures: MeasureFigures, color: str, typeface: Typeface,
                 captions: tuple[str, str], value_width: float = 0.0) -> None:
        self.figures, self.color, self.typeface, self.captions = figures, color, typeface, captions
        self.value_width = max(value_width, self.values_width(typeface, figures))

    @staticmethod
    def values_width(typeface: Typeface, figures: MeasureFigures) -> float:
        return max(typeface.width(figures.persona_text, VALUE),
                   typeface.width(figures.everyone_text, REST_VALUE)) + 8

    def _tag_style(self) -> TextStyle:
        return TAG if self.figures.small else STRONG_TAG

    def _tag_beside(self, width: float) -> bool:
        return (self.typeface.width(self.figures.subject, SUBJECT)
                + self.typeface.width(self.figures.tag, self._tag_style()) + 8 <= width)

    def _subject_lines(self, width: float) -> list[str]:
        return wrapped(self.typeface, self.figures.subject, SUBJECT, width, 2)

    def _tag_lines(self, width: float) -> list[str]:
        if self._tag_beside(width):
            return []
        return wrapped(self.typeface, self.figures.tag, self._tag_style(), width, 2)

    def _question_lines(self, width: float) -> list[str]:
        if not self.figures.question:
            return []
        return wrapped(self.typeface, self.figures.question, QUESTION, width, QUESTION_LINES)

    def _caution_lines(self, width: float) -> list[str]:
        if not self.figures.caution:
            return []
        return wrapped(self.typeface, self.figures.caution, NOTE_STYLE, width, 3)

    def _bars(self) -> int:
        return 2 if self.figures.everyone_text else 1

    def height(self, width: float) -> float:
        return (5 + len(self._subject_lines(width)) * SUBJECT.line_height
                + len(self._tag_lines(width)) * TAG.line_height
                + len(self._question_lines(width)) * QUESTION.line_height + 1
                + self._bars() * MEASURE_ROW + len(self._caution_lines(width)) * NOTE_STYLE.line_height
                + 5)

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        f, tf = self.figures, self.typeface
        y = top + 5
        tag_lines = self._tag_lines(width)
        if not tag_lines:
            page.text(x + width, baseline(y, self._tag_style()), f.tag, self._tag_style(),
                      align="right")
        y = page.lines(x, y, self._subject_lines(width), SUBJECT)
        y = page.lines(x, y, tag_lines, self._tag_style())
        y = page.lines(x, y, self._question_lines(width), QUESTION) + 1
        low, high = f.axis
        span = (high - low) or 1.0
        origin = min(max(0.0, low), high)  # bars grow from zero (NPS, CSAT) or the scale's start

        def at(value: float) -> float:
            return x + (max(low, min(high, value)) - low) / span * width

        persona_color = palette.mix(self.color, palette.WHITE, 0.45) if f.small else self.color
        rows = [(self.captions[0], f.persona_value, f.persona_interval, f.persona_text,
                 persona_color, REST_VALUE if f.small else VALUE)]
        if f.everyone_text:
            rows.append((self.captions[1], f.everyone_value, f.everyone_interval,
                         f.everyone_text, palette.REST, REST_VALUE))
        bars_top = y
        for caption, value, interval, text, color, style in rows:
            # caption and figures on a line, the bar under them over the column's whole width
            text_width = tf.width(text, style)
            page.text(x, baseline(y, CAPTION), tf.clip(caption, CAPTION, width - text_width - 6),
                      CAPTION)
            page.text(x + width, baseline(y, style), text, style, align="right")
            centre = y + LINE + BAR / 2 + 1
            page.rect(x, centre - BAR / 2, width, BAR, palette.TRACK, radius=1.5)
            if value is not None:
                left, right = sorted((at(origin), at(value)))
                page.rect(left, centre - BAR / 2, max(right - left, 0.8), BAR, color, radius=1.5)
            if interval is not None:
                a, b = at(interval[0]), at(interval[1])
                page.line(a, centre, b, centre, palette.INK, 0.8, zorder=3)
                for end in (a, b):
                    page.line(end, centre - 3, end, centre + 3, palette.INK, 0.8, zorder=3)
            y += MEASURE_ROW
        if low < 0 < high:  # NPS: the zero line, so a negative score reads as one
            page.line(at(0.0), bars_top + LINE - 1, at(0.0), y - 1, palette.SECONDARY, 0.6)
        y = page.lines(x, y + 1, self._caution_lines(width), NOTE_STYLE)
        page.line(x, y + 4.5, x + width, y + 4.5, palette.RULE, 0.4)


def measure_rows(measures, color: str, typeface: Typeface, say) -> list[Block]:
    """One :class:`MeasureBars` per measure, their values aligned."""
    captions = (say(translate("Export", "Persona"), TextStyle(7.2)),
                say(translate("Export", "Everyone"), TextStyle(7.2)))
    figures = [measure_figures(m, say) for m in measures]
    if not figures:
        return []
    values = max(MeasureBars.values_width(typeface, f) for f in figures)
    return [MeasureBars(f, color, typeface, captions, values) for f in figures]
