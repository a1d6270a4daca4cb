"""The headless command line, driven through the installed console script."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.store.customers import add_customers
from workbench.store.project_file import open_project_file


def workbench_exe() -> str:
    found = Path(sys.executable).parent / ("workbench.exe" if os.name == "nt" else "workbench")
    if found.exists():
        return str(found)
    which = shutil.which("workbench")
    if which is None:
        pytest.fail("the 'workbench' console script is not installed (pip install -e .)")
    return which


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([workbench_exe(), *args], capture_output=True, text=True,
                          cwd=cwd, env=dict(os.environ), timeout=120)


def test_help_lists_every_command():
    result = run("--help")
    assert result.returncode == 0
    for command in ("gui", "new", "info", "check", "backup", "restore", "import", "sources",
                    "personas", "persona", "persona-sets"):
        assert re.search(rf"^    {re.escape(command)}(\s|$)", result.stdout, re.M), command


@pytest.mark.parametrize("command", ["new", "info", "check", "backup", "restore"])
def test_each_command_documents_its_options(command):
    result = run(command, "--help")
    assert result.returncode == 0
    assert "project" in result.stdout


def test_new_then_info_shows_schema_version_and_counts(tmp_path):
    created = run("new", str(tmp_path / "Ricerca è 🎉"), "--name", "Ricerca clienti")
    assert created.returncode == 0, created.stderr
    path = tmp_path / "Ricerca è 🎉.pwb"  # the extension is added
    assert path.is_file()
    with open_project_file(path) as opened:
        add_customers(opened.db, ["Ada", "Zoë"])
    info = run("info", str(path))
    assert info.returncode == 0, info.stderr
    assert "Ricerca clienti" in info.stdout
    assert "Schema version: 1" in info.stdout or "Schema version:" in info.stdout
    lines = dict(line.split(":", 1) for line in info.stdout.splitlines())
    assert lines["Customers"].strip() == "2"
    assert lines["Sources"].strip() == "0"
    assert lines["Persona sets"].strip() == "0"


def test_new_refuses_to_overwrite(tmp_path):
    path = tmp_path / "a.pwb"
    path.write_text("keep me")
    result = run("new", str(path))
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert path.read_text() == "keep me"


def test_check_exits_zero_when_sound_and_non_zero_naming_the_problem(tmp_path):
    path = tmp_path / "a.pwb"
    assert run("new", str(path)).returncode == 0
    ok = run("check", str(path))
    assert ok.returncode == 0 and "sound" in ok.stdout
    path.write_bytes(path.read_bytes()[:1000])
    bad = run("check", str(path))
    assert bad.returncode == 1
    assert "a.pwb" in bad.stderr and "damaged" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_errors_never_show_a_traceback(tmp_path):
    result = run("info", str(tmp_path / "missing.pwb"))
    assert result.returncode == 1
    assert "missing.pwb" in result.stderr and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_backup_then_restore_brings_back_the_project(tmp_path):
    path = tmp_path / "a.pwb"
    assert run("new", str(path)).returncode == 0
    with open_project_file(path) as opened:
        add_customers(opened.db, ["Ada"])
    backed = run("backup", str(path))
    assert backed.returncode == 0, backed.stderr
    listing = run("restore", str(path), "--list")
    assert listing.returncode == 0 and ".pwb" in listing.stdout
    path.write_bytes(b"ruined")
    restored = run("restore", str(path))
    assert restored.returncode == 0, restored.stderr
    assert "kept as" in restored.stdout
    assert run("check", str(path)).returncode == 0
    with open_project_file(path, readonly=True) as reopened:
        assert reopened.db.scalar("SELECT count(*) FROM customers") == 1


def test_backup_to_a_chosen_file(tmp_path):
    path = tmp_path / "a.pwb"
    assert run("new", str(path)).returncode == 0
    target = tmp_path / "copy.pwb"
    assert run("backup", str(path), "--to", str(target)).returncode == 0
    assert run("check", str(target)).returncode == 0


def test_italian_language_translates_the_command_line(tmp_path):
    env = dict(os.environ, LANGUAGE="it")
    result = subprocess.run([workbench_exe(), "info", str(tmp_path / "manca.pwb")],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "Errore" in result.stderr and "manca.pwb" in result.stderr


def test_import_then_sources_lists_the_file_with_rows_and_hash(tmp_path):
    project = tmp_path / "p.pwb"
    assert run("new", str(project)).returncode == 0
    data = tmp_path / "clienti.csv"
    data.write_bytes("codice;età;città;reddito\n001;34;Milano;1.234,50\n002;41;Città di "
                     "Castello;2.000,00\n".encode("cp1252"))
    imported = run("import", str(project), str(data))
    assert imported.returncode == 0, imported.stderr
    assert "2 rows" in imported.stdout
    listing = run("sources", str(project))
    assert "clienti.csv" in listing.stdout and "2 rows × 4 columns" in listing.stdout
    shown = run("sources", str(project), "--show", "1")
    assert "Città di Castello" in shown.stdout and "001" in shown.stdout
    assert "1234.5" in shown.stdout  # decimal comma understood


def test_import_dry_run_shows_roles_and_changes_nothing(tmp_path):
    project = tmp_path / "p.pwb"
    assert run("new", str(project)).returncode == 0
    data = tmp_path / "d.csv"
    data.write_text("id,score\nA,1\nB,2\n", "utf-8")
    result = run("import", str(project), str(data), "--dry-run", "--roles", "score=categorical")
    assert result.returncode == 0, result.stderr
    assert "categorical" in result.stdout
    assert "No sources yet" in run("sources", str(project)).stdout


def test_import_of_a_bad_file_fails_cleanly_and_leaves_the_project(tmp_path):
    project = tmp_path / "p.pwb"
    assert run("new", str(project)).returncode == 0
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a workbook at all")
    result = run("import", str(project), str(bad))
    assert result.returncode == 1
    assert "broken.xlsx" in result.stderr and "Traceback" not in result.stderr
    assert "No sources yet" in run("sources", str(project)).stdout


def test_personas_with_just_a_project_path_then_list_show_and_compare(tmp_path):
    project = tmp_path / "p.pwb"
    assert run("new", str(project)).returncode == 0
    data = tmp_path / "crm.csv"
    lines = ["id,spend,visits,segment"]
    for i in range(150):
        group = i % 3
        lines.append(f"C{i},{[100, 900, 4000][group] + i % 7},{[2, 12, 5][group] + i % 2},"
                     f"{['bronze', 'silver', 'gold'][group]}")
    data.write_text("\n".join(lines), "utf-8")
    assert run("import", str(project), str(data)).returncode == 0
    first = run("personas", str(project))
    assert first.returncode == 0, first.stderr
    assert "Persona set 1" in first.stdout and "silhouette" in first.stdout
    second = run("personas", str(project), "--k", "2", "--seed", "3", "--name", "Due")
    assert run("personas", str(project), "--k", "many").returncode == 2  # usage error, explained
    cards = run("persona", str(project), "2")
    assert cards.returncode == 0 and "Persona set 2: Due" in cards.stdout
    assert "customers (" in cards.stdout
    assert second.returncode == 0, second.stderr
    listing = run("persona-sets", str(project))
    assert "Due" in listing.stdout and listing.stdout.count("personas") >= 2
    compared = run("persona-sets", str(project), "--compare", "1", "2")
    assert compared.returncode == 0 and "adjusted Rand index" in compared.stdout
    exported = run("export", str(project))  # just the project: the newest set's cards as PDF
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "p-personas.pdf").read_bytes().startswith(b"%PDF")
    missing = run("persona-sets", str(project), "--show", "9")
    assert missing.returncode == 1 and "no persona set 9" in missing.stderr
