"""Persona Workbench: customer research into data-driven personas and journey maps."""

from __future__ import annotations

APP_NAME = "Persona Workbench"
PROJECT_SUFFIX = ".pwb"


def _read_version() -> str:
    """The version comes from one place: pyproject.toml (via the installed metadata)."""
    from importlib import metadata

    try:
        return metadata.version("persona-workbench")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        import pathlib
        import re

        pyproject = pathlib.Path(__file__).resolve().parent.parent / "pyproject.toml"
        match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M)
        return match.group(1) if match else "0+unknown"


__version__ = _read_version()
