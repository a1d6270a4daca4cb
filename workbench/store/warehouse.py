"""Writing a persona set's population counts: the persona sizes the company's engine returned.

Reading them is :func:`workbench.store.population.read_population_counts`; the table is
``population_counts`` (see :mod:`workbench.store.schema_warehouse`).
"""

from __future__ import annotations

from workbench.domain.warehouse import PopulationCounts
from workbench.store.database import Database
from workbench.store.population import read_population_counts

__all__ = ["read_population_counts", "replace_population_counts"]


def replace_population_counts(db: Database, set_id: int, counts: PopulationCounts | None) -> None:
    """Make ``counts`` the set's population counts (None: the set has none), in one transaction."""
    with db.transaction():
        db.execute("DELETE FROM population_counts WHERE persona_set_id = ?", (set_id,))
        if counts is None:
            return
        db.executemany(
            "INSERT INTO population_counts(persona_set_id, position, customers, imported_at, note) "
            "VALUES (?, ?, ?, ?, ?)",
            [(set_id, int(position), int(customers), counts.imported_at, counts.note)
             for position, customers in sorted(counts.counts.items())])
