"""Import population counts: the persona sizes the company's engine found by running the
exported query on every customer (a CSV or XLSX of persona and customers), shown in the
Personas area beside the sample's.

Counts already imported for the set are replaced only after the user confirms; when the
sql_export service can put earlier counts back, the import is also one undoable step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog
from shiboken6 import isValid

from workbench.i18n import translate
from workbench.progress import Task
from workbench.ui.dialogs import ERROR, QUESTION
from workbench.ui.worker import Worker

REPLACE = "replace"


def counts_file_filter() -> str:
    tables = translate("Export", "Persona counts (*.csv *.xlsx)")
    return f"{tables};;{translate('Export', 'All files (*)')}"


def current_counts(project, set_id: int):
    """The set's imported PopulationCounts, or None."""
    from workbench.services import sql_export

    return sql_export.population_counts(project, set_id)


def _restorer():
    """The service call that puts earlier counts back (None when the service has none)."""
    from workbench.services import sql_export

    return getattr(sql_export, "undo_population_counts", None)


def import_counts(project, set_id: int, path: Path, *, task: Task, note: str = ""):
    """``import_population_counts`` on the worker's own connection; returns the counts
    before and after (PopulationCounts or None)."""
    from workbench.services import sql_export

    with project.on_own_connection() as mine:
        task.report(0, None, translate("Export", "Reading {file}…").format(file=path.name))
        before = sql_export.population_counts(mine, set_id)
        sql_export.import_population_counts(mine, set_id, path, note=note)
        return before, sql_export.population_counts(mine, set_id)


class PopulationCountsCommand(QUndoCommand):
    """Imported counts (redo) and the earlier ones (undo) of one persona set."""

    def __init__(self, apply, set_id: int, before, after, name: str) -> None:
        super().__init__(translate("Export", "Import population counts of “{name}”").format(
            name=name))
        self._apply, self._set_id, self._before, self._after = apply, set_id, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the import itself wrote them
            self._first = False
            return
        self._apply(self._set_id, self._after)

    def undo(self) -> None:
        self._apply(self._set_id, self._before)


class PopulationCountsImport(QObject):
    """Ask for the engine's counts file, confirm replacing earlier counts, import them."""

    #: Counts were imported (or put back by undo) for this persona set.
    changed = Signal(int)

    def __init__(self, window, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.worker: Worker | None = None
        self._last_folder: str | None = None

    def _ask_file(self) -> Path | None:
        """The counts file; None if the user cancelled (a seam for tests)."""
        folder = self._last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            None, translate("Export", "Import population counts"), folder, counts_file_filter())
        if not chosen:
            return None
        self._last_folder = str(Path(chosen).parent)
        return Path(chosen)

    def start(self, project, stored) -> Worker | None:
        """Ask for the file, confirm a replacement, then import in the background."""
        if project is None or stored is None or getattr(project, "readonly", False):
            return None
        path = self._ask_file()
        if path is None:
            return None
        return self.import_file(project, stored, path)

    def import_file(self, project, stored, path: Path) -> Worker | None:
        earlier = current_counts(project, stored.id)
        if earlier is not None and _restorer() is None:
            choice = self.window_.show_message(
                QUESTION, translate("Export", "Replace the population counts?"),
                translate("Export", "“{name}” already has population counts, imported on "
                          "{date}. Replace them with those in {file}? This cannot be "
                          "undone.").format(name=stored.name, date=earlier.imported_at[:10],
                                            file=path.name),
                actions=[(REPLACE, translate("Export", "Replace"))])
            if choice != REPLACE:
                return None
        title = translate("Export", "Importing population counts from {file}").format(
            file=path.name)
        self.worker = self.window_.run_task(
            title, import_counts, project, stored.id, path,
            on_done=lambda result: isValid(self) and self._imported(project, stored, path,
                                                                    *result),
            on_failed=lambda message, details: self.window_.show_message(
                ERROR, translate("Export", "Could not import {file}").format(file=path.name),
                message, details))
        return self.worker

    def _imported(self, project, stored, path: Path, before, after) -> None:
        restore = _restorer()
        if restore is not None and hasattr(self.window_, "undo_stack"):
            def apply(set_id: int, counts) -> None:
                if project is not self.window_.project:
                    return
                restore(project, set_id, counts)
                self.changed.emit(set_id)

            self.window_.undo_stack.push(PopulationCountsCommand(apply, stored.id, before, after,
                                                                 stored.name))
        total = after.total if after is not None else 0
        from workbench.export.wording import count

        self.window_.statusBar().showMessage(translate(
            "Export", "Imported the population counts of “{name}” from {file}: {customers} "
            "customers.").format(name=stored.name, file=path.name, customers=count(total)), 15000)
        self.changed.emit(stored.id)
