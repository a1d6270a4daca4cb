"""Running core work in the background: the one helper every feature reuses.

A core function that takes ``task=`` (a :class:`workbench.progress.Task`)
runs on ``QThreadPool.globalInstance()``; its progress reports and its
outcome come back to the GUI thread as Qt signals, so the window never
freezes and widgets are only ever touched from the GUI thread::

    worker = Worker(import_file, project_path, options)   # calls fn(*args, task=..., **kwargs)
    worker.progress.connect(...)      # (done: float, total: float | None, message: str)
    worker.finished.connect(...)      # (result)
    worker.failed.connect(...)        # (message for the user, technical details)
    worker.cancelled.connect(...)     # ()
    worker.start()
    worker.cancel()                   # the core stops at its next task.report()/check()

Every worker emits exactly one of finished / failed / cancelled, then ``done``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from workbench.errors import OperationCancelled, WorkbenchError
from workbench.i18n import translate
from workbench.progress import Task

log = logging.getLogger("workbench.ui.worker")

# Workers are kept alive here from start() until their last signal was delivered,
# so a caller that drops its reference does not lose the outcome (or crash Qt).
_running: set[Worker] = set()

FINISHED, FAILED, CANCELLED = "finished", "failed", "cancelled"


class Worker(QObject):
    """Runs ``fn(*args, task=Task, **kwargs)`` on the global thread pool."""

    progress = Signal(float, object, str)
    finished = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()
    #: Emitted last, whatever the outcome (for clean-up).
    done = Signal()

    # From the pool thread to this object (which lives in the GUI thread): queued.
    _progress_from_thread = Signal(float, object, str)
    _outcome_from_thread = Signal(str, object)

    #: Progress reports closer together than this (seconds) are skipped, except
    #: the first, the last and any with a new message: a core loop may report
    #: per row, and the event queue must not drown in repaints.
    progress_interval = 0.05

    def __init__(self, fn: Callable[..., Any], *args: Any, title: str = "", **kwargs: Any) -> None:
        super().__init__()
        self.title = title
        self.task = Task(self._report_from_thread)
        self.outcome: str | None = None
        self.result: Any = None
        #: The exception that made the work fail (available in ``failed`` handlers).
        self.exception: BaseException | None = None
        #: The latest (done, total, message) delivered, for views attached late.
        self.last_progress: tuple[float, float | None, str] | None = None
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._ended = threading.Event()
        self._started = False
        self._last_emit = 0.0
        self._last_message: str | None = None
        self._runnable = _Runnable(self)
        self._progress_from_thread.connect(self._deliver_progress,
                                           Qt.ConnectionType.QueuedConnection)
        self._outcome_from_thread.connect(self._deliver_outcome,
                                          Qt.ConnectionType.QueuedConnection)

    # --- control (GUI thread) ------------------------------------------------------

    def start(self) -> Worker:
        if self._started:
            raise RuntimeError("a Worker runs once; create a new one")
        self._started = True
        _running.add(self)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; ``cancelled`` follows once it has (nothing changed)."""
        self.task.cancel()

    @property
    def is_running(self) -> bool:
        """Started and its outcome not yet delivered."""
        return self._started and self.outcome is None

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the function has returned in its thread (signals may still be queued)."""
        return self._ended.wait(timeout)

    # --- the pool thread -----------------------------------------------------------

    def _run(self) -> None:
        try:
            if self.task.cancelled:  # cancelled while still queued: do not start at all
                self._outcome_from_thread.emit(CANCELLED, None)
                return
            try:
                result = self._fn(*self._args, task=self.task, **self._kwargs)
            except OperationCancelled as exc:
                self._outcome_from_thread.emit(CANCELLED, exc)
            except WorkbenchError as exc:
                self._outcome_from_thread.emit(FAILED, exc)
            except BaseException as exc:  # any bug must reach the user, not kill the thread
                log.error("Unexpected error in background work %r", self.title or self._fn,
                          exc_info=exc)
                self._outcome_from_thread.emit(FAILED, exc)
            else:
                self._outcome_from_thread.emit(FINISHED, result)
        finally:
            self._ended.set()

    def _report_from_thread(self, done: float, total: float | None, message: str) -> None:
        now = time.monotonic()
        last = total is not None and done >= total
        if (last or message != self._last_message
                or now - self._last_emit >= self.progress_interval):
            self._last_emit, self._last_message = now, message
            self._progress_from_thread.emit(float(done), total, message or "")

    # --- back in the GUI thread ----------------------------------------------------

    @Slot(float, object, str)
    def _deliver_progress(self, done: float, total: object, message: str) -> None:
        if self.outcome is not None:
            return
        self.last_progress = (done, total, message)
        self.progress.emit(done, total, message)

    @Slot(str, object)
    def _deliver_outcome(self, kind: str, payload: object) -> None:
        self.outcome = kind
        try:
            if kind == FINISHED:
                self.result = payload
                self.finished.emit(payload)
            elif kind == CANCELLED:
                self.cancelled.emit()
            else:
                assert isinstance(payload, BaseException)
                self.exception = payload
                self.failed.emit(*failure_text(payload, self.title))
            self.done.emit()
        finally:
            _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Worker owns it; Qt must not delete it under Python
        self._worker = worker

    def run(self) -> None:
        self._worker._run()


def failure_text(exc: BaseException, title: str = "") -> tuple[str, str]:
    """(message for the user, technical details) for an exception from core work."""
    from workbench.ui.crash import log_file
    from workbench.ui.dialogs import exception_details

    if isinstance(exc, WorkbenchError):
        return str(exc), exception_details(exc)
    what = title or translate("Worker", "The operation")
    message = translate(
        "Worker", "{what} stopped because of a problem Persona Workbench did not expect "
        "({error}). The details were written to the log file {log}."
    ).format(what=what, error=type(exc).__name__, log=log_file())
    return message, exception_details(exc)


def stop_workers(workers: list[Worker], timeout: float = 30) -> None:
    """Cancel ``workers``, then wait for each: nothing may outlive the project or window."""
    for worker in workers:
        worker.cancel()
    for worker in workers:
        if not worker.wait(timeout):
            log.warning("Background work %r did not stop within %s s", worker.title, timeout)


def running_workers() -> list[Worker]:
    return list(_running)


class ProgressPanel(QWidget):
    """Title, progress bar (busy while the total is unknown) and Cancel, for one worker."""

    def __init__(self, worker: Worker, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProgressPanel")
        self.worker = worker
        self.title = title or worker.title
        self.label = QLabel(self.title)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.bar.setFixedWidth(180)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(translate("ProgressPanel", "Cancel"))
        self.cancel_button.setToolTip(translate("ProgressPanel", "Stop this work; nothing is "
                                                                 "changed by a cancelled step."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(8)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self._cancel)
        worker.progress.connect(self.show_progress)
        if worker.last_progress is not None:
            self.show_progress(*worker.last_progress)

    @Slot(float, object, str)
    def show_progress(self, done: float, total: object, message: str) -> None:
        if not isinstance(total, int | float) or total <= 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(1000 * min(max(done, 0.0), total) / total))
        self.label.setText(f"{self.title} – {message}" if message else self.title)

    def _cancel(self) -> None:
        self.worker.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(translate("ProgressPanel", "Cancelling {title}…").format(
            title=self.title))
