"""Schema migration: qualitative evidence: code book, codings, quotes, full-text search.

Appended to ``workbench.store.schema.MIGRATIONS``; see that module's rules.

Offsets (``start``, ``end``) are Python string (code point) offsets into
``documents.body``. The full-text index ``documents_fts`` is an FTS5 table over
``documents(title, body)`` kept up to date lazily: bulk imports insert documents
without paying for indexing, and ``fts_state.indexed_up_to`` (the highest
indexed document id) tells the store which rows still need indexing (see
``workbench.store.evidence.index_pending``). Deletes and edits of indexed
documents are mirrored by triggers, so erasing a customer's documents removes
them from search (and their codings and quotes by cascade).
"""

from __future__ import annotations

from workbench.store.migration import Migration

V6_EVIDENCE = Migration(
    "Qualitative evidence: code book, codings, quotes, full-text search",
    [
        """CREATE TABLE codes (
               id         INTEGER PRIMARY KEY,
               parent_id  INTEGER REFERENCES codes(id) ON DELETE CASCADE,
               name       TEXT NOT NULL,
               colour     TEXT NOT NULL,
               memo       TEXT NOT NULL DEFAULT '',
               position   INTEGER NOT NULL DEFAULT 0,
               created_at TEXT NOT NULL
           )""",
        "CREATE INDEX codes_parent ON codes(parent_id, position)",
        """CREATE TABLE codings (
               id          INTEGER PRIMARY KEY,
               document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
               code_id     INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
               start       INTEGER NOT NULL,
               "end"       INTEGER NOT NULL,
               memo        TEXT NOT NULL DEFAULT '',
               created_at  TEXT NOT NULL,
               CHECK (start >= 0 AND "end" > start),
               UNIQUE (document_id, code_id, start, "end")
           )""",
        "CREATE INDEX codings_document ON codings(document_id, start)",
        "CREATE INDEX codings_code ON codings(code_id)",
        # A quote is a passage chosen for personas and journeys: a coding's
        # passage (coding_id set) or any passage of a document.
        """CREATE TABLE quotes (
               id          INTEGER PRIMARY KEY,
               document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
               coding_id   INTEGER REFERENCES codings(id) ON DELETE CASCADE,
               start       INTEGER NOT NULL,
               "end"       INTEGER NOT NULL,
               created_at  TEXT NOT NULL,
               CHECK (start >= 0 AND "end" > start),
               UNIQUE (document_id, start, "end")
           )""",
        "CREATE INDEX quotes_coding ON quotes(coding_id)",
        # Transcripts imported from files (spreadsheet cells keep source_id instead).
        """CREATE TABLE document_files (
               document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
               file_name   TEXT NOT NULL,
               file_path   TEXT NOT NULL,
               file_hash   TEXT NOT NULL,
               kind        TEXT NOT NULL,
               encoding    TEXT,
               imported_at TEXT NOT NULL
           )""",
        "CREATE INDEX document_files_hash ON document_files(file_hash)",
        # Suggested themes the researcher rejected: their top words, so a close
        # suggestion is not proposed again.
        """CREATE TABLE theme_rejections (
               id          INTEGER PRIMARY KEY,
               words       TEXT NOT NULL,
               rejected_at TEXT NOT NULL
           )""",
        """CREATE VIRTUAL TABLE documents_fts USING fts5(
               title, body, content='documents', content_rowid='id',
               tokenize="unicode61 remove_diacritics 2"
           )""",
        """CREATE TABLE fts_state (
               id            INTEGER PRIMARY KEY CHECK (id = 1),
               indexed_up_to INTEGER NOT NULL
           )""",
        "INSERT INTO documents_fts(rowid, title, body) SELECT id, title, body FROM documents",
        "INSERT INTO fts_state(id, indexed_up_to) SELECT 1, coalesce(max(id), 0) FROM documents",
        # Only indexed rows (id <= indexed_up_to) have index entries to remove.
        """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents
           WHEN old.id <= (SELECT indexed_up_to FROM fts_state WHERE id = 1)
           BEGIN
               INSERT INTO documents_fts(documents_fts, rowid, title, body)
                   VALUES ('delete', old.id, old.title, old.body);
               -- SQLite may give the next new document this id again: lower the
               -- watermark to the highest remaining id so that row gets indexed.
               UPDATE fts_state SET indexed_up_to = (
                   SELECT coalesce(max(id), 0) FROM documents WHERE id <= old.id)
                   WHERE id = 1 AND indexed_up_to = old.id;
           END""",
        """CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, body ON documents
           WHEN old.id <= (SELECT indexed_up_to FROM fts_state WHERE id = 1)
           BEGIN
               INSERT INTO documents_fts(documents_fts, rowid, title, body)
                   VALUES ('delete', old.id, old.title, old.body);
               INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
           END""",
    ],
)
