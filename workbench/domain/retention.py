"""Retention and value: churn defined honestly, rates with intervals, retention
curves, customer value, churn risk with its reasons, and what friction costs.

Plain dataclasses with no heavy imports, so the store keeps them as JSON
(``to_dict``/``from_dict``) and the GUI shows them without loading pandas.
The computations live in :mod:`workbench.analysis.retention` (churn, curves,
value) and :mod:`workbench.analysis.churn_risk` (the risk model).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.domain.personas import _clean_float, _from_plain, _plain

#: ChurnDefinition.kind values.
CHURN_OUTCOME = "outcome"  # an outcome column: churned yes/no, or a cancellation date
CHURN_INACTIVITY = "inactivity"  # no touchpoint for N days before the last date in the data

#: RateByGroup.dimension values.
BY_PERSONA = "persona"
BY_STAGE = "stage"
BY_CHANNEL = "channel"
BY_SOURCE = "source"

#: RiskRun.model values.
MODEL_LOGISTIC = "logistic"  # L2-regularised logistic regression
MODEL_BOOSTING = "boosting"  # histogram gradient boosting


@dataclass
class ChurnDefinition:
    """How "churned" was decided for each customer; shown wherever a churn figure is."""

    kind: str  # CHURN_OUTCOME | CHURN_INACTIVITY
    #: The outcome attribute (CHURN_OUTCOME), e.g. "Churn"; None for inactivity.
    outcome: str | None = None
    #: The value counted as churned ("Yes", "1"), when the outcome is a yes/no column.
    event: str | None = None
    #: CHURN_INACTIVITY: days without contact before the last date in the data.
    inactive_days: int | None = None
    #: The last date in the data (ISO), the reference for inactivity.
    reference_date: str | None = None
    #: Customers with a known churn status, and how many churned.
    customers: int = 0
    churned: int = 0
    #: A suggested N for inactivity (e.g. the 90th percentile of gaps between contacts).
    suggested_days: int | None = None

    @property
    def rate(self) -> float | None:
        return self.churned / self.customers if self.customers else None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChurnDefinition:
        return _from_plain(cls, data)


@dataclass
class RateByGroup:
    """Churn (or any yes/no rate) within one group against everyone else, with 95% intervals."""

    dimension: str  # BY_PERSONA | BY_STAGE | BY_CHANNEL | BY_SOURCE
    #: The group's key: persona id, stage key, channel name or source id (as text).
    key: str
    label: str
    n: int
    events: int
    rate: float | None
    low: float | None  # Wilson 95% interval of rate
    high: float | None
    rest_rate: float | None = None
    #: rate / rest_rate with its 95% (log-method) interval.
    ratio: float | None = None
    ratio_low: float | None = None
    ratio_high: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RateByGroup:
        return _from_plain(cls, data)


@dataclass
class SurvivalCurve:
    """A Kaplan-Meier retention curve: the share still a customer after each time."""

    #: What the curve is of ("persona 3", "everyone"), and its key (persona id or "").
    key: str
    label: str
    #: Time unit of ``times`` ("months" or "days").
    unit: str
    times: list[float] = field(default_factory=list)
    survival: list[float] = field(default_factory=list)
    #: 95% pointwise interval (Greenwood, log-log), same length as ``times``.
    low: list[float] = field(default_factory=list)
    high: list[float] = field(default_factory=list)
    at_risk: list[int] = field(default_factory=list)
    n: int = 0
    events: int = 0
    #: Median time to churn, None when more than half never churn in the data.
    median: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SurvivalCurve:
        return _from_plain(cls, data)


@dataclass
class ValueSummary:
    """Customer value of a group: RFM and historical value, expected value, value at risk."""

    key: str
    label: str
    n: int
    #: Means of the group's recency (days), frequency (purchases) and monetary value.
    recency_days: float | None = None
    frequency: float | None = None
    monetary: float | None = None
    #: Mean RFM scores 1-5 (quintiles over all customers; 5 = best).
    r_score: float | None = None
    f_score: float | None = None
    m_score: float | None = None
    #: Total and mean historical value (sum of purchase amounts).
    total_value: float | None = None
    mean_value: float | None = None
    #: Expected value over ``horizon_days`` from the value model, when purchase history allows.
    expected_value: float | None = None
    horizon_days: int | None = None
    #: Sum over members of value × churn risk (or × the group's churn rate without a model).
    value_at_risk: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ValueSummary:
        return _from_plain(cls, data)


@dataclass
class RiskDriver:
    """One reason the model gives for churn risk, in plain words."""

    attribute: str
    #: The category for a categorical attribute ("Month-to-month"), else None.
    level: str | None
    #: +1: more of it (or this category) means higher risk; -1: lower risk.
    direction: int
    #: Drop in cross-validated ROC AUC when the attribute is permuted (mean, sd).
    importance: float
    importance_sd: float = 0.0
    #: The driver in words, translated when the run was made ("month-to-month contract:
    #: higher risk").
    phrase: str = ""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RiskDriver:
        return _from_plain(cls, data)


@dataclass
class CalibrationBin:
    """Customers whose predicted risk fell in one band, and how many really churned."""

    predicted: float
    observed: float
    n: int

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CalibrationBin:
        return _from_plain(cls, data)


@dataclass
class RiskRun:
    """One churn-risk model run, recorded like a persona run: reproducible."""

    definition: ChurnDefinition
    #: The attributes the model was given (never outcomes, identifiers or personal data).
    features: list[str]
    #: Attributes left out because they leak the outcome, with the reason in words.
    leaks: dict[str, str]
    #: The model kept (MODEL_*) and the cross-validated figures of both candidates.
    model: str
    #: model -> (mean, sd) of the cross-validated ROC AUC over the folds.
    auc: dict[str, list[float]]
    folds: int
    seed: int
    base_rate: float
    #: Cross-validated (out-of-fold) predictions in bands against what happened.
    calibration: list[CalibrationBin]
    brier: float | None
    drivers: list[RiskDriver]
    versions: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def chosen_auc(self) -> float | None:
        figures = self.auc.get(self.model)
        return figures[0] if figures else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "definition": self.definition.to_dict(),
            "features": list(self.features),
            "leaks": dict(self.leaks),
            "model": self.model,
            "auc": {k: [_clean_float(v) for v in values] for k, values in self.auc.items()},
            "folds": self.folds,
            "seed": self.seed,
            "base_rate": _clean_float(self.base_rate),
            "calibration": [b.to_dict() for b in self.calibration],
            "brier": _clean_float(self.brier),
            "drivers": [d.to_dict() for d in self.drivers],
            "versions": dict(self.versions),
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RiskRun:
        return cls(
            definition=ChurnDefinition.from_dict(data["definition"]),
            features=list(data["features"]),
            leaks=dict(data.get("leaks", {})),
            model=data["model"],
            auc={k: [float(v) for v in values if v is not None]
                 for k, values in data.get("auc", {}).items()},
            folds=int(data["folds"]),
            seed=int(data["seed"]),
            base_rate=float(data["base_rate"]),
            calibration=[CalibrationBin.from_dict(b) for b in data.get("calibration", [])],
            brier=data.get("brier"),
            drivers=[RiskDriver.from_dict(d) for d in data.get("drivers", [])],
            versions=dict(data.get("versions", {})),
            notes=list(data.get("notes", [])),
        )


@dataclass
class CustomerRisk:
    """A customer's churn risk from a risk run, with its top reasons."""

    customer_id: int
    risk: float
    #: The customer's own top reasons: drivers where this customer's value raises risk.
    reasons: list[str] = field(default_factory=list)
    churned: bool | None = None
    value: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CustomerRisk:
        return _from_plain(cls, data)


@dataclass
class FrictionCost:
    """What a pain point or friction point costs: churn among the members who hit it
    against those who did not, and the value at stake."""

    journey_id: int
    #: "pain_point" (a card of the map) or the observed friction kind ("stall", "repeat"...).
    kind: str
    label: str
    stage_key: str | None
    with_n: int
    with_churned: int
    without_n: int
    without_churned: int
    ratio: float | None
    ratio_low: float | None
    ratio_high: float | None
    difference: float | None
    #: Sum of the historical value of the members who hit it and churned (or are at risk).
    value_at_stake: float | None = None
    #: The map card this is about, when it is a pain point.
    card_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FrictionCost:
        return _from_plain(cls, data)


@dataclass
class RetentionSummary:
    """What the Retention view and `workbench retention` show for a project."""

    definition: ChurnDefinition
    #: The persona set the persona figures are about (None when there is none).
    persona_set_id: int | None
    rates: list[RateByGroup]
    curves: list[SurvivalCurve]
    values: list[ValueSummary]
    #: Why a figure is missing ("no tenure or dates: no retention curves"), translated.
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "definition": self.definition.to_dict(),
            "persona_set_id": self.persona_set_id,
            "rates": [r.to_dict() for r in self.rates],
            "curves": [c.to_dict() for c in self.curves],
            "values": [v.to_dict() for v in self.values],
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RetentionSummary:
        return cls(
            definition=ChurnDefinition.from_dict(data["definition"]),
            persona_set_id=data.get("persona_set_id"),
            rates=[RateByGroup.from_dict(r) for r in data.get("rates", [])],
            curves=[SurvivalCurve.from_dict(c) for c in data.get("curves", [])],
            values=[ValueSummary.from_dict(v) for v in data.get("values", [])],
            notes=list(data.get("notes", [])),
        )
