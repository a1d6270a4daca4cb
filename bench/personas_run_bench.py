"""A whole persona run through the project vs a bare script doing the same steps.

App: services.personas.run_personas with k fixed (load attributes from the
project, preprocess, fit, quality figures, card statistics, store memberships).
Baseline: pandas.read_sql of the same columns, scikit-learn preprocessing
(impute, log1p of skewed amounts, scale, one-hot), the same KMeans, sampled
silhouette + Calinski-Harabasz + Davies-Bouldin, per-persona means/shares, and
one executemany for the memberships; since attributes are weighed equally and
redundant ones found, also a provisional k-means, within-group correlations and
Cramér's V on a 5,000-customer sample, before and after clustering. Also times
the k suggestion (k = 3..6) and the whole run without k (suggestion + run).

Every run is a fresh child process, so each prints its own peak resident memory
(ru_maxrss) beside its time; scikit-learn and pandas are imported before the clock
starts in both.

    python bench/personas_run_bench.py [customers] [runs]   (default 100,000, 3)
"""

from __future__ import annotations

import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CUSTOMERS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
K = 5
HOME = Path(tempfile.gettempdir()) / "workbench-bench"
os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(HOME / "home"))


def make_project() -> Path:
    """A project holding CUSTOMERS customers x 30 attributes (24 numbers, 6 categories)."""
    from workbench.services.importing import import_file
    from workbench.services.project import create_project, open_project

    path = HOME / f"personas-{CUSTOMERS}.pwb"
    if path.exists():
        return path
    HOME.mkdir(exist_ok=True)
    rng = random.Random(3)
    csv = HOME / f"personas-{CUSTOMERS}.csv"
    header = ["customer_id"] + [f"amount_{i}" for i in range(24)] + [f"segment_{i}" for i in range(6)]
    with csv.open("w", encoding="utf-8") as handle:
        handle.write(",".join(header) + "\n")
        for n in range(CUSTOMERS):
            group = n % K
            numbers = [f"{max(0.0, rng.gauss(20 * (1 + (group + i) % K), 8)):.2f}" for i in range(24)]
            cats = [rng.choice(["a", "b", "c", "d"]) if rng.random() < 0.5 else "abcde"[group]
                    for _ in range(6)]
            handle.write(",".join([f"C{n:07d}", *numbers, *cats]) + "\n")
    create_project(path)
    with open_project(path) as project:
        import_file(project, csv)
    return path


def app_run(path: Path, k: int | None = K) -> float:
    from workbench.services.personas import run_personas
    from workbench.services.project import open_project

    with open_project(path) as project:
        start = time.perf_counter()
        run_personas(project, k=k, seed=0)
        took = time.perf_counter() - start
        project.db.execute("DELETE FROM persona_sets")  # keep the file the same size between runs
    return took


def read_and_prepare(conn):
    """The bare preparation: read the attributes with pandas, impute, log1p + scale the
    numbers, one-hot the categories. Returns (frame, numeric, categorical, matrix)."""
    import numpy as np
    import pandas as pd
    from sklearn.compose import ColumnTransformer
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

    columns = conn.execute("SELECT position, name, role FROM source_columns "
                           "WHERE role IN ('numeric', 'categorical')").fetchall()
    select = ", ".join(f"c{p} AS {n}" for p, n, _ in columns)
    frame = pd.read_sql(f"SELECT customer_id, {select} FROM src_1", conn, index_col="customer_id")
    numeric = [n for _, n, r in columns if r == "numeric"]
    categorical = [n for _, n, r in columns if r == "categorical"]
    prep = ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), FunctionTransformer(np.log1p),
                              StandardScaler()), numeric),
        ("cat", make_pipeline(SimpleImputer(strategy="most_frequent"),
                              OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
         categorical)])
    return frame, numeric, categorical, prep.fit_transform(frame)


def baseline_run(path: Path) -> float:
    import numpy as np
    import pandas as pd
    from sklearn.cluster import KMeans
    from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score

    start = time.perf_counter()
    conn = sqlite3.connect(path)
    frame, numeric, categorical, matrix = read_and_prepare(conn)
    # The run's redundancy check and equal weights (added with them, to keep the
    # comparison fair): association of the attributes on a 5,000-customer sample
    # inside a provisional 4-group partition (correlations, Cramér's V), and each
    # category block scaled to unit variance.
    provisional = KMeans(4, n_init=1, random_state=0).fit(
        matrix[np.random.default_rng(0).choice(len(matrix), 3000, replace=False)]).predict(matrix)
    _associations(frame, numeric, categorical, provisional)
    start_cat = len(numeric)
    matrix[:, start_cat:] /= np.sqrt(matrix[:, start_cat:].var(axis=0).sum() / len(categorical))
    labels = KMeans(K, n_init=4, random_state=0).fit_predict(matrix)
    silhouette_score(matrix, labels, sample_size=min(5000, len(labels)), random_state=0)
    calinski_harabasz_score(matrix, labels)
    davies_bouldin_score(matrix, labels)
    frame[numeric].groupby(labels).mean()
    _associations(frame, numeric, categorical, labels)  # the cards' one-fact check
    for name in categorical:
        pd.crosstab(labels, frame[name], normalize="index")
    conn.execute("CREATE TEMP TABLE members (customer_id INTEGER, persona INTEGER)")
    with conn:
        conn.executemany("INSERT INTO members VALUES (?, ?)",
                         zip(frame.index.tolist(), labels.tolist(), strict=True))
    conn.close()
    return time.perf_counter() - start


def _associations(frame, numeric, categorical, groups) -> None:
    """|r| of numbers within groups and Cramér's V of category pairs, on a sample."""
    import numpy as np
    import pandas as pd

    rows = np.random.default_rng(0).choice(len(frame), min(5000, len(frame)), replace=False)
    sample = frame.iloc[rows]
    within = sample[numeric] - sample[numeric].groupby(groups[rows]).transform("mean")
    within.corr()
    codes = {name: pd.factorize(sample[name])[0] for name in categorical}
    for i, a in enumerate(categorical):
        for b in categorical[i + 1:]:
            width = codes[b].max() + 1
            table = np.bincount(codes[a] * width + codes[b]).reshape(-1, width).astype(float)
            expected = table.sum(1, keepdims=True) * table.sum(0, keepdims=True) / table.sum()
            np.sqrt(((table - expected) ** 2 / expected).sum() / table.sum())


def suggestion(path: Path) -> float:
    from workbench.services.personas import suggest_persona_count
    from workbench.services.project import open_project

    with open_project(path, readonly=True) as project:
        start = time.perf_counter()
        suggest_persona_count(project, seed=0)
        return time.perf_counter() - start


def child(kind: str, path: Path) -> None:
    """One measured run in this (fresh) process: prints {"time", "rss_mb"} as JSON."""
    import pandas  # noqa: F401  imported before the clock in both sides
    import sklearn.cluster  # noqa: F401

    took = {"app": lambda: app_run(path), "auto": lambda: app_run(path, None),
            "baseline": lambda: baseline_run(path), "suggest": lambda: suggestion(path)}[kind]()
    print(json.dumps({"time": took,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def measure(kind: str, path: Path) -> tuple[float, float]:
    out = subprocess.run([sys.executable, __file__, str(CUSTOMERS), "1", "--child", kind,
                          str(path)], check=True, capture_output=True, text=True).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    return figures["time"], figures["rss_mb"]


def main() -> None:
    if "--child" in sys.argv:
        at = sys.argv.index("--child")
        child(sys.argv[at + 1], Path(sys.argv[at + 2]))
        return
    path = make_project()
    measure("app", path)  # warms the file cache: not part of a run
    runs: dict[str, list[tuple[float, float]]] = {"app": [], "baseline": [], "auto": []}
    for _ in range(RUNS):  # interleaved, so a busy moment on the machine hits both
        for kind in runs:
            runs[kind].append(measure(kind, path))
    median = {kind: (statistics.median(t for t, _ in r), max(m for _, m in r))
              for kind, r in runs.items()}
    app, base, auto = median["app"], median["baseline"], median["auto"]
    print(f"{CUSTOMERS:,} customers x 30 attributes, k={K}, median of {RUNS} (peak RSS: max)")
    for kind, label in (("app", "app runs     "), ("baseline", "baseline runs"),
                        ("auto", "auto-k runs  ")):
        print(label + " " + " ".join(f"{t:.2f}s/{m:.0f}MB" for t, m in runs[kind]))
    print(f"persona run   app {app[0]:6.2f}s {app[1]:5.0f}MB   baseline {base[0]:6.2f}s "
          f"{base[1]:5.0f}MB   ratio {app[0] / base[0]:4.2f}x")
    print(f"without k     app {auto[0]:6.2f}s {auto[1]:5.0f}MB   (suggestion k = 3..6 + run)")
    took, rss = measure("suggest", path)
    print(f"k suggestion  app {took:6.2f}s {rss:5.0f}MB   (k = 3..6, silhouette + bootstrap)")


if __name__ == "__main__":
    main()
