"""How stored and previewed cell values are shown in tables."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale, Qt

#: Characters of a long text cell shown in the table (the tooltip shows more).
DISPLAY_CHARS = 240
TOOLTIP_CHARS = 2000


def cell_text(value: object, locale: QLocale | None = None) -> str:
    """A value as the researcher reads it: numbers with the locale's decimal mark."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        text = repr(value)
        point = (locale or QLocale()).decimalPoint()
        return text.replace(".", point) if point != "." else text
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def display_text(value: object, locale: QLocale | None = None) -> str:
    """One line, cut to a length a table cell can show."""
    text = cell_text(value, locale)
    if "\n" in text or "\r" in text:
        text = " ↵ ".join(part.strip() for part in text.splitlines() if part.strip())
    if len(text) > DISPLAY_CHARS:
        text = text[:DISPLAY_CHARS - 1] + "…"
    return text


def tooltip_text(value: object, locale: QLocale | None = None) -> str | None:
    """The whole value, for cells whose display was cut or joined; None otherwise."""
    text = cell_text(value, locale)
    if len(text) <= 60 and "\n" not in text:
        return None
    if len(text) > TOOLTIP_CHARS:
        text = text[:TOOLTIP_CHARS - 1] + "…"
    return text


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def numeric_alignment() -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def local_time(iso: str) -> str:
    """An ISO time stamp (stored in UTC) in the user's time zone and date format."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
