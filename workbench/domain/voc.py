"""Voice of the customer: score measures, their results by group, drivers, voices, sentiment.

Plain dataclasses and small pure rules, no SQL and no Qt.

A *measure* is a survey score column with a kind and a scale:

- ``nps``: "How likely are you to recommend us?" 0–10. Promoters answer 9–10,
  passives 7–8, detractors 0–6; NPS = % promoters − % detractors (−100…100).
- ``csat``: satisfaction, 1–5 (or 1–7, 1–10). "Satisfied" is the top two
  boxes (4–5 of 5, 6–7 of 7, 9–10 of 10); CSAT = % satisfied.
- ``ces``: customer effort, 1–7 (or 1–5): the mean (higher = easier, as the
  CES 2.0 wording "the company made it easy…" agrees more).
- ``rating``: star ratings, 1–5 (or 1–10): the mean.

For drivers every measure splits respondents into a *low* group (NPS
detractors; CSAT bottom boxes below the satisfied ones; CES and ratings at or
below the scale's lower third) and a *high* group (promoters; satisfied; top
third), see :meth:`MeasureSpec.band`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from enum import StrEnum


class MeasureKind(StrEnum):
    NPS = "nps"
    CSAT = "csat"
    CES = "ces"
    RATING = "rating"


#: The usual scale of each kind (low, high), used when nothing else is said.
DEFAULT_SCALES: dict[MeasureKind, tuple[int, int]] = {
    MeasureKind.NPS: (0, 10),
    MeasureKind.CSAT: (1, 5),
    MeasureKind.CES: (1, 7),
    MeasureKind.RATING: (1, 5),
}

#: Scales a researcher may choose per kind (the import preview offers these).
ALLOWED_SCALES: dict[MeasureKind, tuple[tuple[int, int], ...]] = {
    MeasureKind.NPS: ((0, 10),),
    MeasureKind.CSAT: ((1, 5), (1, 7), (1, 10), (0, 10)),
    MeasureKind.CES: ((1, 7), (1, 5)),
    MeasureKind.RATING: ((1, 5), (1, 10), (0, 5), (0, 10)),
}

#: Below this many answers a figure is shown with a "small n" mark (never hidden).
SMALL_N = 30

_SPEC = re.compile(r"^\s*(nps|csat|ces|rating)\s*(?::\s*(-?\d+)\s*-\s*(-?\d+)\s*)?$", re.I)


class Band(StrEnum):
    LOW = "low"      # NPS detractors, dissatisfied, hard effort, low stars
    MIDDLE = "middle"  # NPS passives, neutral
    HIGH = "high"    # NPS promoters, satisfied, easy, high stars


@dataclass(frozen=True)
class MeasureSpec:
    """A measure's kind and scale, e.g. MeasureSpec(NPS, 0, 10)."""

    kind: MeasureKind
    low: int
    high: int

    @classmethod
    def default(cls, kind: MeasureKind | str) -> MeasureSpec:
        kind = MeasureKind(kind)
        return cls(kind, *DEFAULT_SCALES[kind])

    @classmethod
    def parse(cls, text: str) -> MeasureSpec:
        """"nps", "csat:1-7", "rating:1-10" → MeasureSpec; ValueError when not one of these.

        The scale must be one of :data:`ALLOWED_SCALES` for the kind.
        """
        match = _SPEC.match(text or "")
        if not match:
            raise ValueError(text)
        kind = MeasureKind(match.group(1).lower())
        if match.group(2) is None:
            return cls.default(kind)
        scale = (int(match.group(2)), int(match.group(3)))
        if scale not in ALLOWED_SCALES[kind]:
            raise ValueError(text)
        return cls(kind, *scale)

    def text(self) -> str:
        """The stored form: "nps:0-10"."""
        return f"{self.kind.value}:{self.low}-{self.high}"

    def fits(self, value: float) -> bool:
        """True when ``value`` is a whole number on the scale (NPS, CSAT, CES) or on it (ratings)."""
        if not (self.low <= value <= self.high):
            return False
        return self.kind is MeasureKind.RATING or float(value).is_integer()

    def band(self, value: float) -> Band:
        """Low, middle or high answer (see the module docstring)."""
        if self.kind is MeasureKind.NPS:
            return Band.HIGH if value >= 9 else Band.MIDDLE if value >= 7 else Band.LOW
        if self.kind is MeasureKind.CSAT:
            if value >= self.satisfied_from:
                return Band.HIGH
            return Band.LOW if value < self.satisfied_from - 1 else Band.MIDDLE
        third = (self.high - self.low) / 3
        if value <= self.low + third:
            return Band.LOW
        return Band.HIGH if value >= self.high - third else Band.MIDDLE

    @property
    def satisfied_from(self) -> float:
        """CSAT: the lowest answer counted as satisfied (the top two boxes)."""
        return self.high - 1


class Voice(StrEnum):
    CUSTOMER = "customer"
    FRONTLINE = "frontline"


class GroupBy(StrEnum):
    """What measures can be broken down by (``workbench voc --by``)."""

    OVERALL = "overall"
    PERSONA = "persona"
    STAGE = "stage"
    CHANNEL = "channel"
    MONTH = "month"
    SOURCE = "source"


@dataclass(frozen=True)
class MeasureResult:
    """One measure over one group of answers.

    ``value`` is NPS (−100…100), CSAT % satisfied (0…100) or the mean (CES,
    ratings); ``low``/``high`` its 95% interval (None when n < 2). For NPS,
    ``promoters``/``passives``/``detractors`` are shares (0…1), for CSAT
    ``promoters`` is the satisfied share and ``detractors`` the share in the
    low band; for means they are the high/middle/low band shares.
    """

    kind: MeasureKind
    n: int
    value: float | None
    low: float | None
    high: float | None
    promoters: float | None = None
    passives: float | None = None
    detractors: float | None = None

    @property
    def small(self) -> bool:
        """Fewer answers than :data:`SMALL_N`: shown, marked as small n."""
        return self.n < SMALL_N


@dataclass(frozen=True)
class MeasureRow:
    """A measure for one group: a line of ``workbench voc`` and of the VoC table."""

    #: The measure column ("source file · header") and its stored spec.
    measure: str
    spec: MeasureSpec
    #: What the rows are grouped by, and this group's key and shown label
    #: ("persona", "3", "Price-sensitive families"; "overall", "", "Everyone").
    group_by: GroupBy
    group: str
    label: str
    result: MeasureResult
    #: Whose voice the answers are (front-line scores are kept apart).
    voice: Voice = Voice.CUSTOMER


@dataclass(frozen=True)
class Example:
    """A passage shown as evidence for a driver (a whole sentence where possible)."""

    document_id: int
    start: int
    end: int
    text: str
    customer_label: str | None = None
    voice: Voice = Voice.CUSTOMER


class DriverKind(StrEnum):
    CODE = "code"          # a code of the code book applied to the respondent's text
    THEME = "theme"        # a suggested theme (top words) found in the respondent's text
    ATTRIBUTE = "attribute"  # "Contract = Month-to-month", "Tenure ≤ 6 months"


@dataclass(frozen=True)
class Driver:
    """Something over-represented among low scorers vs high scorers of a measure.

    ``lift`` = share of low scorers with it / share of high scorers with it,
    with a 95% interval (Katz log method, 0.5 added to empty cells);
    ``significant`` when the interval excludes 1. ``low_with``/``high_with``
    count respondents with it in each band, ``low_n``/``high_n`` the bands.
    """

    kind: DriverKind
    label: str
    lift: float
    lift_low: float
    lift_high: float
    low_with: int
    low_n: int
    high_with: int
    high_n: int
    significant: bool
    #: The code id (CODE) or the attribute column name (ATTRIBUTE); None for themes.
    key: str | None = None
    examples: list[Example] = field(default_factory=list)

    @property
    def low_share(self) -> float:
        return self.low_with / self.low_n if self.low_n else 0.0

    @property
    def high_share(self) -> float:
        return self.high_with / self.high_n if self.high_n else 0.0


class Sentiment(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


@dataclass(frozen=True)
class SentimentEstimate:
    """A passage's sentiment from the bundled lexicons: a signal beside real scores, never one."""

    label: Sentiment
    #: −1…1 (mean valence of the words found, negations flipped).
    score: float
    #: Lexicon words found; 0 means "no opinion words": neutral by absence.
    hits: int
    language: str  # "en", "it" or "" (not recognised: neutral, said so)


def is_finite(value: float | None) -> bool:
    return value is not None and not math.isnan(value) and not math.isinf(value)


@dataclass(frozen=True)
class SentimentShare:
    """Lexicon sentiment of the open answers of one group: a signal beside the scores."""

    group: str
    label: str
    #: Passages (open answers, transcript sentences) judged.
    n: int
    positive: float
    neutral: float
    negative: float
    voice: Voice = Voice.CUSTOMER


@dataclass(frozen=True)
class MeasureColumn:
    """A stored measure column: where it comes from and whose voice it is."""

    column_id: int
    source_id: int
    #: The source's file name (and sheet), as the Data area lists it.
    source: str
    name: str
    label: str
    spec: MeasureSpec
    voice: Voice
    #: Rows with an answer.
    answers: int

    @property
    def title(self) -> str:
        return self.label or self.name


@dataclass(frozen=True)
class VocReport:
    """Every measure broken down by one grouping (``workbench voc --by``)."""

    by: GroupBy
    rows: list[MeasureRow]
    sentiment: list[SentimentShare] = field(default_factory=list)
    #: Translated sentences about what could not be shown and why
    #: ("No journey map yet: create one to see measures by stage.").
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DriverReport:
    """What over-represents among a measure's low scorers vs its high scorers."""

    measure: MeasureColumn
    drivers: list[Driver]
    #: Respondents in the low and high bands (detractors and promoters for NPS).
    low_n: int
    high_n: int
    notes: list[str] = field(default_factory=list)
