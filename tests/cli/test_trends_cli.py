"""``workbench trends`` on a real project: JSON keys, the readable table, export, errors."""

from __future__ import annotations

import argparse
import csv
import json
import sys

import pytest

from tests.services.test_trends_service import MONTHS, build_project
from workbench.errors import WorkbenchError

REPORT_KEYS = {"schema", "project", "export", "by", "period", "periods", "set_id", "journey_id",
               "window", "method", "series", "flags", "notes", "compared"}
SERIES_KEYS = {"group", "group_key", "kind", "metric", "unit", "code_id", "points"}
POINT_KEYS = {"period", "value", "n", "count"}
FLAG_KEYS = {"series", "test", "direction", "before", "after", "p_value", "q_value", "recurring",
             "passages"}
PASSAGE_KEYS = {"document_id", "start", "end", "text", "title"}


def run(argv: list[str]) -> int:
    """``workbench ...`` through the real entry point once ``trends`` is registered there,
    else through this module's ``register`` on a parser of its own (same error handling)."""
    from workbench import cli
    from workbench.cli import trends

    if trends in getattr(cli, "_COMMAND_MODULES", ()):
        return cli.main(argv)
    parser = argparse.ArgumentParser(prog="workbench")
    commands = parser.add_subparsers(dest="command")

    def add(name, help_text, func):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(func=func)
        return sub

    trends.register(add)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except WorkbenchError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1


@pytest.fixture(scope="module")
def project_path(tmp_path_factory):
    return build_project(tmp_path_factory.mktemp("trends-cli"))[0]


def test_json_has_the_documented_keys(project_path, capsys):
    assert run(["trends", str(project_path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == REPORT_KEYS
    assert document["schema"] == "persona-workbench/trends/1"
    assert document["by"] == "persona" and document["period"] == "month"
    assert document["periods"] == MONTHS and document["export"] is None
    assert document["compared"] == MONTHS[-3:]
    assert all(set(s) == SERIES_KEYS for s in document["series"])
    assert all(set(p) == POINT_KEYS for s in document["series"] for p in s["points"])
    assert document["flags"] and all(set(f) == FLAG_KEYS for f in document["flags"])
    recurring = [f for f in document["flags"] if f["recurring"]]
    assert recurring and all(set(p) == PASSAGE_KEYS for f in recurring for p in f["passages"])
    assert "Benjamini–Hochberg" in document["method"]


def test_readable_output_lists_flags_first_then_each_group(project_path, capsys):
    assert run(["trends", str(project_path), "--from", "2024-01-01", "--to", "2024-12-31"]) == 0
    text = capsys.readouterr().out
    assert text.index("Recurring negative experiences") < text.index("Steady")
    assert "▲ Planted · complaint Complaints › Late delivery" in text
    assert "Planted · outcome “complaint”" in text
    assert "“The parcel arrived" in text or "“Nobody told me" in text or "“My order" in text \
        or "“Delivery slipped" in text
    assert "2024-12 " in text and "(n=300)" in text
    assert text.index("\nSteady\n") < text.index("\nPlanted\n")
    assert "Benjamini–Hochberg" in text


def test_weekly_export_writes_the_long_table(project_path, tmp_path, capsys):
    target = tmp_path / "weeks.csv"
    assert run(["trends", str(project_path), "--period", "week", "--to", "2024-02-29",
                "--export", str(target), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["periods"][0] == "2024-W01" and document["periods"][-1] == "2024-W09"
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["group", "kind", "metric", "unit", "period"]
    assert document["export"] == {"path": str(target), "rows": len(rows) - 1}


def test_errors_exit_non_zero_with_a_message(project_path, tmp_path, capsys):
    assert run(["trends", str(project_path), "--by", "stage"]) == 1
    assert "No journey map maps actions" in capsys.readouterr().err
    assert run(["trends", str(project_path), "--set", "42"]) == 1
    assert "There is no persona set 42" in capsys.readouterr().err
    assert run(["trends", str(project_path), "--from", "2031-01-01"]) == 1
    assert "Nothing is dated between" in capsys.readouterr().err
    assert run(["trends", str(project_path), "--export", str(tmp_path / "x.pdf")]) == 1
    assert ".csv or .xlsx" in capsys.readouterr().err


def test_help_documents_every_option(capsys):
    with pytest.raises(SystemExit):
        run(["trends", "--help"])
    text = capsys.readouterr().out
    for option in ("--set", "--by", "--journey", "--period", "--from", "--to", "--export",
                   "--json"):
        assert option in text
