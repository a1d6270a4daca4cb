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
