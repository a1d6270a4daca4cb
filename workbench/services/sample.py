"""The sample project a new user opens from the welcome screen.

The sample is built by a deterministic script (``sample_projects/build_sample.py``)
into the per-user cache, once per app version. A user explores it read-only or
works on one working copy in the per-user data folder; the shipped sample is
never modified.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from workbench import PROJECT_SUFFIX, __version__
from workbench.paths import cache_dir, data_dir, same_path, sample_projects_dir
from workbench.progress import Task


def built_sample(task: Task | None = None) -> Path:
    """The pristine sample for this version: shipped prebuilt, or built once into the cache."""
    shipped = sample_projects_dir() / f"sample{PROJECT_SUFFIX}"
    if shipped.is_file():
        return shipped
    target = cached_sample_path()
    if not target.is_file():
        from workbench.sample_projects.build_sample import build_sample

        partial = target.with_name(target.name + ".building")
        partial.unlink(missing_ok=True)
        build_sample(partial, task=task)
        partial.replace(target)
    return target


def cached_sample_path() -> Path:
    """Where the sample built for this version and recipe is cached."""
    return cache_dir() / f"sample-{__version__}-{_builder_digest()}{PROJECT_SUFFIX}"


def _builder_digest() -> str:
    """Changes whenever the sample's recipe or the project format changes."""
    import hashlib

    from workbench.store.schema import SCHEMA_VERSION

    digest = hashlib.sha256(str(SCHEMA_VERSION).encode())
    for name in ("generate_data.py", "build_sample.py"):
        path = sample_projects_dir() / name
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def sample_working_copy_path() -> Path:
    """The user's one working copy of the sample (in the per-user data folder)."""
    return data_dir() / "samples" / f"Sample project{PROJECT_SUFFIX}"


def sample_working_copy(task: Task | None = None, fresh: bool = False) -> Path:
    """The working copy of the sample: made when missing, replaced by a pristine copy when
    ``fresh``. Replacing refuses (ProjectLockedError) while another window writes to it."""
    from workbench.store.lock import ProjectLock

    copy = sample_working_copy_path()
    pristine = built_sample(task)
    if copy.is_file() and not fresh:
        return copy
    copy.parent.mkdir(parents=True, exist_ok=True)
    lock = ProjectLock(copy)
    lock.acquire()
    try:
        partial_copy = copy.with_name(copy.name + ".partial")
        shutil.copyfile(pristine, partial_copy)
        for leftover in ("-wal", "-shm"):  # they belong to the copy being replaced
            copy.with_name(copy.name + leftover).unlink(missing_ok=True)
        os.replace(partial_copy, copy)
    finally:
        lock.release()
    return copy


def sample_for_reading(task: Task | None = None) -> Path:
    """The pristine sample, to open read-only: the built one in the cache, or a cached
    copy of the shipped one (its install folder may not be writable for SQLite's side files)."""
    pristine = built_sample(task)
    if same_path(pristine.parent, cache_dir()):
        return pristine
    view = cache_dir() / f"sample-{__version__}-view{PROJECT_SUFFIX}"
    if not view.is_file() or view.stat().st_size != pristine.stat().st_size:
        partial_copy = view.with_name(view.name + ".partial")
        shutil.copyfile(pristine, partial_copy)
        os.replace(partial_copy, view)
    return view
