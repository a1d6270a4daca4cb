"""Voice of the customer in the project file: measure columns, their answers, whose voice.

SQL only; the rules (grouping, bands, drivers) live in
:mod:`workbench.services.voc` and :mod:`workbench.analysis.voc`. A document's
voice is its own (``documents.voice``), else its source's (``sources.voice``),
else the customer's: :data:`DOCUMENT_VOICE` says so in SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from workbench.store.database import Database
from workbench.store.sources import column_sql_name, data_table

#: A document's effective voice, for queries joining ``documents d`` and ``sources s``.
DOCUMENT_VOICE = "coalesce(d.voice, s.voice, 'customer')"


def measure_columns(db: Database) -> list[dict[str, Any]]:
    """Every column with the measure role: id, source, position, name, label, measure, voice,
    file name and sheet, the source's kind, and how many rows hold an answer."""
    rows = db.query(
        "SELECT c.id, c.source_id, c.position, c.name, c.label, c.measure, s.voice, "
        "s.file_name, s.sheet, s.kind FROM source_columns c JOIN sources s ON s.id = c.source_id "
        "WHERE c.role = 'measure' ORDER BY c.source_id, c.position")
    found = []
    for row in rows:
        item = dict(row)
        item["answers"] = int(db.scalar(
            f"SELECT count({column_sql_name(row['position'])}) FROM {data_table(row['source_id'])}")
            or 0)
        found.append(item)
    return found


def column_values(db: Database, source_id: int, position: int) -> list[tuple[int, int | None, Any]]:
    """(row_number, customer_id, value) of one column, in row order."""
    return db.tuples(
        f"SELECT row_number, customer_id, {column_sql_name(position)} "
        f"FROM {data_table(source_id)} ORDER BY row_number")


def answers_chunks(db: Database, source_id: int, positions: list[int], size: int = 100_000):
    """(customer id or -1, value per column) of the rows where any of these columns holds a
    value, in row order, ``size`` rows at a time: one scan of the (wide) source table for
    all of its measure columns."""
    columns = [column_sql_name(position) for position in positions]
    return db.blocks(f"SELECT coalesce(customer_id, -1), {', '.join(columns)} "
                     f"FROM {data_table(source_id)} WHERE "
                     f"{' OR '.join(f'{c} IS NOT NULL' for c in columns)} ORDER BY row_number",
                     size=size)


def columns_with_role(db: Database, source_id: int, role: str) -> list[int]:
    """Positions of a source's columns with ``role``, in file order."""
    return [r[0] for r in db.query(
        "SELECT position FROM source_columns WHERE source_id = ? AND role = ? ORDER BY position",
        (source_id, role))]


def row_touchpoints(db: Database, source_id: int) -> list[tuple[int, int | None, str | None,
                                                                str | None, str | None]]:
    """(source_row, customer_id, occurred_at, channel, action) of a source's touchpoints."""
    return db.tuples(
        "SELECT source_row, customer_id, occurred_at, channel, action FROM touchpoints "
        "WHERE source_id = ? ORDER BY source_row", (source_id,))


def source_voice(db: Database, source_id: int) -> str | None:
    """A source's voice, or None when there is no such source."""
    return db.scalar("SELECT voice FROM sources WHERE id = ?", (source_id,))


def source_voices(db: Database) -> dict[int, str]:
    """Every source's voice by source id."""
    return {int(r[0]): str(r[1]) for r in db.tuples("SELECT id, voice FROM sources")}


def set_source_voice(db: Database, source_id: int, voice: str) -> None:
    db.execute("UPDATE sources SET voice = ? WHERE id = ?", (voice, source_id))


def document_voices(db: Database, document_id: int) -> tuple[str | None, str] | None:
    """(the document's own voice or None, its effective voice), or None when it does not exist."""
    rows = db.query(f"SELECT d.voice, {DOCUMENT_VOICE} AS effective FROM documents d "
                    "LEFT JOIN sources s ON s.id = d.source_id WHERE d.id = ?", (document_id,))
    return (rows[0][0], rows[0][1]) if rows else None


def set_document_voice(db: Database, document_id: int, voice: str | None) -> None:
    db.execute("UPDATE documents SET voice = ? WHERE id = ?", (voice, document_id))


def documents(db: Database, voices: Iterable[str] | None = None
              ) -> list[tuple[int, int | None, int | None, int | None, str, str]]:
    """(id, customer_id, source_id, source_row, voice, body) of every document (of ``voices``)."""
    sql = (f"SELECT d.id, d.customer_id, d.source_id, d.source_row, {DOCUMENT_VOICE}, d.body "
           "FROM documents d LEFT JOIN sources s ON s.id = d.source_id")
    params: list = []
    if voices is not None:
        voices = list(voices)
        sql += f" WHERE {DOCUMENT_VOICE} IN ({', '.join('?' * len(voices))})"
        params = voices
    return db.tuples(sql + " ORDER BY d.id", params)


def codings(db: Database, speakers: str = "all") -> list[tuple[int, int, int, int]]:
    """(document_id, code_id, start, end) of every coding, by document and position (only
    those starting in the words of ``speakers``, see store.speakers.scope_condition)."""
    from workbench.store.speakers import scope_condition

    condition = scope_condition(speakers, "x.document_id", "x.start")
    return db.tuples('SELECT x.document_id, x.code_id, x.start, x."end" FROM codings x '
                     f"WHERE {condition} ORDER BY x.document_id, x.start, x.id")


def customer_labels(db: Database, customer_ids: Iterable[int]) -> dict[int, str]:
    import json

    ids = json.dumps(sorted({int(c) for c in customer_ids}))
    return {r[0]: r[1] for r in db.tuples(
        "SELECT id, label FROM customers WHERE id IN (SELECT value FROM json_each(?))", (ids,))}


def document_exists(db: Database, document_id: int) -> bool:
    return db.scalar("SELECT 1 FROM documents WHERE id = ?", (document_id,)) is not None
