"""Starting the desktop app: QApplication, language, look, error hook, main window.

``run_app(self_test=FOLDER)`` is the packaging smoke test: it opens a copy
of the sample project without a display, saves a screenshot and a short
report into FOLDER and exits 0 when everything worked, 1 otherwise.

With the environment variable ``WORKBENCH_QUIT_WHEN_SHOWN=1`` the app prints
``WORKBENCH_SHOWN <unix time>`` once the window is shown with the requested
project (or the welcome page) and quits: the start-up benchmark
(``bench/startup_bench.py``) measures with it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from workbench.ui.crash import ExceptHook
    from workbench.ui.main_window import MainWindow

ORGANISATION = "PersonaWorkbench"
SELF_TEST_TIMEOUT_MS = 300_000
QUIT_WHEN_SHOWN_ENV = "WORKBENCH_QUIT_WHEN_SHOWN"
SHOWN_MARKER = "WORKBENCH_SHOWN"


def run_app(project: Path | None = None, sample: bool = False, readonly: bool = False,
            self_test: Path | None = None) -> int:
    """Run the desktop app until its window closes; returns the exit status."""
    if self_test is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a smoke test needs no display

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from workbench.i18n import set_language
    from workbench.settings import is_first_run, load_settings
    from workbench.ui.crash import ExceptHook, configure_logging, error_reporter
    from workbench.ui.style import apply_style

    first_run = is_first_run()
    settings = load_settings()
    language = set_language(settings.language)
    configure_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(ORGANISATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)
    from workbench.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    translator = install_qt_translations(app, language)
    apply_locale(language)
    apply_style(app, settings.theme)

    from workbench.ui.main_window import MainWindow

    window: MainWindow | None = None

    def parent() -> MainWindow | None:
        return window if window is not None and window.isVisible() else None

    show_error = error_reporter(parent)

    def report(title: str, text: str, details: str) -> None:
        if self_test is None:  # the self-test reports errors in its file, never in a modal box
            show_error(title, text, details)

    hook = ExceptHook(report).install()
    try:
        window = MainWindow(interactive=self_test is None)
    except Exception as exc:  # a broken start must still say what happened, not just vanish
        hook(type(exc), exc, exc.__traceback__)
        hook.uninstall()
        if self_test is not None:
            _write_failure(Path(self_test), exc)
        return 1
    try:
        if self_test is not None:
            return _self_test(app, window, Path(self_test), hook)
        if os.environ.get(QUIT_WHEN_SHOWN_ENV):
            _quit_when_shown(window, waits_for_project=project is not None or sample or first_run)
        window.show()
        QTimer.singleShot(0, lambda: start_window(window, project, sample=sample, readonly=readonly,
                                                  first_run=first_run))
        return app.exec()
    finally:
        hook.uninstall()
        if translator is not None:
            app.removeTranslator(translator)


def start_window(window: MainWindow, project: Path | None = None, *, sample: bool = False,
                 readonly: bool = False, first_run: bool = False) -> object:
    """What the window shows first: the given project, the sample (asked for, or on a
    user's very first start, so the product is seen working), or the welcome page."""
    from workbench.ui.main_window import SAMPLE_COPY, SAMPLE_READONLY

    if project is not None:  # opened in the background: the window paints at once
        return window.start_opening(project, readonly=readonly)
    if sample or first_run:
        return window.open_sample_project(SAMPLE_READONLY if readonly else SAMPLE_COPY)
    return None


def apply_locale(language: str) -> None:
    """Numbers and dates follow the UI language, unless the system locale already speaks it
    (then its regional conventions, e.g. Swiss Italian, are kept)."""
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    if system.name().split("_")[0] != language:
        QLocale.setDefault(QLocale(language))
    else:
        QLocale.setDefault(system)


def _quit_when_shown(window: MainWindow, waits_for_project: bool) -> None:
    """Benchmark hook: print when the window is usable (project shown), then quit."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def shown() -> None:
        QApplication.processEvents()  # let the page paint
        print(f"{SHOWN_MARKER} {time.time():.6f}", flush=True)
        QTimer.singleShot(0, window.close)

    if waits_for_project:
        window.project_opened.connect(lambda _info: QTimer.singleShot(0, shown))
    else:
        QTimer.singleShot(0, shown)


def install_qt_translations(app: QApplication, language: str) -> QTranslator | None:
    """Qt's own catalogue, so standard dialogs and buttons speak the user's language."""
    if language == "en":
        return None
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        app.installTranslator(translator)
        return translator
    return None


def _self_test(app: QApplication, window: MainWindow, folder: Path, hook: ExceptHook) -> int:
    """Open a sample copy headless, take a screenshot, write a report; 0 when all worked."""
    from PySide6.QtCore import QEventLoop, QTimer

    from workbench.ui.dialogs import ERROR

    folder.mkdir(parents=True, exist_ok=True)
    report = folder / "self-test.txt"
    screenshot = folder / "self-test-window.png"
    problems: list[str] = []
    try:
        window.resize(1280, 800)  # the size the window is designed for, whatever the screen
        window.show()
        loop = QEventLoop()
        worker = window.open_sample_project()  # the working copy, made or reused
        worker.done.connect(loop.quit)  # after on_done opened the project (or failed to)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(SELF_TEST_TIMEOUT_MS)
        if worker.is_running:
            loop.exec()
        timer.stop()
        if worker.is_running:
            problems.append(f"the sample project was not ready after {SELF_TEST_TIMEOUT_MS // 1000} s")
            worker.cancel()
        for _ in range(5):
            app.processEvents()
        info = window.info
        if info is None:
            problems.append("no project is open after opening the sample")
        problems += [f"{title}: {text}" for kind, title, text in window.messages if kind == ERROR]
        problems += hook.errors
        if not window.grab().save(str(screenshot)):
            problems.append(f"could not save the screenshot {screenshot}")
        exported = _self_test_export(window, folder, problems) if info is not None else None
        if problems:
            report.write_text("failed\n" + "\n".join(problems) + "\n", "utf-8")
            return 1
        lines = ["ok", f"project: {info.name}", f"file: {info.path}",
                 f"schema_version: {info.schema_version}", f"readonly: {info.readonly}"]
        lines += [f"{key}: {getattr(info, key)}"
                  for key in ("sources", "customers", "documents", "persona_sets", "journeys")]
        lines.append(f"personas_pdf: {exported.paths[0].name} ({exported.pages} pages)" if exported
                     else "personas_pdf: none (the project has no persona set)")
        report.write_text("\n".join(lines) + "\n", "utf-8")
        return 0
    except Exception as exc:  # the smoke test reports every failure as exit 1
        _write_failure(folder, exc)
        return 1
    finally:
        window.close()


def _self_test_export(window: MainWindow, folder: Path, problems: list[str]):
    """Export the sample's newest persona set as FOLDER/personas.pdf (checked by the smoke test);
    None when the project has no persona set."""
    from workbench.errors import WorkbenchError
    from workbench.services.export import export_personas_pdf
    from workbench.services.personas import persona_sets

    try:
        sets = persona_sets(window.project)
        if not sets:
            return None
        return export_personas_pdf(window.project, sets[-1].id, folder / "personas.pdf")
    except WorkbenchError as exc:
        problems.append(f"the persona PDF export failed: {exc}")
        return None


def _write_failure(folder: Path, exc: BaseException) -> None:
    import traceback

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "self-test.txt").write_text(
        "failed\n" + "".join(traceback.format_exception(exc)), "utf-8")
