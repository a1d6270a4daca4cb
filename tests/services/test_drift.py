"""Drift between two runs of a persona set, on a planted change of behaviour."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from project_snapshot import snapshot, unchanged

from workbench.domain.living import FLOW_GONE, FLOW_NEW, FLOW_NONE
from workbench.errors import AnalysisError
from workbench.services.drift import drift_report
from workbench.services.importing import import_file
from workbench.services.linking import default_keys, link_customers
from workbench.services.living import assign_customers, assignment_runs
from workbench.services.personas import persona_members, personas_of, run_personas
from workbench.services.project import create_project, open_project

GROUPS = {  # planted groups: (income, web, store, tier)
    "young web": (24_000, 9, 1, "silver"),
    "store regulars": (38_000, 1, 14, "gold"),
    "premium": (95_000, 5, 6, "platinum"),
}
HEADER = "customer_id,Income,Web purchases,Store purchases,Loyalty tier"
MOVERS = 30
NEW = {"premium": 20, "young web": 20}


def line(rng: random.Random, ident: str, group: str, tier_noise: bool = True) -> str:
    income, web, store, tier = GROUPS[group]
    if tier_noise and rng.random() >= 0.9:
        tier = "none"
    return (f"{ident},{rng.gauss(income, income / 10):.0f},{max(0, int(rng.gauss(web, 1.5)))},"
            f"{max(0, int(rng.gauss(store, 1.5)))},{tier}")


def first_wave(path: Path) -> dict[str, str]:
    rng = random.Random(1)
    truth, lines = {}, [HEADER]
    for group in GROUPS:
        for _ in range(100):
            ident = f"K{len(truth) + 1:05d}"
            truth[ident] = group
            lines.append(line(rng, ident, group))
    path.write_text("\n".join(lines), "utf-8")
    return truth


def group_personas(project, set_id, truth) -> dict[str, int]:
    """The persona position most members of each planted group are in."""
    position = {p.id: p.position for p in personas_of(project, set_id)}
    votes: dict[str, dict[int, int]] = {}
    for member in persona_members(project, set_id):
        if member["persona_id"] is not None and member["label"] in truth:
            tally = votes.setdefault(truth[member["label"]], {})
            tally[position[member["persona_id"]]] = tally.get(position[member["persona_id"]], 0) + 1
    return {group: max(v, key=v.get) for group, v in votes.items()}


def members_of(project, set_id, position: int) -> list[str]:
    ids = {p.id for p in personas_of(project, set_id) if p.position == position}
    return sorted(m["label"] for m in persona_members(project, set_id) if m["persona_id"] in ids)


def import_and_link(project, path: Path) -> None:
    import_file(project, path)
    link_customers(project, default_keys(project))  # the same customer_id is the same customer


@pytest.fixture
def fitted(tmp_path):
    path = create_project(tmp_path / "drift.pwb")
    truth = first_wave(tmp_path / "crm_2024.csv")
    with open_project(path) as project:
        import_file(project, tmp_path / "crm_2024.csv")
        set_id = run_personas(project, k=3, seed=0)
        personas = group_personas(project, set_id, truth)
    return path, set_id, truth, personas


@pytest.fixture
def drifted(fitted, tmp_path):
    """A later wave: 30 store regulars now buy like young web customers, 40 customers are new."""
    path, set_id, truth, personas = fitted
    rng = random.Random(2)
    with open_project(path) as project:
        store = members_of(project, set_id, personas["store regulars"])
        movers = [ident for ident in store if truth[ident] == "store regulars"][:MOVERS]
        lines = [HEADER] + [line(rng, ident, "young web", tier_noise=False) for ident in movers]
        n = 5000
        for group, count in NEW.items():
            for _ in range(count):
                n += 1
                lines.append(line(rng, f"K{n:05d}", group, tier_noise=False))
        wave = tmp_path / "crm_2025.csv"
        wave.write_text("\n".join(lines), "utf-8")
        import_and_link(project, wave)
        assign_customers(project, set_id)
    return path, set_id, truth, personas, movers


def flow(report, source, target) -> int:
    return sum(f.customers for f in report.flows if (f.source, f.target) == (source, target))


def test_planted_movers_flow_from_the_store_persona_to_the_web_persona(drifted):
    path, set_id, _truth, personas, movers = drifted
    store, web = str(personas["store regulars"]), str(personas["young web"])
    before = snapshot(path)
    with open_project(path, readonly=True) as project:
        report = drift_report(project, set_id)
        runs = assignment_runs(project, set_id)
        names = [p.name for p in sorted(personas_of(project, set_id), key=lambda p: p.position)]
    assert unchanged(path, before), "a drift report reads only"
    assert (report.before.id, report.after.id) == (runs[0].id, runs[1].id)
    assert report.before.kind.value == "fit" and report.after.kind.value == "assign"
    assert report.persona_names == names
    assert abs(flow(report, store, web) - len(movers)) <= 2
    # the new customers come from nowhere: FLOW_NEW rows, as many as the wave brought
    new_rows = [f for f in report.flows if f.source == FLOW_NEW]
    assert sum(f.customers for f in new_rows) == sum(NEW.values())
    assert flow(report, FLOW_NEW, str(personas["premium"])) >= 0.75 * NEW["premium"]
    assert not any(f.target == FLOW_GONE for f in report.flows)
    # sizes then and now are the runs' sizes, and the flows add up to them
    assert report.size_change() == [(p, report.before.sizes[p], report.after.sizes[p])
                                    for p in range(3)]
    for p in range(3):
        assert sum(f.customers for f in report.flows if f.target == str(p)) == report.after.sizes[p]
        assert sum(f.customers for f in report.flows if f.source == str(p)) == report.before.sizes[p]
    assert (sum(f.customers for f in report.flows if f.target == FLOW_NONE)
            == report.after.n_unassigned)
    assert report.after.sizes[int(web)] >= report.before.sizes[int(web)] + len(movers) - 2
    # the store persona lost its web buyers: its web-purchase profile shifted down
    shift = next(s for s in report.shifts if s.persona == int(store)
                 and s.attribute == "Web purchases")
    assert shift.shifted and shift.effect_now < shift.effect_then
    assert shift.value_now < shift.value_then
    assert any("as they are now" in note for note in report.notes)
    document = report.to_dict()
    assert set(document) == {"set_id", "before", "after", "personas", "sizes", "flows", "shifts",
                             "notes"}


def test_a_wave_with_no_changes_moves_nobody_and_shifts_nothing(fitted, tmp_path):
    path, set_id, _truth, _personas = fitted
    first = (tmp_path / "crm_2024.csv").read_text("utf-8").splitlines()
    again = tmp_path / "crm_2025.csv"
    again.write_text("\n".join(first[:1] + first[1:301:3]), "utf-8")  # 100 customers, same values
    with open_project(path) as project:
        import_and_link(project, again)
        done = assign_customers(project, set_id)
        report = drift_report(project, set_id)
    assert done.run.n_moved == 0 and done.run.n_new == 0
    assert all(f.source == f.target for f in report.flows)
    assert report.shifts and not any(s.shifted for s in report.shifts)
    assert report.before.sizes == report.after.sizes


def test_drift_needs_two_runs_and_names_the_set(fitted):
    path, set_id, _truth, _personas = fitted
    with open_project(path) as project:
        with pytest.raises(AnalysisError, match="Assign new customers first: drift compares "
                                                "two runs"):
            drift_report(project, set_id)
        with pytest.raises(AnalysisError, match="no persona set 99"):
            drift_report(project, 99)


def test_unknown_runs_runs_of_other_sets_and_reversed_runs_are_refused(drifted):
    path, set_id, _truth, _personas, _movers = drifted
    with open_project(path) as project:
        other = run_personas(project, k=2, seed=0)
        fit, assigned = assignment_runs(project, set_id)
        (other_fit,) = assignment_runs(project, other)
        with pytest.raises(AnalysisError, match="no run 999"):
            drift_report(project, set_id, before=999)
        with pytest.raises(AnalysisError, match=f"belongs to persona set {other}"):
            drift_report(project, set_id, after=other_fit.id)
        with pytest.raises(AnalysisError, match="not earlier than"):
            drift_report(project, set_id, before=assigned.id, after=fit.id)
        with pytest.raises(AnalysisError, match="not earlier than"):
            drift_report(project, set_id, before=assigned.id, after=assigned.id)
        with pytest.raises(AnalysisError, match="first run"):
            drift_report(project, set_id, after=fit.id)
        with pytest.raises(AnalysisError, match="not a date"):
            drift_report(project, set_id, before_date="31/01/2025")
        with pytest.raises(AnalysisError, match="either a run or a date"):
            drift_report(project, set_id, before=fit.id, before_date="2025-01-31")
        explicit = drift_report(project, set_id, before=fit.id, after=assigned.id)
        assert (explicit.before.id, explicit.after.id) == (fit.id, assigned.id)


def test_runs_are_chosen_by_date_the_latest_on_or_before_the_day(drifted):
    path, set_id, _truth, _personas, _movers = drifted
    with open_project(path) as project:
        assign_customers(project, set_id)  # a third run, nothing changed since the second
        runs = assignment_runs(project, set_id)
        # the runs were made months apart (noon UTC is the same day in every time zone)
        for run, when in zip(runs, ("2025-01-15T12:00:00+00:00", "2025-02-15T12:00:00+00:00",
                                    "2025-03-15T12:00:00+00:00"), strict=True):
            with project.db.transaction():
                project.db.execute("UPDATE assignment_runs SET created_at = ? WHERE id = ?",
                                   (when, run.id))
        first, second, third = (r.id for r in runs)

        def chosen(**dates) -> tuple[int, int]:
            report = drift_report(project, set_id, **dates)
            return report.before.id, report.after.id

        assert chosen() == (second, third)
        assert chosen(before_date="2025-01-31", after_date="2025-02-20") == (first, second)
        assert chosen(before_date="2025-02-15") == (second, third)  # the whole day counts
        assert chosen(before_date="2025-02-14") == (first, third)
        assert chosen(after_date="2025-02-15") == (first, second)
        assert chosen(after_date="2025-12-31") == (second, third)
        with pytest.raises(AnalysisError, match="on or before 2025-01-01"):
            drift_report(project, set_id, before_date="2025-01-01")
        with pytest.raises(AnalysisError, match="not earlier than"):
            drift_report(project, set_id, before_date="2025-03-20")
        # from the first run to the third: the movers moved, the third run moved no one
        whole = drift_report(project, set_id, before=first, after=third)
        part = drift_report(project, set_id, before=first, after=second)
        assert whole.flows == part.flows


def test_a_cancelled_drift_report_stops(drifted):
    from workbench.errors import OperationCancelled
    from workbench.progress import Task

    path, set_id, *_rest = drifted
    seen: list[str] = []
    task = Task(lambda done, total, message: seen.append(message))
    task.cancel()
    with open_project(path, readonly=True) as project, pytest.raises(OperationCancelled):
        drift_report(project, set_id, task=task)
    assert seen  # it reported before stopping
