"""Retention on real project files: planted effects are found, leaks left out, honest errors."""

from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from project_snapshot import snapshot, unchanged

from workbench.domain.persona_sets import Memberships
from workbench.domain.retention import BY_PERSONA, CHURN_INACTIVITY, CHURN_OUTCOME
from workbench.errors import RetentionError
from workbench.services import retention
from workbench.services.importing import import_file
from workbench.services.project import create_project, open_project
from workbench.store import personas as persona_store
from workbench.store.project_file import now_iso

PLANS = ["none", "none", "basic", "premium", "basic"]


def write_customers(path: Path, n: int = 1500, seed: int = 7, churn_scale: float = 1.0,
                    leak_copy: bool = False, churn: bool = True) -> Path:
    """Customers whose support plan "none" doubles churn (30% against 15%); the rest is noise."""
    rng = random.Random(seed)
    header = ["customer_id", "Support plan", "Tenure (months)", "Monthly charges",
              "Total spend", "Region"]
    header += ["Churn"] if churn else []
    header += ["Account review flag"] if leak_copy else []
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for i in range(n):
            plan = rng.choice(PLANS)
            churned = rng.random() < (0.30 if plan == "none" else 0.15) * churn_scale
            tenure = rng.randint(1, 72)
            charges = round(rng.uniform(20, 120), 2)
            row = [f"K{i:05d}", plan, tenure, charges, round(charges * tenure, 2),
                   rng.choice(["North", "South", "East", "West"])]
            row += ["Yes" if churned else "No"] if churn else []
            if leak_copy:  # a near-perfect copy of the outcome, as an after-the-fact flag
                row.append(int(churned) if rng.random() > 0.01 else int(not churned))
            writer.writerow(row)
    return path


def customers_project(tmp_path: Path, **kwargs) -> Path:
    path = create_project(tmp_path / "retention.pwb")
    csv_path = write_customers(tmp_path / "customers.csv", **kwargs)
    with open_project(path) as project:
        import_file(project, csv_path)
    return path


def add_persona_set(project, groups: dict[str, list[int]]) -> tuple[int, dict[str, int]]:
    rows = [(customer, position, position, 1.0, None)
            for position, ids in enumerate(groups.values()) for customer in ids]
    set_id = persona_store.save_persona_set(
        project.db, name="planted", created_at=now_iso(), settings={}, result={},
        suggestion=None, features={},
        personas=[{"position": i, "name": name, "size": len(ids), "share": 0.5, "profile": {}}
                  for i, (name, ids) in enumerate(groups.items())],
        members=Memberships.from_rows(rows))
    return set_id, {p.name: p.id for p in persona_store.personas_of(project.db, set_id)}


def plan_groups(project) -> dict[str, list[int]]:
    from workbench.services.personas import attribute_frame

    frame = attribute_frame(project).frame
    flagged = frame.index[frame["Support plan"] == "none"].tolist()
    return {"No support": flagged,
            "Support": frame.index[frame["Support plan"] != "none"].tolist()}


def test_planted_attribute_doubles_churn_and_is_the_top_driver(tmp_path):
    path = customers_project(tmp_path, n=3000)
    with open_project(path) as project:
        set_id, personas = add_persona_set(project, plan_groups(project))
        definition = retention.define_churn(project)
        assert definition.kind == CHURN_OUTCOME and definition.outcome == "Churn"
        assert definition.event == "Yes"
        summary = retention.retention_summary(project)
        assert summary.persona_set_id == set_id
        flagged = next(r for r in summary.rates
                       if r.dimension == BY_PERSONA and r.key == str(personas["No support"]))
        assert 1.6 < flagged.ratio < 2.5
        assert flagged.ratio_low < 2.0 < flagged.ratio_high
        assert flagged.low < flagged.rate < flagged.high
        assert {c.label for c in summary.curves} >= {"Everyone", "No support", "Support"}
        assert all(c.unit == "months" for c in summary.curves)
        everyone = next(v for v in summary.values if v.key == "")
        assert everyone.total_value > 0 and everyone.value_at_risk > 0
        assert everyone.expected_value is None
        assert any("expected future value" in note for note in summary.notes)
        behind = retention.customers_behind(project, flagged, summary.definition)
        assert len(behind) == flagged.n

        run_id = retention.run_churn_risk(project, seed=1)
        stored = retention.latest_risk_run(project)
        assert stored.id == run_id
        run = stored.run
        top = run.drivers[0]
        assert (top.attribute, top.level, top.direction) == ("Support plan", "none", 1)
        assert "higher risk" in top.phrase
        assert "Churn" not in run.features and "customer_id" not in run.features
        assert set(run.auc) == {"logistic", "boosting"}
        assert 0.55 < run.chosen_auc < 0.75, "a doubled risk is a modest, honest AUC"
        assert abs(run.base_rate - definition.rate) < 1e-9
        assert sum(b.n for b in run.calibration) == definition.customers
        assert run.brier < run.base_rate * (1 - run.base_rate) + 0.01
        ranked = retention.at_risk(project, limit=50)
        assert [r.risk for r in ranked] == sorted((r.risk for r in ranked), reverse=True)
        risky = next(r for r in ranked if "Support plan “none”" in r.reasons)
        assert risky.value is not None and risky.churned is not None
        assert retention.customer_risk(project, risky.customer_id) == risky
        spread = retention.persona_risks(project, set_id)
        assert np.mean(spread[personas["No support"]]) > np.mean(spread[personas["Support"]])


def test_leaking_copy_of_the_outcome_is_left_out_with_a_message(tmp_path):
    path = customers_project(tmp_path, leak_copy=True)
    with open_project(path) as project:
        run = retention.risk_runs(project) or None
        assert run is None
        retention.run_churn_risk(project)
        run = retention.latest_risk_run(project).run
        assert "Account review flag" in run.leaks
        assert "almost perfectly" in run.leaks["Account review flag"]
        assert "Account review flag" not in run.features
        assert run.chosen_auc < 0.8, "without the leak the model is honest"


def test_outcome_free_project_says_what_to_do_and_stores_nothing(tmp_path):
    path = customers_project(tmp_path, churn=False)
    before = snapshot(path)
    with open_project(path) as project:
        with pytest.raises(RetentionError, match="no churn column and no touchpoints"):
            retention.run_churn_risk(project)
        with pytest.raises(RetentionError, match="outcome"):
            retention.retention_summary(project)
    assert unchanged(path, before)


def test_too_few_churners_is_a_clear_message(tmp_path):
    path = customers_project(tmp_path, n=300, churn_scale=0.15)
    with open_project(path) as project:
        with pytest.raises(RetentionError, match="at least 20 churners"):
            retention.define_churn(project)


def test_same_seed_gives_the_same_run(tmp_path):
    path = customers_project(tmp_path, n=800)
    with open_project(path) as project:
        first = retention.run_churn_risk(project, seed=5)
        second = retention.run_churn_risk(project, seed=5)
        a, b = (retention.at_risk(project, run_id=i) for i in (first, second))
        runs = {r.id: r.run for r in retention.risk_runs(project)}
    assert [(r.customer_id, r.risk, r.reasons) for r in a] == \
        [(r.customer_id, r.risk, r.reasons) for r in b]
    assert runs[first].to_dict() == runs[second].to_dict()
    assert runs[first].seed == 5 and runs[first].versions["scikit-learn"]


def test_at_risk_export_leaves_personal_data_out_unless_asked(tmp_path):
    path = customers_project(tmp_path, n=600)
    with open_project(path) as project:
        with pytest.raises(RetentionError, match="Run the risk model first"):
            retention.at_risk(project)
        retention.run_churn_risk(project)
        project.db.execute("UPDATE customers SET label = '=HYPERLINK(\"x\")' WHERE id = "
                           "(SELECT customer_id FROM risk_customers ORDER BY risk DESC LIMIT 1)")
        plain = retention.export_at_risk(project, tmp_path / "risk.csv", fmt="csv")
        named = retention.export_at_risk(project, tmp_path / "named.xlsx", fmt="xlsx",
                                         include_personal_data=True)
    text = (tmp_path / "risk.csv").read_text("utf-8-sig")
    assert plain.rows == 600 and "customer label" in plain.left_out
    assert "HYPERLINK" not in text and "K0" in text, "keys that are not e-mails stay"
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "named.xlsx").active
    labels = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert named.left_out == [] and "'=HYPERLINK(\"x\")" in labels


# --------------------------------------------------------------------------- touchpoints

START = datetime(2026, 1, 5, 9, 0)


def write_journey_files(folder: Path, n: int = 600, seed: int = 3) -> tuple[Path, Path, set[str]]:
    """A CRM file with churn and an event log where members who repeat contacts at
    resolution churn three times as often (45% against 15%)."""
    rng = random.Random(seed)
    repeaters = {f"J{i:04d}" for i in range(n) if i % 5 < 2}  # 40%
    crm, events = folder / "crm.csv", folder / "events.csv"
    with crm.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "Segment", "Spend", "Churned"])
        for i in range(n):
            ident = f"J{i:04d}"
            churned = rng.random() < (0.45 if ident in repeaters else 0.15)
            writer.writerow([ident, rng.choice(["a", "b"]), round(rng.uniform(50, 500), 2),
                             "Yes" if churned else "No"])
    with events.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "timestamp", "channel", "stage", "action", "outcome",
                         "score"])
        for i in range(n):
            ident, when = f"J{i:04d}", START + timedelta(hours=i)
            steps = [("problem discovery", "web", "saw ad"),
                     ("problem definition", "web", "compared products")]
            steps += [("development and resolution", "call centre", "checkout")] * (
                3 if ident in repeaters else 1)
            steps += [("delivery of the solution", "store", "pickup")]
            for stage, channel, action in steps:
                writer.writerow([ident, when.strftime("%Y-%m-%d %H:%M:%S"), channel, stage,
                                 action, "ok", 4])
                when += timedelta(hours=3)
    return crm, events, repeaters


def test_friction_point_that_triples_churn_is_ranked_first(tmp_path):
    from workbench.services.journeys import create_journey
    from workbench.services.linking import default_keys, link_customers

    crm, events, _repeaters = write_journey_files(tmp_path)
    path = create_project(tmp_path / "journey.pwb")
    with open_project(path) as project:
        import_file(project, crm)
        import_file(project, events)
        link_customers(project, default_keys(project))
        ids = [r[0] for r in project.db.query("SELECT id FROM customers ORDER BY id")]
        assert len(ids) == 600
        _set_id, personas = add_persona_set(project, {"Everyone": ids})
        journey_id = create_journey(project, personas["Everyone"])
        costs = retention.friction_costs(project, journey_id)
        stages = {r.label.casefold() for r in retention.retention_summary(project).rates
                  if r.dimension == "stage"}
    repeat = next(c for c in costs if "Repeat contacts" in c.label)
    assert repeat.kind == "pain_point" and repeat.card_id is not None
    assert repeat.with_n == 240 and repeat.without_n == 360
    assert 2.3 < repeat.ratio < 3.9 and repeat.ratio_low < 3.0 < repeat.ratio_high
    assert repeat.difference > 0.2 and repeat.value_at_stake > 0
    assert costs[0] is repeat, "the costliest friction comes first"
    assert "development and resolution" in stages


def test_inactivity_churn_from_touchpoints_with_a_suggested_number_of_days(tmp_path):
    path = create_project(tmp_path / "events.pwb")
    events = tmp_path / "events.csv"
    rng = random.Random(1)
    with events.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "timestamp", "channel", "action"])
        for i in range(200):
            gone = i % 4 == 0  # a quarter stop after January
            days = range(0, 30 if gone else 180, 10)
            for day in days:
                when = START + timedelta(days=day, hours=rng.randint(0, 5))
                writer.writerow([f"E{i:03d}", when.strftime("%Y-%m-%d %H:%M:%S"),
                                 rng.choice(["web", "store"]), "visit"])
    with open_project(path) as project:
        import_file(project, events)
        definition = retention.define_churn(project)
        assert definition.kind == CHURN_INACTIVITY
        assert definition.suggested_days == definition.inactive_days
        assert 9 <= definition.suggested_days <= 11, "the gaps are about ten days"
        assert definition.churned == 50 and definition.customers == 200
        assert definition.reference_date.startswith("2026-06")
        with pytest.raises(RetentionError, match="at least 20 churners"):
            retention.define_churn(project, inactive_days=160)  # nobody is gone that long


def test_every_scored_customer_is_stored_once_across_many_insert_statements(tmp_path, monkeypatch):
    from workbench.services.personas import attribute_frame
    from workbench.store import retention as retention_store

    monkeypatch.setattr(retention_store, "_ROWS_PER_INSERT", 64)  # 600 customers: 10 statements
    path = customers_project(tmp_path, n=600)
    with open_project(path) as project:
        run_id = retention.run_churn_risk(project, seed=2)
        everyone = retention.at_risk(project, run_id=run_id)
        status = retention.churn_status(project, retention.latest_risk_run(project).run.definition)
        frame = attribute_frame(project).frame
    assert sorted(r.customer_id for r in everyone) == sorted(status)
    assert all(r.churned == status[r.customer_id] for r in everyone)
    spend = frame["Total spend"]
    assert all(r.value == pytest.approx(spend[r.customer_id]) for r in everyone)
    assert any(r.reasons for r in everyone)


def test_the_churn_inputs_are_importable_from_the_retention_service():
    from workbench.services import churn

    for name in ("define_churn", "churn_status", "describe_definition", "customer_values",
                 "MIN_CHURNERS"):
        assert getattr(retention, name) is getattr(churn, name)
