"""Customer linking in the project file: key cells, merges, their record and undo.

A merge repoints every row of the merged customer (source rows, documents,
touchpoints, persona memberships) to the surviving customer and deletes the
merged one. Before it does, it writes where each row pointed into
``link_moves`` and the merged customer into ``link_merges``, so the run can be
inspected and undone.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from workbench.store.database import Database
from workbench.store.sources import column_sql_name, data_table, list_sources

#: Temporary tables of a merge: merged customer -> survivor and key index; key index ->
#: the key's text and rule.
_MAP_TABLE, _KEYS_TABLE = "link_merge_map", "link_merge_keys"
_MAP, _KEYS = f"temp.{_MAP_TABLE}", f"temp.{_KEYS_TABLE}"


def count_customers(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM customers"))


def key_cells(db: Database, source_id: int, positions: Sequence[int],
              identity_position: int | None) -> list[tuple]:
    """(row_number, customer_id, identity value, value per key position) of rows with a customer."""
    identity = column_sql_name(identity_position) if identity_position is not None else "NULL"
    selected = "".join(f", {column_sql_name(p)}" for p in positions)
    return [tuple(r) for r in db.query(
        f"SELECT row_number, customer_id, {identity}{selected} FROM {data_table(source_id)} "
        "WHERE customer_id IS NOT NULL ORDER BY row_number")]


def key_blocks(db: Database, source_id: int, positions: Sequence[int],
               identity_position: int | None, size: int = 65_536) -> Iterator[list[Any]]:
    """The cells of :func:`key_cells` in blocks of at most ``size`` rows, as arrays: row
    numbers and customer ids (int64), the identities, then each key's values (object
    arrays; None for the identities when there is no identity column).

    Only one block is held as Python tuples at a time, so reading a source of
    millions of rows costs its arrays, not a tuple per row.
    """
    import numpy as np

    wanted = [identity_position, *positions]
    distinct = list(dict.fromkeys(p for p in wanted if p is not None))  # read each column once
    selected = "".join(f", {column_sql_name(p)}" for p in distinct)
    for rows in db.blocks(f"SELECT row_number, customer_id{selected} FROM {data_table(source_id)} "
                          "WHERE customer_id IS NOT NULL ORDER BY row_number", size=size):
        columns = list(zip(*rows, strict=True))
        del rows
        by_position = {p: _objects(c) for p, c in zip(distinct, columns[2:], strict=True)}
        yield [np.array(columns[0], dtype=np.int64), np.array(columns[1], dtype=np.int64),
               *(by_position[p] if p is not None else None for p in wanted)]


def _objects(values: Sequence[Any]) -> Any:
    """A 1-d object array of the values as they are."""
    import numpy as np

    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def first_values(db: Database, source_id: int, position: int) -> list[tuple[int, Any]]:
    """(customer id, value) of each customer's first row, by row number, whose cell in the
    column is not empty (NULL or ""): one row per customer, grouped inside SQLite."""
    column = column_sql_name(position)
    return [(customer, value) for customer, value, _first in db.tuples(
        f"SELECT customer_id, {column}, min(row_number) FROM {data_table(source_id)} "
        f"WHERE customer_id IS NOT NULL AND {column} IS NOT NULL AND {column} <> '' "
        "GROUP BY customer_id")]


def row_count(db: Database, source_id: int) -> int:
    return int(db.scalar(f"SELECT count(*) FROM {data_table(source_id)}"))


def create_run(db: Database, created_at: str, keys: list[dict], kind: str = "link") -> int:
    """A linking run, or a manual decision ("merge", "split", "fuzzy")."""
    assert db.in_transaction
    cursor = db.execute("INSERT INTO link_runs(created_at, keys, kind) VALUES (?, ?, ?)",
                        (created_at, json.dumps(keys, ensure_ascii=False), kind))
    return int(cursor.lastrowid)


def save_report(db: Database, run_id: int, report: dict) -> None:
    db.execute("UPDATE link_runs SET report = ? WHERE id = ?",
               (json.dumps(report, ensure_ascii=False), run_id))


def _targets(db: Database) -> list[tuple[str, str, str]]:
    """(target name, table, row key column) of every table with a customer_id to repoint."""
    tables = [(data_table(s.id), data_table(s.id), "row_number") for s in list_sources(db)]
    return tables + [("documents", "documents", "id"), ("touchpoints", "touchpoints", "id")]


def merge_customers(db: Database, run_id: int,
                    merges: Sequence[tuple[int, int, str, str]]) -> int:
    """Apply (merged_id, survivor_id, key, rule) merges; return persona memberships affected.

    Call inside a transaction. A merged customer's persona membership moves to
    the survivor, unless the survivor is already a member of that persona set:
    then the merged customer's membership is deleted (and kept in link_moves).
    """
    keys = list(dict.fromkeys((key, rule) for _, _, key, rule in merges))
    index = {key: i for i, key in enumerate(keys)}
    return merge_many(db, run_id, [(m, s, index[(k, r)]) for m, s, k, r in merges], keys)


def merge_many(db: Database, run_id: int, merges: Iterable[tuple[int, int, int]],
               keys: Sequence[tuple[str, str]]) -> int:
    """Like :func:`merge_customers` for many merges: (merged_id, survivor_id, key index)
    with ``keys[key index]`` = (key, rule); every row is moved by one statement per table."""
    assert db.in_transaction
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_MAP_TABLE} (merged INTEGER PRIMARY KEY, "
               "survivor INTEGER NOT NULL, key INTEGER NOT NULL)")
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_KEYS_TABLE} (id INTEGER PRIMARY KEY, "
               "key TEXT NOT NULL, rule TEXT NOT NULL)")
    db.execute(f"DELETE FROM {_MAP}")
    db.execute(f"DELETE FROM {_KEYS}")
    try:
        db.executemany(f"INSERT INTO {_MAP}(merged, survivor, key) VALUES (?, ?, ?)", merges)
        if not db.scalar(f"SELECT count(*) FROM {_MAP}"):
            return 0
        db.executemany(f"INSERT INTO {_KEYS}(id, key, rule) VALUES (?, ?, ?)",
                       [(i, key, rule) for i, (key, rule) in enumerate(keys)])
        db.execute(
            "INSERT INTO link_merges(run_id, survivor_id, merged_id, key, rule, merged_label, "
            "merged_created_at) SELECT ?, m.survivor, m.merged, k.key, k.rule, c.label, "
            f"c.created_at FROM {_MAP} m JOIN {_KEYS} k ON k.id = m.key "
            "JOIN customers c ON c.id = m.merged ORDER BY m.merged", (run_id,))
        for target, table, row_key in _targets(db):
            db.execute(
                f"INSERT INTO link_moves(run_id, target, row_id, old_customer_id) "
                f"SELECT ?, ?, {row_key}, customer_id FROM {table} "
                f"WHERE customer_id IN (SELECT merged FROM {_MAP})", (run_id, target))
            db.execute(_repoint_sql(table))
        affected = _merge_memberships(db, run_id)
        _keep_risks(db, run_id)
        _delete_merged(db)
    finally:
        db.execute(f"DELETE FROM {_MAP}")
        db.execute(f"DELETE FROM {_KEYS}")
    return affected


def _customer_references(db: Database) -> list[tuple[str, str, str]]:
    """(table, column, ON DELETE action) of every foreign key to customers."""
    found = []
    for (table,) in db.query("SELECT name FROM sqlite_master WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite%' ORDER BY name"):
        found.extend((table, column, action.upper()) for column, action in db.query(
            'SELECT "from", on_delete FROM pragma_foreign_key_list(?) '
            "WHERE \"table\" = 'customers'", (table,)))
    return found


def merges_without_foreign_keys(db: Database) -> bool:
    """Whether :func:`merge_many` can run with foreign keys off: every reference to a
    customer is one it repoints, or one whose ON DELETE action (CASCADE or SET NULL,
    on a table nothing else references) it does itself."""
    handled = {table for _, table, _ in _targets(db)} | {"persona_members"}
    references = [r for r in _customer_references(db) if r[0] not in handled]
    if any(action not in ("CASCADE", "SET NULL") for _, _, action in references):
        return False
    cascading = {table for table, _, action in references if action == "CASCADE"}
    for (table,) in db.query("SELECT name FROM sqlite_master WHERE type = 'table'"):
        parents = {r[0] for r in db.query('SELECT "table" FROM pragma_foreign_key_list(?)',
                                          (table,))}
        if parents & cascading:  # deleting there would cascade further
            return False
    return True


def _delete_merged(db: Database) -> None:
    """Delete the merged customers, doing what their foreign keys' ON DELETE actions would
    (set-based, a statement per table) so that they need not run once per customer.

    The tables :func:`merge_many` repoints hold no row of a merged customer any more;
    the others (churn risks, assignments...) lose theirs as their action says.
    """
    handled = {table for _, table, _ in _targets(db)} | {"persona_members"}
    for table, column, action in _customer_references(db):
        if table in handled:
            continue
        if action == "CASCADE":
            db.execute(f'DELETE FROM "{table}" WHERE "{column}" IN (SELECT merged FROM {_MAP})')
        elif action == "SET NULL":
            db.execute(f'UPDATE "{table}" SET "{column}" = NULL '
                       f'WHERE "{column}" IN (SELECT merged FROM {_MAP})')
    db.execute(f"DELETE FROM customers WHERE id IN (SELECT merged FROM {_MAP})")


def _repoint_sql(table: str) -> str:
    """Point the table's rows of merged customers to their survivors."""
    if sqlite3.sqlite_version_info >= (3, 33):  # UPDATE ... FROM joins instead of a lookup per row
        return (f"UPDATE {table} SET customer_id = map.survivor FROM {_MAP} map "
                f"WHERE map.merged = {table}.customer_id")
    return (f"UPDATE {table} SET customer_id = (SELECT survivor FROM {_MAP} "
            f"WHERE merged = {table}.customer_id) WHERE customer_id IN (SELECT merged FROM {_MAP})")


def _merge_memberships(db: Database, run_id: int) -> int:
    """Move merged customers' persona memberships to their survivors, recorded.

    As if done one membership at a time in (persona set, customer) order: the
    first to reach a survivor that is not yet a member of that set moves; the
    others (and all of them when the survivor is a member) are deleted.
    """
    if not db.scalar(f"SELECT EXISTS (SELECT 1 FROM persona_members m JOIN {_MAP} map "
                     "ON map.merged = m.customer_id)"):
        return 0
    # Finds the other customers merged into the same survivor (dropped when done, so
    # filling the map stays cheap).
    db.execute(f"CREATE INDEX IF NOT EXISTS temp.link_merge_map_survivor ON {_MAP_TABLE}(survivor)")
    try:
        return _move_memberships(db, run_id)
    finally:
        db.execute("DROP INDEX IF EXISTS temp.link_merge_map_survivor")


def _move_memberships(db: Database, run_id: int) -> int:
    members = db.query(
        "SELECT m.persona_set_id, m.customer_id, m.persona_id, m.nearest_id, m.fit, "
        "m.unassigned_reason, map.survivor, "
        "EXISTS (SELECT 1 FROM persona_members p WHERE p.persona_set_id = m.persona_set_id "
        "        AND p.customer_id = map.survivor) "
        "OR EXISTS (SELECT 1 FROM persona_members p "
        f"          JOIN {_MAP} earlier ON earlier.merged = p.customer_id "
        "           WHERE p.persona_set_id = m.persona_set_id AND earlier.survivor = map.survivor "
        "           AND p.customer_id < m.customer_id) AS taken "
        f"FROM persona_members m JOIN {_MAP} map ON map.merged = m.customer_id "
        "ORDER BY m.persona_set_id, m.customer_id")
    db.executemany(
        "INSERT INTO link_moves(run_id, target, row_id, old_customer_id, detail) "
        "VALUES (?, 'persona_members', ?, ?, ?)",
        [(run_id, row["persona_set_id"], row["customer_id"], json.dumps(
            {"persona_id": row["persona_id"], "nearest_id": row["nearest_id"], "fit": row["fit"],
             "unassigned_reason": row["unassigned_reason"], "deleted": bool(row["taken"]),
             "survivor": row["survivor"]}))
         for row in members])
    db.executemany("DELETE FROM persona_members WHERE persona_set_id = ? AND customer_id = ?",
                   [(row["persona_set_id"], row["customer_id"]) for row in members if row["taken"]])
    db.executemany("UPDATE persona_members SET customer_id = ? WHERE persona_set_id = ? "
                   "AND customer_id = ?",
                   [(row["survivor"], row["persona_set_id"], row["customer_id"])
                    for row in members if not row["taken"]])
    return len(members)


def _keep_risks(db: Database, run_id: int) -> None:
    """Record the churn risks of merged customers, which go with them, so undo brings them back.

    A risk run scored each customer as they were; the survivor keeps its own
    row (the run predates the merge), the merged customers' rows are deleted
    with them and restored by :func:`undo_merges`.
    """
    db.execute(
        "INSERT INTO link_moves(run_id, target, row_id, old_customer_id, detail) "
        "SELECT ?, 'risk_customers', r.run_id, r.customer_id, json_object("
        "'risk', r.risk, 'reasons', r.reasons, 'churned', r.churned, 'value', r.value) "
        f"FROM risk_customers r JOIN {_MAP} map ON map.merged = r.customer_id "
        "ORDER BY r.run_id, r.customer_id", (run_id,))


def list_runs(db: Database) -> list[dict[str, Any]]:
    return [{"id": r["id"], "kind": r["kind"], "created_at": r["created_at"],
             "keys": json.loads(r["keys"]), "report": json.loads(r["report"]),
             "undone_at": r["undone_at"]}
            for r in db.query("SELECT * FROM link_runs ORDER BY id")]


def run_merges(db: Database, run_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(
        "SELECT survivor_id, merged_id, key, rule, merged_label FROM link_merges "
        "WHERE run_id = ? ORDER BY merged_id", (run_id,))]


def later_runs(db: Database, run_id: int) -> list[int]:
    """Runs after ``run_id`` that are not undone (they may build on its merges)."""
    return [r[0] for r in db.query("SELECT id FROM link_runs WHERE id > ? AND undone_at IS NULL",
                                   (run_id,))]


def undo_merges(db: Database, run_id: int, undone_at: str) -> int:
    """Recreate a run's merged customers and point their rows back; return how many."""
    assert db.in_transaction
    merged = db.query("SELECT merged_id, merged_label, merged_created_at FROM link_merges "
                      "WHERE run_id = ?", (run_id,))
    db.executemany("INSERT INTO customers(id, label, created_at) VALUES (?, ?, ?)",
                   [tuple(r) for r in merged])
    tables = {target: (table, key) for target, table, key in _targets(db)}
    moves = db.query("SELECT target, row_id, old_customer_id, detail FROM link_moves "
                     "WHERE run_id = ? ORDER BY rowid", (run_id,))
    for move in moves:
        target = move["target"]
        if target == "persona_members":
            detail = json.loads(move["detail"])
            if detail["deleted"]:
                db.execute("INSERT INTO persona_members(persona_set_id, customer_id, persona_id, "
                           "nearest_id, fit, unassigned_reason) VALUES (?, ?, ?, ?, ?, ?)",
                           (move["row_id"], move["old_customer_id"], detail["persona_id"],
                            detail["nearest_id"], detail["fit"], detail["unassigned_reason"]))
            else:
                db.execute("UPDATE persona_members SET customer_id = ? WHERE persona_set_id = ? "
                           "AND customer_id = ?",
                           (move["old_customer_id"], move["row_id"], detail["survivor"]))
        elif target == "risk_customers":
            detail = json.loads(move["detail"])
            # a risk run deleted since then has nothing to restore
            db.execute("INSERT OR IGNORE INTO risk_customers(run_id, customer_id, risk, reasons, "
                       "churned, value) SELECT ?, ?, ?, ?, ?, ? "
                       "WHERE EXISTS (SELECT 1 FROM risk_runs WHERE id = ?)",
                       (move["row_id"], move["old_customer_id"], detail["risk"],
                        detail["reasons"], detail["churned"], detail["value"], move["row_id"]))
        elif target in tables:  # a source deleted since then has nothing to restore
            table, key = tables[target]
            db.execute(f"UPDATE {table} SET customer_id = ? WHERE {key} = ?",
                       (move["old_customer_id"], move["row_id"]))
    db.execute("UPDATE link_runs SET undone_at = ? WHERE id = ?", (undone_at, run_id))
    return len(merged)


def customer_label(db: Database, customer_id: int) -> str | None:
    return db.scalar("SELECT label FROM customers WHERE id = ?", (customer_id,))


def customer_source_rows(db: Database, source_id: int, customer_id: int) -> list[tuple]:
    """Every row of a source that belongs to the customer: (row_number, values...)."""
    return [tuple(r)[0:1] + tuple(r)[2:] for r in db.query(
        f"SELECT * FROM {data_table(source_id)} WHERE customer_id = ? ORDER BY row_number",
        (customer_id,))]


def customer_documents(db: Database, customer_id: int, excerpt: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(
        "SELECT d.id, d.title, substr(d.body, 1, ?) AS excerpt, length(d.body) AS length, "
        "s.file_name, s.sheet, d.source_row FROM documents d "
        "LEFT JOIN sources s ON s.id = d.source_id WHERE d.customer_id = ? ORDER BY d.id",
        (excerpt, customer_id))]


def customer_touchpoints(db: Database, customer_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(
        "SELECT t.occurred_at, t.channel, t.action, t.outcome, t.score, s.file_name, "
        "t.source_row FROM touchpoints t LEFT JOIN sources s ON s.id = t.source_id "
        "WHERE t.customer_id = ? ORDER BY t.occurred_at IS NULL, t.occurred_at, t.id",
        (customer_id,))]


# --- manual decisions -------------------------------------------------------------------

def customers_exist(db: Database, customer_ids: Sequence[int]) -> list[int]:
    marks = ", ".join("?" * len(customer_ids))
    return [r[0] for r in db.query(f"SELECT id FROM customers WHERE id IN ({marks})",
                                   list(customer_ids))]


def customers_of_rows(db: Database, rows: Sequence[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """(source_id, row_number) -> the customer the row belongs to now (rows that exist)."""
    by_source: dict[int, list[int]] = {}
    for source_id, row_number in rows:
        by_source.setdefault(source_id, []).append(row_number)
    existing = {s.id for s in list_sources(db)}
    found: dict[tuple[int, int], int] = {}
    for source_id, numbers in by_source.items():
        if source_id not in existing:
            continue
        for start in range(0, len(numbers), 500):
            chunk = numbers[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for row_number, customer_id in db.query(
                    f"SELECT row_number, customer_id FROM {data_table(source_id)} "
                    f"WHERE row_number IN ({marks}) AND customer_id IS NOT NULL", chunk):
                found[(source_id, row_number)] = customer_id
    return found


def customer_rows(db: Database, customer_id: int) -> list[tuple[int, int]]:
    """Every (source_id, row_number) of the customer."""
    rows = []
    for source in list_sources(db):
        rows.extend((source.id, r[0]) for r in db.query(
            f"SELECT row_number FROM {data_table(source.id)} WHERE customer_id = ? "
            "ORDER BY row_number", (customer_id,)))
    return rows


def add_apart(db: Database, run_id: int, side: int, rows: Sequence[tuple[int, int]]) -> None:
    db.executemany("INSERT INTO link_apart(run_id, side, source_id, row_number) VALUES (?, ?, ?, ?)",
                   [(run_id, side, s, r) for s, r in rows])


def apart_rows(db: Database) -> dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """Per split still in effect: (rows that stayed, rows that moved out)."""
    found: dict[int, tuple[list, list]] = {}
    for run_id, side, source_id, row_number in db.query(
            "SELECT a.run_id, a.side, a.source_id, a.row_number FROM link_apart a "
            "JOIN link_runs r ON r.id = a.run_id WHERE r.undone_at IS NULL "
            "ORDER BY a.run_id, a.side, a.source_id, a.row_number"):
        found.setdefault(run_id, ([], []))[side].append((source_id, row_number))
    return found


def create_customer(db: Database, label: str, created_at: str) -> int:
    first = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers")) + 1
    db.execute("INSERT INTO customers(id, label, created_at) VALUES (?, ?, ?)",
               (first, label, created_at))
    return first


def move_rows(db: Database, run_id: int, rows: Sequence[tuple[int, int]], from_customer: int,
              to_customer: int) -> None:
    """Move source rows (with their documents and touchpoints) to another customer, recorded."""
    assert db.in_transaction
    for source_id, row_number in rows:
        table = data_table(source_id)
        db.execute("INSERT INTO link_moves(run_id, target, row_id, old_customer_id) "
                   "VALUES (?, ?, ?, ?)", (run_id, table, row_number, from_customer))
        db.execute(f"UPDATE {table} SET customer_id = ? WHERE row_number = ?",
                   (to_customer, row_number))
        for target in ("documents", "touchpoints"):
            db.execute(f"INSERT INTO link_moves(run_id, target, row_id, old_customer_id) "
                       f"SELECT ?, ?, id, customer_id FROM {target} WHERE source_id = ? "
                       "AND source_row = ? AND customer_id = ?",
                       (run_id, target, source_id, row_number, from_customer))
            db.execute(f"UPDATE {target} SET customer_id = ? WHERE source_id = ? "
                       "AND source_row = ? AND customer_id = ?",
                       (to_customer, source_id, row_number, from_customer))


def undo_moves(db: Database, run_id: int, undone_at: str, delete_customer: int | None) -> None:
    """Point a split's moved rows back and delete the customer it created."""
    assert db.in_transaction
    tables = {target: (table, key) for target, table, key in _targets(db)}
    for move in db.query("SELECT target, row_id, old_customer_id FROM link_moves "
                         "WHERE run_id = ? ORDER BY rowid", (run_id,)):
        if move["target"] in tables:
            table, key = tables[move["target"]]
            db.execute(f"UPDATE {table} SET customer_id = ? WHERE {key} = ?",
                       (move["old_customer_id"], move["row_id"]))
    if delete_customer is not None:
        db.execute("DELETE FROM persona_members WHERE customer_id = ?", (delete_customer,))
        db.execute("DELETE FROM customers WHERE id = ?", (delete_customer,))
    db.execute("UPDATE link_runs SET undone_at = ? WHERE id = ?", (undone_at, run_id))


def count_row_moves(db: Database, run_id: int) -> int:
    """Source rows a run or decision moved."""
    return int(db.scalar("SELECT count(*) FROM link_moves WHERE run_id = ? "
                         "AND target LIKE 'src\\_%' ESCAPE '\\'", (run_id,)))


# --- fuzzy proposals --------------------------------------------------------------------

_PROPOSAL_COLUMNS = ("id, created_at, status, score, key, source_a, row_a, value_a, source_b, "
                     "row_b, value_b, run_id, decided_at")


def replace_open_proposals(db: Database, created_at: str, proposals: Sequence[tuple]) -> None:
    """Drop the open proposals and store new ones: (score, key, source_a, row_a, value_a,
    source_b, row_b, value_b)."""
    assert db.in_transaction
    db.execute("DELETE FROM link_proposals WHERE status = 'open'")
    db.executemany("INSERT INTO link_proposals(created_at, score, key, source_a, row_a, value_a, "
                   "source_b, row_b, value_b) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(created_at, *p) for p in proposals])


def list_proposals(db: Database, status: str | None = None) -> list[dict[str, Any]]:
    where, params = ("WHERE status = ?", (status,)) if status else ("", ())
    return [dict(r) for r in db.query(
        f"SELECT {_PROPOSAL_COLUMNS} FROM link_proposals {where} ORDER BY score DESC, id",
        params)]


def get_proposal(db: Database, proposal_id: int) -> dict[str, Any] | None:
    rows = db.query(f"SELECT {_PROPOSAL_COLUMNS} FROM link_proposals WHERE id = ?",
                    (proposal_id,))
    return dict(rows[0]) if rows else None


def set_proposal(db: Database, proposal_id: int, status: str, decided_at: str | None,
                 run_id: int | None = None) -> None:
    db.execute("UPDATE link_proposals SET status = ?, decided_at = ?, run_id = ? WHERE id = ?",
               (status, decided_at, run_id, proposal_id))


def proposal_of_run(db: Database, run_id: int) -> int | None:
    return db.scalar("SELECT id FROM link_proposals WHERE run_id = ?", (run_id,))
