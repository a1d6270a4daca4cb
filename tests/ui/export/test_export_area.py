"""The Export area and the journey export dialog on a real project: preview, save, tables."""

from __future__ import annotations

import csv

import pytest
from journey_project import PERSONA  # tests/export, put on the path by conftest.py
from PySide6.QtCore import Qt

from workbench.ui.export.jobs import CSV, JOURNEY, PDF, PERSONA_SET
from workbench.ui.export.journey_dialog import JourneyExportDialog

TIMEOUT = 30_000


def save_to(panel, qtbot, monkeypatch, target):
    monkeypatch.setattr(panel, "_ask_target", lambda: target)
    with qtbot.waitSignal(panel.exported, timeout=TIMEOUT) as done:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def test_area_lists_persona_sets_personas_and_journeys(area, journey_project):
    _path, journey_id = journey_project
    kinds = [s.kind for s in area.subjects]
    assert kinds[0] == PERSONA_SET and JOURNEY in kinds
    assert any(s.name == PERSONA for s in area.subjects)
    area.choose(JOURNEY, journey_id)
    assert area.subject.journey_id == journey_id
    assert area.panel.paper_combo.isVisibleTo(area)  # paper only for a journey as PDF/PNG


def test_area_previews_and_saves_a_journey_pdf(area, qtbot, monkeypatch, journey_project,
                                               tmp_path, window):
    from pypdf import PdfReader

    _path, journey_id = journey_project
    panel = area.panel
    with qtbot.waitSignal(panel.preview_shown, timeout=TIMEOUT) as shown:
        area.choose(JOURNEY, journey_id)
        panel.set_format(PDF)
        panel.set_paper("a4")
    assert shown.args[0] >= 1 and len(panel.thumbnails) == shown.args[0]
    assert all(not label.pixmap().isNull() for label in panel.thumbnails)
    assert panel.thumbnails[0].pixmap().width() > panel.thumbnails[0].pixmap().height()
    assert panel.default_target().name == "Buying-a-kitchen-blender.pdf"

    target = tmp_path / "map.pdf"
    result = save_to(panel, qtbot, monkeypatch, target)
    pages = PdfReader(target).pages
    assert result.paths == [target] and len(pages) == result.pages == len(panel.thumbnails)
    assert float(pages[0].mediabox.width) == pytest.approx(841.89, abs=1)
    assert "Giulia" in pages[0].extract_text()
    assert str(target) in window.statusBar().currentMessage()


def test_area_saves_journey_cells_without_personal_data(area, qtbot, monkeypatch,
                                                        journey_project, tmp_path):
    _path, journey_id = journey_project
    area.choose(JOURNEY, journey_id)
    area.panel.set_format(CSV)
    assert area.panel.personal_box.isVisibleTo(area) and not area.panel.personal_box.isChecked()
    result = save_to(area.panel, qtbot, monkeypatch, tmp_path / "cells.csv")
    with open(tmp_path / "cells.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert result.left_out and rows and "evidence document" not in rows[0]


def test_journey_export_dialog_saves_and_closes(window, qtbot, monkeypatch, journey_project,
                                                tmp_path):
    path, journey_id = journey_project
    assert window.open_project(path, readonly=True)  # exporting never writes to the project
    dialog = JourneyExportDialog(window, window.project, journey_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.panel.thumbnails), timeout=TIMEOUT)
    assert "Buying a kitchen blender" in dialog.windowTitle()
    result = save_to(dialog.panel, qtbot, monkeypatch, tmp_path / "dialog.pdf")
    assert result.paths == [tmp_path / "dialog.pdf"] and (tmp_path / "dialog.pdf").is_file()
    assert not dialog.isVisible()


def test_area_without_a_project_offers_nothing_to_save(area):
    area.set_project(None, None)
    assert area.subjects == [] and area.subject is None
    assert not area.panel.save_button.isEnabled()
