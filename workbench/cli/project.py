"""Project commands: new, info, check, backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench import PROJECT_SUFFIX
from workbench.cli.common import AddCommand, _out
from workbench.i18n import translate


def cmd_new(args: argparse.Namespace) -> int:
    from workbench.services.project import create_project

    path = create_project(args.project, args.name)
    _out(translate("Cli", "Created project {path}").format(path=path))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from workbench.services.project import read_project_info

    info = read_project_info(args.project)
    if args.json:
        from workbench.cli.json_output import schema, write_json

        write_json({"schema": schema("project-info"), "project": {
            "name": info.name, "path": str(info.path), "schema_version": info.schema_version,
            "created_at": info.created_at, "created_with": info.created_with,
            "sources": info.sources, "customers": info.customers, "documents": info.documents,
            "persona_sets": info.persona_sets, "journeys": info.journeys}})
        return 0
    rows = [
        (translate("Cli", "Project"), info.name),
        (translate("Cli", "File"), str(info.path)),
        (translate("Cli", "Schema version"), str(info.schema_version)),
        (translate("Cli", "Created"), info.created_at),
        (translate("Cli", "Created with"), info.created_with),
        (translate("Cli", "Sources"), str(info.sources)),
        (translate("Cli", "Customers"), str(info.customers)),
        (translate("Cli", "Documents"), str(info.documents)),
        (translate("Cli", "Persona sets"), str(info.persona_sets)),
        (translate("Cli", "Journeys"), str(info.journeys)),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        _out(f"{label + ':':<{width + 1}} {value}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from workbench.services.project import check_project

    report = check_project(args.project)
    if report.ok:
        _out(translate("Cli", "{path}: sound (schema version {version}).").format(
            path=report.path, version=report.schema_version))
        return 0
    print(translate("Cli", "{path}: problems found:").format(path=report.path), file=sys.stderr)
    for problem in report.problems[:50]:
        print(f"  - {problem}", file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from workbench.services.project import backup_project

    path = backup_project(args.project, args.to)
    _out(translate("Cli", "Backed up {project} to {backup}").format(project=args.project, backup=path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from workbench.services.project import project_backups, restore_project

    if args.list:
        found = project_backups(args.project)
        if not found:
            _out(translate("Cli", "There is no backup of {path}.").format(path=args.project))
            return 1
        for item in found:
            when = item.taken_at.strftime("%Y-%m-%d %H:%M:%S") if item.taken_at else "?"
            _out(f"{when}  {item.size_bytes:>12,}  {item.path}")
        return 0
    used, moved = restore_project(args.project, args.backup)
    _out(translate("Cli", "Restored {path} from {backup}.").format(path=args.project, backup=used))
    if moved is not None:
        _out(translate("Cli", "The file it replaced was kept as {moved}.").format(moved=moved))
    return 0


def register(add: AddCommand) -> None:
    """Add these commands to the parser."""
    sub = add("new", translate("Cli", "Create a new, empty project file."), cmd_new)
    sub.add_argument("project", type=Path,
                     help=translate("Cli", "path of the new project ({suffix} is added when missing)"
                              ).format(suffix=PROJECT_SUFFIX))
    sub.add_argument("--name", help=translate("Cli", "project name shown in the app (default: the file name)"))

    sub = add("info", translate("Cli", "Show a project's schema version and what it holds."), cmd_info)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--json", action="store_true",
                     help=translate("Cli", "print the result as JSON (UTF-8, keys described "
                                    "in README.md) and nothing else"))

    sub = add("check", translate("Cli", "Check a project's integrity; exit status 0 when sound, 1 when not."),
              cmd_check)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))

    sub = add("backup", translate("Cli", "Back up a project now (safe while it is open in the app)."),
              cmd_backup)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--to", type=Path, metavar="PATH",
                     help=translate("Cli", "write the backup to this file or folder instead of the automatic "
                              "backup folder"))

    sub = add("restore", translate("Cli", "Replace a project with one of its backups (the replaced file is "
                             "kept beside it)."), cmd_restore)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file to restore"))
    group = sub.add_mutually_exclusive_group()
    group.add_argument("--backup", type=Path, metavar="FILE",
                       help=translate("Cli", "backup to restore (default: the newest)"))
    group.add_argument("--list", action="store_true", help=translate("Cli", "list the backups and exit"))
