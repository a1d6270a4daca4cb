"""The headless command line: parse arguments, call services, print results.

``workbench`` alone starts the desktop app; ``workbench PATH`` opens that
project in it; ``workbench COMMAND ...`` runs a command without a window.
Each area's commands live in their own module with a ``register(add)``
function; a new capability adds its module to ``_COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from workbench import APP_NAME, PROJECT_SUFFIX, __version__
from workbench.cli import (
    evidence,
    export,
    importing,
    journeys,
    linking,
    living,
    personas,
    project,
    report,
    retention,
    roles,
    speakers,
    trends,
    voc,
    warehouse,
)
from workbench.cli.common import Command
from workbench.errors import WorkbenchError
from workbench.i18n import translate

_COMMAND_MODULES = (project, importing, roles, linking, evidence, speakers, personas, living,
                    journeys, export, report, retention, voc, trends, warehouse)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description=translate("Cli", "{app}: customer research into data-driven buyer personas and journey "
                        "maps. Without a command, starts the desktop app (optionally on PROJECT)."
                        ).format(app=APP_NAME),
        epilog=translate("Cli", "Project files end in {suffix}. Run 'workbench COMMAND --help' for the options "
                   "of a command.").format(suffix=PROJECT_SUFFIX),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"),
                                     title=translate("Cli", "commands"))

    def add(name: str, help_text: str, func: Command) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(func=func)
        return sub

    sub = add("gui", translate("Cli", "Start the desktop app (the default when no command is given)."), None)
    sub.add_argument("project", nargs="?", type=Path, help=translate("Cli", "project file to open"))
    sub.add_argument("--sample", action="store_true",
                     help=translate("Cli", "open a copy of the bundled sample project"))
    sub.add_argument("--read-only", action="store_true",
                     help=translate("Cli", "open the project without changing it"))
    sub.add_argument("--self-test", type=Path, metavar="FOLDER", help=argparse.SUPPRESS)

    for module in _COMMAND_MODULES:
        module.register(add)
    return parser


def _known_commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._subparsers._group_actions:  # noqa: SLF001 - argparse has no public API
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    from workbench.i18n import set_language
    from workbench.settings import load_settings

    set_language(load_settings().language)
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # `workbench` and `workbench PATH` start the app: treat them as `workbench gui ...`.
    if not argv or (argv[0] not in _known_commands(parser) and argv[0] not in ("-h", "--help",
                                                                                 "--version")):
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    if args.command == "gui":
        from workbench.ui.app import run_app

        return run_app(project=args.project, sample=args.sample, readonly=args.read_only,
                       self_test=args.self_test)
    try:
        return args.func(args)
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except WorkbenchError as exc:
        print(translate("Cli", "Error: {message}").format(message=exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(translate("Cli", "Interrupted."), file=sys.stderr)
        return 130
