"""Trends on real project files: planted shifts, recurring complaints, groups, periods, export."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from workbench.domain.living import Direction, MetricKind, Period, TrendBy
from workbench.domain.persona_sets import Memberships
from workbench.errors import AnalysisError, ExportError
from workbench.services import trends
from workbench.services.evidence import apply_codes, create_code
from workbench.services.importing import import_file
from workbench.services.linking import default_keys, link_customers
from workbench.services.project import create_project, open_project
from workbench.store import personas as persona_store
from workbench.store.project_file import now_iso

CUSTOMERS = 300
MONTHS = [f"2024-{m:02d}" for m in range(1, 13)]
PLANTED = range(150, 300)  # the second persona: complaints and friction rise in the last 3 months
POOL = ["The shop was open on Sunday morning.", "I bought a new lamp for the kitchen.",
        "Parking near the entrance was easy to find.", "The website listed the opening hours."]
LATE = ["The parcel arrived two weeks after the promised day.",
        "Nobody told me the sofa would be a month overdue.",
        "My order came far too late for the party.",
        "Delivery slipped three times without any warning."]


def write(path: Path, header: list[str], rows: list[list]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def planted(customer: int, month: int) -> bool:
    return customer in PLANTED and month >= 9


def plan(seed: int = 7) -> dict:
    """The events, answers and comments of the planted project, as plain lists."""
    rng = np.random.default_rng(seed)
    events, survey = [], []
    for c in range(CUSTOMERS):
        for m in range(12):
            day = int(rng.integers(1, 29))
            complaint = rng.random() < (0.30 if planted(c, m) else 0.10)
            low = rng.random() < (0.45 if planted(c, m) else 0.15)
            score = int(rng.integers(1, 3)) if low else int(rng.integers(3, 6))
            events.append([f"C{c:03d}", f"{MONTHS[m]}-{day:02d} 10:00",
                           "web" if c % 2 else "store", "browse" if (c + m) % 3 else "checkout",
                           "complaint" if complaint else "ok", score])
            if (c + m) % 2 == 0:
                late = rng.random() < (0.40 if planted(c, m) else 0.04)
                text = POOL[(c + m) % 4] + (" " + LATE[(c * 7 + m) % 4] if late else "")
                survey.append([f"C{c:03d}", f"{MONTHS[m]}-{day:02d}", int(rng.integers(0, 11)),
                               text, late])
    events.append(["C000", "", "web", "browse", "ok", 4])  # no date
    return {"events": events, "survey": survey}


def build_project(tmp_path: Path, *, personas: bool = True, seed: int = 7) -> tuple[Path, dict]:
    data = plan(seed)
    events = write(tmp_path / "events.csv",
                   ["customer_id", "timestamp", "channel", "action", "outcome", "score"],
                   data["events"])
    survey = write(tmp_path / "survey.csv", ["customer_id", "Date", "NPS", "Comment"],
                   [row[:4] for row in data["survey"]])
    path = create_project(tmp_path / "trends.pwb")
    facts: dict = {"data": data}
    with open_project(path) as project:
        import_file(project, events)
        source = import_file(project, survey, roles={"Date": "date", "NPS": "measure:nps",
                                                     "Comment": "free_text"}).source.id
        link_customers(project, default_keys(project))
        assert source
        parent = create_code(project, "Complaints")
        late = create_code(project, "Late delivery", parent_id=parent.id)
        facts["parent"], facts["late"] = parent.id, late.id
        for document_id, body in project.db.query("SELECT id, body FROM documents ORDER BY id"):
            for sentence in LATE:
                if sentence in body:
                    start = body.index(sentence) + 4  # a few words inside the sentence
                    apply_codes(project, document_id, start, start + 10, [late.id])
        ids = {project.db.scalar("SELECT customer_id FROM src_1 WHERE c0 = ? LIMIT 1",
                                 (f"C{c:03d}",)): c for c in range(CUSTOMERS)}
        facts["customer_of"] = {c: i for i, c in ids.items()}
        if personas:
            rows = [(cid, 0 if c < 150 else 1, 0 if c < 150 else 1, 1.0, None)
                    for cid, c in ids.items()]
            facts["set"] = persona_store.save_persona_set(
                project.db, name="halves", created_at=now_iso(), settings={}, result={},
                suggestion=None, features={},
                personas=[{"position": 0, "name": "Steady", "size": 150, "share": 0.5,
                           "profile": {}},
                          {"position": 1, "name": "Planted", "size": 150, "share": 0.5,
                           "profile": {}}],
                members=Memberships.from_rows(rows))
    return path, facts


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict]:
    return build_project(tmp_path_factory.mktemp("trends"))


@pytest.fixture(scope="module")
def report(built):
    path, _facts = built
    with open_project(path, readonly=True) as project:
        return trends.trend_report(project)


def find(report, group_key: str, kind: MetricKind, metric: str | None = None):
    found = [i for i, s in enumerate(report.series) if s.group_key == group_key and s.kind is kind
             and (metric is None or s.metric == metric)]
    assert len(found) == 1, [(s.group_key, s.kind, s.metric) for s in report.series]
    return found[0]


def hand_share(data: dict, persona: range, month: int, column: int, hit) -> tuple[int, int]:
    """(customers with it, active customers) of a persona in a month, from the plan."""
    active, having = set(), set()
    for row in data["events"]:
        c = int(row[0][1:])
        if c in persona and row[1].startswith(MONTHS[month]):
            active.add(c)
            if hit(row[column]):
                having.add(c)
    return len(having), len(active)


def test_planted_rises_are_flagged_on_the_right_series_with_direction(report, built):
    _path, facts = built
    assert report.by is TrendBy.PERSONA and report.set_id == facts["set"]
    assert report.periods == MONTHS
    complaint = find(report, "1", MetricKind.OUTCOME, "complaint")
    friction = find(report, "1", MetricKind.FRICTION)
    flagged = {(f.series, f.direction) for f in report.flags}
    assert (complaint, Direction.UP) in flagged
    assert (friction, Direction.UP) in flagged
    steady = find(report, "0", MetricKind.OUTCOME, "complaint")
    assert steady not in {f.series for f in report.flags}
    flag = next(f for f in report.flags if f.series == complaint and f.test == "window")
    assert flag.q_value <= 0.05 and flag.before < flag.after
    assert flag.after == pytest.approx(0.30, abs=0.07)
    assert "Benjamini–Hochberg" in report.method


def test_every_point_has_its_n_computed_by_hand(report, built):
    _path, facts = built
    data = facts["data"]
    series = report.series[find(report, "1", MetricKind.OUTCOME, "complaint")]
    for m, point in enumerate(series.points):
        count, n = hand_share(data, PLANTED, m, 4, lambda v: v == "complaint")
        assert (point.count, point.n) == (count, n)
        assert point.value == pytest.approx(count / n)
    active = report.series[find(report, "0", MetricKind.ACTIVE)]
    everyone = report.series[find(report, "all", MetricKind.ACTIVE)]
    assert all(p.n == CUSTOMERS and p.value == 150 for p in active.points)
    assert all(p.value == p.n == CUSTOMERS for p in everyone.points)
    assert any("no date" in note and "1" in note for note in report.notes)


def test_nps_series_per_persona_is_the_headline_of_the_answers(report, built):
    _path, facts = built
    data = facts["data"]
    series = report.series[find(report, "0", MetricKind.MEASURE)]
    assert series.unit == "nps" and series.metric.endswith("NPS")
    for m, point in enumerate(series.points):
        scores = [r[2] for r in data["survey"] if int(r[0][1:]) < 150
                  and r[1].startswith(MONTHS[m])]
        assert point.n == len(scores)
        expected = 100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores)
        assert point.value == pytest.approx(expected)


def test_a_rising_complaint_code_is_a_recurring_negative_experience_with_passages(report, built):
    _path, facts = built
    late = find(report, "1", MetricKind.COMPLAINT, "Complaints › Late delivery")
    parent = find(report, "1", MetricKind.COMPLAINT, "Complaints")
    assert report.series[late].code_id == facts["late"]
    flags = [f for f in report.flags if f.series in (late, parent) and f.recurring]
    assert flags and all(f.direction is Direction.UP for f in flags)
    window = set(MONTHS[-3:])
    late_customers = {r[0] for r in facts["data"]["survey"]
                      if r[4] and r[1][:7] in window and int(r[0][1:]) in PLANTED}
    assert len(late_customers) >= 10
    for flag in flags:
        assert 1 <= len(flag.passages) <= 3
        assert len({p["document_id"] for p in flag.passages}) == len(flag.passages)
        for passage in flag.passages:
            assert passage["text"] in LATE  # the whole sentence, not the coded words
            assert passage["end"] - passage["start"] == len(passage["text"])
            assert passage["title"]
    # the child's passages count for its parent code too
    child = report.series[late].points
    whole = report.series[parent].points
    assert [p.count for p in child] == [p.count for p in whole]
    assert not any(f.recurring for f in report.flags
                   if report.series[f.series].group_key == "0")


def test_from_and_to_keep_the_periods_inside(built):
    path, _facts = built
    with open_project(path, readonly=True) as project:
        part = trends.trend_report(project, start="2024-03-01", end="2024-08-31")
    assert part.periods == MONTHS[2:8]
    assert part.compared == MONTHS[5:8]
    everyone = part.series[find(part, "all", MetricKind.ACTIVE)]
    assert all(p.n == CUSTOMERS for p in everyone.points)


def test_a_period_the_data_cover_only_in_part_is_left_out_of_the_tests(built):
    path, _facts = built
    with open_project(path, readonly=True) as project:
        part = trends.trend_report(project, end="2024-12-04")
    assert part.periods == MONTHS
    assert part.compared == MONTHS[8:11]
    assert any("2024-12-04" in note and "2024-12" in note for note in part.notes)
    everyone = part.series[find(part, "all", MetricKind.ACTIVE)]
    assert 0 < everyone.points[-1].n < CUSTOMERS


def test_week_periods_are_iso_weeks_with_every_week_present(built):
    path, facts = built
    with open_project(path, readonly=True) as project:
        weekly = trends.trend_report(project, period=Period.WEEK, start="2024-01-01",
                                     end="2024-03-31")
    assert weekly.period is Period.WEEK
    assert weekly.periods[0] == "2024-W01" and weekly.periods[-1] == "2024-W13"
    assert len(weekly.periods) == 13
    everyone = weekly.series[find(weekly, "all", MetricKind.ACTIVE)]
    import datetime as dt

    counts: dict[str, set] = {}
    for row in facts["data"]["events"]:
        if row[1]:
            day = dt.date.fromisoformat(row[1][:10])
            if day <= dt.date(2024, 3, 31):
                year, week, _ = day.isocalendar()
                counts.setdefault(f"{year}-W{week:02d}", set()).add(row[0])
    assert {p.period: p.n for p in everyone.points} == {k: len(v) for k, v in counts.items()}


def test_empty_periods_are_present_with_n_zero(tmp_path):
    events = write(tmp_path / "events.csv", ["customer_id", "timestamp", "channel", "action"],
                   [[f"C{i:02d}", f"2024-01-{10 + i % 9:02d} 1{i % 10}:00", ("web", "store")[i % 2],
                     ("browse", "checkout")[i % 2]] for i in range(20)]
                   + [[f"C{i:02d}", f"2024-04-{10 + i % 9:02d} 1{i % 10}:00", ("web", "store")[i % 2],
                       ("browse", "checkout")[i % 2]] for i in range(12)])
    path = create_project(tmp_path / "gap.pwb")
    with open_project(path) as project:
        import_file(project, events)
        link_customers(project, default_keys(project))
        ids = [r[0] for r in project.db.query("SELECT id FROM customers ORDER BY id")]
        persona_store.save_persona_set(
            project.db, name="one", created_at=now_iso(), settings={}, result={},
            suggestion=None, features={},
            personas=[{"position": 0, "name": "All", "size": len(ids), "share": 1.0,
                       "profile": {}}],
            members=Memberships.from_rows([(c, 0, 0, 1.0, None) for c in ids]))
        report = trends.trend_report(project)
    assert report.periods == ["2024-01", "2024-02", "2024-03", "2024-04"]
    active = report.series[find(report, "0", MetricKind.ACTIVE)]
    assert [(p.value, p.n) for p in active.points] == [(20, 20), (0, 0), (0, 0), (12, 12)]
    assert not report.flags


def test_by_stage_through_the_journey_action_mapping(built):
    from workbench.services import journeys

    path, facts = built
    with open_project(path) as project:
        persona_id = persona_store.personas_of(project.db, facts["set"])[0].id
        journey_id = journeys.create_journey(project, persona_id)
        stages = journeys.get_journey(project, journey_id).stages
        journeys.set_action_stage(project, journey_id, "browse", stages[0].id)
        journeys.set_action_stage(project, journey_id, "checkout", stages[2].id)
        report = trends.trend_report(project, by=TrendBy.STAGE)
        for action in ("browse", "checkout"):
            journeys.set_action_stage(project, journey_id, action, None)
        with pytest.raises(AnalysisError, match="maps no action to a stage"):
            trends.trend_report(project, by=TrendBy.STAGE, journey_id=journey_id)
        with pytest.raises(AnalysisError, match="No journey map maps actions"):
            trends.trend_report(project, by=TrendBy.STAGE)
        with pytest.raises(AnalysisError, match="no journey map 999"):
            trends.trend_report(project, by=TrendBy.STAGE, journey_id=999)
    assert report.journey_id == journey_id and report.set_id is None
    first, third = stages[0].name, stages[2].name
    browse = report.series[find(report, first, MetricKind.ACTIVE)]
    checkout = report.series[find(report, third, MetricKind.ACTIVE)]
    assert browse.group == first
    for m, (a, b) in enumerate(zip(browse.points, checkout.points, strict=True)):
        rows = [r for r in facts["data"]["events"] if r[1].startswith(MONTHS[m])]
        assert a.count == len({r[0] for r in rows if r[3] == "browse"})
        assert b.count == len({r[0] for r in rows if r[3] == "checkout"})
        assert a.n == CUSTOMERS
    # the survey answers count for the stages their customer touched that month
    nps = report.series[find(report, third, MetricKind.MEASURE)]
    answered = [r for r in facts["data"]["survey"] if r[1].startswith(MONTHS[0])]
    checked = {r[0] for r in facts["data"]["events"] if r[1].startswith(MONTHS[0])
               and r[3] == "checkout"}
    assert nps.points[0].n == sum(1 for r in answered if r[0] in checked)


def test_clear_errors_without_a_persona_set_or_dated_data(tmp_path, built):
    path, _facts = build_project(tmp_path, personas=False)
    with open_project(path, readonly=True) as project:
        with pytest.raises(AnalysisError, match="No persona set yet"):
            trends.trend_report(project)
    with open_project(built[0], readonly=True) as project:
        with pytest.raises(AnalysisError, match="There is no persona set 99"):
            trends.trend_report(project, set_id=99)
        with pytest.raises(AnalysisError, match="Nothing is dated between"):
            trends.trend_report(project, start="2030-01-01")
        with pytest.raises(AnalysisError, match="not a date"):
            trends.trend_report(project, start="soon")
    survey = write(tmp_path / "plain.csv", ["customer_id", "NPS"], [["A", 9], ["B", 3]])
    bare = create_project(tmp_path / "bare.pwb")
    with open_project(bare) as project:
        import_file(project, survey, roles={"NPS": "measure:nps"})
        ids = [r[0] for r in project.db.query("SELECT id FROM customers ORDER BY id")]
        persona_store.save_persona_set(
            project.db, name="one", created_at=now_iso(), settings={}, result={},
            suggestion=None, features={},
            personas=[{"position": 0, "name": "All", "size": 2, "share": 1.0, "profile": {}}],
            members=Memberships.from_rows([(c, 0, 0, 1.0, None) for c in ids]))
        with pytest.raises(AnalysisError, match="Nothing in this project is dated"):
            trends.trend_report(project)


def test_csv_and_xlsx_exports_read_back(report, tmp_path):
    from openpyxl import load_workbook

    rows = sum(len(s.points) for s in report.series)
    target = trends.export_trends(report, tmp_path / "trends.csv")
    with target.open(encoding="utf-8-sig") as handle:
        read = list(csv.reader(handle))
    assert tuple(read[0]) == trends.EXPORT_COLUMNS
    assert len(read) == rows + 1
    complaint = find(report, "1", MetricKind.OUTCOME, "complaint")
    series = report.series[complaint]
    mine = [r for r in read[1:] if r[0] == "Planted" and r[1] == "outcome" and r[2] == "complaint"]
    assert [r[4] for r in mine] == MONTHS
    assert [int(r[6]) for r in mine] == [p.n for p in series.points]
    assert {r[8] for r in mine} == {"yes"}
    book = load_workbook(trends.export_trends(report, tmp_path / "trends.xlsx"))
    sheet = book.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert tuple(values[0]) == trends.EXPORT_COLUMNS and len(values) == rows + 1
    with pytest.raises(ExportError, match="csv or .xlsx"):
        trends.export_trends(report, tmp_path / "trends.pdf")


def test_progress_is_reported_and_a_cancel_stops_the_report(built):
    from workbench.errors import OperationCancelled
    from workbench.progress import Task

    path, _facts = built
    seen: list[str] = []
    task = Task(lambda done, total, message: seen.append(message))
    with open_project(path, readonly=True) as project:
        trends.trend_report(project, task=task)
        assert seen[0] == "Reading the groups…" and seen[-1] == "Done"
        task.cancel()
        with pytest.raises(OperationCancelled):
            trends.trend_report(project, task=task)
