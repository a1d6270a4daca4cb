"""A stored persona set on a 2-D map, rebuilt from the project file; edits stay with their set."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from workbench.analysis import persona_map as persona_map_module
from workbench.errors import AnalysisError
from workbench.services.importing import delete_source, import_file, list_sources
from workbench.services.personas import (
    persona_map_of,
    persona_members,
    persona_sets,
    personas_of,
    run_personas,
    stored_result,
    update_persona,
)
from workbench.services.project import create_project, open_project
from workbench.store.personas import labels_of

#: planted groups: (age, income, web visits, store visits, loyalty tier)
GROUPS = [(27, 24_000, 9, 1, "silver"), (60, 38_000, 1, 14, "gold"),
          (42, 95_000, 5, 6, "platinum")]
PLANTED = {"Age", "Income", "Web visits", "Store visits", "Loyalty tier"}


def write_customers(path: Path, per_group: int = 80) -> Path:
    rng = random.Random(3)
    lines = ["customer_id,Name,Age,Income,Web visits,Store visits,Loyalty tier"]
    n = 0
    for age, income, web, store, tier in GROUPS:
        for _ in range(per_group):
            n += 1
            lines.append(f"K{n:04d},Customer {n},{int(rng.gauss(age, 4))},"
                         f"{rng.gauss(income, income / 10):.0f},{max(0, int(rng.gauss(web, 1.5)))},"
                         f"{max(0, int(rng.gauss(store, 1.5)))},{tier}")
    path.write_text("\n".join(lines), "utf-8")
    return path


@pytest.fixture
def project_path(tmp_path) -> Path:
    path = create_project(tmp_path / "map.pwb")
    with open_project(path) as project:
        import_file(project, write_customers(tmp_path / "crm.csv"))
    return path


def test_stored_result_gives_back_the_runs_memberships(project_path):
    with open_project(project_path) as project:
        set_id = run_personas(project, k=3, seed=0)
        result = stored_result(project, set_id)
        members = persona_members(project, set_id)
        assigned = labels_of(project.db, set_id)
    assert len(result.labels) == len(members) == 240
    assert {c: result.labels[c] for c in assigned} == assigned
    assert result.unassigned == sorted(m["customer_id"] for m in members if m["persona_id"] is None)
    assert result.settings.k == 3 and result.settings.seed == 0


def test_map_places_every_clustered_customer_with_its_persona(project_path):
    with open_project(project_path) as project:
        set_id = run_personas(project, k=3, seed=0)
        placed_map = persona_map_of(project, set_id)
        members = {m["customer_id"]: m for m in persona_members(project, set_id)}
        position = {p.id: p.position for p in personas_of(project, set_id)}
    placed = placed_map.placed
    assert sorted(placed.ids) == sorted(members) and not placed_map.sampled
    for customer, persona, off in zip(placed.ids, placed.personas, placed.unassigned, strict=True):
        member = members[customer]
        assert off == (member["persona_id"] is None)
        assert persona == position[member["persona_id"] or member["nearest_id"]]
    assert placed_map.labels[placed.ids[0]] == members[placed.ids[0]]["label"]
    assert 0.5 < sum(placed.explained) <= 1.0


def test_map_axes_are_described_by_the_attributes_that_separate_the_groups(project_path):
    with open_project(project_path) as project:
        set_id = run_personas(project, k=3, seed=0)
        placed_map = persona_map_of(project, set_id)
    first, second = placed_map.axes
    assert first and all(d.attribute in PLANTED for d in first + second)
    assert all(abs(d.correlation) >= 0.3 for d in first + second)
    assert len({d.attribute for d in first}) == len(first)  # one line per attribute


def test_large_sets_are_mapped_as_a_seeded_sample(project_path, monkeypatch):
    monkeypatch.setattr(persona_map_module, "MAX_POINTS", 60)
    with open_project(project_path) as project:
        set_id = run_personas(project, k=3, seed=0)
        first = persona_map_of(project, set_id)
        again = persona_map_of(project, set_id)
    assert first.sampled and len(first.placed.ids) == 60 and first.placed.n_customers == 240
    assert again.placed.ids == first.placed.ids
    assert set(first.labels) == set(first.placed.ids)


def test_gower_set_on_mixed_data_is_mapped(project_path):
    with open_project(project_path) as project:
        set_id = run_personas(project, k=3, seed=0, algorithm="gower",
                              features=["Age", "Income", "Loyalty tier"])
        placed = persona_map_of(project, set_id).placed
    assert len(placed.ids) == 240 and set(placed.personas) == {0, 1, 2}


def test_map_still_finds_the_sets_attributes_after_a_same_named_column_is_imported(
        project_path, tmp_path):
    survey = tmp_path / "survey.csv"
    survey.write_text("customer_id,Age\nK0001,31\nK0002,64\n", "utf-8")
    with open_project(project_path) as project:
        set_id = run_personas(project, k=3, seed=0, features=["Age", "Income", "Loyalty tier"])
        import_file(project, survey)  # now "Age (crm.csv)" and "Age (survey.csv)"
        placed_map = persona_map_of(project, set_id)
    assert len(placed_map.placed.ids) == 240
    assert any(d.attribute == "Age" for d in placed_map.axes[0] + placed_map.axes[1])


def test_map_of_a_set_whose_source_is_gone_says_what_is_missing(project_path):
    with open_project(project_path) as project:
        set_id = run_personas(project, k=3, seed=0)
        delete_source(project, list_sources(project)[0].id)
        with pytest.raises(AnalysisError, match="no longer in the project"):
            persona_map_of(project, set_id)


def test_running_again_makes_a_new_set_and_edits_stay_with_their_set(project_path):
    with open_project(project_path) as project:
        first = run_personas(project, k=3, seed=0)
        edited = personas_of(project, first)[0]
        update_persona(project, edited.id, name="Store regular", quote="I like to touch it.",
                       photo=b"\x89PNG not really")
        second = run_personas(project, k=3, seed=0)
        assert second != first and [s.id for s in persona_sets(project)] == [first, second]
        kept = personas_of(project, first)[0]
        fresh = personas_of(project, second)[0]
    assert (kept.name, kept.quote, kept.photo) == ("Store regular", "I like to touch it.",
                                                   b"\x89PNG not really")
    assert fresh.name != "Store regular" and fresh.quote == "" and fresh.photo is None
    assert fresh.profile == kept.profile  # same data, settings and seed: the same persona
