"""A configured SQLite connection with explicit, nestable transactions."""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from workbench.errors import DiskFullError
from workbench.gc_pause import paused_gc
from workbench.i18n import translate


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open ``path`` in autocommit mode; transactions are explicit (see Database)."""
    if readonly:
        uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    if readonly:
        conn.execute("PRAGMA query_only = ON")
    return conn


class Database:
    """The project's SQL connection. Only ``workbench.store`` uses it.

    Every multi-row change runs inside ``with db.transaction():``; nested
    blocks become savepoints, so a failing inner step rolls back alone while
    an exception escaping the outer block rolls back everything.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self._depth = 0
        self._checkpointer: threading.Thread | None = None

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self.conn.execute(f"SAVEPOINT sp{self._depth}")
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            # SQLite rolls the whole transaction back by itself after some errors (disk
            # full, out of memory, I/O): then there is nothing left to undo, and the
            # error to report is the one that happened, not "no transaction is active".
            if self.conn.in_transaction:
                if self._depth == 0:
                    self.conn.execute("ROLLBACK")
                else:
                    self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                    self.conn.execute(f"RELEASE sp{self._depth}")
            error = sys.exc_info()[1]
            if self._depth == 0 and isinstance(error, sqlite3.OperationalError) and \
                    getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
                raise DiskFullError(translate(
                    "ProjectFile", "The disk holding {path} is full: the change was not saved, "
                    "and the project is as it was before it. Free some space on that disk "
                    "(or move the project to another one) and try again.").format(
                        path=self.path), self.path) from error
            raise
        else:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("COMMIT")
            else:
                self.conn.execute(f"RELEASE sp{self._depth}")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def tuples(self, sql: str, params: Sequence[Any] | dict = ()) -> list[tuple]:
        """Every row as a plain tuple: for bulk reads, where sqlite3.Row costs time."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        with paused_gc():  # many new tuples, no cycles: see workbench.gc_pause
            return cursor.execute(sql, params).fetchall()

    def blocks(self, sql: str, params: Sequence[Any] | dict = (), size: int = 65_536
               ) -> Iterator[list[tuple]]:
        """The rows in lists of at most ``size`` plain tuples: for reading a large table
        without holding all of it as Python objects at once."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        cursor.execute(sql, params)
        try:
            while True:
                with paused_gc():
                    rows = cursor.fetchmany(size)
                if not rows:
                    return
                yield rows
        finally:
            cursor.close()

    @contextmanager
    def foreign_keys_off(self, allowed: bool = True) -> Iterator[bool]:
        """Leave foreign keys unchecked (and their ON DELETE actions undone) until the block
        ends; yields whether they are off.

        SQLite can only switch them between transactions: inside one, or when
        ``allowed`` is False, they stay on. The caller must then do itself what
        the checks and actions would have done.
        """
        if not allowed or self._depth or self.readonly or not self.pragma("foreign_keys"):
            yield False
            return
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            yield True
        finally:
            self.conn.execute("PRAGMA foreign_keys = ON")

    def data_version(self) -> int:
        """Changes when another connection commits (not this one's own commits): equal
        values around a read mean nobody else changed the project meanwhile."""
        return int(self.pragma("data_version"))

    def scalar(self, sql: str, params: Sequence[Any] | dict = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def pragma(self, name: str) -> Any:
        return self.scalar(f"PRAGMA {name}")

    def optimize(self) -> None:
        """Refresh the query planner's statistics after a large change.

        Run after committing big writes, never on close: closing a project
        that was only read (or whose change was rolled back) must leave the
        file byte-for-byte as it was.
        """
        try:
            self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass

    @contextmanager
    def checkpoint_afterwards(self) -> Iterator[None]:
        """Fold a big write into the file on a helper thread after it commits.

        In WAL mode every committed page is written twice: to the -wal at
        commit, then into the file by a checkpoint, which SQLite otherwise runs
        inside the COMMIT once the -wal passes 1,000 pages (a tenth of a
        second for 100,000 imported rows, all of it waited for). Here the
        commit only appends to the -wal; the checkpoint then runs on its own
        connection on a helper thread, which SQLite lets read and write while
        this connection goes on (PASSIVE mode never blocks it). :meth:`close`
        waits for it.
        """
        self.wait_for_checkpoint()
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            self.conn.execute("PRAGMA wal_autocheckpoint = 1000")
            if not self.readonly:
                self._checkpointer = threading.Thread(
                    target=_checkpoint, args=(self.path,), name="workbench-checkpoint",
                    daemon=True)
                self._checkpointer.start()

    def wait_for_checkpoint(self) -> None:
        """Wait until a checkpoint started by :meth:`checkpoint_afterwards` has finished."""
        if self._checkpointer is not None:
            self._checkpointer.join()
            self._checkpointer = None

    def close(self) -> None:
        """Close the connection; the last one to close leaves no -wal/-shm beside the file."""
        self.wait_for_checkpoint()
        self.conn.close()
        remove_wal_files(self.path)


def _checkpoint(path: Path) -> None:
    """Copy the committed -wal pages into ``path`` (helper thread; errors leave them in the -wal)."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA busy_timeout = 1000")
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.Error:
        pass  # the next checkpoint (at the latest on close) folds them in
    finally:
        conn.close()


def remove_wal_files(path: Path) -> None:
    """Fold a left-over -wal into ``path`` and delete the -wal and -shm, when nobody has it open.

    SQLite does this itself when the last read-write connection closes, but a
    read-only connection (``mode=ro``) cannot, so a project only read would
    keep its companions. A short read-write connection that reads and closes
    does it; while another connection (this process or another) still has
    the file open, SQLite leaves both files alone, so this is always safe.
    Committed data is never changed; a file that cannot be written is left as it is.
    """
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    if not (wal.exists() or shm.exists()) or not path.is_file():
        return
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA busy_timeout = 1000")
        conn.execute("PRAGMA user_version").fetchone()  # opens the WAL, so closing checkpoints it
    except sqlite3.Error:
        pass
    finally:
        conn.close()
