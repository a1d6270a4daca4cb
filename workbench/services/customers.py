"""Customer use cases: the customer list and its search, the customer page, the
channel overview and erasure on request (GDPR).

Linking itself (keys, fuzzy proposals, manual merge/split and undo) lives in
:mod:`workbench.services.linking`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from workbench.analysis.linking import normalise
from workbench.domain.columns import ColumnRole
from workbench.errors import LinkingError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.store import customers as customer_store
from workbench.store import linking as link_store
from workbench.store import sources as source_store
from workbench.store.project_file import ProjectFile, now_iso

__all__ = ["CustomerRow", "CustomerAttribute", "Disagreement", "CustomerDocument",
           "CustomerTouchpoint", "PersonaMembership", "CustomerPage", "FieldCompleteness",
           "ChannelSummary", "ErasureReceipt", "list_customers", "count_customers",
           "prepare_customer_search", "customer_page", "channel_overview", "forget_customer",
           "erasure_log"]

#: Characters of each document shown on the customer page.
EXCERPT_CHARS = 200
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    label: str
    #: Source rows linked to this customer, and how many sources they come from.
    rows: int
    sources: int
    documents: int
    touchpoints: int


@dataclass(frozen=True)
class CustomerAttribute:
    """One value known about the customer, with where it comes from."""

    field: str
    value: Any
    source_id: int
    source_name: str
    row: int
    role: str
    pii_kind: str | None = None


@dataclass(frozen=True)
class Disagreement:
    """The same field in several sources with different values, side by side."""

    field: str
    #: Every value of that field: the attributes, in source order.
    values: list[CustomerAttribute]


@dataclass(frozen=True)
class CustomerDocument:
    id: int
    title: str
    excerpt: str
    length: int
    file_name: str | None
    source_row: int | None


@dataclass(frozen=True)
class CustomerTouchpoint:
    occurred_at: str | None
    channel: str | None
    action: str | None
    outcome: str | None
    score: float | None
    file_name: str | None
    source_row: int | None


@dataclass(frozen=True)
class PersonaMembership:
    persona_set_id: int
    persona_set_name: str
    persona_id: int | None
    #: None when the customer fits no persona of that set (see unassigned_reason).
    persona_name: str | None
    fit: float | None
    unassigned_reason: str | None


#: Coded passages shown on a customer page.
CODED_PASSAGES = 30


@dataclass
class CustomerPage:
    """Everything known about one person across sources and channels."""

    id: int
    label: str
    #: Every non-empty value (free text is under documents), in source and row order.
    attributes: list[CustomerAttribute]
    disagreements: list[Disagreement]
    documents: list[CustomerDocument]
    #: Time-ordered (events without a time last).
    touchpoints: list[CustomerTouchpoint]
    personas: list[PersonaMembership]
    #: (source id, display name, row numbers) of every source the customer appears in.
    sources: list[tuple[int, str, list[int]]] = field(default_factory=list)
    #: Their coded passages (workbench.domain.evidence.Passage), marked quotes first.
    coded: list = field(default_factory=list)


@dataclass(frozen=True)
class FieldCompleteness:
    field: str
    missing: int
    total: int

    @property
    def missing_share(self) -> float:
        return self.missing / self.total if self.total else 0.0


@dataclass(frozen=True)
class ChannelSummary:
    """One channel: an imported source (kind "source") or a touchpoint channel ("touchpoint")."""

    kind: str
    name: str
    source_id: int | None
    customers: int
    #: Rows of the source, or touchpoint events of the channel.
    contacts: int
    fields: list[FieldCompleteness]

    @property
    def missing_share(self) -> float:
        """Share of empty cells over every field."""
        total = sum(f.total for f in self.fields)
        return sum(f.missing for f in self.fields) / total if total else 0.0


@dataclass(frozen=True)
class ErasureReceipt:
    """What an erasure removed: counts per table, never who."""

    erasure_id: int
    erased_at: str
    counts: dict[str, int]
    #: False when another connection kept the write-ahead log from being folded into
    #: the file: the deleted values may linger in the -wal file until the project closes.
    checkpointed: bool


# --- the list -----------------------------------------------------------------------------

def _terms(value: Any, column) -> set[str]:
    """Search terms of one identifying cell: the value and its tails from each word."""
    if value is None or value == "":
        return set()
    text = str(value).casefold().strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    terms = {text} if text else set()
    # Every tail of the value from a word's start, so "rossi@ex" finds
    # "giulia.rossi@example.it" through an index range scan.
    terms.update(text[m.start():] for m in _WORDS.finditer(text))
    if column.pii_kind == "phone":
        # Digits only too: "3331234" finds "+39 333 1234567".
        terms.update(d for d in ("".join(ch for ch in t if ch.isdigit()) for t in list(terms))
                     if d)
    return terms


def _searchable(column) -> bool:
    return column.role is ColumnRole.IDENTIFIER or (
        column.role is ColumnRole.PII and column.pii_kind in ("name", "email", "phone"))


def prepare_customer_search(project: ProjectFile, task: Task | None = None) -> int:
    """Index the identifying cells of sources not indexed yet; return how many sources.

    Cheap when nothing changed; the list calls it itself, the GUI may run it in the
    background after an import. A read-only project is searched without new sources.
    """
    task = ensure_task(task)
    db = project.db
    current = set(customer_store.source_ids(db))
    indexed = set(customer_store.indexed_source_ids(db))
    if project.readonly or (current == indexed):
        return 0
    todo = sorted(current - indexed)
    with db.transaction():
        for gone in indexed - current:
            customer_store.forget_terms_of_source(db, gone)
        for done, source_id in enumerate(todo):
            columns = [c for c in source_store.source_columns(db, source_id) if _searchable(c)]
            terms: list[tuple[str, int]] = []
            if columns:
                for row_number, *values in customer_store.source_cells(
                        db, source_id, [c.position for c in columns]):
                    row_terms: set[str] = set()
                    for column, value in zip(columns, values, strict=True):
                        row_terms |= _terms(value, column)
                    terms.extend((t, row_number) for t in row_terms)
            customer_store.add_terms(db, source_id, terms)
            task.report(done + 1, len(todo), translate("Customers", "Indexing customers…"))
    return len(todo)


def _search_args(project: ProjectFile, search: str) -> tuple[str, list[int], int | None]:
    prepare_customer_search(project)
    text = search.strip().casefold()
    search_id = int(text) if text.isdigit() and len(text) < 18 else None
    existing = set(customer_store.source_ids(project.db))  # a read-only project may lag
    indexed = [s for s in customer_store.indexed_source_ids(project.db) if s in existing]
    return text, indexed, search_id


def list_customers(project: ProjectFile, search: str = "", offset: int = 0, limit: int = 200
                   ) -> list[CustomerRow]:
    """A page of customers by id; ``search`` matches the id, a part of the label, or the
    start of any word of an identifying value (name, e-mail, phone, customer id)."""
    db = project.db
    if search.strip():
        text, sources, search_id = _search_args(project, search)
        found = customer_store.search_customers(db, text, sources, search_id, offset, limit)
    else:
        found = customer_store.customer_labels(db, limit=limit, offset=offset)
    counts = customer_store.page_counts(db, [c for c, _ in found])
    return [CustomerRow(c, label, **counts[c]) for c, label in found]


def count_customers(project: ProjectFile, search: str = "") -> int:
    """How many customers :func:`list_customers` pages through with this search."""
    if not search.strip():
        return customer_store.count_customers(project.db)
    text, sources, search_id = _search_args(project, search)
    return customer_store.count_search(project.db, text, sources, search_id)


# --- the page -----------------------------------------------------------------------------

def _field_key(title: str) -> str:
    return " ".join(_WORDS.findall(title.casefold()))


def _comparable(attribute: CustomerAttribute) -> Any:
    if attribute.pii_kind == "email":
        return normalise(attribute.value, "email")
    if attribute.pii_kind == "phone":
        return normalise(attribute.value, "phone")
    if isinstance(attribute.value, float):
        return attribute.value
    return normalise(attribute.value, "exact")


def customer_page(project: ProjectFile, customer_id: int) -> CustomerPage:
    """Everything known about one customer, with the source of each value."""
    from workbench.services.evidence import quotes_for_customers

    db = project.db
    label = link_store.customer_label(db, customer_id)
    if label is None:
        raise LinkingError(translate("Linking", "There is no customer {id}.").format(
            id=customer_id))
    attributes: list[CustomerAttribute] = []
    sources: list[tuple[int, str, list[int]]] = []
    for source in source_store.list_sources(db):
        rows = link_store.customer_source_rows(db, source.id, customer_id)
        if not rows:
            continue
        sources.append((source.id, source.display_name, [r[0] for r in rows]))
        columns = source_store.source_columns(db, source.id)
        for row in rows:
            for column, value in zip(columns, row[1:], strict=True):
                if value is None or value == "" or column.role in (ColumnRole.FREE_TEXT,
                                                                   ColumnRole.IGNORE):
                    continue
                attributes.append(CustomerAttribute(column.title, value, source.id,
                                                    source.display_name, row[0],
                                                    column.role.value, column.pii_kind))
    return CustomerPage(
        id=customer_id, label=label, attributes=attributes,
        disagreements=_disagreements(attributes),
        documents=[CustomerDocument(d["id"], d["title"], d["excerpt"], d["length"],
                                    d["file_name"], d["source_row"])
                   for d in link_store.customer_documents(db, customer_id, EXCERPT_CHARS)],
        touchpoints=[CustomerTouchpoint(t["occurred_at"], t["channel"], t["action"],
                                        t["outcome"], t["score"], t["file_name"], t["source_row"])
                     for t in link_store.customer_touchpoints(db, customer_id)],
        personas=[PersonaMembership(**m)
                  for m in customer_store.persona_memberships(db, customer_id)],
        sources=sources,
        coded=quotes_for_customers(project, [customer_id], CODED_PASSAGES))


def _disagreements(attributes: list[CustomerAttribute]) -> list[Disagreement]:
    by_field: dict[str, list[CustomerAttribute]] = {}
    for attribute in attributes:
        by_field.setdefault(_field_key(attribute.field), []).append(attribute)
    found = []
    for values in by_field.values():
        if len({a.source_id for a in values}) < 2:
            continue
        if len({_comparable(a) for a in values}) > 1:
            found.append(Disagreement(values[0].field, values))
    return found


# --- channels -----------------------------------------------------------------------------

def channel_overview(project: ProjectFile) -> list[ChannelSummary]:
    """Per source and per touchpoint channel: customers, contacts, missing values per field."""
    db = project.db
    summaries = []
    for source in source_store.list_sources(db):
        columns = [c for c in source_store.source_columns(db, source.id)
                   if c.role is not ColumnRole.IGNORE]
        rows, customers, missing = customer_store.source_completeness(
            db, source.id, [c.position for c in columns])
        summaries.append(ChannelSummary(
            "source", source.display_name, source.id, customers, rows,
            [FieldCompleteness(c.title, m, rows) for c, m in zip(columns, missing, strict=True)]))
    for channel in customer_store.touchpoint_channels(db):
        contacts = channel["contacts"]
        name = channel["channel"] or translate("Customers", "(no channel)")
        summaries.append(ChannelSummary(
            "touchpoint", name, None, channel["customers"], contacts,
            [FieldCompleteness(translate("Customers", "time"), channel["occurred_at"], contacts),
             FieldCompleteness(translate("Customers", "action"), channel["action"], contacts),
             FieldCompleteness(translate("Customers", "outcome"), channel["outcome"], contacts),
             FieldCompleteness(translate("Customers", "score"), channel["score"], contacts)]))
    return summaries


# --- erasure ------------------------------------------------------------------------------

def _identifying_values(page: CustomerPage) -> set[str]:
    values = {str(page.label).casefold()}
    for attribute in page.attributes:
        if attribute.role in (ColumnRole.IDENTIFIER.value, ColumnRole.PII.value):
            values.add(str(attribute.value).casefold())
            for rule in ("email", "phone", "id", "exact"):
                normalised = normalise(attribute.value, rule)
                if normalised:
                    values.add(normalised)
    return values


def forget_customer(project: ProjectFile, customer_id: int, task: Task | None = None
                    ) -> ErasureReceipt:
    """Erase one customer everywhere (GDPR), in one transaction, and log that it happened.

    Removes their rows from every source, their documents (codings go with them),
    touchpoints, persona memberships, link records and proposals, and the customer.
    Deleted pages are overwritten (secure delete) and the write-ahead log is folded
    into the file, so the values cannot be read back from the project file.
    """
    task = ensure_task(task)
    db = project.db
    page = customer_page(project, customer_id)  # raises when there is no such customer
    task.report(0, 1, translate("Customers", "Erasing the customer…"))
    previous = customer_store.secure_delete(db, True)
    try:
        with db.transaction():
            counts = customer_store.erase_customer(db, customer_id, _identifying_values(page))
            stamp = now_iso()
            erasure_id = customer_store.log_erasure(db, stamp, counts)
            task.report(1, 1, translate("Customers", "Erasing the customer…"))
        checkpointed = customer_store.checkpoint(db)
    finally:
        customer_store.secure_delete(db, bool(previous))
    return ErasureReceipt(erasure_id, stamp, counts, checkpointed)


def erasure_log(project: ProjectFile) -> list[dict[str, Any]]:
    """Every erasure: id, erased_at, counts per table."""
    return customer_store.erasure_log(project.db)
