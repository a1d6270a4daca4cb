"""The import dialog imports the sheet its preview loaded, unless the workbook changed."""

from __future__ import annotations

import pytest

from workbench.ingest import spreadsheet
from workbench.ingest.reader import ReadOptions
from workbench.services import importing
from workbench.services.project import create_project, open_project

openpyxl = pytest.importorskip("openpyxl")


def write_survey(path, *, rows: int = 30, scale: int = 1):
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["Note", "Author"])
    book.active.append(["fieldwork in March", "A. Conti"])
    survey = book.create_sheet("Survey")
    survey.append(["respondent", "satisfaction", "segment"])
    for i in range(1, rows + 1):
        survey.append([f"R{i:03d}", (i % 5 + 1) * scale, ["gold", "silver", "bronze"][i % 3]])
    book.save(path)
    return path


@pytest.fixture
def loads(monkeypatch):
    """The sheets loaded from disk (file, sheet asked for), in order."""
    calls: list[tuple[str, str | None]] = []
    real = spreadsheet._load_sheet

    def counting(path, wanted):
        calls.append((path.name, wanted))
        return real(path, wanted)

    monkeypatch.setattr(spreadsheet, "_load_sheet", counting)
    return calls


def plain_import(tmp_path, path, sheet: str) -> list[tuple]:
    with open_project(create_project(tmp_path / "plain.pwb")) as project:
        result = importing.import_file(project, path, ReadOptions(sheet=sheet))
        return importing.source_rows(project, result.source.id, 0, 10_000)


def imported_rows(window, result) -> list[tuple]:
    return importing.source_rows(window.project, result.source.id, 0, 10_000)


def test_import_button_uses_the_sheet_the_preview_loaded(
        area, open_dialog, tmp_path, qtbot, click_import, opened, loads):
    path = write_survey(tmp_path / "survey.xlsx")
    dialog = open_dialog(path)
    # the data sheet is preselected and kept (no sheet asked for: the reader chose it)
    assert loads == [("survey.xlsx", None)] and dialog.sheet_memory.sheet == "Survey"
    assert dialog.options.sheet_combo.currentText() == "Survey"
    loaded_before_import = len(loads)

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        click_import(dialog)
    result = imported.args[0]
    assert len(loads) == loaded_before_import  # not parsed again
    assert result.source.sheet == "Survey" and result.source.row_count == 30
    assert dialog.sheet_memory.sheet is None
    assert imported_rows(opened, result) == plain_import(tmp_path, path, "Survey")


def test_a_workbook_saved_again_after_the_preview_is_imported_as_it_is_now(
        area, open_dialog, tmp_path, qtbot, click_import, opened, loads):
    path = write_survey(tmp_path / "survey.xlsx")
    dialog = open_dialog(path)
    assert dialog.options.sheet_combo.currentText() == "Survey"  # preselected
    # satisfaction 1–5 is inferred as a CSAT measure (issue #18); as Numeric, the values
    # saved below (10–50) fit it
    model = dialog.columns_model
    assert model.setData(model.index(model.row_of("satisfaction"), model.ROLE), "numeric")
    write_survey(path, rows=45, scale=10)  # the researcher saved it again in Excel
    loaded_before_import = len(loads)

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        click_import(dialog)
    result = imported.args[0]
    assert loads[loaded_before_import:] == [("survey.xlsx", "Survey")]
    assert result.source.row_count == 45
    rows = imported_rows(opened, result)
    assert rows == plain_import(tmp_path, path, "Survey")
    # the new values, not the preview's (row number, customer, respondent, satisfaction, ...)
    assert [row[3] for row in rows] == [(i % 5 + 1) * 10.0 for i in range(1, 46)]


def test_closing_the_dialog_drops_the_kept_sheet(area, open_dialog, tmp_path, qtbot, loads):
    path = write_survey(tmp_path / "survey.xlsx")
    dialog = open_dialog(path)
    memory = dialog.sheet_memory
    assert memory.sheet == "Survey"
    dialog.reject()
    qtbot.waitUntil(lambda: area.import_dialog is None, timeout=5_000)
    assert memory.sheet is None


def test_choosing_a_csv_instead_drops_the_kept_sheet(area, open_dialog, tmp_path, qtbot,
                                                      monkeypatch, people_csv):
    path = write_survey(tmp_path / "survey.xlsx")
    dialog = open_dialog(path)
    assert dialog.sheet_memory.sheet == "Survey"
    monkeypatch.setattr(dialog, "_ask_path", lambda: people_csv)
    with qtbot.waitSignal(dialog.preview_loaded, timeout=10_000):
        dialog.choose_another_file()
    assert dialog.sheet_memory.sheet is None
    assert dialog.file_label.text() == "people.csv"
