"""Customers: one real person each, possibly linked from several sources.

Also the customer list's search index (``customer_terms``), per-channel
completeness figures and the erasure of one customer everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from workbench.progress import Task, ensure_task
from workbench.store.database import Database
from workbench.store.sources import column_sql_name, data_table, list_sources

_BATCH = 5000


def add_customers(db: Database, labels: Sequence[str], task: Task | None = None,
                  created_at: str | None = None) -> list[int]:
    """Insert customers in one transaction; all or none of them are stored."""
    from workbench.store.project_file import now_iso

    task = ensure_task(task)
    stamp = created_at or now_iso()
    ids: list[int] = []
    with db.transaction():
        for start in range(0, len(labels), _BATCH):
            batch = labels[start:start + _BATCH]
            first = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers")) + 1
            db.executemany("INSERT INTO customers(id, label, created_at) VALUES (?, ?, ?)",
                           [(first + i, label, stamp) for i, label in enumerate(batch)])
            ids.extend(range(first, first + len(batch)))
            task.report(start + len(batch), len(labels))
    return ids


def customer_labels(db: Database, limit: int = 100, offset: int = 0) -> list[tuple[int, str]]:
    return [(r["id"], r["label"]) for r in
            db.query("SELECT id, label FROM customers ORDER BY id LIMIT ? OFFSET ?",
                     (limit, offset))]


# --- search index -----------------------------------------------------------------------

def source_ids(db: Database) -> list[int]:
    return [r[0] for r in db.query("SELECT id FROM sources ORDER BY id")]


def indexed_source_ids(db: Database) -> list[int]:
    return [r[0] for r in db.query("SELECT source_id FROM customer_terms_sources ORDER BY 1")]


def forget_terms_of_source(db: Database, source_id: int) -> None:
    db.execute("DELETE FROM customer_terms WHERE source_id = ?", (source_id,))
    db.execute("DELETE FROM customer_terms_sources WHERE source_id = ?", (source_id,))


def source_cells(db: Database, source_id: int, positions: Sequence[int]) -> list[tuple]:
    """(row_number, value per position) of every row of a source."""
    selected = "".join(f", {column_sql_name(p)}" for p in positions)
    return [tuple(r) for r in db.query(
        f"SELECT row_number{selected} FROM {data_table(source_id)} ORDER BY row_number")]


def add_terms(db: Database, source_id: int, terms: Iterable[tuple[str, int]]) -> None:
    """Store (term, row_number) pairs of a source and mark the source as indexed."""
    db.executemany("INSERT INTO customer_terms(term, source_id, row_number) VALUES (?, ?, ?)",
                   ((term, source_id, row) for term, row in terms))
    db.execute("INSERT OR IGNORE INTO customer_terms_sources(source_id) VALUES (?)", (source_id,))


def _hits_sql(sources: Sequence[int], search_id: int | None) -> str:
    parts = ["SELECT id FROM customers WHERE label LIKE :contains ESCAPE '\\'"]
    if search_id is not None:
        parts.append("SELECT id FROM customers WHERE id = :id")
    for source_id in sources:
        table = data_table(source_id)
        parts.append(f"SELECT s.customer_id FROM customer_terms t JOIN {table} s "
                     f"ON s.row_number = t.row_number WHERE t.source_id = {int(source_id)} "
                     "AND t.term >= :low AND t.term < :high AND s.customer_id IS NOT NULL")
    return " UNION ".join(parts)


def _params(search: str, search_id: int | None) -> dict[str, Any]:
    escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return {"contains": f"%{escaped}%", "id": search_id, "low": search,
            "high": search + "\U0010ffff"}


def search_customers(db: Database, search: str, sources: Sequence[int], search_id: int | None,
                     offset: int, limit: int) -> list[tuple[int, str]]:
    """Customers whose label contains ``search``, whose id is ``search_id`` or a term of
    whose rows (in ``sources``) starts with ``search`` (already case-folded)."""
    sql = (f"SELECT id, label FROM customers WHERE id IN ({_hits_sql(sources, search_id)}) "
           "ORDER BY id LIMIT :limit OFFSET :offset")
    params = _params(search, search_id) | {"limit": limit, "offset": offset}
    return [(r[0], r[1]) for r in db.query(sql, params)]


def count_search(db: Database, search: str, sources: Sequence[int], search_id: int | None) -> int:
    sql = f"SELECT count(*) FROM ({_hits_sql(sources, search_id)})"
    return int(db.scalar(sql, _params(search, search_id)))


def count_customers(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM customers"))


def page_counts(db: Database, customer_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """For each customer: source rows, sources, documents and touchpoints (index lookups)."""
    counts = {c: {"rows": 0, "sources": 0, "documents": 0, "touchpoints": 0}
              for c in customer_ids}
    if not customer_ids:
        return counts
    marks = ", ".join("?" * len(customer_ids))
    for source_id in source_ids(db):
        for customer_id, n in db.query(
                f"SELECT customer_id, count(*) FROM {data_table(source_id)} "
                f"WHERE customer_id IN ({marks}) GROUP BY customer_id", list(customer_ids)):
            counts[customer_id]["rows"] += n
            counts[customer_id]["sources"] += 1
    for table, name in (("documents", "documents"), ("touchpoints", "touchpoints")):
        for customer_id, n in db.query(
                f"SELECT customer_id, count(*) FROM {table} WHERE customer_id IN ({marks}) "
                "GROUP BY customer_id", list(customer_ids)):
            counts[customer_id][name] = n
    return counts


def persona_memberships(db: Database, customer_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(
        "SELECT m.persona_set_id, ps.name AS persona_set_name, m.persona_id, "
        "p.name AS persona_name, m.fit, m.unassigned_reason FROM persona_members m "
        "JOIN persona_sets ps ON ps.id = m.persona_set_id "
        "LEFT JOIN personas p ON p.id = m.persona_id "
        "WHERE m.customer_id = ? ORDER BY m.persona_set_id", (customer_id,))]


# --- channels ---------------------------------------------------------------------------

def source_completeness(db: Database, source_id: int, positions: Sequence[int]
                        ) -> tuple[int, int, list[int]]:
    """(rows, distinct customers, missing cells per position) of a source."""
    table = data_table(source_id)
    missing = "".join(f", sum({column_sql_name(p)} IS NULL OR {column_sql_name(p)} = '')"
                      for p in positions)
    row = db.query(f"SELECT count(*), count(DISTINCT customer_id){missing} FROM {table}")[0]
    return int(row[0]), int(row[1]), [int(v or 0) for v in tuple(row)[2:]]


def touchpoint_channels(db: Database) -> list[dict[str, Any]]:
    """Per touchpoint channel: contacts, customers, and missing time/action/outcome/score."""
    return [dict(r) for r in db.query(
        "SELECT coalesce(channel, '') AS channel, count(*) AS contacts, "
        "count(DISTINCT customer_id) AS customers, "
        "sum(occurred_at IS NULL OR occurred_at = '') AS occurred_at, "
        "sum(action IS NULL OR action = '') AS action, "
        "sum(outcome IS NULL OR outcome = '') AS outcome, "
        "sum(score IS NULL) AS score "
        "FROM touchpoints GROUP BY coalesce(channel, '') ORDER BY contacts DESC, channel")]


# --- erasure ----------------------------------------------------------------------------

def _merged_into(db: Database, customer_id: int) -> set[int]:
    """The customer and every customer id that linking merged into it, over all runs."""
    ids = {customer_id}
    frontier = [customer_id]
    while frontier:
        current = frontier.pop()
        for (merged,) in db.query("SELECT merged_id FROM link_merges WHERE survivor_id = ?",
                                  (current,)):
            if merged not in ids:
                ids.add(merged)
                frontier.append(merged)
    return ids


def _scrub_report(report: dict, ids: set[int], values: set[str]) -> tuple[dict, int]:
    """Drop conflicts that name the customer or one of their key values."""
    conflicts = report.get("conflicts") or []
    kept = [c for c in conflicts
            if not (set(c.get("customer_ids") or ()) & ids)
            and str(c.get("value", "")).casefold() not in values]
    report["conflicts"] = kept
    return report, len(conflicts) - len(kept)


def erase_customer(db: Database, customer_id: int, values: set[str]) -> dict[str, int]:
    """Delete every trace of one customer; return rows deleted per table.

    ``values`` are the customer's identifying values (case-folded), scrubbed from
    stored link reports. Call inside a transaction.
    """
    assert db.in_transaction
    counts: dict[str, int] = {}

    def note(table: str, n: int) -> None:
        if n:
            counts[table] = counts.get(table, 0) + n

    ids = _merged_into(db, customer_id)
    marks = ", ".join("?" * len(ids))
    id_list = sorted(ids)
    erased_rows: list[tuple[int, int]] = []
    for source in list_sources(db):
        table = data_table(source.id)
        rows = [r[0] for r in db.query(f"SELECT row_number FROM {table} WHERE customer_id = ?",
                                       (customer_id,))]
        if not rows:
            continue
        erased_rows.extend((source.id, r) for r in rows)
        note(table, db.execute(f"DELETE FROM {table} WHERE customer_id = ?",
                               (customer_id,)).rowcount)
        db.execute("UPDATE sources SET row_count = max(0, row_count - ?) WHERE id = ?",
                   (len(rows), source.id))
    # Documents imported from the erased rows went with them even if re-assigned since.
    db.execute("CREATE TEMP TABLE IF NOT EXISTS erased_rows "
               "(source_id INTEGER, row_number INTEGER, PRIMARY KEY (source_id, row_number))")
    db.execute("DELETE FROM temp.erased_rows")
    db.executemany("INSERT OR IGNORE INTO temp.erased_rows VALUES (?, ?)", erased_rows)
    try:
        row_match = ("EXISTS (SELECT 1 FROM temp.erased_rows e WHERE e.source_id = {t}.source_id "
                     "AND e.row_number = {t}.{r})")
        note("documents", db.execute(
            "DELETE FROM documents WHERE customer_id = ? OR "
            + row_match.format(t="documents", r="source_row"), (customer_id,)).rowcount)
        note("touchpoints", db.execute(
            "DELETE FROM touchpoints WHERE customer_id = ? OR "
            + row_match.format(t="touchpoints", r="source_row"), (customer_id,)).rowcount)
        note("customer_terms", db.execute(
            "DELETE FROM customer_terms WHERE "
            + row_match.format(t="customer_terms", r="row_number")).rowcount)
        note("link_apart", db.execute(
            "DELETE FROM link_apart WHERE "
            + row_match.format(t="link_apart", r="row_number")).rowcount)
        note("link_proposals", db.execute(
            "DELETE FROM link_proposals WHERE EXISTS (SELECT 1 FROM temp.erased_rows e WHERE "
            "(e.source_id = source_a AND e.row_number = row_a) OR "
            "(e.source_id = source_b AND e.row_number = row_b))").rowcount)
        note("link_moves", db.execute(
            f"DELETE FROM link_moves WHERE old_customer_id IN ({marks}) OR EXISTS (SELECT 1 "
            "FROM temp.erased_rows e WHERE 'src_' || e.source_id = link_moves.target "
            "AND e.row_number = link_moves.row_id)", id_list).rowcount)
    finally:
        db.execute("DELETE FROM temp.erased_rows")
    note("persona_members", db.execute("DELETE FROM persona_members WHERE customer_id = ?",
                                       (customer_id,)).rowcount)
    note("link_merges", db.execute(
        f"DELETE FROM link_merges WHERE survivor_id IN ({marks}) OR merged_id IN ({marks})",
        id_list + id_list).rowcount)
    for run in db.query("SELECT id, report FROM link_runs"):
        report, dropped = _scrub_report(json.loads(run["report"] or "{}"), ids, values)
        if dropped or _mentions(report, ids):
            report = _drop_customer_fields(report, ids)
            db.execute("UPDATE link_runs SET report = ? WHERE id = ?",
                       (json.dumps(report, ensure_ascii=False), run["id"]))
            note("link_runs", 1)
    note("customers", db.execute("DELETE FROM customers WHERE id = ?", (customer_id,)).rowcount)
    return counts


def _mentions(report: dict, ids: set[int]) -> bool:
    return any(report.get(k) in ids for k in ("customer", "new_customer", "survivor"))


def _drop_customer_fields(report: dict, ids: set[int]) -> dict:
    for k in ("customer", "new_customer", "survivor"):
        if report.get(k) in ids:
            report[k] = None
    if set(report.get("merged") or ()) & ids:
        report["merged"] = [m for m in report["merged"] if m not in ids]
    return report


def log_erasure(db: Database, erased_at: str, counts: dict[str, int]) -> int:
    cursor = db.execute("INSERT INTO erasures(erased_at, counts) VALUES (?, ?)",
                        (erased_at, json.dumps(counts, sort_keys=True)))
    return int(cursor.lastrowid)


def erasure_log(db: Database) -> list[dict[str, Any]]:
    return [{"id": r["id"], "erased_at": r["erased_at"], "counts": json.loads(r["counts"])}
            for r in db.query("SELECT * FROM erasures ORDER BY id")]


def secure_delete(db: Database, on: bool) -> int:
    """Set ``PRAGMA secure_delete`` (outside a transaction); return the previous value."""
    previous = int(db.pragma("secure_delete"))
    db.execute(f"PRAGMA secure_delete = {1 if on else 0}")
    return previous


def checkpoint(db: Database) -> bool:
    """Copy the WAL into the file and truncate it; False when a reader kept it busy."""
    row = db.query("PRAGMA wal_checkpoint(TRUNCATE)")[0]
    return int(row[0]) == 0
