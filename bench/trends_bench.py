"""Trends over 2,000,000 touchpoints: ``services.trends.trend_report`` vs a bare pandas script.

App: ``trend_report`` by persona, monthly (read the touchpoints with one query, the set's
members, an NPS survey; distinct active customers, outcome and friction shares, the NPS
headline per persona and month; the window and trend tests with Benjamini–Hochberg).
Baseline: ``pandas.read_sql`` of the same touchpoints, members and answers, then the same
groupby counts (distinct customers per persona and month, per outcome, with a low score;
NPS per persona and month), no tests.

    python bench/trends_bench.py [customers] [events per customer] [runs]
    (default 100,000 x 20 = 2,000,000 touchpoints, 3 runs)

The project is built once in the temporary folder (workbench-bench/) and reused.
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
PERSONAS = 6
MONTHS = 24
ANSWERS = CUSTOMERS // 3
LIMIT = 10.0  # seconds, the goal on 2 cores
HOME = Path(tempfile.gettempdir()) / "workbench-bench"
os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(HOME / "home"))

CHANNELS = ["store", "web", "app", "e-mail", "call centre"]
ACTIONS = ["browse", "compare products", "checkout", "delivery", "return request"]
OUTCOMES = ["ok", "ok", "ok", "complaint", "failed", "refund", "escalated"]


def make_project() -> Path:
    """CUSTOMERS customers x EVENTS touchpoints over MONTHS months, a set of PERSONAS personas,
    an NPS survey of ANSWERS dated answers."""
    import numpy as np

    from workbench.domain.columns import ColumnRole, ColumnSpec
    from workbench.domain.persona_sets import Memberships
    from workbench.services.project import create_project, open_project
    from workbench.store import personas as persona_store
    from workbench.store import sources as source_store
    from workbench.store.project_file import now_iso

    path = HOME / f"trends-{CUSTOMERS}x{EVENTS}.pwb"
    if path.exists():
        return path
    HOME.mkdir(exist_ok=True)
    print(f"building {path} ...", flush=True)
    rng = np.random.default_rng(19)
    n = CUSTOMERS * EVENTS
    customer = rng.integers(1, CUSTOMERS + 1, size=n)
    seconds = rng.integers(0, MONTHS * 30 * 86400, size=n)
    when = np.datetime_as_string(np.datetime64("2025-01-01T00:00:00")
                                 + seconds.astype("timedelta64[s]"), unit="s")
    channel = rng.integers(0, len(CHANNELS), size=n)
    action = rng.integers(0, len(ACTIONS), size=n)
    outcome = rng.integers(0, len(OUTCOMES), size=n)
    score = rng.integers(1, 6, size=n)
    persona = rng.integers(0, PERSONAS, size=CUSTOMERS + 1)
    stamp = now_iso()
    create_project(path)
    with open_project(path) as project:
        db = project.db
        with db.transaction():
            db.executemany("INSERT INTO customers(id, label, created_at) VALUES (?, ?, ?)",
                           ((i, f"C{i:07d}", stamp) for i in range(1, CUSTOMERS + 1)))
            columns = [ColumnSpec("customer_id", "customer_id", ColumnRole.IDENTIFIER, position=0),
                       ColumnSpec("timestamp", "timestamp", ColumnRole.DATE, position=1),
                       ColumnSpec("channel", "channel", ColumnRole.CHANNEL, position=2),
                       ColumnSpec("action", "action", ColumnRole.CATEGORICAL, position=3),
                       ColumnSpec("outcome", "outcome", ColumnRole.CATEGORICAL, position=4),
                       ColumnSpec("score", "score", ColumnRole.NUMERIC, position=5)]
            source_id, _ = source_store.create_source(
                db, file_name="touchpoints.csv", file_path=str(HOME / "touchpoints.csv"),
                sheet=None, file_hash="trends-bench", kind="events", row_count=n,
                imported_at=stamp, options={}, columns=columns)
            source_store.insert_rows(db, source_id, len(columns), (
                (i + 2, int(customer[i]), f"C{customer[i]:07d}", str(when[i]),
                 CHANNELS[channel[i]], ACTIONS[action[i]], OUTCOMES[outcome[i]],
                 float(score[i])) for i in range(n)))
            source_store.insert_touchpoints(db, (
                (source_id, i + 2, int(customer[i]), str(when[i]), CHANNELS[channel[i]],
                 ACTIONS[action[i]], OUTCOMES[outcome[i]], float(score[i])) for i in range(n)))
            source_store.index_source(db, source_id)
            respondents = rng.choice(np.arange(1, CUSTOMERS + 1), size=ANSWERS, replace=False)
            days = rng.integers(0, MONTHS * 30, size=ANSWERS)
            dates = np.datetime_as_string(np.datetime64("2025-01-01") + days.astype(
                "timedelta64[D]"), unit="D")
            nps = rng.integers(0, 11, size=ANSWERS)
            survey = [ColumnSpec("customer_id", "customer_id", ColumnRole.IDENTIFIER, position=0),
                      ColumnSpec("date", "date", ColumnRole.DATE, position=1),
                      ColumnSpec("nps", "NPS", ColumnRole.MEASURE, position=2,
                                 measure="nps:0-10")]
            survey_id, _ = source_store.create_source(
                db, file_name="survey.csv", file_path=str(HOME / "survey.csv"), sheet=None,
                file_hash="trends-bench-survey", kind="table", row_count=ANSWERS,
                imported_at=stamp, options={}, columns=survey)
            source_store.insert_rows(db, survey_id, len(survey), (
                (i + 2, int(respondents[i]), f"C{respondents[i]:07d}", str(dates[i]),
                 float(nps[i])) for i in range(ANSWERS)))
            source_store.index_source(db, survey_id)
        sizes = np.bincount(persona[1:], minlength=PERSONAS)
        persona_store.save_persona_set(
            db, name="bench", created_at=stamp, settings={}, result={}, suggestion=None,
            features={}, personas=[{"position": k, "name": f"Persona {k + 1}",
                                    "size": int(sizes[k]), "share": float(sizes[k] / CUSTOMERS),
                                    "profile": {}} for k in range(PERSONAS)],
            members=Memberships.from_rows([(i, int(persona[i]), int(persona[i]), 1.0, None)
                                           for i in range(1, CUSTOMERS + 1)]))
    return path


def baseline(path: Path) -> float:
    """Read the same data with pandas.read_sql and make the same groupby counts."""
    import sqlite3

    import pandas as pd

    started = time.perf_counter()
    conn = sqlite3.connect(path)
    events = pd.read_sql("SELECT customer_id, occurred_at, action, outcome, score FROM touchpoints "
                         "WHERE customer_id IS NOT NULL", conn)
    members = pd.read_sql("SELECT m.customer_id, p.position AS persona FROM persona_members m "
                          "JOIN personas p ON p.id = m.persona_id", conn)
    answers = pd.read_sql("SELECT customer_id, c1 AS date, c2 AS nps FROM src_2", conn)
    conn.close()
    events["month"] = pd.to_datetime(events["occurred_at"], format="ISO8601").dt.strftime("%Y-%m")
    events = events.merge(members, on="customer_id", how="left")
    active = events.groupby(["persona", "month"])["customer_id"].nunique()
    events.groupby("month")["customer_id"].nunique()
    top = events["outcome"].value_counts().index[:5]
    for value in top:
        hit = events[events["outcome"] == value]
        hit.groupby(["persona", "month"])["customer_id"].nunique()
        hit.groupby("month")["customer_id"].nunique()
    low = events[events["score"] <= 5 / 3 + 1]
    low.groupby(["persona", "month"])["customer_id"].nunique()
    low.groupby("month")["customer_id"].nunique()
    answers["month"] = answers["date"].str[:7]
    answers = answers.merge(members, on="customer_id", how="left")
    answers["band"] = (answers["nps"] >= 9).astype(int) - (answers["nps"] <= 6).astype(int)
    answers.groupby(["persona", "month"])["band"].agg(["mean", "count"])
    answers.groupby("month")["band"].agg(["mean", "count"])
    assert len(active)
    return time.perf_counter() - started


def app(path: Path) -> tuple[float, int, int]:
    from workbench.services.project import open_project
    from workbench.services.trends import trend_report

    with open_project(path, readonly=True) as project:
        started = time.perf_counter()
        report = trend_report(project)
        return time.perf_counter() - started, len(report.series), len(report.flags)


def main() -> None:
    path = make_project()
    print(f"{CUSTOMERS:,} customers x {EVENTS} events = {CUSTOMERS * EVENTS:,} touchpoints, "
          f"{PERSONAS} personas, {ANSWERS:,} NPS answers, {MONTHS} months; {os.cpu_count()} cores")
    base = [baseline(path) for _ in range(RUNS)]
    runs = [app(path) for _ in range(RUNS)]
    b, a = statistics.median(base), statistics.median(r[0] for r in runs)
    print(f"baseline (read_sql + groupby):   {b:7.2f} s")
    print(f"app trend_report:                {a:7.2f} s   ratio {a / b:.2f}   "
          f"({runs[0][1]} series, {runs[0][2]} flags)")
    print(f"under {LIMIT:.0f} s: {'yes' if a < LIMIT else 'NO'}")


if __name__ == "__main__":
    main()
