"""The app survives a long session of Qt calls.

PySide6 6.12.0 on CPython 3.11 drops a reference to None per void call and to
True per emit(), aborting the interpreter after a few thousand calls; the
pyproject pin keeps that build out, and this test catches it coming back.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_a_long_session_of_qt_calls_and_signals_does_not_crash_the_interpreter():
    # A fresh interpreter holds only a few thousand references to None and True;
    # an affected PySide takes one per void call or emit(), then CPython aborts.
    script = textwrap.dedent("""
        import workbench.ui
        from PySide6.QtCore import QObject, Signal

        class Counter(QObject):
            ticked = Signal(object)

        counter = Counter()
        for _ in range(60_000):
            counter.setObjectName("counter")
            counter.ticked.emit(None)
        print("survived")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=dict(os.environ), timeout=120)
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stdout.strip() == "survived"
