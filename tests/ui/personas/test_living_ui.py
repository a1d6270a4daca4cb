"""Living personas in the Personas area, on real project files: assigning a later wave of
customers (undo, redo, errors, an old set, closing mid-run) and the Changes tab (drift)."""

from __future__ import annotations

import json
import logging
import random
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from workbench.domain.living import (
    FLOW_GONE,
    FLOW_NEW,
    FLOW_NONE,
    AssignmentRun,
    DriftReport,
    Flow,
    ProfileShift,
    RunKind,
)
from workbench.services.importing import import_file
from workbench.services.linking import default_keys, link_customers
from workbench.services.living import assignment_runs
from workbench.services.personas import persona_members, personas_of, run_personas
from workbench.services.project import create_project, open_project
from workbench.ui.dialogs import ERROR
from workbench.ui.personas.drift_view import DriftView
from workbench.ui.personas.flow_diagram import FlowDiagram
from workbench.ui.personas.living import attach_living

TIMEOUT = 30_000
GROUPS = {  # planted groups: (income, web purchases, store purchases, loyalty tier)
    "young web": (24_000, 9, 1, "silver"),
    "store regulars": (38_000, 1, 14, "gold"),
    "premium": (95_000, 5, 6, "platinum"),
}
HEADER = "customer_id,Income,Web purchases,Store purchases,Loyalty tier"


def write_customers(path: Path, customers: list[tuple[str, str]], seed: int) -> None:
    rng = random.Random(seed)
    lines = [HEADER]
    for ident, group in customers:
        income, web, store, tier = GROUPS[group]
        lines.append(f"{ident},{rng.gauss(income, income / 10):.0f},"
                     f"{max(0, int(rng.gauss(web, 1.5)))},{max(0, int(rng.gauss(store, 1.5)))},"
                     f"{tier}")
    path.write_text("\n".join(lines), "utf-8")


@pytest.fixture
def wave_project(tmp_path) -> tuple[Path, int, dict[str, str]]:
    """A set fitted on 300 planted customers; then a later wave is imported and linked: 30 new
    store regulars, and 20 "young web" customers surveyed again now look premium.
    Returns (path, set id, planted group per moved customer label)."""
    path = create_project(tmp_path / "living.pwb", "Living")
    first = [(f"K{n:05d}", group) for g, group in enumerate(GROUPS)
             for n in range(g * 100 + 1, g * 100 + 101)]
    write_customers(tmp_path / "crm_2024.csv", first, seed=1)
    moved = {f"K{n:05d}": "premium" for n in range(1, 21)}  # K00001.. were "young web"
    wave = list(moved.items()) + [(f"N{n:05d}", "store regulars") for n in range(30)]
    write_customers(tmp_path / "crm_2025.csv", wave, seed=2)
    with open_project(path) as project:
        import_file(project, tmp_path / "crm_2024.csv")
        set_id = run_personas(project, k=3, seed=0, name="Three planted groups")
        import_file(project, tmp_path / "crm_2025.csv")
        link_customers(project, default_keys(project))  # the surveyed-again customers are one
    return path, set_id, moved


def personas_area(window):
    window.project_view.show_area("personas")
    area = window.project_view.area_widget("personas")
    attach_living(area)  # once: the window may already have attached it
    return area


def open_with_state(window, qtbot, path: Path):
    """Open ``path``; wait until the set's cards and its runs are read."""
    area = personas_area(window)
    with qtbot.waitSignal(area.set_shown, timeout=TIMEOUT):
        assert window.open_project(path)
    qtbot.waitUntil(lambda: area.living.state is not None, timeout=TIMEOUT)
    return area


def card_sizes(area) -> dict[int, int]:
    return {card.persona.position: card.persona.size for card in area.set_view.cards}


def stored_sizes(project, set_id: int) -> dict[int, int]:
    return {p.position: p.size for p in personas_of(project, set_id)}


def wait_for_runs(qtbot, area, count: int) -> None:
    qtbot.waitUntil(lambda: area.living.state is not None
                    and len(area.living.state.runs) == count, timeout=TIMEOUT)


# --------------------------------------------------------------------------- assigning


def test_assigning_a_later_wave_changes_the_cards_and_undo_redo_follow(window, qtbot,
                                                                        wave_project):
    path, set_id, _moved = wave_project
    area = open_with_state(window, qtbot, path)
    living = area.living
    assert living.state.unplaced == 30
    button = living.assign_button
    assert button.isEnabled()
    assert "30" in button.text() and "30" in button.toolTip()
    assert "30 customers added since the last run" in living.runs_label.text()
    before = card_sizes(area)
    assert before == stored_sizes(window.project, set_id)

    with qtbot.waitSignal(area.set_shown, timeout=TIMEOUT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not button.isEnabled()  # one assignment at a time
    wait_for_runs(qtbot, area, 2)

    after = stored_sizes(window.project, set_id)
    assert card_sizes(area) == after != before
    members = persona_members(window.project, set_id)
    new = [m for m in members if m["label"].startswith("N")]
    joined = sum(1 for m in new if m["persona_id"] is not None)
    assert len(new) == 30
    run = assignment_runs(window.project, set_id)[-1]
    assert run.kind is RunKind.ASSIGN and run.n_new == 30 and run.n_moved > 0
    text = living.result_label.text()
    assert (f"30 customers placed: {joined} joined a persona, {30 - joined} fit none; "
            f"{run.n_moved} moved.") in text
    assert "crm_2025.csv" in text  # the run's notes are shown too
    assert living.result_label.isVisible()
    assert living.state.unplaced == 0 and "Assign new customers" in button.text()
    stats = area.set_view.header.stats  # the header counts the latest run, not the fit
    assert stats["customers"].value.text() == str(run.n_customers) == "330"
    assert stats["unassigned"].value.text() == str(run.n_unassigned)
    assert "latest assignment" in stats["customers"].toolTip()
    assert window.undo_stack.undoText().startswith("Assign new customers")

    with qtbot.waitSignal(area.set_shown, timeout=TIMEOUT):
        window.undo_stack.undo()
    wait_for_runs(qtbot, area, 1)
    assert card_sizes(area) == before == stored_sizes(window.project, set_id)
    assert len(persona_members(window.project, set_id)) == 300
    assert living.state.unplaced == 30 and not living.result_label.isVisible()
    assert area.set_view.header.stats["customers"].value.text() == "300"

    with qtbot.waitSignal(area.set_shown, timeout=TIMEOUT):
        window.undo_stack.redo()
    wait_for_runs(qtbot, area, 2)
    assert card_sizes(area) == after == stored_sizes(window.project, set_id)
    assert living.result_label.isVisible()


def test_a_set_made_before_rules_were_kept_shows_the_action_disabled_with_the_reason(
        window, qtbot, wave_project, messages):
    path, set_id, _moved = wave_project
    with open_project(path) as project:
        result = json.loads(project.db.scalar("SELECT result FROM persona_sets WHERE id = ?",
                                              (set_id,)))
        del result["model"]
        with project.db.transaction():
            project.db.execute("UPDATE persona_sets SET result = ? WHERE id = ?",
                               (json.dumps(result), set_id))
    area = open_with_state(window, qtbot, path)
    living = area.living
    assert not living.assign_button.isEnabled() and not living.assign_action.isEnabled()
    assert "earlier version" in living.assign_button.toolTip()
    menu = living.context_menu(set_id)
    assign = next(a for a in menu.actions() if a.objectName() == "AssignNewCustomers")
    assert not assign.isEnabled() and "earlier version" in assign.toolTip()
    worker = living.assign()  # reached another way, the service's refusal is told
    with qtbot.waitSignal(worker.done, timeout=TIMEOUT):
        pass
    assert messages.last.kind == ERROR and "earlier version" in messages.last.text
    assert [r.kind for r in assignment_runs(window.project, set_id)] == [RunKind.FIT]


def test_an_assignment_that_fails_is_told_and_changes_nothing(window, qtbot, wave_project,
                                                             messages):
    path, set_id, _moved = wave_project
    area = open_with_state(window, qtbot, path)
    # the researcher marks "Loyalty tier" as ignored: an attribute of the set is gone
    window.project.db.execute("UPDATE source_columns SET role = 'ignore' "
                              "WHERE label = 'Loyalty tier'")
    members = persona_members(window.project, set_id)
    worker = area.living.assign()
    with qtbot.waitSignal(worker.done, timeout=TIMEOUT):
        pass
    assert messages.last.kind == ERROR and "Loyalty tier" in messages.last.text
    assert persona_members(window.project, set_id) == members
    assert [r.kind for r in assignment_runs(window.project, set_id)] == [RunKind.FIT]
    assert window.undo_stack.count() == 0
    assert area.living.assign_button.isEnabled()  # may be tried again once fixed


def test_closing_the_window_while_an_assignment_runs_logs_no_error(window, qtbot, wave_project,
                                                                   caplog, monkeypatch):
    from workbench.services import living as living_service

    path, set_id, _moved = wave_project
    area = open_with_state(window, qtbot, path)
    started = threading.Event()
    real = living_service.assign_customers

    def held(project, set_id, *, task=None):
        started.set()
        task._cancel.wait(TIMEOUT / 1000)  # hold the run until the window cancels it
        return real(project, set_id, task=task)

    monkeypatch.setattr(living_service, "assign_customers", held)
    caplog.set_level(logging.INFO)
    worker = area.living.assign()
    assert started.wait(TIMEOUT / 1000)
    window.close()
    assert worker.wait(5)
    qtbot.waitUntil(lambda: not worker.is_running, timeout=TIMEOUT)
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert problems == []
    with open_project(path) as project:
        assert [r.kind for r in assignment_runs(project, set_id)] == [RunKind.FIT]


# --------------------------------------------------------------------------- the Changes tab


def test_changes_tab_lists_the_runs_and_shows_the_planted_move(window, qtbot, wave_project):
    path, set_id, moved = wave_project
    area = open_with_state(window, qtbot, path)
    living = area.living
    area.set_view.show_tab(living.changes_tab)
    drift = living.drift
    assert drift.isVisible() and not area.set_view.map.isVisible()
    assert not area.set_view.grid.isVisible()
    assert drift.empty_label.isVisible()
    assert drift.empty_label.text().startswith("Drift compares two runs.")
    persona_before = {m["label"]: m["persona_id"] for m in persona_members(window.project, set_id)}

    with qtbot.waitSignal(drift.report_shown, timeout=TIMEOUT):
        living.assign()

    combo = [drift.before_combo.itemText(i) for i in range(drift.before_combo.count())]
    assert len(combo) == 2
    day = r"\d{1,2} \w+ \d{4}(, \d{1,2}:\d\d)?"  # the time when both runs share a day
    assert re.fullmatch(rf"Fit, {day}", combo[0]), combo
    assert re.fullmatch(rf"Assignment, {day} \u2014 30 new", combo[1]), combo
    assert drift.chosen() == tuple(r.id for r in assignment_runs(window.project, set_id))
    assert drift.content.isVisible() and not drift.empty_label.isVisible()

    # the planted move, counted from the memberships before and after
    persona_after = {m["label"]: m["persona_id"] for m in persona_members(window.project, set_id)}
    position = {p.id: p.position for p in personas_of(window.project, set_id)}
    names = {p.position: p.name for p in personas_of(window.project, set_id)}
    pairs: dict[tuple[int, int], int] = {}
    for label in moved:
        old, new = persona_before[label], persona_after[label]
        if old is not None and new is not None and old != new:
            key = (position[old], position[new])
            pairs[key] = pairs.get(key, 0) + 1
    (source, target), count = max(pairs.items(), key=lambda item: item[1])
    assert count >= 15  # most of the 20 resurveyed customers moved together
    report = drift.report
    flow = next(f for f in report.flows if (f.source, f.target) == (str(source), str(target)))
    assert flow.customers >= count
    rows = [[drift.flows_model.index(r, c).data() for c in range(3)]
            for r in range(drift.flows_model.rowCount())]
    assert [names[source], names[target], str(flow.customers)] in rows
    assert sum(f.customers for f in report.flows if f.source == FLOW_NEW) == 30

    diagram = drift.diagram
    band = diagram.band_of(flow.source, flow.target)
    point = band.path.boundingRect().center()  # a band's middle is inside it
    assert band.path.contains(point)
    assert diagram.tooltip_at(point) == (
        f"{flow.customers} customers: {names[source]} \u2192 {names[target]}")
    sizes = [[drift.sizes_model.index(r, c).data() for c in range(4)]
             for r in range(drift.sizes_model.rowCount())]
    after_sizes = stored_sizes(window.project, set_id)
    assert [names[target], str(report.before.sizes[target]), str(after_sizes[target]),
            f"+{after_sizes[target] - report.before.sizes[target]}"] in sizes
    assert any(s.shifted for s in report.shifts)
    assert drift.shifts_model.index(0, 5).data() == "Shifted"  # shifted lines come first


# --------------------------------------------------------------------------- rendering


def _run(run_id: int, kind: RunKind, day: str, sizes: list[int], n_new: int = 0,
         unassigned: int = 0, time: str = "10:00") -> AssignmentRun:
    return AssignmentRun(id=run_id, set_id=1, kind=kind, created_at=f"{day}T{time}:00+00:00",
                         n_customers=sum(sizes) + unassigned, n_new=n_new, n_moved=0,
                         n_unassigned=unassigned, sizes=sizes)


def planted_report() -> DriftReport:
    before = _run(1, RunKind.FIT, "2026-12-03", [120, 80], unassigned=5)
    after = _run(2, RunKind.ASSIGN, "2026-12-05", [110, 123], n_new=45, unassigned=7)
    flows = [Flow("0", "0", 96), Flow("0", "1", 12), Flow("0", FLOW_NONE, 2),
             Flow("0", FLOW_GONE, 10), Flow("1", "1", 80), Flow(FLOW_NONE, FLOW_NONE, 5),
             Flow(FLOW_NEW, "0", 14), Flow(FLOW_NEW, "1", 31), Flow(FLOW_NONE, "1", 0)]
    shifts = [ProfileShift(0, "Income", None, 0.1, 0.15, False, 38_000, 39_000),
              ProfileShift(1, "Loyalty tier", "gold", 0.4, 0.9, True, 0.31, 0.55)]
    return DriftReport(1, before, after, ["Store regulars", "Web shoppers"], flows, shifts,
                       ["Attributes are compared as they are now."])


def test_drift_view_draws_sizes_flows_and_shifts_of_a_report(qtbot):
    view = DriftView()
    qtbot.addWidget(view)
    report = planted_report()
    view.set_runs(object(), 1, [report.before, report.after])
    view.resize(900, 1400)
    view.show()
    view.show_report(report)
    assert view.content.isVisible() and not view.empty_label.isVisible()
    sizes = [[view.sizes_model.index(r, c).data() for c in range(4)]
             for r in range(view.sizes_model.rowCount())]
    assert sizes == [["Store regulars", "120", "110", "\u221210"],
                     ["Web shoppers", "80", "123", "+43"],
                     ["Fits none", "5", "7", "+2"]]
    flows = [[view.flows_model.index(r, c).data() for c in range(3)]
             for r in range(view.flows_model.rowCount())]
    assert flows[0] == ["New", "Web shoppers", "31"]  # moves first, largest first
    assert ["Store regulars", "Gone", "10"] in flows
    assert flows[-3:] == [["Store regulars", "Store regulars", "96"],  # then who stayed
                          ["Web shoppers", "Web shoppers", "80"], ["Fits none", "Fits none", "5"]]
    assert len(flows) == 8  # the empty flow is left out
    shift = [view.shifts_model.index(0, c).data() for c in range(6)]
    assert shift == ["Web shoppers", "Loyalty tier = gold", "+0.40", "+0.90", "31% \u2192 55%",
                     "Shifted"]
    assert view.shifts_model.index(1, 5).data() == ""
    band = view.diagram.band_of("0", "1")
    middle = band.path.boundingRect().center()
    assert view.diagram.tooltip_at(middle) == "12 customers: Store regulars \u2192 Web shoppers"
    assert view.diagram.tooltip_at(QPointF(view.diagram.width() / 2, 2)) == ""
    assert view.summary_label.text() == (
        "45 new customers, 14 moved to another persona or to fitting none, 10 gone, 181 stayed. "
        "Profile lines that shifted: 1.")


def test_flow_diagram_bands_are_proportional_to_customers(qtbot):
    diagram = FlowDiagram()
    qtbot.addWidget(diagram)
    diagram.resize(800, 300)
    diagram.show_report(planted_report())
    diagram.resize(800, diagram.height())
    assert diagram.band_of("0", "1") is not None
    left = {n.key: n for n in diagram.left}
    right = {n.key: n for n in diagram.right}
    assert set(left) == {"0", "1", FLOW_NONE, FLOW_NEW}
    assert set(right) == {"0", "1", FLOW_NONE, FLOW_GONE}
    # heights per customer are the same on every node of a column
    per_customer = {round(n.rect.height() / n.customers, 6) for n in diagram.left
                    if n.rect.height() > 2}
    assert len(per_customer) == 1
    assert left["0"].customers == 120 and right["1"].customers == 123
    assert left["0"].rect.right() < right["0"].rect.left()


def test_drift_view_with_one_run_says_what_to_do(qtbot):
    view = DriftView()
    qtbot.addWidget(view)
    view.show()
    view.set_runs(object(), 1, [_run(1, RunKind.FIT, "2026-12-03", [3, 4])])
    assert view.empty_label.isVisible() and not view.chooser.isVisible()
    assert view.empty_label.text() == ("Drift compares two runs. Assign new customers to see "
                                       "how the personas change.")
    assert view.refresh() is None


def test_the_later_run_always_comes_after_the_earlier(qtbot):
    view = DriftView()
    qtbot.addWidget(view)
    runs = [_run(1, RunKind.FIT, "2026-12-03", [3]), _run(2, RunKind.ASSIGN, "2026-12-05", [4]),
            _run(3, RunKind.ASSIGN, "2026-12-05", [5], time="15:30"),
            _run(4, RunKind.ASSIGN, "2026-12-05", [5], time="15:30")]
    view.set_runs(object(), 1, runs[:3])
    assert view.chosen() == (2, 3)
    labels = [view.after_combo.itemText(i) for i in range(3)]
    assert "," not in labels[0][len("Fit, "):] and labels[1] != labels[2]  # the time, same day
    view.set_runs(object(), 1, runs)
    assert view.chosen() == (3, 4)
    labels = [view.after_combo.itemText(i) for i in range(4)]
    assert labels[2].endswith("(run 3)") and labels[3].endswith("(run 4)")  # the same minute
    view.set_runs(object(), 1, runs[:3])
    view.after_combo.setCurrentIndex(0)
    assert view.chosen() == (1, 2)
    view.before_combo.setCurrentIndex(2)
    assert view.chosen() == (2, 3)
