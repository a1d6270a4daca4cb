"""Read customers where they live: Parquet files, DuckDB database files, PostgreSQL.

Pure functions from a :class:`~workbench.domain.warehouse.DatabaseSource` to the same
:class:`~workbench.ingest.table.RawTable` a spreadsheet gives, so the import that
follows (roles, customer key, conversion, storing) is the one every file goes through.
No project SQL and no Qt here: the SQL below is sent to the *source's* engine.

- Parquet (a file, or a folder of files read as one table) and DuckDB files are read
  through DuckDB, the database file opened read-only.
- PostgreSQL is read with psycopg 3 through a server-side (named) cursor, a block of
  :data:`~workbench.domain.warehouse.BLOCK_ROWS` rows at a time, in a read-only
  transaction. The password is handed to the driver on its own, never put back into
  the URL, and never appears in a message.

Values arrive as Python str, int, float, bool, date, datetime or time (None when
missing): the engine itself turns decimals into floats, NaN into missing, times with a
zone into UTC and anything else (JSON, arrays, UUIDs, intervals) into text. A whole
read or a sample is kept as the engine's Arrow blocks (DuckDB's record batches; each
PostgreSQL block typed by Arrow), not as one Python object per cell: see
:class:`~workbench.ingest.columnar.ColumnarRows`, which gives the same values, and lets
the import take the rows a block at a time with dates already written as ISO text and
numbers as floats by Arrow's C loops.

A big source is sampled *by the engine*, seeded and deterministic: each row's key is
``md5("<seed>|" + the row as JSON text)`` and a random sample of n keeps the n rows with
the smallest keys; a stratified sample keeps, in every stratum, the rows with the
smallest keys up to the stratum's share (proportional allocation by largest remainder,
at least one row per non-empty stratum). The same seed on the same rows gives the same
sample on every run, in any order the engine happens to scan them.
"""

from __future__ import annotations

import contextlib
import getpass
import math
import tempfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.domain.warehouse import (
    BLOCK_ROWS,
    DUCKDB,
    DUCKDB_SUFFIXES,
    PARQUET,
    PARQUET_SUFFIXES,
    POSTGRESQL,
    POSTGRESQL_SCHEMES,
    DatabaseSource,
    SampleSpec,
    SamplingRecord,
    strip_password,
    url_password,
)
from workbench.errors import InputFileError, OperationCancelled
from workbench.i18n import format_number, translate
from workbench.ingest.columnar import ColumnarRows
from workbench.ingest.table import RawTable
from workbench.progress import Task, ensure_task

#: Seconds to wait for a PostgreSQL server to answer before giving up.
CONNECT_TIMEOUT = 10
#: A stratified sample is drawn by a column with at most this many distinct values.
MAX_STRATA = 1000
#: Tables listed by name when the one asked for does not exist.
LISTED_TABLES = 30
#: The stratum of rows whose stratifying value is missing.
EMPTY_STRATUM = ""
#: How the import names itself to a PostgreSQL server (pg_stat_activity.application_name).
APPLICATION_NAME = "Persona Workbench"

_KEY, _RANK, _STRATUM = "__workbench_key", "__workbench_rank", "__workbench_stratum"


@dataclass
class DatabaseTable(RawTable):
    """A RawTable read from a database source; messages name the source, not a file."""

    source: DatabaseSource | None = None

    @property
    def where(self) -> str:
        return self.source.display_name if self.source is not None else self.path.name


# --- the public functions --------------------------------------------------------------------


def guess_source(location: str, *, table: str | None = None,
                 query: str | None = None) -> DatabaseSource:
    """The DatabaseSource ``location`` names: a PostgreSQL URL, a Parquet file or folder, or
    a DuckDB file (by its suffix). Raises InputFileError when it is none of these."""
    scheme = location.split("://", 1)[0].lower() if "://" in location else ""
    if scheme in POSTGRESQL_SCHEMES:
        return DatabaseSource(POSTGRESQL, location, table=table, query=query)
    path = Path(location).expanduser()
    suffix = path.suffix.lower()
    if suffix in PARQUET_SUFFIXES or (path.is_dir() and not suffix):
        return DatabaseSource(PARQUET, location, table=table, query=query)
    if suffix in DUCKDB_SUFFIXES:
        return DatabaseSource(DUCKDB, location, table=table, query=query)
    raise InputFileError(translate(
        "Import", "{location} is not a source the workbench can read as a database: give a "
        "Parquet file or folder (.parquet, .pq), a DuckDB file (.duckdb, .ddb, .db) or a "
        "PostgreSQL URL (postgresql://user@host/database).").format(
        location=strip_password(location)), None)


def normalized(source: DatabaseSource) -> DatabaseSource:
    """``source`` as stored and compared: files by their absolute path, URLs without password.

    A DuckDB or PostgreSQL source with neither a table nor a query reads the database's
    only table (named in :attr:`SourceReader.source` once opened)."""
    if source.kind == POSTGRESQL:
        return replace(source, location=strip_password(source.location))
    return replace(source, location=str(Path(source.location).expanduser().resolve()))


def preview_source(source: DatabaseSource, *, password: str | None = None,
                   max_rows: int = 200, task: Task | None = None) -> DatabaseTable:
    """The first ``max_rows`` rows of ``source`` with inferred column roles."""
    with open_source(source, password, task=task) as reader:
        return reader.preview(max_rows)


def count_rows(source: DatabaseSource, password: str | None = None, *,
               task: Task | None = None) -> int:
    """How many rows ``source`` holds (its population), counted by the engine."""
    with open_source(source, password, task=task) as reader:
        return reader.count()


def count_strata(source: DatabaseSource, column: str, password: str | None = None, *,
                 task: Task | None = None) -> dict[str, int]:
    """Rows per value of ``column`` (as text; missing values count under ""), by the engine."""
    with open_source(source, password, task=task) as reader:
        return reader.strata(column)


def read_source(source: DatabaseSource, *, password: str | None = None, infer: bool = True,
                expected: int | None = None, task: Task | None = None) -> DatabaseTable:
    """Every row of ``source``, a block at a time; see :meth:`SourceReader.read`."""
    with open_source(source, password, task=task) as reader:
        return reader.read(infer=infer, expected=expected)


def sample_source(source: DatabaseSource, spec: SampleSpec, *, password: str | None = None,
                  population: int | None = None, strata: dict[str, int] | None = None,
                  infer: bool = True, task: Task | None = None
                  ) -> tuple[DatabaseTable, SamplingRecord]:
    """A seeded sample drawn by the engine; see :meth:`SourceReader.sample`."""
    with open_source(source, password, task=task) as reader:
        return reader.sample(spec, population=population, strata=strata, infer=infer)


@contextlib.contextmanager
def open_source(source: DatabaseSource, password: str | None = None, *,
                task: Task | None = None) -> Iterator[SourceReader]:
    """One connection to ``source`` for several steps (count, then read or sample).

    A PostgreSQL source is read in one read-only, repeatable-read transaction, so the
    population counted and the rows read come from the same snapshot. ``password``
    (else the one written in the URL) is used to connect and forgotten.
    """
    task = ensure_task(task)
    secret = password if password is not None else (
        url_password(source.location) if source.kind == POSTGRESQL else None)
    source = normalized(source)
    engine: _Engine = (_Postgres(source, secret) if source.kind == POSTGRESQL
                       else _DuckDB(source))
    del secret
    watcher = _CancelWatcher(task, engine)
    try:
        engine.connect()
        watcher.start()
        engine.columns()  # the table (or the only one), or the query, checked at once
        yield SourceReader(engine, task)
    finally:
        watcher.stop()
        engine.close()


class SourceReader:
    """The steps of reading one opened source; get one from :func:`open_source`."""

    def __init__(self, engine: _Engine, task: Task) -> None:
        self._engine = engine
        self.task = task

    @property
    def source(self) -> DatabaseSource:
        """The source as opened: files by absolute path, the URL without password."""
        return self._engine.source

    def column_names(self) -> list[str]:
        return [name for name, _ in self._engine.columns()]

    def preview(self, max_rows: int = 200) -> DatabaseTable:
        """The first ``max_rows`` rows with inferred column roles."""
        engine = self._engine
        columns = engine.columns()
        sql = (f"SELECT {engine.select_list(columns, 's')} FROM ({engine.relation()}) AS s "
               f"LIMIT {int(max_rows) + 1}")
        rows = engine.read(sql, self.task, expected=max_rows + 1)
        truncated = len(rows) > max_rows
        del rows[max_rows:]
        return _table(engine.source, self.column_names(), rows, list(range(1, len(rows) + 1)),
                      infer=True, truncated=truncated)

    def count(self) -> int:
        """How many rows the source holds (its population), counted by the engine."""
        engine = self._engine
        engine.columns()  # a missing table or a bad query is explained here
        return int(engine.query(f"SELECT count(*) FROM ({engine.relation()}) AS s")[0][0])

    def strata(self, column: str) -> dict[str, int]:
        """Rows per value of ``column`` (as text; missing values under ""), by the engine."""
        return self._engine.strata(self._engine.stratum_column(column))

    def read(self, *, infer: bool = True, expected: int | None = None) -> DatabaseTable:
        """Every row, a block at a time (``expected`` rows, when known, sizes the progress
        bar); rows numbered 1, 2, 3... in the order the engine gives them. ``infer=False``
        skips role inference (every column categorical)."""
        engine = self._engine
        columns = engine.columns()
        sql = f"SELECT {engine.select_list(columns, 's')} FROM ({engine.relation()}) AS s"
        rows = engine.read_columnar(sql, self.task, expected=expected)
        return _table(engine.source, self.column_names(), rows, list(range(1, len(rows) + 1)),
                      infer=infer)

    def sample(self, spec: SampleSpec, *, population: int | None = None,
               strata: dict[str, int] | None = None, infer: bool = True
               ) -> tuple[DatabaseTable, SamplingRecord]:
        """A seeded sample of ``spec.size`` rows drawn by the engine, and how it was drawn.

        ``population`` and ``strata`` (from :meth:`count` / :meth:`strata`) are counted
        here when not given. The rows come in the order of their sampling keys, numbered
        1, 2, 3...
        """
        engine, task = self._engine, self.task
        if spec.size < 1:
            raise InputFileError(translate(
                "Import", "A sample needs at least one row; {size} was asked for.").format(
                size=spec.size), _error_path(engine.source))
        columns = engine.columns()
        if population is None:
            population = self.count()
        size = min(spec.size, population)
        select = engine.select_list(columns, "t")
        key = f"md5('{int(spec.seed)}|' || {engine.row_text('s')})"
        message = translate("Import", "Drawing a sample of {size} rows from {source}…").format(
            size=format_number(size, 0), source=engine.source.display_name)
        task.report(0, None, message)
        if spec.stratify_by is None:
            sql = (f"SELECT {select} FROM (SELECT s.*, {key} AS {_KEY} "
                   f"FROM ({engine.relation()}) AS s) AS t "
                   f"ORDER BY t.{_KEY}{engine.binary} LIMIT {int(size)}")
            rows = engine.read_columnar(sql, task, expected=size, message=message)
            record = SamplingRecord(method="random", size=len(rows), population=population,
                                    seed=spec.seed)
        else:
            column = engine.stratum_column(spec.stratify_by)
            if strata is None:
                strata = engine.strata(column)
            quotas = allocate(strata, size, column=column)
            stratum = f"coalesce(CAST(s.{_quote(column)} AS TEXT), '{EMPTY_STRATUM}')"
            values = ", ".join(f"({_literal(value)}, {int(quota)})"
                               for value, quota in quotas.items())
            sql = (f"SELECT {select} FROM (SELECT s.*, {stratum} AS {_STRATUM}, {key} AS {_KEY}, "
                   f"row_number() OVER (PARTITION BY {stratum} ORDER BY {key}{engine.binary}) "
                   f"AS {_RANK} FROM ({engine.relation()}) AS s) AS t "
                   f"JOIN (VALUES {values}) AS q(stratum, quota) ON t.{_STRATUM} = q.stratum "
                   f"WHERE t.{_RANK} <= q.quota ORDER BY t.{_KEY}{engine.binary}")
            rows = engine.read_columnar(sql, task, expected=size, message=message)
            record = SamplingRecord(
                method="stratified", size=len(rows), population=population, seed=spec.seed,
                strata=column,
                by_stratum={value: [count, quotas.get(value, 0)]
                            for value, count in sorted(strata.items())})
        table = _table(engine.source, self.column_names(), rows, list(range(1, len(rows) + 1)),
                       infer=infer)
        return table, record


def allocate(strata: dict[str, int], size: int, *, column: str = "") -> dict[str, int]:
    """Rows to draw from each stratum: proportional to its population, by largest remainder
    so the shares sum to ``size`` exactly, and at least one row from every non-empty one.

    Ties go to the stratum named first in sorted order, so the allocation never depends on
    the order the engine listed the strata in.
    """
    filled = {value: count for value, count in sorted(strata.items()) if count > 0}
    total = sum(filled.values())
    size = min(size, total)
    if len(filled) > size:
        raise InputFileError(translate(
            "Import", "A sample of {size} rows cannot hold one row of each of the {strata} "
            "values of '{column}'. Choose a bigger sample or another column.").format(
            size=format_number(size, 0), strata=format_number(len(filled), 0), column=column),
            None, column=column or None)
    exact = {value: size * count / total for value, count in filled.items()}
    quotas = {value: min(count, max(1, math.floor(exact[value])))
              for value, count in filled.items()}
    missing = size - sum(quotas.values())
    while missing > 0:  # hand out what is left to the largest remainders first
        order = sorted((value for value in filled if quotas[value] < filled[value]),
                       key=lambda value: (-(exact[value] - quotas[value]), value))
        for value in order[:missing]:
            quotas[value] += 1
        missing = size - sum(quotas.values())
    while missing < 0:  # the at-least-one rule gave too much: take from the most over-served
        order = sorted((value for value in filled if quotas[value] > 1),
                       key=lambda value: (exact[value] - quotas[value], value))
        for value in order[:-missing]:
            quotas[value] -= 1
        missing = size - sum(quotas.values())
    return quotas


# --- building the RawTable -------------------------------------------------------------------


def _table(source: DatabaseSource, labels: list[str], rows: Sequence[list], numbers: list[int], *,
           infer: bool, truncated: bool = False) -> DatabaseTable:
    from workbench.gc_pause import paused_gc
    from workbench.ingest.headers import column_names
    from workbench.ingest.reader import detect_decimal, infer_roles

    if not rows:
        raise InputFileError(translate(
            "Import", "{source} has columns but no rows: nothing to import.").format(
            source=source.display_name), _error_path(source))
    with paused_gc():
        decimal = detect_decimal(rows)
        if infer:
            columns = infer_roles(labels, rows, decimal=decimal, complete=not truncated)
        else:
            columns = [ColumnSpec(name=name, label=label, role=ColumnRole.CATEGORICAL,
                                  position=position)
                       for position, (name, label) in enumerate(zip(column_names(labels), labels,
                                                                     strict=True))]
    return DatabaseTable(path=Path(source.location), sheet=None,
                         columns=columns, rows=rows, row_numbers=numbers, decimal=decimal,
                         header_row=0, truncated=truncated, source=source)


def _error_path(source: DatabaseSource) -> Path | None:
    return Path(source.location) if source.kind != POSTGRESQL else None


def _quote(name: str) -> str:
    """An SQL identifier, quoted (DuckDB and PostgreSQL quote alike)."""
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# --- engines ---------------------------------------------------------------------------------


class _CancelWatcher:
    """Interrupts the engine when the user cancels, even inside one long query (a sort)."""

    def __init__(self, task: Task, engine: _Engine) -> None:
        self._task, self._engine = task, engine
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="workbench-source-cancel",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()

    def _watch(self) -> None:
        while not self._done.wait(0.1):
            if self._task.cancelled:
                with contextlib.suppress(Exception):
                    self._engine.interrupt()
                return


class _Engine:
    """What the readers need of an engine; SQL is written once for DuckDB and PostgreSQL."""

    #: Appended to ORDER BY a text key so it sorts byte by byte in every locale.
    binary = ""

    def __init__(self, source: DatabaseSource) -> None:
        self.source = source
        self._columns: list[tuple[str, str]] | None = None

    # to implement
    def connect(self) -> None: ...
    def close(self) -> None: ...
    def interrupt(self) -> None: ...
    def query(self, sql: str, params: Sequence = ()) -> list[tuple]: ...
    def _describe(self) -> list[tuple[str, str]]: ...
    def _blocks(self, sql: str) -> Iterator[list[tuple]]: ...
    def _tables(self) -> list[tuple[str, str]]: ...
    def convert(self, expression: str, type_name: str) -> str: ...
    def row_text(self, alias: str) -> str: ...
    def relation(self) -> str: ...
    def engine_failure(self, error: Exception, read: int | None) -> InputFileError: ...

    # shared
    def columns(self) -> list[tuple[str, str]]:
        """(name, engine type) of every column the source gives."""
        if self._columns is None:
            self._columns = self._describe()
            seen: set[str] = set()
            for name, _ in self._columns:
                if name in seen:
                    raise InputFileError(translate(
                        "Import", "The query on {source} gives two columns named '{column}'. "
                        "Give them different names (… AS another_name) and try again.").format(
                        source=self.source.display_name, column=name), _error_path(self.source),
                        column=name)
                seen.add(name)
        return self._columns

    def select_list(self, columns: list[tuple[str, str]], alias: str) -> str:
        return ", ".join(f"{self.convert(f'{alias}.{_quote(name)}', kind)} AS {_quote(name)}"
                         for name, kind in columns)

    def stratum_column(self, column: str) -> str:
        names = [name for name, _ in self.columns()]
        if column in names:
            return column
        folded = [name for name in names if name.casefold() == column.casefold()]
        if len(folded) == 1:
            return folded[0]
        raise InputFileError(translate(
            "Import", "{source} has no column named '{column}' to stratify by. Its columns are: "
            "{columns}.").format(source=self.source.display_name, column=column,
                                 columns=", ".join(names)), _error_path(self.source), column=column)

    def strata(self, column: str) -> dict[str, int]:
        stratum = f"coalesce(CAST(s.{_quote(column)} AS TEXT), '{EMPTY_STRATUM}')"
        rows = self.query(f"SELECT {stratum}, count(*) FROM ({self.relation()}) AS s "
                          f"GROUP BY 1 LIMIT {MAX_STRATA + 1}")
        if len(rows) > MAX_STRATA:
            raise InputFileError(translate(
                "Import", "'{column}' has more than {limit} different values in {source}: a "
                "stratified sample needs a column with fewer groups (a region, a segment, a "
                "plan).").format(column=column, limit=format_number(MAX_STRATA, 0),
                                 source=self.source.display_name),
                _error_path(self.source), column=column)
        return {str(value): int(count) for value, count in rows}

    def read(self, sql: str, task: Task, *, expected: int | None = None,
             message: str | None = None) -> list[list]:
        """Every row ``sql`` returns, a block at a time, reporting progress and cancel."""
        reading = translate("Import", "Reading {source}…").format(source=self.source.display_name)
        rows: list[list] = []
        try:
            for block in self._blocks(sql):
                rows.extend(map(list, block))
                task.report(len(rows), expected, message or reading)
        except OperationCancelled:
            raise
        except Exception as error:
            if task.cancelled:
                task.check()
            raise self.engine_failure(error, len(rows)) from None
        return rows

    def read_columnar(self, sql: str, task: Task, *, expected: int | None = None,
                      message: str | None = None) -> ColumnarRows:
        """:meth:`read` kept as Arrow blocks (see :mod:`workbench.ingest.columnar`): the
        same rows, in the same order, without a Python object per cell."""
        reading = translate("Import", "Reading {source}…").format(source=self.source.display_name)
        rows = ColumnarRows(len(self.columns()))
        try:
            for block in self._arrow_blocks(sql, rows):
                task.report(len(rows), expected, message or reading)
                del block
        except OperationCancelled:
            raise
        except Exception as error:
            if task.cancelled:
                task.check()
            raise self.engine_failure(error, len(rows)) from None
        return rows

    def _arrow_blocks(self, sql: str, rows: ColumnarRows) -> Iterator[object]:
        """Add each block of ``sql``'s rows to ``rows``, yielding after each one."""
        for block in self._blocks(sql):
            rows.add_rows(block)
            yield block

    def table_reference(self) -> str:
        """The quoted, schema-qualified name of the table asked for, or a clear error."""
        wanted = self.source.table or ""
        tables = self._tables()
        shown = [name if schema in ("main", "public") else f"{schema}.{name}"
                 for schema, name in tables]
        if not wanted and len(tables) == 1:  # the only table needs no name
            self.source = replace(self.source, table=shown[0])
            return f"{_quote(tables[0][0])}.{_quote(tables[0][1])}"
        for matches in (lambda text: text == wanted,
                        lambda text: text.casefold() == wanted.casefold()):
            found = [(schema, name) for (schema, name), text in zip(tables, shown, strict=True)
                     if matches(text) or matches(f"{schema}.{name}")]
            if len(found) == 1:
                schema, name = found[0]
                return f"{_quote(schema)}.{_quote(name)}"
        if not tables:
            raise InputFileError(translate(
                "Import", "{place} has no tables. Choose another database or write a query."
            ).format(place=self.place()), _error_path(self.source))
        listed = ", ".join(shown[:LISTED_TABLES]) + ("…" if len(shown) > LISTED_TABLES else "")
        if not wanted:
            raise InputFileError(translate(
                "Import", "{place} has {count} tables: {tables}. Choose one, or write a query."
            ).format(place=self.place(), count=len(shown), tables=listed),
                _error_path(self.source))
        raise InputFileError(translate(
            "Import", "{place} has no table named '{table}'. Its tables are: {tables}.").format(
            place=self.place(), table=wanted, tables=listed), _error_path(self.source))

    def place(self) -> str:
        """The database without the table: "crm.duckdb", "postgresql://ann@db/crm"."""
        if self.source.kind == POSTGRESQL:
            return strip_password(self.source.location)
        return Path(self.source.location).name


class _DuckDB(_Engine):
    """Parquet files and DuckDB database files, read through an embedded DuckDB."""

    _PLAIN = frozenset({"BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
                        "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "VARCHAR",
                        "DATE", "TIME", "TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS",
                        "TIMESTAMP_NS"})

    def connect(self) -> None:
        import duckdb

        path = Path(self.source.location)
        self._files: list[Path] = []
        if self.source.kind == PARQUET:
            self._files = _parquet_files(path)
            self._conn = duckdb.connect()
        else:
            _check_duckdb_file(path)
            try:
                self._conn = duckdb.connect(str(path), read_only=True)
            except duckdb.Error as error:
                raise InputFileError(translate(
                    "Import", "{file} could not be opened as a DuckDB database: {reason}").format(
                    file=path.name, reason=_first_line(error)), path) from None
        spill = Path(tempfile.gettempdir()) / "persona-workbench-duckdb"
        with contextlib.suppress(Exception):
            self._conn.execute(f"SET temp_directory = {_literal(str(spill))}")

    def close(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()

    def interrupt(self) -> None:
        self._conn.interrupt()

    def relation(self) -> str:
        if self.source.kind == PARQUET:
            files = ", ".join(_literal(str(file)) for file in self._files)
            return f"SELECT * FROM read_parquet([{files}], union_by_name = true)"
        if self.source.query:
            return _query_text(self.source.query)
        return f"SELECT * FROM {self._table}"

    def _describe(self) -> list[tuple[str, str]]:
        if self.source.kind == DUCKDB and not self.source.query:
            self._table = self.table_reference()
        try:
            relation = self._conn.sql(f"SELECT * FROM ({self.relation()}) AS s")
            return [(name, str(kind)) for name, kind in
                    zip(relation.columns, relation.types, strict=True)]
        except Exception as error:
            raise self.engine_failure(error, None) from None

    def _tables(self) -> list[tuple[str, str]]:
        return [(schema, name) for schema, name in self._conn.execute(
            "SELECT table_schema, table_name FROM information_schema.tables "
            "WHERE table_schema NOT IN ('information_schema', 'pg_catalog') "
            "ORDER BY table_schema <> 'main', table_schema, table_name").fetchall()]

    def query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        try:
            return self._conn.execute(sql, list(params)).fetchall()
        except Exception as error:
            raise self.engine_failure(error, None) from None

    def _blocks(self, sql: str) -> Iterator[list[tuple]]:
        cursor = self._conn.execute(sql)
        while block := cursor.fetchmany(BLOCK_ROWS):
            yield block

    def _arrow_blocks(self, sql: str, rows: ColumnarRows) -> Iterator[object]:
        relation = self._conn.sql(sql)
        # DuckDB 1.x calls it fetch_arrow_reader
        opened = getattr(relation, "to_arrow_reader", None) or relation.fetch_arrow_reader
        reader = opened(BLOCK_ROWS)
        try:
            for batch in reader:
                rows.add_batch(batch)
                yield batch
        finally:
            reader.close()

    def convert(self, expression: str, type_name: str) -> str:
        kind = type_name.upper()
        if kind in self._PLAIN:
            return expression
        if kind in ("FLOAT", "DOUBLE"):
            return f"CASE WHEN isnan({expression}) THEN NULL ELSE CAST({expression} AS DOUBLE) END"
        if kind.startswith("DECIMAL"):
            return f"CAST({expression} AS DOUBLE)"
        if kind in ("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ"):
            return f"timezone('UTC', {expression})"
        return f"CAST({expression} AS VARCHAR)"

    def row_text(self, alias: str) -> str:
        return f"CAST(to_json({alias}) AS VARCHAR)"

    def engine_failure(self, error: Exception, read: int | None) -> InputFileError:
        path = Path(self.source.location)
        if self.source.kind == PARQUET:
            return InputFileError(translate(
                "Import", "{file} could not be read as Parquet: {reason}").format(
                file=path.name, reason=_first_line(error)), path)
        if self.source.query:
            return InputFileError(translate(
                "Import", "The query on {place} failed: {reason}").format(
                place=self.place(), reason=_first_line(error)), path)
        return InputFileError(translate(
            "Import", "{source} could not be read: {reason}").format(
            source=self.source.display_name, reason=_first_line(error)), path)


class _Postgres(_Engine):
    """A PostgreSQL server reached by URL, read through a named (server-side) cursor."""

    binary = ' COLLATE "C"'
    # bool, int2, int4, int8, text, varchar, bpchar, name, char, date, timestamp, time
    _PLAIN = frozenset({"16", "21", "23", "20", "25", "1043", "1042", "19", "18", "1082",
                        "1114", "1083"})
    _FLOAT = frozenset({"700", "701"})
    _NUMERIC = frozenset({"1700", "790"})
    _ZONED = "1184"

    def __init__(self, source: DatabaseSource, password: str | None) -> None:
        super().__init__(source)
        self._password = password
        self._conn = None

    def _who(self) -> tuple[str, str, str]:
        """(user, host, database) the URL names, for messages."""
        from psycopg.conninfo import conninfo_to_dict

        try:
            info = conninfo_to_dict(self.source.location)
        except Exception:
            info = {}
        user = str(info.get("user") or _os_user())
        host = str(info.get("host") or "localhost")
        if info.get("port"):
            host = f"{host}:{info['port']}"
        return user, host, str(info.get("dbname") or user)

    def connect(self) -> None:
        import psycopg

        location = self.source.location
        if location.split("://", 1)[0].lower() not in POSTGRESQL_SCHEMES:
            raise InputFileError(translate(
                "Import", "'{url}' is not a PostgreSQL connection URL: it should look like "
                "postgresql://user@host:5432/database.").format(url=location), None)
        user, host, _ = self._who()
        extra = {"password": self._password} if self._password else {}
        try:
            self._conn = psycopg.connect(location, connect_timeout=CONNECT_TIMEOUT,
                                         application_name=APPLICATION_NAME, **extra)
            self._conn.read_only = True
            self._conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        except psycopg.Error as error:
            reason = self._scrub(_first_line(error))
            lowered = reason.lower()
            if "password authentication failed" in lowered and self._password:
                message = translate(
                    "Import", "PostgreSQL refused the password for user {user} on host {host}. "
                    "Check the password and try again.")
            elif "password" in lowered and ("no password" in lowered or "authentication failed"
                                           in lowered):
                message = translate(
                    "Import", "PostgreSQL on host {host} asks for the password of user {user}. "
                    "Give it and try again.")
            else:
                message = translate(
                    "Import", "Could not connect to PostgreSQL on host {host} as user {user}: "
                    "{reason}")
            raise InputFileError(message.format(user=user, host=host, reason=reason),
                                 None) from None

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()

    def interrupt(self) -> None:
        cancel = getattr(self._conn, "cancel_safe", None) or self._conn.cancel
        cancel()

    def relation(self) -> str:
        if self.source.query:
            return _query_text(self.source.query)
        return f"SELECT * FROM {self._table}"

    def _describe(self) -> list[tuple[str, str]]:
        if not self.source.query:
            self._table = self.table_reference()
        try:
            with self._conn.cursor() as cursor:
                cursor.execute(f"SELECT * FROM ({self.relation()}) AS s LIMIT 0")
                return [(column.name, str(column.type_code)) for column in cursor.description]
        except Exception as error:
            self._rollback()
            raise self.engine_failure(error, None) from None

    def _tables(self) -> list[tuple[str, str]]:
        return [(schema, name) for schema, name in self.query(
            "SELECT table_schema, table_name FROM information_schema.tables "
            "WHERE table_schema NOT IN ('information_schema', 'pg_catalog') "
            "ORDER BY table_schema <> 'public', table_schema, table_name")]

    def query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        try:
            with self._conn.cursor() as cursor:
                cursor.execute(sql, tuple(params) or None)
                return cursor.fetchall()
        except Exception as error:
            self._rollback()
            raise self.engine_failure(error, None) from None

    def _rollback(self) -> None:
        with contextlib.suppress(Exception):
            self._conn.rollback()

    def _blocks(self, sql: str) -> Iterator[list[tuple]]:
        with self._conn.cursor(name="workbench_import") as cursor:
            cursor.itersize = BLOCK_ROWS
            cursor.execute(sql)
            while block := cursor.fetchmany(BLOCK_ROWS):
                yield block

    def convert(self, expression: str, type_name: str) -> str:
        if type_name in self._PLAIN:
            return expression
        if type_name in self._FLOAT:
            return f"NULLIF(CAST({expression} AS float8), 'NaN'::float8)"
        if type_name in self._NUMERIC:
            return f"NULLIF(CAST(CAST({expression} AS numeric) AS float8), 'NaN'::float8)"
        if type_name == self._ZONED:
            return f"({expression} AT TIME ZONE 'UTC')"
        return f"CAST({expression} AS text)"

    def row_text(self, alias: str) -> str:
        return f"CAST(row_to_json({alias}) AS text)"

    def engine_failure(self, error: Exception, read: int | None) -> InputFileError:
        import psycopg

        state = getattr(error, "sqlstate", None) or ""
        lost = isinstance(error, psycopg.OperationalError | psycopg.InterfaceError) and (
            self._conn is None or self._conn.closed or self._conn.broken
            or state.startswith("08") or state in ("57P01", "57P02", "57P03"))
        if lost:
            return InputFileError(translate(
                "Import", "The connection to {place} was lost after {rows} rows; nothing was "
                "imported. Check the network and the server, then try again.").format(
                place=self.place(), rows=format_number(read or 0, 0)), None)
        reason = self._scrub(_first_line(error))
        if self.source.query:
            return InputFileError(translate(
                "Import", "The query on {place} failed: {reason}").format(
                place=self.place(), reason=reason), None)
        return InputFileError(translate(
            "Import", "{source} could not be read: {reason}").format(
            source=self.source.display_name, reason=reason), None)

    def _scrub(self, text: str) -> str:
        return text.replace(self._password, "•••") if self._password else text


def _parquet_files(path: Path) -> list[Path]:
    if not path.exists():
        raise InputFileError(translate(
            "Import", "{file} was not found. It may have been moved or renamed; choose it "
            "again.").format(file=path), path)
    if path.is_dir():
        files = sorted(file for file in path.rglob("*")
                       if file.is_file() and file.suffix.lower() in PARQUET_SUFFIXES)
        if not files:
            raise InputFileError(translate(
                "Import", "The folder {folder} holds no Parquet files (.parquet, .pq).").format(
                folder=path), path)
    else:
        files = [path]
    for file in files:
        with file.open("rb") as handle:
            magic = handle.read(4)
        if magic != b"PAR1":
            raise InputFileError(translate(
                "Import", "{file} is not a Parquet file. Choose a .parquet file, or import the "
                "data as CSV or XLSX.").format(file=file.name), file)
    return files


def _check_duckdb_file(path: Path) -> None:
    if not path.exists():
        raise InputFileError(translate(
            "Import", "{file} was not found. It may have been moved or renamed; choose it "
            "again.").format(file=path), path)
    if not path.is_file():
        raise InputFileError(translate(
            "Import", "{file} is a folder, not a file. Choose a file inside it.").format(
            file=path), path)
    with path.open("rb") as handle:
        header = handle.read(16)
    if header[8:12] != b"DUCK":
        raise InputFileError(translate(
            "Import", "{file} is not a DuckDB database file. Choose a file made by DuckDB "
            "(.duckdb).").format(file=path.name), path)


def _query_text(query: str) -> str:
    text = query.strip()
    while text.endswith(";"):
        text = text[:-1].rstrip()
    return text


def _first_line(error: Exception) -> str:
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "postgres"
