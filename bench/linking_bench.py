"""Benchmark customer linking against a bare SQLite + pandas baseline doing the same work.

    python bench/linking_bench.py                # 3 sources x 100,000 rows
    python bench/linking_bench.py --rows 20000

Three CSV files are imported through the import service (not timed): a CRM
export (customer id, e-mail, name), a web-shop export (e-mail, written with
other case and spaces) and a call-centre log (customer id). The project file
is copied, then

* app: ``link_customers`` with keys crm:customer_id:id, crm:Email:email,
  web:Email:email, calls:customer_id:id (one transaction, report, undo record);
* baseline: a plain script on the copy reads the same key columns with
  pandas, normalises them (strip/casefold), groups customers by equal keys
  (connected components by label propagation over the key groups), repoints
  ``customer_id`` in every source table and deletes the merged customers, in
  one transaction.

Both repoint rows with the same ``UPDATE ... FROM`` join. Prints every run's
time, the median of --repeat runs of each and the ratio of the medians, and
checks both produce the same number of customers. Target: ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.services.importing import import_file  # noqa: E402
from workbench.services.linking import LinkKey, link_customers  # noqa: E402
from workbench.services.project import create_project, open_project  # noqa: E402

FIRST = ["Giulia", "Marco", "Anna", "Luca", "Sara", "Paolo", "Elena", "Davide", "Chiara", "Matteo"]
LAST = ["Rossi", "Bianchi", "Verdi", "Russo", "Ferrari", "Esposito", "Romano", "Colombo"]


def write_sources(folder: Path, rows: int, seed: int = 0) -> list[Path]:
    rng = random.Random(seed)
    crm, web, calls = folder / "crm.csv", folder / "web.csv", folder / "calls.csv"
    with crm.open("w", encoding="utf-8") as out:
        out.write("customer_id,Name,Email,Spend\n")
        for i in range(rows):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            out.write(f"C{i:07d},{name},user{i}@example.it,{rng.randint(5, 500)}\n")
    with web.open("w", encoding="utf-8") as out:
        out.write("Email,Orders\n")
        for _ in range(rows):
            # 70% are CRM customers (some written differently), 30% web-only people.
            i = rng.randrange(rows) if rng.random() < 0.7 else rows + rng.randrange(rows)
            email = f"user{i}@example.it"
            if rng.random() < 0.3:
                email = f" USER{i}@Example.IT "
            out.write(f"{email},{rng.randint(1, 20)}\n")
    with calls.open("w", encoding="utf-8") as out:
        out.write("customer_id,Reason\n")
        for _ in range(rows):
            i = rng.randrange(rows) if rng.random() < 0.8 else rows + rng.randrange(rows)
            out.write(f"C{i:07d},{rng.choice(['reso', 'informazioni', 'reclamo'])}\n")
    return [crm, web, calls]


def build_project(folder: Path, rows: int) -> Path:
    path = create_project(folder / "bench.pwb")
    files = write_sources(folder, rows)
    with open_project(path) as project:
        for file in files:
            roles = {} if file.name == "web.csv" else {"customer_id": "identifier"}
            import_file(project, file, roles=roles)
    return path


#: (source id, column, rule) of the linking keys: the three sources of ``build_project``.
KEYS = ((1, "customer_id", "id"), (1, "Email", "email"), (2, "Email", "email"),
        (3, "customer_id", "id"))


def app_link(path: Path, keys=KEYS) -> tuple[float, int]:
    with open_project(path) as project:
        keys = [LinkKey(source_id, name, rule) for source_id, name, rule in keys]
        start = time.perf_counter()
        report = link_customers(project, keys)
        elapsed = time.perf_counter() - start
    return elapsed, report.customers_after


def baseline_link(path: Path, keys=KEYS) -> tuple[float, int]:
    import numpy as np
    import pandas as pd

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    columns = {r[0]: r[1] for r in conn.execute(
        "SELECT source_id || ':' || label, position FROM source_columns")}
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    frames = []
    for source_id, name, rule in keys:
        position = columns[f"{source_id}:{name}"]
        df = pd.read_sql_query(f"SELECT customer_id, c{position} AS value FROM src_{source_id} "
                               f"WHERE customer_id IS NOT NULL", conn)
        value = df["value"].astype(str).str.strip()
        if rule == "email":
            value = value.str.casefold().str.replace(" ", "", regex=False)
        frames.append(pd.DataFrame({"customer": df["customer_id"].to_numpy(),
                                    "key": rule + ":" + value}))
    keys = pd.concat(frames, ignore_index=True)
    keys = keys[keys["key"].str.len() > 3]
    codes, _ = pd.factorize(keys["key"])
    customers = keys["customer"].to_numpy()
    label = pd.Series(customers).groupby(codes).transform("min").to_numpy()
    # Label propagation until every customer carries the lowest id of its component.
    ids, position = np.unique(customers, return_inverse=True)
    best = ids.copy()
    while True:
        np.minimum.at(best, position, label)
        label_new = pd.Series(best[position]).groupby(codes).transform("min").to_numpy()
        if np.array_equal(label_new, label):
            break
        label = label_new
    mapping = [(int(a), int(b)) for a, b in zip(ids, best, strict=True) if a != b]
    conn.execute("CREATE TEMP TABLE m (merged INTEGER PRIMARY KEY, survivor INTEGER)")
    conn.executemany("INSERT INTO m VALUES (?, ?)", mapping)
    tables = [f"src_{source_id}" for (source_id,) in
              conn.execute("SELECT id FROM sources ORDER BY id").fetchall()]
    for table in tables + ["touchpoints", "persona_members"]:  # events and personas name them too
        conn.execute(f"UPDATE {table} SET customer_id = m.survivor FROM m "
                     f"WHERE m.merged = {table}.customer_id")
    conn.execute("DELETE FROM customers WHERE id IN (SELECT merged FROM m)")
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    after = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    conn.close()
    return elapsed, after


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows per source")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        original = build_project(folder, args.rows)
        print(f"imported 3 x {args.rows:,} rows in {time.perf_counter() - t0:.1f} s (not timed)")
        app_times, base_times = [], []
        for attempt in range(args.repeat):
            for runner, times in ((app_link, app_times), (baseline_link, base_times)):
                copy = folder / f"copy-{attempt}-{runner.__name__}.pwb"
                shutil.copy(original, copy)
                elapsed, after = runner(copy)
                times.append((elapsed, after))
        app, base = (statistics.median(t for t, _ in app_times),
                     statistics.median(t for t, _ in base_times))
        same = all(after == base_times[0][1] for _, after in app_times + base_times)
        print(f"customers after linking: app {app_times[0][1]:,}, baseline {base_times[0][1]:,}"
              f" ({'same' if same else 'DIFFERENT'})")
        runs = ", ".join(f"{t:.2f}" for t, _ in app_times)
        print(f"app (link_customers): median {app:.2f} s (runs: {runs})")
        runs = ", ".join(f"{t:.2f}" for t, _ in base_times)
        print(f"baseline (pandas + SQL): median {base:.2f} s (runs: {runs})")
        print(f"ratio of medians: {app / base:.2f} (target <= 1.5)")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
