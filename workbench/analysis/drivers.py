"""Key drivers: what is over-represented among a measure's low scorers vs its high scorers.

Pure numpy/scipy over a respondents × features matrix (codes applied to the
respondent's text, suggested themes, attribute levels): no SQL, no Qt. The
counts come from one sparse matrix product, so 100,000 coded passages take
milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from workbench.analysis.outcomes import Z95
from workbench.domain.voc import Band, Driver, DriverKind

__all__ = ["benjamini_hochberg", "katz_interval", "rank_drivers"]

#: The false discovery rate kept by :func:`rank_drivers` across the features tested.
FDR = 0.05


def _band_masks(bands) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) boolean masks from Band values or "low"/"middle"/"high"/None."""
    array = np.asarray(bands, dtype=object).ravel()
    # Band is a StrEnum, so one comparison with the plain string covers both spellings.
    return array == Band.LOW.value, array == Band.HIGH.value


def _column_counts(features, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Respondents with each feature among the low and the high band: features × 2."""
    import scipy.sparse as sp

    weights = np.column_stack([low, high]).astype(np.float64)
    if sp.issparse(features):
        matrix = features.tocsr() if features.format != "csr" else features
        if matrix.dtype != np.bool_:
            matrix = matrix.astype(np.bool_)  # a respondent counts once however often coded
        counts = matrix.T @ weights
    else:
        matrix = np.asarray(features).astype(np.bool_)
        if matrix.ndim != 2:
            raise ValueError("features must be a 2-D respondents × features matrix")
        counts = matrix.T.astype(np.float64) @ weights
    return np.rint(np.asarray(counts)).astype(np.int64)


def benjamini_hochberg(p_values: np.ndarray, rate: float = FDR) -> np.ndarray:
    """Which hypotheses are rejected by the Benjamini–Hochberg step-up rule at ``rate``."""
    p = np.asarray(p_values, dtype=np.float64)
    m = len(p)
    if m == 0:
        return np.zeros(0, dtype=bool)
    order = np.argsort(p, kind="stable")
    passed = p[order] <= rate * np.arange(1, m + 1) / m
    rejected = np.zeros(m, dtype=bool)
    if passed.any():
        last = int(np.nonzero(passed)[0].max())
        rejected[order[:last + 1]] = True
    return rejected


def rank_drivers(bands, features, labels: Sequence[tuple[DriverKind, str, str | None]], *,
                 min_count: int = 5, limit: int | None = None) -> list[Driver]:
    """Features over-represented among low scorers vs high scorers, strongest first.

    ``bands`` has one Band (or "low"/"middle"/"high"/None) per respondent;
    ``features`` is a scipy.sparse (CSR) or dense boolean respondents ×
    features matrix; ``labels`` one (kind, label, key) per feature column.
    Middle-band and unbanded respondents take no part.

    For each feature: lift = (low_with / low_n) / (high_with / high_n) with a
    95% interval by the Katz log method; when any of the four cells (with/
    without × low/high) is zero, 0.5 is added to every cell and the lift
    shown is the corrected one (so it stays finite). A driver is
    ``significant`` when its interval excludes 1 *and* it survives the
    Benjamini–Hochberg procedure at a 5% false discovery rate across all the
    features tested here (p-values from the pooled two-proportion z test, which
    keeps its power when a cell is empty), so a
    long code book does not fill the list with chance findings. Features with
    fewer than ``min_count`` respondents in low + high are not tested.
    Ordered significant first, then lift descending, then low_with
    descending; at most ``limit``. ``examples`` are left empty for the caller.
    """
    from scipy.special import ndtr

    low, high = _band_masks(bands)
    n_features = features.shape[1]
    if features.shape[0] != len(low):
        raise ValueError(f"bands ({len(low)}) and features ({features.shape[0]} rows) differ in length")
    if len(labels) != n_features:
        raise ValueError(f"labels ({len(labels)}) and features ({n_features} columns) differ in length")
    low_n, high_n = int(low.sum()), int(high.sum())
    if low_n == 0 or high_n == 0 or n_features == 0:
        return []
    counts = _column_counts(features, low, high)
    tested = np.nonzero(counts.sum(axis=1) >= min_count)[0]
    if len(tested) == 0:
        return []
    a = counts[tested, 0].astype(np.float64)  # low scorers with the feature
    c = counts[tested, 1].astype(np.float64)  # high scorers with it
    n1, n0 = float(low_n), float(high_n)
    empty = (a == 0) | (c == 0) | (a == n1) | (c == n0)
    a_adj, c_adj = a + 0.5 * empty, c + 0.5 * empty
    n1_adj, n0_adj = n1 + empty, n0 + empty  # 0.5 to "with" and to "without"
    log_lift = np.log(a_adj / n1_adj) - np.log(c_adj / n0_adj)
    se = np.sqrt(1 / a_adj - 1 / n1_adj + 1 / c_adj - 1 / n0_adj)
    lift_low, lift_high = np.exp(log_lift - Z95 * se), np.exp(log_lift + Z95 * se)
    # p-values from the pooled two-proportion z test on the raw counts: unlike the
    # log-lift's Wald statistic it keeps its power when a cell is empty (22 of 22
    # detractors vs 0 of 22 promoters), where the 0.5 correction inflates the error.
    pooled = (a + c) / (n1 + n0)
    spread = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0))
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(spread > 0, np.abs(a / n1 - c / n0) / spread, 0.0)
    p_values = 2 * ndtr(-z)
    significant = ((lift_low > 1) | (lift_high < 1)) & benjamini_hochberg(p_values)
    lift = np.exp(log_lift)
    order = np.lexsort((-a, -lift, ~significant))
    if limit is not None:
        order = order[:limit]
    drivers = []
    for i in order:
        kind, label, key = labels[tested[i]]
        drivers.append(Driver(
            kind=DriverKind(kind), label=label, lift=float(lift[i]),
            lift_low=float(lift_low[i]), lift_high=float(lift_high[i]),
            low_with=int(a[i]), low_n=low_n, high_with=int(c[i]), high_n=high_n,
            significant=bool(significant[i]), key=key, examples=[]))
    return drivers


def katz_interval(low_with: int, low_n: int, high_with: int, high_n: int) -> tuple[float, float, float]:
    """(lift, low, high) for one feature, the scalar form of :func:`rank_drivers`' rule."""
    a, c, n1, n0 = float(low_with), float(high_with), float(low_n), float(high_n)
    if a == 0 or c == 0 or a == n1 or c == n0:
        a, c, n1, n0 = a + 0.5, c + 0.5, n1 + 1, n0 + 1
    log_lift = math.log(a / n1) - math.log(c / n0)
    se = math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0)
    return math.exp(log_lift), math.exp(log_lift - Z95 * se), math.exp(log_lift + Z95 * se)
