"""CSV styles: comma with a decimal point, or semicolon with a decimal comma (Excel in Italian)."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from workbench import i18n
from workbench.export.tables import (
    COMMA,
    DECIMAL,
    INTEGER,
    SEMICOLON,
    Column,
    Table,
    decimal_comma,
    write_csv,
)
from workbench.settings import Settings, csv_style, csv_style_for_language, load_settings, save_settings

ROWS = [["Giulia; Milano", 3, 3.5, -0.25, "2026-11-20"],
        ["=SUM(A1:A3)", 1200, 1e-05, 12345678.125, date(2026, 1, 2).isoformat()],
        ["-2+3", 0, float("nan"), None, ""],
        ["3.5 is text", -7, 0.1 + 0.2, 2.0, "x"]]


def table() -> Table:
    return Table("t", [Column("name"), Column("count", INTEGER), Column("fit", DECIMAL),
                       Column("effect", DECIMAL), Column("computed on")], [list(r) for r in ROWS])


def read_back(path, delimiter: str) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


@pytest.mark.parametrize(("style", "delimiter", "mark"), [(COMMA, ",", "."), (SEMICOLON, ";", ",")])
def test_each_style_reads_back_with_its_separator_and_decimal_mark(tmp_path, style, delimiter, mark):
    target = tmp_path / f"{style}.csv"
    write_csv(table(), target, style)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads accents right
    assert raw.count(b"\r\n") == len(ROWS) + 1 and b"\n" not in raw.replace(b"\r\n", b"")
    rows = read_back(target, delimiter)
    assert rows[0] == ["name", "count", "fit", "effect", "computed on"]
    assert all(len(row) == 5 for row in rows)  # one column per field: Excel shows a table
    body = rows[1:]
    assert body[0][0] == "Giulia; Milano"  # text holding the separator is quoted, not split
    assert [row[1] for row in body] == [str(r[1]) for r in ROWS]  # integers: no thousands marks
    for row, source in zip(body, ROWS, strict=True):
        for cell, value in zip(row[2:4], source[2:4], strict=True):
            if value is None or value != value:
                assert cell == ""  # NaN and None stay blank
            else:
                assert "e" not in cell.lower() or style == COMMA
                assert float(cell.replace(mark, ".")) == pytest.approx(round(value, 6))
    assert [row[4] for row in body] == [r[4] for r in ROWS]  # dates stay ISO


def test_semicolon_style_writes_the_decimal_comma(tmp_path):
    target = tmp_path / "it.csv"
    write_csv(table(), target, SEMICOLON)
    rows = read_back(target, ";")
    assert rows[1][1:4] == ["3", "3,5", "-0,25"]
    assert rows[2][1:4] == ["1200", "0,00001", "12345678,125"]  # never 1e-05, never 1.200
    assert rows[4][0] == "3.5 is text"  # text is left as it is
    # the comma style is unchanged: what R and Python read
    write_csv(table(), tmp_path / "en.csv", COMMA)
    assert read_back(tmp_path / "en.csv", ",")[1][1:4] == ["3", "3.5", "-0.25"]


@pytest.mark.parametrize("style", [COMMA, SEMICOLON])
def test_formulas_are_neutralised_in_both_styles(tmp_path, style):
    target = tmp_path / "f.csv"
    write_csv(table(), target, style)
    rows = read_back(target, ";" if style == SEMICOLON else ",")
    assert rows[2][0] == "'=SUM(A1:A3)" and rows[3][0] == "'-2+3"
    assert rows[1][3] in ("-0.25", "-0,25")  # a negative number is a number, not a formula


def test_unknown_style_is_refused(tmp_path):
    with pytest.raises(ValueError, match="semicolon"):
        write_csv(table(), tmp_path / "x.csv", "tab")
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize(("value", "written"), [(3.5, "3,5"), (-0.25, "-0,25"), (7, "7"),
                                                 (1e16, "10000000000000000"), (True, True),
                                                 ("1.5", "1.5")])
def test_decimal_comma(value, written):
    assert decimal_comma(value) == written


def test_default_style_follows_the_language_unless_chosen():
    assert csv_style_for_language("it") == SEMICOLON
    assert csv_style_for_language("en") == COMMA
    assert load_settings().csv_style == ""
    assert csv_style() == COMMA  # tests run in English
    i18n.set_language("it")
    assert csv_style() == SEMICOLON
    save_settings(Settings(csv_style=COMMA))
    assert csv_style() == COMMA  # the user's choice wins over the language
    i18n.set_language("en")
    save_settings(Settings(csv_style=SEMICOLON))
    assert csv_style() == SEMICOLON


def test_a_damaged_style_setting_falls_back_to_the_language(isolated_user_dirs):
    from workbench.settings import settings_path

    settings_path().write_text('{"csv_style": "pipes"}', "utf-8")
    assert load_settings().csv_style == ""
    assert csv_style() == COMMA
