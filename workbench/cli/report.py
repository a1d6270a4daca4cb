"""Report command: the whole study as one PDF (method, persona cards, journey maps, evidence)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import AddCommand, _out, _progress_printer
from workbench.i18n import translate


def cmd_report(args: argparse.Namespace) -> int:
    from workbench.progress import Task
    from workbench.services import report
    from workbench.services.project import open_project

    target = args.pdf or args.project.with_name(f"{args.project.stem}-report.pdf")
    show_progress = sys.stderr.isatty() and not args.quiet
    with open_project(args.project, readonly=True) as project:
        task = Task(_progress_printer(show_progress))
        written = report.export_report(project, target, set_id=args.set,
                                       include_personal_data=args.include_personal_data,
                                       task=task)
    if show_progress:
        print(file=sys.stderr)
    _out(translate("Cli", "Wrote the research report to {path}").format(path=written))
    return 0


def register(add: AddCommand) -> None:
    """Add these commands to the parser."""
    sub = add("report", translate("Cli", "Write the research report: one PDF with a cover, "
                                  "contents, the method (sources, linking, clustering settings, "
                                  "stability, outcomes and measures, sampling), every persona "
                                  "card, every journey map, the evidence behind them and an "
                                  "appendix of figures, with page numbers and bookmarks."),
              cmd_report)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--pdf", type=Path, metavar="OUT",
                     help=translate("Cli", "where to write the report (default: "
                                    "PROJECT-report.pdf beside the project)"))
    sub.add_argument("--set", type=int, metavar="ID",
                     help=translate("Cli", "the persona set to report (ids as shown by "
                                    "'workbench persona-sets PROJECT'); default: the newest"))
    sub.add_argument("--include-personal-data", action="store_true",
                     help=translate("Cli", "name the customers and documents behind quotes; left "
                                    "out by default because they are personal data"))
    sub.add_argument("--quiet", action="store_true",
                     help=translate("Cli", "do not show progress"))
