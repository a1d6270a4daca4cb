"""The background worker: progress, result, failure and cancel reach the GUI thread."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

from workbench.errors import WorkbenchError
from workbench.ui.worker import ProgressPanel, Worker, running_workers


def counting(steps: int, *, task):
    for step in range(1, steps + 1):
        task.report(step, steps, f"step {step}")
    return steps * 10


def test_progress_arrives_in_the_gui_thread_then_the_result(qtbot):
    worker = Worker(counting, 3)
    worker.progress_interval = 0  # deliver every report
    seen: list[tuple] = []
    threads: set = set()
    worker.progress.connect(lambda done, total, msg: (seen.append((done, total, msg)),
                                                      threads.add(QThread.currentThread())))
    with qtbot.waitSignal(worker.finished) as finished:
        worker.start()

    assert finished.args == [30]
    assert seen == [(1.0, 3, "step 1"), (2.0, 3, "step 2"), (3.0, 3, "step 3")]
    assert threads == {QApplication.instance().thread()}
    assert worker.outcome == "finished" and worker.result == 30


def test_frequent_progress_is_thinned_but_keeps_first_and_last(qtbot):
    worker = Worker(lambda *, task: [task.report(i, 50_000, "rows") for i in range(1, 50_001)])
    seen: list[float] = []
    worker.progress.connect(lambda done, total, msg: seen.append(done))
    with qtbot.waitSignal(worker.done):
        worker.start()
    assert seen[0] == 1.0 and seen[-1] == 50_000.0
    assert len(seen) < 1000


def test_workbench_error_fails_with_its_own_message(qtbot):
    def refuse(*, task):
        raise WorkbenchError("The file survey.xlsx has no header row.")

    worker = Worker(refuse)
    with qtbot.waitSignal(worker.failed) as failed:
        worker.start()
    message, details = failed.args
    assert message == "The file survey.xlsx has no header row."
    assert "WorkbenchError" in details
    assert worker.outcome == "failed"


def test_unexpected_exception_fails_with_generic_message_and_is_logged(qtbot, caplog):
    def buggy(*, task):
        return {}["missing"]

    worker = Worker(buggy, title="Importing survey.xlsx")
    with caplog.at_level(logging.ERROR, logger="workbench"), qtbot.waitSignal(worker.failed) as failed:
        worker.start()
    message, details = failed.args
    assert message.startswith("Importing survey.xlsx stopped because of a problem")
    assert "KeyError" in message and "workbench.log" in message
    assert "Traceback" in details and "buggy" in details
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)


def test_cancel_stops_the_work_and_emits_cancelled(qtbot):
    reached: list[int] = []

    def long_work(*, task):
        for step in range(1000):
            reached.append(step)
            task.report(step, 1000, "working")
            time.sleep(0.005)
        return "completed"

    worker = Worker(long_work)
    finished: list = []
    worker.finished.connect(finished.append)
    with qtbot.waitSignal(worker.progress):
        worker.start()
    with qtbot.waitSignal(worker.cancelled):
        worker.cancel()
    assert finished == []
    assert worker.outcome == "cancelled"
    assert len(reached) < 1000


def test_work_cancelled_before_it_starts_never_runs(qtbot):
    ran: list[bool] = []
    worker = Worker(lambda *, task: ran.append(True))
    worker.cancel()
    with qtbot.waitSignal(worker.cancelled):
        worker.start()
    assert ran == []


def test_gui_keeps_handling_events_while_work_runs(qtbot):
    release = threading.Event()
    ticks: list[bool] = []

    def wait_for_release(*, task):
        return release.wait(timeout=10)

    worker = Worker(wait_for_release)
    worker.start()
    # If the work ran in the GUI thread, start() would block ~10 s and no timer could fire.
    QTimer.singleShot(0, lambda: ticks.append(True))
    qtbot.waitUntil(lambda: ticks == [True], timeout=2000)
    assert worker.is_running
    with qtbot.waitSignal(worker.finished) as finished:
        release.set()
    assert finished.args == [True]  # released by the test, not by its own time-out


def test_worker_is_kept_alive_until_its_outcome_is_delivered(qtbot):
    done: list[object] = []

    def start_and_forget():
        worker = Worker(lambda *, task: "kept")
        worker.finished.connect(done.append)
        worker.start()

    start_and_forget()  # the caller drops its reference at once
    qtbot.waitUntil(lambda: done == ["kept"])
    assert running_workers() == []


def test_progress_panel_shows_busy_then_fraction_and_cancels(qtbot):
    release = threading.Event()

    def slow(*, task):
        task.report(0, None, "Reading")
        release.wait(5)
        task.report(25, 100, "Converting")
        while True:
            task.check()
            time.sleep(0.01)

    worker = Worker(slow, title="Import")
    worker.progress_interval = 0
    panel = ProgressPanel(worker)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(worker.progress):
        worker.start()
    assert (panel.bar.minimum(), panel.bar.maximum()) == (0, 0)  # busy: total unknown
    assert panel.label.text() == "Import – Reading"
    with qtbot.waitSignal(worker.progress):
        release.set()
    assert panel.bar.maximum() == 1000 and panel.bar.value() == 250
    with qtbot.waitSignal(worker.cancelled):
        panel.cancel_button.click()
    assert not panel.cancel_button.isEnabled()


def test_run_task_shows_a_progress_panel_in_the_status_bar_until_done(window, qtbot):
    release = threading.Event()
    results: list[object] = []

    def work(path, *, task, scale):
        task.report(1, 2, "half")
        release.wait(5)
        return f"{path}:{scale}"

    worker = window.run_task("Exporting", work, "cards.pdf", scale=2, on_done=results.append)
    panels = lambda: window.statusBar().findChildren(ProgressPanel)  # noqa: E731
    assert len(panels()) == 1 and panels()[0].title == "Exporting"
    assert window.running_tasks() == [worker]
    with qtbot.waitSignal(worker.done):
        release.set()
    assert results == ["cards.pdf:2"]
    qtbot.waitUntil(lambda: not panels())
    assert window.running_tasks() == []


def test_run_task_failure_is_shown_as_an_error_message(window, messages, qtbot):
    def broken(*, task):
        raise WorkbenchError("The export folder is read-only.")

    worker = window.run_task("Exporting", broken)
    with qtbot.waitSignal(worker.done):
        pass
    assert messages.last.kind == "error"
    assert messages.last.text == "The export folder is read-only."


def test_a_worker_cannot_be_started_twice(qtbot):
    worker = Worker(lambda *, task: None)
    with qtbot.waitSignal(worker.done):
        worker.start()
    with pytest.raises(RuntimeError):
        worker.start()
