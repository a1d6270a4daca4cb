"""A persona set's exported SQL, run by real engines, places every customer as the app does.

Real persona sets (k-means, Ward, Gower k-medoids) are made in a real project from a
customer file with blanks, a skewed (log-transformed) income, two-valued and small-count
numbers and categories; a second wave brings new customers with a category the sets never
saw, blanks and customers with too few values. The app places them all
(:func:`workbench.services.living.assign_customers`); the same customers' attributes, as the
app reads them, go to DuckDB, to a throw-away PostgreSQL server and to Spark (local mode, on
a Parquet extract), which run the exported query. Every customer's persona, nearest persona
and reason for fitting none must be the app's. BigQuery's and Snowflake's SQL, which cannot
run here, must parse back and give the same result once transpiled to DuckDB.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import numpy as np
import pytest

from workbench.errors import AnalysisError
from workbench.services import sql_export
from workbench.services.importing import import_file
from workbench.services.living import assign_customers, assignment_model, wave_attribute_frame
from workbench.services.personas import persona_members, personas_of, run_personas
from workbench.services.project import create_project, open_project

HEADER = ["customer_id", "Income", "Web purchases", "Kidhome", "Teenhome", "Education",
          "Marital status", "App user"]
FEATURES = HEADER[1:]
#: Columns with blanks in the first wave (the second has blanks everywhere). The sets that
#: leave customers with blanks out ("drop") are made without them: run_personas fails on a
#: "drop" set whose features have blanks (KeyError in services.personas._persona_of_rows).
BLANK_IN_FIRST_WAVE = (2, 4)  # Web purchases, Teenhome
DROP_FEATURES = ["Income", "Kidhome", "Education", "Marital status", "App user"]
#: Small counts and categories only: Gower distances take few values, so customers often
#: sit exactly as far from two medoids (ties the query must break as the app does).
DISCRETE = ["Kidhome", "Education", "Marital status", "App user"]
EDUCATION = ["Graduation", "PhD", "Master", "Basic", "2n Cycle"]


def write_customers(path: Path, start: int, n: int, seed: int, *, new_wave: bool = False) -> None:
    rng = random.Random(seed)
    lines = [",".join(HEADER)]
    for i in range(start, start + n):
        group = rng.randrange(3)
        income = round(rng.lognormvariate(10 + 0.6 * group, 0.7))  # skewed: log-transformed
        web = max(0, int(rng.gauss([8, 2, 4][group], 1.5)))
        kids = rng.choice([0, 0, 1, 2]) if group != 1 else rng.choice([0, 1])
        teens = rng.choice([0, 1, 1, 2])
        education = rng.choices(EDUCATION, [50, 20, 20, 9.6, 0.4])[0]  # "2n Cycle": rare, "(other)"
        if new_wave and rng.random() < 0.1:
            education = "Doctorate"  # never seen by the sets
        marital = "Married" if group == 1 else rng.choice(["Single", "Together", "Divorced"])
        app = 1 if rng.random() < (0.7 if group == 0 else 0.2) else 0
        values = [f"C{i:05d}", str(income), str(web), str(kids), str(teens), education, marital,
                  str(app)]
        for j in (range(1, len(values)) if new_wave else BLANK_IN_FIRST_WAVE):
            if rng.random() < 0.05:
                values[j] = ""
        if new_wave and i % 37 == 0:  # too few values to be placed at all
            values[1:6] = [""] * 5
        lines.append(",".join(values))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


SETS = {  # name -> (algorithm, features, missing)
    "kmeans": ("kmeans", FEATURES, "impute"),
    "kmeans_drop": ("kmeans", DROP_FEATURES, "drop"),
    "ward": ("agglomerative", FEATURES, "impute"),
    "gower": ("gower", FEATURES, "impute"),
    "gower_ties": ("gower", DISCRETE, "drop"),
}


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    """A project with the five sets, every customer placed by the app after a second wave."""
    from workbench.domain.personas import PreprocessingSettings

    folder = tmp_path_factory.mktemp("sql_engines")
    path = create_project(folder / "engines.pwb")
    write_customers(folder / "crm_2024.csv", 0, 400, seed=1)
    write_customers(folder / "crm_2025.csv", 1000, 300, seed=2, new_wave=True)
    sets = {}
    with open_project(path) as project:
        import_file(project, folder / "crm_2024.csv")
        for name, (algorithm, features, missing) in SETS.items():
            sets[name] = run_personas(project, features=list(features), algorithm=algorithm, k=4,
                                      seed=0, preprocessing=PreprocessingSettings(missing=missing),
                                      name=name)
        import_file(project, folder / "crm_2025.csv")
        for set_id in sets.values():
            assign_customers(project, set_id)
    return path, sets, folder


def app_placement(project, set_id) -> dict[int, tuple]:
    """customer id -> (persona position, nearest position, reason) as the app stored them."""
    positions = {p.id: p.position for p in personas_of(project, set_id)}
    return {m["customer_id"]: (positions.get(m["persona_id"]), positions.get(m["nearest_id"]),
                               m["unassigned_reason"])
            for m in persona_members(project, set_id)}


def extract(project, set_id):
    """The set's attributes of every customer, as the app reads them (id in customer_id)."""
    model = assignment_model(project, set_id)
    frame = wave_attribute_frame(project, set_id)[0].frame[model.attributes]
    table = frame.reset_index()
    table.columns = ["customer_id", *model.attributes]
    table["customer_id"] = table["customer_id"].astype("int64")
    for rule in model.columns:
        if rule.kind == "numeric":
            table[rule.name] = table[rule.name].astype("float64")
        else:
            table[rule.name] = table[rule.name].astype(object).where(table[rule.name].notna(), None)
    return model, table


def engine_placement(rows) -> dict[int, tuple]:
    """customer id -> (persona position, nearest position, reason) from the query's rows;
    customers with too few values are left out, as the app leaves them out."""
    out = {}
    for customer, position, name, distance, nearest, reason in rows:
        assert (position is None) == (reason is not None)
        assert (name is None) == (position is None)
        if reason == "too_few_values":
            assert nearest is None and distance is None
            continue
        out[int(customer)] = (None if position is None else int(position),
                              None if nearest is None else int(nearest), reason)
    return out


def duckdb_rows(sql: str, table) -> list[tuple]:
    import duckdb

    con = duckdb.connect()
    try:
        con.register("customers_frame", table)
        con.execute("CREATE TABLE customers AS SELECT * FROM customers_frame")
        return con.execute(sql).fetchall()
    finally:
        con.close()


def check_same(app: dict, engine: dict, label: str) -> None:
    assert set(engine) == set(app), label
    different = {c: (app[c], engine[c]) for c in app if app[c] != engine[c]}
    assert not different, f"{label}: {len(different)} customers placed differently: " \
                          f"{list(different.items())[:5]}"


def test_the_sets_cover_what_the_rule_must_reproduce(scored):
    """The fixture exercises log transforms, fill values, blanks, unseen categories, too few
    values, customers fitting none and exact Gower ties."""
    from workbench.analysis.assignment import transform
    from workbench.analysis.gower import gower_distances

    path, sets, _folder = scored
    with open_project(path, readonly=True) as project:
        model = assignment_model(project, sets["kmeans"])
        income = next(r for r in model.columns if r.name == "Income")
        assert income.log and income.imputed is not None
        assert next(r for r in model.columns if r.name == "App user").binary
        education = next(r for r in model.columns if r.name == "Education")
        assert education.other  # the rare level became "(other)"
        drop = assignment_model(project, sets["kmeans_drop"])
        assert all(r.imputed is None for r in drop.columns)
        reasons = [m["unassigned_reason"] for m in persona_members(project, sets["kmeans_drop"])]
        assert reasons.count("incomplete") > 20 and reasons.count("far") > 0
        assert len(persona_members(project, sets["kmeans"])) < 700  # too few values: left out

        ties_model, table = extract(project, sets["gower_ties"])
        _matrix, numeric, categorical, complete = transform(ties_model, table.set_index(
            "customer_id"))
        distances = gower_distances(numeric[complete], categorical[complete],
                                    np.asarray(ties_model.medoid_numeric),
                                    np.asarray(ties_model.medoid_categorical))
        two = np.sort(distances, axis=1)[:, :2]
        assert int((two[:, 0] == two[:, 1]).sum()) > 20  # exact ties, many of them


@pytest.mark.parametrize("set_name", list(SETS))
def test_duckdb_places_every_customer_as_the_app(scored, set_name):
    path, sets, _folder = scored
    with open_project(path, readonly=True) as project:
        app = app_placement(project, sets[set_name])
        _model, table = extract(project, sets[set_name])
        sql = sql_export.persona_sql(project, sets[set_name], "duckdb",
                                     available_columns=list(table.columns))
    check_same(app, engine_placement(duckdb_rows(sql, table)), f"duckdb {set_name}")


def test_a_duckdb_file_with_renamed_columns_and_a_schema(scored, tmp_path):
    """Mapped columns and a qualified table name, in a DuckDB database file."""
    import duckdb

    from workbench.analysis.sql_scoring import safe_column_name

    path, sets, _folder = scored
    with open_project(path, readonly=True) as project:
        app = app_placement(project, sets["gower"])
        model, table = extract(project, sets["gower"])
        mapping = {name: safe_column_name(name) for name in model.attributes}
        table.columns = ["Customer No", *[mapping[n] for n in model.attributes]]
        sql_file = sql_export.export_persona_sql(project, sets["gower"], tmp_path / "gower.sql",
                                                 "duckdb", table="sales.people",
                                                 id_column="Customer No", columns=mapping)
    with duckdb.connect(str(tmp_path / "crm.duckdb")) as con:
        con.execute("CREATE SCHEMA sales")
        con.register("frame", table)
        con.execute("CREATE TABLE sales.people AS SELECT * FROM frame")
    with duckdb.connect(str(tmp_path / "crm.duckdb"), read_only=True) as con:
        rows = con.execute(sql_file.read_text(encoding="utf-8")).fetchall()
    check_same(app, engine_placement(rows), "duckdb file")


@pytest.mark.parametrize("set_name", ["kmeans", "kmeans_drop", "ward", "gower", "gower_ties"])
def test_postgresql_places_every_customer_as_the_app(scored, set_name, postgres_db):
    path, sets, _folder = scored
    with open_project(path, readonly=True) as project:
        app = app_placement(project, sets[set_name])
        model, table = extract(project, sets[set_name])
        sql = sql_export.persona_sql(project, sets[set_name], "postgres")
    types = [("customer_id", "bigint")] + [
        (r.name, "double precision" if r.kind == "numeric" else "text") for r in model.columns]
    rows = [[None if isinstance(v, float) and math.isnan(v) else v for v in row]
            for row in table.itertuples(index=False)]
    postgres_db.load_table("customers", types, rows)
    check_same(app, engine_placement(postgres_db.execute(sql)), f"postgres {set_name}")


@pytest.mark.parametrize("set_name", ["kmeans", "kmeans_drop", "ward", "gower", "gower_ties"])
def test_spark_places_every_customer_of_a_parquet_extract_as_the_app(scored, set_name, spark,
                                                                       tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path, sets, _folder = scored
    with open_project(path, readonly=True) as project:
        app = app_placement(project, sets[set_name])
        model, table = extract(project, sets[set_name])
        sql = sql_export.persona_sql(project, sets[set_name], "spark")
    schema = pa.schema([("customer_id", pa.int64())] + [
        (r.name, pa.float64() if r.kind == "numeric" else pa.string()) for r in model.columns])
    extract_file = tmp_path / "customers.parquet"
    pq.write_table(pa.Table.from_pandas(table, schema=schema, preserve_index=False), extract_file)
    spark.read.parquet(str(extract_file)).createOrReplaceTempView("customers")
    try:
        rows = [tuple(row) for row in spark.sql(sql).collect()]
    finally:
        spark.catalog.dropTempView("customers")
    check_same(app, engine_placement(rows), f"spark {set_name}")


@pytest.mark.parametrize("dialect", ["bigquery", "snowflake"])
@pytest.mark.parametrize("set_name", ["kmeans", "kmeans_drop", "gower_ties"])
def test_bigquery_and_snowflake_sql_parses_back_and_runs_the_same(scored, dialect, set_name):
    """Engines that cannot run here: their query parses in their dialect and, transpiled back
    to DuckDB, places every customer as the DuckDB query and the app do."""
    import sqlglot

    path, sets, _folder = scored
    with open_project(path, readonly=True) as project:
        app = app_placement(project, sets[set_name])
        _model, table = extract(project, sets[set_name])
        sql = sql_export.persona_sql(project, sets[set_name], dialect)
        native = sql_export.persona_sql(project, sets[set_name], "duckdb")
    quote = "`" if dialect == "bigquery" else '"'
    assert f"{quote}App user{quote}" in sql and f"{quote}customers{quote}" in sql
    tree = sqlglot.parse_one(sql, read=dialect)  # raises on a syntax error
    back = tree.sql(dialect="duckdb")
    engine = engine_placement(duckdb_rows(back, table))
    check_same(engine_placement(duckdb_rows(native, table)), engine, f"{dialect} vs duckdb")
    check_same(app, engine, f"{dialect} {set_name}")


def test_columns_changed_since_the_set_was_made_are_named(scored, tmp_path):
    import duckdb

    path, sets, _folder = scored
    with open_project(path, readonly=True) as project:
        model, table = extract(project, sets["kmeans"])
        table = table.rename(columns={"Income": "income_2025", "Kidhome": "kids"})
        with duckdb.connect(str(tmp_path / "changed.duckdb")) as con:
            con.register("frame", table)
            con.execute("CREATE TABLE customers AS SELECT * FROM frame")
            described = {r[0]: r[1] for r in con.execute("DESCRIBE customers").fetchall()}
        with pytest.raises(AnalysisError) as error:
            sql_export.persona_sql(project, sets["kmeans"], "duckdb",
                                   available_columns=described)
        assert str(error.value) == (
            "The table has no column for Income, Kidhome: the persona set was made with them. "
            "Map them with --column ATTRIBUTE=COLUMN.")
        # mapped, the query runs
        mapped = sql_export.persona_sql(project, sets["kmeans"], "duckdb",
                                        columns={"Income": "income_2025", "Kidhome": "kids"},
                                        available_columns=described)
        assert duckdb_rows(mapped, table)
        # a number column that now holds text
        typed = {**described, "Web purchases": "VARCHAR"}
        with pytest.raises(AnalysisError, match="Web purchases"):
            sql_export.check_table_columns(model, typed, {"Income": "income_2025",
                                                          "Kidhome": "kids"})
        # an attribute the set was not made with
        with pytest.raises(AnalysisError, match="Shoe size"):
            sql_export.persona_sql(project, sets["kmeans"], columns={"Shoe size": "shoes"})


def test_a_gaussian_mixture_set_is_refused_clearly(tmp_path):
    from workbench.domain.personas import PreprocessingSettings

    path = create_project(tmp_path / "gmm.pwb")
    write_customers(tmp_path / "crm.csv", 0, 300, seed=3)
    with open_project(path) as project:
        import_file(project, tmp_path / "crm.csv")
        set_id = run_personas(project, features=["Income", "Web purchases", "Kidhome"],
                              algorithm="gmm", k=3, seed=0,
                              preprocessing=PreprocessingSettings())
        for call in (lambda: sql_export.persona_sql(project, set_id, "spark"),
                     lambda: sql_export.persona_rule_json(project, set_id),
                     lambda: sql_export.export_persona_sql(project, set_id, tmp_path / "g.sql")):
            with pytest.raises(AnalysisError, match="Gaussian-mixture persona sets cannot be "
                                                    "exported as SQL.*k-means or k-medoids"):
                call()
    assert not (tmp_path / "g.sql").exists()


def test_the_rule_json_describes_what_the_query_does(scored, tmp_path):
    import json

    path, sets, _folder = scored
    with open_project(path, readonly=True) as project:
        model = assignment_model(project, sets["kmeans"])
        written = sql_export.export_persona_rule_json(project, sets["kmeans"],
                                                      tmp_path / "rule.json",
                                                      columns={"Income": "income"})
        names = [p.name for p in personas_of(project, sets["kmeans"])]
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["schema"] == "persona-workbench/persona-rule/1"
    assert document["persona_set"]["id"] == sets["kmeans"]
    assert [p["name"] for p in document["personas"]] == names
    assert [p["fence"] for p in document["personas"]] == model.fences
    income = document["attributes"][0]
    assert income["name"] == "Income" and income["column"] == "income"
    steps = [s["step"] for s in income["steps"]]
    assert steps == ["read_number", "fill_blank", "log1p", "scale", "weight"]
    assert document["rule"]["centres"] == model.centres
    assert document["fits_none"]["too_few_values"]["min_observed"] == math.ceil(len(FEATURES) / 2)
    assert "lowest persona position" in document["tie_rule"]
    assert document["exactness"]
