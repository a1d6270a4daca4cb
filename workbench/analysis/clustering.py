"""One persona run: preprocess, cluster, score each customer's fit, measure quality.

Reproducible: rows are sorted by customer id, every random step takes the
seed, and personas are numbered by size (largest first, ties by smallest
member id), so the same data, settings and seed give the same personas.

How well a customer fits (``ClusteringResult.fit``):

- Gaussian mixture: the probability of its persona (FIT_POSTERIOR);
- the others: a centroid silhouette (b - a) / max(a, b), where a is the
  distance to the own persona's centre and b to the nearest other centre
  (Gower: medoids instead of centres). 1 = right at its centre, 0 = halfway
  between two personas, below 0 = nearer to another persona.

A customer fits no persona well (``unassigned``) when

- "ambiguous": for the Gaussian mixture, its persona is less than twice as
  probable as the runner-up; for the others, a centroid silhouette below 0
  (nearer to another persona's centre than to its own; k-means and k-medoids
  never do this, as they assign each customer to the nearest centre), or
- "far": its distance to the persona centre is beyond Q3 + 2 x IQR of the
  distances of the persona's customers (between Tukey's 1.5 "outside" and 3
  "far out" fences). On Gaussian personas this flags about 0.2% of customers;
  on the marketing data 1.4%, among them the 666666 income and the three
  customers born before 1901.

They keep their nearest persona in ``labels`` but are not counted as members.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from workbench.analysis.assignment import build_model
from workbench.analysis.gower import gower_distances
from workbench.analysis.partition import (
    PAIRWISE,
    Features,
    Partition,
    euclidean_to,
    fit_partition,
    gower_to_rows,
    group_means,
    single_threaded_blas,
)
from workbench.analysis.preprocessing import PreparedFeatures, prepare_features
from workbench.domain.personas import (
    ALGORITHMS,
    FIT_CENTROID_SILHOUETTE,
    FIT_POSTERIOR,
    UNASSIGNED_AMBIGUOUS,
    UNASSIGNED_FAR,
    ClusteringResult,
    ClusteringSettings,
    QualityFigures,
)
from workbench.errors import AnalysisError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task

#: The silhouette is O(n²): above this many customers it is computed on a seeded sample.
SILHOUETTE_SAMPLE = 4000
#: Mixture: ambiguous when the persona is less than this many times as probable as the next.
AMBIGUOUS_ODDS = 2.0
AMBIGUOUS_SILHOUETTE = 0.0
FAR_IQR = 2.0
TYPICAL_MEMBERS = 5
#: Personas with fewer members than this (count, share of customers) get a note.
TINY_PERSONA_MEMBERS = 5
TINY_PERSONA_SHARE = 0.01
#: Below this mean silhouette the run gets a note that the personas overlap.
WEAK_SILHOUETTE = 0.1
COVARIANCE_TYPES = ("full", "diag", "tied", "spherical")


def validate(settings: ClusteringSettings) -> None:
    """Raise AnalysisError for settings no run can use."""
    if settings.algorithm not in ALGORITHMS:
        raise AnalysisError(translate(
            "Clustering", "Unknown clustering method: {value}. Use one of: {choices}."
        ).format(value=settings.algorithm, choices=", ".join(ALGORITHMS)))
    if settings.k < 2:
        raise AnalysisError(translate(
            "Clustering", "A persona set needs at least 2 personas (asked for {k})."
        ).format(k=settings.k))
    if settings.n_init < 1:
        raise AnalysisError(translate("Clustering", "The number of restarts must be at least 1."))
    if settings.covariance_type not in COVARIANCE_TYPES:
        raise AnalysisError(translate(
            "Clustering", "Unknown covariance type: {value}. Use one of: {choices}."
        ).format(value=settings.covariance_type, choices=", ".join(COVARIANCE_TYPES)))


def library_versions() -> dict[str, str]:
    import scipy
    import sklearn

    return {"scikit-learn": sklearn.__version__, "numpy": np.__version__,
            "pandas": pd.__version__, "scipy": scipy.__version__}


def prepare(df: pd.DataFrame, kinds: dict[str, str],
            settings: ClusteringSettings) -> PreparedFeatures:
    """Preprocess the data as the settings say (shared with the k suggestion)."""
    validate(settings)
    return prepare_features(df, kinds, list(settings.features), settings.preprocessing,
                            gower=settings.algorithm == "gower")


def features_of(prepared: PreparedFeatures) -> Features:
    return Features(prepared.matrix, prepared.gower_numeric, prepared.gower_categorical,
                    prepared.numeric_columns, prepared.binary, prepared.categorical_blocks)


def run_clustering(df: pd.DataFrame, kinds: dict[str, str], settings: ClusteringSettings,
                   task: Task | None = None, *,
                   prepared: PreparedFeatures | None = None) -> ClusteringResult:
    """Cluster the customers of ``df`` (indexed by customer id) into ``settings.k`` personas.

    ``prepared``: ``prepare(df, kinds, settings)`` when the caller has it already
    (preparing does not depend on k: the k suggestion's preparation serves the run)."""
    with single_threaded_blas():
        return _run(df, kinds, settings, ensure_task(task), prepared)


def _run(df: pd.DataFrame, kinds: dict[str, str], settings: ClusteringSettings,
         task: Task, prepared: PreparedFeatures | None = None) -> ClusteringResult:
    steps = 4
    task.report(0, steps, translate("Clustering", "Preparing attributes"))
    if prepared is None:
        prepared = prepare(df, kinds, settings)
    else:
        validate(settings)
    k = settings.k
    if prepared.n < 2 * k:
        raise AnalysisError(translate(
            "Clustering",
            "{k} personas need at least {needed} customers; only {n} can be used."
        ).format(k=k, needed=2 * k, n=prepared.n))
    features = features_of(prepared)

    task.report(1, steps, translate("Clustering", "Finding personas"))
    partition = fit_partition(features, settings.algorithm, k, settings.seed,
                              n_init=settings.n_init, covariance_type=settings.covariance_type)
    found = len(np.unique(partition.labels))
    if found < k:
        raise AnalysisError(translate(
            "Clustering",
            "Only {found} distinct personas could be formed, not {k} (often because many "
            "customers have identical values). Choose fewer personas or more attributes."
        ).format(found=found, k=k))

    task.report(2, steps, translate("Clustering", "Measuring how well each customer fits"))
    scores = _score_customers(features, partition, settings.algorithm, k)
    renumber = _order_personas(partition.labels, scores.unassigned, prepared.ids, k)
    labels = renumber[partition.labels]
    distance_own = scores.distance_own
    model = build_model(prepared, partition, labels, renumber, settings.algorithm, k,
                        settings.preprocessing.missing)

    task.report(3, steps, translate("Clustering", "Measuring quality"))
    quality = _quality(features, labels, k, settings, partition, scores.unassigned)

    ids = prepared.ids.tolist()
    fit_values = scores.fit.tolist()
    unassigned_rows = np.flatnonzero(scores.unassigned)
    reasons = {ids[row]: (UNASSIGNED_AMBIGUOUS if scores.ambiguous[row] else UNASSIGNED_FAR)
               for row in unassigned_rows}
    typical: dict[int, list[int]] = {}
    for persona in range(k):
        rows = np.flatnonzero((labels == persona) & ~scores.unassigned)
        closest = rows[np.argsort(distance_own[rows], kind="stable")[:TYPICAL_MEMBERS]]
        typical[persona] = [ids[row] for row in closest]

    result = ClusteringResult(
        settings=settings,
        labels=dict(zip(ids, labels.tolist(), strict=True)),
        fit=dict(zip(ids, fit_values, strict=True)),
        fit_measure=FIT_POSTERIOR if settings.algorithm == "gmm" else FIT_CENTROID_SILHOUETTE,
        unassigned=sorted(reasons),
        unassigned_reasons=reasons,
        typical_members=typical,
        quality=quality,
        preprocessing=prepared.report,
        versions=library_versions(),
        notes=(_notes(settings, partition, prepared) + _tiny_persona_notes(quality)
               + _overlap_notes(quality)),
        model=model.to_dict(),
    )
    task.report(steps, steps, translate("Clustering", "Done"))
    return result


# --------------------------------------------------------------------------- scoring


@dataclass
class CustomerScores:
    fit: np.ndarray
    distance_own: np.ndarray
    ambiguous: np.ndarray
    unassigned: np.ndarray


def _score_customers(features: Features, partition: Partition, algorithm: str,
                     k: int) -> CustomerScores:
    labels = partition.labels
    rows = np.arange(features.n)
    if algorithm == "gower":
        assert partition.medoids is not None
        distances = gower_to_rows(features, partition.medoids).astype(np.float64)
    else:
        distances = euclidean_to(features.matrix, group_means(features.matrix, labels, k))
    own = distances[rows, labels]
    others = distances.copy()
    others[rows, labels] = np.inf
    nearest_other = others.min(axis=1)
    denominator = np.maximum(own, nearest_other)
    with np.errstate(invalid="ignore", divide="ignore"):
        silhouette = np.where(denominator > 0, (nearest_other - own) / denominator, 0.0)

    if partition.posterior is not None:
        fit = partition.posterior[rows, labels]
        runner_up = np.sort(partition.posterior, axis=1)[:, -2]
        ambiguous = fit < AMBIGUOUS_ODDS * runner_up
    else:
        fit = silhouette
        ambiguous = silhouette < AMBIGUOUS_SILHOUETTE

    far = np.zeros(features.n, dtype=bool)
    for group in range(k):
        members = labels == group
        if members.sum() < 4:
            continue
        q1, q3 = np.percentile(own[members], [25, 75])
        far |= members & (own > q3 + FAR_IQR * (q3 - q1))
    return CustomerScores(fit=fit, distance_own=own, ambiguous=ambiguous,
                          unassigned=ambiguous | far)


def _order_personas(raw: np.ndarray, unassigned: np.ndarray, ids: np.ndarray,
                    k: int) -> np.ndarray:
    """The new number of each raw group: by member count (largest first), ties by
    smallest member id."""
    members = np.bincount(raw[~unassigned], minlength=k)
    first_id = [int(ids[raw == group].min()) for group in range(k)]
    order = sorted(range(k), key=lambda group: (-int(members[group]), first_id[group]))
    new_number = np.empty(k, dtype=np.int64)
    new_number[order] = np.arange(k)
    return new_number


def _quality(features: Features, labels: np.ndarray, k: int, settings: ClusteringSettings,
             partition: Partition, unassigned: np.ndarray) -> QualityFigures:
    from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score

    silhouette, sample_size = sampled_silhouette(features, labels, settings.algorithm,
                                                 settings.seed)
    sizes = np.bincount(labels[~unassigned], minlength=k).tolist()
    return QualityFigures(
        silhouette=silhouette,
        silhouette_sample_size=sample_size,
        calinski_harabasz=float(calinski_harabasz_score(features.matrix, labels)),
        davies_bouldin=float(davies_bouldin_score(features.matrix, labels)),
        sizes=[int(s) for s in sizes],
        n_customers=features.n,
        n_features=features.matrix.shape[1],
        n_unassigned=int(unassigned.sum()),
        inertia=partition.inertia,
        bic=partition.bic,
    )


def sampled_silhouette(features: Features, labels: np.ndarray, algorithm: str, seed: int,
                       sample: int | None = None,
                       gower_matrix: np.ndarray | None = None) -> tuple[float | None, int]:
    """Mean silhouette on at most ``sample`` customers drawn with ``seed``.

    Gower runs are measured on Gower distances (``gower_matrix`` when already
    computed for all rows), the others on the feature matrix.
    """
    from sklearn.metrics import silhouette_score

    sample = sample or SILHOUETTE_SAMPLE
    n = features.n
    rows = np.arange(n)
    if n > sample:
        rows = np.sort(np.random.default_rng(seed).choice(n, size=sample, replace=False))
    sample_labels = labels[rows]
    if not 2 <= len(np.unique(sample_labels)) <= len(rows) - 1:
        return None, len(rows)
    if algorithm == "gower":
        if gower_matrix is not None:
            distances = gower_matrix[np.ix_(rows, rows)]
        else:
            part = features.take(rows)
            distances = gower_distances(part.gower_numeric, part.gower_categorical)
        np.fill_diagonal(distances, 0.0)
        value = silhouette_score(distances, sample_labels, metric="precomputed")
    else:
        value = silhouette_score(features.matrix[rows], sample_labels)
    return float(value), len(rows)


def _overlap_notes(quality: QualityFigures) -> list[str]:
    if quality.silhouette is None or quality.silhouette >= WEAK_SILHOUETTE:
        return []
    return [translate(
        "Clustering",
        "The personas overlap a lot (silhouette {silhouette:.2f}): many customers are almost "
        "as close to another persona. Read them as tendencies, or ask for a suggested number "
        "of personas."
    ).format(silhouette=quality.silhouette)]


def _tiny_persona_notes(quality: QualityFigures) -> list[str]:
    """Personas too small to be a kind of customer are usually a few odd ones."""
    limit = max(TINY_PERSONA_MEMBERS, TINY_PERSONA_SHARE * quality.n_customers)
    notes = []
    for persona, size in enumerate(quality.sizes):
        if size < limit:
            notes.append(translate(
                "Clustering",
                "Persona {number} has only {size} member(s): probably a few unusual "
                "customers rather than a kind of customer. Try fewer personas, robust "
                "scaling, or leaving out the attribute that sets them apart."
            ).format(number=persona + 1, size=size))
    return notes


def _notes(settings: ClusteringSettings, partition: Partition,
           prepared: PreparedFeatures) -> list[str]:
    notes: list[str] = []
    if partition.fitted_on is not None and settings.algorithm in PAIRWISE:
        notes.append(translate(
            "Clustering",
            "The personas were formed on a random sample of {sample} of {n} customers "
            "(seed {seed}); the others joined the nearest persona."
        ).format(sample=partition.fitted_on, n=prepared.n, seed=settings.seed))
    if settings.algorithm == "gower":
        notes.append(translate(
            "Clustering",
            "k-medoids on Gower distance: numbers compared after filling blanks and log "
            "transforms, divided by their range; categories compared as equal or different."
        ))
    if prepared.report.rows_dropped:
        notes.append(translate(
            "Clustering", "{n} customers with blanks were left out."
        ).format(n=prepared.report.rows_dropped))
    for message in partition.warnings:
        if "converge" in message.lower():
            notes.append(translate(
                "Clustering",
                "The method did not fully converge; the personas may change with another seed."
            ))
            break
    return notes
