"""Compare a project file before and after an operation that must change nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def dump(path: Path) -> list[str]:
    """Everything the project holds, minus the query planner's statistics."""
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump()
                if "sqlite_stat" not in line and not line.startswith("ANALYZE")]
    finally:
        conn.close()


def snapshot(path: Path) -> tuple[bytes, list[str]]:
    """The project file's bytes and content (taken while it is closed)."""
    return path.read_bytes(), dump(path)


def unchanged(path: Path, before: tuple[bytes, list[str]]) -> bool:
    return snapshot(path) == before
