"""Journey maps on real project files: editing keeps cells, observed friction where planted."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from project_snapshot import snapshot, unchanged

from workbench.domain.journeys import LANE_PAIN_POINTS, LANE_THOUGHTS, LANE_TOUCHPOINTS
from workbench.domain.persona_sets import Memberships
from workbench.errors import OperationCancelled
from workbench.progress import Task
from workbench.services import journeys as service
from workbench.services.importing import import_file
from workbench.services.project import create_project, open_project
from workbench.store import personas as persona_store
from workbench.store.project_file import now_iso

START = datetime(2026, 2, 2, 9, 0)
MEMBERS = [f"M{i:02d}" for i in range(1, 31)]
OTHERS = [f"N{i:02d}" for i in range(1, 11)]
REPEATERS, DROPPERS, COMPLAINERS = MEMBERS[:12], MEMBERS[12:20], MEMBERS[20:]
STALLERS = MEMBERS[:20]  # five days between discovery and definition, others one day


def event_rows(with_stage: bool = True) -> list[str]:
    rows = []

    def add(customer, when, channel, stage, action, outcome="ok", score=4):
        rows.append([customer, when.strftime("%Y-%m-%d %H:%M:%S"), channel]
                    + ([stage] if with_stage else []) + [action, outcome, str(score)])

    for customer in MEMBERS:
        when = START
        add(customer, when, "web", "problem discovery", "saw ad")
        when += timedelta(days=5 if customer in STALLERS else 1)
        add(customer, when, "web", "Problem Definition", "compared products")
        when += timedelta(days=1)
        if customer in REPEATERS:  # three calls about the same order, labelled the classic way
            for _ in range(3):
                add(customer, when, "call centre", "Purchase", "checkout")
                when += timedelta(hours=2)
            when -= timedelta(hours=2)
        else:
            add(customer, when, "app", "development and resolution", "checkout")
        if customer in DROPPERS:
            continue
        when += timedelta(days=1)
        if customer in COMPLAINERS:
            add(customer, when, "call centre", "delivery of the solution", "return request",
                "complaint", 1)
        else:
            add(customer, when, "store", "delivery of the solution", "pickup", score=5)
    for customer in OTHERS:  # another persona: its trouble must not show on this map
        for hour in range(4):
            add(customer, START + timedelta(hours=hour), "store", "problem discovery",
                "saw ad", "failed", 1)
    header = ["customer_id", "timestamp", "channel"] + (["stage"] if with_stage else []) + [
        "action", "outcome", "score"]
    return [",".join(header)] + [",".join(r) for r in rows]


def make_project(tmp_path: Path, with_stage: bool = True) -> tuple[Path, int, int, dict[str, int]]:
    path = create_project(tmp_path / "journeys.pwb")
    csv = tmp_path / "touchpoints.csv"
    csv.write_text("\n".join(event_rows(with_stage)), "utf-8")
    with open_project(path) as project:
        import_file(project, csv)
        ids = {r["label"]: r["id"] for r in project.db.query("SELECT id, label FROM customers")}
        set_id = persona_store.save_persona_set(
            project.db, name="planted", created_at=now_iso(), settings={}, result={},
            suggestion=None, features={},
            personas=[{"position": 0, "name": "Members", "size": 30, "share": 0.75, "profile": {}},
                      {"position": 1, "name": "Others", "size": 10, "share": 0.25, "profile": {}}],
            members=Memberships.from_rows([(ids[c], 0, 0, 1.0, None) for c in MEMBERS]
                                           + [(ids[c], 1, 1, 1.0, None) for c in OTHERS]))
        personas = {p.name: p.id for p in persona_store.personas_of(project.db, set_id)}
    return path, personas["Members"], personas["Others"], ids


@pytest.fixture
def planted(tmp_path):
    return make_project(tmp_path)


def test_new_map_has_the_problem_template_and_default_lanes(planted):
    path, persona, _, _ = planted
    with open_project(path) as project:
        journey = service.get_journey(project, service.create_journey(project, persona))
        assert [s.name for s in journey.stages] == [
            "Problem discovery", "Problem definition", "Development and resolution",
            "Delivery of the solution"]
        assert [lane.kind for lane in journey.lanes] == [
            "actions", "touchpoints", "thoughts", "emotion", "pain_points", "opportunities", "team"]
        assert journey.name == "Journey of Members" and journey.persona_name == "Members"
        classic = service.get_journey(project, service.create_journey(project, persona, "classic"))
        assert [s.key for s in classic.stages] == [
            "awareness", "familiarity", "consideration", "purchase", "loyalty"]
        assert [j.template for j in service.journeys(project)] == ["problem", "classic"]


def test_observed_journey_finds_the_planted_friction_with_its_members(planted):
    path, persona, _, ids = planted
    with open_project(path) as project:
        journey = service.get_journey(project, service.create_journey(project, persona))
        observed = journey.observed
        assert observed.members == 30 and observed.unstaged_events == 0
        assert [s.members for s in observed.stages] == [30, 30, 30, 22]
        assert observed.stages[2].channels == {"call centre": 36, "app": 18}
        found = {(f.kind, f.stage, f.channel): f for f in observed.friction}
        assert set(found) == {
            ("stall", "Problem definition", None),
            ("repeat", "Development and resolution", None),
            ("dropout", "Development and resolution", None),
            ("negative", "Delivery of the solution", "call centre")}
        assert found[("repeat", "Development and resolution", None)].figures["channel"] == \
            "call centre"
        expected = {"stall": STALLERS, "repeat": REPEATERS, "dropout": DROPPERS,
                    "negative": COMPLAINERS}
        pain = journey.lane(LANE_PAIN_POINTS)
        for (kind, stage_name, _), point in found.items():
            stage = next(s for s in journey.stages if s.name == stage_name)
            (card,) = [c for c in journey.cell(pain.id, stage.id) if c.figures["kind"] == kind]
            assert card.origin == "observed" and str(point.members) in card.text
            members = service.friction_members(project, journey.id, card.id)
            assert members == sorted(ids[c] for c in expected[kind])


def test_emotion_is_proposed_from_scores_and_the_override_wins_and_stays(planted):
    path, persona, _, _ = planted
    with open_project(path) as project:
        journey = service.get_journey(project, service.create_journey(project, persona))
        discovery, _, _, delivery = journey.stages
        # scores 1..5 → −2..+2; delivery: 12 fives (+2) and 10 ones (−2) over 22 scores
        assert journey.emotion(discovery.id).observed == 1.0
        assert journey.emotion(delivery.id).observed == pytest.approx(round(4 / 22, 2))
        assert journey.emotion(delivery.id).observed_n == 22
        assert service.set_emotion(project, delivery.id, -1.5) is None
        service.refresh_observed(project, journey.id)
        again = service.get_journey(project, journey.id).emotion(delivery.id)
        assert (again.value, again.override, again.observed_n) == (-1.5, -1.5, 22)
        assert service.set_emotion(project, delivery.id, None) == -1.5
        assert service.get_journey(project, journey.id).emotion(delivery.id).value == \
            pytest.approx(round(4 / 22, 2))
        with pytest.raises(service.JourneyError, match="-2"):
            service.set_emotion(project, delivery.id, 3)


def test_renaming_reordering_and_removing_stages_keeps_cells(planted):
    path, persona, _, _ = planted
    with open_project(path) as project:
        journey_id = service.create_journey(project, persona)
        journey = service.get_journey(project, journey_id)
        lane = journey.lane(LANE_THOUGHTS)
        first, second, third, fourth = journey.stages
        card = service.add_card(project, lane.id, second.id, "Compare on the website")
        service.add_card(project, lane.id, second.id, "Ask in store", position=0)
        service.set_emotion(project, second.id, 1.0)
        assert service.rename_stage(project, second.id, "Choosing") == "Problem definition"
        assert service.move_stage(project, second.id, 3) == 1
        journey = service.get_journey(project, journey_id)
        assert [s.id for s in journey.stages] == [first.id, third.id, fourth.id, second.id]
        assert [c.text for c in journey.cell(lane.id, second.id)] == [
            "Ask in store", "Compare on the website"]
        removed = service.remove_stage(project, second.id)
        journey = service.get_journey(project, journey_id)
        assert second.id not in [s.id for s in journey.stages]
        assert all(c.stage_id != second.id for c in journey.cards)
        service.restore_stage(project, removed)
        restored = service.get_journey(project, journey_id)
        assert [s.id for s in restored.stages] == [first.id, third.id, fourth.id, second.id]
        assert restored.stage(second.id).name == "Choosing"
        assert [c.id for c in restored.cell(lane.id, second.id)][1] == card
        touchpoints = restored.lane(LANE_TOUCHPOINTS)
        assert restored.cell(touchpoints.id, second.id), "the channels members use came back too"
        assert restored.emotion(second.id).override == 1.0
        # a renamed stage still collects its events by its template key
        service.refresh_observed(project, journey_id)
        assert service.get_journey(project, journey_id).observed.stages[3].members == 30


def test_cards_move_between_stages_and_removed_proposals_stay_away(planted):
    path, persona, _, _ = planted
    with open_project(path) as project:
        journey = service.get_journey(project, service.create_journey(project, persona))
        actions = journey.lane("actions")
        a, b = journey.stages[0].id, journey.stages[1].id
        first = service.add_card(project, actions.id, a, "Sees an advert")
        second = service.add_card(project, actions.id, a, "Reads reviews")
        assert service.move_card(project, first, b) == (actions.id, a, 0)
        journey = service.get_journey(project, journey.id)
        assert [c.id for c in journey.cell(actions.id, a)] == [second]
        assert [c.id for c in journey.cell(actions.id, b)] == [first]
        assert service.edit_card(project, first, "Sees an advert online") == "Sees an advert"
        # a proposed pain point the researcher removes is not proposed again...
        pain = journey.lane(LANE_PAIN_POINTS)
        proposal = next(c for c in journey.cards if c.lane_id == pain.id)
        removed = service.remove_card(project, proposal.id)
        service.refresh_observed(project, journey.id)
        again = service.get_journey(project, journey.id)
        assert proposal.friction_key not in {c.friction_key for c in again.cards}
        # ...until the removal is undone
        service.restore_card(project, removed)
        again = service.get_journey(project, journey.id)
        assert again.dismissed == [] and any(c.id == proposal.id for c in again.cards)
        with pytest.raises(service.JourneyError, match="emotion"):
            service.add_card(project, journey.lane("emotion").id, a, "no")


def test_lanes_can_be_added_renamed_hidden_moved_removed_and_restored(planted):
    path, persona, _, _ = planted
    with open_project(path) as project:
        journey = service.get_journey(project, service.create_journey(project, persona))
        lane = service.add_lane(project, journey.id, "Regulations", position=0)
        card = service.add_card(project, lane, journey.stages[2].id, "Consumer code, art. 52")
        assert service.rename_lane(project, lane, "Rules") == "Regulations"
        assert service.set_lane_hidden(project, lane, True) is False
        assert service.move_lane(project, lane, 7) == 0
        removed = service.remove_lane(project, lane)
        assert all(x.id != lane for x in service.get_journey(project, journey.id).lanes)
        service.restore_lane(project, removed)
        journey = service.get_journey(project, journey.id)
        restored = next(x for x in journey.lanes if x.id == lane)
        assert (restored.name, restored.hidden, restored.position, restored.kind) == (
            "Rules", True, 7, "text")
        assert [c.id for c in journey.cell(lane, journey.stages[2].id)] == [card]


def test_design_and_observed_disagreement_is_reported_per_stage(planted):
    path, persona, _, _ = planted
    with open_project(path) as project:
        journey = service.get_journey(project, service.create_journey(project, persona))
        delivery = journey.stages[3]
        touch = journey.lane(LANE_TOUCHPOINTS)
        for card in journey.cell(touch.id, delivery.id):  # the researcher redesigns the stage
            service.remove_card(project, card.id)
        service.add_card(project, touch.id, delivery.id, "E-mail with tracking link")
        service.set_emotion(project, delivery.id, 2.0)
        found = {(d.stage_id, d.kind) for d in service.disagreements(project, journey.id)}
        assert found == {(delivery.id, "channel_missing"), (delivery.id, "emotion_differs")}
        service.add_card(project, touch.id, delivery.id, "Pick-up in store")
        service.set_emotion(project, delivery.id, 0.5)
        assert service.disagreements(project, journey.id) == []


def test_without_a_stage_column_actions_are_mapped_and_the_mapping_is_editable(tmp_path):
    path, persona, _, _ = make_project(tmp_path, with_stage=False)
    with open_project(path) as project:
        journey = service.get_journey(project, service.create_journey(project, persona))
        mapping = {m.action: m.stage_id for m in service.action_mapping(project, journey.id)}
        ids = [s.id for s in journey.stages]
        assert mapping == {"saw ad": ids[0], "compared products": ids[1], "checkout": ids[2],
                           "pickup": ids[3], "return request": ids[3]}
        assert [s.members for s in journey.observed.stages] == [30, 30, 30, 22]
        assert service.set_action_stage(project, journey.id, "return request", None) == ids[3]
        observed = service.refresh_observed(project, journey.id)
        assert observed.unstaged_events == 10 and observed.stages[3].members == 12


def test_cancelled_creation_leaves_the_project_unchanged(planted):
    path, persona, _, _ = planted
    before = snapshot(path)
    task = Task(lambda done, total, message: task.cancel() if total and done / total > 0.3
                else None)
    with open_project(path) as project:
        with pytest.raises(OperationCancelled):
            service.create_journey(project, persona, task=task)
        assert service.journeys(project) == []
    assert unchanged(path, before)


def test_unknown_persona_template_and_stage_are_explained(planted):
    path, persona, _, _ = planted
    with open_project(path) as project:
        with pytest.raises(service.JourneyError, match="no persona 999"):
            service.create_journey(project, 999)
        with pytest.raises(service.JourneyError, match="problem, classic"):
            service.create_journey(project, persona, template="fancy")
        with pytest.raises(service.JourneyError, match="no stage 12345"):
            service.rename_stage(project, 12345, "x")


def test_saved_template_and_emotion_curves_of_two_personas(planted):
    path, persona, others, _ = planted
    with open_project(path) as project:
        first = service.create_journey(project, persona)
        service.add_stage(project, first, "Advocacy")
        key = service.save_template(project, first, "Ours")
        second = service.create_journey(project, others, template=key)
        assert [s.name for s in service.get_journey(project, second).stages][-1] == "Advocacy"
        comparison = service.compare_journeys(project, [first, second])
        assert comparison.stage_labels[0] == "Problem discovery"
        assert len(comparison.stage_labels) == 5
        members_curve, others_curve = comparison.curves
        assert members_curve.values[0] == 1.0 and others_curve.values[0] == -2.0
        assert others_curve.n[0] == 40
        assert service.coded_complaints(project, first) == []


def test_map_of_a_deleted_persona_keeps_its_last_figures(planted):
    path, persona, _, _ = planted
    with open_project(path) as project:
        journey_id = service.create_journey(project, persona)
        set_id = persona_store.get_persona(project.db, persona).persona_set_id
        persona_store.delete_persona_set(project.db, set_id)
        journey = service.get_journey(project, journey_id)
        assert journey.persona_id is None and journey.observed.members == 30
        with pytest.raises(service.JourneyError, match="was deleted"):
            service.refresh_observed(project, journey_id)
        # no customer id is kept in any journey table
        tables = [r[0] for r in project.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'journey%'")]
        for table in tables:
            columns = [r[1] for r in project.db.query(f"PRAGMA table_info({table})")]
            assert not any("customer" in c for c in columns)


def test_a_new_map_starts_its_touchpoints_from_the_channels_members_use(planted):
    path, persona, _, _ = planted
    with open_project(path) as project:
        journey = service.get_journey(project, service.create_journey(project, persona))
        lane = journey.lane(LANE_TOUCHPOINTS)
        assert journey.observed is not None
        for stage, figures in zip(journey.stages, journey.observed.stages, strict=True):
            cards = journey.cell(lane.id, stage.id)
            expected = [c for c, share in sorted(figures.channel_shares.items(),
                                                  key=lambda item: -item[1])
                        if share >= service.STARTING_CHANNEL_SHARE][:service.STARTING_CHANNELS]
            assert [c.text for c in cards] == expected
            assert all(c.origin == "designed" and not c.edited for c in cards)
        assert any(journey.cell(lane.id, s.id) for s in journey.stages)


def test_undoing_an_edit_of_a_proposal_lets_refresh_update_it_again(planted):
    path, persona, _, _ = planted
    with open_project(path) as project:
        journey = service.get_journey(project, service.create_journey(project, persona))
        proposal = next(c for c in journey.cards if c.origin == "observed" and c.friction_key)
        assert not service.card_edited(project, proposal.id)
        was = service.card_edited(project, proposal.id)
        old = service.edit_card(project, proposal.id, "My own words")
        assert service.card_edited(project, proposal.id)
        service.edit_card(project, proposal.id, old, edited=was)  # what undo does
        assert not service.card_edited(project, proposal.id)
        service.refresh_observed(project, journey.id)
        again = service.get_journey(project, journey.id)
        assert any(c.id == proposal.id and c.text == proposal.text for c in again.cards)
