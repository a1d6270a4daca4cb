"""A persona run reads, prepares and stores customers in bulk without changing what it finds.

The attributes are read from the project a block of rows at a time; the fit run's
placements are copied inside the database; a run without k prepares its data once
for the suggestion and the clustering. None of it may change a run's result.
"""

from __future__ import annotations

import random
from pathlib import Path

import pandas as pd
import pytest

from workbench.services.importing import import_file
from workbench.services.living import assignment_runs
from workbench.services.personas import (
    attribute_frame,
    persona_members,
    personas_of,
    run_personas,
    suggest_persona_count,
)
from workbench.services.project import create_project, open_project
from workbench.store import attributes as attribute_store
from workbench.store import living as living_store
from workbench.store import personas as persona_store


def _write_crm(path: Path, customers: int = 90) -> None:
    """Three kinds of customer; blanks, a category first seen late, text in a number column."""
    rng = random.Random(11)
    lines = ["customer_id,Spend,Visits,Basket,Channel,Tier,Churned"]
    for n in range(customers):
        kind = n % 3
        spend = "" if n % 17 == 0 else f"{rng.gauss((50, 400, 1500)[kind], 20):.2f}"
        visits = "n/a" if n == 40 else str(max(0, int(rng.gauss((2, 9, 4)[kind], 1))))
        basket = f"{rng.gauss((10, 30, 90)[kind], 3):.1f}"
        channel = ("web", "store", "phone")[kind] if n % 11 else ""
        tier = "platinum" if n > 80 and kind == 2 else ("bronze", "silver", "gold")[kind]
        churned = "Yes" if rng.random() < (0.1, 0.3, 0.6)[kind] else "No"
        lines.append(f"C{n:03d},{spend},{visits},{basket},{channel},{tier},{churned}")
    path.write_text("\n".join(lines), "utf-8")


def _write_visits(path: Path) -> None:
    """A second source with several rows for some customers (means and most frequent)."""
    rng = random.Random(5)
    lines = ["customer_id,Minutes,Device"]
    for n in range(0, 90, 2):
        for _ in range(1 + n % 3):
            lines.append(f"C{n:03d},{rng.randint(1, 60)},{rng.choice(['mobile', 'desktop'])}")
    path.write_text("\n".join(lines), "utf-8")


@pytest.fixture
def project_path(tmp_path) -> Path:
    path = create_project(tmp_path / "bulk.pwb")
    crm, visits = tmp_path / "crm.csv", tmp_path / "visits.csv"
    _write_crm(crm)
    _write_visits(visits)
    with open_project(path) as project:
        import_file(project, crm)
        import_file(project, visits)
    return path


def test_attributes_read_in_small_blocks_equal_one_read(project_path, monkeypatch):
    with open_project(project_path, readonly=True) as project:
        whole = attribute_frame(project)
        monkeypatch.setattr(attribute_store, "CHUNK_ROWS", 7)
        blocks = attribute_frame(project)
    assert whole.kinds == blocks.kinds
    assert len(whole.frame) >= 90 and "Minutes" in whole.kinds
    pd.testing.assert_frame_equal(whole.frame, blocks.frame)
    # the late category and the blanks came through the blocks
    assert "platinum" in set(blocks.frame["Tier"].dropna())
    assert blocks.frame["Channel"].isna().sum() == whole.frame["Channel"].isna().sum() > 0


def test_the_fit_run_places_every_customer_where_the_set_has_them(project_path):
    with open_project(project_path) as project:
        set_id = run_personas(project, k=3, seed=0)
        runs = assignment_runs(project, set_id)
        current = living_store.current_members(project.db, set_id)
        placed = living_store.run_members(project.db, runs[0].id)
    assert len(runs) == 1 and runs[0].n_customers == len(current.customers) > 0
    assert placed == current
    assert sum(runs[0].sizes) == sum(p is not None for p in current.positions)


def test_a_run_without_k_equals_a_run_with_the_suggested_k(project_path):
    with open_project(project_path) as project:
        suggested = suggest_persona_count(project, seed=0).suggested_k
        auto = run_personas(project, seed=0)
        fixed = run_personas(project, k=suggested, seed=0)
        sets = {s.id: s for s in persona_store.list_persona_sets(project.db)}
        members = [{(m["customer_id"], m["fit"], m["unassigned_reason"]) for m in
                    persona_members(project, set_id)} for set_id in (auto, fixed)]
        cards = [[(p.size, p.profile) for p in personas_of(project, set_id)]
                 for set_id in (auto, fixed)]
        labels = [persona_store.labels_of(project.db, set_id) for set_id in (auto, fixed)]
    assert sets[auto].persona_count == suggested
    assert labels[0] == labels[1]
    assert members[0] == members[1]
    assert cards[0] == cards[1]
    assert sets[auto].result["quality"] == sets[fixed].result["quality"]
    assert sets[auto].result["preprocessing"] == sets[fixed].result["preprocessing"]
