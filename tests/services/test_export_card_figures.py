"""The persona cards' figures read lean (retention curves without the whole retention summary,
survey measures with each column read once, the member list read once) are the very figures
the Retention and Voice of the customer screens show, on the sample project."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workbench.domain.voc import GroupBy
from workbench.services import retention, voc
from workbench.services.project import open_project
from workbench.store import personas as persona_store


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    from workbench.services.sample import built_sample

    path = tmp_path_factory.mktemp("cards") / "sample.pwb"
    shutil.copy(built_sample(), path)
    return path


def _set_id(project) -> int:
    return persona_store.list_persona_sets(project.db)[-1].id


def test_member_arrays_are_the_assigned_members(sample):
    with open_project(sample, readonly=True) as project:
        set_id = _set_id(project)
        customers, personas = persona_store.member_personas(project.db, set_id)
        listed = {m["customer_id"]: m["persona_id"] for m in persona_store.members(project.db, set_id)
                  if m["persona_id"] is not None}
    assert len(customers) == len(listed) > 0
    assert dict(zip(customers.tolist(), personas.tolist(), strict=True)) == listed
    assert customers.tolist() == sorted(listed)


def test_card_curves_are_the_retention_summarys_curves(sample):
    with open_project(sample, readonly=True) as project:
        set_id = _set_id(project)
        summary = retention.retention_summary(project, set_id=set_id)
        members = persona_store.member_personas(project.db, set_id)
        lean = retention.retention_curves(project, set_id, members)
        again = retention.retention_curves(project, set_id)
    assert summary.curves, "the sample has tenure and churn: curves to compare"
    assert {c.key: c.to_dict() for c in summary.curves} == {k: c.to_dict() for k, c in lean.items()}
    assert {k: c.to_dict() for k, c in again.items()} == {k: c.to_dict() for k, c in lean.items()}
    assert "" in lean and len(lean) > 2


@pytest.fixture
def uneven_answers(sample, tmp_path) -> Path:
    """The sample with the two survey questions answered by different customers: one scan
    of the survey for both columns must still give each column its own answers."""
    from workbench.services.voc import _measure_columns

    path = Path(shutil.copy(sample, tmp_path / "uneven.pwb"))
    with open_project(path) as project:
        (first, a), (second, b) = _measure_columns(project)[:2]
        assert first.source_id == second.source_id
        table = f"src_{first.source_id}"
        with project.db.transaction():
            project.db.execute(f"UPDATE {table} SET c{a} = NULL WHERE row_number % 3 = 0")
            project.db.execute(f"UPDATE {table} SET c{b} = NULL WHERE row_number % 4 = 1")
            project.db.execute(f"UPDATE {table} SET c{b} = '' WHERE row_number % 7 = 2")
            project.db.execute(f"UPDATE {table} SET c{a} = 99 WHERE row_number % 11 = 5")
    return path


@pytest.mark.parametrize("which", ["sample", "uneven_answers"])
def test_card_measures_are_the_voc_screens_figures(which, request):
    with open_project(request.getfixturevalue(which), readonly=True) as project:
        set_id = _set_id(project)
        by_persona = voc.persona_measures(project, set_id)
        overall = voc.voc_report(project, by=GroupBy.OVERALL, persona_set_id=set_id,
                                 journey_id=None, voice=None)
        rows, everyone = voc.card_measures(project, set_id)
    expected = {k: [r for r in v if r.result.n > 0] for k, v in by_persona.items()}
    assert any(expected.values()), "the sample has survey measures"
    assert rows == expected
    screen = {(r.measure, str(r.voice)): r.result for r in overall.rows}
    assert everyone and all(screen[key] == result for key, result in everyone.items())
    asked = {(r.measure, str(r.voice)) for persona_rows in rows.values() for r in persona_rows}
    assert asked <= set(everyone)
