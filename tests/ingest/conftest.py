"""Ingest tests write small real files in the formats users bring."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def write_text(tmp_path):
    """Write ``text`` to ``name`` in ``encoding`` exactly (no newline translation)."""

    def write(name: str, text: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write
