"""Closed means closed: after any command exits, no -wal or -shm is left beside the project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def workbench_exe() -> str:
    found = Path(sys.executable).parent / ("workbench.exe" if os.name == "nt" else "workbench")
    if found.exists():
        return str(found)
    which = shutil.which("workbench")
    if which is None:
        pytest.fail("the 'workbench' console script is not installed (pip install -e .)")
    return which


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([workbench_exe(), *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=180)


def companions(project: Path) -> list[str]:
    return sorted(p.name for p in project.parent.iterdir()
                  if p.name in (project.name + "-wal", project.name + "-shm"))


def test_no_wal_or_shm_is_left_after_any_command(tmp_path):
    project = tmp_path / "study.pwb"
    data = tmp_path / "customers.csv"
    lines = ["customer_id,spend,visits,tier"]
    for i in range(90):
        group = i % 3
        lines.append(f"C{i},{[100, 900, 4000][group] + i % 7},{[2, 12, 5][group] + i % 2},"
                     f"{['bronze', 'silver', 'gold'][group]}")
    data.write_text("\n".join(lines), "utf-8")
    commands = [
        ("new", str(project)),
        ("import", str(project), str(data), "--quiet"),
        ("sources", str(project)),                       # read-only
        ("info", str(project)),                          # read-only
        ("check", str(project)),                         # read-only
        ("channels", str(project)),                      # read-only
        ("personas", str(project), "--k", "3", "--seed", "1"),
        ("persona-sets", str(project)),                  # read-only
        ("export", str(project), "--pdf", str(tmp_path / "cards.pdf")),  # read-only
        ("backup", str(project)),
    ]
    for command in commands:
        result = run(*command)
        assert result.returncode == 0, (command, result.stderr)
        assert companions(project) == [], f"'{command[0]}' left {companions(project)}"


def test_a_read_only_open_leaves_the_project_byte_for_byte_as_it_was(tmp_path):
    from workbench.services.project import create_project, open_project

    path = create_project(tmp_path / "p.pwb")
    before = path.read_bytes()
    with open_project(path, readonly=True) as project:
        assert project.readonly
    assert companions(path) == []
    assert path.read_bytes() == before


def test_companions_stay_while_another_connection_has_the_project_open(tmp_path):
    from workbench.services.project import create_project, open_project

    path = create_project(tmp_path / "p.pwb")
    with open_project(path) as writer:
        writer.db.execute("PRAGMA user_version")
        with open_project(path, readonly=True):
            pass
        # the writer still works: its -wal was not pulled away from under it
        assert writer.db.scalar("SELECT count(*) FROM sqlite_master") > 0
        assert (tmp_path / "p.pwb-wal").exists()
    assert companions(path) == []
