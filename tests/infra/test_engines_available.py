"""The real engines the warehouse tests run on: PostgreSQL (throw-away cluster) and Spark (local mode).

On a developer machine without them these tests skip, like the tests that use the engines, with
the reason (what to install). When ``CI`` is set (``.ci/run`` sets it) a skip is a failure: CI
installs PostgreSQL and Java, so a skip there means the engine tests silently did not run.
"""

from __future__ import annotations

import os

import psycopg
import pytest

IN_CI = bool(os.environ.get("CI"))


def engine(request: pytest.FixtureRequest, name: str):
    """The fixture's value; its skip becomes a failure in CI."""
    try:
        return request.getfixturevalue(name)
    except pytest.skip.Exception as skipped:
        if IN_CI:
            pytest.fail(f"CI is set but the {name!r} fixture skipped: {skipped.msg}", pytrace=False)
        raise


def test_postgresql_server_runs_and_checks_passwords(request):
    server = engine(request, "postgres_admin")
    url = engine(request, "postgres_url")

    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
        assert conn.execute("SELECT current_user").fetchone() == (server.user,)
    # Password authentication, as on a real server: a wrong password or none at all is refused.
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(server.url_for(password="not-the-password"))
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(server.url_for(password=None))


def test_postgresql_database_per_test_and_copy_loading(request):
    engine(request, "postgres_url")
    database = request.getfixturevalue("postgres_db")

    rows = [(i, f"customer {i}", None if i % 5 == 0 else i * 1.5) for i in range(1, 1001)]
    assert database.load_table("customers", [("id", "integer"), ("name", "text"), ("spend", "double precision")],
                               rows) == 1000
    assert database.execute("SELECT count(*), count(spend), sum(spend) FROM customers") == [
        (1000, 800, sum(r[2] for r in rows if r[2] is not None))]
    # A lost connection, as the import's error tests need it.
    conn = database.connect()
    assert database.terminate_connections() == 1
    with pytest.raises(psycopg.OperationalError):
        conn.execute("SELECT 1")
    conn.close()


def test_spark_local_session_runs(request, tmp_path):
    spark = engine(request, "spark")

    assert spark.sql("SELECT 1 AS one").collect()[0]["one"] == 1
    path = tmp_path / "extract.parquet"
    spark.range(10).selectExpr("id", "id % 3 AS k").write.parquet(str(path))
    counts = {row["k"]: row["n"] for row in spark.read.parquet(str(path)).groupBy("k").count()
              .withColumnRenamed("count", "n").collect()}
    assert counts == {0: 4, 1: 3, 2: 3}
    assert spark.sparkContext.master.startswith("local")
    assert spark.conf.get("spark.ui.enabled") == "false"
