"""``workbench retention``: churn, retention curves, value, churn risk and the at-risk list.

Text by default; ``--json`` prints one document whose keys are listed in the
README ("Retention and value"): schema, project, definition, persona_set_id,
rates, curves, values, notes, risk_run, at_risk, export.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import AddCommand, _out, _progress_printer
from workbench.errors import WorkbenchError
from workbench.i18n import format_number, translate

#: Version of the ``--json`` document's shape (``persona-workbench/retention/N``).
JSON_VERSION = 1


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in ("csv", "xlsx"):
        raise WorkbenchError(translate(
            "Cli", "The at-risk list is written as .csv or .xlsx, not '{name}'.").format(
            name=path.name))
    return suffix


def cmd_retention(args: argparse.Namespace) -> int:
    from workbench.progress import Task
    from workbench.services import retention
    from workbench.services.project import open_project

    if args.export is not None:
        _format_of(args.export)
    show_progress = sys.stderr.isatty() and not args.json
    writes = args.risk
    with open_project(args.project, readonly=not writes) as project:
        task = Task(_progress_printer(show_progress))
        summary = retention.retention_summary(project, outcome=args.outcome,
                                              inactive_days=args.inactive_days)
        if args.risk:
            retention.run_churn_risk(project, outcome=args.outcome,
                                     inactive_days=args.inactive_days, seed=args.seed, task=task)
            if show_progress:
                print(file=sys.stderr)
            summary = retention.retention_summary(project, outcome=args.outcome,
                                                  inactive_days=args.inactive_days)
        stored = retention.latest_risk_run(project)
        listed = (retention.at_risk(project, limit=args.at_risk)
                  if args.at_risk and stored is not None else [])
        exported = None
        if args.export is not None:
            exported = retention.export_at_risk(project, args.export, fmt=_format_of(args.export),
                                                include_personal_data=args.include_personal_data)
        if args.json:
            _write_document(args, summary, stored, listed, exported)
        else:
            _print_text(args, summary, stored, listed, exported)
    return 0


def _write_document(args, summary, stored, listed, exported) -> None:
    from workbench.cli.json_output import schema, write_json
    from workbench.services.retention import describe_definition

    definition = summary.definition.to_dict()
    definition["rate"] = summary.definition.rate
    definition["description"] = describe_definition(summary.definition)
    run = None
    if stored is not None:
        run = {"id": stored.id, "created_at": stored.created_at, **stored.run.to_dict()}
    write_json({
        "schema": schema("retention", JSON_VERSION),
        "project": str(args.project),
        "definition": definition,
        "persona_set_id": summary.persona_set_id,
        "rates": [r.to_dict() for r in summary.rates],
        "curves": [c.to_dict() for c in summary.curves],
        "values": [v.to_dict() for v in summary.values],
        "notes": list(summary.notes),
        "risk_run": run,
        "at_risk": [r.to_dict() for r in listed],
        "export": None if exported is None else {
            "path": str(exported.paths[0]), "rows": exported.rows,
            "left_out": list(exported.left_out)},
    })


def _share(value: float | None) -> str:
    return "—" if value is None else format_number(100 * value, 1) + "%"


def _number(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else format_number(value, digits)


def _count(value: int) -> str:
    return format_number(value, 0)


def _print_text(args, summary, stored, listed, exported) -> None:
    from workbench.services.retention import describe_definition

    definition = summary.definition
    _out(translate("Cli", "Churn: {what}; {churned} of {customers} customers ({rate}).").format(
        what=describe_definition(definition), churned=_count(definition.churned),
        customers=_count(definition.customers), rate=_share(definition.rate)))
    if definition.suggested_days is not None:
        _out(translate("Cli", "Suggested inactive days: {days}.").format(
            days=definition.suggested_days))
    titles = {"persona": translate("Cli", "By persona"), "stage": translate("Cli", "By stage"),
              "channel": translate("Cli", "By channel"), "source": translate("Cli", "By source")}
    for dimension, title in titles.items():
        rates = [r for r in summary.rates if r.dimension == dimension]
        if not rates:
            continue
        _out()
        _out(title)
        for r in rates:
            ratio = "—" if r.ratio is None else translate(
                "Cli", "{ratio}× the rest ({low} to {high})").format(
                ratio=_number(r.ratio), low=_number(r.ratio_low), high=_number(r.ratio_high))
            _out(translate("Cli", "  {label}: {rate} churned ({low} to {high}), n = {n}; {ratio}"
                           ).format(label=r.label, rate=_share(r.rate), low=_share(r.low),
                                    high=_share(r.high), n=_count(r.n), ratio=ratio))
    if summary.curves:
        _out()
        _out(translate("Cli", "Retention curves (median time to churn)"))
        for c in summary.curves:
            median = (translate("Cli", "not reached") if c.median is None
                      else f"{c.median:g} {c.unit}")
            _out(translate("Cli", "  {label}: {median}; n = {n}, {events} churned").format(
                label=c.label, median=median, n=_count(c.n), events=_count(c.events)))
    if summary.values:
        _out()
        _out(translate("Cli", "Customer value"))
        for v in summary.values:
            _out(translate("Cli", "  {label}: total {total}, mean {mean}, RFM {r}/{f}/{m}, "
                                  "value at risk {risk}").format(
                label=v.label, total=_number(v.total_value), mean=_number(v.mean_value),
                r=_number(v.r_score, 1), f=_number(v.f_score, 1), m=_number(v.m_score, 1),
                risk=_number(v.value_at_risk)))
    for note in summary.notes:
        _out(translate("Cli", "Note: {note}").format(note=note))
    if stored is not None and (args.risk or args.at_risk or exported is not None):
        _print_run(stored)
    if listed:
        _out()
        _out(translate("Cli", "Customers at risk"))
        for r in listed:
            _out(translate("Cli", "  customer {id}: risk {risk}; {reasons}").format(
                id=r.customer_id, risk=_share(r.risk), reasons="; ".join(r.reasons) or "—"))
    elif args.at_risk and stored is None:
        _out(translate("Cli", "No churn-risk run yet: add --risk to make one."))
    if exported is not None:
        _out(translate("Cli", "Wrote {rows} customers to {path}.").format(
            rows=_count(exported.rows), path=exported.paths[0]))


def _print_run(stored) -> None:
    run = stored.run
    _out()
    _out(translate("Cli", "Churn-risk run {id} ({created}), seed {seed}").format(
        id=stored.id, created=stored.created_at, seed=run.seed))
    for model, (mean, sd) in sorted(run.auc.items()):
        chosen = translate("Cli", " (kept)") if model == run.model else ""
        _out(translate("Cli", "  {model}: cross-validated ROC AUC {mean:.3f} ± {sd:.3f} over "
                              "{folds} folds{chosen}").format(
            model=model, mean=mean, sd=sd, folds=run.folds, chosen=chosen))
    _out(translate("Cli", "  Base rate {base}; Brier score {brier}").format(
        base=_share(run.base_rate), brier=_number(run.brier, 3)))
    for name, reason in run.leaks.items():
        _out(translate("Cli", "  {name}: {reason}").format(name=name, reason=reason))
    _out(translate("Cli", "  Drivers:"))
    for d in run.drivers:
        _out(translate("Cli", "    {phrase} (AUC drop {importance:.3f})").format(
            phrase=d.phrase, importance=d.importance))


def register(add: AddCommand) -> None:
    sub = add("retention", translate(
        "Cli", "Churn by persona, stage, channel and source, retention curves, customer value; "
               "with --risk a cross-validated churn-risk model and its drivers."), cmd_retention)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--outcome", metavar="COLUMN", help=translate(
        "Cli", "the outcome column that says churn (default: the first whose name says churn)"))
    sub.add_argument("--inactive-days", type=int, metavar="N", help=translate(
        "Cli", "churn as no contact for N days before the last date in the touchpoints"))
    sub.add_argument("--risk", action="store_true", help=translate(
        "Cli", "train and store a churn-risk model (changes the project)"))
    sub.add_argument("--seed", type=int, default=0, help=translate(
        "Cli", "random seed of the risk model (default 0)"))
    sub.add_argument("--at-risk", type=int, metavar="N", help=translate(
        "Cli", "list the N customers at highest risk (from the newest risk run)"))
    sub.add_argument("--export", type=Path, metavar="FILE", help=translate(
        "Cli", "write the at-risk list to FILE.csv or FILE.xlsx"))
    sub.add_argument("--include-personal-data", action="store_true", help=translate(
        "Cli", "include customer names and e-mail keys in the exported list"))
    sub.add_argument("--json", action="store_true", help=translate(
        "Cli", "print a JSON document (keys in the README)"))
