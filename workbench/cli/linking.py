"""Linking commands: link customers across sources, show one customer whole, merge and
split by hand, erase a customer, the channel overview."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import AddCommand, _out, _progress_printer, count
from workbench.i18n import translate


def _parse_key(text: str) -> tuple[str, str, str | None]:
    """SOURCE:COLUMN[:rule] -> (source, column, rule or None)."""
    from workbench.analysis.linking import RULES

    source, sep, rest = text.partition(":")
    if not sep or not source.strip() or not rest.strip():
        raise argparse.ArgumentTypeError(translate(
            "Linking", "expected SOURCE:COLUMN or SOURCE:COLUMN:RULE, got '{text}'").format(
            text=text))
    column, sep, rule = rest.rpartition(":")
    if sep and rule.strip().lower() in RULES:
        return source.strip(), column.strip(), rule.strip().lower()
    # "Email:nope": the service tells an unknown rule from a column with a colon.
    return source.strip(), rest.strip(), None


def _parse_rows(text: str) -> list[tuple[str, int]]:
    """SOURCE:ROW[,SOURCE:ROW...] -> [(source, row)]."""
    rows = []
    for part in text.split(","):
        source, sep, row = part.strip().rpartition(":")
        if not sep or not source.strip() or not row.strip().isdigit():
            raise argparse.ArgumentTypeError(translate(
                "Linking", "expected SOURCE:ROW[,SOURCE:ROW...], got '{text}'").format(text=text))
        rows.append((source.strip(), int(row)))
    return rows


def cmd_link(args: argparse.Namespace) -> int:
    from workbench.progress import Task
    from workbench.services.linking import (
        LinkKey,
        accept_proposal,
        default_keys,
        find_fuzzy_matches,
        link_customers,
        reject_proposal,
        resolve_source,
        undo_link_run,
    )
    from workbench.services.project import open_project

    with open_project(args.project) as project:
        if args.undo is not None:
            restored = undo_link_run(project, args.undo)
            _out(translate("Linking", "Linking run {id} undone: {n} customers restored.").format(
                id=args.undo, n=count(restored)))
            return 0
        if args.accept is not None:
            decision = accept_proposal(project, args.accept)
            _out(translate("Linking", "Proposal {id} accepted: customers {merged} merged into "
                           "{survivor} (decision {decision}; undo with 'workbench customer "
                           "PROJECT --undo {decision}').").format(
                id=args.accept, merged=", ".join(str(m) for m in decision.other_ids),
                survivor=decision.customer_id, decision=decision.id))
            return 0
        if args.reject is not None:
            reject_proposal(project, args.reject)
            _out(translate("Linking", "Proposal {id} rejected: it will not be proposed again.")
                 .format(id=args.reject))
            return 0
        show = sys.stderr.isatty() and not args.quiet
        if args.fuzzy:
            keys = [LinkKey(resolve_source(project, source).id, column)
                    for source, column, _ in args.fuzzy]
            proposals = find_fuzzy_matches(project, keys, args.threshold,
                                           task=Task(_progress_printer(show)))
            if show:
                print(file=sys.stderr)
            _print_proposals(proposals)
            return 0
        if args.key:
            keys = [LinkKey(resolve_source(project, source).id, column, rule)
                    for source, column, rule in args.key]
        else:
            keys = default_keys(project)
            _out(translate("Linking", "No --key given: linking by every identifier column (id) "
                           "and every e-mail column (email)."))
        report = link_customers(project, keys, task=Task(_progress_printer(show)),
                                default_country=args.phone_country)
        if show:
            print(file=sys.stderr)
        _print_report(report)
    return 0


def _print_proposals(proposals) -> None:
    if not proposals:
        _out(translate("Linking", "No fuzzy match proposals."))
        return
    _out(translate("Linking", "Fuzzy match proposals ({n}); accept with --accept N, reject "
                   "with --reject N:").format(n=count(len(proposals))))
    for p in proposals:
        _out(translate("Linking", "  {id}: customer {a} '{value_a}' ~ customer {b} '{value_b}' "
                       "(score {score:.1f}, {key})").format(
            id=p.id, a=p.customer_a, value_a=p.value_a, b=p.customer_b, value_b=p.value_b,
            score=p.score, key=p.key))


def _print_report(report) -> None:
    _out(translate("Linking", "Linking run {id}").format(id=report.run_id))
    _out(translate("Linking", "Keys used:"))
    for key in report.keys:
        _out(f"  {key['source']}:{key['column']}:{key['rule']}")
    _out(translate("Linking", "Customers: {before} before, {after} after ({merged} merged)")
         .format(before=count(report.customers_before), after=count(report.customers_after),
                 merged=count(report.merged_customers)))
    _out(translate("Linking", "Rows matched per source:"))
    for stats in report.sources:
        _out(translate("Linking", "  {source}: {matched} of {rows} rows matched, {unmatched} "
                       "unmatched").format(source=stats.source_name, matched=count(stats.matched),
                                           rows=count(stats.rows), unmatched=count(stats.unmatched)))
    _out(translate("Linking", "Rows matched per rule:"))
    for rule, matched in report.rows_by_rule.items():
        _out(f"  {rule}: {count(matched)}")
    if report.persona_memberships_affected:
        _out(translate("Linking", "Persona memberships affected: {n}").format(
            n=count(report.persona_memberships_affected)))
    if not report.conflicts:
        _out(translate("Linking", "Conflicts: none"))
        return
    _out(translate("Linking", "Conflicts: {n}").format(n=count(len(report.conflicts))))
    for conflict in report.conflicts:
        customers = ", ".join(str(c) for c in conflict.customer_ids)
        if conflict.kind == "row_matches_two":
            line = translate("Linking", "  {source} row {row} matches customers {customers} by "
                             "different keys (merged; split them with 'workbench customer "
                             "--split' if wrong)")
        elif conflict.kind == "kept_apart":
            line = translate("Linking", "  {source}:{column} '{value}' is shared by customers "
                             "{customers}, kept apart by a split")
        elif conflict.merged:
            line = translate("Linking", "  {source}:{column} '{value}' is shared by customers "
                             "{customers} with different identifiers (merged by {rule})")
        else:
            line = translate("Linking", "  {source}:{column} '{value}' is shared by customers "
                             "{customers} with different identifiers (not merged; merge them "
                             "with 'workbench customer --merge' if they are one person)")
        _out(line.format(source=conflict.source_name, column=conflict.column,
                         value=conflict.value, customers=customers, rule=conflict.rule,
                         row=conflict.row_number))


#: Customers listed by 'workbench customer PROJECT' without an ID.
LISTED_CUSTOMERS = 20


def _list_customers(args: argparse.Namespace) -> int:
    """Without an ID: the customers (matching --search), to pick one from."""
    from workbench.services.customers import count_customers, list_customers
    from workbench.services.project import open_project

    with open_project(args.project, readonly=True) as project:
        total = count_customers(project, args.search)
        rows = list_customers(project, args.search, limit=LISTED_CUSTOMERS)
    matching = (translate("Linking", " matching '{text}'").format(text=args.search)
                if args.search else "")
    if total == 1:
        _out(translate("Linking", "One customer{matching}.").format(matching=matching))
    else:
        _out(translate("Linking", "{n} customers{matching}. Run 'workbench customer PROJECT ID' "
                       "for one of them.").format(n=count(total), matching=matching))
    for row in rows:
        _out(translate("Linking", "{id:>7}  {label}  ({sources} sources, {contacts} touchpoints, "
                       "{documents} documents)").format(
            id=row.id, label=row.label, sources=count(row.sources), contacts=count(row.touchpoints),
            documents=count(row.documents)))
    if total > len(rows):
        _out(translate("Linking", "…and {n} more (narrow them with --search).").format(
            n=count(total - len(rows))))
    return 0


def cmd_customer(args: argparse.Namespace) -> int:
    from workbench.services.project import open_project

    if args.merge or args.split is not None or args.undo is not None:
        with open_project(args.project) as project:
            return _customer_decision(project, args)
    if args.customer is None:
        return _list_customers(args)
    from workbench.services.customers import customer_page

    with open_project(args.project, readonly=True) as project:
        page = customer_page(project, args.customer)
    _print_page(page)
    return 0


def _usage(message: str):
    from workbench.errors import LinkingError

    return LinkingError(message)


def _customer_decision(project, args: argparse.Namespace) -> int:
    from workbench.services.linking import (
        merge_customers,
        resolve_source,
        split_customer,
        undo_decision,
    )

    if args.undo is not None:
        n = undo_decision(project, args.undo)
        _out(translate("Linking", "Decision {id} undone ({n} customers or rows restored).").format(
            id=args.undo, n=count(n)))
    elif args.merge:
        decision = merge_customers(project, args.merge)
        _out(translate("Linking", "Customers {merged} merged into {survivor} (decision {id}).")
             .format(merged=", ".join(str(m) for m in decision.other_ids),
                     survivor=decision.customer_id, id=decision.id))
    else:
        if not args.rows:
            raise _usage(translate("Linking", "--split needs --rows SOURCE:ROW[,SOURCE:ROW...]."))
        rows = [(resolve_source(project, source).id, row) for source, row in args.rows]
        decision = split_customer(project, args.split, rows)
        _out(translate("Linking", "{n} rows of customer {id} moved to new customer {new} "
                       "(decision {decision}).").format(n=count(len(rows)), id=args.split,
                                                        new=decision.other_ids[0],
                                                        decision=decision.id))
    return 0


def _print_page(page) -> None:
    _out(translate("Linking", "Customer {id}: {label}").format(id=page.id, label=page.label))
    if not page.sources:
        _out(translate("Linking", "No source rows."))
    for source_id, name, rows in page.sources:
        for row in rows:
            _out()
            _out(translate("Linking", "{source}, row {row}").format(source=name, row=row))
            for attribute in page.attributes:
                if attribute.source_id == source_id and attribute.row == row:
                    _out(f"  {attribute.field}: {_cell(attribute.value)}")
    if page.disagreements:
        _out()
        _out(translate("Linking", "Sources disagree ({n}):").format(n=count(len(page.disagreements))))
        for disagreement in page.disagreements:
            values = " | ".join(f"{_cell(a.value)} ({a.source_name}, {a.row})"
                                for a in disagreement.values)
            _out(f"  {disagreement.field}: {values}")
    if page.documents:
        _out()
        _out(translate("Linking", "Documents ({n}):").format(n=count(len(page.documents))))
        for document in page.documents:
            more = "…" if document.length > len(document.excerpt) else ""
            _out(f"  [{document.id}] {document.title}: {document.excerpt}{more}")
    if page.touchpoints:
        _out()
        _out(translate("Linking", "Touchpoints ({n}):").format(n=count(len(page.touchpoints))))
        for point in page.touchpoints:
            parts = [point.occurred_at or "—", point.channel or "—", point.action or "",
                     point.outcome or ""]
            _out("  " + "  ".join(p for p in parts if p))
    if page.personas:
        _out()
        _out(translate("Linking", "Personas:"))
        for member in page.personas:
            persona = member.persona_name or translate("Linking", "fits no persona")
            fit = "" if member.fit is None else f" ({member.fit:.2f})"
            _out(f"  {member.persona_set_name}: {persona}{fit}")


def _cell(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def cmd_forget(args: argparse.Namespace) -> int:
    from workbench.services.customers import forget_customer
    from workbench.services.linking import customer_view
    from workbench.services.project import backups_before_now, open_project, replace_backups

    with open_project(args.project) as project:
        view = customer_view(project, args.customer)  # a clear error for an unknown id first
        if not args.yes:
            if not sys.stdin.isatty():
                _err(translate("Linking", "Refusing to erase customer {id} without confirmation: "
                               "add --yes to erase without asking.").format(id=args.customer))
                return 1
            rows = sum(len(s.rows) for s in view.sources)
            answer = input(translate(
                "Linking", "Erase customer {id} ({label}): {rows} rows, {documents} documents, "
                           "{touchpoints} touchpoints, for good? Type 'yes' to confirm: ").format(
                id=view.id, label=view.label, rows=count(rows), documents=count(len(view.documents)),
                touchpoints=count(len(view.touchpoints))))
            if answer.strip().casefold() not in ("yes", translate("Linking", "yes").casefold()):
                _out(translate("Linking", "Nothing was erased."))
                return 1
        receipt = forget_customer(project, args.customer)
        _out(translate("Linking", "Customer {id} erased (erasure {erasure}, {when}).").format(
            id=args.customer, erasure=receipt.erasure_id, when=receipt.erased_at))
        for table, erased in sorted(receipt.counts.items()):
            _out(f"  {table}: {count(erased)}")
        if not receipt.checkpointed:
            _out(translate("Linking", "Another program has the project open: the erased values "
                           "leave the write-ahead file when it closes the project."))
        older = backups_before_now(project)
        if args.purge_backups:
            backup, deleted = replace_backups(project)
            _out(translate("Linking", "Deleted {n} older automatic backups that still held this "
                           "customer; the project is backed up as it is now in {backup}.").format(
                n=count(deleted), backup=backup))
        elif older:
            _out(translate("Linking", "{n} automatic backups taken before now still hold this "
                           "customer: run again with --purge-backups, or delete them, if the "
                           "request covers backups.").format(n=count(older)))
    return 0


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def cmd_channels(args: argparse.Namespace) -> int:
    from workbench.services.customers import channel_overview
    from workbench.services.project import open_project

    with open_project(args.project, readonly=True) as project:
        channels = channel_overview(project)
    if not channels:
        _out(translate("Linking", "No sources or touchpoints yet."))
        return 0
    for channel in channels:
        kind = (translate("Linking", "source") if channel.kind == "source"
                else translate("Linking", "touchpoint channel"))
        _out(translate("Linking", "{name} ({kind}): {customers} customers, {contacts} contacts, "
                       "{missing:.0%} missing").format(
            name=channel.name, kind=kind, customers=count(channel.customers),
            contacts=count(channel.contacts), missing=channel.missing_share))
        for item in channel.fields:
            _out(translate("Linking", "  {field}: {share:.0%} missing ({missing} of {total})")
                 .format(field=item.field, share=item.missing_share, missing=count(item.missing),
                         total=count(item.total)))
    return 0


def register(add: AddCommand) -> None:
    """Add these commands to the parser."""
    sub = add("link", translate("Linking", "Link customers across sources: rows whose key values "
                                "match become one customer. Prints the linking report."),
              cmd_link)
    sub.add_argument("project", type=Path, help=translate("Linking", "project file"))
    sub.add_argument("--key", type=_parse_key, action="append", metavar="SOURCE:COLUMN[:RULE]",
                     help=translate("Linking", "a column identifying a person; SOURCE is the "
                                    "source id or file name, COLUMN its name or header, RULE one "
                                    "of exact, email, email-loose (also drops +tags and Gmail "
                                    "dots), phone (Italy +39 by default), id. Repeat for more "
                                    "keys. Default: every identifier column by id and every "
                                    "e-mail column by email"))
    sub.add_argument("--undo", type=int, metavar="RUN",
                     help=translate("Linking", "undo linking run RUN (the newest one in effect) "
                                    "instead of linking"))
    sub.add_argument("--fuzzy", type=_parse_key, action="append", metavar="SOURCE:COLUMN",
                     help=translate("Linking", "propose customers whose names in this column "
                                    "look alike (repeat to compare columns of several "
                                    "sources); lists numbered proposals, merges nothing"))
    sub.add_argument("--phone-country", default="39", metavar="CODE",
                     help=translate("Linking", "country calling code given to phone numbers "
                                    "written without one (default 39, Italy; 44 for the United "
                                    "Kingdom...)"))
    sub.add_argument("--threshold", type=float, default=90.0, metavar="SCORE",
                     help=translate("Linking", "fuzzy match score from 1 to 100 a pair of names "
                                    "needs to be proposed (default 90)"))
    sub.add_argument("--accept", type=int, metavar="N",
                     help=translate("Linking", "accept fuzzy proposal N: merge its two "
                                    "customers (undo with 'workbench customer --undo')"))
    sub.add_argument("--reject", type=int, metavar="N",
                     help=translate("Linking", "reject fuzzy proposal N: it is not proposed "
                                    "again"))
    sub.add_argument("--quiet", action="store_true",
                     help=translate("Linking", "do not show progress"))

    sub = add("customer", translate("Linking", "Print everything known about one customer "
                                    "(attributes with their source, disagreements between "
                                    "sources, documents, touchpoints, personas), or merge, "
                                    "split and undo by hand."), cmd_customer)
    sub.add_argument("project", type=Path, help=translate("Linking", "project file"))
    sub.add_argument("customer", type=int, nargs="?", metavar="ID",
                     help=translate("Linking", "customer id (without it, the customers are "
                                    "listed)"))
    sub.add_argument("--search", default="", metavar="TEXT",
                     help=translate("Linking", "without an ID: list only the customers whose "
                                    "id, name, e-mail or phone matches TEXT"))
    sub.add_argument("--merge", type=int, nargs="+", metavar="ID",
                     help=translate("Linking", "merge these customers into one (the lowest id "
                                    "keeps everything); kept when linking runs again"))
    sub.add_argument("--split", type=int, metavar="ID",
                     help=translate("Linking", "move --rows of customer ID into a new "
                                    "customer; linking never merges them back"))
    sub.add_argument("--rows", type=_parse_rows, metavar="SOURCE:ROW,...",
                     help=translate("Linking", "rows for --split: source id or file name and "
                                    "row number, comma-separated (e.g. survey.csv:2,3:14)"))
    sub.add_argument("--undo", type=int, metavar="DECISION",
                     help=translate("Linking", "undo a merge, split, accepted proposal or "
                                    "linking run (the newest one in effect)"))

    sub = add("forget", translate("Linking", "Erase one customer everywhere (GDPR request): "
                                  "source rows, documents, touchpoints, persona memberships, "
                                  "link records. Logs when and how much, never who."),
              cmd_forget)
    sub.add_argument("project", type=Path, help=translate("Linking", "project file"))
    sub.add_argument("customer", type=int, metavar="CUSTOMER",
                     help=translate("Linking", "customer id"))
    sub.add_argument("--yes", action="store_true",
                     help=translate("Linking", "do not ask for confirmation (needed when not "
                                    "run from a terminal)"))
    sub.add_argument("--purge-backups", action="store_true",
                     help=translate("Linking", "also delete the project's older automatic "
                                    "backups, which still hold the customer, after backing the "
                                    "project up as it is now (backups saved elsewhere are not "
                                    "touched)"))

    sub = add("channels", translate("Linking", "Channel overview: per source and touchpoint "
                                    "channel, customers, contacts and the share of missing "
                                    "values per field."), cmd_channels)
    sub.add_argument("project", type=Path, help=translate("Linking", "project file"))
