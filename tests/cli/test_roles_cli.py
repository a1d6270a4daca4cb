"""`workbench roles`: list each source column's role, change roles after import, JSON output;
`workbench import --customer-key` and the dry run's customer line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REVIEWS = "".join(
    [",Clothing ID,Age,Rating,Recommended IND\n"]
    + [f"{i},{100 + i % 7},{20 + (i * 7) % 50},{i % 5 + 1},{i % 2}\n" for i in range(60)])


def workbench(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / ("workbench.exe" if os.name == "nt" else "workbench")
    command = str(exe) if exe.exists() else shutil.which("workbench")
    if command is None:
        pytest.fail("the 'workbench' console script is not installed (pip install -e .)")
    return subprocess.run([command, *args], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ))


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "study.pwb"
    data = tmp_path / "reviews.csv"
    data.write_text(REVIEWS, "utf-8")
    assert workbench("new", str(path)).returncode == 0
    dry = workbench("import", str(path), str(data), "--dry-run")
    assert dry.returncode == 0
    assert "Customer: one per row (no column identifies the customer ('Clothing ID'" in dry.stdout
    result = workbench("import", str(path), str(data), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "Customers: 60," in result.stdout
    return path


def test_roles_lists_changes_and_prints_json(project):
    listed = workbench("roles", str(project))
    assert listed.returncode == 0, listed.stderr
    assert "reviews.csv  (customer: one per row)" in listed.stdout
    assert any(line.split()[:2] == ["Recommended", "IND"] and line.split()[-1] == "outcome"
               for line in listed.stdout.splitlines())

    changed = workbench("roles", str(project), "reviews.csv", "--set", "Rating=outcome",
                        "Age=categorical", "--json")
    assert changed.returncode == 0, changed.stderr
    report = json.loads(changed.stdout)
    roles = {c["label"]: c["role"] for c in report["sources"][0]["columns"]}
    assert roles["Rating"] == "outcome" and roles["Age"] == "categorical"
    assert report["sources"][0]["customer_key"] is None
    assert {(c["column"], c["old"], c["new"]) for c in report["changes"]} == {
        ("rating", "measure", "outcome"), ("age", "numeric", "categorical")}


def test_an_impossible_role_change_exits_non_zero_naming_the_column(project):
    workbench("roles", str(project), "1", "--set", "Age=categorical")
    result = workbench("roles", str(project), "1", "--set", "Age=numeric", "Rating=pii")
    assert result.returncode == 1
    assert "cannot become pii" in result.stderr and "Traceback" not in result.stderr
    listed = json.loads(workbench("roles", str(project), "--json").stdout)
    assert {c["label"]: c["role"] for c in listed["sources"][0]["columns"]}["Age"] == \
        "categorical"  # all or nothing: Age was not changed either


def test_import_customer_key_option_groups_rows_by_the_chosen_column(tmp_path):
    path, data = tmp_path / "by_product.pwb", tmp_path / "reviews.csv"
    data.write_text(REVIEWS, "utf-8")
    workbench("new", str(path))
    result = workbench("import", str(path), str(data), "--quiet", "--customer-key", "Clothing ID")
    assert result.returncode == 0, result.stderr
    assert "Customers: 7," in result.stdout
