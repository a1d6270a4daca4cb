"""Compare two persona sets: which old persona became which new one.

Only customers present in both runs are compared. Labels below 0 mean "fits
no persona" (if a caller stores them so): they appear in the crosstab but
are never matched to a persona.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from workbench.domain.personas import PersonaMatch, RunComparison


def compare_runs(labels_a: Mapping[int, int], labels_b: Mapping[int, int]) -> RunComparison:
    """Crosstab, Jaccard overlaps, best one-to-one match and ARI of run a (old) vs run b (new)."""
    from scipy.optimize import linear_sum_assignment
    from sklearn.metrics import adjusted_rand_score

    common = sorted(set(labels_a) & set(labels_b))
    personas_a = sorted(set(labels_a.values()))
    personas_b = sorted(set(labels_b.values()))
    a = np.array([labels_a[c] for c in common], dtype=np.int64)
    b = np.array([labels_b[c] for c in common], dtype=np.int64)
    row = {p: i for i, p in enumerate(personas_a)}
    col = {p: j for j, p in enumerate(personas_b)}
    crosstab = np.zeros((len(personas_a), len(personas_b)), dtype=np.int64)
    if common:
        np.add.at(crosstab, ([row[p] for p in a.tolist()], [col[p] for p in b.tolist()]), 1)

    size_a = crosstab.sum(axis=1, keepdims=True)
    size_b = crosstab.sum(axis=0, keepdims=True)
    union = size_a + size_b - crosstab
    jaccard = np.divide(crosstab, union, out=np.zeros(crosstab.shape), where=union > 0)

    real_a = [i for i, p in enumerate(personas_a) if p >= 0]
    real_b = [j for j, p in enumerate(personas_b) if p >= 0]
    matched: dict[int, int] = {}
    if real_a and real_b:
        sub = jaccard[np.ix_(real_a, real_b)]
        rows, cols = linear_sum_assignment(sub, maximize=True)
        matched = {real_a[r]: real_b[c] for r, c in zip(rows, cols, strict=True)
                   if crosstab[real_a[r], real_b[c]] > 0}
    matches = []
    for i in real_a:
        j = matched.get(i)
        overlap = int(crosstab[i, j]) if j is not None else 0
        matches.append(PersonaMatch(
            old=personas_a[i],
            new=personas_b[j] if j is not None else None,
            jaccard=float(jaccard[i, j]) if j is not None else 0.0,
            overlap=overlap,
            share_of_old=overlap / int(size_a[i, 0]) if size_a[i, 0] else 0.0,
        ))

    ari = float(adjusted_rand_score(a, b)) if len(common) >= 2 else None
    return RunComparison(
        personas_a=personas_a,
        personas_b=personas_b,
        crosstab=crosstab.tolist(),
        jaccard=jaccard.tolist(),
        matches=matches,
        adjusted_rand=ari,
        common_customers=len(common),
        only_in_a=len(labels_a) - len(common),
        only_in_b=len(labels_b) - len(common),
    )
