"""Machine names for columns, derived from whatever headers a file has.

Headers in real files are blank, repeated, very long questions, or in any
script. Each column gets a unique, readable, stable name ("income",
"q3_what_frustrates_you", "column_7", "age_2") while the original header is
kept as the column's label.
"""

from __future__ import annotations

import re
import unicodedata

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
