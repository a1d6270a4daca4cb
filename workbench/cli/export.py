"""Export command: persona cards, journey maps and their tables, editable slides of both, and a
persona set's assignment rule as SQL or JSON for the company's engine."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import AddCommand, _out, _progress_printer, count
from workbench.domain.warehouse import SQL_DIALECTS
from workbench.export.tables import CSV_STYLES
from workbench.i18n import translate
from workbench.settings import csv_style


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.progress import Task
    from workbench.services import export as exporting
    from workbench.services.project import open_project

    if args.trends and (args.journey is not None or args.csv or args.xlsx or args.pptx):
        from workbench.errors import WorkbenchError

        raise WorkbenchError(translate("Cli", "--trends adds the Trends pages to persona cards: "
                                       "use it with --pdf or --png, without --journey."))
    if args.sql or args.rule_json:
        return _export_rule(args)
    if args.pptx:
        return _export_slides(args)
    if args.dialect or args.id_column or args.column:
        from workbench.errors import WorkbenchError

        raise WorkbenchError(translate("Cli", "--dialect, --id-column and --column shape the "
                                       "persona rule: use them with --sql OUT.sql or "
                                       "--rule-json OUT.json."))
    args.table = _table_choice(args.table)
    if args.journey is not None:
        return _export_journey(args)
    if not (args.pdf or args.png or args.csv or args.xlsx):
        # Just a project path: the persona cards as a PDF beside the project.
        args.pdf = args.project.with_name(f"{args.project.stem}-personas.pdf")
    show_progress = sys.stderr.isatty() and not args.quiet
    with open_project(args.project, readonly=True) as project:
        set_id = args.personas if args.personas is not None else \
            exporting.newest_persona_set(project).id
        task = Task(_progress_printer(show_progress))
        if args.pdf:
            done = exporting.export_personas_pdf(project, set_id, args.pdf,
                                                 persona_ids=args.persona, task=task,
                                                 trends=args.trends)
        elif args.png:
            done = exporting.export_persona_png(project, set_id, args.png, persona_ids=args.persona,
                                                dpi=args.dpi or 170, task=task,
                                                trends=args.trends)
        elif args.table == "statistics":
            done = exporting.export_statistics(project, set_id, args.csv or args.xlsx,
                                               fmt="csv" if args.csv else "xlsx",
                                               persona_ids=args.persona, task=task,
                                               csv_style=args.csv_style)
        else:
            done = exporting.export_membership(project, set_id, args.csv or args.xlsx,
                                               fmt="csv" if args.csv else "xlsx",
                                               include_personal_data=args.include_personal_data,
                                               persona_ids=args.persona, task=task,
                                               csv_style=args.csv_style)
    if show_progress:
        print(file=sys.stderr)
    if args.pdf and args.trends:
        _out(translate("Cli", "Wrote {personas} persona cards and the trends on {pages} pages to "
                       "{path}").format(personas=count(done.personas), pages=count(done.pages),
                                        path=done.paths[0]))
    elif args.pdf:
        _out(translate("Cli", "Wrote {personas} persona cards on {pages} pages to {path}").format(
            personas=count(done.personas), pages=count(done.pages), path=done.paths[0]))
    elif args.png:
        _out(translate("Cli", "Wrote {n} images of {personas} persona cards to {folder}").format(
            n=len(done.paths), personas=count(done.personas), folder=args.png))
        for path in done.paths:
            _out(f"  {path.name}")
    else:
        _out(translate("Cli", "Wrote {rows} rows to {path}").format(rows=count(done.rows),
                                                                     path=done.paths[0]))
    if done.left_out:
        _out(translate("Cli", "Left out as personal data: {columns}. Add --include-personal-data "
                       "to include them.").format(columns=", ".join(done.left_out)))
    return 0


def _export_slides(args: argparse.Namespace) -> int:
    """--pptx: persona cards, or with --journey a journey map, as editable 16:9 slides."""
    from workbench.errors import WorkbenchError
    from workbench.progress import Task
    from workbench.services import slides
    from workbench.services.export import newest_persona_set
    from workbench.services.project import open_project

    if args.table or args.csv_style or args.dpi or args.paper != "fit":
        raise WorkbenchError(translate("Cli", "--table, --csv-style, --dpi and --paper are not "
                                       "used by --pptx: leave them out."))
    if args.journey is not None and (args.personas is not None or args.persona):
        raise WorkbenchError(translate("Cli", "--journey exports one journey map: leave out "
                                       "--personas and --persona."))
    show_progress = sys.stderr.isatty() and not args.quiet
    with open_project(args.project, readonly=True) as project:
        task = Task(_progress_printer(show_progress))
        if args.journey is not None:
            written = slides.export_journey_pptx(project, args.journey, args.pptx, task=task)
        else:
            set_id = args.personas if args.personas is not None else \
                newest_persona_set(project).id
            written = slides.export_personas_pptx(
                project, set_id, args.pptx, persona_ids=args.persona,
                include_personal_data=args.include_personal_data, task=task)
    if show_progress:
        print(file=sys.stderr)
    path, n_slides = _slides_written(written, args.pptx)
    if args.journey is not None:
        _out(translate("Cli", "Wrote journey map {id} on {slides} slides to {path}").format(
            id=args.journey, slides=count(n_slides), path=path))
    else:
        _out(translate("Cli", "Wrote {slides} slides of persona cards to {path}").format(
            slides=count(n_slides), path=path))
    return 0


def _slides_written(written, asked: Path) -> tuple[Path, int]:
    """The deck's path (the service adds ".pptx" when missing) and its number of slides."""
    from pptx import Presentation

    path = Path(written) if isinstance(written, (str, Path)) else asked
    return path, len(Presentation(str(path)).slides)


def _table_choice(table: str | None) -> str:
    """--table for --csv/--xlsx: membership (the default) or statistics."""
    if table is None:
        return "membership"
    if table not in TABLES:
        from workbench.errors import WorkbenchError

        raise WorkbenchError(translate("Cli", "--table with --csv or --xlsx is membership or "
                                       "statistics; got '{table}'. (With --sql it names the "
                                       "engine's table.)").format(table=table))
    return table


def _column_map(pairs: list[str]) -> dict[str, str]:
    """--column ATTRIBUTE=COLUMN pairs as a dict."""
    from workbench.errors import WorkbenchError

    mapping = {}
    for pair in pairs:
        attribute, sep, column = pair.rpartition("=")
        if not sep or not attribute or not column:
            raise WorkbenchError(translate(
                "Cli", "--column expects ATTRIBUTE=COLUMN, for example --column "
                "\"Income=annual_income\"; got '{pair}'.").format(pair=pair))
        mapping[attribute] = column
    return mapping


def _export_rule(args: argparse.Namespace) -> int:
    """--sql / --rule-json: a persona set's assignment rule for the company's engine."""
    from workbench.errors import WorkbenchError
    from workbench.services import sql_export
    from workbench.services.export import newest_persona_set
    from workbench.services.project import open_project

    if args.journey is not None or args.persona or args.trends or args.include_personal_data:
        raise WorkbenchError(translate(
            "Cli", "--sql and --rule-json export a persona set's rule: leave out --journey, "
            "--persona, --trends and --include-personal-data."))
    if args.rule_json and (args.dialect or args.table):
        raise WorkbenchError(translate("Cli", "--dialect and --table are for --sql; the JSON rule "
                                       "is the same for every engine and table."))
    columns = _column_map(args.column or []) or None
    with open_project(args.project, readonly=True) as project:
        set_id = args.personas if args.personas is not None else newest_persona_set(project).id
        if args.sql:
            dialect = args.dialect or "duckdb"
            sql_export.export_persona_sql(project, set_id, args.sql, dialect,
                                          table=args.table or "customers",
                                          id_column=args.id_column or "customer_id",
                                          columns=columns)
        else:
            sql_export.export_persona_rule_json(project, set_id, args.rule_json,
                                                id_column=args.id_column or "customer_id",
                                                columns=columns)
    if args.sql:
        _out(translate("Cli", "Wrote the assignment rule of persona set {id} as one {dialect} "
                       "query to {path}").format(id=set_id, dialect=_DIALECT_NAMES[dialect],
                                                 path=args.sql))
        _out(translate("Cli", "It reads table {table}, customers identified by {id_column}, "
                       "and returns one row per customer: customer_id, persona_position and "
                       "persona_name (empty when fitting no persona), distance, "
                       "nearest_position, fits_none.").format(
            table=args.table or "customers", id_column=args.id_column or "customer_id"))
    else:
        _out(translate("Cli", "Wrote the assignment rule of persona set {id} as JSON to {path}"
                       ).format(id=set_id, path=args.rule_json))
    return 0


def _dialect(text: str) -> str:
    """--dialect: one of SQL_DIALECTS (postgresql and sparksql accepted too)."""
    from workbench.domain.warehouse import SQL_DIALECTS

    chosen = {"postgresql": "postgres", "sparksql": "spark", "spark-sql": "spark"}.get(
        text.lower(), text.lower())
    if chosen not in SQL_DIALECTS:
        raise argparse.ArgumentTypeError(translate(
            "Cli", "unknown SQL dialect '{dialect}': choose {choices}").format(
            dialect=text, choices=", ".join(SQL_DIALECTS)))
    return chosen


#: How messages name each dialect.
_DIALECT_NAMES = {"duckdb": "DuckDB", "postgres": "PostgreSQL", "spark": "Spark SQL",
                  "bigquery": "BigQuery", "snowflake": "Snowflake"}
#: --table with --csv/--xlsx.
TABLES = ("membership", "statistics")


def _export_journey(args: argparse.Namespace) -> int:
    from workbench.progress import Task
    from workbench.services import export as exporting
    from workbench.services.project import open_project

    if not (args.pdf or args.png or args.csv or args.xlsx):
        args.pdf = args.project.with_name(f"{args.project.stem}-journey-{args.journey}.pdf")
    show_progress = sys.stderr.isatty() and not args.quiet
    with open_project(args.project, readonly=True) as project:
        task = Task(_progress_printer(show_progress))
        if args.pdf:
            done = exporting.export_journey_pdf(project, args.journey, args.pdf, paper=args.paper,
                                                task=task)
        elif args.png:
            done = exporting.export_journey_png(project, args.journey, args.png, paper=args.paper,
                                                dpi=args.dpi or 150, task=task)
        else:
            done = exporting.export_journey_table(
                project, args.journey, args.csv or args.xlsx, fmt="csv" if args.csv else "xlsx",
                include_personal_data=args.include_personal_data, task=task,
                csv_style=args.csv_style)
    if show_progress:
        print(file=sys.stderr)
    if args.pdf:
        _out(translate("Cli", "Wrote journey map {id} on {pages} pages to {path}").format(
            id=args.journey, pages=count(done.pages), path=done.paths[0]))
    elif args.png:
        _out(translate("Cli", "Wrote {n} images of journey map {id}:").format(
            n=len(done.paths), id=args.journey))
        for path in done.paths:
            _out(f"  {path}")
    else:
        _out(translate("Cli", "Wrote {rows} rows to {path}").format(rows=count(done.rows),
                                                                     path=done.paths[0]))
    if done.left_out:
        _out(translate("Cli", "Left out as personal data: {columns}. Add --include-personal-data "
                       "to include them.").format(columns=", ".join(done.left_out)))
    return 0


def register(add: AddCommand) -> None:
    """Add these commands to the parser."""
    sub = add("export", translate("Cli", "Export persona cards or a journey map (PDF, PNG, "
                                  "editable PowerPoint slides) or their tables (CSV, XLSX) to "
                                  "hand to colleagues."), cmd_export)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--personas", type=int, metavar="SET",
                     help=translate("Cli", "persona set id (default: the newest)"))
    sub.add_argument("--journey", type=int, metavar="ID",
                     help=translate("Cli", "export this journey map instead of persona cards (ids "
                                    "as shown by 'workbench journeys PROJECT'): --pdf, --png "
                                    "(one file per page: OUT.png, OUT-2.png...), --pptx "
                                    "(slides, split by stages), --csv (its cells) or --xlsx "
                                    "(cells and observed figures); default: "
                                    "PROJECT-journey-ID.pdf beside the project"))
    sub.add_argument("--paper", choices=["fit", "a4", "a3"], default="fit",
                     help=translate("Cli", "journey map paper, landscape: a4, a3, or fit (A4 when "
                                    "the map fits on one page, else A3); default: fit"))
    target = sub.add_mutually_exclusive_group()
    target.add_argument("--pdf", type=Path, metavar="OUT",
                        help=translate("Cli", "persona cards as a PDF, one A4 page per persona "
                                       "(the default: PROJECT-personas.pdf beside the project)"))
    target.add_argument("--png", type=Path, metavar="OUT_DIR",
                        help=translate("Cli", "persona cards as PNG images, one per page, into "
                                       "this folder (created when missing)"))
    target.add_argument("--pptx", type=Path, metavar="OUT",
                        help=translate("Cli", "persona cards as editable 16:9 PowerPoint slides "
                                       "(text boxes, shapes and charts you can edit in "
                                       "PowerPoint, LibreOffice Impress, Keynote or Google "
                                       "Slides), one or two slides per persona; with --journey, "
                                       "the journey map split across slides by stages"))
    target.add_argument("--csv", type=Path, metavar="OUT",
                        help=translate("Cli", "a table as CSV (UTF-8; separator and decimal mark: "
                                       "--csv-style); which table: --table"))
    target.add_argument("--xlsx", type=Path, metavar="OUT",
                        help=translate("Cli", "a table as an Excel workbook; which table: --table"))
    target.add_argument("--sql", type=Path, metavar="OUT.sql",
                        help=translate("Cli", "the persona set's assignment rule (its recorded "
                                       "preprocessing and the nearest-centre rule) as one SQL "
                                       "query for the company's engine, returning each "
                                       "customer's persona; engine: --dialect; k-means, "
                                       "agglomerative and Gower k-medoids sets"))
    target.add_argument("--rule-json", type=Path, metavar="OUT.json",
                        help=translate("Cli", "the same assignment rule as a portable JSON "
                                       "description, to implement in any other engine"))
    sub.add_argument("--dialect", type=_dialect, metavar="|".join(SQL_DIALECTS),
                     help=translate("Cli", "for --sql: the engine's SQL dialect: {choices} "
                                    "(default: duckdb)").format(choices=", ".join(SQL_DIALECTS)))
    sub.add_argument("--id-column", metavar="NAME",
                     help=translate("Cli", "for --sql/--rule-json: the column of the engine's "
                                    "table identifying the customer (default: customer_id)"))
    sub.add_argument("--column", nargs="+", action="extend", metavar="ATTRIBUTE=COLUMN",
                     help=translate("Cli", "for --sql/--rule-json: the engine's column holding an "
                                    "attribute, when its name differs from the project's "
                                    "(default: the attribute's column name at import)"))
    sub.add_argument("--csv-style", choices=list(CSV_STYLES), default=None,
                     help=translate("Cli", "for --csv: comma (comma-separated, decimal point: R, "
                                    "Python, Excel in English) or semicolon (semicolon-separated, "
                                    "decimal comma: Excel in Italian and most of continental "
                                    "Europe); default: the CSV style chosen in Preferences, else "
                                    "semicolon when the language is Italian, comma otherwise "
                                    "(now: {style})").format(style=csv_style()))
    sub.add_argument("--table", metavar="NAME",
                     help=translate("Cli", "for --csv/--xlsx: membership (customer, persona, fit) "
                                    "or statistics (each persona's attribute values and effect "
                                    "sizes); default: membership. For --sql: the engine's table "
                                    "or view holding the customers, as the query should name "
                                    "it (e.g. crm.customers); default: customers"))
    sub.add_argument("--persona", type=int, nargs="+", metavar="ID",
                     help=translate("Cli", "only these personas (ids as shown by 'workbench "
                                    "persona PROJECT'); default: every persona of the set"))
    sub.add_argument("--include-personal-data", action="store_true",
                     help=translate("Cli", "membership table: include customer names/labels and "
                                    "e-mail keys; journey table: name the evidence documents; "
                                    "persona slides (--pptx): name the customers and documents "
                                    "behind quotes; left out by default because they are "
                                    "personal data"))
    sub.add_argument("--trends", action="store_true",
                     help=translate("Cli", "persona cards (--pdf or --png): add the Trends pages "
                                    "after the cards: month by month, by persona, active "
                                    "customers, outcome rates, measures, friction and complaints "
                                    "with the n behind every point, flagged shifts and recurring "
                                    "negative experiences"))
    sub.add_argument("--dpi", type=int, default=None,
                     help=translate("Cli", "resolution of --png images in dots per inch "
                                    "(default: 170 for persona cards, 150 for a journey map)"))
    sub.add_argument("--quiet", action="store_true",
                     help=translate("Cli", "do not show progress"))
