"""Schema migration: persona sizes scored by the company's own engine.

Registered in ``workbench.store.schema.MIGRATIONS``; see that module's rules.

- ``population_counts``: for a persona set, how many customers of the whole
  customer base the exported SQL rule placed in each persona (``position`` -1:
  fits none), imported back from the engine's result, so the population's
  sizes show beside the sample's. Replaced by each new import for the set.

Database sources need no table of their own: their kind, location (without
password), table or query, and sampling are kept in ``sources.options``.
"""

from __future__ import annotations

from workbench.store.migration import Migration

V13_WAREHOUSE = Migration(
    "Beyond one machine: persona sizes scored by the company's engine",
    [
        """CREATE TABLE population_counts (
               persona_set_id INTEGER NOT NULL REFERENCES persona_sets(id) ON DELETE CASCADE,
               position       INTEGER NOT NULL,
               customers      INTEGER NOT NULL CHECK (customers >= 0),
               imported_at    TEXT NOT NULL,
               note           TEXT NOT NULL DEFAULT '',
               PRIMARY KEY (persona_set_id, position)
           ) WITHOUT ROWID""",
    ],
)
