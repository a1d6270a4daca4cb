"""Project-wide metadata and counts."""

from __future__ import annotations

from workbench.store.database import Database

_COUNTED = ("sources", "customers", "documents", "persona_sets", "journeys")


def read_meta(db: Database) -> dict[str, str]:
    return {row["key"]: row["value"] for row in db.query("SELECT key, value FROM project_meta")}


def write_meta(db: Database, key: str, value: str) -> None:
    with db.transaction():
        db.execute("INSERT INTO project_meta(key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def count_rows(db: Database) -> dict[str, int]:
    return {table: int(db.scalar(f"SELECT count(*) FROM {table}")) for table in _COUNTED}
