"""The core work the Data area runs in the background (no Qt here).

Each function takes ``task=`` and is run by :class:`workbench.ui.worker.Worker`
(directly or through ``MainWindow.run_task``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.domain.sources import ImportResult
from workbench.progress import Task
from workbench.services import importing
from workbench.store.project_file import ProjectFile


@dataclass
class Preview:
    """What the import dialog shows: the workbook's sheets (if any) and the first rows."""

    sheets: list[str] | None
    table: object  # workbench.ingest.reader.RawTable


def read_preview(path: Path, options, *, with_sheets: bool, task: Task,
                 memory=None) -> Preview:
    """The first rows of ``path`` with inferred roles (the sheet names too when asked);
    a workbook's loaded sheet is kept in ``memory`` (a SheetMemory) for the import."""
    sheets = None
    if with_sheets:
        from workbench.ingest.reader import list_sheets

        sheets = list_sheets(path)
        task.check()
    return Preview(sheets, importing.preview_file(path, options, task=task, memory=memory))


def import_on_own_connection(project: ProjectFile, path: Path, options, *, task: Task,
                             **kwargs) -> ImportResult:
    """``services.importing.import_file`` on a connection of this thread.

    The window's connection stays free for the views, which keep reading
    committed data while the import writes (the project is in WAL mode), and
    the transaction stays on one thread from BEGIN to COMMIT or ROLLBACK.
    """
    with project.on_own_connection() as worker_project:
        return importing.import_file(worker_project, path, options, task=task, **kwargs)
