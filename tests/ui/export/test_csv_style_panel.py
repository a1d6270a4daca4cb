"""The CSV style in Preferences and in the Export panel: what Excel in Italian opens as columns."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from workbench.settings import load_settings
from workbench.ui.export.jobs import CSV, JOURNEY, PDF, PERSONA_SET, STATISTICS_CSV, XLSX
from workbench.ui.settings_dialog import SettingsDialog

TIMEOUT = 30_000


def set_preference(qtbot, style: str) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.csv_style_box.setCurrentIndex(dialog.csv_style_box.findData(style))
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()


def save_to(panel, qtbot, monkeypatch, target: Path):
    monkeypatch.setattr(panel, "_ask_target", lambda: target)
    with qtbot.waitSignal(panel.exported, timeout=TIMEOUT) as done:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def header_and_rows(path: Path, delimiter: str) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_preferences_choice_reaches_an_open_export_panel(area, qtbot, monkeypatch, tmp_path):
    panel = area.panel
    area.choose(PERSONA_SET, 1)
    panel.set_format(CSV)
    assert panel.csv_style == "comma"  # English: comma and decimal point by default

    set_preference(qtbot, "semicolon")
    assert load_settings().csv_style == "semicolon"
    assert panel.csv_style == "semicolon" and panel.csv_style_combo.isVisibleTo(area)

    target = tmp_path / "membership.csv"
    result = save_to(panel, qtbot, monkeypatch, target)
    assert result.paths == [target]
    rows = header_and_rows(target, ";")
    fit = rows[0].index("fit")
    assert len(rows) == 31 and all(len(row) == len(rows[0]) for row in rows)
    assert {row[fit] for row in rows[1:]} == {"1,0"}

    set_preference(qtbot, "comma")
    save_to(panel, qtbot, monkeypatch, tmp_path / "comma.csv")
    rows = header_and_rows(tmp_path / "comma.csv", ",")
    assert {row[rows[0].index("fit")] for row in rows[1:]} == {"1.0"}


def test_style_shows_for_csv_formats_only(area):
    panel = area.panel
    area.choose(PERSONA_SET, 1)
    for fmt, shown in ((CSV, True), (STATISTICS_CSV, True), (XLSX, False), (PDF, False)):
        panel.set_format(fmt)
        assert panel.csv_style_combo.isVisibleTo(area) is shown, fmt
        assert panel.csv_style_label.isVisibleTo(area) is shown, fmt


def test_changing_the_style_in_the_panel_is_kept_as_the_preference(area, qtbot, monkeypatch,
                                                                 tmp_path, journey_project):
    _path, journey_id = journey_project
    panel = area.panel
    area.choose(JOURNEY, journey_id)
    panel.set_format(CSV)
    assert panel.csv_style_combo.isVisibleTo(area)
    panel.set_csv_style("semicolon")
    assert load_settings().csv_style == "semicolon"
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.csv_style_box.currentData() == "semicolon"

    save_to(panel, qtbot, monkeypatch, tmp_path / "cells.csv")
    rows = header_and_rows(tmp_path / "cells.csv", ";")
    emotion = rows[0].index("emotion (−2…+2)")
    assert "-1,5" in {row[emotion] for row in rows[1:]}


def test_italian_language_defaults_to_semicolon(qtbot, monkeypatch):
    from workbench import i18n

    i18n.set_language("it")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.csv_style_box.currentData() == ""  # follows the language
    from workbench.ui.export.panel import ExportPanel

    panel = ExportPanel(None)
    qtbot.addWidget(panel)
    assert panel.csv_style == "semicolon"
