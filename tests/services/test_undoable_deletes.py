"""Deleting a journey map or a persona set can be undone: everything comes back as it was."""

from __future__ import annotations

from project_snapshot import dump
from test_journeys import make_project

from workbench.domain.persona_sets import Memberships
from workbench.services import journeys as journey_service
from workbench.services import personas as persona_service
from workbench.services.customers import forget_customer
from workbench.services.project import open_project
from workbench.store import personas as persona_store


def _content(path) -> list[str]:
    # rows of tables without an id of their own come back at the end: order aside
    return sorted(dump(path))


def _edited_map(project, persona: int) -> int:
    journey_id = journey_service.create_journey(project, persona)
    journey = journey_service.get_journey(project, journey_id)
    lane = next(lane for lane in journey.lanes if lane.kind == "thoughts")
    journey_service.add_card(project, lane.id, journey.stages[1].id, "Which one fits my kitchen? 🤔")
    journey_service.set_emotion(project, journey.stages[2].id, -1.5)
    return journey_id


def test_a_deleted_journey_map_comes_back_whole_with_its_ids(tmp_path):
    path, persona, _, _ = make_project(tmp_path)
    with open_project(path) as project:
        journey_id = _edited_map(project, persona)
        before = journey_service.get_journey(project, journey_id)
    content = _content(path)
    with open_project(path) as project:
        removed = journey_service.delete_journey(project, journey_id)
        assert journey_id not in [j.id for j in journey_service.journeys(project)]
        assert journey_service.restore_journey(project, removed) == journey_id
        after = journey_service.get_journey(project, journey_id)
    assert after.cards == before.cards and after.stages == before.stages
    assert _content(path) == content


def test_a_deleted_persona_set_comes_back_with_edited_cards_and_its_maps_links(tmp_path):
    path, persona, _, _ = make_project(tmp_path)
    with open_project(path) as project:
        journey_id = _edited_map(project, persona)
        persona_service.update_persona(project, persona, narrative="Compares for weeks.")
        set_id = persona_store.get_persona(project.db, persona).persona_set_id
    content = _content(path)
    with open_project(path) as project:
        removed = persona_service.delete_persona_set(project, set_id)
        assert persona_service.persona_sets(project) == []
        assert journey_service.get_journey(project, journey_id).persona_id is None
        assert persona_service.restore_persona_set(project, removed) == set_id
        assert journey_service.get_journey(project, journey_id).persona_id == persona
    assert _content(path) == content


def test_a_set_whose_id_was_taken_meanwhile_comes_back_under_a_new_id(tmp_path):
    path, persona, _, _ = make_project(tmp_path)
    with open_project(path) as project:
        journey_id = _edited_map(project, persona)
        old_set = persona_store.get_persona(project.db, persona).persona_set_id
        old_members = persona_store.labels_of(project.db, old_set)
        removed = persona_service.delete_persona_set(project, old_set)
        newer = persona_store.save_persona_set(
            project.db, name="newer", created_at="2026-11-25T10:00:00", settings={}, result={},
            suggestion=None, features={},
            personas=[{"position": 0, "name": "Newcomer", "size": 1, "share": 1.0, "profile": {}}],
            members=Memberships.from_rows([(min(old_members), 0, 0, 1.0, None)]))
        assert newer == old_set  # SQLite handed the freed id to the new set

        restored = persona_service.restore_persona_set(project, removed)

        assert restored != newer
        assert persona_store.labels_of(project.db, restored) == old_members
        assert [p.name for p in persona_service.personas_of(project, newer)] == ["Newcomer"]
        assert persona_store.labels_of(project.db, newer) == {min(old_members): 0}
        names = [p.name for p in persona_service.personas_of(project, restored)]
        assert names == ["Members", "Others"]
        relinked = journey_service.get_journey(project, journey_id)
        assert relinked.persona_name == "Members"
        assert persona_store.get_persona(project.db, relinked.persona_id).persona_set_id == restored


def test_a_customer_erased_after_the_delete_stays_erased_when_the_set_comes_back(tmp_path):
    path, persona, _, ids = make_project(tmp_path)
    with open_project(path) as project:
        set_id = persona_store.get_persona(project.db, persona).persona_set_id
        removed = persona_service.delete_persona_set(project, set_id)
        forget_customer(project, ids["M01"])
        persona_service.restore_persona_set(project, removed)
        members = persona_store.labels_of(project.db, set_id)
        assert ids["M01"] not in members and len(members) == 39
        assert project.db.scalar("SELECT count(*) FROM persona_members WHERE customer_id = ?",
                                 (ids["M01"],)) == 0
