"""The headless command line: parse arguments, call services, print results.

``workbench`` alone starts the desktop app; ``workbench PATH`` opens that
project in it; ``workbench COMMAND ...`` runs a command without a window.
Later capabilities add their commands in :func:`build_parser`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from workbench import APP_NAME, PROJECT_SUFFIX, __version__
from workbench.errors import WorkbenchError
from workbench.i18n import translate


def _out(text: str = "") -> None:
    print(text, flush=True)


def cmd_new(args: argparse.Namespace) -> int:
    from workbench.services.project import create_project

    path = create_project(args.project, args.name)
    _out(translate("Cli", "Created project {path}").format(path=path))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from workbench.services.project import read_project_info

    info = read_project_info(args.project)
    rows = [
        (translate("Cli", "Project"), info.name),
        (translate("Cli", "File"), str(info.path)),
        (translate("Cli", "Schema version"), str(info.schema_version)),
        (translate("Cli", "Created"), info.created_at),
        (translate("Cli", "Created with"), info.created_with),
        (translate("Cli", "Sources"), str(info.sources)),
        (translate("Cli", "Customers"), str(info.customers)),
        (translate("Cli", "Documents"), str(info.documents)),
        (translate("Cli", "Persona sets"), str(info.persona_sets)),
        (translate("Cli", "Journeys"), str(info.journeys)),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        _out(f"{label + ':':<{width + 1}} {value}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from workbench.services.project import check_project

    report = check_project(args.project)
    if report.ok:
        _out(translate("Cli", "{path}: sound (schema version {version}).").format(
            path=report.path, version=report.schema_version))
        return 0
    print(translate("Cli", "{path}: problems found:").format(path=report.path), file=sys.stderr)
    for problem in report.problems[:50]:
        print(f"  - {problem}", file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from workbench.services.project import backup_project

    path = backup_project(args.project, args.to)
    _out(translate("Cli", "Backed up {project} to {backup}").format(project=args.project, backup=path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from workbench.services.project import project_backups, restore_project

    if args.list:
        found = project_backups(args.project)
        if not found:
            _out(translate("Cli", "There is no backup of {path}.").format(path=args.project))
            return 1
        for item in found:
            when = item.taken_at.strftime("%Y-%m-%d %H:%M:%S") if item.taken_at else "?"
            _out(f"{when}  {item.size_bytes:>12,}  {item.path}")
        return 0
    used, moved = restore_project(args.project, args.backup)
    _out(translate("Cli", "Restored {path} from {backup}.").format(path=args.project, backup=used))
    if moved is not None:
        _out(translate("Cli", "The file it replaced was kept as {moved}.").format(moved=moved))
    return 0


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


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.ingest.reader import ReadOptions
    from workbench.progress import Task
    from workbench.services.importing import apply_role_overrides, import_file, preview_file
    from workbench.services.project import open_project

    options = ReadOptions(sheet=args.sheet, encoding=args.encoding,
                          delimiter=_delimiter(args.delimiter), decimal=args.decimal)
    roles = _parse_roles(args.roles or [])
    if args.dry_run:
        table = preview_file(args.file, options)
        columns = apply_role_overrides(list(table.columns), roles, args.file)
        _out(translate("Cli", "{file}: columns and the roles they would get:").format(
            file=args.file))
        for spec in columns:
            reason = f"  ({spec.reason})" if spec.reason else ""
            _out(f"  {spec.label or spec.name!s:<40} {spec.role.value:<12}{reason}")
        return 0
    as_events = True if args.events else (False if args.no_events else None)
    with open_project(args.project) as project:
        task = Task(_progress_printer(sys.stderr.isatty() and not args.quiet))
        result = import_file(project, args.file, options, roles=roles, as_events=as_events,
                             allow_duplicate=args.again, task=task)
    if sys.stderr.isatty() and not args.quiet:
        print(file=sys.stderr)
    source = result.source
    _out(translate("Cli", "Imported {name}: {rows} rows, {columns} columns as source {id}."
                   ).format(name=source.display_name, rows=source.row_count,
                            columns=source.column_count, id=source.id))
    _out(translate("Cli", "Customers: {customers}, documents: {documents}, touchpoints: "
                   "{touchpoints}.").format(customers=result.customers_created,
                                            documents=result.documents_created,
                                            touchpoints=result.touchpoints_created))
    return 0


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
    if not found:
        _out(translate("Cli", "No sources yet. Import one with 'workbench import PROJECT FILE'."))
        return 0
    for source in found:
        _out(translate("Cli", "{id:>4}  {name}  {rows} rows × {columns} columns  {kind}  "
                       "imported {when}  sha256 {hash}").format(
            id=source.id, name=source.display_name, rows=source.row_count,
            columns=source.column_count, kind=source.kind,
            when=source.imported_at[:16].replace("T", " "), hash=source.file_hash[:12]))
    return 0


def cmd_personas(args: argparse.Namespace) -> int:
    from workbench.domain.personas import PreprocessingSettings
    from workbench.progress import Task
    from workbench.services.personas import persona_sets, personas_of, run_personas
    from workbench.services.project import open_project

    preprocessing = PreprocessingSettings(missing=args.missing, scale=args.scale,
                                          log_skewed=not args.no_log)
    with open_project(args.project) as project:
        task = Task(_progress_printer(sys.stderr.isatty() and not args.quiet))
        set_id = run_personas(project, features=args.features, algorithm=args.algorithm,
                              k=args.k, seed=args.seed, preprocessing=preprocessing,
                              name=args.name, task=task)
        if sys.stderr.isatty() and not args.quiet:
            print(file=sys.stderr)
        stored = next(s for s in persona_sets(project) if s.id == set_id)
        _print_persona_set(stored, personas_of(project, set_id))
    return 0


def _print_persona_set(stored, personas) -> None:
    quality = stored.result.get("quality", {})
    settings = stored.settings
    _out(translate("Cli", "Persona set {id}: {name}").format(id=stored.id, name=stored.name))
    _out(translate("Cli", "  algorithm {algorithm}, {k} personas, seed {seed}, {n} attributes")
         .format(algorithm=settings.get("algorithm"), k=settings.get("k"),
                 seed=settings.get("seed"), n=len(settings.get("features", []))))
    silhouette = quality.get("silhouette")
    _out(translate("Cli", "  silhouette {silhouette}, customers {customers}, fitting no persona "
                   "{unassigned}").format(
        silhouette="—" if silhouette is None else f"{silhouette:.3f}",
        customers=quality.get("n_customers", "?"), unassigned=quality.get("n_unassigned", "?")))
    if stored.result.get("customers_left_out"):
        _out(translate("Cli", "  {n} customers left out: they lack most of the chosen attributes")
             .format(n=stored.result["customers_left_out"]))
    if stored.suggestion:
        from workbench.analysis.k_selection import choose_k
        from workbench.domain.personas import KSuggestion

        _out("  " + choose_k(KSuggestion.from_dict(stored.suggestion).scores)[2])
    for persona in personas:
        _out(translate("Cli", "  [{id}] {name}: {size} customers ({share:.0%})").format(
            id=persona.id, name=persona.name, size=persona.size, share=persona.share))
        for effect in persona.profile.get("effects", [])[:4]:
            if effect.get("kind") == "numeric":
                detail = translate("Cli", "{attribute}: mean {mean:.4g} vs {rest:.4g} (d = {d:+.2f})"
                                   ).format(attribute=effect["attribute"],
                                            mean=effect.get("persona_mean") or 0,
                                            rest=effect.get("rest_mean") or 0, d=effect["effect"])
            else:
                detail = translate("Cli", "{attribute} = {level}: {share:.0%} vs {rest:.0%} "
                                   "(h = {h:+.2f})").format(
                    attribute=effect["attribute"], level=effect.get("level"),
                    share=effect.get("persona_share") or 0, rest=effect.get("rest_share") or 0,
                    h=effect["effect"])
            _out("        " + detail)


def _k_value(text: str) -> int | None:
    if text.strip().lower() == "auto":
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "Cli", "expected 'auto' or a whole number, got '{text}'").format(text=text)) from None


def cmd_persona(args: argparse.Namespace) -> int:
    from workbench.services.personas import persona_sets, personas_of
    from workbench.services.project import open_project

    with open_project(args.project, readonly=True) as project:
        sets = persona_sets(project)
        chosen = next((s for s in sets if s.id == args.set), None) if args.set else (
            sets[-1] if sets else None)
        if chosen is None:
            raise WorkbenchError(translate(
                "Cli", "There is no persona set {id}. Run 'workbench persona-sets PROJECT' to "
                "list them.").format(id=args.set if args.set else "—"))
        _print_persona_set(chosen, personas_of(project, chosen.id))
        for persona in personas_of(project, chosen.id):
            card = [(translate("Cli", "Quote"), persona.quote),
                    (translate("Cli", "Narrative"), persona.narrative),
                    (translate("Cli", "Goals"), persona.goals),
                    (translate("Cli", "Frustrations"), persona.frustrations),
                    (translate("Cli", "Motivations"), persona.motivations),
                    (translate("Cli", "Preferred channels"), persona.channels)]
            filled = [(label, text) for label, text in card if text]
            if filled:
                _out(f"\n{persona.name}")
                for label, text in filled:
                    _out(f"  {label}: {text}")
    return 0


def cmd_persona_sets(args: argparse.Namespace) -> int:
    from workbench.services.personas import compare_persona_sets, persona_sets, personas_of
    from workbench.services.project import open_project

    with open_project(args.project, readonly=True) as project:
        if args.compare:
            old, new = args.compare
            comparison = compare_persona_sets(project, old, new)
            ari = comparison.adjusted_rand
            _out(translate("Cli", "Persona set {old} → {new}: {common} customers in both, adjusted "
                           "Rand index {ari}").format(old=old, new=new,
                                                      common=comparison.common_customers,
                                                      ari="—" if ari is None else f"{ari:.3f}"))
            names_old = {p.position: p.name for p in personas_of(project, old)}
            names_new = {p.position: p.name for p in personas_of(project, new)}
            for match in comparison.matches:
                if match.new is None:
                    _out(translate("Cli", "  {old} → no persona of the new set matches it").format(
                        old=names_old.get(match.old, match.old)))
                    continue
                _out(translate("Cli", "  {old} → {new}  (Jaccard {jaccard:.2f}, {share:.0%} of the "
                               "old persona)").format(
                    old=names_old.get(match.old, match.old) if match.old is not None else "—",
                    new=names_new.get(match.new, match.new) if match.new is not None else "—",
                    jaccard=match.jaccard or 0, share=match.share_of_old or 0))
            return 0
        sets = persona_sets(project)
        if args.show is not None:
            chosen = next((s for s in sets if s.id == args.show), None)
            if chosen is None:
                raise WorkbenchError(translate("Cli", "There is no persona set {id}.").format(
                    id=args.show))
            _print_persona_set(chosen, personas_of(project, chosen.id))
            return 0
        if not sets:
            _out(translate("Cli", "No persona sets yet. Create one with 'workbench personas "
                           "PROJECT'."))
        for stored in sets:
            _out(translate("Cli", "{id:>4}  {name}  ({count} personas, created {when})").format(
                id=stored.id, name=stored.name, count=stored.persona_count,
                when=stored.created_at[:16].replace("T", " ")))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.progress import Task
    from workbench.services import export as exporting
    from workbench.services.project import open_project

    show_progress = sys.stderr.isatty() and not args.quiet
    with open_project(args.project, readonly=True) as project:
        set_id = args.personas if args.personas is not None else \
            exporting.newest_persona_set(project).id
        task = Task(_progress_printer(show_progress))
        if args.pdf:
            done = exporting.export_personas_pdf(project, set_id, args.pdf,
                                                 persona_ids=args.persona, task=task)
        elif args.png:
            done = exporting.export_persona_png(project, set_id, args.png, persona_ids=args.persona,
                                                dpi=args.dpi, task=task)
        elif args.table == "statistics":
            done = exporting.export_statistics(project, set_id, args.csv or args.xlsx,
                                               fmt="csv" if args.csv else "xlsx",
                                               persona_ids=args.persona, task=task)
        else:
            done = exporting.export_membership(project, set_id, args.csv or args.xlsx,
                                               fmt="csv" if args.csv else "xlsx",
                                               include_personal_data=args.include_personal_data,
                                               persona_ids=args.persona, task=task)
    if show_progress:
        print(file=sys.stderr)
    if args.pdf:
        _out(translate("Cli", "Wrote {personas} persona cards on {pages} pages to {path}").format(
            personas=done.personas, pages=done.pages, path=done.paths[0]))
    elif args.png:
        _out(translate("Cli", "Wrote {n} images of {personas} persona cards to {folder}").format(
            n=len(done.paths), personas=done.personas, folder=args.png))
        for path in done.paths:
            _out(f"  {path.name}")
    else:
        _out(translate("Cli", "Wrote {rows} rows to {path}").format(rows=done.rows,
                                                                     path=done.paths[0]))
    if done.left_out:
        _out(translate("Cli", "Left out as personal data: {columns}. Add --include-personal-data "
                       "to include them.").format(columns=", ".join(done.left_out)))
    return 0


Command = Callable[[argparse.Namespace], int]


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

    sub = add("new", translate("Cli", "Create a new, empty project file."), cmd_new)
    sub.add_argument("project", type=Path,
                     help=translate("Cli", "path of the new project ({suffix} is added when missing)"
                              ).format(suffix=PROJECT_SUFFIX))
    sub.add_argument("--name", help=translate("Cli", "project name shown in the app (default: the file name)"))

    sub = add("info", translate("Cli", "Show a project's schema version and what it holds."), cmd_info)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))

    sub = add("check", translate("Cli", "Check a project's integrity; exit status 0 when sound, 1 when not."),
              cmd_check)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))

    sub = add("backup", translate("Cli", "Back up a project now (safe while it is open in the app)."),
              cmd_backup)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--to", type=Path, metavar="PATH",
                     help=translate("Cli", "write the backup to this file or folder instead of the automatic "
                              "backup folder"))

    sub = add("restore", translate("Cli", "Replace a project with one of its backups (the replaced file is "
                             "kept beside it)."), cmd_restore)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file to restore"))
    group = sub.add_mutually_exclusive_group()
    group.add_argument("--backup", type=Path, metavar="FILE",
                       help=translate("Cli", "backup to restore (default: the newest)"))
    group.add_argument("--list", action="store_true", help=translate("Cli", "list the backups and exit"))
    sub = add("import", translate("Cli", "Import a spreadsheet or export (CSV, TSV, XLSX, ODS) "
                                  "as a new source, all or nothing."), cmd_import)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("file", type=Path, help=translate("Cli", "file to import"))
    sub.add_argument("--sheet", help=translate("Cli", "sheet to import from an XLSX/ODS file "
                                               "(default: the first)"))
    sub.add_argument("--roles", nargs="+", metavar="COLUMN=ROLE",
                     help=translate("Cli", "set column roles by header or name; roles: "
                                    "identifier, numeric, categorical, date, free_text, channel, "
                                    "pii, ignore (default: inferred)"))
    sub.add_argument("--encoding", help=translate("Cli", "text encoding of a CSV/TSV file "
                                                  "(default: detected)"))
    sub.add_argument("--delimiter", help=translate("Cli", "field delimiter: comma, semicolon, "
                                                   "tab, pipe or a character (default: detected)"))
    sub.add_argument("--decimal", choices=[".", ","],
                     help=translate("Cli", "decimal separator of numbers (default: detected)"))
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

    sub = add("sources", translate("Cli", "List the imported sources, or show one."), cmd_sources)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--show", type=int, metavar="ID",
                     help=translate("Cli", "show this source's columns and first rows"))
    sub.add_argument("--rows", type=int, default=20,
                     help=translate("Cli", "rows to show with --show (default: 20)"))
    sub = add("personas", translate("Cli", "Cluster the project's customers into personas and "
                                    "keep the run as a persona set."), cmd_personas)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--features", nargs="+", metavar="ATTRIBUTE",
                     help=translate("Cli", "attributes to cluster on (default: every suitable "
                                    "numeric and categorical attribute)"))
    sub.add_argument("--algorithm", default="kmeans",
                     choices=["kmeans", "gmm", "agglomerative", "gower"],
                     help=translate("Cli", "clustering method; gower handles mixed numbers and "
                                    "categories (default: kmeans)"))
    sub.add_argument("--k", type=_k_value, default=None, metavar="auto|N",
                     help=translate("Cli", "number of personas, or auto to have it suggested "
                                    "from silhouette and stability (default: auto)"))
    sub.add_argument("--seed", type=int, default=0,
                     help=translate("Cli", "random seed; the same seed gives the same personas "
                                    "(default: 0)"))
    sub.add_argument("--missing", default="impute", choices=["impute", "drop"],
                     help=translate("Cli", "missing values: impute (median / most frequent) or "
                                    "drop the customer (default: impute)"))
    sub.add_argument("--scale", default="standard", choices=["standard", "robust", "none"],
                     help=translate("Cli", "scaling of numbers (default: standard)"))
    sub.add_argument("--no-log", action="store_true",
                     help=translate("Cli", "do not log-transform skewed amounts"))
    sub.add_argument("--name", help=translate("Cli", "name of the persona set"))
    sub.add_argument("--quiet", action="store_true",
                     help=translate("Cli", "do not show progress"))

    sub = add("persona", translate("Cli", "Print the persona cards of a persona set."), cmd_persona)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("set", type=int, nargs="?", metavar="SET",
                     help=translate("Cli", "persona set id (default: the newest)"))

    sub = add("persona-sets", translate("Cli", "List persona sets, show one, or compare two."),
              cmd_persona_sets)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--show", type=int, metavar="ID",
                     help=translate("Cli", "show this persona set's personas"))
    sub.add_argument("--compare", type=int, nargs=2, metavar=("OLD", "NEW"),
                     help=translate("Cli", "show which persona of OLD became which of NEW"))

    sub = add("export", translate("Cli", "Export persona cards (PDF, PNG) or persona tables "
                                  "(CSV, XLSX) to hand to colleagues."), cmd_export)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--personas", type=int, metavar="SET",
                     help=translate("Cli", "persona set id (default: the newest)"))
    target = sub.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", type=Path, metavar="OUT",
                        help=translate("Cli", "persona cards as a PDF, one A4 page per persona"))
    target.add_argument("--png", type=Path, metavar="OUT_DIR",
                        help=translate("Cli", "persona cards as PNG images, one per page, into "
                                       "this folder (created when missing)"))
    target.add_argument("--csv", type=Path, metavar="OUT",
                        help=translate("Cli", "a table as CSV (UTF-8, comma-separated); which "
                                       "table: --table"))
    target.add_argument("--xlsx", type=Path, metavar="OUT",
                        help=translate("Cli", "a table as an Excel workbook; which table: --table"))
    sub.add_argument("--table", choices=["membership", "statistics"], default="membership",
                     help=translate("Cli", "for --csv/--xlsx: membership (customer, persona, fit) "
                                    "or statistics (each persona's attribute values and effect "
                                    "sizes); default: membership"))
    sub.add_argument("--persona", type=int, nargs="+", metavar="ID",
                     help=translate("Cli", "only these personas (ids as shown by 'workbench "
                                    "persona PROJECT'); default: every persona of the set"))
    sub.add_argument("--include-personal-data", action="store_true",
                     help=translate("Cli", "membership table: include customer names/labels and "
                                    "e-mail keys, left out by default because they are personal "
                                    "data"))
    sub.add_argument("--dpi", type=int, default=170,
                     help=translate("Cli", "resolution of --png images in dots per inch "
                                    "(default: 170)"))
    sub.add_argument("--quiet", action="store_true",
                     help=translate("Cli", "do not show progress"))
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
