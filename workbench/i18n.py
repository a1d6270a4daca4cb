"""Translations for every user-visible string, core and GUI alike.

Strings are marked with ``translate("Context", "Source text")``; Qt's
``pyside6-lupdate`` extracts them into ``resources/translations/workbench_*.ts``
(see ``tools/update_translations.py``). At run time the .ts catalog of the
chosen language is read here, without Qt, so the core and the CLI are
translated too; the GUI additionally loads Qt's own catalog for standard
dialogs. English is the source language and needs no catalog.
"""

from __future__ import annotations

import locale
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

SUPPORTED_LANGUAGES = ("en", "it")

_catalog: dict[tuple[str, str], str] = {}
_language = "en"


def translate(context: str, text: str) -> str:
    """The translation of ``text`` in the current language (``text`` itself if none)."""
    if not _catalog:
        return text
    return _catalog.get((context, text)) or text


def current_language() -> str:
    return _language


def system_language() -> str:
    """The first supported language named by the environment or the OS locale."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        for part in value.split(":"):
            code = part.split("_")[0].split(".")[0].lower()
            if code in SUPPORTED_LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                return "en"
    try:
        code = (locale.getlocale()[0] or "").split("_")[0].lower()
    except ValueError:
        code = ""
    return code if code in SUPPORTED_LANGUAGES else "en"


def catalog_path(language: str) -> Path:
    from workbench.paths import resources_dir

    return resources_dir() / "translations" / f"workbench_{language}.ts"


def load_catalog(path: Path) -> dict[tuple[str, str], str]:
    """Read finished and unfinished-but-filled translations from a Qt .ts file."""
    catalog: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in ("obsolete", "vanished"):
                continue
            if node.text:
                catalog[(name, source)] = node.text
    return catalog


def set_language(language: str | None) -> str:
    """Switch the language (None or "" = follow the system); returns the one in use."""
    global _language
    language = (language or system_language()).lower()
    if language not in SUPPORTED_LANGUAGES:
        language = "en"
    _catalog.clear()
    if language != "en":
        path = catalog_path(language)
        if path.is_file():
            _catalog.update(load_catalog(path))
    _language = language
    return language


#: The minus sign numbers are written with (not a hyphen).
MINUS = "\u2212"
#: Thousands and decimal separators by language (English: 1,234.5).
_SEPARATORS = {"it": (".", ",")}


def format_number(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` decimals in the current language: 1,234.5 · 1.234,5."""
    thousands, decimal = _SEPARATORS.get(current_language(), (",", "."))
    rounded = round(float(value), decimals)
    text = f"{abs(rounded):,.{decimals}f}"
    text = text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    return (MINUS if rounded < 0 else "") + text


_FIXED_SPEC = re.compile(r"^(\+?)\.(\d+)([f%])$")


class Localised(float):
    """A number that formats ``{x:.2f}``, ``{x:+.2f}`` and ``{x:.0%}`` in the current language.

    For translated sentences whose placeholders carry a format spec: the
    catalog keeps the spec, the number gets the language's separators.
    Other specs format as a plain float would.
    """

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        match = _FIXED_SPEC.match(spec)
        if not match:
            return float.__format__(self, spec)
        sign, decimals, kind = match.group(1), int(match.group(2)), match.group(3)
        value = float(self) * (100 if kind == "%" else 1)
        text = format_number(value, decimals)
        if sign and round(value, decimals) >= 0:
            text = "+" + text
        return text + ("%" if kind == "%" else "")


def localised(value: float) -> Localised:
    """``value`` as a :class:`Localised` number, for ``translate(...).format(...)``."""
    return Localised(value)
