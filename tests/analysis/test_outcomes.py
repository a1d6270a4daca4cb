"""Outcomes per persona: rates and means against everyone else, checked by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from workbench.analysis.outcomes import measure_outcome, outcome_effects
from workbench.domain.personas import OUTCOME_MEAN, OUTCOME_RATE

Z = 1.959963984540054  # the 97.5% point of the standard normal


def _wilson(events: int, n: int) -> tuple[float, float]:
    p = events / n
    middle = p + Z * Z / (2 * n)
    spread = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return (middle - spread) / (1 + Z * Z / n), (middle + spread) / (1 + Z * Z / n)


def _t_quantile(dof: float, level: float = 0.975) -> float:
    """The t distribution's quantile, from its density integrated numerically."""
    scale = math.gamma((dof + 1) / 2) / (math.sqrt(dof * math.pi) * math.gamma(dof / 2))

    def cdf(q: float) -> float:
        x = np.linspace(0.0, q, 20001)
        y = scale * (1 + x * x / dof) ** (-(dof + 1) / 2)
        return 0.5 + float(np.sum((y[1:] + y[:-1]) / 2 * np.diff(x)))

    low, high = 0.0, 50.0
    for _ in range(60):
        mid = (low + high) / 2
        low, high = (mid, high) if cdf(mid) < level else (low, mid)
    return (low + high) / 2


def _planted_churn():
    """Persona 0: 40 of 100 churned; persona 1: 15 of 150; no persona: 15 of 150."""
    group = np.repeat([0, 1, 2], [100, 150, 150])
    churned = np.zeros(400, dtype=bool)
    churned[:40] = True
    churned[100:115] = True
    churned[250:265] = True
    order = np.random.default_rng(0).permutation(400)  # rows in any order
    df = pd.DataFrame({"Churn": np.where(churned, "Yes", "No").astype(object)[order]})
    return df, group[order]


def test_planted_churn_rate_with_wilson_interval_and_risk_ratio():
    df, group = _planted_churn()
    effects = outcome_effects(df, ["Churn"], group, k=2)
    churn = effects[0][0]
    assert churn.kind == OUTCOME_RATE and churn.event == "Yes"
    assert churn.persona_value == pytest.approx(0.40)
    assert (churn.n, churn.rest_n) == (100, 300)  # everyone else includes the unassigned
    assert churn.rest_value == pytest.approx(30 / 300)
    assert (churn.persona_low, churn.persona_high) == pytest.approx(_wilson(40, 100))
    assert (churn.rest_low, churn.rest_high) == pytest.approx(_wilson(30, 300))
    assert churn.ratio == pytest.approx(4.0)
    se = math.sqrt(1 / 40 - 1 / 100 + 1 / 30 - 1 / 300)
    assert churn.ratio_low == pytest.approx(4.0 * math.exp(-Z * se))
    assert churn.ratio_high == pytest.approx(4.0 * math.exp(Z * se))
    expected_h = 2 * math.asin(math.sqrt(0.4)) - 2 * math.asin(math.sqrt(0.1))
    assert churn.effect == pytest.approx(expected_h)
    assert churn.significant


def test_a_persona_at_the_common_rate_is_not_significant():
    df, group = _planted_churn()
    churn = outcome_effects(df, ["Churn"], group, k=2)[1][0]
    # Persona 1: 15 of 150 = 10%; everyone else: 55 of 250 = 22%, so lower...
    assert churn.persona_value == pytest.approx(0.10)
    assert churn.rest_value == pytest.approx(55 / 250)
    assert churn.significant and churn.ratio < 1
    # ...while a persona exactly at everyone else's rate shows no difference.
    same = pd.DataFrame({"Churn": ["Yes"] * 10 + ["No"] * 90 + ["Yes"] * 30 + ["No"] * 270})
    flat = outcome_effects(same, ["Churn"], np.repeat([0, 1], [100, 300]), k=1)[0][0]
    assert flat.ratio == pytest.approx(1.0) and flat.effect == pytest.approx(0.0)
    assert not flat.significant


def test_a_persona_without_any_event_has_a_ratio_of_zero_without_interval():
    df = pd.DataFrame({"Complain": [0] * 50 + [1] * 5 + [0] * 45})
    complain = outcome_effects(df, ["Complain"], np.repeat([0, 1], [50, 50]), k=1)[0][0]
    assert complain.event == "1" and complain.persona_value == 0.0
    assert complain.ratio == 0.0 and complain.ratio_low is None
    assert complain.persona_low == pytest.approx(0.0)
    assert complain.persona_high == pytest.approx(_wilson(0, 50)[1])


def test_numeric_outcomes_are_means_with_t_intervals_ratio_and_cohens_d():
    rng = np.random.default_rng(4)
    inside = rng.integers(1, 6, 10).astype(float)
    outside = rng.integers(1, 4, 30).astype(float)
    df = pd.DataFrame({"satisfaction": np.concatenate([inside, outside])})
    group = np.repeat([0, 1], [10, 30])
    sat = outcome_effects(df, ["satisfaction"], group, k=1)[0][0]
    assert sat.kind == OUTCOME_MEAN and sat.event is None
    assert sat.persona_value == pytest.approx(inside.mean())
    assert sat.rest_value == pytest.approx(outside.mean())
    half = _t_quantile(9) * inside.std(ddof=1) / math.sqrt(10)
    assert sat.persona_low == pytest.approx(inside.mean() - half, rel=1e-4)
    assert sat.persona_high == pytest.approx(inside.mean() + half, rel=1e-4)
    rest_half = _t_quantile(29) * outside.std(ddof=1) / math.sqrt(30)
    assert sat.rest_high == pytest.approx(outside.mean() + rest_half, rel=1e-4)
    pooled = math.sqrt((9 * inside.var(ddof=1) + 29 * outside.var(ddof=1)) / 38)
    assert sat.effect == pytest.approx((inside.mean() - outside.mean()) / pooled)
    assert sat.ratio == pytest.approx(inside.mean() / outside.mean())
    assert sat.ratio_low < sat.ratio < sat.ratio_high
    v1, v0 = inside.var(ddof=1) / 10, outside.var(ddof=1) / 30
    welch = (v1 + v0) ** 2 / (v1 ** 2 / 9 + v0 ** 2 / 29)
    beyond = abs(inside.mean() - outside.mean()) > _t_quantile(welch) * math.sqrt(v1 + v0)
    assert sat.significant == beyond


def test_blanks_are_left_out_of_both_sides():
    df = pd.DataFrame({"Response": pd.Series([1, None, 0, 1, None, 0, 0, np.nan],
                                             dtype=object)})
    response = outcome_effects(df, ["Response"], np.array([0, 0, 0, 0, 1, 1, 1, 1]), k=1)[0][0]
    assert (response.n, response.rest_n) == (3, 2)
    assert response.persona_value == pytest.approx(2 / 3)
    assert response.rest_value == 0.0 and response.ratio is None


@pytest.mark.parametrize(("values", "event"), [
    (["No", "Yes", "Yes", "Yes"], "Yes"),  # the event even when most have it
    (["sì", "no", "no"], "sì"),
    (["Existing Customer", "Attrited Customer", "Existing Customer"], "Attrited Customer"),
    (["Not churned", "Churned", "Churned"], "Churned"),
    ([True, False, False], "1"),
    ([0, 1, 1.0, "1"], "1"),
    (["gold", "silver", "silver"], "gold"),  # no meaning: the rarer value
    (["Stayed", "Joined", "Churned", "Stayed"], "Churned"),  # one value means the event
])
def test_the_event_of_a_yes_no_outcome_is_the_value_meaning_yes(values, event):
    measure = measure_outcome(pd.Series(values, dtype=object, name="outcome"))
    assert measure.kind == OUTCOME_RATE and measure.event == event


def test_outcomes_that_cannot_be_measured_are_skipped_with_a_reason():
    df = pd.DataFrame({
        "plan": ["basic", "plus", "premium", "basic"],
        "empty": [None, None, None, None],
        "same": ["Yes", "Yes", "Yes", None],
        "revenue": [10.0, 250.5, 99.0, 40.0],
    }, dtype=object)
    for name in ("plan", "empty", "same"):
        measure = measure_outcome(df[name])
        assert measure.kind is None and name in measure.reason
    effects = outcome_effects(df, list(df.columns), np.array([0, 0, 1, 1]), k=1)
    assert [e.outcome for e in effects[0]] == ["revenue"]


def test_outcomes_are_sorted_by_the_size_of_their_effect():
    df, group = _planted_churn()
    rng = np.random.default_rng(2)
    df["noise"] = rng.normal(0, 1, len(df))
    df["value"] = np.where(group == 0, 300.0, 100.0) + rng.normal(0, 5, len(df))
    effects = outcome_effects(df, ["noise", "Churn", "value"], group, k=2)
    for persona in effects:
        sizes = [abs(e.effect) for e in persona]
        assert sizes == sorted(sizes, reverse=True)
    assert effects[0][0].outcome == "value"


def test_number_columns_of_any_storage_read_the_same():
    rng = np.random.default_rng(3)
    revenue = rng.gamma(2.0, 50.0, 3000)
    revenue[::10] = np.nan
    as_objects = pd.Series([None if np.isnan(v) else float(v) for v in revenue], dtype=object,
                           name="revenue")
    for series in (pd.Series(revenue, name="revenue"), as_objects):
        measure = measure_outcome(series)
        assert measure.kind == OUTCOME_MEAN
        assert np.nanmean(measure.values) == pytest.approx(np.nanmean(revenue))
        assert np.isnan(measure.values).sum() == 300
    flags = pd.Series(np.where(rng.random(3000) < 0.8, 1.0, 0.0), name="Response")
    measure = measure_outcome(flags)
    assert measure.kind == OUTCOME_RATE and measure.event == "1"
    assert measure.values.mean() == pytest.approx(flags.mean())
