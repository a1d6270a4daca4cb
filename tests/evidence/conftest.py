"""Fixtures for evidence tests: real project files, a survey spreadsheet, transcript files."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.services.project import create_project

SURVEY = (
    "respondent,Età,Canale,Cosa ti frustra quando compri?,Email\r\n"
    "R1,34,negozio,\"Le code alla cassa sono lunghissime, e nessuno risponde al telefono.\","
    "r1@example.it\r\n"
    "R2,41,web,\"The website checkout keeps failing on my phone, I gave up twice.\","
    "r2@example.it\r\n"
    "R3,29,app,\"Città piccola: il negozio è lontano, perché non spedite gratis sopra i 50 €?\","
    "r3@example.it\r\n"
    "R4,52,web,\"Il sito è lento e la spedizione costa troppo.\",r4@example.it\r\n"
)


@pytest.fixture
def project_path(tmp_path) -> Path:
    return create_project(tmp_path / "study.pwb")


@pytest.fixture
def survey_csv(tmp_path) -> Path:
    path = tmp_path / "sondaggio.csv"
    path.write_bytes(SURVEY.encode("utf-8-sig"))
    return path
