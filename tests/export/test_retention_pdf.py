"""Retention on paper: the persona PDF draws the persona's retention curve against everyone's,
and the journey PDF prints what each pain point costs beside it. Read back with pypdf.

Until the retention service is in every build, its two calls are replaced here by planted
figures (domain dataclasses), installed as ``workbench.services.retention``.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from export_helpers import make_card
from journey_project import make_journey_project
from pdf_checks import font_problems, page_texts, squeezed

from workbench.domain.retention import ChurnDefinition, FrictionCost, RetentionSummary, SurvivalCurve
from workbench.export.persona_pages import write_pdf


def km(key: str, label: str, hazard: float, n: int, median: float | None = None) -> SurvivalCurve:
    times = [float(t) for t in range(1, 25)]
    survival, s = [], 1.0
    for _ in times:
        s *= 1 - hazard
        survival.append(s)
    return SurvivalCurve(key, label, "months", times, survival, [], [],
                         [round(n * v) for v in survival], n, round(n * (1 - survival[-1])),
                         median=median)


def test_persona_pdf_draws_the_retention_curve_against_everyone(tmp_path, context):
    card = make_card(0, retention=(km("7", "Persona 1", 0.04, 300, median=17.0),
                                   km("", "Everyone", 0.02, 1000)))
    target = tmp_path / "retention.pdf"
    assert write_pdf([card], context, target) == 1
    text = page_texts(target)[0]
    flat = squeezed(text)
    assert "RETENTION" in text
    assert squeezed("This persona: n=300") in flat and squeezed("median 17 months") in flat
    assert squeezed("Everyone: n=1,000") in flat and squeezed("median not reached") in flat
    assert squeezed("time (months)") in flat
    assert font_problems(target) == []


def test_persona_pdf_without_curves_has_no_retention_section(tmp_path, context):
    target = tmp_path / "plain.pdf"
    write_pdf([make_card(0)], context, target)
    assert "RETENTION" not in page_texts(target)[0]


@pytest.fixture
def planted_service(monkeypatch):
    """A stand-in ``workbench.services.retention`` with the calls the PDFs and screens make."""
    module = types.ModuleType("workbench.services.retention")
    state: dict = {"costs": {}, "curves": []}

    def retention_summary(project, *, set_id=None, **_options):
        return RetentionSummary(ChurnDefinition("outcome", "Churn", "Yes", customers=100,
                                                churned=30), set_id, [], state["curves"], [])

    def retention_curves(project, set_id, members=None):
        return {curve.key: curve for curve in state["curves"]}

    def friction_costs(project, journey_id, **_options):
        return state["costs"].get(journey_id, [])

    module.retention_summary = retention_summary
    module.retention_curves = retention_curves
    module.friction_costs = friction_costs
    import workbench.services as services

    monkeypatch.setitem(sys.modules, "workbench.services.retention", module)
    monkeypatch.setattr(services, "retention", module, raising=False)
    return state


def test_journey_pdf_prints_each_pain_points_cost(tmp_path, planted_service):
    from workbench.domain.journeys import LANE_PAIN_POINTS
    from workbench.services import export as exporting
    from workbench.services import journeys as journey_service
    from workbench.services.project import open_project

    path, journey_id = make_journey_project(tmp_path)
    with open_project(path) as project:
        journey = journey_service.get_journey(project, journey_id)
        lane = journey.lane(LANE_PAIN_POINTS)
        card_id = journey_service.add_card(project, lane.id, journey.stages[2].id,
                                           "Payment fails and nobody answers")
        planted_service["costs"][journey_id] = [FrictionCost(
            journey_id, "pain_point", "Payment fails and nobody answers", None, 30, 18, 70, 12,
            3.5, 2.1, 5.8, 0.43, 5400.0, card_id=card_id)]
        exporting.export_journey_pdf(project, journey_id, tmp_path / "map.pdf")
    flat = squeezed(" ".join(page_texts(tmp_path / "map.pdf")))
    assert squeezed("Churn ×3.5 (2.1–5.8) vs members who did not hit it") in flat
    assert squeezed("18 of 30 churned") in flat
    assert squeezed("value at stake 5,400") in flat


def test_persona_pdf_from_a_project_gets_the_curves_from_the_service(tmp_path, planted_service):
    from journey_project import PERSONA

    from workbench.services import export as exporting
    from workbench.services.project import open_project
    from workbench.store import personas as persona_store

    path, _journey_id = make_journey_project(tmp_path)
    with open_project(path) as project:
        set_id = exporting.newest_persona_set(project).id
        persona = persona_store.personas_of(project.db, set_id)[0]
        planted_service["curves"] = [km(str(persona.id), PERSONA, 0.05, 30, median=13.0),
                                     km("", "Everyone", 0.05, 30, median=13.0)]
        exporting.export_personas_pdf(project, set_id, tmp_path / "personas.pdf")
    flat = squeezed(page_texts(tmp_path / "personas.pdf")[0])
    assert squeezed("median 13 months") in flat
    assert Path(tmp_path / "personas.pdf").stat().st_size > 0
