"""Deletes that can be undone: take rows out with everything hanging on them, put them back.

A delete in SQLite cascades along the schema's foreign keys. :func:`take`
follows the same keys first and keeps every row the delete will remove
(``ON DELETE CASCADE``) and every reference it will clear (``ON DELETE SET
NULL``), then deletes. :func:`put_back` inserts the rows again with their
ids, so later commands on an undo stack still find them, and restores the
cleared references.

What changed in between is respected, as the cascade would have done it:

- a row that referred to something deleted since (a customer erased with
  ``forget``, say) stays gone, or loses just that reference when the key
  says ``SET NULL``;
- an id taken in the meantime (SQLite gives a new row the highest id plus
  one, so a new persona set may reuse the id of the set just deleted) makes
  the row come back under a new id, and the rows referring to it follow.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.store.database import Database


@dataclass(frozen=True)
class _Key:
    """One single-column foreign key: ``child.column`` refers to ``parent.target``."""

    child: str
    column: str
    parent: str
    target: str
    on_delete: str


@dataclass
class TakenRows:
    """The rows of one table that a delete removed."""

    table: str
    columns: list[str]
    rows: list[tuple]


@dataclass
class Removed:
    """Everything one delete took out: rows in insertion order, and cleared references."""

    table: str
    ids: list[int]
    taken: list[TakenRows]
    #: (table, column, [(rowid, old value)]) references the delete set to NULL.
    cleared: list[tuple[str, str, list[tuple[int, Any]]]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return sum(len(t.rows) for t in self.taken if t.table == table)


def take(db: Database, table: str, ids: Sequence[int]) -> Removed:
    """Delete the rows of ``table`` with these ids (and what cascades), keeping all of it.

    Runs in one transaction (a savepoint inside an open one).
    """
    keys = _foreign_keys(db)
    taken: dict[str, dict[Any, tuple]] = {}
    columns: dict[str, list[str]] = {}
    cleared: dict[tuple[str, str], dict[int, Any]] = {}
    pending = [(table, _primary_key(db, table)[0], list(ids))]
    while pending:
        name, column, values = pending.pop(0)
        if not values:
            continue
        found = _rows_where(db, name, column, values)
        names = _columns(db, name)
        columns[name] = names
        kept = taken.setdefault(name, {})
        new_rows = []
        for key, row in found:
            if key not in kept:
                kept[key] = row
                new_rows.append(row)
        if not new_rows:
            continue
        for key in keys:
            if key.parent != name:
                continue
            referred = sorted({row[names.index(key.target)] for row in new_rows} - {None})
            if key.on_delete == "CASCADE":
                pending.append((key.child, key.column, referred))
            elif key.on_delete == "SET NULL":
                for rowid, value in _references(db, key.child, key.column, referred):
                    cleared.setdefault((key.child, key.column), {})[rowid] = value
    order = _parents_first(list(taken), keys)
    removed = Removed(table, list(ids), [
        TakenRows(name, columns[name], list(taken[name].values())) for name in order],
        [(child, column, sorted(values.items())) for (child, column), values in cleared.items()])
    with db.transaction():
        db.execute(f"DELETE FROM {table} WHERE {_primary_key(db, table)[0]} IN "
                   "(SELECT value FROM json_each(?))", (json.dumps(list(ids)),))
    return removed


def put_back(db: Database, removed: Removed) -> dict[str, dict[int, int]]:
    """Insert what :func:`take` removed; returns table -> {old id: new id} for moved rows."""
    keys = _foreign_keys(db)
    moved: dict[str, dict[int, int]] = {}
    restored_tables = {t.table for t in removed.taken}
    with db.transaction():
        for taken in removed.taken:
            _insert(db, taken, keys, restored_tables, moved)
        for child, column, values in removed.cleared:
            key = next((k for k in keys if k.child == child and k.column == column), None)
            renumber = moved.get(key.parent, {}) if key else {}
            db.executemany(
                f"UPDATE {child} SET {column} = ? WHERE rowid = ? AND {column} IS NULL",
                [(renumber.get(value, value), rowid) for rowid, value in values])
    return moved


def _insert(db: Database, taken: TakenRows, keys: list[_Key], restored: set[str],
            moved: dict[str, dict[int, int]]) -> None:
    columns = taken.columns
    outgoing = [k for k in keys if k.child == taken.table]
    rows = [list(row) for row in taken.rows]
    keep = [True] * len(rows)
    for key in outgoing:
        at = columns.index(key.column)
        if key.parent in restored:  # follow the parent if it came back under a new id
            renumber = moved.get(key.parent, {})
            if renumber:
                for row in rows:
                    row[at] = renumber.get(row[at], row[at])
            continue
        # a parent outside what was taken may be gone since: do what its delete would have done
        wanted = sorted({row[at] for row in rows} - {None})
        present = set(_existing(db, key.parent, key.target, wanted))
        for i, row in enumerate(rows):
            if row[at] is None or row[at] in present:
                continue
            if key.on_delete == "SET NULL":
                row[at] = None
            else:
                keep[i] = False
    rows = [row for row, kept in zip(rows, keep, strict=True) if kept]
    identity = _integer_key(db, taken.table)
    if identity is not None and rows:
        at = columns.index(identity)
        taken_ids = set(_existing(db, taken.table, identity, [row[at] for row in rows]))
        renumber = moved.setdefault(taken.table, {})
        free = [row for row in rows if row[at] not in taken_ids]
        clashing = [row for row in rows if row[at] in taken_ids]
        _insert_rows(db, taken.table, columns, free)
        others = [c for c in columns if c != identity]
        for row in clashing:  # its id was given to a newer row meanwhile: take a new one
            values = [v for c, v in zip(columns, row, strict=True) if c != identity]
            new_id = db.execute(
                f"INSERT INTO {taken.table} ({', '.join(others)}) "
                f"VALUES ({', '.join('?' * len(others))})", values).lastrowid
            renumber[row[at]] = int(new_id)
        if not renumber:
            del moved[taken.table]
    else:
        _insert_rows(db, taken.table, columns, rows)


def _insert_rows(db: Database, table: str, columns: list[str], rows: Iterable[Sequence]) -> None:
    db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "
                   f"VALUES ({', '.join('?' * len(columns))})", rows)


# --------------------------------------------------------------------------- the schema


def _foreign_keys(db: Database) -> list[_Key]:
    keys = []
    for name in _tables(db):
        found = db.query(f"PRAGMA foreign_key_list({name})")
        composite = {r["id"] for r in found if r["seq"] > 0}
        for r in found:
            if r["id"] in composite:
                continue  # not in this schema; a composite key would need all its columns
            target = r["to"] or _primary_key(db, r["table"])[0]
            keys.append(_Key(name, r["from"], r["table"], target, r["on_delete"].upper()))
    return keys


def _tables(db: Database) -> list[str]:
    return [r[0] for r in db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%'")]


def _columns(db: Database, table: str) -> list[str]:
    return [r["name"] for r in db.query(f"PRAGMA table_info({table})")]


def _primary_key(db: Database, table: str) -> list[str]:
    info = sorted((r["pk"], r["name"]) for r in db.query(f"PRAGMA table_info({table})") if r["pk"])
    return [name for _, name in info] or ["rowid"]


def _integer_key(db: Database, table: str) -> str | None:
    """The column that is the table's rowid (``id INTEGER PRIMARY KEY``), if any."""
    info = [r for r in db.query(f"PRAGMA table_info({table})") if r["pk"]]
    if len(info) == 1 and info[0]["type"].upper() == "INTEGER" and _has_rowid(db, table):
        return info[0]["name"]
    return None


def _has_rowid(db: Database, table: str) -> bool:
    return not db.scalar("SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = ?",
                         (table,))


def _rows_where(db: Database, table: str, column: str, values: list) -> list[tuple[Any, tuple]]:
    """(identity, row) of the rows whose ``column`` is one of ``values``."""
    if _has_rowid(db, table):
        rows = db.tuples(f"SELECT rowid, * FROM {table} WHERE {column} IN "
                         "(SELECT value FROM json_each(?))", (json.dumps(values),))
        return [(row[0], row[1:]) for row in rows]
    key = _primary_key(db, table)
    names = _columns(db, table)
    at = [names.index(k) for k in key]
    rows = db.tuples(f"SELECT * FROM {table} WHERE {column} IN (SELECT value FROM json_each(?))",
                     (json.dumps(values),))
    return [(tuple(row[i] for i in at), row) for row in rows]


def _references(db: Database, table: str, column: str, values: list) -> list[tuple[int, Any]]:
    if not values:
        return []
    return db.tuples(f"SELECT rowid, {column} FROM {table} WHERE {column} IN "
                     "(SELECT value FROM json_each(?))", (json.dumps(values),))


def _existing(db: Database, table: str, column: str, values: list) -> list:
    if not values:
        return []
    return [r[0] for r in db.tuples(f"SELECT {column} FROM {table} WHERE {column} IN "
                                    "(SELECT value FROM json_each(?))", (json.dumps(values),))]


def _parents_first(tables: list[str], keys: list[_Key]) -> list[str]:
    """The tables ordered so that each comes after the tables it refers to."""
    involved = set(tables)
    parents = {t: {k.parent for k in keys if k.child == t and k.parent in involved and k.parent != t}
               for t in tables}
    order: list[str] = []
    while len(order) < len(tables):
        ready = [t for t in tables if t not in order and parents[t] <= set(order)]
        if not ready:  # a cycle: keep discovery order for the rest
            ready = [t for t in tables if t not in order]
        order += ready
    return order
