"""Projects with transcripts and survey answers for the Evidence area tests, built through the
services; the area installed in the real main window."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.services import evidence as service
from workbench.services.project import create_project, open_project

#: A transcript as a Windows editor saves it: BOM, CRLF, accents, emoji and CJK.
TRANSCRIPT = ("Intervistatore: Com'è andata la consegna?\r\n"
              "Giulia: Il corriere è arrivato in ritardo 😡😡 e la spedizione costava 12 €.\r\n"
              "\r\n"
              "Giulia: 東京の店 is faster — perché non qui? La cassa è lenta 🐢.\r\n")

SURVEY = (
    "respondent,Età,Canale,Cosa ti frustra quando compri?\r\n"
    "R1,34,negozio,\"Le code alla cassa sono lunghissime.\"\r\n"
    "R2,41,web,\"The website checkout keeps failing on my phone 📱.\"\r\n"
    "R3,29,app,\"Perché non spedite gratis sopra i 50 €?\"\r\n"
)


@pytest.fixture
def evidence_project(tmp_path) -> Path:
    """A project with one transcript (BOM, CRLF, emoji) and a plain English one."""
    path = create_project(tmp_path / "evidence.pwb", "Evidence")
    folder = tmp_path / "transcripts"
    folder.mkdir()
    (folder / "giulia.txt").write_bytes(TRANSCRIPT.encode("utf-8-sig"))
    (folder / "marco.md").write_text("# Marco\n\nThe shipping was fast but the app crashed twice.\n",
                                     encoding="utf-8")
    with open_project(path) as project:
        service.import_transcripts(project, folder)
    return path


@pytest.fixture
def survey_project(tmp_path) -> Path:
    from workbench.services.importing import import_file

    path = create_project(tmp_path / "survey.pwb", "Survey")
    csv = tmp_path / "sondaggio.csv"
    csv.write_bytes(SURVEY.encode("utf-8-sig"))
    with open_project(path) as project:
        import_file(project, csv)
    return path


@pytest.fixture
def evidence_area(window):
    from workbench.ui.evidence.area import EvidenceArea

    area = EvidenceArea(window)
    window.project_view.set_area_widget("evidence", area)
    return area

