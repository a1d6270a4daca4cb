"""Journey cells as CSV and XLSX: safe from formulas, personal data only when asked."""

from __future__ import annotations

import csv

import pytest
from journey_project import PERSONA, make_journey_project

from workbench.domain.journeys import Evidence
from workbench.services import export as exporting
from workbench.services import journeys as journey_service
from workbench.services.evidence import import_transcripts, list_documents
from workbench.services.project import open_project

FORMULA = "=HYPERLINK(\"http://example.com\",\"click\")"
INTERVIEW = "Intervista Maria Rossi"


@pytest.fixture
def project(tmp_path):
    designed = {"actions": [FORMULA, "+39 333 1234567", "Ordina online", "@team ritiro"],
                "thoughts": ["“Non trovo la taglia”"]}
    path, journey_id = make_journey_project(tmp_path, designed=designed)
    (tmp_path / f"{INTERVIEW}.txt").write_text("Non trovo mai la mia taglia nel negozio.", "utf-8")
    with open_project(path) as opened:
        import_transcripts(opened, tmp_path / f"{INTERVIEW}.txt")
        document = list_documents(opened)[0]
        journey = journey_service.get_journey(opened, journey_id)
        quote = journey.cell(journey.lane("thoughts").id, journey.stages[0].id)[0]
        journey_service.link_evidence(opened, quote.id, Evidence(document.id, 0, 20))
    return path, journey_id


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_has_every_card_with_formulas_neutralised_and_no_document_names(project, tmp_path):
    path, journey_id = project
    with open_project(path, readonly=True) as opened:
        done = exporting.export_journey_table(opened, journey_id, tmp_path / "cells.csv")
        journey = journey_service.get_journey(opened, journey_id)
    rows = read_csv(tmp_path / "cells.csv")
    cards = [r for r in rows if r["card number"]]
    assert len(cards) == len(journey.cards) and done.rows == len(rows)
    texts = {r["card text"] for r in cards}
    assert "'" + FORMULA in texts and "'+39 333 1234567" in texts and "'@team ritiro" in texts
    assert "Ordina online" in texts and FORMULA not in texts
    assert {r["persona"] for r in rows} == {PERSONA}
    friction = [r for r in cards if r["origin"] == "observed" and r["lane kind"] == "pain_points"]
    assert friction and all(r["friction kind"] and r["members"] for r in friction)
    emotion = [r for r in rows if r["lane kind"] == "emotion"]
    assert len(emotion) == len(journey.stages) and emotion[2]["emotion (−2…+2)"] == "-1.5"
    assert done.left_out == ["evidence document"]
    assert "evidence document" not in rows[0]
    assert INTERVIEW not in (tmp_path / "cells.csv").read_text("utf-8-sig")
    linked = [r for r in cards if r["evidence document id"]]
    assert len(linked) == 1 and linked[0]["card text"] == "“Non trovo la taglia”"


def test_personal_data_names_the_quoted_document_when_asked(project, tmp_path):
    path, journey_id = project
    with open_project(path, readonly=True) as opened:
        done = exporting.export_journey_table(opened, journey_id, tmp_path / "full.csv",
                                              include_personal_data=True)
    rows = read_csv(tmp_path / "full.csv")
    assert done.left_out == []
    assert [r["evidence document"] for r in rows if r["evidence document"]] == [INTERVIEW]


def test_xlsx_has_cells_and_observed_sheets_with_formulas_as_text(project, tmp_path):
    from openpyxl import load_workbook

    path, journey_id = project
    with open_project(path, readonly=True) as opened:
        exporting.export_journey_table(opened, journey_id, tmp_path / "map.xlsx", fmt="xlsx")
        journey = journey_service.get_journey(opened, journey_id)
    book = load_workbook(tmp_path / "map.xlsx")
    assert book.sheetnames == ["Journey cells", "Observed journey"]
    cells = book["Journey cells"]
    header = [c.value for c in cells[1]]
    assert "evidence document" not in header
    texts = [row[header.index("card text")] for row in cells.iter_rows(min_row=2, values_only=True)]
    assert "'" + FORMULA in texts and not any(c.data_type == "f" for row in cells.iter_rows()
                                               for c in row)
    observed = list(book["Observed journey"].iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in observed] == [s.name for s in journey.stages]
    assert [row[2] for row in observed] == [30, 30, 30, 22]


def test_cli_writes_journey_csv_and_xlsx(project, tmp_path):
    from test_cli_export import workbench

    path, journey_id = project
    result = workbench("export", str(path), "--journey", str(journey_id), "--csv",
                       str(tmp_path / "cli.csv"))
    assert result.returncode == 0, result.stderr
    assert "--include-personal-data" in result.stdout
    assert INTERVIEW not in (tmp_path / "cli.csv").read_text("utf-8-sig")
    result = workbench("export", str(path), "--journey", str(journey_id), "--xlsx",
                       str(tmp_path / "cli.xlsx"), "--include-personal-data", "--quiet")
    assert result.returncode == 0, result.stderr
    from openpyxl import load_workbook

    values = [v for row in load_workbook(tmp_path / "cli.xlsx")["Journey cells"].iter_rows(
        values_only=True) for v in row]
    assert INTERVIEW in values
