"""Evidence commands: import documents, the code book, codings, search."""

from __future__ import annotations

from workbench.cli.common import AddCommand


def register(add: AddCommand) -> None:
    """Add this module's commands to the parser."""
