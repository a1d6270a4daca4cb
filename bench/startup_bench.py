"""Cold start: from launching the process to the main window shown with the sample project.

App = ``python -m workbench gui --sample`` (offscreen), timed from just before the
process is started until it prints ``WORKBENCH_SHOWN <time>`` (the environment
variable WORKBENCH_QUIT_WHEN_SHOWN makes it print that once the sample project is
shown, then quit; see workbench/ui/app.py). Baseline = a bare PySide6 process that
creates a QApplication and an empty QMainWindow, shows it and quits. Each figure
is the median of RUNS runs after one warm-up run (which builds the sample into a
throw-away per-user folder, as a first start does once). Then the ten slowest
imports of the same start (``python -X importtime``).
Run:  python bench/startup_bench.py [runs]   (default 5; target: app under 1.5 s)
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
TARGET_S = 1.5
MARKER = "WORKBENCH_SHOWN"
TIMEOUT_S = 600
ROOT = Path(__file__).resolve().parent.parent

APP = [sys.executable, "-m", "workbench", "gui", "--sample"]
BASELINE = [sys.executable, "-c", (
    "import time\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.resize(1280, 800)\n"
    "window.show()\n"
    "app.processEvents()\n"
    f"print('{MARKER}', f'{{time.time():.6f}}', flush=True)\n"
    "window.close()\n")]


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PERSONA_WORKBENCH_HOME=str(home),
               WORKBENCH_QUIT_WHEN_SHOWN="1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def time_to_shown(command: list[str], env: dict[str, str], extra: list[str] | None = None,
                  ) -> tuple[float, str]:
    """Seconds from process start to its marker line; and its stderr."""
    argv = command[:1] + (extra or []) + command[1:]
    start = time.time()
    result = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT_S)
    shown = [line for line in result.stdout.splitlines() if line.startswith(MARKER + " ")]
    if result.returncode != 0 or not shown:
        raise SystemExit(f"{' '.join(argv)} failed (exit {result.returncode}):\n{result.stderr[-3000:]}")
    return float(shown[0].split()[1]) - start, result.stderr


def median_time(command: list[str], env: dict[str, str]) -> tuple[float, list[float]]:
    times = [time_to_shown(command, env)[0] for _ in range(RUNS)]
    return statistics.median(times), times


_IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def import_offenders(stderr: str, count: int = 10) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(slowest by own time, slowest top-level packages by cumulative time) in microseconds."""
    own, top = [], []
    for line in stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if not match:
            continue
        self_us, cumulative_us, indent, name = int(match[1]), int(match[2]), match[3], match[4]
        own.append((self_us, name))
        if len(indent) <= 1:
            top.append((cumulative_us, name))
    return sorted(own, reverse=True)[:count], sorted(top, reverse=True)[:count]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="workbench-startup-") as folder:
        env = environment(Path(folder))
        print("Warm-up (builds the sample once, makes the working copy)...", flush=True)
        warm, _ = time_to_shown(APP, env)
        print(f"  warm-up run: {warm:.2f} s")
        app, app_runs = median_time(APP, env)
        base, base_runs = median_time(BASELINE, env)
        _, stderr = time_to_shown(APP, env, extra=["-X", "importtime"])

    print(f"\nCold start to main window with the sample project (median of {RUNS}):")
    print(f"  app      {app:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in app_runs)}")
    print(f"  baseline {base:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in base_runs)}"
          "   (bare QApplication + QMainWindow)")
    print(f"  ratio    {app / base:6.2f} x")
    print(f"  target   {TARGET_S:6.2f} s   -> {'met' if app <= TARGET_S else 'NOT met'}")
    own, top = import_offenders(stderr)
    print("\nTop 10 imports by own time (python -X importtime, same start):")
    for us, name in own:
        print(f"  {us / 1000:8.1f} ms  {name}")
    print("\nTop 10 top-level imports by cumulative time:")
    for us, name in top:
        print(f"  {us / 1000:8.1f} ms  {name}")
    heavy = [m for m in ("pandas", "sklearn", "matplotlib", "scipy")
             if re.search(rf"\|\s*{m}$", stderr, re.MULTILINE)]
    print(f"\nHeavy libraries imported at start: {', '.join(heavy) if heavy else 'none'}")


if __name__ == "__main__":
    main()
