"""Churn defined honestly, churn rates by group with intervals, and retention curves.

Pure numpy/pandas:

- :func:`is_churn_name` / :func:`churn_values`: which outcome column says churn,
  and each customer's churn from it (a yes/no column through
  :func:`workbench.analysis.outcomes.measure_outcome`, or a cancellation date:
  a date given means churned);
- :func:`suggest_inactive_days` and :func:`inactivity_churn`: churn as "no
  contact for N days before the last date in the data";
- :func:`rates_by_group`: churn within each group against everyone else, with
  Wilson 95% intervals and the risk ratio's 95% interval by the log (Katz) method;
- :func:`kaplan_meier`: retention curves, implemented with numpy (the
  product-limit estimator; pointwise 95% intervals by Greenwood's variance on
  the log(-log) scale, as in R's ``survival`` package with ``conf.type="log-log"``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from workbench.analysis.outcomes import Z95, measure_outcome, wilson_interval
from workbench.domain.personas import OUTCOME_RATE
from workbench.domain.retention import RateByGroup, SurvivalCurve

#: Header words that make an outcome column a churn outcome (English and Italian).
_CHURN_NAME = re.compile(
    r"(churn|attrit|exited|\bexit|cancel|cancell|leaver|\bleft\b|terminat|closed|defect|"
    r"abbandon|disdett|cessazion|cessat|recess|uscit|perso\b|persi\b)", re.I)
#: Header words of a tenure attribute (months or days a customer has been one).
_TENURE_NAME = re.compile(r"(tenure|anzianit|months|mesi|customer since|cliente da|"
                          r"membership|seniority|durata)", re.I)
_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?)?")
_DAYS_NAME = re.compile(r"(days|giorni)", re.I)
#: A churn group needs this many customers to be shown.
MIN_GROUP = 5
#: Largest number of groups per dimension (the biggest are kept).
MAX_GROUPS = 25


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def is_churn_name(name: str) -> bool:
    """Whether an attribute's header says churn (churned, attrition, exited, disdetta...)."""
    return bool(_CHURN_NAME.search(_plain(name).replace("_", " ")))


def is_tenure_name(name: str) -> bool:
    """Whether a numeric attribute's header says how long someone has been a customer."""
    return bool(_TENURE_NAME.search(_plain(name).replace("_", " ")))


def tenure_unit(name: str) -> str:
    """"days" when the header says days, else "months" (the usual unit of tenure)."""
    return "days" if _DAYS_NAME.search(_plain(name)) else "months"


def churn_values(series: pd.Series) -> tuple[np.ndarray, str | None] | None:
    """Each row's churn (1.0 churned, 0.0 not, NaN unknown) and the value counted as churned.

    A yes/no column (two values, or one value that means churned) is read as
    :func:`measure_outcome` reads it. A column of dates (a cancellation date)
    counts a given date as churned and a blank as not churned. None when the
    column is neither (a score, a free answer).
    """
    if series.dtype == object:
        text = series.astype(str).str.strip()
        given = series.notna() & (text != "")
        if given.any() and text[given].str.fullmatch(_DATE).mean() >= 0.95:
            return given.to_numpy(dtype=np.float64), None
    measure = measure_outcome(series)
    if measure.kind == OUTCOME_RATE:
        return measure.values, measure.event
    return None


def suggest_inactive_days(gaps_days: np.ndarray) -> int | None:
    """A suggested N for inactivity churn: the 90th percentile of the gaps between a
    customer's contacts, in whole days (at least 1); None without gaps."""
    gaps = np.asarray(gaps_days, dtype=np.float64)
    gaps = gaps[np.isfinite(gaps) & (gaps > 0)]
    if not len(gaps):
        return None
    return max(1, int(math.ceil(float(np.quantile(gaps, 0.9)))))


def inactivity_churn(last_contact: np.ndarray, reference: float, days: int) -> np.ndarray:
    """1.0 for customers whose last contact (in days, e.g. julian days) is more than ``days``
    before ``reference`` (the last date in the data), else 0.0."""
    last = np.asarray(last_contact, dtype=np.float64)
    return np.where(np.isfinite(last), (reference - last > days).astype(np.float64), np.nan)


# --------------------------------------------------------------------------- rates by group


def ratio_interval(x1: float, n1: float, x0: float, n0: float
                   ) -> tuple[float | None, float | None, float | None]:
    """Risk ratio (x1/n1) / (x0/n0) with its 95% interval by the log (Katz) method."""
    if n1 <= 0 or n0 <= 0 or x0 <= 0:
        return None, None, None
    ratio = (x1 / n1) / (x0 / n0)
    if x1 <= 0:
        return ratio, None, None
    se = math.sqrt(max(1 / x1 - 1 / n1 + 1 / x0 - 1 / n0, 0.0))
    return ratio, math.exp(math.log(ratio) - Z95 * se), math.exp(math.log(ratio) + Z95 * se)


def rate_of_group(dimension: str, key: str, label: str, inside: np.ndarray,
                  churned: np.ndarray) -> RateByGroup:
    """Churn among the customers ``inside`` (a boolean mask over ``churned``) against the rest."""
    inside = np.asarray(inside, dtype=bool)
    n1 = int(inside.sum())
    x1 = float(churned[inside].sum())
    n0 = int(len(churned) - n1)
    x0 = float(churned.sum()) - x1
    rate = x1 / n1 if n1 else None
    low, high = wilson_interval(x1, n1) if n1 else (None, None)
    ratio, ratio_low, ratio_high = ratio_interval(x1, n1, x0, n0)
    return RateByGroup(dimension=dimension, key=key, label=label, n=n1, events=int(x1),
                       rate=rate, low=low, high=high, rest_rate=x0 / n0 if n0 else None,
                       ratio=ratio, ratio_low=ratio_low, ratio_high=ratio_high)


def rates_by_group(dimension: str, customers: np.ndarray, churned: np.ndarray,
                   groups: Mapping[str, tuple[str, Iterable[int]]],
                   min_group: int = MIN_GROUP, max_groups: int = MAX_GROUPS) -> list[RateByGroup]:
    """One :class:`RateByGroup` per group (key -> (label, its customer ids)), biggest first.

    ``customers`` and ``churned`` are the customers with a known churn status;
    group members without one are not counted. Groups smaller than
    ``min_group`` are left out; at most ``max_groups`` are kept.
    """
    customers = np.asarray(customers, dtype=np.int64)
    churned = np.asarray(churned, dtype=np.float64)
    found = []
    for key, (label, ids) in groups.items():
        inside = np.isin(customers, np.fromiter(ids, dtype=np.int64))
        if int(inside.sum()) < min_group:
            continue
        found.append(rate_of_group(dimension, key, label, inside, churned))
    found.sort(key=lambda r: (-r.n, r.label))
    return found[:max_groups]


# --------------------------------------------------------------------------- retention curves


def kaplan_meier(durations: Sequence[float], events: Sequence[float], *, key: str = "",
                 label: str = "", unit: str = "months") -> SurvivalCurve:
    """The Kaplan-Meier retention curve of ``durations`` (time as a customer) where
    ``events`` is 1 for those who churned at that time and 0 for those still customers.

    Pointwise 95% intervals: Greenwood's variance on the log(-log) scale, which
    keeps them inside 0..1. The median is the first time the curve is at or
    below one half (None when it never is).
    """
    t = np.asarray(durations, dtype=np.float64)
    d = np.asarray(events, dtype=np.float64)
    keep = np.isfinite(t) & np.isfinite(d) & (t >= 0)
    t, d = t[keep], d[keep]
    curve = SurvivalCurve(key=key, label=label, unit=unit, n=int(len(t)), events=int(d.sum()))
    if not len(t):
        return curve
    times, inverse = np.unique(t, return_inverse=True)
    deaths = np.bincount(inverse, weights=d, minlength=len(times))
    leaving = np.bincount(inverse, minlength=len(times)).astype(np.float64)
    at_risk = len(t) - np.concatenate([[0.0], np.cumsum(leaving)[:-1]])
    step = deaths > 0
    times, deaths, at_risk = times[step], deaths[step], at_risk[step]
    survival = np.cumprod(1.0 - deaths / at_risk)
    with np.errstate(divide="ignore", invalid="ignore"):
        greenwood = np.cumsum(deaths / (at_risk * (at_risk - deaths)))
        log_s = np.log(survival)
        se = np.sqrt(greenwood) / np.abs(log_s)
        low = survival ** np.exp(Z95 * se)  # S < 1: a larger power is a lower bound
        high = survival ** np.exp(-Z95 * se)
    final = survival <= 0  # everyone left: no interval on the log scale
    low = np.where(final | ~np.isfinite(low), 0.0, low)
    high = np.where(final | ~np.isfinite(high), np.where(final, 0.0, 1.0), high)
    below = np.flatnonzero(survival <= 0.5)
    curve.times = [float(v) for v in times]
    curve.survival = [float(v) for v in survival]
    curve.low = [float(v) for v in low]
    curve.high = [float(v) for v in high]
    curve.at_risk = [int(v) for v in at_risk]
    curve.median = float(times[below[0]]) if len(below) else None
    return curve
