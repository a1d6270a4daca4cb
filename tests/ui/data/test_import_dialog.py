"""The import dialog on real files and real projects: preview, roles, import, errors, cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workbench.domain.columns import ColumnRole
from workbench.services import importing
from workbench.ui.data.import_dialog import IMPORT_AGAIN
from workbench.ui.data.import_models import ColumnsModel


def role_index(dialog, column: str):
    row = dialog.columns_model.row_of(column)
    assert row >= 0, column
    return dialog.columns_model.index(row, ColumnsModel.ROLE)


def header(model, section: int) -> str:
    return model.headerData(section, Qt.Orientation.Horizontal)


def test_csv_imported_through_the_dialog_with_a_changed_role_is_listed_and_shown(
        area, open_dialog, people_csv, qtbot, click_import, opened):
    dialog = open_dialog(people_csv)
    assert dialog.file_label.text() == "people.csv"
    assert dialog.preview_model.rowCount() == 4
    assert dialog.preview_model.index(0, 0).data() == "2"  # the row number in the file
    assert dialog.columns_model.index(dialog.columns_model.row_of("Age"),
                                      ColumnsModel.ROLE).data() == "Numeric"

    age = role_index(dialog, "Age")
    assert dialog.columns_model.setData(age, ColumnRole.CATEGORICAL.value)
    assert age.data() == "Categorical"
    assert dialog.columns_view.indexWidget(age).currentText() == "Categorical"  # the role combo
    assert "chosen by you" in dialog.columns_model.index(age.row(), ColumnsModel.WHY).data()
    assert header(dialog.preview_model, age.row() + 1) == "Age\nCategorical"

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        click_import(dialog)
    result = imported.args[0]
    assert result.source.row_count == 4 and result.documents_created == 4
    qtbot.waitUntil(lambda: area.import_dialog is None)

    assert area.stack.currentWidget() is area.content
    names = [area.sources_model.index(r, 0).data() for r in range(area.sources_model.rowCount())]
    assert names == ["people.csv"]
    table = area.table_model
    assert table is not None and table.source.id == result.source.id
    assert table.rowCount() == 4
    assert [table.index(r, 0).data() for r in range(4)] == ["2", "3", "4", "5"]
    titles = [header(table, c) for c in range(table.columnCount())]
    assert "Age\nCategorical" in titles and "customer_id\nIdentifier" in titles
    ident = titles.index("customer_id\nIdentifier")
    assert table.index(0, ident).data() == "007"  # leading zeros kept
    assert opened.info.sources == 1
    assert opened.project_view.header.counts["sources"].text() == "1"
    assert "people.csv: 4 rows" in opened.statusBar().currentMessage()


def test_second_sheet_of_a_workbook_is_previewed_and_imported(
        area, open_dialog, tmp_path, qtbot, click_import):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["Note", "Author"])
    book.active.append(["fieldwork in March", "A. Conti"])
    survey = book.create_sheet("Survey")
    survey.append(["respondent", "satisfaction", "segment"])
    for i in range(1, 31):
        survey.append([f"R{i:03d}", i % 5 + 1, ["gold", "silver", "bronze"][i % 3]])
    path = tmp_path / "survey.xlsx"
    book.save(path)

    dialog = open_dialog(path)
    assert [dialog.options.sheet_combo.itemText(i) for i in range(dialog.options.sheet_combo.count())] == [
        "Notes", "Survey"]
    assert dialog.options.sheet_combo.isVisible() and not dialog.options.encoding_combo.isVisible()
    assert dialog.options.sheet_combo.currentText() == "Survey"  # the data sheet, preselected
    with qtbot.waitSignal(dialog.preview_loaded, timeout=10_000):
        dialog.options.sheet_combo.setCurrentIndex(0)
    assert [s.label for s in dialog.columns_model.specs()] == ["Note", "Author"]

    with qtbot.waitSignal(dialog.preview_loaded, timeout=10_000):
        dialog.options.sheet_combo.setCurrentIndex(1)
    assert [s.label for s in dialog.columns_model.specs()] == ["respondent", "satisfaction", "segment"]
    assert dialog.preview_model.rowCount() == 30
    assert dialog.preview_model.index(0, 1).data() == "R001"

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        click_import(dialog)
    assert imported.args[0].source.sheet == "Survey"
    assert area.sources_model.index(0, 0).data() == "survey.xlsx · Survey"
    assert area.table_model.rowCount() == 30


def test_role_that_cannot_convert_names_row_and_column_and_keeps_dialog_open(
        area, open_dialog, people_csv, qtbot, click_import, messages, opened):
    dialog = open_dialog(people_csv)
    name = role_index(dialog, "Name")
    dialog.columns_model.setData(name, ColumnRole.NUMERIC.value)

    click_import(dialog)
    qtbot.waitUntil(lambda: bool(messages.shown) and not dialog.importing, timeout=10_000)

    shown = messages.last
    assert shown.kind == "error"
    assert "people.csv" in shown.text and "row 2" in shown.text and "'Name'" in shown.text
    assert dialog.isVisible() and area.import_dialog is dialog
    assert dialog.problem_label.isVisible() and "row 2" in dialog.problem_label.text()
    assert dialog.columns_view.currentIndex().row() == name.row()  # the column to fix
    assert dialog.import_button.isEnabled()
    assert importing.list_sources(opened.project) == []
    assert area.stack.currentWidget() is area.empty_page

    # fixing the role lets the same dialog import
    dialog.columns_model.setData(name, ColumnRole.PII.value)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        click_import(dialog)
    assert len(importing.list_sources(opened.project)) == 1


def test_cancelling_a_large_import_leaves_the_project_without_the_source(
        area, open_dialog, tmp_path, qtbot, click_import, opened):
    path = tmp_path / "transactions.csv"
    lines = ["order_id,customer,amount,store,channel,note"]
    lines += [f"O{i:06d},C{i % 5000:05d},{i % 997}.5,{['Milano', 'Roma', 'Bari'][i % 3]},"
              f"{['store', 'web', 'app'][i % 3]},order number {i} delivered" for i in range(60_000)]
    path.write_text("\n".join(lines), "utf-8")
    dialog = open_dialog(path)

    def stop_while_saving(done, total, message):
        if total and done / total >= 0.5:
            dialog.reject()  # "Stop import" while an import runs

    click_import(dialog)
    worker = dialog._import_worker
    worker.progress.connect(stop_while_saving)
    with qtbot.waitSignal(worker.done, timeout=20_000):
        pass

    assert worker.outcome == "cancelled"
    assert dialog.isVisible()
    assert "nothing was added" in dialog.status_label.text()
    assert importing.list_sources(opened.project) == []
    assert opened.project.db.scalar("SELECT count(*) FROM customers") == 0
    assert area.stack.currentWidget() is area.empty_page


def test_reimporting_the_same_file_asks_and_can_import_a_second_copy(
        area, open_dialog, people_csv, qtbot, click_import, messages, opened):
    first = open_dialog(people_csv)
    with qtbot.waitSignal(first.imported, timeout=10_000):
        click_import(first)
    qtbot.waitUntil(lambda: area.import_dialog is None)

    again = open_dialog(people_csv)
    messages.answers = [None]  # first time: Cancel in the question
    click_import(again)
    qtbot.waitUntil(lambda: bool(messages.shown) and not again.importing, timeout=10_000)
    assert messages.last.kind == "question"
    assert messages.last.title == "Import again as a second copy?"
    assert "already imported" in messages.last.text
    assert messages.last.actions == [IMPORT_AGAIN]
    assert again.isVisible() and len(importing.list_sources(opened.project)) == 1

    messages.answers = [IMPORT_AGAIN]
    with qtbot.waitSignal(again.imported, timeout=10_000) as imported:
        click_import(again)
    assert len(messages.shown) == 2
    sources = importing.list_sources(opened.project)
    assert [s.file_name for s in sources] == ["people.csv", "people.csv"]
    assert area.sources_model.rowCount() == 2
    assert area.current_source_id() == imported.args[0].source.id == sources[1].id


def test_changing_the_separator_reads_the_preview_again_and_keeps_chosen_roles(
        open_dialog, tmp_path, qtbot):
    path = tmp_path / "sondaggio.csv"
    path.write_bytes("E-mail;Voto;Commento\r\na@example.it;7,5;buono, però lento\r\n"
                     "b@example.it;8,0;è ottimo\r\n".encode("cp1252"))
    dialog = open_dialog(path)
    assert dialog.options.encoding_combo.itemText(0) == "Automatic (Windows-1252)"
    assert dialog.options.delimiter_combo.itemText(0) == "Automatic (semicolon)"
    dialog.columns_model.setData(role_index(dialog, "Commento"), ColumnRole.CATEGORICAL.value)

    with qtbot.waitSignal(dialog.preview_loaded, timeout=10_000):
        dialog.options.delimiter_combo.setCurrentIndex(dialog.options.delimiter_combo.findData(","))
    assert "Voto" not in [s.label for s in dialog.columns_model.specs()]  # split on commas

    with qtbot.waitSignal(dialog.preview_loaded, timeout=10_000):
        dialog.options.delimiter_combo.setCurrentIndex(dialog.options.delimiter_combo.findData(";"))
    assert [s.label for s in dialog.columns_model.specs()] == ["E-mail", "Voto", "Commento"]
    assert role_index(dialog, "Commento").data() == "Categorical"  # the choice survived


def test_models_of_the_dialog_are_consistent(open_dialog, people_csv, qtmodeltester):
    dialog = open_dialog(people_csv)
    qtmodeltester.check(dialog.columns_model)
    qtmodeltester.check(dialog.preview_model)


def test_unreadable_file_is_explained_in_the_dialog_and_cannot_be_imported(
        area, tmp_path, qtbot, monkeypatch, opened):
    bad = tmp_path / "export.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a workbook" * 10)
    monkeypatch.setattr(area, "_ask_import_path", lambda: bad)
    dialog = area.start_import()
    with qtbot.waitSignal(dialog.preview_failed, timeout=10_000) as failed:
        pass
    assert "export.xlsx" in failed.args[0]
    assert dialog.problem_label.isVisible() and "export.xlsx" in dialog.problem_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.start_import() is None
    assert importing.list_sources(opened.project) == []

    good = tmp_path / "good.csv"
    good.write_text("id,score\nA1,3\nA2,4\n", "utf-8")
    monkeypatch.setattr(area, "_ask_import_path", lambda: good)
    with qtbot.waitSignal(dialog.preview_loaded, timeout=10_000):
        dialog.change_file_button.click()
    assert dialog.file_label.text() == "good.csv" and not dialog.problem_label.isVisible()
    assert dialog.import_button.isEnabled()
