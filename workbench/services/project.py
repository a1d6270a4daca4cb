"""Project use cases shared by the CLI and the GUI."""

from __future__ import annotations

from pathlib import Path

from workbench import PROJECT_SUFFIX
from workbench.domain.project import BackupInfo, ProjectInfo
from workbench.i18n import translate
from workbench.progress import Task
from workbench.settings import load_settings
from workbench.store import backups, summary
from workbench.store.project_file import (
    CheckReport,
    ProjectFile,
    backup_project_file,
    check_project_file,
    create_project_file,
    open_project_file,
    restore_project_file,
)


def with_project_suffix(path: Path | str) -> Path:
    """Add the project extension when the user typed a bare name."""
    path = Path(path)
    return path if path.suffix else path.with_suffix(PROJECT_SUFFIX)


def create_project(path: Path | str, name: str | None = None) -> Path:
    return create_project_file(with_project_suffix(path), name)


def open_project(path: Path | str, *, readonly: bool = False, task: Task | None = None) -> ProjectFile:
    """Open ``path`` (lock, check, back up, upgrade); with a ``task`` for progress and Cancel."""
    return open_project_file(path, readonly=readonly, backup_count=load_settings().backup_count,
                             task=task)


def open_project_with_info(path: Path | str, *, readonly: bool = False,
                           task: Task | None = None) -> tuple[ProjectFile, ProjectInfo]:
    """Open ``path`` and count what it holds: everything opening does that grows with the
    project, for a background thread (the connection may be used from another thread after).

    A cancel at any point leaves nothing open and the lock released.
    """
    opened = open_project(path, readonly=readonly, task=task)
    try:
        if task is not None:
            task.report(0, None, translate("ProjectService", "Counting what the project holds…"))
        info = project_info(opened)
        if task is not None:
            task.check()
    except BaseException:
        opened.close()
        raise
    return opened, info


def project_info(project: ProjectFile) -> ProjectInfo:
    meta = summary.read_meta(project.db)
    counts = summary.count_rows(project.db)
    return ProjectInfo(
        path=project.path,
        name=meta.get("name", project.path.stem),
        schema_version=int(project.db.pragma("user_version")),
        created_at=meta.get("created_at", ""),
        created_with=meta.get("created_with", ""),
        readonly=project.readonly,
        **counts,
    )


def read_project_info(path: Path | str) -> ProjectInfo:
    """Info without taking the write lock (works while the project is open elsewhere)."""
    with open_project_file(path, readonly=True) as project:
        return project_info(project)


def rename_project(project: ProjectFile, name: str) -> None:
    summary.write_meta(project.db, "name", name)


def check_project(path: Path | str, *, task: Task | None = None) -> CheckReport:
    return check_project_file(path, task)


def backup_project(path: Path | str, destination: Path | str | None = None, *,
                   task: Task | None = None) -> Path:
    return backup_project_file(path, destination, keep=load_settings().backup_count, task=task)


def project_backups(path: Path | str) -> list[BackupInfo]:
    return [BackupInfo(b, backups.backup_time(b), b.stat().st_size)
            for b in backups.list_backups(Path(path))]


def backups_before_now(project: ProjectFile) -> int:
    """How many automatic backups of the open project exist (all taken before now)."""
    return len(backups.list_backups(project.path))


def replace_backups(project: ProjectFile) -> tuple[Path, int]:
    """Back the open project up as it is now and delete its older automatic backups (which
    still hold anyone erased since); returns (new backup, how many were deleted).
    Backups saved elsewhere with ``backup --to`` are not touched."""
    return backups.replace_backups(project.db.conn, project.path)


def restore_project(path: Path | str, backup: Path | str | None = None) -> tuple[Path, Path | None]:
    return restore_project_file(path, backup)
