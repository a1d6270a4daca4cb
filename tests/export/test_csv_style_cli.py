"""`workbench export --csv-style` and the services behind it, on a real project file."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from journey_project import make_journey_project

from workbench.errors import ExportError
from workbench.services import export as exporting
from workbench.services.evidence import export_codings
from workbench.services.project import open_project
from workbench.settings import Settings, save_settings


def workbench(*args: str, **env: str) -> subprocess.CompletedProcess:
    found = Path(sys.executable).parent / ("workbench.exe" if os.name == "nt" else "workbench")
    exe = str(found) if found.exists() else shutil.which("workbench")
    if exe is None:
        pytest.fail("the 'workbench' console script is not installed (pip install -e .)")
    return subprocess.run([exe, *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120)


@pytest.fixture(scope="module")
def journey_project(tmp_path_factory):
    """Built once for the module (backups go to a per-user folder of its own, never the real one)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PERSONA_WORKBENCH_HOME", str(tmp_path_factory.mktemp("csv-style-home")))
        return make_journey_project(tmp_path_factory.mktemp("csv-style"))


def rows_of(path: Path, delimiter: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter))
    header = rows[0]
    assert len(header) > 3 and all(len(row) == len(header) for row in rows), rows[:2]
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def test_help_documents_the_csv_style():
    result = workbench("export", "--help")
    assert result.returncode == 0
    assert "--csv-style" in result.stdout and "semicolon" in result.stdout


def test_membership_csv_in_semicolon_style_has_decimal_commas(journey_project, tmp_path):
    path, _journey = journey_project
    target = tmp_path / "m.csv"
    result = workbench("export", str(path), "--csv", str(target), "--csv-style", "semicolon")
    assert result.returncode == 0, result.stderr
    first_line = target.read_text("utf-8-sig").splitlines()[0]
    assert ";" in first_line and "," not in first_line
    rows = rows_of(target, ";")
    assert len(rows) == 30
    assert {row["fit"] for row in rows} == {"1,0"}

    result = workbench("export", str(path), "--csv", str(tmp_path / "c.csv"), "--csv-style", "comma")
    assert result.returncode == 0, result.stderr
    assert {row["fit"] for row in rows_of(tmp_path / "c.csv", ",")} == {"1.0"}


def test_journey_cells_csv_in_semicolon_style(journey_project, tmp_path):
    path, journey_id = journey_project
    target = tmp_path / "j.csv"
    result = workbench("export", str(path), "--journey", str(journey_id), "--csv", str(target),
                       "--csv-style", "semicolon")
    assert result.returncode == 0, result.stderr
    emotions = {row["emotion (−2…+2)"] for row in rows_of(target, ";")}
    assert "-1,5" in emotions and not any("." in e for e in emotions)


def test_default_style_follows_the_language(journey_project, tmp_path):
    path, _journey = journey_project
    result = workbench("export", str(path), "--csv", str(tmp_path / "it.csv"), LANGUAGE="it")
    assert result.returncode == 0, result.stderr
    assert ";" in (tmp_path / "it.csv").read_text("utf-8-sig").splitlines()[0]
    result = workbench("export", str(path), "--csv", str(tmp_path / "en.csv"), LANGUAGE="en")
    assert result.returncode == 0, result.stderr
    assert ";" not in (tmp_path / "en.csv").read_text("utf-8-sig").splitlines()[0]


def test_unknown_style_is_refused_by_the_cli(journey_project, tmp_path):
    path, _journey = journey_project
    result = workbench("export", str(path), "--csv", str(tmp_path / "x.csv"), "--csv-style", "tab")
    assert result.returncode == 2 and "--csv-style" in result.stderr
    assert not (tmp_path / "x.csv").exists()


def test_services_use_the_preference_and_refuse_an_unknown_style(journey_project, tmp_path):
    path, _journey = journey_project
    save_settings(Settings(csv_style="semicolon"))
    with open_project(path, readonly=True) as project:
        set_id = exporting.newest_persona_set(project).id
        done = exporting.export_statistics(project, set_id, tmp_path / "s.csv")
        assert done.paths == [tmp_path / "s.csv"]
        assert ";" in (tmp_path / "s.csv").read_text("utf-8-sig").splitlines()[0]
        export_codings(project, tmp_path / "codings.csv")  # `workbench code --export`
        assert ";" in (tmp_path / "codings.csv").read_text("utf-8-sig").splitlines()[0]
        with pytest.raises(ExportError, match="semicolon"):
            exporting.export_membership(project, set_id, tmp_path / "bad.csv", csv_style="tab")
        assert not (tmp_path / "bad.csv").exists()


def test_xlsx_is_not_affected_by_the_style(journey_project, tmp_path):
    from openpyxl import load_workbook

    path, _journey = journey_project
    with open_project(path, readonly=True) as project:
        set_id = exporting.newest_persona_set(project).id
        exporting.export_membership(project, set_id, tmp_path / "m.xlsx", fmt="xlsx",
                                    csv_style="semicolon")
    sheet = load_workbook(tmp_path / "m.xlsx").worksheets[0]
    header = [c.value for c in sheet[1]]
    fits = {row[header.index("fit")] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert fits == {1.0}
