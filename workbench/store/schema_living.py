"""Schema migration: living personas: a persona set's assignment runs and their placements.

Registered in ``workbench.store.schema.MIGRATIONS``; see that module's rules.

- ``assignment_runs``: one row per placement of the project's customers in a
  set's personas: kind 'fit' (the clustering run that made the set, recorded
  the first time the set is assigned or compared) or 'assign' (customers
  placed with the set's stored rule, see
  :class:`workbench.domain.living.AssignmentModel`); ``summary`` holds the
  counts, sizes and notes of :class:`workbench.domain.living.AssignmentRun`.
- ``assignment_members``: where each customer was in that run: persona
  position (NULL when it fits none), nearest position, fit and the reason it
  fits none. Positions, not persona ids, so a history survives card edits.
  The set's current memberships stay in ``persona_members`` (the latest run).
"""

from __future__ import annotations

from workbench.store.migration import Migration

V11_LIVING = Migration(
    "Living personas: assignment runs of a persona set and where each customer was placed",
    [
        """CREATE TABLE assignment_runs (
               id             INTEGER PRIMARY KEY,
               persona_set_id INTEGER NOT NULL REFERENCES persona_sets(id) ON DELETE CASCADE,
               kind           TEXT NOT NULL CHECK (kind IN ('fit', 'assign')),
               created_at     TEXT NOT NULL,
               summary        TEXT NOT NULL DEFAULT '{}'
           )""",
        "CREATE INDEX assignment_runs_set ON assignment_runs(persona_set_id)",
        """CREATE TABLE assignment_members (
               run_id      INTEGER NOT NULL REFERENCES assignment_runs(id) ON DELETE CASCADE,
               customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
               position    INTEGER,
               nearest     INTEGER,
               fit         REAL,
               reason      TEXT,
               PRIMARY KEY (run_id, customer_id)
           ) WITHOUT ROWID""",
        "CREATE INDEX assignment_members_customer ON assignment_members(customer_id)",
    ],
)
