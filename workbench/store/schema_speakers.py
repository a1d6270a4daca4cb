"""Schema migration: interviews as conversations: speakers and their turns.

Registered in ``workbench.store.schema.MIGRATIONS``; see that module's rules.

- ``speakers``: one row per speaker key of the project (the label folded, see
  :mod:`workbench.domain.speakers`), with its role ('interviewer' or
  'respondent'), whether the researcher confirmed it, and how it was guessed.
- ``turns``: the turns of each document, in order: speaker, the turn's span
  (``start``..``end``, code points into ``documents.body``) and where the
  spoken words start (``text_start``, after the label). Replaced whenever the
  document's speakers are detected again; codings point into the body, not
  into turns, so they never move.
- ``documents.language``: the language detected for the document ('en', 'it',
  'fr'…, or 'und' when there is too little text to tell), and
  ``documents.speakers_detected``: 1 once turns were looked for (documents
  imported before this version are detected when first needed).
"""

from __future__ import annotations

from workbench.store.migration import Migration

V12_SPEAKERS = Migration(
    "Interviews as conversations: speakers, their roles and the turns they take",
    [
        """CREATE TABLE speakers (
               id           INTEGER PRIMARY KEY,
               key          TEXT NOT NULL UNIQUE,
               label        TEXT NOT NULL,
               role         TEXT NOT NULL CHECK (role IN ('interviewer', 'respondent')),
               confirmed    INTEGER NOT NULL DEFAULT 0,
               guessed_from TEXT NOT NULL DEFAULT 'default',
               created_at   TEXT NOT NULL
           )""",
        """CREATE TABLE turns (
               id          INTEGER PRIMARY KEY,
               document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
               position    INTEGER NOT NULL,
               speaker_id  INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
               start       INTEGER NOT NULL,
               text_start  INTEGER NOT NULL,
               "end"       INTEGER NOT NULL,
               timestamp   TEXT,
               CHECK (start >= 0 AND text_start >= start AND "end" >= text_start),
               UNIQUE (document_id, position)
           )""",
        "CREATE INDEX turns_document ON turns(document_id, start)",
        "CREATE INDEX turns_speaker ON turns(speaker_id)",
        "ALTER TABLE documents ADD COLUMN language TEXT",
        "ALTER TABLE documents ADD COLUMN speakers_detected INTEGER NOT NULL DEFAULT 0",
    ],
)
