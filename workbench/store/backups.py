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


def write_backup(conn: sqlite3.Connection, destination: Path) -> Path:
    """Copy the open database to ``destination`` consistently, even while in use."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    target = sqlite3.connect(str(partial))
    try:
        conn.backup(target)
        # A backup is a plain single file: no -wal beside it when copied around.
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    partial.replace(destination)
    return destination


def _new_backup(conn: sqlite3.Connection, project: Path) -> Path:
    name = f"{project.stem}-{datetime.now().strftime(_STAMP)}{project.suffix or '.pwb'}"
    return write_backup(conn, backup_folder(project) / name)


def make_rotating_backup(conn: sqlite3.Connection, project: Path, keep: int) -> Path:
    """Write a timestamped backup of ``project`` and keep only the ``keep`` newest."""
    path = _new_backup(conn, project)
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
