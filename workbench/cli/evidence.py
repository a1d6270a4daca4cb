"""Evidence commands: import documents, the code book, codings, search, themes.

``--json`` documents (keys in the README, "Machine-readable output"):

- documents (listing): schema (``persona-workbench/documents/1``), project, documents (each:
  id, title, origin, customer_id, characters, codings);
- documents FILE_OR_FOLDER / --customers: schema (``persona-workbench/document-import/1``),
  project, files, documents (each: id, title, origin, characters, customer_id, language,
  turns, speakers: id, key, label, role, confirmed, guessed_from, turns), guessed_roles,
  customers (null, or linked: document_id, previous_customer_id, customer_id; unknown_files;
  unknown_keys: file, key);
- search: schema (``persona-workbench/search/1``), project, query, speakers, unindexed, hits
  (each: document_id, title, customer_id, origin, matches, context);
- themes: schema (``persona-workbench/themes/1``), project, speakers, themes (each: words,
  weight, examples: document_id, start, end, text), left_out (document_id, title, language).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import AddCommand, _out, _progress_printer, count
from workbench.i18n import translate

#: Version of the ``--json`` documents' shape.
JSON_VERSION = 1

def _one_line(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def cmd_documents(args: argparse.Namespace) -> int:
    from workbench.progress import Task
    from workbench.services.evidence import import_transcripts, list_documents
    from workbench.services.project import open_project

    if args.customer is not None and args.customers is not None:
        from workbench.errors import WorkbenchError

        raise WorkbenchError(translate("Evidence", "Give --customer (one customer for every "
                                       "document) or --customers (a mapping file), not both."))
    if args.path is None and args.customers is None:
        with open_project(args.project, readonly=True) as project:
            documents = list_documents(project, customer_id=args.customer)
        if args.json:
            from workbench.cli.json_output import schema, write_json

            write_json({"schema": schema("documents", JSON_VERSION),
                        "project": str(args.project),
                        "documents": [{"id": d.id, "title": d.title, "origin": d.origin,
                                       "customer_id": d.customer_id, "characters": d.length,
                                       "codings": d.codings} for d in documents]})
            return 0
        for document in documents:
            _out(f"{document.id:>6}  {_one_line(document.title, 40):<40}  "
                 f"{document.customer_label or '—':<20}  {document.origin}  "
                 + translate("Evidence", "{n} characters, {codings} codings").format(
                     n=count(document.length), codings=count(document.codings)))
        if not documents:
            _out(translate("Evidence", "No documents."))
        return 0
    from workbench.cli.speakers import document_reports

    files: list[str] = []
    imported_ids: list[int] = []
    linked = None
    with open_project(args.project) as project:
        show = sys.stderr.isatty() and not args.quiet and not args.json
        with project.db.transaction():  # the import and the links to customers, or nothing
            if args.path is not None:
                result = import_transcripts(project, args.path, customer_id=args.customer,
                                            allow_duplicate=args.allow_duplicate,
                                            task=Task(_progress_printer(show)))
                if show:
                    print(file=sys.stderr)
                files = result.files
                imported_ids = [d.id for d in result.documents]
            if args.customers is not None:
                from workbench.services.speakers import link_transcripts

                linked = link_transcripts(project, args.customers)
        summaries = {d.id: d for d in list_documents(project)}
        reports = document_reports(project, [summaries[i] for i in imported_ids])
    if args.json:
        from workbench.cli.json_output import schema, write_json
        from workbench.cli.speakers import guessed_speakers

        write_json({"schema": schema("document-import", JSON_VERSION),
                    "project": str(args.project), "files": files, "documents": reports,
                    "guessed_roles": guessed_speakers(reports),
                    "customers": None if linked is None else _links_json(linked)})
        return 0
    _print_import(args, reports, summaries, linked)
    return 0


def _print_import(args: argparse.Namespace, reports: list[dict], summaries, linked) -> None:
    from workbench.cli.speakers import check_roles_hint, document_line, guessed_speakers

    for report in reports:
        _out(translate("Evidence", "Document {id}: {title} ({origin}, {n} characters)").format(
            id=report["id"], title=report["title"], origin=report["origin"],
            n=count(report["characters"])))
        _out("  " + document_line(report))
    if args.path is not None:
        _out(translate("Evidence", "Imported {n} documents.").format(n=count(len(reports))))
    if guessed_speakers(reports):
        _out(check_roles_hint(args.project))
    if linked is None:
        return
    for document_id, _previous, customer in linked.linked:
        summary = summaries.get(document_id)
        _out(translate("Evidence", "Document {id} ({origin}) → customer {customer}").format(
            id=document_id, origin=summary.origin if summary else "—",
            customer=(summary.customer_label if summary and summary.customer_label
                      else customer)))
    _out(translate("Evidence", "Linked {n} transcripts to customers.").format(
        n=count(len(linked.linked))))
    for name in linked.unknown_files:
        _out(translate("Evidence", "Not linked: no imported transcript is called {file}.").format(
            file=name))
    for name, key in linked.unknown_keys:
        _out(translate("Evidence", "Not linked: {file}: no customer has the key '{key}'.").format(
            file=name, key=key))


def _links_json(linked) -> dict:
    return {"linked": [{"document_id": d, "previous_customer_id": p, "customer_id": c}
                       for d, p, c in linked.linked],
            "unknown_files": list(linked.unknown_files),
            "unknown_keys": [{"file": f, "key": k} for f, k in linked.unknown_keys]}


def cmd_code(args: argparse.Namespace) -> int:
    from workbench.errors import WorkbenchError
    from workbench.services import evidence
    from workbench.services.project import open_project

    actions = [a for a in (args.add, args.apply, args.export, args.passages) if a is not None]
    if len(actions) > 1:
        raise WorkbenchError(translate("Evidence", "Give only one of --add, --apply, --export "
                                       "and --passages."))
    if args.add is None and args.apply is None:
        with open_project(args.project, readonly=True) as project:
            if args.export is not None:
                rows = evidence.export_codings(project, args.export, csv_style=args.csv_style)
                _out(translate("Evidence", "{n} codings written to {file}").format(
                    n=count(rows), file=args.export))
            elif args.passages is not None:
                code = evidence.find_code(project, args.passages)
                for passage in evidence.coded_passages(project, code.id):
                    _out(f"[{passage.document_id}:{passage.start}-{passage.end}] "
                         f"{passage.customer_label or '—'} · {passage.origin}")
                    _out("  " + _one_line(passage.text, 200))
            else:
                _print_code_book(evidence.code_book(project))
        return 0
    with open_project(args.project) as project:
        if args.add is not None:
            parent = evidence.find_code(project, args.parent).id if args.parent else None
            code = evidence.create_code(project, args.add, parent_id=parent, colour=args.colour,
                                        memo=args.memo or "")
            _out(translate("Evidence", "Code {id} created: {name} ({colour})").format(
                id=code.id, name=evidence.code_path(project, code.id), colour=code.colour))
            return 0
        missing = [name for name, value in (("--document", args.document), ("--start", args.start),
                                            ("--end", args.end)) if value is None]
        if missing:
            raise WorkbenchError(translate("Evidence", "--apply also needs {options}.").format(
                options=", ".join(missing)))
        code = evidence.find_code(project, args.apply)
        created = evidence.apply_codes(project, args.document, args.start, args.end, [code.id])
        view = evidence.open_document(project, args.document)
        text = view.document.body[args.start:args.end]
        if created:
            _out(translate("Evidence", "Coding {id}: '{code}' on document {document} "
                           "{start}-{end}: {text}").format(
                id=created[0].id, code=code.name, document=args.document, start=args.start,
                end=args.end, text=_one_line(text)))
            if args.quote:
                evidence.mark_quote(project, coding_id=created[0].id)
        else:
            _out(translate("Evidence", "That passage already has the code '{code}'.").format(
                code=code.name))
    return 0


def _print_code_book(book) -> None:
    if not book:
        _out(translate("Evidence", "The code book is empty. Add a code with "
                       "'workbench code PROJECT --add NAME'."))
        return
    _out(translate("Evidence", "   id  code                                      codings  "
                   "documents  colour"))
    for summary in book:
        name = "  " * summary.depth + summary.code.name
        _out(f"{summary.code.id:>5}  {_one_line(name, 40):<40}  {summary.codings:>7}  "
             f"{summary.documents:>9}  {summary.code.colour}")


def cmd_search(args: argparse.Namespace) -> int:
    from workbench.services.evidence import search_evidence
    from workbench.services.project import open_project

    with open_project(args.project, readonly=args.read_only) as project:
        results = search_evidence(project, args.query, limit=args.limit, speakers=args.speakers)
    if args.json:
        from workbench.cli.json_output import schema, write_json

        write_json({"schema": schema("search", JSON_VERSION), "project": str(args.project),
                    "query": results.query, "speakers": args.speakers,
                    "unindexed": results.unindexed,
                    "hits": [{"document_id": h.document_id, "title": h.title,
                              "customer_id": h.customer_id, "origin": h.origin,
                              "matches": [list(m) for m in h.matches], "context": h.context}
                             for h in results.hits]})
        return 0
    for hit in results.hits:
        where = ", ".join(f"{s}-{e}" for s, e in hit.matches[:5])
        _out(f"[{hit.document_id}] {hit.title} · {hit.customer_label or '—'} · {hit.origin}"
             + (f"  ({where})" if where else ""))
        _out("  " + hit.context)
    _out(translate("Evidence", "1 document found.") if len(results.hits) == 1 else
         translate("Evidence", "{n} documents found.").format(n=count(len(results.hits))))
    if results.unindexed:
        _out(translate("Evidence", "{n} documents are not indexed yet; search without "
                       "--read-only to include them.").format(n=count(results.unindexed)))
    return 0


def cmd_themes(args: argparse.Namespace) -> int:
    from workbench.cli.speakers import language_name
    from workbench.progress import Task
    from workbench.services.evidence_insights import documents_left_out_of_themes, suggest_themes
    from workbench.services.project import open_project

    with open_project(args.project, readonly=True) as project:
        show = sys.stderr.isatty() and not args.quiet and not args.json
        themes = suggest_themes(project, n_themes=args.count, column_id=args.column,
                                source_id=args.source, task=Task(_progress_printer(show)),
                                speakers=args.speakers)
        if show:
            print(file=sys.stderr)
        left_out = documents_left_out_of_themes(project, column_id=args.column,
                                                source_id=args.source)
    if args.json:
        from workbench.cli.json_output import schema, write_json

        write_json({"schema": schema("themes", JSON_VERSION), "project": str(args.project),
                    "speakers": args.speakers,
                    "themes": [{"words": t.words, "weight": t.weight, "examples": [
                        {"document_id": e.document_id, "start": e.start, "end": e.end,
                         "text": e.text} for e in t.examples]} for t in themes],
                    "left_out": [{"document_id": d.document_id, "title": d.title,
                                  "language": d.language} for d in left_out]})
        return 0
    if not themes:
        _out(translate("Evidence", "Not enough text to suggest themes."))
    for number, theme in enumerate(themes, 1):
        _out(translate("Evidence", "Theme {n} ({share:.0%}): {words}").format(
            n=number, share=theme.weight, words=", ".join(theme.words)))
        for example in theme.examples:
            _out(f"  [{example.document_id}:{example.start}-{example.end}] "
                 + _one_line(example.text, 160))
    if left_out:
        _out(translate("Evidence", "Left out of themes, in a language without stop words "
                       "(only English and Italian are read):"))
        for document in left_out:
            _out(f"  [{document.document_id}] {_one_line(document.title, 60)} · "
                 + language_name(document.language))
    return 0


def register(add: AddCommand) -> None:
    """Add this module's commands to the parser."""
    project_help = translate("Evidence", "project file")

    sub = add("documents", translate("Evidence", "Import transcripts (TXT, Markdown, DOCX; one file "
                                     "or a whole folder) as evidence documents, or list the "
                                     "documents when no file is given."), cmd_documents)
    sub.add_argument("project", type=Path, help=project_help)
    sub.add_argument("path", type=Path, nargs="?", metavar="FILE_OR_FOLDER",
                     help=translate("Evidence", "transcript file or folder of transcripts"))
    sub.add_argument("--customer", type=int, metavar="ID",
                     help=translate("Evidence", "link the documents to this customer (when "
                                    "listing: only this customer's documents)"))
    sub.add_argument("--allow-duplicate", action="store_true",
                     help=translate("Evidence", "import a file even if the same content was "
                                    "imported before"))
    sub.add_argument("--customers", type=Path, metavar="MAPPING",
                     help=translate("Evidence", "link transcripts to customers with a mapping "
                                    "file (CSV or XLSX, two columns: the transcript's file "
                                    "name, the customer as named in 'workbench customer'); "
                                    "with FILE_OR_FOLDER, after importing, together or not "
                                    "at all"))
    sub.add_argument("--quiet", action="store_true",
                     help=translate("Evidence", "do not show progress"))
    sub.add_argument("--json", action="store_true",
                     help=translate("Evidence", "print a JSON document (keys in the README): "
                                    "the documents, or what the import found in each"))

    sub = add("code", translate("Evidence", "The code book and codings: without options, list "
                                "the codes with their counts."), cmd_code)
    sub.add_argument("project", type=Path, help=project_help)
    sub.add_argument("--add", metavar="NAME", help=translate("Evidence", "create a code"))
    sub.add_argument("--parent", metavar="CODE",
                     help=translate("Evidence", "with --add: the parent code (name, Parent/Child "
                                    "path or id)"))
    sub.add_argument("--colour", "--color", metavar="#RRGGBB",
                     help=translate("Evidence", "with --add: the code's colour (default: the "
                                    "next palette colour)"))
    sub.add_argument("--memo", metavar="TEXT", help=translate("Evidence", "with --add: a memo"))
    sub.add_argument("--apply", metavar="CODE",
                     help=translate("Evidence", "apply this code (name, path or id) to the "
                                    "passage given by --document, --start and --end"))
    sub.add_argument("--document", type=int, metavar="ID",
                     help=translate("Evidence", "with --apply: the document id"))
    sub.add_argument("--start", type=int, metavar="N",
                     help=translate("Evidence", "with --apply: where the passage starts "
                                    "(characters from the start of the document, from 0)"))
    sub.add_argument("--end", type=int, metavar="N",
                     help=translate("Evidence", "with --apply: where the passage ends "
                                    "(exclusive)"))
    sub.add_argument("--quote", action="store_true",
                     help=translate("Evidence", "with --apply: also mark the passage as a quote"))
    sub.add_argument("--export", type=Path, metavar="FILE.csv",
                     help=translate("Evidence", "write every coding (code, document, customer, "
                                    "text) to a CSV file"))
    sub.add_argument("--csv-style", choices=["comma", "semicolon"], default=None,
                     help=translate("Evidence", "with --export: comma (decimal point) or semicolon "
                                    "(decimal comma, Excel in Italian); default: as in "
                                    "Preferences, else from the language"))
    sub.add_argument("--passages", metavar="CODE",
                     help=translate("Evidence", "print the passages coded with this code and its "
                                    "sub-codes"))

    sub = add("search", translate("Evidence", "Full-text search across all evidence documents. "
                                  "Words must all appear; \"quoted words\" together; word* "
                                  "matches any ending; accents are ignored."), cmd_search)
    sub.add_argument("project", type=Path, help=project_help)
    sub.add_argument("query", help=translate("Evidence", "words to search for"))
    sub.add_argument("--limit", type=int, default=50, metavar="N",
                     help=translate("Evidence", "show at most N documents (default 50)"))
    sub.add_argument("--read-only", action="store_true",
                     help=translate("Evidence", "open the project read-only (documents imported "
                                    "since the last search are not searched)"))
    _speakers_option(sub)
    _json_option(sub)

    sub = add("themes", translate("Evidence", "Suggest themes from the text of the documents "
                                  "(TF-IDF and NMF), with their top words and example passages."),
              cmd_themes)
    sub.add_argument("project", type=Path, help=project_help)
    sub.add_argument("--count", type=int, default=8, metavar="N",
                     help=translate("Evidence", "how many themes to suggest (default 8)"))
    sub.add_argument("--column", type=int, metavar="ID",
                     help=translate("Evidence", "only the answers of this free-text column"))
    sub.add_argument("--source", type=int, metavar="ID",
                     help=translate("Evidence", "only the documents of this imported source"))
    _speakers_option(sub)
    sub.add_argument("--quiet", action="store_true",
                     help=translate("Evidence", "do not show progress"))
    _json_option(sub)


def _speakers_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--speakers", choices=["respondents", "interviewers", "all"],
                     default="respondents",
                     help=translate("Evidence", "whose turns in transcripts to read: "
                                    "respondents (default), interviewers or all; documents "
                                    "without speakers are read whole (not with interviewers)"))


def _json_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--json", action="store_true",
                     help=translate("Cli", "print a JSON document (keys in the README)"))
