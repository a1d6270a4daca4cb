"""Exceptions whose message a researcher can act on.

The core raises these; the GUI shows ``str(error)`` in a dialog and the CLI
prints it and exits non-zero. Messages are already translated when raised.
"""

from __future__ import annotations

from pathlib import Path


class WorkbenchError(Exception):
    """Base class: an expected failure with a message meant for the user."""


class OperationCancelled(WorkbenchError):
    """The user cancelled a long operation; nothing was changed."""


class ProjectError(WorkbenchError):
    """Something is wrong with a project file."""

    def __init__(self, message: str, path: Path | str | None = None,
                 backup: Path | None = None) -> None:
        super().__init__(message)
        self.path = Path(path) if path is not None else None
        #: The newest backup that could replace the file, when one exists.
        self.backup = backup


class ProjectNotFoundError(ProjectError):
    pass


class ProjectExistsError(ProjectError):
    pass


class NotAProjectError(ProjectError):
    pass


class ProjectCorruptError(ProjectError):
    pass


class ProjectTooNewError(ProjectError):
    pass


class ProjectLockedError(ProjectError):
    pass


class ProjectReadOnlyError(ProjectError):
    pass


class BackupError(ProjectError):
    pass


class DiskFullError(ProjectError):
    """The disk holding the project filled up mid-change (nothing of the change was kept)."""


class InputFileError(WorkbenchError):
    """A file the user gave cannot be read or converted as asked.

    The message names the file and, where known, the row and column, and says
    what to do. ``row`` is the row number the user sees in their spreadsheet
    or text editor (1-based, header included).
    """

    def __init__(self, message: str, path: Path | str | None = None,
                 row: int | None = None, column: str | None = None) -> None:
        super().__init__(message)
        self.path = Path(path) if path is not None else None
        self.row = row
        self.column = column


class UnsupportedFileError(InputFileError):
    """The file's type is not one the workbench reads."""


class DuplicateImportError(InputFileError):
    """The same file (same content) was imported into this project before."""


class AnalysisError(WorkbenchError):
    """An analysis cannot run on this data as configured (too few rows, no features...)."""


class ExportError(WorkbenchError):
    """An export cannot be written as asked (folder missing, file in use, nothing to export)."""


class LinkingError(WorkbenchError):
    """Customer linking cannot run as asked (unknown source, column or rule, no keys)."""


class EvidenceError(WorkbenchError):
    """A coding, code book or search request that cannot be done as asked."""


class JourneyError(WorkbenchError):
    """A journey edit or computation cannot be done as asked (unknown map, stage, persona...)."""


class RetentionError(AnalysisError):
    """Churn, value or churn risk cannot be measured as asked (no churn data, too few churners)."""
