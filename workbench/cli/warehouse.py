"""Customers where they live: import from Parquet, DuckDB and PostgreSQL, and the
population's persona sizes scored by the company's own engine.

``workbench import`` hands a database source to :func:`import_database` (see
``importing.py``); ``workbench export --sql / --rule-json`` lives in ``export.py``;
this module registers ``workbench population``.

Passwords: a URL with a password in it is refused (it would stay in the shell's
history); the password comes from ``--password-env VAR``, else is asked for when
standard input is a terminal, else none is sent (the driver may still find one in
``PGPASSWORD`` or ``~/.pgpass``, or the server may not ask). It is handed to the
service and never printed, stored or written to the ``--json`` document.

``--json`` documents (keys in README.md):

- import: schema (``persona-workbench/import/1``), project, source (as in
  ``sources --json``), customers, documents, touchpoints, warnings, database (the
  source's kind, location without password, table, query; ``null`` for a file),
  sampling (size, population, method, seed, strata, by_stratum; ``null`` when every
  row was imported);
- population: schema (``persona-workbench/population/1``), project, set_id, note,
  imported_at, sample (customers in the persona set), population (customers the
  engine scored; ``null`` before counts are imported), personas (persona, name,
  sample, sample_share, population, population_share).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import Any

from workbench.cli.common import AddCommand, _out, _progress_printer, count
from workbench.errors import WorkbenchError
from workbench.i18n import translate

IMPORT_SCHEMA = "persona-workbench/import/1"
POPULATION_SCHEMA = "persona-workbench/population/1"
#: Rows read for ``--dry-run`` of a database source.
_PREVIEW_ROWS = 200


def database_source(text: str, table: str | None, query: str | None):
    """The :class:`DatabaseSource` SOURCE names, or None for a spreadsheet/text file.

    A PostgreSQL URL, a Parquet file or folder, or a DuckDB file. Clear errors for a
    password written in the URL and for --table/--query where they cannot apply.
    """
    from workbench.domain.warehouse import (
        DUCKDB,
        DUCKDB_SUFFIXES,
        PARQUET,
        PARQUET_SUFFIXES,
        POSTGRESQL,
        POSTGRESQL_SCHEMES,
        DatabaseSource,
        url_password,
    )

    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme in POSTGRESQL_SCHEMES:
        if url_password(text) is not None or _password_parameter(text):
            raise WorkbenchError(translate(
                "Cli", "Don't write the password in the URL: it would stay in your shell "
                "history. Use --password-env VAR or type it when asked."))
        if not (table or query):
            raise WorkbenchError(translate(
                "Cli", "Say what to read from {url}: --table NAME (a table or view, "
                "schema.table allowed) or --query \"SELECT …\".").format(url=text))
        return DatabaseSource(POSTGRESQL, text, table=table, query=query)
    if scheme:
        raise WorkbenchError(translate(
            "Cli", "'{scheme}://' sources are not supported: import a file, a Parquet folder, "
            "a DuckDB file or a PostgreSQL URL (postgresql://user@host:port/database)."
        ).format(scheme=scheme))
    path = Path(text)
    suffix = path.suffix.lower()
    if suffix in PARQUET_SUFFIXES or (path.is_dir() and suffix not in DUCKDB_SUFFIXES):
        if table or query:
            raise WorkbenchError(translate(
                "Cli", "{name} is Parquet: it is read whole, without --table or --query."
            ).format(name=path.name))
        return DatabaseSource(PARQUET, str(path), None, None)
    if suffix in DUCKDB_SUFFIXES:
        return DatabaseSource(DUCKDB, str(path), table=table, query=query)
    if table or query:
        raise WorkbenchError(translate(
            "Cli", "--table and --query read from a DuckDB file (.duckdb, .ddb, .db) or a "
            "PostgreSQL URL; {name} is neither.").format(name=path.name))
    return None


def _password_parameter(url: str) -> bool:
    """True when the URL carries a password as a parameter (``?password=…``)."""
    from urllib.parse import parse_qs, urlsplit

    return any(key.lower() == "password" for key in parse_qs(urlsplit(url).query))


def password_for(source, variable: str | None) -> str | None:
    """The password for a PostgreSQL source: from --password-env, else asked for on a
    terminal, else None (the driver's own PGPASSWORD / .pgpass, or no password)."""
    from workbench.domain.warehouse import POSTGRESQL

    if variable:
        if source.kind != POSTGRESQL:
            raise WorkbenchError(translate(
                "Cli", "--password-env is for PostgreSQL URLs; {name} needs no password."
            ).format(name=source.display_name))
        value = os.environ.get(variable)
        if value is None:
            raise WorkbenchError(translate(
                "Cli", "The environment variable {variable} is not set: set it to the "
                "password, or leave out --password-env to type the password when asked."
            ).format(variable=variable))
        return value
    if source.kind != POSTGRESQL or not _interactive():
        return None
    import getpass

    typed = getpass.getpass(translate("Cli", "Password for {where} (Enter for none): ").format(
        where=source.location))
    return typed or None


def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):  # no stdin, or a closed one
        return False


def sample_spec(args: argparse.Namespace):
    """The SampleSpec of --sample/--stratify/--seed, or None."""
    from workbench.domain.warehouse import SampleSpec

    if args.sample is None:
        if args.stratify is not None or args.seed is not None:
            raise WorkbenchError(translate(
                "Cli", "--stratify and --seed shape a sample: add --sample N (how many rows to "
                "keep)."))
        return None
    if args.sample < 1:
        raise WorkbenchError(translate("Cli", "--sample takes a number of rows above 0; got "
                                       "{n}.").format(n=count(args.sample)))
    return SampleSpec(size=args.sample, seed=args.seed if args.seed is not None else 0,
                      stratify_by=args.stratify)


def _threshold() -> int:
    from workbench.settings import load_settings

    return load_settings().sample_threshold


def _refuse_unsampled(source, population: int) -> None:
    """Above the Preferences threshold, an import without --sample or --all is refused."""
    from workbench.services.importing import needs_sample
    from workbench.settings import load_settings

    if needs_sample(population, load_settings()):
        raise WorkbenchError(translate(
            "Cli", "{name} holds {rows} rows, more than the {threshold} a project takes "
            "without sampling (Preferences). Import a sample with --sample N (for example "
            "--sample {suggested}; --stratify COLUMN keeps the shares of a column's values, "
            "--seed N draws another sample), or add --all to import every row anyway."
        ).format(name=source.display_name, rows=_number(population),
                 threshold=_number(_threshold()), suggested=count(min(_threshold(), 500_000))))


def cmd_import_database(args: argparse.Namespace, source, roles: dict[str, str],
                        customer_key: str | None) -> int:
    """``workbench import`` of a Parquet, DuckDB or PostgreSQL source."""
    from workbench.progress import Task
    from workbench.services.importing import import_database, preview_database
    from workbench.services.project import open_project

    if args.sheet or args.encoding or args.delimiter or args.decimal or args.header_rows:
        raise WorkbenchError(translate(
            "Cli", "--sheet, --encoding, --delimiter, --decimal and --header-rows read "
            "spreadsheets and text files; {name} is a database source.").format(
            name=source.display_name))
    sample = sample_spec(args)
    if sample is not None and args.all:
        raise WorkbenchError(translate("Cli", "Choose --sample N or --all, not both."))
    password = password_for(source, args.password_env)
    as_events = True if args.events else (False if args.no_events else None)
    show_progress = not args.quiet and sys.stderr.isatty()
    if args.dry_run:
        with _hints(source, password):
            return _dry_run(args, source, password, roles, customer_key, as_events, sample)
    with _hints(source, password):
        if sample is None and not args.all:
            # Counting first costs one query; importing 40M rows by mistake costs far more.
            _table, population = preview_database(source, password=password, max_rows=1)
            _refuse_unsampled(source, population)
        with open_project(args.project) as project:
            task = Task(_progress_printer(show_progress))
            result = import_database(project, source, password=password, sample=sample,
                                     roles=roles, customer_key=customer_key,
                                     as_events=as_events, allow_duplicate=args.again, task=task)
    if show_progress:
        print(file=sys.stderr)
    if args.json:
        from workbench.cli.json_output import write_json

        write_json(import_document(result, args.project))
        return 0
    say_imported(result)
    sampling = result.source.options.get("sampling")
    if sampling:
        from workbench.domain.warehouse import SamplingRecord
        from workbench.services.sampling import sampling_sentence

        _out(sampling_sentence(result.source.display_name, SamplingRecord.from_dict(sampling),
                               events=result.source.kind == "events"))
    return 0


@contextlib.contextmanager
def _hints(source, password: str | None):
    """Add what to type on the command line to the errors of a database source."""
    from workbench.domain.warehouse import DUCKDB, POSTGRESQL

    try:
        yield
    except WorkbenchError as error:
        hint = None
        if source.kind == DUCKDB and not (source.table or source.query):
            hint = translate("Cli", "On the command line: --table NAME or --query SQL.")
        elif source.kind == POSTGRESQL and password is None and "password" in str(error).lower():
            hint = translate("Cli", "On the command line: --password-env VAR (an environment "
                             "variable holding the password), or run the command in a terminal "
                             "to type it when asked.")
        if hint is None:
            raise
        raise WorkbenchError(f"{error} {hint}") from None


def say_imported(result) -> None:
    """The lines every import prints: the source, then what it created."""
    source = result.source
    _out(translate("Cli", "Imported {name}: {rows} rows, {columns} columns as source {id}."
                   ).format(name=source.display_name, rows=count(source.row_count),
                            columns=count(source.column_count), id=source.id))
    _out(translate("Cli", "Customers: {customers}, documents: {documents}, touchpoints: "
                   "{touchpoints}.").format(customers=count(result.customers_created),
                                            documents=count(result.documents_created),
                                            touchpoints=count(result.touchpoints_created)))
    for warning in result.warnings:
        _out(warning)


def _dry_run(args, source, password, roles, customer_key, as_events, sample) -> int:
    from workbench.services.importing import apply_role_overrides, preview_database

    table, population = preview_database(source, password=password, max_rows=_PREVIEW_ROWS)
    columns = apply_role_overrides(list(table.columns), roles, Path(source.display_name))
    _out(translate("Cli", "{name}: {rows} rows; columns and the roles they would get:").format(
        name=source.display_name, rows=_number(population)))
    for spec in columns:
        reason = f"  ({spec.reason})" if spec.reason else ""
        role = spec.role.value + (f":{spec.measure}" if spec.measure else "")
        _out(f"  {spec.label or spec.name!s:<40} {role:<12}{reason}")
    _out(customer_key_line(table, columns, args))
    if sample is not None:
        _out(translate("Cli", "A sample of {size} rows would be imported.").format(
            size=_number(min(sample.size, population))))
    else:
        from workbench.services.importing import needs_sample
        from workbench.settings import load_settings

        if needs_sample(population, load_settings()) and not args.all:
            _out(translate("Cli", "More rows than a project takes without sampling "
                           "({threshold}): the import needs --sample N or --all.").format(
                threshold=_number(_threshold())))
    return 0


def import_document(result, project: Path | str) -> dict[str, Any]:
    """The ``--json`` report of an import (file or database)."""
    from workbench.cli.source_json import source_entry

    options = result.source.options
    return {"schema": IMPORT_SCHEMA, "project": str(project),
            "source": source_entry(result.source),
            "customers": result.customers_created, "documents": result.documents_created,
            "touchpoints": result.touchpoints_created, "warnings": list(result.warnings),
            "database": options.get("database"), "sampling": options.get("sampling")}


def register_import_options(sub: argparse.ArgumentParser) -> None:
    """The options ``workbench import`` takes for database sources."""
    sub.add_argument("--table", metavar="NAME",
                     help=translate("Cli", "DuckDB file or PostgreSQL: the table or view to "
                                    "import (schema.table allowed); a DuckDB file with one table "
                                    "needs neither --table nor --query"))
    sub.add_argument("--query", metavar="SQL",
                     help=translate("Cli", "DuckDB file or PostgreSQL: import the rows of this "
                                    "SELECT query instead of a table; it is kept with the source"))
    sub.add_argument("--password-env", metavar="VAR",
                     help=translate("Cli", "PostgreSQL: read the password from this environment "
                                    "variable (default: asked for when run in a terminal; "
                                    "otherwise none, so PGPASSWORD or ~/.pgpass still work). "
                                    "Never write it in the URL; it is never stored"))
    sub.add_argument("--sample", type=int, metavar="N",
                     help=translate("Cli", "Parquet, DuckDB, PostgreSQL: import a random sample "
                                    "of N rows and record it with the source (size, seed, "
                                    "strata, population); needed when the source holds more "
                                    "rows than the threshold in Preferences (now {threshold})"
                                    ).format(threshold=_number(_threshold())))
    sub.add_argument("--stratify", metavar="COLUMN",
                     help=translate("Cli", "with --sample: a stratified sample keeping the share "
                                    "of each value of this column (each value at least one row)"))
    sub.add_argument("--seed", type=int, metavar="N",
                     help=translate("Cli", "with --sample: the random seed, so the same command "
                                    "draws the same sample (default: 0)"))
    sub.add_argument("--all", action="store_true",
                     help=translate("Cli", "import every row of a source above the sampling "
                                    "threshold, without sampling"))
    sub.add_argument("--json", action="store_true",
                     help=translate("Cli", "print the import report as JSON (UTF-8, keys "
                                    "described in README.md, sampling included) and nothing "
                                    "else"))


# --------------------------------------------------------------------------- population


def cmd_population(args: argparse.Namespace) -> int:
    from workbench.services import sql_export
    from workbench.services.export import newest_persona_set
    from workbench.services.project import open_project

    if args.note and args.import_file is None:
        raise WorkbenchError(translate("Cli", "--note describes counts being imported: use it "
                                       "with --import FILE."))
    with open_project(args.project, readonly=args.import_file is None) as project:
        set_id = args.set if args.set is not None else newest_persona_set(project).id
        if args.import_file is not None:
            sql_export.import_population_counts(project, set_id, args.import_file,
                                                note=args.note or "")
        document = population_document(sql_export.population_beside_sample(project, set_id),
                                       sql_export.population_counts(project, set_id), set_id,
                                       args.project)
    if args.json:
        from workbench.cli.json_output import write_json

        write_json(document)
        return 0
    if args.import_file is not None:
        _out(translate("Cli", "Imported the population's persona counts for persona set {id} "
                       "from {file}.").format(id=set_id, file=args.import_file.name))
    _print_population(document)
    return 0


def population_document(beside, counts, set_id: int, project: Path | str) -> dict[str, Any]:
    """Sample and population sizes per persona as a ``--json`` document.

    ``beside``: ``population_beside_sample``'s rows; ``counts``: the imported
    PopulationCounts, or None.
    """
    return {"schema": POPULATION_SCHEMA, "project": str(project), "set_id": set_id,
            "note": counts.note if counts is not None else None,
            "imported_at": counts.imported_at if counts is not None else None,
            "sample": sum(row.sample for row in beside),
            "population": counts.total if counts is not None else None,
            "personas": [{"persona": row.position, "name": row.name, "sample": row.sample,
                          "sample_share": row.sample_share, "population": row.population,
                          "population_share": row.population_share} for row in beside]}


def _print_population(document: dict[str, Any]) -> None:
    if document["population"] is None:
        _out(translate("Cli", "No population counts for persona set {id} yet. Run the exported "
                       "query in your engine ('workbench export PROJECT --sql OUT.sql --dialect "
                       "…'), save its result or its counts per persona as CSV and import them with "
                       "--import FILE."
                       ).format(id=document["set_id"]))
    header = (translate("Cli", "persona"), translate("Cli", "sample"), translate("Cli", "share"),
              translate("Cli", "population"), translate("Cli", "share"))
    names = [_persona_label(r) for r in document["personas"]]
    width = max([len(header[0]), *map(len, names)])
    _out(f"{header[0]:<{width}}  {header[1]:>12}  {header[2]:>6}  {header[3]:>14}  "
         f"{header[4]:>6}")
    for name, entry in zip(names, document["personas"], strict=True):
        _out(f"{name:<{width}}  {_count(entry['sample']):>12}  {_share(entry['sample_share']):>6}"
             f"  {_count(entry['population']):>14}  {_share(entry['population_share']):>6}"
             .rstrip())
    _out(f"{translate('Cli', 'total'):<{width}}  {_count(document['sample']):>12}  {'':>6}  "
         f"{_count(document['population']):>14}")
    if document["imported_at"]:
        _out(translate("Cli", "Population counts imported {when}{note}.").format(
            when=document["imported_at"][:16].replace("T", " "),
            note=f" ({document['note']})" if document["note"] else ""))


def _persona_label(entry: dict[str, Any]) -> str:
    if entry["persona"] < 0:
        return entry["name"]  # customers fitting no persona
    return f"{entry['persona'] + 1}. {entry['name'] or ''}".rstrip()


def _number(value: int) -> str:
    from workbench.i18n import format_number

    return format_number(value, 0)


def _count(value) -> str:
    return "—" if value is None else _number(value)


def _share(value) -> str:
    from workbench.i18n import format_number

    return "" if value is None else f"{format_number(100 * value, 1)}%"


def register(add: AddCommand) -> None:
    """Add these commands to the parser."""
    sub = add("population", translate(
        "Cli", "Persona sizes in the sample beside those the company's engine found in the "
        "whole customer base; --import reads the engine's counts back."), cmd_population)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("set", type=int, nargs="?", metavar="SET",
                     help=translate("Cli", "persona set id (default: the newest)"))
    sub.add_argument("--import", dest="import_file", type=Path, metavar="FILE",
                     help=translate("Cli", "a CSV or XLSX of what the engine returned for the "
                                    "query exported with 'workbench export --sql': its result "
                                    "(one row per customer) or its counts (persona_position or "
                                    "persona_name, and count); replaces the counts imported "
                                    "before for this set, all or nothing"))
    sub.add_argument("--note", metavar="TEXT",
                     help=translate("Cli", "with --import: where the counts come from, e.g. "
                                    "\"scored in Spark, December 2026\""))
    sub.add_argument("--json", action="store_true",
                     help=translate("Cli", "print the result as JSON (UTF-8, keys described in "
                                    "README.md) and nothing else"))


def customer_key_choice(text: str | None) -> str | None:
    """--customer-key as import_file takes it: None = infer, "" = one customer per row."""
    if text is None:
        return None
    return "" if text.strip().lower() in ("none", "-", "") else text


def customer_key_line(table, columns, args: argparse.Namespace) -> str:
    """The dry run's line saying which column identifies the customer, and why."""
    from workbench.services.importing import suggest_customer_key

    chosen = customer_key_choice(args.customer_key)
    as_events = True if args.events else (False if args.no_events else None)
    if chosen is None:
        key = suggest_customer_key(table, columns, as_events=as_events)
        column, reason = key.column, key.reason
        shown = next((c.title for c in columns if c.name == column), column)
    else:
        shown, reason = chosen or None, translate("Cli", "chosen with --customer-key")
    return translate("Cli", "Customer: {column} ({reason})").format(
        column=shown or translate("Cli", "one per row"), reason=reason)
