"""The retention core: intervals, Kaplan-Meier, value scores and the churn-risk model."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from workbench.analysis import churn_risk
from workbench.analysis.retention import (
    churn_values,
    inactivity_churn,
    is_churn_name,
    kaplan_meier,
    rate_of_group,
    ratio_interval,
    suggest_inactive_days,
)
from workbench.analysis.value import rfm_scores, summarise_value, value_from_purchases


def test_rate_of_a_group_has_wilson_interval_and_log_method_ratio():
    churned = np.array([1.0] * 30 + [0.0] * 70 + [1.0] * 15 + [0.0] * 85)
    inside = np.arange(200) < 100
    rate = rate_of_group("persona", "1", "A", inside, churned)
    assert (rate.n, rate.events, rate.rate, rate.rest_rate) == (100, 30, 0.3, 0.15)
    assert rate.low == pytest.approx(0.2189, abs=1e-4)  # Wilson 95%, 30 of 100
    assert rate.high == pytest.approx(0.3958, abs=1e-4)
    se = math.sqrt(1 / 30 - 1 / 100 + 1 / 15 - 1 / 100)
    assert rate.ratio == pytest.approx(2.0)
    assert rate.ratio_low == pytest.approx(2 * math.exp(-1.959964 * se), rel=1e-5)
    assert rate.ratio_high == pytest.approx(2 * math.exp(1.959964 * se), rel=1e-5)
    assert ratio_interval(0, 10, 0, 10) == (None, None, None)


def test_kaplan_meier_matches_the_product_limit_and_greenwood_log_log():
    curve = kaplan_meier([1, 2, 3, 4, 5], [1, 0, 1, 0, 1], label="all")
    assert curve.times == [1.0, 3.0, 5.0]
    assert curve.survival == pytest.approx([0.8, 0.8 * 2 / 3, 0.0])
    assert curve.at_risk == [5, 3, 1]
    assert curve.median == 5.0
    # R: survfit(Surv(1:5, c(1,0,1,0,1)) ~ 1, conf.type = "log-log") at t = 1: 0.204 to 0.969
    assert curve.low[0] == pytest.approx(0.2038, abs=1e-3)
    assert curve.high[0] == pytest.approx(0.9692, abs=1e-3)
    assert (curve.n, curve.events) == (5, 3)
    never = kaplan_meier([1, 2, 3, 4], [0, 1, 0, 0])
    assert never.median is None and never.survival == pytest.approx([2 / 3])


def test_churn_is_read_from_yes_no_and_dates_and_names():
    values, event = churn_values(pd.Series(["No", "Yes", None, "no"], dtype=object, name="Churn"))
    assert event == "Yes" and values[:2].tolist() == [0.0, 1.0] and np.isnan(values[2])
    dated, event = churn_values(pd.Series(["12/03/2025", None, "", "01/01/2026"], dtype=object))
    assert event is None and dated.tolist() == [1.0, 0.0, 0.0, 1.0]
    assert churn_values(pd.Series(["red", "green", "blue"], dtype=object)) is None
    assert all(map(is_churn_name, ["Churn", "Attrition_Flag", "Exited", "Disdetta",
                                   "Abbandono", "Cancelled"]))
    assert not any(map(is_churn_name, ["Contract", "Tenure", "Monthly charges"]))


def test_inactivity_and_its_suggested_days():
    assert suggest_inactive_days(np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 30.0])) == 12
    assert suggest_inactive_days(np.array([])) is None
    assert inactivity_churn(np.array([100.0, 195.0, np.nan]), 200.0, 30)[:2].tolist() == [1, 0]


def test_rfm_scores_and_value_at_risk():
    purchases = value_from_purchases(np.array([1, 1, 2, 3, 4, 5, 5, 5]),
                                     np.array([10, 20, 5, 100, 50, 1, 1, 1.0]),
                                     np.array([1, 9, 2, 3, 4, 5, 6, 10.0]), reference=10.0)
    assert purchases.loc[1].tolist() == [30.0, 2.0, 1.0]
    scored = rfm_scores(purchases)
    assert scored.loc[3, "m_score"] == 5 and scored.loc[5, "m_score"] == 1
    assert scored.loc[5, "r_score"] == 5, "the most recent buyer"
    risk = pd.Series({1: 0.5, 2: 0.1})
    summary = summarise_value("p", "P", scored, [1, 2], risk=risk)
    assert summary.total_value == 35.0 and summary.value_at_risk == pytest.approx(15.5)
    assert summarise_value("p", "P", scored, [3], rate=0.2).value_at_risk == pytest.approx(20.0)


def planted(n: int = 3000, seed: int = 0) -> tuple[pd.DataFrame, dict[str, str], np.ndarray]:
    """"month-to-month" doubles churn; the rest is noise."""
    rng = np.random.default_rng(seed)
    contract = rng.choice(["Month-to-month", "One year", "Two year"], n, p=[0.4, 0.3, 0.3])
    y = (rng.random(n) < np.where(contract == "Month-to-month", 0.3, 0.15)).astype(int)
    frame = pd.DataFrame({"Contract": contract, "Charges": rng.normal(70, 20, n),
                          "Region": rng.choice(["N", "S", "E"], n),
                          "Visits": rng.poisson(3, n).astype(float)})
    frame.loc[rng.random(n) < 0.05, "Charges"] = np.nan
    kinds = {"Contract": "categorical", "Charges": "numeric", "Region": "categorical",
             "Visits": "numeric"}
    return frame, kinds, y


def test_the_planted_attribute_is_the_top_driver_and_reasons_point_to_it():
    frame, kinds, y = planted()
    fit = churn_risk.fit_risk(frame, kinds, y, seed=0)
    top = fit.drivers[0]
    assert (top.attribute, top.level, top.direction) == ("Contract", "Month-to-month", 1)
    assert top.phrase == "Contract “Month-to-month”: higher risk"
    assert all(d.attribute != "Region" for d in fit.drivers), "noise is not a driver"
    month = np.flatnonzero(frame["Contract"].to_numpy() == "Month-to-month")
    assert all(0 in fit.reasons[i] for i in month[:50])
    other = np.flatnonzero(frame["Contract"].to_numpy() != "Month-to-month")
    assert all(0 not in fit.reasons[i] for i in other[:50])
    assert sum(b.n for b in fit.calibration) == len(y)
    assert fit.base_rate == pytest.approx(y.mean())


def test_out_of_fold_auc_is_what_plain_cross_val_score_gives():
    from sklearn.compose import ColumnTransformer
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    frame, kinds, y = planted(n=2000, seed=4)
    fit = churn_risk.fit_risk(frame, kinds, y, seed=3)
    plain = make_pipeline(ColumnTransformer([
        ("n", make_pipeline(SimpleImputer(strategy="median", add_indicator=True),
                            StandardScaler()), ["Charges", "Visits"]),
        ("c", OneHotEncoder(handle_unknown="ignore"), ["Contract", "Region"])]),
        LogisticRegression(max_iter=2000))
    scores = cross_val_score(plain, frame, y, scoring="roc_auc",
                             cv=StratifiedKFold(5, shuffle=True, random_state=3))
    assert fit.auc["logistic"][0] == pytest.approx(scores.mean(), abs=0.01)
    assert fit.auc["logistic"][1] == pytest.approx(scores.std(ddof=1), abs=0.01)


def test_same_seed_same_risks_and_another_seed_other_folds():
    frame, kinds, y = planted(n=1500)
    first = churn_risk.fit_risk(frame, kinds, y, seed=7)
    again = churn_risk.fit_risk(frame, kinds, y, seed=7)
    other = churn_risk.fit_risk(frame, kinds, y, seed=8)
    assert np.array_equal(first.risk, again.risk) and first.auc == again.auc
    assert not np.array_equal(first.risk, other.risk)


def test_leaks_are_found_by_name_and_by_near_perfect_separation():
    frame, kinds, y = planted(n=1000)
    rng = np.random.default_rng(2)
    frame["Churn reason"] = np.where(y == 1, rng.choice(["Price", "Competitor"], len(y)), None)
    frame["Closing flag"] = np.where(rng.random(len(y)) < 0.01, 1 - y, y).astype(float)
    kinds.update({"Churn reason": "categorical", "Closing flag": "numeric"})
    leaks = churn_risk.find_leaks(frame, kinds, y)
    assert set(leaks) == {"Churn reason", "Closing flag"}
    assert "name says it is about churn" in leaks["Churn reason"]
    assert "almost perfectly" in leaks["Closing flag"]


def _ranked_auc(values: pd.Series, kind: str, y: np.ndarray) -> float | None:
    """The leak screen's AUC as it was first written: every row ranked (scipy's rankdata),
    categories scored by their level's churn rate. The reference for the faster screen."""
    from scipy.stats import rankdata

    def auc(truth, score):
        truth = np.asarray(truth) == 1
        positives = int(truth.sum())
        ranks = rankdata(score)
        return (ranks[truth].sum() - positives * (positives + 1) / 2) / (
            positives * (len(truth) - positives))

    if kind == "numeric":
        x = values.astype("float64").to_numpy()
        known = np.isfinite(x)
        if known.sum() < 2 or len(np.unique(y[known])) < 2:
            return None
        found = auc(y[known], x[known])
    else:
        text = values.astype(object).where(values.notna(), "(missing)").astype(str)
        rate = pd.Series(y).groupby(text.to_numpy()).mean()
        found = auc(y, text.map(rate).to_numpy(dtype=np.float64))
    return max(found, 1.0 - found)


def test_the_leak_screen_decides_as_ranking_every_row_did():
    rng = np.random.default_rng(11)
    for trial in range(40):
        n = int(rng.integers(50, 4000))
        y = (rng.random(n) < rng.uniform(0.05, 0.5)).astype(np.int64)
        strength = rng.uniform(0, 8)  # from noise to a planted near-copy of the outcome
        number = rng.normal(size=n) + strength * y
        if trial % 2:
            number = np.round(number)  # many ties
        number[rng.random(n) < 0.1] = np.nan
        number[rng.random(n) < 0.005] = np.inf  # not a known value
        levels = np.array(["a", "b", "c", "(missing)"], dtype=object)[rng.integers(0, 4, n)]
        levels[(y == 1) & (rng.random(n) < strength / 8)] = "gone"
        levels[rng.random(n) < 0.1] = None
        frame = pd.DataFrame({"Usage": number, "Plan": levels, "Same": ["x"] * n,
                              "Copy": np.where(rng.random(n) < 0.02, 1 - y, y).astype(float)})
        kinds = {"Usage": "numeric", "Plan": "categorical", "Same": "categorical",
                 "Copy": "numeric"}
        expected = {}
        for name in frame.columns:
            reference = _ranked_auc(frame[name], kinds[name], y)
            found = churn_risk.single_attribute_auc(frame[name], kinds[name], y)
            assert found == pytest.approx(reference, abs=1e-12), (trial, name)
            if reference is not None and reference >= churn_risk.LEAK_AUC:
                expected[name] = f"{reference:.2f}"
        leaks = churn_risk.find_leaks(frame, kinds, y)
        assert set(leaks) == set(expected), trial
        assert all(f"ROC AUC {auc}" in leaks[name] for name, auc in expected.items())
        assert "Copy" in leaks
