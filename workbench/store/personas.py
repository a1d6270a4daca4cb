"""Persona sets (one clustering run each), persona cards and their members."""

from __future__ import annotations

import json
from itertools import repeat
from typing import Any

from workbench.domain.persona_sets import (
    EDITABLE_FIELDS,
    Memberships,
    StoredPersona,
    StoredPersonaSet,
)
from workbench.store import trash
from workbench.store.database import Database


def _set(row) -> StoredPersonaSet:
    return StoredPersonaSet(row["id"], row["name"], row["created_at"], json.loads(row["settings"]),
                            json.loads(row["result"]),
                            json.loads(row["suggestion"]) if row["suggestion"] else None,
                            json.loads(row["features"]), row["persona_count"])


def _persona(row) -> StoredPersona:
    return StoredPersona(row["id"], row["persona_set_id"], row["position"], row["name"],
                         row["size"], row["share"], json.loads(row["profile"]), row["narrative"],
                         row["goals"], row["frustrations"], row["motivations"], row["channels"],
                         row["quote"],
                         row["photo"])


_SET_QUERY = ("SELECT s.*, (SELECT count(*) FROM personas p WHERE p.persona_set_id = s.id) "
              "AS persona_count FROM persona_sets s")


def save_persona_set(db: Database, *, name: str, created_at: str, settings: dict, result: dict,
                     suggestion: dict | None, features: dict, personas: list[dict],
                     members: Memberships) -> int:
    """Store one run in one transaction.

    ``personas``: dicts with position, name, size, share, profile.
    """
    dump = lambda value: json.dumps(value, ensure_ascii=False, allow_nan=False)  # noqa: E731
    with db.transaction():
        set_id = int(db.execute(
            "INSERT INTO persona_sets(name, created_at, settings, result, suggestion, features) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (name, created_at, dump(settings), dump(result),
             dump(suggestion) if suggestion is not None else None, dump(features))).lastrowid)
        ids: dict[int, int] = {}
        for persona in personas:
            ids[persona["position"]] = int(db.execute(
                "INSERT INTO personas(persona_set_id, position, name, size, share, profile) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (set_id, persona["position"], persona["name"], persona["size"], persona["share"],
                 dump(persona["profile"]))).lastrowid)
        db.executemany(
            "INSERT INTO persona_members(persona_set_id, customer_id, persona_id, nearest_id, fit, "
            "unassigned_reason) VALUES (?, ?, ?, ?, ?, ?)",
            zip(repeat(set_id), members.customers, map(ids.get, members.positions),
                map(ids.get, members.nearest), members.fit, members.reasons, strict=False))
    return set_id


def list_persona_sets(db: Database) -> list[StoredPersonaSet]:
    return [_set(r) for r in db.query(_SET_QUERY + " ORDER BY s.id")]


def get_persona_set(db: Database, set_id: int) -> StoredPersonaSet | None:
    rows = db.query(_SET_QUERY + " WHERE s.id = ?", (set_id,))
    return _set(rows[0]) if rows else None


def personas_of(db: Database, set_id: int) -> list[StoredPersona]:
    return [_persona(r) for r in db.query(
        "SELECT * FROM personas WHERE persona_set_id = ? ORDER BY position", (set_id,))]


def get_persona(db: Database, persona_id: int) -> StoredPersona | None:
    rows = db.query("SELECT * FROM personas WHERE id = ?", (persona_id,))
    return _persona(rows[0]) if rows else None


def update_persona(db: Database, persona_id: int, **changes: Any) -> None:
    unknown = set(changes) - set(EDITABLE_FIELDS) - {"photo"}
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if not changes:
        return
    with db.transaction():
        db.execute(f"UPDATE personas SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
                   (*changes.values(), persona_id))


def rename_persona_set(db: Database, set_id: int, name: str) -> None:
    with db.transaction():
        db.execute("UPDATE persona_sets SET name = ? WHERE id = ?", (name, set_id))


def delete_persona_set(db: Database, set_id: int) -> trash.Removed:
    """Delete a set with its personas and memberships (journey maps keep going without
    their persona); the result puts it all back."""
    return trash.take(db, "persona_sets", [set_id])


def restore_persona_set(db: Database, removed: trash.Removed) -> int:
    """Put back a deleted set; returns its id (a new one if its id was reused meanwhile)."""
    moved = trash.put_back(db, removed)
    return moved.get("persona_sets", {}).get(removed.ids[0], removed.ids[0])


def members(db: Database, set_id: int) -> list[dict]:
    """Every clustered customer: persona (None when fitting none), nearest persona, fit."""
    return [dict(r) for r in db.query(
        "SELECT m.customer_id, c.label, m.persona_id, p.name AS persona_name, m.nearest_id, "
        "m.fit, m.unassigned_reason FROM persona_members m "
        "JOIN customers c ON c.id = m.customer_id "
        "LEFT JOIN personas p ON p.id = m.persona_id "
        "WHERE m.persona_set_id = ? ORDER BY m.persona_id IS NULL, p.position, m.fit DESC",
        (set_id,))]


def labels_of(db: Database, set_id: int) -> dict[int, int]:
    """customer → persona position, for comparing runs."""
    return {r[0]: r[1] for r in db.query(
        "SELECT m.customer_id, p.position FROM persona_members m JOIN personas p "
        "ON p.id = m.persona_id WHERE m.persona_set_id = ?", (set_id,))}


def member_personas(db: Database, set_id: int):
    """(customer ids, persona ids) of the set's members fitting a persona, as two int64
    numpy arrays in ascending customer order: the customers :func:`members` lists with a
    persona, read without sorting or building a row object per member (one read serves
    every figure of an export)."""
    from itertools import chain

    import numpy as np

    parts = [np.fromiter(chain.from_iterable(rows), dtype=np.int64,
                         count=2 * len(rows)).reshape(-1, 2)
             for rows in db.blocks(
                 "SELECT m.customer_id, m.persona_id FROM persona_members m "
                 "JOIN customers c ON c.id = m.customer_id "
                 "WHERE m.persona_set_id = ? AND m.persona_id IS NOT NULL ORDER BY m.customer_id",
                 (set_id,), size=100_000)]
    pairs = np.concatenate(parts) if parts else np.zeros((0, 2), dtype=np.int64)
    return pairs[:, 0].copy(), pairs[:, 1].copy()


def has_customer_documents(db: Database) -> bool:
    """Whether any evidence document belongs to a customer: without one, no persona's
    members have quotes or coded passages to show on a card."""
    return db.scalar("SELECT EXISTS (SELECT 1 FROM documents WHERE customer_id IS NOT NULL)") == 1
