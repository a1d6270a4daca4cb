"""The Voice of the customer area on real project files and the real voc service: a survey
export with an NPS column and open answers, a planted persona set (40 heavy users, 18 light
users: a small n), voices changed and undone, drivers with quotes, the persona card's Measures
block, the stage measures and front-line lane on a journey map, and the empty state."""

from __future__ import annotations

import csv
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from workbench.domain.voc import GroupBy, Voice
from workbench.i18n import MINUS
from workbench.services.importing import import_file
from workbench.services.project import create_project, open_project

TIMEOUT = 30_000
HEAVY, LIGHT = 40, 18
#: The answers' journey stage (two stages of the default journey template).
STAGES = ["Problem discovery", "Delivery of the solution"]
HEAVY_SCORES = [10, 9, 9, 8, 7, 6, 3, 10, 9, 2]
LIGHT_SCORES = [0, 2, 5, 9, 10, 6]
LATE = ["Delivery was late again and support never answered my emails",
        "The parcel arrived a week late and nobody called me back",
        "Late delivery, and the support line kept me waiting for an hour",
        "Support never answered; the order came late and damaged"]
PRAISE = ["Great service, friendly staff and a quick delivery",
          "Quick delivery and the app is easy to use",
          "Friendly staff who solved my problem the same day",
          "Everything arrived on time, very happy with the service"]


def survey_rows() -> list[dict]:
    rows = []
    for i in range(HEAVY + LIGHT):
        heavy = i < HEAVY
        score = HEAVY_SCORES[i % 10] if heavy else LIGHT_SCORES[i % 6]
        low = score <= 6
        comment = (LATE if low else PRAISE)[i % 4] + f" (order {1000 + i})."
        rows.append({"customer": f"C{i:03d}", "plan": "Basic" if low else "Premium",
                     "usage": 100 + i if heavy else i, "nps": score, "comment": comment,
                     "stage": STAGES[i % 2]})
    return rows


def nps_text(scores: list[int]) -> str:
    """NPS as the area writes it, computed here without the service: +12, −8, 0."""
    value = round(100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores))
                  / len(scores))
    return f"+{value}" if value > 0 else (f"{MINUS}{-value}" if value < 0 else "0")


def write_survey(path: Path) -> Path:
    rows = survey_rows()
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def plant_persona_set(project) -> tuple[int, dict[str, int]]:
    """Heavy users and light users, by customer label (test setup through the store)."""
    from workbench.domain.persona_sets import Memberships
    from workbench.services.customers import list_customers
    from workbench.store import personas as persona_store

    ids = {c.label: c.id for c in list_customers(project, limit=1000)}
    groups = {"Heavy users": [ids[f"C{i:03d}"] for i in range(HEAVY)],
              "Light users": [ids[f"C{i:03d}"] for i in range(HEAVY, HEAVY + LIGHT)]}
    rows = [(customer, position, position, 1.0, None)
            for position, members in enumerate(groups.values()) for customer in members]
    set_id = persona_store.save_persona_set(
        project.db, name="Usage", created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        settings={}, result={}, suggestion=None, features={},
        personas=[{"position": i, "name": name, "size": len(members), "share": 0.5,
                   "profile": {}} for i, (name, members) in enumerate(groups.items())],
        members=Memberships.from_rows(rows))
    return set_id, {p.name: p.id for p in persona_store.personas_of(project.db, set_id)}


def make_measure_column(project, source_id: int) -> None:
    """The nps column as an NPS measure and the comments as open answers, when the import
    did not infer them (the services' own tests do the same)."""
    from workbench.services.roles import change_roles, source_roles

    columns = {c.name: c for c in source_roles(project, source_id)[0].columns}
    wanted = {}
    if columns["nps"].role.value != "measure":
        wanted["nps"] = "measure:nps"
    if columns["comment"].role.value != "free_text":
        wanted["comment"] = "free_text"
    if wanted:
        change_roles(project, source_id, wanted)


@pytest.fixture
def survey_project(tmp_path) -> Path:
    path = create_project(tmp_path / "voc.pwb", "Survey")
    with open_project(path) as project:
        result = import_file(project, write_survey(tmp_path / "survey.csv"))
        make_measure_column(project, result.source.id)
        plant_persona_set(project)
    return path


@pytest.fixture
def voc_area(window, survey_project, qtbot):
    window.open_project(survey_project)
    window.resize(1280, 800)
    area = window.project_view.area_widget("voc")
    window.project_view.show_area("voc")
    qtbot.waitUntil(lambda: area.overview is not None, timeout=TIMEOUT)
    return area


def wait_loaded(area, qtbot) -> None:
    qtbot.waitUntil(lambda: not area.background_workers(), timeout=TIMEOUT)


def table_texts(view) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_voice_of_the_customer_follows_retention_with_ctrl_6_and_precedes_trends(window):
    keys = window.project_view.area_keys()
    assert keys.index("voc") == keys.index("retention") + 1
    assert keys.index("trends") == keys.index("voc") + 1
    assert window.area_actions["voc"].shortcut() == QKeySequence("Ctrl+6")
    assert window.area_actions["export"].shortcut() == QKeySequence("Ctrl+8")
    assert type(window.project_view.area_widget("voc")).__name__ == "VocArea"


def test_without_a_measure_column_the_area_says_how_to_mark_one(window, make_project, qtbot):
    window.open_project(make_project(customers=3))
    area = window.project_view.area_widget("voc")
    window.project_view.show_area("voc")
    qtbot.waitUntil(lambda: area.overview is not None, timeout=TIMEOUT)
    assert area.pages.currentIndex() == 0
    assert area.message_heading.text() == "No measure columns yet"
    body = area.message_body.text()
    assert "Measure role" in body and "import preview" in body and "workbench roles" in body
    assert not area.export_button.isEnabled()
    window.grab().save("/tmp/voc_empty.png")


def test_by_persona_the_table_shows_n_the_nps_and_marks_the_small_n(voc_area, qtbot):
    area = voc_area
    rows = survey_rows()
    assert area.pages.currentWidget() is area.tabs
    overall = table_texts(area.measures_view)
    assert len(overall) == 1
    assert overall[0][1] == "Everyone" and overall[0][3] == str(HEAVY + LIGHT)
    assert overall[0][4].startswith(nps_text([r["nps"] for r in rows]) + " (95%: ")

    area.set_breakdown(GroupBy.PERSONA)
    assert area.set_box.isVisible() and area.set_box.currentText() == "Usage"
    wait_loaded(area, qtbot)
    lines = {line[1]: line for line in table_texts(area.measures_view)}
    heavy, light = lines["Heavy users"], lines["Light users"]
    assert heavy[0].startswith("NPS")
    assert heavy[3] == "40"  # not small: no mark
    assert light[3] == "18 · small n"  # below 30: shown, and marked
    assert heavy[4].startswith(nps_text([r["nps"] for r in rows[:HEAVY]]) + " (95%: ")
    assert light[4].startswith(nps_text([r["nps"] for r in rows[HEAVY:]]) + " (95%: ")
    assert "promoters" in heavy[5] and "detractors" in heavy[5]
    assert "small n" in area.notes_label.text()
    window = area.window()
    window.grab().save("/tmp/voc_measures.png")


def test_drivers_are_listed_with_example_quotes(voc_area, qtbot):
    area = voc_area
    area.tabs.setCurrentIndex(1)
    wait_loaded(area, qtbot)
    panel = area.drivers_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=TIMEOUT)
    drivers = table_texts(panel.view)
    assert drivers, "no drivers"
    first = drivers[0]
    assert first[2].startswith("×")  # lift with its interval
    assert " of detractors vs " in first[4] and " of promoters" in first[4]
    quoted = [driver for driver in panel.model.rows() if driver.examples]
    assert quoted, "no driver has example quotes"
    row = panel.model.rows().index(quoted[0])
    panel.view.selectRow(panel.proxy.mapFromSource(panel.model.index(row, 0)).row())
    assert panel.example_texts()
    html = panel.examples.toPlainText()
    assert any(text[:20] in html for text in panel.example_texts())
    assert "Customers" in html  # each quote says whose voice it is
    area.window().grab().save("/tmp/voc_drivers.png")


def test_a_source_marked_front_line_leaves_the_customer_figures_and_undo_brings_it_back(
        voc_area, qtbot):
    from workbench.services import voc

    area = voc_area
    window = area.window()
    area.tabs.setCurrentIndex(2)
    combo = area.voices_panel.combos[1]
    assert combo.currentData() == Voice.CUSTOMER
    window.grab().save("/tmp/voc_voices.png")
    area.set_source_voice(1, "survey.csv", Voice.FRONTLINE)
    assert voc.measure_columns(window.project)[0].voice is Voice.FRONTLINE
    wait_loaded(area, qtbot)
    assert area.voices_panel.combos[1].currentData() == Voice.FRONTLINE
    assert area.measures_model.rowCount() == 0  # customers' figures: none left
    area.set_voice(None)  # both voices: the front-line figures, labelled as such
    wait_loaded(area, qtbot)
    assert {row.voice for row in area.measures_model.rows()} == {Voice.FRONTLINE}
    assert not area.measures_view.isColumnHidden(area.measures_model.VOICE)

    window.undo_action.trigger()
    assert voc.measure_columns(window.project)[0].voice is Voice.CUSTOMER
    wait_loaded(area, qtbot)
    assert area.voices_panel.combos[1].currentData() == Voice.CUSTOMER
    assert {row.voice for row in area.measures_model.rows()} == {Voice.CUSTOMER}


def test_a_document_marked_front_line_is_tagged_in_the_evidence_list_and_undone(voc_area,
                                                                                  qtbot):
    from workbench.services import voc
    from workbench.ui.evidence import document_actions
    from workbench.ui.evidence.models import DocumentListModel

    window = voc_area.window()
    window.project_view.show_area("evidence")
    evidence = window.project_view.area_widget("evidence")
    model = evidence.documents_model
    assert model.rowCount() == HEAVY + LIGHT
    document = model.record(0)
    menu = document_actions.documents_menu(evidence, document.id)
    texts = [a.text() for a in menu.actions()]
    assert "Mark as front-line voice" in texts
    document_actions.set_document_voice(evidence, document.id, Voice.FRONTLINE)
    assert voc.document_voice(window.project, document.id) is Voice.FRONTLINE
    row = model.row_of(document.id)
    assert model.is_frontline(model.record(row))
    assert model.index(row, DocumentListModel.SOURCE).data().startswith("Front line · ")
    menu = document_actions.documents_menu(evidence, document.id)
    assert "Mark as customer voice" in [a.text() for a in menu.actions()]
    evidence.documents_view.selectRow(evidence.documents_proxy.mapFromSource(
        model.index(row, 0)).row())
    evidence.grab().save("/tmp/voc_evidence_tag.png")

    window.undo_action.trigger()
    assert voc.document_voice(window.project, document.id) is Voice.CUSTOMER
    assert not model.is_frontline(model.record(model.row_of(document.id)))


def test_the_persona_card_shows_each_personas_measures_with_n(window, survey_project, qtbot):
    window.open_project(survey_project)
    window.resize(1280, 800)
    window.project_view.show_area("personas")
    area = window.project_view.area_widget("personas")
    qtbot.waitUntil(lambda: bool(area.set_view.grid.cards) and all(
        getattr(c, "measures_block", None) is not None for c in area.set_view.grid.cards),
        timeout=TIMEOUT)
    rows = survey_rows()
    cards = {c.persona.name: c for c in area.set_view.grid.cards}
    heavy = cards["Heavy users"].measures_block.texts()
    light = cards["Light users"].measures_block.texts()
    assert heavy[0].startswith("NPS " + nps_text([r["nps"] for r in rows[:HEAVY]]))
    assert "n = 40" in heavy[0] and "small n" not in heavy[0]
    assert light[0].startswith("NPS " + nps_text([r["nps"] for r in rows[HEAVY:]]))
    assert "n = 18" in light[0] and "small n" in light[0]
    area.scroll.widget().grab().save("/tmp/voc_persona_card.png")


def test_closing_the_window_while_the_figures_are_computed_logs_no_error(
        window, survey_project, qtbot, caplog):
    window.open_project(survey_project)
    window.project_view.show_area("voc")
    area = window.project_view.area_widget("voc")
    with caplog.at_level(logging.WARNING):
        area.set_breakdown(GroupBy.PERSONA)
        area.load_drivers()
        assert area.background_workers()
        window.close()
        qtbot.wait(300)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not area.background_workers()


@pytest.fixture
def journey_project(survey_project) -> tuple[Path, int]:
    """The survey project with a journey map of the heavy users."""
    from workbench.services import journeys
    from workbench.services.personas import persona_sets, personas_of

    with open_project(survey_project) as project:
        set_id = persona_sets(project)[0].id
        heavy = next(p.id for p in personas_of(project, set_id) if p.name == "Heavy users")
        journey_id = journeys.create_journey(project, heavy)
    return survey_project, journey_id


def test_the_journey_map_shows_stage_measures_and_adds_an_undoable_front_line_lane(
        window, journey_project, qtbot):
    from workbench.services import journeys
    from workbench.ui.journeys import voc_lanes
    from workbench.ui.journeys.map_layout import Hit

    path, journey_id = journey_project
    window.open_project(path)
    window.resize(1280, 800)
    window.project_view.show_area("journeys")
    area = window.project_view.area_widget("journeys")
    qtbot.waitUntil(lambda: area.journey is not None and bool(area.map_view.stage_measures),
                    timeout=TIMEOUT)
    rows = survey_rows()[:HEAVY]
    first, last = area.journey.stages[0], area.journey.stages[-1]
    discovery = [r["nps"] for r in rows if r["stage"] == STAGES[0]]
    expected = f"NPS {nps_text(discovery)} (n = {len(discovery)}) · small n"
    assert area.map_view.stage_measures[first.id] == [expected]
    assert last.id in area.map_view.stage_measures
    lane = next(lane for lane in area.journey.lanes if lane.kind == "emotion")
    tip = area.map_view._tooltip(Hit("emotion", lane.id, first.id))
    assert expected in tip
    window.grab().save("/tmp/voc_journey.png")

    lanes_before = len(area.journey.lanes)
    area.lanes_menu.aboutToShow.emit()
    assert "Add front-line view lane" in [a.text() for a in area.lanes_menu.actions()]
    voc_lanes.add_frontline_lane(area)
    assert len(journeys.get_journey(window.project, journey_id).lanes) == lanes_before + 1
    window.undo_action.trigger()
    assert len(journeys.get_journey(window.project, journey_id).lanes) == lanes_before
    window.redo_action.trigger()
    assert len(journeys.get_journey(window.project, journey_id).lanes) == lanes_before + 1


def test_a_driver_becomes_an_undoable_pain_point_on_a_chosen_stage(window, journey_project,
                                                                    qtbot, monkeypatch):
    from workbench.services import journeys

    path, journey_id = journey_project
    window.open_project(path)
    window.project_view.show_area("voc")
    area = window.project_view.area_widget("voc")
    qtbot.waitUntil(lambda: area.overview is not None, timeout=TIMEOUT)
    wait_loaded(area, qtbot)
    panel = area.drivers_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=TIMEOUT)
    driver = panel.current_driver()
    stage_id = journeys.get_journey(window.project, journey_id).stages[1].id
    asked = []
    monkeypatch.setattr(area, "_ask_pain_point",
                        lambda d, maps: asked.append((d.label, maps)) or (journey_id, stage_id))
    cards_before = len(journeys.get_journey(window.project, journey_id).cards)
    assert panel.pain_button.isEnabled()
    panel.pain_button.click()
    assert asked and asked[0][0] == driver.label
    assert asked[0][1][0][0] == journey_id  # the dialog is offered the map and its stages
    cards = journeys.get_journey(window.project, journey_id).cards
    assert len(cards) == cards_before + 1
    added = next(c for c in cards if c.stage_id == stage_id and driver.label in c.text)
    assert added is not None
    window.undo_action.trigger()
    assert len(journeys.get_journey(window.project, journey_id).cards) == cards_before
    window.redo_action.trigger()
    assert len(journeys.get_journey(window.project, journey_id).cards) == cards_before + 1


def test_the_pain_point_dialog_lists_each_maps_stages(qtbot):
    from workbench.ui.voc.dialogs import PainPointDialog

    dialog = PainPointDialog("Late delivery", [(1, "Map A", [(10, "Discovery"), (11, "Use")]),
                                               (2, "Map B", [(20, "Renewal")])])
    qtbot.addWidget(dialog)
    assert dialog.choice() == (1, 10)
    dialog.journey_box.setCurrentIndex(1)
    assert [dialog.stage_box.itemText(i) for i in range(dialog.stage_box.count())] == ["Renewal"]
    assert dialog.choice() == (2, 20)
    dialog.show()
    dialog.grab().save("/tmp/voc_pain_point_dialog.png")


def test_the_measures_table_is_exported_as_the_area_breaks_it_down(voc_area, qtbot, tmp_path,
                                                                   monkeypatch):
    area = voc_area
    target = tmp_path / "measures.csv"
    monkeypatch.setattr(area, "_ask_export_path", lambda: str(target))
    area.set_breakdown(GroupBy.PERSONA)
    wait_loaded(area, qtbot)
    worker = area.export_table()
    qtbot.waitUntil(lambda: not worker.is_running, timeout=TIMEOUT)
    text = target.read_text("utf-8-sig")
    assert "Heavy users" in text and "Light users" in text
