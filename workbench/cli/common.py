"""What every command module shares: output, progress, the command type."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

#: A command: parsed arguments in, exit status out.
Command = Callable[[argparse.Namespace], int]
#: Adds a sub-command: add(name, help, command) -> its parser.
AddCommand = Callable[[str, str, "Command | None"], argparse.ArgumentParser]


def count(value: int | None) -> str:
    """A count in the current language, with its thousands separator (1,000,000 · 1.000.000)."""
    from workbench.i18n import format_number

    return "—" if value is None else format_number(value, 0)


def _out(text: str = "") -> None:
    print(text, flush=True)


def _progress_printer(enabled: bool):
    """A progress callback printing whole percentages to stderr on one line."""
    if not enabled:
        return None
    last = [-1]

    def show(done: float, total: float | None, message: str) -> None:
        if total:
            percent = int(100 * done / total)
            if percent != last[0]:
                last[0] = percent
                print(f"\r{percent:3d}% {message:<40}", end="", file=sys.stderr, flush=True)

    return show
