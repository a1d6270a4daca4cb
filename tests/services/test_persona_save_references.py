"""Storing a persona run's memberships: fast when nobody else changed the project, checked
when someone did (a customer forgotten in another window while the run computed)."""

from __future__ import annotations

import sqlite3

import pytest
from test_personas_scale import _write_crm

from workbench.services import personas as persona_service
from workbench.services.importing import import_file
from workbench.services.personas import run_personas
from workbench.services.project import create_project, open_project
from workbench.store import personas as persona_store


@pytest.fixture
def project_path(tmp_path):
    path = create_project(tmp_path / "study.pwb")
    crm = tmp_path / "crm.csv"
    _write_crm(crm)
    with open_project(path) as project:
        import_file(project, crm)
    return path


def _dangling(db) -> list:
    return db.tuples("PRAGMA foreign_key_check")


def test_a_run_stores_every_member_with_sound_references(project_path):
    with open_project(project_path) as project:
        set_id = run_personas(project, k=3, seed=0)
        assert project.db.pragma("foreign_keys") == 1  # switched back on afterwards
        assert _dangling(project.db) == []
        stored = project.db.scalar("SELECT count(*) FROM persona_members WHERE "
                                   "persona_set_id = ?", (set_id,))
        assert stored == project.db.scalar("SELECT count(*) FROM customers")
        customers, _ = persona_store.member_personas(project.db, set_id)
        assert 0 < len(customers) <= stored  # those fitting a persona


def test_a_customer_forgotten_meanwhile_is_caught_and_nothing_is_stored(project_path,
                                                                          monkeypatch):
    real = persona_service.attribute_frame

    def read_then_another_window_deletes(project, *args, **kwargs):
        attributes = real(project, *args, **kwargs)
        other = sqlite3.connect(project_path)  # another connection, as another window's
        other.execute("PRAGMA foreign_keys = ON")
        with other:
            other.execute("DELETE FROM customers WHERE id = (SELECT min(id) FROM customers)")
        other.close()
        return attributes

    monkeypatch.setattr(persona_service, "attribute_frame", read_then_another_window_deletes)
    with open_project(project_path) as project:
        with pytest.raises(sqlite3.IntegrityError):  # the member of the deleted customer
            run_personas(project, k=3, seed=0)
        assert project.db.scalar("SELECT count(*) FROM persona_sets") == 0
        assert project.db.pragma("foreign_keys") == 1
        assert _dangling(project.db) == []
