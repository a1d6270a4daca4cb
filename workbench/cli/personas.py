"""Persona commands: run a persona set, print cards, list and compare sets."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import AddCommand, _out, _progress_printer, count
from workbench.errors import WorkbenchError
from workbench.i18n import localised, translate


def cmd_personas(args: argparse.Namespace) -> int:
    from workbench.domain.personas import PreprocessingSettings
    from workbench.progress import Task
    from workbench.services.personas import persona_sets, run_personas
    from workbench.services.project import open_project

    preprocessing = PreprocessingSettings(missing=args.missing, scale=args.scale,
                                          log_skewed=not args.no_log)
    # Only what was given is passed on: None means "the default" for both.
    chosen = {name: value for name, value in (("describe", args.describe),
                                              ("outcomes", args.outcomes)) if value is not None}
    show_progress = sys.stderr.isatty() and not args.quiet
    with open_project(args.project) as project:
        task = Task(_progress_printer(show_progress))
        set_id = run_personas(project, features=args.features, algorithm=args.algorithm,
                              k=args.k, seed=args.seed, preprocessing=preprocessing,
                              name=args.name, task=task, **chosen)
        if show_progress:
            print(file=sys.stderr)
        stored = next(s for s in persona_sets(project) if s.id == set_id)
        _show_set(project, stored, args, full=False)
    return 0


def _show_set(project, stored, args: argparse.Namespace, full: bool) -> None:
    """Print one stored set as text (``full``: with texts and quotes) or as JSON."""
    from workbench.services.personas import persona_quotes, personas_of

    personas = personas_of(project, stored.id)
    if args.json:
        from workbench.cli.json_output import write_json
        from workbench.cli.persona_json import persona_set_document

        write_json(persona_set_document(stored, personas, persona_quotes(project, stored.id),
                                        args.project))
        return
    from workbench.cli.persona_text import print_persona_set

    print_persona_set(stored, personas, args.project,
                      quotes=persona_quotes(project, stored.id) if full else None)


def _k_value(text: str) -> int | None:
    if text.strip().lower() == "auto":
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "Cli", "expected 'auto' or a whole number, got '{text}'").format(text=text)) from None


def cmd_persona(args: argparse.Namespace) -> int:
    from workbench.services.personas import persona_sets
    from workbench.services.project import open_project

    with open_project(args.project, readonly=True) as project:
        sets = persona_sets(project)
        chosen = next((s for s in sets if s.id == args.set), None) if args.set else (
            sets[-1] if sets else None)
        if chosen is None:
            raise WorkbenchError(translate(
                "Cli", "There is no persona set {id}. Run 'workbench persona-sets PROJECT' to "
                "list them.").format(id=args.set if args.set else "—"))
        _show_set(project, chosen, args, full=True)
    return 0


def cmd_persona_sets(args: argparse.Namespace) -> int:
    from workbench.services.personas import compare_persona_sets, persona_sets, personas_of
    from workbench.services.project import open_project

    with open_project(args.project, readonly=True) as project:
        if args.compare:
            old, new = args.compare
            comparison = compare_persona_sets(project, old, new)
            if args.json:
                _write_comparison(comparison, old, new, args.project)
                return 0
            ari = comparison.adjusted_rand
            _out(translate("Cli", "Persona set {old} → {new}: {common} customers in both, adjusted "
                           "Rand index {ari}").format(old=old, new=new,
                                                      common=count(comparison.common_customers),
                                                      ari="—" if ari is None else f"{ari:.3f}"))
            names_old = {p.position: p.name for p in personas_of(project, old)}
            names_new = {p.position: p.name for p in personas_of(project, new)}
            for match in comparison.matches:
                if match.new is None:
                    _out(translate("Cli", "  {old} → no persona of the new set matches it").format(
                        old=names_old.get(match.old, match.old)))
                    continue
                _out(translate("Cli", "  {old} → {new}  (Jaccard {jaccard:.2f}, {share:.0%} of the "
                               "old persona)").format(
                    old=names_old.get(match.old, match.old) if match.old is not None else "—",
                    new=names_new.get(match.new, match.new) if match.new is not None else "—",
                    jaccard=localised(match.jaccard or 0), share=localised(match.share_of_old or 0)))
            return 0
        sets = persona_sets(project)
        if args.show is not None:
            chosen = next((s for s in sets if s.id == args.show), None)
            if chosen is None:
                raise WorkbenchError(translate("Cli", "There is no persona set {id}.").format(
                    id=args.show))
            _show_set(project, chosen, args, full=False)
            return 0
        if args.json:
            from workbench.cli.json_output import write_json
            from workbench.cli.persona_json import persona_sets_document

            write_json(persona_sets_document(sets, args.project))
            return 0
        if not sets:
            _out(translate("Cli", "No persona sets yet. Create one with 'workbench personas "
                           "PROJECT'."))
        for stored in sets:
            _out(translate("Cli", "{id:>4}  {name}  ({count} personas, created {when})").format(
                id=stored.id, name=stored.name, count=stored.persona_count,
                when=stored.created_at[:16].replace("T", " ")))
    return 0


def _write_comparison(comparison, old: int, new: int, project: Path) -> None:
    from workbench.cli.json_output import schema, write_json

    write_json({"schema": schema("persona-set-comparison"), "project": str(project),
                "old": old, "new": new, "comparison": comparison.to_dict()})


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help=translate("Cli", "print the result as JSON (UTF-8, keys described "
                                       "in README.md) and nothing else"))


def register(add: AddCommand) -> None:
    """Add these commands to the parser."""
    sub = add("personas", translate("Cli", "Cluster the project's customers into personas and "
                                    "keep the run as a persona set."), cmd_personas)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--features", nargs="+", metavar="ATTRIBUTE",
                     help=translate("Cli", "attributes to cluster on (default: every suitable "
                                    "numeric and categorical attribute that is not an outcome "
                                    "or personal data)"))
    sub.add_argument("--describe", nargs="+", metavar="ATTRIBUTE",
                     help=translate("Cli", "attributes shown on the cards but not clustered on "
                                    "(default: every other suitable attribute that is not "
                                    "personal data)"))
    sub.add_argument("--outcomes", nargs="+", metavar="ATTRIBUTE",
                     help=translate("Cli", "outcomes (churn, satisfaction, value…) measured for "
                                    "each persona against everyone else, never clustered on "
                                    "(default: every column with the outcome role)"))
    sub.add_argument("--algorithm", default="kmeans",
                     choices=["kmeans", "gmm", "agglomerative", "gower"],
                     help=translate("Cli", "clustering method; gower handles mixed numbers and "
                                    "categories (default: kmeans)"))
    sub.add_argument("--k", type=_k_value, default=None, metavar="auto|N",
                     help=translate("Cli", "number of personas, or auto to have it suggested "
                                    "from silhouette and stability (default: auto)"))
    sub.add_argument("--seed", type=int, default=0,
                     help=translate("Cli", "random seed; the same seed gives the same personas "
                                    "(default: 0)"))
    sub.add_argument("--missing", default="impute", choices=["impute", "drop"],
                     help=translate("Cli", "missing values: impute (median / most frequent) or "
                                    "drop the customer (default: impute)"))
    sub.add_argument("--scale", default="standard", choices=["standard", "robust", "none"],
                     help=translate("Cli", "scaling of numbers (default: standard)"))
    sub.add_argument("--no-log", action="store_true",
                     help=translate("Cli", "do not log-transform skewed amounts"))
    sub.add_argument("--name", help=translate("Cli", "name of the persona set"))
    sub.add_argument("--quiet", action="store_true",
                     help=translate("Cli", "do not show progress"))
    _json_option(sub)

    sub = add("persona", translate("Cli", "Print the persona cards of a persona set."), cmd_persona)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("set", type=int, nargs="?", metavar="SET",
                     help=translate("Cli", "persona set id (default: the newest)"))
    _json_option(sub)

    sub = add("persona-sets", translate("Cli", "List persona sets, show one, or compare two."),
              cmd_persona_sets)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--show", type=int, metavar="ID",
                     help=translate("Cli", "show this persona set's personas"))
    sub.add_argument("--compare", type=int, nargs=2, metavar=("OLD", "NEW"),
                     help=translate("Cli", "show which persona of OLD became which of NEW"))
    _json_option(sub)
