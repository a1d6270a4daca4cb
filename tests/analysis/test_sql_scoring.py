"""The SQL written from a persona set's rule places customers as analysis.assignment does.

Persona sets are fitted with the app's own clustering on a mixed customer frame; the query
runs in DuckDB (in memory) over the same rows and must give every customer the nearest
persona and reason for fitting none that :func:`workbench.analysis.assignment.assign` gives,
including exact ties, ambiguity, fences, blanks, text in number columns, infinities,
padded and unseen categories, and quotes in names.
"""

from __future__ import annotations

import copy
import math

import numpy as np
import pandas as pd
import pytest

from workbench.analysis.assignment import assign
from workbench.analysis.clustering import run_clustering
from workbench.analysis.sql_scoring import (
    OUTPUT_COLUMNS,
    RULE_SCHEMA,
    base_query,
    persona_query,
    rule_description,
)
from workbench.domain.living import AssignmentModel
from workbench.domain.personas import ClusteringSettings, PreprocessingSettings
from workbench.domain.warehouse import SQL_DIALECTS
from workbench.errors import AnalysisError

KINDS = {"Income": "numeric", "Web purchases": "numeric", "Kid's home": "numeric",
         "Education": "categorical", "Marital \"status\"": "categorical", "Complained": "numeric"}
NAMES = ["Young web", "O'Brien's store", "Premium", "Families"]


def customers(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    group = rng.integers(0, 3, n)
    frame = pd.DataFrame({
        "Income": np.exp(rng.normal(10 + 0.5 * group, 0.6)).round(0),
        "Web purchases": rng.poisson(2 + 4 * (group == 0)).astype(float),
        "Kid's home": rng.integers(0, 3, n).astype(float),
        "Education": rng.choice(["Graduation", "PhD", "Master", "Basic", "2n Cycle"], n,
                                p=[0.5, 0.2, 0.2, 0.097, 0.003]).astype(object),
        "Marital \"status\"": np.where(group == 1, "Married",
                                       rng.choice(["Single", "Together", "Divorced"], n)).astype(object),
        "Complained": rng.choice([0.0, 1.0], n, p=[0.9, 0.1]),
    }, index=pd.Index(np.arange(1, n + 1), name="customer"))
    for column in frame.columns:
        blank = rng.random(n) < 0.05
        frame.loc[blank, column] = None if frame[column].dtype == object else np.nan
    return frame


def fitted(algorithm: str, missing: str = "impute") -> AssignmentModel:
    settings = ClusteringSettings(features=list(KINDS), algorithm=algorithm, k=4, seed=0,
                                  preprocessing=PreprocessingSettings(missing=missing))
    return AssignmentModel.from_dict(run_clustering(customers(500, 1), KINDS, settings).model)


def odd_rows() -> pd.DataFrame:
    """New customers: unseen, padded and empty categories, numbers as text, infinities."""
    frame = customers(1500, 2).astype(object)
    frame.iloc[0:30, 3] = "Doctorate"
    frame.iloc[30:40, 3] = "  PhD  "
    frame.iloc[40:50, 3] = ""
    frame.iloc[50:60, 0] = "not given"
    frame.iloc[60:70, 0] = "52000"
    frame.iloc[70:75, 1] = math.inf
    frame.iloc[75:80, 1] = -math.inf
    frame.iloc[80:90, [0, 1, 2, 3]] = None  # too few values
    return frame


def placed_by_sql(model: AssignmentModel, frame: pd.DataFrame, *, min_observed: int,
                  text_numbers: bool = False) -> pd.DataFrame:
    import duckdb

    table = frame.reset_index().rename(columns={"customer": "customer_id"})
    for rule in model.columns:
        if rule.kind == "numeric" and not text_numbers:
            table[rule.name] = pd.to_numeric(table[rule.name], errors="coerce").astype("float64")
            if rule.name == "Web purchases":  # keep the infinities
                table[rule.name] = frame[rule.name].map(
                    lambda v: v if isinstance(v, float) else np.nan).to_numpy(dtype=np.float64)
        else:
            table[rule.name] = table[rule.name].map(
                lambda v: None if v is None or (isinstance(v, float) and math.isnan(v)) else str(v))
    con = duckdb.connect()
    con.register("frame", table)
    con.execute("CREATE TABLE customers AS SELECT * FROM frame")
    sql = persona_query(model, NAMES, "duckdb", min_observed=min_observed)
    result = con.execute(sql).df()
    con.close()
    assert list(result.columns) == list(OUTPUT_COLUMNS)
    return result.set_index("customer_id").sort_index()


def reference(model: AssignmentModel, frame: pd.DataFrame, min_observed: int) -> pd.DataFrame:
    """The app's placement: customers with too few values left out, the rest assigned."""
    observed = frame.notna().sum(axis=1)
    kept = frame[observed >= min_observed].copy()
    for rule in model.columns:
        if rule.kind == "categorical":
            kept[rule.name] = kept[rule.name].map(
                lambda v: None if v is None or (isinstance(v, float) and math.isnan(v)) else str(v))
    placed = assign(model, kept)
    return pd.DataFrame({"nearest": placed.nearest, "reason": placed.reasons},
                        index=placed.ids)


def assert_same(model: AssignmentModel, frame: pd.DataFrame, min_observed: int = 3,
                **options) -> tuple[pd.DataFrame, pd.DataFrame]:
    sql = placed_by_sql(model, frame, min_observed=min_observed, **options)
    app = reference(model, frame, min_observed)
    too_few = sql["fits_none"] == "too_few_values"
    assert set(sql.index[too_few]) == set(frame.index) - set(app.index)
    sql = sql.loc[app.index]
    nearest = sql["nearest_position"].map(lambda v: -1 if pd.isna(v) else int(v)).to_numpy()
    reasons = [r if isinstance(r, str) else None for r in sql["fits_none"]]
    assert (nearest == app["nearest"].to_numpy()).all(), np.flatnonzero(
        nearest != app["nearest"].to_numpy())[:10]
    expected = [r if isinstance(r, str) else None for r in app["reason"]]
    assert reasons == expected
    position = [None if pd.isna(v) else int(v) for v in sql["persona_position"]]
    names = [n if isinstance(n, str) else None for n in sql["persona_name"]]
    assert position == [None if r else int(p) for p, r in zip(app["nearest"], expected,
                                                               strict=True)]
    assert names == [None if p is None else NAMES[p] for p in position]
    return sql, app


@pytest.mark.parametrize("algorithm,missing", [("kmeans", "impute"), ("kmeans", "drop"),
                                               ("agglomerative", "impute"),
                                               ("gower", "impute"), ("gower", "drop")])
def test_every_customer_is_placed_as_the_app_places_it(algorithm, missing):
    model = fitted(algorithm, missing)
    sql, app = assert_same(model, odd_rows())
    assert sql["distance"].notna().sum() == (app["nearest"] >= 0).sum()
    if missing == "drop":
        assert (app["reason"] == "incomplete").sum() > 100


def test_numbers_stored_as_text_are_read_as_the_app_reads_them():
    assert_same(fitted("kmeans"), odd_rows().drop(columns=[]).iloc[:200], text_numbers=True)


def test_exact_ties_go_to_the_lowest_position_as_in_the_app():
    model = fitted("kmeans")
    tied = copy.deepcopy(model)
    # two personas at the same centre: every customer nearest to it is exactly as far from both
    tied.centres[2] = list(tied.centres[1])
    tied.score_centres[2] = list(tied.score_centres[1])
    sql, app = assert_same(tied, odd_rows())
    assert (app["nearest"] == 1).sum() > 100 and not (app["nearest"] == 2).any()
    # and the other way round: the lower position wins whichever centre is copied
    tied.centres[1] = list(model.centres[2])
    tied.score_centres[1] = list(model.score_centres[2])
    tied.centres[2] = list(model.centres[2])
    tied.score_centres[2] = list(model.score_centres[2])
    sql, app = assert_same(tied, odd_rows())
    assert (app["nearest"] == 1).sum() > 100 and not (app["nearest"] == 2).any()


def test_ambiguous_and_far_customers_fit_none_as_in_the_app():
    model = fitted("kmeans")
    changed = copy.deepcopy(model)
    # the score centres of two personas swapped: their customers are nearer another's members
    changed.score_centres[0], changed.score_centres[1] = (model.score_centres[1],
                                                          model.score_centres[0])
    changed.fences = [0.8, None, 1.5, 2.0]
    sql, app = assert_same(changed, odd_rows())
    assert (app["reason"] == "ambiguous").sum() > 50 and (app["reason"] == "far").sum() > 50


def test_a_one_persona_rule_places_everyone_or_fences_them():
    model = fitted("kmeans")
    one = copy.deepcopy(model)
    one.k, one.centres, one.score_centres, one.fences = 1, model.centres[:1], \
        model.score_centres[:1], [3.0]
    frame = odd_rows()
    import duckdb

    table = frame.reset_index().rename(columns={"customer": "customer_id"})
    for rule in one.columns:
        table[rule.name] = (pd.to_numeric(table[rule.name], errors="coerce").astype("float64")
                            if rule.kind == "numeric" else
                            table[rule.name].map(lambda v: None if v is None or (
                                isinstance(v, float) and math.isnan(v)) else str(v)))
    con = duckdb.connect()
    con.register("customers", table)
    rows = con.execute(persona_query(one, ["Everyone"], "duckdb", min_observed=3)).fetchall()
    assert {r[5] for r in rows} >= {None, "far", "too_few_values"}
    assert {r[4] for r in rows if r[5] in (None, "far")} == {0}


@pytest.mark.parametrize("dialect", SQL_DIALECTS)
@pytest.mark.parametrize("algorithm", ["kmeans", "gower"])
def test_each_dialect_parses_back_with_its_header(dialect, algorithm):
    import sqlglot

    model = fitted(algorithm)
    sql = persona_query(model, NAMES, dialect, table="crm.customers", id_column="Customer ID",
                        set_name="Spring 2026", made="2026-03-01", min_observed=3)
    header = [line for line in sql.splitlines() if line.startswith("--")]
    text = "\n".join(header)
    assert "Spring 2026" in text and "2026-03-01" in text and dialect in text
    assert all(f"  {name}: {name}" in text for name in KINDS)
    assert "persona_position" in text and "fits_none" in text
    assert all(f"  {p}: {name}" in text for p, name in enumerate(NAMES))
    body = "\n".join(line for line in sql.splitlines() if not line.startswith("--"))
    tree = sqlglot.parse_one(body, read=dialect)
    assert "customers" in {table.name for table in tree.find_all(sqlglot.exp.Table)}
    quote = "`" if dialect in ("spark", "bigquery") else '"'
    assert f"{quote}Customer ID{quote}" in body and f"{quote}crm{quote}.{quote}customers{quote}" \
        in body
    if algorithm == "gower" and dialect in ("bigquery", "snowflake"):
        assert "32-bit" in text or "32 bits" in text


def test_a_gaussian_mixture_rule_is_refused_with_the_reason():
    model = fitted("kmeans")
    gmm = copy.deepcopy(model)
    gmm.algorithm = "gmm"
    for call in (lambda: persona_query(gmm, NAMES), lambda: rule_description(gmm, NAMES),
                 lambda: base_query(gmm, NAMES)):
        with pytest.raises(AnalysisError, match="Gaussian-mixture persona sets cannot be exported "
                                                "as SQL: their rule needs .*run k-means or "
                                                "k-medoids to get an exportable set"):
            call()
    with pytest.raises(AnalysisError, match="duckdb, postgres, spark, bigquery, snowflake"):
        persona_query(model, NAMES, "oracle")


def test_the_json_description_holds_every_step_of_the_rule():
    import json

    model = fitted("gower")
    document = json.loads(json.dumps(rule_description(model, NAMES, set_name="G",
                                                      min_observed=3)))
    assert document["schema"] == RULE_SCHEMA
    assert document["rule"]["kind"] == "nearest_medoid"
    assert document["rule"]["medoid_categorical"] == model.medoid_categorical
    by_name = {a["name"]: a for a in document["attributes"]}
    assert [s["step"] for s in by_name["Complained"]["steps"]] == [
        "read_number", "fill_blank", "binary", "weight"]
    education = [s for s in by_name["Education"]["steps"] if s["step"] == "level_code"][0]
    assert education["other"] == "(other)" and "2n Cycle" not in education["levels"]
    assert by_name["Income"]["gower"]["low"] == next(
        r.gower_low for r in model.columns if r.name == "Income")
    assert document["fits_none"]["order"] == ["too_few_values", "incomplete", "ambiguous", "far"]
