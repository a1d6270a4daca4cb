"""One fact counts once: redundant attributes and repeated categories are found and share a weight."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from workbench.analysis.preprocessing import MAX_WEIGHT, prepare_features
from workbench.analysis.redundancy import find_redundancy
from workbench.domain.personas import (
    REDUNDANT_ATTRIBUTES,
    REDUNDANT_CATEGORY,
    PreprocessingSettings,
)

SERVICES = ["OnlineSecurity", "OnlineBackup", "DeviceProtection", "TechSupport",
            "StreamingTV", "StreamingMovies"]


def _telecom(n: int = 600, seed: int = 0) -> tuple[pd.DataFrame, dict[str, str]]:
    """Six service columns that all say "No internet service" for the same customers."""
    rng = np.random.default_rng(seed)
    internet = rng.choice(["DSL", "Fiber optic", "No"], size=n, p=[0.35, 0.45, 0.2])
    data = {"InternetService": internet}
    for name in SERVICES:
        data[name] = np.where(internet == "No", "No internet service",
                              rng.choice(["Yes", "No"], size=n))
    data["tenure"] = rng.integers(0, 72, size=n).astype(float)
    data["Contract"] = rng.choice(["Month-to-month", "One year", "Two year"], size=n)
    df = pd.DataFrame(data, index=pd.Index(np.arange(1, n + 1)))
    kinds = {c: ("numeric" if c == "tenure" else "categorical") for c in df.columns}
    return df, kinds


def test_a_category_repeated_in_six_columns_is_one_fact():
    df, kinds = _telecom()
    groups = find_redundancy(df, kinds, list(df.columns))
    repeated = [g for g in groups if g.kind == REDUNDANT_CATEGORY]
    assert len(repeated) == 1
    group = repeated[0]
    assert group.members == ["InternetService", *SERVICES]  # the first column is shown
    assert group.levels == ["No"] + ["No internet service"] * 6
    assert group.strength == pytest.approx(1.0)
    # the services' Yes/No answers are independent: no whole-attribute group
    assert not [g for g in groups if g.kind == REDUNDANT_ATTRIBUTES]


def test_a_total_beside_its_parts_and_a_flag_restating_a_category_are_grouped():
    rng = np.random.default_rng(3)
    n = 500
    wine = rng.gamma(2.0, 100.0, n)
    df = pd.DataFrame({
        "MntWines": wine,
        "MntTotal": wine * 1.1 + rng.normal(0, 5, n),  # |r| ≈ 1 with MntWines
        "Age": rng.normal(45, 12, n),
        "Complain": (rng.random(n) < 0.3).astype(float),
    })
    df["Complained"] = np.where(df["Complain"] == 1, "Yes", "No")
    kinds = {"MntWines": "numeric", "MntTotal": "numeric", "Age": "numeric",
             "Complain": "numeric", "Complained": "categorical"}
    groups = find_redundancy(df, kinds, list(df.columns))
    members = sorted(sorted(g.members) for g in groups if g.kind == REDUNDANT_ATTRIBUTES)
    assert members == [["Complain", "Complained"], ["MntTotal", "MntWines"]]


def test_unrelated_attributes_make_no_group():
    rng = np.random.default_rng(1)
    df = pd.DataFrame({"a": rng.normal(size=400), "b": rng.normal(size=400),
                       "c": rng.choice(["x", "y", "z"], size=400)})
    assert find_redundancy(df, {"a": "numeric", "b": "numeric", "c": "categorical"},
                           ["a", "b", "c"]) == []


def test_six_copies_of_one_fact_weigh_as_one_in_the_distance():
    df, kinds = _telecom()
    prepared = prepare_features(df, kinds, list(df.columns))
    report = prepared.report
    names = prepared.feature_names
    no_internet = [names.index(f"{s}=No internet service") for s in SERVICES]
    no_internet.append(names.index("InternetService=No"))
    # Seven indicator columns of the same customers: together they weigh as one indicator
    # (each is its attribute's weight times 1/√7), not seven.
    matrix = prepared.matrix
    squared = sum(float(matrix[:, j].max()) ** 2 for j in no_internet)
    weights = [report.column(s).weight for s in SERVICES] + [report.column("InternetService").weight]
    assert squared == pytest.approx(sum(w * w for w in weights) / 7)
    assert squared < 1.5 * max(weights) ** 2
    assert any(g.kind == REDUNDANT_CATEGORY for g in report.groups)
    assert "weighs the same" in report.weighting


def test_each_attribute_weighs_the_same_whatever_its_categories():
    rng = np.random.default_rng(5)
    n = 2000
    df = pd.DataFrame({
        "two": rng.choice(["a", "b"], size=n),
        "eight": rng.choice(list("abcdefgh"), size=n),
        "number": rng.normal(size=n),
    }, index=pd.Index(np.arange(n)))
    kinds = {"two": "categorical", "eight": "categorical", "number": "numeric"}
    prepared = prepare_features(df, kinds, list(kinds), PreprocessingSettings(log_skewed=False))
    matrix, names = prepared.matrix, prepared.feature_names

    def total_variance(prefix: str) -> float:
        columns = [i for i, name in enumerate(names) if name.split("=")[0] == prefix]
        return float(matrix[:, columns].var(axis=0).sum())

    for attribute in kinds:  # the expected squared distance between two customers is 2 for each
        assert total_variance(attribute) == pytest.approx(1.0, rel=0.02)


def test_weighing_can_be_switched_off_and_is_recorded():
    df, kinds = _telecom()
    plain = prepare_features(df, kinds, list(df.columns), PreprocessingSettings(weigh_equally=False))
    indicators = [i for i, name in enumerate(plain.feature_names) if "=" in name]
    assert set(np.unique(plain.matrix[:, indicators])) == {0.0, 1.0}
    assert plain.report.groups == [] and plain.report.weighting == ""
    weighted = prepare_features(df, kinds, list(df.columns))
    assert all(0 < c.weight <= MAX_WEIGHT for c in weighted.report.columns)
    assert weighted.report.column("OnlineBackup").group is None  # grouped by a category only
