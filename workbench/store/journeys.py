"""Journey maps: stages, lanes, cards, emotion values, action mapping, templates.

Positions of stages and lanes within a map, and of cards within a cell, are
kept contiguous (0, 1, 2, ...) by every insert, move and delete here. Callers
run each edit inside ``db.transaction()``; the functions below assume one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from workbench.domain.journeys import (
    Card,
    Evidence,
    JourneyMap,
    JourneySummary,
    Lane,
    ObservedJourney,
    Stage,
    StageEmotion,
)
from workbench.store import trash
from workbench.store.database import Database
from workbench.store.sources import column_sql_name, data_table


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


# --------------------------------------------------------------------------- journeys


def insert_journey(db: Database, *, name: str, persona_id: int | None, template: str,
                   created_at: str) -> int:
    return int(db.execute(
        "INSERT INTO journeys(name, persona_id, created_at, template, updated_at) "
        "VALUES (?, ?, ?, ?, ?)", (name, persona_id, created_at, template, created_at)).lastrowid)


def update_journey(db: Database, journey_id: int, **changes: Any) -> None:
    allowed = {"name", "updated_at", "observed", "observed_at", "dismissed", "persona_id"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"not a journey field: {sorted(unknown)}")
    if "observed" in changes and changes["observed"] is not None:
        changes["observed"] = _dump(changes["observed"])
    if "dismissed" in changes:
        changes["dismissed"] = _dump(sorted(changes["dismissed"]))
    if changes:
        db.execute(f"UPDATE journeys SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
                   (*changes.values(), journey_id))


def delete_journey(db: Database, journey_id: int) -> trash.Removed:
    """Delete a map with its stages, lanes, cards and curve; the result puts it back."""
    return trash.take(db, "journeys", [journey_id])


def restore_journey(db: Database, removed: trash.Removed) -> int:
    """Put back a deleted map; returns its id (a new one if its id was reused meanwhile)."""
    moved = trash.put_back(db, removed)
    return moved.get("journeys", {}).get(removed.ids[0], removed.ids[0])


_SUMMARY = ("SELECT j.id, j.name, j.persona_id, p.name AS persona_name, j.template, j.created_at, "
            "j.updated_at, (SELECT count(*) FROM journey_stages s WHERE s.journey_id = j.id) "
            "AS stage_count, (SELECT count(*) FROM journey_cards c WHERE c.journey_id = j.id) "
            "AS card_count FROM journeys j LEFT JOIN personas p ON p.id = j.persona_id")


def list_journeys(db: Database, persona_id: int | None = None) -> list[JourneySummary]:
    if persona_id is None:
        rows = db.query(_SUMMARY + " ORDER BY j.id")
    else:
        rows = db.query(_SUMMARY + " WHERE j.persona_id = ? ORDER BY j.id", (persona_id,))
    return [JourneySummary(r["id"], r["name"], r["persona_id"], r["persona_name"], r["template"],
                           r["created_at"], r["updated_at"], r["stage_count"], r["card_count"])
            for r in rows]


def journey_exists(db: Database, journey_id: int) -> bool:
    return db.scalar("SELECT 1 FROM journeys WHERE id = ?", (journey_id,)) is not None


def load_journey(db: Database, journey_id: int) -> JourneyMap | None:
    rows = db.query("SELECT j.*, p.name AS persona_name FROM journeys j "
                    "LEFT JOIN personas p ON p.id = j.persona_id WHERE j.id = ?", (journey_id,))
    if not rows:
        return None
    row = rows[0]
    observed = ObservedJourney.from_dict(json.loads(row["observed"])) if row["observed"] else None
    return JourneyMap(
        id=row["id"], name=row["name"], persona_id=row["persona_id"], template=row["template"],
        created_at=row["created_at"], updated_at=row["updated_at"],
        stages=stages_of(db, journey_id), lanes=lanes_of(db, journey_id),
        cards=cards_of(db, journey_id), emotions=emotions_of(db, journey_id), observed=observed,
        observed_at=row["observed_at"], persona_name=row["persona_name"],
        dismissed=json.loads(row["dismissed"] or "[]"))


# --------------------------------------------------------------------------- stages


def _stage(row) -> Stage:
    return Stage(row["id"], row["journey_id"], row["position"], row["name"], row["key"])


def stages_of(db: Database, journey_id: int) -> list[Stage]:
    return [_stage(r) for r in db.query(
        "SELECT * FROM journey_stages WHERE journey_id = ? ORDER BY position", (journey_id,))]


def get_stage(db: Database, stage_id: int) -> Stage | None:
    rows = db.query("SELECT * FROM journey_stages WHERE id = ?", (stage_id,))
    return _stage(rows[0]) if rows else None


def insert_stage(db: Database, journey_id: int, position: int, name: str, key: str | None,
                 stage_id: int | None = None) -> int:
    """Insert at ``position`` (later stages move right); ``stage_id`` restores a removed stage."""
    db.execute("UPDATE journey_stages SET position = position + 1 "
               "WHERE journey_id = ? AND position >= ?", (journey_id, position))
    return int(db.execute(
        "INSERT INTO journey_stages(id, journey_id, position, name, key) VALUES (?, ?, ?, ?, ?)",
        (stage_id, journey_id, position, name, key)).lastrowid)


def rename_stage(db: Database, stage_id: int, name: str) -> None:
    db.execute("UPDATE journey_stages SET name = ? WHERE id = ?", (name, stage_id))


def move_stage(db: Database, stage: Stage, position: int) -> None:
    _close_gap(db, "journey_stages", "journey_id", stage.journey_id, stage.position)
    db.execute("UPDATE journey_stages SET position = position + 1 "
               "WHERE journey_id = ? AND position >= ? AND id != ?",
               (stage.journey_id, position, stage.id))
    db.execute("UPDATE journey_stages SET position = ? WHERE id = ?", (position, stage.id))


def delete_stage(db: Database, stage: Stage) -> None:
    """Delete a stage with its cards, emotion and action mapping (cascades)."""
    db.execute("DELETE FROM journey_stages WHERE id = ?", (stage.id,))
    _close_gap(db, "journey_stages", "journey_id", stage.journey_id, stage.position)


def _close_gap(db: Database, table: str, owner: str, owner_id: int, position: int) -> None:
    db.execute(f"UPDATE {table} SET position = position - 1 WHERE {owner} = ? AND position > ?",
               (owner_id, position))


# --------------------------------------------------------------------------- lanes


def _lane(row) -> Lane:
    return Lane(row["id"], row["journey_id"], row["position"], row["kind"], row["name"],
                bool(row["hidden"]))


def lanes_of(db: Database, journey_id: int) -> list[Lane]:
    return [_lane(r) for r in db.query(
        "SELECT * FROM journey_lanes WHERE journey_id = ? ORDER BY position", (journey_id,))]


def get_lane(db: Database, lane_id: int) -> Lane | None:
    rows = db.query("SELECT * FROM journey_lanes WHERE id = ?", (lane_id,))
    return _lane(rows[0]) if rows else None


def insert_lane(db: Database, journey_id: int, position: int, kind: str, name: str,
                hidden: bool = False, lane_id: int | None = None) -> int:
    db.execute("UPDATE journey_lanes SET position = position + 1 "
               "WHERE journey_id = ? AND position >= ?", (journey_id, position))
    return int(db.execute(
        "INSERT INTO journey_lanes(id, journey_id, position, kind, name, hidden) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (lane_id, journey_id, position, kind, name, int(hidden))).lastrowid)


def update_lane(db: Database, lane_id: int, *, name: str | None = None,
                hidden: bool | None = None) -> None:
    if name is not None:
        db.execute("UPDATE journey_lanes SET name = ? WHERE id = ?", (name, lane_id))
    if hidden is not None:
        db.execute("UPDATE journey_lanes SET hidden = ? WHERE id = ?", (int(hidden), lane_id))


def move_lane(db: Database, lane: Lane, position: int) -> None:
    _close_gap(db, "journey_lanes", "journey_id", lane.journey_id, lane.position)
    db.execute("UPDATE journey_lanes SET position = position + 1 "
               "WHERE journey_id = ? AND position >= ? AND id != ?",
               (lane.journey_id, position, lane.id))
    db.execute("UPDATE journey_lanes SET position = ? WHERE id = ?", (position, lane.id))


def delete_lane(db: Database, lane: Lane) -> None:
    db.execute("DELETE FROM journey_lanes WHERE id = ?", (lane.id,))
    _close_gap(db, "journey_lanes", "journey_id", lane.journey_id, lane.position)


# --------------------------------------------------------------------------- cards


def _card(row) -> Card:
    evidence = (Evidence(row["document_id"], row["passage_start"], row["passage_end"])
                if row["document_id"] is not None else None)
    return Card(row["id"], row["journey_id"], row["lane_id"], row["stage_id"], row["position"],
                row["text"], row["origin"], json.loads(row["figures"]) if row["figures"] else None,
                bool(row["edited"]), evidence)


def cards_of(db: Database, journey_id: int) -> list[Card]:
    return [_card(r) for r in db.query(
        "SELECT * FROM journey_cards WHERE journey_id = ? ORDER BY lane_id, stage_id, position",
        (journey_id,))]


def cards_where(db: Database, column: str, value: int) -> list[Card]:
    assert column in ("stage_id", "lane_id")
    return [_card(r) for r in db.query(
        f"SELECT * FROM journey_cards WHERE {column} = ? ORDER BY lane_id, stage_id, position",
        (value,))]


def get_card(db: Database, card_id: int) -> Card | None:
    rows = db.query("SELECT * FROM journey_cards WHERE id = ?", (card_id,))
    return _card(rows[0]) if rows else None


def cell_size(db: Database, lane_id: int, stage_id: int) -> int:
    return int(db.scalar("SELECT count(*) FROM journey_cards WHERE lane_id = ? AND stage_id = ?",
                         (lane_id, stage_id)))


def insert_card(db: Database, card: Card) -> int:
    """Insert at ``card.position`` of its cell; a card id of 0 gets a new id."""
    db.execute("UPDATE journey_cards SET position = position + 1 "
               "WHERE lane_id = ? AND stage_id = ? AND position >= ?",
               (card.lane_id, card.stage_id, card.position))
    evidence = card.evidence
    return int(db.execute(
        "INSERT INTO journey_cards(id, journey_id, lane_id, stage_id, position, text, origin, "
        "figures, edited, document_id, passage_start, passage_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (card.id or None, card.journey_id, card.lane_id, card.stage_id, card.position, card.text,
         card.origin, _dump(card.figures) if card.figures is not None else None,
         int(card.edited), evidence.document_id if evidence else None,
         evidence.start if evidence else None, evidence.end if evidence else None)).lastrowid)


def insert_cards(db: Database, cards: Iterable[Card]) -> None:
    """Put back cards exactly as they were (ids and positions), e.g. with a restored stage."""
    for card in sorted(cards, key=lambda c: (c.lane_id, c.stage_id, c.position)):
        insert_card(db, card)


def update_card(db: Database, card_id: int, *, text: str | None = None,
                edited: bool | None = None, figures: dict | None = None,
                evidence: Evidence | None | bool = False) -> None:
    """Change a card's text, edited flag, figures or evidence (``evidence=None`` unlinks)."""
    if text is not None:
        db.execute("UPDATE journey_cards SET text = ? WHERE id = ?", (text, card_id))
    if edited is not None:
        db.execute("UPDATE journey_cards SET edited = ? WHERE id = ?", (int(edited), card_id))
    if figures is not None:
        db.execute("UPDATE journey_cards SET figures = ? WHERE id = ?", (_dump(figures), card_id))
    if evidence is not False:
        db.execute("UPDATE journey_cards SET document_id = ?, passage_start = ?, passage_end = ? "
                   "WHERE id = ?",
                   (evidence.document_id if evidence else None, evidence.start if evidence else None,
                    evidence.end if evidence else None, card_id))


def delete_card(db: Database, card: Card) -> None:
    db.execute("DELETE FROM journey_cards WHERE id = ?", (card.id,))
    db.execute("UPDATE journey_cards SET position = position - 1 "
               "WHERE lane_id = ? AND stage_id = ? AND position > ?",
               (card.lane_id, card.stage_id, card.position))


def move_card(db: Database, card: Card, lane_id: int, stage_id: int, position: int) -> None:
    delete_card(db, card)
    insert_card(db, Card(card.id, card.journey_id, lane_id, stage_id, position, card.text,
                         card.origin, card.figures, card.edited, card.evidence))


# --------------------------------------------------------------------------- emotion


def emotions_of(db: Database, journey_id: int) -> dict[int, StageEmotion]:
    return {r["stage_id"]: StageEmotion(r["stage_id"], r["observed"], r["observed_n"], r["override"])
            for r in db.query("SELECT * FROM journey_emotions WHERE journey_id = ?", (journey_id,))}


def get_emotion(db: Database, stage_id: int) -> StageEmotion | None:
    rows = db.query("SELECT * FROM journey_emotions WHERE stage_id = ?", (stage_id,))
    return (StageEmotion(rows[0]["stage_id"], rows[0]["observed"], rows[0]["observed_n"],
                         rows[0]["override"]) if rows else None)


def set_observed_emotion(db: Database, journey_id: int, stage_id: int, value: float | None,
                         n: int) -> None:
    db.execute("INSERT INTO journey_emotions(stage_id, journey_id, observed, observed_n) "
               "VALUES (?, ?, ?, ?) ON CONFLICT(stage_id) DO UPDATE SET observed = excluded.observed, "
               "observed_n = excluded.observed_n", (stage_id, journey_id, value, n))


def set_emotion_override(db: Database, journey_id: int, stage_id: int, value: float | None) -> None:
    db.execute("INSERT INTO journey_emotions(stage_id, journey_id, override) VALUES (?, ?, ?) "
               "ON CONFLICT(stage_id) DO UPDATE SET override = excluded.override",
               (stage_id, journey_id, value))


def put_emotion(db: Database, journey_id: int, emotion: StageEmotion) -> None:
    db.execute("INSERT OR REPLACE INTO journey_emotions(stage_id, journey_id, observed, observed_n, "
               "override) VALUES (?, ?, ?, ?, ?)",
               (emotion.stage_id, journey_id, emotion.observed, emotion.observed_n, emotion.override))


# --------------------------------------------------------------------------- action → stage


def action_stages(db: Database, journey_id: int) -> dict[str, int | None]:
    return {r[0]: r[1] for r in db.query(
        "SELECT action, stage_id FROM journey_action_stages WHERE journey_id = ?", (journey_id,))}


def actions_of_stage(db: Database, stage_id: int) -> list[str]:
    return [r[0] for r in db.query(
        "SELECT action FROM journey_action_stages WHERE stage_id = ? ORDER BY action", (stage_id,))]


def set_action_stage(db: Database, journey_id: int, action: str, stage_id: int | None) -> None:
    db.execute("INSERT OR REPLACE INTO journey_action_stages(journey_id, action, stage_id) "
               "VALUES (?, ?, ?)", (journey_id, action, stage_id))


def set_action_stages(db: Database, journey_id: int, mapping: Iterable[tuple[str, int | None]]) -> None:
    db.executemany("INSERT OR REPLACE INTO journey_action_stages(journey_id, action, stage_id) "
                   "VALUES (?, ?, ?)", [(journey_id, a, s) for a, s in mapping])


# --------------------------------------------------------------------------- templates


def save_template(db: Database, name: str, stages: Sequence[str], lanes: Sequence[tuple[str, str]],
                  created_at: str) -> int:
    return int(db.execute(
        "INSERT INTO journey_templates(name, stages, lanes, created_at) VALUES (?, ?, ?, ?)",
        (name, _dump(list(stages)), _dump([list(lane) for lane in lanes]), created_at)).lastrowid)


def list_templates(db: Database) -> list[tuple[int, str, list[str], list[tuple[str, str]]]]:
    return [(r["id"], r["name"], json.loads(r["stages"]), [tuple(x) for x in json.loads(r["lanes"])])
            for r in db.query("SELECT * FROM journey_templates ORDER BY id")]


def template_named(db: Database, name: str) -> int | None:
    return db.scalar("SELECT id FROM journey_templates WHERE name = ?", (name,))


def delete_template(db: Database, template_id: int) -> None:
    db.execute("DELETE FROM journey_templates WHERE id = ?", (template_id,))


# --------------------------------------------------------------------------- members' events


# An IN over the members (SQLite builds a temporary index for it): a join on persona_members
# would search the persona's members once per touchpoint.
_MEMBERS = "(SELECT customer_id FROM persona_members WHERE persona_id = ?)"

def persona_member_ids(db: Database, persona_id: int) -> list[int]:
    return [r[0] for r in db.query(
        "SELECT customer_id FROM persona_members WHERE persona_id = ? ORDER BY customer_id",
        (persona_id,))]


def event_sources(db: Database) -> list[int]:
    """Sources holding touchpoints (read from the index, without scanning the events)."""
    return [r[0] for r in db.query("SELECT DISTINCT source_id FROM touchpoints ORDER BY 1")]


EVENT_FIELDS = ("customer_id", "occurred_at", "channel", "action", "outcome", "score", "stage")


def member_events(db: Database, persona_id: int, source_id: int,
                  stage_position: int | None) -> list[tuple]:
    """One source's touchpoints of the persona's members, as :data:`EVENT_FIELDS`.

    ``stage`` is the value of the source's stage column (row ``source_row``), or None.
    """
    stage = (f"s.{column_sql_name(stage_position)}" if stage_position is not None else "NULL")
    join = (f"LEFT JOIN {data_table(source_id)} s ON s.row_number = t.source_row "
            if stage_position is not None else "")
    return db.conn.execute(
        f"SELECT t.customer_id, t.occurred_at, t.channel, t.action, t.outcome, t.score, {stage} "
        f"FROM touchpoints t {join}WHERE t.source_id = ? AND t.customer_id IN {_MEMBERS}",
        (source_id, persona_id)).fetchall()


#: Separator and missing-value marker of the text columns read in one piece (ASCII US and RS).
_SEP, _MISSING = "\x1f", "\x1e"
#: Touchpoints read per query by :func:`member_events_frame` (bounds memory; about 10 MB of text).
EVENT_CHUNK = 500_000


def member_events_frame(db: Database, persona_id: int, source_id: int,
                        stage_position: int | None, chunk: int = EVENT_CHUNK,
                        progress: Callable[[int, int], None] | None = None):
    """One source's touchpoints of the persona's members as a DataFrame of :data:`EVENT_FIELDS`.

    The same rows as :func:`member_events`, read fast: SQLite joins each block
    of touchpoints into one text per column (``group_concat``), which numpy
    parses at once, instead of building a Python tuple per touchpoint (a third
    of the time for 2 million touchpoints). ``channel``, ``action``,
    ``outcome`` and ``stage`` come back as categoricals (sorted categories),
    ``occurred_at`` as datetime64 when every value is a plain ISO timestamp
    ("2026-01-31T09:30:00") and as text otherwise, ``score`` as float. A block
    whose text cannot be split back safely (a separator inside a value, or a
    value that is exactly the missing-value marker) is read row by row instead.
    ``progress(done, total)`` is called after each block.
    """
    import numpy as np
    import pandas as pd

    stage = (f"s.{column_sql_name(stage_position)}" if stage_position is not None else "NULL")
    join = (f"LEFT JOIN {data_table(source_id)} s ON s.row_number = t.source_row "
            if stage_position is not None else "")
    where = f"WHERE t.source_id = ? AND t.id BETWEEN ? AND ? AND t.customer_id IN {_MEMBERS}"
    text = [f"group_concat(ifnull({c}, char(30)), char(31))"
            for c in ("t.channel", "t.action", "t.outcome", stage)]
    # how many values each text column has: a text that is exactly the missing marker would
    # read back as one more missing value than there are, and its block is read row by row
    given = ", ".join(f"count({c})" for c in ("t.channel", "t.action", "t.outcome", stage))
    fast = (f"SELECT count(*), {given}, group_concat(t.customer_id), "
            f"group_concat(ifnull(t.occurred_at, ''), char(31)), {', '.join(text)}, "
            f"group_concat(ifnull(t.score, 'nan')) FROM touchpoints t {join}{where}")
    slow = (f"SELECT t.customer_id, t.occurred_at, t.channel, t.action, t.outcome, {stage}, "
            f"t.score FROM touchpoints t {join}{where}")
    # two queries: each is one index lookup, together they would scan the source's index
    low, high = (db.conn.execute(f"SELECT {f}(id) FROM touchpoints WHERE source_id = ?",
                                 (source_id,)).fetchone()[0] for f in ("min", "max"))
    ids, scores, times = [], [], []
    texts = [_Codes() for _ in range(4)]
    for start in range(low or 0, (high or -1) + 1, chunk):
        params = (source_id, start, start + chunk - 1, persona_id)
        n, *values = db.conn.execute(fast, params).fetchone()
        given_counts, values = values[:4], values[4:]
        if n:
            block = _split_block(n, values)
            if block is not None and any(column.count(_MISSING) != n - given for column, given
                                         in zip(block[2:6], given_counts, strict=True)):
                block = None  # more "missing" than NULLs: a value is exactly the marker
            missing = _MISSING
            if block is None:  # a value holds a separator or the marker: read it row by row
                rows = db.conn.execute(slow, params).fetchall()
                block = (np.array([r[0] for r in rows], dtype="int64"), [r[1] for r in rows],
                         *([r[i] for r in rows] for i in range(2, 6)),
                         pd.to_numeric(pd.Series([r[6] for r in rows], dtype=object),
                                       errors="coerce").to_numpy("float64"))
                missing = None  # missing is None here; the marker is a text like any other
            ids.append(block[0])
            times.append(_timestamps(block[1]))
            for codes, values in zip(texts, block[2:6], strict=True):
                codes.add(values, missing)
            scores.append(block[6])
        if progress is not None:
            progress(min(start + chunk, high + 1) - low, high + 1 - low)
    frame = pd.DataFrame({
        "customer_id": np.concatenate(ids) if ids else np.zeros(0, dtype="int64"),
        "occurred_at": _concat_times(times)})
    for name, codes in zip(("channel", "action", "outcome", "stage"), texts, strict=True):
        frame[name] = codes.categorical()
    frame["score"] = np.concatenate(scores) if scores else np.zeros(0)
    return frame[list(EVENT_FIELDS)]


def _split_block(n: int, values: list):
    """(ids, timestamps, 4 text lists, scores) from one block's joined texts, or None if unsafe."""
    import warnings

    import numpy as np

    ids, when, *texts, scores = values
    when_text = when
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy warns (and stops) where a number does not parse
        try:
            ids = np.fromstring(ids, dtype="int64", sep=",")
            scores = np.fromstring(scores, dtype="float64", sep=",")
        except (ValueError, DeprecationWarning):
            return None
    when = _iso_times(when, n)
    if when is None:
        when = when_text.split(_SEP)
    texts = [t.split(_SEP) for t in texts]
    if len(ids) != n or len(scores) != n or len(when) != n or any(len(t) != n for t in texts):
        return None
    return ids, when, *texts, scores


_ISO = "0000-00-00T00:00:00"


def _timestamps(values):
    """Timestamps as datetime64[s] when every value is a plain ISO timestamp, else as they are."""
    if not isinstance(values, list):
        return values  # parsed already
    parsed = _iso_times(_SEP.join(v if isinstance(v, str) else "" for v in values), len(values))
    return values if parsed is None else parsed


def _iso_times(joined: str, n: int):
    """n timestamps joined by the separator as datetime64[s], or None unless all plain ISO."""
    import numpy as np

    if n == 0 or len(joined) != 20 * n - 1 or not joined.isascii():
        return None
    raw = np.frombuffer((joined + _SEP).encode("ascii"), dtype="u1").reshape(n, 20)
    if not (raw[:, 19] == ord(_SEP)).all():
        return None
    pattern = np.frombuffer(_ISO.encode("ascii"), dtype="u1")
    digit = pattern == ord("0")
    stamp = raw[:, :19].copy()
    stamp[:, 10] = np.where(stamp[:, 10] == ord(" "), ord("T"), stamp[:, 10])  # "2026-01-31 09:30"
    if not ((stamp[:, ~digit] == pattern[~digit]).all()
            and ((stamp[:, digit] >= ord("0")) & (stamp[:, digit] <= ord("9"))).all()):
        return None
    try:
        return stamp.view("S19").ravel().astype("datetime64[s]")
    except ValueError:  # e.g. month 13: parsed (as missing) like any other text
        return None


def _concat_times(parts: list):
    import numpy as np

    if all(isinstance(p, np.ndarray) for p in parts):
        return np.concatenate(parts) if parts else np.zeros(0, dtype="datetime64[s]")
    return np.concatenate([np.datetime_as_string(p, unit="s").astype(object)
                           if isinstance(p, np.ndarray) else np.array(p, dtype=object)
                           for p in parts])


class _Codes:
    """Text values gathered block by block as integer codes (missing: -1)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.parts: list = []

    def add(self, values: list, missing: str | None = _MISSING) -> None:
        """Add one block; None is missing, and so is ``missing`` (the fast blocks' marker)."""
        import numpy as np
        import pandas as pd

        codes, uniques = pd.factorize(np.array(values, dtype=object))
        lookup = np.array([-1 if missing is not None and u == missing
                           else self.index.setdefault(u, len(self.index))
                           for u in uniques] + [-1], dtype="int64")
        self.parts.append(lookup[codes])

    def categorical(self):
        import numpy as np
        import pandas as pd

        names = sorted(self.index)
        rank = np.empty(len(names) + 1, dtype="int64")
        rank[[self.index[name] for name in names]] = np.arange(len(names))
        rank[-1] = -1
        codes = np.concatenate(self.parts) if self.parts else np.zeros(0, dtype="int64")
        return pd.Categorical.from_codes(rank[codes], categories=pd.Index(names, dtype=object))


def member_actions(db: Database, persona_id: int) -> list[tuple[str, int]]:
    """Distinct actions of the persona's members' events, with how often each occurs."""
    return [(r[0], r[1]) for r in db.query(
        "SELECT action, count(*) FROM touchpoints WHERE action IS NOT NULL AND customer_id IN "
        + _MEMBERS + " GROUP BY action ORDER BY count(*) DESC, action", (persona_id,))]


# --------------------------------------------------------------------------- coded complaints


def coded_evidence_available(db: Database) -> bool:
    """Whether the evidence-coding tables (``codes``, ``codings``) exist in this project."""
    names = {r[0] for r in db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('codes', 'codings')")}
    return names == {"codes", "codings"}
