"""`workbench import --header-rows` on a survey export with two header rows."""

from __future__ import annotations

import os
import subprocess
import sys

from workbench.ingest.headers import LABEL_JOINER

SURVEY = (
    "Respondent ID,Which channels do you use?,,How satisfied are you?\n"
    ",Email,Phone,Response\n"
    "1001,Email,,4\n"
    "1002,,Phone,2\n"
    "1003,Email,Phone,5\n"
)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True,
                          text=True, env=dict(os.environ), timeout=120)


def test_help_documents_header_rows():
    result = run("import", "--help")
    assert result.returncode == 0 and "--header-rows {1,2}" in result.stdout


def test_two_header_rows_are_detected_and_header_rows_1_reads_one(tmp_path):
    project = tmp_path / "p.pwb"
    assert run("new", str(project)).returncode == 0
    data = tmp_path / "survey.csv"
    data.write_text(SURVEY, "utf-8")
    combined = f"Which channels do you use?{LABEL_JOINER}Email"

    detected = run("import", str(project), str(data), "--dry-run")
    assert detected.returncode == 0, detected.stderr
    assert combined in detected.stdout and "two header rows" in detected.stdout

    one = run("import", str(project), str(data), "--dry-run", "--header-rows", "1")
    assert one.returncode == 0, one.stderr
    assert combined not in one.stdout and "Which channels do you use?" in one.stdout

    imported = run("import", str(project), str(data), "--header-rows", "2")
    assert imported.returncode == 0, imported.stderr
    assert "3 rows" in imported.stdout
    shown = run("sources", str(project), "--show", "1").stdout
    assert combined in shown
    rows = [line.split("\t")[0] for line in shown.splitlines() if line[:1].isdigit()]
    assert rows == ["3", "4", "5"]  # the file's own row numbers

    refused = run("import", str(project), str(data), "--header-rows", "3", "--again")
    assert refused.returncode != 0 and "--header-rows" in refused.stderr
