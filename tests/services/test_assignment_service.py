"""New customers join an existing persona set with its stored rule, without re-clustering."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from workbench.errors import AnalysisError
from workbench.services.importing import import_file
from workbench.services.living import (
    assign_customers,
    assignment_runs,
    undo_assignment,
    unplaced_customers,
)
from workbench.services.personas import persona_members, personas_of, run_personas
from workbench.services.project import create_project, open_project

GROUPS = {  # planted groups: (income, web, store, tier)
    "young web": (24_000, 9, 1, "silver"),
    "store regulars": (38_000, 1, 14, "gold"),
    "premium": (95_000, 5, 6, "platinum"),
}
HEADER = "customer_id,Income,Web purchases,Store purchases,Loyalty tier"


def write_wave(path: Path, start: int, counts: dict[str, int], seed: int) -> dict[str, str]:
    rng = random.Random(seed)
    truth, lines = {}, [HEADER]
    n = start
    for group, count in counts.items():
        income, web, store, tier = GROUPS[group]
        for _ in range(count):
            n += 1
            ident = f"K{n:05d}"
            truth[ident] = group
            lines.append(f"{ident},{rng.gauss(income, income / 10):.0f},"
                         f"{max(0, int(rng.gauss(web, 1.5)))},{max(0, int(rng.gauss(store, 1.5)))},"
                         f"{tier if rng.random() < 0.9 else 'none'}")
    path.write_text("\n".join(lines), "utf-8")
    return truth


@pytest.fixture
def fitted(tmp_path):
    path = create_project(tmp_path / "living.pwb")
    first = tmp_path / "crm_2024.csv"
    truth = write_wave(first, 0, {g: 100 for g in GROUPS}, seed=1)
    with open_project(path) as project:
        import_file(project, first)
        set_id = run_personas(project, k=3, seed=0)
    return path, set_id, truth


def persona_of_group(project, set_id, truth) -> dict[str, str]:
    """The persona name most members of each planted group are in."""
    votes: dict[str, dict[str, int]] = {}
    for member in persona_members(project, set_id):
        if member["persona_name"] is None:
            continue
        group = truth.get(member["label"])
        if group:
            votes.setdefault(group, {}).setdefault(member["persona_name"], 0)
            votes[group][member["persona_name"]] += 1
    return {group: max(v, key=v.get) for group, v in votes.items()}


def test_the_rule_gives_back_the_fitted_personas_on_the_fitted_customers(fitted):
    path, set_id, _truth = fitted
    with open_project(path) as project:
        before = {m["customer_id"]: m["persona_id"] for m in persona_members(project, set_id)}
        (fit_run,) = assignment_runs(project, set_id)
        assert fit_run.kind.value == "fit" and fit_run.n_customers == 300
        done = assign_customers(project, set_id)
        after = {m["customer_id"]: m["persona_id"] for m in persona_members(project, set_id)}
        assert after == before
        assert done.run.n_new == 0 and done.run.n_moved == 0
        assert done.run.sizes == fit_run.sizes


def test_new_customers_from_a_planted_persona_land_in_it(fitted, tmp_path):
    path, set_id, truth = fitted
    wave = tmp_path / "crm_2025.csv"
    new = write_wave(wave, 1000, {"premium": 40, "young web": 5}, seed=2)
    with open_project(path) as project:
        mapping = persona_of_group(project, set_id, truth)
        sizes_before = {p.position: p.size for p in personas_of(project, set_id)}
        import_file(project, wave)
        assert unplaced_customers(project, set_id) == 45
        done = assign_customers(project, set_id)
        assert done.run.n_new == 45 and done.run.n_customers == 345
        assert unplaced_customers(project, set_id) == 0
        names = {p.id: p.name for p in personas_of(project, set_id)}
        members = {m["label"]: m for m in persona_members(project, set_id)}
        # every new customer's nearest persona is its planted group's; customers far from
        # every centre (the 10% with no loyalty tier) are marked as fitting none
        nearest = [names[members[ident]["nearest_id"]] == mapping[group]
                   for ident, group in new.items()]
        assert all(nearest)
        members_now = [members[ident]["persona_name"] == mapping[group]
                       for ident, group in new.items()]
        assert sum(members_now) >= 0.75 * len(new)
        assert all(members[i]["unassigned_reason"] in (None, "far") for i in new)
        premium = next(p for p in personas_of(project, set_id) if p.name == mapping["premium"])
        joined = sum(1 for ident, group in new.items() if group == "premium"
                     and members[ident]["persona_name"] == premium.name)
        assert premium.size == sizes_before[premium.position] + joined
        assert abs(premium.share - premium.size / 345) < 1e-9
        assert premium.profile["size"] == premium.size  # the card figures follow
        assert any("crm_2025.csv" in note for note in done.run.notes)
        runs = assignment_runs(project, set_id)
        assert [r.kind.value for r in runs] == ["fit", "assign"]

        undo_assignment(project, done)
        assert len(persona_members(project, set_id)) == 300
        assert {p.position: p.size for p in personas_of(project, set_id)} == sizes_before
        assert [r.kind.value for r in assignment_runs(project, set_id)] == ["fit"]


def test_a_set_whose_attributes_are_gone_says_so_and_stores_nothing(fitted, tmp_path):
    path, set_id, _truth = fitted
    with open_project(path) as project:
        source_id = project.db.scalar("SELECT id FROM sources")
        # the researcher marks "Loyalty tier" as ignored: the set's attribute is gone
        project.db.execute("UPDATE source_columns SET role = 'ignore' WHERE source_id = ? "
                           "AND label = 'Loyalty tier'", (source_id,))
        members_before = persona_members(project, set_id)
        with pytest.raises(AnalysisError, match="Loyalty tier"):
            assign_customers(project, set_id)
        assert persona_members(project, set_id) == members_before
        assert [r.kind.value for r in assignment_runs(project, set_id)] == ["fit"]


def test_a_set_made_before_rules_were_kept_asks_to_be_made_again(fitted):
    path, set_id, _truth = fitted
    with open_project(path) as project:
        import json
        result = json.loads(project.db.scalar("SELECT result FROM persona_sets WHERE id = ?",
                                              (set_id,)))
        del result["model"]
        with project.db.transaction():
            project.db.execute("UPDATE persona_sets SET result = ? WHERE id = ?",
                               (json.dumps(result), set_id))
        with pytest.raises(AnalysisError, match="earlier version"):
            assign_customers(project, set_id)
