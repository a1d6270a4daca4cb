"""A full disk mid-change: the user hears that the disk is full, and nothing is half-written.

SQLite rolls the whole transaction back by itself when the disk fills up; the
project's transaction must then report that error (not "cannot rollback - no
transaction is active") and leave the connection usable.
"""

from __future__ import annotations

import sqlite3

import pytest

from workbench.errors import DiskFullError
from workbench.services.project import create_project, open_project
from workbench.store.customers import add_customers


def _fill_up(db) -> None:
    """Let the file grow by only a few pages: the next large write finds the disk full."""
    db.execute(f"PRAGMA max_page_count = {db.pragma('page_count') + 5}")


@pytest.mark.parametrize("nested", [False, True])
def test_a_full_disk_reports_itself_and_keeps_nothing(tmp_path, nested):
    path = create_project(tmp_path / "study.pwb")
    with open_project(path) as project:
        db = project.db
        add_customers(db, ["kept"])
        _fill_up(db)
        with pytest.raises(DiskFullError, match="is full") as raised:
            with db.transaction():
                add_customers(db, ["first"])
                if nested:
                    with db.transaction():
                        add_customers(db, ["x" * 4000 for _ in range(300)])
                else:
                    add_customers(db, ["x" * 4000 for _ in range(300)])
        assert str(path) in str(raised.value) and "Free some space" in str(raised.value)
        assert isinstance(raised.value.__cause__, sqlite3.OperationalError)
        assert not db.in_transaction and not db.conn.in_transaction
        assert [r[0] for r in db.tuples("SELECT label FROM customers")] == ["kept"]
        db.execute("PRAGMA max_page_count = 1073741823")  # space again: work goes on
        with db.transaction():
            add_customers(db, ["after"])
    with open_project(path) as project:
        assert [r[0] for r in project.db.tuples("SELECT label FROM customers ORDER BY id")] == [
            "kept", "after"]
