"""Schema migration: voice of the customer: score measures, customer and front-line voice.

Registered in ``workbench.store.schema.MIGRATIONS``; see that module's rules.

- ``source_columns.measure``: for a column with the ``measure`` role, its kind
  and scale as written by :meth:`workbench.domain.voc.MeasureSpec.text`
  ("nps:0-10", "csat:1-5", "ces:1-7", "rating:1-5"); NULL for other roles.
- ``sources.voice``: whose voice a source's rows and free text are:
  'customer' (the default) or 'frontline' (store staff, call centre, chat
  agents writing about customers).
- ``documents.voice``: a document's own voice when it differs from its
  source's (or for transcripts imported from files); NULL means "as its
  source", and 'customer' for a transcript without a source.
"""

from __future__ import annotations

from workbench.store.migration import Migration

V10_VOC = Migration(
    "Voice of the customer: score measures with their scale, customer and front-line voice",
    [
        "ALTER TABLE source_columns ADD COLUMN measure TEXT",
        "ALTER TABLE sources ADD COLUMN voice TEXT NOT NULL DEFAULT 'customer' "
        "CHECK (voice IN ('customer', 'frontline'))",
        "ALTER TABLE documents ADD COLUMN voice TEXT "
        "CHECK (voice IS NULL OR voice IN ('customer', 'frontline'))",
    ],
)
