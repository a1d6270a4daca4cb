"""Preferences: stored per user, the theme applied at once, the language after a restart."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from workbench import i18n
from workbench.settings import (
    Settings,
    default_export_folder,
    is_first_run,
    load_settings,
    save_settings,
    settings_path,
)
from workbench.ui.settings_dialog import SettingsDialog


def choose(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def test_preferences_are_saved_per_user_and_keep_the_recent_list(qtbot, tmp_path):
    settings = Settings(recent_projects=[str(tmp_path / "a.pwb")])
    save_settings(settings)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.backup_spin.value() == 10
    assert dialog.theme_box.currentData() == "system"

    choose(dialog.language_box, "it")
    choose(dialog.theme_box, "light")
    dialog.backup_spin.setValue(3)
    dialog.export_edit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.accept()

    stored = json.loads(settings_path().read_text("utf-8"))
    assert (stored["language"], stored["theme"], stored["backup_count"]) == ("it", "light", 3)
    assert stored["default_export_dir"] == str(tmp_path)
    assert stored["recent_projects"] == [str(tmp_path / "a.pwb")]
    old, new = saved.args
    assert old.language == "" and new.language == "it"


def test_cancel_changes_nothing(qtbot):
    save_settings(Settings(backup_count=7))
    before = settings_path().read_bytes()
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.backup_spin.setValue(99)
    dialog.reject()
    assert settings_path().read_bytes() == before


def test_language_note_says_a_new_language_needs_a_restart(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.language_note.isVisible()
    choose(dialog.language_box, "it")
    assert dialog.language_note.isVisible() and "next time" in dialog.language_note.text()


def test_backup_count_setting_is_what_project_backups_keep(qtbot, tmp_path):
    from workbench.services.project import backup_project, create_project, project_backups

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.backup_spin.setValue(2)
    dialog.accept()
    project = create_project(tmp_path / "study.pwb")
    for _ in range(4):
        backup_project(project)
    assert len(project_backups(project)) == 2


def test_default_export_folder_is_the_chosen_one_while_it_exists(tmp_path, monkeypatch):
    chosen = tmp_path / "exports"
    chosen.mkdir()
    save_settings(Settings(default_export_dir=str(chosen)))
    assert default_export_folder() == chosen
    project = tmp_path / "study" / "study.pwb"
    project.parent.mkdir()
    assert default_export_folder(project) == chosen, "the chosen folder wins over the project's"
    chosen.rmdir()
    fallback = default_export_folder()
    assert fallback != chosen and fallback.is_dir()
    assert default_export_folder(project) == project.parent, "else beside the project"


def test_browse_fills_the_export_folder(qtbot, tmp_path, monkeypatch):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "_ask_folder", lambda: str(tmp_path))
    dialog._browse_export_folder()
    assert Path(dialog.chosen().default_export_dir) == tmp_path


def test_damaged_or_odd_settings_fall_back_to_defaults():
    settings_path().write_text(json.dumps({"theme": "purple", "backup_count": -5, "language": 3}), "utf-8")
    settings = load_settings()
    assert settings.theme == "system" and settings.backup_count == 1 and settings.language == ""


def test_first_run_until_settings_are_saved():
    assert is_first_run()
    save_settings(Settings())
    assert not is_first_run()


def test_dark_theme_applies_at_once_and_system_undoes_it(window, qtbot):
    dialog = window.show_preferences()
    choose(dialog.theme_box, "dark")
    dialog.accept()
    app = QApplication.instance()
    try:
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        assert "#" in app.styleSheet()
    finally:
        dialog = window.show_preferences()
        choose(dialog.theme_box, "system")
        dialog.accept()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 128  # offscreen is light


def test_choosing_italian_shows_italian_strings_after_restart(qtbot, window):
    dialog = window.show_preferences()
    choose(dialog.language_box, "it")
    dialog.accept()
    assert "next time" in window.statusBar().currentMessage()

    # what run_app does at the next start
    i18n.set_language(load_settings().language)
    from workbench.ui.main_window import MainWindow

    italian = MainWindow()
    qtbot.addWidget(italian)
    menus = [a.text() for a in italian.menuBar().actions()]
    assert "&Aiuto" in menus and "&Help" not in menus
    assert italian.welcome.sample_button.title_label.text() == "Apri progetto di esempio"
    assert i18n.current_language() == "it"
