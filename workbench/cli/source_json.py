"""Imported sources as ``--json`` documents (``persona-workbench/sources/1`` and
``persona-workbench/source/1``); keys documented in README.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.cli.json_output import schema
from workbench.domain.sources import Source, SourceColumn

SOURCES_SCHEMA = schema("sources")
SOURCE_SCHEMA = schema("source")


def source_entry(source: Source) -> dict[str, Any]:
    """One source's provenance: file, sheet, size, kind, when, hash, read options."""
    return {
        "id": source.id,
        "file_name": source.file_name,
        "file_path": source.file_path,
        "sheet": source.sheet,
        "display_name": source.display_name,
        "kind": source.kind,
        "row_count": source.row_count,
        "column_count": source.column_count,
        "imported_at": source.imported_at,
        "sha256": source.file_hash,
        "options": dict(source.options),
    }


def sources_document(sources: list[Source], project: Path | str) -> dict[str, Any]:
    """Every imported source, in import order."""
    return {"schema": SOURCES_SCHEMA, "project": str(project),
            "sources": [source_entry(source) for source in sources]}


def source_document(source: Source, columns: list[SourceColumn], rows: list[tuple],
                    project: Path | str) -> dict[str, Any]:
    """One source with its columns and the given rows, values keyed by column name."""
    entry = source_entry(source)
    entry["columns"] = [{"position": c.position, "name": c.name, "label": c.label,
                         "title": c.title, "role": c.role.value, "pii_kind": c.pii_kind,
                         "measure": getattr(c, "measure", None)}
                        for c in columns]
    # A stored row is (row number, customer id, one value per column in position order).
    entry["rows"] = [{"row": row[0], "customer_id": row[1],
                      "values": {c.name: value for c, value in zip(columns, row[2:], strict=False)}}
                     for row in rows]
    return {"schema": SOURCE_SCHEMA, "project": str(project), "source": entry}
