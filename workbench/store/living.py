"""A persona set's assignment runs: where each customer was placed, run after run.

The set's current members stay in ``persona_members`` (what every area
reads); each run also keeps its own copy in ``assignment_members`` by persona
position, so two runs can be compared (drift) and the latest undone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import repeat

from workbench.domain.living import AssignmentRun, RunKind
from workbench.domain.persona_sets import Memberships
from workbench.store.database import Database


def _run(row) -> AssignmentRun:
    summary = json.loads(row["summary"] or "{}")
    return AssignmentRun(
        id=row["id"], set_id=row["persona_set_id"], kind=RunKind(row["kind"]),
        created_at=row["created_at"], n_customers=int(summary.get("n_customers", 0)),
        n_new=int(summary.get("n_new", 0)), n_moved=int(summary.get("n_moved", 0)),
        n_unassigned=int(summary.get("n_unassigned", 0)),
        sizes=[int(s) for s in summary.get("sizes", [])], notes=list(summary.get("notes", [])))


def _summary(run: AssignmentRun) -> str:
    return json.dumps({"n_customers": run.n_customers, "n_new": run.n_new, "n_moved": run.n_moved,
                       "n_unassigned": run.n_unassigned, "sizes": list(run.sizes),
                       "notes": list(run.notes)}, ensure_ascii=False)


def runs_of(db: Database, set_id: int) -> list[AssignmentRun]:
    """The set's runs, oldest first."""
    return [_run(r) for r in db.query(
        "SELECT * FROM assignment_runs WHERE persona_set_id = ? ORDER BY id", (set_id,))]


def get_run(db: Database, run_id: int) -> AssignmentRun | None:
    rows = db.query("SELECT * FROM assignment_runs WHERE id = ?", (run_id,))
    return _run(rows[0]) if rows else None


def current_members(db: Database, set_id: int) -> Memberships:
    """The set's members now (``persona_members``) by persona position, ordered by customer."""
    rows = db.query(
        "SELECT m.customer_id, p.position, n.position, m.fit, m.unassigned_reason "
        "FROM persona_members m LEFT JOIN personas p ON p.id = m.persona_id "
        "LEFT JOIN personas n ON n.id = m.nearest_id "
        "WHERE m.persona_set_id = ? ORDER BY m.customer_id", (set_id,))
    return Memberships([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows],
                       [r[3] for r in rows], [r[4] for r in rows])


def run_members(db: Database, run_id: int) -> Memberships:
    """Where a run placed each customer, by persona position, ordered by customer."""
    rows = db.query("SELECT customer_id, position, nearest, fit, reason FROM assignment_members "
                    "WHERE run_id = ? ORDER BY customer_id", (run_id,))
    return Memberships([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows],
                       [r[3] for r in rows], [r[4] for r in rows])


def record_run(db: Database, run: AssignmentRun, members: Memberships) -> int:
    """Insert a run with its placements (inside the caller's transaction); returns its id."""
    run_id = int(db.execute(
        "INSERT INTO assignment_runs(persona_set_id, kind, created_at, summary) VALUES (?, ?, ?, ?)",
        (run.set_id, run.kind.value, run.created_at, _summary(run))).lastrowid)
    db.executemany(
        "INSERT INTO assignment_members(run_id, customer_id, position, nearest, fit, reason) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        zip(repeat(run_id), members.customers, members.positions, members.nearest, members.fit,
            members.reasons, strict=False))
    return run_id


def record_current_as_run(db: Database, run: AssignmentRun) -> int:
    """Insert a run placing every customer where the set's current members
    (``persona_members``) are, copied inside the database (inside the caller's
    transaction); returns its id. The same rows as ``record_run(db, run,
    current_members(db, run.set_id))`` without a million Python tuples."""
    run_id = int(db.execute(
        "INSERT INTO assignment_runs(persona_set_id, kind, created_at, summary) VALUES (?, ?, ?, ?)",
        (run.set_id, run.kind.value, run.created_at, _summary(run))).lastrowid)
    db.execute(
        "INSERT INTO assignment_members(run_id, customer_id, position, nearest, fit, reason) "
        "SELECT ?, m.customer_id, p.position, n.position, m.fit, m.unassigned_reason "
        "FROM persona_members m LEFT JOIN personas p ON p.id = m.persona_id "
        "LEFT JOIN personas n ON n.id = m.nearest_id "
        "WHERE m.persona_set_id = ? ORDER BY m.customer_id", (run_id, run.set_id))
    return run_id


def replace_members(db: Database, set_id: int, members: Memberships,
                    sizes: Sequence[int], total: int) -> None:
    """Make ``members`` the set's current members and update each persona's size and share
    (inside the caller's transaction)."""
    ids = {r[0]: r[1] for r in db.query(
        "SELECT position, id FROM personas WHERE persona_set_id = ?", (set_id,))}
    db.execute("DELETE FROM persona_members WHERE persona_set_id = ?", (set_id,))
    db.executemany(
        "INSERT INTO persona_members(persona_set_id, customer_id, persona_id, nearest_id, fit, "
        "unassigned_reason) VALUES (?, ?, ?, ?, ?, ?)",
        zip(repeat(set_id), members.customers, map(ids.get, members.positions),
            map(ids.get, members.nearest), members.fit, members.reasons, strict=False))
    for position, size in enumerate(sizes):
        if position in ids:
            db.execute("UPDATE personas SET size = ?, share = ? WHERE id = ?",
                       (int(size), size / total if total else 0.0, ids[position]))


def set_profiles(db: Database, set_id: int, profiles: dict[int, dict]) -> None:
    """Replace the computed profile of each persona position (inside the caller's transaction)."""
    for position, profile in profiles.items():
        db.execute("UPDATE personas SET profile = ? WHERE persona_set_id = ? AND position = ?",
                   (json.dumps(profile, ensure_ascii=False, allow_nan=False), set_id, position))


def profiles_of(db: Database, set_id: int) -> dict[int, tuple[int, float, dict]]:
    """position -> (size, share, profile) as stored now."""
    return {r[0]: (r[1], r[2], json.loads(r[3])) for r in db.query(
        "SELECT position, size, share, profile FROM personas WHERE persona_set_id = ?", (set_id,))}


def restore_profiles(db: Database, set_id: int, saved: dict[int, tuple[int, float, dict]]) -> None:
    for position, (size, share, profile) in saved.items():
        db.execute("UPDATE personas SET size = ?, share = ?, profile = ? "
                   "WHERE persona_set_id = ? AND position = ?",
                   (size, share, json.dumps(profile, ensure_ascii=False, allow_nan=False),
                    set_id, position))


def delete_run(db: Database, run_id: int) -> None:
    db.execute("DELETE FROM assignment_runs WHERE id = ?", (run_id,))


def flows(db: Database, before: int, after: int) -> list[tuple[int | None, int | None, int, int]]:
    """(position before, position after, in before?, in after?, customers) between two runs.

    Returned as (before position or None, after position or None, presence flags packed
    as before_present*2 + after_present, customers).
    """
    query = (
        "SELECT b.position, a.position, 3, count(*) FROM assignment_members b "
        "JOIN assignment_members a ON a.customer_id = b.customer_id AND a.run_id = ? "
        "WHERE b.run_id = ? GROUP BY b.position, a.position "
        "UNION ALL SELECT b.position, NULL, 2, count(*) FROM assignment_members b "
        "WHERE b.run_id = ? AND NOT EXISTS (SELECT 1 FROM assignment_members a "
        "WHERE a.run_id = ? AND a.customer_id = b.customer_id) GROUP BY b.position "
        "UNION ALL SELECT NULL, a.position, 1, count(*) FROM assignment_members a "
        "WHERE a.run_id = ? AND NOT EXISTS (SELECT 1 FROM assignment_members b "
        "WHERE b.run_id = ? AND b.customer_id = a.customer_id) GROUP BY a.position")
    return [(r[0], r[1], r[2], r[3]) for r in db.query(
        query, (after, before, before, after, after, before))]
