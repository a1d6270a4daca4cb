"""Customer rows written into real Parquet files, DuckDB files and PostgreSQL tables.

The same rows in every engine, so a test can compare what the import read with what
was written, whatever the engine.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

REGIONS = (("north", 40), ("south", 25), ("east", 20), ("west", 10), ("islands", 5))
COMMENTS = ("The app keeps logging me out when I pay.", "Delivery was late twice this month.",
            "Great service in the store, slow website.", "I would like cheaper plans for families.")
#: (name, PostgreSQL type) of the columns, in order.
PG_COLUMNS = (("customer_id", "text"), ("age", "integer"), ("region", "text"),
              ("spend", "numeric(10,2)"), ("signup", "date"), ("churned", "boolean"),
              ("comment", "text"))
NAMES = tuple(name for name, _ in PG_COLUMNS)


def customer_rows(count: int, seed: int = 1) -> list[tuple]:
    """``count`` customers: (customer_id, age, region, spend, signup, churned, comment)."""
    rng = random.Random(seed)
    regions = [name for name, weight in REGIONS for _ in range(weight)]
    rows = []
    for i in range(count):
        rows.append((f"C{i + 1:06d}", rng.randint(18, 80), regions[i % len(regions)],
                     Decimal(rng.randint(0, 99_999)) / 100,
                     date(2020, 1, 1) + timedelta(days=rng.randint(0, 1500)),
                     rng.random() < 0.2,
                     f"{COMMENTS[rng.randrange(len(COMMENTS))]} Asked on order {i + 1}, "
                     f"{rng.randint(1, 9)} days after the first call."
                     if rng.random() < 0.5 else None))
    return rows


def as_read(row: tuple) -> list:
    """A written row as the import reads it (decimals become floats)."""
    return [float(value) if isinstance(value, Decimal) else value for value in row]


def arrow_table(rows: list[tuple]):
    import pyarrow as pa

    columns = list(zip(*rows, strict=True))
    return pa.table({
        "customer_id": pa.array(columns[0], pa.string()),
        "age": pa.array(columns[1], pa.int32()),
        "region": pa.array(columns[2], pa.string()),
        "spend": pa.array(columns[3], pa.decimal128(10, 2)),
        "signup": pa.array(columns[4], pa.date32()),
        "churned": pa.array(columns[5], pa.bool_()),
        "comment": pa.array(columns[6], pa.string()),
    })


def write_parquet(path: Path, rows: list[tuple]) -> Path:
    import pyarrow.parquet as pq

    pq.write_table(arrow_table(rows), path)
    return path


def write_duckdb(path: Path, rows: list[tuple], table: str = "customers") -> Path:
    import duckdb

    conn = duckdb.connect(str(path))
    try:
        data = arrow_table(rows)  # noqa: F841 - read by DuckDB by name
        quoted = '"' + table.replace('"', '""') + '"'
        conn.execute(f"CREATE TABLE {quoted} AS SELECT * FROM data")
    finally:
        conn.close()
    return path


def load_postgres(database, rows: list[tuple], table: str = "customers") -> int:
    """COPY ``rows`` into a new table of a ``postgres_db`` fixture database."""
    return database.load_table(table, PG_COLUMNS, rows)
