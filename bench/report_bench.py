"""Benchmark the research report of the sample project (issue #22: under 5 s on 2 cores).

    python bench/report_bench.py              # best of 3, English
    python bench/report_bench.py --repeat 5 --language it

Prints the time to gather the study, to draw and write the PDF (with its bookmarks), and the
whole ``export_report`` call, best of --repeat runs, with the report's page count. The first
run also pays for loading matplotlib and the fonts; it is printed apart ("cold").
To hold it to 2 cores: ``taskset -c 0,1 python bench/report_bench.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 5.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--language", default="en", choices=("en", "it"))
    args = parser.parse_args()

    from workbench import i18n
    from workbench.services.project import open_project
    from workbench.services.report import export_report, report_content
    from workbench.services.sample import built_sample

    i18n.set_language(args.language)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    with tempfile.TemporaryDirectory() as folder:
        project_path = Path(folder) / "sample.pwb"
        shutil.copy(built_sample(), project_path)
        target = Path(folder) / "report.pdf"
        with open_project(project_path, readonly=True) as project:
            start = time.perf_counter()
            export_report(project, target)
            cold = time.perf_counter() - start
            gather, whole = [], []
            for _ in range(max(1, args.repeat)):
                start = time.perf_counter()
                report_content(project)
                gather.append(time.perf_counter() - start)
                start = time.perf_counter()
                export_report(project, target)
                whole.append(time.perf_counter() - start)
        from pypdf import PdfReader

        pages = len(PdfReader(str(target)).pages)
        size = target.stat().st_size
    best = min(whole)
    print(f"Research report of the sample ({args.language}, {cores} cores, {pages} pages, "
          f"{size / 1024:.0f} KiB)")
    print(f"  cold first report     {cold:6.2f} s")
    print(f"  gather the study      {min(gather):6.2f} s (best of {len(gather)})")
    print(f"  draw + write the PDF  {best - min(gather):6.2f} s")
    print(f"  export_report         {best:6.2f} s (best of {len(whole)}; target under "
          f"{TARGET_SECONDS:.0f} s: {'OK' if best < TARGET_SECONDS else 'TOO SLOW'})")
    return 0 if best < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
