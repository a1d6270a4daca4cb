"""Background work that outlives its widget, its window or its own Qt side ends quietly."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QLabel

from workbench.ui.worker import Worker, running_workers, stop_all_workers

TIMEOUT = 10_000


def blocked_until(release: threading.Event, entered: threading.Event, *, task):
    """Reports progress until ``release``; stops at a cancel like every core loop."""
    entered.set()
    step = 0
    while not release.wait(0.01):
        step += 1
        task.report(step, None, "working")
        task.check()
    task.report(step + 1, None, "almost done")
    return step


def test_outcome_after_the_workers_qt_side_is_gone_is_dropped_quietly(qtbot, capfd):
    release, entered = threading.Event(), threading.Event()
    worker = Worker(blocked_until, release, entered).start()
    assert entered.wait(5)

    shiboken6.delete(worker)  # what tearing down the application does to a parentless QObject
    release.set()
    assert worker.wait(5)
    qtbot.wait(50)

    stderr = capfd.readouterr().err
    assert "Signal source has been deleted" not in stderr and "Traceback" not in stderr
    assert worker not in running_workers()  # nothing left waiting for a delivery


def test_a_destroyed_owner_cancels_the_work_and_only_done_follows(qtbot):
    release, entered = threading.Event(), threading.Event()
    label = QLabel("waiting")
    worker = Worker(blocked_until, release, entered, owner=label)
    handled: list[str] = []
    worker.finished.connect(lambda _result: handled.append("finished"))
    worker.failed.connect(lambda *_args: handled.append("failed"))
    worker.cancelled.connect(lambda: handled.append("cancelled"))
    worker.progress.connect(lambda *_args: handled.append("progress"))
    with qtbot.waitSignal(worker.progress, timeout=TIMEOUT):
        worker.start()
    handled.clear()

    shiboken6.delete(label)
    with qtbot.waitSignal(worker.done, timeout=TIMEOUT):
        pass
    assert worker.task.cancelled
    assert handled == []  # no handler ran for the deleted label
    assert not worker.is_running and worker not in running_workers()


def test_stop_all_workers_cancels_waits_and_silences(qtbot):
    release, entered = threading.Event(), threading.Event()
    worker = Worker(blocked_until, release, entered)
    handled: list[str] = []
    worker.cancelled.connect(lambda: handled.append("cancelled"))
    worker.finished.connect(lambda _result: handled.append("finished"))
    worker.start()
    assert entered.wait(5)

    assert stop_all_workers(5) == []
    assert worker.wait(0)  # already ended: stop_all_workers waited for it
    qtbot.waitUntil(lambda: not worker.is_running, timeout=TIMEOUT)
    assert handled == []  # the window is closing: nobody is told
