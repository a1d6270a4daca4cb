"""A hostile workbook chosen in the import dialog fails alone: the window stays up, the error
is shown, the project is unchanged."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "ingest"))

from hostile_files import dimension_bomb  # noqa: E402

from workbench.services import importing  # noqa: E402


def test_the_dimension_bomb_shows_an_error_and_the_window_stays_up(
        area, tmp_path, qtbot, monkeypatch, opened):
    bomb = dimension_bomb(tmp_path / "dimension.xlsx", declared=False)  # reaches the reader
    project_bytes = opened.project.path.read_bytes()
    monkeypatch.setattr(area, "_ask_import_path", lambda: bomb)
    dialog = area.start_import()
    with qtbot.waitSignal(dialog.preview_failed, timeout=30_000) as failed:
        pass
    assert "dimension.xlsx" in failed.args[0] and "XFD1048576" in failed.args[0]
    assert dialog.isVisible() and dialog.problem_label.isVisible()
    assert "dimension.xlsx" in dialog.problem_label.text()
    assert not dialog.import_button.isEnabled()
    assert opened.isVisible()  # the app is still here
    assert importing.list_sources(opened.project) == []
    dialog.reject()
    qtbot.waitUntil(lambda: area.import_dialog is None, timeout=10_000)
    assert opened.project.path.read_bytes() == project_bytes


def test_the_data_sheet_is_preselected_in_the_dialog(area, open_dialog, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    dictionary = book.active
    dictionary.title = "Dictionary"
    dictionary.append(["Customer data dictionary"])
    dictionary.append([None, "Field", "Meaning", "Type"])
    for field in ("customer_id", "tenure", "city_tier", "churn"):
        dictionary.append([None, field, f"the {field}", "number"])
    customers = book.create_sheet("Customers")
    customers.append(["customer_id", "tenure", "city_tier", "churn"])
    for i in range(300):
        customers.append([50_000 + i, i % 30, i % 3 + 1, i % 2])
    path = tmp_path / "ecommerce.xlsx"
    book.save(path)
    dialog = open_dialog(path)
    assert dialog.options.sheet_combo.currentText() == "Customers"
    assert [dialog.options.sheet_combo.itemText(i)
            for i in range(dialog.options.sheet_combo.count())] == ["Dictionary", "Customers"]
    assert [s.label for s in dialog.columns_model.specs()] == [
        "customer_id", "tenure", "city_tier", "churn"]


def test_closing_the_window_leaves_no_wal_or_shm(area, open_dialog, people_csv, qtbot,
                                                 click_import, opened):
    dialog = open_dialog(people_csv)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        click_import(dialog)
    path = opened.project.path
    assert path.with_name(path.name + "-wal").exists()  # open: SQLite's companions are there
    opened.close()
    qtbot.waitUntil(lambda: not path.with_name(path.name + "-wal").exists(), timeout=10_000)
    assert not path.with_name(path.name + "-shm").exists()
