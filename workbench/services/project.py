"""Project use cases shared by the CLI and the GUI."""

from __future__ import annotations

from pathlib import Path

from workbench import PROJECT_SUFFIX
from workbench.domain.project import BackupInfo, ProjectInfo
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


def open_project(path: Path | str, *, readonly: bool = False) -> ProjectFile:
    return open_project_file(path, readonly=readonly, backup_count=load_settings().backup_count)


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


def check_project(path: Path | str) -> CheckReport:
    return check_project_file(path)


def backup_project(path: Path | str, destination: Path | str | None = None) -> Path:
    return backup_project_file(path, destination, keep=load_settings().backup_count)


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
