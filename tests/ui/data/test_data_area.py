"""The Data area over real projects: sources list, paged rows, delete, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from workbench.services import importing
from workbench.services.project import open_project
from workbench.ui.data.area import DELETE
from workbench.ui.data.source_models import SourcesModel, SourceTableModel


def import_into(path, *files) -> None:
    with open_project(path) as project:
        for file in files:
            importing.import_file(project, file)


def test_new_project_shows_an_honest_empty_state_with_import(area):
    assert area.stack.currentWidget() is area.empty_page
    assert "CSV, TSV, XLSX or ODS" in area.empty_text.text()
    assert area.import_action.isEnabled() and area.empty_import_button.isEnabled()
    assert not area.delete_action.isEnabled()


def test_ctrl_i_asks_for_a_file_to_import_from_any_area(opened, area, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(area, "_ask_import_path", lambda: asked.append(True))  # user cancels
    opened.project_view.show_area("personas")
    opened.activateWindow()
    qtbot.keyClick(opened, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    assert opened.project_view.current_area() == "data"
    assert area.import_dialog is None


def test_source_table_pages_through_100000_rows_with_a_bounded_cache(tmp_path, make_project, qtbot):
    big = tmp_path / "panel.csv"
    big.write_text("respondent,visits,segment\n" + "".join(
        f"R{i:06d},{i % 97},{'abc'[i % 3]}\n" for i in range(100_000)), "utf-8")
    path = make_project("panel", customers=0)
    import_into(path, big)

    with open_project(path) as project:
        source = importing.list_sources(project)[0]
        model = SourceTableModel(project, source, importing.source_columns(project, source.id))
        assert model.rowCount() == 100_000
        assert model.columnCount() == 4
        last = [model.index(99_999, c).data() for c in range(4)]
        assert last == ["100001", "R099999", str(99_999 % 97), "abc"[99_999 % 3]]
        assert model.blocks_read == 1  # only the block holding that row was read
        assert model.cached_row_count() == model.BLOCK_ROWS

        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(600, 400)
        view.show()
        for row in range(0, 100_000, 7_919):  # jump around as a scrolling user does
            view.scrollTo(model.index(row, 1))
            QApplication.processEvents()
        view.scrollToBottom()
        QApplication.processEvents()
        assert model.index(50_000, 0).data() == "50002"
        assert model.cached_row_count() <= model.BLOCK_ROWS * model.MAX_BLOCKS
        assert len(model._blocks) <= model.MAX_BLOCKS
        view.setModel(None)


def test_sources_are_listed_with_kind_counts_and_short_hash(
        window, make_project, people_csv, tmp_path, qtmodeltester):
    events = tmp_path / "events.csv"
    events.write_text("customer_id,timestamp,channel,action\n" + "".join(
        f"C{i % 4:02d},2026-03-{i % 28 + 1:02d} 10:00:00,{['store', 'web'][i % 2]},browse\n"
        for i in range(12)), "utf-8")
    path = make_project("study", customers=0)
    import_into(path, people_csv, events)
    window.open_project(path)
    area = window.project_view.area_widget("data")

    model = area.sources_model
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert [r[SourcesModel.NAME] for r in rows] == ["people.csv", "events.csv"]
    assert [r[SourcesModel.KIND] for r in rows] == ["Table", "Touchpoint events"]
    assert [r[SourcesModel.ROWS] for r in rows] == ["4", "12"]
    sources = importing.list_sources(window.project)
    assert rows[0][SourcesModel.HASH] == sources[0].file_hash[:10]
    assert model.index(0, SourcesModel.HASH).data(Qt.ItemDataRole.ToolTipRole) == sources[0].file_hash
    assert rows[0][SourcesModel.IMPORTED]  # a local date and time
    assert area.current_source_id() == sources[0].id  # the first is shown

    area.select_source(sources[1].id)
    assert area.table_model.source.id == sources[1].id
    assert "Touchpoint events" in area.source_facts.text()


def test_deleting_a_source_after_confirming_removes_it_and_its_rows(
        window, make_project, people_csv, messages):
    path = make_project("study", customers=0)
    import_into(path, people_csv)
    window.open_project(path)
    area = window.project_view.area_widget("data")
    assert window.info.documents == 4

    messages.answers = [None]  # Cancel
    assert area.delete_current_source() is False
    assert area.sources_model.rowCount() == 1
    assert messages.last.kind == "warning" and messages.last.actions == [DELETE]
    assert "documents and touchpoints" in messages.last.text

    messages.answers = [DELETE]
    assert area.delete_current_source() is True
    assert importing.list_sources(window.project) == []
    assert area.stack.currentWidget() is area.empty_page
    assert area.table_model is None
    assert (window.info.sources, window.info.documents, window.info.customers) == (0, 0, 0)


def test_read_only_project_disables_import_and_delete_and_says_why(
        window, make_project, people_csv, monkeypatch):
    path = make_project("study", customers=0)
    import_into(path, people_csv)
    assert window.open_project(path, readonly=True)
    area = window.project_view.area_widget("data")
    asked = []
    monkeypatch.setattr(area, "_ask_import_path", lambda: asked.append(True))

    assert area.sources_model.rowCount() == 1 and area.table_model.rowCount() == 4
    assert not area.import_action.isEnabled() and not area.import_button.isEnabled()
    assert not area.delete_action.isEnabled() and not area.delete_button.isEnabled()
    assert "read-only" in area.import_button.toolTip()
    assert "read-only" in area.delete_action.toolTip()
    assert area.start_import() is None and asked == []

    window.close_project()
    assert area.sources_model.rowCount() == 0 and not area.import_action.isEnabled()
