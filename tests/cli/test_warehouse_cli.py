"""`workbench import` from Parquet, DuckDB and PostgreSQL (with sampling), `workbench export
--sql / --rule-json` and `workbench population`: real files, a real query run in DuckDB."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest
from project_snapshot import snapshot, unchanged

from workbench.cli import build_parser, main
from workbench.services.personas import persona_members, personas_of, run_personas
from workbench.services.project import create_project, open_project

GROUPS = {  # planted groups: (income, web, store, tier)
    "web": (24_000, 9, 1, "silver"),
    "store": (38_000, 1, 14, "gold"),
    "premium": (95_000, 5, 6, "platinum"),
}
COLUMNS = ("customer_id", "income", "web_purchases", "store_purchases", "tier")


def customers(n_per_group: int = 80, seed: int = 4) -> list[tuple]:
    rng = random.Random(seed)
    rows = []
    for g, (income, web, store, tier) in enumerate(GROUPS.values()):
        for i in range(n_per_group):
            rows.append((f"K{g}{i:04d}", round(rng.gauss(income, income / 10)),
                         max(0, int(rng.gauss(web, 1.5))), max(0, int(rng.gauss(store, 1.5))),
                         tier))
    rng.shuffle(rows)
    return rows


def write_parquet(path: Path, rows: list[tuple]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({name: [r[i] for r in rows] for i, name in enumerate(COLUMNS)}), path)
    return path


def write_duckdb(path: Path, tables: dict[str, list[tuple]]) -> Path:
    import duckdb

    with duckdb.connect(str(path)) as con:
        for name, rows in tables.items():
            con.execute(f"CREATE TABLE {name} (customer_id VARCHAR, income DOUBLE, "
                        "web_purchases INTEGER, store_purchases INTEGER, tier VARCHAR)")
            con.executemany(f"INSERT INTO {name} VALUES (?, ?, ?, ?, ?)", rows)
    return path


def set_threshold(rows: int) -> None:
    from workbench.settings import load_settings, save_settings

    settings = load_settings()
    settings.sample_threshold = rows
    save_settings(settings)


@pytest.fixture
def project(tmp_path) -> Path:
    return create_project(tmp_path / "warehouse.pwb")


def run_json(capsys, *argv: str) -> dict:
    assert main([*argv, "--json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


# --------------------------------------------------------------------------- import


def test_import_parquet_file_and_folder_with_json_report(project, tmp_path, capsys):
    rows = customers()
    data = write_parquet(tmp_path / "crm.parquet", rows)
    document = run_json(capsys, "import", str(project), str(data), "--quiet")
    assert document["schema"] == "persona-workbench/import/1"
    assert set(document) == {"schema", "project", "source", "customers", "documents",
                             "touchpoints", "warnings", "database", "sampling"}
    assert document["source"]["row_count"] == len(rows) == document["customers"]
    assert document["sampling"] is None
    assert document["database"]["kind"] == "parquet"
    folder = tmp_path / "lake"
    folder.mkdir()
    write_parquet(folder / "part-0.parquet", rows[:100])
    write_parquet(folder / "part-1.parquet", rows[100:])
    assert main(["import", str(project), str(folder), "--again"]) == 0
    out = capsys.readouterr().out
    assert f"{len(rows)} rows, 5 columns" in out
    with open_project(project, readonly=True) as opened:
        assert opened.db.scalar("SELECT count(*) FROM sources") == 2


def test_import_duckdb_table_query_and_the_only_table(project, tmp_path, capsys):
    rows = customers(20)
    one = write_duckdb(tmp_path / "one.duckdb", {"crm": rows})
    document = run_json(capsys, "import", str(project), str(one))  # one table needs no --table
    assert document["source"]["row_count"] == len(rows)
    assert document["database"]["table"] == "crm"  # the table found is recorded
    two = write_duckdb(tmp_path / "two.ddb", {"crm": rows, "shops": rows[:5]})
    before = snapshot(project)
    assert main(["import", str(project), str(two)]) == 1
    err = capsys.readouterr().err
    assert "crm" in err and "shops" in err and "--table" in err
    assert unchanged(project, before)
    document = run_json(capsys, "import", str(project), str(two), "--table", "shops")
    assert document["source"]["row_count"] == 5
    query = "SELECT * FROM crm WHERE tier = 'gold'"
    document = run_json(capsys, "import", str(project), str(two), "--query", query)
    assert document["source"]["row_count"] == sum(r[4] == "gold" for r in rows)
    assert document["database"]["query"] == query


def test_a_password_in_the_url_is_refused_and_never_printed(project, capsys):
    before = snapshot(project)
    url = "postgresql://ann:Sup3rS3cret@db.example.com:5432/crm"
    assert main(["import", str(project), url, "--table", "customers"]) == 1
    captured = capsys.readouterr()
    assert "Don't write the password in the URL: it would stay in your shell history. Use " \
           "--password-env VAR or type it when asked." in captured.err
    assert "Sup3rS3cret" not in captured.err + captured.out
    assert main(["import", str(project), "postgresql://ann@db.example.com/crm?password=Sup3rS3cret",
                 "--table", "customers"]) == 1
    captured = capsys.readouterr()
    assert "Don't write the password in the URL" in captured.err
    assert "Sup3rS3cret" not in captured.err + captured.out
    assert unchanged(project, before)


def test_password_env_must_be_set_and_postgres_needs_a_table_or_query(project, capsys,
                                                                     monkeypatch):
    monkeypatch.delenv("WB_TEST_NO_SUCH_VAR", raising=False)
    before = snapshot(project)
    url = "postgresql://ann@db.example.com:5432/crm"
    assert main(["import", str(project), url, "--table", "customers",
                 "--password-env", "WB_TEST_NO_SUCH_VAR"]) == 1
    assert "WB_TEST_NO_SUCH_VAR is not set" in capsys.readouterr().err
    assert main(["import", str(project), url]) == 1
    assert "--table NAME" in capsys.readouterr().err
    assert unchanged(project, before)


def test_database_options_on_a_spreadsheet_are_refused(project, tmp_path, capsys):
    data = tmp_path / "crm.csv"
    data.write_text("customer_id,income\nA,1\nB,2\n", "utf-8")
    before = snapshot(project)
    assert main(["import", str(project), str(data), "--sample", "1"]) == 1
    assert "--sample" in capsys.readouterr().err
    assert main(["import", str(project), str(data), "--table", "x"]) == 1
    assert "crm.csv is neither" in capsys.readouterr().err
    assert unchanged(project, before)
    document = run_json(capsys, "import", str(project), str(data))  # --json for files too
    assert document["source"]["row_count"] == 2 and document["database"] is None


def test_above_the_threshold_an_import_needs_sample_or_all(project, tmp_path, capsys):
    rows = customers()
    data = write_parquet(tmp_path / "big.parquet", rows)
    set_threshold(100)
    before = snapshot(project)
    assert main(["import", str(project), str(data)]) == 1
    err = capsys.readouterr().err
    assert f"big.parquet holds {len(rows):,} rows" in err
    assert "--sample N" in err and "--all" in err
    assert unchanged(project, before)
    document = run_json(capsys, "import", str(project), str(data), "--sample", "60", "--seed", "7")
    sampling = document["sampling"]
    assert (sampling["size"], sampling["population"], sampling["seed"]) == (60, len(rows), 7)
    assert sampling["method"] == "random"
    assert document["source"]["row_count"] == 60 == document["customers"]
    # the same seed draws the same sample; stratified keeps each tier's share
    document = run_json(capsys, "import", str(project), str(data), "--sample", "60",
                        "--stratify", "tier", "--again")
    sampling = document["sampling"]
    assert sampling["method"] == "stratified" and sampling["strata"] == "tier"
    assert {k: v[0] for k, v in sampling["by_stratum"].items()} == {
        "silver": 80, "gold": 80, "platinum": 80}
    assert sum(v[1] for v in sampling["by_stratum"].values()) == 60
    assert main(["import", str(project), str(data), "--all", "--again", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert f"{len(rows)} rows" in out


def test_sample_text_output_names_the_sample(project, tmp_path, capsys):
    data = write_parquet(tmp_path / "big.parquet", customers())
    assert main(["import", str(project), str(data), "--sample", "90", "--stratify", "tier"]) == 0
    out = capsys.readouterr().out
    assert "From a sample of 90 of 240 customers (big.parquet, stratified by tier, seed 0)." in out


def test_stratify_without_sample_and_sample_with_all_are_refused(project, tmp_path, capsys):
    data = write_parquet(tmp_path / "crm.parquet", customers(5))
    before = snapshot(project)
    assert main(["import", str(project), str(data), "--stratify", "tier"]) == 1
    assert "add --sample N" in capsys.readouterr().err
    assert main(["import", str(project), str(data), "--sample", "5", "--all"]) == 1
    assert "--sample N or --all" in capsys.readouterr().err
    assert unchanged(project, before)


def test_dry_run_shows_rows_and_roles_and_imports_nothing(project, tmp_path, capsys):
    data = write_duckdb(tmp_path / "crm.duckdb", {"crm": customers(10)})
    before = snapshot(project)
    assert main(["import", str(project), str(data), "--table", "crm", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "crm @ crm.duckdb: 30 rows" in out
    assert "income" in out and "numeric" in out and "Customer: customer_id" in out
    assert unchanged(project, before)


# --------------------------------------------------------------------------- export


@pytest.fixture
def persona_project(project, tmp_path) -> tuple[Path, int, Path]:
    rows = customers()
    data = write_parquet(tmp_path / "crm.parquet", rows)
    with open_project(project) as opened:
        from workbench.domain.warehouse import DatabaseSource
        from workbench.services.importing import import_database

        import_database(opened, DatabaseSource("parquet", str(data)))
        set_id = run_personas(opened, k=3, seed=0,
                              features=["income", "web_purchases", "store_purchases", "tier"])
    return project, set_id, data


def app_personas(project: Path, set_id: int) -> dict[str, tuple]:
    """customer id as in the data -> (persona position or None, nearest persona's position),
    as the app placed them."""
    with open_project(project, readonly=True) as opened:
        position = {p.id: p.position for p in personas_of(opened, set_id)}
        return {m["label"]: (position.get(m["persona_id"]), position[m["nearest_id"]])
                for m in persona_members(opened, set_id)}


def run_in_duckdb(sql: str, data: Path, view: str = "customers", select: str = "*") -> dict:
    """customer_id -> (persona_position, nearest_position) as the exported query gives them."""
    import duckdb

    with duckdb.connect() as con:
        con.execute(f"CREATE VIEW {view} AS SELECT {select} FROM read_parquet('{data}')")
        result = con.execute(sql)
        names = [d[0] for d in result.description]
        found = result.fetchall()
    at = {name: i for i, name in enumerate(names)}
    return {row[at["customer_id"]]: (row[at["persona_position"]], row[at["nearest_position"]])
            for row in found}


def test_exported_sql_run_in_duckdb_gives_the_apps_personas(persona_project, tmp_path, capsys):
    project, set_id, data = persona_project
    before = snapshot(project)
    out_sql = tmp_path / "personas.sql"
    assert main(["export", str(project), "--sql", str(out_sql), "--dialect", "duckdb"]) == 0
    out = capsys.readouterr().out
    assert f"persona set {set_id}" in out and "DuckDB" in out and str(out_sql) in out
    assert unchanged(project, before)
    expected = app_personas(project, set_id)
    assert run_in_duckdb(out_sql.read_text("utf-8"), data) == expected
    assert len({nearest for _persona, nearest in expected.values()}) == 3
    # another table name and a renamed column, as the engine names them
    assert main(["export", str(project), "--personas", str(set_id), "--sql", str(out_sql),
                 "--table", "crm_customers", "--column", "income=annual_income"]) == 0
    capsys.readouterr()
    select = "customer_id, income AS annual_income, web_purchases, store_purchases, tier"
    sql = out_sql.read_text("utf-8")
    assert "crm_customers" in sql and "annual_income" in sql
    assert run_in_duckdb(sql, data, view="crm_customers", select=select) == expected


@pytest.mark.parametrize("dialect", ["postgres", "spark", "bigquery", "snowflake"])
def test_every_dialect_is_written(persona_project, tmp_path, capsys, dialect):
    project, _set_id, _data = persona_project
    out_sql = tmp_path / f"{dialect}.sql"
    assert main(["export", str(project), "--sql", str(out_sql), "--dialect", dialect]) == 0
    capsys.readouterr()
    import sqlglot

    sqlglot.parse_one(out_sql.read_text("utf-8"), read=dialect)  # valid in that dialect


def test_rule_json_is_written(persona_project, tmp_path, capsys):
    project, set_id, _data = persona_project
    out_json = tmp_path / "rule.json"
    assert main(["export", str(project), "--rule-json", str(out_json)]) == 0
    assert f"persona set {set_id} as JSON" in capsys.readouterr().out
    rule = json.loads(out_json.read_text("utf-8"))
    assert isinstance(rule, dict) and rule


def test_bad_dialect_and_misplaced_options_are_refused(persona_project, tmp_path, capsys):
    project, _set_id, _data = persona_project
    out_sql = tmp_path / "x.sql"
    with pytest.raises(SystemExit) as exited:
        main(["export", str(project), "--sql", str(out_sql), "--dialect", "oracle"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "unknown SQL dialect 'oracle'" in err and "duckdb, postgres, spark, bigquery, " \
           "snowflake" in err
    assert main(["export", str(project), "--csv", str(tmp_path / "m.csv"),
                 "--dialect", "spark"]) == 1
    assert "--sql OUT.sql" in capsys.readouterr().err
    assert main(["export", str(project), "--csv", str(tmp_path / "m.csv"),
                 "--table", "crm"]) == 1
    assert "membership or statistics" in capsys.readouterr().err
    assert main(["export", str(project), "--sql", str(out_sql), "--column", "income"]) == 1
    assert "ATTRIBUTE=COLUMN" in capsys.readouterr().err
    assert main(["export", str(project), "--sql", str(out_sql), "--column", "age=age_years"]) == 1
    err = capsys.readouterr().err
    assert "age" in err and "income, web_purchases, store_purchases, tier" in err
    assert main(["export", str(project), "--rule-json", str(tmp_path / "r.json"),
                 "--dialect", "spark"]) == 1
    assert "for --sql" in capsys.readouterr().err
    assert main(["export", str(project), "--sql", str(out_sql), "--personas", "99"]) == 1
    assert "99" in capsys.readouterr().err
    assert not out_sql.exists() and not (tmp_path / "m.csv").exists()
    assert not (tmp_path / "r.json").exists()


def test_postgresql_dialect_name_is_accepted(persona_project, tmp_path, capsys):
    project, _set_id, _data = persona_project
    out_sql = tmp_path / "pg.sql"
    assert main(["export", str(project), "--sql", str(out_sql), "--dialect", "postgresql"]) == 0
    assert "PostgreSQL" in capsys.readouterr().out


# --------------------------------------------------------------------------- population


def test_population_counts_imported_back_beside_the_sample(persona_project, tmp_path, capsys):
    project, set_id, data = persona_project
    out_sql = tmp_path / "personas.sql"
    assert main(["export", str(project), "--sql", str(out_sql)]) == 0
    capsys.readouterr()
    before = snapshot(project)
    document = run_json(capsys, "population", str(project))
    assert unchanged(project, before)
    assert document["schema"] == "persona-workbench/population/1"
    assert document["population"] is None and document["set_id"] == set_id
    # the engine scores a bigger population (here: the sample three times over) and counts it
    scored = run_in_duckdb(out_sql.read_text("utf-8"), data)
    counts: dict[int, int] = {}
    for persona, _nearest in scored.values():
        key = -1 if persona is None else persona
        counts[key] = counts.get(key, 0) + 3
    counts_file = tmp_path / "counts.csv"
    with counts_file.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["persona_position", "count"])
        writer.writerows(("" if p < 0 else p, n) for p, n in sorted(counts.items()))
    assert main(["population", str(project), str(set_id), "--import", str(counts_file),
                 "--note", "scored in DuckDB"]) == 0
    out = capsys.readouterr().out
    assert "Imported the population's persona counts" in out and "scored in DuckDB" in out
    document = run_json(capsys, "population", str(project))
    assert set(document) == {"schema", "project", "set_id", "note", "imported_at", "sample",
                             "population", "personas"}
    assert document["population"] == 3 * len(scored) and document["note"] == "scored in DuckDB"
    with open_project(project, readonly=True) as opened:
        names = {p.position: p.name for p in personas_of(opened, set_id)}
    for entry in document["personas"]:
        assert set(entry) == {"persona", "name", "sample", "sample_share", "population",
                              "population_share"}
        if entry["persona"] >= 0:
            assert entry["name"] == names[entry["persona"]]
            assert entry["population"] == counts.get(entry["persona"], 0)
            line = next(x for x in out.splitlines()
                        if x.startswith(f"{entry['persona'] + 1}. {entry['name']}"))
            assert f"{entry['population']:,}" in line and f"{entry['sample']:,}" in line


def test_population_import_of_a_bad_file_changes_nothing(persona_project, tmp_path, capsys):
    project, set_id, _data = persona_project
    bad = tmp_path / "counts.csv"
    bad.write_text("persona,customers\n0,ten\n", "utf-8")
    before = snapshot(project)
    assert main(["population", str(project), "--import", str(bad)]) == 1
    assert "counts.csv" in capsys.readouterr().err
    assert unchanged(project, before)


# --------------------------------------------------------------------------- help


def help_of(command: str) -> str:
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # noqa: SLF001
        if command in getattr(action, "choices", {}):
            return action.choices[command].format_help()
    raise AssertionError(command)


@pytest.mark.parametrize(("command", "options"), [
    ("import", ["--table", "--query", "--password-env", "--sample", "--stratify", "--seed",
                "--all", "--json", "--dry-run", "--roles", "--customer-key", "--again"]),
    ("export", ["--sql", "--rule-json", "--dialect", "--table", "--id-column", "--column",
                "--personas"]),
    ("population", ["--import", "--note", "--json", "SET"]),
])
def test_help_documents_every_option(command, options):
    text = help_of(command)
    for option in options:
        assert option in text, option
    if command == "export":
        for dialect in ("duckdb", "postgres", "spark", "bigquery", "snowflake"):
            assert dialect in text
    if command == "import":
        assert "postgresql://user@host:port/database" in text and "Parquet" in text


# --------------------------------------------------------------------------- PostgreSQL


def test_import_a_sample_from_postgresql(postgres_db, project, monkeypatch, capsys):
    rows = customers()
    postgres_db.load_table("crm", [("customer_id", "text"), ("income", "double precision"),
                                   ("web_purchases", "integer"), ("store_purchases", "integer"),
                                   ("tier", "text")], rows)
    url = postgres_db.url_for(password=None)
    monkeypatch.setenv("WB_TEST_PG_PASSWORD", postgres_db.server.password)
    document = run_json(capsys, "import", str(project), url, "--table", "crm", "--sample", "50",
                        "--stratify", "tier", "--password-env", "WB_TEST_PG_PASSWORD", "--quiet")
    assert document["source"]["row_count"] == 50
    assert document["sampling"]["population"] == len(rows)
    assert document["database"]["location"] == url
    assert postgres_db.server.password not in json.dumps(document)
    # nothing in the project holds the password
    assert postgres_db.server.password.encode() not in Path(project).read_bytes()
    # a wrong password: a clear error, nothing stored
    monkeypatch.setenv("WB_TEST_PG_PASSWORD", "wrong-password")
    before = snapshot(project)
    assert main(["import", str(project), url, "--table", "crm", "--sample", "50",
                 "--password-env", "WB_TEST_PG_PASSWORD", "--again"]) == 1
    err = capsys.readouterr().err
    assert "password" in err.lower() and "wrong-password" not in err
    assert unchanged(project, before)


def test_postgresql_password_asked_on_a_terminal_else_a_clear_error(postgres_db, project,
                                                                    monkeypatch, capsys):
    import getpass

    from workbench.cli import warehouse

    postgres_db.load_table("crm", [("customer_id", "text"), ("income", "double precision")],
                           [("A1", 10.0), ("A2", 20.0)])
    url = postgres_db.url_for(password=None)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    # not a terminal, no --password-env: the server's refusal says how to give the password
    monkeypatch.setattr(warehouse, "_interactive", lambda: False)
    before = snapshot(project)
    assert main(["import", str(project), url, "--table", "crm"]) == 1
    err = capsys.readouterr().err
    assert "--password-env VAR" in err and "terminal" in err
    assert unchanged(project, before)
    # on a terminal the password is asked for, once, and not echoed or stored
    asked = []
    monkeypatch.setattr(warehouse, "_interactive", lambda: True)
    monkeypatch.setattr(getpass, "getpass",
                        lambda prompt: asked.append(prompt) or postgres_db.server.password)
    assert main(["import", str(project), url, "--table", "crm", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert len(asked) == 1 and url in asked[0]
    assert postgres_db.server.password not in captured.out + captured.err
    assert postgres_db.server.password.encode() not in Path(project).read_bytes()
