"""A whole CSV is held packed (one string per row) and unpacked a block at a time while it is
imported: what is stored must be exactly what the row-per-list reading stored, and a bad value
in a late block must still leave the project unchanged."""

from __future__ import annotations

import pytest
from project_snapshot import snapshot, unchanged

from workbench.errors import InputFileError
from workbench.ingest import convert, packed, text_table
from workbench.ingest.reader import ReadOptions, read_table
from workbench.services.importing import import_file
from workbench.services.project import create_project, open_project


def _tricky_csv(tmp_path):
    """Empty cells, an empty row, quoted line breaks, a cell holding the packing separator,
    ragged rows, a trailing empty column, repeated customers, dates, free text."""
    lines = ['customer_id,visited,spend,comment,segment,']
    for i in range(23):
        comment = f'"visit {i}, said ""fine""\nand more"' if i % 4 == 0 else f"visit {i} note"
        spend = "" if i % 5 == 0 else f"{i}.25"
        lines.append(f"K{i % 6},{i % 27 + 1:02d}/03/2024,{spend},{comment},{'ab'[i % 2]},")
        if i == 9:
            lines.append(",,,,,")  # an empty row keeps its number
        if i == 12:
            lines.append("K1,13/03/2024,2.5,odd \x1f cell")  # a short row with the separator
    lines.append("K5,28/03/2024,1,last")
    path = tmp_path / "visits.csv"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _stored(project_path, path):
    with open_project(project_path) as project:
        result = import_file(project, path, roles={"visited": "date", "comment": "free_text"})
        db, table = project.db, f"src_{result.source.id}"
        return {
            "result": (result.customers_created, result.documents_created),
            "columns": [tuple(r) for r in db.query(
                "SELECT position, name, label, role, measure FROM source_columns ORDER BY id")],
            "rows": [tuple(r) for r in db.query(f"SELECT * FROM {table} ORDER BY row_number")],
            "customers": [tuple(r) for r in db.query("SELECT id, label FROM customers ORDER BY id")],
            "documents": [tuple(r) for r in db.query(
                "SELECT title, body, customer_id, source_row FROM documents ORDER BY id")],
            "options": result.source.options,
        }


@pytest.mark.parametrize("block", [3, 4096])
def test_a_packed_csv_stores_exactly_what_row_lists_store(tmp_path, monkeypatch, block):
    path = _tricky_csv(tmp_path)
    monkeypatch.setattr(convert, "CHUNK_ROWS", block)
    monkeypatch.setattr(packed, "_DROP_AFTER", 4)  # rows already stored are let go part-way
    from_packed = _stored(create_project(tmp_path / "packed.pwb"), path)
    monkeypatch.setattr(text_table, "PACK_WHOLE_FILES", False)
    plain = _stored(create_project(tmp_path / "plain.pwb"), path)
    assert from_packed == plain
    rows = from_packed["rows"]
    assert any(value == "odd \x1f cell" for row in rows for value in row)
    assert len(from_packed["columns"]) == 5  # the trailing empty column is dropped either way


def test_a_packed_table_reads_like_the_row_lists(tmp_path, monkeypatch):
    path = _tricky_csv(tmp_path)
    packed = read_table(path, ReadOptions())
    monkeypatch.setattr(text_table, "PACK_WHOLE_FILES", False)
    plain = read_table(path, ReadOptions())
    assert packed.rows == plain.rows and list(packed.rows) == plain.rows
    assert packed.row_numbers == plain.row_numbers and packed.columns == plain.columns
    assert packed.rows[-1] == plain.rows[-1] and packed.rows[5:9] == plain.rows[5:9]


def test_a_bad_value_in_the_last_streamed_block_leaves_the_project_unchanged(tmp_path,
                                                                           monkeypatch):
    monkeypatch.setattr(convert, "CHUNK_ROWS", 4)
    path = tmp_path / "scores.csv"
    path.write_text("id,score,note\n" + "".join(f"R{i},{i},,\n" for i in range(21))
                    + "R21,,\nR22,lots,x\n", "utf-8")
    project_path = create_project(tmp_path / "p.pwb")
    before = snapshot(project_path)
    with open_project(project_path) as project, pytest.raises(InputFileError) as info:
        import_file(project, path, roles={"score": "numeric"})
    assert info.value.row == 24 and info.value.column == "score"
    assert "scores.csv" in str(info.value) and "lots" in str(info.value)
    assert unchanged(project_path, before)
