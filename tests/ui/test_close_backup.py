"""Closing a changed project: its backup runs in the background, never freezing the window.

A session that changed the project leaves a backup behind; that copy grows with
the project, so it runs in a worker with a progress panel. Opening the same
file again waits for it; quitting waits for it with the window hidden.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from test_open_responsive import GAP_BOUND_MS, GapRecorder
from test_open_responsive import large_project_template as large_project_template  # noqa: F401

from workbench.services.project import project_backups, rename_project
from workbench.store.backups import backup_folder
from workbench.store.lock import ProjectLock


@pytest.fixture
def large_copy(large_project_template, tmp_path):  # noqa: F811 - the shared fixture
    return Path(shutil.copyfile(large_project_template, tmp_path / "large.pwb"))


@pytest.fixture(autouse=True)
def every_backup_in_background(monkeypatch):
    """Small test projects too (by default only copies large enough to notice go there)."""
    monkeypatch.setattr("workbench.ui.main_window.BACKGROUND_CLOSE_BYTES", 0)


def _change(window) -> None:
    rename_project(window.project, "Renamed in this session")


def test_closing_a_changed_large_project_backs_up_in_the_background(window, qtbot, large_copy):
    assert window.open_project(large_copy)
    before = len(project_backups(large_copy))
    _change(window)
    gaps = GapRecorder()
    gaps.start()
    qtbot.wait(60)

    window.close_project()
    closing = window.closing_workers(large_copy)
    assert [w.title for w in closing] == [f"Backing up {large_copy.name}"]
    assert window.project is None  # the window is free at once: the welcome page shows
    qtbot.waitUntil(lambda: not window.closing_workers(), timeout=30_000)
    qtbot.wait(60)
    gaps.stop()

    assert len(project_backups(large_copy)) == before + 1
    lock = ProjectLock(large_copy)
    lock.acquire()  # released once the backup was written
    lock.release()
    assert gaps.largest_ms < GAP_BOUND_MS, f"the window froze for {gaps.largest_ms:.0f} ms"


def test_reopening_right_after_closing_waits_for_the_backup(window, qtbot, make_project):
    path = make_project("study", customers=5)
    assert window.open_project(path)
    _change(window)
    window.close_project()
    assert window.closing_workers(path)  # still backing up when the reopen is asked for
    assert window.open_project(path)  # no "project in use": the open waited for the backup
    assert window.info.customers == 5 and window.info.name == "Renamed in this session"


def test_quitting_waits_for_the_backup_and_logs_no_error(qtbot, messages, monkeypatch,
                                                         make_project, caplog):
    from workbench.ui.main_window import MainWindow

    first, second = make_project("first", customers=3), make_project("second", customers=2)
    win = MainWindow()
    monkeypatch.setattr(win, "show_message", messages)
    qtbot.addWidget(win)
    win.show()
    assert win.open_project(first)
    _change(win)
    before_first = len(project_backups(first))
    assert win.open_project(second)  # the first closes in the background
    _change(win)
    before = before_first, len(project_backups(second))
    with caplog.at_level(logging.WARNING):
        win.close()  # both sessions' backups are written before the window is gone

    assert (len(project_backups(first)), len(project_backups(second))) == (
        before[0] + 1, before[1] + 1)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    for path in (first, second):
        lock = ProjectLock(path)
        lock.acquire()
        lock.release()
    assert messages.shown == []


def test_cancelling_the_closing_backup_skips_it_and_still_releases_the_file(
        window, qtbot, make_project):
    path = make_project("study", customers=4)
    assert window.open_project(path)
    before = len(project_backups(path))
    _change(window)
    window.close_project()
    for worker in window.closing_workers(path):
        worker.cancel()
    qtbot.waitUntil(lambda: not window.closing_workers(), timeout=10_000)
    assert len(project_backups(path)) <= before + 1
    folder = backup_folder(path)
    assert not list(folder.glob("*.partial"))  # a cancelled copy leaves nothing half-written
    lock = ProjectLock(path)
    lock.acquire()
    lock.release()
