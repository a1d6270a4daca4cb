"""The roles command: list each source column's role, and change roles after import."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from workbench.cli.common import AddCommand, _out
from workbench.errors import WorkbenchError
from workbench.i18n import translate


def _parse_pairs(pairs: list[str]) -> dict[str, str]:
    roles: dict[str, str] = {}
    for pair in pairs:
        column, sep, role = pair.rpartition("=")
        if not sep or not column:
            raise WorkbenchError(translate(
                "Cli", "--set expects COLUMN=ROLE, for example --set \"Churn=outcome\"; got "
                "'{pair}'.").format(pair=pair))
        roles[column] = role
    return roles


def cmd_roles(args: argparse.Namespace) -> int:
    from workbench.services.project import open_project
    from workbench.services.roles import change_roles, find_source, source_roles

    changes = []
    if args.set:
        roles = _parse_pairs(args.set)
        with open_project(args.project) as project:
            reference = args.source
            if reference is None:
                found = source_roles(project)
                if len(found) != 1:
                    raise WorkbenchError(translate(
                        "Cli", "Name the source whose roles to change: 'workbench roles PROJECT "
                        "SOURCE --set COLUMN=ROLE' (SOURCE is a number or file name from "
                        "'workbench sources PROJECT')."))
                reference = found[0].source.id
            source = find_source(project, reference)
            changes = change_roles(project, source.id, roles)
            listing = source_roles(project, source.id)
    else:
        with open_project(args.project, readonly=True) as project:
            listing = source_roles(project, args.source)
    if args.json:
        _out(json.dumps(_as_json(listing, changes), ensure_ascii=False, indent=2))
        return 0
    for change in changes:
        _out(translate("Cli", "{column}: {old} → {new}").format(
            column=change.title, old=change.old_choice, new=change.new_choice))
    if args.set and not changes:
        _out(translate("Cli", "Nothing to change: the columns already have these roles."))
    if not listing:
        _out(translate("Cli", "No sources yet. Import one with 'workbench import PROJECT FILE'."))
    for item in listing:
        key = item.customer_key
        _out(translate("Cli", "{id:>4}  {name}  (customer: {key})").format(
            id=item.source.id, name=item.source.display_name,
            key=key.title if key is not None else translate("Cli", "one per row")))
        for column in item.columns:
            measure = getattr(column, "measure", None)
            kind = f" ({column.pii_kind or measure})" if column.pii_kind or measure else ""
            _out(f"      {column.title:<40} {column.role.value}{kind}")
    return 0


def _as_json(listing, changes) -> dict:
    """Stable keys: sources[].{id, name, customer_key, columns[].{name, label, position, role,
    pii_kind, measure}}, changes[].{source, column, old, new}."""
    return {
        "sources": [{
            "id": item.source.id,
            "name": item.source.display_name,
            "customer_key": item.customer_key.name if item.customer_key is not None else None,
            "columns": [{"name": c.name, "label": c.label, "position": c.position,
                         "role": c.role.value, "pii_kind": c.pii_kind,
                         "measure": getattr(c, "measure", None)} for c in item.columns],
        } for item in listing],
        "changes": [{"source": c.source_id, "column": c.column, "old": c.old.value,
                     "new": c.new.value} for c in changes],
    }


def register(add: AddCommand) -> None:
    """Add the roles command to the parser."""
    sub = add("roles", translate("Cli", "List each source column's role, or change roles after "
                                 "import (all changes in one transaction)."), cmd_roles)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("source", nargs="?",
                     help=translate("Cli", "source number or file name (default: every source; "
                                    "with --set, the only source)"))
    sub.add_argument("--set", nargs="+", metavar="COLUMN=ROLE",
                     help=translate("Cli", "give columns a new role by header or name; roles: "
                                    "identifier, numeric, categorical, channel, outcome, measure "
                                    "(measure:nps, measure:csat:1-7…: the stored values must fit "
                                    "the scale), ignore (ignore keeps the column but leaves it "
                                    "out of analyses)"))
    sub.add_argument("--json", action="store_true",
                     help=translate("Cli", "print the roles as JSON"))
