"""Trends: monthly or weekly series per group, and the tests that flag a shift.

Pure numpy/pandas/scipy over arrays (no SQL, no Qt); :mod:`workbench.services.trends`
reads the project and names the groups. Everything is vectorised: distinct
customers per group and period are counted by hashing one integer key per
record (``pd.unique``) and ``np.bincount``, so 2,000,000 touchpoints take a
fraction of a second.

Periods
    A month ("2024-03") or an ISO week ("2024-W11", weeks start on Monday and
    belong to the year of their Thursday). A record's period is that of its
    date; dates are parsed once per distinct text (ISO first, then day-first
    written dates). Every period from the first to the last dated record is
    present, empty ones with n = 0.

Series (one per group and quantity; the group "all" holds every customer)
    - active: customers of the group with any touchpoint in the period. value
      = count = the group's active customers, n = all active customers that
      period (so the test is on the group's share of active customers).
    - outcome: for each of the (up to 5) most common outcome values, the share
      of the group's active customers with at least one touchpoint with that
      outcome; n = the group's active customers.
    - measure: a score measure's headline per period (NPS −100…100, CSAT the
      satisfied share, CES and ratings the mean); n = answers.
    - friction: the share of the group's active customers with a touchpoint
      scored in the negative third of its scale; n = the group's active customers.
    - complaint: for each complaint code, the share of the group's customers
      heard from in the period (a dated customer-voice document) whose
      passages carry the code (or one of its child codes); n = customers heard from.

Flags (:func:`flag_series`)
    The last ``window`` periods are compared with all the periods before them,
    pooling each side's periods (a customer active in two periods counts in
    both): a pooled two-proportion z test for shares, Welch's t for means,
    and for NPS a z test on the mean of the promoter (+1) / passive (0) /
    detractor (−1) score with its variance. Complaint shares are also tested
    for a rise over all periods with the one-sided Cochran–Armitage trend
    test (periods scored 0, 1, 2 ...). A test runs only with enough data:
    at least :data:`MIN_BEFORE` periods before the window, at least
    :data:`MIN_N` behind each side, and (for shares) at least
    :data:`MIN_EXPECTED` expected customers with and without on each side,
    where the normal approximation holds. A first or last period the data cover
    for less than :data:`COVERED` of its days (the data start or stop inside
    it) is shown but left out of the tests. Every p-value of the report is
    adjusted together with Benjamini–Hochberg; a series is flagged when its
    q-value is at most the false discovery rate. A complaint flagged as
    rising whose window covers at least ``RECURRING_CUSTOMERS`` distinct
    customers is a recurring negative experience.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from workbench.domain.living import (
    RECURRING_CUSTOMERS,
    TREND_FDR,
    TREND_WINDOW,
    Direction,
    MetricKind,
    Period,
    TrendFlag,
    TrendPoint,
    TrendSeries,
)
from workbench.domain.voc import MeasureKind, MeasureSpec

__all__ = ["MIN_BEFORE", "MIN_EXPECTED", "MIN_N", "OUTCOMES", "Answers", "Events", "Groups",
           "Tally", "Voices", "bh_q_values", "cochran_armitage", "covered_part", "distinct_counts",
           "flag_series", "low_scores", "parse_days", "period_days", "period_labels",
           "period_ordinals",
           "trend_series", "window_test"]

#: At least this many (customers, answers) behind each side of a window test.
MIN_N = 30
#: Shares: at least this many expected customers with and without, on each side.
MIN_EXPECTED = 5
#: Periods before the window needed for a window test.
MIN_BEFORE = 2
#: Outcome values followed (the most common ones).
OUTCOMES = 5
#: An edge period covered by the data for less than this share of its days is left out
#: of the tests (a month whose data stop on the 10th would look like a drop).
COVERED = 0.75
#: A touchpoint is low-scored at or below this emotion (−2..+2): the negative third.
LOW_EMOTION = -2.0 + 4.0 / 3.0

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_UNIX_MONDAY = 3  # 1970-01-01 was a Thursday: day d is in week (d + 3) // 7


# --------------------------------------------------------------------------- dates and periods


def parse_days(values) -> np.ndarray:
    """Each value's day as datetime64[D] (NaT when it is not a date).

    ``values``: datetime64 array, or texts/None. Texts are parsed once per
    distinct value: ISO ("2024-03-05", "2024-03-05T10:00:00") in one vectorised
    pass, anything else (31/01/2024, "5 March 2024") one by one, day first.
    """
    array = np.asarray(values)
    if array.dtype.kind == "M":
        return array.astype("datetime64[D]")
    codes, uniques = pd.factorize(pd.Series(array, dtype=object), use_na_sentinel=True)
    texts = pd.Series(uniques, dtype=object).astype(str).str.strip()
    days = np.full(len(texts), np.datetime64("NaT"), dtype="datetime64[D]")
    iso = texts.str.match(_ISO_DAY).to_numpy(dtype=bool)
    if iso.any():
        parsed = pd.to_datetime(texts[iso].str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
        days[iso] = parsed.to_numpy(dtype="datetime64[D]")
    for i in np.flatnonzero(~iso | np.isnat(days)):
        days[i] = _written_day(texts.iat[i])
    found = days[np.where(codes >= 0, codes, 0)] if len(days) else np.full(
        len(codes), np.datetime64("NaT"), dtype="datetime64[D]")
    found[codes < 0] = np.datetime64("NaT")
    return found


def _written_day(text: str):
    if not text:
        return np.datetime64("NaT")
    with warnings.catch_warnings():  # "could not infer format": one text, parsed as it comes
        warnings.simplefilter("ignore")
        try:
            stamp = pd.to_datetime(text, errors="coerce", dayfirst=True, utc=True)
        except (ValueError, TypeError, OverflowError):
            return np.datetime64("NaT")
    if pd.isna(stamp):
        return np.datetime64("NaT")
    return np.datetime64(stamp.tz_localize(None).date(), "D")


def period_ordinals(days: np.ndarray, period: Period) -> np.ndarray:
    """A running number per month or ISO week of each day (int64; NaT days get -1).

    Months count from 1970-01, weeks from the week of 1970-01-01; both are
    non-negative for dates from 1970 on (earlier dates are treated as undated).
    """
    days = np.asarray(days, dtype="datetime64[D]")
    bad = np.isnat(days)
    if Period(period) is Period.MONTH:
        ordinal = days.astype("datetime64[M]").astype("int64")
    else:
        ordinal = (days.astype("int64") + _UNIX_MONDAY) // 7
    ordinal = np.where(bad, -1, ordinal)
    return np.where(ordinal < 0, -1, ordinal)


def period_label(ordinal: int, period: Period) -> str:
    """"2024-03" or "2024-W11" of a running number from :func:`period_ordinals`."""
    if Period(period) is Period.MONTH:
        return str(np.datetime64(int(ordinal), "M"))
    monday = dt.date(1970, 1, 1) + dt.timedelta(days=int(ordinal) * 7 - _UNIX_MONDAY)
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def period_days(ordinal: int, period: Period) -> tuple[np.datetime64, np.datetime64]:
    """The first and the last day of a period (running number)."""
    if Period(period) is Period.MONTH:
        first = np.datetime64(int(ordinal), "M").astype("datetime64[D]")
        return first, (np.datetime64(int(ordinal) + 1, "M").astype("datetime64[D]")
                       - np.timedelta64(1, "D"))
    first = np.datetime64(int(ordinal) * 7 - _UNIX_MONDAY, "D")
    return first, first + np.timedelta64(6, "D")


def covered_part(ordinal: int, period: Period, first_day, last_day) -> float:
    """The share of a period's days between ``first_day`` and ``last_day`` (inclusive)."""
    start, end = period_days(ordinal, period)
    low, high = max(start, np.datetime64(first_day, "D")), min(end, np.datetime64(last_day, "D"))
    days = (end - start).astype(int) + 1
    return max(0, (high - low).astype(int) + 1) / days


def period_labels(first: int, last: int, period: Period) -> list[str]:
    """Every period from ``first`` to ``last`` (running numbers), as labels."""
    return [period_label(o, period) for o in range(int(first), int(last) + 1)]


# --------------------------------------------------------------------------- counting


def distinct_counts(customer: np.ndarray, period: np.ndarray, group: np.ndarray,
                    n_groups: int, n_periods: int, mask: np.ndarray | None = None) -> np.ndarray:
    """Distinct customers per (group, period): int64 array [n_groups, n_periods].

    Records with a negative group or period, or False in ``mask``, are left out;
    a customer with several records in one group and period counts once.
    """
    keep = (group >= 0) & (period >= 0) & (customer >= 0)
    if mask is not None:
        keep &= mask
    if not keep.any():
        return np.zeros((n_groups, n_periods), dtype=np.int64)
    customers = customer[keep].astype(np.int64)
    span = int(customers.max()) + 1
    cell = group[keep].astype(np.int64) * n_periods + period[keep].astype(np.int64)
    keys = pd.unique(cell * span + customers)
    counts = np.bincount(keys // span, minlength=n_groups * n_periods)
    return counts[:n_groups * n_periods].reshape(n_groups, n_periods).astype(np.int64)


def low_scores(scores: np.ndarray) -> tuple[np.ndarray, tuple[float, float] | None]:
    """Which scores are in the negative third of their scale, and the scale.

    The scale is guessed from the scores as the journey map does
    (:func:`workbench.analysis.journeys.score_scale`): 1–5, 0–10, 0–100...;
    a score is low when its emotion (the scale mapped onto −2..+2) is at most
    −2 + 4/3.
    """
    from workbench.analysis.journeys import score_scale, to_emotion

    values = np.asarray(scores, dtype=np.float64)
    known = values[~np.isnan(values)]
    if not len(known):
        return np.zeros(len(values), dtype=bool), None
    # the scale depends on the lowest and highest score only
    scale = score_scale(pd.Series([known.min(), known.max()]))
    emotion = to_emotion(pd.Series(values), scale).to_numpy(dtype=np.float64)
    return np.nan_to_num(emotion, nan=np.inf) <= LOW_EMOTION + 1e-9, scale


# --------------------------------------------------------------------------- tallies and tests


@dataclass
class Tally:
    """Per-period sufficient statistics of one series (arrays over the periods).

    ``test``: "share" (``count`` of ``n``), "nps" (``count`` promoters and
    ``detractors`` of ``n``), "mean" (``total`` and ``squares`` of ``n``
    answers) or "" (not tested). ``trend``: also test for a rise over all periods.
    """

    test: str
    n: np.ndarray
    count: np.ndarray | None = None
    detractors: np.ndarray | None = None
    total: np.ndarray | None = None
    squares: np.ndarray | None = None
    trend: bool = False

    def value(self, n: float, count: float = 0.0, detractors: float = 0.0, total: float = 0.0
              ) -> float | None:
        if n <= 0:
            return None
        if self.test == "nps":
            return 100.0 * (count - detractors) / n
        if self.test == "mean":
            return total / n
        return count / n

    def pooled(self, where: slice) -> float | None:
        """The series' quantity over a run of periods taken together."""
        def part(a):
            return 0.0 if a is None else float(a[where].sum())
        return self.value(part(self.n), part(self.count), part(self.detractors), part(self.total))


def _side(tally: Tally, where: slice) -> tuple[float, float, float, float, float]:
    def part(a):
        return 0.0 if a is None else float(np.asarray(a[where], dtype=np.float64).sum())
    return (part(tally.n), part(tally.count), part(tally.detractors), part(tally.total),
            part(tally.squares))


def window_test(tally: Tally, window: int = TREND_WINDOW
                ) -> tuple[float, float, float, Direction] | None:
    """(p-value, before, after, direction) of the last ``window`` periods against the
    periods before them (two-sided), or None when there is not enough data.

    before/after: the pooled share (0–1), NPS (−100…100) or mean of each side.
    """
    from scipy import stats

    periods = len(tally.n)
    if not tally.test or periods - window < MIN_BEFORE or window < 1:
        return None
    before, after = slice(0, periods - window), slice(periods - window, periods)
    n1, x1, d1, s1, q1 = _side(tally, before)
    n2, x2, d2, s2, q2 = _side(tally, after)
    if n1 < MIN_N or n2 < MIN_N:
        return None
    if tally.test == "share":
        pooled = (x1 + x2) / (n1 + n2)
        if min(n1 * pooled, n2 * pooled, n1 * (1 - pooled), n2 * (1 - pooled)) < MIN_EXPECTED:
            return None
        se = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        a, b = x1 / n1, x2 / n2
        p = 2 * stats.norm.sf(abs(b - a) / se)
    elif tally.test == "nps":
        a, b = (x1 - d1) / n1, (x2 - d2) / n2
        v1, v2 = (x1 + d1) / n1 - a * a, (x2 + d2) / n2 - b * b
        se = np.sqrt(max(v1, 0.0) / n1 + max(v2, 0.0) / n2)
        if se <= 0:
            return None
        p = 2 * stats.norm.sf(abs(b - a) / se)
        a, b = 100 * a, 100 * b
    elif tally.test == "mean":
        a, b = s1 / n1, s2 / n2
        v1 = max(q1 - n1 * a * a, 0.0) / (n1 - 1)
        v2 = max(q2 - n2 * b * b, 0.0) / (n2 - 1)
        e1, e2 = v1 / n1, v2 / n2
        if e1 + e2 <= 0:
            return None
        df = (e1 + e2) ** 2 / (e1 * e1 / (n1 - 1) + e2 * e2 / (n2 - 1))
        p = 2 * stats.t.sf(abs(b - a) / np.sqrt(e1 + e2), df)
    else:
        return None
    if b == a:
        return None
    return float(p), float(a), float(b), Direction.UP if b > a else Direction.DOWN


def cochran_armitage(count: np.ndarray, n: np.ndarray) -> float | None:
    """One-sided p-value of the Cochran–Armitage test for a share rising over the periods
    (scored 0, 1, 2 ...), or None when there is not enough data (fewer than three periods
    with customers, fewer than 2 × MIN_N customers, or fewer than MIN_EXPECTED expected
    customers with or without)."""
    from scipy import stats

    n = np.asarray(n, dtype=np.float64)
    x = np.asarray(count, dtype=np.float64)
    seen = n > 0
    if seen.sum() < 3:
        return None
    total = n.sum()
    if total < 2 * MIN_N:
        return None
    share = x.sum() / total
    if min(total * share, total * (1 - share)) < MIN_EXPECTED:
        return None
    score = np.arange(len(n), dtype=np.float64)
    centre = (n * score).sum() / total
    statistic = (x * (score - centre)).sum()
    variance = share * (1 - share) * (n * (score - centre) ** 2).sum()
    if variance <= 0:
        return None
    return float(stats.norm.sf(statistic / np.sqrt(variance)))


def bh_q_values(p_values) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (q-values): min over j ≥ i of m·p(j)/j, ≤ 1."""
    p = np.asarray(p_values, dtype=np.float64)
    m = len(p)
    if m == 0:
        return np.zeros(0)
    order = np.argsort(p, kind="stable")
    ranked = p[order] * m / np.arange(1, m + 1)
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    q = np.empty(m)
    q[order] = np.minimum(ranked, 1.0)
    return q


def flag_series(tallies: Sequence[Tally], window: int = TREND_WINDOW, fdr: float = TREND_FDR
                ) -> tuple[list[TrendFlag], int]:
    """The flags of all series (index = position in ``tallies``) and the number of tests run.

    Every window test (and trend test of ``trend`` tallies) enters one
    Benjamini–Hochberg adjustment; flags are the tests with q ≤ ``fdr``,
    strongest first.
    """
    found: list[tuple[int, str, Direction, float | None, float | None, float]] = []
    for index, tally in enumerate(tallies):
        result = window_test(tally, window)
        if result is not None:
            p, before, after, direction = result
            found.append((index, "window", direction, before, after, p))
        if tally.trend:
            p = cochran_armitage(tally.count, tally.n)
            if p is not None:
                periods = len(tally.n)
                cut = max(periods - window, 0)
                found.append((index, "trend", Direction.UP, tally.pooled(slice(0, cut)),
                              tally.pooled(slice(cut, periods)), p))
    q = bh_q_values([f[5] for f in found])
    flags = [TrendFlag(series=i, test=test, direction=direction, before=before, after=after,
                       p_value=p, q_value=float(qv))
             for (i, test, direction, before, after, p), qv in zip(found, q, strict=True)
             if qv <= fdr]
    flags.sort(key=lambda f: (f.q_value, f.p_value, f.series))
    return flags, len(found)


# --------------------------------------------------------------------------- the inputs


@dataclass
class Groups:
    """The groups besides "all", in order: keys (persona position or stage label) and labels."""

    keys: list[str]
    labels: list[str]

    def __len__(self) -> int:
        return len(self.keys)


@dataclass
class Events:
    """Touchpoints, one per row: customer id, period index (-1: none), group index (-1:
    none), outcome code (-1: none; names in ``outcomes``), low score."""

    customer: np.ndarray
    period: np.ndarray
    group: np.ndarray
    outcome: np.ndarray
    outcomes: list[str]
    low: np.ndarray | None = None  # None: no scores at all


@dataclass
class Answers:
    """One measure column's answers (one per row; NaN = no answer) and their groups as
    (answer index, group index) pairs: an answer can count for several stages."""

    name: str
    spec: MeasureSpec
    customer: np.ndarray
    period: np.ndarray
    values: np.ndarray
    member_row: np.ndarray
    member_group: np.ndarray


@dataclass
class Voices:
    """Dated customer-voice documents as (document, customer, period, group) rows (a
    document repeats for each of its groups; group -1 rows count for "all" only) and,
    per complaint code, which rows carry it (the code or a child code)."""

    document: np.ndarray
    customer: np.ndarray
    period: np.ndarray
    group: np.ndarray
    codes: list[tuple[int, str]] = field(default_factory=list)  # (code id, path)
    carries: list[np.ndarray] = field(default_factory=list)  # per code: bool per row


# --------------------------------------------------------------------------- the series


def _points(periods: Sequence[str], values, n, count=None) -> list[TrendPoint]:
    return [TrendPoint(period, None if v is None or not np.isfinite(v) else float(v), int(k),
                       None if count is None else int(count[i]))
            for i, (period, v, k) in enumerate(zip(periods, values, n, strict=True))]


def _shares(count: np.ndarray, n: np.ndarray) -> list[float | None]:
    return [None if k <= 0 else float(c) / float(k) for c, k in zip(count, n, strict=True)]


def _with_all(counts: np.ndarray, everyone: np.ndarray) -> np.ndarray:
    """Rows: "all" first, then the groups."""
    return np.vstack([everyone[None, :], counts])


def _events_series(events: Events, groups: Groups, periods: Sequence[str], add) -> None:
    g, p = len(groups), len(periods)
    zeros = np.zeros(len(events.customer), dtype=np.int64)
    active = _with_all(distinct_counts(events.customer, events.period, events.group, g, p),
                       distinct_counts(events.customer, events.period, zeros, 1, p)[0])
    total = active[0]
    for row in range(g + 1):
        add(row, MetricKind.ACTIVE, "active", "count", _points(periods, active[row], total,
                                                               active[row]),
            Tally("" if row == 0 else "share", total.copy(), active[row].copy()))
    in_range = (events.period >= 0) & (events.outcome >= 0)
    frequency = np.bincount(events.outcome[in_range], minlength=len(events.outcomes))
    common = [int(c) for c in np.argsort(-frequency, kind="stable")[:OUTCOMES] if frequency[c]]
    for code in common:
        mask = events.outcome == code
        hit = _with_all(distinct_counts(events.customer, events.period, events.group, g, p, mask),
                        distinct_counts(events.customer, events.period, zeros, 1, p, mask)[0])
        for row in range(g + 1):
            add(row, MetricKind.OUTCOME, events.outcomes[code], "share",
                _points(periods, _shares(hit[row], active[row]), active[row], hit[row]),
                Tally("share", active[row].copy(), hit[row].copy()))
    if events.low is not None:
        hit = _with_all(
            distinct_counts(events.customer, events.period, events.group, g, p, events.low),
            distinct_counts(events.customer, events.period, zeros, 1, p, events.low)[0])
        for row in range(g + 1):
            add(row, MetricKind.FRICTION, "friction", "share",
                _points(periods, _shares(hit[row], active[row]), active[row], hit[row]),
                Tally("share", active[row].copy(), hit[row].copy()))


def _measure_tallies(answers: Answers, n_groups: int, n_periods: int) -> list[Tally]:
    """Tallies of "all" and each group."""
    from workbench.analysis.voc import HIGH, LOW, band_codes

    spec = answers.spec
    values = np.asarray(answers.values, dtype=np.float64)
    answered = ~np.isnan(values) & (answers.period >= 0)
    rows = np.flatnonzero(answered)
    cells = [(rows, np.zeros(len(rows), dtype=np.int64))]
    pair = answered[answers.member_row] & (answers.member_group >= 0)
    cells.append((answers.member_row[pair], answers.member_group[pair] + 1))
    index = np.concatenate([c[0] for c in cells])
    row_of = np.concatenate([c[1] for c in cells])
    size = (n_groups + 1) * n_periods
    cell = row_of * n_periods + answers.period[index]
    x = values[index]

    def tally(weights=None) -> np.ndarray:
        return np.bincount(cell, weights=weights, minlength=size).reshape(n_groups + 1, n_periods)

    n = tally().astype(np.int64)
    if spec.kind in (MeasureKind.NPS, MeasureKind.CSAT):
        bands = band_codes(spec, x) if len(x) else np.zeros(0, dtype=np.int8)
        high = tally((bands == HIGH).astype(np.float64)).round().astype(np.int64)
        if spec.kind is MeasureKind.NPS:
            low = tally((bands == LOW).astype(np.float64)).round().astype(np.int64)
            return [Tally("nps", n[r], high[r], detractors=low[r]) for r in range(n_groups + 1)]
        return [Tally("share", n[r], high[r]) for r in range(n_groups + 1)]
    total, squares = tally(x), tally(x * x)
    return [Tally("mean", n[r], total=total[r], squares=squares[r]) for r in range(n_groups + 1)]


def _trimmed(tally: Tally, low: int, high: int) -> Tally:
    def cut(a):
        return None if a is None else a[low:high]
    return Tally(tally.test, cut(tally.n), cut(tally.count), cut(tally.detractors),
                 cut(tally.total), cut(tally.squares), tally.trend)


def _unit(spec: MeasureSpec) -> str:
    return {MeasureKind.NPS: "nps", MeasureKind.CSAT: "share"}.get(spec.kind, "mean")


def trend_series(events: Events | None, answers: Sequence[Answers], voices: Voices | None,
                 groups: Groups, periods: Sequence[str], *, window: int = TREND_WINDOW,
                 fdr: float = TREND_FDR, tested: tuple[int, int] | None = None
                 ) -> tuple[list[TrendSeries], list[TrendFlag], int]:
    """Every series of "all" and each group (see the module docstring), their flags, and
    the number of tests run.

    Series order: per group ("all" first): active, outcomes, measures, friction,
    complaints. A measure or complaint series with no data at all in a group is
    left out. Flags of complaint series rising across at least
    ``RECURRING_CUSTOMERS`` distinct customers in the window are ``recurring``
    (passages are the caller's to add). ``tested``: the (first, end) period indexes
    the tests use (default all), e.g. to leave out a period the data cover only in part;
    the window is the last ``window`` of them.
    """
    g, p = len(groups), len(periods)
    low, high = tested if tested is not None else (0, p)
    rows: list[list[tuple]] = [[] for _ in range(g + 1)]

    def add(row, kind, metric, unit, points, tally, code_id=None, extra=None):
        rows[row].append((kind, metric, unit, points, tally, code_id, extra))

    if events is not None:
        _events_series(events, groups, periods, add)
    for measure in answers:
        tallies = _measure_tallies(measure, g, p)
        for row, tally in enumerate(tallies):
            if not tally.n.sum():
                continue
            values = [tally.value(float(tally.n[i]),
                                  0.0 if tally.count is None else float(tally.count[i]),
                                  0.0 if tally.detractors is None else float(tally.detractors[i]),
                                  0.0 if tally.total is None else float(tally.total[i]))
                      for i in range(p)]
            count = tally.count if tally.test == "share" else None
            add(row, MetricKind.MEASURE, measure.name, _unit(measure.spec),
                _points(periods, values, tally.n, count), tally)
    if voices is not None and voices.codes:
        zeros = np.zeros(len(voices.customer), dtype=np.int64)
        heard = _with_all(distinct_counts(voices.customer, voices.period, voices.group, g, p),
                          distinct_counts(voices.customer, voices.period, zeros, 1, p)[0])
        in_window = (voices.period >= max(high - window, low)) & (voices.period < high)
        for (code_id, path), mask in zip(voices.codes, voices.carries, strict=True):
            hit = _with_all(
                distinct_counts(voices.customer, voices.period, voices.group, g, p, mask),
                distinct_counts(voices.customer, voices.period, zeros, 1, p, mask)[0])
            for row in range(g + 1):
                if not heard[row].sum():
                    continue
                chosen = mask & in_window & (voices.period >= 0)
                if row:
                    chosen &= voices.group == row - 1
                customers = int(len(pd.unique(voices.customer[chosen])))
                add(row, MetricKind.COMPLAINT, path, "share",
                    _points(periods, _shares(hit[row], heard[row]), heard[row], hit[row]),
                    Tally("share", heard[row].copy(), hit[row].copy(), trend=True),
                    code_id, customers)
    series: list[TrendSeries] = []
    tallies: list[Tally] = []
    window_customers: list[int | None] = []
    for row, found in enumerate(rows):
        key = "all" if row == 0 else groups.keys[row - 1]
        label = "" if row == 0 else groups.labels[row - 1]
        for kind, metric, unit, points, tally, code_id, extra in found:
            series.append(TrendSeries(group=label, group_key=key, kind=kind, metric=metric,
                                      unit=unit, points=points, code_id=code_id))
            tallies.append(tally)
            window_customers.append(extra)
    flags, tests = flag_series([_trimmed(t, low, high) for t in tallies], window, fdr)
    for flag in flags:
        if (series[flag.series].kind is MetricKind.COMPLAINT and flag.direction is Direction.UP
                and (window_customers[flag.series] or 0) >= RECURRING_CUSTOMERS):
            flag.recurring = True
    return series, flags, tests
