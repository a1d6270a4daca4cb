"""Schema migration: qualitative evidence: code book, codings, quotes, full-text search.

Appended to ``workbench.store.schema.MIGRATIONS``; see that module's rules.
"""

from __future__ import annotations

from workbench.store.schema import Migration

V6_EVIDENCE = Migration(
    "Qualitative evidence: code book, codings, quotes, full-text search",
    [
        # SQL statements go here.
    ],
)
