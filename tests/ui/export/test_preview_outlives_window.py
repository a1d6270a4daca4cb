"""Closing the window, or deleting the Export area, while its preview still draws is quiet.

The drawing is slowed down (it sleeps in small steps and stops at a cancel, as the real
drawing does between pages) so that the preview is surely still running when the window
closes. Nothing may reach the error log, ``sys.excepthook`` or stderr, in particular not
"RuntimeError: Signal source has been deleted" from the pool thread.
"""

from __future__ import annotations

import shiboken6
from journey_project import PERSONA  # tests/export, put on the path by conftest.py
from PySide6.QtCore import QCoreApplication, QEvent

from workbench.services import export as export_service
from workbench.ui.export.jobs import PERSONA_SET, PNG

TIMEOUT = 30_000
#: Well before the slowed work would have ended by itself (it waits 8 s).
SLOW_HALF = 4.0


def export_area_drawing(window, qtbot, journey_project, drawing):
    path, _journey_id = journey_project
    assert window.open_project(path)
    window.project_view.show_area("export")
    area = window.project_view.area_widget("export")
    qtbot.waitUntil(lambda: area.isVisible())
    area.choose(PERSONA_SET, area.subjects[0].set_id)
    area.panel.set_format(PNG)
    worker = area.panel.start_preview()
    assert drawing.started.wait(20), "the preview never started drawing"
    assert worker.is_running
    return area, worker


def test_closing_the_window_while_the_preview_draws_is_quiet(window, qtbot, journey_project,
                                                             slowed, trouble):
    drawing = slowed(export_service, "export_persona_png")
    area, worker = export_area_drawing(window, qtbot, journey_project, drawing)
    assert area.subject.name != PERSONA  # the whole set, whose cards take long

    window.close()
    # the drawing was stopped before the project's file closed, not left to run for seconds
    assert drawing.ended.is_set() and drawing.stopped_early
    assert window.project is None
    # the application goes away: Qt objects of the closed window are deleted, the worker's too
    shiboken6.delete(worker)
    qtbot.wait(50)
    assert not area.panel.thumbnails  # the cancelled drawing left nothing behind
    assert trouble() == []


def test_deleting_the_export_area_while_the_preview_draws_is_quiet(window, qtbot,
                                                                   journey_project, slowed,
                                                                   trouble):
    drawing = slowed(export_service, "export_persona_png")
    area, worker = export_area_drawing(window, qtbot, journey_project, drawing)

    area.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(area)
    # the preview nobody can see any more stops at its next step, and delivers only `done`
    assert drawing.ended.wait(SLOW_HALF), "the preview kept drawing for a deleted area"
    assert drawing.stopped_early
    qtbot.waitUntil(lambda: not worker.is_running, timeout=TIMEOUT)
    assert trouble() == []
