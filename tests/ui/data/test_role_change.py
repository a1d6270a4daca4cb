"""Column roles in the Data area: change a stored column's role from its header menu
(undoable), and the import dialog's customer line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.services import importing
from workbench.services.project import open_project
from workbench.ui.dialogs import ERROR

SURVEY = (
    "respondent,Segment,Visits,Churned\n"
    + "".join(f"R{i:03d},{['gold', 'silver'][i % 2]},{i % 6},{['Yes', 'No'][i % 3 == 0]}\n"
              for i in range(30)))
REVIEWS = "".join(
    [",Clothing ID,Age,Title\n"]
    + [f"{i},{100 + i % 7},{20 + (i * 7) % 50},{['Love it', 'Meh'][i % 2]}\n" for i in range(60)])


def header(model, section: int) -> str:
    return model.headerData(section, Qt.Orientation.Horizontal)


def section_of(model, title: str) -> int:
    return next(c for c in range(1, model.columnCount()) if header(model, c).split("\n")[0] == title)


def role_action(area, title: str, role_text: str):
    model = area.table_model
    column = model.columns[section_of(model, title) - 1]
    menu = area.role_editor.menu_for(column, area.table_view)
    return next(a for a in menu.actions() if a.text() == role_text), menu


def test_a_columns_role_changes_from_its_header_menu_and_undo_brings_it_back(
        window, make_project, tmp_path, messages):
    data = tmp_path / "survey.csv"
    data.write_text(SURVEY, "utf-8")
    path = make_project("study", customers=0)
    with open_project(path) as project:
        importing.import_file(project, data, roles={"Visits": "categorical"})
    assert window.open_project(path)
    area = window.project_view.area_widget("data")
    model = area.table_model
    assert header(model, section_of(model, "Visits")) == "Visits\nCategorical"

    numeric, _menu = role_action(area, "Visits", "Numeric")
    assert numeric.isEnabled() and not numeric.isChecked()
    numeric.trigger()
    model = area.table_model
    visits = section_of(model, "Visits")
    assert header(model, visits) == "Visits\nNumeric"
    assert model.index(0, visits).data(Qt.ItemDataRole.TextAlignmentRole) is not None  # a number
    assert window.undo_stack.canUndo()
    assert "Visits" in window.undo_stack.undoText()

    window.undo_stack.undo()
    assert header(area.table_model, visits) == "Visits\nCategorical"
    window.undo_stack.redo()
    assert header(area.table_model, visits) == "Visits\nNumeric"
    with open_project(path, readonly=True) as project:
        roles = {c.name: c.role.value for c in importing.source_columns(project, 1)}
    assert roles["visits"] == "numeric"

    outcome, _menu = role_action(area, "Churned", "Outcome")
    assert outcome.isChecked()  # inferred at import: "Churned" names an outcome
    customer_key, _menu = role_action(area, "respondent", "Categorical")
    assert not customer_key.isEnabled()  # the column that says which customer a row is


def test_an_impossible_role_change_says_why_and_changes_nothing(
        window, make_project, tmp_path, messages):
    data = tmp_path / "survey.csv"
    data.write_text(SURVEY, "utf-8")
    path = make_project("study", customers=0)
    with open_project(path) as project:
        importing.import_file(project, data)
    assert window.open_project(path)
    area = window.project_view.area_widget("data")
    action, _menu = role_action(area, "Segment", "Numeric")
    action.trigger()
    assert messages.last.kind == ERROR
    assert "'Segment'" in messages.last.text and "not a number" in messages.last.text
    assert header(area.table_model, section_of(area.table_model, "Segment")) == \
        "Segment\nCategorical"
    assert not window.undo_stack.canUndo()


def test_the_import_dialog_says_who_the_customer_is_and_the_user_can_change_it(
        area, open_dialog, tmp_path, qtbot, click_import):
    data = tmp_path / "reviews.csv"
    data.write_text(REVIEWS, "utf-8")
    dialog = open_dialog(data)
    line = dialog.customer_key_line
    assert line.combo.currentText() == "One customer per row"
    assert "Clothing ID" in line.reason_label.text()
    assert line.choose("Clothing ID")
    assert line.customer_key() == "clothing_id"
    assert line.reason_label.text() == "chosen by you"
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        click_import(dialog)
    assert imported.args[0].customers_created == 7  # one per product, as the user chose
