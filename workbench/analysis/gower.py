"""Gower distance for customers described by numbers and categories together.

For each attribute the dissimilarity is in 0..1: the absolute difference of
range-normalised numbers, or 0/1 for equal/different categories; the Gower
distance is their mean. It needs no one-hot encoding and no scaling choice,
which is why it suits mixed survey/CRM data. The full matrix is n x n, so
callers compute it on a sample (see partition.MAX_PAIRWISE).
"""

from __future__ import annotations

import numpy as np


def gower_distances(numeric_a: np.ndarray, categorical_a: np.ndarray,
                    numeric_b: np.ndarray | None = None,
                    categorical_b: np.ndarray | None = None) -> np.ndarray:
    """Gower distances between the rows of a and the rows of b (default: a itself).

    ``numeric_*`` holds numbers already divided by their range (0..1);
    ``categorical_*`` holds integer category codes. Returns float32 (na, nb).
    """
    if numeric_b is None:
        numeric_b, categorical_b = numeric_a, categorical_a
    assert categorical_b is not None
    n_attributes = numeric_a.shape[1] + categorical_a.shape[1]
    if n_attributes == 0:
        raise ValueError("Gower distance needs at least one attribute")
    na, nb = numeric_a.shape[0], numeric_b.shape[0]
    total = np.zeros((na, nb), dtype=np.float32)
    scratch = np.empty((na, nb), dtype=np.float32)
    for j in range(numeric_a.shape[1]):
        a = numeric_a[:, j].astype(np.float32)
        b = numeric_b[:, j].astype(np.float32)
        np.subtract(a[:, None], b[None, :], out=scratch)
        np.abs(scratch, out=scratch)
        total += scratch
    for j in range(categorical_a.shape[1]):
        total += categorical_a[:, j][:, None] != categorical_b[:, j][None, :]
    total /= n_attributes
    return total

