"""The log file and the last line of defence against unexpected exceptions.

Anything that escapes (a bug in a slot, in a dialog, at start-up) is written
to ``workbench.log`` in the per-user log folder and shown in an error dialog
with the traceback under "Show details" - never a silent exit. A hard crash
(a fault inside Qt) cannot be caught; ``faulthandler`` still writes its Python
stack to ``crash.log`` beside the log, for the bug report.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from workbench.i18n import translate

log = logging.getLogger("workbench")
_fault_file = None  # kept open for faulthandler for the life of the process

#: Shows an unexpected error to the user: (title, text, details).
Reporter = Callable[[str, str, str], None]


def log_file() -> Path:
    from workbench.paths import log_dir

    return log_dir() / "workbench.log"


def configure_logging() -> Path:
    """Log warnings and errors of the app to the rotating per-user log file."""
    path = log_file()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > logging.INFO:
        log.setLevel(logging.INFO)
    _enable_faulthandler(path.with_name("crash.log"))
    return path


def _enable_faulthandler(path: Path) -> None:
    global _fault_file
    if _fault_file is not None:
        return
    try:
        _fault_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - must stay open
        faulthandler.enable(_fault_file)
    except (OSError, RuntimeError, ValueError):  # no log folder, or no real stderr (frozen app)
        _fault_file = None


def error_reporter(parent: Callable[[], object]) -> Reporter:
    """A reporter showing the error dialog over ``parent()`` (a visible window or None)."""

    def report(title: str, text: str, details: str) -> None:
        from workbench.ui.dialogs import ERROR, show_message

        show_message(parent(), ERROR, title, text, details)

    return report


class ExceptHook:
    """``sys.excepthook`` replacement: log, then tell the user (once at a time)."""

    def __init__(self, reporter: Reporter) -> None:
        self.reporter = reporter
        self.errors: list[str] = []
        self._showing = False
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> ExceptHook:
        sys.excepthook = self
        threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = self._previous_thread_hook

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        from workbench.ui.dialogs import exception_details, unexpected_error_text

        self.errors.append(f"{exc_type.__name__}: {exc}")
        if self._showing:  # an error while showing an error: logged is all we can do
            return
        self._showing = True
        try:
            self.reporter(translate("Dialogs", "Unexpected error"),
                          unexpected_error_text(str(log_file())),
                          exception_details(exc.with_traceback(tb)))
        except Exception:  # the reporter itself failed; the log has the error
            log.exception("Could not show the error dialog")
        finally:
            self._showing = False

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        # Widgets belong to the GUI thread: from other threads the log is the report.
        log.error("Unexpected error in thread %s", getattr(args.thread, "name", "?"),
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self.errors.append(f"{args.exc_type.__name__}: {args.exc_value}")
