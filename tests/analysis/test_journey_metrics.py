"""Observed journey metrics on a small hand-made event log whose answers are worked out by hand."""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd
import pytest

from workbench.analysis.journeys import (
    FrictionThresholds,
    assign_stages,
    compare_emotions,
    design_disagreements,
    friction_members,
    observe_journey,
    score_scale,
    to_emotion,
)
from workbench.domain.journeys import (
    Card,
    JourneyMap,
    Lane,
    Stage,
    StageEmotion,
    normalise_label,
)

START = datetime(2026, 3, 1, 9, 0)
STAGES = ["A", "B", "C"]
# (customer, hours after start, stage, channel, score, outcome)
LOG = [
    (1, 0, "A", "web", 5, "ok"), (1, 2, "A", "web", 4, "ok"), (1, 6, "B", "app", 3, "ok"),
    (1, 8, "C", "store", 5, "ok"),
    (2, 0, "A", "web", 4, "ok"), (2, 1, "B", "app", 2, "complaint"),
    (2, 51, "C", "store", 1, "failed"),
    (3, 0, "A", "app", 5, "ok"), (3, 3, "B", "call centre", 1, "ok"),
    (4, 0, "A", "web", 3, "ok"),
    # not a member: must change nothing
    (5, 0, "A", "store", 1, "complaint"), (5, 1000, "C", "store", 1, "failed"),
    (5, 1001, "C", "store", 1, "failed"),
]
MEMBERS = [1, 2, 3, 4, 6]  # 6 has no events
EVERYTHING = FrictionThresholds(min_members=1)


def events() -> pd.DataFrame:
    rows = [{"customer_id": c, "occurred_at": (START + timedelta(hours=h)).isoformat(),
             "channel": ch, "action": "do", "outcome": o, "score": float(s), "stage": st}
            for c, h, st, ch, s, o in LOG]
    return pd.DataFrame(rows).sample(frac=1.0, random_state=3)  # order must not matter


def test_shares_channels_and_members_per_stage():
    observed = observe_journey(events(), MEMBERS, STAGES, EVERYTHING)
    assert observed.members == 5 and observed.members_with_events == 4
    assert observed.events == 10 and observed.unstaged_events == 0
    a, b, c = observed.stages
    assert (a.members, b.members, c.members) == (4, 3, 2)
    assert (a.share, b.share, c.share) == (1.0, 0.75, 0.5)
    assert a.channels == {"web": 4, "app": 1}
    assert a.channel_shares == {"web": 0.8, "app": 0.2}
    assert b.channels == {"app": 2, "call centre": 1}
    assert c.channels == {"store": 2}


def test_transitions_count_channel_switches_between_consecutive_events():
    observed = observe_journey(events(), MEMBERS, STAGES, EVERYTHING)
    got = {(t.source, t.target): (t.count, t.share) for t in observed.transitions}
    # c1 web→web→app→store, c2 web→app→store, c3 app→call centre: 5 switches
    assert got == {("web", "app"): (2, 0.4), ("app", "store"): (2, 0.4),
                   ("app", "call centre"): (1, 0.2)}
    assert [(t.source, t.target) for t in observed.transitions][-1] == ("app", "call centre")


def test_stall_times_repeats_and_drop_out():
    observed = observe_journey(events(), MEMBERS, STAGES, EVERYTHING)
    a, b, c = observed.stages
    # gaps: A [2], B [4, 1, 3], C [2, 50]; all [1, 2, 2, 3, 4, 50] → median 2.5
    assert observed.median_gap_hours == 2.5
    assert (a.median_gap_hours, b.median_gap_hours, c.median_gap_hours) == (2.0, 3.0, 26.0)
    assert c.p90_gap_hours == pytest.approx(2 + 0.9 * 48)
    assert (a.repeat_contacts, a.repeat_members, b.repeat_contacts) == (1, 1, 0)
    # furthest stage: c1 C, c2 C, c3 B, c4 A
    assert (a.dropped_out, b.dropped_out, c.dropped_out) == (1, 1, 0)
    assert a.dropout_share == 0.25 and b.dropout_share == pytest.approx(1 / 3, abs=1e-4)


def test_negative_feedback_and_emotion_from_scores():
    observed = observe_journey(events(), MEMBERS, STAGES, EVERYTHING)
    a, b, c = observed.stages
    assert observed.score_scale == "1-5"
    # 1..5 → −2..+2: A [2, 1, 1, 2, 0], B [0, −1, −2], C [2, −2]
    assert (a.emotion, a.emotion_n) == (1.2, 5)
    assert (b.emotion, b.emotion_n) == (-1.0, 3)
    assert (c.emotion, c.emotion_n) == (0.0, 2)
    assert (a.negative_events, b.negative_events, c.negative_events) == (0, 2, 1)
    assert b.negative_share == pytest.approx(2 / 3, abs=1e-4)


def test_friction_points_where_planted_with_their_members():
    log = events()
    observed = observe_journey(log, MEMBERS, STAGES, EVERYTHING)
    found = {(f.kind, f.stage, f.channel): f for f in observed.friction}
    assert set(found) == {("stall", "C", None), ("repeat", "A", None), ("dropout", "A", None),
                          ("dropout", "B", None), ("negative", "B", "app"),
                          ("negative", "B", "call centre"), ("negative", "C", "store")}
    assert found[("repeat", "A", None)].figures["channel"] == "web"
    assert found[("stall", "C", None)].share == 0.5
    expected = {("stall", "C", None): [2], ("repeat", "A", None): [1],
                ("dropout", "A", None): [4], ("dropout", "B", None): [3],
                ("negative", "B", "app"): [2], ("negative", "B", "call centre"): [3],
                ("negative", "C", "store"): [2]}
    for key, point in found.items():
        assert friction_members(log, MEMBERS, STAGES, point, EVERYTHING) == expected[key]
    # with the default thresholds one member is not enough for a friction point
    assert observe_journey(log, MEMBERS, STAGES).friction == []


def test_score_scales_map_onto_minus_two_plus_two():
    assert score_scale(pd.Series([0, 7, 10])) == (0.0, 10.0)
    assert list(to_emotion(pd.Series([0.0, 5.0, 10.0]), (0.0, 10.0))) == [-2.0, 0.0, 2.0]
    assert score_scale(pd.Series([None, None])) is None


def test_stage_labels_win_over_actions_and_unknown_events_stay_unstaged():
    labels = pd.Series(["Problem  Discovery", None, "nonsense", None])
    actions = pd.Series(["checkout", "checkout", "saw ad", "unknown"])
    stages = assign_stages(labels, actions, {normalise_label("problem discovery"): "Discovery"},
                           {"checkout": "Buy", "saw ad": "Discovery"})
    assert list(stages) == ["Discovery", "Buy", "Discovery", None]


def _map(override: float | None, touchpoints: list[str]) -> JourneyMap:
    stages = [Stage(10 + i, 1, i, name) for i, name in enumerate(STAGES)]
    lane = Lane(100, 1, 0, "touchpoints", "Touchpoints")
    cards = [Card(200 + i, 1, 100, 11, i, text) for i, text in enumerate(touchpoints)]
    return JourneyMap(1, "Map", None, "problem", "", "", stages, [lane], cards,
                      {11: StageEmotion(11, -1.0, 3, override)})


def test_design_and_observed_disagree_where_the_map_says_otherwise():
    observed = observe_journey(events(), MEMBERS, STAGES, EVERYTHING, stage_ids=[10, 11, 12])
    kinds = {(d.stage_id, d.kind) for d in design_disagreements(_map(1.0, ["Website"]), observed)}
    # B: designed touchpoint lacks the app, emotion +1 vs −1 (≥ 1.5); C reached by half only
    assert kinds == {(11, "channel_missing"), (11, "emotion_differs")}
    agreeing = design_disagreements(_map(-0.5, ["Mobile app"]), observed)
    assert agreeing == []


def test_emotion_curves_of_several_maps_share_one_axis():
    first = _map(1.0, [])
    second = _map(None, [])
    second.id, second.name = 2, "Other"
    second.stages = [Stage(11, 2, 0, "b"), Stage(99, 2, 1, "D")]
    comparison = compare_emotions([first, second])
    assert comparison.stage_labels == ["A", "B", "C", "D"]
    assert comparison.curves[0].values == [None, 1.0, None, None]
    assert comparison.curves[1].values == [None, -1.0, None, None]
    assert comparison.curves[1].n == [0, 3, 0, 0]
