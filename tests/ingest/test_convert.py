"""Typed values under the chosen roles; a value that does not fit names its row and column."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from ingest_helpers import converted

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.errors import InputFileError, OperationCancelled
from workbench.ingest.reader import RawTable, convert_table, read_table
from workbench.progress import Task


def table_of(labels, rows, roles, *, decimal=".", sheet=None) -> RawTable:
    specs = [ColumnSpec(name=f"c{i}", label=label, role=role, position=i)
             for i, (label, role) in enumerate(zip(labels, roles, strict=True))]
    return RawTable(path=Path("survey.csv"), sheet=sheet, columns=specs, rows=rows,
                    row_numbers=[i + 2 for i in range(len(rows))], encoding="utf-8",
                    delimiter=",", decimal=decimal)


def test_missing_value_markers_become_none_in_every_role():
    markers = ["", "NA", "N/A", "n/a", "null", "-", "?", "none", "nan", None, " NA "]
    rows = [[m, m, m, m] for m in markers]
    table = table_of(["n", "c", "d", "i"], rows, [ColumnRole.NUMERIC, ColumnRole.CATEGORICAL,
                                                 ColumnRole.DATE, ColumnRole.IDENTIFIER])
    result = converted(table)
    for name in ("n", "d", "i"):
        assert result[name] == [None] * len(markers)
    # in a category "none" is an answer (no loyalty card), every other marker is a gap
    assert result["c"] == [None] * 7 + ["none"] + [None] * 3


def test_free_text_keeps_none_as_an_answer():
    table = table_of(["What frustrates you?"], [["None"], ["NA"], ["  the queue  "]],
                     [ColumnRole.FREE_TEXT])
    assert converted(table)["What frustrates you?"] == ["None", None, "the queue"]


def test_numbers_as_text_and_as_spreadsheet_values_become_floats():
    rows = [["12"], ["-3.5"], [7], [2.25], ["1,234.5"], ["€ 10"], ["45%"], [True], ["1e3"]]
    table = table_of(["amount"], rows, [ColumnRole.NUMERIC])
    assert converted(table)["amount"] == [12.0, -3.5, 7.0, 2.25, 1234.5, 10.0, 45.0, 1.0, 1000.0]


def test_decimal_comma_is_used_when_chosen():
    table = table_of(["spesa"], [["12,5"], ["1.234,56"], ["-0,75"], ["7"]], [ColumnRole.NUMERIC],
                     decimal=",")
    assert converted(table)["spesa"] == [12.5, 1234.56, -0.75, 7.0]
    point = table_of(["spesa"], [["1.234,56"]], [ColumnRole.NUMERIC])
    with pytest.raises(InputFileError):
        convert_table(point, point.columns)
    assert convert_table(point, point.columns, decimal=",")[0].values == [1234.56]


@pytest.mark.parametrize("bad", ["abc", "1_000", "inf", "12.5.3"])
def test_value_that_is_not_a_number_names_file_row_column_value_and_what_to_do(bad):
    table = table_of(["id", "Income"], [["1", "10"], ["2", bad]],
                     [ColumnRole.IDENTIFIER, ColumnRole.NUMERIC])
    with pytest.raises(InputFileError) as info:
        convert_table(table, table.columns)
    error = info.value
    message = str(error)
    assert "survey.csv" in message and "row 3" in message and "'Income'" in message
    assert f"'{bad}'" in message and "Categorical" in message
    assert (error.row, error.column, error.path.name) == (3, "Income", "survey.csv")


def test_error_in_a_workbook_names_the_sheet():
    table = table_of(["score"], [["x"]], [ColumnRole.NUMERIC], sheet="Survey")
    with pytest.raises(InputFileError, match=r"survey.csv \(sheet Survey\), row 2"):
        convert_table(table, table.columns)


def test_identifiers_keep_leading_zeros_and_spreadsheet_floats_lose_the_point_zero():
    rows = [["007"], [7.0], [" 0042 "], [12345678901.0], [3.5]]
    table = table_of(["customer_id"], rows, [ColumnRole.IDENTIFIER])
    assert converted(table)["customer_id"] == ["007", "7", "0042", "12345678901", "3.5"]


def test_categories_from_spreadsheets_are_text():
    rows = [[True], [dt.date(2024, 1, 2)], [2.0], ["gold"]]
    table = table_of(["segment"], rows, [ColumnRole.CATEGORICAL])
    assert converted(table)["segment"] == ["TRUE", "2024-01-02", "2", "gold"]


def test_dates_in_every_supported_form_become_iso_text():
    rows = [["2024-03-31"], ["31/03/2024"], ["31-03-2024"], ["31.03.2024"], ["4 settembre 2012"],
            ["Sep 4, 2012"], [dt.date(2024, 1, 2)], [dt.datetime(2024, 1, 2, 9, 30)],
            [45382.0], ["2024-03-31T10:15:00Z"], ["20240331"], ["05/06/24 14:30"]]
    table = table_of(["when"], rows, [ColumnRole.DATE])
    assert converted(table)["when"] == [
        "2024-03-31", "2024-03-31", "2024-03-31", "2024-03-31", "2012-09-04", "2012-09-04",
        "2024-01-02", "2024-01-02T09:30:00", "2024-03-31", "2024-03-31T10:15:00", "2024-03-31",
        "2024-06-05T14:30:00"]


def test_ambiguous_dates_are_day_first_unless_values_or_the_option_say_month_first():
    ambiguous = table_of(["d"], [["03/04/2024"], ["05/06/2024"]], [ColumnRole.DATE])
    assert converted(ambiguous)["d"] == ["2024-04-03", "2024-06-05"]
    assert converted(ambiguous, date_order="mdy")["d"] == ["2024-03-04", "2024-05-06"]
    proven = table_of(["d"], [["03/04/2024"], ["12/31/2024"]], [ColumnRole.DATE])
    assert converted(proven)["d"] == ["2024-03-04", "2024-12-31"]


def test_value_that_is_not_a_date_names_its_row_and_column():
    table = table_of(["signup"], [["2024-01-01"], ["next week"]], [ColumnRole.DATE])
    with pytest.raises(InputFileError) as info:
        convert_table(table, table.columns)
    assert info.value.row == 3 and "'next week'" in str(info.value) and "signup" in str(info.value)
    impossible = table_of(["signup"], [["31/02/2024"]], [ColumnRole.DATE])
    with pytest.raises(InputFileError, match="31/02/2024"):
        convert_table(impossible, impossible.columns)


def test_ignored_columns_are_left_out_and_the_rest_keep_their_order():
    table = table_of(["a", "b", "c"], [["1", "x", "y"]],
                     [ColumnRole.NUMERIC, ColumnRole.IGNORE, ColumnRole.CATEGORICAL])
    assert [c.spec.label for c in convert_table(table, table.columns)] == ["a", "c"]


def test_roles_changed_by_the_user_are_the_ones_used(write_text):
    table = read_table(write_text("t.csv", "id,zip\n1,00184\n2,20121\n"))
    specs = [replace(s, role=ColumnRole.CATEGORICAL) if s.label == "zip" else s
             for s in table.columns]
    assert converted(table, specs)["zip"] == ["00184", "20121"]
    with pytest.raises(InputFileError, match="columns"):
        convert_table(table, specs[:1])


def test_conversion_reports_progress_per_column_and_can_be_cancelled():
    table = table_of(["a", "b", "c"], [["1", "2", "3"]], [ColumnRole.NUMERIC] * 3)
    seen = []
    convert_table(table, table.columns, task=Task(lambda d, t, m: seen.append((d, t))))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    task = Task()
    task.cancel()
    with pytest.raises(OperationCancelled):
        convert_table(table, table.columns, task=task)


@pytest.mark.parametrize(("option", "value"), [("decimal", ";"), ("date_order", "ymd")])
def test_impossible_conversion_options_are_explained(option, value):
    table = table_of(["a"], [["1"]], [ColumnRole.NUMERIC])
    with pytest.raises(InputFileError):
        convert_table(table, table.columns, **{option: value})


def test_the_first_bad_value_in_file_order_is_the_one_reported():
    rows = [["1"], ["zz"], ["2"], ["aa"], ["zz"]]
    table = table_of(["score"], rows, [ColumnRole.NUMERIC])
    with pytest.raises(InputFileError) as info:
        convert_table(table, table.columns)
    assert info.value.row == 3 and "'zz'" in str(info.value)


def test_none_is_a_category_not_a_missing_value():
    from workbench.domain.columns import ColumnRole
    from workbench.ingest.convert import categories

    assert categories(["none", "gold", "", "None", "gold", "NA"] * 10)[:6] == [
        "none", "gold", None, "None", "gold", None]
    assert ColumnRole.CATEGORICAL.value == "categorical"


def test_block_by_block_conversion_matches_the_whole_and_frees_the_raw_rows(monkeypatch):
    from workbench.ingest import convert

    rows = [[f"C{i % 4}", str(i * 1.5), f"0{i % 9 + 1}/04/2024", f" text {i} "] for i in range(10)]
    rows.append(["C9", "2", "12/31/2024", None])  # only the last block proves month first
    roles = [ColumnRole.IDENTIFIER, ColumnRole.NUMERIC, ColumnRole.DATE, ColumnRole.FREE_TEXT]
    whole = {label: values for label, values in converted(table_of(["id", "n", "d", "t"],
                                                                    rows, roles)).items()}
    assert whole["d"][0] == "2024-01-04"  # month first for the whole column
    table = table_of(["id", "n", "d", "t"], [list(r) for r in rows], roles)
    monkeypatch.setattr(convert, "CHUNK_ROWS", 4)
    blocks = list(convert.TableConverter(table, table.columns).chunks(consume=True))
    assert [len(numbers) for numbers, _ in blocks] == [4, 4, 3]
    assert [n for numbers, _ in blocks for n in numbers] == list(range(2, 13))
    joined = [sum((values[k] for _, values in blocks), []) for k in range(4)]
    assert joined == [whole["id"], whole["n"], whole["d"], whole["t"]]
    assert table.rows == [] and table.row_numbers == []


def test_a_bad_value_in_a_later_block_names_its_own_row(monkeypatch):
    from workbench.ingest import convert

    table = table_of(["score"], [["1"]] * 6 + [["lots"]], [ColumnRole.NUMERIC])
    monkeypatch.setattr(convert, "CHUNK_ROWS", 3)
    with pytest.raises(InputFileError) as info:
        list(convert.TableConverter(table, table.columns).chunks())
    assert info.value.row == 8 and "'lots'" in str(info.value)


def test_numbers_from_a_spreadsheet_are_taken_as_they_are():
    table = table_of(["n"], [[1.5], [2.0], [None], ["3_000"]], [ColumnRole.NUMERIC])
    with pytest.raises(InputFileError, match="3_000"):
        convert_table(table, table.columns)
    assert converted(table_of(["n"], [[1.5], [2.0], [7]], [ColumnRole.NUMERIC]))["n"] == [
        1.5, 2.0, 7.0]


def test_typed_spreadsheet_numbers_keep_their_checks():
    values = converted(table_of(["n"], [[1.5], [float("nan")], [float("inf")], [2], [True]],
                                [ColumnRole.NUMERIC]))["n"]
    assert values == [1.5, None, None, 2.0, 1.0]
    assert all(v is None or v.__class__ is float for v in values)
    table = table_of(["n"], [[1.5], [2.5], [dt.date(2024, 3, 1)]], [ColumnRole.NUMERIC])
    with pytest.raises(InputFileError) as info:
        convert_table(table, table.columns)
    assert info.value.row == 4


def test_texts_are_stripped_and_short_missing_markers_dropped_whatever_the_mix():
    long_only = ["  a long answer about the shop  ", "another answer\t", "third answer"]
    assert converted(table_of(["t"], [[v] for v in long_only], [ColumnRole.FREE_TEXT]))["t"] == [
        "a long answer about the shop", "another answer", "third answer"]
    mixed = [" ok ", " n/a", "", "None", "a longer answer"]
    assert converted(table_of(["t"], [[v] for v in mixed], [ColumnRole.FREE_TEXT]))["t"] == [
        "ok", None, None, "None", "a longer answer"]
    assert converted(table_of(["i"], [[v] for v in mixed], [ColumnRole.IDENTIFIER]))["i"] == [
        "ok", None, None, None, "a longer answer"]


def test_dates_read_in_an_earlier_block_are_read_the_same_later(monkeypatch):
    from workbench.ingest import convert

    rows = [["03/04/2024"], ["2024-05-06"], [" 03/04/2024 "]] * 3 + [["not a date"]]
    table = table_of(["d"], rows, [ColumnRole.DATE])
    monkeypatch.setattr(convert, "CHUNK_ROWS", 3)
    blocks = convert.TableConverter(table, table.columns).chunks()
    for _ in range(3):
        assert next(blocks)[1] == [["2024-04-03", "2024-05-06", "2024-04-03"]]
    with pytest.raises(InputFileError) as info:
        next(blocks)
    assert info.value.row == 11
