"""The bundled sample shows every capability working on believable data."""

from __future__ import annotations

import pytest
from workbench.sample_projects.build_sample import CODE_BOOK, build_sample

from workbench.services import evidence
from workbench.services.personas import persona_quotes, persona_sets, personas_of
from workbench.services.project import open_project, project_info


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("sample") / "sample.pwb")


def test_sample_has_linked_customers_and_four_personas(sample):
    with open_project(sample, readonly=True) as project:
        info = project_info(project)
        assert info.sources == 5, "CRM, survey, interviews, touchpoints and staff notes"
        assert info.customers == 2000, "every source links to the 2,000 CRM customers"
        (persona_set,) = persona_sets(project)
        assert len(personas_of(project, persona_set.id)) == 4


def test_sample_code_book_is_applied_and_every_persona_has_its_own_quotes(sample):
    with open_project(sample, readonly=True) as project:
        book = {c.code.name: c for c in evidence.code_book(project)}
        for parent, name, _colour, _answers in CODE_BOOK:
            assert book[name].codings > 0, f"{name} codes nothing"
            assert book[name].code.parent_id == book[parent].code.id
        assert evidence.list_quotes(project), "some passages are marked as quotes"
        quotes = persona_quotes(project, persona_sets(project)[0].id)
        assert len(quotes) == 4 and all(len(q) == 3 for q in quotes.values())
        firsts = {q[0].text for q in quotes.values()}
        assert len(firsts) == 4, "each persona leads with different words"
        hits = evidence.search_evidence(project, "reso")
        assert hits.hits, "the Italian answers are searchable"


def test_sample_has_a_journey_map_per_persona_with_the_planted_friction(sample):
    from workbench.services.journeys import get_journey, journeys

    with open_project(sample, readonly=True) as project:
        maps = journeys(project)
        assert len(maps) == 4
        texts = []
        for summary in maps:
            journey = get_journey(project, summary.id)
            assert len(journey.stages) == 4
            texts += [card.text for card in journey.cards]
        assert any("call centre" in text.lower() for text in texts), "the planted repeat calls"
        friction = [name for parent, name, _colour, _answers in CODE_BOOK
                    if parent.startswith("Attriti")]
        assert any(name in text for text in texts for name in friction), \
            "coded complaints on the map"
        assert any("Consegne in ritardo" in text for text in texts), "the planted late deliveries"


def test_sample_survey_has_nps_and_csat_whose_first_driver_is_the_planted_late_deliveries(sample):
    from workbench.domain.voc import MeasureKind, Voice
    from workbench.services import voc

    with open_project(sample, readonly=True) as project:
        columns = {c.spec.kind: c for c in voc.measure_columns(project)}
        assert set(columns) == {MeasureKind.NPS, MeasureKind.CSAT}
        assert all(c.voice is Voice.CUSTOMER and c.answers == 700 for c in columns.values())
        for column in columns.values():
            report = voc.key_drivers(project, column.column_id)
            first = report.drivers[0]
            assert "Late deliveries" in first.label and first.significant, column.title
            assert first.low_share > 0.3 > first.high_share


def test_sample_staff_notes_are_front_line_voice_and_stay_out_of_the_thoughts_lane(sample):
    from workbench.domain.voc import Voice
    from workbench.services import voc
    from workbench.services.journeys import get_journey, journeys

    with open_project(sample, readonly=True) as project:
        notes = [d for d in evidence.list_documents(project)
                 if d.origin.startswith("note_personale_negozio.csv")]
        assert len(notes) > 100
        assert {voc.document_voice(project, d.id) for d in notes} == {Voice.FRONTLINE}
        staff = {d.id for d in notes}
        for summary in journeys(project):
            journey = get_journey(project, summary.id)
            quoted = [c.evidence.document_id for c in journey.cards if c.evidence is not None]
            assert quoted and not staff & set(quoted), "thoughts are the customers' own words"
