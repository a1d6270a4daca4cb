"""Starting the app: self-test mode, start-up imports, error hook, Qt's own translations."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from workbench.services.project import create_project
from workbench.ui.app import install_qt_translations
from workbench.ui.crash import ExceptHook, configure_logging, log_file


def run_python(args: list[str], home: Path, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, PERSONA_WORKBENCH_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=timeout)


def test_self_test_opens_the_sample_saves_a_screenshot_and_exits_zero(
        tmp_path, isolated_user_dirs, seed_sample_cache):
    seed_sample_cache( customers=12)
    out = tmp_path / "self-test"

    result = run_python(["-m", "workbench", "gui", "--self-test", str(out)],
                        isolated_user_dirs, tmp_path)

    assert result.returncode == 0, result.stderr + (out / "self-test.txt").read_text("utf-8")
    report = (out / "self-test.txt").read_text("utf-8").splitlines()
    assert report[0] == "ok"
    assert "project: Seeded sample" in report
    assert "customers: 12" in report
    image = QImage(str(out / "self-test-window.png"))
    assert not image.isNull() and image.width() > 400 and image.height() > 300


def test_self_test_exits_one_and_says_why_when_the_sample_cannot_open(
        tmp_path, isolated_user_dirs, seed_sample_cache):
    cached = seed_sample_cache( customers=1)
    cached.write_bytes(b"not a database at all")
    out = tmp_path / "self-test"

    result = run_python(["-m", "workbench", "gui", "--self-test", str(out)],
                        isolated_user_dirs, tmp_path)

    assert result.returncode == 1
    report = (out / "self-test.txt").read_text("utf-8")
    assert report.startswith("failed")
    assert "not a Persona Workbench project" in report


def test_window_start_and_opening_a_project_import_no_heavy_library(tmp_path,
                                                                     isolated_user_dirs):
    project = create_project(tmp_path / "light.pwb")
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from workbench.ui.main_window import MainWindow
        window = MainWindow()
        window.show()
        app.processEvents()
        assert window.open_project({str(project)!r}), window.messages
        app.processEvents()
        heavy = [m for m in ("pandas", "numpy", "sklearn", "scipy", "matplotlib")
                 if m in sys.modules]
        window.close()
        print("HEAVY", heavy)
    """)
    result = run_python(["-c", script], isolated_user_dirs, tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stdout


def test_unexpected_exception_is_logged_and_shown_with_details():
    configure_logging()
    shown: list[tuple[str, str, str]] = []
    hook = ExceptHook(lambda title, text, details: shown.append((title, text, details)))
    try:
        raise ZeroDivisionError("persona share of an empty set")
    except ZeroDivisionError as exc:
        hook(type(exc), exc, exc.__traceback__)

    assert len(shown) == 1
    title, text, details = shown[0]
    assert str(log_file()) in text
    assert "Traceback" not in text
    assert "ZeroDivisionError: persona share of an empty set" in details
    assert "Traceback" in details
    assert "persona share of an empty set" in log_file().read_text("utf-8")


def test_an_error_while_showing_an_error_is_only_logged():
    configure_logging()
    calls: list[str] = []

    def failing_reporter(title, text, details):
        calls.append(title)
        raise RuntimeError("dialog broke")

    hook = ExceptHook(failing_reporter)
    hook(ValueError, ValueError("first"), None)  # must not raise
    assert calls and hook.errors == ["ValueError: first"]
    assert "dialog broke" in log_file().read_text("utf-8")


def test_italian_installs_qts_own_translations_for_standard_dialogs(qapp):
    translator = install_qt_translations(qapp, "it")
    try:
        assert translator is not None
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annulla"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert install_qt_translations(qapp, "en") is None


def test_first_run_opens_the_samples_working_copy(window, qtbot, seed_sample_cache):
    from workbench.services.sample import sample_working_copy_path
    from workbench.ui.app import start_window

    seed_sample_cache(customers=6)
    with qtbot.waitSignal(window.project_opened, timeout=20_000):
        start_window(window, first_run=True)

    assert window.project.path == sample_working_copy_path()
    assert not window.readonly and window.info.customers == 6


def test_later_starts_show_the_welcome_page(window, qtbot):
    from workbench.ui.app import start_window

    assert start_window(window, first_run=False) is None
    assert window.stack.currentWidget() is window.welcome and window.running_tasks() == []


def test_sample_read_only_from_the_command_line(window, qtbot, seed_sample_cache):
    from workbench.ui.app import start_window

    seed_sample_cache(customers=2)
    with qtbot.waitSignal(window.project_opened, timeout=20_000):
        start_window(window, sample=True, readonly=True)
    assert window.readonly


def test_injected_exception_shows_the_error_dialog_with_copyable_details_and_logs_it(
        window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from workbench.ui.crash import error_reporter
    from workbench.ui.dialogs import MessageDialog

    configure_logging()
    seen: dict[str, object] = {}

    def inspect_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MessageDialog):
            QTimer.singleShot(20, inspect_dialog)
            return
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.text_label.text()
        seen["details_hidden"] = not dialog.details_view.isVisible()
        dialog.details_button.click()
        seen["details_shown"] = dialog.details_view.isVisible()
        dialog.copy_button.click()
        seen["clipboard"] = QApplication.clipboard().text()
        seen["still_open"] = dialog.isVisible()
        dialog.accept()

    def broken_slot() -> None:
        raise KeyError("persona 42 vanished")

    hook = ExceptHook(error_reporter(lambda: window)).install()
    try:
        QTimer.singleShot(0, inspect_dialog)
        with qtbot.capture_exceptions():  # pytest-qt would otherwise fail on the slot's error
            hook(*_raised(broken_slot))
    finally:
        hook.uninstall()

    assert seen["title"] == "Unexpected error"
    assert str(log_file()) in seen["text"] and "Traceback" not in seen["text"]
    assert seen["details_hidden"] and seen["details_shown"] and seen["still_open"]
    clipboard = seen["clipboard"]
    assert "persona 42 vanished" in clipboard and "Traceback" in clipboard
    from PySide6.QtCore import qVersion

    assert qVersion() in clipboard  # versions for the bug report
    assert "persona 42 vanished" in log_file().read_text("utf-8")
    assert hook.errors == ["KeyError: 'persona 42 vanished'"]


def _raised(fn):
    try:
        fn()
    except Exception as exc:
        return type(exc), exc, exc.__traceback__
    raise AssertionError("did not raise")


def test_quit_when_shown_prints_the_moment_the_sample_is_shown_and_exits(
        tmp_path, isolated_user_dirs, seed_sample_cache):
    seed_sample_cache(customers=3)
    env_args = ["-c", "import os, sys; os.environ['WORKBENCH_QUIT_WHEN_SHOWN'] = '1'; "
                      "from workbench.cli import main; sys.exit(main(['gui', '--sample']))"]
    result = run_python(env_args, isolated_user_dirs, tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    marker = [line for line in result.stdout.splitlines() if line.startswith("WORKBENCH_SHOWN ")]
    assert len(marker) == 1 and float(marker[0].split()[1]) > 0


def test_numbers_and_dates_follow_the_ui_language():
    from PySide6.QtCore import QLocale

    from workbench.ui.app import apply_locale

    try:
        apply_locale("it")
        assert QLocale().toString(12345) == "12.345"
        apply_locale("en")
        assert QLocale().toString(12345) == "12,345"
    finally:
        QLocale.setDefault(QLocale.system())
