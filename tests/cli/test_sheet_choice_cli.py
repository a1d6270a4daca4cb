"""`workbench import` without --sheet says which sheet it read and lists the others."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ingest"))

from test_sheet_choice import dictionary_then_customers  # noqa: E402

from workbench.cli import main  # noqa: E402

pytest.importorskip("openpyxl")


def test_import_prints_the_chosen_sheet_and_the_others(tmp_path, capsys):
    path = dictionary_then_customers(tmp_path / "ecommerce.xlsx", rows=200)
    project = tmp_path / "study.pwb"
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(path), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "Imported ecommerce.xlsx · E Comm: 200 rows" in out
    assert "Sheet 'E Comm' was read: it looks like the data table. Other sheets: Data Dict" in out
    assert main(["import", str(project), str(path), "--sheet", "Data Dict", "--quiet"]) == 0
    assert "Other sheets" not in capsys.readouterr().out  # the sheet asked for: nothing to say
    assert main(["import", str(project), str(path), "--dry-run"]) == 0
    assert "Sheet 'E Comm' was read" in capsys.readouterr().out
