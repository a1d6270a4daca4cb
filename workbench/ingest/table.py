"""What the readers return: read options, the raw table, converted columns."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.domain.columns import ColumnSpec

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + SPREADSHEET_SUFFIXES


@dataclass
class ReadOptions:
    """How to read a file; None everywhere means "detect it"."""

    #: Sheet of a workbook (default: the first one). Ignored for CSV/TSV.
    sheet: str | None = None
    #: Text encoding of a CSV/TSV ("utf-8", "cp1252", "utf-16"...).
    encoding: str | None = None
    #: Field separator of a CSV/TSV ("," ";" "\t" "|").
    delimiter: str | None = None
    #: Decimal mark of numbers written as text: "." or ",".
    decimal: str | None = None
    #: Row number of the header as the user sees it (1 = first row of the
    #: file or sheet); default: the first row that is not empty.
    header_row: int | None = None
    #: How many rows the header takes: 1, or 2 for survey exports whose first
    #: row holds the questions and the second their sub-headers (or short
    #: codes over question texts); default: detected, cautiously.
    header_rows: int | None = None


@dataclass
class RawTable:
    """A table as read from a file: headers, roles inferred, cell values unconverted.

    ``rows`` hold str, int, float, bool, date/datetime (spreadsheets may also
    give datetime.time or timedelta), or None for an empty cell; every row has
    one value per column. ``row_numbers[i]`` is the row where a user finds
    ``rows[i]`` when they open the file in Excel or LibreOffice (header on
    row 1 → first data row is 2; a quoted value that spans several lines
    stays one row).
    """

    path: Path
    sheet: str | None
    columns: list[ColumnSpec]
    rows: list[list[object]]
    row_numbers: list[int]
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str = "."
    #: Row number of the header row (the first one when there are two).
    header_row: int = 1
    #: How many header rows were read (2: labels join "question · sub-header").
    header_rows: int = 1
    #: True when ``max_rows`` stopped the reading before the end of the file.
    truncated: bool = False

    @property
    def where(self) -> str:
        """The file (and sheet) as named in messages."""
        return where(self.path, self.sheet)


@dataclass
class ConvertedColumn:
    """One column ready to store: numbers as float, dates as ISO text, the rest as text."""

    spec: ColumnSpec
    values: list


def where(path: Path, sheet: str | None = None) -> str:
    """"interviews.xlsx (sheet Survey)" or "interviews.csv", as used in messages."""
    from workbench.i18n import translate

    if sheet:
        return translate("Import", "{file} (sheet {sheet})").format(file=path.name, sheet=sheet)
    return path.name


def header_row_missing(path: Path, sheet: str | None, row: int):
    """The error for a chosen header row below the end of the file or sheet."""
    from workbench.errors import InputFileError
    from workbench.i18n import translate

    return InputFileError(translate(
        "Import", "{place} ends before row {row}, so that row cannot be the header. Choose a "
        "smaller header row.").format(place=where(path, sheet), row=row), path, row=row)
