"""Imported sources as the researcher sees them."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.domain.columns import ColumnRole


@dataclass(frozen=True)
class SourceColumn:
    id: int
    position: int
    name: str
    label: str
    role: ColumnRole
    pii_kind: str | None = None

    @property
    def title(self) -> str:
        """What to show as the column's header."""
        return self.label or self.name


@dataclass(frozen=True)
class Source:
    id: int
    file_name: str
    file_path: str
    sheet: str | None
    file_hash: str
    kind: str  # "table" or "events"
    row_count: int
    column_count: int
    imported_at: str
    options: dict = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        return f"{self.file_name} · {self.sheet}" if self.sheet else self.file_name


@dataclass(frozen=True)
class ImportResult:
    source: Source
    customers_created: int
    documents_created: int
    touchpoints_created: int
    warnings: list[str] = field(default_factory=list)
