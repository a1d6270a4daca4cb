"""Guess each column's role from its header and its values, with a short reason.

The guess is a starting point the researcher reviews in the preview, so it
favours the safe reading: identifiers and phone numbers stay text, a column
is numeric or a date only when every sampled value reads as one, and an
ignored column is one that is empty or has the same value in every row.
Large tables are judged on a sample of rows spread over the whole file;
"empty" and "constant" are confirmed on every row before a column is ignored.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.i18n import translate
from workbench.ingest import vocabulary as vocab
from workbench.ingest.headers import column_names, header_words
from workbench.ingest.values import (
    MISSING_TOKENS,
    PLAUSIBLE_SERIAL_RANGE,
    cell_text,
    column_date_order,
    is_day_month_form,
    is_missing,
    parse_date,
    parse_number,
)

SAMPLE_ROWS = 3000
#: A free-text column: values this long on average, or this many words.
FREE_TEXT_MIN_LENGTH = 40
FREE_TEXT_MIN_WORDS = 6
#: Share of values that must match for e-mail, phone and channel values.
PATTERN_SHARE = 0.8
CHANNEL_SHARE = 0.6
#: Fewer rows than this never make a column "constant".
CONSTANT_MIN_ROWS = 5

_EMAIL = re.compile(r"[^@\s<>(),;:]+@[^@\s<>(),;:]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"\+?[\d\s().\-/]{6,24}")
_PHONE_GROUPS = re.compile(r"\d[ \-]\d")
_DIGITS = re.compile(r"\d+")
_UUID = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")
_WHITESPACE = re.compile(r"\s")
_NUMBER_TYPES = frozenset({int, float})


def infer_roles(labels: Sequence[object], rows: Sequence[Sequence[object]], *,
                decimal: str = ".", positions: Sequence[int] | None = None,
                complete: bool = True, sample_rows: int = SAMPLE_ROWS) -> list[ColumnSpec]:
    """One ColumnSpec per header: unique name, label, guessed role and reason.

    ``labels`` are the header cells (any type; shown as text), ``rows`` the
    data rows (one value per column, None when empty), ``decimal`` the mark
    numbers written as text use, ``positions`` the 0-based column indexes
    in the file (default 0, 1, 2...). ``complete`` is False when ``rows``
    are only the first rows of the file (a preview): a column that looks
    constant there may not be, so it is not set to Ignore.
    """
    texts = ["" if label is None else cell_text(label) for label in labels]
    positions = list(positions) if positions is not None else list(range(len(texts)))
    names = column_names(texts, positions)
    sample = _sample(rows, sample_rows)
    columns = list(zip(*sample, strict=True)) if sample else [()] * len(texts)
    specs = []
    for index, label in enumerate(texts):
        role, reason, pii_kind = _infer_column(label, columns[index], decimal, rows, index,
                                               sampled=len(sample) < len(rows), complete=complete)
        specs.append(ColumnSpec(names[index], label, role, reason, pii_kind, positions[index]))
    return specs


def _sample(rows: Sequence[Sequence[object]], size: int) -> Sequence[Sequence[object]]:
    """The first half of the sample from the top, the rest spread evenly below."""
    if len(rows) <= size:
        return rows
    head = size // 2
    step = (len(rows) - head) / (size - head)
    return list(rows[:head]) + [rows[head + int(i * step)] for i in range(size - head)]


def _infer_column(label: str, column: Sequence[object], decimal: str,
                  rows: Sequence[Sequence[object]], index: int, sampled: bool,
                  complete: bool = True) -> tuple[ColumnRole, str, str | None]:
    words = header_words(label)
    if _all_finite_numbers(column):  # a spreadsheet's numbers: nothing to filter out
        values = list(column)
    else:
        values = [v for v in column if v is not None and not (
            v.__class__ is str and len(v) <= 6 and v.strip().lower() in MISSING_TOKENS) and not (
            v.__class__ is float and v != v)]
    if not values and sampled:
        values = [row[index] for row in rows if not is_missing(row[index])][:SAMPLE_ROWS]
    if not values:
        return ColumnRole.IGNORE, translate("Import", "empty column"), None

    pii = _pii_from_header(words)
    if pii is not None:
        return ColumnRole.PII, _pii_reason(pii), pii

    if _all_finite_numbers(values):
        # A spreadsheet's typed numbers: no text rule (e-mail, phone, date, leading zeros)
        # can match them, so they are judged without writing each one as text.
        if not (len(set(values)) == 1 and len(values) == len(column)
                and len(rows) >= CONSTANT_MIN_ROWS and _constant_everywhere(rows, index)):
            return _infer_from_numbers(words, values)
    texts = [v.strip() if v.__class__ is str else cell_text(v) for v in values]
    distinct = set(texts)
    if (len(distinct) == 1 and len(values) == len(column) and len(rows) >= CONSTANT_MIN_ROWS
            and _constant_everywhere(rows, index)):
        if complete:
            return ColumnRole.IGNORE, translate("Import", "same value in every row"), None
        role, reason, pii = _infer_from_values(words, values, texts, distinct, decimal)
        return role, translate("Import", "{reason}; the same value in every previewed row").format(
            reason=reason), pii
    return _infer_from_values(words, values, texts, distinct, decimal)


def _infer_from_values(words: list[str], values: list[object], texts: list[str],
                       distinct: set[str], decimal: str) -> tuple[ColumnRole, str, str | None]:
    if _is_identifier_header(words):
        return ColumnRole.IDENTIFIER, translate("Import", "the header names an identifier"), None

    if _mostly(texts, _EMAIL.fullmatch, PATTERN_SHARE):
        return ColumnRole.PII, translate("Import", "e-mail addresses"), "email"
    if _mostly(texts, _looks_like_formatted_phone, PATTERN_SHARE):
        return ColumnRole.PII, translate("Import", "phone numbers"), "phone"

    day_month = [t for t in distinct if is_day_month_form(t)]
    order = column_date_order(day_month)
    if all(_is_date_value(v, t, order) for v, t in zip(values, texts, strict=True)):
        return ColumnRole.DATE, _date_reason(day_month, order), None

    if all(_is_number_value(v, t, decimal) for v, t in zip(values, texts, strict=True)):
        if any(isinstance(v, str) and len(t) > 1 and t[0] == "0" and t.isdigit()
               for v, t in zip(values, texts, strict=True)) and all(t.isdigit() for t in texts):
            return ColumnRole.IDENTIFIER, translate(
                "Import", "numbers with leading zeros, kept as text"), None
        if set(words) & vocab.DATE_WORDS and _all_serial_dates(values):
            return ColumnRole.DATE, translate("Import", "Excel date numbers"), None
        if set(words) & vocab.POSTAL_WORDS:
            return ColumnRole.CATEGORICAL, translate("Import", "postal codes, kept as text"), None
        return ColumnRole.NUMERIC, translate("Import", "numbers"), None

    if set(words) & vocab.CHANNEL_WORDS and len(distinct) <= max(30, len(texts) // 2):
        return ColumnRole.CHANNEL, translate("Import", "the header names a channel"), None
    if len(distinct) <= 40 and _mostly([_channel_key(t) for t in texts],
                                       vocab.CHANNEL_VALUES.__contains__, CHANNEL_SHARE):
        return ColumnRole.CHANNEL, translate("Import", "channel names (store, web, app…)"), None

    average_length = sum(map(len, texts)) / len(texts)
    average_words = sum(len(t.split()) for t in texts) / len(texts)
    varied = len(texts) < 10 or len(distinct) >= 0.5 * len(texts)
    if varied and (average_length > FREE_TEXT_MIN_LENGTH or average_words >= FREE_TEXT_MIN_WORDS):
        return ColumnRole.FREE_TEXT, translate("Import", "long, varied text"), None

    if (len(texts) >= 8 and len(distinct) >= 0.95 * len(texts)
            and _mostly(texts, _looks_like_code, 0.9)):
        return ColumnRole.IDENTIFIER, translate("Import", "a different code in every row"), None

    return ColumnRole.CATEGORICAL, translate("Import", "{count} different values").format(
        count=len(distinct)), None


def _all_finite_numbers(values: Sequence[object]) -> bool:
    """True when every value is an int or a float other than NaN and infinity (C loops only)."""
    if not values or values[0].__class__ not in _NUMBER_TYPES:
        return False
    if not set(map(type, values)) <= _NUMBER_TYPES:
        return False
    total = sum(values)
    return total - total == 0


def _infer_from_numbers(words: list[str], values: list[object]
                        ) -> tuple[ColumnRole, str, str | None]:
    """What :func:`_infer_from_values` concludes for values that are all int or float."""
    if _is_identifier_header(words):
        return ColumnRole.IDENTIFIER, translate("Import", "the header names an identifier"), None
    if set(words) & vocab.DATE_WORDS and _all_serial_dates(values):
        return ColumnRole.DATE, translate("Import", "Excel date numbers"), None
    if set(words) & vocab.POSTAL_WORDS:
        return ColumnRole.CATEGORICAL, translate("Import", "postal codes, kept as text"), None
    return ColumnRole.NUMERIC, translate("Import", "numbers"), None


def _date_reason(day_month: list[str], order: str) -> str:
    if not day_month:
        return translate("Import", "dates")
    if order == "mdy":
        return translate("Import", "dates, month first (12/31/2024)")
    return translate("Import", "dates, day first (31/12/2024)")


# --- header rules -------------------------------------------------------------

def _pii_from_header(words: list[str]) -> str | None:
    """The kind of personal data a header names, when the header is only about that."""
    if not words:
        return None
    present = set(words)
    for kind, kind_words, required in (
            ("email", vocab.EMAIL_WORDS, vocab.EMAIL_REQUIRED),
            ("phone", vocab.PHONE_WORDS, vocab.PHONE_WORDS),
            ("name", vocab.NAME_WORDS, vocab.NAME_WORDS),
            ("address", vocab.ADDRESS_WORDS, vocab.ADDRESS_WORDS)):
        if present & required and present <= kind_words | vocab.PII_QUALIFIERS:
            return kind
    return None


def _pii_reason(kind: str) -> str:
    return {
        "email": translate("Import", "the header names an e-mail address"),
        "phone": translate("Import", "the header names a phone number"),
        "name": translate("Import", "the header names a person's name"),
        "address": translate("Import", "the header names an address"),
    }[kind]


def _is_identifier_header(words: list[str]) -> bool:
    present = set(words)
    if present & vocab.ID_WORDS:
        return True
    return bool(present & vocab.ID_NUMBER_WORDS and present & vocab.ID_ENTITIES)


# --- value rules --------------------------------------------------------------

def _mostly(texts: list[str], test: Callable[[str], object], share: float) -> bool:
    """True when at least ``share`` of ``texts`` pass ``test`` (stops as soon as that is impossible)."""
    allowed = int(len(texts) * (1 - share))
    misses = 0
    for text in texts:
        if not test(text):
            misses += 1
            if misses > allowed:
                return False
    return bool(texts)


def _constant_everywhere(rows: Sequence[Sequence[object]], index: int) -> bool:
    first = rows[0][index]
    return first is not None and all(row[index] == first for row in rows)


def _looks_like_formatted_phone(text: str) -> bool:
    """"+39 333 123 4567", "(02) 1234-5678", "333-1234567": not a plain number or a date."""
    if not _PHONE.fullmatch(text):
        return False
    digits = sum(len(d) for d in _DIGITS.findall(text))
    if text.startswith(("+", "(")):
        return 7 <= digits <= 15
    return (8 <= digits <= 15 and _PHONE_GROUPS.search(text) is not None
            and parse_date(text) is None)


def _looks_like_code(text: str) -> bool:
    """Short, no spaces, with a digit: "R001", "C-2024-17", a UUID."""
    if _UUID.fullmatch(text):
        return True
    return len(text) <= 40 and not _WHITESPACE.search(text) and any(c.isdigit() for c in text)


def _is_date_value(value: object, text: str, order: str) -> bool:
    if isinstance(value, dt.date):  # datetime too
        return True
    return isinstance(value, str) and parse_date(text, order) is not None


def _is_number_value(value: object, text: str, decimal: str) -> bool:
    kind = value.__class__
    if kind is float or kind is int:
        return True
    if kind is not str:
        return False
    if decimal == "." and "_" not in text:
        try:
            return math.isfinite(float(text))
        except ValueError:
            pass
    return parse_number(text, decimal) is not None


def _all_serial_dates(values: list[object]) -> bool:
    low, high = PLAUSIBLE_SERIAL_RANGE
    return all(isinstance(v, int | float) and not isinstance(v, bool) and low <= v < high
               for v in values)


def _channel_key(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").replace("_", " ").split())
