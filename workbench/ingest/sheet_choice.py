"""Which sheet of a workbook holds the data table: the size of the table a sheet holds."""

from __future__ import annotations

from workbench.ingest.headers import find_header

#: Columns beyond this add nothing to a sheet's size (a wide form is not more of a table).
MAX_COUNTED_COLUMNS = 60


def _filled(value: object) -> bool:
    return value is not None and value != "" and not (isinstance(value, str) and not value.strip())


def table_size(first_rows: list[list], total_rows: int) -> int:
    """Data rows x columns of the table a sheet holds, from its first rows (row 1 first) and
    its number of rows; 0 when it has no header with at least two columns under which
    data follows. A title row above the header, or a header right of column A, is fine."""
    found = find_header(iter(first_rows), None, _filled)
    if found is None:
        return 0
    number, header, below = found
    columns = sum(1 for value in header if _filled(value))
    if columns < 2:
        return 0
    seen_below = [row for row in below if any(_filled(value) for value in row)]
    if not seen_below:
        return 0
    rows = max(total_rows - number, len(seen_below))
    return rows * min(columns, MAX_COUNTED_COLUMNS)
