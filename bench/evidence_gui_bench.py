"""How the Evidence area feels with 2,000 documents of 5,000 words: open, code, undo, search.

Run: python bench/evidence_gui_bench.py [DOCUMENTS WORDS RUNS] (default 2000 5000 5).
Builds (or reuses) the project of bench/evidence_bench.py, opens it in the real
window offscreen and prints the median time of each action as the user sees it
(including Qt's event processing); bench/evidence_bench.py compares the service
calls with bare sqlite3.
"""

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.argv = [sys.argv[0], *(sys.argv[1:] or ["2000", "5000", "5"])]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evidence_bench as eb  # noqa: E402

path = eb.make_project()
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication.instance() or QApplication([])
from workbench.ui.evidence.area import EvidenceArea  # noqa: E402
from workbench.ui.main_window import MainWindow  # noqa: E402

win = MainWindow(interactive=False)
area = EvidenceArea(win)
win.project_view.set_area_widget("evidence", area)
win.resize(1280, 800)
win.show()
t = time.perf_counter()
win.open_project(path)
win.project_view.show_area("evidence")
app.processEvents()
print("open project + area %.3f s" % (time.perf_counter() - t))


def med(f, n=10):
    ts = []
    for i in range(n):
        t = time.perf_counter()
        f(i)
        app.processEvents()
        ts.append(time.perf_counter() - t)
    return statistics.median(ts) * 1000


print(f"open document ms {med(lambda i: area.open_document(100 + i)):.1f}")
code = next(iter(area.codes))


def apply(i):
    area.reader.select_passage(100 + 50 * i, 180 + 50 * i)
    area.apply_codes([code])


print(f"apply code ms {med(apply):.1f}")
print(f"undo ms {med(lambda i: win.undo_stack.undo()):.1f}")
area.search_page.search("warmup")
print(f"search ms {med(lambda i: area.search_page.search(eb.QUERIES[i % len(eb.QUERIES)]), 10):.1f}")
win.close()
