"""How long-running core work reports progress and notices a cancel request.

The core knows nothing of Qt: a service receives a :class:`Task` and calls
``task.report(done, total, message)`` as it goes. ``report`` raises
:class:`~workbench.errors.OperationCancelled` once cancellation was requested,
so the service's transaction rolls back and nothing is changed. The GUI's
background worker builds a Task whose callback emits a Qt signal; the CLI
builds one that prints, or none at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from workbench.errors import OperationCancelled

#: progress callback: (done, total or None when unknown, message)
ProgressCallback = Callable[[float, "float | None", str], None]


class Task:
    """Progress sink and cancel flag for one long operation."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report or check."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise OperationCancelled if the user asked to stop."""
        if self._cancel.is_set():
            from workbench.i18n import translate

            raise OperationCancelled(translate("Task", "Cancelled: nothing was changed."))

    def slice(self, start: float, end: float) -> Task:
        """A task for one step of this operation, owning [start, end] of 0..1."""
        return _SliceTask(self, start, end)

    def report(self, done: float, total: float | None = None, message: str = "") -> None:
        """Report progress, then stop here if cancellation was requested."""
        if self._on_progress is not None:
            self._on_progress(done, total, message)
        self.check()


class _SliceTask(Task):
    """Maps a step's own progress onto [start, end] of its parent's bar."""

    def __init__(self, parent: Task, start: float, end: float) -> None:
        super().__init__(None)
        self._parent, self._start, self._end = parent, start, end
        self._cancel = parent._cancel  # one cancel flag for the whole operation

    def report(self, done: float, total: float | None = None, message: str = "") -> None:
        if total:
            fraction = self._start + (self._end - self._start) * min(1.0, done / total)
            self._parent.report(fraction * 1000, 1000, message)
        else:
            self._parent.report(self._start * 1000, 1000, message)


def ensure_task(task: Task | None) -> Task:
    """Services accept ``task=None`` for callers that need no progress."""
    return task if task is not None else Task()
