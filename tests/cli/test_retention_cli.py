"""`workbench retention`: defaults that work with a project path, JSON keys, honest failures."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

from project_snapshot import snapshot, unchanged

from workbench.cli import main
from workbench.services.importing import import_file
from workbench.services.project import create_project, open_project


def project_with(tmp_path: Path, churn: bool = True, n: int = 400) -> Path:
    rng = random.Random(5)
    data = tmp_path / "customers.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "Plan", "Tenure (months)", "Total spend"]
                        + (["Churn"] if churn else []))
        for i in range(n):
            plan = rng.choice(["basic", "plus"])
            left = rng.random() < (0.4 if plan == "basic" else 0.15)
            writer.writerow([f"Q{i:04d}", plan, rng.randint(1, 48), round(rng.uniform(10, 900), 2)]
                            + (["Yes" if left else "No"] if churn else []))
    path = create_project(tmp_path / "cli.pwb")
    with open_project(path) as project:
        import_file(project, data)
    return path


def test_retention_with_just_a_project_path_prints_churn_curves_and_value(tmp_path, capsys):
    path = project_with(tmp_path)
    before = snapshot(path)
    assert main(["retention", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Churn: Churn is “Yes”" in out and "customers.csv" in out
    assert "Retention curves" in out and "Customer value" in out
    assert unchanged(path, before), "without --risk nothing is written"


def test_risk_json_has_the_documented_keys_and_exports_the_list(tmp_path, capsys):
    path = project_with(tmp_path)
    target = tmp_path / "at-risk.csv"
    assert main(["retention", str(path), "--risk", "--at-risk", "5", "--export", str(target),
                 "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["schema"] == "persona-workbench/retention/1"
    assert set(document) == {"schema", "project", "definition", "persona_set_id", "rates",
                             "curves", "values", "notes", "risk_run", "at_risk", "export"}
    assert document["definition"]["outcome"] == "Churn"
    run = document["risk_run"]
    assert run["id"] == 1 and run["model"] in run["auc"] and run["drivers"]
    assert run["drivers"][0]["attribute"] == "Plan"
    assert len(document["at_risk"]) == 5
    assert document["export"]["rows"] == 400 and target.is_file()


def test_outcome_free_project_exits_non_zero_with_a_message_and_stores_nothing(tmp_path, capsys):
    path = project_with(tmp_path, churn=False)
    before = snapshot(path)
    assert main(["retention", str(path), "--risk"]) == 1
    err = capsys.readouterr().err
    assert "no churn column and no touchpoints" in err and "outcome" in err
    assert unchanged(path, before)
