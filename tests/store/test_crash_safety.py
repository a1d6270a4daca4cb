"""A writer killed with SIGKILL mid-write leaves a sound project with all or none of the write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench.store.customers import add_customers
from workbench.store.project_file import check_project_file, create_project_file, open_project_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

WRITER = textwrap.dedent(
    """
    import sys, time
    from workbench.progress import Task
    from workbench.store.customers import add_customers
    from workbench.store.project_file import open_project_file

    def on_progress(done, total, message):
        if done >= 100_000:          # well inside the transaction, pages spilled to disk
            print("midway", flush=True)
            time.sleep(60)           # wait here to be killed

    project = open_project_file(sys.argv[1])
    labels = [f"customer {i} " + "x" * 200 for i in range(200_000)]
    add_customers(project.db, labels, task=Task(on_progress))
    print("finished", flush=True)
    """
)


def _kill_writer_midway(project: Path, env: dict) -> None:
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(project)],
                             stdout=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline().strip()
        assert line == "midway", f"writer did not reach the middle of its write: {line!r}"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL


def test_sigkill_during_large_write_keeps_none_of_it_and_everything_before(tmp_path):
    project = create_project_file(tmp_path / "study.pwb")
    with open_project_file(project) as opened:
        add_customers(opened.db, [f"kept {i}" for i in range(10)])

    _kill_writer_midway(project, dict(os.environ))

    report = check_project_file(project)
    assert report.ok, report.problems
    with open_project_file(project) as reopened:
        labels = [r[0] for r in reopened.db.query("SELECT label FROM customers ORDER BY id")]
    assert labels == [f"kept {i}" for i in range(10)]


def test_project_left_locked_by_a_killed_writer_opens_again(tmp_path):
    project = create_project_file(tmp_path / "study.pwb")
    _kill_writer_midway(project, dict(os.environ))
    # The OS released the dead process's lock: a new writer gets in at once.
    with open_project_file(project) as reopened:
        assert reopened.lock is not None and reopened.lock.held
        assert reopened.db.scalar("SELECT count(*) FROM customers") == 0


def test_sigkill_during_schema_upgrade_leaves_the_old_version_intact(tmp_path):
    from workbench.store.schema import MIGRATIONS

    project = create_project_file(tmp_path / "old.pwb")
    with open_project_file(project) as opened:
        add_customers(opened.db, ["Ada", "Zoë"])
    upgrader = textwrap.dedent(
        """
        import sys, time
        from workbench.store.project_file import open_project_file
        from workbench.store.schema import MIGRATIONS, Migration

        def slow_step(conn):
            conn.execute("ALTER TABLE customers ADD COLUMN nickname TEXT")
            conn.execute("UPDATE customers SET nickname = label || '!'")
            print("midway", flush=True)
            time.sleep(60)

        open_project_file(sys.argv[1], migrations=[*MIGRATIONS, Migration("slow", slow_step)])
        """
    )
    child = subprocess.Popen([sys.executable, "-c", upgrader, str(project)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "midway"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()

    assert check_project_file(project).ok
    with open_project_file(project) as reopened:
        assert reopened.db.pragma("user_version") == len(MIGRATIONS)
        columns = [r["name"] for r in reopened.db.query("PRAGMA table_info(customers)")]
        assert "nickname" not in columns
        assert [r[0] for r in reopened.db.query("SELECT label FROM customers")] == ["Ada", "Zoë"]
