"""Benchmark the whole churn-risk run against a bare pandas/scikit-learn script.

    python bench/retention_bench.py                      # 100,000 customers x 30 attributes
    python bench/retention_bench.py --customers 20000

The project is built first (not timed): one CSV of customers with 20 numbers
(a few with blanks), 10 categories and a yes/no churn column, imported as a
researcher would. Then, --repeat times (3 by default):

- app: ``services.retention.run_churn_risk`` (read the attributes from the
  project, screen for leaks, cross-validate both models, permutation
  importance, calibration, reasons, store the run and 100k risks);
- baseline: a bare script that reads the same CSV with pandas and does the
  same cross-validated fits: stratified 5-fold, an L2 logistic regression
  pipeline (median imputation, scaling, one-hot) and a histogram gradient
  boosting classifier, each predicting its held-out fold.

Both sides are timed from a cold start of the step (the app opens the project
file, the baseline reads the CSV) and the app's extra steps (leak screen,
permutation importance, calibration, reasons, storing) are counted against it:
the baseline is not given equivalent work, so the ratio is what those steps
cost on top of the shared fits. Each repeat times the app then the baseline;
the medians (and the best) of --repeat are printed, with the ratio of the
medians (target <= 1.3x, under 60 s). Run it on a quiet machine: gradient
boosting uses every core, so a busy one inflates both sides unevenly.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NUMBERS, CATEGORIES = 20, 10


def write_customers(path: Path, n: int, seed: int = 0) -> None:
    """Customers whose churn depends on a few attributes (a logistic model plus an interaction)."""
    rng = np.random.default_rng(seed)
    numbers = rng.normal(size=(n, NUMBERS))
    numbers[:, :5] = np.exp(numbers[:, :5])  # skewed amounts
    levels = [rng.integers(0, 3 + j % 5, size=n) for j in range(CATEGORIES)]
    logit = (-1.6 + 0.8 * numbers[:, 5] - 0.6 * numbers[:, 6] + 0.5 * (levels[0] == 0)
             + 0.4 * numbers[:, 7] * (levels[1] == 1))
    churned = rng.random(n) < 1 / (1 + np.exp(-logit))
    blanks = rng.random((n, NUMBERS)) < 0.02
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id"] + [f"Measure {j}" for j in range(NUMBERS)]
                        + [f"Group {j}" for j in range(CATEGORIES)] + ["Churn"])
        for i in range(n):
            row = [f"C{i:07d}"]
            row += ["" if blanks[i, j] else f"{numbers[i, j]:.4f}" for j in range(NUMBERS)]
            row += [f"level {levels[j][i]}" for j in range(CATEGORIES)]
            row.append("Yes" if churned[i] else "No")
            writer.writerow(row)


def baseline(path: Path, seed: int = 0) -> dict[str, float]:
    """The same cross-validated fits, written plainly with pandas and scikit-learn."""
    import pandas as pd
    from sklearn.compose import ColumnTransformer
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import Pipeline, make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    df = pd.read_csv(path)
    y = (df.pop("Churn") == "Yes").to_numpy(dtype=int)
    df = df.drop(columns="customer_id")
    numeric = [c for c in df.columns if c.startswith("Measure")]
    categorical = [c for c in df.columns if c.startswith("Group")]
    boosted = df.copy()
    for column in categorical:
        boosted[column] = boosted[column].astype("category")
    logistic = Pipeline([
        ("prepare", ColumnTransformer([
            ("numeric", make_pipeline(SimpleImputer(strategy="median", add_indicator=True),
                                      StandardScaler()), numeric),
            ("categorical", OneHotEncoder(handle_unknown="ignore"), categorical)])),
        ("model", LogisticRegression(C=1.0, max_iter=2000))])
    boosting = HistGradientBoostingClassifier(categorical_features="from_dtype", random_state=seed)
    scores = {"logistic": [], "boosting": []}
    for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(df, y):
        for name, model, x in (("logistic", logistic, df), ("boosting", boosting, boosted)):
            fitted = model.fit(x.iloc[train], y[train])
            scores[name].append(roc_auc_score(y[test], fitted.predict_proba(x.iloc[test])[:, 1]))
    return {name: float(np.mean(v)) for name, v in scores.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from workbench.services import retention
    from workbench.services.importing import import_file
    from workbench.services.project import create_project, open_project

    with tempfile.TemporaryDirectory(prefix="retention-bench-") as tmp:
        folder = Path(tmp)
        data = folder / "customers.csv"
        write_customers(data, args.customers)
        project_path = create_project(folder / "bench.pwb")
        started = time.perf_counter()
        with open_project(project_path) as project:
            import_file(project, data)
        print(f"built the project ({args.customers:,} customers) in "
              f"{time.perf_counter() - started:.1f} s (not timed below)")
        import sklearn.ensemble  # noqa: F401  # both sides start with scikit-learn loaded
        import sklearn.linear_model  # noqa: F401

        app_times, base_times = [], []
        for _ in range(args.repeat):
            started = time.perf_counter()
            with open_project(project_path) as project:
                retention.run_churn_risk(project, seed=0)
                run = retention.latest_risk_run(project).run
            app_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            plain = baseline(data, seed=0)
            base_times.append(time.perf_counter() - started)
        app, base = statistics.median(app_times), statistics.median(base_times)
        print(f"app: median {app:.2f} s, best {min(app_times):.2f} s  (model kept: {run.model}; AUC "
              + ", ".join(f"{k} {v[0]:.4f}" for k, v in sorted(run.auc.items())) + ")")
        print(f"baseline: median {base:.2f} s, best {min(base_times):.2f} s  (AUC "
              + ", ".join(f"{k} {v:.4f}" for k, v in sorted(plain.items())) + ")")
        print(f"ratio: {app / base:.2f}x of the medians, {min(app_times) / min(base_times):.2f}x "
              f"of the best  (target <= 1.3x; app under 60 s: {'yes' if app < 60 else 'no'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
