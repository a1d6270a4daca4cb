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
from typing import Any

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


@dataclass(frozen=True)
class KeyValue:
    """One non-empty, normalised key cell of one source row."""

    source_id: int
    row_number: int
    customer_id: int
    #: Index of the key (in the keys the user chose) this value comes from.
    key: int
    rule: str
    value: str
    #: The row's own identifier in its source (normalised), when the source has one.
    identity: str | None = None


@dataclass(frozen=True)
class Conflict:
    """One key value shared by rows with different identifiers in the same source."""

    source_id: int
    key: int
    rule: str
    value: str
    customer_ids: tuple[int, ...]
    #: False when the rule is "id": such values are reported, not merged.
    merged: bool


@dataclass
class MatchResult:
    #: merged customer id -> (surviving customer id, index of the key that linked it)
    merges: dict[int, tuple[int, int]] = field(default_factory=dict)
    #: (source_id, row_number) -> rules by which the row matched another customer's row
    matched_rows: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

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


def match_customers(values: Iterable[KeyValue]) -> MatchResult:
    """Which customers are one person, by equal normalised values of the same rule.

    Values of different rules never match each other (an e-mail is not a
    phone number), values of different keys with the same rule do (the CRM's
    e-mail and the survey's e-mail). A value shared within one source by rows
    with different identifiers is a conflict: reported, and not merged when
    its rule is "id".
    """
    groups: dict[tuple[str, str], list[KeyValue]] = defaultdict(list)
    for item in values:
        groups[(item.rule, item.value)].append(item)
    result = MatchResult()
    found = _UnionFind()
    linked_by: dict[int, int] = {}
    for (rule, value), items in sorted(groups.items()):
        blocked = False
        by_source: dict[int, list[KeyValue]] = defaultdict(list)
        for item in items:
            by_source[item.source_id].append(item)
        for source_id, in_source in sorted(by_source.items()):
            identities = {i.identity for i in in_source if i.identity is not None}
            customers = sorted({i.customer_id for i in in_source})
            if len(identities) > 1 and len(customers) > 1:
                result.conflicts.append(Conflict(source_id, in_source[0].key, rule, value,
                                                 tuple(customers), merged=rule != "id"))
                blocked = blocked or rule == "id"
        customers = sorted({i.customer_id for i in items})
        if blocked or len(customers) < 2:
            continue
        for item in items:
            result.matched_rows.setdefault((item.source_id, item.row_number), set()).add(rule)
            linked_by.setdefault(item.customer_id, item.key)
        for other in customers[1:]:
            found.union(customers[0], other)
    for customer in sorted(found.parent):
        survivor = found.find(customer)
        if survivor != customer:
            result.merges[customer] = (survivor, linked_by[customer])
    return result
