"""Schema migration: customers: manual link decisions, fuzzy proposals, erasure log.

Appended to ``workbench.store.schema.MIGRATIONS``; see that module's rules.

Manual decisions (merge, split, accepted fuzzy proposal) are rows of
``link_runs`` with their own ``kind``, so one history orders linking runs and
decisions, and the same moves/merges record undoes both. A split also writes
the rows on each side into ``link_apart``: re-linking never puts a customer
holding a side-0 row together with one holding a side-1 row again.
"""

from __future__ import annotations

from workbench.store.migration import Migration

V8_CUSTOMERS = Migration(
    "Customers: manual link decisions, fuzzy proposals, erasure log",
    [
        # 'link' (a run by keys), 'merge', 'split' or 'fuzzy' (an accepted proposal).
        "ALTER TABLE link_runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'link'",
        # Source rows a split set apart: side 0 stayed, side 1 moved to the new customer.
        """CREATE TABLE link_apart (
               run_id     INTEGER NOT NULL REFERENCES link_runs(id) ON DELETE CASCADE,
               side       INTEGER NOT NULL,
               source_id  INTEGER NOT NULL,
               row_number INTEGER NOT NULL
           )""",
        "CREATE INDEX link_apart_run ON link_apart(run_id)",
        "CREATE INDEX link_apart_row ON link_apart(source_id, row_number)",
        # Fuzzy name matches waiting for the researcher: status 'open', 'accepted' or
        # 'rejected'. Rows (not customer ids) identify each side, so a rejection is
        # remembered across re-links and merges.
        """CREATE TABLE link_proposals (
               id          INTEGER PRIMARY KEY,
               created_at  TEXT NOT NULL,
               status      TEXT NOT NULL DEFAULT 'open',
               score       REAL NOT NULL,
               key         TEXT NOT NULL,
               source_a    INTEGER NOT NULL,
               row_a       INTEGER NOT NULL,
               value_a     TEXT NOT NULL,
               source_b    INTEGER NOT NULL,
               row_b       INTEGER NOT NULL,
               value_b     TEXT NOT NULL,
               run_id      INTEGER REFERENCES link_runs(id) ON DELETE SET NULL,
               decided_at  TEXT
           )""",
        "CREATE INDEX link_proposals_status ON link_proposals(status)",
        # Erasure log: when, and how many rows per table; never who.
        """CREATE TABLE erasures (
               id        INTEGER PRIMARY KEY,
               erased_at TEXT NOT NULL,
               counts    TEXT NOT NULL DEFAULT '{}'
           )""",
        # Customer search: words of identifying cells, by source row (rows keep their
        # identity across merges, so the index never needs rebuilding after a link).
        """CREATE TABLE customer_terms (
               term       TEXT NOT NULL,
               source_id  INTEGER NOT NULL,
               row_number INTEGER NOT NULL
           )""",
        "CREATE INDEX customer_terms_term ON customer_terms(term)",
        "CREATE INDEX customer_terms_row ON customer_terms(source_id, row_number)",
        "CREATE TABLE customer_terms_sources (source_id INTEGER PRIMARY KEY)",
        # Merging or erasing a customer looks up its memberships by customer alone.
        "CREATE INDEX IF NOT EXISTS persona_members_customer ON persona_members(customer_id)",
    ],
)
