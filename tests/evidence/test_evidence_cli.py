"""The evidence commands: documents, code, search, themes."""

from __future__ import annotations

import csv

import pytest

from workbench.cli import build_parser, main
from workbench.services.project import create_project


@pytest.fixture
def project(tmp_path):
    return str(create_project(tmp_path / "cli.pwb"))


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_help_documents_every_option():
    parser = build_parser()
    for command, options in {
        "documents": ["--customer", "--allow-duplicate", "--quiet"],
        "code": ["--add", "--parent", "--colour", "--memo", "--apply", "--document", "--start",
                 "--end", "--quote", "--export", "--csv-style", "--passages"],
        "search": ["--limit", "--read-only"],
        "themes": ["--count", "--column", "--source", "--quiet"],
    }.items():
        sub = parser._subparsers._group_actions[0].choices[command]  # noqa: SLF001
        help_text = sub.format_help()
        for option in options:
            assert option in help_text, (command, option)


def test_import_code_apply_export_and_search(capsys, project, tmp_path):
    transcript = tmp_path / "intervista.txt"
    transcript.write_bytes("\ufeffCiao, la città è lontana 😀\r\n=SUM(A1) il prezzo".encode())
    status, out, _ = run(capsys, "documents", project, str(transcript))
    assert status == 0 and "Imported 1 documents." in out
    status, out, _ = run(capsys, "documents", project)
    assert "intervista.txt" in out
    assert run(capsys, "code", project, "--add", "Luoghi", "--colour", "#aabbcc")[0] == 0
    status, out, _ = run(capsys, "code", project, "--add", "Città", "--parent", "Luoghi")
    assert status == 0 and "Luoghi › Città" in out
    status, out, _ = run(capsys, "code", project, "--apply", "Luoghi/Città", "--document", "1",
                         "--start", "9", "--end", "24", "--quote")
    assert status == 0 and "città è lontana" in out
    status, out, _ = run(capsys, "code", project, "--apply", "Luoghi", "--document", "1",
                         "--start", "27", "--end", "45")
    assert status == 0
    status, out, _ = run(capsys, "code", project)
    lines = {line.split()[1]: line.split() for line in out.splitlines()[1:]}
    assert lines["Luoghi"][2:] == ["1", "1", "#AABBCC"] and lines["Città"][2] == "1"
    target = tmp_path / "codings.csv"
    status, out, _ = run(capsys, "code", project, "--export", str(target))
    assert status == 0 and "2 codings" in out
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = {r["Code"]: r["Text"] for r in rows}
    assert texts["Luoghi › Città"] == "città è lontana"
    assert texts["Luoghi"] == "'=SUM(A1) il prezzo"  # formula neutralised
    assert {r["Quote"] for r in rows} == {"yes", ""}
    status, _, _ = run(capsys, "code", project, "--export", str(target), "--csv-style", "semicolon")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.DictReader(handle, delimiter=";")) == rows
    status, out, _ = run(capsys, "search", project, "citta")
    assert status == 0 and "[1] intervista" in out and "(9-14)" in out
    status, out, _ = run(capsys, "code", project, "--passages", "Luoghi")
    assert "città è lontana" in out and "[1:27-45]" in out


def test_cli_errors_are_clear_and_exit_non_zero(capsys, project, tmp_path):
    status, _, err = run(capsys, "code", project, "--apply", "Nope", "--document", "1",
                         "--start", "0", "--end", "3")
    assert status == 1 and "no code 'Nope'" in err
    status, _, err = run(capsys, "code", project, "--apply", "Nope")
    assert status == 1 and "--document" in err
    bad = tmp_path / "vuoto.txt"
    bad.write_bytes(b"")
    status, _, err = run(capsys, "documents", project, str(bad))
    assert status == 1 and "vuoto.txt is empty" in err
    status, _, err = run(capsys, "search", project, "***")
    assert status == 1 and "Type one or more words" in err


def test_themes_command_prints_words_and_examples(capsys, project, tmp_path):
    folder = tmp_path / "t"
    folder.mkdir()
    for i in range(12):
        topic = ("spedizione corriere pacco ritardo consegna" if i % 2 else
                 "app crash login password schermo")
        (folder / f"{i}.txt").write_text(f"Documento {i}: {topic} {topic.split()[i % 5]}.\n\n"
                                         f"Altro paragrafo su {topic}.", "utf-8")
    run(capsys, "documents", project, str(folder), "--quiet")
    status, out, _ = run(capsys, "themes", project, "--count", "2", "--quiet")
    assert status == 0 and out.count("Theme ") == 2
    assert "spedizione" in out and "crash" in out
