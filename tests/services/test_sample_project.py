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
        assert info.sources == 4
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
        assert any("Resi e reclami" in text for text in texts), "coded complaints on the map"
