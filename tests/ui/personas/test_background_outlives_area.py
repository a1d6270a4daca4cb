"""The Personas area's background reading, when the window closes or the area goes away.

Reading a persona set is slowed down (small sleeps that stop at a cancel, as the real
reading does between steps) so that it is surely still running. Nothing may reach the
error log, ``sys.excepthook`` or stderr ("Signal source has been deleted" in particular).
"""

from __future__ import annotations

import logging
import sys
import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from workbench.ui.personas import background

TIMEOUT = 30_000
#: How long the slowed reading would take if nobody cancelled it (seconds).
SLOW = 8.0


class SlowReading:
    """background.load_set_details, after sleeping in cancellable steps."""

    def __init__(self, monkeypatch) -> None:
        self.started = threading.Event()
        self.ended = threading.Event()
        self.stopped_early = False
        self._real = background.load_set_details
        monkeypatch.setattr(background, "load_set_details", self)

    def __call__(self, *args, task=None, **kwargs):
        self.started.set()
        try:
            deadline = time.monotonic() + SLOW
            while time.monotonic() < deadline:
                self.stopped_early = task.cancelled
                task.check()
                time.sleep(0.02)
            return self._real(*args, task=task, **kwargs)
        finally:
            self.ended.set()


@pytest.fixture
def trouble(monkeypatch, capfd, caplog):
    hooked: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: hooked.append(repr(exc)))
    monkeypatch.setattr(threading, "excepthook", lambda args: hooked.append(repr(args.exc_value)))
    caplog.set_level(logging.WARNING)

    def collect() -> list[str]:
        found = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] + hooked
        stderr = capfd.readouterr().err
        if any(needle in stderr for needle in ("Signal source has been deleted", "Traceback")):
            found.append(stderr)
        return found

    return collect


def personas_reading(window, qtbot, clustered_project, reading: SlowReading):
    path, set_id = clustered_project
    assert window.open_project(path)
    window.project_view.show_area("personas")
    area = window.project_view.area_widget("personas")
    assert reading.started.wait(20), "the persona set was never read"
    worker = area.details_worker
    assert worker is not None and worker.is_running
    return area, worker


def test_closing_the_window_while_a_set_is_read_is_quiet(window, qtbot, clustered_project,
                                                         monkeypatch, trouble):
    reading = SlowReading(monkeypatch)
    area, worker = personas_reading(window, qtbot, clustered_project, reading)

    window.close()
    assert reading.ended.is_set() and reading.stopped_early  # stopped before the file closed
    shiboken6.delete(worker)  # as when the application goes away
    qtbot.wait(50)
    assert area.set_view.details is None
    assert trouble() == []


def test_deleting_the_personas_area_while_a_set_is_read_is_quiet(window, qtbot,
                                                                 clustered_project, monkeypatch,
                                                                 trouble):
    reading = SlowReading(monkeypatch)
    area, worker = personas_reading(window, qtbot, clustered_project, reading)

    area.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(area)
    assert reading.ended.wait(SLOW / 2), "the reading went on for a deleted area"
    assert reading.stopped_early
    qtbot.waitUntil(lambda: not worker.is_running, timeout=TIMEOUT)
    assert trouble() == []
