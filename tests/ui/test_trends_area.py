"""The Trends area: its place among the areas, the flags with their passages, the chart and the
table drawn from TrendReport objects built here, the empty states on real project files, and
the real trends service end to end (planted shift, week and stage views, export read back,
closing the window while it computes)."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QKeySequence

from workbench.domain.living import (
    Direction,
    MetricKind,
    Period,
    TrendBy,
    TrendFlag,
    TrendPoint,
    TrendReport,
    TrendSeries,
)
from workbench.ui.trends import background
from workbench.ui.trends.flags_panel import PASSAGE_SCHEME, SERIES_SCHEME
from workbench.ui.trends.models import SeriesModel

TIMEOUT = 60_000
MONTHS = [f"2024-{m:02d}" for m in range(1, 9)]
#: Bargain hunters' late-delivery complaints: flat, then rising in the last three months.
LATE_COUNTS = [4, 5, 4, 5, 4, 14, 18, 21]
HUNTERS_N = [100, 104, 98, 101, 99, 120, 118, 121]
#: Loyalists: few customers some months (hollow points), their NPS falling.
LOYAL_N = [40, 42, 20, 41, 44, 18, 43, 45]
LOYAL_NPS = [35.0, 32.0, 30.0, 34.0, 33.0, 10.0, 8.0, 5.0]
PASSAGES = [{"document_id": 7, "start": 10, "end": 52, "text": "The parcel was late again."},
            {"document_id": 9, "start": 0, "end": 30, "text": "Nobody told me about the delay."},
            {"document_id": 11, "start": 0, "end": 26, "text": "The parcel was  late again."}]


def planted_report(*, flags: bool = True) -> TrendReport:
    """Two personas over eight months: active customers, a complaint code, an NPS."""
    def points(values, ns, counts=None):
        return [TrendPoint(period, value, n, None if counts is None else counts[i])
                for i, (period, value, n) in enumerate(zip(MONTHS, values, ns, strict=True))]

    series = [
        TrendSeries("Bargain hunters", "0", MetricKind.ACTIVE, "active", "count",
                    points(HUNTERS_N, HUNTERS_N)),
        TrendSeries("Loyalists", "1", MetricKind.ACTIVE, "active", "count",
                    points(LOYAL_N, LOYAL_N)),
        TrendSeries("Bargain hunters", "0", MetricKind.COMPLAINT, "Delivery/Late", "share",
                    points([c / n for c, n in zip(LATE_COUNTS, HUNTERS_N, strict=True)],
                           HUNTERS_N, LATE_COUNTS), code_id=3),
        TrendSeries("Loyalists", "1", MetricKind.COMPLAINT, "Delivery/Late", "share",
                    points([1 / n for n in LOYAL_N], LOYAL_N, [1] * 8), code_id=3),
        TrendSeries("Bargain hunters", "0", MetricKind.MEASURE, "How likely to recommend", "nps",
                    points([20.0] * 8, HUNTERS_N)),
        TrendSeries("Loyalists", "1", MetricKind.MEASURE, "How likely to recommend", "nps",
                    points(LOYAL_NPS, LOYAL_N)),
    ]
    found = []
    if flags:
        found = [
            TrendFlag(2, "window", Direction.UP, 0.045, 0.148, 0.00001, 0.0002, recurring=True,
                      passages=PASSAGES),
            TrendFlag(5, "window", Direction.DOWN, 32.8, 7.7, 0.004, 0.02),
            # the same complaint also rising over all months: listed once, by its smaller q
            TrendFlag(2, "trend", Direction.UP, 0.04, 0.17, 0.001, 0.004, recurring=True,
                      passages=PASSAGES),
        ]
    return TrendReport(TrendBy.PERSONA, Period.MONTH, list(MONTHS), series, found, set_id=1,
                       window=3, method="Last 3 months against the months before; "
                       "Benjamini–Hochberg, 5% false discovery rate.")


@pytest.fixture
def trends_area(window, make_project, qtbot):
    """The real area in the real window, over a real project file (the report is set by hand)."""
    window.open_project(make_project(customers=3))
    window.resize(1280, 800)
    view = window.project_view
    view.show_area("trends")
    area = view.area_widget("trends")
    qtbot.waitUntil(lambda: area.overview is not None, timeout=TIMEOUT)
    return area


def show(area, report: TrendReport) -> None:
    area.show_overview(background.TrendsOverview(report, [(1, "Spring wave")], [], 1, None))


def table_texts(view) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


# --------------------------------------------------------------------------- the area's place


def test_trends_follows_voice_of_the_customer_with_ctrl_7_and_export_moves_to_ctrl_8(window):
    keys = window.project_view.area_keys()
    assert keys.index("trends") == keys.index("voc") + 1
    assert keys.index("export") == keys.index("trends") + 1
    assert window.area_actions["trends"].shortcut() == QKeySequence("Ctrl+7")
    assert window.area_actions["export"].shortcut() == QKeySequence("Ctrl+8")
    assert type(window.project_view.area_widget("trends")).__name__ == "TrendsArea"
    assert not window.project_view.navigation.item(keys.index("trends")).icon().isNull()


# --------------------------------------------------------------------------- rendering


def test_the_recurring_complaint_comes_first_with_customers_change_and_its_passages(trends_area):
    area = trends_area
    show(area, planted_report())
    assert area.pages.currentWidget() is area.splitter
    panel = area.flags_panel
    text = panel.recurring.toPlainText()
    assert "Delivery/Late · Bargain hunters" in text
    assert f"{sum(LATE_COUNTS[-3:])} customers in the last 3 months" in text
    assert "4% → 15% ▲" in text  # before → after with the arrow
    assert text.count("Delivery/Late · Bargain hunters") == 1 and "q < 0.001" in text
    for passage in PASSAGES:
        assert " ".join(passage["text"].split()) in text
    assert text.count("The parcel was late again.") == 1  # the same words are quoted once
    assert panel.passages() == [(7, 10, 52), (9, 0, 30), (11, 0, 26)]
    # the other flag is listed with its arrow, change and q-value; not the recurring one
    others = table_texts(panel.view)
    assert others == [["Loyalists · Score · How likely to recommend", "▼ +33 → +8",
                       "q = 0.020", "recent periods vs earlier"]]
    assert panel.method_label.text().startswith("Last 3 months against")
    assert panel.method_button.isVisible() and not panel.method_label.isVisible()
    panel.method_button.click()  # the stated test, one click away when flags take the room
    assert panel.method_label.isVisible()
    assert not panel.nothing_label.isVisible()


def test_without_flags_a_plain_sentence_says_nothing_changed(trends_area):
    area = trends_area
    show(area, planted_report(flags=False))
    panel = area.flags_panel
    assert panel.nothing_label.isVisible()
    assert "no series is flagged" in panel.nothing_label.text()
    assert not panel.columns.isVisible()
    assert panel.method_label.isVisible()  # open: there is room


def test_the_table_gives_value_and_n_per_period_and_sorts_by_value(trends_area):
    area = trends_area
    show(area, planted_report())
    rows = {(r[0], r[1]): r for r in table_texts(area.table_view)}
    late = rows[("Bargain hunters", "Complaint · Delivery/Late")]
    assert late[2] == "▲ 4% → 15%"
    first = SeriesModel.FIRST_PERIOD
    for i, (count, n) in enumerate(zip(LATE_COUNTS, HUNTERS_N, strict=True)):
        assert late[first + i] == f"{round(100 * count / n)}% (n={n})"
    assert rows[("Loyalists", "Active customers")][first] == "40 (n=40)"
    assert rows[("Loyalists", "Score · How likely to recommend")][first + 7] == "+5 (n=45)"
    header = area.table_view.model().headerData(first + 7, Qt.Orientation.Horizontal)
    assert header == MONTHS[-1]
    # sorting by the last month puts the highest NPS... among NPS rows above the lower one
    area.table_view.sortByColumn(first + 7, Qt.SortOrder.DescendingOrder)
    order = [r[0] + " · " + r[1] for r in table_texts(area.table_view)]
    assert order.index("Bargain hunters · Active customers") < order.index(
        "Loyalists · Active customers")


def test_the_chart_draws_the_flagged_quantity_with_hollow_small_points_and_n_in_tooltips(
        trends_area, qtbot):
    area = trends_area
    show(area, planted_report())
    chart = area.chart
    # the recurring complaint is the quantity drawn first, one line per persona
    assert area.metric_box.currentData() == "complaint:Delivery/Late"
    assert chart.shown == [2, 3]
    assert set(chart.flags) == {2, 5}
    chart.resize(900, 300)
    chart.repaint()
    drawn = chart.drawn_points()
    assert len(drawn) == 16
    where = {(s, i): p for p, s, i in drawn}
    # rising share: the last month is drawn higher (smaller y) than the first
    assert where[(2, 7)].y() < where[(2, 0)].y()
    tip = chart.tooltip_at(where[(2, 7)])
    assert "Bargain hunters" in tip and MONTHS[7] in tip
    assert f"{LATE_COUNTS[7]} of {HUNTERS_N[7]} customers" in tip
    small = chart.tooltip_at(where[(3, 2)])  # Loyalists in March: n=20
    assert "n=" not in small or "20" in small
    assert "20 customers" in small and "Small n" in small
    assert chart.tooltip_at(QPointF(-50, -50)) == ""
    # choosing the NPS row in the table draws that quantity with the row highlighted
    model, proxy = area.table_model, area.table_proxy
    row = proxy.mapFromSource(model.index(5, 0)).row()
    area.table_view.selectRow(row)
    assert area.metric_box.currentData() == "measure:How likely to recommend"
    assert chart.shown == [4, 5] and chart.selected == 5


def test_a_series_link_in_the_recurring_list_draws_that_series(trends_area):
    area = trends_area
    show(area, planted_report())
    area.metric_box.setCurrentIndex(area.metric_box.findData("active:active"))
    assert area.chart.shown == [0, 1]
    area.flags_panel._link_clicked(QUrl(f"{SERIES_SCHEME}:2"))
    assert area.chart.shown == [2, 3] and area.chart.selected == 2


def test_a_passage_link_opens_the_passage_in_the_evidence_area(trends_area, monkeypatch):
    area = trends_area
    show(area, planted_report())
    evidence = area.window_.project_view.area_widget("evidence")
    opened = []
    monkeypatch.setattr(evidence, "open_document",
                        lambda document, select=None: opened.append((document, select)))
    area.flags_panel._link_clicked(QUrl(f"{PASSAGE_SCHEME}:9:0:30"))
    assert opened == [(9, (0, 30))]
    assert area.window_.project_view.current_area() == "evidence"


def test_screenshot_at_1280_by_800(trends_area, qtbot):
    area = trends_area
    show(area, planted_report())
    window = area.window()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)  # the controls fit: nothing widens it
    assert area.chart.width() > 600 and area.table_view.height() > 100
    assert window.grab().save("/tmp/shots_trends_constructed.png")


# --------------------------------------------------------------------------- empty states


def test_without_a_persona_set_the_area_says_make_one_first(trends_area):
    area = trends_area
    assert area.pages.currentIndex() == 0
    assert area.message_heading.text() == "Make a persona set first"
    assert "Personas area" in area.message_body.text()
    assert not area.export_button.isEnabled()
    assert area.export() is None


def test_the_journey_chooser_is_enabled_only_by_stage(trends_area, qtbot):
    area = trends_area
    area.show_overview(background.TrendsOverview(planted_report(), [(1, "Spring wave")],
                                                 [(4, "Purchase journey")], 1, 4))
    assert area.journey_box.currentText() == "Purchase journey"
    assert not area.journey_box.isEnabled()
    area.by_box.setCurrentIndex(area.by_box.findData(TrendBy.STAGE))
    area._update_choosers()
    assert area.journey_box.isEnabled()


def test_empty_state_texts_say_what_to_do(trends_area):
    area = trends_area
    cases = {
        background.NO_DATES: ("No dated touchpoints yet", "Date role"),
        background.NO_JOURNEY: ("No journey map yet", "Journeys area"),
        background.NO_STAGES: ("No touchpoint maps to a stage", "stage column"),
    }
    for problem, (heading, hint) in cases.items():
        area.show_overview(background.TrendsOverview(None, [(1, "Set")], [], 1, None,
                                                     problem=problem))
        assert area.pages.currentIndex() == 0
        assert area.message_heading.text() == heading
        assert hint in area.message_body.text()
        assert not area.export_button.isEnabled()


# --------------------------------------------------------------------------- closing


def test_closing_the_window_while_trends_compute_logs_no_error(window, make_project, qtbot,
                                                               monkeypatch, caplog):
    started = threading.Event()

    def slow_trends(project, *, task=None, **_choices):
        started.set()
        while True:  # stops only when the window cancels it
            task.check()
            threading.Event().wait(0.01)

    monkeypatch.setattr(background, "load_trends", slow_trends)
    window.open_project(make_project(customers=3))
    window.project_view.show_area("trends")
    area = window.project_view.area_widget("trends")
    qtbot.waitUntil(lambda: area.load_worker is not None, timeout=TIMEOUT)
    worker = area.load_worker
    assert started.wait(10)
    assert worker.is_running and area.progress_panel is not None
    with caplog.at_level(logging.WARNING):
        window.close()
    assert worker.wait(5)
    qtbot.waitUntil(lambda: not worker.is_running, timeout=TIMEOUT)
    assert worker.outcome == "cancelled"
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


# --------------------------------------------------------------------------- the real service

E2E_MONTHS = 8
E2E_MEMBERS = 60
E2E_PERSONAS = ("Steady shoppers", "Late-delivery victims")


def planted_events(seed: int = 3) -> str:
    """Two touchpoints a month for eight months per customer; the second persona's members
    complain (score 1) at half their touchpoints in the last three months, 5% before, and the
    first persona 5% throughout."""
    import random
    from datetime import datetime, timedelta

    rnd = random.Random(seed)
    start = datetime(2025, 1, 6, 10, 0)
    rows = ["customer_id,timestamp,channel,stage,action,outcome,score"]
    for persona in range(2):
        for member in range(E2E_MEMBERS):
            for month in range(E2E_MONTHS):
                for visit in range(2):
                    when = start + timedelta(days=30 * month + 3 + visit * 11 + member % 5)
                    late = month >= E2E_MONTHS - 3
                    bad = rnd.random() < (0.5 if persona == 1 and late else 0.05)
                    outcome, score = ("complaint", 1) if bad else ("ok", 4 + rnd.randint(0, 1))
                    rows.append(f"P{persona}C{member:03d},{when:%Y-%m-%d %H:%M:%S},"
                                f"{'call centre' if bad else 'web'},delivery of the solution,"
                                f"{'return request' if bad else 'order'},{outcome},{score}")
    return "\n".join(rows)


@pytest.fixture
def trends_service():
    try:
        from workbench.services import trends
    except ImportError:
        pytest.skip("workbench.services.trends is not there yet")
    return trends


@pytest.fixture
def planted_project(tmp_path, trends_service):
    """A project file with dated touchpoints, a two-persona set and a journey map."""
    from workbench.domain.persona_sets import Memberships
    from workbench.services.importing import import_file
    from workbench.services.journeys import create_journey
    from workbench.services.project import create_project, open_project
    from workbench.store import personas as persona_store
    from workbench.store.project_file import now_iso

    path = create_project(tmp_path / "trends.pwb", "Trends study")
    events = tmp_path / "touchpoints.csv"
    events.write_text(planted_events(), "utf-8")
    with open_project(path) as project:
        import_file(project, events)
        ids = {r["label"]: r["id"] for r in project.db.query("SELECT id, label FROM customers")}
        rows = [(ids[f"P{p}C{m:03d}"], p, p, 1.0, None) for p in range(2)
                for m in range(E2E_MEMBERS)]
        set_id = persona_store.save_persona_set(
            project.db, name="Delivery personas", created_at=now_iso(), settings={}, result={},
            suggestion=None, features={},
            personas=[{"position": p, "name": name, "size": E2E_MEMBERS, "share": 0.5,
                       "profile": {}} for p, name in enumerate(E2E_PERSONAS)],
            members=Memberships.from_rows(rows))
        persona_id = persona_store.personas_of(project.db, set_id)[1].id
        create_journey(project, persona_id, name="Delivery journey")
    return path


@pytest.fixture
def planted_area(window, planted_project, qtbot):
    window.open_project(planted_project)
    window.resize(1280, 800)
    view = window.project_view
    view.show_area("trends")
    area = view.area_widget("trends")
    qtbot.waitUntil(lambda: area.overview is not None and not area.background_workers(),
                    timeout=TIMEOUT)
    return area


def wait_loaded(area, qtbot) -> None:
    qtbot.waitUntil(lambda: not area.background_workers(), timeout=TIMEOUT)


def test_the_real_service_shows_the_planted_shift_of_the_complaining_persona(planted_area):
    area = planted_area
    assert area.overview.problem == "", area.message_body.text()
    assert area.pages.currentWidget() is area.splitter
    report = area.report
    assert report.by is TrendBy.PERSONA and len(report.periods) == E2E_MONTHS
    flagged = {report.series[f.series].group for f in report.flags}
    assert E2E_PERSONAS[1] in flagged
    assert not area.flags_panel.nothing_label.isVisible()
    # every period cell of the table carries the n behind it
    first = SeriesModel.FIRST_PERIOD
    cells = [c for row in table_texts(area.table_view) for c in row[first:]]
    assert cells and all("(n=" in c or c == "–" for c in cells)
    assert f"(n={E2E_MEMBERS})" in " ".join(cells)
    assert report.method and area.flags_panel.method_label.text() == report.method
    assert area.flags_panel.method_button.toolTip() == report.method
    assert area.chart.shown  # a quantity is drawn


def test_switching_to_weeks_and_to_journey_stages_computes_again(planted_area, qtbot):
    area = planted_area
    before = area.load_worker
    area.set_choices(period=Period.WEEK)
    assert area.load_worker is not before
    wait_loaded(area, qtbot)
    assert area.report.period is Period.WEEK
    assert len(area.report.periods) > E2E_MONTHS and "W" in area.report.periods[-1]
    header = area.table_view.model().headerData(SeriesModel.FIRST_PERIOD,
                                                Qt.Orientation.Horizontal)
    assert header == area.report.periods[0]

    area.set_choices(by=TrendBy.STAGE, period=Period.MONTH)
    assert area.journey_box.isEnabled() and area.journey_box.currentText() == "Delivery journey"
    wait_loaded(area, qtbot)
    report = area.report
    assert report is not None and report.by is TrendBy.STAGE
    assert report.journey_id == area.journey_box.currentData()
    assert area.overview.problem == "", area.message_body.text()
    assert {s.group for s in report.series} & {"Delivery of the solution"}


def test_a_date_limit_narrows_the_periods(planted_area, qtbot):
    from datetime import date

    area = planted_area
    area.set_choices(start=date(2025, 4, 1), end=None, limits=True)
    wait_loaded(area, qtbot)
    assert area.report.periods[0] >= "2025-04"
    assert area.from_check.isChecked() and not area.to_check.isChecked()


def test_export_writes_the_series_that_read_back(planted_area, qtbot, tmp_path, monkeypatch):
    import csv

    area = planted_area
    target = tmp_path / "trends.csv"
    monkeypatch.setattr(area, "_ask_export_path", lambda: str(target))
    window = area.window()
    assert window.export_action.isEnabled()
    worker = area.export()
    assert worker is not None
    qtbot.waitUntil(lambda: not worker.is_running, timeout=TIMEOUT)
    assert worker.outcome == "finished", window.show_message.last.text
    with target.open(encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    rows = list(csv.reader(text.splitlines(), delimiter=";" if text.count(";") > text.count(",")
                           else ","))
    assert len(rows) > 1
    flat = " ".join(" ".join(r) for r in rows)
    for persona in E2E_PERSONAS:
        assert persona in flat
    assert area.report.periods[-1] in flat
    assert window.show_message.last.title == "Trend series exported"
