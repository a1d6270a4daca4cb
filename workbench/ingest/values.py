"""Reading single cell values: missing markers, numbers, dates, text.

Everything here works on one value at a time and knows nothing about files;
the readers and the converter call it. Numbers accept a decimal point or a
decimal comma (Italian exports: "1.234,56"), dates accept ISO, day/month/year
(or month/day/year when told), month names in English and Italian, and Excel
serial day numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

#: Cell texts that mean "no value" (compared after strip() and lower()).
MISSING_TOKENS = frozenset({"", "na", "n/a", "#n/a", "null", "-", "?", "none", "nan"})
#: In free text, "None" is a real answer ("What frustrates you?" "None"), so it stays.
FREE_TEXT_MISSING_TOKENS = MISSING_TOKENS - {"none"}

DECIMALS = (".", ",")
DATE_ORDERS = ("dmy", "mdy")

EXCEL_EPOCH = dt.datetime(1899, 12, 30)
#: Serial numbers Excel shows as dates: 1 (1900-01-01) to 9999-12-31.
EXCEL_SERIAL_RANGE = (1.0, 2958466.0)
#: Serial numbers plausible for research data when guessing from numbers alone
#: (1954-10-04 .. 2119-01-05); an explicit Date role accepts the whole range.
PLAUSIBLE_SERIAL_RANGE = (20000.0, 80000.0)


def is_missing(value: object) -> bool:
    """True for None, NaN and the missing-value markers (NA, n/a, null, -, ...)."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip().lower() in MISSING_TOKENS
    if isinstance(value, float):
        return value != value
    return False


def cell_text(value: object) -> str:
    """A cell as the text a user sees in the spreadsheet (7.0 → "7", dates in ISO form)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None).isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


# --- numbers ---------------------------------------------------------------

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")  # thousands grouping by spaces or '
_CURRENCY = "€$£¥"
_NUMBER_POINT = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")
_NUMBER_COMMA = re.compile(r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d*)(?:,\d+)?(?:[eE][+-]?\d+)?")
_HAS_DIGIT = re.compile(r"\d")


def parse_number(text: str, decimal: str = ".") -> float | None:
    """The number written in ``text``, or None if it is not a number.

    Accepts thousands separators that match the decimal mark ("1,234.5" or
    "1.234,5"), spaces as thousands separators, a currency symbol and a
    trailing percent sign (kept as shown: "45%" → 45.0). Missing markers are
    not numbers: callers check :func:`is_missing` first.
    """
    s = text.strip().translate(_SPACES)
    if s.endswith("%"):
        s = s[:-1]
    sign = ""
    if s[:1] in "+-":
        sign, s = s[:1], s[1:]
    s = s.strip(_CURRENCY)
    if not s or not _HAS_DIGIT.search(s):
        return None
    if decimal == ",":
        if not _NUMBER_COMMA.fullmatch(s):
            return None
        s = s.replace(".", "").replace(",", ".")
    else:
        if not _NUMBER_POINT.fullmatch(s):
            return None
        s = s.replace(",", "")
    try:
        return float(sign + s)
    except ValueError:
        return None


# Evidence for the decimal mark in text cells: a separator followed by 1-2 or
# 4+ digits, or "0," / "0." before digits, cannot be a thousands separator.
# "1.234.567" (two groups) can only use "." for thousands, so "," is the decimal mark.
_COMMA_DECIMAL = re.compile(
    r"[+-]?(?:\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d*,\d{1,2}|\d*,\d{4,}|0,\d+)")
_POINT_DECIMAL = re.compile(
    r"[+-]?(?:\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}|\d*\.\d{1,2}|\d*\.\d{4,}|0\.\d+)")


def decimal_evidence(text: str) -> str | None:
    """"," or "." when ``text`` is a number that can only be read with that decimal mark."""
    s = text.strip()
    if len(s) > 30:
        return None
    if _COMMA_DECIMAL.fullmatch(s):
        return ","
    if _POINT_DECIMAL.fullmatch(s):
        return "."
    return None


# --- dates -----------------------------------------------------------------

_TIME = r"(?:[T ,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*(?:[Zz]|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME)
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})" + _TIME)
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})[ -]([^\W\d_]{3,})\.?[ ,-]*(\d{4}|\d{2})" + _TIME)
_MONTH_NAME_DAY = re.compile(r"([^\W\d_]{3,})\.? (\d{1,2}),? (\d{4})" + _TIME)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
        "january jan gennaio gen", "february feb febbraio", "march mar marzo",
        "april apr aprile", "may maggio mag", "june jun giugno giu",
        "july jul luglio lug", "august aug agosto ago", "september sep sept settembre set",
        "october oct ottobre ott", "november nov novembre", "december dec dicembre dic"), 1):
    for _name in _names.split():
        _MONTHS[_name] = _number


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # same pivot as strptime's %y
        year += 2000 if year < 69 else 1900
    return year


def _build(year: int, month: int, day: int, hour: str | None, minute: str | None,
           second: str | None) -> dt.date | None:
    try:
        if hour is None:
            return dt.date(year, month, day)
        return dt.datetime(year, month, day, int(hour), int(minute or 0), int(second or 0))
    except ValueError:
        return None


def parse_date(text: str, order: str = "dmy", *, compact: bool = False) -> dt.date | None:
    """The date (or date and time) written in ``text``, or None.

    ``order`` decides "03/04/2020": "dmy" (3 April, the European reading) or
    "mdy". ISO dates and month names are read the same either way. A time
    zone suffix is dropped: the clock time is kept as written. ``compact``
    also accepts "20200403" (only when the column is known to hold dates).
    """
    s = text.strip()
    if not 6 <= len(s) <= 40:
        return None
    m = _ISO.fullmatch(s)
    if m:
        return _build(int(m[1]), int(m[3]), int(m[4]), m[5], m[6], m[7])
    m = _DAY_FIRST.fullmatch(s)
    if m:
        first, second = int(m[1]), int(m[3])
        day, month = (second, first) if order == "mdy" else (first, second)
        return _build(_year(m[4]), month, day, m[5], m[6], m[7])
    m = _DAY_MONTH_NAME.fullmatch(s)
    if m and m[2].lower() in _MONTHS:
        return _build(_year(m[3]), _MONTHS[m[2].lower()], int(m[1]), m[4], m[5], m[6])
    m = _MONTH_NAME_DAY.fullmatch(s)
    if m and m[1].lower() in _MONTHS:
        return _build(int(m[3]), _MONTHS[m[1].lower()], int(m[2]), m[4], m[5], m[6])
    if compact:
        m = _COMPACT.fullmatch(s)
        if m and 1800 <= int(m[1]) <= 2200:
            return _build(int(m[1]), int(m[2]), int(m[3]), None, None, None)
    return None


def is_day_month_form(text: str) -> bool:
    """True for "03/04/2024"-like dates, whose reading depends on the date order."""
    return _DAY_FIRST.fullmatch(text.strip()) is not None


def date_order_evidence(text: str) -> str | None:
    """"dmy" or "mdy" when ``text`` is a day/month date that only one order can read."""
    m = _DAY_FIRST.fullmatch(text.strip())
    if not m:
        return None
    first, second = int(m[1]), int(m[3])
    if first > 12 >= second:
        return "dmy"
    if second > 12 >= first:
        return "mdy"
    return None


def column_date_order(values: Iterable[object]) -> str:
    """"mdy" when some value can only be month first (12/31/2020), else "dmy"."""
    evidence = {date_order_evidence(v) for v in values if v.__class__ is str}
    return "mdy" if "mdy" in evidence and "dmy" not in evidence else "dmy"


def excel_serial_to_date(number: float) -> dt.date | None:
    """The date of an Excel serial day number (45000 → 2023-03-15), None if out of range."""
    low, high = EXCEL_SERIAL_RANGE
    if not low <= number < high:
        return None
    moment = EXCEL_EPOCH + dt.timedelta(days=number)
    if number == int(number):
        return moment.date()
    return moment.replace(microsecond=0) if moment.microsecond < 500_000 else (
        moment + dt.timedelta(seconds=1)).replace(microsecond=0)


def date_text(value: dt.date) -> str:
    """"YYYY-MM-DD" for a date, "YYYY-MM-DDTHH:MM:SS" for a date and time."""
    kind = value.__class__
    if kind is dt.date:
        return value.isoformat()
    if kind is dt.datetime and value.tzinfo is None:  # the common case, without a copy
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None).isoformat()
    return value.isoformat()
