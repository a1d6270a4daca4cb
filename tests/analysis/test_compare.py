"""Comparing persona sets: which old persona became which new one."""

from __future__ import annotations

import pytest

from workbench.analysis.clustering import run_clustering
from workbench.analysis.compare import compare_runs
from workbench.domain.personas import ClusteringSettings


def test_identical_runs_match_one_to_one_with_ari_one():
    labels = {i: i % 3 for i in range(30)}
    comparison = compare_runs(labels, labels)
    assert comparison.adjusted_rand == pytest.approx(1.0)
    assert [(m.old, m.new, m.jaccard) for m in comparison.matches] == [
        (0, 0, 1.0), (1, 1, 1.0), (2, 2, 1.0)]
    assert comparison.crosstab == [[10, 0, 0], [0, 10, 0], [0, 0, 10]]


def test_renumbered_personas_are_matched_to_their_new_numbers():
    old = {i: i % 3 for i in range(30)}
    new = {i: (i % 3 + 1) % 3 for i in range(30)}
    comparison = compare_runs(old, new)
    assert {m.old: m.new for m in comparison.matches} == {0: 1, 1: 2, 2: 0}
    assert comparison.adjusted_rand == pytest.approx(1.0)


def test_a_split_persona_shows_in_the_crosstab_and_keeps_its_best_match():
    old = {i: 0 if i < 20 else 1 for i in range(30)}
    new = {i: 0 if i < 12 else (2 if i < 20 else 1) for i in range(30)}
    comparison = compare_runs(old, new)
    assert comparison.personas_b == [0, 1, 2]
    assert comparison.crosstab[0] == [12, 0, 8]
    match = comparison.matches[0]
    assert (match.new, match.overlap) == (0, 12)
    assert match.share_of_old == pytest.approx(0.6)
    assert match.jaccard == pytest.approx(12 / 20)
    assert comparison.jaccard[0][2] == pytest.approx(8 / 20)
    assert comparison.adjusted_rand < 1


def test_customers_in_only_one_run_are_counted_not_compared():
    old = {i: i % 2 for i in range(20)}
    new = {i: i % 2 for i in range(10, 35)}
    comparison = compare_runs(old, new)
    assert comparison.common_customers == 10
    assert comparison.only_in_a == 10 and comparison.only_in_b == 15
    assert sum(map(sum, comparison.crosstab)) == 10


def test_customers_fitting_no_persona_are_never_matched():
    old = {i: (-1 if i < 5 else i % 2) for i in range(20)}
    new = {i: (-1 if i < 5 else i % 2) for i in range(20)}
    comparison = compare_runs(old, new)
    assert -1 in comparison.personas_a
    assert all(m.old >= 0 and (m.new is None or m.new >= 0) for m in comparison.matches)


def test_new_data_drift_is_measured_between_real_runs(make_planted):
    df, kinds, _ = make_planted(n=300, k=3)
    settings = ClusteringSettings(features=list(kinds), k=3, seed=0)
    before = run_clustering(df.iloc[:250], kinds, settings)
    after = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=3, seed=1))
    comparison = compare_runs(before.labels, after.labels)
    assert comparison.adjusted_rand > 0.95
    assert all(m.share_of_old > 0.95 for m in comparison.matches)
    assert comparison.only_in_b == 50
