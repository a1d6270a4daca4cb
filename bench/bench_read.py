"""Reading speed: workbench.ingest's read_table against the bare library call it wraps.

Baselines: pandas.read_csv(dtype=str, keep_default_na=False) for CSV, and
python-calamine's load + to_python() for XLSX. Also times the preview
(max_rows=200) and convert_table on the inferred roles. Files (numbers,
categories, dates, ~200-character free text, identifiers, e-mails, phones)
are generated once and cached in the temp folder.

Run:  python bench/bench_read.py [rows] [runs]   (default 100,000 rows x 30 columns, 3 runs)
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from spreadsheet_files import write_csv_and_xlsx

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
COLS = 30
CACHE = Path(tempfile.gettempdir()) / "workbench-bench-read"
WORDS = ("prezzo consegna negozio app sito attesa cassa reso qualità servizio perché città "
         "delivery queue checkout refund friendly staff slow website").split()


def make_rows(n: int) -> tuple[list[str], list[list]]:
    rng = random.Random(7)
    header = ["customer_id", "email", "phone", "segment", "channel", "signup", "last_order",
              "comment"] + [f"metric_{i}" for i in range(COLS - 8)]
    rows = []
    for i in range(n):
        comment = " ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 32)))
        rows.append([f"C{i:07d}", f"user{i}@example.com", f"0{rng.randint(300000000, 399999999)}",
                     rng.choice(["gold", "silver", "bronze"]),
                     rng.choice(["store", "web", "app", "call centre"]),
                     f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(10, 24)}",
                     f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", comment]
                    + [round(rng.gauss(100, 30), 2) for _ in range(COLS - 8)])
    return header, rows


def ensure_files() -> tuple[Path, Path]:
    CACHE.mkdir(exist_ok=True)
    csv_path, xlsx_path = CACHE / f"read-{ROWS}.csv", CACHE / f"read-{ROWS}.xlsx"
    if not csv_path.exists() or not xlsx_path.exists():
        print(f"generating {ROWS:,}-row files in {CACHE} (once)…", flush=True)
        write_csv_and_xlsx(csv_path, xlsx_path, *make_rows(ROWS))
    return csv_path, xlsx_path


def median_time(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
        del result  # freeing millions of cells is not part of either timing
    return statistics.median(times)


def baseline_csv(path: Path) -> object:
    import pandas as pd

    return pd.read_csv(path, dtype=str, keep_default_na=False)


def baseline_xlsx(path: Path) -> object:
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def main() -> None:
    import pandas  # noqa: F401  (import costs are not part of any timing)
    import python_calamine  # noqa: F401

    from workbench.ingest.reader import convert_table, read_table

    csv_path, xlsx_path = ensure_files()
    print(f"{ROWS:,} rows x {COLS} columns, median of {RUNS} runs")
    print(f"{'format':<6} {'read_table':>11} {'baseline':>10} {'ratio':>6} {'preview':>9} "
          f"{'convert':>9}")
    for path, baseline in ((csv_path, baseline_csv), (xlsx_path, baseline_xlsx)):
        base = median_time(lambda p=path, b=baseline: b(p))
        app = median_time(lambda p=path: read_table(p))
        preview = median_time(lambda p=path: read_table(p, max_rows=200))
        table = read_table(path)
        convert = median_time(lambda t=table: convert_table(t, t.columns))
        print(f"{path.suffix[1:]:<6} {app:>10.2f}s {base:>9.2f}s {app / base:>5.2f}x "
              f"{preview:>8.3f}s {convert:>8.2f}s")


if __name__ == "__main__":
    main()
