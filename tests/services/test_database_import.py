"""Importing database sources into a project: whole or sampled, all or nothing, and never
a password in the project file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from database_rows import as_read, customer_rows, load_postgres, write_duckdb, write_parquet
from project_snapshot import snapshot, unchanged

from workbench.domain.columns import ColumnRole
from workbench.domain.warehouse import DatabaseSource, SampleSpec, SamplingRecord
from workbench.errors import DuplicateImportError, InputFileError, OperationCancelled
from workbench.ingest import databases
from workbench.progress import Task
from workbench.services.importing import (
    import_database,
    import_file,
    list_sources,
    needs_sample,
    preview_database,
    source_columns,
)
from workbench.services.project import create_project, open_project
from workbench.services.sampling import project_sampling, sample_note
from workbench.settings import Settings, load_settings, save_settings

ROWS = customer_rows(3000)


@pytest.fixture
def project_path(tmp_path) -> Path:
    return create_project(tmp_path / "study.pwb")


@pytest.fixture
def crm(tmp_path) -> Path:
    return write_duckdb(tmp_path / "crm.duckdb", ROWS)


def stored_rows(project, source_id: int) -> list[tuple]:
    return [tuple(row) for row in project.db.query(f"SELECT * FROM src_{source_id} "
                                                    "ORDER BY row_number")]


def project_bytes(path: Path) -> bytes:
    """The project file and its write-ahead log, as they are on disk."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_parquet_file_is_imported_with_roles_customers_and_provenance(project_path, tmp_path):
    path = write_parquet(tmp_path / "customers.parquet", ROWS)
    source = DatabaseSource("parquet", str(path))
    table, population = preview_database(source, max_rows=50)
    assert population == 3000 and len(table.rows) == 50
    with open_project(project_path) as project:
        result = import_database(project, source)
        stored = result.source
        assert (stored.file_name, stored.row_count, stored.sheet) == ("customers.parquet", 3000,
                                                                      None)
        assert stored.file_path == str(path.resolve())
        assert stored.options["database"] == {"kind": "parquet", "location": str(path.resolve()),
                                              "table": None, "query": None}
        assert "sampling" not in stored.options
        assert stored.options["customer_key"] == "customer_id"
        assert result.customers_created == 3000
        columns = {column.label: column.role for column in source_columns(project, stored.id)}
        assert columns["customer_id"] is ColumnRole.IDENTIFIER
        assert columns["signup"] is ColumnRole.DATE
        assert columns["comment"] is ColumnRole.FREE_TEXT
        assert result.documents_created == sum(1 for row in ROWS if row[6])
        rows = stored_rows(project, stored.id)
        assert [row[0] for row in rows] == list(range(1, 3001))
        labels = [label for (label,) in project.db.query(
            "SELECT label FROM customers ORDER BY id")]
        assert labels == [row[0] for row in ROWS]
        assert [row[3] for row in rows] == [row[1] for row in ROWS]  # age, as a number
        with pytest.raises(DuplicateImportError, match="customers.parquet was already imported"):
            import_database(project, DatabaseSource("parquet", str(path)))


def test_a_sample_is_drawn_recorded_and_noted(project_path, crm):
    source = DatabaseSource("duckdb", str(crm), table="customers")
    with open_project(project_path) as project:
        assert sample_note(project) is None and project_sampling(project) == []
        result = import_database(project, source, sample=SampleSpec(size=400, seed=7))
        assert result.source.row_count == 400 == result.customers_created
        record = SamplingRecord.from_dict(result.source.options["sampling"])
        assert (record.method, record.size, record.population, record.seed) == ("random", 400,
                                                                               3000, 7)
        assert project_sampling(project) == [("customers @ crm.duckdb", record)]
        assert sample_note(project) == ("From a sample of 400 of 3,000 customers "
                                        "(customers @ crm.duckdb, random, seed 7).")
        drawn = {label for (label,) in project.db.query("SELECT label FROM customers")}
        # the same seed draws the same customers again; another seed, others
        again = import_database(project, source, sample=SampleSpec(size=400, seed=7),
                                allow_duplicate=True)
        other = import_database(project, source, sample=SampleSpec(size=400, seed=8))
        ids = {again.source.id: set(), other.source.id: set()}
        for source_id in ids:
            ids[source_id] = {label for (label,) in project.db.query(
                f"SELECT c.label FROM src_{source_id} s JOIN customers c ON c.id = s.customer_id")}
        assert ids[again.source.id] == drawn
        assert ids[other.source.id] != drawn and len(ids[other.source.id]) == 400
        written = {row[0]: as_read(row) for row in ROWS}
        first_rows = stored_rows(project, result.source.id)
        assert all(row[3] == written[label][1] for row, label in
                   zip(first_rows, [r[0] for r in project.db.query(
                       f"SELECT c.label FROM src_{result.source.id} s JOIN customers c "
                       "ON c.id = s.customer_id ORDER BY s.row_number")], strict=True))


def test_the_same_sample_twice_is_a_duplicate_but_another_sample_is_not(project_path, crm):
    source = DatabaseSource("duckdb", str(crm), table="customers")
    with open_project(project_path) as project:
        import_database(project, source, sample=SampleSpec(size=100, seed=1))
        with pytest.raises(DuplicateImportError, match="customers @ crm.duckdb was already"):
            import_database(project, source, sample=SampleSpec(size=100, seed=1))
        import_database(project, source, sample=SampleSpec(size=100, seed=2))
        import_database(project, source)  # the whole table is another import
        assert len(list_sources(project)) == 3


def test_a_stratified_sample_keeps_each_regions_share(project_path, crm):
    source = DatabaseSource("duckdb", str(crm), table="customers")
    with open_project(project_path) as project:
        result = import_database(project, source,
                                 sample=SampleSpec(size=500, seed=4, stratify_by="region"))
        record = SamplingRecord.from_dict(result.source.options["sampling"])
        population = Counter(row[2] for row in ROWS)
        stored = Counter(region for (region,) in project.db.query(
            f"SELECT c2 FROM src_{result.source.id}"))
        assert sum(stored.values()) == 500 == record.size
        for region, count in population.items():
            assert abs(stored[region] - 500 * count / 3000) <= 1
            assert record.by_stratum[region] == [count, stored[region]]
        assert sample_note(project) == ("From a sample of 500 of 3,000 customers "
                                        "(customers @ crm.duckdb, stratified by region, seed 4).")


def test_a_duckdb_query_with_chosen_roles_and_key(project_path, crm):
    source = DatabaseSource("duckdb", str(crm),
                            query="SELECT customer_id, region, spend FROM customers "
                                  "WHERE churned")
    with open_project(project_path) as project:
        result = import_database(project, source, roles={"spend": "ignore"},
                                 customer_key="customer_id")
        churned = [row for row in ROWS if row[5]]
        assert result.source.row_count == len(churned) == result.customers_created
        assert result.source.file_name == "query @ crm.duckdb"
        assert result.source.options["database"]["query"].startswith("SELECT customer_id")
        assert [c.label for c in source_columns(project, result.source.id)] == ["customer_id",
                                                                                "region"]


def test_cancel_part_way_leaves_the_project_unchanged(project_path, crm, monkeypatch):
    monkeypatch.setattr(databases, "BLOCK_ROWS", 1000)
    before = snapshot(project_path)
    with open_project(project_path) as project:
        seen = []

        def progress(done, total, message):
            seen.append(message)
            if message.startswith("Saving rows"):
                task.cancel()

        task = Task(progress)
        with pytest.raises(OperationCancelled):
            import_database(project, DatabaseSource("duckdb", str(crm), table="customers"),
                            task=task)
        assert any(m.startswith("Reading customers @ crm.duckdb") for m in seen)
        task = Task(lambda done, total, message: task.cancel() if done else None)
        with pytest.raises(OperationCancelled):
            import_database(project, DatabaseSource("duckdb", str(crm), table="customers"),
                            sample=SampleSpec(size=10, seed=1), task=task)
    assert unchanged(project_path, before)


@pytest.mark.parametrize("case", ["missing file", "not duckdb", "no table", "bad query",
                                  "every column ignored"])
def test_bad_sources_change_nothing(project_path, crm, tmp_path, case):
    sources = {
        "missing file": (DatabaseSource("duckdb", str(tmp_path / "gone.duckdb"), table="t"),
                         "gone.duckdb was not found"),
        "not duckdb": (DatabaseSource("duckdb", str(tmp_path / "study.pwb"), table="t"),
                       "study.pwb is not a DuckDB database file"),
        "no table": (DatabaseSource("duckdb", str(crm), table="nope"),
                     "Its tables are: customers"),
        "bad query": (DatabaseSource("duckdb", str(crm), query="SELEC 1"),
                      "The query on crm.duckdb failed: Parser Error"),
        "every column ignored": (DatabaseSource("duckdb", str(crm), query="SELECT region "
                                                "FROM customers"), "set to Ignore"),
    }
    source, expected = sources[case]
    roles = {"region": "ignore"} if case == "every column ignored" else None
    before = snapshot(project_path)
    with open_project(project_path) as project, pytest.raises(InputFileError, match=expected):
        import_database(project, source, roles=roles)
    assert unchanged(project_path, before)


def test_needs_sample_follows_the_preferences_threshold():
    assert load_settings().sample_threshold == 1_000_000
    assert not needs_sample(1_000_000) and needs_sample(1_000_001)
    save_settings(Settings(sample_threshold=2_500))
    assert load_settings().sample_threshold == 2_500
    assert needs_sample(2_501) and not needs_sample(2_500)
    assert needs_sample(11, Settings(sample_threshold=10))
    save_settings(Settings(sample_threshold=0))
    assert load_settings().sample_threshold == 1_000_000  # nonsense falls back to the default


def test_import_file_is_unchanged_by_the_refactoring(project_path, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("customer_id,Age\nA1,30\nA2,41\n", encoding="utf-8")
    with open_project(project_path) as project:
        result = import_file(project, path)
        assert (result.source.file_name, result.source.row_count) == ("people.csv", 2)
        assert "database" not in result.source.options
        assert [row[0] for row in stored_rows(project, result.source.id)] == [2, 3]


# --- PostgreSQL --------------------------------------------------------------------------------


def test_a_postgresql_table_is_imported_and_sampled(project_path, postgres_db):
    load_postgres(postgres_db, ROWS)
    url = postgres_db.url_for(password=None)
    source = DatabaseSource("postgresql", url, table="customers")
    table, population = preview_database(source, password="secret", max_rows=20)
    assert population == 3000 and len(table.rows) == 20
    with open_project(project_path) as project:
        whole = import_database(project, source, password="secret")
        assert whole.source.row_count == 3000 == whole.customers_created
        assert whole.source.file_path == url
        assert whole.source.options["database"]["location"] == url
        sampled = import_database(project, source, password="secret",
                                  sample=SampleSpec(size=300, seed=5, stratify_by="region"))
        record = SamplingRecord.from_dict(sampled.source.options["sampling"])
        assert (record.size, record.population, record.strata) == (300, 3000, "region")
        assert sample_note(project).startswith("From a sample of 300 of 3,000 customers "
                                               "(customers @ postgresql://tester@/")
        assert sample_note(project).endswith(", stratified by region, seed 5).")
    # a URL that carries the password is stored without it
    with open_project(project_path) as project:
        result = import_database(project, DatabaseSource("postgresql", postgres_db.url,
                                                         query="SELECT * FROM customers "
                                                               "WHERE age < 30"))
        assert result.source.file_path.startswith("postgresql://tester@/")
        assert "secret" not in result.source.file_path
        assert "secret" not in str(result.source.options)
        assert b"secret" not in project_bytes(project_path)
    assert b"secret" not in project_bytes(project_path)


def test_postgresql_failures_change_nothing_and_never_show_the_password(project_path,
                                                                        postgres_db,
                                                                        monkeypatch):
    load_postgres(postgres_db, ROWS)
    monkeypatch.setattr(databases, "BLOCK_ROWS", 1000)
    wrong = "N0t-The-Pa55word"
    url = postgres_db.url_for(password=None)
    before = snapshot(project_path)
    messages = []
    with open_project(project_path) as project:
        with pytest.raises(InputFileError) as caught:
            import_database(project, DatabaseSource("postgresql", url, table="customers"),
                            password=wrong)
        messages.append(str(caught.value))
        assert messages[-1].startswith("PostgreSQL refused the password for user tester")

        with pytest.raises(InputFileError) as caught:
            import_database(project, DatabaseSource("postgresql", url, query="SELECT 1/0 AS x"),
                            password="secret")
        messages.append(str(caught.value))
        assert "division by zero" in messages[-1]

        cut = []

        def progress(done, total, message):
            if message.startswith("Reading customers") and done and not cut:
                cut.append(postgres_db.terminate_connections())

        with pytest.raises(InputFileError) as caught:
            import_database(project, DatabaseSource("postgresql", url, table="customers"),
                            password="secret", task=Task(progress))
        messages.append(str(caught.value))
        assert "was lost after 1,000 rows; nothing was imported." in messages[-1]
        assert list_sources(project) == []
        assert b"secret" not in project_bytes(project_path)
        assert wrong.encode() not in project_bytes(project_path)
    assert unchanged(project_path, before)
    for message in messages:
        assert "secret" not in message and wrong not in message
