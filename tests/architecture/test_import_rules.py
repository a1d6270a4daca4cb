"""The dependency rule of docs/architecture.md holds, and breaking it fails CI.

The rule lives as import-linter contracts in pyproject.toml ([tool.importlinter]);
``lint-imports`` checks them in .ci/run. Import cycles are checked here with grimp
(import-linter's graph library), since not every import-linter version has a
cycle contract.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "workbench"


def _lint_imports(checkout: Path) -> subprocess.CompletedProcess:
    """Run the CI's ``lint-imports`` in ``checkout`` (its pyproject.toml, its ``workbench``)."""
    script = Path(sys.executable).with_name("lint-imports")
    command = [str(script)] if script.exists() else [sys.executable, "-c",
                                                    "from importlinter.cli import lint_imports_command; "
                                                    "lint_imports_command()"]
    env = {**os.environ, "PYTHONPATH": str(checkout), "COLUMNS": "200"}  # one report line per import
    return subprocess.run([*command, "--no-cache"], cwd=checkout, env=env, capture_output=True, text=True,
                          timeout=300)


def test_the_import_contracts_hold_on_the_code_as_it_is():
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


#: One deliberate violation of each contract: (file inside workbench/, its source, what the report names).
VIOLATIONS = [
    ("domain/_violation_layers.py", "from workbench.ui import app\n",
     "workbench.domain._violation_layers -> workbench.ui.app"),
    ("analysis/_violation_siblings.py", "import workbench.store.customers\n",
     "workbench.analysis._violation_siblings -> workbench.store.customers"),
    ("services/_violation_qt.py", "from PySide6.QtWidgets import QWidget\n",
     "workbench.services._violation_qt -> PySide6"),
    ("export/_violation_sqlite.py", "def read():\n    import sqlite3\n\n    return sqlite3\n",
     "workbench.export._violation_sqlite -> sqlite3"),
    ("ui/_violation_sql.py", "from workbench.store import customers\n",
     "workbench.ui._violation_sql -> workbench.store.customers"),
    ("_violation_unplaced.py", "", "workbench._violation_unplaced"),
]


def test_each_contract_fails_on_a_deliberate_violation(tmp_path):
    shutil.copytree(ROOT / PACKAGE, tmp_path / PACKAGE,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for relative, source, _ in VIOLATIONS:
        (tmp_path / PACKAGE / relative).write_text(source, "utf-8")

    result = _lint_imports(tmp_path)

    report = result.stdout + result.stderr
    assert result.returncode != 0, report
    assert "Contracts: 0 kept, 4 broken." in report
    for _, _, named in VIOLATIONS:
        assert named in report, f"{named!r} not reported:\n{report}"


def test_the_package_root_holds_constants_and_imports_nothing_of_the_package():
    graph = grimp.build_graph(PACKAGE, cache_dir=None)
    assert package_imports(graph)[PACKAGE] == set()


def test_the_gui_runs_background_work_only_through_its_worker():
    # Starting a thread, that is; threading.excepthook (ui/crash.py) is fine.
    pattern = re.compile(r"\bQ(?:Thread|ThreadPool|Runnable)\b|\bthreading\.(?:Thread|Timer)\b"
                         r"|\bfrom threading import\b|\bconcurrent\.futures\b|\bmultiprocessing\b")
    offenders = [str(path.relative_to(ROOT)) for path in sorted((ROOT / PACKAGE / "ui").rglob("*.py"))
                 if path.name != "worker.py" and pattern.search(path.read_text("utf-8"))]
    assert offenders == [], "use workbench.ui.worker.Worker (docs/architecture.md)"


# --- import cycles ---------------------------------------------------------------------------

def import_cycles(imports: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The groups of modules that import each other in a circle (strongly connected
    components of more than one module), each sorted, largest first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles: list[list[str]] = []
    counter = 0
    for start in sorted(imports):
        if start in index:
            continue
        # Tarjan's algorithm, iteratively: the module graph is deep enough to hit the recursion limit.
        work = [(start, iter(sorted(imports.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            module, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(imports.get(target, ())))))
                    break
                if target in on_stack:
                    low[module] = min(low[module], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[module])
                if low[module] == index[module]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == module:
                            break
                    if len(group) > 1:
                        cycles.append(sorted(group))
    return sorted(cycles, key=lambda group: (-len(group), group))


def package_imports(graph: grimp.ImportGraph, package: str = PACKAGE) -> dict[str, set[str]]:
    """Every module of ``package`` -> the modules of ``package`` it imports.

    Counts every import statement: at the top of a module, inside a function (a lazy
    import still makes one module depend on the other) and under ``TYPE_CHECKING``.
    """
    modules = {m for m in graph.modules if m == package or m.startswith(package + ".")}
    return {m: {i for i in graph.find_modules_directly_imported_by(m) if i in modules} for m in modules}


def test_no_module_of_the_workbench_imports_itself_round_a_circle():
    cycles = import_cycles(package_imports(grimp.build_graph(PACKAGE, cache_dir=None)))
    assert not cycles, (
        "Import cycles (move what the modules share down to a module both can import, "
        "see docs/architecture.md):\n" + "\n".join(" <-> ".join(group) for group in cycles))


def test_a_new_cycle_in_the_workbench_is_found():
    graph = grimp.build_graph(PACKAGE, cache_dir=None)
    before = import_cycles(package_imports(graph))
    # What store/schema_*.py used to do: import schema.py, which imports them.
    graph.add_import(importer="workbench.store.schema_journeys", imported="workbench.store.schema")

    after = import_cycles(package_imports(graph))

    assert [group for group in after if group not in before] == [
        ["workbench.store.schema", "workbench.store.schema_journeys"]]


def test_imports_inside_functions_and_for_type_checking_close_a_cycle(tmp_path, monkeypatch):
    package = tmp_path / "cycle_example"
    package.mkdir()
    (package / "__init__.py").write_text("", "utf-8")
    (package / "view.py").write_text("from cycle_example import menus\n", "utf-8")
    (package / "menus.py").write_text("def menu():\n    from cycle_example import view\n", "utf-8")
    (package / "typed.py").write_text("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                                      "    from cycle_example import hints\n", "utf-8")
    (package / "hints.py").write_text("from cycle_example import typed\n", "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))

    graph = grimp.build_graph("cycle_example", cache_dir=None)

    assert import_cycles(package_imports(graph, "cycle_example")) == [
        ["cycle_example.hints", "cycle_example.typed"], ["cycle_example.menus", "cycle_example.view"]]


def test_the_cycle_finder_sees_every_circle_and_nothing_else():
    imports = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a", "e"}, "e": {"d"}, "f": {"f", "a"},
               "g": set()}
    assert import_cycles(imports) == [["a", "b", "c"], ["d", "e"]]
