"""Write the same generated rows as CSV and XLSX, once, for the benchmarks."""

from __future__ import annotations

import csv
from pathlib import Path


def write_csv_and_xlsx(csv_path: Path, xlsx_path: Path, header: list[str], rows: list[list]) -> None:
    import openpyxl

    with csv_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("data")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(xlsx_path)
