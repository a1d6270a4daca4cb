"""The Retention area: definition, churn by group, curves, value, risk run, at-risk export,
friction costs, and the empty state when churn cannot be defined."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from workbench.domain.retention import BY_CHANNEL, BY_PERSONA
from workbench.ui.retention.models import ITEM_ROLE


def test_retention_area_follows_journeys_with_its_own_shortcut(window):
    keys = window.project_view.area_keys()
    assert keys.index("retention") == keys.index("journeys") + 1
    assert window.area_actions["retention"].shortcut() == QKeySequence("Ctrl+5")
    assert type(window.project_view.area_widget("retention")).__name__ == "RetentionArea"


def test_the_view_shows_the_definition_and_churn_by_persona_with_intervals(retention_area):
    area = retention_area
    assert area.pages.currentWidget() is area.tabs
    assert "Churn is “Yes”" in area.definition_label.text()
    assert "60 of 200 customers churned (30.0%)" in area.definition_label.text()
    model = area.rates_view.model()
    assert model.rowCount() == 2
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[0] == "Persona A"  # highest churn first
    assert "45.0%" in first[3] and "36.0%–55.0%" in first[3]
    assert first[4].startswith("×3.00")
    area.dimension_box.setCurrentIndex(area.dimension_box.findData(BY_CHANNEL))
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "call centre"


def test_clicking_a_churn_figure_lists_the_customers_behind_it(retention_area, fake_retention,
                                                               qtbot):
    area = retention_area
    view = area.rates_view
    index = view.model().index(0, 3)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = area.members_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.customer_rows()) == 2, timeout=5000)
    assert ("behind", {"key": "11", "dimension": BY_PERSONA}) in fake_retention.calls
    assert [r.label for r in dialog.customer_rows()] == ["customer 0", "customer 1"]


def test_curves_values_and_legend_say_n_and_median(retention_area):
    area = retention_area
    assert [c.key for c in area.curves.curves] == ["11", "12", ""]
    legend = area.curves.legend_lines()
    assert legend[0].startswith("Persona A · n=100")
    assert "median not reached" in legend[0]
    assert legend[2].startswith("Everyone")
    values = area.values_view.model()
    persona_a = next(r for r in range(values.rowCount())
                     if values.index(r, 0).data() == "Persona A")
    assert values.index(persona_a, 8).data() == "6300"  # value at risk


def test_choosing_inactivity_measures_again_with_those_days(retention_area, fake_retention, qtbot):
    area = retention_area
    box = area.definition_box
    assert [box.itemData(i) for i in range(box.count() - 1)] == ["Churn", "Complaints"]
    assert not area.days_spin.isEnabled()
    assert area.days_spin.value() == 45  # the suggestion
    box.setCurrentIndex(box.count() - 1)
    assert area.days_spin.isEnabled()
    area.days_spin.setValue(60)
    qtbot.mouseClick(area.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no contact in the 60 days" in area.definition_label.text(),
                    timeout=5000)
    assert fake_retention.calls[-2:][0] == ("overview", {"outcome": None, "inactive_days": 60}) \
        or ("overview", {"outcome": None, "inactive_days": 60}) in fake_retention.calls


def test_without_churn_the_area_says_what_to_import(window, make_project, fake_retention, qtbot):
    fake_retention.problem = ("This project has no churn outcome and no touchpoints. Import a "
                              "file with a churn column, or touchpoint events.")
    window.open_project(make_project())
    area = window.project_view.area_widget("retention")
    window.project_view.show_area("retention")
    qtbot.waitUntil(lambda: area.overview is not None, timeout=5000)
    assert area.pages.currentIndex() == 0
    assert area.message_body.text() == fake_retention.problem
    assert area.message_heading.text() == "Churn cannot be measured yet"


def test_running_churn_risk_shows_honest_figures_and_the_at_risk_list(
        retention_area, fake_retention, qtbot, tmp_path, monkeypatch):
    area = retention_area
    assert not area.risk.table.isVisible() and area.risk.run_button.isEnabled()
    area.tabs.setCurrentWidget(area.risk)
    worker = area.run_churn_risk()
    assert worker is not None
    qtbot.waitUntil(lambda: area.overview.risk.run is not None, timeout=5000)
    figures = area.risk.figures_label.text()
    assert "Gradient boosting: ROC AUC 0.83 ± 0.01 (5-fold cross-validated) — kept" in figures
    assert "Regularised logistic regression: ROC AUC 0.79" in figures
    assert "Base rate: 30.0% churned" in figures
    assert "1. month-to-month contract: higher risk" in area.risk.drivers_label.text()
    assert "Cancellation reason" in area.risk.leaks_label.text()
    assert len(area.risk.calibration.bins) == 4
    table = area.risk.table.model()
    assert table.rowCount() == 5
    assert table.index(0, 1).data() == "95%"
    area.risk.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert table.index(0, 1).data() == "5%"

    target = tmp_path / "at-risk.xlsx"
    monkeypatch.setattr(area, "_ask_export_path", lambda suggested, filters: str(target))
    area.risk.format_box.setCurrentIndex(area.risk.format_box.findData("xlsx"))
    area.risk.personal_box.setChecked(True)
    qtbot.mouseClick(area.risk.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)
    assert ("export", {"path": str(target), "fmt": "xlsx", "run_id": 4, "pii": True}) \
        in fake_retention.calls


def test_double_clicking_an_at_risk_customer_opens_their_page(retention_area, fake_retention,
                                                              qtbot, window):
    area = retention_area
    area.run_churn_risk()
    qtbot.waitUntil(lambda: area.overview.risk.run is not None, timeout=5000)
    area.open_customer(3)
    assert window.project_view.current_area() == "data"
    data = window.project_view.area_widget("data")
    assert data.customers_tab.page.page.id == 3


def test_friction_points_are_ranked_by_what_they_cost(retention_area, qtbot):
    area = retention_area
    area.tabs.setCurrentIndex(4)
    model = area.friction_view.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    labels = [model.index(r, 0).data() for r in range(3)]
    assert labels == ["Payment fails at checkout", "Repeated calls to the call centre",
                      "Slow delivery"]
    top = model.index(0, 0).data(ITEM_ROLE)
    assert top.value_at_stake == 5400.0
    assert model.index(0, 4).data().startswith("×3.50 (2.10–5.80)")
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
