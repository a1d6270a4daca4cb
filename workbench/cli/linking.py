"""Linking commands: link customers across sources, show one customer whole."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import AddCommand, _out, _progress_printer
from workbench.i18n import translate


def _parse_key(text: str) -> tuple[str, str, str | None]:
    """SOURCE:COLUMN[:rule] -> (source, column, rule or None)."""
    from workbench.analysis.linking import RULES

    source, sep, rest = text.partition(":")
    if not sep or not source.strip() or not rest.strip():
        raise argparse.ArgumentTypeError(translate(
            "Linking", "expected SOURCE:COLUMN or SOURCE:COLUMN:RULE, got '{text}'").format(
            text=text))
    column, sep, rule = rest.rpartition(":")
    if sep and rule.strip().lower() in RULES:
        return source.strip(), column.strip(), rule.strip().lower()
    return source.strip(), rest.strip(), None


def cmd_link(args: argparse.Namespace) -> int:
    from workbench.progress import Task
    from workbench.services.linking import (
        LinkKey,
        default_keys,
        link_customers,
        resolve_source,
        undo_link_run,
    )
    from workbench.services.project import open_project

    with open_project(args.project) as project:
        if args.undo is not None:
            restored = undo_link_run(project, args.undo)
            _out(translate("Linking", "Linking run {id} undone: {n} customers restored.").format(
                id=args.undo, n=restored))
            return 0
        if args.key:
            keys = [LinkKey(resolve_source(project, source).id, column, rule)
                    for source, column, rule in args.key]
        else:
            keys = default_keys(project)
            _out(translate("Linking", "No --key given: linking by every identifier column (id) "
                           "and every e-mail column (email)."))
        show = sys.stderr.isatty() and not args.quiet
        report = link_customers(project, keys, task=Task(_progress_printer(show)))
        if show:
            print(file=sys.stderr)
        _print_report(report)
    return 0


def _print_report(report) -> None:
    _out(translate("Linking", "Linking run {id}").format(id=report.run_id))
    _out(translate("Linking", "Keys used:"))
    for key in report.keys:
        _out(f"  {key['source']}:{key['column']}:{key['rule']}")
    _out(translate("Linking", "Customers: {before} before, {after} after ({merged} merged)")
         .format(before=report.customers_before, after=report.customers_after,
                 merged=report.merged_customers))
    _out(translate("Linking", "Rows matched per source:"))
    for stats in report.sources:
        _out(translate("Linking", "  {source}: {matched} of {rows} rows matched, {unmatched} "
                       "unmatched").format(source=stats.source_name, matched=stats.matched,
                                           rows=stats.rows, unmatched=stats.unmatched))
    _out(translate("Linking", "Rows matched per rule:"))
    for rule, count in report.rows_by_rule.items():
        _out(f"  {rule}: {count}")
    if report.persona_memberships_affected:
        _out(translate("Linking", "Persona memberships affected: {n}").format(
            n=report.persona_memberships_affected))
    if not report.conflicts:
        _out(translate("Linking", "Conflicts: none"))
        return
    _out(translate("Linking", "Conflicts: {n}").format(n=len(report.conflicts)))
    for conflict in report.conflicts:
        customers = ", ".join(str(c) for c in conflict.customer_ids)
        if conflict.merged:
            line = translate("Linking", "  {source}:{column} '{value}' is shared by customers "
                             "{customers} with different identifiers (merged by {rule})")
        else:
            line = translate("Linking", "  {source}:{column} '{value}' is shared by customers "
                             "{customers} with different identifiers (not merged)")
        _out(line.format(source=conflict.source_name, column=conflict.column,
                         value=conflict.value, customers=customers, rule=conflict.rule))


def cmd_customer(args: argparse.Namespace) -> int:
    from workbench.services.linking import customer_view
    from workbench.services.project import open_project

    with open_project(args.project, readonly=True) as project:
        view = customer_view(project, args.customer)
    _out(translate("Linking", "Customer {id}: {label}").format(id=view.id, label=view.label))
    if not view.sources:
        _out(translate("Linking", "No source rows."))
    for source in view.sources:
        for row_number, values in source.rows:
            _out()
            _out(translate("Linking", "{source}, row {row}").format(source=source.source_name,
                                                                     row=row_number))
            for label, value in values.items():
                if value not in (None, ""):
                    _out(f"  {label}: {value}")
    if view.documents:
        _out()
        _out(translate("Linking", "Documents ({n}):").format(n=len(view.documents)))
        for document in view.documents:
            more = "…" if document["length"] > len(document["excerpt"]) else ""
            _out(f"  {document['title']}: {document['excerpt']}{more}")
    if view.touchpoints:
        _out()
        _out(translate("Linking", "Touchpoints ({n}):").format(n=len(view.touchpoints)))
        for point in view.touchpoints:
            parts = [point["occurred_at"] or "—", point["channel"] or "—", point["action"] or "",
                     point["outcome"] or ""]
            _out("  " + "  ".join(p for p in parts if p))
    return 0


def register(add: AddCommand) -> None:
    """Add these commands to the parser."""
    sub = add("link", translate("Linking", "Link customers across sources: rows whose key values "
                                "match become one customer. Prints the linking report."),
              cmd_link)
    sub.add_argument("project", type=Path, help=translate("Linking", "project file"))
    sub.add_argument("--key", type=_parse_key, action="append", metavar="SOURCE:COLUMN[:RULE]",
                     help=translate("Linking", "a column identifying a person; SOURCE is the "
                                    "source id or file name, COLUMN its name or header, RULE one "
                                    "of exact, email, email-loose (also drops +tags and Gmail "
                                    "dots), phone (Italy +39 by default), id. Repeat for more "
                                    "keys. Default: every identifier column by id and every "
                                    "e-mail column by email"))
    sub.add_argument("--undo", type=int, metavar="RUN",
                     help=translate("Linking", "undo linking run RUN (the newest one in effect) "
                                    "instead of linking"))
    sub.add_argument("--quiet", action="store_true",
                     help=translate("Linking", "do not show progress"))

    sub = add("customer", translate("Linking", "Print everything known about one customer: rows "
                                    "per source, documents, touchpoints."), cmd_customer)
    sub.add_argument("project", type=Path, help=translate("Linking", "project file"))
    sub.add_argument("customer", type=int, metavar="ID", help=translate("Linking", "customer id"))
