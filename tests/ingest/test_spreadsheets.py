"""XLSX and ODS workbooks: every sheet, native numbers and dates, sheet row numbers."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
import time

import pytest
from ingest_helpers import column, converted, spec

from workbench.domain.columns import ColumnRole
from workbench.errors import InputFileError, OperationCancelled
from workbench.ingest.reader import ReadOptions, list_sheets, read_table
from workbench.progress import Task

openpyxl = pytest.importorskip("openpyxl")


def survey_workbook(path):
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["just", "notes"])
    notes.append(["a", "b"])
    survey = book.create_sheet("Survey 2024")
    survey.append(["respondent", "customer_id", "signed up", "satisfaction", "segment", "phone"])
    for i in range(1, 13):
        survey.append([f"R{i:03d}", i, dt.date(2024, 1, i), i % 5 + 1.5,
                       ["gold", "silver", "bronze"][i % 3], f"0{i:02d} 1234567"])
    book.create_sheet("Empty")
    book.save(path)
    return path


def test_every_sheet_of_an_xlsx_is_listed_and_selectable(tmp_path):
    path = survey_workbook(tmp_path / "survey.xlsx")
    assert list_sheets(path) == ["Notes", "Survey 2024", "Empty"]
    first = read_table(path)  # no sheet asked for: the one that looks like the data table
    assert first.sheet == "Survey 2024" and len(first.rows) == 12
    notes = read_table(path, ReadOptions(sheet="Notes"))
    assert notes.sheet == "Notes" and notes.rows == [["a", "b"]]
    survey = read_table(path, ReadOptions(sheet="Survey 2024"))
    assert survey.sheet == "Survey 2024" and len(survey.rows) == 12
    assert survey.row_numbers[0] == 2 and survey.row_numbers[-1] == 13


def test_csv_files_have_no_sheets(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("a,b\n1,2\n", "utf-8")
    assert list_sheets(path) == []


def test_xlsx_numbers_dates_and_identifiers_come_through_faithfully(tmp_path):
    path = survey_workbook(tmp_path / "survey.xlsx")
    table = read_table(path, ReadOptions(sheet="Survey 2024"))
    assert column(table, "signed up")[0] == dt.date(2024, 1, 1)
    assert column(table, "customer_id")[0] == 1.0
    roles = {c.label: c.role for c in table.columns}
    assert roles == {"respondent": ColumnRole.IDENTIFIER, "customer_id": ColumnRole.IDENTIFIER,
                     "signed up": ColumnRole.DATE, "satisfaction": ColumnRole.NUMERIC,
                     "segment": ColumnRole.CATEGORICAL, "phone": ColumnRole.PII}
    # halves fit no CSAT scale: numbers, no longer an outcome (issue #18)
    assert "do not fit a measure scale" in next(
        c.reason for c in table.columns if c.label == "satisfaction")
    values = converted(table)
    assert values["customer_id"][:2] == ["1", "2"]  # 1.0 in the sheet, an identifier as text
    assert values["signed up"][:2] == ["2024-01-01", "2024-01-02"]
    assert values["satisfaction"][0] == 2.5
    assert values["phone"][0] == "001 1234567"  # text cells keep leading zeros


def test_table_that_does_not_start_at_a1_keeps_sheet_rows_and_columns(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["C3"], sheet["D3"] = "id", "score"
    sheet["C4"], sheet["D4"] = "A", 1
    sheet["C6"], sheet["D6"] = "B", 2  # row 5 left empty
    path = tmp_path / "offset.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.header_row == 3
    assert table.row_numbers == [4, 6]
    assert [c.position for c in table.columns] == [2, 3]  # columns C and D
    assert table.rows == [["A", 1.0], ["B", 2.0]]


def test_ods_sheets_dates_and_numbers_are_read(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("odf")
    path = tmp_path / "interviste.ods"
    frame = pd.DataFrame({
        "codice cliente": ["007", "008", "009"],
        "data intervista": [dt.date(2024, 3, 1), dt.date(2024, 3, 2), dt.date(2024, 3, 31)],
        "età": [34, 41, 29],
        "risposta": ["Il negozio è lontano e le code sono lunghe, perché?",
                     "La consegna è arrivata in ritardo di una settimana intera.",
                     "Tutto bene, ma il sito è lento quando pago con la carta."],
    })
    with pd.ExcelWriter(path, engine="odf") as writer:
        frame.to_excel(writer, sheet_name="Prima", index=False)
        frame.head(1).to_excel(writer, sheet_name="Seconda", index=False)
    assert list_sheets(path) == ["Prima", "Seconda"]
    table = read_table(path, ReadOptions(sheet="Prima"))
    roles = {c.label: c.role for c in table.columns}
    assert roles["codice cliente"] is ColumnRole.IDENTIFIER
    assert roles["data intervista"] is ColumnRole.DATE
    assert roles["età"] is ColumnRole.NUMERIC
    assert roles["risposta"] is ColumnRole.FREE_TEXT
    values = converted(table)
    assert values["codice cliente"] == ["007", "008", "009"]
    assert values["data intervista"][2] == "2024-03-31"
    assert values["età"] == [34.0, 41.0, 29.0]
    assert read_table(path, ReadOptions(sheet="Seconda")).row_numbers == [2]


def test_excel_serial_numbers_in_a_date_column_become_dates(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["customer", "purchase date"])
    for i, serial in enumerate([45000, 45001.5, 45382], 1):
        sheet.append([f"C{i}", serial])  # dates stored as plain numbers
    path = tmp_path / "serials.xlsx"
    book.save(path)
    table = read_table(path)
    assert spec(table, "purchase date").role is ColumnRole.DATE
    assert converted(table)["purchase date"] == ["2023-03-15", "2023-03-16T12:00:00", "2024-03-31"]


def test_missing_sheet_is_named_with_the_sheets_there_are(tmp_path):
    path = survey_workbook(tmp_path / "survey.xlsx")
    with pytest.raises(InputFileError) as info:
        read_table(path, ReadOptions(sheet="Missing"))
    message = str(info.value)
    assert "survey.xlsx" in message and "Missing" in message and "Survey 2024" in message


def test_empty_sheet_is_explained_with_the_other_sheets(tmp_path):
    path = survey_workbook(tmp_path / "survey.xlsx")
    with pytest.raises(InputFileError, match=r"survey.xlsx \(sheet Empty\) is empty.*Notes"):
        read_table(path, ReadOptions(sheet="Empty"))


def test_xlsx_saved_with_an_xls_name_still_opens(tmp_path):
    path = survey_workbook(tmp_path / "survey.xlsx")
    renamed = tmp_path / "survey.xls"
    shutil.copy(path, renamed)
    assert len(read_table(renamed, ReadOptions(sheet="Survey 2024")).rows) == 12


def test_preview_of_a_workbook_stops_after_max_rows(tmp_path):
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("data")
    sheet.append(["id", "value"])
    for i in range(1000):
        sheet.append([f"C{i}", i])
    path = tmp_path / "long.xlsx"
    book.save(path)
    preview = read_table(path, max_rows=50)
    assert len(preview.rows) == 50 and preview.truncated and preview.row_numbers[-1] == 51
    assert not read_table(path).truncated


def test_cancel_while_the_workbook_loads_stops_the_reading(tmp_path, monkeypatch):
    from workbench.ingest import spreadsheet

    path = survey_workbook(tmp_path / "survey.xlsx")
    real_load = spreadsheet._load_sheet

    def slow_load(*args):
        time.sleep(0.3)
        return real_load(*args)

    monkeypatch.setattr(spreadsheet, "_load_sheet", slow_load)
    task = Task()
    threading.Timer(0.05, task.cancel).start()  # the user presses Cancel mid-load
    started = time.perf_counter()
    with pytest.raises(OperationCancelled):
        read_table(path, task=task)
    assert time.perf_counter() - started < 0.25
    for thread in threading.enumerate():  # the abandoned load ends on its own
        if thread.name == spreadsheet.LOAD_THREAD_NAME:
            thread.join(10)
            assert not thread.is_alive()


def test_title_rows_above_the_table_are_skipped_and_the_header_row_can_be_chosen(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Customer survey, March 2024"])
    sheet.append([])
    sheet.append(["id", "score", "segment"])
    sheet.append(["A", 3, "gold"])
    sheet.append(["B", 4, "silver"])
    path = tmp_path / "titled.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.header_row == 3
    assert [c.label for c in table.columns] == ["id", "score", "segment"]
    assert table.rows[0] == ["A", 3.0, "gold"] and table.row_numbers == [4, 5]
    chosen = read_table(path, ReadOptions(header_row=4))
    assert [c.label for c in chosen.columns] == ["A", "3", "gold"]
    assert chosen.row_numbers == [5]


def test_whole_sheet_and_preview_read_the_same_rows_with_the_same_numbers(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["B3"], sheet["C3"], sheet["D3"] = "id", "score", "note"
    sheet["B4"], sheet["C4"], sheet["D4"] = "A", 1, "first"
    sheet["B6"], sheet["D6"] = "B", "no score"  # row 5 empty, C6 empty
    sheet["C7"] = 3  # only the middle cell
    path = tmp_path / "gaps.xlsx"
    book.save(path)
    whole = read_table(path)
    preview = read_table(path, max_rows=10)
    assert whole.rows == preview.rows == [["A", 1.0, "first"], ["B", None, "no score"],
                                          [None, 3.0, None]]
    assert whole.row_numbers == preview.row_numbers == [4, 6, 7]
    assert (whole.header_row, whole.truncated, preview.truncated) == (3, False, False)
    above = read_table(path, ReadOptions(header_row=1))  # an empty row above the table
    assert above.header_row == 1 and above.row_numbers == [3, 4, 6, 7]
    assert above.rows[0] == ["id", "score", "note"]
