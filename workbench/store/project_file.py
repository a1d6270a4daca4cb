"""Opening, creating, checking and restoring project files.

Opening a project for writing: take the write lock, recognise the file as a
project (SQLite header and ``application_id``), refuse a newer schema without
touching the file, run a quick integrity check, switch to WAL, take a rotating
backup, and migrate an older schema inside one transaction after a backup.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from workbench.errors import (
    BackupError,
    NotAProjectError,
    OperationCancelled,
    ProjectCorruptError,
    ProjectError,
    ProjectExistsError,
    ProjectNotFoundError,
    ProjectReadOnlyError,
    ProjectTooNewError,
)
from workbench.i18n import translate
from workbench.progress import Task
from workbench.store import backups
from workbench.store.database import Database, connect
from workbench.store.lock import ProjectLock
from workbench.store.schema import APPLICATION_ID, MIGRATIONS, Migration, migrate

SQLITE_HEADER = b"SQLite format 3\x00"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")



class ProjectFile:
    """An open project: its database connection and, when writable, its lock."""

    def __init__(self, path: Path, db: Database, lock: ProjectLock | None,
                 backup: Path | None, migrated_from: int | None, backup_count: int = 10) -> None:
        self.path = path
        self.db = db
        self.lock = lock
        self.backup_count = backup_count
        self._changes_at_open = db.conn.total_changes
        # data_version moves when *other* connections (background workers) commit.
        self._data_version_at_open = db.pragma("data_version")
        #: The backup taken when this project was opened, if any.
        self.backup = backup
        #: The schema version the file had when it was migrated on open.
        self.migrated_from = migrated_from

    @property
    def readonly(self) -> bool:
        return self.db.readonly

    def new_connection(self) -> Database:
        """A second connection to the same file, for a background thread."""
        return Database(connect(self.path, readonly=self.readonly), self.path,
                        readonly=self.readonly)

    @contextmanager
    def on_own_connection(self) -> Iterator[ProjectFile]:
        """This project through a second connection, for one background job.

        The window's connection stays free for the views, which keep reading
        committed data while the job writes (WAL), and the job's transaction
        stays on one thread from BEGIN to COMMIT or ROLLBACK. The write lock
        remains with this ProjectFile; the view takes no backups.
        """
        view = ProjectFile(self.path, self.new_connection(), None, None, None, backup_count=0)
        try:
            yield view
        finally:
            view.db.close()

    def changed_since_open(self) -> bool:
        return (self.db.conn.total_changes != self._changes_at_open
                or self.db.pragma("data_version") != self._data_version_at_open)

    def backs_up_on_close(self) -> bool:
        """Whether :meth:`close` will take a backup (this session changed the project)."""
        return not self.readonly and self.backup_count > 0 and self.changed_since_open()

    def close(self, task: Task | None = None) -> None:
        """Close; a session that changed the project leaves a fresh backup behind.

        The backup grows with the project: ``task`` reports its progress, and
        cancelling it skips the backup (the project itself is safe either way).
        """
        try:
            if self.backs_up_on_close():
                try:
                    backups.make_rotating_backup(
                        self.db.conn, self.path, self.backup_count, task,
                        translate("ProjectFile", "Backing up before closing…"))
                except (OSError, sqlite3.Error, OperationCancelled):
                    pass  # the project itself is safe; a missed backup must not block closing
            self.db.close()
        finally:
            if self.lock is not None:
                self.lock.release()

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _corrupt(path: Path, detail: str) -> ProjectCorruptError:
    newest = backups.newest_backup(path)
    message = translate("ProjectFile", "The project {path} is damaged ({detail}).").format(path=path, detail=detail)
    if newest is not None:
        message += " " + translate("ProjectFile", "The newest backup is {backup}; restore it with "
                             "'workbench restore {path}' or from the Open dialog."
                             ).format(backup=newest, path=path)
    else:
        message += " " + translate("ProjectFile", "No backup of it exists.")
    return ProjectCorruptError(message, path, newest)


def _not_a_project(path: Path, why: str) -> NotAProjectError:
    return NotAProjectError(
        translate("ProjectFile", "{path} is not a Persona Workbench project: {why}").format(path=path, why=why),
        path, backups.newest_backup(path))


def _check_header(path: Path) -> None:
    if not path.exists():
        raise ProjectNotFoundError(
            translate("ProjectFile", "The project {path} does not exist.").format(path=path), path)
    if not path.is_file():
        raise NotAProjectError(translate("ProjectFile", "{path} is a folder, not a project file.").format(path=path),
                               path)
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(100)
    if size == 0:
        raise _not_a_project(path, translate("ProjectFile", "the file is empty."))
    if not header.startswith(SQLITE_HEADER):
        raise _not_a_project(path, translate("ProjectFile", "it is not an SQLite database."))
    if len(header) < 100:
        raise _corrupt(path, translate("ProjectFile", "the file is truncated"))


def _read_identity(db: Database) -> tuple[int, int]:
    return int(db.pragma("application_id")), int(db.pragma("user_version"))


#: SQLite virtual-machine steps between two looks at the cancel flag during a check.
_CHECK_POLL_STEPS = 20_000


@contextmanager
def _cancellable(db: Database, task: Task | None) -> Iterator[None]:
    """Let ``task.cancel()`` interrupt the statement running on ``db`` (a whole-file check).

    SQLite answers an interrupted statement with "interrupted"; that becomes
    OperationCancelled here, so callers see the same cancel as anywhere else.
    """
    if task is None:
        yield
        return
    db.conn.set_progress_handler(lambda: 1 if task.cancelled else 0, _CHECK_POLL_STEPS)
    try:
        yield
    except sqlite3.OperationalError:
        task.check()  # cancelled: raise OperationCancelled instead of "interrupted"
        raise
    finally:
        db.conn.set_progress_handler(None, 0)


def _quick_check(db: Database, path: Path, task: Task | None = None) -> None:
    with _cancellable(db, task):
        rows = [r[0] for r in db.query("PRAGMA quick_check")]
    if rows != ["ok"]:
        raise _corrupt(path, "; ".join(rows[:3]))


def _step(task: Task | None, done: float, message: str) -> None:
    """One step of opening, out of 3 (check, backup, upgrade)."""
    if task is not None:
        task.report(done, 3, message)


def open_project_file(
    path: Path | str,
    *,
    readonly: bool = False,
    backup_count: int = 10,
    migrations: list[Migration] | None = None,
    task: Task | None = None,
) -> ProjectFile:
    """Open a project; raise a ProjectError subclass with a clear message if it cannot be.

    The whole-file steps (integrity check, backup) grow with the project: run
    this in the background with a ``task`` for their progress and for Cancel
    (OperationCancelled; the file is closed, the lock released, nothing changed
    unless the upgrade had already committed).
    """
    path = Path(path)
    migrations = MIGRATIONS if migrations is None else migrations
    target_version = len(migrations)
    _check_header(path)
    lock = None
    if not readonly:
        lock = ProjectLock(path)
        lock.acquire()
    db = None
    try:
        try:
            db = Database(connect(path, readonly=readonly), path, readonly=readonly)
            app_id, version = _read_identity(db)
        except sqlite3.DatabaseError as exc:
            raise _corrupt(path, str(exc)) from exc
        if app_id != APPLICATION_ID:
            raise _not_a_project(path, translate("ProjectFile", "it is an SQLite database made by another program."))
        if version > target_version:
            raise ProjectTooNewError(
                translate("ProjectFile", "The project {path} was saved by a newer version of Persona Workbench "
                    "(project format {found}; this version reads up to {supported}). "
                    "Install the newer version to open it; the file was not changed."
                    ).format(path=path, found=version, supported=target_version), path)
        _step(task, 0, translate("ProjectFile", "Checking the file for damage…"))
        try:
            _quick_check(db, path, task)
        except sqlite3.DatabaseError as exc:
            raise _corrupt(path, str(exc)) from exc
        if readonly:
            if version < target_version:
                raise ProjectReadOnlyError(
                    translate("ProjectFile", "The project {path} uses an older format and must be upgraded, "
                        "which needs write access. Open it for writing once.").format(path=path),
                    path)
            return ProjectFile(path, db, None, None, None)

        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        try:
            # backup_count=0 turns routine backups off; an upgrade always takes one.
            taken = None
            if backup_count > 0 or version < target_version:
                taken = backups.make_rotating_backup(
                    db.conn, path, max(1, backup_count),
                    None if task is None else task.slice(1 / 3, 2 / 3),
                    translate("ProjectFile", "Backing up before opening…"))
        except (OSError, sqlite3.Error) as exc:
            if version < target_version:
                raise BackupError(translate("ProjectFile", "Could not back up {path} before upgrading it: {error}. "
                                      "The file was not changed.").format(path=path, error=exc),
                                  path) from exc
            taken = None  # a failed routine backup must not stop the researcher's work
        migrated_from = None
        if version < target_version:
            _step(task, 2, translate("ProjectFile", "Upgrading the project format…"))
            try:
                migrate(db.conn, migrations)
            except sqlite3.Error as exc:
                raise ProjectError(
                    translate("ProjectFile", "Upgrading {path} failed ({error}); the file was left as it was. "
                        "A backup is at {backup}.").format(path=path, error=exc, backup=taken),
                    path, taken) from exc
            migrated_from = version
        _step(task, 3, "")
        return ProjectFile(path, db, lock, taken, migrated_from, backup_count)
    except BaseException:
        if db is not None:
            db.conn.close()
        if lock is not None:
            lock.release()
        raise


def create_project_file(path: Path | str, name: str | None = None,
                        migrations: list[Migration] | None = None) -> Path:
    """Create a new, empty project at ``path`` atomically (never half-written)."""
    path = Path(path)
    migrations = MIGRATIONS if migrations is None else migrations
    if path.exists():
        raise ProjectExistsError(
            translate("ProjectFile", "{path} already exists; choose another name or open it.").format(path=path), path)
    if not path.parent.is_dir():
        raise ProjectError(translate("ProjectFile", "The folder {folder} does not exist.").format(folder=path.parent),
                           path)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".new-project-", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            # Born in WAL mode, so opening never rewrites the header of an unchanged project.
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn, migrations)
            from workbench import __version__

            meta = {"name": name or path.stem, "created_at": now_iso(),
                    "created_with": __version__}
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO project_meta(key, value) VALUES (?, ?)",
                             list(meta.items()))
            conn.execute("COMMIT")
        finally:
            conn.close()
        if path.exists():  # created meanwhile by someone else: do not overwrite
            raise ProjectExistsError(
                translate("ProjectFile", "{path} already exists; choose another name or open it.").format(path=path),
                path)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


@dataclass
class CheckReport:
    path: Path
    ok: bool
    schema_version: int | None = None
    problems: list[str] = field(default_factory=list)


def check_project_file(path: Path | str, task: Task | None = None) -> CheckReport:
    """Full integrity and foreign-key check, read-only (safe while the project is open).

    Reads the whole file: with a ``task`` it can be cancelled (OperationCancelled).
    """
    path = Path(path)
    try:
        project = open_project_file(path, readonly=True, task=task)
    except ProjectReadOnlyError:
        project = None
    except ProjectError as exc:
        return CheckReport(path, False, None, [str(exc)])
    if project is None:  # older schema: check it as it is, without upgrading
        db = Database(connect(path, readonly=True), path, readonly=True)
    else:
        db = project.db
    try:
        version = int(db.pragma("user_version"))
        if task is not None:
            task.report(1, 3, translate("ProjectFile", "Checking every page and index…"))
        with _cancellable(db, task):
            problems = [r[0] for r in db.query("PRAGMA integrity_check") if r[0] != "ok"]
            if task is not None:
                task.report(2, 3, translate("ProjectFile", "Checking links between tables…"))
            foreign = db.query("PRAGMA foreign_key_check")
        for row in foreign:
            problems.append(translate("ProjectFile", "Row {rowid} of table {table} refers to a missing row of {parent}."
                                ).format(rowid=row[1], table=row[0], parent=row[2]))
    except sqlite3.DatabaseError as exc:
        return CheckReport(path, False, None, [str(_corrupt(path, str(exc)))])
    finally:
        db.close()
    return CheckReport(path, not problems, version, problems)


def backup_project_file(path: Path | str, destination: Path | str | None = None,
                        keep: int = 10, task: Task | None = None) -> Path:
    """Back up a sound project (even while another window has it open).

    Checks and copies the whole file: with a ``task`` it reports progress and
    can be cancelled (no partial backup is left).
    """
    path = Path(path)
    project = open_project_file(path, readonly=True,
                                task=None if task is None else task.slice(0, 0.3))
    message = translate("ProjectFile", "Copying the project…")
    copy_task = None if task is None else task.slice(0.3, 1)
    try:
        if destination is not None:
            destination = Path(destination)
            if destination.is_dir():
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                destination = destination / f"{path.stem}-{stamp}{path.suffix}"
            return backups.write_backup(project.db.conn, destination, copy_task, message)
        return backups.make_rotating_backup(project.db.conn, path, keep, copy_task, message)
    finally:
        project.close()


def restore_project_file(path: Path | str, backup: Path | str | None = None) -> tuple[Path, Path | None]:
    """Replace ``path`` with ``backup`` (default: the newest); nothing is deleted.

    The current file, if any, and its -wal/-shm companions are moved aside to
    ``<name>.replaced-<time>`` first. Returns (backup used, where the old file went).
    """
    path = Path(path)
    chosen = Path(backup) if backup is not None else backups.newest_backup(path)
    if chosen is None:
        raise BackupError(translate("ProjectFile", "There is no backup of {path}.").format(path=path), path)
    if not chosen.is_file():
        raise BackupError(translate("ProjectFile", "The backup {backup} does not exist.").format(backup=chosen), path)
    report = check_project_file(chosen)
    if not report.ok:
        raise BackupError(translate("ProjectFile", "The backup {backup} is itself damaged: {problem}").format(
            backup=chosen, problem=report.problems[0]), path)
    lock = ProjectLock(path)
    lock.acquire()
    try:
        moved = None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        if path.exists():
            moved = path.with_name(f"{path.name}.replaced-{stamp}")
            os.replace(path, moved)
        for suffix in ("-wal", "-shm", "-journal"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, path.with_name(f"{path.name}.replaced-{stamp}{suffix}"))
        tmp = path.with_name(f".{path.name}.restoring")
        shutil.copyfile(chosen, tmp)
        os.replace(tmp, path)
    finally:
        lock.release()
    return chosen, moved
