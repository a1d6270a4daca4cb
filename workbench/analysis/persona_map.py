"""A 2-D map of customers coloured by persona: PCA of the clustering's feature matrix.

The map is for orientation only: two axes rarely show all the separation the
clustering saw (``explained`` says how much variance they hold). On large
data a seeded sample is placed so the plot stays readable and fast.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from workbench.analysis.clustering import prepare
from workbench.domain.personas import AxisDriver, ClusteringResult, PersonaMap

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


#: Categorical levels looked at per attribute when describing an axis.
MAX_LEVELS = 50
#: Attributes correlating more weakly than this with an axis do not describe it.
AXIS_MIN_CORRELATION = 0.3
AXIS_DRIVERS = 3


def axis_drivers(frame, kinds: dict[str, str], features: list[str], ids: list[int],
                 coordinate: list[float], most: int = AXIS_DRIVERS,
                 minimum: float = AXIS_MIN_CORRELATION) -> list[AxisDriver]:
    """The attributes that most change along one map axis (structure coefficients).

    Numbers: Spearman correlation of the value with the coordinate (robust to
    skewed amounts); categories: correlation of "has this level" with it.
    """
    axis = pd.Series(coordinate, index=pd.Index(ids, dtype="int64"), dtype="float64")
    if len(axis) < 3 or float(axis.std()) == 0.0:
        return []
    rows = frame.reindex(axis.index)
    found: list[AxisDriver] = []
    for name in features:
        if name not in rows.columns:
            continue
        values = rows[name]
        if kinds.get(name) == "numeric":
            known = values.notna()
            if known.sum() < 3 or values[known].nunique() < 2:
                continue
            r = values[known].rank().corr(axis[known].rank())
            if r == r:
                found.append(AxisDriver(name, None, float(r)))
            continue
        known = values.notna()
        for level in values[known].astype(str).value_counts().index[:MAX_LEVELS]:
            flag = (values[known].astype(str) == level).astype("float64")
            if flag.nunique() < 2:
                continue
            r = flag.corr(axis[known])
            if r == r:
                found.append(AxisDriver(name, level, float(r)))
    found.sort(key=lambda d: -abs(d.correlation))
    chosen: list[AxisDriver] = []
    for driver in found:
        if abs(driver.correlation) < minimum or len(chosen) == most:
            break
        if any(c.attribute == driver.attribute for c in chosen):
            continue  # one line per attribute: its strongest level
        chosen.append(driver)
    return chosen
