"""The clustering algorithms themselves: customers in, group numbers out.

Shared by the persona run (:mod:`clustering`) and the k suggestion
(:mod:`k_selection`), so both judge exactly the same procedure.

- "kmeans": scikit-learn KMeans on the feature matrix.
- "gmm": scikit-learn GaussianMixture; ``reg_covar`` is raised from 1e-6 to
  REG_COVAR because 0/1 indicator columns have zero variance inside a group,
  which otherwise lets components collapse onto single categories.
- "agglomerative": Ward linkage on the feature matrix, via SciPy's linkage
  (which scikit-learn's AgglomerativeClustering also uses for Ward) so that
  one tree can be cut at every k.
- "gower": k-medoids on Gower distances (numbers and categories as they are,
  see :mod:`gower`), the classic pairing for mixed data (PAM on Gower). We
  tried average linkage on Gower first: on the marketing data it split off
  single odd customers (groups of 1913, 142, 1 and 1), not personas.

Ward and Gower need an n x n distance matrix, so above MAX_PAIRWISE customers
they are fitted on a seeded sample and the others join the nearest persona
(centre for Ward, medoid for Gower).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from workbench.analysis.gower import gower_distances
from workbench.errors import AnalysisError
from workbench.i18n import translate

MAX_PAIRWISE = 4000
#: A floor on every variance of the Gaussian mixture (features have sd 1 and
#: 0/1 columns sd <= 0.5). scikit-learn's 1e-6 lets a component shrink onto one
#: value of a 0/1 column: on the marketing data that gave groups following
#: single flags and a silhouette below 0; 0.1 gives 0.17, close to k-means.
REG_COVAR = 0.1
PAIRWISE = ("agglomerative", "gower")


@dataclass
class Features:
    """The matrices one clustering works on (rows = customers).

    The layout fields say which matrix columns hold what, so structureless
    reference data of the same shape can be made (see k_selection).
    """

    matrix: np.ndarray
    gower_numeric: np.ndarray
    gower_categorical: np.ndarray
    #: Matrix column of each Gower numeric column, and whether it is a 0/1 flag.
    numeric_columns: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    binary: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    #: Matrix columns (indicators) of each Gower categorical column.
    categorical_blocks: list[np.ndarray] = field(default_factory=list)

    @property
    def n(self) -> int:
        return self.matrix.shape[0]

    def take(self, rows: np.ndarray) -> Features:
        return Features(self.matrix[rows], self.gower_numeric[rows],
                        self.gower_categorical[rows], self.numeric_columns, self.binary,
                        self.categorical_blocks)


@contextmanager
def single_threaded_blas() -> Iterator[None]:
    """Run with one BLAS thread (OpenMP threads, used by KMeans, stay).

    Our matrices are thin (tens of columns): with 2 cores, BLAS threads spend
    more time waking each other than computing. Measured on the marketing data:
    Gaussian mixture fit 0.64 s -> 0.11 s, k-means (n_init=4) 0.11 s -> 0.01 s,
    and k-means on 100,000 x 40 1.8 s -> 1.5 s. The limit is process-wide
    while it lasts.
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield


@dataclass
class Partition:
    """Group numbers 0..k-1 (in no particular order) and what the model knows."""

    labels: np.ndarray
    #: Gaussian mixture only: (n, k) probabilities of each group.
    posterior: np.ndarray | None = None
    inertia: float | None = None
    bic: float | None = None
    #: Gower: row index of each group's medoid.
    medoids: np.ndarray | None = None
    #: Ward and Gower on large data: how many customers the fit used.
    fitted_on: int | None = None
    warnings: tuple[str, ...] = ()
    #: k-means: the fitted centres (its labels are each row's nearest centre).
    centres: np.ndarray | None = None
    #: Gaussian mixture: the fitted scikit-learn model.
    mixture: object | None = None


def fit_partition(features: Features, algorithm: str, k: int, seed: int, *,
                  n_init: int = 4, covariance_type: str = "full",
                  gower_matrix: np.ndarray | None = None) -> Partition:
    """Cluster all rows of ``features`` into ``k`` groups.

    ``gower_matrix``: the rows' Gower distances when already computed.
    """
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            partition = _fit(features, algorithm, k, seed, n_init, covariance_type,
                             gower_matrix)
    except (ValueError, np.linalg.LinAlgError) as error:
        # e.g. a mixture component with an ill-defined covariance
        raise AnalysisError(translate(
            "Clustering",
            "The {method} method could not be fitted to these data ({error}). Try another "
            "method, fewer personas or other attributes."
        ).format(method=algorithm, error=error)) from error
    partition.warnings = tuple(sorted({str(w.message) for w in caught}))
    return partition


def _fit(features: Features, algorithm: str, k: int, seed: int, n_init: int,
         covariance_type: str, gower_matrix: np.ndarray | None) -> Partition:
    if algorithm == "kmeans":
        return _kmeans(features.matrix, k, seed, n_init)
    if algorithm == "gmm":
        return _gmm(features.matrix, k, seed, n_init, covariance_type)
    if algorithm == "agglomerative":
        return _ward(features, k, seed)
    if algorithm == "gower":
        return _gower_medoids(features, k, seed, n_init, gower_matrix)
    raise ValueError(f"unknown algorithm {algorithm!r}")


def ward_cuts(matrix: np.ndarray, ks: Sequence[int]) -> dict[int, np.ndarray]:
    """Build one Ward tree on all rows and cut it at each k (rows must be few)."""
    from scipy.cluster.hierarchy import cut_tree, linkage

    cuts = cut_tree(linkage(matrix, method="ward"), n_clusters=list(ks))
    return {k: np.ascontiguousarray(cuts[:, i]).astype(np.int64) for i, k in enumerate(ks)}


def k_medoids(distances: np.ndarray, k: int, seed: int,
              n_init: int = 4) -> tuple[np.ndarray, np.ndarray]:
    """Labels and medoid rows minimising the total distance to the medoids.

    k-medoids++ starts, then alternate assignment and medoid update; the best of
    ``n_init`` starts is kept.
    """
    n = distances.shape[0]
    rng = np.random.default_rng(seed)
    rows = np.arange(n)
    best: tuple[float, np.ndarray, np.ndarray] | None = None
    for _ in range(n_init):
        chosen = [int(rng.integers(n))]
        nearest = distances[chosen[0]].astype(np.float64)
        for _ in range(1, k):
            weights = nearest ** 2
            total = weights.sum()
            pick = int(rng.choice(n, p=weights / total)) if total > 0 else int(rng.integers(n))
            chosen.append(pick)
            np.minimum(nearest, distances[pick], out=nearest)
        centre = np.array(chosen, dtype=np.int64)
        for _ in range(100):
            labels = distances[:, centre].argmin(axis=1)
            updated = centre.copy()
            for group in range(k):
                members = np.flatnonzero(labels == group)
                if len(members):
                    within = distances[np.ix_(members, members)].sum(axis=1)
                    updated[group] = members[int(np.argmin(within))]
            if np.array_equal(updated, centre):
                break
            centre = updated
        labels = distances[:, centre].argmin(axis=1)
        cost = float(distances[rows, centre[labels]].sum())
        if best is None or cost < best[0]:
            best = (cost, labels.astype(np.int64), centre)
    assert best is not None
    return best[1], best[2]


def gower_to_rows(features: Features, rows: np.ndarray) -> np.ndarray:
    """(n, len(rows)) Gower distances from every customer to the given customers."""
    return gower_distances(features.gower_numeric, features.gower_categorical,
                           features.gower_numeric[rows], features.gower_categorical[rows])


def euclidean_to(matrix: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """(n, k) Euclidean distances from every row to every centre."""
    squared = (np.einsum("ij,ij->i", matrix, matrix)[:, None]
               - 2.0 * matrix @ centres.T
               + np.einsum("ij,ij->i", centres, centres)[None, :])
    np.maximum(squared, 0.0, out=squared)
    return np.sqrt(squared)


def group_means(matrix: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    counts = np.bincount(labels, minlength=k).astype(np.float64)
    # one weighted bincount per column: the same sums in the same row order as
    # np.add.at(sums, labels, matrix), several times faster
    sums = np.zeros((k, matrix.shape[1]))
    for j in range(matrix.shape[1]):
        sums[:, j] = np.bincount(labels, weights=matrix[:, j], minlength=k)[:k]
    return sums / np.maximum(counts, 1.0)[:, None]


# --------------------------------------------------------------------------- algorithms


def _kmeans(matrix: np.ndarray, k: int, seed: int, n_init: int) -> Partition:
    from sklearn.cluster import KMeans

    model = KMeans(n_clusters=k, n_init=n_init, random_state=seed).fit(matrix)
    return Partition(labels=model.labels_.astype(np.int64), inertia=float(model.inertia_),
                     centres=np.asarray(model.cluster_centers_, dtype=np.float64))


def _gmm(matrix: np.ndarray, k: int, seed: int, n_init: int, covariance_type: str) -> Partition:
    from sklearn.mixture import GaussianMixture

    model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                            reg_covar=REG_COVAR, n_init=n_init, random_state=seed)
    model.fit(matrix)
    posterior = model.predict_proba(matrix)
    return Partition(labels=posterior.argmax(axis=1).astype(np.int64), posterior=posterior,
                     bic=float(model.bic(matrix)), mixture=model)


def _ward(features: Features, k: int, seed: int) -> Partition:
    n = features.n
    if n <= MAX_PAIRWISE:
        return Partition(labels=ward_cuts(features.matrix, [k])[k])
    sample = _sample(n, seed)
    sample_labels = ward_cuts(features.matrix[sample], [k])[k]
    centres = group_means(features.matrix[sample], sample_labels, k)
    labels = euclidean_to(features.matrix, centres).argmin(axis=1)
    # Customers in the sample keep the group the tree gave them.
    labels[sample] = sample_labels
    return Partition(labels=labels.astype(np.int64), fitted_on=MAX_PAIRWISE)


def _gower_medoids(features: Features, k: int, seed: int, n_init: int,
                   distances: np.ndarray | None) -> Partition:
    n = features.n
    if n <= MAX_PAIRWISE:
        if distances is None:
            distances = gower_distances(features.gower_numeric, features.gower_categorical)
        labels, centre = k_medoids(distances, k, seed, n_init)
        return Partition(labels=labels, medoids=centre)
    sample = _sample(n, seed)
    part = features.take(sample)
    _, centre = k_medoids(gower_distances(part.gower_numeric, part.gower_categorical),
                          k, seed, n_init)
    centre = sample[centre]
    labels = gower_to_rows(features, centre).argmin(axis=1)
    return Partition(labels=labels.astype(np.int64), medoids=centre, fitted_on=MAX_PAIRWISE)


def _sample(n: int, seed: int) -> np.ndarray:
    return np.sort(np.random.default_rng(seed).choice(n, size=MAX_PAIRWISE, replace=False))
