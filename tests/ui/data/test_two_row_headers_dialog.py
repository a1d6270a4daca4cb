"""The import dialog's "Header rows" choice on a survey export with two header rows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.ingest.headers import LABEL_JOINER

SURVEY = (
    "Respondent ID,Which channels do you use?,,How satisfied are you?\r\n"
    ",Email,Phone,Response\r\n"
    "1001,Email,,4\r\n"
    "1002,,Phone,2\r\n"
    "1003,Email,Phone,5\r\n"
)


def preview_labels(dialog) -> list[str]:
    model = dialog.preview_model
    return [model.headerData(c, Qt.Orientation.Horizontal).split("\n")[0]
            for c in range(1, model.columnCount())]


def preview_row_numbers(dialog) -> list[str]:
    model = dialog.preview_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_choosing_one_or_two_header_rows_changes_the_previews_column_labels(
        tmp_path, open_dialog, qtbot, click_import):
    path = tmp_path / "survey.csv"
    path.write_bytes(SURVEY.encode("utf-8"))
    dialog = open_dialog(path)
    combo = dialog.options.header_rows_combo
    assert combo.currentData() is None and combo.itemText(0) == "Detect (2)"
    question = "Which channels do you use?"
    assert preview_labels(dialog) == ["Respondent ID", f"{question}{LABEL_JOINER}Email",
                                      f"{question}{LABEL_JOINER}Phone",
                                      f"How satisfied are you?{LABEL_JOINER}Response"]
    assert preview_row_numbers(dialog) == ["3", "4", "5"]

    with qtbot.waitSignal(dialog.preview_loaded, timeout=10_000):
        combo.setCurrentIndex(combo.findData(1))
    assert preview_labels(dialog) == ["Respondent ID", question, "column_3", "How satisfied are you?"]
    assert preview_row_numbers(dialog) == ["2", "3", "4", "5"]
    assert dialog.options.read_options().header_rows == 1
    assert combo.itemText(0) == "Detect (1)"

    with qtbot.waitSignal(dialog.preview_loaded, timeout=10_000):
        combo.setCurrentIndex(combo.findData(2))
    assert preview_labels(dialog)[1] == f"{question}{LABEL_JOINER}Email"

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        click_import(dialog)
    assert imported.args[0].source.row_count == 3
