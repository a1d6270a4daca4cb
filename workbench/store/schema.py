"""The project file's schema, as an ordered list of migrations.

``PRAGMA user_version`` holds how many migrations a file has had. Never edit a
migration that has shipped: append a new one. Each migration runs inside the
one transaction that upgrades the file, so an upgrade is all or nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

# Each capability's tables are defined beside its store module, in its own
# schema_*.py (they import Migration from workbench.store.migration, never this
# module). A new one is registered in one place: its import here and its
# entry at the end of MIGRATIONS below, whose order is the upgrade order.
from workbench.store.migration import Migration
from workbench.store.schema_customers import V8_CUSTOMERS
from workbench.store.schema_evidence import V6_EVIDENCE
from workbench.store.schema_journeys import V7_JOURNEYS
from workbench.store.schema_living import V11_LIVING
from workbench.store.schema_retention import V9_RETENTION
from workbench.store.schema_speakers import V12_SPEAKERS
from workbench.store.schema_voc import V10_VOC
from workbench.store.schema_warehouse import V13_WAREHOUSE

#: Written to the SQLite header (``PRAGMA application_id``) so a project file is
#: recognised as ours and other SQLite files are refused. ASCII "PWbk".
APPLICATION_ID = 0x5057626B


V1_CORE = Migration(
    "Core tables: project metadata, sources, customers, documents, persona sets, journeys",
    [
        """CREATE TABLE project_meta (
               key   TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) WITHOUT ROWID""",
        """CREATE TABLE sources (
               id           INTEGER PRIMARY KEY,
               file_name    TEXT NOT NULL,
               file_path    TEXT NOT NULL,
               sheet        TEXT,
               file_hash    TEXT NOT NULL,
               kind         TEXT NOT NULL DEFAULT 'table',
               row_count    INTEGER NOT NULL DEFAULT 0,
               column_count INTEGER NOT NULL DEFAULT 0,
               imported_at  TEXT NOT NULL,
               options      TEXT NOT NULL DEFAULT '{}'
           )""",
        """CREATE TABLE customers (
               id         INTEGER PRIMARY KEY,
               label      TEXT NOT NULL,
               created_at TEXT NOT NULL
           )""",
        """CREATE TABLE documents (
               id          INTEGER PRIMARY KEY,
               title       TEXT NOT NULL,
               body        TEXT NOT NULL,
               customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
               source_id   INTEGER REFERENCES sources(id) ON DELETE CASCADE,
               source_row  INTEGER,
               created_at  TEXT NOT NULL
           )""",
        "CREATE INDEX documents_customer ON documents(customer_id)",
        "CREATE INDEX documents_source ON documents(source_id)",
        """CREATE TABLE persona_sets (
               id         INTEGER PRIMARY KEY,
               name       TEXT NOT NULL,
               created_at TEXT NOT NULL,
               settings   TEXT NOT NULL DEFAULT '{}'
           )""",
        """CREATE TABLE personas (
               id             INTEGER PRIMARY KEY,
               persona_set_id INTEGER NOT NULL REFERENCES persona_sets(id) ON DELETE CASCADE,
               position       INTEGER NOT NULL,
               name           TEXT NOT NULL
           )""",
        "CREATE INDEX personas_set ON personas(persona_set_id)",
        """CREATE TABLE journeys (
               id         INTEGER PRIMARY KEY,
               name       TEXT NOT NULL,
               persona_id INTEGER REFERENCES personas(id) ON DELETE SET NULL,
               created_at TEXT NOT NULL
           )""",
    ],
)

V2_IMPORT = Migration(
    "Imported sources: columns with roles, one data table per source, touchpoint events",
    [
        """CREATE TABLE source_columns (
               id        INTEGER PRIMARY KEY,
               source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
               position  INTEGER NOT NULL,
               name      TEXT NOT NULL,
               label     TEXT NOT NULL,
               role      TEXT NOT NULL,
               pii_kind  TEXT,
               UNIQUE (source_id, name)
           )""",
        "CREATE INDEX sources_hash ON sources(file_hash, sheet)",
        "ALTER TABLE documents ADD COLUMN column_id INTEGER "
        "REFERENCES source_columns(id) ON DELETE CASCADE",
        """CREATE TABLE touchpoints (
               id          INTEGER PRIMARY KEY,
               source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
               source_row  INTEGER NOT NULL,
               customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
               occurred_at TEXT,
               channel     TEXT,
               action      TEXT,
               outcome     TEXT,
               score       REAL
           )""",
        "CREATE INDEX touchpoints_customer ON touchpoints(customer_id, occurred_at)",
        "CREATE INDEX touchpoints_source ON touchpoints(source_id)",
    ],
)

V3_PERSONAS = Migration(
    "Persona sets with their settings and quality, persona cards, members with fit",
    [
        "ALTER TABLE persona_sets ADD COLUMN result TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE persona_sets ADD COLUMN suggestion TEXT",
        "ALTER TABLE persona_sets ADD COLUMN features TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE personas ADD COLUMN size INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE personas ADD COLUMN share REAL NOT NULL DEFAULT 0",
        "ALTER TABLE personas ADD COLUMN profile TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE personas ADD COLUMN narrative TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE personas ADD COLUMN goals TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE personas ADD COLUMN frustrations TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE personas ADD COLUMN channels TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE personas ADD COLUMN quote TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE personas ADD COLUMN photo BLOB",
        """CREATE TABLE persona_members (
               persona_set_id INTEGER NOT NULL REFERENCES persona_sets(id) ON DELETE CASCADE,
               customer_id    INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
               persona_id     INTEGER REFERENCES personas(id) ON DELETE CASCADE,
               nearest_id     INTEGER REFERENCES personas(id) ON DELETE CASCADE,
               fit            REAL,
               unassigned_reason TEXT,
               PRIMARY KEY (persona_set_id, customer_id)
           ) WITHOUT ROWID""",
        "CREATE INDEX persona_members_persona ON persona_members(persona_id)",
    ],
)

V4_MOTIVATIONS = Migration(
    "Persona cards: motivations",
    ["ALTER TABLE personas ADD COLUMN motivations TEXT NOT NULL DEFAULT ''"],
)

V5_LINKING = Migration(
    "Customer linking: each run with its keys and report, each merge, each moved row",
    [
        """CREATE TABLE link_runs (
               id         INTEGER PRIMARY KEY,
               created_at TEXT NOT NULL,
               keys       TEXT NOT NULL DEFAULT '[]',
               report     TEXT NOT NULL DEFAULT '{}',
               undone_at  TEXT
           )""",
        """CREATE TABLE link_merges (
               id          INTEGER PRIMARY KEY,
               run_id      INTEGER NOT NULL REFERENCES link_runs(id) ON DELETE CASCADE,
               survivor_id INTEGER NOT NULL,
               merged_id   INTEGER NOT NULL,
               key         TEXT NOT NULL,
               rule        TEXT NOT NULL,
               merged_label      TEXT NOT NULL DEFAULT '',
               merged_created_at TEXT NOT NULL DEFAULT ''
           )""",
        "CREATE INDEX link_merges_run ON link_merges(run_id)",
        # Where each repointed row pointed before, so a run can be undone:
        # target is 'src_<id>', 'documents', 'touchpoints' or 'persona_members'
        # (row_id is then the persona set; detail keeps a deleted membership).
        """CREATE TABLE link_moves (
               run_id          INTEGER NOT NULL REFERENCES link_runs(id) ON DELETE CASCADE,
               target          TEXT NOT NULL,
               row_id          INTEGER NOT NULL,
               old_customer_id INTEGER NOT NULL,
               detail          TEXT
           )""",
        "CREATE INDEX link_moves_run ON link_moves(run_id)",
    ],
)

MIGRATIONS: list[Migration] = [V1_CORE, V2_IMPORT, V3_PERSONAS, V4_MOTIVATIONS, V5_LINKING,
                               V6_EVIDENCE, V7_JOURNEYS, V8_CUSTOMERS, V9_RETENTION, V10_VOC,
                               V11_LIVING, V12_SPEAKERS, V13_WAREHOUSE]

#: The schema version this build of the app writes.
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the open file up to ``len(migrations)`` inside one transaction.

    Returns the version the file had before. The caller holds the write lock
    and has taken a backup.
    """
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    target = len(migrations)
    if current >= target:
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        for migration in migrations[current:target]:
            migration.apply(conn)
        conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise sqlite3.IntegrityError(f"foreign key check failed after migration: {problems[:3]}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return current
