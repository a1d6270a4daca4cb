"""The Retention area on the real retention service: a generated file where the support plan
"none" doubles churn, a planted persona set, a risk run made from the area's button."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_HELPER = Path(__file__).parents[2] / "services" / "test_retention.py"


def _planted():
    spec = importlib.util.spec_from_file_location("_planted_retention", _HELPER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def churn_project(tmp_path):
    planted = _planted()
    from workbench.services.project import open_project

    path = planted.customers_project(tmp_path, n=600)
    with open_project(path) as project:
        planted.add_persona_set(project, planted.plan_groups(project))
    return path


def test_real_figures_show_and_a_risk_run_fills_the_at_risk_list(window, churn_project, qtbot):
    window.open_project(churn_project)
    window.resize(1280, 800)
    area = window.project_view.area_widget("retention")
    window.project_view.show_area("retention")
    qtbot.waitUntil(lambda: area.overview is not None, timeout=30000)
    assert area.overview.problem == ""
    assert "Churn is “Yes”" in area.definition_label.text()
    rates = area.rates_view.model()
    labels = [rates.index(r, 0).data() for r in range(rates.rowCount())]
    assert labels[0] == "No support"  # the planted doubling: highest churn first
    assert area.curves.curves  # tenure in months gives curves
    area.run_churn_risk()
    qtbot.waitUntil(lambda: area.overview.risk.run is not None, timeout=120000)
    assert "cross-validated" in area.risk.figures_label.text()
    assert area.risk.model.rowCount() > 0
    assert "support plan" in area.risk.drivers_label.text().lower()
