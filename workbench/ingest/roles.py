"""Guess each column's role from its header and its values, with a short reason.

The guess is a starting point the researcher reviews in the preview, so it
favours the safe reading: identifiers and phone numbers stay text, a column
is numeric or a date only when every sampled value reads as one, and an
ignored column is one that is empty or has the same value in every row.
Large tables are judged on a sample of rows spread over the whole file;
"empty" and "constant" are confirmed on every row before a column is ignored.
A survey score (NPS, CSAT, CES, star rating) becomes a measure only when its
header names one and its values fit one of the kind's scales; otherwise it
stays numeric and the reason says so (see :mod:`workbench.ingest.measures`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.domain.voc import MeasureKind
from workbench.i18n import translate
from workbench.ingest import vocabulary as vocab
from workbench.ingest.headers import LABEL_JOINER, column_names, header_words
from workbench.ingest.measures import fitting_spec, measure_kind, measure_reason, unfit_reason
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
#: Share of values that must look like people's names (uncommon names are not listed).
NAME_SHARE = 0.6
#: An outcome with words (Yes/No, "Attrited Customer") has at most this many values.
OUTCOME_MAX_CATEGORIES = 12
#: ... and short ones: a "Risposta" column of sentences is free text.
OUTCOME_MAX_LENGTH = 24
#: A score measure has at least this many different answers (0/1 is a flag, not a scale).
MEASURE_MIN_ANSWERS = 3

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
        role, reason, detail = _infer_column(label, columns[index], decimal, rows, index,
                                             sampled=len(sample) < len(rows), complete=complete)
        specs.append(ColumnSpec(names[index], label, role, reason,
                                detail if role is ColumnRole.PII else None, positions[index],
                                detail if role is ColumnRole.MEASURE else None))
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
    """(role, reason, detail): the detail is the PII kind of a PII column and the
    MeasureSpec text ("nps:0-10") of a Measure column, else None."""
    words = header_words(label)
    question_words = _outcome_words(label, words)
    outcome = outcome_concept(question_words)
    measure = measure_kind(question_words)
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
    if tuple(words) in vocab.INDEX_HEADERS and _is_row_index(rows, index):
        return ColumnRole.IGNORE, translate(
            "Import", "a row number (0, 1, 2… or 1, 2, 3…), not data"), None

    pii = _pii_from_header(words)
    if pii is not None and not _is_count(values, pii):
        return ColumnRole.PII, _pii_reason(pii), pii

    if _all_finite_numbers(values):
        # A spreadsheet's typed numbers: no text rule (e-mail, phone, date, leading zeros)
        # can match them, so they are judged without writing each one as text.
        if not (len(set(values)) == 1 and len(values) == len(column)
                and len(rows) >= CONSTANT_MIN_ROWS and _constant_everywhere(rows, index)):
            return _infer_from_numbers(words, values, outcome, measure)
    texts = [v.strip() if v.__class__ is str else cell_text(v) for v in values]
    distinct = set(texts)
    if (len(distinct) == 1 and len(values) == len(column) and len(rows) >= CONSTANT_MIN_ROWS
            and _constant_everywhere(rows, index)):
        if complete:
            return ColumnRole.IGNORE, translate("Import", "same value in every row"), None
        role, reason, pii = _infer_from_values(words, values, texts, distinct, decimal,
                                                outcome, measure)
        return role, translate("Import", "{reason}; the same value in every previewed row").format(
            reason=reason), pii
    return _infer_from_values(words, values, texts, distinct, decimal, outcome, measure)


def _infer_from_values(words: list[str], values: list[object], texts: list[str],
                       distinct: set[str], decimal: str, outcome: str | None = None,
                       measure: MeasureKind | None = None) -> tuple[ColumnRole, str, str | None]:
    if _is_identifier_header(words):
        return ColumnRole.IDENTIFIER, _identifier_reason(words), None

    if _mostly(texts, _EMAIL.fullmatch, PATTERN_SHARE):
        return ColumnRole.PII, translate("Import", "e-mail addresses"), "email"
    if _mostly(texts, _looks_like_formatted_phone, PATTERN_SHARE):
        return ColumnRole.PII, translate("Import", "phone numbers"), "phone"
    # Addresses and names are written with letters: numbers and codes skip both checks.
    varied_values = len(distinct) >= 0.5 * len(texts) and _mostly_letters(texts)
    if varied_values and _mostly(texts, _looks_like_street_address, PATTERN_SHARE):
        return ColumnRole.PII, translate("Import", "street addresses"), "address"
    if varied_values and _mostly(texts, _looks_like_person_name, NAME_SHARE):
        return ColumnRole.PII, translate("Import", "people's names"), "name"

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
        if measure is not None:
            # A score question has a handful of answers: each distinct one is read once.
            found = _measure_role(measure, [_text_number(t, decimal) for t in distinct])
            if found is not None:
                return found
        if outcome is not None:
            return ColumnRole.OUTCOME, _outcome_reason(outcome), None
        return ColumnRole.NUMERIC, _numbers_reason(words), None

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

    if (outcome is not None and len(distinct) <= OUTCOME_MAX_CATEGORIES
            and average_length <= OUTCOME_MAX_LENGTH):
        return ColumnRole.OUTCOME, _outcome_reason(outcome), None

    if (len(texts) >= 8 and len(distinct) >= 0.95 * len(texts)
            and _mostly(texts, _looks_like_code, 0.9)):
        return ColumnRole.IDENTIFIER, translate("Import", "a different code in every row"), None

    return ColumnRole.CATEGORICAL, translate("Import", "{count} different values").format(
        count=len(distinct)), None


def _mostly_letters(texts: list[str], probe: int = 64) -> bool:
    """True when most of the first ``probe`` texts contain a letter."""
    head = texts[:probe]
    return sum(1 for t in head if any(c.isalpha() for c in t)) * 2 > len(head)


def _all_finite_numbers(values: Sequence[object]) -> bool:
    """True when every value is an int or a float other than NaN and infinity (C loops only)."""
    if not values or values[0].__class__ not in _NUMBER_TYPES:
        return False
    if not set(map(type, values)) <= _NUMBER_TYPES:
        return False
    total = sum(values)
    return total - total == 0


def _infer_from_numbers(words: list[str], values: list[object], outcome: str | None = None,
                        measure: MeasureKind | None = None) -> tuple[ColumnRole, str, str | None]:
    """What :func:`_infer_from_values` concludes for values that are all int or float."""
    if _is_identifier_header(words):
        return ColumnRole.IDENTIFIER, _identifier_reason(words), None
    if set(words) & vocab.DATE_WORDS and _all_serial_dates(values):
        return ColumnRole.DATE, translate("Import", "Excel date numbers"), None
    if set(words) & vocab.POSTAL_WORDS:
        return ColumnRole.CATEGORICAL, translate("Import", "postal codes, kept as text"), None
    if measure is not None:
        found = _measure_role(measure, list(set(values)))
        if found is not None:
            return found
    if outcome is not None:
        return ColumnRole.OUTCOME, _outcome_reason(outcome), None
    return ColumnRole.NUMERIC, _numbers_reason(words), None


def _measure_role(kind: MeasureKind, numbers: Sequence[float]
                  ) -> tuple[ColumnRole, str, str | None] | None:
    """Measure on the narrowest scale of ``kind`` the (distinct) numbers fit; else numeric,
    saying why (a "Satisfaction" of 0–100 is not guessed onto a scale).

    None for a flag of two values ("Recommended" 0/1 is a yes or no, an outcome), and an
    NPS needs answers above 5 (a "recommend" question scored 1–5 is not a 0–10 NPS).
    """
    if len(numbers) < MEASURE_MIN_ANSWERS:
        return None
    low, high = min(numbers), max(numbers)
    if kind is MeasureKind.NPS and high <= 5:
        return ColumnRole.NUMERIC, unfit_reason(kind, low, high), None
    whole = all(map(float.is_integer, map(float, numbers)))  # C loops, no Python per value
    spec = fitting_spec(kind, low, high, whole)
    if spec is None:
        return ColumnRole.NUMERIC, unfit_reason(kind, low, high), None
    return ColumnRole.MEASURE, measure_reason(spec), spec.text()


def _text_number(text: str, decimal: str) -> float:
    """A number written as text that :func:`_is_number_value` accepted."""
    if decimal == "." and "_" not in text:
        try:
            return float(text)
        except ValueError:
            pass
    number = parse_number(text, decimal)
    assert number is not None
    return number


def _identifier_reason(words: list[str]) -> str:
    from workbench.ingest.keys import key_kind

    kind = key_kind(" ".join(words))
    if kind == "customer":
        return translate("Import", "the header names a customer identifier")
    if kind == "other":
        return translate("Import", "the header names an identifier of something other than a "
                         "customer")
    return translate("Import", "the header names an identifier")


def _numbers_reason(words: list[str]) -> str:
    if _pii_from_header(words) is not None:  # "NumberOfAddress": a count, not an address
        return translate("Import", "numbers (a count, not personal data)")
    return translate("Import", "numbers")


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


def outcome_concept(words: Sequence[str]) -> str | None:
    """The outcome a header names ("churn", "complaint", "value"...), or None.

    "Churn", "Complain", "AcceptedCmp3", "Disdetta", "Customer lifetime value" name
    one; "Churn reason", "Cancellation date" and "Order value" do not.
    """
    present = set(words)
    if not present or present & vocab.NOT_OUTCOME_WORDS:
        return None
    for concept, concept_words in vocab.OUTCOME_CONCEPT_WORDS.items():
        if present & concept_words:
            return concept
    if present & vocab.VALUE_WORDS and present <= vocab.VALUE_WORDS | vocab.VALUE_QUALIFIERS:
        return "value"
    return None


def _outcome_words(label: str, words: list[str]) -> list[str]:
    """The header words that may name an outcome: in a two-row survey header
    ("How satisfied are you? · Response") the sub-header "Response" only says
    the column holds the answers."""
    if LABEL_JOINER not in label:
        return words
    question, _, sub_header = label.rpartition(LABEL_JOINER)
    sub_words = [w for w in header_words(sub_header) if w not in vocab.SURVEY_ANSWER_WORDS]
    return header_words(question) + sub_words


def _outcome_reason(concept: str) -> str:
    what = {
        "churn": translate("Import", "churn"),
        "complaint": translate("Import", "complaints"),
        "response": translate("Import", "response"),
        "conversion": translate("Import", "conversion"),
        "satisfaction": translate("Import", "satisfaction"),
        "recommendation": translate("Import", "recommendation"),
        "value": translate("Import", "customer value"),
    }[concept]
    return translate("Import", "the header names an outcome ({what})").format(what=what)


# --- value rules --------------------------------------------------------------

def _is_row_index(rows: Sequence[Sequence[object]], index: int) -> bool:
    """True when the column holds 0, 1, 2… or 1, 2, 3… in file order (a row index)."""
    if len(rows) < 2:
        return False
    try:
        numbers = [int(_index_number(row[index])) for row in rows]
    except (TypeError, ValueError, OverflowError):
        return False
    start = numbers[0]
    return start in (0, 1) and numbers == list(range(start, start + len(numbers)))


def _index_number(value: object) -> int:
    if value.__class__ is str:
        return int(value.strip())
    if value.__class__ is float:
        if not value.is_integer():
            raise ValueError(value)
        return int(value)
    if value.__class__ is int:
        return value
    raise TypeError(value)


def _is_count(values: Sequence[object], pii_kind: str) -> bool:
    """True when values a personal-data header names are plain counts ("NumberOfAddress": 1..22).

    Phone numbers written as numbers have 7 digits or more, so they are not counts.
    """
    numbers = []
    for value in values:
        if value.__class__ in _NUMBER_TYPES:
            numbers.append(value)
        elif value.__class__ is str and value.strip().isdigit():
            numbers.append(int(value.strip()))
        else:
            return False
    if pii_kind == "phone":
        return not any(abs(n) >= 1_000_000 for n in numbers)
    return True


def _looks_like_street_address(text: str) -> bool:
    """"Via Roma 12", "12 Main Street", "Piazza del Duomo, 3", "221B Baker St."."""
    tokens = [t.strip(".,;").lower() for t in text.split()]
    if len(tokens) < 2 or len(text) > 120:
        return False
    has_street = any(t in vocab.STREET_WORDS for t in tokens)
    if not has_street:
        return False
    if any(c.isdigit() for c in text):
        return True
    # "Via Garibaldi", "Corso Italia": an Italian street word first, then a name
    return tokens[0] in vocab.STREET_WORDS and len(tokens[0]) > 2 and text.split()[1][:1].isupper()


def _looks_like_person_name(text: str) -> bool:
    """"Giulia Rossi", "ROSSI Giulia", "Rossi, Giulia", "John F. Kennedy": 2-4 capitalised
    words, the first or last a common given name."""
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 4 or len(text) > 60:
        return False
    for word in words:
        letters = word.replace("'", "").replace("-", "").replace(".", "")
        if not letters.isalpha() or not word[:1].isupper():
            return False
    return (_given_name(words[0]) or _given_name(words[-1])) is True


def _given_name(word: str) -> bool:
    return word.lower() in vocab.GIVEN_NAMES


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
