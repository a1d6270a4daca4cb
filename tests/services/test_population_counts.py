"""Persona counts the company's engine returns come back into the project, beside the sample's.

A real project with a k-means set exports its query; DuckDB runs it over a whole "customer
base" (the sample plus many more customers, written to a CSV by the test) and groups the
result; the counts are imported back (CSV, XLSX, rows, or one row per customer), replace the
previous import, can be undone, and an unreadable row changes nothing.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from project_snapshot import snapshot, unchanged

from workbench.errors import InputFileError
from workbench.services import sql_export
from workbench.services.importing import import_file
from workbench.services.personas import personas_of, run_personas
from workbench.services.project import create_project, open_project

HEADER = "customer_id,Income,Web purchases,Store purchases,Loyalty tier"
GROUPS = ((24_000, 9, 1, "silver"), (38_000, 1, 14, "gold"), (95_000, 5, 6, "platinum"))


def write_customers(path: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    lines = [HEADER]
    for i in range(n):
        income, web, store, tier = GROUPS[i % 3]
        lines.append(f"K{i:06d},{rng.gauss(income, income / 10):.0f},"
                     f"{max(0, int(rng.gauss(web, 1.5)))},{max(0, int(rng.gauss(store, 1.5)))},"
                     f"{tier if rng.random() < 0.9 else 'none'}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def project_with_set(tmp_path):
    path = create_project(tmp_path / "population.pwb")
    write_customers(tmp_path / "sample.csv", 300, seed=1)
    with open_project(path) as project:
        import_file(project, tmp_path / "sample.csv")
        set_id = run_personas(project, k=3, seed=0, name="Loyalty")
        sql = sql_export.persona_sql(project, set_id, "duckdb",
                                     columns={"Web purchases": "web", "Store purchases": "store",
                                              "Loyalty tier": "tier", "Income": "income"})
        names = [p.name for p in personas_of(project, set_id)]
    return path, set_id, sql, names


def engine_result(tmp_path: Path, sql: str) -> tuple[list[tuple], list[tuple]]:
    """DuckDB scoring a 6,000-customer base: (grouped counts, one row per customer)."""
    import duckdb

    base = tmp_path / "base.csv"
    write_customers(base, 6000, seed=7)
    con = duckdb.connect()
    con.execute(f"CREATE TABLE customers AS SELECT customer_id, \"Income\" AS income, "
                f"\"Web purchases\" AS web, \"Store purchases\" AS store, \"Loyalty tier\" AS tier "
                f"FROM read_csv_auto('{base}')")
    rows = con.execute(sql).fetchall()
    grouped = con.execute(f"SELECT persona_position, persona_name, count(*) AS count "
                          f"FROM ({sql}) GROUP BY 1, 2 ORDER BY 1").fetchall()
    con.close()
    return grouped, rows


def write_csv(path: Path, header: list[str], rows) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(["" if v is None else v for v in row] for row in rows)
    return path


def test_the_engines_counts_come_back_beside_the_samples(project_with_set, tmp_path):
    path, set_id, sql, names = project_with_set
    grouped, rows = engine_result(tmp_path, sql)
    expected = {(-1 if p is None else p): n for p, _name, n in grouped}
    assert sum(expected.values()) == 6000 and len(expected) >= 3
    counts_csv = write_csv(tmp_path / "counts.csv", ["persona_position", "persona_name", "count"],
                           grouped)
    with open_project(path) as project:
        assert sql_export.population_counts(project, set_id) is None
        imported = sql_export.import_population_counts(project, set_id, counts_csv,
                                                       note="scored in DuckDB")
        assert imported.counts == expected and imported.total == 6000
        stored = sql_export.population_counts(project, set_id)
        assert stored.counts == expected and stored.note == "scored in DuckDB"
        beside = sql_export.population_beside_sample(project, set_id)
        personas = personas_of(project, set_id)
    assert [row.name for row in beside[:3]] == names
    for row, persona in zip(beside, personas, strict=False):
        assert row.sample == persona.size
        assert row.sample_share == pytest.approx(persona.size / 300)
        assert row.population == expected.get(persona.position, 0)
        assert row.population_share == pytest.approx(row.population / 6000)
        name, sample, sample_share, population, population_share, position = row
        assert (name, position) == (persona.name, persona.position)
    if -1 in expected:
        assert beside[-1].position == -1 and beside[-1].population == expected[-1]


def test_per_customer_rows_by_name_xlsx_and_rows_are_counted(project_with_set, tmp_path):
    import openpyxl

    path, set_id, sql, names = project_with_set
    grouped, rows = engine_result(tmp_path, sql)
    expected = {(-1 if p is None else p): n for p, _name, n in grouped}
    per_customer = write_csv(tmp_path / "scored.csv", ["customer_id", "persona_position",
                                                        "persona_name", "distance",
                                                        "nearest_position", "fits_none"], rows)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Persona", "Customers"])
    for _position, name, n in grouped:
        sheet.append([name, n])
    book.save(tmp_path / "counts.xlsx")
    with open_project(path) as project:
        assert sql_export.import_population_counts(project, set_id, per_customer).counts == expected
        assert sql_export.import_population_counts(project, set_id,
                                                   tmp_path / "counts.xlsx").counts == expected
        given = [{"persona_name": name, "count": n} for _p, name, n in grouped]
        assert sql_export.import_population_counts(project, set_id, given).counts == expected


def test_a_new_import_replaces_the_last_and_undo_puts_it_back(project_with_set, tmp_path):
    path, set_id, _sql, names = project_with_set
    first = [["persona_position", "count"], [0, 10], [1, 20], [2, 30]]
    second = [["persona_position", "count"], [0, 5], [1, 5], ["", 7]]
    with open_project(path) as project:
        sql_export.import_population_counts(project, set_id, first, note="first")
        previous = sql_export.population_counts(project, set_id)
        sql_export.import_population_counts(project, set_id, second, note="second")
        assert sql_export.population_counts(project, set_id).counts == {-1: 7, 0: 5, 1: 5}
        sql_export.undo_population_counts(project, set_id, previous)
        again = sql_export.population_counts(project, set_id)
        assert again.counts == {0: 10, 1: 20, 2: 30} and again.note == "first"
        sql_export.undo_population_counts(project, set_id, None)
        assert sql_export.population_counts(project, set_id) is None


@pytest.mark.parametrize("rows,message", [
    ([["persona_name", "count"], ["Nobody we know", 4]],
     "rows given, row 2: \u201cNobody we know\u201d is not a persona of this set"),
    ([["persona_position", "count"], [0, 4], [7, 1]], "row 3: persona position 7 is not one"),
    ([["persona_position", "count"], [0, "many"]], "row 2: \u201cmany\u201d in column count"),
    ([["persona", "total"], [0, 1]], "no count column"),
    ([["segment", "count"], ["a", 1]], "no persona_position or persona_name column"),
])
def test_an_unreadable_result_names_the_row_and_changes_nothing(project_with_set, rows, message):
    path, set_id, _sql, _names = project_with_set
    with open_project(path) as project:
        sql_export.import_population_counts(project, set_id, [["persona_position", "count"],
                                                               [0, 1]])
    before = snapshot(path)
    with open_project(path) as project:
        with pytest.raises(InputFileError, match=message.replace("(", r"\(")):
            sql_export.import_population_counts(project, set_id, rows)
    assert unchanged(path, before)


def test_a_file_with_an_unknown_persona_names_the_file_and_row(project_with_set, tmp_path):
    path, set_id, _sql, names = project_with_set
    bad = write_csv(tmp_path / "counts.csv", ["persona_name", "count"],
                    [[names[0], 3], [names[1], 4], ["Persona 9", 5]])
    before = snapshot(path)
    with open_project(path) as project:
        with pytest.raises(InputFileError, match=r"counts\.csv, row 4: \u201cPersona 9\u201d"):
            sql_export.import_population_counts(project, set_id, bad)
    assert unchanged(path, before)
