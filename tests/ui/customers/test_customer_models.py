"""The customer list model at scale, and the channel overview tab."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableView

from workbench.services.project import open_project
from workbench.store.customers import add_customers
from workbench.ui.customers.channels import SHARE_ROLE, ChannelsModel
from workbench.ui.customers.models import CustomersModel


def test_customer_list_pages_through_100000_customers_with_a_bounded_cache(
        make_project, qtbot):
    path = make_project("big", customers=0)
    with open_project(path) as project:
        add_customers(project.db, [f"Person {i:06d}" for i in range(100_000)])
        model = CustomersModel()
        model.set_project(project)
        assert model.rowCount() == 100_000
        assert model.index(99_999, CustomersModel.NAME).data() == "Person 099999"
        assert model.blocks_read == 1
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(500, 400)
        view.show()
        for row in range(0, 100_000, 9_973):
            view.scrollTo(model.index(row, 0))
            QApplication.processEvents()
        assert len(model._blocks) <= model.MAX_BLOCKS
        model.set_search("Person 0500")
        assert model.rowCount() == 100
        assert {model.index(r, 0).data()[:11] for r in range(100)} == {"Person 0500"}
        view.setModel(None)


def test_channels_tab_shows_sources_and_touchpoint_channels_with_missing_shares(
        linked_study, window, qtbot):
    assert window.open_project(linked_study)
    window.project_view.show_area("data")
    area = window.project_view.area_widget("data")
    area.tabs.setCurrentWidget(area.channels_tab)
    tab = area.channels_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)
    names = [tab.model.index(r, ChannelsModel.NAME).data() for r in range(tab.model.rowCount())]
    assert names[:3] == ["crm.csv", "survey.csv", "events.csv"]
    assert {"store", "web", "call centre", "app"} <= set(names)
    survey = names.index("survey.csv")
    assert tab.model.index(survey, ChannelsModel.CUSTOMERS).data() == "2"
    assert tab.model.index(survey, ChannelsModel.COVERAGE).data(SHARE_ROLE) == 0.5
    # Every CRM cell is filled in: nothing missing.
    crm = names.index("crm.csv")
    assert tab.model.index(crm, ChannelsModel.MISSING).data(SHARE_ROLE) == 0.0
    tab.view.selectRow(survey)
    assert tab.fields_model.rowCount() == 4
    assert "survey.csv" in tab.fields_title.text()
