"""Per-user folders (settings, backups, logs, caches) and bundled resources.

``PERSONA_WORKBENCH_HOME`` redirects every per-user folder into one directory:
tests and portable installs use it so they never touch the real user's data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_APP_DIR_NAME = "PersonaWorkbench"
_HOME_ENV = "PERSONA_WORKBENCH_HOME"


def _user_dir(kind: str) -> Path:
    override = os.environ.get(_HOME_ENV)
    if override:
        path = Path(override) / kind
    else:
        import platformdirs

        getter = {
            "config": platformdirs.user_config_dir,
            "data": platformdirs.user_data_dir,
            "logs": platformdirs.user_log_dir,
            "cache": platformdirs.user_cache_dir,
        }[kind]
        path = Path(getter(_APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    return _user_dir("config")


def data_dir() -> Path:
    return _user_dir("data")


def log_dir() -> Path:
    return _user_dir("logs")


def cache_dir() -> Path:
    return _user_dir("cache")


def backups_root() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The bundled resources: installed package data, source tree, or PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "workbench" / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def sample_projects_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    here = Path(__file__).resolve().parent
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "workbench" / "sample_projects")
    candidates += [here / "sample_projects", here.parent / "sample_projects"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def same_path(a: Path | str, b: Path | str) -> bool:
    """Whether two paths name the same file or folder (False when either cannot be resolved)."""
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
