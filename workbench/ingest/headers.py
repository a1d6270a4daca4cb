"""Headers: where the header row is, and machine names for its columns.

Headers in real files are blank, repeated, very long questions, or in any
script, sometimes below a title row. Each column gets a unique, readable,
stable name ("income", "q3_what_frustrates_you", "column_7", "age_2") while
the original header is kept as the column's label. Survey exports often
have two header rows (questions over sub-headers, or Qualtrics' short codes
over question texts): :func:`read_header` recognises them and joins the two
into one label per column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

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


# --- two header rows (survey exports) --------------------------------------------------------

#: How many non-empty rows below a possible second header row are looked at for data.
DATA_LOOKAHEAD = 10
#: What joins a question (first header row) and its sub-header (second row) in a column's label.
LABEL_JOINER = " · "

# Qualtrics' short question codes: Q1, Q2.1, Q3_2, QID12, Q4_TEXT, Q5#1_1.
_SHORT_CODE = re.compile(r"Q(?:ID)?\d+(?:[._#-]\d+)*(?:_[A-Za-z]+)?", re.IGNORECASE)


@dataclass
class Header:
    """The header of a table as found in the file: one row, or two rows of a survey export."""

    #: Row number of the (first) header row.
    row: int
    #: One label per column: the header cell, or "question · sub-header" for two rows.
    labels: list
    #: How many header rows the labels come from (1 or 2).
    rows: int
    #: Row number of the last row that is not data (the second header row, or Qualtrics'
    #: ImportId row below it); data rows start below it.
    last: int
    #: Records already read below ``last``, in file order (empty rows included): data.
    replay: list[list]


def read_header(records: Iterator[list], wanted: int | None, header_rows: int | None,
                filled: Callable[[object], bool]) -> Header | None:
    """Read ``records`` up to the header, of one or two rows; None when there is no header.

    ``wanted`` is the header row the user chose (see :func:`find_header`),
    ``header_rows`` how many rows it takes (None: detect, see
    :func:`two_header_rows`). Only the first rows are looked at.
    """
    found = find_header(records, wanted, filled)
    if found is None:
        return None
    number, first, replay = found
    if header_rows == 1:
        return Header(number, first, 1, number, replay)
    # Look ahead: the next records (some may have been read already).
    ahead = list(replay)
    nonempty = sum(1 for record in ahead if _any_filled(record, filled))
    while nonempty < DATA_LOOKAHEAD + 2:
        record = next(records, None)
        if record is None:
            break
        ahead.append(record)
        nonempty += _any_filled(record, filled)
    if header_rows == 2:
        second = next((i for i, record in enumerate(ahead) if _any_filled(record, filled)), None)
    else:
        second = 0 if ahead and _any_filled(ahead[0], filled) else None
    if second is None:
        return Header(number, first, 1, number, ahead)
    below = second + 1
    if below < len(ahead) and _is_import_id_row(ahead[below], filled):
        below += 1  # Qualtrics' {"ImportId": ...} row: metadata, not data
    if header_rows is None:
        data = [record for record in ahead[below:] if _any_filled(record, filled)][:DATA_LOOKAHEAD]
        if not two_header_rows(first, ahead[second], data, filled,
                               import_ids=below > second + 1):
            return Header(number, first, 1, number, ahead)
    labels = combined_labels(first, ahead[second], filled)
    return Header(number, labels, 2, number + below, ahead[below:])


def two_header_rows(first: list, second: list, data: list[list], filled: Callable[[object], bool],
                    *, import_ids: bool = False) -> bool:
    """Whether ``second`` is a second header row under ``first`` rather than the first data row.

    Conservative, since a wrong yes swallows a row of data: ``second`` must
    hold only text (no numbers or dates), and either ``first`` is a survey
    export's row of questions whose blank cells (merged over the sub-headers)
    ``second`` fills, or ``first`` holds Qualtrics-like short codes (Q1, Q2_1)
    over the questions' texts; and the ``data`` rows below must clearly be
    data (numbers or dates under text of ``second``; for Qualtrics the
    ImportId row, ``import_ids``, is enough).
    """
    width = max(len(first), len(second))
    top = [first[i] if i < len(first) and filled(first[i]) else None for i in range(width)]
    sub = [second[i] if i < len(second) and filled(second[i]) else None for i in range(width)]
    if not any(sub) or any(value is not None and _is_value(value) for value in sub):
        return False
    text_columns = [i for i, value in enumerate(sub) if value is not None]
    numbers_under_text = any(i < len(row) and filled(row[i]) and _is_value(row[i])
                             for row in data for i in text_columns)
    if _short_codes_over_questions(top, sub):
        return import_ids or numbers_under_text
    filled_top = [i for i, value in enumerate(top) if value is not None]
    if not filled_top:
        return False
    # A blank cell of the first row between two filled ones, with a sub-header under it.
    gaps = [i for i in range(filled_top[0] + 1, filled_top[-1]) if top[i] is None]
    if not any(sub[i] is not None for i in gaps):
        return False
    return numbers_under_text or _checkbox_answers(top, sub, data, filled)


def combined_labels(first: list, second: list, filled: Callable[[object], bool]) -> list[str]:
    """One label per column from two header rows: "question · sub-header".

    A question spreads over the blank cells to its right up to the next
    filled one (a merged cell); where the second row is blank the question
    alone is the label, where there is no question the sub-header alone.
    A sub-header that already says the question (Qualtrics' "Start Date"
    under "StartDate") is the label alone.
    """
    from workbench.ingest.values import cell_text

    width = max(len(first), _last_filled(second, filled) + 1)
    labels = []
    group = ""
    for i in range(width):
        top = first[i] if i < len(first) and filled(first[i]) else None
        sub = second[i] if i < len(second) and filled(second[i]) else None
        if top is not None:
            group = cell_text(top).strip()
        sub_text = cell_text(sub).strip() if sub is not None else ""
        if not group or not sub_text:
            labels.append(sub_text or group)
            continue
        group_words, sub_words = header_words(group), header_words(sub_text)
        if sub_words[:len(group_words)] == group_words:
            labels.append(sub_text)
        else:
            labels.append(f"{group}{LABEL_JOINER}{sub_text}")
    return labels


def _any_filled(record: list, filled: Callable[[object], bool]) -> bool:
    return any(filled(value) for value in record)


def _last_filled(record: list, filled: Callable[[object], bool]) -> int:
    return max((i for i, value in enumerate(record) if filled(value)), default=-1)


def _is_value(value: object) -> bool:
    """A number, date, time or yes/no: what a header cell is not."""
    if not isinstance(value, str):
        return True
    from workbench.ingest.values import parse_date, parse_number

    text = value.strip()
    return (parse_number(text, ".") is not None or parse_number(text, ",") is not None
            or parse_date(text, "dmy") is not None or parse_date(text, "mdy") is not None)


def _is_import_id_row(record: list, filled: Callable[[object], bool]) -> bool:
    """Qualtrics' third row: every filled cell a JSON object such as {"ImportId":"QID1"}."""
    cells = [value for value in record if filled(value)]
    return bool(cells) and all(isinstance(value, str) and value.lstrip().startswith("{")
                               and "importid" in value.lower() for value in cells)


def _short_codes_over_questions(top: list, sub: list) -> bool:
    """Qualtrics: short codes in the first row, each with a longer question text under it."""
    codes = [i for i, value in enumerate(top)
             if isinstance(value, str) and _SHORT_CODE.fullmatch(value.strip())]
    if len(codes) < 2 or any(sub[i] is None for i in codes):
        return False
    questions = [i for i in codes if len(header_words(sub[i])) >= 2
                 and header_words(sub[i]) != header_words(top[i])]
    return len(questions) * 2 >= len(codes)


def _checkbox_answers(top: list, sub: list, data: list[list], filled: Callable[[object], bool]
                      ) -> bool:
    """Survey exports of multiple-choice questions: each option's column holds the option's own
    text (its sub-header) when ticked, seen here in two or more columns of one question; and a
    column with no sub-header holds numbers or dates below (the respondent id, the date),
    which a first data row would rarely leave blank."""
    def ticked(i: int) -> bool:
        return any(i < len(row) and filled(row[i]) and isinstance(row[i], str)
                   and row[i].strip() == str(sub[i]).strip() for row in data)

    groups: list[list[int]] = []
    for i, value in enumerate(top):
        if value is not None:
            groups.append([i])
        elif groups:
            groups[-1].append(i)
    if not any(len(group) > 1 and all(sub[i] is not None for i in group)
               and sum(map(ticked, group)) >= 2 for group in groups):
        return False
    return any(top[i] is not None and sub[i] is None
               and any(i < len(row) and filled(row[i]) and _is_value(row[i]) for row in data)
               for i in range(len(top)))
