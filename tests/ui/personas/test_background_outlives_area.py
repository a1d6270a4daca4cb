"""The Personas area's background reading, when the window closes or the area goes away.

Reading a persona set is slowed down (small sleeps that stop at a cancel, as the real
reading does between steps) so that it is surely still running. Nothing may reach the
error log, ``sys.excepthook`` or stderr ("Signal source has been deleted" in particular).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from workbench.ui.personas import background

TIMEOUT = 30_000
#: Well before the slowed work would have ended by itself (it waits 8 s).
SLOW_HALF = 4.0


def personas_reading(window, qtbot, clustered_project, reading):
    path, set_id = clustered_project
    assert window.open_project(path)
    window.project_view.show_area("personas")
    area = window.project_view.area_widget("personas")
    assert reading.started.wait(20), "the persona set was never read"
    worker = area.details_worker
    assert worker is not None and worker.is_running
    return area, worker


def test_closing_the_window_while_a_set_is_read_is_quiet(window, qtbot, clustered_project,
                                                         slowed, trouble):
    reading = slowed(background, "load_set_details")
    area, worker = personas_reading(window, qtbot, clustered_project, reading)

    window.close()
    assert reading.ended.is_set() and reading.stopped_early  # stopped before the file closed
    shiboken6.delete(worker)  # as when the application goes away
    qtbot.wait(50)
    assert area.set_view.details is None
    assert trouble() == []


def test_deleting_the_personas_area_while_a_set_is_read_is_quiet(window, qtbot,
                                                                 clustered_project, slowed,
                                                                 trouble):
    reading = slowed(background, "load_set_details")
    area, worker = personas_reading(window, qtbot, clustered_project, reading)

    area.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(area)
    assert reading.ended.wait(SLOW_HALF), "the reading went on for a deleted area"
    assert reading.stopped_early
    qtbot.waitUntil(lambda: not worker.is_running, timeout=TIMEOUT)
    assert trouble() == []
