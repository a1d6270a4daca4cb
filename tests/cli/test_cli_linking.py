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
    listed = run("customer", str(project))
    assert listed.returncode == 0 and listed.stdout.startswith("3 customers."), listed.stderr
    assert "Giulia Rossi" in listed.stdout
    found = run("customer", str(project), "--search", "rossi")
    assert found.stdout.startswith("One customer matching 'rossi'.")
    assert "Marco" not in found.stdout
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


STORE = "Card,Name,Email\nC1,Giulia Rosi,\nC2,Marco Bianchi,marco@example.it\n"


def test_unknown_rule_is_named_with_the_valid_rules(project):
    bad = run("link", str(project), "--key", "crm.csv:Email:nope")
    assert bad.returncode == 1
    assert "'nope' is not a linking rule" in bad.stderr and "email-loose" in bad.stderr
    assert "no column" not in bad.stderr


def test_fuzzy_proposals_accept_reject_and_undo(project, tmp_path):
    (tmp_path / "store.csv").write_text(STORE, encoding="utf-8")
    assert run("import", str(project), str(tmp_path / "store.csv"), "--roles",
               "Card=identifier").returncode == 0
    listed = run("link", str(project), "--fuzzy", "crm.csv:Name", "--fuzzy", "store.csv:Name",
                 "--threshold", "85")
    assert listed.returncode == 0, listed.stderr
    assert "Fuzzy match proposals (2)" in listed.stdout
    lines = [line.strip() for line in listed.stdout.splitlines() if "~" in line]
    giulia = next(line for line in lines if "Giulia Rosi" in line)
    marco = next(line for line in lines if "Marco" in line)
    accepted = run("link", str(project), "--accept", giulia.split(":")[0])
    assert accepted.returncode == 0, accepted.stderr
    assert "merged into 1" in accepted.stdout
    decision = accepted.stdout.split("(decision ")[1].split(";")[0]
    assert run("link", str(project), "--reject", marco.split(":")[0]).returncode == 0
    again = run("link", str(project), "--fuzzy", "crm.csv:Name", "--fuzzy", "store.csv:Name",
                "--threshold", "85")
    assert "No fuzzy match proposals." in again.stdout
    shown = run("customer", str(project), "1")
    assert "store.csv, row 2" in shown.stdout
    undone = run("customer", str(project), "--undo", decision)
    assert undone.returncode == 0, undone.stderr
    assert "store.csv" not in run("customer", str(project), "1").stdout


def test_customer_shows_sources_and_disagreements_then_merge_split_and_undo(project, tmp_path):
    (tmp_path / "survey2.csv").write_text("Email,Name\ngiulia@example.it,Giulia R.\n",
                                          encoding="utf-8")
    assert run("import", str(project), str(tmp_path / "survey2.csv")).returncode == 0
    assert run("link", str(project)).returncode == 0
    shown = run("customer", str(project), "1")
    assert shown.returncode == 0, shown.stderr
    assert "Sources disagree (1):" in shown.stdout
    assert "Name: Giulia Rossi (crm.csv, 2) | Giulia R. (survey2.csv, 2)" in shown.stdout
    assert "  Email: giulia@example.it\n" in shown.stdout
    split = run("customer", str(project), "--split", "1", "--rows", "survey2.csv:2,2:2")
    assert split.returncode == 0, split.stderr
    new_id = split.stdout.split("new customer ")[1].split()[0]
    relinked = run("link", str(project))
    assert "kept apart by a split" in relinked.stdout
    assert "survey2.csv" not in run("customer", str(project), "1").stdout
    merged = run("customer", str(project), "--merge", "1", new_id)
    assert merged.returncode == 0, merged.stderr
    assert "survey2.csv" in run("customer", str(project), "1").stdout
    assert run("customer", str(project), "--split", "1").returncode == 1
    assert "--rows" in run("customer", "--help").stdout


def test_forget_refuses_without_confirmation_then_erases_with_yes(project):
    refused = subprocess.run(
        [str(Path(sys.executable).parent / "workbench"), "forget", str(project), "1"],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert "Giulia" in run("customer", str(project), "1").stdout
    erased = run("forget", str(project), "1", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert "customers: 1" in erased.stdout and "Giulia" not in erased.stdout
    assert "no customer 1" in run("customer", str(project), "1").stderr
    assert b"giulia@example.it" not in project.read_bytes()


def test_channels_lists_each_source_with_missing_shares(project):
    result = run("channels", str(project))
    assert result.returncode == 0, result.stderr
    assert "crm.csv (source): 2 customers, 2 contacts" in result.stdout
    assert "Phone: 50% missing (1 of 2)" in result.stdout


def test_forget_says_which_backups_still_hold_the_customer_and_purges_them_when_asked(project):
    from workbench.store.backups import list_backups

    assert run("backup", str(project)).returncode == 0
    older = list_backups(project)
    assert older and any(b"giulia@example.it" in b.read_bytes() for b in older)
    erased = run("forget", str(project), "2", "--yes")  # Marco: the backups keep him
    assert erased.returncode == 0, erased.stderr
    assert "--purge-backups" in erased.stdout
    assert any(b"marco@example.it" in b.read_bytes() for b in list_backups(project))

    purged = run("forget", str(project), "1", "--yes", "--purge-backups")
    assert purged.returncode == 0, purged.stderr
    left = list_backups(project)  # the new backup, and the one taken when the project closed
    assert not set(left) & set(older) and any(str(b) in purged.stdout.replace("\n", "") for b in left)
    for backup in left:  # the project as it is now: both erased customers are gone from it
        data = backup.read_bytes()
        assert b"giulia@example.it" not in data and b"marco@example.it" not in data
    assert "Giulia" not in run("customer", str(project)).stdout
    assert "--purge-backups" in run("forget", "--help").stdout
