"""`workbench import --roles COLUMN=measure[:KIND[:LOW-HIGH]]`, `workbench roles --set` with a
measure, and the "measure" key of the JSON column lists."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.cli import main

SURVEY = "respondent,Likely to recommend,Score,Satisfaction\n" + "".join(
    f"R{i:03d},{i % 11},{i % 7 + 1},{i * 7 % 101}\n" for i in range(44))


def run_cli(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def imported(capsys, tmp_path: Path, *options: str) -> Path:
    project, data = tmp_path / "voc.pwb", tmp_path / "survey.csv"
    data.write_text(SURVEY, "utf-8")
    assert run_cli(capsys, "new", project)[0] == 0
    status, _out, err = run_cli(capsys, "import", project, data, "--quiet", *options)
    assert status == 0, err
    return project


def json_columns(capsys, *args) -> dict[str, dict]:
    status, out, err = run_cli(capsys, *args, "--json")
    assert status == 0, err
    document = json.loads(out)
    columns = document["source"]["columns"] if "source" in document else \
        document["sources"][0]["columns"]
    return {c["label"]: c for c in columns}


def test_import_roles_set_a_measure_kind_and_scale_shown_in_json(capsys, tmp_path):
    project = imported(capsys, tmp_path, "--roles", "Score=measure:csat:1-7")
    shown = json_columns(capsys, "sources", project, "--show", "1")
    assert shown["Score"]["role"] == "measure" and shown["Score"]["measure"] == "csat:1-7"
    assert shown["Likely to recommend"]["measure"] == "nps:0-10"  # inferred
    assert shown["Satisfaction"]["role"] == "numeric" and shown["Satisfaction"]["measure"] is None
    assert shown["respondent"]["measure"] is None
    listed = json_columns(capsys, "roles", project)
    assert listed["Score"]["measure"] == "csat:1-7" and listed["respondent"]["measure"] is None


def test_dry_run_shows_the_measure_and_a_wrong_spec_is_explained(capsys, tmp_path):
    data = tmp_path / "survey.csv"
    data.write_text(SURVEY, "utf-8")
    status, out, _err = run_cli(capsys, "import", tmp_path / "x.pwb", data, "--dry-run",
                                "--roles", "Score=measure:nps")
    assert status == 0
    assert any("measure:nps:0-10" in line and "Score" in line for line in out.splitlines())
    assert "NPS question (0–10)" in out

    project = tmp_path / "voc.pwb"
    run_cli(capsys, "new", project)
    status, _out, err = run_cli(capsys, "import", project, data, "--roles",
                                "Score=measure:csat:3-9")
    assert status != 0
    assert "csat:3-9" in err and "nps (0-10)" in err and "rating (1-5, 1-10, 0-5, 0-10)" in err
    assert "Traceback" not in err
    status, _out, err = run_cli(capsys, "import", project, data, "--roles",
                                "Satisfaction=measure:csat:1-10")
    assert status != 0 and "'Satisfaction'" in err and "CSAT 1–10" in err
    assert run_cli(capsys, "sources", project)[1].count("survey.csv") == 0  # nothing stored


def test_roles_set_a_measure_after_import_and_refuse_one_that_does_not_fit(capsys, tmp_path):
    project = imported(capsys, tmp_path)
    status, out, err = run_cli(capsys, "roles", project, "1", "--set", "Score=measure:csat:1-7")
    assert status == 0, err
    assert "score: numeric → measure:csat:1-7" in out.lower()
    assert any(line.split()[:1] == ["Score"] and line.rstrip().endswith("measure (csat:1-7)")
               for line in out.splitlines())

    status, _out, err = run_cli(capsys, "roles", project, "1", "--set",
                                "Satisfaction=measure:rating:1-10")
    assert status != 0 and "'Satisfaction'" in err and "rows 2," in err
    assert json_columns(capsys, "roles", project)["Satisfaction"]["role"] == "numeric"
