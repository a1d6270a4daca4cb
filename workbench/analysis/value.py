"""Customer value: recency, frequency and monetary value (RFM), historical value, value at risk.

Pure pandas. A customer's value comes from purchase amounts in touchpoints
(sum, count and last date of the contacts with an amount) or, without them,
from attributes that hold money spent (spend, amount, Mnt*, TotalCharges,
monetary, revenue, fatturato, spesa...; several such columns, such as
MntWines and MntFruits, are added up). Frequency and recency then come from
attributes counting purchases or saying how long ago the last one was, when
there are any.

No expected future value is computed: the standard models (BG/NBD with
Gamma-Gamma) live in libraries that are archived (``lifetimes``, last release
2020) or need PyMC (``btyd``, ``pymc-marketing``); see
:func:`expected_value_note`. Rather than hand-roll one, the field stays empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from workbench.domain.retention import ValueSummary
from workbench.i18n import translate

#: Headers of attributes that hold money spent by the customer.
_MONEY = re.compile(r"(spend|spent|amount|^mnt|totalcharges|total charges|monetary|revenue|"
                    r"sales|purchase value|order value|lifetime value|\bclv\b|\bltv\b|"
                    r"fatturat|spesa|importo|acquistato|valore)", re.I)
#: Headers of attributes that are per-period rates rather than totals (not added up).
_PER_PERIOD = re.compile(r"(monthly|mensil|per month|al mese|average|avg|media)", re.I)
#: Headers of attributes counting purchases (frequency) and of days since the last one.
_COUNT = re.compile(r"(purchases|orders|transactions|^num.*purchase|acquisti|ordini)", re.I)
_RECENCY = re.compile(r"(recency|days since|giorni dall)", re.I)
#: Headers of a touchpoint source's column holding an amount.
AMOUNT_WORDS = re.compile(r"(amount|value|price|spend|revenue|total|importo|valore|prezzo|"
                          r"spesa|totale|incasso)", re.I)



def expected_value_note() -> str:
    """Why ``ValueSummary.expected_value`` is empty, translated."""
    return translate(
        "Retention", "No expected future value: the standard purchase models (BG/NBD with "
        "Gamma-Gamma) are only available in libraries that are archived (lifetimes) or need "
        "PyMC (btyd, pymc-marketing), and the workbench does not hand-roll one. Historical "
        "value is shown instead.")


def money_columns(kinds: Mapping[str, str], frame: pd.DataFrame) -> list[str]:
    """The numeric attributes (or numeric outcomes) that hold money spent in total.

    Per-period figures (MonthlyCharges) are left out when a total exists beside them.
    """
    found = [name for name, kind in kinds.items()
             if kind in ("numeric", "outcome") and _MONEY.search(name.replace("_", " "))
             and frame[name].dtype.kind == "f"]
    totals = [name for name in found if not _PER_PERIOD.search(name)]
    return totals or found


def count_columns(kinds: Mapping[str, str]) -> list[str]:
    return [n for n, k in kinds.items() if k == "numeric" and _COUNT.search(n.replace("_", " "))]


def recency_column(kinds: Mapping[str, str]) -> str | None:
    return next((n for n, k in kinds.items()
                 if k == "numeric" and _RECENCY.search(n.replace("_", " "))), None)


def value_from_attributes(frame: pd.DataFrame, kinds: Mapping[str, str]) -> pd.DataFrame | None:
    """Per customer: monetary (sum of the money columns), frequency, recency_days; None
    when no attribute holds money."""
    money = money_columns(kinds, frame)
    if not money:
        return None
    table = pd.DataFrame(index=frame.index)
    values = frame[money].astype("float64")
    table["monetary"] = values.sum(axis=1, min_count=1)
    counts = count_columns(kinds)
    table["frequency"] = (frame[counts].astype("float64").sum(axis=1, min_count=1)
                          if counts else np.nan)
    recency = recency_column(kinds)
    table["recency_days"] = frame[recency].astype("float64") if recency else np.nan
    return table


def value_from_purchases(customers: np.ndarray, amounts: np.ndarray, days: np.ndarray,
                         reference: float | None) -> pd.DataFrame:
    """Per customer from purchase touchpoints: monetary (sum of amounts), frequency (how
    many purchases), recency_days (``reference`` minus the last purchase day)."""
    table = pd.DataFrame({"customer": np.asarray(customers, dtype=np.int64),
                          "amount": np.asarray(amounts, dtype=np.float64),
                          "day": np.asarray(days, dtype=np.float64)})
    table = table[np.isfinite(table["amount"]) & (table["amount"] > 0)]
    grouped = table.groupby("customer")
    result = pd.DataFrame({"monetary": grouped["amount"].sum(),
                           "frequency": grouped["amount"].size().astype("float64"),
                           "last": grouped["day"].max()})
    result["recency_days"] = (reference - result["last"]) if reference is not None else np.nan
    result.index.name = "customer"
    return result.drop(columns="last")


def _quintile_score(values: pd.Series, higher_is_better: bool) -> pd.Series:
    """Scores 1..5 by quintile of rank (ties broken by order), 5 the best; NaN stays NaN."""
    known = values.dropna()
    scores = pd.Series(np.nan, index=values.index)
    if len(known) < 5 or known.nunique() < 2:
        return scores
    ranks = known.rank(method="average", pct=True)
    if not higher_is_better:
        ranks = 1.0 - ranks + 1.0 / len(known)
    scores.loc[known.index] = np.clip(np.ceil(ranks * 5), 1, 5)
    return scores


def rfm_scores(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` (monetary, frequency, recency_days per customer) with r/f/m scores 1-5."""
    scored = table.copy()
    scored["r_score"] = _quintile_score(table["recency_days"], higher_is_better=False)
    scored["f_score"] = _quintile_score(table["frequency"], higher_is_better=True)
    scored["m_score"] = _quintile_score(table["monetary"], higher_is_better=True)
    return scored


def _mean(values: pd.Series) -> float | None:
    known = values.dropna()
    return float(known.mean()) if len(known) else None


def summarise_value(key: str, label: str, scored: pd.DataFrame, members: Iterable[int],
                    risk: pd.Series | None = None, rate: float | None = None) -> ValueSummary:
    """A group's value: means of R, F, M and their scores, total and mean historical value,
    and value at risk (each member's value × their churn risk, or × ``rate`` without risks)."""
    ids = pd.Index(np.fromiter(members, dtype=np.int64)).intersection(scored.index)
    rows = scored.loc[ids]
    money = rows["monetary"].dropna()
    at_risk = None
    if len(money):
        if risk is not None:
            weights = risk.reindex(money.index)
            if weights.notna().any():
                at_risk = float((money * weights).sum())
        if at_risk is None and rate is not None:
            at_risk = float(money.sum() * rate)
    return ValueSummary(
        key=key, label=label, n=int(len(ids)), recency_days=_mean(rows["recency_days"]),
        frequency=_mean(rows["frequency"]), monetary=_mean(rows["monetary"]),
        r_score=_mean(rows["r_score"]), f_score=_mean(rows["f_score"]),
        m_score=_mean(rows["m_score"]), total_value=float(money.sum()) if len(money) else None,
        mean_value=float(money.mean()) if len(money) else None, value_at_risk=at_risk)
