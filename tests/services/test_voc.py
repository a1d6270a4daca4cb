"""Voice of the customer on real project files: measures by group, drivers, voices, exports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from workbench.domain.persona_sets import Memberships
from workbench.domain.voc import DriverKind, GroupBy, Voice
from workbench.errors import AnalysisError, ProjectReadOnlyError
from workbench.services import voc
from workbench.services.evidence import apply_codes, create_code
from workbench.services.importing import import_file
from workbench.services.linking import default_keys, link_customers
from workbench.services.project import create_project, open_project
from workbench.store import personas as persona_store
from workbench.store.project_file import now_iso

N = 60
#: Sentences every customer's comment draws from, whatever their score (themes stay noise).
POOL = [
    "The shop was open on Sunday morning.",
    "I bought a new lamp for the kitchen.",
    "My sister recommended the garden chairs.",
    "Parking near the entrance was easy to find.",
    "The catalogue had many colours of paint.",
    "We came back for the blue cushions.",
    "The website listed the opening hours.",
    "I paid with my card at the counter.",
]
#: Complaints a researcher coded "Late delivery": worded differently, so no theme matches them all.
LATE = [
    "The parcel arrived two weeks after the promised day.",
    "Nobody told me the sofa would be a month overdue.",
    "My order came far too late for the party.",
    "Still waiting for the wardrobe since March.",
    "Delivery slipped three times without any warning.",
    "The courier postponed again and again.",
]


def band(i: int) -> str:
    """Mostly promoters in the first half, mostly detractors in the second."""
    if i < 30:
        return ("low", "middle", "high", "high")[i % 4]
    return ("low", "low", "middle", "high")[i % 4]


def nps_of(i: int) -> int:
    return {"low": (0, 3, 5, 6)[i % 4], "middle": (7, 8)[i % 2], "high": (9, 10)[i % 2]}[band(i)]


LOWS = [i for i in range(N) if band(i) == "low"]
HIGHS = [i for i in range(N) if band(i) == "high"]


def has_late_code(i: int) -> bool:
    """The planted driver: all detractors but two, and one promoter."""
    return (band(i) == "low" and i not in LOWS[:2]) or i == HIGHS[0]


def late_text(i: int) -> str:
    return LATE[i % len(LATE)]


def channel_of(i: int) -> str:
    return ("store", "web", "phone")[(i // 3) % 3]


def month_of(i: int) -> str | None:
    return None if i % 10 == 9 else f"2024-0{1 + i % 4}"


def write(path: Path, header: list[str], rows: list[list]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _import_measure(project, path: Path, column: str, spec: str, roles: dict[str, str]) -> int:
    """Import with the column as a measure; marked through the store when import cannot yet."""
    try:
        result = import_file(project, path, roles={**roles, column: "measure:" + spec})
    except Exception:  # the measure role choice not landed yet
        result = import_file(project, path, roles={**roles, column: "numeric"})
    source_id = result.source.id
    with project.db.transaction():
        project.db.execute("UPDATE source_columns SET role = 'measure', measure = ? "
                           "WHERE source_id = ? AND label = ?",
                           (voc.MeasureSpec.parse(spec).text(), source_id, column))
    return source_id


def build_project(tmp_path: Path) -> tuple[Path, dict]:
    """Survey (NPS, comment), a second small survey, front-line notes with a staff rating,
    and touchpoint events; customers linked; two personas; a planted code."""
    survey = write(tmp_path / "survey.csv",
                   ["customer_id", "Plan", "Tenure", "Channel", "Date", "NPS", "Comment"],
                   [[f"C{i:03d}", "basic" if i % 2 == 0 else "premium", i + 1, channel_of(i),
                     (f"{month_of(i)}-10" if month_of(i) else ""), nps_of(i),
                     f"{POOL[(i * 7) % 8]} {late_text(i) if has_late_code(i) else POOL[(i * 3 + 1) % 8]}"]
                    for i in range(N)])
    second = write(tmp_path / "survey_b.csv", ["customer_id", "NPS"],
                   [[f"D{i}", score] for i, score in enumerate([10, 10, 9, 0, 8])])
    staff = write(tmp_path / "staff.csv", ["customer_id", "Staff rating", "Staff note"],
                  [[f"C{i:03d}", 1 if band(i) == "low" else 5,
                    f"Customer asked about the lamp stock. Visit number {i}."]
                   for i in range(N)])
    events = write(tmp_path / "events.csv", ["customer_id", "timestamp", "channel", "action"],
                   [[f"C{i:03d}", "2024-01-01 10:00", "web", "browse"] for i in range(N)]
                   + [[f"C{i:03d}", "2024-02-01 10:00", "store", "checkout"]
                      for i in range(0, N, 2)])
    path = create_project(tmp_path / "voc.pwb")
    facts: dict = {}
    with open_project(path) as project:
        facts["survey"] = _import_measure(project, survey, "NPS", "nps",
                                          {"Comment": "free_text", "Channel": "channel",
                                           "Date": "date", "Plan": "categorical",
                                           "Tenure": "numeric"})
        facts["second"] = _import_measure(project, second, "NPS", "nps", {})
        facts["staff"] = _import_measure(project, staff, "Staff rating", "rating",
                                         {"Staff note": "free_text"})
        import_file(project, events)
        link_customers(project, default_keys(project))
        voc.set_source_voice(project, facts["staff"], Voice.FRONTLINE)
        customer = {project.db.scalar(f"SELECT customer_id FROM src_{facts['survey']} "
                                      "WHERE row_number = ?", (i + 2,)): i for i in range(N)}
        facts["customer_of"] = {i: c for c, i in customer.items()}
        late = create_code(project, "Late delivery")
        rude = create_code(project, "Stock questions")
        facts["late"], facts["rude"] = late.id, rude.id
        for document_id, customer_id, source_id, body in project.db.query(
                "SELECT id, customer_id, source_id, body FROM documents ORDER BY id"):
            i = customer.get(customer_id)
            if i is None:
                continue
            if source_id == facts["survey"] and has_late_code(i):
                start = body.index(late_text(i)) + 4  # a few words inside the complaint
                apply_codes(project, document_id, start, start + 12, [late.id])
            if source_id == facts["staff"] and band(i) == "low":
                apply_codes(project, document_id, 0, 8, [rude.id])
        groups = {"First half": [facts["customer_of"][i] for i in range(30)],
                  "Second half": [facts["customer_of"][i] for i in range(30, N)]}
        rows = [(c, position, position, 1.0, None)
                for position, ids in enumerate(groups.values()) for c in ids]
        set_id = persona_store.save_persona_set(
            project.db, name="halves", created_at=now_iso(), settings={}, result={},
            suggestion=None, features={},
            personas=[{"position": k, "name": name, "size": len(ids), "share": 0.5, "profile": {}}
                      for k, (name, ids) in enumerate(groups.items())],
            members=Memberships.from_rows(rows))
        facts["set"] = set_id
        facts["personas"] = {p.name: p.id for p in persona_store.personas_of(project.db, set_id)}
    return path, facts


def expected_nps(indexes) -> float:
    """NPS by hand: % promoters − % detractors of the survey's answers."""
    scores = [nps_of(i) for i in indexes]
    promoters = sum(s >= 9 for s in scores)
    detractors = sum(s <= 6 for s in scores)
    return 100 * (promoters - detractors) / len(scores)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict]:
    return build_project(tmp_path_factory.mktemp("voc"))


def rows_of(report, source_name: str):
    return [r for r in report.rows if r.measure.startswith(source_name)]


def test_measure_columns_list_each_measure_with_its_voice_and_answers(built):
    path, facts = built
    with open_project(path, readonly=True) as project:
        columns = voc.measure_columns(project)
    by_source = {c.source_id: c for c in columns}
    assert by_source[facts["survey"]].spec.kind.value == "nps"
    assert by_source[facts["survey"]].answers == N
    assert by_source[facts["second"]].answers == 5
    assert by_source[facts["staff"]].voice is Voice.FRONTLINE
    assert by_source[facts["staff"]].spec.text() == "rating:1-5"


def test_overall_nps_per_measure_column_is_computed_by_hand(built):
    path, facts = built
    with open_project(path, readonly=True) as project:
        report = voc.voc_report(project)
    assert report.by is GroupBy.OVERALL
    survey = rows_of(report, "survey.csv")
    assert len(survey) == 1 and survey[0].label == "Everyone" and survey[0].group == ""
    assert survey[0].result.n == N
    assert survey[0].result.value == pytest.approx(expected_nps(range(N)))
    assert survey[0].result.promoters == pytest.approx(len(HIGHS) / N)
    second = rows_of(report, "survey_b.csv")[0]
    assert second.result.value == pytest.approx(40.0)  # 3 promoters, 1 detractor of 5
    assert second.result.small
    # front-line answers are not customer rows
    assert all(r.voice is Voice.CUSTOMER for r in report.rows)
    assert not rows_of(report, "staff.csv")
    assert report.sentiment and report.sentiment[0].label == "Everyone"
    assert all(s.voice is Voice.CUSTOMER for s in report.sentiment)


def test_by_persona_channel_month_and_source(built):
    path, facts = built
    with open_project(path, readonly=True) as project:
        persona = voc.voc_report(project, by=GroupBy.PERSONA)
        channel = voc.voc_report(project, by=GroupBy.CHANNEL)
        month = voc.voc_report(project, by=GroupBy.MONTH)
        source = voc.voc_report(project, by=GroupBy.SOURCE)
        cards = voc.persona_measures(project, facts["set"])
    first = {r.label: r for r in rows_of(persona, "survey.csv")}
    assert list(first) == ["First half", "Second half"]
    assert first["First half"].result.value == pytest.approx(expected_nps(range(30)))
    assert first["First half"].result.value == pytest.approx(20.0)  # 14 promoters, 8 detractors
    assert first["Second half"].result.value == pytest.approx(-20.0)  # 8 promoters, 14 detractors
    assert first["Second half"].result.value == pytest.approx(expected_nps(range(30, N)))
    assert first["First half"].group == str(facts["personas"]["First half"])
    assert any("no persona" in note for note in persona.notes)  # survey_b's customers
    assert cards[facts["personas"]["First half"]][0].result.n == 30

    by_channel = {r.group: r.result for r in rows_of(channel, "survey.csv")}
    for name in ("store", "web", "phone"):
        members = [i for i in range(N) if channel_of(i) == name]
        assert by_channel[name].n == len(members)
        assert by_channel[name].value == pytest.approx(expected_nps(members))

    by_month = {r.group: r.result for r in rows_of(month, "survey.csv")}
    assert sorted(by_month) == ["2024-01", "2024-02", "2024-03", "2024-04"]
    for name, result in by_month.items():
        members = [i for i in range(N) if month_of(i) == name]
        assert result.n == len(members)
        assert result.value == pytest.approx(expected_nps(members))
    assert any("no date" in note and "6" in note for note in month.notes)

    sources = {r.group: r for r in source.rows}
    assert sources[str(facts["survey"])].label == "survey.csv"
    assert sources[str(facts["second"])].result.value == pytest.approx(40.0)


def test_both_voices_keep_front_line_scores_apart(built):
    path, facts = built
    with open_project(path, readonly=True) as project:
        both = voc.voc_report(project, voice=None)
        frontline = voc.voc_report(project, voice=Voice.FRONTLINE)
    staff = rows_of(both, "staff.csv")
    assert len(staff) == 1 and staff[0].voice is Voice.FRONTLINE
    assert staff[0].result.value == pytest.approx((len(LOWS) * 1 + (N - len(LOWS)) * 5) / N)
    assert rows_of(both, "survey.csv")[0].voice is Voice.CUSTOMER
    assert {r.voice for r in frontline.rows} == {Voice.FRONTLINE}
    assert {s.voice for s in both.sentiment} == {Voice.CUSTOMER, Voice.FRONTLINE}


def test_stage_breakdown_through_a_journey_map(tmp_path):
    from workbench.services import journeys

    path, facts = build_project(tmp_path)
    with open_project(path) as project:
        with pytest.raises(AnalysisError):
            voc.voc_report(project, by=GroupBy.STAGE, journey_id=999)
        empty = voc.voc_report(project, by=GroupBy.STAGE)
        assert empty.rows == [] and any("journey map" in note for note in empty.notes)
        journey_id = journeys.create_journey(project, facts["personas"]["First half"])
        stages = journeys.get_journey(project, journey_id).stages
        journeys.set_action_stage(project, journey_id, "browse", stages[0].id)
        journeys.set_action_stage(project, journey_id, "checkout", stages[2].id)
        report = voc.voc_report(project, by=GroupBy.STAGE)
        by_stage = voc.stage_measures(project, journey_id)
    rows = {r.group: r.result for r in rows_of(report, "survey.csv")}
    # members (first half) whose latest event is a checkout are at stage 3, the others at 1
    checkout = [i for i in range(30) if i % 2 == 0]
    browse = [i for i in range(30) if i % 2 == 1]
    assert rows[str(stages[2].id)].n == len(checkout)
    assert rows[str(stages[2].id)].value == pytest.approx(expected_nps(checkout))
    assert rows[str(stages[0].id)].value == pytest.approx(expected_nps(browse))
    assert set(by_stage) == {s.id for s in stages}
    assert by_stage[stages[1].id] == []
    assert by_stage[stages[2].id][0].result.n == len(checkout)


def test_planted_code_is_the_top_driver_with_examples_from_different_documents(built):
    path, facts = built
    with open_project(path, readonly=True) as project:
        report = voc.key_drivers(project)
    assert report.measure.source_id == facts["survey"]
    assert (report.low_n, report.high_n) == (len(LOWS), len(HIGHS))
    top = report.drivers[0]
    assert (top.kind, top.key, top.label) == (DriverKind.CODE, str(facts["late"]), "Late delivery")
    assert (top.low_with, top.high_with) == (len(LOWS) - 2, 1)
    assert top.significant
    assert 1 <= len(top.examples) <= 3
    assert len({e.document_id for e in top.examples}) == len(top.examples)
    for example in top.examples:
        assert example.text in LATE  # the coded words expanded to the whole sentence
        assert example.voice is Voice.CUSTOMER and example.customer_label
    # the front-line code never reaches the customers' drivers
    assert all(d.key != str(facts["rude"]) for d in report.drivers)


def test_front_line_drivers_use_front_line_documents_only(built):
    path, facts = built
    with open_project(path, readonly=True) as project:
        report = voc.key_drivers(project, voice=Voice.FRONTLINE)
        with pytest.raises(AnalysisError, match="front-line"):
            voc.key_drivers(project, report.measure.column_id, voice=Voice.CUSTOMER)
    assert report.measure.source_id == facts["staff"]
    keys = {d.key for d in report.drivers if d.kind is DriverKind.CODE}
    assert str(facts["rude"]) in keys and str(facts["late"]) not in keys
    assert report.drivers[0].key == str(facts["rude"])
    assert all(e.voice is Voice.FRONTLINE for e in report.drivers[0].examples)


def test_drivers_for_one_persona_count_its_members_only(built):
    path, facts = built
    with open_project(path, readonly=True) as project:
        report = voc.key_drivers(project, persona_id=facts["personas"]["First half"])
        with pytest.raises(AnalysisError):
            voc.key_drivers(project, persona_id=999)
    assert report.low_n == sum(band(i) == "low" for i in range(30))


def test_set_and_restore_voices(tmp_path):
    path, facts = build_project(tmp_path)
    with open_project(path) as project:
        document_id = project.db.scalar("SELECT min(id) FROM documents WHERE source_id = ?",
                                        (facts["survey"],))
        assert voc.document_voice(project, document_id) is Voice.CUSTOMER
        assert voc.set_document_voice(project, document_id, Voice.FRONTLINE) is None
        assert voc.document_voice(project, document_id) is Voice.FRONTLINE
        assert voc.set_document_voice(project, document_id, None) is Voice.FRONTLINE
        assert voc.document_voice(project, document_id) is Voice.CUSTOMER
        assert voc.set_source_voice(project, facts["survey"], Voice.FRONTLINE) is Voice.CUSTOMER
        assert voc.document_voice(project, document_id) is Voice.FRONTLINE
        assert rows_of(voc.voc_report(project, voice=Voice.FRONTLINE), "survey.csv")
        assert voc.set_source_voice(project, facts["survey"], Voice.CUSTOMER) is Voice.FRONTLINE
        with pytest.raises(AnalysisError, match="no source 999"):
            voc.set_source_voice(project, 999, Voice.CUSTOMER)
        with pytest.raises(AnalysisError, match="no document 999999"):
            voc.set_document_voice(project, 999999, Voice.CUSTOMER)
    with open_project(path, readonly=True) as project:
        with pytest.raises(ProjectReadOnlyError):
            voc.set_source_voice(project, facts["survey"], Voice.FRONTLINE)


def test_passages_carry_their_voice(built):
    from workbench.services.evidence import coded_passages

    path, facts = built
    with open_project(path, readonly=True) as project:
        late = coded_passages(project, facts["late"])
        rude = coded_passages(project, facts["rude"])
    assert late and {p.voice for p in late} == {"customer"}
    assert rude and {p.voice for p in rude} == {"frontline"}


def test_driver_card_and_front_line_lane_on_a_journey(tmp_path):
    from workbench.domain.journeys import LANE_PAIN_POINTS
    from workbench.services import journeys

    path, facts = build_project(tmp_path)
    with open_project(path) as project:
        journey_id = journeys.create_journey(project, facts["personas"]["First half"])
        stages = journeys.get_journey(project, journey_id).stages
        journeys.set_action_stage(project, journey_id, "browse", stages[0].id)
        journeys.set_action_stage(project, journey_id, "checkout", stages[2].id)
        driver = voc.key_drivers(project).drivers[0]
        card_id = voc.driver_pain_point(project, journey_id, stages[2].id, driver)
        journey = journeys.get_journey(project, journey_id)
        card = next(c for c in journey.cards if c.id == card_id)
        assert card.lane_id == journey.lane(LANE_PAIN_POINTS).id
        assert "Late delivery" in card.text and "as often as promoters" in card.text
        assert card.evidence.document_id == driver.examples[0].document_id
        journeys.remove_card(project, card_id)

        lane_id = voc.frontline_lane(project, journey_id)
        again = voc.frontline_lane(project, journey_id)
        journey = journeys.get_journey(project, journey_id)
    assert again == lane_id
    cards = [c for c in journey.cards if c.lane_id == lane_id]
    by_stage = {s.id: [c for c in cards if c.stage_id == s.id] for s in stages}
    assert len(by_stage[stages[0].id]) == 3 and len(by_stage[stages[2].id]) == 3
    assert by_stage[stages[1].id] == []
    assert all(c.text.startswith("Customer asked about the lamp stock.") for c in cards)


def test_export_measures_csv_and_xlsx_read_back(built, tmp_path):
    import openpyxl

    path, facts = built
    with open_project(path, readonly=True) as project:
        written = voc.export_measures(project, tmp_path / "measures.csv", csv_style="comma")
        xlsx = voc.export_measures(project, tmp_path / "measures.xlsx", by=GroupBy.CHANNEL)
        with pytest.raises(Exception, match="csv or .xlsx"):
            voc.export_measures(project, tmp_path / "measures.pdf")
    with written.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(voc.EXPORT_COLUMNS)
    first = next(r for r in rows if r["label"] == "First half" and r["measure"].startswith("survey.csv"))
    assert first["kind"] == "nps" and first["scale"] == "0-10" and first["voice"] == "customer"
    assert int(first["n"]) == 30
    assert float(first["value"]) == pytest.approx(expected_nps(range(30)), abs=1e-4)
    sheet = openpyxl.load_workbook(xlsx).active
    values = list(sheet.values)
    assert list(values[0]) == list(voc.EXPORT_COLUMNS)
    channels = {r[5]: r for r in values[1:] if str(r[0]).startswith("survey.csv")}
    assert set(channels) == {"store", "web", "phone"}
    assert channels["web"][7] == sum(channel_of(i) == "web" for i in range(N))


def test_export_neutralises_formulas_in_labels(tmp_path):
    source = write(tmp_path / "s.csv", ["customer_id", "Channel", "NPS"],
                   [["A1", "=HYPERLINK(1)", 10], ["A2", "web", 0]])
    path = create_project(tmp_path / "f.pwb")
    with open_project(path) as project:
        _import_measure(project, source, "NPS", "nps", {"Channel": "channel"})
        written = voc.export_measures(project, tmp_path / "m.csv", by=GroupBy.CHANNEL)
    text = written.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(1)" in text


def test_a_project_without_measures_says_how_to_mark_one(tmp_path):
    source = write(tmp_path / "plain.csv", ["customer_id", "Age"], [["A", 30], ["B", 40]])
    path = create_project(tmp_path / "plain.pwb")
    with open_project(path) as project:
        import_file(project, source)
        with pytest.raises(AnalysisError, match="measure:nps"):
            voc.voc_report(project)
        with pytest.raises(AnalysisError, match="no measure column"):
            voc.key_drivers(project)


def test_attributes_of_front_line_sources_are_not_drivers_of_customer_scores(tmp_path):
    path, facts = build_project(tmp_path)
    # staff wrote down which store served each customer: the unhappy ones at "Lingotto"
    notes = write(tmp_path / "staff_stores.csv", ["customer_id", "Store"],
                  [[f"C{i:03d}", "Lingotto" if band(i) == "low" else ("Centro", "Porta")[i % 2]]
                   for i in range(N)])
    with open_project(path) as project:
        source_id = import_file(project, notes, roles={"Store": "categorical"}).source.id
        link_customers(project, default_keys(project))

        def store_drivers():
            report = voc.key_drivers(project, limit=50)
            return [d for d in report.drivers if d.kind is DriverKind.ATTRIBUTE
                    and d.label.startswith("Store")]

        assert any("Lingotto" in d.label and d.significant for d in store_drivers()), \
            "as customers' own data the store is a driver"
        voc.set_source_voice(project, source_id, Voice.FRONTLINE)
        assert store_drivers() == []
        assert voc.source_voices(project)[source_id] is Voice.FRONTLINE
