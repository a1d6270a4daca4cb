"""The database import dialog on real DuckDB, Parquet and PostgreSQL sources and real projects:
preview with the population, the sample offered above the Preferences threshold, import,
errors naming the source, and a password that never reaches the settings or the project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from workbench.services import importing
from workbench.settings import Settings, load_settings, save_settings, settings_path
from workbench.ui.dialogs import ERROR

ROWS = 400
SEGMENTS = ("gold", "silver", "bronze", "basic")


def customer_rows(n: int = ROWS) -> list[tuple]:
    return [(f"C{i:05d}", 20 + i % 50, SEGMENTS[i % len(SEGMENTS)], round(10.5 + (i * 37) % 900, 2))
            for i in range(n)]


@pytest.fixture
def crm_duckdb(tmp_path) -> Path:
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "crm.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute("CREATE TABLE customers (customer_id VARCHAR, age INTEGER, segment VARCHAR, "
                 "spend DOUBLE)")
    conn.executemany("INSERT INTO customers VALUES (?, ?, ?, ?)", customer_rows())
    conn.execute("CREATE TABLE orders (order_id INTEGER, customer_id VARCHAR)")
    conn.close()
    return path


@pytest.fixture
def crm_parquet(tmp_path) -> Path:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = customer_rows(120)
    table = pa.table({"customer_id": [r[0] for r in rows], "age": [r[1] for r in rows],
                      "segment": [r[2] for r in rows], "spend": [r[3] for r in rows]})
    path = tmp_path / "customers.parquet"
    pq.write_table(table, path)
    return path


@pytest.fixture
def low_threshold():
    """Preferences: offer a sample above 100 rows."""
    save_settings(Settings(sample_threshold=100))
    return 100


def open_database_dialog(area, qtbot, location: str = ""):
    dialog = area.start_database_import(location)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def preview(dialog, qtbot) -> None:
    with qtbot.waitSignal(dialog.preview_loaded, timeout=20_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ready, timeout=5_000)


def test_the_file_chooser_offers_parquet_and_duckdb(area):
    from workbench.ui.data.area import import_file_filter

    first = import_file_filter().split(";;")[0]
    for pattern in ("*.csv", "*.xlsx", "*.parquet", "*.duckdb", "*.ddb", "*.db"):
        assert pattern in first
    assert area.database_button.isEnabled()
    assert area.database_button.text().replace("&", "") == "Import from database…"


def test_duckdb_preview_shows_rows_and_population_then_a_sample_is_imported(
        area, opened, qtbot, crm_duckdb, low_threshold, tmp_path):
    dialog = open_database_dialog(area, qtbot)
    assert not dialog.import_button.isEnabled() and not dialog.sample.isEnabled()
    dialog.location_edit.setText(str(crm_duckdb))
    assert not dialog.password_edit.isEnabled()  # a DuckDB file has no password
    dialog.use_table("customers")
    preview(dialog, qtbot)

    assert dialog.preview.population == ROWS
    assert "400 rows" in dialog.status_label.text() and "customers @ crm.duckdb" in \
        dialog.status_label.text()
    assert dialog.preview_model.rowCount() > 0
    assert dialog.columns_model.rowCount() == 4
    names = [dialog.columns_model.specs()[i].name for i in range(4)]
    assert names == ["customer_id", "age", "segment", "spend"]
    # above the threshold of 100 rows: the sample is offered, ticked, capped at the population
    assert dialog.sample.isEnabled() and dialog.sample.isChecked()
    assert dialog.sample.size_spin.value() == ROWS and dialog.sample.size_spin.maximum() == ROWS
    assert "400" in dialog.sample.of_label.text()
    dialog.sample.size_spin.setValue(80)
    dialog.sample.seed_spin.setValue(7)
    assert dialog.sample.choose_stratified("segment")
    spec = dialog.sample.spec()
    assert (spec.size, spec.seed, spec.stratify_by) == (80, 7, "segment")
    assert dialog.customer_key_line.customer_key() == "customer_id"

    with qtbot.waitSignal(dialog.imported, timeout=30_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    qtbot.waitUntil(lambda: area.import_dialog is None)
    assert result.source.row_count == 80
    sampling = result.source.options["sampling"]
    assert sampling["method"] == "stratified" and sampling["population"] == ROWS
    assert sampling["size"] == 80 and sampling["seed"] == 7 and sampling["strata"] == "segment"
    assert result.source.options["database"]["table"] == "customers"
    listed = importing.list_sources(opened.project)
    assert [s.id for s in listed] == [result.source.id]
    assert area.table_model is not None and area.table_model.rowCount() == 80


def test_a_small_source_is_imported_whole_without_a_sample(area, qtbot, crm_parquet):
    dialog = open_database_dialog(area, qtbot, str(crm_parquet))  # a chosen file: previewed at once
    qtbot.waitUntil(lambda: dialog.ready, timeout=20_000)
    assert dialog.preview.population == 120
    assert not dialog.table_radio.isEnabled() and not dialog.query_edit.isEnabled()
    assert dialog.sample.isEnabled() and not dialog.sample.isChecked()  # 120 < 1,000,000
    assert dialog.sample.spec() is None
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as imported:
        dialog.start_import()
    assert imported.args[0].source.row_count == 120
    assert "sampling" not in imported.args[0].source.options


def test_a_parquet_file_picked_in_the_import_chooser_opens_the_database_dialog(
        area, qtbot, monkeypatch, crm_parquet):
    monkeypatch.setattr(area, "_ask_import_path", lambda: crm_parquet)
    dialog = area.start_import()
    from workbench.ui.data.database_dialog import DatabaseImportDialog

    assert isinstance(dialog, DatabaseImportDialog)
    assert dialog.location_edit.text() == str(crm_parquet)
    qtbot.waitUntil(lambda: dialog.ready, timeout=20_000)
    dialog.reject()
    qtbot.waitUntil(lambda: area.import_dialog is None)


def test_a_query_is_previewed_and_a_bad_table_is_named_in_the_error(area, qtbot, crm_duckdb):
    dialog = open_database_dialog(area, qtbot)
    dialog.location_edit.setText(str(crm_duckdb))
    dialog.use_query("SELECT customer_id, age FROM customers WHERE age > 60")
    preview(dialog, qtbot)
    assert dialog.columns_model.rowCount() == 2
    assert dialog.preview.population == sum(1 for r in customer_rows() if r[1] > 60)

    dialog.use_table("clients")
    with qtbot.waitSignal(dialog.preview_failed, timeout=20_000) as failed:
        dialog.start_preview()
    assert "clients" in failed.args[0] and "crm.duckdb" in failed.args[0]
    assert dialog.problem_label.isVisible() or not dialog.isVisible()
    assert not dialog.import_button.isEnabled()


def test_a_failed_import_names_the_source_and_leaves_the_project_unchanged(
        area, opened, qtbot, crm_duckdb, messages):
    import duckdb

    dialog = open_database_dialog(area, qtbot)
    dialog.location_edit.setText(str(crm_duckdb))
    dialog.use_table("customers")
    preview(dialog, qtbot)
    # the table changes under the dialog: a column fewer than the preview showed
    conn = duckdb.connect(str(crm_duckdb))
    conn.execute("ALTER TABLE customers DROP COLUMN spend")
    conn.close()
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.importing, timeout=30_000)
    assert messages.last.kind == ERROR
    assert "customers @ crm.duckdb" in messages.last.title
    assert importing.list_sources(opened.project) == []
    assert dialog.isVisible() and dialog.problem_label.text()


def test_url_password_moves_to_the_password_field_and_is_cleared_on_close(area, qtbot):
    dialog = open_database_dialog(area, qtbot)
    dialog.location_edit.setText("postgresql://ann:s3cr3t@db.example.com:5432/crm")
    dialog.location_edit.editingFinished.emit()
    assert dialog.location_edit.text() == "postgresql://ann@db.example.com:5432/crm"
    assert dialog.password_edit.text() == "s3cr3t"
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    assert dialog.password_edit.isEnabled()
    dialog.use_table("customers")
    assert dialog.source().location == "postgresql://ann@db.example.com:5432/crm"
    dialog.reject()
    assert dialog.password_edit.text() == ""


def test_postgres_password_never_reaches_settings_or_project(
        area, opened, qtbot, postgres_db, messages):
    postgres_db.load_table("customers", [("customer_id", "text"), ("age", "integer"),
                                         ("segment", "text"), ("spend", "double precision")],
                           customer_rows(150))
    from pg_server import PASSWORD

    save_settings(Settings(sample_threshold=100))
    dialog = open_database_dialog(area, qtbot)
    dialog.location_edit.setText(postgres_db.url_for(password=None))
    dialog.use_table("customers")
    # a wrong password first: a clear error, no password anywhere in it
    dialog.password_edit.setText("not-the-password")
    with qtbot.waitSignal(dialog.preview_failed, timeout=20_000) as failed:
        dialog.start_preview()
    assert "not-the-password" not in failed.args[0]
    assert not dialog.import_button.isEnabled()

    dialog.password_edit.setText(PASSWORD)
    preview(dialog, qtbot)
    assert dialog.preview.population == 150 and dialog.sample.isChecked()
    dialog.sample.size_spin.setValue(50)
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as imported:
        dialog.start_import()
    result = imported.args[0]
    assert result.source.row_count == 50
    assert dialog.password_edit.text() == ""  # forgotten with the dialog
    stored = json.dumps(result.source.options)
    assert PASSWORD not in stored and PASSWORD not in result.source.file_path
    assert "tester@" in result.source.options["database"]["location"]

    project_path = Path(opened.project.path)
    assert opened.close_project()
    for file in project_path.parent.glob(project_path.name + "*"):  # the file, its WAL, backups
        assert PASSWORD.encode() not in file.read_bytes(), file
    settings_text = settings_path().read_text("utf-8") if settings_path().exists() else ""
    assert PASSWORD not in settings_text
    assert load_settings().sample_threshold == 100
    for _kind, title, text in opened.messages:
        assert PASSWORD not in title and PASSWORD not in text
    for shown in messages.shown:
        assert PASSWORD not in shown.text and PASSWORD not in shown.details


def test_preferences_offer_a_sample_above_a_threshold_that_is_kept(qtbot):
    from workbench.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.sample_spin.value() == 1_000_000  # the default
    dialog.sample_spin.setValue(250_000)
    dialog.accept()
    assert json.loads(settings_path().read_text("utf-8"))["sample_threshold"] == 250_000
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.sample_spin.value() == 250_000
    from workbench.ui.data.database_dialog import sample_threshold

    assert sample_threshold() == 250_000


def test_list_tables_offers_the_tables_of_a_duckdb_file(area, qtbot, crm_duckdb):
    dialog = open_database_dialog(area, qtbot)
    dialog.location_edit.setText(str(crm_duckdb))
    worker = dialog.start_listing_tables()
    with qtbot.waitSignal(worker.done, timeout=20_000):
        pass
    names = [dialog.table_combo.itemText(i) for i in range(dialog.table_combo.count())]
    assert names == ["customers", "orders"]
    assert dialog.table_combo.currentText() == "customers"


def test_a_duckdb_file_chosen_shows_its_first_table_at_once(area, qtbot, crm_duckdb, monkeypatch):
    monkeypatch.setattr(area, "_ask_import_path", lambda: crm_duckdb)
    dialog = area.start_import()
    qtbot.waitUntil(lambda: dialog.ready, timeout=20_000)
    assert dialog.preview.source.table == "customers" and dialog.preview.population == ROWS


def test_the_file_dialog_points_a_parquet_file_to_the_database_import(
        area, open_dialog, people_csv, crm_parquet, monkeypatch, messages):
    dialog = open_dialog(people_csv)
    monkeypatch.setattr(area, "_ask_import_path", lambda: crm_parquet)
    dialog.choose_another_file()
    assert dialog.path == people_csv  # unchanged
    assert "customers.parquet" in messages.last.text and "Import from database" in \
        messages.last.text
    dialog.reject()
