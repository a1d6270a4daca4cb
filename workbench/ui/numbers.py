"""Counts as the user reads them: the locale's digits and thousands separators.

``count_text(1000000)`` is "1,000,000" in English and "1.000.000" in Italian: every
count shown in a widget, a tooltip, a status message or an undo text goes through it
(``QLocale()`` is the language chosen in Preferences, set at start-up).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def count_text(value: int | float | None) -> str:
    """A whole number in the current locale, with group separators ("–" when unknown)."""
    if value is None:
        return "–"
    return QLocale().toString(int(value))
