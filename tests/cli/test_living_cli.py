"""`workbench assign`, `runs` and `drift`: numbers in the text, documented JSON keys, exit codes."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from project_snapshot import snapshot, unchanged

from workbench.cli import build_parser, main
from workbench.services.importing import import_file
from workbench.services.linking import default_keys, link_customers
from workbench.services.living import assignment_runs
from workbench.services.personas import persona_members, personas_of, run_personas
from workbench.services.project import create_project, open_project

GROUPS = {  # planted groups: (income, web, store, tier)
    "web": (24_000, 9, 1, "silver"),
    "store": (38_000, 1, 14, "gold"),
    "premium": (95_000, 5, 6, "platinum"),
}
HEADER = "customer_id,Income,Web purchases,Store purchases,Loyalty tier"
RUN_KEYS = {"id", "set_id", "kind", "created_at", "n_customers", "n_new", "n_moved",
            "n_unassigned", "sizes", "notes"}


def row(rng: random.Random, ident: str, group: str) -> str:
    income, web, store, tier = GROUPS[group]
    return (f"{ident},{rng.gauss(income, income / 10):.0f},{max(0, int(rng.gauss(web, 1.5)))},"
            f"{max(0, int(rng.gauss(store, 1.5)))},{tier}")


@pytest.fixture
def fitted(tmp_path) -> tuple[Path, int]:
    rng = random.Random(4)
    lines = [HEADER] + [row(rng, f"K{g}{i:03d}", group) for g, group in enumerate(GROUPS)
                        for i in range(80)]
    first = tmp_path / "crm_2024.csv"
    first.write_text("\n".join(lines), "utf-8")
    path = create_project(tmp_path / "living.pwb")
    with open_project(path) as project:
        import_file(project, first)
        set_id = run_personas(project, k=3, seed=0)
    return path, set_id


def persona_of(project, set_id: int, prefix: str) -> int:
    """The position most customers whose key starts with ``prefix`` are in."""
    position = {p.id: p.position for p in personas_of(project, set_id)}
    votes: dict[int, int] = {}
    for m in persona_members(project, set_id):
        if m["persona_id"] is not None and m["label"].startswith(prefix):
            votes[position[m["persona_id"]]] = votes.get(position[m["persona_id"]], 0) + 1
    return max(votes, key=votes.get)


@pytest.fixture
def waved(fitted, tmp_path) -> tuple[Path, int, dict]:
    """A later wave: 20 store customers now buy on the web, 15 premium customers are new."""
    path, set_id = fitted
    rng = random.Random(5)
    with open_project(path) as project:
        store = persona_of(project, set_id, "K1")
        web = persona_of(project, set_id, "K0")
        ids = {p.id for p in personas_of(project, set_id) if p.position == store}
        movers = sorted(m["label"] for m in persona_members(project, set_id)
                        if m["persona_id"] in ids and m["label"].startswith("K1"))[:20]
        names = {p.position: p.name for p in personas_of(project, set_id)}
        lines = [HEADER] + [row(rng, ident, "web") for ident in movers]
        lines += [row(rng, f"K9{i:03d}", "premium") for i in range(15)]
        wave = tmp_path / "crm_2025.csv"
        wave.write_text("\n".join(lines), "utf-8")
        import_file(project, wave)
        link_customers(project, default_keys(project))
    return path, set_id, {"store": store, "web": web, "names": names}


def test_assign_prints_placed_new_moved_and_sizes_before_and_after(waved, capsys):
    path, set_id, planted = waved
    assert main(["assign", str(path), "--quiet"]) == 0  # SET defaults to the newest set
    out = capsys.readouterr().out
    with open_project(path, readonly=True) as project:
        fit, run = assignment_runs(project, set_id)
    assert f"run {run.id} recorded" in out
    assert f"Customers placed: {run.n_customers}" in out and run.n_customers == 255
    assert "New customers: 15" in out
    assert f"Moved to another persona: {run.n_moved}" in out and run.n_moved >= 18
    assert f"Fitting no persona: {run.n_unassigned}" in out
    for position, name in planted["names"].items():
        assert f"  {name}: {fit.sizes[position]} → {run.sizes[position]}" in out
    assert "also read from crm_2025.csv" in out  # the run's notes


def test_assign_json_has_the_documented_keys(waved, capsys):
    path, set_id, planted = waved
    assert main(["assign", str(path), str(set_id), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["schema"] == "persona-workbench/assignment/1"
    assert set(document) == {"schema", "project", "set_id", "personas", "run", "sizes"}
    assert set(document["run"]) == RUN_KEYS
    assert document["run"]["kind"] == "assign" and document["run"]["n_new"] == 15
    assert document["personas"] == [planted["names"][p] for p in range(3)]
    store = document["sizes"][planted["store"]]
    assert set(store) == {"persona", "name", "before", "after"}
    assert store["after"] == document["run"]["sizes"][planted["store"]] < store["before"]


def test_assign_errors_exit_non_zero_with_the_message_and_store_nothing(fitted, capsys):
    path, set_id = fitted
    with open_project(path) as project:
        source_id = project.db.scalar("SELECT id FROM sources")
        project.db.execute("UPDATE source_columns SET role = 'ignore' WHERE source_id = ? "
                           "AND label = 'Loyalty tier'", (source_id,))
    before = snapshot(path)
    assert main(["assign", str(path), str(set_id), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "no longer in the project: Loyalty tier" in err
    assert unchanged(path, before)
    assert main(["assign", str(path), "77"]) == 1
    assert "no persona set 77" in capsys.readouterr().err


def test_assign_without_a_persona_set_says_how_to_make_one(tmp_path, capsys):
    path = create_project(tmp_path / "empty.pwb")
    assert main(["assign", str(path)]) == 1
    assert "workbench personas PROJECT" in capsys.readouterr().err


def test_runs_lists_each_run_with_its_counts(waved, capsys):
    path, set_id, _planted = waved
    assert main(["assign", str(path), "--quiet"]) == 0
    capsys.readouterr()
    before = snapshot(path)
    assert main(["runs", str(path), str(set_id)]) == 0
    out = capsys.readouterr().out
    with open_project(path, readonly=True) as project:
        fit, run = assignment_runs(project, set_id)
    lines = out.splitlines()
    assert re.search(r"run\s+kind\s+when\s+customers\s+new\s+moved\s+fitting none", out)
    fit_line = next(x for x in lines if re.match(rf"\s+{fit.id}\s+fit\s", x))
    run_line = next(x for x in lines if re.match(rf"\s+{run.id}\s+assign\s", x))
    assert " / ".join(str(s) for s in fit.sizes) in fit_line
    assert re.search(rf"\s{run.n_customers}\s+{run.n_new}\s+{run.n_moved}\s+{run.n_unassigned}\s",
                     run_line)
    assert main(["runs", str(path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"schema", "project", "set_id", "personas", "runs"}
    assert document["schema"] == "persona-workbench/assignment-runs/1"
    assert [r["kind"] for r in document["runs"]] == ["fit", "assign"]
    assert set(document["runs"][1]) == RUN_KEYS and document["runs"][1]["n_new"] == 15
    assert unchanged(path, before)


def test_drift_prints_sizes_the_flow_table_and_the_shifted_profiles(waved, capsys):
    path, set_id, planted = waved
    assert main(["assign", str(path), "--quiet"]) == 0
    capsys.readouterr()
    before = snapshot(path)
    assert main(["drift", str(path)]) == 0
    out = capsys.readouterr().out
    assert main(["drift", str(path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert unchanged(path, before)
    assert document["schema"] == "persona-workbench/drift/1"
    assert set(document) == {"schema", "project", "set_id", "before", "after", "personas",
                             "sizes", "flows", "shifts", "notes"}
    store, web, names = planted["store"], planted["web"], planted["names"]
    moved = next(f["customers"] for f in document["flows"]
                 if (f["source"], f["target"]) == (str(store), str(web)))
    assert abs(moved - 20) <= 2
    assert sum(f["customers"] for f in document["flows"] if f["source"] == "new") == 15
    for entry in document["sizes"]:
        assert f"{entry['persona'] + 1}. {names[entry['persona']]}: {entry['before']} → " \
               f"{entry['after']}" in out
    # the flow table: one row per earlier persona, a column per later one, and the new ones
    lines = out.splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("Who moved"))
    table = lines[start + 1:lines.index("", start)]
    assert re.match(r"\s+1\s+2\s+3(\s+fits none)?$", table[0])

    def cells(label: str) -> list[int]:
        found = next(x.strip() for x in table[1:] if x.strip().startswith(label))
        return [int(c) for c in found[len(label):].split()]

    assert cells(f"{store + 1}. {names[store]}")[web] == moved
    assert cells(f"{web + 1}. {names[web]}")[web] == next(
        f["customers"] for f in document["flows"] if (f["source"], f["target"]) == (str(web),) * 2)
    assert sum(cells("new")) == 15
    # shifted profiles: the store persona's web purchases, effect then → now
    shift = next(s for s in document["shifts"] if s["persona"] == store
                 and s["attribute"] == "Web purchases")
    assert shift["shifted"] and shift["effect_now"] < shift["effect_then"]
    assert re.search(rf"{store + 1}\. {re.escape(names[store])} · Web purchases: "
                     r"[+−]\d\.\d\d → [+−]\d\.\d\d \(mean", out)
    assert "as they are now" in out


def test_drift_chooses_runs_by_id_and_by_date(waved, capsys):
    path, set_id, _planted = waved
    assert main(["assign", str(path), "--quiet"]) == 0
    assert main(["assign", str(path), "--quiet"]) == 0
    with open_project(path) as project:
        runs = assignment_runs(project, set_id)
        with project.db.transaction():
            for run, day in zip(runs, ("2025-01-10", "2025-02-10", "2025-03-10"), strict=True):
                project.db.execute("UPDATE assignment_runs SET created_at = ? WHERE id = ?",
                                   (f"{day}T12:00:00+00:00", run.id))
    capsys.readouterr()
    first, second, third = (r.id for r in runs)
    cases = {("--before", str(first)): (first, third),
             ("--before", str(first), "--after", str(second)): (first, second),
             ("--from", "2025-02-10"): (second, third),
             ("--from", "2025-01-31", "--to", "2025-02-28"): (first, second)}
    for options, expected in cases.items():
        assert main(["drift", str(path), str(set_id), *options, "--json"]) == 0
        document = json.loads(capsys.readouterr().out)
        assert (document["before"]["id"], document["after"]["id"]) == expected, options
    assert main(["drift", str(path), "--before", str(third), "--after", str(first)]) == 1
    assert "not earlier than" in capsys.readouterr().err
    assert main(["drift", str(path), "--from", "2024-12-31"]) == 1
    assert "on or before 2024-12-31" in capsys.readouterr().err


def test_drift_with_a_single_run_exits_non_zero_and_says_to_assign_first(fitted, capsys):
    path, _set_id = fitted
    assert main(["drift", str(path)]) == 1
    assert "Assign new customers first" in capsys.readouterr().err


@pytest.mark.parametrize("command, options", [
    ("assign", ["SET", "--quiet", "--json"]),
    ("runs", ["SET", "--json"]),
    ("drift", ["SET", "--before", "--after", "--from", "--to", "--json"]),
])
def test_help_documents_every_option(command, options, capsys):
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args([command, "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    for option in options:
        assert option in text
    assert "default" in text


def test_numbers_follow_the_language(waved, capsys, monkeypatch):
    path, _set_id, _planted = waved
    monkeypatch.setenv("LANGUAGE", "it")
    assert main(["assign", str(path), "--quiet"]) == 0
    assert main(["drift", str(path)]) == 0
    out = capsys.readouterr().out
    # mean incomes with Italian separators, effects with a decimal comma
    assert re.search(r"\d{2}\.\d{3},\d\d → \d{2}\.\d{3},\d\d", out)
    assert re.search(r"[+−]\d,\d\d → [+−]\d,\d\d", out)
    assert not re.search(r"\d,\d{3}\.\d\d", out)


def test_assign_to_a_set_without_a_rule_exits_non_zero_and_asks_to_make_it_again(fitted, capsys):
    path, set_id = fitted
    with open_project(path) as project:
        result = json.loads(project.db.scalar("SELECT result FROM persona_sets WHERE id = ?",
                                              (set_id,)))
        del result["model"]
        with project.db.transaction():
            project.db.execute("UPDATE persona_sets SET result = ? WHERE id = ?",
                               (json.dumps(result), set_id))
    assert main(["assign", str(path), "--quiet"]) == 1
    assert "earlier version" in capsys.readouterr().err
