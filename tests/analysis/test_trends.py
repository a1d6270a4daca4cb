"""Trend series and their tests: periods, distinct counts, the tests, BH, false flags."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from workbench.analysis import trends as T
from workbench.domain.living import Direction, MetricKind, Period
from workbench.domain.voc import MeasureSpec

GROUPS = T.Groups(["0", "1", "2", "3"], ["A", "B", "C", "D"])
PERIODS = [f"2024-{m:02d}" for m in range(1, 13)]


def synthetic(seed: int, *, shift: bool = False, customers: int = 600):
    """Four personas over 12 months; nothing changes unless ``shift`` (persona 0's
    complaint outcome and its "Late" code rise in the last three months)."""
    rng = np.random.default_rng(seed)
    p = len(PERIODS)
    persona = rng.integers(0, 4, customers)
    customer, period = np.nonzero(rng.random((customers, p)) < 0.5)
    repeats = rng.integers(1, 4, len(customer))
    customer, period = np.repeat(customer, repeats), np.repeat(period, repeats)
    n = len(customer)
    outcome = rng.choice(4, size=n, p=[0.7, 0.15, 0.1, 0.05])
    low, _scale = T.low_scores(rng.integers(1, 6, n).astype(float))
    rows = rng.integers(0, customers, 1500)
    row_period = rng.integers(0, p, 1500)
    late = rng.random(1500) < 0.1
    if shift:
        moved = (persona[customer] == 0) & (period >= p - 3)
        outcome = np.where(moved & (rng.random(n) < 0.15), 2, outcome)
        late |= (persona[rows] == 0) & (row_period >= p - 3) & (rng.random(1500) < 0.3)
    events = T.Events(customer, period, persona[customer], outcome,
                      ["ok", "late", "complaint", "lost"], low)
    asked = rng.integers(0, customers, 800)
    asked_period = rng.integers(0, p, 800)
    nps = T.Answers("NPS", MeasureSpec.parse("nps"), asked, asked_period,
                    rng.integers(0, 11, 800).astype(float), np.arange(800), persona[asked])
    stars = T.Answers("Stars", MeasureSpec.parse("rating:1-5"), asked, asked_period,
                      rng.integers(1, 6, 800).astype(float), np.arange(800), persona[asked])
    voices = T.Voices(np.arange(1500), rows, row_period, persona[rows],
                      [(1, "Complaints › Late"), (2, "Complaints › Rude")],
                      [late, rng.random(1500) < 0.2])
    return T.trend_series(events, [nps, stars], voices, GROUPS, PERIODS)


def test_stationary_data_is_rarely_flagged_over_many_seeds():
    runs = 200
    flagged = sum(bool(synthetic(seed)[1]) for seed in range(runs))
    tests = synthetic(0)[2]
    assert tests > 40  # many tests per run: without the adjustment most runs would flag
    assert flagged / runs <= 0.1


def test_a_planted_rise_is_flagged_on_its_series_only():
    series, flags, _tests = synthetic(3, shift=True)
    named = {(series[f.series].group_key, series[f.series].kind, series[f.series].metric,
              f.direction) for f in flags}
    assert ("0", MetricKind.OUTCOME, "complaint", Direction.UP) in named
    assert ("0", MetricKind.COMPLAINT, "Complaints › Late", Direction.UP) in named
    assert all(key in ("0", "all") for key, *_ in named)
    late = next(f for f in flags if series[f.series].metric == "Complaints › Late"
                and series[f.series].group_key == "0")
    assert late.recurring and series[late.series].code_id == 1


def test_series_carry_n_and_count_for_every_period():
    series, _flags, _tests = synthetic(1)
    for s in series:
        assert [p.period for p in s.points] == PERIODS
        for p in s.points:
            assert p.n >= 0
            if s.unit == "share":
                assert p.value is None if p.n == 0 else 0 <= p.value <= 1
    active = [s for s in series if s.kind is MetricKind.ACTIVE]
    assert [s.group_key for s in active] == ["all", "0", "1", "2", "3"]
    for i in range(len(PERIODS)):
        assert sum(s.points[i].count for s in active[1:]) == active[0].points[i].n


def test_distinct_counts_count_each_customer_once_per_group_and_period():
    customer = np.array([1, 1, 2, 3, 3, 3, 4])
    period = np.array([0, 0, 0, 1, 1, -1, 1])
    group = np.array([0, 0, 1, 1, 1, 1, -1])
    counts = T.distinct_counts(customer, period, group, 2, 2)
    assert counts.tolist() == [[1, 0], [1, 1]]
    masked = T.distinct_counts(customer, period, group, 2, 2, mask=customer != 1)
    assert masked.tolist() == [[0, 0], [1, 1]]


def test_days_and_periods_months_and_iso_weeks():
    days = T.parse_days(["2024-03-05", "2024-03-05T10:00:00", "31/01/2024", None, "",
                         "not a date", "2021-01-03", "2024-12-30"])
    assert str(days[0]) == "2024-03-05" and str(days[1]) == "2024-03-05"
    assert str(days[2]) == "2024-01-31"
    assert np.isnat(days[3]) and np.isnat(days[4]) and np.isnat(days[5])
    months = T.period_ordinals(days, Period.MONTH)
    assert T.period_label(months[0], Period.MONTH) == "2024-03" and months[3] == -1
    weeks = T.period_ordinals(days, Period.WEEK)
    assert T.period_label(weeks[0], Period.WEEK) == "2024-W10"
    assert T.period_label(weeks[6], Period.WEEK) == "2020-W53"  # a Sunday in the old year's week
    assert T.period_label(weeks[7], Period.WEEK) == "2025-W01"
    assert T.period_labels(weeks[6], weeks[6] + 2, Period.WEEK) == ["2020-W53", "2021-W01",
                                                                     "2021-W02"]
    first, last = T.period_days(months[0], Period.MONTH)
    assert (str(first), str(last)) == ("2024-03-01", "2024-03-31")
    assert T.covered_part(months[0], Period.MONTH, np.datetime64("2024-01-01"),
                          np.datetime64("2024-03-10")) == pytest.approx(10 / 31)


def test_window_tests_match_their_textbook_formulas():
    rng = np.random.default_rng(2)
    before = [rng.normal(3.0, 1.0, 40) for _ in range(4)]
    after = [rng.normal(3.6, 1.5, 40) for _ in range(3)]
    groups = before + after
    tally = T.Tally("mean", np.array([len(g) for g in groups]),
                    total=np.array([g.sum() for g in groups]),
                    squares=np.array([(g * g).sum() for g in groups]))
    p, a, b, direction = T.window_test(tally, 3)
    welch = stats.ttest_ind(np.concatenate(after), np.concatenate(before), equal_var=False)
    assert p == pytest.approx(welch.pvalue, rel=1e-6)
    assert (a, b) == pytest.approx((np.concatenate(before).mean(), np.concatenate(after).mean()))
    assert direction is Direction.UP

    n, x = np.array([100] * 6), np.array([10, 12, 9, 11, 20, 22])
    p, a, b, direction = T.window_test(T.Tally("share", n, x), 3)
    x1, n1, x2, n2 = 31, 300, 53, 300
    pooled = (x1 + x2) / (n1 + n2)
    z = (x2 / n2 - x1 / n1) / np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    assert p == pytest.approx(2 * stats.norm.sf(abs(z)))
    assert direction is Direction.UP and a == pytest.approx(x1 / n1)

    scores = [rng.integers(0, 11, 60) for _ in range(6)]
    bands = [np.where(s >= 9, 1, np.where(s <= 6, -1, 0)) for s in scores]
    tally = T.Tally("nps", np.array([60] * 6), np.array([(b == 1).sum() for b in bands]),
                    detractors=np.array([(b == -1).sum() for b in bands]))
    p, a, b, _direction = T.window_test(tally, 3)
    first, last = np.concatenate(bands[:3]), np.concatenate(bands[3:])
    z = (last.mean() - first.mean()) / np.sqrt(first.var() / len(first) + last.var() / len(last))
    assert p == pytest.approx(2 * stats.norm.sf(abs(z)))
    assert (a, b) == pytest.approx((100 * first.mean(), 100 * last.mean()))


def test_tests_need_enough_data():
    small = T.Tally("share", np.array([9] * 6), np.array([1, 1, 2, 5, 6, 7]))
    assert T.window_test(small, 3) is None  # fewer than MIN_N behind each side
    short = T.Tally("share", np.array([100] * 4), np.array([10, 10, 30, 30]))
    assert T.window_test(short, 3) is None  # one period before the window
    assert T.window_test(T.Tally("", np.array([100] * 6)), 3) is None
    assert T.cochran_armitage(np.array([0, 1]), np.array([50, 50])) is None


def test_cochran_armitage_is_one_sided_for_a_rise():
    n = np.array([100] * 8)
    rising = T.cochran_armitage(np.array([5, 6, 8, 9, 12, 14, 16, 19]), n)
    falling = T.cochran_armitage(np.array([19, 16, 14, 12, 9, 8, 6, 5]), n)
    assert rising < 0.001 and falling > 0.999
    assert rising + falling == pytest.approx(1.0)


def test_benjamini_hochberg_q_values_by_hand():
    q = T.bh_q_values([0.01, 0.04, 0.03, 0.20])
    # sorted: 0.01·4/1 = 0.04, 0.03·4/2 = 0.06, 0.04·4/3 = 0.0533 → 0.0533 (monotone), 0.20
    assert q.tolist() == pytest.approx([0.04, 4 * 0.04 / 3, 4 * 0.04 / 3, 0.20])
    assert T.bh_q_values([]).tolist() == []


def test_friction_is_the_negative_third_of_the_scale():
    low, scale = T.low_scores(np.array([1, 2, 3, 4, 5, np.nan]))
    assert scale == (1.0, 5.0) and low.tolist() == [True, True, False, False, False, False]
    low, scale = T.low_scores(np.array([0, 3, 4, 10]))
    assert scale == (0.0, 10.0) and low.tolist() == [True, True, False, False]
    low, scale = T.low_scores(np.array([np.nan]))
    assert scale is None and not low.any()
