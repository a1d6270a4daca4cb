"""Benchmark the voice-of-the-customer analysis against bare pandas scripts.

    python bench/voc_bench.py                       # 100,000 respondents, 5 runs
    python bench/voc_bench.py --respondents 20000 --repeat 3

Three parts, each timing the app's pure analysis functions (no project file)
against a bare pandas script doing the same counting; medians (and the best)
of --repeat runs, with the ratio of the medians (target <= 1.3x):

(a) measures: 100,000 respondents x 20 questions (7 NPS 0-10, 7 CSAT 1-5,
    6 CES 1-7, about 10% unanswered) grouped by a 6-level persona column.
    App: ``analysis.voc.grouped_results`` for every question (NPS with
    shares and the adjusted-Wald interval, CSAT with Wilson, CES mean with a
    t interval). Baseline: a pandas groupby per question computing n and the
    NPS, % satisfied or mean only - no intervals, no band shares: that extra
    work is counted against the app.
(b) drivers: 100,000 coded passages (respondents x 50 codes, 1-3 codes each,
    given as a long respondent/code table, as the project stores codings)
    and each respondent's NPS band. App: building the CSR matrix from the
    codings plus ``analysis.drivers.rank_drivers`` (lift, Katz interval,
    Benjamini-Hochberg, ordering). Baseline: ``pd.crosstab`` of code x band
    over the codings (counts only).
(c) sentiment: agreement of ``analysis.sentiment`` with the star ratings of
    the real English slice and the hand-written Italian reviews in
    tests/analysis/data: n, agree, kappa, and the time per 1,000 passages.

Not run in CI.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.analysis.drivers import rank_drivers  # noqa: E402
from workbench.analysis.sentiment import agreement, estimate_many  # noqa: E402
from workbench.analysis.voc import grouped_results  # noqa: E402
from workbench.domain.voc import DriverKind, MeasureKind, MeasureSpec  # noqa: E402

DATA = ROOT / "tests" / "analysis" / "data"
PERSONAS = ["Price-sensitive families", "Busy professionals", "Loyal seniors",
            "Students", "Small businesses", "Occasional buyers"]
QUESTIONS = ([(f"nps_{i}", MeasureSpec.default("nps")) for i in range(7)]
             + [(f"csat_{i}", MeasureSpec.default("csat")) for i in range(7)]
             + [(f"ces_{i}", MeasureSpec.default("ces")) for i in range(6)])
CODES = 50


def survey(n: int, seed: int = 0) -> pd.DataFrame:
    """Respondents with a persona and 20 score answers that lean by persona; ~10% blank."""
    rng = np.random.default_rng(seed)
    persona = rng.integers(0, len(PERSONAS), size=n)
    columns = {"persona": pd.Series(np.array(PERSONAS, dtype=object)[persona])}
    lean = rng.normal(0, 0.8, size=len(PERSONAS))[persona]
    for name, spec in QUESTIONS:
        mid = (spec.low + spec.high) / 2 + 1
        values = np.clip(np.rint(rng.normal(mid + lean, (spec.high - spec.low) / 4)), spec.low, spec.high)
        values[rng.random(n) < 0.1] = np.nan
        columns[name] = values
    return pd.DataFrame(columns)


def app_measures(df: pd.DataFrame) -> dict:
    groups = df["persona"].to_numpy()
    return {name: grouped_results(spec, df[name].to_numpy(), groups) for name, spec in QUESTIONS}


def baseline_measures(df: pd.DataFrame) -> dict:
    """The same headline figures written plainly: n and NPS / % satisfied / mean per persona."""
    persona = df["persona"]
    found = {}
    for name, spec in QUESTIONS:
        col = df[name]
        if spec.kind is MeasureKind.NPS:
            parts = pd.DataFrame({"n": col.notna(), "p": col >= 9, "d": col <= 6}).groupby(persona).sum()
            found[name] = 100 * (parts["p"] - parts["d"]) / parts["n"]
        elif spec.kind is MeasureKind.CSAT:
            parts = pd.DataFrame({"n": col.notna(), "s": col >= spec.satisfied_from}).groupby(persona).sum()
            found[name] = 100 * parts["s"] / parts["n"]
        else:
            found[name] = col.groupby(persona).agg(["count", "mean"])
    return found


def codings(n: int, seed: int = 1) -> tuple[pd.DataFrame, np.ndarray]:
    """(respondent, code) pairs, 1-3 distinct codes each, and an NPS band per respondent.

    Codes 0-2 are planted as more common among detractors.
    """
    rng = np.random.default_rng(seed)
    score = rng.integers(0, 11, size=n)
    band = np.where(score >= 9, "high", np.where(score >= 7, "middle", "low")).astype(object)
    per = rng.integers(1, 4, size=n)
    respondent = np.repeat(np.arange(n), per)
    code = rng.integers(0, CODES, size=len(respondent))
    planted = (band[respondent] == "low") & (rng.random(len(respondent)) < 0.15)
    code[planted] = rng.integers(0, 3, size=int(planted.sum()))
    pairs = pd.DataFrame({"respondent": respondent, "code": code}).drop_duplicates()
    return pairs.reset_index(drop=True), band


def app_drivers(pairs: pd.DataFrame, band: np.ndarray) -> list:
    import scipy.sparse as sp

    rows, cols = pairs["respondent"].to_numpy(), pairs["code"].to_numpy()
    matrix = sp.csr_matrix((np.ones(len(rows), dtype=bool), (rows, cols)), shape=(len(band), CODES))
    labels = [(DriverKind.CODE, f"Code {j}", str(j)) for j in range(CODES)]
    return rank_drivers(band, matrix, labels)


def baseline_drivers(pairs: pd.DataFrame, band: np.ndarray) -> pd.DataFrame:
    return pd.crosstab(pairs["code"], band[pairs["respondent"].to_numpy()])


def timed(fn: Callable, *args, repeat: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(*args)
        times.append(time.perf_counter() - start)
    return times, result


def compare(title: str, app: list[float], base: list[float], note: str) -> None:
    a, b = statistics.median(app), statistics.median(base)
    print(title)
    print(f"  app:      median {a * 1000:8.1f} ms, best {min(app) * 1000:8.1f} ms")
    print(f"  baseline: median {b * 1000:8.1f} ms, best {min(base) * 1000:8.1f} ms  ({note})")
    print(f"  ratio: {a / b:.2f}x of the medians, {min(app) / min(base):.2f}x of the best (target <= 1.3x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    df = survey(args.respondents)
    app_measures(df.head(1000))  # warm the imports (scipy.stats) outside the timing
    baseline_measures(df.head(1000))
    app_times, results = timed(app_measures, df, repeat=args.repeat)
    base_times, _ = timed(baseline_measures, df, repeat=args.repeat)
    compare(f"(a) measures: {args.respondents:,} respondents x {len(QUESTIONS)} questions by "
            f"{len(PERSONAS)} personas", app_times, base_times, "headline figures only, no intervals or shares")
    first = results["nps_0"][PERSONAS[0]]
    print(f"  e.g. NPS of '{PERSONAS[0]}': {first.value:.1f} [{first.low:.1f}, {first.high:.1f}], n={first.n:,}")

    pairs, band = codings(args.respondents)
    app_drivers(pairs.head(1000), band)
    baseline_drivers(pairs.head(1000), band)
    app_times, drivers = timed(app_drivers, pairs, band, repeat=args.repeat)
    base_times, _ = timed(baseline_drivers, pairs, band, repeat=args.repeat)
    compare(f"(b) drivers: {args.respondents:,} respondents, {len(pairs):,} codings of {CODES} codes",
            app_times, base_times, "crosstab counts only")
    top = ", ".join(f"{d.label} x{d.lift:.2f}{'*' if d.significant else ''}" for d in drivers[:4])
    print(f"  top drivers (* significant): {top}")

    print("(c) sentiment agreement with real scores (rating bands 1-2 low, 3 middle, 4-5 high)")
    rating = MeasureSpec.default("rating")
    english = pd.read_csv(DATA / "clothing_reviews_slice.csv").dropna(subset=["Review Text"])
    italian = pd.read_csv(DATA / "italian_reviews_handwritten.tsv", sep="\t")
    for name, texts, ratings in (("English, real clothing reviews", english["Review Text"], english["Rating"]),
                                 ("Italian, hand-written reviews", italian["text"], italian["rating"])):
        start = time.perf_counter()
        estimates = estimate_many(list(texts))
        per_thousand = (time.perf_counter() - start) / len(texts) * 1000
        found = agreement(estimates, [rating.band(r) for r in ratings])
        print(f"  {name}: n={found['n']}, agree={found['agree']:.2f}, kappa={found['kappa']:.2f}, "
              f"{per_thousand * 1000:.0f} ms per 1,000 passages; confusion (rows neg/neu/pos, "
              f"columns low/middle/high) {found['confusion']}")


if __name__ == "__main__":
    main()
