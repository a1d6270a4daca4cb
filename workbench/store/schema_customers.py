"""Schema migration: customers: manual link decisions, fuzzy proposals, erasure log.

Appended to ``workbench.store.schema.MIGRATIONS``; see that module's rules.
"""

from __future__ import annotations

from workbench.store.schema import Migration

V8_CUSTOMERS = Migration(
    "Customers: manual link decisions, fuzzy proposals, erasure log",
    [
        # SQL statements go here.
    ],
)
