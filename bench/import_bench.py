"""Import speed: the app's whole import vs the raw library calls it wraps.

Baseline for XLSX = calamine's bare read of the sheet + one SQLite executemany
into a plain table; for CSV = pandas.read_csv(dtype=str) + the same insert.
Each figure is the median of RUNS runs. Memory: each import runs once more in
a fresh process, which reports how far its peak resident memory (max RSS) rose
above what it used before reading the file (libraries loaded, project open).
Then the XLSX import's time after the import dialog's preview, when it
reuses the sheet the preview loaded vs when it reads the file again. Last line:
the cost of reading workbooks in a child process with memory and time limits
(workbench.ingest.sheet_process, against hostile files): the protected read of
the sheet vs calamine loading it in this process, as the app did before.
The app's import commits without the checkpoint that folds SQLite's -wal into
the project (it runs on a helper thread afterwards, see
Database.checkpoint_afterwards): the window waits only for the import; a
line per format also gives import + closing the project, what the CLI waits for.
Run:  python bench/import_bench.py [rows] [runs]   (default 100,000 rows x 30 columns, 3 runs)
Scaling (issue #24: peak memory within 3x the file, time linear in the rows), CSV only, one
fresh process per import:  python bench/import_bench.py --scaling=100000,300000,1000000
"""

from __future__ import annotations

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

from spreadsheet_files import write_csv_and_xlsx

_PEAK = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--peak=")), None)
_SCALING = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--scaling=")), None)
_ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
ROWS = int(_ARGS[0]) if _ARGS and not _PEAK else 100_000
RUNS = int(_ARGS[1]) if len(_ARGS) > 1 else 3
COLS = 30
CACHE = Path(tempfile.gettempdir()) / "workbench-bench"


def make_rows(n: int) -> tuple[list[str], list[list]]:
    rng = random.Random(1)
    header = ["customer_id", "email", "segment", "channel", "signup", "comment"] + [
        f"metric_{i}" for i in range(COLS - 6)]
    words = "prezzo consegna negozio app sito attesa cassa reso qualità servizio".split()
    rows = []
    for i in range(n):
        rows.append([f"C{i:07d}", f"user{i}@example.com", rng.choice(["gold", "silver", "bronze"]),
                     rng.choice(["store", "web", "app", "call centre"]),
                     f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                     " ".join(rng.choice(words) for _ in range(rng.randint(8, 20)))]
                    + [round(rng.gauss(100, 30), 2) for _ in range(COLS - 6)])
    return header, rows


def ensure_files() -> tuple[Path, Path]:
    CACHE.mkdir(exist_ok=True)
    csv_path, xlsx_path = CACHE / f"bench-{ROWS}.csv", CACHE / f"bench-{ROWS}.xlsx"
    if not csv_path.exists() or not xlsx_path.exists():
        write_csv_and_xlsx(csv_path, xlsx_path, *make_rows(ROWS))
    return csv_path, xlsx_path


def insert_plain(rows: list[list], folder: Path) -> None:
    conn = sqlite3.connect(folder / f"plain-{time.time_ns()}.sqlite")
    width = len(rows[0])
    conn.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(width))})")
    with conn:
        conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * width)})", rows)
    conn.close()


def baseline_xlsx(path: Path, folder: Path) -> float:
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    values = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    insert_plain(values[1:], folder)
    return time.perf_counter() - start


def baseline_csv(path: Path, folder: Path) -> float:
    import pandas as pd

    start = time.perf_counter()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    insert_plain(frame.values.tolist(), folder)
    return time.perf_counter() - start


def app_import(path: Path, folder: Path) -> tuple[float, float]:
    """Seconds (to import, to import and close the project as the CLI does)."""
    os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(folder / "home"))
    from workbench.services.importing import import_file
    from workbench.services.project import create_project, open_project

    project_path = create_project(folder / f"bench-{path.suffix[1:]}-{time.time_ns()}.pwb")
    with open_project(project_path) as project:
        start = time.perf_counter()
        import_file(project, path)
        imported = time.perf_counter() - start
    return imported, time.perf_counter() - start


def import_after_preview(path: Path, folder: Path, reuse: bool) -> float:
    """Seconds from pressing Import after the dialog's preview, with or without the kept sheet."""
    from workbench.ingest.spreadsheet import SheetMemory
    from workbench.services.importing import import_file, preview_file
    from workbench.services.project import create_project, open_project

    memory = SheetMemory() if reuse else None
    preview_file(path, memory=memory)
    with open_project(create_project(folder / f"preview-{time.time_ns()}.pwb")) as project:
        start = time.perf_counter()
        import_file(project, path, memory=memory)
        return time.perf_counter() - start


def isolation_cost(path: Path) -> tuple[float, float]:
    """Seconds to get the sheet's values: (in this process, in the limited child process)."""
    from python_calamine import CalamineWorkbook

    from workbench.gc_pause import paused_gc
    from workbench.ingest.sheet_process import read_workbook

    start = time.perf_counter()
    with path.open("rb") as handle, paused_gc():
        values = CalamineWorkbook.from_filelike(handle).get_sheet_by_index(0).to_python()
    inside = time.perf_counter() - start
    del values
    start = time.perf_counter()
    book = read_workbook(path, None)
    child = time.perf_counter() - start
    del book
    return inside, child


def peak_memory_mb(kind: str, path: Path) -> float:
    """Max RSS rise (MB) of a fresh process doing one import ("app" or "baseline") of ``path``."""
    return _child(kind, path)[2]


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
    import pandas  # noqa: F401  (libraries count before the import starts)
    import python_calamine  # noqa: F401

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if kind == "app":
            os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(folder / "home"))
            from workbench.services.importing import import_file
            from workbench.services.project import create_project, open_project

            with open_project(create_project(folder / "peak.pwb")) as project:
                before = _max_rss_mb()
                start = time.perf_counter()
                import_file(project, path)
                took = time.perf_counter() - start
                after = _max_rss_mb()
        else:
            before = _max_rss_mb()
            took = (baseline_csv if path.suffix == ".csv" else baseline_xlsx)(path, folder)
            after = _max_rss_mb()
    print(f"{took:.3f} {after:.0f} {after - before:.0f}")


def scaling(sizes: list[int]) -> None:
    """CSV import at each size, each in a fresh process: seconds, peak RSS and its ratio to the
    file's size (target: at most 3x), and the time per 100,000 rows (linear: about constant)."""
    print(f"{'rows':>10} {'file':>8} {'app import':>11} {'s/100k':>7} {'peak RSS':>9} "
          f"{'peak/file':>9}   baseline (pandas + SQLite)")
    for rows in sizes:
        path = CACHE / f"bench-{rows}.csv"
        if not path.exists():
            import csv

            header, data = make_rows(rows)
            with path.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(header)
                writer.writerows(data)
            del data
        size_mb = path.stat().st_size / 1e6
        took, peak = _child("app", path)[:2]
        base_took, base_peak = _child("baseline", path)[:2]
        print(f"{rows:>10,} {size_mb:>6.0f}MB {took:>10.2f}s {took / rows * 1e5:>7.2f} "
              f"{peak:>6.0f} MB {peak / size_mb:>8.1f}x   {base_took:.2f}s, {base_peak:.0f} MB",
              flush=True)


def _child(kind: str, path: Path) -> tuple[float, float, float]:
    """(seconds, peak RSS MB, its rise MB) of a fresh process doing one import of ``path``."""
    out = subprocess.run([sys.executable, __file__, f"--peak={kind}", str(path)],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).parent)
    took, peak, rise = out.stdout.strip().splitlines()[-1].split()
    return float(took), float(peak), float(rise)


def main() -> None:
    if _PEAK:  # the fresh process of peak_memory_mb
        _peak_child(_PEAK, Path(_ARGS[0]))
        return
    if _SCALING:
        scaling([int(n) for n in _SCALING.split(",")])
        return
    csv_path, xlsx_path = ensure_files()
    print(f"{ROWS:,} rows x {COLS} columns, median of {RUNS} runs; memory = peak RSS rise")
    print(f"{'format':<6} {'app import':>11} {'baseline':>10} {'ratio':>6} {'app memory':>11} "
          f"{'baseline memory':>16}")
    closings = []
    for path, baseline in ((csv_path, baseline_csv), (xlsx_path, baseline_xlsx)):
        bases, apps, closed = [], [], []
        for _ in range(RUNS):
            with tempfile.TemporaryDirectory() as tmp:
                bases.append(baseline(path, Path(tmp)))
                app_s, closed_s = app_import(path, Path(tmp))
                apps.append(app_s)
                closed.append(closed_s)
        base, app = statistics.median(bases), statistics.median(apps)
        closings.append((path.suffix[1:], statistics.median(closed), base))
        app_mb, base_mb = peak_memory_mb("app", path), peak_memory_mb("baseline", path)
        print(f"{path.suffix[1:]:<6} {app:>10.2f}s {base:>9.2f}s {app / base:>5.2f}x "
              f"{app_mb:>8.0f} MB {base_mb:>13.0f} MB", flush=True)
    for kind, closed_s, base in closings:
        print(f"{kind} import + closing the project (what the CLI waits for) {closed_s:.2f}s "
              f"({closed_s / base:.2f}x)")
    reused, reread = [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            reused.append(import_after_preview(xlsx_path, Path(tmp), True))
            reread.append(import_after_preview(xlsx_path, Path(tmp), False))
    reused_s, reread_s = statistics.median(reused), statistics.median(reread)
    print(f"XLSX import after preview {reused_s:.2f}s vs preview + import from disk "
          f"{reread_s:.2f}s (wait after Import, {reread_s / reused_s:.2f}x)")
    costs = [isolation_cost(xlsx_path) for _ in range(RUNS)]
    inside = statistics.median(c[0] for c in costs)
    child = statistics.median(c[1] for c in costs)
    print(f"XLSX sheet read in a limited child process {child:.2f}s vs in this process "
          f"{inside:.2f}s (isolation costs {child - inside:+.2f}s, {child / inside:.2f}x)")


if __name__ == "__main__":
    main()
