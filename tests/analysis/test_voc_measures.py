"""NPS, CSAT, CES and rating results: arithmetic, intervals, missing answers, groups."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from workbench.analysis.voc import band_codes, grouped_results, measure_result
from workbench.domain.voc import Band, MeasureKind, MeasureSpec

NPS = MeasureSpec.default("nps")
CSAT5 = MeasureSpec.default("csat")
CSAT7 = MeasureSpec.parse("csat:1-7")
CES = MeasureSpec.default("ces")
RATING = MeasureSpec.default("rating")


def rocks_interval(promoters: int, passives: int, detractors: int) -> tuple[float, float]:
    """Adjusted-Wald NPS interval written out longhand (Rocks 2016), in points."""
    n_adj = promoters + passives + detractors + 3
    p = (promoters + 0.75) / n_adj
    d = (detractors + 0.75) / n_adj
    half = 1.959963984540054 * math.sqrt((p + d - (p - d) ** 2) / n_adj)
    return max(-100.0, 100 * (p - d - half)), min(100.0, 100 * (p - d + half))


def test_nps_of_five_promoters_three_passives_two_detractors_is_30():
    result = measure_result(NPS, [10, 9, 9, 10, 9, 8, 7, 7, 3, 6])
    assert result.kind is MeasureKind.NPS
    assert result.n == 10
    assert result.value == pytest.approx(30.0)
    assert (result.promoters, result.passives, result.detractors) == pytest.approx((0.5, 0.3, 0.2))
    assert (result.low, result.high) == pytest.approx(rocks_interval(5, 3, 2))
    assert result.low < 30 < result.high


def test_all_promoters_get_100_with_an_honest_interval_below_100():
    result = measure_result(NPS, [9, 10, 10, 9, 10, 9, 10, 10])
    assert result.value == 100.0
    assert result.detractors == 0.0
    assert result.high == 100.0
    assert 0 < result.low < 100  # a plain Wald interval would collapse to [100, 100]
    assert result.low == pytest.approx(rocks_interval(8, 0, 0)[0])


def test_all_detractors_get_minus_100_clipped_interval():
    result = measure_result(NPS, [0, 3, 6, 5, 1])
    assert result.value == -100.0
    assert result.low == -100.0
    assert -100 < result.high < 0


def test_interval_narrows_as_answers_grow():
    small = measure_result(NPS, [10] * 5 + [8] * 3 + [3] * 2)
    large = measure_result(NPS, [10] * 500 + [8] * 300 + [3] * 200)
    assert large.value == small.value
    assert (large.high - large.low) < (small.high - small.low) / 5


def test_one_answer_gives_a_value_and_no_interval():
    result = measure_result(NPS, [10])
    assert result.n == 1 and result.value == 100.0
    assert result.low is None and result.high is None
    for spec in (CSAT5, CES, RATING):
        one = measure_result(spec, [4])
        assert one.n == 1 and one.value is not None and one.low is None and one.high is None


@pytest.mark.parametrize("spec", [NPS, CSAT5, CES, RATING])
def test_no_answers_give_no_value(spec):
    for values in ([], [None, None], [float("nan")], np.array([np.nan, np.nan])):
        result = measure_result(spec, values)
        assert result.n == 0
        assert result.value is None and result.low is None and result.high is None
        assert result.small


def test_missing_answers_are_ignored_whether_none_nan_or_pandas_na():
    clean = measure_result(NPS, [10, 9, 7, 2])
    for values in ([10, None, 9, 7, float("nan"), 2],
                   np.array([10, np.nan, 9, 7, 2, np.nan]),
                   pd.Series([10, None, 9, 7, 2], dtype="Int64")):
        assert measure_result(NPS, values) == clean


def test_off_scale_answers_are_counted_by_the_band_rule_without_crashing():
    result = measure_result(NPS, [11, -1, 8])
    assert result.n == 3
    assert result.promoters == pytest.approx(1 / 3) and result.detractors == pytest.approx(1 / 3)
    assert measure_result(CSAT5, [6, 0]).n == 2


def test_csat_on_five_points_counts_top_two_boxes_with_a_wilson_interval():
    values = [5, 5, 4, 4, 4, 3, 3, 2, 1, 5, 4, 2]  # 7 satisfied of 12; low band: 2, 2, 1
    result = measure_result(CSAT5, values)
    assert result.value == pytest.approx(100 * 7 / 12)
    assert result.promoters == pytest.approx(7 / 12)
    assert result.detractors == pytest.approx(3 / 12)
    assert result.passives == pytest.approx(2 / 12)
    ci = stats.binomtest(7, 12).proportion_ci(confidence_level=0.95, method="wilson")
    assert (result.low, result.high) == pytest.approx((100 * ci.low, 100 * ci.high))


def test_csat_on_seven_points_counts_six_and_seven_as_satisfied():
    values = [7, 6, 6, 5, 4, 1, 7, 3]
    result = measure_result(CSAT7, values)
    assert result.value == pytest.approx(100 * 4 / 8)
    assert result.passives == pytest.approx(1 / 8)  # only the 5 is just below satisfied
    assert result.detractors == pytest.approx(3 / 8)


def test_ces_mean_interval_matches_scipy_t():
    rng = np.random.default_rng(3)
    values = rng.integers(1, 8, size=37).astype(float)
    result = measure_result(CES, values)
    low, high = stats.t.interval(0.95, len(values) - 1, loc=values.mean(), scale=stats.sem(values))
    assert result.value == pytest.approx(values.mean())
    assert (result.low, result.high) == pytest.approx((low, high))


def test_rating_band_shares_follow_the_scale_thirds():
    result = measure_result(RATING, [1, 2, 3, 4, 5, 5])
    assert (result.detractors, result.passives, result.promoters) == pytest.approx((2 / 6, 1 / 6, 3 / 6))


@pytest.mark.parametrize("spec", [NPS, CSAT5, CSAT7, CES, RATING, MeasureSpec.parse("rating:0-10"),
                                  MeasureSpec.parse("ces:1-5"), MeasureSpec.parse("csat:0-10")])
def test_vectorised_bands_agree_with_the_domain_rule(spec):
    values = np.arange(spec.low - 1, spec.high + 1.01, 0.5)
    code = {Band.LOW: 0, Band.MIDDLE: 1, Band.HIGH: 2}
    assert band_codes(spec, values).tolist() == [code[spec.band(v)] for v in values]


@pytest.mark.parametrize("spec", [NPS, CSAT5, CES])
def test_grouped_results_equal_measure_result_per_group(spec):
    rng = np.random.default_rng(7)
    n = 3000
    values = rng.integers(spec.low, spec.high + 1, size=n).astype(float)
    values[rng.random(n) < 0.1] = np.nan
    groups = rng.choice(np.array(["north", "south", "east", "islands", None], dtype=object), size=n)
    groups[:2] = "lonely"  # a group with a single answer
    values[0] = np.nan
    results = grouped_results(spec, values, groups)
    assert set(results) == {"north", "south", "east", "islands", "lonely"}
    for group, result in results.items():
        mask = np.array([g == group for g in groups])
        assert result == measure_result(spec, values[mask])
    assert results["lonely"].n == 1 and results["lonely"].low is None


def test_grouped_results_skip_nan_groups_and_keep_groups_without_answers():
    values = [10, 9, np.nan, 3, 8]
    groups = pd.Series([1.0, 1.0, 2.0, np.nan, 3.0])
    results = grouped_results(NPS, values, groups)
    assert set(results) == {1.0, 2.0, 3.0}
    assert results[1.0].value == 100.0
    assert results[2.0].n == 0 and results[2.0].value is None


def test_grouped_results_reject_mismatched_lengths():
    with pytest.raises(ValueError):
        grouped_results(NPS, [1, 2, 3], ["a", "b"])
