"""A database source is kept as the engine's Arrow blocks and stored a block at a time:
the project must hold exactly what reading every row into Python lists gave (stored rows,
column roles, customers, samples), and a bad value in a late block must leave the
project as it was."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from project_snapshot import snapshot, unchanged

from workbench.domain.warehouse import DatabaseSource, SampleSpec
from workbench.errors import InputFileError
from workbench.ingest import convert, databases
from workbench.ingest.columnar import ColumnarRows
from workbench.services.importing import import_database, list_sources, source_columns
from workbench.services.project import create_project, open_project

ROWS = 300

#: Every kind of value a source gives: gaps in most columns, a year before 1000 and an
#: infinity in one block each, decimals, huge integers, zoned and nanosecond timestamps.
MIXED_SQL = f"""
CREATE TABLE customers AS SELECT
  'K' || lpad(CAST(i AS VARCHAR), 5, '0') AS customer_id,
  CAST(CASE WHEN i % 7 = 0 THEN NULL ELSE (i * 37) % 90 + 18 END AS INTEGER) AS age,
  CAST(CASE WHEN i % 11 = 0 THEN NULL ELSE ((i * 7919) % 100000) / 100.0 END
       AS DECIMAL(10, 2)) AS spend,
  CASE WHEN i % 5 = 0 THEN NULL ELSE i % 2 = 0 END AS member,
  CASE WHEN i % 13 = 0 THEN NULL ELSE DATE '2020-01-01' + CAST((i * 3) % 1500 AS INTEGER)
       END AS signup,
  CASE WHEN i % 17 = 0 THEN NULL ELSE TIMESTAMP '2024-01-01 00:00:00'
       + to_seconds((i * 7919) % 86400 * 30) + INTERVAL 123456 MICROSECOND END AS last_order_at,
  TIMESTAMPTZ '2024-05-01 10:00:00+02' + to_seconds(i * 61) AS seen_at,
  CAST(TIMESTAMP '2023-02-03 04:05:06' + to_seconds(i) AS TIMESTAMP_NS) AS logged_at,
  CASE WHEN i = 250 THEN DATE '0950-06-01' ELSE DATE '2021-01-01' + CAST(i AS INTEGER)
       END AS founded,
  CASE WHEN i % 3 = 0 THEN NULL ELSE ['store', 'web', 'app'][i % 3 + 1] END AS channel,
  CASE WHEN i = 40 THEN CAST('infinity' AS DOUBLE) WHEN i % 9 = 0 THEN CAST('nan' AS DOUBLE)
       ELSE i / 3.0 END AS ratio,
  CAST(i AS HUGEINT) * 1000000000000000000 AS big,
  CAST(i % 5 + 1 AS SMALLINT) AS satisfaction,
  CASE WHEN i % 4 = 0 THEN NULL ELSE 'Asked about order ' || i || ', none since.' END AS comment
FROM range(1, {ROWS + 1}) AS r(i)
"""

#: Roles a user may choose instead of the inferred ones, so that every conversion of every
#: kind of engine value is compared.
OVERRIDES = {"signup": "categorical", "age": "categorical", "member": "numeric",
             "last_order_at": "categorical", "ratio": "outcome", "big": "numeric",
             "seen_at": "date", "logged_at": "date", "founded": "date", "spend": "identifier",
             "satisfaction": "measure:csat:1-5", "channel": "free_text"}


@pytest.fixture
def small_blocks(monkeypatch):
    """Blocks of 32 rows from the engine, converted 10 rows at a time: every block boundary
    falls inside a conversion block."""
    monkeypatch.setattr(databases, "BLOCK_ROWS", 32)
    monkeypatch.setattr(convert, "CHUNK_ROWS", 10)


def read_as_lists(monkeypatch) -> None:
    """The import as it was: every row read into Python lists first."""
    monkeypatch.setattr(databases._Engine, "read_columnar",
                        lambda self, sql, task, **kwargs: self.read(sql, task, **kwargs))


def mixed_duckdb(path: Path) -> Path:
    import duckdb

    conn = duckdb.connect(str(path))
    try:
        conn.execute(MIXED_SQL)
    finally:
        conn.close()
    return path


def imported(path: Path, source: DatabaseSource, **options) -> tuple:
    """(source kind, row count, columns, stored rows, customers) of a fresh project."""
    with open_project(create_project(path)) as project:
        result = import_database(project, source, **options)
        source_id = result.source.id
        columns = [(c.name, c.label, str(c.role), c.pii_kind, c.measure)
                   for c in source_columns(project, source_id)]
        rows = [tuple(row) for row in project.db.query(
            f"SELECT * FROM src_{source_id} ORDER BY row_number")]
        customers = [tuple(row) for row in project.db.query(
            "SELECT id, label FROM customers ORDER BY id")]
        documents = project.db.scalar("SELECT count(*) FROM documents")
        return (result.source.kind, result.source.row_count, result.source.options.get("sampling"),
                columns, rows, customers, documents)


@pytest.mark.parametrize("options", [
    {},
    {"roles": OVERRIDES},
    {"sample": SampleSpec(size=90, seed=7)},
    {"sample": SampleSpec(size=60, seed=3, stratify_by="member")},
], ids=["inferred", "chosen-roles", "random-sample", "stratified-sample"])
def test_streamed_blocks_store_what_reading_every_row_first_stored(tmp_path, monkeypatch,
                                                                     small_blocks, options):
    source = DatabaseSource("duckdb", str(mixed_duckdb(tmp_path / "crm.duckdb")))
    streamed = imported(tmp_path / "streamed.pwb", source, **options)
    read_as_lists(monkeypatch)
    listed = imported(tmp_path / "listed.pwb", source, **options)
    assert streamed == listed
    kind, count, _, columns, rows, customers, _ = streamed
    assert len(rows) == count == (options["sample"].size if "sample" in options else ROWS)
    assert len(customers) == count


def test_engine_values_are_stored_as_the_app_writes_them(tmp_path, small_blocks):
    source = DatabaseSource("duckdb", str(mixed_duckdb(tmp_path / "crm.duckdb")))
    _, _, _, columns, rows, _, _ = imported(tmp_path / "study.pwb", source, roles=OVERRIDES)
    names = [name for name, *_ in columns]
    by_row = {row[0]: dict(zip(names, row[2:], strict=True)) for row in rows}
    # row 250: a date before the year 1000, in a block of its own kind
    assert by_row[250]["founded"] == "0950-06-01"
    assert by_row[249]["founded"] == (dt.date(2021, 1, 1) + dt.timedelta(days=249)).isoformat()
    # zoned timestamps in UTC, nanoseconds and microseconds dropped, ISO with a "T"
    assert by_row[1]["seen_at"] == "2024-05-01T08:01:01"
    assert by_row[2]["logged_at"] == "2023-02-03T04:05:08"
    assert by_row[17]["last_order_at"] is None
    assert by_row[1]["last_order_at"] == "2024-01-03T17:59:30"
    assert by_row[13]["signup"] is None and by_row[1]["signup"] == "2020-01-04"
    assert by_row[40]["ratio"] is None and by_row[9]["ratio"] is None  # infinity, NaN
    assert by_row[3]["ratio"] == 1.0
    assert by_row[2]["member"] == 1.0 and by_row[3]["member"] == 0.0 and by_row[5]["member"] is None
    assert by_row[3]["big"] == 3e18 and by_row[7]["age"] is None and by_row[1]["age"] == "55"
    assert by_row[1]["spend"] == "79.19" and by_row[11]["spend"] is None
    assert by_row[4]["satisfaction"] == 5.0
    assert by_row[4]["comment"] is None and by_row[5]["comment"] == "Asked about order 5, none since."


def test_a_bad_value_in_a_late_block_leaves_the_project_unchanged(tmp_path, small_blocks):
    import duckdb

    path = tmp_path / "scores.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute(f"CREATE TABLE scores AS SELECT 'P' || i AS person, "
                 f"CASE WHEN i = 287 THEN 'lots' ELSE CAST(i % 40 AS VARCHAR) END AS visits, "
                 f"CAST(CASE WHEN i = 291 THEN 9 ELSE i % 5 + 1 END AS INTEGER) AS csat "
                 f"FROM range(1, {ROWS + 1}) AS r(i)")
    conn.close()
    project_path = create_project(tmp_path / "study.pwb")
    before = snapshot(project_path)
    source = DatabaseSource("duckdb", str(path))
    with open_project(project_path) as project, pytest.raises(InputFileError) as caught:
        import_database(project, source, roles={"visits": "numeric"})
    assert caught.value.row == 287 and caught.value.column == "visits"
    assert "'lots' is not a number" in str(caught.value)
    assert unchanged(project_path, before)
    # an engine-typed number outside its scale, in a late block, is refused the same way
    with open_project(project_path) as project, pytest.raises(InputFileError) as caught:
        import_database(project, source, roles={"visits": "ignore", "csat": "measure:csat:1-5"})
    assert caught.value.row == 291 and caught.value.column == "csat"
    with open_project(project_path) as project:
        assert list_sources(project) == []
        assert project.db.scalar("SELECT count(*) FROM customers") == 0


PG_COLUMNS = (("customer_id", "text"), ("age", "integer"), ("spend", "numeric(10,2)"),
              ("member", "boolean"), ("signup", "date"), ("last_order_at", "timestamp"),
              ("seen_at", "timestamptz"), ("ratio", "float8"), ("big", "numeric(30,0)"),
              ("tags", "jsonb"), ("comment", "text"))


def pg_rows() -> list[tuple]:
    rows = []
    for i in range(1, ROWS + 1):
        rows.append((f"K{i:05d}", None if i % 7 == 0 else (i * 37) % 90 + 18,
                     None if i % 11 == 0 else Decimal((i * 7919) % 100000) / 100,
                     None if i % 5 == 0 else i % 2 == 0,
                     None if i % 13 == 0 else dt.date(2020, 1, 1) + dt.timedelta(days=i * 3),
                     dt.datetime(2024, 1, 1, 0, 0, 0, 123456) + dt.timedelta(seconds=i * 7919),
                     dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
                     + dt.timedelta(minutes=i),
                     float("nan") if i % 9 == 0 else i / 3, i * 10**20,
                     f'{{"visits": {i}}}', None if i % 4 == 0 else f"Order {i}: none since."))
    return rows


@pytest.mark.parametrize("options", [{}, {"roles": {"signup": "categorical",
                                                    "last_order_at": "date", "seen_at": "date",
                                                    "big": "numeric", "ratio": "numeric"}},
                                     {"sample": SampleSpec(size=80, seed=5)}],
                         ids=["inferred", "chosen-roles", "random-sample"])
def test_postgresql_blocks_store_what_reading_every_row_first_stored(
        tmp_path, monkeypatch, small_blocks, postgres_db, options):
    postgres_db.load_table("customers", PG_COLUMNS, pg_rows())
    source = DatabaseSource("postgresql", postgres_db.url_for(password=None))
    password = postgres_db.server.password
    streamed = imported(tmp_path / "streamed.pwb", source, password=password, **options)
    read_as_lists(monkeypatch)
    listed = imported(tmp_path / "listed.pwb", source, password=password, **options)
    assert streamed == listed
    assert len(streamed[4]) == (options["sample"].size if "sample" in options else ROWS)


def test_columnar_rows_read_like_a_list_of_rows_while_blocks_are_taken():
    import pyarrow as pa

    rows = ColumnarRows(3)
    expected = []
    for start in range(0, 95, 20):
        block = [[f"r{i}", i, dt.date(2024, 1, 1) + dt.timedelta(days=i)]
                 for i in range(start, min(start + 20, 95))]
        expected.extend(block)
        if start == 40:  # a block Arrow cannot type stays Python values
            rows.add_rows([[a, Decimal(b), c] for a, b, c in block])
            expected[-len(block):] = [[a, Decimal(b), c] for a, b, c in block]
        else:
            rows.add_batch(pa.RecordBatch.from_pylist(
                [dict(zip("abc", row, strict=True)) for row in block]))
    assert len(rows) == 95 and list(rows) == expected
    assert rows[57] == expected[57] and rows[-1] == expected[-1] and rows[15:45] == expected[15:45]
    assert rows.distinct_texts(0) == {row[0] for row in expected}
    taken = rows.take_columns(33, {2: "date"}, [0, 2])
    assert taken[1] is None and list(taken[0]) == [row[0] for row in expected[:33]]
    assert list(taken[2]) == [row[2].isoformat() for row in expected[:33]]
    assert len(rows) == 62 and rows[0] == expected[33] and list(rows) == expected[33:]
    while rows:
        rows.take_columns(25)
    assert list(rows) == []


def test_references_are_enforced_again_after_an_import_whatever_happened(tmp_path, small_blocks):
    source = DatabaseSource("duckdb", str(mixed_duckdb(tmp_path / "crm.duckdb")))
    with open_project(create_project(tmp_path / "study.pwb")) as project:
        with pytest.raises(InputFileError):
            import_database(project, source, roles={"comment": "numeric"})
        result = import_database(project, source)
        table = f"src_{result.source.id}"
        first = project.db.scalar(f"SELECT customer_id FROM {table} WHERE row_number = 1")
        with project.db.transaction():
            project.db.execute("DELETE FROM customers WHERE id = ?", (first,))
        assert project.db.scalar(f"SELECT customer_id FROM {table} WHERE row_number = 1") is None
        with pytest.raises(Exception, match="FOREIGN KEY"), project.db.transaction():
            project.db.execute(f"UPDATE {table} SET customer_id = -5 WHERE row_number = 2")
