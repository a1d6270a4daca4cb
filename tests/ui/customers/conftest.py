"""Customers-tab fixtures: a real project with a CRM, a survey and touchpoints, and the tab."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workbench.services import importing
from workbench.services.linking import default_keys, link_customers
from workbench.services.project import open_project

CRM = (
    "customer_id,Name,Email,City,Age\n"
    "007,Giulia Rossi,giulia@example.it,Milano,34\n"
    "008,Marco Bianchi,marco@example.it,Roma,41\n"
    "009,Zoë Müller,zoe@example.com,Torino,29\n"
    "010,Liam Smith,liam@example.com,Bari,52\n"
)
SURVEY = (
    "Email,City,Satisfaction,What frustrates you?\n"
    "GIULIA@example.it,Monza,4,\"Le code alla cassa sono lunghissime e nessuno risponde mai "
    "al telefono quando chiamo per un reso.\"\n"
    "marco@example.it,Roma,2,\"Il sito non funziona dal telefono, ho rinunciato due volte prima "
    "di comprare in negozio.\"\n"
)
EVENTS = (
    "customer_id,timestamp,channel,action\n"
    "007,2026-03-02 10:15:00,store,browse\n"
    "007,2026-03-02 18:40:00,web,purchase\n"
    "007,2026-03-05 09:00:00,call centre,complaint\n"
    "008,2026-03-03 11:00:00,app,browse\n"
)


@pytest.fixture
def study(tmp_path, make_project):
    """A project with three sources imported (not linked yet)."""
    files = {"crm.csv": CRM, "survey.csv": SURVEY, "events.csv": EVENTS}
    path = make_project("study", customers=0)
    with open_project(path) as project:
        for name, text in files.items():
            file = tmp_path / name
            file.write_text(text, "utf-8")
            importing.import_file(project, file)
    return path


@pytest.fixture
def linked_study(study) -> Path:
    with open_project(study) as project:
        link_customers(project, default_keys(project))
    return study


@pytest.fixture
def open_tab(window, qtbot):
    """Open ``path`` in the window and show the Customers tab of the Data area."""

    def open_on(path: Path):
        assert window.open_project(path)
        window.project_view.show_area("data")
        area = window.project_view.area_widget("data")
        area.tabs.setCurrentWidget(area.customers_tab)
        qtbot.waitUntil(lambda: area.customers_tab.model.project is not None, timeout=5000)
        return area.customers_tab

    return open_on


@pytest.fixture
def shots(tmp_path) -> Path:
    """Where screenshots go: $WORKBENCH_SHOTS (to look at them) or the test's own folder."""
    folder = Path(os.environ.get("WORKBENCH_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
