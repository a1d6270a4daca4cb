"""The Export area's persona tick boxes: an unticked persona stays out of the saved PDF."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from test_export_dialog import export_dir  # noqa: F401  (fixture)
from test_personas_area import TIMEOUT

from workbench.services.personas import personas_of
from workbench.services.project import open_project
from workbench.ui.export.jobs import PDF, PERSONA, PERSONA_SET


def export_area(window, qtbot, path):
    assert window.open_project(path)
    window.project_view.show_area("export")
    area = window.project_view.area_widget("export")
    qtbot.waitUntil(lambda: bool(area.panel.thumbnails), timeout=TIMEOUT)
    return area


def test_export_area_can_untick_a_persona_and_the_pdf_leaves_its_card_out(
        window, qtbot, monkeypatch, clustered_project, export_dir):  # noqa: F811
    from pypdf import PdfReader

    path, set_id = clustered_project
    with open_project(path) as project:
        personas = personas_of(project, set_id)
    area = export_area(window, qtbot, path)
    area.choose(PERSONA_SET, set_id)
    panel = area.panel
    choice = panel.persona_choice
    assert choice.isVisibleTo(area) and choice.count() == len(personas) == 4
    assert panel.persona_ids() is None  # all personas, the list greyed out
    assert not choice.persona_list.isEnabled()
    panel.set_format(PDF)

    def save(name):
        target = export_dir / name
        monkeypatch.setattr(panel, "_ask_target", lambda: target)
        with qtbot.waitSignal(panel.exported, timeout=TIMEOUT) as done:
            qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        assert done.args[0].paths == [target]
        reader = PdfReader(target)
        text = " ".join(page.extract_text() for page in reader.pages)
        return len(reader.pages), " ".join(text.split())  # a long name wraps on the card

    all_pages, all_text = save("all.pdf")
    left_out = personas[1]
    assert all_pages == len(personas) and left_out.name in all_text

    # untick the second persona with the keyboard, as a user would
    radio = choice.checked_radio  # stretched across the form: click its round button
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert choice.persona_list.isEnabled()
    with qtbot.waitSignal(panel.preview_shown, timeout=TIMEOUT) as shown:
        choice.persona_list.setFocus()
        choice.persona_list.setCurrentRow(1)
        qtbot.keyClick(choice.persona_list, Qt.Key.Key_Space)
    assert choice.persona_list.item(1).checkState() == Qt.CheckState.Unchecked
    assert panel.persona_ids() == [p.id for p in personas if p.id != left_out.id]
    assert shown.args == [len(personas) - 1]

    pages, text = save("three.pdf")
    assert pages == all_pages - 1
    assert left_out.name not in text
    assert all(p.name in text for p in personas if p.id != left_out.id)


def test_unticking_every_persona_disables_save_and_a_single_persona_has_no_ticks(
        window, qtbot, clustered_project):
    path, set_id = clustered_project
    area = export_area(window, qtbot, path)
    area.choose(PERSONA_SET, set_id)
    panel = area.panel
    panel.set_checked_personas([])
    assert panel.persona_ids() == [] and not panel.save_button.isEnabled()
    qtbot.waitUntil(lambda: "at least one persona" in panel.preview_status.text(), timeout=TIMEOUT)
    assert panel.thumbnails == []

    one = next(s for s in area.subjects if s.kind == PERSONA)
    area.choose(PERSONA, one.persona_id)
    assert not panel.persona_choice.isVisibleTo(area)
    assert panel.persona_ids() is None and panel.save_button.isEnabled()

    # back on the set, the unticked choice is kept
    area.choose(PERSONA_SET, set_id)
    assert panel.persona_ids() == [] and not panel.save_button.isEnabled()
