"""Data-driven personas: settings, reports and results of one clustering run.

Plain dataclasses with no heavy imports, so the store can keep them as JSON
(``to_dict``/``from_dict``) and the GUI can show them without loading pandas.
The computations live in :mod:`workbench.analysis`.

Persona numbers are 0-based indexes ordered by size (largest first); a
customer that fits no persona well keeps the number of its nearest persona in
``labels`` but is listed in ``unassigned`` and is not counted as a member.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

ALGORITHMS = ("kmeans", "gmm", "agglomerative", "gower")
MISSING_STRATEGIES = ("impute", "drop")
SCALINGS = ("standard", "robust", "none")

#: Why a chosen attribute was left out of the clustering (ColumnReport.dropped).
DROP_ALL_MISSING = "all_missing"
DROP_CONSTANT = "constant"
DROP_NOT_ENCODED = "not_encoded"  # categorical while one-hot encoding is off
DROP_TOO_MANY_LEVELS = "too_many_levels"  # no level common enough to encode

#: Why a customer fits no persona well (ClusteringResult.unassigned_reasons).
UNASSIGNED_AMBIGUOUS = "ambiguous"
UNASSIGNED_FAR = "far"

#: How ClusteringResult.fit is measured.
FIT_CENTROID_SILHOUETTE = "centroid_silhouette"
FIT_POSTERIOR = "posterior"

#: Why suggest_k chose its k (KSuggestion.rule).
RULE_NO_STRUCTURE = "no_structure"
RULE_STABLE_BEST_GAIN = "stable_best_gain"
RULE_MOST_STABLE = "most_stable"
#: No k beats structureless data: the most stable k in WEAK_K_RANGE is returned
#: anyway, flagged "weak structure: these personas split a continuum".
RULE_WEAK_STRUCTURE = "weak_structure"

#: The numbers of personas ``--k auto`` tries: what a marketer would present.
AUTO_K_RANGE = (3, 4, 5, 6)

#: A k whose structure gain over the reference is below this shows no real structure.
STRUCTURE_GAIN = 0.05
#: Bootstrap stability (mean adjusted Rand index) from which a k counts as stable.
STABLE = 0.8


def _clean_float(value: Any) -> float | None:
    """NaN and infinity are not JSON: store them as null."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _plain(obj: Any) -> dict[str, Any]:
    """A flat dataclass as a JSON-ready dict (floats cleaned, lists copied)."""
    data: dict[str, Any] = {}
    for name in obj.__dataclass_fields__:
        value = getattr(obj, name)
        if isinstance(value, float):
            value = _clean_float(value)
        elif isinstance(value, list | tuple):
            value = list(value)
        data[name] = value
    return data


def _from_plain(cls: Any, data: dict[str, Any]) -> Any:
    """Build a flat dataclass from a dict, ignoring keys it does not know."""
    return cls(**{key: value for key, value in data.items() if key in cls.__dataclass_fields__})


# --------------------------------------------------------------------------- settings


@dataclass
class PreprocessingSettings:
    """How attributes become the numbers the clustering sees."""

    #: "impute" fills blanks (median for numbers, most frequent category);
    #: "drop" leaves out customers with a blank in any chosen attribute.
    missing: str = "impute"
    #: "standard" (mean 0, sd 1), "robust" (median 0, IQR 1) or "none".
    scale: str = "standard"
    #: Categories become 0/1 indicator columns (needed by all but Gower).
    one_hot: bool = True
    #: log1p of non-negative numbers whose skewness exceeds skew_threshold.
    log_skewed: bool = True
    skew_threshold: float = 1.0
    #: Categories held by fewer customers than this share are grouped as "other".
    min_level_share: float = 0.01
    #: At most this many categories per attribute are encoded; the rest are "other".
    max_levels: int = 20
    #: Every attribute weighs the same in the distance whatever its number of
    #: categories, and attributes carrying one fact share one attribute's weight.
    weigh_equally: bool = True

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PreprocessingSettings:
        if data and "weigh_equally" not in data:
            # Sets made before attributes were weighed equally: repeat them as made.
            data = {**data, "weigh_equally": False}
        return _from_plain(cls, data)


@dataclass
class ClusteringSettings:
    """Everything that decides a persona set, so a run can be repeated exactly."""

    features: list[str]
    #: "kmeans", "gmm" (Gaussian mixture), "agglomerative" (Ward) or
    #: "gower" (average-linkage on Gower distance, for mixed data).
    algorithm: str = "kmeans"
    k: int = 4
    seed: int = 0
    preprocessing: PreprocessingSettings = field(default_factory=PreprocessingSettings)
    #: Restarts of k-means / the Gaussian mixture; the best one is kept.
    n_init: int = 4
    #: Gaussian mixture covariance: "full", "diag", "tied" or "spherical".
    covariance_type: str = "full"
    #: Attributes shown on the cards but not clustered on (None: every other
    #: suitable non-personal attribute).
    describe: list[str] | None = None
    #: Outcome attributes measured per persona (None: every outcome column).
    outcomes: list[str] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "describe": None if self.describe is None else list(self.describe),
            "outcomes": None if self.outcomes is None else list(self.outcomes),
            "algorithm": self.algorithm,
            "k": self.k,
            "seed": self.seed,
            "preprocessing": self.preprocessing.to_dict(),
            "n_init": self.n_init,
            "covariance_type": self.covariance_type,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClusteringSettings:
        return cls(
            features=list(data["features"]),
            algorithm=data.get("algorithm", "kmeans"),
            k=int(data.get("k", 4)),
            seed=int(data.get("seed", 0)),
            preprocessing=PreprocessingSettings.from_dict(data.get("preprocessing", {})),
            n_init=int(data.get("n_init", 4)),
            covariance_type=data.get("covariance_type", "full"),
            describe=None if data.get("describe") is None else list(data["describe"]),
            outcomes=None if data.get("outcomes") is None else list(data["outcomes"]),
        )


# --------------------------------------------------------------------------- preprocessing


@dataclass
class ColumnReport:
    """What preprocessing did with one chosen attribute."""

    name: str
    kind: str  # "numeric" | "categorical"
    missing: int = 0
    #: Values that were not numbers in a numeric attribute (treated as blanks).
    invalid: int = 0
    #: The value blanks were filled with, in the attribute's own units.
    imputed_value: float | str | None = None
    #: The value a blank would be filled with (also when the fitted data had none):
    #: what placing a later customer with a blank uses.
    fill_value: float | str | None = None
    #: Reason code (DROP_*) when the attribute was left out, else None.
    dropped: str | None = None
    #: Numeric with exactly two values, encoded 0/1 and not scaled.
    binary: bool = False
    skew: float | None = None
    log_transformed: bool = False
    #: "standard" | "robust" | "none" for scaled numbers, "" otherwise.
    scaling: str = ""
    centre: float | None = None
    spread: float | None = None
    #: Two-valued numbers: the value coded 1.
    one_value: float | None = None
    #: Numbers: the range divided by for the Gower distance (after filling and log1p).
    gower_low: float | None = None
    gower_high: float | None = None
    #: One-hot levels, in feature order (the last may be OTHER_LEVEL).
    levels: list[str] = field(default_factory=list)
    #: How many rare categories were grouped into OTHER_LEVEL.
    grouped_levels: int = 0
    #: Names of the feature-matrix columns made from this attribute.
    features: list[str] = field(default_factory=list)
    #: Factor the attribute's encoded columns were multiplied by so that it
    #: weighs as much as any other attribute (shared within a redundancy group).
    weight: float = 1.0
    #: The first attribute of the redundancy group this one belongs to, if any.
    group: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ColumnReport:
        return _from_plain(cls, data)


#: RedundancyGroup.kind values.
REDUNDANT_ATTRIBUTES = "attributes"  # whole attributes: |r| or Cramér's V >= REDUNDANT
REDUNDANT_CATEGORY = "category"  # one category that is the same customers in several columns
#: Association from which two attributes are taken to carry the same fact.
REDUNDANT = 0.9


@dataclass
class RedundancyGroup:
    """Attributes, or categories of several attributes, that carry one fact.

    ``members`` are attribute names, the first being the one shown; for a
    REDUNDANT_CATEGORY group ``levels[i]`` is the category of ``members[i]``
    (e.g. "No internet service" in six columns). In clustering a group weighs
    as one attribute; on a card it is one line naming the others.
    """

    kind: str
    members: list[str]
    levels: list[str] = field(default_factory=list)
    #: The weakest association inside the group (|r|, Cramér's V or overlap, 0..1).
    strength: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RedundancyGroup:
        return _from_plain(cls, data)


#: The level name used for grouped rare categories.
OTHER_LEVEL = "(other)"


@dataclass
class PreprocessingReport:
    """Per attribute and overall, what preprocessing did: shown and stored."""

    settings: PreprocessingSettings
    columns: list[ColumnReport]
    rows_in: int
    rows_used: int
    #: Customers left out because of blanks (missing="drop").
    dropped_ids: list[int] = field(default_factory=list)
    feature_names: list[str] = field(default_factory=list)
    #: Attributes or categories found to carry the same fact (see RedundancyGroup).
    groups: list[RedundancyGroup] = field(default_factory=list)
    #: How attributes were weighed, in words (translated when the run was made).
    weighting: str = ""

    @property
    def rows_dropped(self) -> int:
        return self.rows_in - self.rows_used

    @property
    def used_columns(self) -> list[str]:
        return [c.name for c in self.columns if c.dropped is None]

    @property
    def dropped_columns(self) -> dict[str, str]:
        return {c.name: c.dropped for c in self.columns if c.dropped is not None}

    def column(self, name: str) -> ColumnReport:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "settings": self.settings.to_dict(),
            "columns": [c.to_dict() for c in self.columns],
            "rows_in": self.rows_in,
            "rows_used": self.rows_used,
            "dropped_ids": list(self.dropped_ids),
            "feature_names": list(self.feature_names),
            "groups": [g.to_dict() for g in self.groups],
            "weighting": self.weighting,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PreprocessingReport:
        return cls(
            settings=PreprocessingSettings.from_dict(data.get("settings", {})),
            columns=[ColumnReport.from_dict(c) for c in data.get("columns", [])],
            rows_in=int(data["rows_in"]),
            rows_used=int(data["rows_used"]),
            dropped_ids=[int(i) for i in data.get("dropped_ids", [])],
            feature_names=list(data.get("feature_names", [])),
            groups=[RedundancyGroup.from_dict(g) for g in data.get("groups", [])],
            weighting=data.get("weighting", ""),
        )


# --------------------------------------------------------------------------- results


@dataclass
class QualityFigures:
    """How well the customers separate into the personas of one run."""

    #: Mean silhouette (-1..1; above ~0.25 some structure, above ~0.5 clear).
    silhouette: float | None
    #: Customers the silhouette was computed on (a seeded sample on large data).
    silhouette_sample_size: int
    calinski_harabasz: float | None
    davies_bouldin: float | None
    #: Members per persona (customers that fit no persona well excluded).
    sizes: list[int]
    n_customers: int
    n_features: int
    n_unassigned: int
    #: k-means: sum of squared distances to the persona centres.
    inertia: float | None = None
    #: Gaussian mixture: Bayesian information criterion (lower is better).
    bic: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QualityFigures:
        return _from_plain(cls, data)


@dataclass
class ClusteringResult:
    """One persona set as computed: who belongs where, how well, and how it was made."""

    settings: ClusteringSettings
    #: customer id -> persona number (nearest persona, also for unassigned customers).
    labels: dict[int, int]
    #: customer id -> how well the customer fits its persona (see fit_measure).
    fit: dict[int, float]
    #: FIT_CENTROID_SILHOUETTE: (b - a) / max(a, b) with a, b the distances to the
    #: own and the nearest other persona centre (-1..1); FIT_POSTERIOR: the
    #: Gaussian mixture's probability of the persona (0..1).
    fit_measure: str
    #: Customers that fit no persona well, sorted by id.
    unassigned: list[int]
    #: customer id -> UNASSIGNED_AMBIGUOUS or UNASSIGNED_FAR.
    unassigned_reasons: dict[int, str]
    #: persona -> up to five member ids, closest to the persona centre first.
    typical_members: dict[int, list[int]]
    quality: QualityFigures
    preprocessing: PreprocessingReport
    #: library name -> version used for this run.
    versions: dict[str, str]
    #: Translated remarks about how the run was made (sampling, convergence...).
    notes: list[str] = field(default_factory=list)
    #: The set's rule for placing customers later
    #: (:class:`workbench.domain.living.AssignmentModel` as a dict); None for
    #: sets made before the rule was kept.
    model: dict[str, Any] | None = None

    @property
    def k(self) -> int:
        return self.settings.k

    @property
    def seed(self) -> int:
        return self.settings.seed

    def members(self, persona: int) -> list[int]:
        """Customer ids that belong to ``persona`` (unassigned customers excluded)."""
        unassigned = set(self.unassigned)
        return sorted(c for c, p in self.labels.items() if p == persona and c not in unassigned)

    def to_dict(self) -> dict[str, Any]:
        return {
            "settings": self.settings.to_dict(),
            "labels": [[c, p] for c, p in self.labels.items()],
            "fit": [[c, _clean_float(v)] for c, v in self.fit.items()],
            "fit_measure": self.fit_measure,
            "unassigned": list(self.unassigned),
            "unassigned_reasons": [[c, r] for c, r in self.unassigned_reasons.items()],
            "typical_members": [[p, list(ids)] for p, ids in self.typical_members.items()],
            "quality": self.quality.to_dict(),
            "preprocessing": self.preprocessing.to_dict(),
            "versions": dict(self.versions),
            "notes": list(self.notes),
            "model": self.model,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClusteringResult:
        return cls(
            settings=ClusteringSettings.from_dict(data["settings"]),
            labels={int(c): int(p) for c, p in data["labels"]},
            fit={int(c): (float("nan") if v is None else float(v)) for c, v in data["fit"]},
            fit_measure=data["fit_measure"],
            unassigned=[int(c) for c in data["unassigned"]],
            unassigned_reasons={int(c): r for c, r in data["unassigned_reasons"]},
            typical_members={int(p): [int(i) for i in ids] for p, ids in data["typical_members"]},
            quality=QualityFigures.from_dict(data["quality"]),
            preprocessing=PreprocessingReport.from_dict(data["preprocessing"]),
            versions=dict(data.get("versions", {})),
            notes=list(data.get("notes", [])),
            model=data.get("model"),
        )


# --------------------------------------------------------------------------- choosing k


@dataclass
class KScore:
    """How good and how repeatable the personas are for one number k."""

    k: int
    silhouette: float | None
    #: Silhouette of the same method on structureless data of the same shape.
    reference_silhouette: float | None
    #: Mean adjusted Rand index between clusterings of bootstrap resamples (0..1).
    stability: float | None
    stability_sd: float | None
    #: Share of customers in the smallest persona.
    smallest_share: float | None

    @property
    def gain(self) -> float | None:
        """How much better than structureless data the silhouette is."""
        if self.silhouette is None or self.reference_silhouette is None:
            return None
        return self.silhouette - self.reference_silhouette

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KScore:
        return _from_plain(cls, data)


@dataclass
class SubsetSuggestion:
    """A subset of the attributes that shows clearer structure than all of them."""

    #: The attributes to cluster on (``--features``), in the run's names.
    features: list[str]
    #: What the subset is, in words ("behaviour: purchases and visits").
    label: str
    k: int
    gain: float | None
    stability: float | None

    @property
    def structured(self) -> bool:
        return (self.gain or 0.0) >= STRUCTURE_GAIN and (self.stability or 0.0) >= STABLE

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SubsetSuggestion:
        return _from_plain(cls, data)


@dataclass
class KSuggestion:
    """The suggested number of personas, with the figures behind it."""

    scores: list[KScore]
    #: 1 means the data show no distinct groups: do not invent personas.
    suggested_k: int
    #: Translated, human-readable explanation of the choice.
    reason: str
    #: RULE_* code of the rule that decided.
    rule: str
    settings: ClusteringSettings
    #: Customers the figures were computed on (a seeded sample on large data).
    sample_size: int
    n_bootstrap: int
    #: Attribute subsets tried when the structure is weak, clearest first.
    subsets: list[SubsetSuggestion] = field(default_factory=list)

    @property
    def weak(self) -> bool:
        """True when no k beat structureless data: the personas split a continuum."""
        return self.rule in (RULE_WEAK_STRUCTURE, RULE_NO_STRUCTURE)

    def score(self, k: int) -> KScore:
        for score in self.scores:
            if score.k == k:
                return score
        raise KeyError(k)

    def to_dict(self) -> dict[str, Any]:
        return {
            "scores": [s.to_dict() for s in self.scores],
            "suggested_k": self.suggested_k,
            "reason": self.reason,
            "rule": self.rule,
            "settings": self.settings.to_dict(),
            "sample_size": self.sample_size,
            "n_bootstrap": self.n_bootstrap,
            "subsets": [s.to_dict() for s in self.subsets],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KSuggestion:
        return cls(
            scores=[KScore.from_dict(s) for s in data["scores"]],
            suggested_k=int(data["suggested_k"]),
            reason=data["reason"],
            rule=data["rule"],
            settings=ClusteringSettings.from_dict(data["settings"]),
            sample_size=int(data["sample_size"]),
            n_bootstrap=int(data["n_bootstrap"]),
            subsets=[SubsetSuggestion.from_dict(s) for s in data.get("subsets", [])],
        )


# --------------------------------------------------------------------------- persona cards


@dataclass
class AttributeEffect:
    """One line of a persona card: how an attribute sets the persona apart.

    The customers behind the line are the persona's members (numeric) or the
    members whose attribute equals ``level`` (categorical); see
    :func:`workbench.analysis.profiles.members_behind`.
    """

    persona: int
    attribute: str
    kind: str  # "numeric" | "categorical"
    #: Cohen's d (numeric) or Cohen's h (categorical): signed, persona vs the rest.
    effect: float
    #: "negligible" | "small" | "medium" | "large" (Cohen's 0.2 / 0.5 / 0.8).
    magnitude: str
    #: Members with a value for this attribute (numeric) or with this level.
    member_count: int
    used_in_clustering: bool
    # numeric
    persona_mean: float | None = None
    persona_median: float | None = None
    rest_mean: float | None = None
    rest_median: float | None = None
    # categorical
    level: str | None = None
    persona_share: float | None = None
    rest_share: float | None = None
    #: persona_share / rest_share (None when the rest never has the level).
    lift: float | None = None
    #: Other attributes carrying the same fact (a RedundancyGroup), shown on this
    #: line ("No internet service — also online backup, device protection").
    also: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AttributeEffect:
        return _from_plain(cls, data)


#: OutcomeEffect.kind values.
OUTCOME_RATE = "rate"  # a yes/no outcome: share of members with the event
OUTCOME_MEAN = "mean"  # a numeric outcome: mean per member


@dataclass
class OutcomeEffect:
    """One line of a card's Outcomes block: an outcome measured for the persona
    against everyone else ("Churn 42% vs 15%, risk ratio 2.8, n = 1,854")."""

    persona: int
    outcome: str
    kind: str  # OUTCOME_RATE | OUTCOME_MEAN
    #: The value counted as the event for a rate ("Yes", "1"); None for a mean.
    event: str | None
    #: Rate (0..1) or mean among the persona's members with a value.
    persona_value: float
    #: 95% interval of persona_value (Wilson for rates, t for means).
    persona_low: float | None
    persona_high: float | None
    rest_value: float
    rest_low: float | None
    rest_high: float | None
    #: Members / everyone else with a value for the outcome.
    n: int
    rest_n: int
    #: persona_value / rest_value (risk ratio for a rate), None when the rest is 0.
    ratio: float | None
    #: 95% interval of the ratio (rates: log method), when it can be computed.
    ratio_low: float | None = None
    ratio_high: float | None = None
    #: Standardised size (Cohen's h for rates, d for means): sorts the block.
    effect: float = 0.0
    #: True when the persona's 95% interval of the difference excludes 0.
    significant: bool = False

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OutcomeEffect:
        return _from_plain(cls, data)


@dataclass
class ChannelShare:
    """Share of a persona's contacts that went through one channel."""

    channel: str
    label: str
    persona_share: float
    rest_share: float
    persona_total: float

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChannelShare:
        return _from_plain(cls, data)


@dataclass
class PersonaProfile:
    """The data-filled part of a persona card."""

    persona: int
    #: Neutral default name from the top traits (translated); the researcher edits it.
    suggested_name: str
    size: int
    #: size / customers clustered.
    share: float
    #: Customers nearest to this persona that fit it poorly (not counted in size).
    unassigned_nearby: int
    #: Mean fit of the members (see ClusteringResult.fit_measure).
    cohesion: float | None
    #: Member ids, closest to the persona centre first (at most five).
    typical_members: list[int]
    #: Strongest first (by absolute effect).
    effects: list[AttributeEffect]
    channel_mix: list[ChannelShare] = field(default_factory=list)
    #: Outcomes measured for the persona, largest effect first.
    outcomes: list[OutcomeEffect] = field(default_factory=list)
    #: A draft story of 2-3 sentences written from the figures (translated);
    #: shown as a draft until the researcher writes the narrative.
    story: str = ""

    def distinguishing(self, minimum: float = 0.2) -> list[AttributeEffect]:
        """Effects at least 'small' in Cohen's sense."""
        return [e for e in self.effects if abs(e.effect) >= minimum]

    def to_dict(self) -> dict[str, Any]:
        return {
            "persona": self.persona,
            "suggested_name": self.suggested_name,
            "size": self.size,
            "share": _clean_float(self.share),
            "unassigned_nearby": self.unassigned_nearby,
            "cohesion": _clean_float(self.cohesion),
            "typical_members": list(self.typical_members),
            "effects": [e.to_dict() for e in self.effects],
            "channel_mix": [c.to_dict() for c in self.channel_mix],
            "outcomes": [o.to_dict() for o in self.outcomes],
            "story": self.story,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PersonaProfile:
        return cls(
            persona=int(data["persona"]),
            suggested_name=data["suggested_name"],
            size=int(data["size"]),
            share=data["share"],
            unassigned_nearby=int(data.get("unassigned_nearby", 0)),
            cohesion=data.get("cohesion"),
            typical_members=[int(i) for i in data.get("typical_members", [])],
            effects=[AttributeEffect.from_dict(e) for e in data.get("effects", [])],
            channel_mix=[ChannelShare.from_dict(c) for c in data.get("channel_mix", [])],
            outcomes=[OutcomeEffect.from_dict(o) for o in data.get("outcomes", [])],
            story=data.get("story", ""),
        )


# --------------------------------------------------------------------------- comparing runs


@dataclass
class PersonaMatch:
    """Which persona of the new run an old persona became."""

    old: int
    #: None when no new persona shares any customer with the old one.
    new: int | None
    jaccard: float
    overlap: int
    #: Share of the old persona's customers found in the matched new persona.
    share_of_old: float


@dataclass
class RunComparison:
    """Overlap between two persona sets on the customers they share."""

    personas_a: list[int]
    personas_b: list[int]
    #: crosstab[i][j]: customers in personas_a[i] and personas_b[j].
    crosstab: list[list[int]]
    #: jaccard[i][j]: overlap / union of the two personas.
    jaccard: list[list[float]]
    #: One-to-one matching that maximises total Jaccard (Hungarian method).
    matches: list[PersonaMatch]
    #: Adjusted Rand index between the runs (1 = same personas).
    adjusted_rand: float | None
    common_customers: int
    only_in_a: int
    only_in_b: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "personas_a": list(self.personas_a),
            "personas_b": list(self.personas_b),
            "crosstab": [list(row) for row in self.crosstab],
            "jaccard": [[_clean_float(v) for v in row] for row in self.jaccard],
            "matches": [
                {"old": m.old, "new": m.new, "jaccard": m.jaccard, "overlap": m.overlap,
                 "share_of_old": m.share_of_old}
                for m in self.matches
            ],
            "adjusted_rand": _clean_float(self.adjusted_rand),
            "common_customers": self.common_customers,
            "only_in_a": self.only_in_a,
            "only_in_b": self.only_in_b,
        }


# --------------------------------------------------------------------------- 2-D map


@dataclass
class PersonaMap:
    """Customers placed on the first two principal components, for a scatter plot."""

    ids: list[int]
    x: list[float]
    y: list[float]
    personas: list[int]
    unassigned: list[bool]
    #: Share of the feature matrix's variance each axis shows.
    explained: tuple[float, float]
    #: Customers in the data (the map may show a seeded sample of them).
    n_customers: int


@dataclass(frozen=True)
class AxisDriver:
    """An attribute that grows (``correlation`` > 0) or shrinks along a map axis."""

    attribute: str
    #: The category for a categorical attribute ("more often this level"), else None.
    level: str | None
    correlation: float
