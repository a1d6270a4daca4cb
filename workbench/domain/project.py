"""What a researcher sees about a project as a whole."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class ProjectInfo:
    path: Path
    name: str
    schema_version: int
    created_at: str
    created_with: str
    readonly: bool
    sources: int
    customers: int
    documents: int
    persona_sets: int
    journeys: int


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime | None
    size_bytes: int
