"""No file can take the app down: each crafted file fails alone, with a clear error, quickly,
within bounded memory, and leaves the project byte-for-byte as it was."""

from __future__ import annotations

import resource
import time
import zipfile

import pytest
from hostile_files import (
    billion_laughs_docx,
    billion_laughs_ods,
    billion_laughs_xlsx,
    cell,
    compound_file,
    dimension_bomb,
    lying_docx_bomb,
    lying_zip_bomb,
    write_xlsx,
)

from workbench.errors import InputFileError
from workbench.ingest import sheet_process
from workbench.ingest.documents import read_transcript
from workbench.services.importing import import_file, list_sources, preview_file
from workbench.services.project import create_project, open_project

#: The child reader may use at most this much memory in these tests.
READER_MEMORY_MB = 1024
SECONDS = 30


@pytest.fixture(autouse=True)
def small_reader_memory(monkeypatch):
    monkeypatch.setenv(sheet_process.MEMORY_ENV, str(READER_MEMORY_MB))


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def refused_import(tmp_path, path) -> InputFileError:
    """Import ``path`` into a new project: the error, after checking time, memory and the
    project's bytes."""
    project_path = create_project(tmp_path / "study.pwb")
    before = project_path.read_bytes()
    rss = _rss_mb()
    started = time.monotonic()
    with open_project(project_path) as project, pytest.raises(InputFileError) as raised:
        import_file(project, path)
    elapsed = time.monotonic() - started
    assert elapsed < SECONDS, f"{path.name} took {elapsed:.1f} s"
    assert _rss_mb() - rss < 300, "the app's own memory grew"
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert children_mb < READER_MEMORY_MB * 1.1, f"a reader used {children_mb:.0f} MB"
    assert project_path.read_bytes() == before  # byte-for-byte as it was
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("study")) == [
        "study.pwb"]
    with open_project(project_path, readonly=True) as project:
        assert list_sources(project) == []
    assert path.name in str(raised.value)
    return raised.value


def test_huge_declared_dimensions_with_a_cell_at_xfd1048576_are_refused(tmp_path):
    path = dimension_bomb(tmp_path / "dimension.xlsx")
    assert path.stat().st_size < 4096
    error = refused_import(tmp_path, path)
    assert "XFD1048576" in str(error) and "1,048,576 rows × 16,384 columns" in str(error)


def test_a_cell_at_the_last_row_and_column_without_a_dimension_is_refused(tmp_path):
    # Nothing declared: calamine itself runs out of memory in the child, which dies alone.
    path = dimension_bomb(tmp_path / "stray-cell.xlsx", declared=False)
    error = refused_import(tmp_path, path)
    assert "XFD1048576" in str(error)


def test_a_zip_bomb_whose_declared_sizes_lie_is_refused(tmp_path):
    path = lying_zip_bomb(tmp_path / "bomb.xlsx", real_mb=64)
    assert path.stat().st_size < 1024 * 1024
    error = refused_import(tmp_path, path)
    assert "ZIP bomb" in str(error) and "xl/worksheets/sheet1.xml" in str(error)


def test_entity_expansion_in_shared_strings_is_refused(tmp_path):
    error = refused_import(tmp_path, billion_laughs_xlsx(tmp_path / "laughs.xlsx"))
    assert "xl/sharedStrings.xml" in str(error) and "billion laughs" in str(error)


def test_entity_expansion_in_ods_content_is_refused(tmp_path):
    error = refused_import(tmp_path, billion_laughs_ods(tmp_path / "laughs.ods"))
    assert "content.xml" in str(error) and "billion laughs" in str(error)


def test_an_encrypted_workbook_is_refused(tmp_path):
    error = refused_import(tmp_path, compound_file(tmp_path / "secret.xlsx", "EncryptedPackage"))
    assert "password" in str(error)


def test_an_old_binary_xls_renamed_xlsx_is_refused(tmp_path):
    error = refused_import(tmp_path, compound_file(tmp_path / "old.xlsx", "Workbook"))
    assert "Excel 97-2003" in str(error) and ".xlsx" in str(error)


def test_a_50_mb_single_field_is_refused(tmp_path):
    body = f'<row r="1">{cell("A1", "id")}{cell("B1", "note")}</row>' + (
        f'<row r="2">{cell("A2", "C1")}{cell("B2", "x" * (50 * 1024 * 1024))}</row>')
    path = write_xlsx(tmp_path / "field.xlsx", body)
    assert path.stat().st_size < 1024 * 1024
    error = refused_import(tmp_path, path)
    assert "one cell holds more than" in str(error)


def test_20000_columns_are_refused(tmp_path):
    from workbench.ingest.guard import column_letters

    header = "".join(cell(f"{column_letters(i)}1", f"q{i}") for i in range(1, 20_001))
    values = "".join(cell(f"{column_letters(i)}2", "1") for i in range(1, 20_001))
    path = write_xlsx(tmp_path / "wide.xlsx", f'<row r="1">{header}</row><row r="2">{values}</row>')
    error = refused_import(tmp_path, path)
    assert "20,000 columns" in str(error)


def test_the_preview_refuses_a_hostile_file_too(tmp_path):
    with pytest.raises(InputFileError) as raised:
        preview_file(dimension_bomb(tmp_path / "dimension.xlsx", declared=False))
    assert "dimension.xlsx" in str(raised.value)


def test_a_good_workbook_still_reads_after_the_checks(tmp_path):
    body = f'<row r="1">{cell("A1", "id")}{cell("B1", "name")}</row>' + "".join(
        f'<row r="{r}">{cell(f"A{r}", f"C{r}")}{cell(f"B{r}", f"name {r}")}</row>'
        for r in range(2, 12))
    path = write_xlsx(tmp_path / "fine.xlsx", body, dimension="A1:B11")
    table = preview_file(path)
    assert [c.label for c in table.columns] == ["id", "name"]
    assert len(table.rows) == 10 and table.row_numbers[0] == 2


@pytest.mark.parametrize("make", [billion_laughs_docx, lying_docx_bomb])
def test_hostile_docx_transcripts_are_refused(tmp_path, make):
    path = make(tmp_path / "interview.docx")
    started = time.monotonic()
    rss = _rss_mb()
    with pytest.raises(InputFileError) as raised:
        read_transcript(path)
    assert time.monotonic() - started < SECONDS
    assert _rss_mb() - rss < 300
    message = str(raised.value)
    assert "interview.docx" in message
    assert "billion laughs" in message or "ZIP bomb" in message


def test_a_docx_that_declares_too_much_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (80 * 1024 * 1024))
    with pytest.raises(InputFileError) as raised:
        read_transcript(path)
    assert "huge.docx" in str(raised.value)


def test_a_sheet_needing_more_memory_than_the_reader_may_use_is_stopped(tmp_path, monkeypatch):
    # 3 million cells that compress 1000 times (under the ratio checked for parts of this size):
    # the reader's child process hits its memory limit and dies alone.
    monkeypatch.setenv(sheet_process.MEMORY_ENV, "150")
    row = "<row>" + "<c><v>1.5</v></c>" * 10 + "</row>"
    path = write_xlsx(tmp_path / "dense.xlsx", row * 300_000)
    assert path.stat().st_size < 1024 * 1024
    error = refused_import(tmp_path, path)
    assert "needed more than 0.1 GB of memory" in str(error)
