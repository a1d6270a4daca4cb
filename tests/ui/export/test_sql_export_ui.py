"""Export as SQL and the population's counts, through the GUI, on a real project whose
customers are a sample of a DuckDB table written by the test: a query for each dialect,
saved and run in DuckDB; a GMM set says why it cannot be exported; the engine's counts come
back (undoably) and show on the Personas area beside the sample's, under the sampling note."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "personas"))
from planted_data import write_planted_csv  # noqa: E402

from workbench.domain.warehouse import SQL_DIALECTS, DatabaseSource, SampleSpec  # noqa: E402
from workbench.services.importing import import_database  # noqa: E402
from workbench.services.personas import run_personas  # noqa: E402
from workbench.services.project import create_project, open_project  # noqa: E402
from workbench.ui.export.jobs import PERSONA_SET  # noqa: E402

duckdb = pytest.importorskip("duckdb")

POPULATION = 480
SAMPLE = 240
TABLE = "crm_customers"


@pytest.fixture
def warehouse(tmp_path) -> Path:
    """A DuckDB file whose table holds the planted customers (the whole customer base)."""
    csv_path = write_planted_csv(tmp_path / "crm.csv", customers=POPULATION - 6)
    path = tmp_path / "warehouse.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute(f"CREATE TABLE {TABLE} AS SELECT * FROM read_csv_auto(?, header=true)",
                 [str(csv_path)])
    conn.close()
    return path


@pytest.fixture
def sampled_project(tmp_path, warehouse) -> tuple[Path, int, int]:
    """(project, k-means set id, GMM set id): the sets are made on a sample of the table."""
    path = create_project(tmp_path / "sampled.pwb", "Sampled")
    with open_project(path) as project:
        result = import_database(project, DatabaseSource("duckdb", str(warehouse), table=TABLE),
                                 sample=SampleSpec(size=SAMPLE, seed=3))
        assert result.source.row_count == SAMPLE
        kmeans = run_personas(project, k=4, seed=0, name="Four groups")
        gmm = run_personas(project, k=4, seed=0, algorithm="gmm", name="Mixture")
    return path, kmeans, gmm


@pytest.fixture
def export_area(window, qtbot, sampled_project):
    path, _kmeans, _gmm = sampled_project
    assert window.open_project(path)
    window.project_view.show_area("export")
    area = window.project_view.area_widget("export")
    qtbot.waitExposed(area)
    yield area
    area.panel.stop()


def open_sql_dialog(area, qtbot, set_id: int):
    area.choose(PERSONA_SET, set_id)
    assert area.sql_button.isVisible() and area.sql_button.isEnabled()
    with qtbot.waitSignal(area.sql_button.clicked):
        qtbot.mouseClick(area.sql_button, Qt.MouseButton.LeftButton)
    dialog = area.sql_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def wait_query(panel, qtbot, dialect: str) -> str:
    if panel.dialect != dialect or not panel.query:
        with qtbot.waitSignal(panel.query_shown, timeout=20_000,
                              check_params_cb=lambda shown: shown == dialect):
            panel.set_dialect(dialect)
    return panel.query


def test_a_query_for_each_dialect_is_shown_saved_and_runs_in_duckdb(
        export_area, qtbot, sampled_project, warehouse, tmp_path, monkeypatch):
    _path, kmeans, _gmm = sampled_project
    dialog = open_sql_dialog(export_area, qtbot, kmeans)
    panel = dialog.panel
    assert panel.query_view.isReadOnly()
    from PySide6.QtGui import QFontInfo

    assert QFontInfo(panel.query_view.font()).fixedPitch()  # monospace
    panel.table_edit.setText(TABLE)  # the query is written again after a short pause
    qtbot.waitUntil(lambda: TABLE in panel.query, timeout=20_000)
    assert [panel.dialect_combo.itemData(i) for i in range(panel.dialect_combo.count())] == \
        list(SQL_DIALECTS)
    assert [panel.dialect_combo.itemText(i) for i in range(panel.dialect_combo.count())] == [
        "DuckDB", "PostgreSQL", "Spark SQL", "BigQuery", "Snowflake"]
    queries = {}
    for dialect in SQL_DIALECTS:
        text = wait_query(panel, qtbot, dialect)
        assert TABLE in text and "customer_id" in text and "SELECT" in text.upper()
        queries[dialect] = text
    assert len(set(queries.values())) == len(SQL_DIALECTS)  # each engine's own dialect

    wait_query(panel, qtbot, "duckdb")
    target = tmp_path / "out" / "rule.sql"
    target.parent.mkdir()
    monkeypatch.setattr(panel, "_ask_path", lambda suffix: target if suffix == "sql" else None)
    with qtbot.waitSignal(panel.saved, timeout=20_000):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    saved = target.read_text("utf-8")
    assert saved == queries["duckdb"]
    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = conn.execute(saved).fetchall()
    finally:
        conn.close()
    assert len(rows) == POPULATION

    rule = tmp_path / "out" / "rule.json"
    monkeypatch.setattr(panel, "_ask_path", lambda suffix: rule if suffix == "json" else None)
    with qtbot.waitSignal(panel.saved, timeout=20_000):
        qtbot.mouseClick(panel.json_button, Qt.MouseButton.LeftButton)
    document = json.loads(rule.read_text("utf-8"))
    assert document["persona_set"]["id"] == kmeans and document["id_column"] == "customer_id"


def test_a_gmm_set_cannot_be_exported_as_sql_and_says_why(export_area, sampled_project):
    _path, kmeans, gmm = sampled_project
    export_area.choose(PERSONA_SET, gmm)
    assert export_area.sql_button.isVisible() and not export_area.sql_button.isEnabled()
    assert "Gaussian mixture" in export_area.sql_button.toolTip()
    assert "Gaussian mixture" in export_area.sql_reason.text()
    assert not export_area.counts_button.isEnabled()
    assert export_area.export_sql() is None
    export_area.choose(PERSONA_SET, kmeans)
    assert export_area.sql_button.isEnabled() and export_area.sql_reason.text() == ""


def engine_counts(warehouse: Path, query: str, path: Path) -> dict[int, int]:
    """Run the exported query in DuckDB and write its persona counts as the engine would."""
    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        counted = conn.execute(f"SELECT coalesce(persona_position, -1) AS persona, count(*) AS "
                               f"customers FROM ({query}) GROUP BY 1 ORDER BY 1").fetchall()
    finally:
        conn.close()
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["persona_position", "customers"])
        writer.writerows(counted)
    return dict(counted)


def test_population_counts_come_back_undoably_and_show_on_the_personas_area(
        export_area, window, qtbot, sampled_project, warehouse, tmp_path, monkeypatch):
    _path, kmeans, _gmm = sampled_project
    from workbench.services import sql_export

    query = sql_export.persona_sql(window.project, kmeans, "duckdb", table=TABLE)
    counts_file = tmp_path / "counts.csv"
    counted = engine_counts(warehouse, query, counts_file)
    assert sum(counted.values()) == POPULATION

    export_area.choose(PERSONA_SET, kmeans)
    monkeypatch.setattr(export_area.counts_import, "_ask_file", lambda: counts_file)
    with qtbot.waitSignal(export_area.counts_import.changed, timeout=20_000):
        qtbot.mouseClick(export_area.counts_button, Qt.MouseButton.LeftButton)
    stored = sql_export.population_counts(window.project, kmeans)
    assert stored is not None and stored.total == POPULATION

    personas = window.project_view.area_widget("personas")
    with qtbot.waitSignal(personas.population_panel.shown, timeout=20_000,
                          check_params_cb=lambda set_id: set_id == kmeans):
        window.project_view.show_area("personas")
        personas.select_set(kmeans)
        personas.refresh_population()
    panel = personas.population_panel
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=5_000)
    lines = panel.row_texts()
    biggest = max((p for p in counted if p >= 0), key=counted.get)
    assert any(line.startswith(f"{biggest + 1}. ") and "Population" in line for line in lines)
    assert all("Sample " in line for line in lines)
    assert f"From a sample of {SAMPLE} of {POPULATION} customers" in panel.sample_label.text()
    assert panel.imported_label.isVisible()

    # one Undo puts the set back without counts
    assert window.undo_stack.canUndo()
    with qtbot.waitSignal(personas.population_panel.shown, timeout=20_000):
        window.undo_stack.undo()
    assert sql_export.population_counts(window.project, kmeans) is None
    assert panel.row_texts() == []
    assert panel.isVisible() and panel.hint.isVisible()  # the sampling note stays


def test_the_sampling_note_shows_on_the_personas_area(window, qtbot, sampled_project):
    path, kmeans, _gmm = sampled_project
    assert window.open_project(path)
    personas = window.project_view.area_widget("personas")
    with qtbot.waitSignal(personas.population_panel.shown, timeout=20_000,
                          check_params_cb=lambda set_id: set_id == kmeans):
        window.project_view.show_area("personas")
        personas.select_set(kmeans)
        personas.refresh_population()
    panel = personas.population_panel
    assert panel.isVisible()
    text = panel.sample_label.text()
    assert f"From a sample of {SAMPLE} of {POPULATION} customers" in text
    assert "seed 3" in text
    assert panel.row_texts() == []  # no counts imported yet
