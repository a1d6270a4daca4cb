"""Rotating backups of project files, made with SQLite's online backup API.

Backups of one project live in their own folder of the per-user data
directory, named after the project and a hash of its absolute path so two
projects called ``study.pwb`` in different folders never mix.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

from workbench.paths import backups_root
from workbench.progress import Task

#: Pages copied per step of the online backup: small enough that progress
#: reports (and a cancel) come every few milliseconds, large enough to cost nothing.
BACKUP_STEP_PAGES = 1024

_STAMP = "%Y%m%d-%H%M%S-%f"


def backup_folder(project: Path) -> Path:
    resolved = project.resolve()
    digest = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:10]
    folder = backups_root() / f"{resolved.stem}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    origin = folder / "origin.txt"
    if not origin.exists():
        origin.write_text(str(resolved), "utf-8")
    return folder


def list_backups(project: Path) -> list[Path]:
    """Backups of ``project``, newest first."""
    folder = backup_folder(project)
    return sorted(folder.glob(f"*{project.suffix or '.pwb'}"), reverse=True)


def newest_backup(project: Path) -> Path | None:
    backups = list_backups(project)
    return backups[0] if backups else None


def backup_time(backup: Path) -> datetime | None:
    stamp = backup.stem.rsplit("-", 3)[-3:]
    try:
        return datetime.strptime("-".join(stamp), _STAMP)
    except ValueError:
        return None


def write_backup(conn: sqlite3.Connection, destination: Path, task: Task | None = None,
                 message: str = "") -> Path:
    """Copy the open database to ``destination`` consistently, even while in use.

    With a ``task`` the copy goes step by step, reporting (pages copied, pages)
    with ``message``; a cancel stops it and leaves no partial file behind.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        target = sqlite3.connect(str(partial))
        try:
            if task is None:
                conn.backup(target)
            else:
                def progress(_status: int, remaining: int, total: int) -> None:
                    task.report(total - remaining, total, message)  # raises when cancelled

                task.report(0, None, message)
                conn.backup(target, pages=BACKUP_STEP_PAGES, progress=progress)
            # A backup is a plain single file: no -wal beside it when copied around.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        partial.replace(destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


def _new_backup(conn: sqlite3.Connection, project: Path, task: Task | None = None,
                message: str = "") -> Path:
    name = f"{project.stem}-{datetime.now().strftime(_STAMP)}{project.suffix or '.pwb'}"
    return write_backup(conn, backup_folder(project) / name, task, message)


def make_rotating_backup(conn: sqlite3.Connection, project: Path, keep: int,
                         task: Task | None = None, message: str = "") -> Path:
    """Write a timestamped backup of ``project`` and keep only the ``keep`` newest."""
    path = _new_backup(conn, project, task, message)
    for old in list_backups(project)[max(1, keep):]:
        old.unlink(missing_ok=True)
    return path


def replace_backups(conn: sqlite3.Connection, project: Path) -> tuple[Path, int]:
    """Back ``project`` up as it is now, then delete every older automatic backup of it.

    After an erasure the older backups still hold the erased person; the new
    one keeps the project safe without them. Returns (new backup, how many went).
    """
    older = list_backups(project)
    path = _new_backup(conn, project)
    for old in older:
        if old != path:
            old.unlink(missing_ok=True)
    return path, len([old for old in older if old != path])
