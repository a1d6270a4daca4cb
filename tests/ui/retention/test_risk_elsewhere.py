"""Churn risk where the researcher already looks: the customer page, the persona cards and
the journey map's pain points."""

from __future__ import annotations

from retention_figures import friction

from workbench.domain.retention import CustomerRisk


def test_customer_page_shows_the_risk_with_its_top_reasons(window, make_project, qtbot,
                                                           monkeypatch):
    from workbench.ui.retention import background

    risks = {2: CustomerRisk(2, 0.82, ["month-to-month contract: higher risk",
                                       "short tenure: higher risk"], False, 1234.0)}
    monkeypatch.setattr(background, "customer_risk", lambda project, cid: risks.get(cid))
    window.open_project(make_project(customers=3))
    window.project_view.show_area("data")
    data = window.project_view.area_widget("data")
    data.show_tab(data.customers_tab)
    page = data.customers_tab.page
    assert data.customers_tab.select_customer(2)
    assert not page.risk_label.isHidden()
    text = page.risk_label.text()
    assert text.startswith("82% chance of churning")
    assert "Still a customer" in text and "Value: 1234" in text
    assert "• month-to-month contract: higher risk" in text
    assert data.customers_tab.select_customer(1)
    assert page.risk_label.isHidden() and page.risk_heading.isHidden()


def test_customer_page_without_a_risk_run_has_no_risk_block(window, make_project, monkeypatch):
    from workbench.errors import WorkbenchError
    from workbench.ui.retention import background

    def no_service(project, customer_id):
        raise WorkbenchError("Retention figures are not available in this version.")

    monkeypatch.setattr(background, "customer_risk", no_service)
    window.open_project(make_project(customers=2))
    window.project_view.show_area("data")
    data = window.project_view.area_widget("data")
    data.show_tab(data.customers_tab)
    assert data.customers_tab.select_customer(1)
    assert data.customers_tab.page.risk_label.isHidden()
    assert data.customers_tab.page.name_label.text() == "customer 0"


def test_persona_cards_show_their_members_risk_distribution(window, planted_journeys, qtbot,
                                                            monkeypatch):
    from workbench.ui.retention import background

    path, members, others = planted_journeys
    planted = {members: [0.9, 0.8, 0.75, 0.6, 0.2], others: [0.1, 0.05, 0.3]}
    monkeypatch.setattr(background, "persona_risks", lambda project, set_id, task=None: planted)
    window.open_project(path)
    window.resize(1280, 800)
    personas = window.project_view.area_widget("personas")
    window.project_view.show_area("personas")
    qtbot.waitUntil(lambda: any(c.risk_chart.risks for c in personas.set_view.grid.cards),
                    timeout=10000)
    by_id = {c.persona.id: c for c in personas.set_view.grid.cards}
    card = by_id[members]
    assert not card.risk_chart.isHidden()
    assert card.risk_chart.counts()[9] == 1 and card.risk_chart.counts()[2] == 1
    assert card.risk_chart.summary().startswith("Median churn risk 75%")
    assert "4 of 5 members at 50% or more" in card.risk_chart.summary()
    with qtbot.waitSignal(card.members_requested) as asked:
        card.risk_chart.clicked.emit()
    assert asked.args == [members]


def test_persona_cards_without_a_risk_run_show_no_distribution(window, planted_journeys, qtbot,
                                                               monkeypatch):
    from workbench.ui.retention import background

    monkeypatch.setattr(background, "persona_risks", lambda project, set_id, task=None: {})
    path, _members, _others = planted_journeys
    window.open_project(path)
    personas = window.project_view.area_widget("personas")
    with qtbot.waitSignal(personas.set_shown, timeout=10000):
        window.project_view.show_area("personas")
    qtbot.wait(50)
    assert all(c.risk_chart.isHidden() for c in personas.set_view.grid.cards)


def test_journey_map_ranks_its_pain_points_by_cost(window, planted_journeys, qtbot, monkeypatch):
    from workbench.services import journeys as journey_service
    from workbench.services.project import open_project
    from workbench.ui.retention import background

    path, members, _others = planted_journeys
    with open_project(path) as project:
        journey_id = journey_service.create_journey(project, members)
    asked = []

    def costs(project, journey, *, outcome=None, inactive_days=None, task=None):
        asked.append(journey)
        return list(reversed(friction(journey)))

    monkeypatch.setattr(background, "friction_costs", costs)
    window.open_project(path)
    window.resize(1500, 900)
    area = window.project_view.area_widget("journeys")
    window.project_view.show_area("journeys")
    area.select_journey(journey_id)
    panel = area.friction_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10000)
    assert asked[-1] == journey_id
    assert [panel.model.index(r, 0).data() for r in range(3)] == [
        "Payment fails at checkout", "Repeated calls to the call centre", "Slow delivery"]
    assert panel.model.index(0, 1).data().startswith("×3.50")
    assert panel.model.index(0, 2).data() == "5400"
    assert panel.model.index(0, 0).data(0x8) is not None  # BackgroundRole: surely costlier
    assert not panel.isHidden()
