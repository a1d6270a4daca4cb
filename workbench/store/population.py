"""Reading a persona set's population counts: the persona sizes the company's engine returned.

Read-only: the counts are written by the import of the engine's result (see the
``population_counts`` table in :mod:`workbench.store.schema_warehouse`).
"""

from __future__ import annotations

from workbench.domain.warehouse import PopulationCounts
from workbench.store.database import Database


def read_population_counts(db: Database, set_id: int) -> PopulationCounts | None:
    """The set's population counts, or None when none were imported."""
    rows = db.query("SELECT position, customers, imported_at, note FROM population_counts "
                    "WHERE persona_set_id = ? ORDER BY position", (set_id,))
    if not rows:
        return None
    return PopulationCounts(persona_set_id=set_id,
                            counts={int(r["position"]): int(r["customers"]) for r in rows},
                            imported_at=rows[0]["imported_at"], note=rows[0]["note"])
