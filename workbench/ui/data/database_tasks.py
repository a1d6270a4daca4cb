"""The core work of the database import dialog (no Qt here): which source the user means,
its preview and population, its tables, and the import on the worker's own connection.

Each function that reads takes ``task=`` and is run by :class:`workbench.ui.worker.Worker`
(directly or through ``MainWindow.run_task``). Passwords only pass through: they are
handed to the services and never kept here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.domain.sources import ImportResult
from workbench.domain.warehouse import (
    DUCKDB,
    DUCKDB_SUFFIXES,
    PARQUET,
    PARQUET_SUFFIXES,
    POSTGRESQL,
    POSTGRESQL_SCHEMES,
    DatabaseSource,
    strip_password,
    url_password,
)
from workbench.errors import InputFileError
from workbench.i18n import translate
from workbench.progress import Task
from workbench.services import importing
from workbench.store.project_file import ProjectFile

#: Rows shown by the dialog's preview.
PREVIEW_ROWS = 200


def source_kind(text: str) -> str | None:
    """PARQUET, DUCKDB or POSTGRESQL for what the user typed or chose; None when unknown."""
    text = text.strip()
    if "://" in text:
        scheme = text.split("://", 1)[0].lower()
        return POSTGRESQL if scheme in POSTGRESQL_SCHEMES else None
    if not text:
        return None
    path = Path(text).expanduser()
    suffix = path.suffix.lower()
    if suffix in PARQUET_SUFFIXES:
        return PARQUET
    if suffix in DUCKDB_SUFFIXES:
        return DUCKDB
    if path.is_dir():
        return PARQUET  # a folder of Parquet files
    return None


def split_password(text: str) -> tuple[str, str | None]:
    """(the URL without its password, the password written in it or None)."""
    text = text.strip()
    if "://" not in text:
        return text, None
    return strip_password(text), url_password(text)


def make_source(text: str, *, table: str | None = None, query: str | None = None
                ) -> DatabaseSource:
    """The :class:`DatabaseSource` the dialog's fields describe; a clear error otherwise."""
    location = text.strip()
    kind = source_kind(location)
    if kind is None:
        raise InputFileError(translate(
            "DatabaseImport", "{source} is not a source the workbench can read: give a "
            "PostgreSQL URL (postgresql://user@host:5432/database), a DuckDB file (.duckdb, "
            ".ddb, .db) or a Parquet file or folder.").format(source=strip_password(location)
                                                               or "—"))
    table = (table or "").strip() or None
    query = (query or "").strip() or None
    if kind == PARQUET:
        return DatabaseSource(PARQUET, str(Path(location).expanduser()))
    if kind == DUCKDB:
        return DatabaseSource(DUCKDB, str(Path(location).expanduser()), table=table,
                              query=None if table else query)
    if not (table or query):
        raise InputFileError(translate(
            "DatabaseImport", "Say what to read from {source}: choose a table or write a "
            "query.").format(source=strip_password(location)))
    return DatabaseSource(POSTGRESQL, strip_password(location), table=table,
                          query=None if table else query)


@dataclass
class DatabasePreview:
    """What the dialog shows: the first rows with inferred roles and the population."""

    source: DatabaseSource
    table: object  # workbench.ingest.table.RawTable
    population: int


def read_database_preview(source: DatabaseSource, *, password: str | None, task: Task,
                          max_rows: int = PREVIEW_ROWS) -> DatabasePreview:
    """The first ``max_rows`` rows of ``source`` and how many rows it holds."""
    table, population = importing.preview_database(source, password=password,
                                                   max_rows=max_rows, task=task)
    return DatabasePreview(source, table, int(population))


#: Until the import service lists tables itself: the tables and views of a DuckDB file or a
#: PostgreSQL database, read through the ordinary preview (both engines know this catalogue).
_TABLES_QUERY = ("SELECT table_schema, table_name FROM information_schema.tables "
                 "WHERE table_schema NOT IN ('information_schema', 'pg_catalog') "
                 "ORDER BY table_schema, table_name")
MAX_TABLES = 500


def list_tables(source: DatabaseSource, *, password: str | None, task: Task) -> list[str]:
    """The tables (and views) of a DuckDB file or PostgreSQL database, for the chooser:
    "customers", or "schema.table" outside the default schema."""
    if source.kind == PARQUET:
        return []
    lister = getattr(importing, "database_tables", None)
    if lister is not None:
        return list(lister(source, password=password))
    catalogue = DatabaseSource(source.kind, source.location, query=_TABLES_QUERY)
    table, _count = importing.preview_database(catalogue, password=password,
                                               max_rows=MAX_TABLES, task=task)
    return [str(name) if schema in ("main", "public") else f"{schema}.{name}"
            for schema, name in (row[:2] for row in table.rows)]


def import_database_on_own_connection(project: ProjectFile, source: DatabaseSource, *,
                                      task: Task, **kwargs) -> ImportResult:
    """``services.importing.import_database`` on a connection of this thread (as the file
    import does: the window's connection stays free for the views meanwhile)."""
    with project.on_own_connection() as worker_project:
        return importing.import_database(worker_project, source, task=task, **kwargs)


def scrub(text: str, password: str | None) -> str:
    """``text`` with the password masked, should an error message ever quote it."""
    if password and text:
        return text.replace(password, "••••")
    return text
