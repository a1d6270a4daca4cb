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

Work may outlive what it was started for: ``Worker(..., owner=widget)`` (or
``worker.tie_to(widget)``) cancels the work when the widget is destroyed and then
delivers nothing but ``done``, so no handler touches a deleted widget. When the
application quits (or the main window calls :func:`stop_all_workers`), every
running worker is cancelled and waited for briefly, and its outcome is dropped.
A report or outcome arriving after the worker's own Qt side is gone (the
interpreter shutting down) is dropped quietly instead of raising in the pool
thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget
from shiboken6 import isValid

from workbench.errors import OperationCancelled, WorkbenchError
from workbench.i18n import translate
from workbench.progress import Task

log = logging.getLogger("workbench.ui.worker")

# Workers are kept alive here from start() until their last signal was delivered,
# so a caller that drops its reference does not lose the outcome (or crash Qt).
_running: set[Worker] = set()

FINISHED, FAILED, CANCELLED = "finished", "failed", "cancelled"

#: How long quitting waits for cancelled work to stop (seconds): the core checks for a
#: cancel often, so this is only reached by work stuck outside the core (a slow disk).
QUIT_TIMEOUT = 5.0
_quit_hooked = False


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

    def __init__(self, fn: Callable[..., Any], *args: Any, title: str = "",
                 owner: QObject | None = None, **kwargs: Any) -> None:
        super().__init__()
        self.title = title
        #: Work that must end on its own even when the program quits (a closing project's
        #: backup): stop_all_workers neither cancels nor silences it; its caller waits for it.
        self.finish_on_quit = False
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
        #: Set when the owner was destroyed or the application quits: deliver only ``done``.
        self._silenced = False
        self._runnable = _Runnable(self)
        self._progress_from_thread.connect(self._deliver_progress,
                                           Qt.ConnectionType.QueuedConnection)
        self._outcome_from_thread.connect(self._deliver_outcome,
                                          Qt.ConnectionType.QueuedConnection)
        if owner is not None:
            self.tie_to(owner)

    # --- control (GUI thread) ------------------------------------------------------

    def start(self) -> Worker:
        if self._started:
            raise RuntimeError("a Worker runs once; create a new one")
        self._started = True
        _forget_deleted()
        _running.add(self)
        _stop_all_when_quitting()
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; ``cancelled`` follows once it has (nothing changed)."""
        self.task.cancel()

    def tie_to(self, owner: QObject) -> Worker:
        """Cancel this work once ``owner`` (the widget showing its outcome) is destroyed.

        From then on only ``done`` is emitted: the finished/failed/cancelled handlers,
        which touch the owner's widgets, never run.
        """
        owner.destroyed.connect(self._owner_destroyed)
        return self

    @Slot()
    def _owner_destroyed(self) -> None:
        self.silence()

    def silence(self) -> None:
        """Cancel, and deliver nothing but ``done`` (nobody is left to show the outcome)."""
        self._silenced = True
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
                self._send_outcome(CANCELLED, None)
                return
            try:
                result = self._fn(*self._args, task=self.task, **self._kwargs)
            except OperationCancelled as exc:
                self._send_outcome(CANCELLED, exc)
            except WorkbenchError as exc:
                self._send_outcome(FAILED, exc)
            except BaseException as exc:  # any bug must reach the user, not kill the thread
                if self.task.cancelled and self._silenced:
                    # stopped for a closing window: a failure of half-torn-down work is noise
                    log.info("Background work %r ended with %r after it was stopped",
                             self.title or self._fn, exc)
                    self._send_outcome(CANCELLED, exc)
                else:
                    log.error("Unexpected error in background work %r", self.title or self._fn,
                              exc_info=exc)
                    self._send_outcome(FAILED, exc)
            else:
                self._send_outcome(FINISHED, result)
        finally:
            self._ended.set()

    def _progress_signal(self) -> Any:
        return self._progress_from_thread

    def _outcome_signal(self) -> Any:
        return self._outcome_from_thread

    def _send_outcome(self, kind: str, payload: object) -> None:
        if not self._emit_from_thread(self._outcome_signal, kind, payload):
            _running.discard(self)  # nobody will deliver it: do not keep the worker alive

    def _emit_from_thread(self, signal_of: Callable[[], Any], *args: Any) -> bool:
        """Emit to the GUI thread; False (dropped) when this worker's Qt side is gone."""
        try:
            if not isValid(self):
                return False
            signal_of().emit(*args)
        except RuntimeError:  # deleted between the check and the emit (shutting down)
            return False
        return True

    def _report_from_thread(self, done: float, total: float | None, message: str) -> None:
        now = time.monotonic()
        last = total is not None and done >= total
        if (last or message != self._last_message
                or now - self._last_emit >= self.progress_interval):
            self._last_emit, self._last_message = now, message
            self._emit_from_thread(self._progress_signal, float(done), total, message or "")

    # --- back in the GUI thread ----------------------------------------------------

    @Slot(float, object, str)
    def _deliver_progress(self, done: float, total: object, message: str) -> None:
        if self.outcome is not None or self._silenced:
            return
        self.last_progress = (done, total, message)
        self.progress.emit(done, total, message)

    @Slot(str, object)
    def _deliver_outcome(self, kind: str, payload: object) -> None:
        self.outcome = kind
        try:
            if self._silenced:  # its owner is gone (or the app quits): only clean-up runs
                pass
            elif kind == FINISHED:
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
    _forget_deleted()
    return list(_running)


def _forget_deleted() -> None:
    """Drop workers whose Qt side was deleted: their queued outcome can never be delivered."""
    for worker in list(_running):
        if not isValid(worker):
            _running.discard(worker)


def stop_all_workers(timeout: float = QUIT_TIMEOUT) -> list[Worker]:
    """Cancel and silence every running worker, then wait up to ``timeout`` s in all.

    For closing the main window and quitting: no outcome handler runs afterwards, and
    no pool thread is left writing to the project. Returns the work still running.
    """
    _forget_deleted()
    workers = [worker for worker in list(_running) if worker._started and not worker.finish_on_quit]
    for worker in workers:
        worker.silence()
    deadline = time.monotonic() + timeout
    left = []
    for worker in workers:
        if not worker.wait(max(0.0, deadline - time.monotonic())):
            left.append(worker)
    for worker in left:
        log.warning("Background work %r did not stop within %s s", worker.title, timeout)
    return left


def _stop_all_when_quitting() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if _quit_hooked or app is None:
        return
    _quit_hooked = True
    app.aboutToQuit.connect(_about_to_quit)


def _about_to_quit() -> None:
    stop_all_workers(QUIT_TIMEOUT)


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
