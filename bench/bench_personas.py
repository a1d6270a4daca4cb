"""Benchmark the persona analysis core against bare scikit-learn doing the same work.

    python bench/bench_personas.py                     # marketing_campaign.csv, 2,240 customers
    python bench/bench_personas.py --customers 100000  # synthetic, 24 numbers + 6 categories

Prints, best of --repeat runs:

1. run_clustering (k-means, k fixed) against
   a. the bare KMeans fit on the very matrix our preprocessing made, and
   b. a bare script doing the same steps with the libraries directly
      (SimpleImputer/log1p/StandardScaler/OneHotEncoder, KMeans, sampled
      silhouette, Calinski-Harabasz, Davies-Bouldin);
2. profile_personas (absolute time);
3. suggest_k (k = 2..10, bootstrap) against a bare loop of the same fits
   (KMeans on the same sample and resamples, sampled silhouette, ARI on overlaps).

Baselines run as a plain script would (default BLAS threads) and also with
one BLAS thread, which our core uses (see partition.single_threaded_blas).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.analysis import k_selection  # noqa: E402
from workbench.analysis.clustering import SILHOUETTE_SAMPLE, prepare, run_clustering  # noqa: E402
from workbench.analysis.profiles import profile_personas  # noqa: E402
from workbench.domain.personas import ClusteringSettings  # noqa: E402

MARKETING = ROOT.parent / "shared" / "data" / "marketing_campaign.csv"
CHANNELS = {"NumWebPurchases": "Web", "NumCatalogPurchases": "Catalogue",
            "NumStorePurchases": "Store"}


def load_marketing(path: Path) -> tuple[pd.DataFrame, dict[str, str]]:
    df = pd.read_csv(path, sep="\t").set_index("ID").drop(columns=["Dt_Customer"])
    df.index = df.index.astype(int)
    kinds = {}
    for column in df.columns:
        if pd.api.types.is_numeric_dtype(df[column]):
            df[column] = df[column].astype(float)
            kinds[column] = "numeric"
        else:
            df[column] = df[column].astype(object)
            kinds[column] = "categorical"
    return df, kinds


def synthetic(n: int, seed: int = 0) -> tuple[pd.DataFrame, dict[str, str]]:
    """n customers x 30 attributes: 24 numbers (8 skewed amounts, 2% blanks) + 6 categories."""
    rng = np.random.default_rng(seed)
    k, p_num, p_cat = 5, 24, 6
    truth = rng.integers(0, k, n)
    values = rng.normal(0, 2, (k, p_num))[truth] + rng.normal(size=(n, p_num))
    values[:, :8] = np.expm1(np.abs(values[:, :8]))
    df = pd.DataFrame(values, columns=[f"num{i}" for i in range(p_num)])
    df.loc[rng.random(n) < 0.02, "num3"] = np.nan
    for j in range(p_cat):
        levels = np.array([f"level{v}" for v in range(6)])
        favourite = levels[rng.integers(0, 6, k)][truth]
        df[f"cat{j}"] = pd.Series(np.where(rng.random(n) < 0.6, favourite,
                                           levels[rng.integers(0, 6, n)]), dtype=object)
    df.index = pd.Index(np.arange(1, n + 1))
    kinds = {c: "numeric" if c.startswith("num") else "categorical" for c in df.columns}
    return df, kinds


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def one_blas_thread(work: Callable[[], object]) -> Callable[[], object]:
    def limited() -> object:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1, user_api="blas"):
            return work()
    return limited


# --------------------------------------------------------------------------- baselines


def bare_pipeline(df: pd.DataFrame, kinds: dict[str, str], settings: ClusteringSettings) -> None:
    """The same steps as run_clustering, written directly against the libraries."""
    from sklearn.cluster import KMeans
    from sklearn.impute import SimpleImputer
    from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    frame = df[settings.features].sort_index()
    numeric = [c for c in settings.features if kinds[c] == "numeric"
               and frame[c].nunique() > 1]
    categorical = [c for c in settings.features if kinds[c] == "categorical"]
    x = SimpleImputer(strategy="median").fit_transform(frame[numeric])
    skew = frame[numeric].skew().to_numpy()
    logged = (skew > 1) & (np.nanmin(x, axis=0) >= 0)
    x[:, logged] = np.log1p(x[:, logged])
    blocks = [StandardScaler().fit_transform(x)]
    if categorical:
        filled = SimpleImputer(strategy="most_frequent").fit_transform(
            frame[categorical].astype(object))
        blocks.append(OneHotEncoder(min_frequency=0.01, sparse_output=False)
                      .fit_transform(filled))
    matrix = np.hstack(blocks)
    model = KMeans(settings.k, n_init=settings.n_init, random_state=settings.seed).fit(matrix)
    silhouette_score(matrix, model.labels_, sample_size=min(len(matrix), SILHOUETTE_SAMPLE),
                     random_state=settings.seed)
    calinski_harabasz_score(matrix, model.labels_)
    davies_bouldin_score(matrix, model.labels_)


def bare_k_loop(matrix: np.ndarray, settings: ClusteringSettings, ks: range,
                n_bootstrap: int) -> None:
    """KMeans per k on the sample, sampled silhouette, bootstrap ARI on overlaps."""
    from sklearn.cluster import KMeans
    from sklearn.metrics import adjusted_rand_score, silhouette_score

    rng = np.random.default_rng(settings.seed)
    n = len(matrix)
    resamples = [rng.integers(0, n, size=n) for _ in range(n_bootstrap)]
    for k in ks:
        labels = KMeans(k, n_init=settings.n_init, random_state=settings.seed).fit_predict(matrix)
        silhouette_score(matrix, labels, sample_size=min(n, k_selection.SILHOUETTE_SAMPLE),
                         random_state=settings.seed)
        boot = []
        for b, rows in enumerate(resamples):
            fitted = KMeans(k, n_init=settings.n_init, random_state=settings.seed + 1 + b)
            per_customer = np.full(n, -1)
            per_customer[rows] = fitted.fit_predict(matrix[rows])
            boot.append(per_customer)
        for b in range(n_bootstrap):
            a, c = boot[b], boot[(b + 1) % n_bootstrap]
            both = (a >= 0) & (c >= 0)
            adjusted_rand_score(a[both], c[both])


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=0,
                        help="synthetic customers instead of the marketing data")
    parser.add_argument("--k", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bootstrap", type=int, default=10)
    parser.add_argument("--skip-suggest", action="store_true")
    args = parser.parse_args()

    if args.customers or not MARKETING.exists():
        n = args.customers or 2240
        df, kinds = synthetic(n)
        source = f"synthetic: {n:,} customers x {len(kinds)} attributes"
    else:
        df, kinds = load_marketing(MARKETING)
        source = f"{MARKETING.name}: {len(df):,} customers x {len(kinds)} attributes"
    settings = ClusteringSettings(features=list(kinds), algorithm="kmeans", k=args.k, seed=0)
    channels = CHANNELS if set(CHANNELS) <= set(df.columns) else None
    print(source)
    print(f"k-means, k={args.k}, n_init={settings.n_init}; best of {args.repeat}\n")

    run_clustering(df.iloc[: min(len(df), 500)], kinds, settings)  # imports, caches
    prepared = prepare(df, kinds, settings)
    matrix = prepared.matrix

    def bare_fit() -> None:
        from sklearn.cluster import KMeans

        KMeans(settings.k, n_init=settings.n_init, random_state=settings.seed).fit(matrix)

    ours = best_of(args.repeat, lambda: run_clustering(df, kinds, settings))
    fit = best_of(args.repeat, bare_fit)
    fit_1 = best_of(args.repeat, one_blas_thread(bare_fit))
    script = best_of(args.repeat, lambda: bare_pipeline(df, kinds, settings))
    script_1 = best_of(args.repeat, one_blas_thread(lambda: bare_pipeline(df, kinds, settings)))
    print("persona run (preprocess + fit + per-customer fit + quality)")
    print(f"  run_clustering                          {ours:8.3f} s")
    print(f"  bare KMeans.fit on our matrix           {fit:8.3f} s   ratio {ours / fit:5.2f}")
    print(f"    same, one BLAS thread                 {fit_1:8.3f} s   ratio {ours / fit_1:5.2f}")
    print(f"  bare script, same steps                 {script:8.3f} s   ratio {ours / script:5.2f}")
    print(f"    same, one BLAS thread                 {script_1:8.3f} s   "
          f"ratio {ours / script_1:5.2f}")

    result = run_clustering(df, kinds, settings)
    cards = best_of(args.repeat, lambda: profile_personas(df, kinds, result, channels))
    print(f"  profile_personas (all attributes)       {cards:8.3f} s")
    print(f"  silhouette {result.quality.silhouette:.3f} on {result.quality.silhouette_sample_size:,}"
          f" customers; unassigned {len(result.unassigned):,}; sizes {result.quality.sizes}\n")

    if args.skip_suggest:
        return 0
    ks = range(2, 11)
    rng = np.random.default_rng(settings.seed)
    sample = matrix
    if len(matrix) > k_selection.SAMPLE:
        sample = matrix[np.sort(rng.choice(len(matrix), size=k_selection.SAMPLE, replace=False))]
    repeat = max(1, args.repeat - 2)
    suggestion = None

    def ours_suggest() -> None:
        nonlocal suggestion
        suggestion = k_selection.suggest_k(df, kinds, settings, ks, n_bootstrap=args.bootstrap)

    mine = best_of(repeat, ours_suggest)
    loop = best_of(repeat, lambda: bare_k_loop(sample, settings, ks, args.bootstrap))
    loop_1 = best_of(repeat, one_blas_thread(
        lambda: bare_k_loop(sample, settings, ks, args.bootstrap)))
    print(f"k suggestion, k=2..10, {args.bootstrap} bootstraps, on {len(sample):,} customers")
    print(f"  suggest_k (incl. structureless reference) {mine:7.3f} s")
    print(f"  bare loop, same fits                    {loop:8.3f} s   ratio {mine / loop:5.2f}")
    print(f"    same, one BLAS thread                 {loop_1:8.3f} s   ratio {mine / loop_1:5.2f}")
    assert suggestion is not None
    print(f"  suggested k={suggestion.suggested_k}: {suggestion.reason}")
    for score in suggestion.scores:
        print(f"    k={score.k:2d} silhouette {score.silhouette:.3f} "
              f"(reference {score.reference_silhouette:.3f}) "
              f"stability {score.stability:.2f} ± {score.stability_sd:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
