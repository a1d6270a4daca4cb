"""Shared test set-up: no display, and per-user folders inside tmp_path."""

from __future__ import annotations

import os

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Settings, backups and logs go to a fresh folder, never the real user's."""
    home = tmp_path_factory.mktemp("user-home")
    monkeypatch.setenv("PERSONA_WORKBENCH_HOME", str(home))
    monkeypatch.setenv("LANGUAGE", "en")
    from workbench import i18n

    i18n.set_language("en")
    yield home
    i18n.set_language("en")


# Real engines for the tests that need them (each skips with its reason when the engine is missing):
# a throw-away PostgreSQL cluster (tests/pg_server.py) and Spark in local mode (tests/spark_session.py).
from pg_server import postgres_admin, postgres_db, postgres_server_session, postgres_url  # noqa: E402, F401
from spark_session import spark  # noqa: E402, F401
