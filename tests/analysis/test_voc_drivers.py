"""Key drivers: lift of codes among low vs high scorers, Katz interval, false discoveries."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.sparse as sp

from workbench.analysis.drivers import benjamini_hochberg, katz_interval, rank_drivers
from workbench.domain.voc import Band, DriverKind


def planted(seed: int = 0, n_low: int = 400, n_high: int = 600, n_middle: int = 200):
    """Respondents where code 0 is in 40% of detractors and 10% of promoters; the rest are noise."""
    rng = np.random.default_rng(seed)
    bands = np.array([Band.LOW] * n_low + [Band.HIGH] * n_high + [Band.MIDDLE] * n_middle, dtype=object)
    n = len(bands)
    features = rng.random((n, 6)) < 0.15  # codes 1..5: equally common in both bands
    features[:, 0] = np.where(bands == Band.LOW, rng.random(n) < 0.40, rng.random(n) < 0.10)
    labels = [(DriverKind.CODE, "Delivery late", "7")] + [
        (DriverKind.THEME if j % 2 else DriverKind.CODE, f"noise {j}", None if j % 2 else str(j))
        for j in range(1, 6)]
    return bands, features, labels


def test_planted_code_ranks_first_with_lift_near_four_and_significant():
    bands, features, labels = planted()
    drivers = rank_drivers(bands, sp.csr_matrix(features), labels)
    top = drivers[0]
    assert top.label == "Delivery late" and top.key == "7" and top.kind is DriverKind.CODE
    assert top.significant
    assert 3.0 < top.lift < 5.5
    assert top.lift_low > 1 and top.lift_low < top.lift < top.lift_high
    assert top.low_n == 400 and top.high_n == 600
    assert top.low_with == int(features[:400, 0].sum())
    assert top.high_with == int(features[400:1000, 0].sum())
    assert top.examples == []


def test_equally_common_codes_are_not_significant():
    bands, features, labels = planted(seed=1)
    drivers = rank_drivers(bands, sp.csr_matrix(features), labels)
    noise = [d for d in drivers if d.label.startswith("noise")]
    assert len(noise) == 5
    assert not any(d.significant for d in noise)
    for d in noise:
        assert d.lift_low < 1 < d.lift_high


def test_lift_and_interval_follow_katz_by_hand():
    bands, features, labels = planted(seed=2)
    top = rank_drivers(bands, features, labels)[0]
    a, c = top.low_with, top.high_with
    se = math.sqrt(1 / a - 1 / 400 + 1 / c - 1 / 600)
    lift = (a / 400) / (c / 600)
    assert top.lift == pytest.approx(lift)
    assert top.lift_low == pytest.approx(lift * math.exp(-1.959963984540054 * se))
    assert top.lift_high == pytest.approx(lift * math.exp(1.959963984540054 * se))


def test_dense_sparse_and_string_bands_give_the_same_drivers():
    bands, features, labels = planted(seed=3)
    as_text = np.array([b.value for b in bands], dtype=object)
    as_text[-5:] = None
    bands = bands.copy()
    bands[-5:] = None
    assert rank_drivers(bands, features, labels) == rank_drivers(as_text, sp.csr_matrix(features), labels)


def test_zero_cell_gets_half_added_and_a_finite_lift():
    bands = np.array(["low"] * 20 + ["high"] * 20, dtype=object)
    features = np.zeros((40, 1), dtype=bool)
    features[:8, 0] = True  # only detractors have it
    driver = rank_drivers(bands, features, [(DriverKind.CODE, "Broken on arrival", "3")])[0]
    assert driver.high_with == 0
    assert math.isfinite(driver.lift) and math.isfinite(driver.lift_high)
    assert (driver.lift, driver.lift_low, driver.lift_high) == pytest.approx(katz_interval(8, 20, 0, 20))
    assert driver.lift == pytest.approx((8.5 / 21) / (0.5 / 21))


def test_rare_features_are_skipped_and_limit_applies():
    bands, features, labels = planted(seed=4)
    features = features.copy()
    features[:, 5] = False
    features[:3, 5] = True  # 3 respondents: below min_count
    drivers = rank_drivers(bands, features, labels, min_count=5)
    assert "noise 5" not in {d.label for d in drivers}
    assert len(rank_drivers(bands, features, labels, limit=2)) == 2


def test_order_is_significant_first_then_lift_then_low_count():
    bands, features, labels = planted(seed=5)
    drivers = rank_drivers(bands, features, labels)
    keys = [(not d.significant, -d.lift, -d.low_with) for d in drivers]
    assert keys == sorted(keys)


def test_without_low_or_high_scorers_there_are_no_drivers():
    features = np.ones((4, 2), dtype=bool)
    labels = [(DriverKind.CODE, "a", "1"), (DriverKind.CODE, "b", "2")]
    assert rank_drivers(["high"] * 4, features, labels) == []
    assert rank_drivers(["low", "middle", None, "low"], features, labels) == []


def test_mismatched_labels_are_rejected():
    with pytest.raises(ValueError):
        rank_drivers(["low", "high"], np.ones((2, 2), dtype=bool), [(DriverKind.CODE, "a", "1")])


def test_no_planted_effect_keeps_false_discoveries_near_five_percent():
    significant = tested = 0
    for seed in range(60):
        rng = np.random.default_rng(1000 + seed)
        n = 600
        bands = rng.choice(np.array(["low", "middle", "high"], dtype=object), size=n, p=[0.3, 0.2, 0.5])
        features = sp.csr_matrix(rng.random((n, 20)) < rng.uniform(0.02, 0.3, size=20))
        labels = [(DriverKind.CODE, f"code {j}", str(j)) for j in range(20)]
        drivers = rank_drivers(bands, features, labels)
        tested += len(drivers)
        significant += sum(d.significant for d in drivers)
    assert tested > 1000
    # Each interval alone excludes 1 about 5% of the time here; Benjamini-Hochberg across
    # the 20 codes keeps the false discoveries far below that.
    assert significant / tested <= 0.02


def test_benjamini_hochberg_step_up():
    p = np.array([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216])
    # m = 10, q = 0.05: thresholds 0.005, 0.01, 0.015, ... ; the largest k with p(k) <= k q / m is 2.
    assert benjamini_hochberg(p).tolist() == [True, True] + [False] * 8
    assert benjamini_hochberg(np.array([])).tolist() == []
    assert benjamini_hochberg(np.array([0.04, 0.01])).tolist() == [True, True]


def test_a_feature_every_detractor_and_no_promoter_has_is_significant_among_many():
    """An empty cell must not cost the test its power (the 0.5 correction widens the Wald error)."""
    rng = np.random.default_rng(3)
    bands = np.array(["low"] * 22 + ["high"] * 22)
    noise = rng.random((44, 16)) < 0.3
    features = np.column_stack([np.r_[np.ones(22, bool), np.zeros(22, bool)], noise])
    labels = [(DriverKind.ATTRIBUTE, "Store = Lingotto", "Store")] + [
        (DriverKind.CODE, f"code {i}", str(i)) for i in range(16)]
    first = rank_drivers(bands, features, labels)[0]
    assert first.label == "Store = Lingotto" and first.significant
    assert (first.low_with, first.high_with) == (22, 0)
