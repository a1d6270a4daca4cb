"""Linking use cases: one customer per person across sources, and the single customer view.

Import creates one customer per distinct identifier within each source;
:func:`link_customers` then merges the customers whose rows share a
normalised key (customer id, e-mail, phone...) in one transaction, and
records every merge so the run can be inspected and undone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from workbench.analysis.linking import RULES, KeyValue, LinkKey, match_customers, normalise
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

__all__ = ["RULES", "LinkKey", "LinkReport", "CustomerView", "link_customers", "default_keys",
           "customer_view", "undo_link_run", "link_runs", "resolve_source"]


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
    if events.get("customer") in by_name:
        return by_name[events["customer"]]
    return next((c for c in columns if c.role is ColumnRole.IDENTIFIER), None)


def default_keys(project: ProjectFile) -> list[LinkKey]:
    """Every identifier column by "id" and every e-mail column by "email"."""
    keys = []
    for source in source_store.list_sources(project.db):
        for column in source_store.source_columns(project.db, source.id):
            if column.role is ColumnRole.IDENTIFIER:
                keys.append(LinkKey(source.id, column.name, "id"))
            elif column.role is ColumnRole.PII and column.pii_kind == "email":
                keys.append(LinkKey(source.id, column.name, "email"))
    return keys


def link_customers(project: ProjectFile, keys: list[LinkKey], task: Task | None = None
                   ) -> LinkReport:
    """Merge the customers whose rows share a normalised key value, in one transaction.

    The lowest customer id of each group survives; rows, documents, touchpoints
    and persona memberships of the others move to it. Cancelling (through
    ``task``) leaves the project unchanged.
    """
    task = ensure_task(task)
    if not keys:
        raise LinkingError(translate(
            "Linking", "Choose at least one key column to link customers by."))
    db = project.db
    resolved: list[tuple[Source, SourceColumn, str]] = []
    for key in keys:
        source = resolve_source(project, key.source_id)
        column = _column(project, source, key.column)
        rule = key.rule or _rule_for(column)
        if rule not in RULES:
            raise LinkingError(translate(
                "Linking", "'{rule}' is not a linking rule. Use one of: {rules}.").format(
                rule=rule, rules=", ".join(RULES)))
        resolved.append((source, column, rule))
    key_dicts = [{"source_id": s.id, "source": s.display_name, "column": c.title, "rule": r}
                 for s, c, r in resolved]

    with db.transaction():
        task.report(0, 1, translate("Linking", "Reading key columns…"))
        before = link_store.count_customers(db)
        values: list[KeyValue] = []
        by_source: dict[int, list[int]] = {}
        for index, (source, _, _) in enumerate(resolved):
            by_source.setdefault(source.id, []).append(index)
        sources = {s.id: s for s, _, _ in resolved}
        for done, (source_id, indexes) in enumerate(by_source.items()):
            identity = _identity_column(project, sources[source_id])
            cells = link_store.key_cells(db, source_id, [resolved[i][1].position for i in indexes],
                                         identity.position if identity else None)
            for row_number, customer_id, identity_value, *key_values in cells:
                identity_key = normalise(identity_value, "id")
                for index, raw in zip(indexes, key_values, strict=True):
                    value = normalise(raw, resolved[index][2])
                    if value is not None:
                        values.append(KeyValue(source_id, row_number, customer_id, index,
                                               resolved[index][2], value, identity_key))
            task.report(0.1 + 0.3 * (done + 1) / len(by_source), 1,
                        translate("Linking", "Reading key columns…"))
        task.report(0.4, 1, translate("Linking", "Matching keys…"))
        result = match_customers(values)
        stamp = now_iso()
        run_id = link_store.create_run(db, stamp, key_dicts)
        task.report(0.5, 1, translate("Linking", "Merging customers…"))
        merges = [(merged, survivor, _key_text(key_dicts[key]), key_dicts[key]["rule"])
                  for merged, (survivor, key) in sorted(result.merges.items())]
        affected = link_store.merge_customers(db, run_id, merges)
        task.report(0.9, 1, translate("Linking", "Writing the report…"))
        report = LinkReport(run_id=run_id, keys=key_dicts, customers_before=before,
                            customers_after=link_store.count_customers(db),
                            merged_customers=len(merges),
                            persona_memberships_affected=affected)
        rule_counts: Counter[str] = Counter()
        for rules in result.matched_rows.values():
            rule_counts.update(rules)
        report.rows_by_rule = {rule: rule_counts.get(rule, 0)
                               for rule in dict.fromkeys(r for _, _, r in resolved)}
        matched_per_source = Counter(source_id for source_id, _ in result.matched_rows)
        for source_id, source in sources.items():
            rows = link_store.row_count(db, source_id)
            matched = matched_per_source.get(source_id, 0)
            report.sources.append(SourceLinkStats(source_id, source.display_name, rows, matched,
                                                  rows - matched))
        for conflict in result.conflicts:
            source, column, _ = resolved[conflict.key]
            report.conflicts.append(ConflictInfo(conflict.source_id, source.display_name,
                                                 column.title, conflict.rule, conflict.value,
                                                 list(conflict.customer_ids), conflict.merged))
        link_store.save_report(db, run_id, report.to_dict())
        task.report(1, 1, translate("Linking", "Finishing…"))
    db.optimize()
    return report


def _key_text(key: dict[str, Any]) -> str:
    return f"{key['source']}:{key['column']}"


def link_runs(project: ProjectFile) -> list[dict[str, Any]]:
    """Every linking run: id, created_at, keys, report, undone_at."""
    return link_store.list_runs(project.db)


def undo_link_run(project: ProjectFile, run_id: int) -> int:
    """Split the customers a run merged back apart; return how many were restored.

    Only the newest run still in effect can be undone (later runs may have
    built on its merges).
    """
    db = project.db
    runs = {r["id"]: r for r in link_store.list_runs(db)}
    if run_id not in runs:
        raise LinkingError(translate("Linking", "There is no linking run {id}.").format(id=run_id))
    if runs[run_id]["undone_at"]:
        raise LinkingError(translate("Linking", "Linking run {id} was already undone.").format(
            id=run_id))
    later = link_store.later_runs(db, run_id)
    if later:
        raise LinkingError(translate(
            "Linking", "Undo the later linking runs first: {runs}.").format(
            runs=", ".join(str(r) for r in later)))
    with db.transaction():
        restored = link_store.undo_merges(db, run_id, now_iso())
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
