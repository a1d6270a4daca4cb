"""Which column, if any, says which customer a row is about.

Several columns can be identifiers: a customer id, an order number, a
product code. Only a customer's or respondent's key may group rows into one
customer; a product id that repeats would merge every reviewer of the product
into one person. The header says what a key names (customer, cliente, user,
respondent... against product, order, item, SKU, ticket...), and the values
check it: where a key repeats, what describes a person (age, gender, name,
e-mail) must stay the same across its rows; when it varies like the answers
of different people, the key is not a person. Without a customer key every
row is its own customer.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.i18n import translate
from workbench.ingest import vocabulary as vocab
from workbench.ingest.headers import header_words
from workbench.ingest.values import cell_text, is_missing

#: Rows looked at when judging a key (the first ones and a spread of the rest).
SAMPLE_ROWS = 5000
#: A person column is "the same across a key's rows" in at least this share of keys.
STABLE_SHARE = 0.9
#: ... and "varies like independent answers" when it is stable in little more
#: than the share the same column reaches with its values shuffled.
INDEPENDENT_MARGIN = 0.2
#: Fewer keys repeating than this: too little to judge, the header decides.
MIN_REPEATED_KEYS = 5
#: Columns other than a person's looked at for agreement (a 20,000-column file stays fast).
MAX_COMPARED_COLUMNS = 200


@dataclass(frozen=True)
class CustomerKey:
    """The column that identifies the customer (its name), or None: one customer per row."""

    column: str | None
    #: One translated line saying why.
    reason: str


def key_kind(label: str) -> str:
    """What an identifier's header names: "customer", "other" (a product, an order...)
    or "generic" ("ID", "Codice", "Key": nothing in particular)."""
    words = set(header_words(label))
    if words & vocab.CUSTOMER_KEY_WORDS:
        return "customer"
    if words - vocab.GENERIC_KEY_WORDS - vocab.PII_QUALIFIERS:
        return "other"
    return "generic"


def infer_customer_key(specs: Sequence[ColumnSpec], rows: Sequence[Sequence[object]],
                       events_customer: str | None = None) -> CustomerKey:
    """The customer key among ``specs`` (one per column of ``rows``), with the reason.

    ``events_customer`` is the customer column a touchpoint event log names;
    it wins when it is a key at all.
    """
    active = [(i, s) for i, s in enumerate(specs) if ColumnRole(s.role) is not ColumnRole.IGNORE]
    sample = _sample(rows)
    if events_customer is not None:
        for _index, spec in active:
            if spec.name == events_customer:
                return CustomerKey(spec.name, translate(
                    "Import", "'{column}' names the customer of each event").format(
                    column=spec.title))
    identifiers = [(i, s) for i, s in active if ColumnRole(s.role) is ColumnRole.IDENTIFIER]
    emails = [(i, s) for i, s in active
              if ColumnRole(s.role) is ColumnRole.PII and s.pii_kind == "email"]
    named = [(i, s) for i, s in identifiers if key_kind(s.label or s.name) == "customer"]
    generic = [(i, s) for i, s in identifiers if key_kind(s.label or s.name) == "generic"]
    others = [s for _, s in identifiers if key_kind(s.label or s.name) == "other"]
    refused: list[str] = []
    for candidates, needs_evidence in ((named, False), (generic, True)):
        for index, spec in candidates:
            verdict = _judge(specs, sample, index, needs_evidence)
            if verdict is None:
                return CustomerKey(spec.name, _chosen_reason(spec, candidates is named))
            refused.append(verdict)
    if refused:
        return CustomerKey(None, refused[0])
    if emails:
        # Written e-mails differ in case and spaces: linking normalises them, import does not.
        return CustomerKey(None, translate(
            "Import", "no identifier column, so each row is one customer; Link customers… joins "
            "the rows that share an e-mail in '{column}'").format(column=emails[0][1].title))
    if others:
        return CustomerKey(None, translate(
            "Import", "no column identifies the customer ('{column}' names something else), so "
            "each row is one customer").format(column=others[0].title))
    return CustomerKey(None, translate(
        "Import", "no column identifies the customer, so each row is one customer"))


def _chosen_reason(spec: ColumnSpec, named: bool) -> str:
    if named:
        return translate("Import", "the header of '{column}' names a customer").format(
            column=spec.title)
    return translate("Import", "'{column}' is an identifier and its rows agree like one "
                     "person's").format(column=spec.title)


def _sample(rows: Sequence[Sequence[object]]) -> Sequence[Sequence[object]]:
    if len(rows) <= SAMPLE_ROWS:
        return rows
    head = SAMPLE_ROWS // 2
    step = (len(rows) - head) / (SAMPLE_ROWS - head)
    return list(rows[:head]) + [rows[head + int(i * step)] for i in range(SAMPLE_ROWS - head)]


def _judge(specs: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], key: int,
           needs_evidence: bool) -> str | None:
    """None when column ``key`` can be a person's key, else why not (translated)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for position, row in enumerate(rows):
        value = row[key]
        if not is_missing(value):
            groups[_text(value)].append(position)
    repeated = [members for members in groups.values() if len(members) > 1]
    if len(repeated) < MIN_REPEATED_KEYS:
        return None  # (nearly) a different value in every row: one customer per row anyway
    title = specs[key].title
    stable_somewhere = False
    compared = 0
    for index, spec in enumerate(specs):
        if index == key or not _comparable(spec):
            continue
        person = _describes_person(spec)
        if not person:
            if stable_somewhere or compared >= MAX_COMPARED_COLUMNS:
                continue  # enough evidence, or enough work on a very wide file
            compared += 1
        column = [row[index] for row in rows]
        observed = _stable_share(column, repeated)
        if observed is None:
            continue
        shuffled = list(column)
        random.Random(index).shuffle(shuffled)
        chance = _stable_share(shuffled, repeated) or 0.0
        if person and observed <= chance + INDEPENDENT_MARGIN:
            return translate(
                "Import", "'{key}' repeats while '{column}' changes between its rows like the "
                "answers of different people, so it is not a person: each row is one "
                "customer").format(key=title, column=spec.title)
        if observed >= STABLE_SHARE and observed > chance + INDEPENDENT_MARGIN:
            stable_somewhere = True
    if needs_evidence and not stable_somewhere:
        return translate(
            "Import", "'{key}' repeats while the rest of its rows varies like independent "
            "answers, so it is not a person: each row is one customer").format(key=title)
    return None


def _comparable(spec: ColumnSpec) -> bool:
    role = ColumnRole(spec.role)
    return role not in (ColumnRole.IGNORE, ColumnRole.FREE_TEXT, ColumnRole.DATE)


def _describes_person(spec: ColumnSpec) -> bool:
    if ColumnRole(spec.role) is ColumnRole.PII:
        return True
    return bool(set(header_words(spec.label or spec.name)) & vocab.PERSON_ATTRIBUTE_WORDS)


def _stable_share(column: Sequence[object], groups: list[list[int]]) -> float | None:
    """Share of ``groups`` (row positions sharing a key) whose filled values in ``column``
    are all the same; None when no group has two filled values."""
    judged = stable = 0
    for members in groups:
        values = {_text(column[m]) for m in members if not is_missing(column[m])}
        filled = sum(1 for m in members if not is_missing(column[m]))
        if filled < 2:
            continue
        judged += 1
        stable += len(values) == 1
    return stable / judged if judged else None


def _text(value: object) -> str:
    return value.strip() if value.__class__ is str else cell_text(value)
