"""Living personas: a persona set's assignment rule, its assignment runs, drift and trends.

A persona set is fitted once (see :mod:`workbench.analysis.clustering`); the
fitted preprocessing and the persona centres are kept as an
:class:`AssignmentModel` so customers imported later can join the existing
personas without re-clustering (:mod:`workbench.analysis.assignment`). Each
placement of the project's customers is an assignment run; comparing two runs
is drift (:class:`DriftReport`), and monthly or weekly series of what
customers do and say are trends (:class:`TrendReport`).

Everything here is plain data with ``to_dict``/``from_dict`` for JSON (the
store and ``--json`` output); no I/O.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from enum import Enum, StrEnum
from typing import Any


def _clean(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def _plain(obj: Any) -> dict[str, Any]:
    return {f.name: _clean(getattr(obj, f.name)) for f in fields(obj)}


def _known(cls: Any, data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k in cls.__dataclass_fields__}


# --------------------------------------------------------------------------- the rule


#: A customer had no value for an attribute the set was made from, and the set
#: leaves such customers out instead of filling blanks.
UNASSIGNED_INCOMPLETE = "incomplete"


@dataclass
class ColumnRule:
    """How one attribute became feature-matrix columns when the set was fitted.

    Numbers: blanks filled with ``imputed``; two-valued numbers coded 1 when
    equal to ``one_value``; otherwise ``log1p`` when ``log`` and then
    ``(x - centre) / spread``. Categories: blanks filled with ``imputed``, one
    indicator column per level of ``levels``; a value not among them counts as
    the "(other)" level when the set had one (``other``), else as no level.
    ``weights``: the multiplier of each output column (equal weighting and
    shared facts). ``gower_low``/``gower_high``: the range numbers were
    divided by for the Gower distance.
    """

    name: str
    kind: str  # "numeric" | "categorical"
    binary: bool = False
    one_value: float | None = None
    imputed: float | str | None = None
    log: bool = False
    centre: float = 0.0
    spread: float = 1.0
    levels: list[str] = field(default_factory=list)
    other: bool = False
    weights: list[float] = field(default_factory=list)
    gower_low: float | None = None
    gower_high: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ColumnRule:
        return cls(**_known(cls, data))


@dataclass
class AssignmentModel:
    """A fitted persona set's rule for placing any customer, in persona positions.

    - kmeans, agglomerative: the nearest of ``centres`` (k-means: its fitted
      cluster centres; Ward: the personas' mean points, so the rule reproduces
      the tree's cut only approximately, see ``training_agreement``);
    - gmm: the most probable mixture component (``mixture``: weights, means,
      precisions' Cholesky factors and covariance type, in position order);
    - gower: the nearest medoid (``medoid_numeric``/``medoid_categorical``)
      by Gower distance.

    Fit is measured as in the run: the centroid silhouette against
    ``score_centres`` (or medoids), or the mixture's probability. A customer
    fits no persona when ambiguous (as in the run) or when its distance to
    its persona is beyond that persona's ``fences`` entry (Q3 + 2 x IQR of
    the members' distances when the set was fitted; None: no fence).
    """

    algorithm: str
    k: int
    missing: str  # "impute" | "drop"
    columns: list[ColumnRule]
    feature_names: list[str]
    centres: list[list[float]]
    score_centres: list[list[float]]
    fences: list[float | None]
    mixture: dict[str, Any] | None = None
    medoid_numeric: list[list[float]] = field(default_factory=list)
    medoid_categorical: list[list[int]] = field(default_factory=list)
    #: Share of the fitted customers the rule puts in the persona the run gave them.
    training_agreement: float | None = None

    @property
    def attributes(self) -> list[str]:
        return [c.name for c in self.columns]

    def to_dict(self) -> dict[str, Any]:
        data = _plain(self)
        data["columns"] = [c.to_dict() for c in self.columns]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AssignmentModel:
        values = _known(cls, data)
        values["columns"] = [ColumnRule.from_dict(c) for c in data["columns"]]
        return cls(**values)


@dataclass
class Assignment:
    """Where a rule placed a batch of customers (arrays aligned with ``ids``)."""

    ids: Any  # numpy int64
    #: Nearest persona position (-1 when the customer could not be placed at all).
    nearest: Any  # numpy int64
    fit: Any  # numpy float64 (nan when not placed)
    #: None, UNASSIGNED_AMBIGUOUS, UNASSIGNED_FAR or UNASSIGNED_INCOMPLETE per customer.
    reasons: list[str | None]
    #: attribute -> values the set had never seen (categories), with counts.
    unseen: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.ids)


# --------------------------------------------------------------------------- runs


class RunKind(StrEnum):
    FIT = "fit"  # the clustering run that made the set
    ASSIGN = "assign"  # customers placed with the set's rule


@dataclass
class AssignmentRun:
    """One placement of the project's customers in a set's personas."""

    id: int
    set_id: int
    kind: RunKind
    created_at: str
    #: Customers placed, in a persona or fitting none.
    n_customers: int
    #: Customers not in the previous run.
    n_new: int
    #: Customers whose persona differs from the previous run (fitting none counts).
    n_moved: int
    n_unassigned: int
    #: Members per persona position.
    sizes: list[int]
    #: Translated remarks (unseen categories, customers left out...).
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AssignmentRun:
        values = _known(cls, data)
        values["kind"] = RunKind(values["kind"])
        return cls(**values)


def summarise_run(set_id: int, kind: RunKind, created_at: str, members: Any,
                  previous: Any | None, k: int, notes: list[str] | None = None) -> AssignmentRun:
    """The counts of a run placing ``members`` after ``previous`` (both
    :class:`workbench.domain.persona_sets.Memberships`; None for the fit run)."""
    sizes = [0] * k
    for position in members.positions:
        if position is not None and position < k:
            sizes[position] += 1
    n_new = n_moved = 0
    if previous is not None:
        before = dict(zip(previous.customers, previous.positions, strict=True))
        for customer, position in zip(members.customers, members.positions, strict=True):
            if customer not in before:
                n_new += 1
            elif before[customer] != position:
                n_moved += 1
    unassigned = sum(1 for p in members.positions if p is None)
    return AssignmentRun(id=0, set_id=set_id, kind=kind, created_at=created_at,
                         n_customers=len(members.customers), n_new=n_new, n_moved=n_moved,
                         n_unassigned=unassigned, sizes=sizes, notes=list(notes or []))


# --------------------------------------------------------------------------- drift

#: Flow-table rows/columns that are not personas.
FLOW_NEW = "new"  # not in the earlier run
FLOW_GONE = "gone"  # not in the later run
FLOW_NONE = "none"  # fitting no persona


@dataclass
class Flow:
    """How many customers went from ``source`` to ``target``.

    Each side is a persona position (as text: "0", "1"...) or FLOW_NEW,
    FLOW_GONE, FLOW_NONE.
    """

    source: str
    target: str
    customers: int

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass
class ProfileShift:
    """One attribute of one persona, described against the other customers then and now."""

    persona: int
    attribute: str
    #: A category level, or None for a number.
    level: str | None
    #: Standardised effect (Cohen's d for numbers, Cohen's h for a category share).
    effect_then: float | None
    effect_now: float | None
    #: |now - then| at least SHIFT_EFFECT.
    shifted: bool
    #: The persona's mean or share then and now (for reading the shift).
    value_then: float | None = None
    value_now: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


#: A persona's profile shifted on an attribute when its effect moved by this much
#: (Cohen's "small" effect: the difference a reader would notice).
SHIFT_EFFECT = 0.2


@dataclass
class DriftReport:
    """What changed in a persona set between two runs."""

    set_id: int
    before: AssignmentRun
    after: AssignmentRun
    persona_names: list[str]
    flows: list[Flow]
    shifts: list[ProfileShift]
    notes: list[str] = field(default_factory=list)

    def size_change(self) -> list[tuple[int, int, int]]:
        """(position, members before, members after) per persona."""
        return [(p, self.before.sizes[p] if p < len(self.before.sizes) else 0,
                 self.after.sizes[p] if p < len(self.after.sizes) else 0)
                for p in range(len(self.persona_names))]

    def to_dict(self) -> dict[str, Any]:
        return {
            "set_id": self.set_id,
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
            "personas": list(self.persona_names),
            "sizes": [{"persona": p, "before": b, "after": a} for p, b, a in self.size_change()],
            "flows": [f.to_dict() for f in self.flows],
            "shifts": [s.to_dict() for s in self.shifts],
            "notes": list(self.notes),
        }


# --------------------------------------------------------------------------- trends


class Period(StrEnum):
    MONTH = "month"
    WEEK = "week"


class TrendBy(StrEnum):
    PERSONA = "persona"
    STAGE = "stage"


class MetricKind(StrEnum):
    ACTIVE = "active"  # customers with any touchpoint in the period
    OUTCOME = "outcome"  # share of active customers with an outcome value
    MEASURE = "measure"  # a score measure's headline (NPS, % satisfied, mean)
    FRICTION = "friction"  # share of active customers with a low-scored touchpoint
    COMPLAINT = "complaint"  # share of active customers with a coded complaint


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"


@dataclass
class TrendPoint:
    """One period of one series: the value and the n behind it."""

    period: str  # "2024-03" or "2024-W11"
    value: float | None
    n: int
    #: Numerator for shares (customers with the outcome...), else None.
    count: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass
class TrendSeries:
    """One quantity of one group over the periods."""

    group: str  # persona name or stage label; "" for everyone
    group_key: str  # persona position as text, stage label, or "all"
    kind: MetricKind
    #: What is measured: "active", an outcome value, a measure column, a code path...
    metric: str
    #: "share", "count", "nps", "mean"...
    unit: str
    points: list[TrendPoint]
    #: For complaint series: the code's id, so its passages can be shown.
    code_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data = _plain(self)
        data["points"] = [p.to_dict() for p in self.points]
        return data


@dataclass
class TrendFlag:
    """A change in a series unlikely to be chance.

    The test compares the last ``window`` periods with the periods before
    (two-proportion z test for shares, Welch's t for means, normal
    approximation for NPS); complaint codes are also tested for a rise over
    all periods (Cochran–Armitage trend test). p-values are adjusted with
    Benjamini–Hochberg over every test of the report (5% false discovery rate).
    """

    series: int  # index in TrendReport.series
    test: str  # "window" | "trend"
    direction: Direction
    before: float | None
    after: float | None
    p_value: float
    q_value: float
    #: A rising complaint code across at least RECURRING_CUSTOMERS customers.
    recurring: bool = False
    #: Up to 3 (document id, start, end, text) passages for a recurring complaint.
    passages: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


#: A rising complaint across at least this many customers is a recurring negative experience.
RECURRING_CUSTOMERS = 10
#: False discovery rate of the trend flags.
TREND_FDR = 0.05
#: Periods compared with the ones before them.
TREND_WINDOW = 3


@dataclass
class TrendReport:
    """Series per persona or stage, with the flags and the n behind every point."""

    by: TrendBy
    period: Period
    periods: list[str]
    series: list[TrendSeries]
    flags: list[TrendFlag]
    set_id: int | None = None
    journey_id: int | None = None
    window: int = TREND_WINDOW
    #: The stated test, translated, for the view and the PDF.
    method: str = ""
    notes: list[str] = field(default_factory=list)
    #: The periods the window tests compared with the ones before them: the last ``window``
    #: periods the tests covered (a partial last period is left out); empty when none was.
    compared: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by.value,
            "period": self.period.value,
            "periods": list(self.periods),
            "set_id": self.set_id,
            "journey_id": self.journey_id,
            "window": self.window,
            "method": self.method,
            "series": [s.to_dict() for s in self.series],
            "flags": [f.to_dict() for f in self.flags],
            "notes": list(self.notes),
            "compared": list(self.compared),
        }
