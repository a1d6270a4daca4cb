"""What the use cases that export a table share: the formats, the ``Exported`` record,
writing one table all or nothing, and the customer keys a table may name.

Below every exporting use case (persona, journey and retention tables), so none of them
imports another for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbench.domain.columns import ColumnRole
from workbench.errors import ExportError
from workbench.export.files import atomic_file
from workbench.export.tables import Table
from workbench.i18n import translate
from workbench.progress import Task
from workbench.settings import resolve_csv_style
from workbench.store import linking as link_store
from workbench.store import sources as source_store
from workbench.store.project_file import ProjectFile

FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class Exported:
    """What an export wrote."""

    paths: list[Path]
    pages: int = 0
    rows: int = 0
    personas: int = 0
    #: Columns left out because they hold personal data.
    left_out: list[str] = field(default_factory=list)


def customer_keys(project: ProjectFile) -> tuple[dict[int, str], bool]:
    """customer id -> the identifier the imported data gave them (first source first), and
    whether those keys are personal data (e-mail addresses used as identifiers)."""
    keys: dict[int, str] = {}
    personal = False
    for source in source_store.list_sources(project.db):
        for column in source_store.source_columns(project.db, source.id):
            if column.role is not ColumnRole.IDENTIFIER:
                continue
            # each customer's first non-empty cell, picked inside SQLite: an event log
            # holds many rows per customer
            for customer, value in link_store.first_values(project.db, source.id,
                                                           column.position):
                if customer in keys:
                    continue
                keys[customer] = str(value)
                personal = personal or "@" in keys[customer]
    return keys, personal


def write_table(table: Table, path: Path, fmt: str, task: Task, csv_style: str | None = None
                ) -> None:
    """Write ``table`` to ``path`` as "csv" or "xlsx", all or nothing (see ``atomic_file``)."""
    from workbench import APP_NAME
    from workbench.export.tables import write_csv, write_xlsx

    if fmt not in FORMATS:
        raise ExportError(translate("Export", "Unknown table format '{format}': use csv or "
                                    "xlsx.").format(format=fmt))
    style = resolve_csv_style(csv_style) if fmt == "csv" else None
    task.report(0.5, 1, translate("Export", "Writing {path}…").format(path=path.name))
    with atomic_file(path) as temporary:
        if fmt == "csv":
            write_csv(table, temporary, style)
        else:
            write_xlsx([table], temporary, creator=APP_NAME)
        task.report(1, 1, translate("Export", "Done"))
