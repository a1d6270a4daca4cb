"""Parquet import speed: the app's whole import vs the raw library calls it wraps.

The file: ROWS rows (default 1,000,000) x 20 mixed columns (ids, categories, integers, decimals
with gaps, dates, timestamps, booleans, free text), seeded, written once with pyarrow and cached.
The app: workbench.services.importing.import_database(project, DatabaseSource(kind="parquet",
location=...)) into a new project: streamed in blocks, typed, stored, all or nothing.
The baseline: pyarrow reading the same file in blocks of BLOCK_ROWS + one SQLite executemany
per block into a plain table (dates and timestamps as ISO text, one transaction).
Target: the app takes at most 1.3x the baseline. Memory: the rows are kept as the engine's
Arrow blocks while importing, never as one Python object per cell (a few hundred MB at 1M rows).

Each figure is the median of RUNS runs. Memory: each side runs once more in a fresh process,
which reports its peak resident memory (max RSS) and how far it rose above what it used before
reading the file (libraries loaded, project open).
Run:  python bench/parquet_import_bench.py [rows] [runs]   (default 1,000,000 rows, 3 runs)
"""

from __future__ import annotations

import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_PEAK = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--peak=")), None)
_ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
ROWS = int(_ARGS[0]) if _ARGS and not _PEAK else 1_000_000
RUNS = int(_ARGS[1]) if len(_ARGS) > 1 else 3
TARGET = 1.3
CACHE = Path(tempfile.gettempdir()) / "workbench-bench"


def write_parquet(path: Path, rows: int) -> None:
    """ROWS customers x 20 columns, seeded; row groups of 128k rows as most writers make them."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = np.random.default_rng(21)
    n = rows

    def gaps(values: np.ndarray, share: float) -> pa.Array:
        return pa.array(values, mask=rng.random(n) < share)

    words = np.array("prezzo consegna negozio app sito attesa cassa reso qualità servizio".split())
    comments = [" ".join(rng.choice(words, size=k)) for k in rng.integers(3, 12, size=2000)]
    start = np.datetime64("2020-01-01")
    table = pa.table({
        "customer_id": pa.array([f"C{i:08d}" for i in range(n)]),
        "email": pa.array([f"user{i}@example.com" for i in range(n)]),
        "segment": pa.array(rng.choice(["gold", "silver", "bronze", "none"], size=n)).dictionary_encode(),
        "channel": pa.array(rng.choice(["store", "web", "app", "call centre"], size=n)),
        "region": pa.array(rng.choice(["Nord", "Centro", "Sud", "Isole"], size=n)),
        "age": gaps(rng.integers(18, 90, size=n).astype("int32"), 0.03),
        "tenure_months": pa.array(rng.integers(0, 240, size=n).astype("int64")),
        "orders": pa.array(rng.poisson(6, size=n).astype("int64")),
        "spend": gaps(np.round(rng.lognormal(5, 1, size=n), 2), 0.05),
        "avg_basket": pa.array(np.round(rng.gamma(3, 20, size=n), 2)),
        "returns_rate": gaps(rng.beta(1, 9, size=n), 0.1),
        "nps": gaps(rng.integers(0, 11, size=n).astype("int16"), 0.4),
        "satisfaction": pa.array(rng.normal(3.6, 0.8, size=n).astype("float32")),
        "visits_web": pa.array(rng.poisson(12, size=n).astype("int32")),
        "visits_store": pa.array(rng.poisson(3, size=n).astype("int32")),
        "newsletter": pa.array(rng.random(n) < 0.4),
        "loyalty_member": gaps(rng.random(n) < 0.6, 0.02),
        "signup_date": pa.array(start + rng.integers(0, 1800, size=n).astype("timedelta64[D]")),
        "last_order_at": pa.array(np.datetime64("2024-01-01T00:00:00")
                                  + rng.integers(0, 365 * 86400, size=n).astype("timedelta64[s]")),
        "comment": pa.array([comments[i] for i in rng.integers(0, len(comments), size=n)],
                            mask=rng.random(n) < 0.7),
    })
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    pq.write_table(table, partial, row_group_size=128 * 1024, compression="snappy")
    partial.replace(path)


def ensure_file() -> Path:
    path = CACHE / f"parquet-import-{ROWS}.parquet"
    if not path.exists():
        started = time.perf_counter()
        write_parquet(path, ROWS)
        print(f"wrote {path} ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f}s")
    return path


def block_rows() -> int:
    try:
        from workbench.domain.warehouse import BLOCK_ROWS
    except ImportError:
        return 50_000
    return BLOCK_ROWS


def baseline(path: Path, folder: Path) -> float:
    """Seconds for pyarrow's read in blocks + SQLite executemany into a plain table."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    start = time.perf_counter()
    source = pq.ParquetFile(path)
    names = source.schema_arrow.names
    conn = sqlite3.connect(folder / f"plain-{time.time_ns()}.sqlite")
    conn.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(len(names)))})")
    insert = f"INSERT INTO t VALUES ({', '.join('?' * len(names))})"
    with conn:
        for batch in source.iter_batches(batch_size=block_rows()):
            columns = [pc.cast(col, pa.string()) if pa.types.is_temporal(col.type) else col
                       for col in batch.columns]
            conn.executemany(insert, zip(*(col.to_pylist() for col in columns), strict=True))
    conn.close()
    return time.perf_counter() - start


def app_import(path: Path, folder: Path) -> tuple[float, float]:
    """Seconds (to import, to import and close the project as the CLI does)."""
    os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(folder / "home"))
    from workbench.domain.warehouse import DatabaseSource
    from workbench.services.importing import import_database
    from workbench.services.project import create_project, open_project

    project_path = create_project(folder / f"bench-parquet-{time.time_ns()}.pwb")
    with open_project(project_path) as project:
        start = time.perf_counter()
        result = import_database(project, DatabaseSource(kind="parquet", location=str(path)), task=None)
        imported = time.perf_counter() - start
    if result.source.row_count != ROWS_IN_FILE.get(path, result.source.row_count):
        raise SystemExit(f"the app imported {result.source.row_count:,} rows of {ROWS_IN_FILE[path]:,}")
    return imported, time.perf_counter() - start


ROWS_IN_FILE: dict[Path, int] = {}  # what the file holds, to check the app imported every row


def _max_rss_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    try:  # Linux: VmHWM is this program's own; ru_maxrss may still hold the forking parent's
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def _peak_child(kind: str, path: Path) -> None:
    import pyarrow.parquet  # noqa: F401  (libraries count before the import starts)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if kind == "app":
            os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(folder / "home"))
            import duckdb  # noqa: F401

            from workbench.domain.warehouse import DatabaseSource
            from workbench.services.importing import import_database
            from workbench.services.project import create_project, open_project

            with open_project(create_project(folder / "peak.pwb")) as project:
                before = _max_rss_mb()
                import_database(project, DatabaseSource(kind="parquet", location=str(path)), task=None)
                after = _max_rss_mb()
        else:
            before = _max_rss_mb()
            baseline(path, folder)
            after = _max_rss_mb()
    print(f"{after:.0f} {after - before:.0f}")


def peak_memory_mb(kind: str, path: Path) -> tuple[float, float]:
    """(peak RSS, its rise during the import) in MB of a fresh process doing one import."""
    out = subprocess.run([sys.executable, __file__, f"--peak={kind}", str(path)],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).parent)
    peak, rise = out.stdout.strip().splitlines()[-1].split()
    return float(peak), float(rise)


def main() -> None:
    if _PEAK:  # the fresh process of peak_memory_mb
        _peak_child(_PEAK, Path(_ARGS[0]))
        return
    import pyarrow.compute  # noqa: F401  (libraries load before the clocks start, on both sides)
    import pyarrow.parquet as pq

    import workbench.services.importing  # noqa: F401

    path = ensure_file()
    ROWS_IN_FILE[path] = pq.ParquetFile(path).metadata.num_rows
    columns = len(pq.ParquetFile(path).schema_arrow.names)
    print(f"{ROWS_IN_FILE[path]:,} rows x {columns} columns ({path.stat().st_size / 1e6:.0f} MB Parquet), "
          f"median of {RUNS} runs; memory = peak RSS of a fresh process (rise during the import)")
    bases, apps, closed = [], [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            bases.append(baseline(path, Path(tmp)))
            app_s, closed_s = app_import(path, Path(tmp))
            apps.append(app_s)
            closed.append(closed_s)
    base, app, close = statistics.median(bases), statistics.median(apps), statistics.median(closed)
    app_peak, app_rise = peak_memory_mb("app", path)
    base_peak, base_rise = peak_memory_mb("baseline", path)
    print(f"app import (import_database)       {app:7.2f}s   peak {app_peak:6.0f} MB (+{app_rise:.0f} MB)")
    print(f"pyarrow read + SQLite executemany  {base:7.2f}s   peak {base_peak:6.0f} MB (+{base_rise:.0f} MB)")
    size_mb = path.stat().st_size / 1e6
    print(f"app memory: peak {app_peak / size_mb:.1f}x the (compressed) file, rise during the "
          f"import {app_rise / size_mb:.1f}x; the baseline's rise {base_rise / size_mb:.1f}x")
    verdict = "within" if app / base <= TARGET else "OVER"
    print(f"ratio {app / base:.2f}x ({verdict} the {TARGET}x target); "
          f"import + closing the project (what the CLI waits for) {close:.2f}s ({close / base:.2f}x)")


if __name__ == "__main__":
    main()
