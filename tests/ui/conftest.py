"""GUI test fixtures: a real main window over real project files, dialogs replaced.

Modal dialogs would block a test, so the window's two small seams are
replaced: ``show_message`` (every message box) and ``_ask_*_path`` (file
dialogs). Everything else is the real code on real SQLite files.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from workbench.services.project import create_project, open_project
from workbench.store.customers import add_customers


@dataclass
class Shown:
    kind: str
    title: str
    text: str
    details: str
    actions: list[str]


@dataclass
class FakeMessages:
    """Records every message; answers with the queued action keys (None when empty)."""

    shown: list[Shown] = field(default_factory=list)
    answers: list[str | None] = field(default_factory=list)

    def __call__(self, kind, title, text, details="", actions=()):
        self.shown.append(Shown(kind, title, text, details, [key for key, _ in actions]))
        return self.answers.pop(0) if self.answers else None

    @property
    def last(self) -> Shown:
        assert self.shown, "no message was shown"
        return self.shown[-1]


@pytest.fixture
def messages() -> FakeMessages:
    return FakeMessages()


@pytest.fixture
def window(qtbot, messages, monkeypatch):
    from workbench.ui.main_window import MainWindow

    win = MainWindow()
    monkeypatch.setattr(win, "show_message", messages)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()  # releases the project's lock before tmp_path goes away


@pytest.fixture
def make_project(tmp_path):
    """A real project file with ``customers`` customers."""

    def make(name: str = "study", customers: int = 3) -> Path:
        path = create_project(tmp_path / f"{name}.pwb", name.title())
        if customers:
            with open_project(path) as project:
                add_customers(project.db, [f"customer {i}" for i in range(customers)])
        return path

    return make


@pytest.fixture
def seed_sample_cache(isolated_user_dirs):
    """Put a small prebuilt sample where services.sample caches the built one.

    Tests of the window's own sample plumbing use it, so they do not depend on
    (or wait for) the real sample build, which has its own test.
    """

    def seed(customers: int) -> Path:
        from workbench.services.sample import cached_sample_path

        cached = cached_sample_path()
        cached.parent.mkdir(parents=True, exist_ok=True)
        create_project(cached, "Seeded sample")
        with open_project(cached) as project:
            add_customers(project.db, [f"c{i}" for i in range(customers)])
        return cached

    return seed


class SlowCall:
    """``module.name`` replaced by a call that first waits ``seconds`` in small steps which
    stop at a cancel (as the real work checks between its steps), then does the real work:
    background work that is surely still running when a test closes its window."""

    def __init__(self, monkeypatch, module, name: str, seconds: float = 8.0) -> None:
        self.seconds = seconds
        self.started = threading.Event()
        self.ended = threading.Event()
        self.stopped_early = False
        self._real = getattr(module, name)
        monkeypatch.setattr(module, name, self)

    def __call__(self, *args, task=None, **kwargs):
        self.started.set()
        try:
            deadline = time.monotonic() + self.seconds
            while time.monotonic() < deadline:
                if task is not None and task.cancelled:
                    self.stopped_early = True
                if task is not None:
                    task.check()  # raises OperationCancelled once cancelled
                time.sleep(0.02)
            return self._real(*args, task=task, **kwargs)
        finally:
            self.ended.set()


@pytest.fixture
def slowed(monkeypatch):
    """``slowed(module, "name")``: a :class:`SlowCall` in place of ``module.name``."""
    return lambda module, name: SlowCall(monkeypatch, module, name)


@pytest.fixture
def trouble(monkeypatch, capfd, caplog):
    """What went wrong meanwhile: errors logged, exceptions hooked, tracebacks on stderr."""
    hooked: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: hooked.append(repr(exc)))
    monkeypatch.setattr(threading, "excepthook", lambda args: hooked.append(repr(args.exc_value)))
    caplog.set_level(logging.WARNING)

    def collect() -> list[str]:
        errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
        stderr = capfd.readouterr().err
        found = errors + hooked
        for needle in ("Signal source has been deleted", "Traceback", "RuntimeError"):
            if needle in stderr:
                found.append(stderr)
                break
        return found

    return collect
