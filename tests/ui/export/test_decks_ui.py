"""PowerPoint slides in the Export area (preview, save) and File ▸ Export report…, on a real
project: the files read back with python-pptx and pypdf."""

from __future__ import annotations

from pathlib import Path

from journey_project import PERSONA  # tests/export, put on the path by conftest.py
from PySide6.QtCore import Qt

from workbench.ui.export.jobs import JOURNEY, PERSONA_SET, PPTX
from workbench.ui.export.report_export import OPEN_FOLDER, ReportExport

TIMEOUT = 60_000


def save_to(panel, qtbot, monkeypatch, target):
    monkeypatch.setattr(panel, "_ask_target", lambda: target)
    with qtbot.waitSignal(panel.exported, timeout=TIMEOUT) as done:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def deck_text(path: Path) -> str:
    from pptx import Presentation

    parts = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if shape.shape_type == 6:  # a group
                parts.extend(s.text_frame.text for s in shape.shapes if s.has_text_frame)
    return "\n".join(parts)


def test_area_offers_pptx_for_personas_and_journeys(area, journey_project):
    _path, journey_id = journey_project
    assert area.panel.format_combo.findData(PPTX) >= 0  # a persona set first
    area.choose(JOURNEY, journey_id)
    assert area.panel.format_combo.findData(PPTX) >= 0
    area.panel.set_format(PPTX)
    assert not area.panel.paper_combo.isVisibleTo(area)  # slides have no paper
    assert area.panel.default_target().suffix == ".pptx"


def test_area_previews_and_saves_persona_slides(area, qtbot, monkeypatch, tmp_path, window):
    from pptx import Presentation

    panel = area.panel
    assert area.subject.kind == PERSONA_SET
    with qtbot.waitSignal(panel.preview_shown, timeout=TIMEOUT) as shown:
        panel.set_format(PPTX)
    assert shown.args[0] >= 1 and len(panel.thumbnails) == shown.args[0]
    assert all(not label.pixmap().isNull() for label in panel.thumbnails)
    first = panel.thumbnails[0].pixmap()
    assert first.width() > first.height()  # 16:9 slides
    assert "slide" in panel.preview_status.text().lower()
    assert panel.preview_title.text() == "Preview of the slides"
    assert panel.thumbnails[0].toolTip() == "Slide 1"
    assert panel.personal_box.isVisibleTo(area) and not panel.personal_box.isChecked()

    target = tmp_path / "personas.pptx"
    result = save_to(panel, qtbot, monkeypatch, target)
    assert result.paths == [target]
    slides = list(Presentation(str(target)).slides)
    assert len(slides) == len(panel.thumbnails)
    assert PERSONA in deck_text(target)
    assert str(target) in window.statusBar().currentMessage()


def test_area_previews_and_saves_journey_slides(area, qtbot, monkeypatch, journey_project,
                                                tmp_path):
    from pptx import Presentation

    _path, journey_id = journey_project
    panel = area.panel
    with qtbot.waitSignal(panel.preview_shown, timeout=TIMEOUT):
        area.choose(JOURNEY, journey_id)
        panel.set_format(PPTX)
    assert panel.thumbnails and not panel.personal_box.isVisibleTo(area)
    target = tmp_path / "journey.pptx"
    save_to(panel, qtbot, monkeypatch, target)
    assert len(list(Presentation(str(target)).slides)) == len(panel.thumbnails)
    assert "Orders online and pays with the card saved in the app" in deck_text(target)


def test_file_export_report_writes_the_pdf(window, qtbot, monkeypatch, journey_project,
                                           tmp_path, messages):
    from pypdf import PdfReader

    path, _journey_id = journey_project
    assert not window.report_action.isEnabled()  # no project yet
    assert window.open_project(path, readonly=True)  # a report never writes to the project
    assert window.report_action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.report_action in file_menu.actions()

    asked = []
    target = tmp_path / "chosen" / "study report.pdf"
    target.parent.mkdir()

    def ask(_self, suggested):
        asked.append(suggested)
        return target

    monkeypatch.setattr(ReportExport, "ask_target", ask)
    messages.answers.append(None)  # not "Open folder"
    window.report_action.trigger()
    worker = window.report_export.worker
    qtbot.waitUntil(lambda: not worker.is_running, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.report_export.last_path is not None, timeout=TIMEOUT)

    from workbench.settings import default_export_folder

    assert asked == [default_export_folder(path) / "Ricerca clienti 2026 report.pdf"]
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 3 and reader.outline
    assert str(target) in messages.last.text and OPEN_FOLDER in messages.last.actions
    assert str(target) in window.statusBar().currentMessage()


def test_file_export_report_cancelled_dialog_writes_nothing(window, monkeypatch,
                                                            journey_project, tmp_path):
    path, _journey_id = journey_project
    assert window.open_project(path)
    monkeypatch.setattr(ReportExport, "ask_target", lambda _self, _suggested: None)
    assert window.export_report() is None
    assert not list(tmp_path.glob("*.pdf"))


def test_file_export_report_cancel_writes_nothing(window, qtbot, monkeypatch, journey_project,
                                                  tmp_path, messages):
    import threading

    from workbench.services import report as report_service

    path, _journey_id = journey_project
    assert window.open_project(path)
    target = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(ReportExport, "ask_target", lambda _self, _suggested: target)
    gathered, cancelled = threading.Event(), threading.Event()
    real_content = report_service.report_content

    def content_then_wait(*args, **kwargs):
        found = real_content(*args, **kwargs)
        gathered.set()
        cancelled.wait(10)  # the user presses Cancel while the pages are still to draw
        return found

    monkeypatch.setattr(report_service, "report_content", content_then_wait)
    worker = window.export_report()
    assert gathered.wait(30)
    worker.cancel()
    cancelled.set()
    qtbot.waitUntil(lambda: not worker.is_running, timeout=TIMEOUT)
    assert worker.outcome == "cancelled"
    assert not target.exists() and not list(tmp_path.glob("*.pdf*"))
    assert window.report_export.last_path is None and not messages.shown


def test_area_cancelled_slides_write_nothing(area, qtbot, monkeypatch, tmp_path, window):
    import threading

    from workbench.services import slides

    panel = area.panel
    panel.set_format(PPTX)
    panel.stop()  # no preview drawing the deck meanwhile
    target = tmp_path / "cancelled.pptx"
    built, cancelled = threading.Event(), threading.Event()
    real_deck = slides.persona_deck

    def deck_then_wait(*args, **kwargs):
        deck = real_deck(*args, **kwargs)
        built.set()
        cancelled.wait(10)  # Cancel pressed while the slides are still to write
        return deck

    monkeypatch.setattr(slides, "persona_deck", deck_then_wait)
    worker = panel.save_to(target)
    assert built.wait(30)
    worker.cancel()
    cancelled.set()
    qtbot.waitUntil(lambda: not worker.is_running, timeout=TIMEOUT)
    assert worker.outcome == "cancelled" and not target.exists()
    assert "nothing was written" in window.statusBar().currentMessage()
    assert panel.save_button.isEnabled()
