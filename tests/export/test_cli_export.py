"""`workbench export` through the installed console script."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_checks import font_problems, page_texts

from workbench.services.importing import import_file
from workbench.services.personas import personas_of, run_personas
from workbench.services.project import create_project, open_project


def workbench(*args: str) -> subprocess.CompletedProcess:
    found = Path(sys.executable).parent / ("workbench.exe" if os.name == "nt" else "workbench")
    exe = str(found) if found.exists() else shutil.which("workbench")
    if exe is None:
        pytest.fail("the 'workbench' console script is not installed (pip install -e .)")
    return subprocess.run([exe, *args], capture_output=True, text=True, env=dict(os.environ),
                          timeout=120)


@pytest.fixture
def project(tmp_path) -> Path:
    rows = ["customer_id,Name,Age,Web purchases,Store purchases"]
    for n in range(60):
        young = n % 2 == 0
        rows.append(f"C{n:03d},Cliente {'Zoë' if young else 'Ёлка'} {n},{25 + n % 5 if young else 60 + n % 7},"
                    f"{9 + n % 3 if young else 1},{1 if young else 12 + n % 4}")
    (tmp_path / "crm.csv").write_text("\n".join(rows), "utf-8")
    path = create_project(tmp_path / "cli.pwb", "Progetto CLI")
    with open_project(path) as opened:
        import_file(opened, tmp_path / "crm.csv")
        run_personas(opened, k=2, seed=0, name="Due personas")
    return path


def test_export_help_documents_every_option():
    result = workbench("export", "--help")
    assert result.returncode == 0
    for option in ("--personas", "--pdf", "--png", "--csv", "--xlsx", "--table", "--persona",
                   "--include-personal-data", "--dpi"):
        assert option in result.stdout, option


def test_export_pdf_of_the_newest_set_and_of_one_persona(project, tmp_path):
    result = workbench("export", str(project), "--pdf", str(tmp_path / "all.pdf"))
    assert result.returncode == 0, result.stderr
    assert "2 persona cards on 2 pages" in result.stdout
    assert len(page_texts(tmp_path / "all.pdf")) == 2 and font_problems(tmp_path / "all.pdf") == []
    with open_project(project, readonly=True) as opened:
        second = personas_of(opened, 1)[1]
    result = workbench("export", str(project), "--personas", "1", "--persona", str(second.id),
                       "--pdf", str(tmp_path / "one.pdf"))
    assert result.returncode == 0, result.stderr
    (text,) = page_texts(tmp_path / "one.pdf")
    assert "PERSONA 2 OF 2" in text


def test_export_tables_leave_out_personal_data_unless_asked(project, tmp_path):
    result = workbench("export", str(project), "--csv", str(tmp_path / "m.csv"))
    assert result.returncode == 0, result.stderr
    assert "Wrote 60 rows" in result.stdout and "--include-personal-data" in result.stdout
    assert "Cliente" not in (tmp_path / "m.csv").read_text("utf-8-sig")
    result = workbench("export", str(project), "--csv", str(tmp_path / "full.csv"),
                       "--include-personal-data")
    assert result.returncode == 0, result.stderr
    with open(tmp_path / "full.csv", encoding="utf-8-sig", newline="") as handle:
        assert "Cliente Zoë 0" in {row["customer label"] for row in csv.DictReader(handle)}
    result = workbench("export", str(project), "--xlsx", str(tmp_path / "s.xlsx"),
                       "--table", "statistics", "--quiet")
    assert result.returncode == 0, result.stderr
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "s.xlsx").worksheets[0]
    assert [c.value for c in sheet[1]][:3] == ["persona", "attribute", "level"]


def test_export_errors_are_one_clear_line_and_exit_one(project, tmp_path):
    result = workbench("export", str(project), "--pdf", str(tmp_path / "nowhere" / "x.pdf"))
    assert result.returncode == 1
    assert result.stderr.startswith("Error: The folder") and "Traceback" not in result.stderr
    result = workbench("export", str(project), "--personas", "9", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and "no persona set 9" in result.stderr
    result = workbench("export", str(project), "--pdf", str(tmp_path / "a.pdf"),
                       "--csv", str(tmp_path / "a.csv"))  # one output at a time
    assert result.returncode == 2
    assert not list(tmp_path.glob("*.pdf"))
