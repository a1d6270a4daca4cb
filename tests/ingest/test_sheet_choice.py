"""Without a sheet asked for, the sheet that looks like the data table is read."""

from __future__ import annotations

import pytest

from workbench.ingest.reader import ReadOptions, read_table
from workbench.services.importing import import_file
from workbench.services.project import create_project, open_project

openpyxl = pytest.importorskip("openpyxl")


def dictionary_then_customers(path, rows: int = 5630):
    """A data dictionary first (a title row, the header on row 2 from column B), then the data."""
    book = openpyxl.Workbook()
    dictionary = book.active
    dictionary.title = "Data Dict"
    dictionary.append(["E-commerce churn: data dictionary"])
    dictionary.append([None, "Data", "Variable", "Discription"])
    for name in ("CustomerID", "Churn", "Tenure", "PreferredLoginDevice", "CityTier"):
        dictionary.append([None, "E Comm", name, f"what {name} means"])
    customers = book.create_sheet("E Comm")
    customers.append(["CustomerID", "Churn", "Tenure", "PreferredLoginDevice", "CityTier"])
    for i in range(rows):
        customers.append([50001 + i, i % 2, i % 30, ["Mobile Phone", "Computer"][i % 2], i % 3 + 1])
    book.save(path)
    return path


def test_the_customer_sheet_is_chosen_over_a_data_dictionary_in_front(tmp_path):
    path = dictionary_then_customers(tmp_path / "ecommerce.xlsx")
    table = read_table(path)
    assert table.sheet == "E Comm" and len(table.rows) == 5630
    assert [c.label for c in table.columns][:2] == ["CustomerID", "Churn"]
    with open_project(create_project(tmp_path / "study.pwb")) as project:
        result = import_file(project, path)
    assert result.source.sheet == "E Comm" and result.source.row_count == 5630


def test_a_header_below_row_1_and_right_of_column_a_is_found(tmp_path):
    path = dictionary_then_customers(tmp_path / "ecommerce.xlsx")
    table = read_table(path, ReadOptions(sheet="Data Dict"))
    assert table.header_row == 2
    assert [c.label for c in table.columns] == ["Data", "Variable", "Discription"]
    assert [c.position for c in table.columns] == [1, 2, 3]  # columns B, C, D
    assert table.rows[0] == ["E Comm", "CustomerID", "what CustomerID means"]
    assert table.row_numbers[0] == 3


def test_two_similar_tables_keep_the_workbook_order(tmp_path):
    book = openpyxl.Workbook()
    for title, rows in (("2023", 40), ("2024", 55)):
        sheet = book.active if title == "2023" else book.create_sheet(title)
        sheet.title = title
        sheet.append(["customer", "spend", "visits"])
        for i in range(rows):
            sheet.append([f"C{i}", i * 3.5, i % 7])
    book.save(tmp_path / "years.xlsx")
    assert read_table(tmp_path / "years.xlsx").sheet == "2023"


def test_an_ods_data_sheet_is_chosen_too(tmp_path):
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("odf")
    path = tmp_path / "survey.ods"
    with pandas.ExcelWriter(path, engine="odf") as writer:
        pandas.DataFrame({"note": ["fieldwork in March"]}).to_excel(
            writer, sheet_name="Notes", index=False)
        pandas.DataFrame({"respondent": [f"R{i}" for i in range(30)],
                          "score": [i % 5 for i in range(30)]}).to_excel(
            writer, sheet_name="Answers", index=False)
    table = read_table(path)
    assert table.sheet == "Answers" and len(table.rows) == 30
