"""Small helpers shared by the ingest tests."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"


def column(table, label: str) -> list:
    """The raw cells of one column of a RawTable, by header."""
    index = [c.label for c in table.columns].index(label)
    return [row[index] for row in table.rows]


def spec(table, label: str):
    """The ColumnSpec of one column of a RawTable, by header."""
    return next(c for c in table.columns if c.label == label)


def converted(table, specs=None, **options) -> dict[str, list]:
    """convert_table's values by header."""
    from workbench.ingest.reader import convert_table

    return {c.spec.label: c.values for c in convert_table(table, specs or table.columns, **options)}
