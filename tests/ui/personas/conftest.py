"""Projects with planted customer groups, for the Personas area tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from planted_data import write_planted_csv

from workbench.services.importing import import_file
from workbench.services.personas import run_personas
from workbench.services.project import create_project, open_project


@pytest.fixture
def planted_project(tmp_path) -> Path:
    """A project with one imported CRM-like source of planted groups (no persona set yet)."""
    path = create_project(tmp_path / "planted.pwb", "Planted")
    source = write_planted_csv(tmp_path / "crm.csv")
    with open_project(path) as project:
        import_file(project, source)
    return path


@pytest.fixture
def clustered_project(planted_project) -> tuple[Path, int]:
    """The planted project with one persona set (k=4, seed 0); returns (path, set id)."""
    with open_project(planted_project) as project:
        set_id = run_personas(project, k=4, seed=0, name="Four planted groups")
    return planted_project, set_id
