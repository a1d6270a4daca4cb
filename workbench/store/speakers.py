"""SQL for speakers and turns (schema: ``workbench.store.schema_speakers``).

Also the one SQL condition every analysis uses to read only some speakers'
words: :func:`scope_condition`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from workbench.domain.speakers import Speaker, SpeakerRole, SpeakerScope, Turn
from workbench.store.database import Database


def _speaker(row) -> Speaker:
    return Speaker(id=row["id"], key=row["key"], label=row["label"],
                   role=SpeakerRole(row["role"]), confirmed=bool(row["confirmed"]),
                   guessed_from=row["guessed_from"])


def _turn(row) -> Turn:
    return Turn(id=row["id"], document_id=row["document_id"], position=row["position"],
                speaker_id=row["speaker_id"], start=row["start"], text_start=row["text_start"],
                end=row["end"], timestamp=row["timestamp"])


# --- scope -------------------------------------------------------------------------

def scope_condition(scope: SpeakerScope | str | None, document: str, offset: str) -> str:
    """An SQL condition true when the text at ``offset`` of ``document`` is in scope.

    ``document`` and ``offset`` are SQL expressions (e.g. ``"x.document_id"``,
    ``"x.start"``). Respondents: anything not inside an interviewer's turn (a
    document without turns is all respondent: a survey answer, notes).
    Interviewers: inside an interviewer's turn. All: always true.
    """
    scope = SpeakerScope.parse(scope)
    if scope is SpeakerScope.ALL:
        return "1"
    inside = ("EXISTS (SELECT 1 FROM turns st JOIN speakers sp ON sp.id = st.speaker_id "
              f"WHERE st.document_id = {document} AND sp.role = 'interviewer' "
              f"AND {offset} >= st.start AND {offset} < st.\"end\")")
    return inside if scope is SpeakerScope.INTERVIEWERS else f"NOT {inside}"


# --- speakers ----------------------------------------------------------------------

def list_speakers(db: Database) -> list[Speaker]:
    return [_speaker(r) for r in db.query("SELECT * FROM speakers ORDER BY id")]


def get_speaker(db: Database, speaker_id: int) -> Speaker | None:
    rows = db.query("SELECT * FROM speakers WHERE id = ?", (speaker_id,))
    return _speaker(rows[0]) if rows else None


def speakers_by_key(db: Database) -> dict[str, Speaker]:
    return {s.key: s for s in list_speakers(db)}


def insert_speaker(db: Database, key: str, label: str, role: SpeakerRole, guessed_from: str,
                   created_at: str) -> int:
    cursor = db.execute(
        "INSERT INTO speakers(key, label, role, confirmed, guessed_from, created_at) "
        "VALUES (?, ?, ?, 0, ?, ?)", (key, label, role.value, guessed_from, created_at))
    return int(cursor.lastrowid)


def set_role(db: Database, speaker_id: int, role: SpeakerRole, confirmed: bool,
             guessed_from: str | None = None) -> None:
    if guessed_from is None:
        db.execute("UPDATE speakers SET role = ?, confirmed = ? WHERE id = ?",
                   (role.value, int(confirmed), speaker_id))
    else:
        db.execute("UPDATE speakers SET role = ?, confirmed = ?, guessed_from = ? WHERE id = ?",
                   (role.value, int(confirmed), guessed_from, speaker_id))


def speaker_usage(db: Database) -> dict[int, tuple[int, int, int]]:
    """{speaker id: (documents, turns, spoken characters)}."""
    return {r[0]: (r[1], r[2], r[3] or 0) for r in db.tuples(
        "SELECT speaker_id, count(DISTINCT document_id), count(*), sum(\"end\" - text_start) "
        "FROM turns GROUP BY speaker_id")}


def delete_unused_speakers(db: Database) -> int:
    """Forget unconfirmed speakers no turn refers to any more."""
    return db.execute("DELETE FROM speakers WHERE confirmed = 0 AND NOT EXISTS "
                      "(SELECT 1 FROM turns t WHERE t.speaker_id = speakers.id)").rowcount


# --- turns -------------------------------------------------------------------------

def replace_turns(db: Database, document_id: int,
                  turns: Sequence[tuple[int, int, int, int, str | None]]) -> None:
    """Set a document's turns: (speaker id, start, text_start, end, timestamp) in order."""
    db.execute("DELETE FROM turns WHERE document_id = ?", (document_id,))
    db.executemany(
        'INSERT INTO turns(document_id, position, speaker_id, start, text_start, "end", '
        "timestamp) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(document_id, i, *turn) for i, turn in enumerate(turns)])


def turns_of_document(db: Database, document_id: int) -> list[Turn]:
    return [_turn(r) for r in db.query(
        "SELECT * FROM turns WHERE document_id = ? ORDER BY position", (document_id,))]


def turns_of_speaker(db: Database, speaker_id: int) -> list[Turn]:
    return [_turn(r) for r in db.query(
        "SELECT * FROM turns WHERE speaker_id = ? ORDER BY document_id, position",
        (speaker_id,))]


def get_turns(db: Database, turn_ids: Iterable[int]) -> list[Turn]:
    import json

    return [_turn(r) for r in db.query(
        "SELECT * FROM turns WHERE id IN (SELECT value FROM json_each(?)) "
        "ORDER BY document_id, position", (json.dumps([int(i) for i in turn_ids]),))]


def turn_spans(db: Database, document_ids: Iterable[int] | None = None
               ) -> dict[int, list[tuple[int, int, int, str]]]:
    """{document id: [(text_start, end, speaker id, role)]} for documents with turns."""
    import json

    where, params = "", ()
    if document_ids is not None:
        where = "WHERE t.document_id IN (SELECT value FROM json_each(?))"
        params = (json.dumps([int(i) for i in document_ids]),)
    found: dict[int, list[tuple[int, int, int, str]]] = {}
    for doc, text_start, end, speaker, role in db.tuples(
            'SELECT t.document_id, t.text_start, t."end", t.speaker_id, s.role FROM turns t '
            f"JOIN speakers s ON s.id = t.speaker_id {where} ORDER BY t.document_id, t.position",
            params):
        found.setdefault(doc, []).append((text_start, end, speaker, role))
    return found


# --- documents ---------------------------------------------------------------------

def undetected_documents(db: Database) -> list[int]:
    return [r[0] for r in db.tuples(
        "SELECT id FROM documents WHERE speakers_detected = 0 ORDER BY id")]


def document_bodies(db: Database, document_ids: Sequence[int]):
    """(id, title, body) of these documents, in id order."""
    import json

    return db.tuples("SELECT id, title, body FROM documents WHERE id IN "
                     "(SELECT value FROM json_each(?)) ORDER BY id",
                     (json.dumps([int(i) for i in document_ids]),))


def mark_detected(db: Database, document_id: int, language: str | None) -> None:
    db.execute("UPDATE documents SET speakers_detected = 1, language = ? WHERE id = ?",
               (language, document_id))


def mark_detected_many(db: Database, rows: Sequence[tuple[str | None, int]]) -> None:
    """Mark documents detected: (language or None when not judged yet, document id)."""
    db.executemany("UPDATE documents SET speakers_detected = 1, language = ? WHERE id = ?",
                   rows)


def mark_one_line_detected(db: Database) -> int:
    """Mark never-detected documents of one line detected (two turns need two lines), their
    language left to be judged when themes need it. One statement: a spreadsheet import's
    many short answers cost it almost nothing."""
    return db.execute("UPDATE documents SET speakers_detected = 1 WHERE speakers_detected = 0 "
                      "AND instr(body, char(10)) = 0").rowcount


def set_languages(db: Database, rows: Sequence[tuple[str, int]]) -> None:
    """(language, document id) of documents judged later than their detection."""
    db.executemany("UPDATE documents SET language = ? WHERE id = ?", rows)


def documents_with_turns(db: Database, document_ids: Sequence[int]) -> set[int]:
    import json

    return {r[0] for r in db.tuples(
        "SELECT DISTINCT document_id FROM turns WHERE document_id IN "
        "(SELECT value FROM json_each(?))", (json.dumps([int(i) for i in document_ids]),))}


def document_languages(db: Database) -> dict[int, str | None]:
    return dict(db.tuples("SELECT id, language FROM documents"))


def transcript_by_file_name(db: Database) -> dict[str, list[int]]:
    """{file name folded to lower case: [document ids]} of imported transcript files."""
    found: dict[str, list[int]] = {}
    for name, doc in db.tuples("SELECT file_name, document_id FROM document_files"):
        found.setdefault(name.casefold(), []).append(doc)
    return found
