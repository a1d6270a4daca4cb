"""Customer linking, the pure part: normalise key values and find who is who.

No SQL and no Qt here. The service reads each chosen key column, turns it
into a frame of normalised non-empty cells with :func:`key_frame` and hands
the frames to :func:`match_keys` (:func:`match_customers` does the same for a
list of :class:`KeyValue`); what comes back says which existing customers are
one person (connected components over customers, so a row with several keys
connects them all), which rows matched, and which values conflict.

Linking reads every key cell of every source, often hundreds of thousands, so
the work is done on whole columns with pandas, numpy and scipy; only values
touching a manual split are joined one by one, in a fixed order.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

#: Matching rules a key can use, in the order the user is offered them.
RULES = ("exact", "email", "email-loose", "phone", "id")
#: Country calling code given to phone numbers written without one (Italy).
DEFAULT_COUNTRY_CODE = "39"
#: Countries whose numbers keep their leading 0 after the country code (Italy, San Marino).
KEEP_TRUNK_ZERO = frozenset({"39", "378"})

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
    return _email_from_exact(normalise_exact(value), loose)


def _email_from_exact(text: str | None, loose: bool) -> str | None:
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
    default country, Italy) all give "+393331234567". Italian (and San Marino,
    Vatican) numbers keep their leading 0, as dialled from abroad; elsewhere the
    national trunk 0 is dropped ("07700 900123" in the UK is "+447700900123").
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
    if digits.startswith("0") and default_country not in KEEP_TRUNK_ZERO:
        digits = digits[1:]
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


#: Joins many cells into one string so NFKC, case folding and space collapsing run once
#: in C. NUL is never whitespace, never produced by NFKC or case folding, and (a
#: starter that composes with nothing) keeps normalisation from crossing it.
_SEPARATOR = "\x00"


def _texts(values: Sequence[Any]) -> list[str | None]:
    return [v if type(v) is str else _text(v) for v in values]


def _fold_all(texts: list[str | None]) -> list[str | None]:
    """``normalise_exact`` of every text, computed on one joined string."""
    present = [t for t in texts if t is not None]
    joined = _SEPARATOR.join(present)
    if joined.count(_SEPARATOR) != max(len(present) - 1, 0):  # a cell holds a NUL itself
        return [normalise_exact(t) for t in texts]
    # str.split() splits on exactly the characters r"\s" matches; a run of spaces
    # next to a separator becomes one space, dropped like strip() drops it.
    joined = " ".join(unicodedata.normalize("NFKC", joined).split())
    joined = joined.replace(" " + _SEPARATOR, _SEPARATOR).replace(_SEPARATOR + " ", _SEPARATOR)
    pieces = iter(joined.casefold().split(_SEPARATOR))
    return [None if t is None else (next(pieces) or None) for t in texts]


def normalise_many(values: Sequence[Any], rule: str,
                   default_country: str = DEFAULT_COUNTRY_CODE) -> list[str | None]:
    """``[normalise(v, rule) for v in values]``, computed several times faster.

    Linking normalises every key cell of every source (hundreds of thousands),
    so the per-cell work runs once over all cells where the rule allows it.
    """
    if rule not in RULES:
        raise ValueError(f"unknown linking rule: {rule!r}")
    texts = _texts(values)
    if rule == "id":
        return [None if t is None else (t.strip() or None) for t in texts]
    if rule == "phone":
        cache: dict[str, str | None] = {}
        return [None if t is None else cache[t] if t in cache
                else cache.setdefault(t, normalise_phone(t, default_country)) for t in texts]
    folded = _fold_all(texts)
    if rule == "exact":
        return folded
    if rule == "email":
        return [None if t is None else (t.replace(" ", "") or None) for t in folded]
    return [_email_from_exact(t, True) for t in folded]


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


class MatchResult:
    """Which customers are one person, which rows matched, and what conflicts.

    Held as arrays (linking handles hundreds of thousands of rows); ``merges``
    and ``matched_rows`` give the same as dictionaries.
    """

    def __init__(self, merged: Any = None, survivors: Any = None, merge_keys: Any = None,
                 matched: Any = None, conflicts: list[Conflict] | None = None) -> None:
        import numpy as np
        import pandas as pd

        empty = np.zeros(0, dtype=np.int64)
        #: Merged customer ids (ascending), the customer each merges into, the index
        #: of the key that linked it.
        self.merged = empty if merged is None else merged
        self.survivors = empty if survivors is None else survivors
        self.merge_keys = empty if merge_keys is None else merge_keys
        #: One row per (source_id, row_number, rule) that matched another customer's row.
        self.matched = (pd.DataFrame({"source_id": empty, "row_number": empty,
                                      "rule": np.zeros(0, dtype=object)})
                        if matched is None else matched)
        self.conflicts = conflicts or []

    @property
    def merges(self) -> dict[int, tuple[int, int]]:
        """merged customer id -> (surviving customer id, index of the key that linked it)"""
        return {m: (s, k) for m, s, k in zip(self.merged.tolist(), self.survivors.tolist(),
                                             self.merge_keys.tolist(), strict=True)}

    @property
    def matched_rows(self) -> dict[tuple[int, int], set[str]]:
        """(source_id, row_number) -> rules by which the row matched another customer's row"""
        found: dict[tuple[int, int], set[str]] = {}
        for source_id, row_number, rule in self.matched.itertuples(index=False):
            found.setdefault((int(source_id), int(row_number)), set()).add(rule)
        return found

    def rows_by_rule(self) -> dict[str, int]:
        """rule -> rows that matched another customer's row by that rule"""
        return {str(k): int(v) for k, v in self.matched.groupby("rule").size().items()}

    def matched_per_source(self) -> dict[int, int]:
        """source id -> rows that matched another customer's row by any rule"""
        rows = self.matched.drop_duplicates(["source_id", "row_number"])
        return {int(k): int(v) for k, v in rows.groupby("source_id").size().items()}


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


def _frame(columns: dict[str, Any]) -> Any:
    """A frame of numpy arrays as they are: text stays in object columns (pandas would
    copy it into its string type, and linking only hashes and compares it)."""
    import pandas as pd

    return pd.DataFrame({name: pd.Series(array, dtype=array.dtype, copy=False)
                         for name, array in columns.items()}, copy=False)


#: Columns of a key frame (see :func:`key_frame`).
KEY_COLUMNS = ("source_id", "row_number", "customer_id", "key", "rule", "value", "identity")


def key_frame(source_id: int, key: int, rule: str, row_numbers: Sequence[int],
              customer_ids: Sequence[int], cells: Sequence[Any],
              identities: Sequence[str | None] | None = None,
              default_country: str = DEFAULT_COUNTRY_CODE) -> Any:
    """One key column's non-empty cells, normalised by ``rule``, for :func:`match_keys`.

    Phone numbers without a country prefix get ``default_country`` (digits, "39").

    ``identities`` are the rows' own identifiers in their source, normalised
    (``normalise_many(..., "id")``), or None when the source has none.
    """
    import numpy as np
    import pandas as pd

    values = np.array(normalise_many(cells, rule, default_country) if len(cells) else [],
                      dtype=object)
    keep = pd.notna(values)  # normalised values are text or None
    count = int(keep.sum())
    identity = (np.full(count, None, dtype=object) if identities is None
                else np.asarray(identities, dtype=object)[keep])
    return _frame({
        "source_id": np.full(count, source_id, dtype=np.int64),
        "row_number": np.asarray(row_numbers, dtype=np.int64)[keep],
        "customer_id": np.asarray(customer_ids, dtype=np.int64)[keep],
        "key": np.full(count, key, dtype=np.int64),
        "rule": np.full(count, rule, dtype=object),
        "value": values[keep],
        "identity": identity,
    })


def match_customers(values: Iterable[KeyValue], apart: Iterable[tuple[int, int]] = ()
                    ) -> MatchResult:
    """:func:`match_keys` over single key values (the rule and value of each cell)."""
    import numpy as np

    columns = list(zip(*values, strict=True)) or [()] * len(KEY_COLUMNS)
    frame = _frame({name: np.array(column, dtype=object if name in ("rule", "value", "identity")
                                   else np.int64)
                    for name, column in zip(KEY_COLUMNS, columns, strict=True)})
    return match_keys(frame, apart)


def match_keys(keys: Any, apart: Iterable[tuple[int, int]] = ()) -> MatchResult:
    """Which customers are one person, by equal normalised values of the same rule.

    ``keys`` is a frame of :data:`KEY_COLUMNS` (see :func:`key_frame`), one row
    per non-empty key cell, or a list (any iterable) of such frames. Values of different rules
    never match each other (an e-mail is not a phone number), values of
    different keys with the same rule do (the CRM's e-mail and the survey's
    e-mail). A value shared within one source by rows with different
    identifiers is a conflict: reported, and not merged when its rule is "id".
    Customers in an ``apart`` pair (a manual split) are never merged, even
    through a third customer; their shared values are reported. The lowest
    customer id of each group survives.
    """
    import numpy as np
    import pandas as pd

    columns = _concatenated([keys] if isinstance(keys, pd.DataFrame) else keys)
    if columns is None:
        return MatchResult()
    customer = columns["customer_id"].astype(np.int64, copy=False)
    if not len(customer):
        return MatchResult()
    group, rule_code, rule_names = _value_groups(columns["rule"], columns["value"])
    # Only values on rows of two or more customers matter (most values are unique).
    low = np.full(int(group.max()) + 1, np.iinfo(np.int64).max, dtype=np.int64)
    high = np.full(len(low), np.iinfo(np.int64).min, dtype=np.int64)
    np.minimum.at(low, group, customer)
    np.maximum.at(high, group, customer)
    picked = np.flatnonzero(low[group] != high[group])
    if not len(picked):
        return MatchResult()
    # One integer per source row (row numbers stay far below 2**32).
    row = (columns["source_id"].astype(np.int64) << 32) | columns["row_number"].astype(np.int64)
    shared = _frame({**{c: columns[c][picked] for c in KEY_COLUMNS}, "position": picked,
                     "group": group[picked], "rule_code": rule_code[picked], "row": row[picked]})
    del group, rule_code, row, low, high  # as large as every key cell together
    shared["customer_id"] = shared["customer_id"].astype(np.int64)
    # Values are looked at in (rule, value) order, which makes the outcome deterministic.
    shared["rank"] = _group_ranks(shared)[shared["group"].to_numpy()]
    conflicts, blocked = _shared_value_conflicts(shared)
    linking = shared[~shared["group"].isin(blocked)] if blocked else shared
    if linking.empty:
        return MatchResult(conflicts=[c for _, c in sorted(conflicts, key=lambda c: c[0])])
    # Connected components of customers through the values they share.
    customer = linking["customer_id"].to_numpy()
    low = linking.groupby("group", sort=False)["customer_id"].transform("min").to_numpy()
    ends, nodes = pd.factorize(np.concatenate([customer, low]))
    component = _components(len(nodes), ends[:len(customer)], ends[len(customer):])
    survivor_of_node = pd.Series(nodes).groupby(component).transform("min").to_numpy()

    apart = [(a, b) for a, b in apart if a != b]
    constrained = np.isin(nodes, np.array([c for pair in apart for c in pair], dtype=np.int64))
    held = _unique(component[constrained])
    by_hand = np.isin(component[ends[:len(customer)]], held)

    # Components without a split: every customer joins the lowest, linked by the key
    # of its first shared value.
    free = linking[~by_hand] if len(held) else linking
    order = np.lexsort((free["position"].to_numpy(), free["rank"].to_numpy()))
    first_of, first = np.unique(free["customer_id"].to_numpy()[order], return_index=True)
    first_key = free["key"].to_numpy()[order][first]
    merged_mask = ~np.isin(component, held) & (survivor_of_node != nodes)
    order = np.argsort(nodes[merged_mask])
    merged, survivors = nodes[merged_mask][order], survivor_of_node[merged_mask][order]
    merge_keys = first_key[np.searchsorted(first_of, merged)].astype(np.int64)
    matched = [_matched_codes(free)]
    if len(held):
        # Components holding customers a split keeps apart: join value by value, in
        # order, refusing any union that would bring two sides together.
        found, joined_items, kept = _join_in_order(linking[by_hand], apart)
        conflicts.extend(kept)
        matched.append(_matched_codes(joined_items))
        extra = [(c, found.find(c), _first_key(joined_items, c)) for c in sorted(found.parent)
                 if found.find(c) != c]
        if extra:
            more = np.array(extra, dtype=np.int64)
            merged, survivors, merge_keys = (np.concatenate([merged, more[:, 0]]),
                                             np.concatenate([survivors, more[:, 1]]),
                                             np.concatenate([merge_keys, more[:, 2]]))
            order = np.argsort(merged, kind="stable")
            merged, survivors, merge_keys = merged[order], survivors[order], merge_keys[order]
    has_identity = pd.notna(columns["identity"])
    identities = _frame({"customer_id": columns["customer_id"][has_identity].astype(np.int64),
                         "source_id": columns["source_id"][has_identity].astype(np.int64),
                         "identity": columns["identity"][has_identity]})
    conflicts.extend(((float("inf"), 2, 0), c) for c in _rows_matching_two(
        identities, linking, pd.Series(survivors, index=merged)))
    codes = _unique(np.concatenate(matched))
    return MatchResult(
        merged=merged, survivors=survivors, merge_keys=merge_keys,
        matched=_frame({"source_id": codes >> 35, "row_number": (codes >> 3) & 0xFFFFFFFF,
                        "rule": np.asarray(rule_names, dtype=object)[codes & 7]}),
        conflicts=[c for _, c in sorted(conflicts, key=lambda c: c[0])])


def _concatenated(parts: Iterable[Any]) -> dict[str, Any] | None:
    """Each of :data:`KEY_COLUMNS` of the frames, end to end (None when there are none).

    Given an iterator that lets go of each frame (see the linking service), only
    one column's pieces and the whole of it are held twice, never every column.
    """
    import numpy as np

    pieces: dict[str, list[Any]] = {c: [] for c in KEY_COLUMNS}
    for part in parts:
        for column in KEY_COLUMNS:
            pieces[column].append(part[column].to_numpy())
        del part
    if not pieces[KEY_COLUMNS[0]]:
        return None
    return {column: np.concatenate(pieces.pop(column)) for column in KEY_COLUMNS}


def _unique(values: Any) -> Any:
    """``np.unique(values)`` of an integer array, by sorting (numpy 2.3+'s hash-based
    unique takes ten times longer on a million ids)."""
    import numpy as np

    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def _matched_codes(items: Any) -> Any:
    """One integer per (source row, rule) of ``items`` (3 bits hold the 5 rule codes)."""
    return (items["row"].to_numpy() << 3) | items["rule_code"].to_numpy()


def _value_groups(rules: Any, values: Any) -> tuple[Any, Any, list[str]]:
    """A code per distinct (rule, value); a code per rule; the rules (sorted)."""
    import numpy as np
    import pandas as pd

    group = np.empty(len(rules), dtype=np.int64)
    rule_code = np.empty(len(rules), dtype=np.int64)
    names = sorted(set(pd.unique(rules).tolist()))
    if len(names) > 8:
        raise ValueError(f"more linking rules than the {len(RULES)} known: {names}")
    offset = 0
    for code, rule in enumerate(names):
        mask = rules == rule
        codes, uniques = pd.factorize(values[mask])
        group[mask] = codes + offset
        rule_code[mask] = code
        offset += len(uniques)
    return group, rule_code, names


def _group_ranks(shared: Any) -> Any:
    """group code -> its position in (rule, value) order (other codes: -1)."""
    import numpy as np

    first = shared.drop_duplicates("group")
    groups, rules, values = (first[c].to_numpy() for c in ("group", "rule_code", "value"))
    rank = np.full(int(groups.max()) + 1, -1, dtype=np.int64)
    done = 0
    for rule in np.unique(rules):
        mask = rules == rule
        # Object arrays sort by Python's own string order.
        order = np.argsort(values[mask], kind="stable")
        rank[groups[mask][order]] = np.arange(done, done + len(order), dtype=np.int64)
        done += len(order)
    return rank


def _shared_value_conflicts(shared: Any) -> tuple[list[tuple[tuple, Conflict]], set[int]]:
    """One value on rows with different identifiers in one source (sort key, conflict);
    and the groups such a conflict keeps from linking (rule "id")."""
    import pandas as pd

    in_source = shared["group"].to_numpy() * (int(shared["source_id"].max()) + 1) + shared[
        "source_id"].to_numpy()
    twice = shared.loc[pd.Series(in_source).duplicated(keep=False).to_numpy(),
                       ["group", "source_id", "identity", "customer_id", "rule", "value", "key",
                        "rank"]]
    if twice.empty:
        return [], set()
    counts = twice.groupby(["group", "source_id"], sort=False).agg(
        identities=("identity", "nunique"), customers=("customer_id", "nunique"))
    flagged = counts[(counts["identities"] > 1) & (counts["customers"] > 1)]
    conflicts: list[tuple[tuple, Conflict]] = []
    blocked: set[int] = set()
    if flagged.empty:
        return conflicts, blocked
    rows = twice.set_index(["group", "source_id"]).loc[flagged.index]
    for (group, source_id), items in rows.groupby(level=[0, 1], sort=False):
        rule, value = items["rule"].iloc[0], items["value"].iloc[0]
        customers = tuple(sorted(set(items["customer_id"].tolist())))
        conflicts.append(((int(items["rank"].iloc[0]), 0, int(source_id)),
                          Conflict(int(source_id), int(items["key"].iloc[0]), rule, value,
                                   customers, merged=rule != "id")))
        if rule == "id":
            blocked.add(int(group))
    return conflicts, blocked


def _components(count: int, a: Any, b: Any) -> Any:
    """Connected component label of each of ``count`` nodes joined by edges a[i]-b[i]."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(a), dtype=np.int32), (a, b)), shape=(count, count))
    return connected_components(graph, directed=False)[1]


def _join_in_order(items: Any, apart: list[tuple[int, int]]
                   ) -> tuple[_UnionFind, Any, list[tuple[tuple, Conflict]]]:
    """Union value by value in (rule, value) order, never joining customers kept apart.

    Returns the union-find, the items whose customer joined its value's group,
    and the "kept_apart" conflicts (with their sort keys).
    """
    import pandas as pd

    found = _UnionFind(apart)
    joined_positions: list[Any] = []
    conflicts: list[tuple[tuple, Conflict]] = []
    for rank, group in items.sort_values(["rank", "position"]).groupby("rank", sort=True):
        customers = sorted(set(group["customer_id"].tolist()))
        joined = [customers[0]]
        refused: list[int] = []
        for other in customers[1:]:
            if found.allowed(customers[0], other):
                found.union(customers[0], other)
                joined.append(other)
            else:
                refused.append(other)
        if refused:
            first = group.iloc[0]
            conflicts.append(((int(rank), 1, 0), Conflict(
                int(first["source_id"]), int(first["key"]), first["rule"], first["value"],
                tuple(customers), merged=False, kind="kept_apart")))
        if len(joined) > 1:
            joined_positions.append(group[group["customer_id"].isin(joined)])
    joined_items = (pd.concat(joined_positions) if joined_positions else items.iloc[:0])
    return found, joined_items.sort_values(["rank", "position"]), conflicts


def _first_key(joined_items: Any, customer_id: int) -> int:
    """The key of the first value (in order) that joined ``customer_id`` to another."""
    return int(joined_items.loc[joined_items["customer_id"] == customer_id, "key"].iloc[0])


def _rows_with_two_keys(items: Any) -> Any:
    """Mask of the items on rows that have items of two or more keys."""
    import pandas as pd

    rows, keys = items["row"].to_numpy(), items["key"].to_numpy()
    first = ~pd.Series(pd.factorize(rows)[0] * (int(keys.max()) + 1) + keys).duplicated().to_numpy()
    twice = pd.Series(rows[first]).duplicated().to_numpy()
    return items["row"].isin(rows[first][twice]).to_numpy()


def _rows_matching_two(with_identity: Any, linking: Any, survivors: Any) -> list[Conflict]:
    """Rows whose keys lead to customers that one source says are different people.

    A CRM row whose id matches a call-log customer and whose e-mail matches a
    web customer is linking at work; it is a conflict only when two of the
    customers it reaches carry different identifiers in the same source.
    ``with_identity``: (customer_id, source_id, identity) of every identified key cell.
    """
    candidates = linking[_rows_with_two_keys(linking)]
    if candidates.empty:
        return []
    # Only customers with an identifier can be told apart: look no further at the others.
    reach = linking.loc[linking["customer_id"].isin(with_identity["customer_id"]),
                        ["group", "customer_id"]].drop_duplicates()
    links = candidates[["row", "key", "group", "customer_id"]].merge(
        reach.rename(columns={"customer_id": "other"}), on="group")
    links = links[links["other"] != links["customer_id"]]
    links = links[_rows_with_two_keys(links)] if not links.empty else links
    if links.empty:
        return []
    identities: dict[int, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for customer_id, source_id, identity in with_identity.loc[
            with_identity["customer_id"].isin(links["other"]),
            ["customer_id", "source_id", "identity"]].itertuples(index=False):
        identities[customer_id][source_id].add(identity)

    def different(a: int, b: int) -> bool:
        ids_a, ids_b = identities.get(a, {}), identities.get(b, {})
        return any(ids_a[s].isdisjoint(ids_b[s]) for s in ids_a.keys() & ids_b.keys())

    flagged = []
    for row, row_links in links.groupby("row", sort=True):
        sets = [set(others.tolist()) for _, others in row_links.groupby("key")["other"]]
        if any(different(a, b) for i, left in enumerate(sets) for right in sets[i + 1:]
               for a in left - right for b in right - left):
            flagged.append(row)
    if not flagged:
        return []
    items = candidates[candidates["row"].isin(flagged)]
    reached = items[["row", "group", "customer_id"]].merge(
        linking[["group", "customer_id"]].drop_duplicates().rename(columns={"customer_id": "other"}),
        on="group")
    reached = reached[reached["other"] != reached["customer_id"]]
    others = reached.groupby("row")["other"].agg(lambda o: tuple(sorted(set(o.tolist()))))
    first_key = items.groupby("row")["key"].min()
    conflicts = []
    for row in flagged:
        customers = others[row]
        conflicts.append(Conflict(int(row) >> 32, int(first_key[row]), "", "", customers,
                                  merged=len({int(survivors.get(c, c)) for c in customers}) == 1,
                                  kind="row_matches_two", row_number=int(row) & 0xFFFFFFFF))
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
