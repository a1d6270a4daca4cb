"""``workbench assign``, ``workbench runs`` and ``workbench drift``: living personas.

``assign`` places the project's customers (new and changed ones included) in
an existing persona set's personas with the set's rule and records the run;
``runs`` lists a set's runs; ``drift`` compares two runs. SET defaults to the
newest persona set.

Text by default; ``--json`` prints one document whose keys are listed in the
README ("Living personas"):

- assign: schema (``persona-workbench/assignment/1``), project, set_id, personas, run, sizes;
  run: id, set_id, kind, created_at, n_customers, n_new, n_moved, n_unassigned, sizes, notes;
  sizes: one {persona, name, before, after} per persona;
- runs: schema (``persona-workbench/assignment-runs/1``), project, set_id, personas, runs
  (each as ``run`` above);
- drift: schema (``persona-workbench/drift/1``), project, set_id, before, after (runs, as
  above), personas, sizes ({persona, before, after}), flows ({source, target, customers};
  source and target are persona positions as text, "new", "gone" or "none"), shifts
  ({persona, attribute, level, effect_then, effect_now, shifted, value_then, value_now}),
  notes.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from workbench.cli.common import AddCommand, _out, _progress_printer
from workbench.errors import WorkbenchError
from workbench.i18n import format_number, translate

#: Version of the ``--json`` documents' shape.
JSON_VERSION = 1


def _count(value: int) -> str:
    return format_number(value, 0)


def _signed(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "—"
    text = format_number(value, digits)
    return text if text.startswith("\u2212") or round(value, digits) == 0 else "+" + text


def _when(created_at: str) -> str:
    moment = datetime.fromisoformat(created_at)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def _kind_name(kind) -> str:
    from workbench.domain.living import RunKind

    return translate("Cli", "fit") if kind is RunKind.FIT else translate("Cli", "assign")


def _chosen_set(project, set_id: int | None):
    """The persona set asked for, or the newest; a clear error when there is none."""
    from workbench.services.personas import persona_sets

    sets = persona_sets(project)
    if set_id is None:
        if not sets:
            raise WorkbenchError(translate(
                "Cli", "No persona sets yet. Create one with 'workbench personas PROJECT'."))
        return sets[-1]
    chosen = next((s for s in sets if s.id == set_id), None)
    if chosen is None:
        raise WorkbenchError(translate(
            "Cli", "There is no persona set {id}. Run 'workbench persona-sets PROJECT' to "
            "list them.").format(id=set_id))
    return chosen


def _names(project, set_id: int) -> list[str]:
    from workbench.services.personas import personas_of

    return [p.name for p in sorted(personas_of(project, set_id), key=lambda p: p.position)]


def _sizes(positions, k: int) -> list[int]:
    sizes = [0] * k
    for position in positions:
        if position is not None and 0 <= position < k:
            sizes[position] += 1
    return sizes


# --------------------------------------------------------------------------- assign


def cmd_assign(args: argparse.Namespace) -> int:
    from workbench.progress import Task
    from workbench.services.living import assign_customers
    from workbench.services.project import open_project

    show_progress = sys.stderr.isatty() and not args.quiet and not args.json
    with open_project(args.project) as project:
        stored = _chosen_set(project, args.set)
        task = Task(_progress_printer(show_progress))
        done = assign_customers(project, stored.id, task=task)
        if show_progress:
            print(file=sys.stderr)
        names = _names(project, stored.id)
    run = done.run
    before = _sizes(done.previous.positions, len(run.sizes))
    unassigned_before = sum(1 for p in done.previous.positions if p is None)
    if args.json:
        from workbench.cli.json_output import schema, write_json

        write_json({
            "schema": schema("assignment", JSON_VERSION),
            "project": str(args.project),
            "set_id": stored.id,
            "personas": names,
            "run": run.to_dict(),
            "sizes": [{"persona": p, "name": names[p] if p < len(names) else None,
                       "before": before[p], "after": after}
                      for p, after in enumerate(run.sizes)],
        })
        return 0
    _out(translate("Cli", "Persona set {id} \u201c{name}\u201d: run {run} recorded.").format(
        id=stored.id, name=stored.name, run=run.id))
    _out(translate("Cli", "Customers placed: {n}").format(n=_count(run.n_customers)))
    _out(translate("Cli", "New customers: {n}").format(n=_count(run.n_new)))
    _out(translate("Cli", "Moved to another persona: {n}").format(n=_count(run.n_moved)))
    _out(translate("Cli", "Fitting no persona: {n}").format(n=_count(run.n_unassigned)))
    _out()
    _out(translate("Cli", "Members per persona (before \u2192 after)"))
    for position, after in enumerate(run.sizes):
        name = names[position] if position < len(names) else str(position + 1)
        _out(translate("Cli", "  {name}: {before} \u2192 {after}").format(
            name=name, before=_count(before[position]), after=_count(after)))
    _out(translate("Cli", "  Fitting no persona: {before} \u2192 {after}").format(
        before=_count(unassigned_before), after=_count(run.n_unassigned)))
    for note in run.notes:
        _out(translate("Cli", "Note: {note}").format(note=note))
    return 0


# --------------------------------------------------------------------------- runs


def cmd_runs(args: argparse.Namespace) -> int:
    from workbench.services.living import assignment_runs
    from workbench.services.project import open_project

    with open_project(args.project, readonly=True) as project:
        stored = _chosen_set(project, args.set)
        runs = assignment_runs(project, stored.id)
        names = _names(project, stored.id)
    if args.json:
        from workbench.cli.json_output import schema, write_json

        write_json({"schema": schema("assignment-runs", JSON_VERSION),
                    "project": str(args.project), "set_id": stored.id, "personas": names,
                    "runs": [r.to_dict() for r in runs]})
        return 0
    _out(translate("Cli", "Runs of persona set {id} \u201c{name}\u201d").format(
        id=stored.id, name=stored.name))
    if not runs:
        _out(translate("Cli", "No runs recorded yet: 'workbench assign PROJECT {id}' records "
                       "the set's fit and places new customers.").format(id=stored.id))
        return 0
    headers = [translate("Cli", "run"), translate("Cli", "kind"), translate("Cli", "when"),
               translate("Cli", "customers"), translate("Cli", "new"), translate("Cli", "moved"),
               translate("Cli", "fitting none"), translate("Cli", "members per persona")]
    rows = [[str(r.id), _kind_name(r.kind), _when(r.created_at), _count(r.n_customers),
             _count(r.n_new), _count(r.n_moved), _count(r.n_unassigned),
             " / ".join(_count(s) for s in r.sizes)] for r in runs]
    _table(headers, rows, right=range(3, 7))
    _out()
    _out(translate("Cli", "Personas: {names}").format(
        names="; ".join(f"{p + 1}. {n}" for p, n in enumerate(names))))
    return 0


def _table(headers: list[str], rows: list[list[str]], right) -> None:
    right = set(right)
    widths = [max(len(h), *(len(r[c]) for r in rows)) for c, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  " + "  ".join(cell.rjust(widths[c]) if c in right else cell.ljust(widths[c])
                                for c, cell in enumerate(cells)).rstrip()

    _out(line(headers))
    for row in rows:
        _out(line(row))


# --------------------------------------------------------------------------- drift


def cmd_drift(args: argparse.Namespace) -> int:
    from workbench.services.drift import drift_report
    from workbench.services.project import open_project

    with open_project(args.project, readonly=True) as project:
        stored = _chosen_set(project, args.set)
        report = drift_report(project, stored.id, before=args.before, after=args.after,
                              before_date=args.date_from, after_date=args.date_to)
    if args.json:
        from workbench.cli.json_output import schema, write_json

        write_json({"schema": schema("drift", JSON_VERSION), "project": str(args.project),
                    **report.to_dict()})
        return 0
    _print_drift(stored, report)
    return 0


def _side_label(side: str, names: list[str]) -> str:
    from workbench.domain.living import FLOW_GONE, FLOW_NEW, FLOW_NONE

    if side.isdigit():
        position = int(side)
        name = names[position] if position < len(names) else ""
        return f"{position + 1}. {name}".rstrip()
    return {FLOW_NEW: translate("Cli", "new"), FLOW_GONE: translate("Cli", "gone"),
            FLOW_NONE: translate("Cli", "fits none")}[side]


def _print_drift(stored, report) -> None:
    from workbench.domain.living import FLOW_GONE, FLOW_NEW, FLOW_NONE, SHIFT_EFFECT

    names = report.persona_names
    before, after = report.before, report.after
    _out(translate("Cli", "Drift of persona set {id} \u201c{name}\u201d: run {before} ({before_kind}, "
                   "{before_when}) \u2192 run {after} ({after_kind}, {after_when})").format(
        id=stored.id, name=stored.name, before=before.id, before_kind=_kind_name(before.kind),
        before_when=_when(before.created_at), after=after.id, after_kind=_kind_name(after.kind),
        after_when=_when(after.created_at)))
    _out()
    _out(translate("Cli", "Members per persona (then \u2192 now)"))
    for position, then, now in report.size_change():
        _out(translate("Cli", "  {name}: {then} \u2192 {now} ({change})").format(
            name=_side_label(str(position), names), then=_count(then), now=_count(now),
            change=_signed(now - then, 0)))
    _out(translate("Cli", "  Fitting no persona: {then} \u2192 {now}").format(
        then=_count(before.n_unassigned), now=_count(after.n_unassigned)))

    _out()
    _out(translate("Cli", "Who moved (rows: run {before}, columns: run {after})").format(
        before=before.id, after=after.id))
    counts = {(f.source, f.target): f.customers for f in report.flows}
    personas = [str(p) for p in range(len(names))]
    sources = personas + [s for s in (FLOW_NONE, FLOW_NEW) if any(
        src == s for src, _t in counts)]
    targets = personas + [t for t in (FLOW_NONE, FLOW_GONE) if any(
        tgt == t for _s, tgt in counts)]
    headers = [""] + [str(int(t) + 1) if t.isdigit() else _side_label(t, names) for t in targets]
    rows = [[_side_label(s, names)] + [_count(counts.get((s, t), 0)) for t in targets]
            for s in sources]
    _table(headers, rows, right=range(1, len(headers)))

    _out()
    shifted = [s for s in report.shifts if s.shifted]
    if not shifted:
        _out(translate("Cli", "No persona's profile shifted: every effect moved by less than "
                       "{effect}.").format(effect=format_number(SHIFT_EFFECT, 1)))
    else:
        _out(translate("Cli", "Shifted profiles (effect then \u2192 now; Cohen's d for numbers, "
                       "h for shares; a shift is a change of {effect} or more)").format(
            effect=format_number(SHIFT_EFFECT, 1)))
        for s in shifted:
            attribute = s.attribute if s.level is None else f"{s.attribute} = {s.level}"
            if s.level is None:
                values = translate("Cli", "mean {then} \u2192 {now}").format(
                    then=_plain(s.value_then), now=_plain(s.value_now))
            else:
                values = translate("Cli", "share {then} \u2192 {now}").format(
                    then=_share(s.value_then), now=_share(s.value_now))
            _out(translate("Cli", "  {persona} \u00b7 {attribute}: {then} \u2192 {now} ({values})").format(
                persona=_side_label(str(s.persona), names), attribute=attribute,
                then=_signed(s.effect_then), now=_signed(s.effect_now), values=values))
    for note in report.notes:
        _out(translate("Cli", "Note: {note}").format(note=note))


def _plain(value: float | None) -> str:
    return "—" if value is None else format_number(value, 2)


def _share(value: float | None) -> str:
    return "—" if value is None else format_number(100 * value, 1) + "%"


# --------------------------------------------------------------------------- registration


def _project_and_set(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("set", type=int, nargs="?", metavar="SET", help=translate(
        "Cli", "persona set id (default: the newest)"))


def _json(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--json", action="store_true", help=translate(
        "Cli", "print a JSON document (keys in the README)"))


def register(add: AddCommand) -> None:
    """Add these commands to the parser."""
    sub = add("assign", translate(
        "Cli", "Place the project's customers (newly imported and changed ones too) in an "
               "existing persona set's personas with the set's own rule, without clustering "
               "again; mark those that fit none and record the run. Changes the project."),
        cmd_assign)
    _project_and_set(sub)
    sub.add_argument("--quiet", action="store_true", help=translate(
        "Cli", "do not show progress"))
    _json(sub)

    sub = add("runs", translate(
        "Cli", "List a persona set's runs: its fit and each assignment, with customers placed, "
               "new, moved, fitting none and members per persona."), cmd_runs)
    _project_and_set(sub)
    _json(sub)

    sub = add("drift", translate(
        "Cli", "Compare two runs of a persona set: members per persona then and now, who moved "
               "from which persona to which, and which personas' profiles shifted. Default: "
               "the newest run against the one before it."), cmd_drift)
    _project_and_set(sub)
    earlier = sub.add_mutually_exclusive_group()
    earlier.add_argument("--before", type=int, metavar="RUN", help=translate(
        "Cli", "the earlier run's id (see 'workbench runs'; default: the run before the later "
               "one)"))
    earlier.add_argument("--from", dest="date_from", metavar="DATE", help=translate(
        "Cli", "the earlier run: the newest made on or before this day (YYYY-MM-DD)"))
    later = sub.add_mutually_exclusive_group()
    later.add_argument("--after", type=int, metavar="RUN", help=translate(
        "Cli", "the later run's id (default: the newest run)"))
    later.add_argument("--to", dest="date_to", metavar="DATE", help=translate(
        "Cli", "the later run: the newest made on or before this day (YYYY-MM-DD)"))
    _json(sub)
