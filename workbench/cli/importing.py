"""Import commands: import a file, list and show sources."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli import warehouse
from workbench.cli.common import AddCommand, _out, _progress_printer, count
from workbench.errors import WorkbenchError
from workbench.i18n import translate


def _parse_roles(pairs: list[str]) -> dict[str, str]:
    roles = {}
    for pair in pairs:
        column, sep, role = pair.rpartition("=")
        if not sep or not column:
            raise WorkbenchError(translate(
                "Cli", "--roles expects COLUMN=ROLE, for example --roles \"Income=numeric\"; "
                "got '{pair}'.").format(pair=pair))
        roles[column] = role
    return roles


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.ingest.reader import ReadOptions
    from workbench.progress import Task
    from workbench.services.importing import apply_role_overrides, import_file, preview_file
    from workbench.services.project import open_project

    options = ReadOptions(sheet=args.sheet, encoding=args.encoding,
                          delimiter=_delimiter(args.delimiter), decimal=args.decimal,
                          header_rows=args.header_rows)
    roles = _parse_roles(args.roles or [])
    if args.dry_run and args.json:
        raise WorkbenchError(translate("Cli", "--dry-run prints the columns and roles as text: "
                                       "leave out --json."))
    database = warehouse.database_source(args.file, args.table, args.query)
    if database is not None:
        return warehouse.cmd_import_database(args, database, roles,
                                             warehouse.customer_key_choice(args.customer_key))
    args.file = Path(args.file)
    if args.sample is not None or args.stratify or args.seed is not None or args.all \
            or args.password_env:
        raise WorkbenchError(translate(
            "Cli", "--sample, --stratify, --seed, --all and --password-env are for Parquet, "
            "DuckDB and PostgreSQL sources; {name} is read whole.").format(name=args.file.name))
    if args.dry_run:
        table = preview_file(args.file, options)
        columns = apply_role_overrides(list(table.columns), roles, args.file)
        _out(translate("Cli", "{file}: columns and the roles they would get:").format(
            file=args.file))
        _say_sheet(args.file, table.sheet, args.sheet)
        if table.header_rows == 2:
            _out(translate("Cli", "  (two header rows, from row {row}: labels join question and "
                           "sub-header; --header-rows 1 reads one)").format(row=table.header_row))
        for spec in columns:
            reason = f"  ({spec.reason})" if spec.reason else ""
            role = spec.role.value + (f":{spec.measure}" if spec.measure else "")
            _out(f"  {spec.label or spec.name!s:<40} {role:<12}{reason}")
        _out(warehouse.customer_key_line(table, columns, args))
        return 0
    as_events = True if args.events else (False if args.no_events else None)
    with open_project(args.project) as project:
        task = Task(_progress_printer(sys.stderr.isatty() and not args.quiet))
        result = import_file(project, args.file, options, roles=roles, as_events=as_events,
                             allow_duplicate=args.again, task=task,
                             customer_key=warehouse.customer_key_choice(args.customer_key))
    if sys.stderr.isatty() and not args.quiet:
        print(file=sys.stderr)
    if args.json:
        from workbench.cli.json_output import write_json

        write_json(warehouse.import_document(result, args.project))
        return 0
    warehouse.say_imported(result)
    _say_sheet(args.file, result.source.sheet, args.sheet)
    return 0


def _say_sheet(path: Path, chosen: str | None, asked: str | None) -> None:
    """Which sheet was read when none was asked for, and the workbook's other sheets."""
    if asked is not None or chosen is None:
        return
    from workbench.ingest.reader import list_sheets

    others = [name for name in list_sheets(path) if name != chosen]
    if others:
        _out(translate("Cli", "Sheet '{sheet}' was read: it looks like the data table. Other "
                       "sheets: {others} (choose one with --sheet).").format(
            sheet=chosen, others=", ".join(others)))


def _delimiter(text: str | None) -> str | None:
    if text is None:
        return None
    return {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}.get(
        text.lower(), text)


def cmd_sources(args: argparse.Namespace) -> int:
    from workbench.services.importing import list_sources, source_columns, source_rows
    from workbench.services.project import open_project

    with open_project(args.project, readonly=True) as project:
        found = list_sources(project)
        if args.show is not None:
            chosen = next((s for s in found if s.id == args.show), None)
            if chosen is None:
                raise WorkbenchError(translate("Cli", "There is no source {id}. Run "
                                               "'workbench sources PROJECT' to list them."
                                               ).format(id=args.show))
            columns = source_columns(project, chosen.id)
            if args.json:
                from workbench.cli.json_output import write_json
                from workbench.cli.source_json import source_document

                write_json(source_document(chosen, columns,
                                           source_rows(project, chosen.id, 0, args.rows),
                                           args.project))
                return 0
            _out(chosen.display_name)
            for column in columns:
                _out(f"  {column.title:<40} {column.role.value}")
            _out("")
            header = [translate("Cli", "row")] + [c.title[:20] for c in columns]
            _out("\t".join(header))
            for row in source_rows(project, chosen.id, 0, args.rows):
                _out("\t".join(["" if v is None else str(v)[:40] for v in
                                (row[0], *row[2:])]))
            return 0
    if args.json:
        from workbench.cli.json_output import write_json
        from workbench.cli.source_json import sources_document

        write_json(sources_document(found, args.project))
        return 0
    if not found:
        _out(translate("Cli", "No sources yet. Import one with 'workbench import PROJECT FILE'."))
        return 0
    for source in found:
        _out(translate("Cli", "{id:>4}  {name}  {rows} rows × {columns} columns  {kind}  "
                       "imported {when}  sha256 {hash}").format(
            id=source.id, name=source.display_name, rows=count(source.row_count),
            columns=count(source.column_count), kind=source.kind,
            when=source.imported_at[:16].replace("T", " "), hash=source.file_hash[:12]))
    return 0


def register(add: AddCommand) -> None:
    """Add these commands to the parser."""
    sub = add("import", translate("Cli", "Import a spreadsheet or export (CSV, TSV, XLSX, ODS), "
                                  "Parquet files, a DuckDB table or a PostgreSQL table or query "
                                  "as a new source, all or nothing; big sources as a recorded "
                                  "sample."), cmd_import)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("file", metavar="SOURCE",
                     help=translate("Cli", "what to import: a CSV, TSV, XLSX or ODS file; a "
                                    ".parquet file or a folder of them; a DuckDB file (.duckdb, "
                                    ".ddb, .db); or a PostgreSQL URL "
                                    "postgresql://user@host:port/database (without password)"))
    sub.add_argument("--sheet", help=translate("Cli", "sheet to import from an XLSX/ODS file "
                                               "(default: the one that looks like the data "
                                               "table)"))
    sub.add_argument("--roles", nargs="+", metavar="COLUMN=ROLE",
                     help=translate("Cli", "set column roles by header or name; roles: "
                                    "identifier, numeric, categorical, date, free_text, channel, "
                                    "pii, outcome (a result to explain, measured per persona, "
                                    "never clustered on), measure (a survey score: measure, "
                                    "measure:nps, measure:csat:1-7, measure:ces:1-7, "
                                    "measure:rating:1-5), ignore (default: inferred)"))
    sub.add_argument("--customer-key", metavar="COLUMN",
                     help=translate("Cli", "the column that says which customer a row is about; "
                                    "'none' for one customer per row (default: inferred, shown "
                                    "by --dry-run)"))
    sub.add_argument("--encoding", help=translate("Cli", "text encoding of a CSV/TSV file "
                                                  "(default: detected)"))
    sub.add_argument("--delimiter", help=translate("Cli", "field delimiter: comma, semicolon, "
                                                   "tab, pipe or a character (default: detected)"))
    sub.add_argument("--decimal", choices=[".", ","],
                     help=translate("Cli", "decimal separator of numbers (default: detected)"))
    sub.add_argument("--header-rows", type=int, choices=[1, 2],
                     help=translate("Cli", "rows the header takes: 2 for survey exports with the "
                                    "questions above their sub-headers (labels become \"question · "
                                    "sub-header\"), 1 otherwise (default: detected)"))
    events = sub.add_mutually_exclusive_group()
    events.add_argument("--events", action="store_true",
                        help=translate("Cli", "import as touchpoint events (customer, time, "
                                       "channel, action); default: detected"))
    events.add_argument("--no-events", action="store_true",
                        help=translate("Cli", "never treat the file as touchpoint events"))
    sub.add_argument("--again", action="store_true",
                     help=translate("Cli", "import even if the same file was imported before"))
    sub.add_argument("--dry-run", action="store_true",
                     help=translate("Cli", "show the columns and inferred roles; import nothing"))
    sub.add_argument("--quiet", action="store_true",
                     help=translate("Cli", "do not show progress"))
    warehouse.register_import_options(sub)

    sub = add("sources", translate("Cli", "List the imported sources, or show one."), cmd_sources)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--show", type=int, metavar="ID",
                     help=translate("Cli", "show this source's columns and first rows"))
    sub.add_argument("--rows", type=int, default=20,
                     help=translate("Cli", "rows to show with --show (default: 20)"))
    sub.add_argument("--json", action="store_true",
                     help=translate("Cli", "print the result as JSON (UTF-8, keys described "
                                    "in README.md) and nothing else"))
