"""Personas from a project's imported customers: stored, reproducible, traceable, comparable."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from workbench.errors import AnalysisError, OperationCancelled
from workbench.progress import Task
from workbench.services.importing import import_file
from workbench.services.personas import (
    attribute_frame,
    compare_persona_sets,
    persona_members,
    persona_sets,
    personas_of,
    run_personas,
    update_persona,
)
from workbench.services.project import create_project, open_project

GROUPS = {  # planted behaviour groups: (age, income, web, store, tier)
    "young web": (27, 24_000, 9, 1, "silver"),
    "store regulars": (60, 38_000, 1, 14, "gold"),
    "premium": (42, 95_000, 5, 6, "platinum"),
}


def write_customers(path: Path, per_group: int = 120) -> dict[str, str]:
    rng = random.Random(7)
    truth = {}
    lines = ["customer_id,Age,Income,Web purchases,Store purchases,Loyalty tier,Email"]
    n = 0
    for group, (age, income, web, store, tier) in GROUPS.items():
        for _ in range(per_group):
            n += 1
            ident = f"K{n:04d}"
            truth[ident] = group
            lines.append(f"{ident},{int(rng.gauss(age, 4))},{rng.gauss(income, income / 10):.0f},"
                         f"{max(0, int(rng.gauss(web, 1.5)))},{max(0, int(rng.gauss(store, 1.5)))},"
                         f"{tier if rng.random() < 0.9 else 'none'},p{n}@example.com")
    path.write_text("\n".join(lines), "utf-8")
    return truth


@pytest.fixture
def project_path(tmp_path) -> Path:
    path = create_project(tmp_path / "study.pwb")
    csv = tmp_path / "crm.csv"
    write_customers(csv)
    with open_project(path) as project:
        import_file(project, csv)
    return path


def test_default_run_uses_suitable_attributes_and_finds_the_planted_personas(project_path):
    with open_project(project_path) as project:
        set_id = run_personas(project, seed=0)
        (stored,) = persona_sets(project)
        assert stored.id == set_id and stored.persona_count == 3  # suggested k
        # behaviour is clustered on; who they are (age) is described; never PII
        assert sorted(stored.settings["features"]) == sorted(
            ["Income", "Web purchases", "Store purchases", "Loyalty tier"])
        assert stored.settings["describe"] == ["Age"]
        assert stored.suggestion is not None and stored.suggestion["suggested_k"] == 3
        assert stored.result["versions"]["scikit-learn"]
        personas = personas_of(project, set_id)
        # each planted group is one persona (its members plus the few fitting it poorly,
        # e.g. with a loyalty tier unlike their group's)
        nearest = [p.size + p.profile["unassigned_nearby"] for p in personas]
        assert sorted(nearest) == pytest.approx([120, 120, 120], abs=8)
        assert stored.result["quality"]["n_unassigned"] <= 0.1 * 360
        # the strongest line of each card names a planted difference
        top = {p.profile["effects"][0]["attribute"] for p in personas}
        assert top <= {"Age", "Income", "Web purchases", "Store purchases", "Loyalty tier"}


def test_same_settings_and_seed_give_the_same_personas(project_path):
    with open_project(project_path) as project:
        first = run_personas(project, k=3, seed=11)
        second = run_personas(project, k=3, seed=11)
        assert compare_persona_sets(project, first, second).adjusted_rand == pytest.approx(1.0)
        members_a = {(m["customer_id"], m["persona_name"]) for m in persona_members(project, first)}
        members_b = {(m["customer_id"], m["persona_name"]) for m in persona_members(project, second)}
        assert members_a == members_b


def test_every_customer_is_a_member_or_shown_as_fitting_none(project_path):
    with open_project(project_path) as project:
        set_id = run_personas(project, k=3)
        members = persona_members(project, set_id)
        assert len(members) == 360
        unassigned = [m for m in members if m["persona_id"] is None]
        assert all(m["unassigned_reason"] for m in unassigned)
        assert sum(p.size for p in personas_of(project, set_id)) + len(unassigned) == 360


def test_edited_persona_card_is_kept_after_reopening(project_path):
    with open_project(project_path) as project:
        set_id = run_personas(project, k=3)
        persona = personas_of(project, set_id)[0]
        update_persona(project, persona.id, name="Giulia, l'acquirente online 🛒",
                       goals="Risparmiare\nFare presto")
    with open_project(project_path, readonly=True) as project:
        reread = personas_of(project, set_id)[0]
        assert reread.name == "Giulia, l'acquirente online 🛒"
        assert reread.goals == "Risparmiare\nFare presto"


def test_customers_missing_most_attributes_are_left_out_and_counted(project_path, tmp_path):
    survey = tmp_path / "survey.csv"
    survey.write_text("respondent,Satisfaction\n" + "\n".join(f"S{i},{i % 10}" for i in range(50)),
                      "utf-8")
    with open_project(project_path) as project:
        # an outcome, as it was inferred before satisfaction scores became measures (issue #18)
        import_file(project, survey, roles={"Satisfaction": "outcome"})
        assert len(attribute_frame(project).frame) == 410
        set_id = run_personas(project, k=3)
        stored = persona_sets(project)[0]
        assert stored.result["customers_left_out"] == 50
        assert len(persona_members(project, set_id)) == 360


def test_cancelled_run_keeps_no_persona_set(project_path):
    task = Task(lambda done, total, message: task.cancel() if total and done / total > 0.3
                else None)
    with open_project(project_path) as project:
        with pytest.raises(OperationCancelled):
            run_personas(project, task=task)
        assert persona_sets(project) == []


def test_unknown_attribute_is_explained(project_path):
    with open_project(project_path) as project:
        with pytest.raises(AnalysisError, match="No attribute named Height"):
            run_personas(project, features=["Height"], k=3)


def test_project_without_attributes_says_what_to_do(tmp_path):
    path = create_project(tmp_path / "empty.pwb")
    with open_project(path) as project:
        with pytest.raises(AnalysisError, match="Import a source"):
            run_personas(project, k=3)


def test_customer_with_several_rows_gets_mean_number_and_most_frequent_category(tmp_path):
    path = create_project(tmp_path / "visits.pwb")
    csv = tmp_path / "visits.csv"
    csv.write_text("customer_id,spend,channel\nA,10,store\nA,20,web\nA,30,web\nB,5,app\n", "utf-8")
    with open_project(path) as project:
        import_file(project, csv, roles={"channel": "categorical"})
        attributes = attribute_frame(project)
        frame = attributes.frame.sort_values("spend")
        assert frame["spend"].tolist() == [5.0, 20.0]
        assert frame["channel"].tolist() == ["app", "web"]


def test_attributes_from_two_sources_line_up_by_customer_with_gaps_left_empty(tmp_path):
    path = create_project(tmp_path / "two.pwb")
    crm = tmp_path / "crm.csv"
    crm.write_text("customer_id,plan,spend\nB,gold,20\nA,basic,n/a\nC,gold,5\n", "utf-8")
    survey = tmp_path / "survey.csv"
    survey.write_text("customer_id,score\nC,4\nD,2\nA,5\n", "utf-8")
    with open_project(path) as project:
        import_file(project, crm, roles={"plan": "categorical", "spend": "numeric"})
        import_file(project, survey, roles={"score": "numeric"})
        attributes = attribute_frame(project)
        labels = dict(project.db.query("SELECT id, label FROM customers"))
    frame = attributes.frame
    assert list(frame.index) == sorted(frame.index)  # by customer, whatever the source order
    rows = {labels[i]: row for i, row in frame.iterrows()}
    assert set(rows) == {"A", "B", "C", "D"}
    assert rows["A"]["spend"] != rows["A"]["spend"]  # "n/a" in a number column: missing (NaN)
    assert rows["B"]["spend"] == 20.0 and rows["A"]["score"] == 5.0
    assert rows["D"]["plan"] is None  # not in the CRM: no category, not a NaN float
    assert attributes.kinds == {"plan": "categorical", "spend": "numeric", "score": "numeric"}
