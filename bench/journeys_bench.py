"""The observed journey of a persona through the project vs a bare pandas script.

App: services.journeys.refresh_observed on a map of a persona holding every
customer (read the members' touchpoints with their stage column from the
project, resolve stages, compute shares, channels, transitions, time between
steps, repeats, drop-out, negative feedback, emotion and friction points, store
the aggregates and the proposed cards), and create_journey (the same plus
creating the map).
Baseline: pandas.read_sql of the same join, then groupby of the same metrics.

    python bench/journeys_bench.py [customers] [events per customer] [runs]
    (default 100,000 x 20, 3 runs)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

CUSTOMERS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
EVENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
RUNS = int(sys.argv[3]) if len(sys.argv) > 3 else 3
HOME = Path(tempfile.gettempdir()) / "workbench-bench"
os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(HOME / "home"))

STAGES = ["problem discovery", "problem definition", "development and resolution",
          "delivery of the solution"]
CHANNELS = ["store", "web", "app", "e-mail", "call centre", "chat", "social"]
ACTIONS = ["saw ad", "compared products", "checkout", "pickup", "return request"]
OUTCOMES = ["ok", "ok", "ok", "complaint", "failed"]


def make_project() -> tuple[Path, int]:
    """A project with CUSTOMERS customers x EVENTS touchpoints, one persona holding them all."""
    import numpy as np

    from workbench.domain.columns import ColumnRole, ColumnSpec
    from workbench.domain.persona_sets import Memberships
    from workbench.services.project import create_project, open_project
    from workbench.store import personas as persona_store
    from workbench.store import sources as source_store
    from workbench.store.project_file import now_iso

    path = HOME / f"journeys-{CUSTOMERS}x{EVENTS}.pwb"
    if path.exists():
        with open_project(path, readonly=True) as project:
            return path, project.db.scalar("SELECT min(id) FROM personas")
    HOME.mkdir(exist_ok=True)
    print(f"building {path} ...", flush=True)
    rng = np.random.default_rng(5)
    n = CUSTOMERS * EVENTS
    customer = np.repeat(np.arange(1, CUSTOMERS + 1), EVENTS)
    step = np.tile(np.arange(EVENTS), CUSTOMERS)
    stage = np.minimum(step * len(STAGES) // EVENTS, len(STAGES) - 1)
    # some customers drop out: their later events move to an earlier stage
    dropped = rng.random(CUSTOMERS) < 0.2
    stage = np.where(dropped[customer - 1] & (stage == 3), 2, stage)
    minutes = np.cumsum(rng.integers(30, 60 * 72, size=n)).reshape(CUSTOMERS, EVENTS)
    offset = rng.integers(0, 60 * 24 * 30, size=CUSTOMERS).repeat(EVENTS)
    minutes = (minutes - minutes[:, :1]).ravel() + offset
    start = np.datetime64("2026-01-01T00:00")
    when = np.datetime_as_string(start + minutes.astype("timedelta64[m]"), unit="s")
    channel = rng.integers(0, len(CHANNELS), size=n)
    action = np.minimum(stage + (rng.random(n) < 0.2), len(ACTIONS) - 1)
    outcome = rng.integers(0, len(OUTCOMES), size=n)
    score = rng.integers(1, 6, size=n)
    columns = [ColumnSpec("customer_id", "customer_id", ColumnRole.IDENTIFIER, position=0),
               ColumnSpec("timestamp", "timestamp", ColumnRole.DATE, position=1),
               ColumnSpec("channel", "channel", ColumnRole.CHANNEL, position=2),
               ColumnSpec("stage", "stage", ColumnRole.CATEGORICAL, position=3),
               ColumnSpec("action", "action", ColumnRole.CATEGORICAL, position=4),
               ColumnSpec("outcome", "outcome", ColumnRole.CATEGORICAL, position=5),
               ColumnSpec("score", "score", ColumnRole.NUMERIC, position=6)]
    create_project(path)
    with open_project(path) as project:
        db = project.db
        with db.transaction():
            stamp = now_iso()
            db.executemany("INSERT INTO customers(id, label, created_at) VALUES (?, ?, ?)",
                           ((i, f"C{i:07d}", stamp) for i in range(1, CUSTOMERS + 1)))
            source_id, _ = source_store.create_source(
                db, file_name="touchpoints.csv", file_path=str(HOME / "touchpoints.csv"),
                sheet=None, file_hash="bench", kind="events", row_count=n, imported_at=stamp,
                options={}, columns=columns)
            rows = ((i + 2, int(customer[i]), f"C{customer[i]:07d}", str(when[i]),
                     CHANNELS[channel[i]], STAGES[stage[i]], ACTIONS[action[i]],
                     OUTCOMES[outcome[i]], float(score[i])) for i in range(n))
            source_store.insert_rows(db, source_id, len(columns), rows)
            source_store.insert_touchpoints(db, (
                (source_id, i + 2, int(customer[i]), str(when[i]), CHANNELS[channel[i]],
                 ACTIONS[action[i]], OUTCOMES[outcome[i]], float(score[i])) for i in range(n)))
            source_store.index_source(db, source_id)
        persona_store.save_persona_set(
            db, name="bench", created_at=stamp, settings={}, result={}, suggestion=None,
            features={}, personas=[{"position": 0, "name": "Everyone", "size": CUSTOMERS,
                                    "share": 1.0, "profile": {}}],
            members=Memberships.from_rows([(i, 0, 0, 1.0, None) for i in range(1, CUSTOMERS + 1)]))
        persona_id = db.scalar("SELECT min(id) FROM personas")
    return path, persona_id


def baseline(path: Path, persona_id: int, source_id: int = 1, stage_position: int = 3) -> float:
    """Seconds for the bare script; the events are source ``source_id``, their stage column
    ``c{stage_position}`` of its table."""
    import sqlite3

    import pandas as pd

    started = time.perf_counter()
    conn = sqlite3.connect(path)
    frame = pd.read_sql(
        "SELECT t.customer_id, t.occurred_at, t.channel, t.action, t.outcome, t.score, "
        f"s.c{stage_position} AS stage FROM touchpoints t LEFT JOIN src_{source_id} s "
        "ON s.row_number = t.source_row AND t.source_id = ? "
        "WHERE t.customer_id IN (SELECT customer_id FROM persona_members WHERE persona_id = ?)",
        conn, params=(source_id, persona_id))
    conn.close()
    frame["t"] = pd.to_datetime(frame["occurred_at"], format="ISO8601")
    frame["code"] = pd.Categorical(frame["stage"].str.lower(), categories=STAGES).codes
    frame = frame.sort_values(["customer_id", "t"], kind="stable")
    same = frame["customer_id"].eq(frame["customer_id"].shift())
    frame["gap"] = ((frame["t"] - frame["t"].shift()).dt.total_seconds() / 3600).where(same)
    frame["prev"] = frame["channel"].shift().where(same)
    frame["emotion"] = frame["score"] - 3
    frame["negative"] = (frame["emotion"] <= -1) | frame["outcome"].isin(["complaint", "failed"])
    frame.groupby("code")["customer_id"].nunique()
    frame.groupby(["code", "channel"]).size()
    frame.groupby(["code", "action"]).size()
    frame.groupby("code")["gap"].agg(["median", lambda g: g.quantile(0.9)])
    switches = frame[frame["prev"].notna() & (frame["prev"] != frame["channel"])]
    switches.groupby(["prev", "channel"]).size().sort_values()
    repeats = frame.groupby(["code", "customer_id", "channel"]).size()
    repeats[repeats > 1].groupby(level=0).sum()
    frame.groupby("customer_id")["code"].max().value_counts()
    frame.groupby(["code", "channel"])["negative"].agg(["sum", "count"])
    frame.groupby("code")["emotion"].agg(["mean", "count"])
    return time.perf_counter() - started


def app_refresh(path: Path, journey_id: int) -> float:
    from workbench.services.journeys import refresh_observed
    from workbench.services.project import open_project

    with open_project(path) as project:
        started = time.perf_counter()
        refresh_observed(project, journey_id)
        return time.perf_counter() - started


def app_phases(path: Path, journey_id: int) -> tuple[float, float]:
    """Where refresh_observed spends its time: reading the events, computing the figures."""
    from workbench.analysis.journeys import observe_journey
    from workbench.services import journeys as service
    from workbench.services.project import open_project
    from workbench.store import journeys as store

    with open_project(path, readonly=True) as project:
        journey = service.get_journey(project, journey_id)
        started = time.perf_counter()
        events = service.journey_events(project, journey_id, journey)
        read = time.perf_counter() - started
        members = store.persona_member_ids(project.db, journey.persona_id)
        started = time.perf_counter()
        observe_journey(events, members, service._stage_labels(journey))
        return read, time.perf_counter() - started


def app_create(path: Path, persona_id: int) -> tuple[float, int]:
    from workbench.services.journeys import create_journey
    from workbench.services.project import open_project

    with open_project(path) as project:
        started = time.perf_counter()
        journey_id = create_journey(project, persona_id)
        return time.perf_counter() - started, journey_id


def main() -> None:
    path, persona_id = make_project()
    print(f"{CUSTOMERS:,} customers x {EVENTS} events = {CUSTOMERS * EVENTS:,} touchpoints")
    created, journey_id = app_create(path, persona_id)
    base = [baseline(path, persona_id) for _ in range(RUNS)]
    app = [app_refresh(path, journey_id) for _ in range(RUNS)]
    phases = [app_phases(path, journey_id) for _ in range(RUNS)]
    b, a = statistics.median(base), statistics.median(app)
    read, analysis = (statistics.median(p[i] for p in phases) for i in (0, 1))
    print(f"baseline (read_sql + groupby):      {b:7.2f} s")
    print(f"app refresh_observed:               {a:7.2f} s   ratio {a / b:.2f}")
    print(f"  of which read the events:         {read:7.2f} s   (journey_events)")
    print(f"  of which compute the figures:     {analysis:7.2f} s   (observe_journey)")
    print(f"app create_journey (once):          {created:7.2f} s   ratio {created / b:.2f}")


if __name__ == "__main__":
    main()
