"""A 2-D map of customers coloured by persona: PCA of the clustering's feature matrix.

The map is for orientation only: two axes rarely show all the separation the
clustering saw (``explained`` says how much variance they hold). On large
data a seeded sample is placed so the plot stays readable and fast.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from workbench.analysis.clustering import prepare
from workbench.domain.personas import ClusteringResult, PersonaMap

MAX_POINTS = 5000


def persona_map(df: pd.DataFrame, kinds: dict[str, str], result: ClusteringResult,
                max_points: int = MAX_POINTS) -> PersonaMap:
    """Place the customers of ``result`` on its first two principal components."""
    from sklearn.decomposition import PCA

    prepared = prepare(df, kinds, result.settings)
    known = np.isin(prepared.ids, np.fromiter(result.labels, dtype=np.int64))
    ids, matrix = prepared.ids[known], prepared.matrix[known]
    components = min(2, matrix.shape[1])
    pca = PCA(n_components=components, random_state=result.seed).fit(matrix)
    rows = np.arange(len(ids))
    if len(ids) > max_points:
        rng = np.random.default_rng(result.seed)
        rows = np.sort(rng.choice(len(ids), size=max_points, replace=False))
    points = pca.transform(matrix[rows])
    if components < 2:
        points = np.column_stack([points[:, 0], np.zeros(len(rows))])
    explained = list(pca.explained_variance_ratio_) + [0.0] * (2 - components)
    unassigned = set(result.unassigned)
    chosen = ids[rows].tolist()
    return PersonaMap(
        ids=chosen,
        x=points[:, 0].tolist(),
        y=points[:, 1].tolist(),
        personas=[result.labels[c] for c in chosen],
        unassigned=[c in unassigned for c in chosen],
        explained=(float(explained[0]), float(explained[1])),
        n_customers=len(ids),
    )
