"""Customer linking, the pure part: normalise key values and find who is who.

No SQL and no Qt here. The service reads each chosen key column, normalises
its values with :func:`normalise` and hands :func:`match_customers` one
:class:`KeyValue` per non-empty cell; what comes back says which existing
customers are one person (union-find over customers, so a row with several
keys connects them all), which rows matched, and which values conflict.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

#: Matching rules a key can use, in the order the user is offered them.
RULES = ("exact", "email", "email-loose", "phone", "id")
#: Country calling code given to phone numbers written without one (Italy).
DEFAULT_COUNTRY_CODE = "39"

_SPACES = re.compile(r"\s+")
_GMAIL_DOMAINS = {"gmail.com", "googlemail.com"}


def _text(value: Any) -> str | None:
    """A cell as text: whole floats lose their ".0" (ids read as numbers)."""
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        if value.is_integer():
            return str(int(value))
    return str(value)


def normalise_exact(value: Any) -> str | None:
    """Trim, fold case and collapse runs of (Unicode) spaces into one."""
    text = _text(value)
    if text is None:
        return None
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return text or None


def normalise_email(value: Any, *, loose: bool = False) -> str | None:
    """Case-folded e-mail address without spaces.

    ``loose`` also drops a "+tag" from the local part and, for Gmail, the dots
    in it: Gmail delivers "Mario.Rossi+shop@gmail.com" to "mariorossi@gmail.com".
    """
    text = normalise_exact(value)
    if text is None:
        return None
    text = text.replace(" ", "")
    if not loose or "@" not in text:
        return text or None
    local, _, domain = text.rpartition("@")
    local = local.split("+", 1)[0]
    if domain in _GMAIL_DOMAINS:
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}" if local else None


def normalise_phone(value: Any, default_country: str = DEFAULT_COUNTRY_CODE) -> str | None:
    """A phone number as "+<country><number>", digits only.

    "+39 333 1234567", "0039 333 1234567" and "333-1234567" (no prefix: the
    default country, Italy) all give "+393331234567". Italian landlines keep
    their leading 0, as dialled from abroad.
    """
    text = _text(value)
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", text).strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return None
    if text.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:] if len(digits) > 2 else None
    return f"+{default_country}{digits}"


def normalise_id(value: Any) -> str | None:
    """Trimmed identifier; leading zeros are kept ("007" is not "7")."""
    text = _text(value)
    if text is None:
        return None
    return text.strip() or None


def normalise(value: Any, rule: str) -> str | None:
    """Normalise one cell by ``rule`` (one of :data:`RULES`); None when empty."""
    if rule == "exact":
        return normalise_exact(value)
    if rule == "email":
        return normalise_email(value)
    if rule == "email-loose":
        return normalise_email(value, loose=True)
    if rule == "phone":
        return normalise_phone(value)
    if rule == "id":
        return normalise_id(value)
    raise ValueError(f"unknown linking rule: {rule!r}")


@dataclass(frozen=True)
class LinkKey:
    """A column that identifies a person: source id, column name or header, rule.

    ``rule`` None lets the service choose from the column (e-mail, phone, id).
    """

    source_id: int
    column: str
    rule: str | None = None


class KeyValue(NamedTuple):
    """One non-empty, normalised key cell of one source row.

    A named tuple, not a dataclass: linking makes one per key cell (hundreds of
    thousands), and tuples are several times cheaper to create.
    """

    source_id: int
    row_number: int
    customer_id: int
    #: Index of the key (in the keys the user chose) this value comes from.
    key: int
    rule: str
    value: str
    #: The row's own identifier in its source (normalised), when the source has one.
    identity: str | None = None


#: Conflict kinds: one key value shared by rows with different identifiers in one
#: source; two customers sharing a key but kept apart by a manual split; one row
#: whose keys match two different customers.
CONFLICT_KINDS = ("shared_value", "kept_apart", "row_matches_two")


@dataclass(frozen=True)
class Conflict:
    """Something the researcher should look at: see :data:`CONFLICT_KINDS`."""

    source_id: int
    key: int
    rule: str
    value: str
    customer_ids: tuple[int, ...]
    #: False when the customers were left apart (rule "id", or a split decision).
    merged: bool
    kind: str = "shared_value"
    #: The row concerned, for "row_matches_two".
    row_number: int | None = None


@dataclass
class MatchResult:
    #: merged customer id -> (surviving customer id, index of the key that linked it)
    merges: dict[int, tuple[int, int]] = field(default_factory=dict)
    #: (source_id, row_number) -> rules by which the row matched another customer's row
    matched_rows: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)


class _UnionFind:
    """Union-find over customer ids; ``apart`` pairs are never put in one set."""

    def __init__(self, apart: Iterable[tuple[int, int]] = ()) -> None:
        self.parent: dict[int, int] = {}
        #: root -> customers its set must not join
        self.forbidden: dict[int, set[int]] = defaultdict(set)
        for a, b in apart:
            if a != b:
                self.forbidden[a].add(b)
                self.forbidden[b].add(a)

    def allowed(self, a: int, b: int) -> bool:
        root_a, root_b = self.find(a), self.find(b)
        if not self.forbidden:
            return True
        small, other = sorted((root_a, root_b), key=lambda r: len(self.forbidden.get(r, ())))
        return all(self.find(c) != other for c in self.forbidden.get(small, ()))

    def find(self, item: int) -> int:
        parent = self.parent.setdefault(item, item)
        if parent != item:
            parent = self.parent[item] = self.find(parent)
        return parent

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # The lowest id survives, so linking is deterministic.
            low, high = sorted((root_a, root_b))
            self.parent[high] = low
            if high in self.forbidden:
                self.forbidden[low] |= self.forbidden.pop(high)


def match_customers(values: Iterable[KeyValue], apart: Iterable[tuple[int, int]] = ()
                    ) -> MatchResult:
    """Which customers are one person, by equal normalised values of the same rule.

    Values of different rules never match each other (an e-mail is not a
    phone number), values of different keys with the same rule do (the CRM's
    e-mail and the survey's e-mail). A value shared within one source by rows
    with different identifiers is a conflict: reported, and not merged when
    its rule is "id". Customers in an ``apart`` pair (a manual split) are never
    merged, even through a third customer; their shared values are reported.
    """
    values = list(values)
    groups: dict[tuple[str, str], list[KeyValue]] = defaultdict(list)
    for item in values:
        groups[(item.rule, item.value)].append(item)
    # Only values on rows of two or more customers matter (most values are unique).
    shared = sorted(key for key, items in groups.items()
                    if len(items) > 1 and any(i.customer_id != items[0].customer_id
                                              for i in items))
    result = MatchResult()
    found = _UnionFind(apart)
    linked_by: dict[int, int] = {}
    #: (source_id, row_number) -> {key index: customers other than the row's own with that value}
    row_links: dict[tuple[int, int], dict[int, set[int]]] = defaultdict(dict)
    for rule, value in shared:
        items = groups[(rule, value)]
        blocked = False
        by_source: dict[int, list[KeyValue]] = defaultdict(list)
        for item in items:
            by_source[item.source_id].append(item)
        for source_id, in_source in sorted(by_source.items()):
            if len(in_source) < 2:
                continue
            identities = {i.identity for i in in_source if i.identity is not None}
            customers = sorted({i.customer_id for i in in_source})
            if len(identities) > 1 and len(customers) > 1:
                result.conflicts.append(Conflict(source_id, in_source[0].key, rule, value,
                                                 tuple(customers), merged=rule != "id"))
                blocked = blocked or rule == "id"
        customers = sorted({i.customer_id for i in items})
        if blocked:
            continue
        for item in items:
            links = row_links[(item.source_id, item.row_number)]
            links.setdefault(item.key, set()).update(c for c in customers
                                                     if c != item.customer_id)
        joined = [customers[0]]
        refused: list[int] = []
        for other in customers[1:]:
            if found.allowed(customers[0], other):
                found.union(customers[0], other)
                joined.append(other)
            else:
                refused.append(other)
        if refused:
            first = items[0]
            result.conflicts.append(Conflict(first.source_id, first.key, rule, value,
                                             tuple(customers), merged=False, kind="kept_apart"))
        if len(joined) > 1:
            joined_set = set(joined)
            for item in items:
                if item.customer_id in joined_set:
                    result.matched_rows.setdefault((item.source_id, item.row_number),
                                                   set()).add(rule)
                    linked_by.setdefault(item.customer_id, item.key)
    result.conflicts.extend(_rows_matching_two(values, row_links, found))
    for customer in sorted(found.parent):
        survivor = found.find(customer)
        if survivor != customer:
            result.merges[customer] = (survivor, linked_by[customer])
    return result


def _rows_matching_two(values: list[KeyValue], row_links: dict[tuple[int, int], dict[int, set[int]]],
                       found: _UnionFind) -> list[Conflict]:
    """Rows whose keys lead to customers that one source says are different people.

    A CRM row whose id matches a call-log customer and whose e-mail matches a
    web customer is linking at work; it is a conflict only when two of the
    customers it reaches carry different identifiers in the same source.
    """
    candidates = {row: by_key for row, by_key in row_links.items() if len(by_key) > 1}
    if not candidates:
        return []
    involved = set().union(*(c for by_key in candidates.values() for c in by_key.values()))
    identities: dict[int, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for item in values:
        if item.identity is not None and item.customer_id in involved:
            identities[item.customer_id][item.source_id].add(item.identity)

    def different(a: int, b: int) -> bool:
        ids_a, ids_b = identities.get(a, {}), identities.get(b, {})
        return any(ids_a[s].isdisjoint(ids_b[s]) for s in ids_a.keys() & ids_b.keys())

    conflicts = []
    for (source_id, row_number), by_key in sorted(candidates.items()):
        sets = list(by_key.values())
        if any(different(a, b) for i, left in enumerate(sets) for right in sets[i + 1:]
               for a in left - right for b in right - left):
            customers = tuple(sorted(set().union(*sets)))
            conflicts.append(Conflict(source_id, min(by_key), "", "", customers,
                                      merged=len({found.find(c) for c in customers}) == 1,
                                      kind="row_matches_two", row_number=row_number))
    return conflicts


@dataclass(frozen=True)
class NameValue:
    """One non-empty name cell of a customer's row, for fuzzy matching."""

    source_id: int
    row_number: int
    customer_id: int
    value: str


@dataclass(frozen=True)
class FuzzyPair:
    score: float
    a: NameValue
    b: NameValue


def fuzzy_pairs(names: Iterable[NameValue], threshold: float = 90.0,
                skip: set[frozenset[int]] | None = None) -> list[FuzzyPair]:
    """Pairs of different customers whose names look alike (rapidfuzz token-sort ratio).

    Names are compared normalised (case, spaces); only names starting with the
    same letter are compared, which keeps large lists tractable. One pair per
    two customers (their best-scoring names), best first; pairs in ``skip``
    (frozensets of two customer ids) are left out.
    """
    from rapidfuzz import fuzz, process

    skip = skip or set()
    by_text: dict[str, list[NameValue]] = defaultdict(list)
    for item in names:
        text = normalise_exact(item.value)
        if text:
            by_text[" ".join(sorted(text.split()))].append(item)
    blocks: dict[str, list[str]] = defaultdict(list)
    for text in sorted(by_text):
        blocks[text[:1]].append(text)
    best: dict[frozenset[int], FuzzyPair] = {}

    def consider(score: float, a: NameValue, b: NameValue) -> None:
        if a.customer_id == b.customer_id:
            return
        pair = frozenset((a.customer_id, b.customer_id))
        if pair in skip:
            return
        if a.customer_id > b.customer_id:
            a, b = b, a
        known = best.get(pair)
        if known is None or score > known.score:
            best[pair] = FuzzyPair(round(float(score), 1), a, b)

    for texts in blocks.values():
        for text in texts:  # the same name on rows of different customers
            items = by_text[text]
            for other in items[1:]:
                consider(100.0, items[0], other)
        if len(texts) < 2:
            continue
        scores = process.cdist(texts, texts, scorer=fuzz.token_sort_ratio,
                               score_cutoff=threshold, workers=1)
        for i, j in zip(*scores.nonzero(), strict=True):
            if i < j:
                for a in by_text[texts[i]]:
                    for b in by_text[texts[j]]:
                        consider(scores[i, j], a, b)
    return sorted(best.values(), key=lambda p: (-p.score, p.a.customer_id, p.b.customer_id))
