"""Suggest how many personas the data support, and say why.

For each k the chosen method is judged on three figures:

- **silhouette** of the clustering (on a seeded sample of customers);
- **reference silhouette**: the same method on structureless data of the same
  shape: a Gaussian with the data's own means and covariance (one blob: "no
  personas"), with flags and categories made discrete again as in the data.
  Even a single blob gets a silhouette of 0.2-0.4 when cut in two, so only the
  gain over this reference counts as structure;
- **stability**: the method is run on ``n_bootstrap`` bootstrap resamples and
  each resample's personas are compared with the next one's on the customers
  both contain (adjusted Rand index; 1 = the same personas every time).

The rule (RULE_*):

1. no k gains at least STRUCTURE_GAIN over the reference → the data show no
   distinct groups: the most stable k is suggested anyway, flagged as weak
   structure ("these personas split a continuum"), and :func:`suggest_subsets`
   looks for subsets of the attributes that do show structure;
2. among k with structure, those with stability ≥ STABLE; the one with the
   largest gain wins, or the smallest k whose gain is within PARSIMONY of it
   (fewer personas are easier to act on);
3. when none is stable, the most stable k with structure is suggested, with a
   warning.

The Gaussian mixture, about ten times slower to fit than k-means, gets one
start per fit here (n_init=1) instead of the run's ``n_init``.

On large data everything runs on a seeded sample of at most SAMPLE customers
(MAX_PAIRWISE_SAMPLE for Ward and Gower, whose cost grows with n²): the
figures describe the shape of the data, which a few thousand customers show.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

import numpy as np
import pandas as pd

from workbench.analysis.clustering import features_of, prepare, sampled_silhouette
from workbench.analysis.gower import gower_distances
from workbench.analysis.partition import (
    Features,
    fit_partition,
    single_threaded_blas,
    ward_cuts,
)
from workbench.analysis.preprocessing import PreparedFeatures
from workbench.domain.personas import (
    AUTO_K_RANGE,
    RULE_MOST_STABLE,
    RULE_STABLE_BEST_GAIN,
    RULE_WEAK_STRUCTURE,
    STABLE,
    STRUCTURE_GAIN,
    ClusteringSettings,
    KScore,
    KSuggestion,
    SubsetSuggestion,
)
from workbench.errors import AnalysisError
from workbench.i18n import localised as _l
from workbench.i18n import translate
from workbench.progress import Task, ensure_task

SAMPLE = 5000
MAX_PAIRWISE_SAMPLE = 2000
REFERENCE_SIZE = 2000
SILHOUETTE_SAMPLE = 3000
#: Stable solutions whose gain is this close to the best are mentioned in the reason.
NEARLY_AS_GOOD = 0.01
#: A stable k whose gain is within this of the clearest one is preferred when smaller.
PARSIMONY = 0.02


def suggest_k(df: pd.DataFrame, kinds: dict[str, str], settings: ClusteringSettings,
              k_range: Iterable[int] = AUTO_K_RANGE, n_bootstrap: int = 10,
              task: Task | None = None, *,
              prepared: PreparedFeatures | None = None) -> KSuggestion:
    """Score k over ``k_range`` with ``settings`` (its k is ignored) and suggest one.

    ``prepared``: ``clustering.prepare(df, kinds, settings)`` when the caller has it
    already (a run that suggests k and then clusters prepares its data once)."""
    with single_threaded_blas():
        return _suggest(df, kinds, settings, k_range, n_bootstrap, ensure_task(task), prepared)


def _suggest(df: pd.DataFrame, kinds: dict[str, str], settings: ClusteringSettings,
             k_range: Iterable[int], n_bootstrap: int, task: Task,
             prepared: PreparedFeatures | None = None) -> KSuggestion:
    ks = sorted({int(k) for k in k_range})
    if not ks or ks[0] < 2:
        raise AnalysisError(translate(
            "KSelection", "The numbers of personas to try must be 2 or more."))
    if n_bootstrap < 2:
        raise AnalysisError(translate(
            "KSelection", "At least 2 bootstrap resamples are needed to measure stability."))
    task.report(0, None, translate("KSelection", "Preparing attributes"))
    if prepared is None:
        prepared = prepare(df, kinds, replace(settings, k=ks[0]))  # its k is not used
    ks = [k for k in ks if 2 * k <= prepared.n]
    if not ks:
        raise AnalysisError(translate(
            "KSelection", "Too few customers ({n}) to try 2 or more personas."
        ).format(n=prepared.n))

    algorithm, seed = settings.algorithm, settings.seed
    rng = np.random.default_rng(seed)
    cap = MAX_PAIRWISE_SAMPLE if algorithm in ("agglomerative", "gower") else SAMPLE
    features = features_of(prepared)
    if features.n > cap:
        features = features.take(np.sort(rng.choice(features.n, size=cap, replace=False)))
    n = features.n
    reference = _reference(features, rng)
    resamples = [rng.integers(0, n, size=n) for _ in range(n_bootstrap)]

    distances = reference_distances = None
    if algorithm == "gower":
        distances = gower_distances(features.gower_numeric, features.gower_categorical)
        reference_distances = gower_distances(reference.gower_numeric,
                                              reference.gower_categorical)
    progress = _Progress(task, total=len(ks) * (n_bootstrap + 2))
    if algorithm == "agglomerative":
        fitted = _ward_all(features, reference, resamples, ks, progress)
    else:
        fitted = _refit_all(features, reference, resamples, ks, settings, progress,
                            distances, reference_distances)

    scores: list[KScore] = []
    for k in ks:
        labels, reference_labels, boot_labels = fitted[k]
        silhouette, _ = sampled_silhouette(features, labels, algorithm, seed, SILHOUETTE_SAMPLE,
                                           distances)
        reference_silhouette, _ = sampled_silhouette(reference, reference_labels, algorithm,
                                                     seed, SILHOUETTE_SAMPLE, reference_distances)
        ari = _ring_stability(resamples, boot_labels, n)
        counts = np.bincount(labels, minlength=k)
        scores.append(KScore(
            k=k,
            silhouette=silhouette,
            reference_silhouette=reference_silhouette,
            stability=float(np.mean(ari)) if ari else None,
            stability_sd=float(np.std(ari)) if ari else None,
            smallest_share=float(counts.min() / n),
        ))
    task.report(progress.total, progress.total, translate("KSelection", "Done"))

    suggested, rule, reason = choose_k(scores)
    return KSuggestion(scores=scores, suggested_k=suggested, reason=reason, rule=rule,
                       settings=settings, sample_size=n, n_bootstrap=n_bootstrap)


def choose_k(scores: list[KScore]) -> tuple[int, str, str]:
    """Apply the rule of the module docstring: (k, RULE_*, translated reason).

    Deterministic from the scores, so a stored suggestion's reason can be
    produced again in another language: ``choose_k(suggestion.scores)[2]``.
    """
    structured = [s for s in scores if s.gain is not None and s.gain >= STRUCTURE_GAIN]
    if not structured:
        gains = [s for s in scores if s.gain is not None]
        best_gain = max(gains, key=lambda s: s.gain or 0.0) if gains else None
        best = max(scores, key=lambda s: (round(s.stability or 0.0, 3), -s.k))
        reason = translate(
            "KSelection",
            "Weak structure: these personas split a continuum. For every k from {low} to "
            "{high} the silhouette is no better than for structureless data of the same "
            "shape (best gain {gain:+.2f} at k={best_k}, {needed:.2f} needed), so k={k}, the "
            "most stable (stability {stability:.2f}), is used: its personas are regions of "
            "one cloud of customers, not distinct groups."
        ).format(low=scores[0].k, high=scores[-1].k,
                 gain=_l(best_gain.gain if best_gain else 0.0),
                 best_k=best_gain.k if best_gain else scores[0].k, needed=_l(STRUCTURE_GAIN),
                 k=best.k, stability=_l(best.stability or 0.0))
        return best.k, RULE_WEAK_STRUCTURE, reason

    stable = [s for s in structured if (s.stability or 0.0) >= STABLE]
    if stable:
        clearest = max(stable, key=lambda s: (round(s.gain or 0.0, 3), -s.k))
        # Fewer personas are easier to act on: the smallest k nearly as clear wins.
        best = min((s for s in stable if (clearest.gain or 0.0) - (s.gain or 0.0) <= PARSIMONY),
                   key=lambda s: s.k)
        reason = translate(
            "KSelection",
            "k={k}: the clearest structure (silhouette {silhouette:.2f}, {gain:+.2f} over "
            "structureless data) among the stable solutions (stability ≥ {stable:.2f}); "
            "its stability is {stability:.2f}."
        ).format(k=best.k, silhouette=_l(best.silhouette or 0.0), gain=_l(best.gain or 0.0),
                 stable=_l(STABLE), stability=_l(best.stability or 0.0))
        close = [s for s in stable
                 if s.k != best.k and (best.gain or 0.0) - (s.gain or 0.0) <= NEARLY_AS_GOOD]
        if close:
            reason += " " + translate(
                "KSelection", "Nearly as good: {alternatives}."
            ).format(alternatives=", ".join(
                translate("KSelection", "k={k} ({gain:+.2f}, stability {stability:.2f})")
                .format(k=s.k, gain=_l(s.gain or 0.0), stability=_l(s.stability or 0.0))
                for s in close))
        return best.k, RULE_STABLE_BEST_GAIN, reason

    best = max(structured, key=lambda s: (round(s.stability or 0.0, 3), -s.k))
    reason = translate(
        "KSelection",
        "k={k}: the most stable solution (stability {stability:.2f}), but no k reached "
        "{stable:.2f}: resampled data give noticeably different personas, so treat them "
        "with caution (silhouette {silhouette:.2f})."
    ).format(k=best.k, stability=_l(best.stability or 0.0), stable=_l(STABLE),
             silhouette=_l(best.silhouette or 0.0))
    return best.k, RULE_MOST_STABLE, reason


# --------------------------------------------------------------------------- helpers


class _Progress:
    def __init__(self, task: Task, total: int) -> None:
        self.task, self.total, self.done = task, total, 0

    def step(self, k: int) -> None:
        self.done += 1
        self.task.report(self.done, self.total,
                         translate("KSelection", "Trying {k} personas").format(k=k))


def _reference(features: Features, rng: np.random.Generator) -> Features:
    """Structureless data of the same shape (see the module docstring).

    A Gaussian with the feature matrix's means and covariance, then made as
    discrete as the data: 0/1 flags are cut at the data's share of ones and
    each category's indicator block becomes one-hot on its largest column.
    The Gower arrays are derived from it the same way the data's are.
    """
    m = min(features.n, REFERENCE_SIZE)
    matrix = features.matrix
    mean = matrix.mean(axis=0)
    _, singular, components = np.linalg.svd(matrix - mean, full_matrices=False)
    scale = singular / np.sqrt(max(features.n - 1, 1))
    reference = mean + (rng.standard_normal((m, len(scale))) * scale) @ components

    numeric = np.empty((m, len(features.numeric_columns)))
    for j, (column, flag) in enumerate(zip(features.numeric_columns, features.binary,
                                           strict=True)):
        values = reference[:, column]
        if flag:  # coded 0/1, times its weight
            high = float(matrix[:, column].max())
            share = float((matrix[:, column] > 0).mean())
            values = (values > np.quantile(values, 1.0 - share)).astype(np.float64)
            reference[:, column] = values * high
            numeric[:, j] = values
        else:
            low, high = values.min(), values.max()
            numeric[:, j] = (values - low) / (high - low) if high > low else 0.0
    categorical = np.empty((m, len(features.categorical_blocks)), dtype=np.int32)
    for j, block in enumerate(features.categorical_blocks):
        codes = reference[:, block].argmax(axis=1)
        weights = matrix[:, block].max(axis=0)  # an indicator's value: 1 times its weight
        reference[:, block] = 0.0
        reference[np.arange(m), block[codes]] = weights[codes]
        categorical[:, j] = codes
    return Features(reference, numeric, categorical, features.numeric_columns,
                    features.binary, features.categorical_blocks)


def _refit_all(features: Features, reference: Features, resamples: list[np.ndarray],
               ks: list[int], settings: ClusteringSettings, progress: _Progress,
               distances: np.ndarray | None,
               reference_distances: np.ndarray | None) -> dict[int, tuple]:
    algorithm, seed = settings.algorithm, settings.seed
    # The Gaussian mixture is ~10x slower to fit than k-means: one start per fit.
    n_init = 1 if algorithm == "gmm" else settings.n_init
    options = {"n_init": n_init, "covariance_type": settings.covariance_type}
    fitted: dict[int, tuple] = {}
    for k in ks:
        labels = fit_partition(features, algorithm, k, seed, gower_matrix=distances,
                               **options).labels
        progress.step(k)
        reference_labels = fit_partition(reference, algorithm, k, seed,
                                         gower_matrix=reference_distances, **options).labels
        progress.step(k)
        boot: list[np.ndarray] = []
        for b, rows in enumerate(resamples):
            sub = distances[np.ix_(rows, rows)] if distances is not None else None
            boot.append(fit_partition(features.take(rows), algorithm, k, seed + 1 + b,
                                      gower_matrix=sub, **options).labels)
            progress.step(k)
        fitted[k] = (labels, reference_labels, boot)
    return fitted


def _ward_all(features: Features, reference: Features, resamples: list[np.ndarray],
              ks: list[int], progress: _Progress) -> dict[int, tuple]:
    """One Ward tree per data set, cut at every k (a tree holds all of them)."""
    per_k = len(ks)
    labels = ward_cuts(features.matrix, ks)
    _advance(progress, per_k, ks)
    reference_labels = ward_cuts(reference.matrix, ks)
    _advance(progress, per_k, ks)
    boot = []
    for rows in resamples:
        boot.append(ward_cuts(features.matrix[rows], ks))
        _advance(progress, per_k, ks)
    return {k: (labels[k], reference_labels[k], [b[k] for b in boot]) for k in ks}


def _advance(progress: _Progress, steps: int, ks: list[int]) -> None:
    for k in ks[:steps]:
        progress.step(k)


def _ring_stability(resamples: list[np.ndarray], boot_labels: list[np.ndarray],
                    n: int) -> list[float]:
    """ARI of each resample's personas with the next one's, on the customers in both."""
    from sklearn.metrics import adjusted_rand_score

    by_customer = []
    for rows, labels in zip(resamples, boot_labels, strict=True):
        per_customer = np.full(n, -1, dtype=np.int64)
        # A customer drawn twice has the same label both times; keep the first.
        per_customer[rows[::-1]] = labels[::-1]
        by_customer.append(per_customer)
    scores = []
    count = len(by_customer)
    for b in range(count):
        a, c = by_customer[b], by_customer[(b + 1) % count]
        both = (a >= 0) & (c >= 0)
        if both.sum() >= 2:
            scores.append(float(adjusted_rand_score(a[both], c[both])))
    return scores


# --------------------------------------------------------------------------- weak structure

#: Attribute names that describe what customers do (buy, visit, use), not who they are.
BEHAVIOUR_WORDS = re.compile(
    r"(purchase|order|visit|spend|spent|amount|mnt|buy|bought|recency|frequency|usage|"
    r"login|session|hour|minute|call|cashback|coupon|discount|deal|basket|transaction|"
    r"acquist|ordin|visit|spes|import|utilizz|access|chiamat|sconto)", re.I)
#: At most this many attribute subsets are tried when the structure is weak.
MAX_SUBSETS = 4
#: Attributes whose average association reaches this form a related subset.
RELATED = 0.3
SUBSET_BOOTSTRAP = 4


def suggest_subsets(df: pd.DataFrame, kinds: dict[str, str], settings: ClusteringSettings,
                    k_range: Iterable[int] = AUTO_K_RANGE,
                    task: Task | None = None) -> list[SubsetSuggestion]:
    """Subsets of ``settings.features`` that may show the structure all of them hide.

    Tried: the behavioural attributes (purchases, visits, spending...), the
    numbers alone and the categories alone (on mixed data), and the groups of
    attributes most associated with one another. Each is judged like a full
    suggestion on a smaller sample with fewer resamples; those showing stable
    structure come first, then by gain. Subsets equal to the full set are skipped.
    """
    task = ensure_task(task)
    candidates = _subset_candidates(df, kinds, list(settings.features))
    found: list[SubsetSuggestion] = []
    for index, (label, features) in enumerate(candidates):
        task.check()
        task.report(index, len(candidates), translate(
            "KSelection", "Looking for structure in {subset}").format(subset=label))
        frame = df[features]
        if len(frame) > MAX_PAIRWISE_SAMPLE:
            rows = np.random.default_rng(settings.seed).choice(
                len(frame), MAX_PAIRWISE_SAMPLE, replace=False)
            frame = frame.iloc[np.sort(rows)]
        try:
            suggestion = suggest_k(frame, kinds, replace(settings, features=features),
                                   k_range=k_range, n_bootstrap=SUBSET_BOOTSTRAP)
        except AnalysisError:
            continue  # e.g. every attribute of the subset constant on the sample
        score = suggestion.score(suggestion.suggested_k)
        found.append(SubsetSuggestion(features=features, label=label, k=suggestion.suggested_k,
                                      gain=score.gain, stability=score.stability))
    task.report(len(candidates), len(candidates), translate("KSelection", "Done"))
    return sorted(found, key=lambda s: (not s.structured, -(s.gain or 0.0)))


def _subset_candidates(df: pd.DataFrame, kinds: dict[str, str],
                       features: list[str]) -> list[tuple[str, list[str]]]:
    from workbench.analysis.redundancy import association_matrix

    candidates: list[tuple[str, list[str]]] = []

    def add(label: str, names: list[str]) -> None:
        names = [n for n in features if n in names]
        if 2 <= len(names) < len(features) and all(names != c[1] for c in candidates):
            candidates.append((label, names))

    behaviour = [n for n in features if BEHAVIOUR_WORDS.search(n)]
    add(translate("KSelection", "behaviour: {names}").format(names=_listed(behaviour)),
        behaviour)
    numbers = [n for n in features if kinds.get(n) == "numeric"]
    categories = [n for n in features if kinds.get(n) == "categorical"]
    if numbers and categories:
        add(translate("KSelection", "the numbers: {names}").format(names=_listed(numbers)),
            numbers)
        add(translate("KSelection", "the categories: {names}").format(
            names=_listed(categories)), categories)
    names, strength = association_matrix(df, kinds, features)
    for group in _related_groups(names, strength):
        if len(candidates) >= MAX_SUBSETS:
            break
        add(translate("KSelection", "related attributes: {names}").format(
            names=_listed(group)), group)
    return candidates[:MAX_SUBSETS]


def _related_groups(names: list[str], strength: np.ndarray) -> list[list[str]]:
    """Groups of attributes whose average association reaches RELATED, most related first."""
    if len(names) < 3:
        return []
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distance = np.clip(1.0 - strength, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    labels = fcluster(tree, t=1.0 - RELATED, criterion="distance")
    groups = []
    for label in np.unique(labels):
        members = np.flatnonzero(labels == label)
        if len(members) < 2:
            continue
        inner = strength[np.ix_(members, members)]
        mean = (inner.sum() - len(members)) / (len(members) * (len(members) - 1))
        groups.append((mean, [names[i] for i in members]))
    return [g for _, g in sorted(groups, key=lambda item: -item[0])]


def _listed(names: list[str], limit: int = 4) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f", … (+{len(names) - limit})" if len(names) > limit else "")
