"""Suggesting the number of personas: planted k found, no structure -> a flagged weak set, cancel works."""

from __future__ import annotations

import json

import pytest

from workbench import i18n
from workbench.analysis import k_selection
from workbench.analysis.k_selection import choose_k, suggest_k
from workbench.domain.personas import (
    RULE_MOST_STABLE,
    RULE_STABLE_BEST_GAIN,
    RULE_WEAK_STRUCTURE,
    ClusteringSettings,
    KScore,
    KSuggestion,
)
from workbench.errors import AnalysisError, OperationCancelled
from workbench.progress import Task

KS = range(2, 7)


@pytest.mark.parametrize("algorithm", ["kmeans", "agglomerative", "gower"])
def test_suggestion_finds_the_planted_number_of_personas(make_planted, algorithm):
    df, kinds, _ = make_planted(n=300, k=4)
    settings = ClusteringSettings(features=list(kinds), algorithm=algorithm, seed=0)
    suggestion = suggest_k(df, kinds, settings, k_range=KS, n_bootstrap=6)
    assert suggestion.suggested_k == 4
    assert suggestion.rule == RULE_STABLE_BEST_GAIN
    assert suggestion.reason.startswith("k=4:")
    four = suggestion.score(4)
    assert four.stability > 0.9 and four.gain > 0.2
    assert [s.k for s in suggestion.scores] == list(KS)


def test_structureless_data_give_the_most_stable_k_flagged_as_weak(make_blob):
    df, kinds = make_blob(n=300)
    settings = ClusteringSettings(features=list(kinds), seed=0)
    suggestion = suggest_k(df, kinds, settings, n_bootstrap=6)
    assert [s.k for s in suggestion.scores] == [3, 4, 5, 6]  # what a marketer would present
    assert all(s.gain < k_selection.STRUCTURE_GAIN for s in suggestion.scores)
    assert suggestion.rule == RULE_WEAK_STRUCTURE and suggestion.weak
    most_stable = max(suggestion.scores, key=lambda s: (round(s.stability, 3), -s.k))
    assert suggestion.suggested_k == most_stable.k
    assert suggestion.reason.startswith("Weak structure: these personas split a continuum.")


def test_weak_structure_finds_the_subset_of_attributes_that_has_groups(make_planted, make_blob):
    planted, planted_kinds, _ = make_planted(n=300, k=4)
    noise, noise_kinds = make_blob(n=300)
    noise.index = planted.index
    df = planted.join(noise.add_prefix("noise_"))
    kinds = {**planted_kinds, **{f"noise_{n}": k for n, k in noise_kinds.items()}}
    # Only two planted attributes among many noise attributes: the whole set looks weak.
    chosen = list(planted_kinds)[:2]
    features = chosen + [f"noise_{n}" for n in noise_kinds]
    subsets = k_selection.suggest_subsets(df, kinds, ClusteringSettings(features=features))
    assert subsets, "no subset tried"
    best = subsets[0]
    assert best.structured and set(best.features) == set(chosen)


def test_same_seed_gives_the_same_suggestion(marketing):
    df, kinds = marketing
    settings = ClusteringSettings(features=list(kinds), seed=3)
    first = suggest_k(df, kinds, settings, k_range=range(2, 5), n_bootstrap=4)
    second = suggest_k(df, kinds, settings, k_range=range(2, 5), n_bootstrap=4)
    assert first == second


def test_cancel_during_k_suggestion_stops(make_planted):
    df, kinds, _ = make_planted(n=300)
    reports: list[float] = []
    task = Task()

    def progress(done, total, message):
        reports.append(done)
        if len(reports) == 5:
            task.cancel()

    task._on_progress = progress
    with pytest.raises(OperationCancelled):
        suggest_k(df, kinds, ClusteringSettings(features=list(kinds)), k_range=KS,
                  n_bootstrap=10, task=task)
    assert len(reports) == 5  # stopped at the report after the cancel request


def test_k_suggestion_reports_progress_up_to_the_total(make_planted):
    df, kinds, _ = make_planted(n=200)
    seen: list[tuple[float, float | None, str]] = []
    suggest_k(df, kinds, ClusteringSettings(features=list(kinds)), k_range=range(2, 4),
              n_bootstrap=3, task=Task(lambda d, t, m: seen.append((d, t, m))))
    totals = {t for _, t, _ in seen if t is not None}
    assert totals == {2 * (3 + 2)}
    assert seen[-1][0] == seen[-1][1]
    assert any("Trying 3 personas" in m for _, _, m in seen)


def test_large_data_are_judged_on_a_seeded_sample(make_planted, monkeypatch):
    monkeypatch.setattr(k_selection, "SAMPLE", 150)
    df, kinds, _ = make_planted(n=400)
    suggestion = suggest_k(df, kinds, ClusteringSettings(features=list(kinds)),
                           k_range=range(3, 6), n_bootstrap=4)
    assert suggestion.sample_size == 150
    assert suggestion.suggested_k == 4


def test_unstable_solutions_are_suggested_with_a_warning():
    scores = [KScore(k=2, silhouette=0.3, reference_silhouette=0.2, stability=0.6,
                     stability_sd=0.1, smallest_share=0.4),
              KScore(k=3, silhouette=0.3, reference_silhouette=0.1, stability=0.7,
                     stability_sd=0.1, smallest_share=0.2)]
    k, rule, reason = choose_k(scores)
    assert (k, rule) == (3, RULE_MOST_STABLE)
    assert "caution" in reason


def test_nearly_as_good_solutions_are_mentioned():
    scores = [KScore(k=2, silhouette=0.30, reference_silhouette=0.20, stability=0.95,
                     stability_sd=0.0, smallest_share=0.4),
              KScore(k=3, silhouette=0.25, reference_silhouette=0.155, stability=0.9,
                     stability_sd=0.0, smallest_share=0.3)]
    k, _, reason = choose_k(scores)
    assert k == 2
    assert "Nearly as good: k=3" in reason


def test_reason_is_translated(make_blob, monkeypatch):
    monkeypatch.setitem(i18n._catalog, ("KSelection", _NO_STRUCTURE_SOURCE),
                        "Struttura debole tra k={low} e k={high}.")
    df, kinds = make_blob(n=200)
    suggestion = suggest_k(df, kinds, ClusteringSettings(features=list(kinds)),
                           k_range=range(2, 4), n_bootstrap=3)
    assert suggestion.reason == "Struttura debole tra k=2 e k=3."


#: The English source of the weak-structure reason, as extracted for translators.
_NO_STRUCTURE_SOURCE = (
    "Weak structure: these personas split a continuum. For every k from {low} to "
    "{high} the silhouette is no better than for structureless data of the same "
    "shape (best gain {gain:+.2f} at k={best_k}, {needed:.2f} needed), so k={k}, the "
    "most stable (stability {stability:.2f}), is used: its personas are regions of "
    "one cloud of customers, not distinct groups."
)


def test_suggestion_survives_a_json_round_trip(make_planted):
    df, kinds, _ = make_planted(n=200)
    suggestion = suggest_k(df, kinds, ClusteringSettings(features=list(kinds)),
                           k_range=range(2, 5), n_bootstrap=3)
    text = json.dumps(suggestion.to_dict(), allow_nan=False)
    assert KSuggestion.from_dict(json.loads(text)) == suggestion


def test_impossible_ranges_are_refused(make_planted):
    df, kinds, _ = make_planted(n=200)
    settings = ClusteringSettings(features=list(kinds))
    with pytest.raises(AnalysisError):
        suggest_k(df, kinds, settings, k_range=[1])
    with pytest.raises(AnalysisError):
        suggest_k(df, kinds, settings, n_bootstrap=1)
