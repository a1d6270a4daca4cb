"""Schema migration: journey maps: stages, lanes, cards, emotion, action mapping, templates.

Appended to ``workbench.store.schema.MIGRATIONS``; see that module's rules.

No journey table holds a customer id or any personal data: observed figures
are cached as aggregates (``journeys.observed``) and the members behind a
friction point are computed on demand, so erasing a customer leaves nothing
behind here.
"""

from __future__ import annotations

from workbench.store.migration import Migration

V7_JOURNEYS = Migration(
    "Journey maps: stages, lanes, cards, emotion, action mapping, templates",
    [
        "ALTER TABLE journeys ADD COLUMN template TEXT NOT NULL DEFAULT 'problem'",
        "ALTER TABLE journeys ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''",
        # The observed journey's aggregate figures (JSON, no customer ids) and when computed.
        "ALTER TABLE journeys ADD COLUMN observed TEXT",
        "ALTER TABLE journeys ADD COLUMN observed_at TEXT",
        # Keys of proposed friction cards the researcher removed: not proposed again.
        "ALTER TABLE journeys ADD COLUMN dismissed TEXT NOT NULL DEFAULT '[]'",
        "CREATE INDEX journeys_persona ON journeys(persona_id)",
        # key: the template stage it came from ('problem_discovery', ...), kept on rename so
        # imported stage labels still match; NULL for stages the researcher added.
        """CREATE TABLE journey_stages (
               id         INTEGER PRIMARY KEY,
               journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
               position   INTEGER NOT NULL,
               name       TEXT NOT NULL,
               key        TEXT
           )""",
        "CREATE INDEX journey_stages_journey ON journey_stages(journey_id, position)",
        # kind: actions, touchpoints, thoughts, emotion, pain_points, opportunities, team, text
        """CREATE TABLE journey_lanes (
               id         INTEGER PRIMARY KEY,
               journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
               position   INTEGER NOT NULL,
               kind       TEXT NOT NULL,
               name       TEXT NOT NULL,
               hidden     INTEGER NOT NULL DEFAULT 0
           )""",
        "CREATE INDEX journey_lanes_journey ON journey_lanes(journey_id, position)",
        # A cell (lane × stage) holds several cards. origin 'observed' cards were proposed
        # from the data (figures: their numbers and the friction key); edited = 1 once the
        # researcher changed the text. Evidence: a passage of a document.
        """CREATE TABLE journey_cards (
               id          INTEGER PRIMARY KEY,
               journey_id  INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
               lane_id     INTEGER NOT NULL REFERENCES journey_lanes(id) ON DELETE CASCADE,
               stage_id    INTEGER NOT NULL REFERENCES journey_stages(id) ON DELETE CASCADE,
               position    INTEGER NOT NULL,
               text        TEXT NOT NULL,
               origin      TEXT NOT NULL DEFAULT 'designed',
               figures     TEXT,
               edited      INTEGER NOT NULL DEFAULT 0,
               document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
               passage_start INTEGER,
               passage_end   INTEGER
           )""",
        "CREATE INDEX journey_cards_cell ON journey_cards(lane_id, stage_id, position)",
        "CREATE INDEX journey_cards_stage ON journey_cards(stage_id)",
        "CREATE INDEX journey_cards_document ON journey_cards(document_id)",
        # Evidence-based emotion (−2..+2, with its n) and the researcher's override.
        """CREATE TABLE journey_emotions (
               stage_id   INTEGER PRIMARY KEY REFERENCES journey_stages(id) ON DELETE CASCADE,
               journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
               observed   REAL,
               observed_n INTEGER NOT NULL DEFAULT 0,
               override   REAL
           )""",
        "CREATE INDEX journey_emotions_journey ON journey_emotions(journey_id)",
        # Which stage an event's action belongs to when its source has no stage column.
        """CREATE TABLE journey_action_stages (
               journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
               action     TEXT NOT NULL,
               stage_id   INTEGER REFERENCES journey_stages(id) ON DELETE CASCADE,
               PRIMARY KEY (journey_id, action)
           ) WITHOUT ROWID""",
        "CREATE INDEX journey_action_stages_stage ON journey_action_stages(stage_id)",
        # Templates the researcher saved from a map: stage names and lanes as JSON.
        """CREATE TABLE journey_templates (
               id         INTEGER PRIMARY KEY,
               name       TEXT NOT NULL UNIQUE,
               stages     TEXT NOT NULL,
               lanes      TEXT NOT NULL,
               created_at TEXT NOT NULL
           )""",
    ],
)
