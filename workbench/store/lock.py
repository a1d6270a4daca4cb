"""One writer per project, across processes.

A sidecar ``<project>.lock`` file is locked with the operating system's
advisory lock (``flock`` / ``msvcrt.locking``). The OS drops the lock when the
process dies, so a crash never leaves a project locked forever; the file only
carries who holds it, for the message the second instance shows.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path

from workbench.errors import ProjectLockedError
from workbench.i18n import translate


def lock_path_for(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def read_holder(project: Path) -> dict:
    """Who holds (or last held) the lock, as written by that process."""
    try:
        return json.loads(lock_path_for(project).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


class ProjectLock:
    """The write lock of one project, held until :meth:`release`."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self.path = lock_path_for(project)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise ProjectLockedError naming the holder."""
        for _attempt in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                os.close(fd)
                raise self._locked_error()
            # The previous holder may have removed the file between our open()
            # and our lock: then we locked an orphan inode. Try again.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                self._write_holder()
                return
            os.close(fd)
        raise self._locked_error()

    def _write_holder(self) -> None:
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        data = json.dumps(info).encode("utf-8")
        assert self._fd is not None
        if sys.platform == "win32":  # pragma: no cover
            return  # the locked byte cannot be rewritten there; the lock is what counts
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, data, 0)

    def _locked_error(self) -> ProjectLockedError:
        holder = read_holder(self.project)
        who = ""
        if holder.get("pid"):
            who = translate("ProjectLock", " (process {pid} on {host}, since {since})").format(
                pid=holder.get("pid"), host=holder.get("host", "?"),
                since=holder.get("since", "?"))
        message = translate(
            "ProjectLock",
            "The project {path} is open for writing in another Persona Workbench window{who}. "
            "Close it there, or open this project read-only.",
        ).format(path=self.project, who=who)
        return ProjectLockedError(message, self.project)

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(self._fd)  # closing drops the OS lock
            self._fd = None

    def __enter__(self) -> ProjectLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
