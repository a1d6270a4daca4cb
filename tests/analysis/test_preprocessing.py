"""Preprocessing: every choice made on the data is applied and recorded."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from workbench.analysis.preprocessing import describe_column, prepare_features
from workbench.domain.personas import (
    DROP_ALL_MISSING,
    DROP_CONSTANT,
    DROP_NOT_ENCODED,
    OTHER_LEVEL,
    PreprocessingReport,
    PreprocessingSettings,
)
from workbench.errors import AnalysisError


def test_constant_columns_are_left_out_and_recorded(marketing):
    df, kinds = marketing
    features = ["Income", "MntWines", "Z_CostContact", "Z_Revenue"]
    prepared = prepare_features(df, kinds, features)
    report = prepared.report
    assert report.column("Z_CostContact").dropped == DROP_CONSTANT
    assert report.column("Z_Revenue").dropped == DROP_CONSTANT
    assert prepared.feature_names == ["Income", "MntWines"]
    assert "left out" in describe_column(report.column("Z_Revenue"))


def test_skewed_amounts_are_log_transformed_and_recorded(marketing):
    df, kinds = marketing
    prepared = prepare_features(df, kinds, ["MntGoldProds", "Recency"])
    gold = prepared.report.column("MntGoldProds")
    recency = prepared.report.column("Recency")
    assert gold.log_transformed and gold.skew is not None and gold.skew > 1
    assert not recency.log_transformed
    expected = np.log1p(df["MntGoldProds"].sort_index().to_numpy())
    expected = (expected - expected.mean()) / expected.std()
    assert np.allclose(prepared.matrix[:, 0], expected)
    assert gold.centre is not None and gold.spread is not None
    assert "log1p" in describe_column(gold)


def test_skewed_column_with_negative_values_is_not_logged():
    rng = np.random.default_rng(1)
    values = rng.exponential(size=50) - 0.5
    df = pd.DataFrame({"balance": values, "other": rng.normal(size=50)})
    prepared = prepare_features(df, {"balance": "numeric", "other": "numeric"}, ["balance"])
    assert not prepared.report.column("balance").log_transformed


def test_blanks_are_imputed_with_the_median_and_recorded(marketing):
    df, kinds = marketing
    prepared = prepare_features(df, kinds, ["Income", "Education"],
                                PreprocessingSettings(log_skewed=False))
    income = prepared.report.column("Income")
    assert income.missing == int(df["Income"].isna().sum()) > 0
    assert income.imputed_value == pytest.approx(float(df["Income"].median()))
    assert prepared.report.rows_used == len(df)
    assert not np.isnan(prepared.matrix).any()
    assert "blanks filled" in describe_column(income)


def test_blank_categories_are_filled_with_the_most_frequent():
    df = pd.DataFrame({"plan": ["basic", "basic", None, "pro", "basic", "pro"] * 3,
                       "spend": np.arange(18.0)})
    kinds = {"plan": "categorical", "spend": "numeric"}
    report = prepare_features(df, kinds, ["plan", "spend"]).report
    assert report.column("plan").imputed_value == "basic"
    assert report.column("plan").missing == 3


def test_drop_leaves_out_customers_with_blanks_and_lists_them(marketing):
    df, kinds = marketing
    blank_ids = sorted(int(i) for i in df.index[df["Income"].isna()])
    prepared = prepare_features(df, kinds, ["Income", "MntWines"],
                                PreprocessingSettings(missing="drop"))
    report = prepared.report
    assert report.rows_dropped == len(blank_ids) > 0
    assert report.dropped_ids == blank_ids
    assert not set(blank_ids) & set(prepared.ids.tolist())
    assert report.column("Income").imputed_value is None


def test_attribute_without_values_is_left_out():
    df = pd.DataFrame({"a": np.arange(20.0), "empty": [None] * 20})
    report = prepare_features(df, {"a": "numeric", "empty": "numeric"}, ["a", "empty"]).report
    assert report.column("empty").dropped == DROP_ALL_MISSING
    assert report.dropped_columns == {"empty": DROP_ALL_MISSING}


def test_rare_categories_are_grouped_as_other(marketing):
    df, kinds = marketing
    report = prepare_features(df, kinds, ["Marital_Status"],
                              PreprocessingSettings(min_level_share=0.02)).report
    status = report.column("Marital_Status")
    assert OTHER_LEVEL in status.levels
    assert status.grouped_levels >= 3  # YOLO, Absurd, Alone
    assert "YOLO" not in status.levels


def test_flags_are_coded_zero_one_and_not_standardised(marketing):
    df, kinds = marketing
    prepared = prepare_features(df, kinds, ["Complain", "Income"],
                                PreprocessingSettings(weigh_equally=False))
    complain = prepared.report.column("Complain")
    assert complain.binary and complain.scaling == ""
    assert set(np.unique(prepared.matrix[:, 0])) == {0.0, 1.0}


def test_a_rare_flag_weighs_at_most_twice_as_one_number(marketing):
    df, kinds = marketing
    prepared = prepare_features(df, kinds, ["Complain", "Income"])
    complain = prepared.report.column("Complain")
    assert (df["Complain"] == 1).mean() < 0.05  # 1 in 100: standardising would give ×10
    assert complain.weight == pytest.approx(2.0)
    assert set(np.unique(prepared.matrix[:, 0])) == {0.0, 2.0}


def test_robust_scaling_centres_on_the_median():
    rng = np.random.default_rng(2)
    df = pd.DataFrame({"x": rng.normal(10, 2, 200), "y": rng.normal(size=200)})
    settings = PreprocessingSettings(scale="robust", log_skewed=False)
    prepared = prepare_features(df, {"x": "numeric", "y": "numeric"}, ["x"], settings)
    assert np.median(prepared.matrix[:, 0]) == pytest.approx(0.0, abs=1e-9)
    q1, q3 = np.percentile(prepared.matrix[:, 0], [25, 75])
    assert q3 - q1 == pytest.approx(1.0)


def test_too_few_customers_is_refused_with_a_clear_message():
    df = pd.DataFrame({"x": [1.0, 2.0, 3.0, None, None, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0]})
    with pytest.raises(AnalysisError, match="at least 10"):
        prepare_features(df, {"x": "numeric"}, ["x"], PreprocessingSettings(missing="drop"))


def test_no_usable_attribute_is_refused(marketing):
    df, kinds = marketing
    with pytest.raises(AnalysisError, match="None of the chosen attributes"):
        prepare_features(df, kinds, ["Z_CostContact", "Z_Revenue"])


def test_unknown_or_unsupported_attribute_is_refused(marketing):
    df, kinds = marketing
    with pytest.raises(AnalysisError, match="not in the data"):
        prepare_features(df, kinds, ["Income", "Shoe size"])
    with pytest.raises(AnalysisError, match="neither numeric nor categorical"):
        prepare_features(df, {**kinds, "Income": "date"}, ["Income"])
    with pytest.raises(AnalysisError):
        prepare_features(df, kinds, [])


def test_one_hot_off_leaves_categories_out_except_for_gower(marketing):
    df, kinds = marketing
    settings = PreprocessingSettings(one_hot=False)
    euclidean = prepare_features(df, kinds, ["Education", "Income"], settings)
    assert euclidean.report.column("Education").dropped == DROP_NOT_ENCODED
    gower = prepare_features(df, kinds, ["Education", "Income"], settings, gower=True)
    assert gower.report.column("Education").dropped is None
    assert gower.gower_categorical.shape[1] == 1


def test_row_order_does_not_change_the_features(marketing):
    df, kinds = marketing
    features = ["Income", "Education", "MntWines"]
    shuffled = df.sample(frac=1.0, random_state=3)
    a = prepare_features(df, kinds, features)
    b = prepare_features(shuffled, kinds, features)
    assert np.array_equal(a.ids, b.ids)
    assert np.array_equal(a.matrix, b.matrix)


def test_report_is_json_and_survives_a_round_trip(marketing):
    df, kinds = marketing
    report = prepare_features(df, kinds, list(kinds)).report
    text = json.dumps(report.to_dict(), allow_nan=False)
    again = PreprocessingReport.from_dict(json.loads(text))
    assert again == report
