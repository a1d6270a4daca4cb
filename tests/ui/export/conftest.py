"""The Export area on a real project with a persona set and a journey map."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "export"))
from journey_project import make_journey_project  # noqa: E402

from workbench.ui.export.area import ExportArea  # noqa: E402


@pytest.fixture
def journey_project(tmp_path):
    """(project path, journey id): tests/export/journey_project.py's planted project."""
    return make_journey_project(tmp_path)


@pytest.fixture
def area(window, qtbot, journey_project):
    """The Export area on that project, shown; its preview stopped afterwards."""
    path, _journey_id = journey_project
    assert window.open_project(path)
    area = ExportArea(window)
    qtbot.addWidget(area)
    area.set_project(window.project, window.info)
    area.show()
    qtbot.waitExposed(area)
    yield area
    area.panel.stop()
