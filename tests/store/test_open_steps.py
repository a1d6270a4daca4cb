"""Opening, checking and backing up report their steps and can be cancelled cleanly.

These steps read or copy the whole file, so the app runs them in the background
with a Task: progress for the status bar, and a cancel that leaves the file as it
was, no partial backup behind and the write lock released.
"""

from __future__ import annotations

import sqlite3

import pytest

from workbench.errors import OperationCancelled
from workbench.progress import Task
from workbench.services.project import (
    backup_project,
    check_project,
    create_project,
    open_project,
    open_project_with_info,
)
from workbench.store import backups
from workbench.store.customers import add_customers
from workbench.store.lock import ProjectLock
from workbench.store.project_file import open_project_file
from workbench.store.schema import MIGRATIONS, SCHEMA_VERSION, Migration


@pytest.fixture
def project(tmp_path):
    path = create_project(tmp_path / "study.pwb", "Study")
    with open_project(path) as opened:
        add_customers(opened.db, [f"customer {i} " + "x" * 500 for i in range(3000)])
    for old in backups.list_backups(path):
        old.unlink()
    return path


class Recorder(Task):
    """Records every report; cancels itself at the first report whose message has ``cancel_at``."""

    def __init__(self, cancel_at: str | None = None) -> None:
        super().__init__(self._record)
        self.reports: list[tuple[float, float | None, str]] = []
        self.cancel_at = cancel_at

    def _record(self, done, total, message):
        self.reports.append((done, total, message))
        if self.cancel_at is not None and self.cancel_at in message:
            self.cancel()

    @property
    def messages(self) -> list[str]:
        return list(dict.fromkeys(m for _, _, m in self.reports if m))


def assert_not_locked(path):
    lock = ProjectLock(path)
    lock.acquire()  # raises ProjectLockedError if anyone still holds it
    lock.release()


def test_opening_reports_the_check_the_backup_and_the_counts(project):
    task = Recorder()
    opened, info = open_project_with_info(project, task=task)
    try:
        assert info.customers == 3000
        assert task.messages == ["Checking the file for damage…", "Backing up before opening…",
                                 "Counting what the project holds…"]
        copied = [(done, total) for done, total, m in task.reports if m.startswith("Backing up")]
        # the copy owns the middle third of the bar and reaches its end
        assert copied[-1] == pytest.approx((2000 / 3, 1000))
        assert opened.backup is not None and opened.backup.is_file()
    finally:
        opened.close()


@pytest.mark.parametrize("step", ["Checking", "Backing up", "Counting"])
def test_a_cancelled_open_leaves_the_file_unchanged_unlocked_and_without_a_partial_backup(
        project, step):
    before = project.read_bytes()
    task = Recorder(cancel_at=step)

    with pytest.raises(OperationCancelled):
        open_project_with_info(project, task=task)

    assert project.read_bytes() == before
    assert_not_locked(project)
    folder = backups.backup_folder(project)
    assert [p.name for p in folder.iterdir() if p.name.endswith(".partial")] == []
    if step == "Checking":
        assert backups.list_backups(project) == []


class CancelledDuringCheck(Recorder):
    """Asks to stop while SQLite is inside the whole-file check (its progress handler asks)."""

    @property
    def cancelled(self) -> bool:
        if any("Checking" in m for m in self.messages):
            self.cancel()
        return super().cancelled


def test_cancel_interrupts_the_integrity_check_itself(project):
    before = project.read_bytes()
    task = CancelledDuringCheck()

    with pytest.raises(OperationCancelled):
        open_project_file(project, task=task)

    assert task.messages == ["Checking the file for damage…"]
    assert project.read_bytes() == before
    assert backups.list_backups(project) == []
    assert_not_locked(project)


def test_an_upgrade_in_the_background_still_backs_up_the_old_version_first(project):
    extra = Migration("add nickname", ["ALTER TABLE customers ADD COLUMN nickname TEXT"])
    task = Recorder()
    with open_project_file(project, migrations=[*MIGRATIONS, extra], task=task) as upgraded:
        assert upgraded.migrated_from == SCHEMA_VERSION
        with sqlite3.connect(upgraded.backup) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    steps = task.messages
    assert steps.index("Backing up before opening…") < steps.index("Upgrading the project format…")


def test_check_and_backup_report_progress_and_can_be_cancelled(project, tmp_path):
    task = Recorder()
    report = check_project(project, task=task)
    assert report.ok
    assert "Checking every page and index…" in task.messages

    with pytest.raises(OperationCancelled):
        check_project(project, task=Recorder(cancel_at="Checking every page"))

    (tmp_path / "copies").mkdir()
    (tmp_path / "cancelled").mkdir()
    task = Recorder()
    copy = backup_project(project, tmp_path / "copies", task=task)
    assert copy.is_file() and "Copying the project…" in task.messages
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 3000

    with pytest.raises(OperationCancelled):
        backup_project(project, tmp_path / "cancelled", task=Recorder(cancel_at="Copying"))
    assert [p.name for p in (tmp_path / "cancelled").iterdir()] == []
    assert_not_locked(project)
