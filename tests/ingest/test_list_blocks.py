"""A spreadsheet's rows (a plain list) converted a block at a time while they are let go:
the same values as converting the whole table, every row once, in order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.errors import InputFileError
from workbench.ingest import convert
from workbench.ingest.table import RawTable


def sheet(rows: list[list]) -> RawTable:
    roles = [ColumnRole.IDENTIFIER, ColumnRole.NUMERIC, ColumnRole.DATE, ColumnRole.CATEGORICAL]
    specs = [ColumnSpec(name=f"c{i}", label=label, role=role, position=i)
             for i, (label, role) in enumerate(zip(["id", "spend", "joined", "plan"], roles,
                                                   strict=True))]
    return RawTable(path=Path("customers.xlsx"), sheet="Customers", columns=specs, rows=rows,
                    row_numbers=[i + 2 for i in range(len(rows))])


def sheet_rows(count: int) -> list[list]:
    return [[f"C{i:04d}", i * 2.5 if i % 7 else None,
             dt.datetime(2024, 1, 1) + dt.timedelta(days=i) if i % 5 else f"0{i % 9 + 1}/03/2024",
             ("gold", "silver", True)[i % 3]] for i in range(count)]


def test_many_blocks_taken_from_a_list_give_the_whole_tables_values(monkeypatch):
    whole = convert.convert_table(sheet(sheet_rows(1000)), sheet(sheet_rows(1)).columns)
    table = sheet(sheet_rows(1000))
    monkeypatch.setattr(convert, "CHUNK_ROWS", 7)
    blocks = list(convert.TableConverter(table, table.columns).chunks(consume=True))
    assert [n for numbers, _ in blocks for n in numbers] == list(range(2, 1002))
    assert {len(numbers) for numbers, _ in blocks[:-1]} == {7}
    joined = [[value for _, values in blocks for value in values[k]] for k in range(4)]
    assert joined == [column.values for column in whole]
    assert table.rows == [] and table.row_numbers == []


def test_a_bad_value_far_down_a_list_names_its_row(monkeypatch):
    rows = sheet_rows(600)
    rows[530][1] = "lots"
    table = sheet(rows)
    monkeypatch.setattr(convert, "CHUNK_ROWS", 5)
    with pytest.raises(InputFileError) as info:
        list(convert.TableConverter(table, table.columns).chunks(consume=True))
    assert info.value.row == 532 and info.value.column == "spend"
