"""Headers: where the header row is, and machine names for its columns.

Headers in real files are blank, repeated, very long questions, or in any
script, sometimes below a title row. Each column gets a unique, readable,
stable name ("income", "q3_what_frustrates_you", "column_7", "age_2") while
the original header is kept as the column's label.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

MAX_NAME_LENGTH = 60

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_WORD = re.compile(r"[\W_]+")


def header_words(label: str) -> list[str]:
    """The lower-case words of a header: "CustomerID" → ["customer", "id"], "Città" → ["citta"]."""
    text = _CAMEL.sub(" ", label)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return [word for word in _NOT_WORD.split(text.lower()) if word]


def _shorten(name: str, limit: int) -> str:
    if len(name) <= limit:
        return name
    cut = name[:limit]
    if "_" in cut and name[limit] != "_":
        cut = cut[:cut.rindex("_")]  # end on a whole word
    return cut.rstrip("_") or name[:limit]


def base_name(label: str, position: int) -> str:
    """The name a header would get if it were unique (blank → "column_<n>", 1-based)."""
    name = "_".join(header_words(label))
    return _shorten(name, MAX_NAME_LENGTH) if name else f"column_{position + 1}"


def column_names(labels: list[str], positions: list[int] | None = None) -> list[str]:
    """Unique names for ``labels``; a repeated name gets "_2", "_3"... in file order.

    A suffix never takes a name another header has on its own, so "Age",
    "Age", "age_2" give "age", "age_3", "age_2".
    """
    positions = positions if positions is not None else list(range(len(labels)))
    bases = [base_name(label, pos) for label, pos in zip(labels, positions, strict=True)]
    taken_by_header = set(bases)
    used: set[str] = set()
    names = []
    for base in bases:
        name = base
        if name in used:
            counter = 2
            while True:
                suffix = f"_{counter}"
                name = _shorten(base, MAX_NAME_LENGTH - len(suffix)) + suffix
                if name not in used and name not in taken_by_header:
                    break
                counter += 1
        used.add(name)
        names.append(name)
    return names


#: How many non-empty rows are looked at to find the header row.
HEADER_LOOKAHEAD = 20


def find_header(records: Iterator[list], wanted: int | None, filled: Callable[[object], bool]
                ) -> tuple[int, list, list[list]] | None:
    """Read ``records`` (row 1 first) up to the header row.

    Returns (header row number, header cells, rows already read after the
    header, which are data), or None when there is no header. ``wanted`` is
    the row the user chose; otherwise the header is the first non-empty row,
    skipping title rows: a row with a single filled cell above rows with
    three or more ("Customer survey, March 2024" over the real header).
    """
    number = 0
    if wanted is not None:
        for record in records:
            number += 1
            if number >= wanted:
                return number, record, []
        return None
    first = 0
    seen: list[tuple[list, int]] = []  # from the first non-empty row on, empty rows included
    filled_rows = 0
    for record in records:
        number += 1
        count = sum(1 for value in record if filled(value))
        if not first:
            if not count:
                continue
            first = number
        seen.append((record, count))
        filled_rows += bool(count)
        if filled_rows >= HEADER_LOOKAHEAD:
            break
    if not first:
        return None
    counts = [count for _, count in seen]
    chosen = 0
    for index, count in enumerate(counts):
        if count == 0 or (count == 1 and any(later >= 3 for later in counts[index + 1:])):
            continue
        chosen = index
        break
    return first + chosen, seen[chosen][0], [record for record, _ in seen[chosen + 1:]]
