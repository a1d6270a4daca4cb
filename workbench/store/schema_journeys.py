"""Schema migration: journey maps: stages, lanes, cells.

Appended to ``workbench.store.schema.MIGRATIONS``; see that module's rules.
"""

from __future__ import annotations

from workbench.store.schema import Migration

V7_JOURNEYS = Migration(
    "Journey maps: stages, lanes, cells",
    [
        # SQL statements go here.
    ],
)
