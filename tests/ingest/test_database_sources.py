"""Reading Parquet files, DuckDB files and PostgreSQL tables into RawTables, and sampling
them inside the engine: seeded, deterministic, proportional."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from database_rows import (
    NAMES,
    REGIONS,
    as_read,
    customer_rows,
    load_postgres,
    write_duckdb,
    write_parquet,
)

from workbench.domain.columns import ColumnRole
from workbench.domain.warehouse import DatabaseSource, SampleSpec
from workbench.errors import InputFileError, OperationCancelled
from workbench.ingest import databases
from workbench.ingest.databases import (
    allocate,
    count_rows,
    count_strata,
    guess_source,
    preview_source,
    read_source,
    sample_source,
)
from workbench.progress import Task

ROWS = customer_rows(2000)


@pytest.fixture
def parquet_file(tmp_path):
    return write_parquet(tmp_path / "customers.parquet", ROWS)


@pytest.fixture
def duckdb_file(tmp_path):
    return write_duckdb(tmp_path / "crm.duckdb", ROWS)


def roles(table) -> dict[str, ColumnRole]:
    return {spec.label: ColumnRole(spec.role) for spec in table.columns}


def keys(table) -> list[str]:
    return [row[0] for row in table.rows]


# --- Parquet -----------------------------------------------------------------------------------


def test_a_parquet_file_is_read_whole_with_its_values_and_inferred_roles(parquet_file):
    table = read_source(DatabaseSource("parquet", str(parquet_file)))
    assert [spec.label for spec in table.columns] == list(NAMES)
    assert table.rows == [as_read(row) for row in ROWS]
    assert table.row_numbers == list(range(1, len(ROWS) + 1))
    found = roles(table)
    assert found["customer_id"] is ColumnRole.IDENTIFIER
    assert found["age"] is ColumnRole.NUMERIC and found["spend"] is ColumnRole.NUMERIC
    assert found["signup"] is ColumnRole.DATE
    assert found["region"] is ColumnRole.CATEGORICAL
    assert table.where == "customers.parquet"


def test_a_folder_of_parquet_files_reads_as_one_table(tmp_path):
    folder = tmp_path / "extract"
    folder.mkdir()
    write_parquet(folder / "part-0.parquet", ROWS[:700])
    write_parquet(folder / "part-1.parquet", ROWS[700:])
    (folder / "_SUCCESS").write_text("")  # what Spark leaves beside its files
    source = guess_source(str(folder))
    assert source.kind == "parquet"
    table = read_source(source)
    assert table.rows == [as_read(row) for row in ROWS]
    assert count_rows(source) == len(ROWS)


def test_engine_types_arrive_as_plain_python_values(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "types.parquet"
    pq.write_table(pa.table({
        "amount": pa.array([Decimal("1.50"), None], pa.decimal128(8, 2)),
        "ratio": pa.array([float("nan"), 0.25]),
        "seen": pa.array([datetime(2024, 3, 1, 12, tzinfo=UTC), None],
                         pa.timestamp("us", tz="Europe/Rome")),
        "tags": pa.array([[1, 2], [3]]),
    }), path)
    table = read_source(DatabaseSource("parquet", str(path)))
    assert table.rows[0][:3] == [1.5, None, datetime(2024, 3, 1, 12)]
    assert table.rows[1][:3] == [None, 0.25, None]
    assert all(isinstance(row[3], str) for row in table.rows)


def test_a_preview_reads_only_its_rows_and_says_it_stopped(parquet_file):
    table = preview_source(DatabaseSource("parquet", str(parquet_file)), max_rows=25)
    assert len(table.rows) == 25 and table.truncated
    assert table.rows == [as_read(row) for row in ROWS[:25]]


@pytest.mark.parametrize("case", ["missing", "not parquet", "empty folder"])
def test_parquet_that_cannot_be_read_is_explained(tmp_path, case):
    if case == "missing":
        location, expected = tmp_path / "gone.parquet", "gone.parquet was not found"
    elif case == "not parquet":
        location = tmp_path / "customers.parquet"
        location.write_text("customer_id,age\nC1,30\n")
        expected = "customers.parquet is not a Parquet file"
    else:
        location = tmp_path / "empty"
        location.mkdir()
        expected = "holds no Parquet files"
    with pytest.raises(InputFileError, match=expected):
        read_source(DatabaseSource("parquet", str(location)))


# --- DuckDB ------------------------------------------------------------------------------------


def test_a_duckdb_table_and_a_duckdb_query(duckdb_file):
    table = read_source(DatabaseSource("duckdb", str(duckdb_file), table="customers"))
    assert table.rows == [as_read(row) for row in ROWS]
    assert table.where == "customers @ crm.duckdb"
    query = read_source(DatabaseSource(
        "duckdb", str(duckdb_file),
        query="SELECT customer_id, age FROM customers WHERE region = 'west' ORDER BY age, "
              "customer_id;"))
    expected = sorted(([row[0], row[1]] for row in ROWS if row[2] == "west"),
                      key=lambda row: (row[1], row[0]))
    assert query.rows == expected
    assert query.where == "query @ crm.duckdb"


def test_a_duckdb_file_is_opened_read_only(duckdb_file):
    before = duckdb_file.read_bytes()
    with pytest.raises(InputFileError, match="failed"):
        read_source(DatabaseSource("duckdb", str(duckdb_file),
                                   query="CREATE TABLE x AS SELECT 1 AS a"))
    read_source(DatabaseSource("duckdb", str(duckdb_file), table="customers"))
    assert duckdb_file.read_bytes() == before


def test_a_table_name_is_quoted_not_pasted(tmp_path):
    path = write_duckdb(tmp_path / "odd.duckdb", ROWS[:10], table='odd "name"; DROP')
    table = read_source(DatabaseSource("duckdb", str(path), table='odd "name"; DROP'))
    assert len(table.rows) == 10


def test_a_missing_table_lists_the_tables_there(duckdb_file):
    with pytest.raises(InputFileError) as caught:
        read_source(DatabaseSource("duckdb", str(duckdb_file), table="clients"))
    assert str(caught.value) == ("crm.duckdb has no table named 'clients'. Its tables are: "
                                 "customers.")


def test_the_only_table_needs_no_name_and_several_are_listed(duckdb_file, tmp_path):
    from workbench.ingest.databases import open_source

    with open_source(DatabaseSource("duckdb", str(duckdb_file))) as reader:
        assert reader.source.table == "customers"
        assert reader.source.display_name == "customers @ crm.duckdb"
        assert reader.count() == len(ROWS)
    two = write_duckdb(tmp_path / "two.duckdb", ROWS[:5], table="shops")
    write_duckdb(two, ROWS[:3], table="agents")
    with pytest.raises(InputFileError) as caught:
        read_source(DatabaseSource("duckdb", str(two)))
    assert str(caught.value) == ("two.duckdb has 2 tables: agents, shops. Choose one, or write a "
                                 "query.")


def test_a_bad_query_gives_the_engines_message(duckdb_file):
    with pytest.raises(InputFileError) as caught:
        read_source(DatabaseSource("duckdb", str(duckdb_file), query="SELECT nope FROM customers"))
    message = str(caught.value)
    assert message.startswith("The query on crm.duckdb failed: ")
    assert "nope" in message


def test_a_file_that_is_not_duckdb_is_explained(tmp_path):
    path = tmp_path / "crm.db"
    import sqlite3

    sqlite3.connect(path).execute("CREATE TABLE t(a)").connection.close()
    with pytest.raises(InputFileError, match="crm.db is not a DuckDB database file"):
        read_source(DatabaseSource("duckdb", str(path), table="t"))


# --- sampling in the engine --------------------------------------------------------------------


def test_a_random_sample_has_the_asked_size_and_depends_only_on_the_seed(duckdb_file,
                                                                         parquet_file):
    source = DatabaseSource("duckdb", str(duckdb_file), table="customers")
    first, record = sample_source(source, SampleSpec(size=300, seed=7))
    again, _ = sample_source(source, SampleSpec(size=300, seed=7))
    other, _ = sample_source(source, SampleSpec(size=300, seed=8))
    assert len(first.rows) == 300 and len(set(keys(first))) == 300
    assert first.rows == again.rows
    assert set(keys(first)) != set(keys(other))
    assert (record.method, record.size, record.population, record.seed) == ("random", 300, 2000, 7)
    written = {row[0]: as_read(row) for row in ROWS}
    assert all(row == written[row[0]] for row in first.rows)  # whole rows, unchanged
    # the same rows in another engine's scan order give the same sample
    shuffled = write_parquet(parquet_file.with_name("shuffled.parquet"), list(reversed(ROWS)))
    from_parquet, _ = sample_source(DatabaseSource("parquet", str(shuffled)),
                                    SampleSpec(size=300, seed=7))
    from_sorted, _ = sample_source(DatabaseSource("parquet", str(parquet_file)),
                                   SampleSpec(size=300, seed=7))
    assert from_parquet.rows == from_sorted.rows


def test_a_stratified_sample_is_proportional_and_sums_exactly(duckdb_file):
    source = DatabaseSource("duckdb", str(duckdb_file), table="customers")
    population = Counter(row[2] for row in ROWS)
    assert count_strata(source, "region") == dict(population)
    table, record = sample_source(source, SampleSpec(size=333, seed=3, stratify_by="region"))
    drawn = Counter(row[2] for row in table.rows)
    assert sum(drawn.values()) == 333 == record.size
    for region, _ in REGIONS:
        assert abs(drawn[region] - 333 * population[region] / len(ROWS)) <= 1
        assert record.by_stratum[region] == [population[region], drawn[region]]
    assert (record.method, record.strata, record.population) == ("stratified", "region", 2000)
    again, _ = sample_source(source, SampleSpec(size=333, seed=3, stratify_by="region"))
    assert again.rows == table.rows


def test_allocation_by_largest_remainder_keeps_every_stratum():
    strata = {"a": 9_000, "b": 900, "c": 90, "d": 9, "e": 1}
    for size in (5, 6, 17, 100, 999, 5_000, 9_999):
        quotas = allocate(strata, size)
        assert sum(quotas.values()) == size
        assert all(1 <= quotas[name] <= count for name, count in strata.items())
    quotas = allocate({"x": 500, "y": 300, "z": 200}, 101)
    assert quotas == {"x": 51, "y": 30, "z": 20}  # 50.5, 30.3, 20.2: the largest remainder wins
    with pytest.raises(InputFileError, match="cannot hold one row of each of the 5 values"):
        allocate(strata, 4, column="segment")


def test_a_stratifying_column_must_exist(duckdb_file):
    source = DatabaseSource("duckdb", str(duckdb_file), table="customers")
    with pytest.raises(InputFileError, match="no column named 'country' to stratify by"):
        sample_source(source, SampleSpec(size=10, stratify_by="country"))


# --- progress and cancel -----------------------------------------------------------------------


def test_reading_reports_blocks_and_stops_when_cancelled(duckdb_file, monkeypatch):
    monkeypatch.setattr(databases, "BLOCK_ROWS", 500)
    seen = []
    task = Task(lambda done, total, message: seen.append(done))
    read_source(DatabaseSource("duckdb", str(duckdb_file), table="customers"), task=task,
                expected=2000)
    assert seen == [500, 1000, 1500, 2000]

    task = Task(lambda done, total, message: task.cancel())
    with pytest.raises(OperationCancelled):
        read_source(DatabaseSource("duckdb", str(duckdb_file), table="customers"), task=task)


# --- PostgreSQL --------------------------------------------------------------------------------


def test_a_postgresql_table_is_read_in_blocks_through_a_named_cursor(postgres_db, monkeypatch):
    load_postgres(postgres_db, ROWS)
    monkeypatch.setattr(databases, "BLOCK_ROWS", 700)
    seen = []
    source = DatabaseSource("postgresql", postgres_db.url, table="customers")
    table = read_source(source, task=Task(lambda done, total, message: seen.append(done)))
    assert table.rows == [as_read(row) for row in ROWS]  # COPY keeps the order on a fresh table
    assert seen == [700, 1400, 2000]
    assert roles(table)["customer_id"] is ColumnRole.IDENTIFIER
    assert "secret" not in table.where and "tester@" in table.where
    assert count_rows(source) == 2000


def test_a_postgresql_query_and_its_errors(postgres_db):
    load_postgres(postgres_db, ROWS)
    url = postgres_db.url
    table = read_source(DatabaseSource(
        "postgresql", url, query="SELECT region, count(*) AS customers FROM customers "
                                 "GROUP BY region ORDER BY region"))
    assert table.rows == sorted([region, count] for region, count in
                                Counter(row[2] for row in ROWS).items())
    with pytest.raises(InputFileError) as caught:
        read_source(DatabaseSource("postgresql", url, query="SELECT nope FROM customers"))
    assert "The query on postgresql://tester@" in str(caught.value)
    assert 'column "nope" does not exist' in str(caught.value)
    with pytest.raises(InputFileError) as caught:
        read_source(DatabaseSource("postgresql", url, table="clients"))
    assert "has no table named 'clients'. Its tables are: customers." in str(caught.value)
    for error in (caught.value,):
        assert "secret" not in str(error)


def test_postgresql_samples_are_seeded_and_stratified_in_the_server(postgres_db):
    load_postgres(postgres_db, ROWS)
    source = DatabaseSource("postgresql", postgres_db.url, table="customers")
    first, record = sample_source(source, SampleSpec(size=250, seed=11))
    again, _ = sample_source(source, SampleSpec(size=250, seed=11))
    other, _ = sample_source(source, SampleSpec(size=250, seed=12))
    assert len(first.rows) == 250 == record.size and first.rows == again.rows
    assert set(keys(first)) != set(keys(other))
    table, record = sample_source(source, SampleSpec(size=250, seed=11, stratify_by="region"))
    drawn, population = Counter(row[2] for row in table.rows), Counter(row[2] for row in ROWS)
    assert sum(drawn.values()) == 250
    assert all(abs(drawn[r] - 250 * population[r] / 2000) <= 1 for r, _ in REGIONS)


def test_a_wrong_password_is_refused_without_showing_it(postgres_db):
    wrong = "Wr0ng-Pa55-xyz"
    source = DatabaseSource("postgresql", postgres_db.url_for(password=None), table="customers")
    with pytest.raises(InputFileError) as caught:
        read_source(source, password=wrong)
    message = str(caught.value)
    assert message.startswith("PostgreSQL refused the password for user tester on host ")
    assert wrong not in message and wrong not in repr(caught.value.args)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    # a password written in the URL is used and never shown either
    with pytest.raises(InputFileError) as caught:
        read_source(DatabaseSource("postgresql", postgres_db.url_for(password=wrong),
                                   table="customers"))
    assert "refused the password" in str(caught.value) and wrong not in str(caught.value)
    with pytest.raises(InputFileError, match="asks for the password of user tester"):
        read_source(source)
    assert len(read_source(DatabaseSource("postgresql", postgres_db.url_for(password=None),
                                          query="SELECT 1 AS one"), password="secret").rows) == 1


def test_a_lost_connection_is_explained(postgres_db, monkeypatch):
    load_postgres(postgres_db, ROWS)
    monkeypatch.setattr(databases, "BLOCK_ROWS", 600)

    def cut(done, total, message):
        if done == 600:
            assert postgres_db.terminate_connections() == 1

    with pytest.raises(InputFileError) as caught:
        read_source(DatabaseSource("postgresql", postgres_db.url, table="customers"),
                    task=Task(cut))
    message = str(caught.value)
    assert message.startswith("The connection to postgresql://tester@")
    assert "was lost after 600 rows; nothing was imported." in message
    assert "secret" not in message


def test_cancel_interrupts_a_long_query_inside_the_engine(duckdb_file, postgres_db):
    import threading
    import time

    slow = {
        "duckdb": DatabaseSource("duckdb", str(duckdb_file), query=(
            "SELECT max(md5(CAST(a.range * b.range AS VARCHAR))) AS m "
            "FROM range(100000) a, range(100000) b")),
        "postgresql": DatabaseSource("postgresql", postgres_db.url,
                                     query="SELECT pg_sleep(60) AS nap"),
    }
    for source in slow.values():
        task = Task()
        timer = threading.Timer(0.5, task.cancel)
        timer.start()
        started = time.monotonic()
        with pytest.raises(OperationCancelled):
            read_source(source, task=task)
        assert time.monotonic() - started < 10
        timer.join()
