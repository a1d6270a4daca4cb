"""The Customers tab over real project files: page, search, linking, forgetting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from workbench.services import customers
from workbench.services.linking import link_runs
from workbench.services.project import open_project
from workbench.ui.customers.tab import FORGET, PURGE_BACKUPS


def customer_id_of(path, email: str) -> int:
    with open_project(path) as project:  # writable: the search index is built on first use
        found = customers.list_customers(project, email)
        assert len(found) == 1, found
        return found[0].id


def test_customer_page_shows_attributes_of_two_sources_and_their_disagreement(
        linked_study, open_tab, shots, qtbot):
    giulia = customer_id_of(linked_study, "giulia@example.it")
    tab = open_tab(linked_study)
    assert tab.select_customer(giulia)
    page = tab.page
    assert tab.page_stack.currentWidget() is page
    assert page.name_label.text() == "Giulia Rossi"

    attributes = page.attributes_view.model()
    rows = [[attributes.index(r, c).data() for c in range(4)] for r in range(attributes.rowCount())]
    by_source = {(field, source): value for field, value, source, _row in rows}
    assert by_source[("City", "crm.csv")] == "Milano"
    assert by_source[("City", "survey.csv")] == "Monza"
    assert by_source[("Satisfaction", "survey.csv")] == "4"
    assert by_source[("Age", "crm.csv")] == "34"
    # The disagreeing values are highlighted, the others are not.
    city_rows = [r for r, row in enumerate(rows) if row[0] == "City"]
    age_row = next(r for r, row in enumerate(rows) if row[0] == "Age")
    for row in city_rows:
        assert attributes.index(row, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert attributes.index(age_row, 1).data(Qt.ItemDataRole.BackgroundRole) is None

    # Side by side: one row per field, one column per source.
    assert page.disagreements_view.isVisible()
    table = page.disagreements_view.model()
    headers = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]
    assert headers[1:] == ["crm.csv", "survey.csv"]
    assert [table.index(0, c).data() for c in range(3)] == ["City", "Milano", "Monza"]
    assert table.rowCount() == 1

    # Touchpoints on the timeline, by day; the survey answer as a document.
    timeline = page.timeline_model
    assert timeline.rowCount() == 2  # 2 and 5 March
    assert timeline.item(0).rowCount() == 2 and timeline.item(1).rowCount() == 1
    assert [timeline.item(0).child(r, 1).text() for r in range(2)] == ["store", "web"]
    texts = [label.text() for label in page.widget().findChildren(QLabel)]
    assert any("Le code alla cassa" in text for text in texts)

    tab.window().resize(1280, 860)
    qtbot.wait(100)  # let the layouts settle before the screenshots
    image = page.grab()
    assert image.save(str(shots / "customer_page.png"))
    assert not QImage(str(shots / "customer_page.png")).isNull()
    assert tab.window().grab().save(str(shots / "customers_tab.png"))
    assert page.widget().grab().save(str(shots / "customer_page_full.png"))


def test_search_filters_the_list_after_typing(linked_study, open_tab, qtbot):
    tab = open_tab(linked_study)
    everyone = tab.model.rowCount()
    assert everyone == 4
    qtbot.keyClicks(tab.search_box, "zoe@")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert tab.model.index(0, 0).data() == "Zoë Müller"
    assert "1 customer" in tab.count_label.text()
    assert tab.page.page is not None and tab.page.page.label == "Zoë Müller"  # one match: shown
    tab.search_box.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == everyone, timeout=3000)
    qtbot.keyClicks(tab.search_box, "nobody-like-this")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=3000)
    assert "nobody-like-this" in tab.count_label.text()


def test_link_dialog_links_shows_the_report_and_undo_restores(study, open_tab, qtbot, window):
    tab = open_tab(study)
    before = tab.model.rowCount()
    assert before == 4 + 2 + 2  # import: per source, one customer per id or per row
    dialog = tab.open_link_dialog()
    ticked = {(c.source.file_name, c.column.title, c.rule) for c in dialog.model.choices if c.used}
    assert ticked == {("crm.csv", "customer_id", "id"), ("crm.csv", "Email", "email"),
                      ("survey.csv", "Email", "email"), ("events.csv", "customer_id", "id")}
    assert dialog.country.isEnabled() and dialog.options() == {"default_country": "39"}, \
        "Italy is preselected for numbers without a prefix"
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.report_dialog is not None, timeout=10_000)
    report = tab.report_dialog
    with open_project(study, readonly=True) as project:
        after = customers.count_customers(project)
        run = link_runs(project)[-1]
    assert after == 4  # the survey and the events belong to CRM customers
    assert tab.model.rowCount() == after
    assert report.run_id == run["id"]
    sources = report.sources_model
    rows = {sources.index(r, 0).data(): [sources.index(r, c).data(Qt.ItemDataRole.UserRole)
                                         for c in range(1, 4)] for r in range(sources.rowCount())}
    assert rows["survey.csv"] == [2, 2, 0]
    assert str(after) in report.findChild(type(report.state_label), "LinkHeadline").text()
    assert window.undo_stack.count() == 1

    qtbot.mouseClick(report.undo_button, Qt.MouseButton.LeftButton)
    assert not report.undo_button.isEnabled()
    assert tab.model.rowCount() == before
    with open_project(study, readonly=True) as project:
        assert link_runs(project)[-1]["undone_at"]
    window.undo_stack.redo()  # links again, as a new run
    assert tab.model.rowCount() == after


def test_forget_removes_the_customer_from_the_list(linked_study, open_tab, qtbot, messages):
    zoe = customer_id_of(linked_study, "zoe@example.com")
    tab = open_tab(linked_study)
    before = tab.model.rowCount()
    assert tab.select_customer(zoe)
    messages.answers = [FORGET]
    worker = tab.forget_customer(zoe)
    assert worker is not None
    assert "cannot be undone" in messages.last.text
    assert messages.last.actions == [FORGET]
    qtbot.waitUntil(lambda: not worker.is_running, timeout=10_000)
    assert worker.outcome == "finished"
    assert tab.model.rowCount() == before - 1
    shown = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert "Zoë Müller" not in shown
    assert tab.page_stack.currentWidget() is tab.placeholder
    assert customers.count_customers(tab.project, "zoe") == 0
    assert customers.erasure_log(tab.project)[-1]["counts"]


def test_forget_asks_first_and_does_nothing_when_cancelled(linked_study, open_tab, messages):
    zoe = customer_id_of(linked_study, "zoe@example.com")
    tab = open_tab(linked_study)
    before = tab.model.rowCount()
    tab.select_customer(zoe)
    messages.answers = [None]  # the user chose Cancel
    assert tab.forget_customer(zoe) is None
    assert tab.model.rowCount() == before


def test_merge_and_split_are_undoable_decisions(linked_study, open_tab, window, monkeypatch):
    giulia = customer_id_of(linked_study, "giulia@example.it")
    liam = customer_id_of(linked_study, "liam@example.com")
    tab = open_tab(linked_study)
    before = tab.model.rowCount()
    tab.select_customer(giulia)

    monkeypatch.setattr(tab, "_ask_merge_target", lambda _customer: liam)
    kept = tab.merge_customer(giulia)
    assert kept == min(giulia, liam)
    assert tab.model.rowCount() == before - 1
    assert tab.page.page.id == kept
    assert {name for _, name, _ in tab.page.page.sources} == {"crm.csv", "survey.csv", "events.csv"}
    window.undo_stack.undo()
    assert tab.model.rowCount() == before

    tab.select_customer(giulia)
    survey_rows = [(source_id, row) for source_id, name, rows in tab.page.page.sources
                   if name == "survey.csv" for row in rows]
    assert len(survey_rows) == 1
    monkeypatch.setattr(tab, "_ask_split_rows", lambda page: survey_rows)
    other = tab.split_customer(giulia)
    assert other is not None and other != giulia
    assert tab.model.rowCount() == before + 1
    assert "survey.csv" not in {name for _, name, _ in tab.page.page.sources}
    assert not tab.page.disagreements_view.isVisible()  # Monza went with the survey row
    window.undo_stack.undo()
    assert tab.model.rowCount() == before
    tab.select_customer(giulia)
    assert "survey.csv" in {name for _, name, _ in tab.page.page.sources}


def test_customer_page_lists_coded_passages_and_opens_one_in_the_evidence_area(
        linked_study, open_tab, qtbot):
    from workbench.services import evidence

    giulia = customer_id_of(linked_study, "giulia@example.it")
    with open_project(linked_study) as project:
        (document,) = [d for d in evidence.list_documents(project, customer_id=giulia)]
        body = evidence.open_document(project, document.id).document.body
        start = body.index("nessuno risponde")
        end = start + len("nessuno risponde mai al telefono")
        code = evidence.create_code(project, "Phone support")
        evidence.apply_codes(project, document.id, start, end, [code.id])
    tab = open_tab(linked_study)
    assert tab.select_customer(giulia)
    coded = tab.page.coded_list
    assert coded.isVisibleTo(tab.page) and coded.count() == 1
    assert "nessuno risponde mai al telefono" in coded.item(0).text()
    assert "Phone support" in coded.item(0).text()

    tab.page.coded_list.itemActivated.emit(coded.item(0))
    view = tab.main_window.project_view
    assert view.current_area() == "evidence"
    reader = view.area_widget("evidence").reader
    assert reader.textCursor().selectedText() == "nessuno risponde mai al telefono"


def test_a_conflict_in_the_report_is_resolved_by_hand_and_undone(tmp_path, make_project,
                                                                 open_tab, qtbot, window):
    from workbench.services import importing

    path = make_project("conflict", customers=0)
    crm = tmp_path / "crm.csv"
    crm.write_text("customer_id,Name,Email\n101,Anna Verdi,anna@example.it\n"
                   "102,Anna Verdi,anna@example.it\n103,Piero Neri,piero@example.it\n", "utf-8")
    with open_project(path) as project:
        source = importing.import_file(project, crm).source

    def link_and_select_conflict():
        dialog = tab.open_link_dialog()
        tab.report_dialog = None
        qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.report_dialog is not None, timeout=10_000)
        report = tab.report_dialog
        assert report.conflicts and not report.show_button.isEnabled(), "nothing selected yet"
        report.conflicts_view.selectRow(0)
        return report, report.selected_conflict()

    tab = open_tab(path)
    # One e-mail on two customer ids: merged by e-mail, and reported so someone checks.
    report, conflict = link_and_select_conflict()
    assert conflict["value"] == "anna@example.it" and conflict["merged"]
    assert not report.merge_button.isEnabled()
    report.show_button.click()
    merged = tab.page.page.id
    assert merged == conflict["customer_ids"][0] and tab.page.page.label == "Anna Verdi"

    # The researcher knows they are two people: split, then link again.
    tab._ask_split_rows = lambda _page: [(source.id, 2)]
    assert tab.split_customer(merged) is not None
    report.close()
    report, conflict = link_and_select_conflict()
    assert not conflict["merged"], "a split is kept apart by the next link"
    assert report.merge_button.isEnabled()
    # ...until they change their mind: merge from the report, undo from the Edit menu.
    report.merge_button.click()
    with open_project(path, readonly=True) as project:
        assert customers.count_customers(project) == 2
    window.undo_stack.undo()
    with open_project(path, readonly=True) as project:
        assert customers.count_customers(project) == 3


def test_after_forgetting_the_older_backups_holding_the_customer_can_be_deleted(
        linked_study, open_tab, qtbot, messages, window):
    from workbench.store.backups import list_backups

    zoe = customer_id_of(linked_study, "zoe@example.com")
    tab = open_tab(linked_study)
    older = list_backups(linked_study)
    assert older and any(b"zoe@example.com" in b.read_bytes() for b in older)
    tab.select_customer(zoe)
    messages.answers = [FORGET, PURGE_BACKUPS]
    worker = tab.forget_customer(zoe)
    qtbot.waitUntil(lambda: not worker.is_running and tab.purge_worker is not None
                    and not tab.purge_worker.is_running, timeout=10_000)
    assert messages.last.title == "Delete older backups?"
    assert f"{len(older)} automatic backups" in messages.last.text
    left = list_backups(linked_study)
    assert len(left) == 1 and not set(left) & set(older)
    assert b"zoe@example.com" not in left[0].read_bytes()
    assert "Zoë".encode() not in left[0].read_bytes()
    assert "backed up as it is now" in window.statusBar().currentMessage()
