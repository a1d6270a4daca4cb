"""The persona set's export dialog on real project files: PDF, preview, CSV, errors, read-only."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from test_personas_area import TIMEOUT, open_and_show

from workbench.ui.dialogs import ERROR
from workbench.ui.personas import export_dialog as export_module
from workbench.ui.personas.export_dialog import MEMBERSHIP_CSV, PDF


@pytest.fixture
def export_dir(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def open_export_dialog(area, qtbot, wait_preview: bool = True):
    """Open the dialog with its button; optionally wait for the first preview."""
    assert area.export_button.isEnabled()
    qtbot.mouseClick(area.export_button, Qt.MouseButton.LeftButton)
    dialog = area.export_dialog
    assert dialog is not None and dialog.isVisible()
    if wait_preview:
        qtbot.waitUntil(lambda: bool(dialog.thumbnails), timeout=TIMEOUT)
    return dialog


def export_to(dialog, qtbot, monkeypatch, target):
    monkeypatch.setattr(dialog, "_ask_target", lambda: target)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def test_pdf_of_the_checked_personas_has_one_page_each_and_the_preview_a_thumbnail_per_page(
        window, qtbot, monkeypatch, clustered_project, export_dir):
    from pypdf import PdfReader

    path, set_id = clustered_project
    area = open_and_show(window, qtbot, path)
    dialog = open_export_dialog(area, qtbot)
    assert dialog.format == PDF
    assert not dialog.personal_box.isVisibleTo(dialog)  # only for the membership table

    # the preview: one thumbnail per card page of the (four) personas
    assert len(dialog.thumbnails) == 4
    assert all(not label.pixmap().isNull() for label in dialog.thumbnails)

    # two of four personas checked: the preview follows, and the PDF has their two pages
    ids = [p.id for p in area.set_view.details.personas]
    with qtbot.waitSignal(dialog.preview_shown, timeout=TIMEOUT) as shown:
        dialog.set_checked_personas(ids[:2])
    assert shown.args == [2] and len(dialog.thumbnails) == 2

    target = export_dir / "cards.pdf"
    result = export_to(dialog, qtbot, monkeypatch, target)
    assert result.paths == [target] and result.personas == 2
    assert len(PdfReader(target).pages) == 2 == result.pages
    assert str(target) in window.statusBar().currentMessage()
    assert not dialog.isVisible()


def test_membership_csv_leaves_out_the_customer_label_unless_personal_data_is_ticked(
        window, qtbot, monkeypatch, clustered_project, export_dir):
    path, _set_id = clustered_project
    area = open_and_show(window, qtbot, path)

    dialog = open_export_dialog(area, qtbot, wait_preview=False)
    dialog.set_format(MEMBERSHIP_CSV)
    assert dialog.personal_box.isVisibleTo(dialog) and not dialog.personal_box.isChecked()
    plain = export_to(dialog, qtbot, monkeypatch, export_dir / "members.csv")
    assert plain.left_out and plain.rows == 246
    with (export_dir / "members.csv").open(encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle))
    assert "customer label" not in header
    assert "Left out" in window.statusBar().currentMessage()

    dialog = open_export_dialog(area, qtbot, wait_preview=False)
    dialog.set_format(MEMBERSHIP_CSV)
    dialog.personal_box.setChecked(True)
    named = export_to(dialog, qtbot, monkeypatch, export_dir / "named.csv")
    assert named.left_out == []
    with (export_dir / "named.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert "customer label" in rows[0]
    labels = {row[rows[0].index("customer label")] for row in rows[1:]}
    assert "Customer 1" in labels


def test_export_to_a_missing_folder_shows_the_error(window, qtbot, monkeypatch, messages,
                                                     clustered_project, tmp_path):
    path, _set_id = clustered_project
    area = open_and_show(window, qtbot, path)
    dialog = open_export_dialog(area, qtbot, wait_preview=False)
    target = tmp_path / "no such folder" / "cards.pdf"
    monkeypatch.setattr(dialog, "_ask_target", lambda: target)
    with qtbot.waitSignal(dialog.export_failed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert messages.last.kind == ERROR
    assert "does not exist" in messages.last.text
    assert not target.exists()
    assert dialog.isVisible() and dialog.export_button.isEnabled()  # choose another place


def test_read_only_project_can_still_export(window, qtbot, monkeypatch, clustered_project,
                                            export_dir):
    path, _set_id = clustered_project
    area = open_and_show(window, qtbot, path, readonly=True)
    assert area.readonly and area.export_button.isEnabled()
    dialog = open_export_dialog(area, qtbot, wait_preview=False)
    dialog.set_format(export_module.STATISTICS_XLSX)
    result = export_to(dialog, qtbot, monkeypatch, export_dir / "stats.xlsx")
    assert result.rows > 0 and (export_dir / "stats.xlsx").stat().st_size > 0


def test_export_button_is_disabled_with_a_tooltip_without_a_set(window, qtbot, planted_project):
    window.project_view.show_area("personas")
    area = window.project_view.area_widget("personas")
    assert window.open_project(planted_project)
    assert not area.export_button.isEnabled()
    assert area.export_button.toolTip()
    assert area.export_set() is None


def test_ctrl_e_opens_the_dialog(window, qtbot, clustered_project):
    path, _set_id = clustered_project
    area = open_and_show(window, qtbot, path)
    with qtbot.waitActive(window):
        window.activateWindow()
    area.sets_view.setFocus()
    qtbot.keyClick(area.sets_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: area.export_dialog is not None and area.export_dialog.isVisible(),
                    timeout=5000)
    area.export_dialog.close()
