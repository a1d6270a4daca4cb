"""Tables for spreadsheets (CSV and XLSX), safe to open.

A text cell that begins with = + - @ (or a tab or carriage return, or their
full-width forms) is written with a leading apostrophe, so Excel, LibreOffice
and Google Sheets show it as text instead of running it as a formula (CSV/formula
injection). Numbers stay numbers.

CSV comes in two styles, because Excel reads a CSV with the list separator and
decimal mark of the computer's regional settings: "comma" (comma-separated,
decimal point: R, Python, Excel in English) and "semicolon" (semicolon-separated,
decimal comma: Excel in Italian, German, French, Spanish...). Otherwise Excel in
Italian opens a comma-separated file as one column.
"""

from __future__ import annotations

import csv
import math
import numbers
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# XML 1.0 cannot hold these control characters: XLSX cells drop them.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

#: Column kinds: how numbers are shown in XLSX.
TEXT, INTEGER, DECIMAL, SHARE = "text", "integer", "decimal", "share"
_XLSX_FORMATS = {INTEGER: "0", DECIMAL: "0.000", SHARE: "0.0%"}
_DIGITS = 6  # decimals kept for measured values

#: CSV styles: comma-separated with a decimal point, or semicolon-separated with a decimal comma.
COMMA, SEMICOLON = "comma", "semicolon"
CSV_STYLES = (COMMA, SEMICOLON)
_DELIMITERS = {COMMA: ",", SEMICOLON: ";"}


def csv_delimiter(style: str) -> str:
    """The separator of a CSV style: "," or ";"."""
    return _DELIMITERS[check_csv_style(style)]


def check_csv_style(style: str) -> str:
    """``style`` if it is a CSV style; ValueError naming the styles otherwise."""
    if style not in CSV_STYLES:
        raise ValueError(f"unknown CSV style {style!r}: use {' or '.join(CSV_STYLES)}")
    return style


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = TEXT
    width: float = 14.0  # XLSX column width, in characters


@dataclass
class Table:
    """A sheet: its name, its columns and rows of plain values (str, int, float or None)."""

    name: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)


def neutralise(value: Any) -> Any:
    """A text that a spreadsheet would run as a formula, made plain text (=1+1 -> '=1+1).

    Leading spaces do not hide a formula: " =1+1" is neutralised too.
    """
    if isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + value
    return value


#: First characters that may start a formula once leading spaces are stripped.
_RISKY_FIRST = frozenset("".join(FORMULA_STARTS) + " ")


def _cell(value: Any) -> Any:
    """A value as written: floats rounded, NaN blank, control characters dropped, text made safe."""
    kind = type(value)  # the common plain types first: a table may hold millions of cells
    if kind is int:
        return value
    if kind is str:
        if not value.isprintable():  # printable text holds none of _NOT_IN_XML's characters
            value = _NOT_IN_XML.sub("", value)
        return neutralise(value) if value[:1] in _RISKY_FIRST else value
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return round(value, _DIGITS) if value == value else None  # NaN -> blank
    if isinstance(value, str):
        value = _NOT_IN_XML.sub("", value)  # before the check: they could hide a leading "="
    return neutralise(value)


def decimal_comma(value: Any) -> Any:
    """A number as Excel in Italian reads it: 3.5 -> "3,5", 1e-05 -> "0,00001", 1200 -> "1200"
    (no thousands separators); anything else (text, dates, booleans) unchanged."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return value
    if isinstance(value, numbers.Integral):
        return str(int(value))
    number = float(value)
    if not math.isfinite(number):
        return "" if number != number else str(number)  # NaN blank, like the comma style
    text = repr(number)
    if "e" in text or "E" in text:  # never scientific notation: Excel may take it for text
        text = f"{number:.{_DIGITS + 12}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def write_csv(table: Table, target: Path, style: str = COMMA) -> None:
    """UTF-8 with a byte-order mark (so Excel reads accents), CRLF line ends; ``style`` "comma"
    (comma-separated, decimal point) or "semicolon" (semicolon-separated, decimal comma)."""
    delimiter = csv_delimiter(style)
    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([_cell(c.header) for c in table.columns])
        if style == SEMICOLON:
            writer.writerows(["" if v is None else decimal_comma(_cell(v)) for v in row]
                             for row in table.rows)
        else:  # csv writes None as an empty field
            writer.writerows([_cell(v) for v in row] for row in table.rows)


def sheet_name(name: str) -> str:
    """A valid worksheet name: at most 31 characters, none of : \\ / ? * [ ]."""
    cleaned = re.sub(r"[:\\/?*\[\]]", " ", _NOT_IN_XML.sub("", name)).strip().strip("'")
    return (cleaned or "Sheet")[:31]


def write_xlsx(tables: list[Table], target: Path, creator: str = "") -> None:
    """One sheet per table: bold header row, frozen, with filters and number formats."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    if creator:
        book.properties.creator = creator
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="E9EBEF")
    for table in tables:
        sheet = book.create_sheet(sheet_name(table.name))
        sheet.freeze_panes = "A2"
        for index, column in enumerate(table.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        last = get_column_letter(max(1, len(table.columns)))
        sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
        header = []
        for column in table.columns:
            cell = WriteOnlyCell(sheet, value=_cell(column.header))
            cell.font, cell.fill = header_font, header_fill
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            header.append(cell)
        sheet.append(header)
        formats = [_XLSX_FORMATS.get(c.kind) for c in table.columns]
        for row in table.rows:
            values = []
            for value, number_format in zip(row, formats, strict=False):
                value = _cell(value)
                if number_format and isinstance(value, int | float) and not isinstance(value, bool):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.number_format = number_format
                    value = cell
                values.append(value)
            sheet.append(values)
    book.save(target)

