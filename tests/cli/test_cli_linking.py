"""`workbench link` and `workbench customer` through the installed console script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CRM = ("customer_id,Name,Email,Phone\n007,Giulia Rossi,giulia@example.it,+39 333 1234567\n"
       "008,Marco Bianchi,marco@example.it,\n")
SURVEY = "Email,Satisfaction\n GIULIA@Example.it,4\nnew@example.org,5\n"


def run(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / ("workbench.exe" if os.name == "nt" else "workbench")
    if not exe.exists():
        pytest.fail("the 'workbench' console script is not installed (pip install -e .)")
    return subprocess.run([str(exe), *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


@pytest.fixture
def project(tmp_path) -> Path:
    (tmp_path / "crm.csv").write_text(CRM, encoding="utf-8")
    (tmp_path / "survey.csv").write_text(SURVEY, encoding="utf-8")
    path = tmp_path / "p.pwb"
    assert run("new", str(path)).returncode == 0
    for name in ("crm.csv", "survey.csv"):
        result = run("import", str(path), str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    return path


def test_link_help_documents_every_option():
    result = run("link", "--help")
    assert result.returncode == 0
    for option in ("--key", "SOURCE:COLUMN", "email-loose", "phone", "--undo", "--quiet"):
        assert option in result.stdout
    assert "ID" in run("customer", "--help").stdout


def test_link_without_keys_uses_identifiers_and_emails_then_customer_shows_both_rows(project):
    result = run("link", str(project))
    assert result.returncode == 0, result.stderr
    assert "crm.csv:customer_id:id" in result.stdout
    assert "survey.csv:Email:email" in result.stdout
    assert "Customers: 4 before, 3 after (1 merged)" in result.stdout
    shown = run("customer", str(project), "1")
    assert shown.returncode == 0, shown.stderr
    assert "Giulia Rossi" in shown.stdout
    assert "crm.csv, row 2" in shown.stdout and "survey.csv, row 2" in shown.stdout


def test_link_with_explicit_keys_and_undo(project):
    result = run("link", str(project), "--key", "crm.csv:Email:email-loose",
                 "--key", "2:Email:email-loose")
    assert result.returncode == 0, result.stderr
    assert "(1 merged)" in result.stdout
    undone = run("link", str(project), "--undo", "1")
    assert undone.returncode == 0, undone.stderr
    assert "1 customers restored" in undone.stdout


def test_bad_key_and_unknown_customer_exit_non_zero_with_a_message(project):
    bad = run("link", str(project), "--key", "nothing.csv:Email")
    assert bad.returncode == 1 and "no source 'nothing.csv'" in bad.stderr
    assert run("link", str(project), "--key", "crm.csv").returncode == 2
    missing = run("customer", str(project), "42")
    assert missing.returncode == 1 and "no customer 42" in missing.stderr
