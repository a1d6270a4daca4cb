"""The sample project a new user opens from the welcome screen.

The sample is built by a deterministic script (``sample_projects/build_sample.py``)
into the per-user cache, once per app version, and every "Open sample project"
opens a fresh copy of it, so the shipped sample is never modified.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from workbench import PROJECT_SUFFIX, __version__
from workbench.paths import cache_dir, data_dir, sample_projects_dir
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


def sample_project_copy(task: Task | None = None) -> Path:
    """A new, writable copy of the sample project in the per-user data folder."""
    source = built_sample(task)
    folder = data_dir() / "samples"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    copy = folder / f"Sample project {stamp}{PROJECT_SUFFIX}"
    shutil.copyfile(source, copy)
    return copy
