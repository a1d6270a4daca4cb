"""Imported sources: their columns, their data table and their provenance.

Each source's rows live in their own table ``src_<id>``: ``row_number`` (the
row the researcher sees in the original file) is the key, ``customer_id``
links the row to a customer, and one column ``c<position>`` per imported field
holds the typed value (REAL for numbers, NUMERIC for outcomes, TEXT otherwise).
So every stored value knows its source, sheet and row, and a whole attribute is
one column read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.domain.sources import Source, SourceColumn
from workbench.store.database import Database


@dataclass(frozen=True)
class StoredColumn(SourceColumn):
    """A source column as stored, with its measure's kind and scale ("nps:0-10"; None
    unless the role is Measure). Everything that lists columns reads these."""

    measure: str | None = None


def data_table(source_id: int) -> str:
    return f"src_{int(source_id)}"


def column_sql_name(position: int) -> str:
    return f"c{int(position)}"


def column_sql_type(role: ColumnRole | str) -> str:
    """The declared type of a data-table column: REAL for numbers and measures, NUMERIC for
    outcomes (a number stays a number, "Yes" stays text), TEXT for everything else."""
    role = ColumnRole(role)
    if role in (ColumnRole.NUMERIC, ColumnRole.MEASURE):
        return "REAL"
    if role is ColumnRole.OUTCOME:
        return "NUMERIC"
    return "TEXT"


def _source(row) -> Source:
    return Source(id=row["id"], file_name=row["file_name"], file_path=row["file_path"],
                  sheet=row["sheet"], file_hash=row["file_hash"], kind=row["kind"],
                  row_count=row["row_count"], column_count=row["column_count"],
                  imported_at=row["imported_at"], options=json.loads(row["options"] or "{}"))


def find_by_hash(db: Database, file_hash: str, sheet: str | None) -> Source | None:
    row = db.query("SELECT * FROM sources WHERE file_hash = ? AND sheet IS ? ORDER BY id LIMIT 1",
                   (file_hash, sheet))
    return _source(row[0]) if row else None


def list_sources(db: Database) -> list[Source]:
    return [_source(r) for r in db.query("SELECT * FROM sources ORDER BY id")]


def get_source(db: Database, source_id: int) -> Source | None:
    rows = db.query("SELECT * FROM sources WHERE id = ?", (source_id,))
    return _source(rows[0]) if rows else None


def source_columns(db: Database, source_id: int) -> list[StoredColumn]:
    return [StoredColumn(r["id"], r["position"], r["name"], r["label"], ColumnRole(r["role"]),
                         r["pii_kind"], r["measure"])
            for r in db.query("SELECT * FROM source_columns WHERE source_id = ? ORDER BY position",
                              (source_id,))]


def create_source(db: Database, *, file_name: str, file_path: str, sheet: str | None,
                  file_hash: str, kind: str, row_count: int, imported_at: str,
                  options: dict, columns: Sequence[ColumnSpec]) -> tuple[int, list[int]]:
    """Insert the source, its columns and its (empty) data table. Call inside a transaction."""
    assert db.in_transaction
    cursor = db.execute(
        "INSERT INTO sources(file_name, file_path, sheet, file_hash, kind, row_count, "
        "column_count, imported_at, options) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (file_name, file_path, sheet, file_hash, kind, row_count, len(columns), imported_at,
         json.dumps(options, ensure_ascii=False)))
    source_id = int(cursor.lastrowid)
    column_ids = []
    for position, spec in enumerate(columns):
        cursor = db.execute(
            "INSERT INTO source_columns(source_id, position, name, label, role, pii_kind, "
            "measure) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (source_id, position, spec.name, spec.label, ColumnRole(spec.role).value,
             spec.pii_kind,
             spec.measure if ColumnRole(spec.role) is ColumnRole.MEASURE else None))
        column_ids.append(int(cursor.lastrowid))
    typed = ", ".join(f"{column_sql_name(p)} {column_sql_type(s.role)}"
                      for p, s in enumerate(columns))
    db.execute(f"CREATE TABLE {data_table(source_id)} ("
               "row_number INTEGER PRIMARY KEY, "
               "customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL"
               + (", " + typed if typed else "") + ")")
    return source_id, column_ids


def index_source(db: Database, source_id: int) -> None:
    """Index a source's rows by customer, once they are all inserted (faster than during)."""
    db.execute(f"CREATE INDEX IF NOT EXISTS {data_table(source_id)}_customer "
               f"ON {data_table(source_id)}(customer_id)")


def insert_rows(db: Database, source_id: int, column_count: int,
                rows: Iterable[Sequence[Any]]) -> None:
    """Rows are (row_number, customer_id, value per column)."""
    placeholders = ", ".join("?" * (column_count + 2))
    db.executemany(f"INSERT INTO {data_table(source_id)} VALUES ({placeholders})", rows)


def insert_customers(db: Database, first_id: int, labels: Sequence[str], created_at: str) -> None:
    """Customers ``first_id``, ``first_id + 1``... labelled ``labels``, in one statement.

    The labels travel as one JSON array, so SQLite adds the rows in one pass
    instead of one call per customer (about twice as fast for 100,000).
    """
    if not labels:
        return
    payload = json.dumps(list(labels), ensure_ascii=False)
    if "\\u0000" in payload:  # SQLite's JSON would cut a text at a NUL character
        db.executemany("INSERT INTO customers(id, label, created_at) VALUES (?, ?, ?)",
                       [(first_id + i, label, created_at) for i, label in enumerate(labels)])
        return
    db.execute("INSERT INTO customers(id, label, created_at) "
               "SELECT ? + key, value, ? FROM json_each(?)",
               (int(first_id), created_at, payload))


def documents_from_column(db: Database, source_id: int, position: int, column_id: int,
                          title: str, created_at: str, rows: tuple[int, int] | None = None, *,
                          plain: bool = False) -> int:
    """One document per filled cell of a stored free-text column; returns how many.

    Copied inside SQLite from the source's data table (no second copy of the
    text passes through Python). The document body has its line endings
    normalised to LF and no byte order mark, so coded passages keep their
    offsets whatever program wrote the file; the data table keeps the value as
    it was read. ``rows`` (first, last row number) limits the copy to the rows
    just stored; ``plain`` says their cells hold no CR and no byte order mark,
    so they are copied as they are.
    """
    value = column_sql_name(position)
    body = value if plain else (
        f"ltrim(replace(replace({value}, char(13) || char(10), char(10)), char(13), char(10)), "
        "char(65279))")
    # A one-line text cannot hold two speakers' turns: it is marked looked-at as it is
    # written (as store.speakers.mark_one_line_detected would), so the speaker detection
    # after an import of a million short answers has nothing to scan.
    cursor = db.execute(
        "INSERT INTO documents(title, body, customer_id, source_id, source_row, column_id, "
        f"created_at, speakers_detected) SELECT ?, {body}, customer_id, ?, row_number, ?, ?, "
        f"instr({value}, char(10)) = 0 AND instr({value}, char(13)) = 0 "
        f"FROM {data_table(source_id)} WHERE {value} IS NOT NULL AND {value} <> '' "
        "AND row_number BETWEEN ? AND ? ORDER BY row_number",
        (title, int(source_id), int(column_id), created_at, *(rows or (0, 2**62))))
    return cursor.rowcount


def insert_touchpoints(db: Database, rows: Iterable[Sequence[Any]]) -> None:
    """Rows are (source_id, source_row, customer_id, occurred_at, channel, action, outcome, score)."""
    db.executemany("INSERT INTO touchpoints(source_id, source_row, customer_id, occurred_at, "
                   "channel, action, outcome, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def read_rows(db: Database, source_id: int, offset: int, limit: int) -> list[tuple]:
    """A page of a source's rows: (row_number, customer_id, values...) in file order."""
    return [tuple(r) for r in db.query(
        f"SELECT * FROM {data_table(source_id)} ORDER BY row_number LIMIT ? OFFSET ?",
        (limit, offset))]


def read_column(db: Database, source_id: int, position: int) -> list[tuple[int, int | None, Any]]:
    """One column of a source: (row_number, customer_id, value)."""
    return [tuple(r) for r in db.query(
        f"SELECT row_number, customer_id, {column_sql_name(position)} "
        f"FROM {data_table(source_id)} ORDER BY row_number")]


def column_declared_type(db: Database, source_id: int, position: int) -> str:
    """The declared type of a data-table column ("REAL", "NUMERIC" or "TEXT")."""
    wanted = column_sql_name(position)
    for row in db.query(f"PRAGMA table_info({data_table(source_id)})"):
        if row["name"] == wanted:
            return str(row["type"]).upper()
    raise KeyError(wanted)


def set_column_role(db: Database, source_id: int, position: int, role: ColumnRole | str,
                    values: Sequence[tuple[int, Any]] | None = None,
                    measure: str | None = None) -> None:
    """Give a stored column a new role; call inside a transaction.

    ``values`` are (row_number, new value) for the rows whose value changes.
    When the role needs another declared type (REAL for numbers, NUMERIC for
    outcomes, TEXT otherwise) the data table is rebuilt with it, since SQLite
    cannot change a column's type in place and its type decides how values
    are stored (a TEXT column would keep 3.5 as '3.5'). Ignore keeps the
    values and type as they are, so the column can be brought back.
    ``measure`` is the kind and scale of a Measure column ("csat:1-7"); other
    roles store none.
    """
    assert db.in_transaction
    role = ColumnRole(role)
    db.execute("UPDATE source_columns SET role = ?, pii_kind = NULL, measure = ? "
               "WHERE source_id = ? AND position = ?",
               (role.value, measure if role is ColumnRole.MEASURE else None, source_id,
                position))
    if role is ColumnRole.IGNORE:
        return
    wanted = column_sql_type(role)
    if column_declared_type(db, source_id, position) != wanted:
        _retype_column(db, source_id, position, wanted)
    if values:
        db.executemany(f"UPDATE {data_table(source_id)} SET {column_sql_name(position)} = ? "
                       "WHERE row_number = ?", [(value, row) for row, value in values])


def _retype_column(db: Database, source_id: int, position: int, sql_type: str) -> None:
    """Rebuild a source's data table with one column declared ``sql_type`` (order kept)."""
    table = data_table(source_id)
    target = column_sql_name(position)
    declared = [(r["name"], str(r["type"])) for r in db.query(f"PRAGMA table_info({table})")]
    value_columns = [(name, sql_type if name == target else kind) for name, kind in declared
                     if name not in ("row_number", "customer_id")]
    staging = f"{table}_retyped"
    db.execute(f"DROP TABLE IF EXISTS {staging}")
    db.execute(f"CREATE TABLE {staging} (row_number INTEGER PRIMARY KEY, "
               "customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL"
               + "".join(f", {name} {kind}" for name, kind in value_columns) + ")")
    # The changed column is copied too: values the caller does not rewrite keep their
    # value under the new type's affinity (a TEXT '3' becomes 3 in REAL).
    names = ", ".join(["row_number", "customer_id"] + [name for name, _ in value_columns])
    db.execute(f"INSERT INTO {staging}({names}) SELECT {names} FROM {table}")
    db.execute(f"DROP TABLE {table}")
    db.execute(f"ALTER TABLE {staging} RENAME TO {table}")
    index_source(db, source_id)


def delete_source(db: Database, source_id: int) -> None:
    """Remove a source with everything imported from it, in one transaction.

    Customers known only from this source go with it; customers also present
    in other sources, documents or touchpoints stay.
    """
    table = data_table(source_id)
    with db.transaction():
        candidates = {r[0] for r in db.query(
            f"SELECT DISTINCT customer_id FROM {table} WHERE customer_id IS NOT NULL "
            "UNION SELECT DISTINCT customer_id FROM touchpoints WHERE source_id = ? "
            "AND customer_id IS NOT NULL", (source_id,))}
        db.execute("DELETE FROM documents WHERE source_id = ?", (source_id,))
        db.execute("DELETE FROM touchpoints WHERE source_id = ?", (source_id,))
        db.execute(f"DROP TABLE {table}")
        db.execute("DELETE FROM sources WHERE id = ?", (source_id,))
        still_used = set()
        for other in list_sources(db):
            still_used |= {r[0] for r in db.query(
                f"SELECT DISTINCT customer_id FROM {data_table(other.id)} "
                "WHERE customer_id IS NOT NULL")}
        still_used |= {r[0] for r in db.query(
            "SELECT DISTINCT customer_id FROM documents WHERE customer_id IS NOT NULL "
            "UNION SELECT DISTINCT customer_id FROM touchpoints WHERE customer_id IS NOT NULL")}
        db.executemany("DELETE FROM customers WHERE id = ?",
                       [(c,) for c in sorted(candidates - still_used)])
