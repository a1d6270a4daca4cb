"""Reading a persona's touchpoints fast gives exactly the rows a plain query gives."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from test_journeys import make_project

from workbench.services import journeys as service
from workbench.services.project import open_project
from workbench.store import journeys as store


def rows_of(frame: pd.DataFrame) -> list[tuple]:
    """Comparable rows: times as ISO text, missing text as None, NaN scores as None."""
    out = []
    for record in frame.itertuples(index=False):
        when = record.occurred_at
        if isinstance(when, pd.Timestamp):
            when = when.strftime("%Y-%m-%dT%H:%M:%S")
        texts = [None if (v is None or (isinstance(v, float) and math.isnan(v))) else str(v)
                 for v in (record.channel, record.action, record.outcome, record.stage)]
        score = None if record.score is None or math.isnan(record.score) else float(record.score)
        out.append((int(record.customer_id), when or None, *texts, score))
    return sorted(out, key=repr)


def plain_rows(db, persona: int, source: int, stage: int | None) -> list[tuple]:
    rows = store.member_events(db, persona, source, stage)
    return sorted(((c, t, ch, a, o, s_, None if sc is None else float(sc))
                   for c, t, ch, a, o, sc, s_ in rows), key=repr)


@pytest.mark.parametrize("damage", ["none", "separator_in_value", "marker_as_value", "non_iso_time",
                                    "tiny_blocks"])
def test_fast_read_matches_the_plain_query(tmp_path, damage):
    path, persona, _others, _ids = make_project(tmp_path)
    with open_project(path) as project:
        db = project.db
        (source,) = store.event_sources(db)
        stage = service._stage_column(project, source)  # noqa: SLF001 - the services' own choice
        first, second = (r[0] for r in db.query("SELECT id FROM touchpoints ORDER BY id LIMIT 2"))
        if damage == "separator_in_value":
            db.execute("UPDATE touchpoints SET channel = ?, outcome = NULL WHERE id = ?",
                       ("web\x1fshop", first))
        elif damage == "marker_as_value":  # the text that stands for "missing" in a fast block
            db.execute("UPDATE touchpoints SET action = ? WHERE id = ?", ("\x1e", first))
        elif damage == "non_iso_time":
            db.execute("UPDATE touchpoints SET occurred_at = ? WHERE id = ?",
                       ("25/11/2026 10:00", second))
        chunk = 3 if damage == "tiny_blocks" else store.EVENT_CHUNK
        fast = store.member_events_frame(db, persona, source, stage, chunk=chunk)
        assert list(fast.columns) == list(store.EVENT_FIELDS)
        assert len(fast) == len(store.member_events(db, persona, source, stage)) > 0
        assert rows_of(fast) == plain_rows(db, persona, source, stage)
        if damage == "separator_in_value":
            assert "web\x1fshop" in set(fast["channel"].astype(str))
        if damage == "marker_as_value":
            assert "\x1e" in set(fast["action"].astype(str))
        if damage == "non_iso_time":
            assert "25/11/2026 10:00" in set(fast["occurred_at"].astype(str))
