"""Qualitative evidence in the project file: code book, codings, quotes, full-text index.

SQL only; the rules (validation, what a merge or delete does, undo records)
live in :mod:`workbench.services.evidence`. Offsets are code points, which is
also how SQLite's ``substr`` and ``length`` count characters in text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from workbench.domain.evidence import Code, Coding, Document, Quote
from workbench.domain.speakers import SpeakerScope
from workbench.store.database import Database
from workbench.store.sources import column_sql_name, data_table
from workbench.store.speakers import scope_condition

#: Whose words a count or a listing reads (``workbench.domain.speakers.SpeakerScope``);
#: a coding or a quote counts by its start offset (see ``scope_condition``).
Scope = SpeakerScope | str

#: Columns every passage or document listing reads to say where the text came from.
ORIGIN_COLUMNS = ("f.file_name AS doc_file, s.file_name AS src_file, s.sheet AS src_sheet, "
                  "d.source_row AS src_row, cu.label AS customer_label")
ORIGIN_JOINS = ("LEFT JOIN document_files f ON f.document_id = d.id "
                "LEFT JOIN sources s ON s.id = d.source_id "
                "LEFT JOIN customers cu ON cu.id = d.customer_id")


def _code(row) -> Code:
    return Code(id=row["id"], name=row["name"], colour=row["colour"], parent_id=row["parent_id"],
                memo=row["memo"], position=row["position"], created_at=row["created_at"])


def _coding(row) -> Coding:
    return Coding(id=row["id"], document_id=row["document_id"], code_id=row["code_id"],
                  start=row["start"], end=row["end"], memo=row["memo"],
                  created_at=row["created_at"])


def _quote(row) -> Quote:
    return Quote(id=row["id"], document_id=row["document_id"], start=row["start"], end=row["end"],
                 coding_id=row["coding_id"], created_at=row["created_at"])


def _ids(values: Iterable[int]) -> str:
    """A JSON array for ``IN (SELECT value FROM json_each(?))``: any number of ids, one parameter."""
    return json.dumps([int(v) for v in values])


# --- documents ---------------------------------------------------------------------

def get_document(db: Database, document_id: int) -> Document | None:
    rows = db.query("SELECT * FROM documents WHERE id = ?", (document_id,))
    if not rows:
        return None
    r = rows[0]
    return Document(id=r["id"], title=r["title"], body=r["body"], customer_id=r["customer_id"],
                    source_id=r["source_id"], source_row=r["source_row"], column_id=r["column_id"],
                    created_at=r["created_at"])


def document_origin(db: Database, document_id: int):
    rows = db.query(f"SELECT {ORIGIN_COLUMNS} FROM documents d {ORIGIN_JOINS} WHERE d.id = ?",
                    (document_id,))
    return rows[0] if rows else None


def body_length(db: Database, document_id: int) -> int | None:
    return db.scalar("SELECT length(body) FROM documents WHERE id = ?", (document_id,))


def list_documents(db: Database, *, customer_id: int | None = None, source_id: int | None = None,
                   column_id: int | None = None, transcripts_only: bool = False):
    where, params = [], []
    if customer_id is not None:
        where.append("d.customer_id = ?")
        params.append(customer_id)
    if source_id is not None:
        where.append("d.source_id = ?")
        params.append(source_id)
    if column_id is not None:
        where.append("d.column_id = ?")
        params.append(column_id)
    if transcripts_only:
        where.append("f.document_id IS NOT NULL")
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    return db.query(
        f"SELECT d.id, d.title, d.customer_id, length(d.body) AS length, {ORIGIN_COLUMNS}, "
        "(SELECT count(*) FROM codings c WHERE c.document_id = d.id) AS codings "
        f"FROM documents d {ORIGIN_JOINS} {clause} ORDER BY d.id", params)


def insert_transcript(db: Database, *, title: str, body: str, customer_id: int | None,
                      file_name: str, file_path: str, file_hash: str, kind: str,
                      encoding: str | None, created_at: str) -> int:
    assert db.in_transaction
    cursor = db.execute("INSERT INTO documents(title, body, customer_id, created_at) "
                        "VALUES (?, ?, ?, ?)", (title, body, customer_id, created_at))
    document_id = int(cursor.lastrowid)
    db.execute("INSERT INTO document_files(document_id, file_name, file_path, file_hash, kind, "
               "encoding, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
               (document_id, file_name, file_path, file_hash, kind, encoding, created_at))
    return document_id


def transcript_with_hash(db: Database, file_hash: str):
    rows = db.query("SELECT document_id, file_name, imported_at FROM document_files "
                    "WHERE file_hash = ? ORDER BY document_id LIMIT 1", (file_hash,))
    return rows[0] if rows else None


def set_document_customer(db: Database, document_id: int, customer_id: int | None) -> None:
    db.execute("UPDATE documents SET customer_id = ? WHERE id = ?", (customer_id, document_id))


def delete_document(db: Database, document_id: int) -> None:
    db.execute("DELETE FROM documents WHERE id = ?", (document_id,))


def customer_exists(db: Database, customer_id: int) -> bool:
    return db.scalar("SELECT 1 FROM customers WHERE id = ?", (customer_id,)) is not None


# --- code book ---------------------------------------------------------------------

def list_codes(db: Database) -> list[Code]:
    return [_code(r) for r in db.query("SELECT * FROM codes ORDER BY position, id")]


def get_code(db: Database, code_id: int) -> Code | None:
    rows = db.query("SELECT * FROM codes WHERE id = ?", (code_id,))
    return _code(rows[0]) if rows else None


def codes_named(db: Database, name: str) -> list[Code]:
    return [_code(r) for r in db.query(
        "SELECT * FROM codes WHERE lower(name) = lower(?) ORDER BY id", (name,))]


def sibling_named(db: Database, parent_id: int | None, name: str, exclude: int | None = None
                  ) -> Code | None:
    rows = db.query("SELECT * FROM codes WHERE parent_id IS ? AND lower(name) = lower(?) "
                    "AND id IS NOT ?", (parent_id, name, exclude))
    return _code(rows[0]) if rows else None


def children(db: Database, parent_id: int | None) -> list[Code]:
    return [_code(r) for r in db.query(
        "SELECT * FROM codes WHERE parent_id IS ? ORDER BY position, id", (parent_id,))]


def descendants(db: Database, code_id: int) -> list[int]:
    """Ids of the code's children, grandchildren... (not the code itself)."""
    return [r[0] for r in db.query(
        "WITH RECURSIVE sub(id) AS (SELECT id FROM codes WHERE parent_id = ? "
        "UNION SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub",
        (code_id,))]


def insert_code(db: Database, code: Code) -> int:
    """Insert a code; ``code.id`` 0 lets SQLite choose, any other id restores that row."""
    cursor = db.execute(
        "INSERT INTO codes(id, parent_id, name, colour, memo, position, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (code.id or None, code.parent_id, code.name, code.colour, code.memo, code.position,
         code.created_at))
    return int(cursor.lastrowid)


def update_code(db: Database, code_id: int, **changes: Any) -> None:
    allowed = {"name", "colour", "memo", "parent_id", "position"}
    assert set(changes) <= allowed, changes
    sets = ", ".join(f"{k} = ?" for k in changes)
    db.execute(f"UPDATE codes SET {sets} WHERE id = ?", (*changes.values(), code_id))


def delete_codes(db: Database, code_ids: Sequence[int]) -> None:
    db.execute("DELETE FROM codes WHERE id IN (SELECT value FROM json_each(?))", (_ids(code_ids),))


def code_usage(db: Database, speakers: Scope = SpeakerScope.ALL) -> dict[int, tuple[int, int]]:
    """code id -> (codings, documents), counting codings that start in ``speakers``' words."""
    scope = scope_condition(speakers, "x.document_id", "x.start")
    return {r[0]: (r[1], r[2]) for r in db.query(
        "SELECT x.code_id, count(*), count(DISTINCT x.document_id) FROM codings x "
        f"WHERE {scope} GROUP BY x.code_id")}


# --- codings -----------------------------------------------------------------------

def insert_coding(db: Database, coding: Coding) -> int | None:
    """Insert a coding (``id`` 0 = new); None when the same code already covers that passage."""
    row = db.execute(
        'INSERT INTO codings(id, document_id, code_id, start, "end", memo, created_at) '
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
        (coding.id or None, coding.document_id, coding.code_id, coding.start, coding.end,
         coding.memo, coding.created_at)).fetchone()
    return None if row is None else int(row[0])


def get_codings(db: Database, coding_ids: Iterable[int]) -> list[Coding]:
    return [_coding(r) for r in db.query(
        "SELECT * FROM codings WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (_ids(coding_ids),))]


def find_coding(db: Database, document_id: int, code_id: int, start: int, end: int
                ) -> Coding | None:
    rows = db.query('SELECT * FROM codings WHERE document_id = ? AND code_id = ? AND start = ? '
                    'AND "end" = ?', (document_id, code_id, start, end))
    return _coding(rows[0]) if rows else None


def codings_of_document(db: Database, document_id: int) -> list[Coding]:
    return [_coding(r) for r in db.query(
        'SELECT * FROM codings WHERE document_id = ? ORDER BY start, "end", id', (document_id,))]


def codings_of_codes(db: Database, code_ids: Iterable[int]) -> list[Coding]:
    return [_coding(r) for r in db.query(
        "SELECT * FROM codings WHERE code_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (_ids(code_ids),))]


def delete_codings(db: Database, coding_ids: Iterable[int]) -> None:
    db.execute("DELETE FROM codings WHERE id IN (SELECT value FROM json_each(?))",
               (_ids(coding_ids),))


def set_coding_code(db: Database, coding_id: int, code_id: int) -> None:
    db.execute("UPDATE codings SET code_id = ? WHERE id = ?", (code_id, coding_id))


def set_coding_memo(db: Database, coding_id: int, memo: str) -> None:
    db.execute("UPDATE codings SET memo = ? WHERE id = ?", (memo, coding_id))


#: A document's voice in queries over ``documents d`` (see workbench.store.schema_voc).
_VOICE = "coalesce(d.voice, (SELECT s.voice FROM sources s WHERE s.id = d.source_id), 'customer')"


def coding_facts(db: Database, voice: str | None = None,
                 speakers: Scope = SpeakerScope.RESPONDENTS
                 ) -> list[tuple[int, int, int, int | None]]:
    """(coding id, code id, document id, customer id) of every coding that starts in
    ``speakers``' words (respondents by default), in documents of ``voice`` ("customer"
    or "frontline") when given."""
    where = [scope_condition(speakers, "c.document_id", "c.start")]
    if voice is not None:
        where.append(f"{_VOICE} = ?")
    return [tuple(r) for r in db.query(
        "SELECT c.id, c.code_id, c.document_id, d.customer_id FROM codings c "
        "JOIN documents d ON d.id = c.document_id WHERE " + " AND ".join(where),
        (voice,) if voice is not None else ())]


def code_usage_by_voice(db: Database, speakers: Scope = SpeakerScope.ALL
                        ) -> dict[int, dict[str, tuple[int, int]]]:
    """code id -> voice -> (codings, documents): customer and front-line kept apart
    (codings that start in ``speakers``' words)."""
    found: dict[int, dict[str, tuple[int, int]]] = {}
    scope = scope_condition(speakers, "c.document_id", "c.start")
    for code_id, voice, codings, documents in db.query(
            f"SELECT c.code_id, {_VOICE} AS voice, count(*), count(DISTINCT c.document_id) "
            f"FROM codings c JOIN documents d ON d.id = c.document_id WHERE {scope} "
            "GROUP BY 1, 2"):
        found.setdefault(code_id, {})[voice] = (codings, documents)
    return found


# --- quotes -----------------------------------------------------------------------

def insert_quote(db: Database, quote: Quote) -> int:
    cursor = db.execute(
        'INSERT INTO quotes(id, document_id, coding_id, start, "end", created_at) '
        "VALUES (?, ?, ?, ?, ?, ?)",
        (quote.id or None, quote.document_id, quote.coding_id, quote.start, quote.end,
         quote.created_at))
    return int(cursor.lastrowid)


def get_quote(db: Database, quote_id: int) -> Quote | None:
    rows = db.query("SELECT * FROM quotes WHERE id = ?", (quote_id,))
    return _quote(rows[0]) if rows else None


def quote_at(db: Database, document_id: int, start: int, end: int) -> Quote | None:
    rows = db.query('SELECT * FROM quotes WHERE document_id = ? AND start = ? AND "end" = ?',
                    (document_id, start, end))
    return _quote(rows[0]) if rows else None


def quotes_of_codings(db: Database, coding_ids: Iterable[int]) -> list[Quote]:
    return [_quote(r) for r in db.query(
        "SELECT * FROM quotes WHERE coding_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (_ids(coding_ids),))]


def quotes_of_document(db: Database, document_id: int) -> list[Quote]:
    return [_quote(r) for r in db.query(
        "SELECT * FROM quotes WHERE document_id = ? ORDER BY start, id", (document_id,))]


def set_quote_coding(db: Database, quote_id: int, coding_id: int | None) -> None:
    db.execute("UPDATE quotes SET coding_id = ? WHERE id = ?", (coding_id, quote_id))


def delete_quote(db: Database, quote_id: int) -> None:
    db.execute("DELETE FROM quotes WHERE id = ?", (quote_id,))


# --- passages (coded passages and quotes, with their text and origin) -----------------

_PASSAGE_SELECT = (
    "SELECT {kind} AS kind, d.id AS document_id, x.start, x.\"end\", "
    "substr(d.body, x.start + 1, x.\"end\" - x.start) AS text, d.title, d.customer_id, "
    f"{ORIGIN_COLUMNS}, "
    "{code_id} AS code_id, k.name AS code_name, {coding_id} AS coding_id, {quote_id} AS quote_id, "
    "{created} AS created_at, "
    # whose voice: the document's own, else its source's, else the customer's
    "coalesce(d.voice, s.voice, 'customer') AS voice "
)


def coded_passages(db: Database, *, code_ids: Iterable[int] | None = None,
                   document_id: int | None = None, customer_ids: Iterable[int] | None = None,
                   limit: int | None = None, speakers: Scope = SpeakerScope.ALL):
    """Codings with text, code and origin (and the quote marking them, if any); only
    those starting in ``speakers``' words (all by default)."""
    where, params = [], []
    if SpeakerScope.parse(speakers) is not SpeakerScope.ALL:
        where.append(scope_condition(speakers, "x.document_id", "x.start"))
    if code_ids is not None:
        where.append("x.code_id IN (SELECT value FROM json_each(?))")
        params.append(_ids(code_ids))
    if document_id is not None:
        where.append("x.document_id = ?")
        params.append(document_id)
    if customer_ids is not None:
        where.append("d.customer_id IN (SELECT value FROM json_each(?))")
        params.append(_ids(customer_ids))
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    select = _PASSAGE_SELECT.format(kind="'coding'", code_id="x.code_id", coding_id="x.id",
                                    quote_id="q.id", created="x.created_at")
    sql = (f"{select} FROM codings x JOIN documents d ON d.id = x.document_id "
           "JOIN codes k ON k.id = x.code_id "
           f"LEFT JOIN quotes q ON q.coding_id = x.id {ORIGIN_JOINS} {clause} "
           "ORDER BY x.document_id, x.start, x.id")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return db.query(sql, params)


def quote_passages(db: Database, *, customer_ids: Iterable[int] | None = None,
                   code_id: int | None = None, limit: int | None = None,
                   speakers: Scope = SpeakerScope.ALL):
    """Passages marked as quotes, with their code (when the quote is a coding); only those
    starting in ``speakers``' words (all by default)."""
    where, params = [], []
    if SpeakerScope.parse(speakers) is not SpeakerScope.ALL:
        where.append(scope_condition(speakers, "x.document_id", "x.start"))
    if customer_ids is not None:
        where.append("d.customer_id IN (SELECT value FROM json_each(?))")
        params.append(_ids(customer_ids))
    if code_id is not None:
        where.append("c.code_id = ?")
        params.append(code_id)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    select = _PASSAGE_SELECT.format(kind="'quote'", code_id="c.code_id", coding_id="x.coding_id",
                                    quote_id="x.id", created="x.created_at")
    sql = (f"{select} FROM quotes x JOIN documents d ON d.id = x.document_id "
           "LEFT JOIN codings c ON c.id = x.coding_id LEFT JOIN codes k ON k.id = c.code_id "
           f"{ORIGIN_JOINS} {clause} ORDER BY x.id")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return db.query(sql, params)


# --- full-text index ----------------------------------------------------------------

def indexed_up_to(db: Database) -> int:
    return int(db.scalar("SELECT indexed_up_to FROM fts_state WHERE id = 1") or 0)


def pending_range(db: Database) -> tuple[int, int, int]:
    """(watermark, highest document id, documents not yet indexed)."""
    mark = indexed_up_to(db)
    row = db.query("SELECT coalesce(max(id), 0), count(*) FROM documents WHERE id > ?", (mark,))[0]
    return mark, max(mark, int(row[0])), int(row[1])


def index_range(db: Database, after: int, up_to: int) -> None:
    """Index documents with ids in (after, up_to] and move the watermark to up_to."""
    assert db.in_transaction
    db.execute("INSERT INTO documents_fts(rowid, title, body) SELECT id, title, body "
               "FROM documents WHERE id > ? AND id <= ? ORDER BY id", (after, up_to))
    db.execute("UPDATE fts_state SET indexed_up_to = ? WHERE id = 1", (up_to,))


def search(db: Database, fts_query: str, limit: int, open_mark: str, close_mark: str,
           offset: int = 0):
    """Documents matching an FTS5 query, best first, with the body's matches marked
    (``offset`` skips that many of the best, to read the results page by page).

    Raises ValueError with SQLite's message when the query is not valid FTS5.
    """
    try:
        return _search(db, fts_query, limit, open_mark, close_mark, offset)
    except sqlite3.OperationalError as error:
        raise ValueError(str(error)) from None


def _search(db: Database, fts_query: str, limit: int, open_mark: str, close_mark: str,
            offset: int):
    return db.query(
        "SELECT d.id, d.title, d.customer_id, "
        "highlight(documents_fts, 1, ?, ?) AS marked, "
        f"{ORIGIN_COLUMNS} FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
        f"{ORIGIN_JOINS} WHERE documents_fts MATCH ? ORDER BY rank, d.id LIMIT ? OFFSET ?",
        (open_mark, close_mark, fts_query, int(limit), int(offset)))


# --- survey grid ---------------------------------------------------------------------

def free_text_columns(db: Database):
    return db.query(
        "SELECT c.id, c.source_id, c.position, c.name, c.label, s.file_name, s.sheet, "
        "(SELECT count(*) FROM documents d WHERE d.column_id = c.id) AS answers "
        "FROM source_columns c JOIN sources s ON s.id = c.source_id "
        "WHERE c.role = 'free_text' ORDER BY c.source_id, c.position")


def respondent_columns(db: Database, source_id: int, exclude_column: int):
    """The source's columns shown next to an answer: not PII, not other free text."""
    return db.query(
        "SELECT id, position, name, label FROM source_columns WHERE source_id = ? AND id != ? "
        "AND role NOT IN ('pii', 'free_text', 'ignore') ORDER BY position",
        (source_id, exclude_column))


def survey_rows(db: Database, column_id: int, source_id: int, positions: Sequence[int]):
    values = "".join(f", t.{column_sql_name(p)}" for p in positions)
    return db.query(
        f"SELECT d.id, d.customer_id, cu.label AS customer_label, d.source_row, d.body{values}, "
        "(SELECT group_concat(DISTINCT c.code_id) FROM codings c WHERE c.document_id = d.id) "
        f"AS code_ids FROM documents d LEFT JOIN {data_table(source_id)} t "
        "ON t.row_number = d.source_row LEFT JOIN customers cu ON cu.id = d.customer_id "
        "WHERE d.column_id = ? ORDER BY d.source_row, d.id", (column_id,))


# --- themes --------------------------------------------------------------------------

def document_texts(db: Database, *, column_id: int | None = None, source_id: int | None = None,
                   voice: str | None = None) -> Iterator[tuple[int, str]]:
    where, params = [], []
    if voice is not None:
        where.append(f"{_VOICE} = ?")
        params.append(voice)
    if column_id is not None:
        where.append("d.column_id = ?")
        params.append(column_id)
    if source_id is not None:
        where.append("d.source_id = ?")
        params.append(source_id)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    for row in db.execute(f"SELECT d.id, d.body FROM documents d {clause} ORDER BY d.id", params):
        yield int(row[0]), row[1]


def rejected_themes(db: Database) -> list[tuple[int, list[str]]]:
    return [(r[0], json.loads(r[1])) for r in db.query(
        "SELECT id, words FROM theme_rejections ORDER BY id")]


def insert_rejection(db: Database, words: Sequence[str], rejected_at: str,
                     rejection_id: int | None = None) -> int:
    cursor = db.execute("INSERT INTO theme_rejections(id, words, rejected_at) VALUES (?, ?, ?)",
                        (rejection_id, json.dumps(list(words), ensure_ascii=False), rejected_at))
    return int(cursor.lastrowid)


def delete_rejection(db: Database, rejection_id: int) -> None:
    db.execute("DELETE FROM theme_rejections WHERE id = ?", (rejection_id,))


def coding_counts_by_customer(db: Database, speakers: Scope = SpeakerScope.RESPONDENTS
                              ) -> list[tuple[int, int, int]]:
    """(customer id, code id, codings) for every customer with coded documents, counting
    codings that start in ``speakers``' words (respondents by default: an interviewer's
    question in a customer's transcript is not what the customer said)."""
    scope = scope_condition(speakers, "x.document_id", "x.start")
    return db.conn.execute(
        "SELECT d.customer_id, x.code_id, COUNT(*) FROM codings x "
        "JOIN documents d ON d.id = x.document_id WHERE d.customer_id IS NOT NULL "
        f"AND {scope} GROUP BY d.customer_id, x.code_id").fetchall()


def customers_with_documents(db: Database) -> list[int]:
    """Customers with at least one evidence document (coded or not)."""
    return [r[0] for r in db.conn.execute(
        "SELECT DISTINCT customer_id FROM documents WHERE customer_id IS NOT NULL")]


# --- speakers' turns, as the scope of counts and quotes sees them ------------------------

def interviewer_turns(db: Database, document_ids: Iterable[int]) -> dict[int, list[tuple[int, int]]]:
    """{document id: [(start, end)]} of interviewers' turns (label included), by start.

    The same stretches :func:`workbench.store.speakers.scope_condition` treats as an
    interviewer's: an offset inside one is an interviewer's, any other a respondent's.
    """
    found: dict[int, list[tuple[int, int]]] = {}
    for document_id, start, end in db.tuples(
            'SELECT t.document_id, t.start, t."end" FROM turns t '
            "JOIN speakers s ON s.id = t.speaker_id WHERE s.role = 'interviewer' "
            "AND t.document_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY t.document_id, t.start", (_ids(set(document_ids)),)):
        found.setdefault(document_id, []).append((start, end))
    return found


# --- transcripts and customers ----------------------------------------------------------

def customer_labels(db: Database) -> list[tuple[int, str]]:
    """(id, label) of every customer, by id."""
    return db.tuples("SELECT id, label FROM customers ORDER BY id")


def document_customers(db: Database, document_ids: Iterable[int]) -> dict[int, int | None]:
    """{document id: customer id or None} of these documents (missing ones left out)."""
    return dict(db.tuples("SELECT id, customer_id FROM documents WHERE id IN "
                          "(SELECT value FROM json_each(?))", (_ids(set(document_ids)),)))


def set_documents_customers(db: Database, pairs: Iterable[tuple[int, int | None]]) -> None:
    """Set the customer of many documents: (document id, customer id or None)."""
    db.executemany("UPDATE documents SET customer_id = ? WHERE id = ?",
                   [(customer, document) for document, customer in pairs])
