"""Linking reads keys in blocks and merges without per-row foreign key actions: the project
it leaves is the same as reading everything at once with every foreign key checked."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from project_snapshot import dump

from workbench.services.importing import import_file
from workbench.services.linking import LinkKey, link_customers, undo_link_run
from workbench.services.project import create_project, open_project
from workbench.store import linking as link_store

CRM = "customer_id,Email,Spend\n" + "".join(
    f"C{i:03d},user{i}@example.it,{i}\n" for i in range(1, 41)) + "C007,other7@example.it,1\n"
TICKETS = "Email,Topic\n" + "".join(
    f"{' USER' if i % 3 else 'user'}{i % 50}@Example.it ,t{i}\n" for i in range(60))
EVENTS = "customer_id,Action\n" + "".join(f"C{(i * 7) % 45:03d},a{i}\n" for i in range(90))
KEYS = [LinkKey(1, "customer_id", "id"), LinkKey(1, "Email", "email"),
        LinkKey(2, "Email", "email"), LinkKey(3, "customer_id", "id")]


@pytest.fixture
def project_path(tmp_path) -> Path:
    path = create_project(tmp_path / "study.pwb")
    files = {"crm.csv": CRM, "tickets.csv": TICKETS, "events.csv": EVENTS}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with open_project(path) as project:
        import_file(project, tmp_path / "crm.csv", roles={"customer_id": "identifier"})
        import_file(project, tmp_path / "tickets.csv")
        import_file(project, tmp_path / "events.csv", roles={"customer_id": "identifier"})
        db = project.db
        with db.transaction():  # churn risks of every customer: merged ones go with them
            db.execute("INSERT INTO risk_runs(id, created_at, run) VALUES (1, 'now', '{}')")
            db.execute("INSERT INTO risk_customers(run_id, customer_id, risk) "
                       "SELECT 1, id, id / 1000.0 FROM customers")
    return path


def linked(source: Path, target: Path, monkeypatch, *, checked: bool, block: int | None
           ) -> tuple[list[str], list[str]]:
    """The project's content after linking a copy of it, and after undoing that."""
    shutil.copy(source, target)
    with monkeypatch.context() as patch:
        if checked:
            patch.setattr(link_store, "merges_without_foreign_keys", lambda db: False)
        if block:
            reader = link_store.key_blocks
            patch.setattr(link_store, "key_blocks",
                          lambda *args, **kwargs: reader(*args, **kwargs, size=block))
        with open_project(target) as project:
            report = link_customers(project, KEYS)
            assert report.merged_customers > 0
            assert project.db.pragma("foreign_keys") == 1
            assert project.db.query("PRAGMA foreign_key_check") == []
    after = dump(target)
    with open_project(target) as project:
        undo_link_run(project, report.run_id)
    # the run's time stamps differ from copy to copy
    stamp = re.compile(r"'\d{4}-\d\d-\d\dT[^']*'")
    return [stamp.sub("T", line) for line in after], [stamp.sub("T", line)
                                                       for line in dump(target)]


def test_blocks_and_unchecked_merges_leave_the_same_project(project_path, tmp_path, monkeypatch):
    at_once, undone = linked(project_path, tmp_path / "a.pwb", monkeypatch, checked=True,
                             block=None)
    # Merged customers, their rows, risks and the undo record all as with per-row checks.
    assert linked(project_path, tmp_path / "b.pwb", monkeypatch, checked=False,
                  block=None) == (at_once, undone)
    # Blocks of 7 rows: every source spans several blocks.
    assert linked(project_path, tmp_path / "c.pwb", monkeypatch, checked=False,
                  block=7) == (at_once, undone)
    # Undo brings back every customer, row owner and churn risk.
    assert held(tmp_path / "c.pwb") == held(project_path)


def held(path: Path) -> list:
    """Customers, churn risks and the customer of every source row."""
    with open_project(path) as project:
        db = project.db
        return [[tuple(r) for r in db.query(sql)] for sql in (
            "SELECT * FROM customers ORDER BY id",
            "SELECT * FROM risk_customers ORDER BY run_id, customer_id",
            *(f"SELECT row_number, customer_id FROM src_{s} ORDER BY row_number"
              for s in (1, 2, 3)))]
