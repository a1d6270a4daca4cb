"""The main window: welcome page or open project, menus, undo stack, background work.

What later features call on the window:

- ``project`` / ``info``: the open :class:`ProjectFile` and its :class:`ProjectInfo`
  (``None`` on the welcome page); ``readonly``.
- ``refresh_info()`` after a change, so the header counts and area pages update.
- ``undo_stack``: push a ``QUndoCommand`` for every edit; cleared when the project changes.
- ``run_task(title, fn, *args, on_done=..., **kwargs)``: run core work in the
  background with progress and Cancel in the status bar.
- ``project_view.set_area_widget(key, widget)``: install an area's real page.
- ``show_message(kind, title, text, details, actions)``: every dialog message.
- signals ``project_opened(ProjectInfo)`` and ``project_closed()``.

Window-wide shortcuts belong to the window's actions, which call into the
current area: Find (Ctrl+F) calls the area widget's ``focus_search()``,
Export (Ctrl+E) its ``export()``, Import (Ctrl+I) the Data area's
``start_import()``. An area that binds one of these keys itself has it taken
away at start-up (:meth:`MainWindow._claim_shortcuts`), so a key never
becomes ambiguous.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QEventLoop, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QStackedWidget, QWidget

from workbench import APP_NAME, PROJECT_SUFFIX
from workbench.domain.project import ProjectInfo
from workbench.errors import (
    NotAProjectError,
    ProjectCorruptError,
    ProjectError,
    ProjectLockedError,
    ProjectNotFoundError,
)
from workbench.i18n import translate
from workbench.paths import cache_dir, same_path
from workbench.progress import Task
from workbench.services import project as project_service
from workbench.services.sample import sample_for_reading, sample_working_copy, sample_working_copy_path
from workbench.settings import Settings, load_settings, save_settings
from workbench.store.project_file import ProjectFile
from workbench.ui import dialogs
from workbench.ui.areas import install_areas
from workbench.ui.dialogs import ERROR, INFO, QUESTION, WARNING, Action, exception_details
from workbench.ui.icons import app_icon
from workbench.ui.project_view import ProjectView, areas
from workbench.ui.recent import (
    RecentProjectsMenu,
    forget_all_projects,
    forget_project,
    recent_projects,
    remember_project,
)
from workbench.ui.style import refresh_style_sheet
from workbench.ui.welcome import WelcomePage
from workbench.ui.worker import QUIT_TIMEOUT, ProgressPanel, Worker, stop_all_workers

log = logging.getLogger("workbench.ui")

DEFAULT_SIZE = (1280, 800)

# Choices offered in error messages (keys returned by show_message).
RESTORE, OPEN_READONLY, FORGET = "restore", "readonly", "forget"
# Ways to open the sample project (also keys returned by show_message).
SAMPLE_READONLY, SAMPLE_COPY, SAMPLE_FRESH = "sample-readonly", "sample-copy", "sample-fresh"

#: The key sequences owned by the window's actions (see _claim_shortcuts).
IMPORT_KEYS, FIND_KEYS, EXPORT_KEYS, PREFERENCES_KEYS = "Ctrl+I", "Ctrl+F", "Ctrl+E", "Ctrl+,"

#: A changed project at least this large (with its -wal) is backed up on close in the
#: background; a smaller copy takes a few milliseconds, even on a slow disk.
BACKGROUND_CLOSE_BYTES = 8 * 1024 * 1024


def project_file_filter() -> str:
    return translate("MainWindow", "Persona Workbench project (*{suffix})").format(
        suffix=PROJECT_SUFFIX)


class MainWindow(QMainWindow):
    project_opened = Signal(object)  # ProjectInfo
    project_closed = Signal()
    #: An opening started with start_opening has ended (shown, explained or cancelled).
    opening_ended = Signal()

    def __init__(self, *, interactive: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: False in the headless self-test: messages are recorded, never shown modally.
        self.interactive = interactive
        #: (kind, title, text) of every message shown, newest last.
        self.messages: list[tuple[str, str, str]] = []
        self._project: ProjectFile | None = None
        self._info: ProjectInfo | None = None
        self._workers: list[Worker] = []
        self._sample_worker: Worker | None = None
        #: The project being opened in the background (see start_opening).
        self._opening: _Opening | None = None
        #: Every opening whose worker has not reported back yet (superseded ones too).
        self._openings: list[_Opening] = []
        #: Projects closing in the background (their backup grows with the project).
        self._closings: list[tuple[Path, Worker]] = []
        self._closing = False
        #: File ▸ Export report… (made when first used).
        self.report_export = None

        self.setWindowIcon(app_icon())
        self.undo_stack = QUndoStack(self)
        self.welcome = WelcomePage()
        self.project_view = ProjectView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.project_view)
        self.setCentralWidget(self.stack)
        self.statusBar().setSizeGripEnabled(True)

        self._create_actions()
        self._create_menus()
        install_areas(self)
        self._claim_shortcuts()
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.open_requested.connect(self.open_project_dialog)
        self.welcome.sample_requested.connect(self.choose_sample_project)
        self.welcome.recent_activated.connect(self.start_opening)
        self.welcome.recent_removed.connect(self.forget_recent)
        for button, action in ((self.welcome.new_button, self.new_action),
                               (self.welcome.open_button, self.open_action)):
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.toolTip()} ({key})")
        self.project_view.area_changed.connect(self._area_changed)

        self._refresh_recent()
        self._update_state()
        self._restore_window()

    # --- properties -------------------------------------------------------------------

    @property
    def project(self) -> ProjectFile | None:
        return self._project

    @property
    def info(self) -> ProjectInfo | None:
        return self._info

    @property
    def readonly(self) -> bool:
        return self._project is not None and self._project.readonly

    # --- actions and menus --------------------------------------------------------------

    def _action(self, text: str, slot: Callable[..., Any],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        _set_tooltip_with_shortcut(action)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _create_actions(self) -> None:
        self.new_action = self._action(
            translate("MainWindow", "&New project…"), self.new_project, QKeySequence.StandardKey.New,
            translate("MainWindow", "Create a new, empty project file"))
        self.open_action = self._action(
            translate("MainWindow", "&Open project…"), self.open_project_dialog,
            QKeySequence.StandardKey.Open, translate("MainWindow", "Open a project file"))
        self.sample_action = self._action(
            translate("MainWindow", "Open &sample project…"), self.choose_sample_project,
            tip=translate("MainWindow", "Explore the sample project read-only, or work on a copy of it"))
        self.import_action = self._action(
            translate("MainWindow", "&Import…"), self.start_import, IMPORT_KEYS,
            translate("MainWindow", "Import a spreadsheet or survey export into the project"))
        self.export_action = self._action(
            translate("MainWindow", "&Export…"), self.export_current, EXPORT_KEYS,
            translate("MainWindow", "Export what the current area shows (PDF, PNG, CSV, XLSX)"))
        self.report_action = self._action(
            translate("MainWindow", "Export re&port…"), self.export_report,
            tip=translate("MainWindow", "The whole study as one PDF: method, persona cards, "
                          "journey maps and the evidence behind them"))
        self.preferences_action = self._action(
            translate("MainWindow", "&Preferences…"), self.show_preferences, PREFERENCES_KEYS,
            translate("MainWindow", "Language, theme, backups and the export folder"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.find_action = self._action(
            translate("MainWindow", "&Find…"), self.find_in_area, FIND_KEYS,
            translate("MainWindow", "Search in the current area"))
        self.close_action = self._action(
            translate("MainWindow", "&Close project"), self.close_project, "Ctrl+W",
            translate("MainWindow", "Close the project and return to the welcome page"))
        self.quit_action = self._action(translate("MainWindow", "&Quit"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                      if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        # the undo stack rewrites the text ("Undo Rename persona"); keep the tooltip in step
        self.undo_stack.undoTextChanged.connect(self._refresh_undo_tooltips)
        self.undo_stack.redoTextChanged.connect(self._refresh_undo_tooltips)
        self._refresh_undo_tooltips()

        self.area_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for number, area in enumerate(areas(), start=1):
            action = self._action(area.title, partial(self.project_view.show_area, area.key),
                                  f"Ctrl+{number}")
            action.setCheckable(True)
            group.addAction(action)
            self.area_actions[area.key] = action
        self.area_actions[self.project_view.current_area()].setChecked(True)

        self.guide_action = self._action(
            translate("MainWindow", "&Guide"), self.show_guide, QKeySequence.StandardKey.HelpContents,
            translate("MainWindow", "A short guide to Persona Workbench"))
        self.about_action = self._action(
            translate("MainWindow", "&About Persona Workbench"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        # Reachable from every page, also when the menu bar is hidden (e.g. full screen).
        self.addActions([self.import_action, self.export_action, self.find_action,
                         self.preferences_action, self.guide_action])

    def _refresh_undo_tooltips(self, *_: object) -> None:
        for action in (self.undo_action, self.redo_action):
            _set_tooltip_with_shortcut(action)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.sample_action)
        self.recent_menu = RecentProjectsMenu(self)
        self.recent_menu.open_requested.connect(self.start_opening)
        self.recent_menu.clear_requested.connect(self.clear_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        for action in self.area_actions.values():
            view_menu.addAction(action)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _claim_shortcuts(self) -> None:
        """Take Import/Find/Export/Preferences keys away from any other action in the window.

        Two actions with one key in the same window make Qt trigger neither
        ("ambiguous shortcut"); the window's action calls into the area anyway.
        """
        mine = {self.import_action, self.export_action, self.find_action, self.preferences_action}
        claimed = {QKeySequence(k) for k in (IMPORT_KEYS, FIND_KEYS, EXPORT_KEYS, PREFERENCES_KEYS)}
        for action in self.findChildren(QAction):
            if action in mine:
                continue
            keys = action.shortcuts()
            kept = [k for k in keys if k not in claimed]
            if len(kept) != len(keys):
                log.info("The window's action owns %s; removed from %r",
                         ", ".join(k.toString() for k in keys if k in claimed), action.text())
                action.setShortcuts(kept)

    # --- dialogs: small methods so tests can replace them ------------------------------

    def _start_folder(self) -> str:
        for text in recent_projects():
            folder = Path(text).parent
            if folder.is_dir():
                return str(folder)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _ask_new_project_path(self) -> Path | None:
        """Ask where to create a new project; None if the user cancelled."""
        # The core refuses to overwrite, with a clear message: no "replace?" question first.
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "New project"), self._start_folder(),
            project_file_filter(), options=QFileDialog.Option.DontConfirmOverwrite)
        return Path(chosen) if chosen else None

    def _ask_open_project_path(self) -> Path | None:
        """Ask which project to open; None if the user cancelled."""
        all_files = translate("MainWindow", "All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Open project"), self._start_folder(),
            f"{project_file_filter()};;{all_files}")
        return Path(chosen) if chosen else None

    def show_message(self, kind: str, title: str, text: str, details: str = "",
                     actions: Sequence[Action] = ()) -> str | None:
        """Tell the user something; return the key of the action they chose, or None."""
        self.messages.append((kind, title, text))
        if kind in (ERROR, WARNING):
            log.warning("%s: %s", title, text)
        if not self.interactive:
            return None
        return dialogs.show_message(self, kind, title, text, details, actions)

    # --- project life cycle -------------------------------------------------------------

    def new_project(self) -> bool:
        path = self._ask_new_project_path()
        if path is None:
            return False
        return self.create_project(path)

    def create_project(self, path: Path | str) -> bool:
        """Create a project file at ``path`` and open it."""
        try:
            created = project_service.create_project(path)
        except ProjectError as exc:
            self.show_message(ERROR, translate("MainWindow", "Could not create the project"),
                              str(exc), exception_details(exc))
            return False
        except OSError as exc:
            self.show_message(
                ERROR, translate("MainWindow", "Could not create the project"),
                translate("MainWindow", "Could not create {path}: {error}").format(
                    path=path, error=exc.strerror or exc), exception_details(exc))
            return False
        return self.open_project(created)

    def open_project_dialog(self) -> Worker | None:
        """Ask for a project file and start opening it (None when cancelled or already open)."""
        path = self._ask_open_project_path()
        if path is None:
            return None
        return self.start_opening(path)

    def open_project(self, path: Path | str, readonly: bool = False) -> bool:
        """Open a project and wait until it is shown or explained; True when it is shown.

        The work runs in the background (:meth:`start_opening`); while it does,
        this call keeps the window's event loop turning, so the window paints and
        answers (it may even be closed, or asked to open another project).
        The menus and the welcome page use :meth:`start_opening`, which returns at once.
        """
        path = Path(path)
        self.start_opening(path, readonly)
        while self._opening is not None and not self._closing:
            loop = QEventLoop()
            self.opening_ended.connect(loop.quit)
            try:
                loop.exec()
            finally:
                self.opening_ended.disconnect(loop.quit)
            # Quitting the loop also interrupts the caller's own event processing: deliver
            # what is already queued (e.g. an area's quick background result), as before.
            QApplication.processEvents()
        return self._project is not None and same_path(self._project.path, path)

    def start_opening(self, path: Path | str, readonly: bool = False) -> Worker | None:
        """Start opening ``path`` in the background; returns its worker (None if nothing to do).

        Checking the file for damage, the backup taken on open, an upgrade and
        the counts all grow with the project, so they run in a worker with
        progress and Cancel in the status bar. Until they are done the window
        keeps showing what it showed (the welcome page, or the project open
        before), fully usable; the status bar says what is being done to the new
        project and why it is not shown yet. Problems are explained as before
        (locked, damaged, too new, ...). Asking for another project meanwhile
        cancels this one; closing the window cancels it and releases its lock.
        """
        path = Path(path)
        current = self._opening
        if current is not None and same_path(current.path, path) and current.readonly == readonly:
            return current.worker  # asked twice (a double click): once is enough
        if self._project is not None and same_path(self._project.path, path):
            if self._project.readonly == readonly:
                self._cancel_opening()
                self.stack.setCurrentWidget(self.project_view)
                return None
            self.close_project()
        self._cancel_opening()
        title = translate("MainWindow", "Opening {name}").format(name=path.name)
        opening = _Opening(path, readonly)
        opening.waits = self.closing_workers(path)  # its backup holds the file's lock
        worker = Worker(_open_in_background, opening, title=title)
        opening.worker = worker
        panel = ProgressPanel(worker, title)
        panel.setToolTip(translate(
            "MainWindow", "The project is shown once it has been checked for damage and backed up."))
        self.statusBar().addPermanentWidget(panel)
        self._workers.append(worker)
        self._openings.append(opening)
        self._opening = opening
        worker.finished.connect(partial(self._opening_finished, opening))
        worker.failed.connect(partial(self._opening_failed, opening))
        worker.cancelled.connect(partial(self._opening_cancelled, opening))
        worker.done.connect(partial(self._opening_done, opening, panel))
        return worker.start()

    @property
    def opening(self) -> Path | None:
        """The project being opened in the background, if any."""
        return None if self._opening is None else self._opening.path

    def _cancel_opening(self) -> None:
        """Stop the opening under way (its file is closed when its worker reports back)."""
        if self._opening is not None:
            self._opening.worker.cancel()
            self._opening = None

    def _opening_finished(self, opening: _Opening, result: object) -> None:
        cancelled = opening.worker is not None and opening.worker.task.cancelled
        if opening is not self._opening or self._closing or cancelled:
            opening.discard()  # superseded, cancelled too late, or the window is closing
            if opening is self._opening:
                self._opening = None
            return
        self._opening = None
        if isinstance(result, OSError):  # e.g. no permission for the lock file
            opening.discard()
            self._explain_open_problem(opening.path, opening.readonly, result)
            return
        opening.shown = True
        project, info = result
        self._show_project(project, info)

    def _opening_failed(self, opening: _Opening, message: str, details: str) -> None:
        if opening is not self._opening or self._closing:
            return
        self._opening = None
        exc = opening.worker.exception if opening.worker is not None else None
        if isinstance(exc, ProjectError):
            self._explain_open_problem(opening.path, opening.readonly, exc)
        else:
            self.show_message(ERROR, translate("MainWindow", "Could not open the project"),
                              message, details)

    def _opening_cancelled(self, opening: _Opening) -> None:
        if opening is self._opening:
            self._opening = None
        if not self._closing:
            self.statusBar().showMessage(translate(
                "MainWindow", "Opening {path} was cancelled.").format(path=opening.path), 5000)

    def _opening_done(self, opening: _Opening, panel: ProgressPanel) -> None:
        self.statusBar().removeWidget(panel)
        panel.deleteLater()
        if opening.worker in self._workers:
            self._workers.remove(opening.worker)
        if opening in self._openings:
            self._openings.remove(opening)
        self.opening_ended.emit()

    def _explain_open_problem(self, path: Path, readonly: bool, exc: ProjectError | OSError) -> bool:
        """Say why ``path`` did not open and offer the way out, if there is one."""
        title = translate("MainWindow", "Could not open the project")
        details = exception_details(exc)
        if isinstance(exc, ProjectLockedError):
            choice = self.show_message(
                WARNING, translate("MainWindow", "Project in use"), str(exc), details,
                [(OPEN_READONLY, translate("MainWindow", "Open read-only"))])
            return choice == OPEN_READONLY and self.start_opening(path, readonly=True) is not None
        if isinstance(exc, ProjectCorruptError | NotAProjectError):
            actions = []
            if exc.backup is not None:
                actions.append((RESTORE, translate("MainWindow", "Restore newest backup")))
            choice = self.show_message(ERROR, title, str(exc), details, actions)
            return choice == RESTORE and self.restore_and_open(path)
        if isinstance(exc, ProjectNotFoundError):
            resolved = str(path.resolve())
            actions = []
            if resolved in recent_projects():
                actions.append((FORGET, translate("MainWindow", "Remove from recent projects")))
            if self.show_message(ERROR, title, str(exc), details, actions) == FORGET:
                self.forget_recent(resolved)
            return False
        if isinstance(exc, ProjectError):  # too new, needs upgrading, backup failed, ...
            self.show_message(ERROR, title, str(exc), details)
            return False
        # OSError, e.g. no permission to create the lock file in a shared folder
        text = translate("MainWindow", "Could not open {path}: {error}").format(
            path=path, error=exc.strerror or exc)
        actions = []
        if isinstance(exc, PermissionError) and not readonly:
            text += " " + translate("MainWindow", "You may still open it read-only.")
            actions.append((OPEN_READONLY, translate("MainWindow", "Open read-only")))
        choice = self.show_message(ERROR, title, text, details, actions)
        return choice == OPEN_READONLY and self.start_opening(path, readonly=True) is not None

    def restore_and_open(self, path: Path | str) -> bool:
        """Replace a damaged project with its newest backup, then open it."""
        path = Path(path)
        self._cancel_opening()
        try:
            used, moved = project_service.restore_project(path)
        except ProjectError as exc:
            self.show_message(ERROR, translate("MainWindow", "Could not restore the backup"),
                              str(exc), exception_details(exc))
            return False
        if not self.open_project(path):
            return False
        text = translate("MainWindow", "{path} was restored from the backup {backup}.").format(
            path=path, backup=used)
        if moved is not None:
            text += " " + translate("MainWindow", "The file it replaced was kept as {moved}.").format(
                moved=moved)
        self.show_message(INFO, translate("MainWindow", "Backup restored"), text)
        return True

    def _show_project(self, opened: ProjectFile, info: ProjectInfo) -> None:
        previous = self._project
        self._project = opened
        if previous is not None:
            self._close_file(previous)
        self.undo_stack.clear()
        self._info = info
        self.project_view.set_project(opened, self._info)
        self.stack.setCurrentWidget(self.project_view)
        self._remember(opened.path)
        self._update_state()
        self.statusBar().showMessage(translate("MainWindow", "Opened {path}: {customers} customers").format(
            path=opened.path, customers=QLocale().toString(self._info.customers)), 5000)
        self.project_opened.emit(self._info)

    def refresh_info(self) -> None:
        """Re-read the project's counts (call after a change) and update every view."""
        if self._project is None:
            return
        self._info = project_service.project_info(self._project)
        self.project_view.set_project(self._project, self._info)
        self._update_state()

    def close_project(self) -> bool:
        """Close the open project (if any) and show the welcome page."""
        if self._project is not None:
            project, self._project, self._info = self._project, None, None
            self.undo_stack.clear()
            self.project_view.set_project(None, None)
            self._close_file(project)
            self.project_closed.emit()
        self.stack.setCurrentWidget(self.welcome)
        self._refresh_recent()
        self._update_state()
        return True

    def _close_file(self, project: ProjectFile) -> None:
        """Close ``project``; the backup a changed session leaves runs in the background.

        The backup copies the whole file, so it has a progress panel in the status
        bar (Cancel skips it; the project itself is safe). Opening the same file
        again waits for it; quitting waits for it with the window hidden.
        """
        if (self._closing or not project.backs_up_on_close()
                or _file_bytes(project.path) < BACKGROUND_CLOSE_BYTES):
            self._close_now(project)  # nothing to copy, or a copy too small to notice
            return
        title = translate("MainWindow", "Backing up {name}").format(name=project.path.name)
        worker = Worker(_close_in_background, project, title=title)
        worker.finish_on_quit = True
        panel = ProgressPanel(worker, title)
        panel.setToolTip(translate(
            "MainWindow", "The project is closed; this backup of the session runs in the "
                          "background. Cancel skips it (the project itself is safe)."))
        self.statusBar().addPermanentWidget(panel)
        entry = (project.path, worker)
        self._closings.append(entry)
        worker.failed.connect(partial(self._close_failed, project.path))
        worker.cancelled.connect(partial(self._closing_cancelled, project, worker))
        worker.done.connect(partial(self._closing_done, entry, panel))
        worker.start()

    def _close_now(self, project: ProjectFile) -> None:
        try:
            project.close()
        except Exception as exc:  # closing must always leave the window usable
            self._close_failed(project.path, str(exc), exception_details(exc), exc)

    def _close_failed(self, path: Path, message: str, details: str,
                      exc: BaseException | None = None) -> None:
        log.error("Closing %s failed: %s", path, message, exc_info=exc)
        if self._closing:
            return
        self.show_message(WARNING, translate("MainWindow", "Problem while closing"),
                          translate("MainWindow", "{path} was closed, but not cleanly: {error}"
                                    ).format(path=path, error=message), details)

    def _closing_cancelled(self, project: ProjectFile, worker: Worker) -> None:
        # Only a cancel before the work began gets here (the work itself never raises a
        # cancel): close the file now; the cancelled task makes it skip the backup.
        try:
            project.close(task=worker.task)
        except Exception as exc:  # closing must always leave the window usable
            self._close_failed(project.path, str(exc), exception_details(exc), exc)

    def _closing_done(self, entry: tuple[Path, Worker], panel: ProgressPanel) -> None:
        if entry in self._closings:
            self._closings.remove(entry)
        if not self._closing:
            self.statusBar().removeWidget(panel)
            panel.deleteLater()

    def closing_workers(self, path: Path | None = None) -> list[Worker]:
        """Projects still closing in the background (all, or those of ``path``)."""
        return [worker for closing, worker in self._closings
                if worker.is_running and (path is None or same_path(closing, path))]

    # --- the sample project ----------------------------------------------------------

    def choose_sample_project(self) -> Worker | None:
        """Ask how to open the sample (read-only, working copy, fresh copy), then open it."""
        working = sample_working_copy_path()
        actions: list[Action] = [(SAMPLE_READONLY, translate("MainWindow", "Explore read-only"))]
        if working.is_file():
            text = translate(
                "MainWindow", "The sample project is an omnichannel retailer's research, already "
                "imported, linked, coded and clustered into personas.\n\nExplore it read-only, "
                "continue with your working copy ({path}), or replace that copy with a fresh one "
                "(your changes to it are lost). The original sample is never changed.").format(path=working)
            actions += [(SAMPLE_COPY, translate("MainWindow", "Open my working copy")),
                        (SAMPLE_FRESH, translate("MainWindow", "Start over with a fresh copy"))]
        else:
            text = translate(
                "MainWindow", "The sample project is an omnichannel retailer's research, already "
                "imported, linked, coded and clustered into personas.\n\nExplore it read-only, or "
                "make a working copy ({path}) where you can try every feature. The original sample "
                "is never changed.").format(path=working)
            actions.append((SAMPLE_COPY, translate("MainWindow", "Make a working copy")))
        choice = self.show_message(QUESTION, translate("MainWindow", "Open the sample project"),
                                   text, actions=actions)
        if choice is None:
            return None
        return self.open_sample_project(choice)

    def open_sample_project(self, mode: str = SAMPLE_COPY) -> Worker:
        """Prepare the sample in the background, then open it.

        ``mode``: SAMPLE_COPY opens the user's one working copy (made when missing),
        SAMPLE_FRESH replaces that copy with the pristine sample first, SAMPLE_READONLY
        opens the pristine sample read-only.
        """
        if self._sample_worker is not None and self._sample_worker.is_running:
            return self._sample_worker
        if mode == SAMPLE_READONLY:
            prepare, readonly = sample_for_reading, True
        else:
            fresh = mode == SAMPLE_FRESH
            if fresh and self._project is not None and same_path(self._project.path,
                                                                  sample_working_copy_path()):
                self.close_project()  # the open copy is about to be replaced
            prepare, readonly = partial(sample_working_copy, fresh=fresh), False
            # the copy's own closing backup (just started, or from before) must end first
            prepare = partial(_after_closings, self.closing_workers(sample_working_copy_path()),
                              prepare)
        worker = self.run_task(translate("MainWindow", "Preparing the sample project"), prepare,
                               on_done=lambda path: self.open_project(path, readonly=readonly))
        self._sample_worker = worker
        self.sample_action.setEnabled(False)
        self.welcome.sample_button.setEnabled(False)

        def ready() -> None:
            self.sample_action.setEnabled(True)
            self.welcome.sample_button.setEnabled(True)

        worker.done.connect(ready)
        return worker

    # --- window-wide actions that call into the current area ---------------------------

    def current_area_widget(self) -> QWidget | None:
        if self._project is None:
            return None
        return self.project_view.area_widget(self.project_view.current_area())

    def start_import(self) -> object:
        """Show the Data area and start its import (asks for a file)."""
        if self._project is None or self.readonly:
            return None
        self.project_view.show_area("data")
        area = self.project_view.area_widget("data")
        start = getattr(area, "start_import", None)
        return start() if callable(start) else None

    def find_in_area(self) -> bool:
        """Put the keyboard in the current area's search field; False when it has none."""
        focus = getattr(self.current_area_widget(), "focus_search", None)
        if not callable(focus):
            self.statusBar().showMessage(translate("MainWindow", "There is nothing to search in this area."),
                                         4000)
            return False
        focus()
        return True

    def export_current(self) -> object:
        """Start the current area's export; None when the area has nothing to export."""
        export = _area_export(self.current_area_widget())
        if export is None:
            self.statusBar().showMessage(translate("MainWindow", "There is nothing to export in this area."),
                                         4000)
            return None
        return export()

    # --- recent projects ------------------------------------------------------------

    def export_report(self) -> object:
        """File ▸ Export report…: ask for a file name, write the research report (background)."""
        from workbench.ui.export.report_export import ReportExport

        if self.report_export is None:
            self.report_export = ReportExport(self)
        return self.report_export.start()

    def _remember(self, path: Path) -> None:
        if same_path(path.parent, cache_dir()):
            return  # the read-only sample lives in the cache: not a project of the user's
        try:
            paths = remember_project(path)
        except OSError:
            log.exception("Could not save the recent projects list")
            paths = None
        self._refresh_recent(paths)

    def forget_recent(self, path: str) -> None:
        """Drop ``path`` from the recent projects (the file itself is not touched)."""
        self._refresh_recent(forget_project(path))

    def clear_recent(self) -> None:
        self._refresh_recent(forget_all_projects())

    def _refresh_recent(self, paths: Sequence[str] | None = None) -> None:
        if paths is None:
            paths = recent_projects()
        self.welcome.set_recent(list(paths))
        self.recent_menu.set_paths(paths)

    # --- background work -------------------------------------------------------------

    def run_task(self, title: str, fn: Callable[..., Any], *args: Any,
                 on_done: Callable[[Any], Any] | None = None,
                 on_failed: Callable[[str, str], Any] | None = None,
                 on_cancelled: Callable[[], Any] | None = None, **kwargs: Any) -> Worker:
        """Run ``fn(*args, task=..., **kwargs)`` in the background with progress and Cancel.

        ``on_done(result)`` runs in the GUI thread when it succeeds. Failures are
        shown in an error dialog unless ``on_failed(message, details)`` is given;
        a cancel is noted in the status bar unless ``on_cancelled()`` is given.
        """
        worker = Worker(fn, *args, title=title, **kwargs)
        panel = ProgressPanel(worker, title)
        self.statusBar().addPermanentWidget(panel)
        self._workers.append(worker)
        if on_done is not None:
            # a result arriving while the window closes must not reopen anything
            worker.finished.connect(lambda result: None if self._closing else on_done(result))
        worker.failed.connect(on_failed or partial(self._task_failed, title))
        worker.cancelled.connect(on_cancelled or partial(self._task_cancelled, title))
        worker.done.connect(partial(self._task_done, worker, panel))
        return worker.start()

    def running_tasks(self) -> list[Worker]:
        return [w for w in self._workers if w.is_running]

    def _task_failed(self, title: str, message: str, details: str) -> None:
        self.show_message(ERROR, title, message, details)

    def _task_cancelled(self, title: str) -> None:
        self.statusBar().showMessage(translate("MainWindow", "{title}: cancelled.").format(
            title=title), 5000)

    def _task_done(self, worker: Worker, panel: ProgressPanel) -> None:
        self.statusBar().removeWidget(panel)
        panel.deleteLater()
        if worker in self._workers:
            self._workers.remove(worker)

    # --- window state ------------------------------------------------------------------

    def _update_state(self) -> None:
        is_open = self._project is not None
        self.close_action.setEnabled(is_open)
        self.report_action.setEnabled(is_open)
        for action in self.area_actions.values():
            action.setEnabled(is_open)
        self.import_action.setEnabled(is_open and not self.readonly)
        self._update_area_actions()
        if is_open and self._info is not None:
            name = self._info.name
            if self._info.readonly:
                name = translate("MainWindow", "{name} (read-only)").format(name=name)
            self.setWindowTitle(f"{name} – {APP_NAME}")
            self.setWindowFilePath(str(self._info.path))
        else:
            self.setWindowTitle(APP_NAME)
            self.setWindowFilePath("")

    def _area_changed(self, key: str) -> None:
        action = self.area_actions.get(key)
        if action is not None:
            action.setChecked(True)
        self._update_area_actions()

    def _update_area_actions(self) -> None:
        area = self.current_area_widget()
        self.find_action.setEnabled(callable(getattr(area, "focus_search", None)))
        self.export_action.setEnabled(_area_export(area) is not None)

    def _restore_window(self) -> None:
        settings = load_settings()
        restored = False
        if settings.window_geometry:
            restored = self.restoreGeometry(
                QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
        if not restored:
            self._default_geometry()
        if settings.window_state:
            self.restoreState(QByteArray.fromBase64(settings.window_state.encode("ascii")))

    def _default_geometry(self) -> None:
        width, height = DEFAULT_SIZE
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.95))
            self.resize(width, height)
            frame = self.frameGeometry()
            frame.moveCenter(available.center())
            self.move(frame.topLeft())
        else:
            self.resize(width, height)

    def save_window_state(self) -> None:
        settings = load_settings()
        settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        settings.window_state = bytes(self.saveState().toBase64().data()).decode("ascii")
        try:
            save_settings(settings)
        except OSError:
            log.exception("Could not save the window geometry")

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self._closing = True
        running = self.running_tasks()
        for worker in running:
            worker.cancel()
        for worker in running:
            if not worker.wait(30):
                log.warning("Background work %r did not stop within 30 s", worker.title)
        stop_all_workers(QUIT_TIMEOUT)  # every area's work too: nothing outlives the window
        self._opening = None
        for opening in list(self._openings):  # opened meanwhile, never to be shown
            if opening.worker is None or opening.worker.wait(0):
                opening.discard()
        self.opening_ended.emit()  # an open_project() waiting for it returns (False)
        self.save_window_state()
        self.hide()  # the session's backups finish before the program ends, out of sight
        self.close_project()
        for worker in self.closing_workers():
            if not worker.wait(120):
                log.warning("Background work %r did not stop within 120 s", worker.title)
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.ApplicationPaletteChange and QApplication.instance():
            refresh_style_sheet(QApplication.instance())  # light <-> dark while running
        super().changeEvent(event)

    # --- help --------------------------------------------------------------------------

    def about_text(self) -> str:
        from workbench.ui.help import about_html

        return about_html()

    def show_about(self) -> None:
        from workbench.ui.help import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_guide(self):
        """Show the guide (one window, raised when already open)."""
        from workbench.ui.help import GuideDialog

        dialog = getattr(self, "_guide", None)
        if dialog is None:
            dialog = self._guide = GuideDialog(self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # --- preferences -------------------------------------------------------------------

    def show_preferences(self):
        from workbench.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_settings)
        dialog.open()
        return dialog

    def apply_settings(self, old: Settings, new: Settings) -> None:
        """Apply what can change while running (the theme); the language needs a restart."""
        if new.theme != old.theme:
            from workbench.ui.style import apply_style

            apply_style(QApplication.instance(), new.theme)
        if new.language != old.language:
            self.statusBar().showMessage(translate(
                "MainWindow", "The new language is used the next time Persona Workbench starts."), 8000)


class _Opening:
    """One project being opened in the background."""

    def __init__(self, path: Path, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self.worker: Worker | None = None
        #: What the work opened; set in the worker's thread as soon as it exists,
        #: so a window closing meanwhile can still close it (and release the lock).
        self.result: tuple[ProjectFile, ProjectInfo] | OSError | None = None
        #: The same file closing in the background: the opening waits for it first.
        self.waits: list[Worker] = []
        self.shown = False
        self._discarded = False

    def discard(self) -> None:
        """Close what the work opened unless it is shown (call once the work has returned)."""
        if self.shown or self._discarded:
            return
        self._discarded = True
        if isinstance(self.result, tuple):
            try:
                self.result[0].close()
            except Exception:  # noqa: BLE001 - a file never shown: closing must not fail the window
                log.warning("Closing %s after a cancelled open failed", self.path, exc_info=True)


def _wait_for_closings(closings: list[Worker], task: Task) -> None:
    """Wait (in a worker's thread) until the files closing in ``closings`` are released."""
    for closing in closings:
        while not closing.wait(0.05):
            task.report(0, None, translate("MainWindow", "Waiting for the backup of the last session…"))


def _after_closings(closings: list[Worker], fn: Callable[..., Any], *, task: Task) -> Any:
    _wait_for_closings(closings, task)
    return fn(task=task)


def _open_in_background(opening: _Opening, *, task: Task) -> object:
    """The worker's part of opening: everything that grows with the project."""
    _wait_for_closings(opening.waits, task)
    try:
        opening.result = project_service.open_project_with_info(
            opening.path, readonly=opening.readonly, task=task)
    except OSError as exc:  # not a bug: explained to the user like a ProjectError
        opening.result = exc
    return opening.result


def _file_bytes(path: Path) -> int:
    """The project's size on disk with its write-ahead log (what a backup copies)."""
    size = 0
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            size += part.stat().st_size
        except OSError:
            pass
    return size


def _close_in_background(project: ProjectFile, *, task: Task) -> None:
    """The worker's part of closing a changed project: its backup, then the file and lock."""
    project.close(task=task)


def _set_tooltip_with_shortcut(action: QAction) -> None:
    """Tooltip "Import… (Ctrl+I)": the action's words without the mnemonic, plus its key."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    wanted = f"{text} ({key})" if key else text
    if action.toolTip() != wanted:
        action.setToolTip(wanted)


def _area_export(area: QWidget | None) -> Callable[[], Any] | None:
    method = getattr(area, "export", None)
    return method if callable(method) else None
