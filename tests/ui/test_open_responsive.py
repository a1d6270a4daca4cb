"""Opening a project never freezes the window: check, backup and counts run in the background.

The window keeps its event loop turning while a large project is checked for
damage, backed up and counted; problems are still explained; closing the
window meanwhile leaves no traceback, no half-open project and no lock; the
header's counts follow the locale.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer

from workbench.services.project import create_project, open_project
from workbench.store.customers import add_customers
from workbench.store.lock import ProjectLock, lock_path_for
from workbench.ui.main_window import OPEN_READONLY, MainWindow

#: Customers in the generated "large" project, and the length of their labels: about
#: 120 MB, made in about two seconds. Before opening ran in the background, the window
#: froze for about 0.5 s on it (integrity check + backup copy on the GUI thread).
LARGE_CUSTOMERS, LABEL_LENGTH = 30_000, 2_000

#: The issue's target is 100 ms at any size; now the gap that remains is the areas
#: filling their pages, the same for any size. This bound is generous because the
#: test runs offscreen on a busy 2-core CI machine shared with other jobs, where a
#: single garbage collection or a descheduled thread costs tens of milliseconds.
GAP_BOUND_MS = 300


@pytest.fixture(scope="module")
def large_project_template(tmp_path_factory):
    """One large project per module (copied per test: opening takes backups, may migrate)."""
    folder = tmp_path_factory.mktemp("large")
    path = create_project(folder / "large.pwb", "Large")
    with open_project(path) as project:
        pad = "x" * LABEL_LENGTH
        add_customers(project.db, [f"Customer {i:06d} {pad}" for i in range(LARGE_CUSTOMERS)])
    return path


@pytest.fixture
def large_project(large_project_template, tmp_path):
    return Path(shutil.copyfile(large_project_template, tmp_path / "large.pwb"))


class GapRecorder:
    """A 20 ms timer noting the longest time between two of its ticks."""

    def __init__(self) -> None:
        self.largest_ms = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.largest_ms = max(self.largest_ms, (now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self._tick()
        self.timer.stop()


def test_opening_a_large_project_keeps_the_event_loop_turning(window, qtbot, large_project):
    gaps = GapRecorder()
    gaps.start()
    qtbot.wait(60)  # the timer is running before the open starts

    worker = window.start_opening(large_project)  # what a click in the recent list does
    assert worker is not None
    assert window.opening == large_project
    assert window.project is None  # not shown before it was checked and backed up
    panel_titles = [w.title for w in window.running_tasks()]
    assert panel_titles == [f"Opening {large_project.name}"]

    qtbot.waitUntil(lambda: window.project is not None, timeout=30_000)
    qtbot.wait(100)  # the first paint of the opened project counts too
    gaps.stop()

    assert window.info.customers == LARGE_CUSTOMERS
    assert window.project.backup is not None and window.project.backup.is_file()
    assert window.opening is None
    assert gaps.largest_ms < GAP_BOUND_MS, f"the window froze for {gaps.largest_ms:.0f} ms"


def test_problems_are_still_explained_through_the_background_open(window, qtbot, messages,
                                                                  make_project):
    # locked: offered read-only, which then opens read-only
    shared = make_project("shared", customers=4)
    other_writer = ProjectLock(shared)
    other_writer.acquire()
    try:
        messages.answers = [OPEN_READONLY]
        window.start_opening(shared)
        qtbot.waitUntil(lambda: window.project is not None, timeout=10_000)
        assert messages.shown[0].kind == "warning"
        assert OPEN_READONLY in messages.shown[0].actions
        assert window.readonly and window.info.customers == 4
        window.close_project()
    finally:
        other_writer.release()

    # too new: explained, nothing opened, file untouched
    future = make_project("future")
    with sqlite3.connect(future) as conn:
        conn.execute("PRAGMA user_version = 999")
    before = future.read_bytes()
    with qtbot.waitSignal(window.opening_ended, timeout=10_000):
        window.start_opening(future)
    assert "newer version" in messages.last.text
    assert window.project is None
    assert future.read_bytes() == before
    assert not lock_path_for(future).exists()

    # damaged: the restore of the newest backup is offered
    damaged = make_project("damaged")
    damaged.write_bytes(damaged.read_bytes()[:60])
    messages.answers = [None]
    with qtbot.waitSignal(window.opening_ended, timeout=10_000):
        window.start_opening(damaged)
    assert messages.last.kind == "error"
    assert "damaged.pwb" in messages.last.text
    assert "restore" in messages.last.actions
    assert window.project is None
    assert window.stack.currentWidget() is window.welcome


def test_asking_for_another_project_while_one_opens_shows_only_the_last(window, qtbot,
                                                                       large_project, make_project):
    small = make_project("small", customers=3)
    window.start_opening(large_project)
    window.start_opening(small)  # changed their mind

    qtbot.waitUntil(lambda: not window.running_tasks(), timeout=30_000)
    assert window.project is not None and window.project.path == small
    assert window.info.customers == 3
    assert not lock_path_for(large_project).exists()  # the first one let go of its file
    other = ProjectLock(large_project)
    other.acquire()  # nobody holds it
    other.release()


def test_closing_the_window_while_a_project_opens_is_quiet_and_releases_the_lock(
        qtbot, large_project, caplog, capfd):
    window = MainWindow(interactive=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    capfd.readouterr()
    caplog.set_level(logging.ERROR)

    worker = window.start_opening(large_project)
    qtbot.waitUntil(lambda: worker.last_progress is not None, timeout=10_000)  # under way
    window.close()
    qtbot.wait(200)  # let anything still queued arrive

    assert window.project is None
    assert not worker.is_running
    assert not lock_path_for(large_project).exists()
    still_open = ProjectLock(large_project)
    still_open.acquire()  # nothing holds the write lock any more
    still_open.release()
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Error" not in err, err
    with sqlite3.connect(large_project) as conn:  # the file is whole
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


@pytest.mark.parametrize(("language", "expected"), [("en", "1,234,567"), ("it", "1.234.567")])
def test_header_counts_use_the_locales_group_separator(qtbot, language, expected):
    from workbench.domain.project import ProjectInfo
    from workbench.ui.project_view import ProjectHeader

    previous = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        header = ProjectHeader()
        qtbot.addWidget(header)
        header.set_info(ProjectInfo(path=Path("big.pwb"), name="Big",
                                    schema_version=1, created_at="", created_with="",
                                    readonly=False, sources=1, customers=1_234_567, documents=0,
                                    persona_sets=0, journeys=0))
        assert header.counts["customers"].text() == expected
    finally:
        QLocale.setDefault(previous)


def test_opened_projects_header_counts_follow_the_locale(window, make_project):
    previous = QLocale()
    QLocale.setDefault(QLocale("it"))
    try:
        assert window.open_project(make_project(customers=12345))
        assert window.project_view.header.counts["customers"].text() == "12.345"  # Italian groups from 5 digits
    finally:
        QLocale.setDefault(previous)
