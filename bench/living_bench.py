"""Assigning a million new customers to a fitted persona set vs a bare scikit-learn script.

Set-up (not timed, built once in workbench-bench/ and reused): a project with
FITTED customers x 10 attributes (6 numbers with some blanks and skew, 4
categories) from six planted groups, a 6-persona k-means set fitted on them
(``run_personas``), then NEW more customers of the same groups in a second CSV
with the same columns, imported with the normal import service.

App: ``services.living.assign_customers`` on the set (read the set's attributes
with the later wave folded in, apply the fitted preprocessing, place every
customer with its fit and "fits none" reason, the persona cards' figures, and
one transaction: the run, its ``assignment_members`` rows, the set's
``persona_members`` replaced and the persona sizes).
Baseline: ``pandas.read_sql`` of the same attribute columns from the same
SQLite tables (first export, then the later one, later values winning), the
same fitted transforms with numpy (fill blanks, log1p, scale, one-hot of the
fixed levels, weights), ``KMeans.transform`` with the fitted centres (labels
are its argmin, as ``predict``; the distances give the same fit and "far"
reason the app stores), and the same rows written with executemany in one
transaction (``persona_members`` of the set deleted and inserted,
``assignment_members`` inserted, persona sizes updated). No card figures.
The baseline's connection checks foreign keys like every connection of the
app (``PRAGMA foreign_keys = ON``: each member row is checked against its
customer, persona and run, about 40% of the writing); a last line gives the
baseline without those checks too.

Each run starts from a fresh copy of the set-up project (copied outside the
timing). Medians of RUNS runs, app and baseline interleaved.

    python bench/living_bench.py [new customers] [runs] [fitted customers]
    (default 1,000,000, 3, 50,000; the issue's goal: app <= 1.3x baseline)
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

NEW = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
FITTED = int(sys.argv[3]) if len(sys.argv) > 3 else 50_000
PERSONAS = 6
GOAL = 1.3
HOME = Path(tempfile.gettempdir()) / "workbench-bench"
os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(HOME / "home"))

NUMBERS = ["Income", "Store purchases", "Web purchases", "App purchases", "Call centre contacts",
           "Total spend"]
CATEGORIES = {"Loyalty tier": ["none", "silver", "gold", "platinum"],
              "Preferred channel": ["store", "web", "app", "call centre", "chat"],
              "Payment method": ["card", "paypal", "cash", "voucher"],
              "Device": ["android", "ios", "desktop", "none"]}
#: Six planted groups: the mean of each number, and the most likely level of each category.
GROUPS = [
    ((24_000, 1.5, 9.0, 6.0, 0.6, 420), (0, 2, 1, 0)),
    ((38_000, 14.0, 0.7, 0.3, 1.5, 1_300), (2, 0, 2, 3)),
    ((92_000, 6.0, 5.0, 8.0, 0.4, 4_800), (3, 2, 0, 1)),
    ((31_000, 2.0, 1.2, 0.2, 5.5, 260), (0, 3, 2, 3)),
    ((55_000, 4.0, 12.0, 1.0, 0.8, 2_100), (1, 1, 1, 2)),
    ((45_000, 8.0, 3.0, 3.0, 2.5, 900), (2, 4, 3, 0)),
]


def write_customers(path: Path, first: int, count: int, seed: int) -> None:
    """``count`` customers of the planted groups, ids from ``first``, as a CSV."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    group = rng.integers(0, len(GROUPS), count)
    means = np.array([g[0] for g in GROUPS], dtype=float)[group]
    frame = pd.DataFrame({"customer_id": [f"C{n:08d}" for n in range(first, first + count)]})
    for i, name in enumerate(NUMBERS):
        if name in ("Income", "Total spend"):  # skewed amounts: log-normal
            values = np.round(means[:, i] * rng.lognormal(0, 0.3, count), -1 if i == 0 else 2)
        else:
            values = np.maximum(0, np.rint(rng.normal(means[:, i], means[:, i] / 3 + 0.5)))
        column = pd.Series(values)
        column[rng.random(count) < 0.02] = np.nan  # some blanks, as in life
        frame[name] = column
    for j, (name, levels) in enumerate(CATEGORIES.items()):
        usual = np.array([g[1][j] for g in GROUPS])[group]
        other = rng.integers(0, len(levels), count)
        frame[name] = np.asarray(levels, dtype=object)[
            np.where(rng.random(count) < 0.75, usual, other)]
    frame.to_csv(path, index=False, float_format="%g")


def make_project() -> tuple[Path, int]:
    """The set-up project (fitted set + imported new customers) and the set's id."""
    from workbench.services.importing import import_file
    from workbench.services.personas import persona_sets, run_personas
    from workbench.services.project import create_project, open_project

    path = HOME / f"living-{FITTED}-{NEW}.pwb"
    if path.exists():
        with open_project(path, readonly=True) as project:
            return path, persona_sets(project)[-1].id
    HOME.mkdir(exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    create_project(partial)
    first, wave = HOME / "living-crm.csv", HOME / "living-crm-wave.csv"
    write_customers(first, 0, FITTED, seed=1)
    write_customers(wave, FITTED, NEW, seed=2)
    with open_project(partial) as project:
        import_file(project, first)
        set_id = run_personas(project, k=PERSONAS, seed=0,
                              features=NUMBERS + list(CATEGORIES))
        started = time.perf_counter()
        import_file(project, wave)
        print(f"(set-up: {NEW:,} new customers imported in {time.perf_counter() - started:.1f}s)")
    first.unlink()
    wave.unlink()
    partial.replace(path)
    return path, set_id


def fresh_copy(path: Path) -> Path:
    copy = path.with_name("living-run.pwb")
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    shutil.copyfile(path, copy)
    return copy


def app_run(path: Path, set_id: int) -> tuple[float, object]:
    from workbench.services.living import assign_customers
    from workbench.store.project_file import open_project_file

    # no backup of the copy on opening: it is thrown away
    with open_project_file(fresh_copy(path), backup_count=0) as project:
        start = time.perf_counter()
        done = assign_customers(project, set_id)
        took = time.perf_counter() - start
    return took, done.run


def baseline_run(path: Path, set_id: int, foreign_keys: bool = True
                 ) -> tuple[float, list[int]]:
    import json

    import numpy as np
    import pandas as pd
    from sklearn.cluster import KMeans

    copy = fresh_copy(path)
    conn = sqlite3.connect(copy)
    # the project's integrity rules, as on every connection of the app (each inserted
    # member is checked against its customer, persona and run)
    conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    model = json.loads(conn.execute("SELECT result FROM persona_sets WHERE id = ?",
                                    (set_id,)).fetchone()[0])["model"]
    start = time.perf_counter()
    # the same columns of the same tables: the first export's, then the later one's
    names = [rule["name"] for rule in model["columns"]]
    frames = []
    for (source_id,) in conn.execute("SELECT id FROM sources ORDER BY id").fetchall():
        columns = [(p, label) for p, label in conn.execute(
            "SELECT position, label FROM source_columns WHERE source_id = ?", (source_id,))
            if label in names]
        select = ", ".join(f'c{p} AS "{label}"' for p, label in columns)
        frames.append(pd.read_sql(f"SELECT customer_id, {select} FROM src_{source_id}", conn,
                                  index_col="customer_id"))
    frame = pd.concat(frames)
    frame = frame[~frame.index.duplicated(keep="last")].sort_index()
    n = len(frame)
    blocks = []
    for rule in model["columns"]:
        series = frame[rule["name"]]
        if rule["kind"] == "numeric":
            values = series.to_numpy(dtype=np.float64, na_value=np.nan)
            values = np.where(np.isnan(values), rule["imputed"], values)
            if rule["log"]:
                values = np.log1p(np.maximum(values, 0.0))
            blocks.append(((values - rule["centre"]) / rule["spread"] * rule["weights"][0])[:, None])
        else:
            codes = pd.Categorical(series.fillna(rule["imputed"]), categories=rule["levels"]).codes
            one_hot = np.zeros((n, len(rule["levels"])))
            known = codes >= 0
            one_hot[np.flatnonzero(known), codes[known]] = 1.0
            blocks.append(one_hot * np.asarray(rule["weights"]))
    matrix = np.hstack(blocks)
    kmeans = KMeans(n_clusters=model["k"], n_init=1)
    kmeans.cluster_centers_ = np.asarray(model["centres"], dtype=np.float64)
    kmeans._n_threads = 1
    kmeans.n_features_in_ = matrix.shape[1]
    distances = kmeans.transform(matrix)  # predict's argmin, plus every distance
    labels = distances.argmin(axis=1)
    rows = np.arange(n)
    own = distances[rows, labels]
    distances[rows, labels] = np.inf
    other = distances.min(axis=1)
    fit = (other - own) / np.maximum(own, other)
    fences = np.array([np.inf if f is None else f for f in model["fences"]])
    reason = np.where(fit < 0, "ambiguous", np.where(own > fences[labels], "far", None))
    placed = np.where(reason == None, labels, -1)  # noqa: E711  (element-wise)
    sizes = np.bincount(placed[placed >= 0], minlength=model["k"])
    persona_ids = dict(conn.execute("SELECT position, id FROM personas WHERE persona_set_id = ?",
                                    (set_id,)).fetchall())
    ids = frame.index.to_numpy()
    with conn:
        run_id = conn.execute("INSERT INTO assignment_runs(persona_set_id, kind, created_at, "
                              "summary) VALUES (?, 'assign', '', '{}')", (set_id,)).lastrowid
        conn.executemany("INSERT INTO assignment_members(run_id, customer_id, position, nearest, "
                         "fit, reason) VALUES (?, ?, ?, ?, ?, ?)",
                         zip([run_id] * n, ids.tolist(),
                             [None if p < 0 else p for p in placed.tolist()], labels.tolist(),
                             fit.tolist(), reason.tolist(), strict=True))
        conn.execute("DELETE FROM persona_members WHERE persona_set_id = ?", (set_id,))
        conn.executemany("INSERT INTO persona_members(persona_set_id, customer_id, persona_id, "
                         "nearest_id, fit, unassigned_reason) VALUES (?, ?, ?, ?, ?, ?)",
                         zip([set_id] * n, ids.tolist(),
                             [persona_ids.get(p) for p in placed.tolist()],
                             [persona_ids[p] for p in labels.tolist()], fit.tolist(),
                             reason.tolist(), strict=True))
        for position, size in enumerate(sizes.tolist()):
            conn.execute("UPDATE personas SET size = ?, share = ? WHERE id = ?",
                         (size, size / n, persona_ids[position]))
    took = time.perf_counter() - start
    conn.close()
    return took, sizes.tolist()


def main() -> None:
    path, set_id = make_project()
    app_run(path, set_id)  # the first run imports scikit-learn and SciPy: not part of a run
    apps, bases, unchecked = [], [], []
    run = sizes = None
    for _ in range(RUNS):  # interleaved, so a busy moment on the machine hits all
        took, run = app_run(path, set_id)
        apps.append(took)
        took, sizes = baseline_run(path, set_id)
        bases.append(took)
        unchecked.append(baseline_run(path, set_id, foreign_keys=False)[0])
    app, base, bare = (statistics.median(t) for t in (apps, bases, unchecked))
    print(f"{NEW:,} new + {FITTED:,} fitted customers x 10 attributes, {PERSONAS} personas "
          f"(k-means), median of {RUNS}")
    print("app runs                  " + " ".join(f"{t:.2f}" for t in apps))
    print("baseline runs             " + " ".join(f"{t:.2f}" for t in bases))
    print("baseline runs, no FK      " + " ".join(f"{t:.2f}" for t in unchecked))
    print(f"persona sizes app {run.sizes}  baseline {sizes}")
    print(f"assign        app {app:6.2f}s   baseline {base:6.2f}s   ratio {app / base:4.2f}x"
          f"   (goal <= {GOAL}x: {'met' if app <= GOAL * base else 'NOT met'})")
    print(f"              baseline without foreign-key checks {bare:6.2f}s   ratio "
          f"{app / bare:4.2f}x")
    for suffix in ("", "-wal", "-shm"):
        Path(str(path.with_name("living-run.pwb")) + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
