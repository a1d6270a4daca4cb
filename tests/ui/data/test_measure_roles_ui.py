"""The Measure role in the GUI: the import preview shows inferred measures with their kind and
scale and lets the researcher choose another (what is chosen is what gets stored); the Data
area's column-header menu changes a stored measure's scale, undoably."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from workbench.services import importing
from workbench.services.project import open_project
from workbench.ui.data.import_models import ColumnsModel

SURVEY = "respondent,How likely are you to recommend us?,Satisfaction,Visits\r\n" + "".join(
    f"R{i:03d},{i % 11},{i % 5 + 1},{i % 4}\r\n" for i in range(30))


def role_editor(dialog, column: str) -> QComboBox:
    index = dialog.columns_model.index(dialog.columns_model.row_of(column), ColumnsModel.ROLE)
    editor = dialog.columns_view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    return editor


def test_the_import_dialog_shows_inferred_measures_and_stores_the_chosen_scale(
        area, open_dialog, tmp_path, qtbot, click_import, opened):
    path = tmp_path / "survey.csv"
    path.write_bytes(SURVEY.encode("utf-8"))
    dialog = open_dialog(path)
    model = dialog.columns_model
    nps_row = model.row_of("How likely are you to recommend us?")
    satisfaction_row = model.row_of("Satisfaction")
    assert model.index(nps_row, ColumnsModel.ROLE).data() == "Measure (NPS 0–10)"
    assert model.index(nps_row, ColumnsModel.WHY).data() == "NPS question (0–10)"
    assert model.index(satisfaction_row, ColumnsModel.ROLE).data() == "Measure (CSAT 1–5)"

    combo = role_editor(dialog, "Satisfaction")
    titles = [combo.itemText(i) for i in range(combo.count())]
    assert {"Numeric", "Outcome", "Measure: NPS 0–10", "Measure: CSAT 1–5", "Measure: CSAT 1–7",
            "Measure: CES 1–7", "Measure: Star rating 1–5"} <= set(titles)
    assert combo.currentText() == "Measure: CSAT 1–5"  # preselected from inference

    chosen = combo.findText("Measure: CSAT 1–7")
    combo.setCurrentIndex(chosen)
    combo.activated.emit(chosen)  # as a user's pick does
    assert model.index(satisfaction_row, ColumnsModel.ROLE).data() == "Measure (CSAT 1–7)"
    assert model.specs()[satisfaction_row].measure == "csat:1-7"

    visits = role_editor(dialog, "Visits")
    star = visits.findText("Measure: Star rating 1–5")
    visits.setCurrentIndex(star)
    visits.activated.emit(star)
    assert model.specs()[model.row_of("Visits")].measure == "rating:1-5"
    numeric = visits.findText("Numeric")
    visits.setCurrentIndex(numeric)
    visits.activated.emit(numeric)
    assert model.specs()[model.row_of("Visits")].measure is None

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        click_import(dialog)
    source_id = imported.args[0].source.id
    stored = {c.label: c for c in importing.source_columns(opened.project, source_id)}
    assert stored["Satisfaction"].measure == "csat:1-7"
    assert stored["How likely are you to recommend us?"].measure == "nps:0-10"
    assert stored["Visits"].measure is None


def measure_menu(area, title: str):
    model = area.table_model
    column = next(c for c in model.columns if c.title == title)
    menu = area.role_editor.menu_for(column, area.table_view)
    submenu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    return {a.text(): a for a in submenu.actions()}, submenu, menu


def test_the_column_header_menu_changes_a_measures_scale_and_undo_restores_it(
        window, make_project, tmp_path, messages):
    data = tmp_path / "survey.csv"
    data.write_bytes(SURVEY.encode("utf-8"))
    path = make_project("study", customers=0)
    with open_project(path) as project:
        importing.import_file(project, data)
    assert window.open_project(path)
    area = window.project_view.area_widget("data")
    actions, submenu, _menu = measure_menu(area, "Satisfaction")
    assert submenu.title() == "Measure"
    assert actions["CSAT 1–5"].isChecked() and actions["CSAT 1–5"].isEnabled()

    actions["CSAT 1–7"].trigger()
    with open_project(path, readonly=True) as project:
        assert {c.label: c.measure for c in importing.source_columns(project, 1)}[
            "Satisfaction"] == "csat:1-7"
    actions, _submenu, _menu = measure_menu(area, "Satisfaction")
    assert actions["CSAT 1–7"].isChecked()
    assert "Satisfaction" in window.undo_stack.undoText()

    window.undo_stack.undo()
    with open_project(path, readonly=True) as project:
        assert {c.label: c.measure for c in importing.source_columns(project, 1)}[
            "Satisfaction"] == "csat:1-5"

    # a scale the stored values do not fit is refused, saying which rows
    actions, _submenu, _menu = measure_menu(area, "Visits")
    actions["CSAT 1–5"].trigger()
    assert messages.last.kind == "error" and "rows 2" in messages.last.text
    with open_project(path, readonly=True) as project:
        visits = {c.label: c for c in importing.source_columns(project, 1)}["Visits"]
    assert visits.role.value == "numeric" and visits.measure is None
    model = area.table_model
    section = 1 + next(i for i, c in enumerate(model.columns) if c.title == "Satisfaction")
    assert "Measure (CSAT 1–5)" in model.headerData(section, Qt.Orientation.Horizontal,
                                                     Qt.ItemDataRole.ToolTipRole)
