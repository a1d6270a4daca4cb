"""Persona runs: planted personas are found, runs repeat exactly, misfits are shown."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import adjusted_rand_score

from workbench.analysis import clustering, partition
from workbench.analysis.clustering import run_clustering
from workbench.domain.personas import (
    ALGORITHMS,
    FIT_CENTROID_SILHOUETTE,
    FIT_POSTERIOR,
    UNASSIGNED_AMBIGUOUS,
    UNASSIGNED_FAR,
    ClusteringResult,
    ClusteringSettings,
)
from workbench.errors import AnalysisError, OperationCancelled
from workbench.progress import Task

RECOVERY_ARI = 0.9


def _ari(result: ClusteringResult, truth: dict[int, int]) -> float:
    ids = sorted(truth)
    return adjusted_rand_score([truth[i] for i in ids], [result.labels[i] for i in ids])


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_planted_personas_are_recovered(make_planted, algorithm):
    df, kinds, truth = make_planted()
    settings = ClusteringSettings(features=list(kinds), algorithm=algorithm, k=4, seed=7)
    result = run_clustering(df, kinds, settings)
    assert _ari(result, truth) > RECOVERY_ARI
    assert sorted(set(result.labels.values())) == [0, 1, 2, 3]


@pytest.mark.parametrize("algorithm", ["kmeans", "gower"])
def test_planted_personas_in_mixed_numeric_and_category_data_are_recovered(make_planted,
                                                                           algorithm):
    df, kinds, truth = make_planted(category=True, separation=4.0, seed=3)
    df = df.astype({"region": object})
    settings = ClusteringSettings(features=list(kinds), algorithm=algorithm, k=4, seed=1)
    result = run_clustering(df, kinds, settings)
    assert _ari(result, truth) > RECOVERY_ARI
    assert result.preprocessing.column("region").levels


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_same_seed_gives_same_personas(marketing, algorithm):
    df, kinds = marketing
    settings = ClusteringSettings(features=list(kinds), algorithm=algorithm, k=3, seed=11)
    first = run_clustering(df, kinds, settings)
    second = run_clustering(df, kinds, ClusteringSettings.from_dict(settings.to_dict()))
    assert first.labels == second.labels
    assert first.unassigned == second.unassigned
    assert first.quality == second.quality


def test_row_order_does_not_change_the_personas(marketing):
    df, kinds = marketing
    settings = ClusteringSettings(features=list(kinds), k=4, seed=5)
    first = run_clustering(df, kinds, settings)
    shuffled = run_clustering(df.sample(frac=1.0, random_state=9), kinds, settings)
    assert first.labels == shuffled.labels


def test_personas_are_numbered_by_size_largest_first(make_planted):
    df, kinds, _ = make_planted(n=300, k=3)
    # Make persona sizes unequal: drop most of one planted group.
    df = df.iloc[:200]
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=3, seed=0))
    assert result.quality.sizes == sorted(result.quality.sizes, reverse=True)
    for persona, size in enumerate(result.quality.sizes):
        assert len(result.members(persona)) == size


def test_customers_fitting_no_persona_are_reported(make_planted):
    df, kinds, _ = make_planted(n=300, k=3, p=4, seed=2)
    # Far from everyone, but not so far that k-means gives one a persona of its own.
    outliers = pd.DataFrame([[20.0, -20.0, 20.0, -20.0], [-20.0, 20.0, -20.0, 20.0]],
                            columns=df.columns, index=pd.Index([1, 2]))
    df = pd.concat([df, outliers])
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=3, seed=0))
    assert {1, 2} <= set(result.unassigned)
    assert result.unassigned_reasons[1] == UNASSIGNED_FAR
    assert result.quality.n_unassigned == len(result.unassigned)
    # They keep a nearest persona but are not counted as its members.
    assert 1 in result.labels
    assert all(1 not in result.members(p) for p in range(3))
    assert sum(result.quality.sizes) + len(result.unassigned) == len(df)
    assert len(result.unassigned) < 0.05 * len(df)


def test_a_persona_of_a_few_odd_customers_is_flagged_in_the_notes(make_planted):
    df, kinds, _ = make_planted(n=300, k=3, p=4, seed=2)
    extreme = pd.DataFrame([[60.0, -60.0, 60.0, -60.0]], columns=df.columns,
                           index=pd.Index([1]))
    result = run_clustering(pd.concat([df, extreme]), kinds,
                            ClusteringSettings(features=list(kinds), k=3, seed=0))
    assert min(result.quality.sizes) <= 1
    assert any("only 1 member(s)" in note for note in result.notes)


def test_customers_between_two_mixture_personas_are_ambiguous(make_planted):
    df, kinds, _ = make_planted(n=300, k=2, p=2, separation=1.5, seed=4)
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds),
                                                           algorithm="gmm", k=2, seed=0))
    assert result.fit_measure == FIT_POSTERIOR
    fits = np.array(list(result.fit.values()))
    assert ((fits >= 0.5) & (fits <= 1)).all()
    # With two personas, "less than twice as probable as the other" is a fit below 2/3.
    between = {c for c, f in result.fit.items() if f < 2 / 3}
    assert between
    assert between <= set(result.unassigned)
    assert {result.unassigned_reasons[c] for c in between} == {UNASSIGNED_AMBIGUOUS}


def test_ward_customers_nearer_another_persona_are_ambiguous(make_planted):
    df, kinds, _ = make_planted(n=300, k=2, p=2, separation=1.5, seed=4)
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds),
                                                           algorithm="agglomerative", k=2))
    ambiguous = [c for c, r in result.unassigned_reasons.items() if r == UNASSIGNED_AMBIGUOUS]
    assert ambiguous
    assert all(result.fit[c] < 0 for c in ambiguous)


def test_fit_is_a_centroid_silhouette_for_kmeans(make_planted):
    df, kinds, _ = make_planted()
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=4, seed=0))
    assert result.fit_measure == FIT_CENTROID_SILHOUETTE
    fits = np.array(list(result.fit.values()))
    assert fits.min() >= -1 and fits.max() <= 1
    assert fits.mean() > 0.5  # well-separated planted personas fit tightly


def test_quality_figures_settings_and_versions_are_recorded(marketing):
    df, kinds = marketing
    settings = ClusteringSettings(features=list(kinds), k=3, seed=4)
    result = run_clustering(df, kinds, settings)
    q = result.quality
    assert -1 <= q.silhouette <= 1
    assert q.calinski_harabasz > 0 and q.davies_bouldin > 0
    assert q.n_customers == len(df) and q.silhouette_sample_size == len(df)
    assert q.n_features == len(result.preprocessing.feature_names)
    assert q.inertia is not None
    assert result.seed == 4 and result.settings == settings
    assert set(result.versions) == {"scikit-learn", "numpy", "pandas", "scipy"}
    for persona, typical in result.typical_members.items():
        assert typical and set(typical) <= set(result.members(persona))


def test_silhouette_is_sampled_on_large_data(make_planted, monkeypatch):
    monkeypatch.setattr(clustering, "SILHOUETTE_SAMPLE", 150)
    df, kinds, _ = make_planted(n=400)
    settings = ClusteringSettings(features=list(kinds), k=4, seed=0)
    first = run_clustering(df, kinds, settings)
    assert first.quality.silhouette_sample_size == 150
    assert run_clustering(df, kinds, settings).quality.silhouette == first.quality.silhouette


@pytest.mark.parametrize("algorithm", ["agglomerative", "gower"])
def test_pairwise_methods_fit_a_sample_of_large_data_and_say_so(make_planted, monkeypatch,
                                                                algorithm):
    monkeypatch.setattr(partition, "MAX_PAIRWISE", 120)
    df, kinds, truth = make_planted(n=400)
    settings = ClusteringSettings(features=list(kinds), algorithm=algorithm, k=4, seed=0)
    result = run_clustering(df, kinds, settings)
    assert len(result.labels) == 400
    assert _ari(result, truth) > RECOVERY_ARI
    assert any("sample of 120 of 400" in note for note in result.notes)


def test_more_personas_than_distinct_customers_is_refused():
    df = pd.DataFrame({"x": [1.0, 2.0, 3.0] * 10, "y": [0.0, 5.0, 9.0] * 10})
    kinds = {"x": "numeric", "y": "numeric"}
    with pytest.raises(AnalysisError, match="distinct personas"):
        run_clustering(df, kinds, ClusteringSettings(features=["x", "y"], k=5, seed=0))


def test_invalid_settings_are_refused(marketing):
    df, kinds = marketing
    with pytest.raises(AnalysisError, match="at least 2 personas"):
        run_clustering(df, kinds, ClusteringSettings(features=["Income"], k=1))
    with pytest.raises(AnalysisError, match="Unknown clustering method"):
        run_clustering(df, kinds, ClusteringSettings(features=["Income"], algorithm="dbscan"))


def test_cancel_during_clustering_stops(marketing):
    df, kinds = marketing
    reports: list[str] = []
    task = Task(lambda done, total, message: reports.append(message))

    def cancel_on_second(done, total, message):
        reports.append(message)
        if len(reports) == 2:
            task.cancel()

    task._on_progress = cancel_on_second
    with pytest.raises(OperationCancelled):
        run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=3), task)
    assert len(reports) == 2


def test_result_survives_a_json_round_trip(marketing):
    df, kinds = marketing
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=3, seed=2))
    text = json.dumps(result.to_dict(), allow_nan=False)
    again = ClusteringResult.from_dict(json.loads(text))
    assert again.labels == result.labels
    assert again.unassigned_reasons == result.unassigned_reasons
    assert again.quality == result.quality
    assert again.preprocessing == result.preprocessing
    assert again.typical_members == result.typical_members
    assert again.fit == pytest.approx(result.fit)


def test_constant_columns_do_not_drive_clustering(marketing):
    df, kinds = marketing
    features = ["Income", "MntWines", "MntMeatProducts", "NumWebPurchases"]
    base = run_clustering(df, kinds, ClusteringSettings(features=features, k=3, seed=0))
    with_constants = run_clustering(df, kinds, ClusteringSettings(
        features=features + ["Z_CostContact", "Z_Revenue"], k=3, seed=0))
    assert with_constants.labels == base.labels
    assert with_constants.preprocessing.dropped_columns == {
        "Z_CostContact": "constant", "Z_Revenue": "constant"}


def test_overlapping_personas_get_a_note(make_blob, make_planted):
    df, kinds = make_blob(n=300, p=20)
    blob = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=6, seed=0))
    assert blob.quality.silhouette < clustering.WEAK_SILHOUETTE
    assert any("overlap a lot" in note for note in blob.notes)
    df, kinds, _ = make_planted()
    clear = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=4, seed=0))
    assert not any("overlap a lot" in note for note in clear.notes)


def test_customer_ids_must_be_whole_numbers(marketing):
    df, kinds = marketing
    named = df.set_axis([f"c{i}" for i in range(len(df))])
    with pytest.raises(AnalysisError, match="whole numbers"):
        run_clustering(named, kinds, ClusteringSettings(features=["Income"], k=2))


def test_odd_customers_in_the_real_data_fit_no_persona(marketing):
    df, kinds = marketing
    # Income 666666, and three customers born before 1901.
    odd = df.index[(df["Income"] == 666666) | (df["Year_Birth"] < 1910)].tolist()
    assert len(odd) == 4
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=3, seed=0))
    assert set(odd) <= set(result.unassigned)
    assert len(result.unassigned) < 0.1 * len(df)
