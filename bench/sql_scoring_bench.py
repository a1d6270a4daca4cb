"""Scoring a customer base with a persona set's exported SQL in DuckDB vs the app in Python.

Set-up (not timed): ROWS customers generated inside DuckDB (6 numbers, two of them skewed
amounts, a two-valued flag, 3 categories, about 3% blanks everywhere) in an in-memory
database; a persona set fitted with the app's own clustering on a random 20,000-customer
sample of them (k-means, 6 personas; a Gower k-medoids set too with ``--gower``); the
exported DuckDB query (:func:`workbench.analysis.sql_scoring.persona_query`).

Engine: DuckDB running the exported query over every row into a table (all its threads).
App: the same rows pulled from DuckDB into a pandas frame (timed apart, not counted), then
:func:`workbench.analysis.assignment.assign` on it, as the app places customers.
Both results are compared customer by customer (nearest persona and reason for fitting none).

    python bench/sql_scoring_bench.py [rows] [--gower]
    (default 10,000,000)
"""

from __future__ import annotations

import math
import sys
import time

ROWS = int(next((a for a in sys.argv[1:] if a.isdigit()), 10_000_000))
ALGORITHM = "gower" if "--gower" in sys.argv else "kmeans"
PERSONAS = 6
SAMPLE = 20_000

#: A standard normal draw (Box-Muller) and "blank 3% of the time" in DuckDB's SQL.
NORMAL = "sqrt(-2 * ln(random())) * cos(6.2831853 * random())"
BLANK = "WHEN random() < 0.03 THEN NULL"
TIERS, CHANNELS = "['none', 'silver', 'gold', 'platinum']", "['store', 'web', 'app', 'call centre', 'chat']"
PAYMENTS = "['card', 'paypal', 'cash', 'voucher']"
GENERATE = f"""
CREATE TABLE customers AS
SELECT i AS customer_id,
       CASE {BLANK} ELSE round(exp(9.8 + g * 0.35 + 0.6 * {NORMAL})) END AS income,
       CASE {BLANK} ELSE floor(random() * (2 + 3 * (g % 3))) END AS store_purchases,
       CASE {BLANK} ELSE floor(random() * (1 + 4 * (g % 2)) + g) END AS web_purchases,
       CASE {BLANK} ELSE round(exp(5 + g * 0.4 + {NORMAL})) END AS total_spend,
       CASE {BLANK} ELSE floor(random() * 3) END AS kids,
       CASE {BLANK} WHEN random() < 0.2 + 0.1 * g THEN 1 ELSE 0 END AS app_user,
       CASE {BLANK} ELSE {TIERS}[1 + (g + floor(random() * 2)::INT) % 4] END AS tier,
       CASE {BLANK} ELSE {CHANNELS}[1 + (g + floor(random() * 3)::INT) % 5] END AS channel,
       CASE {BLANK} ELSE {PAYMENTS}[1 + floor(random() * 4)::INT] END AS payment
FROM (SELECT i, (i * 7919) % {PERSONAS} AS g FROM range({ROWS}) t(i))
"""
KINDS = {"income": "numeric", "store_purchases": "numeric", "web_purchases": "numeric",
         "total_spend": "numeric", "kids": "numeric", "app_user": "numeric",
         "tier": "categorical", "channel": "categorical", "payment": "categorical"}


def main() -> None:
    import duckdb
    import numpy as np

    from workbench.analysis.assignment import assign
    from workbench.analysis.clustering import run_clustering
    from workbench.analysis.sql_scoring import persona_query
    from workbench.domain.living import AssignmentModel
    from workbench.domain.personas import ClusteringSettings

    con = duckdb.connect()
    start = time.perf_counter()
    con.execute("SELECT setseed(0.42)")
    con.execute(GENERATE)
    print(f"generated {ROWS:,} customers in DuckDB in {time.perf_counter() - start:.1f} s")

    sample = con.execute(f"SELECT * FROM customers USING SAMPLE {SAMPLE} ROWS (reservoir, 7)").df()
    sample = sample.set_index("customer_id").sort_index()
    for name, kind in KINDS.items():
        if kind == "categorical":
            sample[name] = sample[name].astype(object).where(sample[name].notna(), None)
    settings = ClusteringSettings(features=list(KINDS), algorithm=ALGORITHM, k=PERSONAS, seed=0)
    model = AssignmentModel.from_dict(run_clustering(sample, KINDS, settings).model)
    names = [f"Persona {p + 1}" for p in range(PERSONAS)]
    min_observed = math.ceil(len(KINDS) * 0.5)
    sql = persona_query(model, names, "duckdb", min_observed=min_observed, with_header=False)
    print(f"{ALGORITHM} set fitted on {SAMPLE:,} sampled customers; query of {len(sql):,} "
          f"characters")

    start = time.perf_counter()
    con.execute(f"CREATE TABLE scored AS {sql}")
    engine = time.perf_counter() - start
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    print(f"DuckDB, exported query over {ROWS:,} rows ({threads} threads): {engine:.2f} s")

    start = time.perf_counter()
    frame = con.execute("SELECT * FROM customers ORDER BY customer_id").df()
    frame = frame.set_index("customer_id")
    for name, kind in KINDS.items():
        if kind == "categorical":
            frame[name] = frame[name].astype(object).where(frame[name].notna(), None)
    pulled = time.perf_counter() - start
    print(f"pulled into pandas (not counted): {pulled:.2f} s")

    observed = frame.notna().sum(axis=1).to_numpy()
    start = time.perf_counter()
    kept = frame[observed >= min_observed]
    placed = assign(model, kept)
    app = time.perf_counter() - start
    print(f"app, analysis.assignment.assign over the same rows (1 Python process): {app:.2f} s")
    print(f"ratio app / DuckDB: {app / engine:.1f}x")

    scored = con.execute("SELECT customer_id, coalesce(nearest_position, -1), "
                         "coalesce(fits_none, '') FROM scored ORDER BY customer_id").fetchnumpy()
    ids = scored["customer_id"]
    keep = np.isin(ids, placed.ids)
    nearest = np.asarray(scored[list(scored)[1]])[keep]
    reasons = np.asarray(scored[list(scored)[2]], dtype=object)[keep]
    app_reasons = np.array([r or "" for r in placed.reasons], dtype=object)
    differ = int(((nearest != placed.nearest) | (reasons != app_reasons)).sum())
    too_few = int((~keep).sum())
    print(f"customers placed differently: {differ:,} of {len(placed.ids):,} "
          f"({too_few:,} with too few values left out by both)")


if __name__ == "__main__":
    main()
