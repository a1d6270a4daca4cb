"""CSV and XLSX tables: formulas never run, numbers stay numbers, text survives."""

from __future__ import annotations

import csv

import pytest

from workbench.export.tables import (
    DECIMAL,
    INTEGER,
    SHARE,
    Column,
    Table,
    neutralise,
    sheet_name,
    write_csv,
    write_xlsx,
)

DANGEROUS = ["=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR",
             " =1+1", "\uff1d1+1", "\x01=1+1"]


def table() -> Table:
    return Table("Membership: test/[1]?", [Column("name"), Column("count", INTEGER),
                                           Column("fit", DECIMAL), Column("share", SHARE)],
                 [[text, i, -0.25, 0.5] for i, text in enumerate(DANGEROUS)]
                 + [["Zoë Ελένη 李雷 🛒", 7, float("nan"), None]])


@pytest.mark.parametrize("text", DANGEROUS[:8])
def test_text_that_a_spreadsheet_would_run_gets_a_leading_apostrophe(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["plain", "a=b", "3-2", "", 5, -1.5, None])
def test_other_values_are_left_alone(value):
    assert neutralise(value) == value


def test_csv_neutralises_formulas_and_keeps_numbers_and_unicode(tmp_path):
    target = tmp_path / "t.csv"
    write_csv(table(), target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents right
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["name", "count", "fit", "share"]
    names = [row[0] for row in rows[1:]]
    assert all(name.startswith("'") for name in names[:-1]), names
    assert names[-2] == "'=1+1"  # a control character cannot hide a leading =
    assert names[-1] == "Zoë Ελένη 李雷 🛒"
    assert rows[1][1:] == ["0", "-0.25", "0.5"]  # a negative number is a number, not a formula
    assert rows[-1][2:] == ["", ""]  # NaN and None are blank


def test_xlsx_cells_are_text_never_formulas_and_numbers_keep_formats(tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "t.xlsx"
    write_xlsx([table()], target, creator="Persona Workbench")
    book = load_workbook(target)
    sheet = book.worksheets[0]
    assert sheet.title == "Membership  test  1"[:31]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:D{len(DANGEROUS) + 2}"
    assert [c.value for c in sheet[1]] == ["name", "count", "fit", "share"]
    assert sheet["A1"].font.bold
    for row in sheet.iter_rows(min_row=2):
        assert row[0].data_type == "s", row[0].value  # a string, never a formula ("f")
    assert all(str(sheet.cell(r, 1).value).startswith("'") for r in range(2, len(DANGEROUS) + 2))
    assert sheet.cell(len(DANGEROUS) + 2, 1).value == "Zoë Ελένη 李雷 🛒"
    assert sheet["C2"].value == -0.25 and sheet["C2"].number_format == "0.000"
    assert sheet["D2"].value == 0.5 and sheet["D2"].number_format == "0.0%"
    assert book.properties.creator == "Persona Workbench"


def test_sheet_names_are_valid_for_excel():
    assert sheet_name("a/b\\c?d*e[f]g:h") == "a b c d e f g h"
    assert len(sheet_name("x" * 80)) == 31
    assert sheet_name("''") == "Sheet"
