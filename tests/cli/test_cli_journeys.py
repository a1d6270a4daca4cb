"""`workbench journey` and `workbench journeys` end to end on a real project file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest


def run(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / ("workbench.exe" if os.name == "nt" else "workbench")
    if not exe.exists():
        pytest.fail("the 'workbench' console script is not installed (pip install -e .)")
    return subprocess.run([str(exe), *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


STAGES = ["problem discovery", "problem definition", "development and resolution",
          "delivery of the solution"]


def write_files(folder: Path) -> None:
    """Two groups of 40 customers; the store group complains at delivery via the call centre."""
    crm = ["customer_id,Age,Store visits"]
    events = ["customer_id,timestamp,channel,stage,action,outcome,score"]
    start = datetime(2026, 1, 5, 10, 0)
    for i in range(80):
        ident = f"C{i:03d}"
        store_group = i % 2 == 0
        crm.append(f"{ident},{60 + i % 7 if store_group else 25 + i % 5},"
                   f"{12 + i % 3 if store_group else i % 2}")
        when = start + timedelta(hours=i)
        for stage in STAGES:
            channel = "store" if store_group else "web"
            outcome, score = "ok", 4
            if store_group and stage == STAGES[-1]:
                channel, outcome, score = "call centre", "complaint", 1
            events.append(f"{ident},{when:%Y-%m-%d %H:%M:%S},{channel},{stage},step,{outcome},"
                          f"{score}")
            when += timedelta(days=1)
    (folder / "crm.csv").write_text("\n".join(crm), "utf-8")
    (folder / "touchpoints.csv").write_text("\n".join(events), "utf-8")


@pytest.fixture
def project(tmp_path) -> Path:
    write_files(tmp_path)
    path = tmp_path / "j.pwb"
    assert run("new", str(path)).returncode == 0
    for name in ("crm.csv", "touchpoints.csv"):
        result = run("import", str(path), str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    assert run("link", str(path)).returncode == 0
    result = run("personas", str(path), "--k", "2", "--quiet", "--features", "Age", "Store visits")
    assert result.returncode == 0, result.stderr
    return path


def test_journey_help_documents_every_option():
    text = run("journey", "--help").stdout
    for option in ("--persona", "--template", "problem|classic", "--name", "--show", "--refresh",
                   "--members", "--quiet"):
        assert option in text
    assert "--compare" in run("journeys", "--help").stdout


def test_journey_from_persona_prints_the_map_and_friction_then_lists_and_shows_it(project):
    # Without --persona: one map for each persona of the newest set.
    result = run("journey", str(project), "--quiet")
    assert result.returncode == 0, result.stderr
    chunks = re.split(r"(?m)^(?=Journey map \d+:)", result.stdout)
    made = dict(enumerate(chunk for chunk in chunks if chunk.startswith("Journey map")))
    assert len(made) == 2
    again = run("journey", str(project))
    assert again.returncode == 0 and "has a journey map already" in again.stdout
    store_map = next(text for text in made.values() if "store 100%" in text)
    assert "Delivery of the solution" in store_map
    assert "Negative feedback via call centre: 40 of 40 contacts (100%)" in store_map
    assert "observed: 40 members, 40 with touchpoints, 160 events" in store_map
    map_id = int(re.search(r"Journey map (\d+)", store_map).group(1))
    card = int(re.search(r"\[observed, card (\d+)\]", store_map).group(1))

    listing = run("journeys", str(project))
    assert listing.returncode == 0 and len(listing.stdout.strip().splitlines()) == 2
    extra = run("journey", str(project), "--persona", "1", "--quiet", "--template", "classic")
    assert extra.returncode == 0 and "Awareness" in extra.stdout, extra.stderr
    shown = run("journey", str(project), "--show", str(map_id))
    assert shown.returncode == 0 and "Negative feedback via call centre" in shown.stdout
    members = run("journey", str(project), "--show", str(map_id), "--members", str(card))
    assert members.returncode == 0 and members.stdout.startswith("40 members behind card")
    assert len(members.stdout.splitlines()[1].split()) == 40
    compared = run("journeys", str(project), "--compare", *[
        re.search(r"Journey map (\d+)", t).group(1) for t in made.values()])
    assert compared.returncode == 0 and "Delivery of the solution" in compared.stdout
    assert "-2.0" in compared.stdout and "+1.0" in compared.stdout  # store complainers vs web


def test_unknown_map_and_persona_are_explained(project):
    result = run("journey", str(project), "--show", "77")
    assert result.returncode == 1 and "no journey map 77" in result.stderr
    result = run("journey", str(project), "--persona", "77")
    assert result.returncode == 1 and "no persona 77" in result.stderr
