"""File ▸ Export report…: the whole study as one PDF, written in the background."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from workbench.i18n import translate
from workbench.progress import Task
from workbench.ui.dialogs import INFO

#: The key of the "Open folder" choice offered when the report is written.
OPEN_FOLDER = "open-folder"


def default_report_target(project, name: str = "") -> Path:
    """"<project> report.pdf" in the default export folder (``name``: the project's name)."""
    from workbench.settings import default_export_folder

    # characters no file system accepts become spaces; the name keeps its own words
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name or Path(project.path).stem)
    stem = re.sub(r"\s+", " ", stem).strip(" .")[:80] or Path(project.path).stem
    return default_export_folder(project.path) / translate("Export", "{project} report.pdf").format(
        project=stem)


def write_report(project, target: Path, *, task: Task | None = None):
    """Write the report on the worker thread's own connection (background)."""
    from workbench.services.report import export_report

    with project.on_own_connection() as mine:
        return export_report(mine, target, task=task)


class ReportExport:
    """Asks where to write the report, writes it with progress and Cancel, offers the folder."""

    def __init__(self, window) -> None:
        self.window_ = window
        self.worker = None
        self.last_path: Path | None = None

    def ask_target(self, suggested: Path) -> Path | None:
        """Where to write; None if the user cancelled (a seam for tests)."""
        chosen, _ = QFileDialog.getSaveFileName(
            self.window_, translate("Export", "Export the research report"), str(suggested),
            translate("Export", "PDF documents") + " (*.pdf)")
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(".pdf")

    def start(self):
        """Ask for a file name, then write the report in the background (None: not started)."""
        project = self.window_.project
        if project is None:
            return None
        if self.worker is not None and self.worker.is_running:
            return self.worker
        info = self.window_.info
        target = self.ask_target(default_report_target(project, info.name if info else ""))
        if target is None:
            return None
        self.worker = self.window_.run_task(
            translate("Export", "Writing the research report"), write_report, project, target,
            on_done=self._done)
        return self.worker

    def _done(self, written) -> None:
        path = self.last_path = Path(written)
        text = translate("Export", "Exported {path}.").format(path=path)
        self.window_.statusBar().showMessage(text, 15000)
        choice = self.window_.show_message(
            INFO, translate("Export", "Research report written"),
            translate("Export", "The research report is in {path}.").format(path=path),
            actions=[(OPEN_FOLDER, translate("Export", "Open folder"))])
        if choice == OPEN_FOLDER:
            open_folder(path.parent)


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
