"""Linking use cases: one customer per person across sources, and the single customer view.

Import creates one customer per distinct identifier within each source;
:func:`link_customers` then merges the customers whose rows share a
normalised key (customer id, e-mail, phone...) in one transaction, and
records every merge so the run can be inspected and undone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from itertools import product
from typing import Any

from workbench.analysis.linking import (
    DEFAULT_COUNTRY_CODE,
    RULES,
    LinkKey,
    NameValue,
    fuzzy_pairs,
    key_frame,
    match_keys,
    normalise_many,
)
from workbench.domain.columns import ColumnRole
from workbench.domain.sources import Source, SourceColumn
from workbench.errors import LinkingError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.store import linking as link_store
from workbench.store import sources as source_store
from workbench.store.project_file import ProjectFile, now_iso

#: Characters of each document shown in the customer view.
EXCERPT_CHARS = 200

__all__ = ["RULES", "LinkKey", "LinkReport", "CustomerView", "LinkDecision", "FuzzyProposal",
           "link_customers", "default_keys", "customer_view", "undo_link_run", "undo_decision",
           "link_runs", "resolve_source", "merge_customers", "split_customer",
           "find_fuzzy_matches", "fuzzy_proposals", "accept_proposal", "reject_proposal",
           "reopen_proposal"]


@dataclass
class SourceLinkStats:
    source_id: int
    source_name: str
    rows: int
    matched: int
    unmatched: int


@dataclass
class ConflictInfo:
    source_id: int
    source_name: str
    column: str
    rule: str
    value: str
    customer_ids: list[int]
    merged: bool
    #: "shared_value" (one value, different identifiers in one source), "kept_apart"
    #: (customers sharing a key left apart by a split) or "row_matches_two" (one row
    #: whose keys match different customers; row_number says which).
    kind: str = "shared_value"
    row_number: int | None = None


@dataclass
class LinkReport:
    run_id: int
    #: The keys as used: {"source_id", "source", "column", "rule"}.
    keys: list[dict[str, Any]]
    customers_before: int
    customers_after: int
    merged_customers: int
    sources: list[SourceLinkStats] = field(default_factory=list)
    #: rule -> rows that matched another customer's row by that rule
    rows_by_rule: dict[str, int] = field(default_factory=dict)
    conflicts: list[ConflictInfo] = field(default_factory=list)
    persona_memberships_affected: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CustomerSourceRows:
    source_id: int
    source_name: str
    file_name: str
    sheet: str | None
    #: (row number in the file, {column header: value})
    rows: list[tuple[int, dict[str, Any]]]


@dataclass
class CustomerView:
    id: int
    label: str
    sources: list[CustomerSourceRows]
    #: {"title", "excerpt", "length", "file_name", "sheet", "source_row"}
    documents: list[dict[str, Any]]
    #: {"occurred_at", "channel", "action", "outcome", "score", "file_name", "source_row"}
    touchpoints: list[dict[str, Any]]


def resolve_source(project: ProjectFile, name_or_id: str | int) -> Source:
    """A source by id or by file name (optionally "file · sheet")."""
    found = source_store.list_sources(project.db)
    text = str(name_or_id).strip()
    if text.isdigit():
        match = [s for s in found if s.id == int(text)]
    else:
        match = [s for s in found if text in (s.file_name, s.display_name)]
    if len(match) != 1:
        names = ", ".join(f"{s.id} ({s.display_name})" for s in found) or "—"
        if match:
            message = translate("Linking", "Two or more sources are called '{source}': use the "
                                "source id. Sources: {sources}.")
        else:
            message = translate("Linking", "The project has no source '{source}'. Sources: "
                                "{sources}.")
        raise LinkingError(message.format(source=text, sources=names))
    return match[0]


def _column(project: ProjectFile, source: Source, name: str) -> SourceColumn:
    columns = source_store.source_columns(project.db, source.id)
    for column in columns:
        if name in (column.name, column.label):
            return column
    folded = name.casefold()
    for column in columns:
        if folded in (column.name.casefold(), column.label.casefold()):
            return column
    raise LinkingError(translate(
        "Linking", "{source} has no column '{column}'. Its columns are: {columns}.").format(
        source=source.display_name, column=name, columns=", ".join(c.title for c in columns)))


def _key_column(project: ProjectFile, source: Source, key: LinkKey) -> SourceColumn:
    """The key's column; "Email:nope" naming a column and an unknown rule says so."""
    try:
        return _column(project, source, key.column)
    except LinkingError:
        name, sep, rule = key.column.rpartition(":")
        if key.rule is None and sep and name:
            try:
                _column(project, source, name)
            except LinkingError:
                pass
            else:
                raise LinkingError(translate(
                    "Linking", "'{rule}' is not a linking rule. Use one of: {rules}.").format(
                    rule=rule, rules=", ".join(RULES))) from None
        raise


def _rule_for(column: SourceColumn) -> str:
    if column.pii_kind == "email":
        return "email"
    if column.pii_kind == "phone":
        return "phone"
    if column.role is ColumnRole.IDENTIFIER:
        return "id"
    return "exact"


def _identity_column(project: ProjectFile, source: Source) -> SourceColumn | None:
    """The column import made customers from (see importing._customers_for_rows)."""
    columns = source_store.source_columns(project.db, source.id)
    events = source.options.get("events") or {}
    by_name = {c.name: c for c in columns}
    if "customer_key" in source.options:  # recorded by imports (None: one customer per row)
        return by_name.get(source.options["customer_key"] or "")
    if events.get("customer") in by_name:
        return by_name[events["customer"]]
    return next((c for c in columns if c.role is ColumnRole.IDENTIFIER), None)


def default_keys(project: ProjectFile) -> list[LinkKey]:
    """Every customer's identifier column by "id" and every e-mail column by "email".

    Identifiers whose header names something else (a product, an order) are left out:
    sharing one does not make two rows the same person.
    """
    from workbench.ingest.keys import key_kind

    keys = []
    for source in source_store.list_sources(project.db):
        for column in source_store.source_columns(project.db, source.id):
            if column.role is ColumnRole.IDENTIFIER and (
                    key_kind(column.title) != "other"
                    or source.options.get("customer_key") == column.name):
                keys.append(LinkKey(source.id, column.name, "id"))
            elif column.role is ColumnRole.PII and column.pii_kind == "email":
                keys.append(LinkKey(source.id, column.name, "email"))
    return keys


def link_customers(project: ProjectFile, keys: list[LinkKey], task: Task | None = None, *,
                   default_country: str = DEFAULT_COUNTRY_CODE) -> LinkReport:
    """Merge the customers whose rows share a normalised key value, in one transaction.

    Phone numbers written without a country prefix are read as ``default_country``
    (the calling code's digits: "39" for Italy, "44" for the United Kingdom...).

    The lowest customer id of each group survives; rows, documents, touchpoints
    and persona memberships of the others move to it. Cancelling (through
    ``task``) leaves the project unchanged.
    """
    task = ensure_task(task)
    if not keys:
        raise LinkingError(translate(
            "Linking", "Choose at least one key column to link customers by."))
    default_country = str(default_country).strip().lstrip("+").lstrip("0")
    if not default_country.isdigit() or len(default_country) > 3:
        raise LinkingError(translate(
            "Linking", "'{code}' is not a country calling code: give its digits, such as 39 for "
            "Italy or 44 for the United Kingdom.").format(code=default_country))
    db = project.db
    resolved: list[tuple[Source, SourceColumn, str]] = []
    for key in keys:
        source = resolve_source(project, key.source_id)
        column = _key_column(project, source, key)
        rule = key.rule or _rule_for(column)
        if rule not in RULES:
            raise LinkingError(translate(
                "Linking", "'{rule}' is not a linking rule. Use one of: {rules}.").format(
                rule=rule, rules=", ".join(RULES)))
        resolved.append((source, column, rule))
    key_dicts = [{"source_id": s.id, "source": s.display_name, "column": c.title, "rule": r}
                 | ({"default_country": default_country} if r == "phone" else {})
                 for s, c, r in resolved]

    # Foreign keys are checked by hand (see link_store.merge_many): per row they would
    # cost more than the merge itself.
    with db.foreign_keys_off(link_store.merges_without_foreign_keys(db)), db.transaction():
        task.report(0, 1, translate("Linking", "Reading key columns…"))
        before = link_store.count_customers(db)
        frames = []
        by_source: dict[int, list[int]] = {}
        for index, (source, _, _) in enumerate(resolved):
            by_source.setdefault(source.id, []).append(index)
        sources = {s.id: s for s, _, _ in resolved}
        for done, (source_id, indexes) in enumerate(by_source.items()):
            identity = _identity_column(project, sources[source_id])
            # In blocks: a source of millions of rows is never held as Python tuples.
            # Each key's blocks stay together, in row order, as if read at once.
            blocks: dict[int, list[Any]] = {index: [] for index in indexes}
            for block in link_store.key_blocks(db, source_id,
                                               [resolved[i][1].position for i in indexes],
                                               identity.position if identity else None):
                row_numbers, customer_ids, identity_values, *key_values = block
                identities = normalise_many(identity_values, "id") if identity else None
                for index, raw in zip(indexes, key_values, strict=True):
                    blocks[index].append(key_frame(source_id, index, resolved[index][2],
                                                   row_numbers, customer_ids, raw, identities,
                                                   default_country))
            for index in indexes:
                frames.extend(blocks[index])
            task.report(0.1 + 0.3 * (done + 1) / len(by_source), 1,
                        translate("Linking", "Reading key columns…"))
        task.report(0.4, 1, translate("Linking", "Matching keys…"))
        result = match_keys(_drained(frames), _apart_pairs(project))
        stamp = now_iso()
        run_id = link_store.create_run(db, stamp, key_dicts)
        task.report(0.5, 1, translate("Linking", "Merging customers…"))
        affected = link_store.merge_many(
            db, run_id, zip(result.merged.tolist(), result.survivors.tolist(),
                            result.merge_keys.tolist(), strict=True),
            [(_key_text(key), key["rule"]) for key in key_dicts])
        task.report(0.9, 1, translate("Linking", "Writing the report…"))
        report = LinkReport(run_id=run_id, keys=key_dicts, customers_before=before,
                            customers_after=link_store.count_customers(db),
                            merged_customers=len(result.merged),
                            persona_memberships_affected=affected)
        rule_counts = result.rows_by_rule()
        report.rows_by_rule = {rule: rule_counts.get(rule, 0)
                               for rule in dict.fromkeys(r for _, _, r in resolved)}
        matched_per_source = result.matched_per_source()
        for source_id, source in sources.items():
            rows = link_store.row_count(db, source_id)
            matched = matched_per_source.get(source_id, 0)
            report.sources.append(SourceLinkStats(source_id, source.display_name, rows, matched,
                                                  rows - matched))
        kept_apart = {(c.key, c.value) for c in result.conflicts if c.kind == "kept_apart"}
        for conflict in result.conflicts:
            if conflict.kind == "shared_value" and (conflict.key, conflict.value) in kept_apart:
                continue  # a split keeps them apart: the "kept apart" entry tells it right
            source, column, _ = resolved[conflict.key]
            if conflict.kind == "row_matches_two":
                source = sources.get(conflict.source_id, source)
                column_title = ""
            else:
                column_title = column.title
            report.conflicts.append(ConflictInfo(conflict.source_id, source.display_name,
                                                 column_title, conflict.rule, conflict.value,
                                                 list(conflict.customer_ids), conflict.merged,
                                                 conflict.kind, conflict.row_number))
        link_store.save_report(db, run_id, report.to_dict())
        task.report(1, 1, translate("Linking", "Finishing…"))
    db.optimize()
    return report


def _drained(items: list[Any]) -> Iterator[Any]:
    """The items in order, each dropped from the list as it is handed out (so the
    consumer alone decides how long it is kept)."""
    items.reverse()
    while items:
        yield items.pop()


def _key_text(key: dict[str, Any]) -> str:
    return f"{key['source']}:{key['column']}"


def link_runs(project: ProjectFile) -> list[dict[str, Any]]:
    """Every linking run: id, created_at, keys, report, undone_at."""
    return link_store.list_runs(project.db)


def undo_link_run(project: ProjectFile, run_id: int) -> int:
    """Undo a linking run or a manual decision; see :func:`undo_decision`."""
    return undo_decision(project, run_id)


def undo_decision(project: ProjectFile, decision_id: int) -> int:
    """Undo a linking run or a manual decision (merge, split, accepted fuzzy match).

    A run or merge is split back apart (returns the customers restored); a split's
    rows go back to their customer (returns the rows moved back). Only the newest
    run or decision still in effect can be undone: later ones may build on it.
    """
    db = project.db
    runs = {r["id"]: r for r in link_store.list_runs(db)}
    if decision_id not in runs:
        raise LinkingError(translate("Linking", "There is no linking run or decision {id}.")
                           .format(id=decision_id))
    run = runs[decision_id]
    if run["undone_at"]:
        raise LinkingError(translate("Linking", "Linking run {id} was already undone.").format(
            id=decision_id))
    later = link_store.later_runs(db, decision_id)
    if later:
        raise LinkingError(translate(
            "Linking", "Undo the later linking runs and decisions first: {runs}.").format(
            runs=", ".join(str(r) for r in later)))
    with db.transaction():
        if run["kind"] == "split":
            restored = link_store.count_row_moves(db, decision_id)
            link_store.undo_moves(db, decision_id, now_iso(), run["report"].get("new_customer"))
        else:
            restored = link_store.undo_merges(db, decision_id, now_iso())
            proposal = link_store.proposal_of_run(db, decision_id)
            if proposal is not None:
                link_store.set_proposal(db, proposal, "open", None)
    return restored


def customer_view(project: ProjectFile, customer_id: int) -> CustomerView:
    """Everything known about one customer: rows per source, documents, touchpoints."""
    db = project.db
    label = link_store.customer_label(db, customer_id)
    if label is None:
        raise LinkingError(translate("Linking", "There is no customer {id}.").format(
            id=customer_id))
    per_source = []
    for source in source_store.list_sources(db):
        rows = link_store.customer_source_rows(db, source.id, customer_id)
        if not rows:
            continue
        titles = [c.title for c in source_store.source_columns(db, source.id)]
        per_source.append(CustomerSourceRows(
            source.id, source.display_name, source.file_name, source.sheet,
            [(row[0], dict(zip(titles, row[1:], strict=True))) for row in rows]))
    return CustomerView(customer_id, label, per_source,
                        link_store.customer_documents(db, customer_id, EXCERPT_CHARS),
                        link_store.customer_touchpoints(db, customer_id))


# --- manual decisions -------------------------------------------------------------------

@dataclass(frozen=True)
class LinkDecision:
    """A manual decision, stored and undoable with :func:`undo_decision`."""

    id: int
    #: "merge", "split" or "fuzzy" (an accepted fuzzy proposal).
    kind: str
    #: The customer that remains (merge) or was split.
    customer_id: int
    #: Merged into customer_id (merge), or the new customer holding the moved rows (split).
    other_ids: list[int]


def _apart_pairs(project: ProjectFile) -> list[tuple[int, int]]:
    """Customer pairs that splits keep apart, from the rows on each side as they are now."""
    db = project.db
    splits = link_store.apart_rows(db)
    if not splits:
        return []
    rows = [row for stayed, moved in splits.values() for row in (*stayed, *moved)]
    now = link_store.customers_of_rows(db, rows)
    pairs: set[tuple[int, int]] = set()
    for stayed, moved in splits.values():
        left = {now[r] for r in stayed if r in now}
        right = {now[r] for r in moved if r in now}
        pairs.update((a, b) for a, b in product(left, right) if a != b)
    return sorted(pairs)


def _require_customers(project: ProjectFile, customer_ids: Sequence[int]) -> None:
    missing = sorted(set(customer_ids) - set(link_store.customers_exist(project.db,
                                                                        customer_ids)))
    if missing:
        raise LinkingError(translate("Linking", "There is no customer {id}.").format(
            id=", ".join(str(m) for m in missing)))


def _merge(project: ProjectFile, customer_ids: Sequence[int], kind: str, key: str
           ) -> LinkDecision:
    ids = sorted(set(customer_ids))
    if len(ids) < 2:
        raise LinkingError(translate("Linking", "Choose two or more different customers to "
                                     "merge."))
    _require_customers(project, ids)
    db = project.db
    survivor, merged = ids[0], ids[1:]
    with db.transaction():
        run_id = link_store.create_run(db, now_iso(), [], kind=kind)
        link_store.merge_customers(db, run_id, [(m, survivor, key, kind) for m in merged])
        link_store.save_report(db, run_id, {"survivor": survivor, "merged": merged})
    return LinkDecision(run_id, kind, survivor, merged)


def merge_customers(project: ProjectFile, customer_ids: Sequence[int]) -> LinkDecision:
    """Merge customers by hand: the lowest id keeps every row, document, touchpoint and
    persona membership. Stays merged when linking runs again; undo with undo_decision."""
    return _merge(project, customer_ids, "merge", translate("Linking", "manual merge"))


def split_customer(project: ProjectFile, customer_id: int, rows: Sequence[tuple[int, int]]
                   ) -> LinkDecision:
    """Move chosen (source id, row number) rows of a customer out into a new customer.

    Their documents and touchpoints follow them. Re-linking never merges the two
    sides again by the same keys (the decision is kept by row, not by id).
    """
    _require_customers(project, [customer_id])
    db = project.db
    chosen = sorted(set((int(s), int(r)) for s, r in rows))
    if not chosen:
        raise LinkingError(translate("Linking", "Choose the rows to move to a new customer."))
    own = link_store.customer_rows(db, customer_id)
    foreign = [r for r in chosen if r not in set(own)]
    if foreign:
        raise LinkingError(translate(
            "Linking", "Rows {rows} do not belong to customer {id}. Its rows are: {own}.").format(
            rows=", ".join(f"{s}:{r}" for s, r in foreign), id=customer_id,
            own=", ".join(f"{s}:{r}" for s, r in own) or "—"))
    stayed = [r for r in own if r not in set(chosen)]
    if not stayed:
        raise LinkingError(translate(
            "Linking", "Leave at least one row with customer {id}: a split moves some of its "
                       "rows, not all.").format(id=customer_id))
    label = link_store.customer_label(db, customer_id) or ""
    with db.transaction():
        stamp = now_iso()
        run_id = link_store.create_run(db, stamp, [], kind="split")
        new_id = link_store.create_customer(db, label, stamp)
        link_store.move_rows(db, run_id, chosen, customer_id, new_id)
        link_store.add_apart(db, run_id, 0, stayed)
        link_store.add_apart(db, run_id, 1, chosen)
        link_store.save_report(db, run_id, {"customer": customer_id, "new_customer": new_id,
                                            "rows": [list(r) for r in chosen]})
    return LinkDecision(run_id, "split", customer_id, [new_id])


# --- fuzzy proposals --------------------------------------------------------------------

@dataclass(frozen=True)
class FuzzyProposal:
    """Two customers whose names look alike: merged only if the researcher accepts."""

    id: int
    score: float
    #: "SOURCE:COLUMN" the names were read from.
    key: str
    #: "open", "accepted" or "rejected".
    status: str
    #: Each side's source row, name as written and current customer (None if erased).
    source_a: int
    row_a: int
    value_a: str
    customer_a: int | None
    source_b: int
    row_b: int
    value_b: str
    customer_b: int | None
    created_at: str


def _proposals(project: ProjectFile, found: list[dict[str, Any]]) -> list[FuzzyProposal]:
    rows = [(p["source_a"], p["row_a"]) for p in found] + [(p["source_b"], p["row_b"])
                                                           for p in found]
    now = link_store.customers_of_rows(project.db, rows)
    return [FuzzyProposal(p["id"], p["score"], p["key"], p["status"], p["source_a"], p["row_a"],
                          p["value_a"], now.get((p["source_a"], p["row_a"])), p["source_b"],
                          p["row_b"], p["value_b"], now.get((p["source_b"], p["row_b"])),
                          p["created_at"])
            for p in found]


def find_fuzzy_matches(project: ProjectFile, keys: list[LinkKey], threshold: float = 90.0,
                       task: Task | None = None) -> list[FuzzyProposal]:
    """Propose pairs of customers whose names (the ``keys`` columns) score at least
    ``threshold`` (0-100) alike. Replaces the open proposals; rejected pairs and
    customers kept apart by a split are not proposed again. Nothing is merged."""
    task = ensure_task(task)
    if not keys:
        raise LinkingError(translate("Linking", "Choose at least one name column for fuzzy "
                                     "matching."))
    if not 0 < threshold <= 100:
        raise LinkingError(translate("Linking", "The threshold must be between 1 and 100, "
                                     "not {value}.").format(value=threshold))
    db = project.db
    names: list[NameValue] = []
    key_text: dict[int, str] = {}
    for key in keys:
        source = resolve_source(project, key.source_id)
        column = _key_column(project, source, key)
        key_text[source.id] = _key_text({"source": source.display_name, "column": column.title})
        for row_number, customer_id, _, value in link_store.key_cells(db, source.id,
                                                                      [column.position], None):
            if value not in (None, ""):
                names.append(NameValue(source.id, row_number, customer_id, str(value)))
    task.report(0.1, 1, translate("Linking", "Comparing names…"))
    skip = {frozenset(p) for p in _apart_pairs(project)}
    rejected = link_store.list_proposals(db, "rejected")
    now = link_store.customers_of_rows(db, [(p["source_a"], p["row_a"]) for p in rejected]
                                       + [(p["source_b"], p["row_b"]) for p in rejected])
    for p in rejected:
        a, b = now.get((p["source_a"], p["row_a"])), now.get((p["source_b"], p["row_b"]))
        if a is not None and b is not None:
            skip.add(frozenset((a, b)))
    pairs = fuzzy_pairs(names, threshold, skip)
    task.report(0.9, 1, translate("Linking", "Storing proposals…"))
    with db.transaction():
        link_store.replace_open_proposals(db, now_iso(), [
            (p.score, key_text[p.a.source_id] if p.a.source_id == p.b.source_id
             else f"{key_text[p.a.source_id]} ~ {key_text[p.b.source_id]}",
             p.a.source_id, p.a.row_number, p.a.value, p.b.source_id, p.b.row_number, p.b.value)
            for p in pairs])
    return fuzzy_proposals(project)


def fuzzy_proposals(project: ProjectFile, status: str | None = "open") -> list[FuzzyProposal]:
    """Stored proposals, best first (``status`` None: all of them)."""
    return _proposals(project, link_store.list_proposals(project.db, status))


def _open_proposal(project: ProjectFile, proposal_id: int) -> FuzzyProposal:
    found = link_store.get_proposal(project.db, proposal_id)
    if found is None:
        raise LinkingError(translate("Linking", "There is no fuzzy match proposal {id}.").format(
            id=proposal_id))
    proposal = _proposals(project, [found])[0]
    if proposal.status != "open":
        if proposal.status == "accepted":
            raise LinkingError(translate("Linking", "Proposal {id} was already accepted.").format(
                id=proposal_id))
        raise LinkingError(translate("Linking", "Proposal {id} was already rejected.").format(
            id=proposal_id))
    return proposal


def accept_proposal(project: ProjectFile, proposal_id: int) -> LinkDecision:
    """Merge the two customers of an open proposal (undo with undo_decision)."""
    proposal = _open_proposal(project, proposal_id)
    a, b = proposal.customer_a, proposal.customer_b
    if a is None or b is None or a == b:
        raise LinkingError(translate(
            "Linking", "Proposal {id} no longer names two different customers: run fuzzy "
                       "matching again.").format(id=proposal_id))
    db = project.db
    with db.transaction():
        decision = _merge(project, [a, b], "fuzzy", proposal.key)
        link_store.set_proposal(db, proposal_id, "accepted", now_iso(), decision.id)
    return decision


def reject_proposal(project: ProjectFile, proposal_id: int) -> None:
    """Remember that these two are different people: never proposed again."""
    _open_proposal(project, proposal_id)
    with project.db.transaction():
        link_store.set_proposal(project.db, proposal_id, "rejected", now_iso())


def reopen_proposal(project: ProjectFile, proposal_id: int) -> None:
    """Undo a rejection (an accepted proposal is undone with undo_decision)."""
    found = link_store.get_proposal(project.db, proposal_id)
    if found is None or found["status"] != "rejected":
        raise LinkingError(translate("Linking", "Proposal {id} is not rejected.").format(
            id=proposal_id))
    with project.db.transaction():
        link_store.set_proposal(project.db, proposal_id, "open", None)
