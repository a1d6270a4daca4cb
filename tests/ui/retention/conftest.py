"""The Retention area over a real project, its service seam replaced by planted figures.

``workbench.ui.retention.background`` is the one place the area reaches the
retention service; the fakes here return domain objects with known figures
and record what the area asked for.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import retention_figures as figures  # noqa: E402


class FakeRetention:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.problem = ""
        self.has_run = False
        self.customer_ids: list[int] = []

    def overview(self, project, *, outcome=None, inactive_days=None, task=None):
        from workbench.ui.retention.background import RetentionOverview, StoredRisk

        self.calls.append(("overview", {"outcome": outcome, "inactive_days": inactive_days}))
        if self.problem:
            return RetentionOverview(None, self.problem, [])
        summary = figures.summary()
        if inactive_days:
            summary.definition = figures.ChurnDefinition(
                "inactivity", inactive_days=inactive_days, reference_date="2026-03-31",
                customers=200, churned=80, suggested_days=45)
        risk, at_risk = StoredRisk(), []
        if self.has_run:
            risk = StoredRisk(4, "2026-03-31T12:00:00", figures.risk_run())
            at_risk = figures.at_risk(self.customer_ids)
        return RetentionOverview(summary, "", ["Churn", "Complaints"], risk, at_risk,
                                 {i: f"customer {i - 1}" for i in self.customer_ids},
                                 [(5, "Giulia's journey")], {"11": "Persona A", "12": "Persona B"})

    def behind(self, project, rate, definition, *, set_id=None, task=None):
        from workbench.ui.personas.background import CustomerRow

        self.calls.append(("behind", {"key": rate.key, "dimension": rate.dimension}))
        return [CustomerRow(i, f"customer {i - 1}", None) for i in self.customer_ids[:2]]

    def run(self, project, *, outcome=None, inactive_days=None, seed=0, task=None):
        task.report(1, 2, "cross-validating")
        self.calls.append(("run", {"outcome": outcome, "inactive_days": inactive_days}))
        self.has_run = True
        return 4

    def export(self, project, path, *, fmt, run_id, include_personal_data, task=None):
        self.calls.append(("export", {"path": path, "fmt": fmt, "run_id": run_id,
                                      "pii": include_personal_data}))
        Path(path).write_text("customer,risk\n", "utf-8")
        return path

    def friction(self, project, journey_id, *, outcome=None, inactive_days=None, task=None):
        from workbench.ui.retention.background import cost_order

        self.calls.append(("friction", {"journey_id": journey_id}))
        return sorted(figures.friction(journey_id), key=cost_order)


@pytest.fixture
def fake_retention(monkeypatch) -> FakeRetention:
    from workbench.ui.retention import background

    fake = FakeRetention()
    monkeypatch.setattr(background, "load_overview", fake.overview)
    monkeypatch.setattr(background, "customers_behind", fake.behind)
    monkeypatch.setattr(background, "run_churn_risk", fake.run)
    monkeypatch.setattr(background, "export_at_risk", fake.export)
    monkeypatch.setattr(background, "friction_costs", fake.friction)
    return fake


@pytest.fixture
def retention_area(window, make_project, fake_retention, qtbot):
    """The window on a real project with 5 customers, the Retention area shown and loaded."""
    path = make_project(customers=5)
    window.open_project(path)
    fake_retention.customer_ids = [1, 2, 3, 4, 5]
    window.resize(1280, 800)
    area = window.project_view.area_widget("retention")
    window.project_view.show_area("retention")
    qtbot.waitUntil(lambda: area.overview is not None, timeout=5000)
    return area


@pytest.fixture
def planted_journeys(tmp_path):
    """(project path, persona id "Members", persona id "Others") with touchpoints, a persona
    set and no map yet (the journeys service tests' planted data)."""
    import importlib.util

    helper = Path(__file__).parents[2] / "ui" / "journeys" / "conftest.py"
    spec = importlib.util.spec_from_file_location("_journeys_conftest", helper)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path, members, others, _ids = module._planted_module().make_project(tmp_path)
    return path, members, others
