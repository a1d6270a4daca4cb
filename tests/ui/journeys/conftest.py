"""A real project with planted touchpoints and a persona (the journeys service tests' data),
opened in the real main window with the Journeys area installed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_HELPER = Path(__file__).parents[2] / "services" / "test_journeys.py"


def _planted_module():
    tests = str(_HELPER.parent)
    if tests not in sys.path:  # the helper imports tests/project_snapshot.py
        sys.path.insert(0, tests)
    spec = importlib.util.spec_from_file_location("_planted_journey_events", _HELPER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def planted_journeys(tmp_path):
    """(project path, persona id "Members", persona id "Others")."""
    path, members, others, _ids = _planted_module().make_project(tmp_path)
    return path, members, others


@pytest.fixture
def journeys_area(window, planted_journeys):
    """The window with the planted project open and the Journeys area installed and shown."""
    from workbench.ui.journeys.area import JourneysArea

    path, _members, _others = planted_journeys
    window.open_project(path)
    area = JourneysArea(window)
    window.project_view.set_area_widget("journeys", area)
    window.project_view.show_area("journeys")
    window.resize(1280, 800)
    return area
