"""``workbench voc``, ``drivers`` and ``voice`` on a real project: JSON keys, text, errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.services.evidence import apply_codes, create_code
from workbench.services.importing import import_file
from workbench.services.project import create_project, open_project

SCORES = [0, 2, 4, 5, 6, 6, 3, 7, 8, 9, 10, 10, 9, 10, 9, 8, 1, 5, 10, 9] * 2  # 40 answers
VOC_KEYS = {"schema", "project", "by", "voice", "rows", "sentiment", "notes", "export"}
ROW_KEYS = {"measure", "kind", "scale", "voice", "group_by", "group", "label", "n", "value", "low",
            "high", "promoters", "passives", "detractors", "small_n"}
DRIVER_KEYS = {"schema", "project", "measure", "voice", "persona_set_id", "persona_id", "low_n",
               "high_n", "drivers", "notes"}


def hand_nps(scores) -> float:
    return 100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores)


@pytest.fixture
def project_path(tmp_path) -> Path:
    survey = tmp_path / "survey.csv"
    with survey.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "Channel", "NPS", "Why"])
        for i, score in enumerate(SCORES):
            writer.writerow([f"R{i:02d}", "web" if i % 2 else "store", score,
                             f"Visit {i}. The checkout queue was long." if score <= 6
                             else f"Visit {i}. The staff were kind."])
    path = create_project(tmp_path / "cli.pwb")
    with open_project(path) as project:
        try:
            source = import_file(project, survey, roles={"NPS": "measure:nps", "Why": "free_text",
                                                         "Channel": "channel"}).source.id
        except Exception:  # the measure role choice not landed yet
            source = import_file(project, survey, roles={"NPS": "numeric", "Why": "free_text",
                                                         "Channel": "channel"}).source.id
        with project.db.transaction():
            project.db.execute("UPDATE source_columns SET role = 'measure', measure = 'nps:0-10' "
                               "WHERE source_id = ? AND label = 'NPS'", (source,))
        queue = create_code(project, "Queues")
        for document_id, body in project.db.query("SELECT id, body FROM documents"):
            if "queue" in body:
                start = body.index("queue")
                apply_codes(project, document_id, start, start + 5, [queue.id])
    return path


def test_voc_json_has_the_documented_keys_and_the_hand_computed_nps(project_path, capsys):
    assert main(["voc", str(project_path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == VOC_KEYS
    assert document["schema"] == "persona-workbench/voc/1"
    assert document["by"] == "overall" and document["voice"] == "customer"
    (row,) = document["rows"]
    assert set(row) == ROW_KEYS
    assert row["n"] == len(SCORES) and row["small_n"] is False
    assert row["value"] == pytest.approx(hand_nps(SCORES))
    assert row["label"] == "Everyone" and row["kind"] == "nps" and row["scale"] == "0-10"
    assert set(document["sentiment"][0]) == {"group", "label", "n", "positive", "neutral",
                                             "negative", "voice"}
    assert document["export"] is None


def test_voc_text_by_channel_with_export(project_path, tmp_path, capsys):
    target = tmp_path / "out.csv"
    assert main(["voc", str(project_path), "--by", "channel", "--export", str(target)]) == 0
    text = capsys.readouterr().out
    web = [s for i, s in enumerate(SCORES) if i % 2]
    assert "survey.csv · NPS (NPS 0–10, customer voice)" in text
    assert f"  web: {hand_nps(web):.1f} (" in text
    assert "n = 20 (small n)" in text and "promoters" in text
    assert "Sentiment of the open answers" in text
    assert target.exists() and "store" in target.read_text(encoding="utf-8-sig")


def test_drivers_json_and_text(project_path, capsys):
    assert main(["drivers", str(project_path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == DRIVER_KEYS
    assert document["schema"] == "persona-workbench/drivers/1"
    top = document["drivers"][0]
    assert top["kind"] == "code" and top["label"] == "Queues"
    assert top["examples"] and top["examples"][0]["text"] == "The checkout queue was long."
    assert main(["drivers", str(project_path), "--measure", "NPS", "--limit", "3"]) == 0
    text = capsys.readouterr().out
    assert "1. Queues [code]" in text and "“The checkout queue was long.”" in text


def test_voice_command_marks_and_reports(project_path, capsys):
    assert main(["voice", str(project_path), "1", "frontline"]) == 0
    assert "was customer" in capsys.readouterr().out
    assert main(["voc", str(project_path), "--voice", "frontline", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"][0]["voice"] == "frontline"
    assert main(["voc", str(project_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == []
    assert main(["voice", str(project_path), "--document", "1", "customer"]) == 0
    assert "Document 1: customer voice" in capsys.readouterr().out
    assert main(["voice", str(project_path), "77", "frontline"]) == 1
    assert "no source 77" in capsys.readouterr().err
    assert main(["voice", str(project_path), "frontline"]) == 1
    assert "SOURCE_ID" in capsys.readouterr().err


def test_errors_are_clear_and_exit_non_zero(tmp_path, capsys):
    plain = tmp_path / "plain.csv"
    plain.write_text("customer_id,Age\nA,30\nB,40\n", encoding="utf-8")
    path = create_project(tmp_path / "plain.pwb")
    with open_project(path) as project:
        import_file(project, plain)
    assert main(["voc", str(path)]) == 1
    err = capsys.readouterr().err
    assert "no measure column" in err and "measure:nps" in err
    assert main(["drivers", str(path)]) == 1
    assert "no measure column" in capsys.readouterr().err
    assert main(["voc", str(path), "--export", str(tmp_path / "x.pdf")]) == 1
    assert ".csv or .xlsx" in capsys.readouterr().err
