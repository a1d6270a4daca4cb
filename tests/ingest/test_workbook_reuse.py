"""The import reuses the sheet its preview loaded, only while the workbook is unchanged."""

from __future__ import annotations

import os

import pytest
from project_snapshot import dump

from workbench.errors import InputFileError, OperationCancelled
from workbench.ingest import spreadsheet
from workbench.ingest.reader import ReadOptions, read_table
from workbench.ingest.spreadsheet import SheetMemory
from workbench.progress import Task
from workbench.services.importing import import_file, list_sources, preview_file, source_rows
from workbench.services.project import create_project, open_project

openpyxl = pytest.importorskip("openpyxl")


def write_survey(path, *, rows: int = 40, scale: int = 1, notes: bool = True):
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Notes"
    first.append(["note", "author"])
    first.append(["fieldwork in March", "A. Conti"])
    survey = book.create_sheet("Survey")
    survey.append(["respondent", "satisfaction", "segment", "comment"])
    for i in range(1, rows + 1):
        survey.append([f"R{i:03d}", (i % 5 + 1) * scale, ["gold", "silver", "bronze"][i % 3],
                       None if i % 4 else f"answer number {i}"])
    if not notes:
        book.remove(first)
    book.save(path)
    return path


@pytest.fixture
def opens(monkeypatch):
    """How many times a workbook file is opened and parsed."""
    calls: list[str] = []
    real = spreadsheet._open_workbook

    def counting(path, handle):
        calls.append(path.name)
        return real(path, handle)

    monkeypatch.setattr(spreadsheet, "_open_workbook", counting)
    return calls


def stored_rows(project, source_id: int) -> list:
    return source_rows(project, source_id, 0, 10_000)


def test_import_after_a_preview_does_not_open_the_workbook_again(tmp_path, opens):
    path = write_survey(tmp_path / "survey.xlsx")
    memory = SheetMemory()
    preview = preview_file(path, ReadOptions(sheet="Survey"), memory=memory)
    assert preview.truncated is False and len(preview.rows) == 40
    assert opens == ["survey.xlsx"] and memory.sheet == "Survey"
    with open_project(create_project(tmp_path / "study.pwb")) as project:
        result = import_file(project, path, ReadOptions(sheet="Survey"), specs=preview.columns,
                             memory=memory)
        assert result.source.row_count == 40 and result.source.sheet == "Survey"
    assert opens == ["survey.xlsx"]  # the import used the preview's sheet
    assert memory.sheet is None  # handed over: the import does not hold it twice


def test_rows_imported_after_a_preview_equal_a_plain_import(tmp_path):
    path = write_survey(tmp_path / "survey.xlsx")
    memory = SheetMemory()
    preview = preview_file(path, ReadOptions(sheet="Survey"), max_rows=5, memory=memory)
    assert preview.truncated
    reused = read_table(path, ReadOptions(sheet="Survey"), memory=memory)
    plain = read_table(path, ReadOptions(sheet="Survey"))
    assert reused.rows == plain.rows and reused.row_numbers == plain.row_numbers
    assert reused.columns == plain.columns and reused.header_row == plain.header_row == 1

    preview_file(path, ReadOptions(sheet="Survey"), memory=memory)
    with open_project(create_project(tmp_path / "a.pwb")) as first:
        via_preview = import_file(first, path, ReadOptions(sheet="Survey"), memory=memory)
        after_preview = stored_rows(first, via_preview.source.id)
    with open_project(create_project(tmp_path / "b.pwb")) as second:
        from_disk = import_file(second, path, ReadOptions(sheet="Survey"))
        assert stored_rows(second, from_disk.source.id) == after_preview
    assert len(after_preview) == 40 and after_preview[0][0] == 2
    assert via_preview.source.file_hash == from_disk.source.file_hash


def test_a_workbook_saved_again_after_the_preview_is_read_anew(tmp_path, opens):
    path = write_survey(tmp_path / "survey.xlsx")
    memory = SheetMemory()
    old = preview_file(path, ReadOptions(sheet="Survey"), memory=memory)
    write_survey(path, scale=100)  # saved again with other values, same columns
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    table = read_table(path, ReadOptions(sheet="Survey"), memory=memory)
    assert opens == ["survey.xlsx", "survey.xlsx"]
    satisfaction = [c.label for c in table.columns].index("satisfaction")
    assert [row[satisfaction] for row in table.rows] == [
        (i % 5 + 1) * 100 for i in range(1, 41)]
    assert [row[satisfaction] for row in old.rows] != [row[satisfaction] for row in table.rows]


def test_an_import_after_the_file_changed_stores_the_new_rows(tmp_path, opens):
    path = write_survey(tmp_path / "survey.xlsx")
    memory = SheetMemory()
    preview = preview_file(path, ReadOptions(sheet="Survey"), memory=memory)
    write_survey(path, rows=25)  # fewer rows now
    with open_project(create_project(tmp_path / "study.pwb")) as project:
        result = import_file(project, path, ReadOptions(sheet="Survey"), specs=preview.columns,
                             memory=memory)
        assert result.source.row_count == 25
        imported = stored_rows(project, result.source.id)
    with open_project(create_project(tmp_path / "plain.pwb")) as plain:
        expected = import_file(plain, path, ReadOptions(sheet="Survey"), specs=preview.columns)
        assert stored_rows(plain, expected.source.id) == imported
    assert len(opens) == 3  # preview, import after the change, plain import


def test_another_sheet_is_read_from_disk_and_only_one_sheet_is_kept(tmp_path, opens):
    path = write_survey(tmp_path / "survey.xlsx")
    memory = SheetMemory()
    first = preview_file(path, ReadOptions(), memory=memory)  # the data sheet by default
    assert first.sheet == "Survey" and memory.sheet == "Survey"
    again = read_table(path, ReadOptions(sheet="Survey"), max_rows=5, memory=memory)
    assert again.rows == first.rows[:5] and len(opens) == 1  # "Survey" named is the default
    notes = read_table(path, ReadOptions(sheet="Notes"), memory=memory)
    assert notes.sheet == "Notes" and len(notes.rows) == 1
    assert len(opens) == 2 and memory.sheet is None  # the kept "Survey" was dropped


def test_a_changed_header_row_reuses_the_kept_sheet(tmp_path, opens):
    path = write_survey(tmp_path / "survey.xlsx")
    memory = SheetMemory()
    preview_file(path, ReadOptions(sheet="Survey"), memory=memory)
    moved = preview_file(path, ReadOptions(sheet="Survey", header_row=2), memory=memory)
    assert moved.header_row == 2 and moved.row_numbers[0] == 3
    assert [c.label for c in moved.columns][:2] == ["R001", "2"]
    assert len(opens) == 1
    with pytest.raises(InputFileError, match="ends before row 99"):
        preview_file(path, ReadOptions(sheet="Survey", header_row=99), memory=memory)
    assert len(opens) == 1


def test_a_bad_value_in_a_reused_sheet_names_row_and_column_and_changes_nothing(tmp_path, opens):
    path = write_survey(tmp_path / "survey.xlsx")
    memory = SheetMemory()
    preview_file(path, ReadOptions(sheet="Survey"), memory=memory)
    project_path = create_project(tmp_path / "study.pwb")
    before = dump(project_path)
    with open_project(project_path) as project:
        with pytest.raises(InputFileError) as info:
            import_file(project, path, ReadOptions(sheet="Survey"), roles={"segment": "numeric"},
                        memory=memory)
        assert list_sources(project) == []
    assert info.value.row == 2 and "segment" in str(info.value) and "survey.xlsx" in str(info.value)
    assert len(opens) == 1
    assert dump(project_path) == before


def test_a_cancelled_import_of_a_reused_sheet_changes_nothing(tmp_path, opens):
    path = write_survey(tmp_path / "survey.xlsx", rows=300)
    memory = SheetMemory()
    preview_file(path, ReadOptions(sheet="Survey"), memory=memory)
    project_path = create_project(tmp_path / "study.pwb")
    before = dump(project_path)
    seen: list[float] = []

    def cancel_while_saving(done, total, message):
        seen.append(done / total if total else 0.0)
        if total and done / total > 0.5:
            task.cancel()

    task = Task(cancel_while_saving)
    with open_project(project_path) as project:
        with pytest.raises(OperationCancelled):
            import_file(project, path, ReadOptions(sheet="Survey"), memory=memory, task=task)
    assert max(seen) > 0.5 and len(opens) == 1
    assert dump(project_path) == before


def test_forget_drops_the_kept_sheet(tmp_path, opens):
    path = write_survey(tmp_path / "survey.xlsx")
    memory = SheetMemory()
    preview_file(path, ReadOptions(sheet="Survey"), memory=memory)
    memory.forget()
    assert memory.sheet is None
    read_table(path, ReadOptions(sheet="Survey"), memory=memory)
    assert len(opens) == 2


def test_a_closed_memory_keeps_no_sheet_from_a_later_read(tmp_path, opens):
    path = write_survey(tmp_path / "survey.xlsx")
    memory = SheetMemory()
    preview_file(path, ReadOptions(sheet="Survey"), memory=memory)
    memory.close()  # the dialog closed while a preview read was still finishing
    preview_file(path, ReadOptions(sheet="Survey"), memory=memory)
    assert memory.sheet is None and len(opens) == 2
