"""Writing export files all or nothing: a failed or cancelled export leaves no half file.

Everything is written to a hidden temporary file beside the target and moved
into place (an atomic rename) only once complete; on any failure the temporary
file is removed and an existing file of the same name is left as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.errors import ExportError
from workbench.i18n import translate


def check_target(path: Path, *, protect: Path | None = None) -> Path:
    """The target as an absolute path, refused when it is a folder or the project itself."""
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise ExportError(translate("Export", "{path} is a folder: give the name of the file to "
                                    "write.").format(path=path))
    if protect is not None and path.resolve() == Path(protect).resolve():
        raise ExportError(translate("Export", "{path} is the project file itself: choose another "
                                    "name for the export.").format(path=path))
    if not path.parent.is_dir():
        raise ExportError(translate("Export", "The folder {folder} does not exist: create it or "
                                    "choose another one.").format(folder=path.parent))
    return path


def _cannot_write(path: Path, error: OSError) -> ExportError:
    return ExportError(translate(
        "Export", "Cannot write {path}: {reason}. Check that the folder is writable and that the "
        "file is not open in another program, then try again.").format(
        path=path, reason=error.strerror or error))


def _temporary_beside(path: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    os.close(handle)
    return Path(name)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Exports get the permissions of any file the user creates (mkstemp's are private).
_FILE_MODE = 0o666 & ~_umask()


def _sync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(path, _FILE_MODE)


@contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; it replaces ``path`` when the block succeeds."""
    temporary = _temporary_beside(path)
    try:
        yield temporary
        _sync(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _cannot_write(path, exc) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


class AtomicFiles:
    """Several files that appear together or not at all (the PNG pages of an export).

    ``temporary_for(path)`` gives where to write each one; ``commit()`` moves them all in
    place; leaving the ``with`` block without committing removes them.
    """

    def __init__(self) -> None:
        self._pending: dict[Path, Path] = {}

    def temporary_for(self, path: Path) -> Path:
        temporary = _temporary_beside(path)
        self._pending[path] = temporary
        return temporary

    def commit(self) -> list[Path]:
        done = []
        for path, temporary in self._pending.items():
            try:
                _sync(temporary)
                os.replace(temporary, path)
            except OSError as exc:
                raise _cannot_write(path, exc) from exc
            done.append(path)
        self._pending.clear()
        return done

    def __enter__(self) -> AtomicFiles:
        return self

    def __exit__(self, *exc_info) -> None:
        for temporary in self._pending.values():
            temporary.unlink(missing_ok=True)
        self._pending.clear()
