"""The main window on real project files: create, open, close, recover, read-only."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from workbench.settings import load_settings
from workbench.store.lock import ProjectLock
from workbench.ui.main_window import (
    FORGET,
    OPEN_READONLY,
    RESTORE,
    SAMPLE_COPY,
    SAMPLE_FRESH,
    SAMPLE_READONLY,
    MainWindow,
    sample_working_copy_path,
)
from workbench.ui.welcome import MISSING_ROLE


def count(window, key: str) -> str:
    return window.project_view.header.counts[key].text()


def recent_row(window, path) -> int:
    paths = window.welcome.recent_paths()
    return paths.index(str(path.resolve()))


def test_new_project_from_welcome_shows_it_and_reopens_from_recent_list(
        window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "Shoppers 2024"  # no suffix typed: the project extension is added
    monkeypatch.setattr(window, "_ask_new_project_path", lambda: target)
    assert window.stack.currentWidget() is window.welcome

    with qtbot.waitSignal(window.project_opened):
        qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)

    created = tmp_path / "Shoppers 2024.pwb"
    assert created.is_file()
    assert window.stack.currentWidget() is window.project_view
    assert window.project_view.header.name_label.text() == "Shoppers 2024"
    assert "Shoppers 2024" in window.windowTitle()
    assert load_settings().recent_projects[0] == str(created.resolve())

    window.close_action.trigger()
    assert window.project is None
    assert window.stack.currentWidget() is window.welcome

    recent = window.welcome.recent_list
    recent.setCurrentRow(recent_row(window, created))
    recent.setFocus()
    with qtbot.waitSignal(window.project_opened):
        qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.project_view
    assert window.project_view.header.name_label.text() == "Shoppers 2024"
    assert count(window, "customers") == "0"
    assert count(window, "sources") == "0"


def test_double_clicking_a_recent_project_opens_it_with_its_counts(window, qtbot, make_project):
    path = make_project("panel", customers=25)
    window.open_project(path)
    window.close_project()

    recent = window.welcome.recent_list
    item = recent.item(recent_row(window, path))
    qtbot.waitUntil(lambda: recent.visualItemRect(item).height() > 0)
    centre = recent.visualItemRect(item).center()
    with qtbot.waitSignal(window.project_opened):
        # QTest needs the first click of the pair sent on its own, as a real mouse does
        qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.info.customers == 25
    assert count(window, "customers") == QLocale().toString(25)


def test_garbage_file_shows_error_naming_it_and_stays_on_welcome(window, messages, tmp_path):
    path = tmp_path / "notes.pwb"
    path.write_bytes(b"these are not the projects you are looking for" * 100)

    assert window.open_project(path) is False

    assert messages.last.kind == "error"
    assert "notes.pwb" in messages.last.text
    assert messages.last.details  # technical details behind "Show details"
    assert "Traceback" not in messages.last.text
    assert window.project is None
    assert window.stack.currentWidget() is window.welcome
    assert str(path.resolve()) not in load_settings().recent_projects


def test_truncated_project_with_backup_is_restored_when_user_chooses_restore(
        window, messages, make_project):
    path = make_project("survey", customers=7)  # opening it took a rotating backup
    path.write_bytes(path.read_bytes()[:60])  # a copy cut short: only the header survives
    messages.answers = [RESTORE]

    assert window.open_project(path) is True

    damaged, restored = messages.shown[0], messages.shown[-1]
    assert "survey.pwb" in damaged.text
    assert RESTORE in damaged.actions
    assert window.info.customers == 7
    assert count(window, "customers") == "7"
    kept = [p for p in path.parent.iterdir() if p.name.startswith("survey.pwb.replaced-")]
    assert len(kept) == 1 and kept[0].stat().st_size == 60
    assert restored.kind == "info"
    assert str(kept[0]) in restored.text  # the user is told where the damaged file went


def test_damaged_project_is_left_alone_when_user_cancels_restore(window, messages, make_project):
    path = make_project("survey")
    path.write_bytes(path.read_bytes()[:60])
    messages.answers = [None]

    assert window.open_project(path) is False

    assert RESTORE in messages.last.actions
    assert path.stat().st_size == 60
    assert window.stack.currentWidget() is window.welcome


def test_locked_project_offers_read_only_and_shows_badge(window, messages, make_project):
    path = make_project("shared", customers=4)
    other_writer = ProjectLock(path)
    other_writer.acquire()
    try:
        messages.answers = [OPEN_READONLY]
        assert window.open_project(path) is True

        assert messages.shown[0].kind == "warning"
        assert OPEN_READONLY in messages.shown[0].actions
        assert "shared.pwb" in messages.shown[0].text
        assert window.readonly
        assert window.project_view.header.readonly_badge.isVisible()
        assert "read-only" in window.windowTitle()
        assert count(window, "customers") == "4"
    finally:
        window.close_project()
        other_writer.release()
    assert not window.project_view.header.readonly_badge.isVisible()


def test_project_from_a_newer_version_only_explains(window, messages, make_project):
    path = make_project("future")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")

    assert window.open_project(path) is False

    assert messages.last.actions == []
    assert "newer version" in messages.last.text
    assert window.stack.currentWidget() is window.welcome


def test_missing_recent_project_is_greyed_and_can_be_removed(window, messages, make_project):
    kept, gone = make_project("kept"), make_project("gone")
    window.open_project(gone)
    window.open_project(kept)  # closes "gone"
    gone.unlink()
    window.close_project()

    recent = window.welcome.recent_list
    item = recent.item(recent_row(window, gone))
    assert item.data(MISSING_ROLE) is True
    assert "(missing)" in item.text()
    assert recent.item(recent_row(window, kept)).data(MISSING_ROLE) is False

    messages.answers = [FORGET]
    assert window.open_project(gone) is False  # explains, offers to forget it
    assert FORGET in messages.last.actions
    assert str(gone.resolve()) not in load_settings().recent_projects

    recent.setCurrentRow(recent_row(window, kept))
    window.welcome.remove_button.click()
    assert load_settings().recent_projects == []
    assert kept.is_file()  # forgetting never touches the file


def test_opening_another_project_closes_the_first_and_releases_its_lock(window, make_project):
    first, second = make_project("first"), make_project("second")
    window.open_project(first)
    window.open_project(second)

    assert window.project.path == second
    lock = ProjectLock(first)
    lock.acquire()  # would raise ProjectLockedError if the window still held it
    lock.release()


def test_window_geometry_is_saved_on_close_and_restored(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    # smaller than the 800x800 offscreen screen where the areas allow, so never clamped
    minimum = first.minimumSizeHint()
    size = (max(700, minimum.width()), max(520, minimum.height()))
    first.resize(*size)
    first.close()
    assert load_settings().window_geometry

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == size


def test_first_start_uses_1280_by_800_or_what_fits_the_screen(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    available = win.screen().availableGeometry()
    expected = (min(1280, int(available.width() * 0.95)), min(800, int(available.height() * 0.95)))
    assert (win.width(), win.height()) == expected
    assert available.contains(win.frameGeometry().center())


def test_undo_and_redo_follow_the_windows_undo_stack(window, qtbot):
    assert not window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"
    log: list[str] = []

    class Rename(QUndoCommand):
        def redo(self):
            log.append("do")

        def undo(self):
            log.append("undo")

    window.undo_stack.push(Rename("Rename persona"))
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert log == ["do", "undo"]
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert log == ["do", "undo", "do"]


def test_areas_switch_from_navigation_and_keyboard(window, qtbot, make_project):
    window.open_project(make_project())
    view = window.project_view
    assert view.current_area() == "data"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert view.current_area() == "personas"
    navigation = view.navigation
    rect = navigation.visualItemRect(navigation.item(1))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_area() == "evidence"
    assert window.area_actions["evidence"].isChecked()


def test_empty_states_are_honest_about_what_the_project_holds(qtbot, make_project):
    from workbench.services.project import read_project_info
    from workbench.ui.project_view import EmptyStatePage

    # An area whose feature is missing says so plainly instead of showing dead controls.
    page = EmptyStatePage("evidence")
    qtbot.addWidget(page)
    page.set_project(None, read_project_info(make_project(customers=0)))
    assert page.heading.text() == "No evidence yet"
    assert "coming version" in page.body.text()


def test_recent_menu_lists_projects_and_opens_them(window, qtbot, make_project):
    path = make_project("menu")
    window.open_project(path)
    window.close_project()
    actions = [a for a in window.recent_menu.actions() if a.statusTip() == str(path.resolve())]
    assert len(actions) == 1
    with qtbot.waitSignal(window.project_opened):
        actions[0].trigger()
    assert window.project.path.resolve() == path.resolve()


def test_open_sample_asks_and_reuses_one_working_copy_leaving_the_sample_untouched(
        window, qtbot, messages, seed_sample_cache):
    original = seed_sample_cache(customers=5)
    before = original.read_bytes()

    messages.answers = [SAMPLE_COPY]
    with qtbot.waitSignal(window.project_opened):
        window.sample_action.trigger()
    first = window.project.path
    # first time: read-only or make a working copy
    assert messages.last.actions == [SAMPLE_READONLY, SAMPLE_COPY]
    assert first == sample_working_copy_path() and not window.readonly
    from workbench.services.project import rename_project

    rename_project(window.project, "Changed by me")
    window.close_project()

    messages.answers = [SAMPLE_COPY]
    with qtbot.waitSignal(window.project_opened):
        window.sample_action.trigger()
    assert messages.last.actions == [SAMPLE_READONLY, SAMPLE_COPY, SAMPLE_FRESH]
    assert window.project.path == first  # the same copy, with the user's change
    assert window.info.name == "Changed by me"

    samples = list(first.parent.glob("*.pwb"))
    assert samples == [first]  # no copies left behind
    assert window.info.customers == 5
    assert original.read_bytes() == before


def test_fresh_sample_copy_replaces_the_working_copy_even_while_it_is_open(
        window, qtbot, messages, seed_sample_cache):
    seed_sample_cache(customers=4)
    with qtbot.waitSignal(window.project_opened):
        window.open_sample_project(SAMPLE_COPY)
    from workbench.services.project import rename_project

    rename_project(window.project, "Changed by me")

    messages.answers = [SAMPLE_FRESH]
    with qtbot.waitSignal(window.project_opened, timeout=20_000):
        window.welcome.sample_button.click()

    assert window.project.path == sample_working_copy_path()
    assert window.info.name == "Seeded sample"
    assert [m.kind for m in messages.shown] == ["question"]


def test_sample_read_only_opens_the_pristine_sample_without_changing_it(
        window, qtbot, messages, seed_sample_cache):
    original = seed_sample_cache(customers=3)
    before = original.read_bytes()

    messages.answers = [SAMPLE_READONLY]
    with qtbot.waitSignal(window.project_opened):
        window.sample_action.trigger()

    assert window.readonly and window.project_view.header.readonly_badge.isVisibleTo(window)
    assert window.info.customers == 3
    assert not sample_working_copy_path().exists()
    window.close_project()
    assert original.read_bytes() == before
    assert str(original.resolve()) not in load_settings().recent_projects


def test_cancelling_the_sample_question_opens_nothing(window, messages, seed_sample_cache):
    seed_sample_cache(customers=3)
    assert window.choose_sample_project() is None
    assert window.project is None and window.running_tasks() == []


def test_sample_project_opens_in_background_with_its_sources_and_customers(window, qtbot,
                                                                          messages):
    messages.answers = [SAMPLE_COPY]
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    (worker,) = window.running_tasks()
    assert not window.welcome.sample_button.isEnabled()  # one sample at a time

    qtbot.waitUntil(lambda: worker.outcome is not None, timeout=240_000)

    assert [m.kind for m in messages.shown] == ["question"], messages.shown  # read-only or a copy?
    assert worker.outcome == "finished", window.statusBar().currentMessage()
    # The copy holds exactly what the deterministic sample build holds.
    from workbench.services.project import read_project_info
    from workbench.services.sample import built_sample

    pristine = read_project_info(built_sample())
    assert window.info.sources == pristine.sources == 6  # with the staff notes and the later CRM export
    assert window.info.customers == pristine.customers >= 2000
    assert window.info.documents == pristine.documents > 0
    assert count(window, "customers") == QLocale().toString(pristine.customers)
    assert window.project.path != built_sample()
    assert window.welcome.sample_button.isEnabled()
    assert window.running_tasks() == []


def test_about_box_names_app_qt_and_pyside_versions(window):
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    from workbench import __version__

    text = window.about_text()
    assert __version__ in text and qVersion() in text and pyside in text


# --- window-wide shortcuts -------------------------------------------------------------

class StubArea(QWidget):
    """An area page offering search and export, recording what the window asked of it."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []
        self.search = QLineEdit(self)

    def focus_search(self) -> None:
        self.calls.append("focus_search")
        self.search.setFocus()

    def export(self) -> str:
        self.calls.append("export")
        return "exported"

    def start_import(self) -> None:
        self.calls.append("start_import")


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    window.activateWindow()
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def test_new_and_open_shortcuts_ask_for_a_file(window, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(window, "_ask_new_project_path", lambda: asked.append("new"))
    monkeypatch.setattr(window, "_ask_open_project_path", lambda: asked.append("open"))

    press(qtbot, window, Qt.Key.Key_N)
    press(qtbot, window, Qt.Key.Key_O)

    assert asked == ["new", "open"]


def test_find_and_export_shortcuts_call_the_current_area(window, qtbot, make_project):
    stub = StubArea()
    window.project_view.set_area_widget("evidence", stub)
    window.project_view.set_area_widget("journeys", QWidget())  # an area with no search, no export
    assert window.open_project(make_project())
    window.project_view.show_area("journeys")
    assert not window.find_action.isEnabled() and not window.export_action.isEnabled()
    window.project_view.show_area("evidence")
    assert window.find_action.isEnabled() and window.export_action.isEnabled()

    press(qtbot, window, Qt.Key.Key_F)
    assert stub.calls == ["focus_search"]
    assert QApplication.focusWidget() is stub.search
    press(qtbot, window, Qt.Key.Key_E)
    assert stub.calls == ["focus_search", "export"]


def test_import_shortcut_switches_to_data_and_starts_its_import(window, qtbot, make_project):
    stub = StubArea()
    window.project_view.set_area_widget("data", stub)
    assert window.open_project(make_project())
    window.project_view.show_area("journeys")

    press(qtbot, window, Qt.Key.Key_I)

    assert window.project_view.current_area() == "data"
    assert stub.calls == ["start_import"]


def test_import_is_off_for_a_read_only_project(window, make_project):
    path = make_project()
    assert window.open_project(path, readonly=True)
    assert not window.import_action.isEnabled()
    assert window.start_import() is None


def test_areas_own_shortcuts_never_make_the_windows_keys_ambiguous(window, qtbot, make_project,
                                                                   monkeypatch):
    from PySide6.QtGui import QAction, QKeySequence

    claimed = {QKeySequence(k) for k in ("Ctrl+I", "Ctrl+F", "Ctrl+E", "Ctrl+,")}
    mine = {window.import_action, window.find_action, window.export_action, window.preferences_action}
    holders = [a for a in window.findChildren(QAction)
               if a not in mine and claimed & set(a.shortcuts())]
    assert holders == []

    # The real Data area imports through the window's Ctrl+I.
    asked: list[str] = []
    data = window.project_view.area_widget("data")
    monkeypatch.setattr(data, "_ask_import_path", lambda *a: asked.append("file?"))
    assert window.open_project(make_project())
    press(qtbot, window, Qt.Key.Key_I)
    assert asked == ["file?"]


def test_shortcuts_are_shown_in_menus_and_tooltips(window):
    from PySide6.QtGui import QKeySequence

    native = QKeySequence.SequenceFormat.NativeText
    for action, keys in ((window.import_action, "Ctrl+I"), (window.find_action, "Ctrl+F"),
                         (window.export_action, "Ctrl+E"), (window.new_action, "Ctrl+N"),
                         (window.open_action, "Ctrl+O")):
        shown = QKeySequence(keys).toString(native)
        assert action.shortcut().toString(native) == shown
        assert action.toolTip().endswith(f"({shown})") and "&" not in action.toolTip()
    assert window.import_action.toolTip().startswith("Import…")
    menu_actions = [a for m in window.menuBar().actions() for a in m.menu().actions()]
    for action in (window.import_action, window.export_action, window.find_action,
                   window.undo_action, window.redo_action, window.preferences_action,
                   window.guide_action):
        assert action in menu_actions
    assert "(Ctrl+N)" in window.welcome.new_button.toolTip()


def test_undo_tooltip_follows_the_command_and_its_key(window):
    assert window.undo_action.toolTip().endswith("(Ctrl+Z)")
    window.undo_stack.push(QUndoCommand("Rename persona"))
    assert "Rename persona" in window.undo_action.toolTip()
    assert window.undo_action.toolTip().endswith("(Ctrl+Z)")


def test_f1_opens_the_guide_and_help_menu_has_about(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window._guide
    assert guide.isVisible()
    assert "sample project" in guide.browser.toPlainText()
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.about_action in help_menu.actions()


def test_status_message_after_opening_formats_counts_for_the_locale(window, make_project):
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    try:
        assert window.open_project(make_project(customers=12345))
        assert "12.345" in window.statusBar().currentMessage()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_export_shortcut_reaches_the_personas_areas_export(window, qtbot, make_project, monkeypatch):
    personas = window.project_view.area_widget("personas")
    asked: list[str] = []
    monkeypatch.setattr(personas, "export_set", lambda: asked.append("export"), raising=False)
    assert window.open_project(make_project())
    window.project_view.show_area("personas")
    personas.setFocus()

    press(qtbot, window, Qt.Key.Key_E)

    assert asked == ["export"]


@pytest.mark.parametrize("language", ["en", "it"])
def test_every_area_fits_a_1280_pixel_screen_in_both_languages(qtbot, make_project, language):
    from workbench.i18n import set_language

    set_language(language)
    try:
        win = MainWindow(interactive=False)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        assert win.open_project(make_project())
        for key in win.project_view.area_keys():
            win.project_view.show_area(key)
            qtbot.wait(10)
            assert win.minimumSizeHint().width() <= 1280, f"{key} is too wide in {language}"
    finally:
        set_language("en")
