"""Customer attributes across sources, for clustering and customer pages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from workbench.domain.columns import ColumnRole
from workbench.store.database import Database
from workbench.store.sources import column_sql_name, data_table

#: Roles that describe a customer quantitatively or by category, and outcomes
#: (results measured per persona: churned, responded, satisfaction, value).
ATTRIBUTE_ROLES = (ColumnRole.NUMERIC, ColumnRole.CATEGORICAL, ColumnRole.CHANNEL,
                   ColumnRole.OUTCOME)


@dataclass(frozen=True)
class AttributeColumn:
    source_id: int
    source_name: str
    position: int
    name: str
    label: str
    role: ColumnRole

    @property
    def kind(self) -> str:
        """"numeric", "categorical" or "outcome" (numbers or categories, measured only)."""
        if self.role is ColumnRole.OUTCOME:
            return "outcome"
        return "numeric" if self.role is ColumnRole.NUMERIC else "categorical"


def attribute_columns(db: Database) -> list[AttributeColumn]:
    rows = db.query(
        "SELECT c.source_id, s.file_name, s.sheet, c.position, c.name, c.label, c.role "
        "FROM source_columns c JOIN sources s ON s.id = c.source_id "
        f"WHERE c.role IN ({', '.join('?' * len(ATTRIBUTE_ROLES))}) AND s.kind = 'table' "
        "ORDER BY c.source_id, c.position", [r.value for r in ATTRIBUTE_ROLES])
    return [AttributeColumn(r["source_id"],
                            f"{r['file_name']} · {r['sheet']}" if r["sheet"] else r["file_name"],
                            r["position"], r["name"], r["label"] or r["name"], ColumnRole(r["role"]))
            for r in rows]


def source_has_customers(db: Database, source_id: int) -> bool:
    """Whether any row of the source belongs to a customer."""
    return db.scalar(f"SELECT EXISTS (SELECT 1 FROM {data_table(source_id)} "
                     "WHERE customer_id IS NOT NULL)") == 1


#: Rows read at a time by :func:`source_attribute_chunks`: enough to keep the per-call
#: overhead small, few enough that a million customers never sit in memory as tuples.
CHUNK_ROWS = 50_000


def source_attribute_chunks(db: Database, source_id: int, columns: list[AttributeColumn],
                            size: int | None = None) -> Iterator[list[tuple]]:
    """(customer_id, value per column) for every row of a source that has a customer, in
    row order, ``size`` rows at a time.

    A caller converting each chunk to typed arrays holds one chunk of Python
    tuples at a time instead of the whole table.
    """
    size = size or CHUNK_ROWS
    selected = ", ".join(column_sql_name(c.position) for c in columns)
    return db.blocks(f"SELECT customer_id, {selected} FROM {data_table(source_id)} "
                     "WHERE customer_id IS NOT NULL ORDER BY row_number", size=size)
