"""The Evidence area on real project files: select text as a user would, code it, undo, search."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QAbstractItemView

from workbench.services import evidence as service
from workbench.services.project import open_project
from workbench.ui.evidence.area import DELETE, QUOTES, READER, SEARCH
from workbench.ui.evidence.reader import CODE_MIME


def show(window, area, path, readonly: bool = False):
    assert window.open_project(path, readonly=readonly)
    window.project_view.show_area("evidence")
    return area


def open_titled(area, title: str) -> int:
    document = next(d for d in area.documents_model.records if d.title == title)
    row = area.documents_proxy.mapFromSource(area.documents_model.index(
        area.documents_model.row_of(document.id), 0))
    area.documents_view.setCurrentIndex(row)  # as a click on the list would
    assert area.reader.document_id == document.id
    return document.id


def select_text(reader, text: str, occurrence: int = 0) -> str:
    """Select ``text`` in the reader with a QTextCursor (Qt's UTF-16 positions), as a mouse would."""
    shown = reader.toPlainText()
    start = -1
    for _ in range(occurrence + 1):
        start = shown.index(text, start + 1)
    # Python indexes code points; Qt counts UTF-16 units: count the units before the match.
    qt_start = len(shown[:start].encode("utf-16-le")) // 2
    qt_end = qt_start + len(text.encode("utf-16-le")) // 2
    cursor = QTextCursor(reader.document())
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    return cursor.selectedText().replace("\u2029", "\n")


def new_code(area, name: str, parent: bool = False) -> int:
    assert area.new_code(sub=parent, name=name)
    return next(c.id for c in area.codes.values() if c.name == name)


def choose_code(area, code_id: int) -> None:
    area.code_tree.clearSelection()
    area.code_tree.select_code(code_id)
    area.code_tree.item_of(code_id).setSelected(True)


def test_selected_text_with_emoji_and_crlf_is_highlighted_exactly_after_reopening(
        window, evidence_area, evidence_project):
    area = show(window, evidence_area, evidence_project)
    document_id = open_titled(area, "giulia")
    code_id = new_code(area, "Ritardi 😡")
    choose_code(area, code_id)
    passages = ["ritardo 😡😡 e la spedizione", "東京の店 is faster — perché", "lenta 🐢."]
    selected = []
    for text in passages:
        selected.append(select_text(area.reader, text))
        assert area.apply_selected_codes()
    assert selected == passages
    codings = sorted(area.reader.codings, key=lambda c: c.start)
    assert [area.reader.highlighted_text(c.id) for c in codings] == passages

    window.close_project()
    with open_project(evidence_project) as project:
        body = service.open_document(project, document_id).document.body
        assert [body[c.start:c.end] for c in service.codings_for_document(project, document_id)] \
            == passages
    show(window, area, evidence_project)
    open_titled(area, "giulia")
    codings = sorted(area.reader.codings, key=lambda c: c.start)
    assert [area.reader.highlighted_text(c.id) for c in codings] == passages
    # What Qt shows under each highlight is the same text: offsets survived the round trip.
    for coding, text in zip(codings, passages, strict=True):
        area.reader.select_passage(coding.start, coding.end)
        assert area.reader.textCursor().selectedText() == text


def test_overlapping_codings_both_stay_highlighted(window, evidence_area, evidence_project):
    area = show(window, evidence_area, evidence_project)
    open_titled(area, "giulia")
    delay, price = new_code(area, "Delay"), new_code(area, "Price")
    select_text(area.reader, "in ritardo 😡😡 e la spedizione")
    assert area.apply_codes([delay])
    select_text(area.reader, "la spedizione costava 12 €")
    assert area.apply_codes([price])
    by_code = {c.code_id: c.id for c in area.reader.codings}
    assert area.reader.highlighted_text(by_code[delay]) == "in ritardo 😡😡 e la spedizione"
    assert area.reader.highlighted_text(by_code[price]) == "la spedizione costava 12 €"
    overlap = [ids for _s, _e, ids in area.reader.segments if len(ids) == 2]
    assert overlap, "the shared words are drawn as one stretch with both codings"
    start = area.reader.body.index("la spedizione")
    assert {c.code_id for c in area.reader.codings_at(start)} == {delay, price}


def test_undo_and_redo_of_a_coding_restore_it_exactly(window, evidence_area, evidence_project):
    area = show(window, evidence_area, evidence_project)
    document_id = open_titled(area, "giulia")
    code_id = new_code(area, "Delay")
    select_text(area.reader, "corriere")
    assert area.apply_codes([code_id])
    [coding] = area.reader.codings
    row = area.documents_model.row_of(document_id)
    assert area.documents_model.record(row).codings == 1

    window.undo_stack.undo()
    assert area.reader.codings == []
    assert service.codings_for_document(window.project, document_id) == []
    assert area.documents_model.record(row).codings == 0

    window.undo_stack.redo()
    assert area.reader.codings == [coding]  # same id, same passage
    assert service.codings_for_document(window.project, document_id) == [coding]
    assert area.reader.highlighted_text(coding.id) == "corriere"
    assert area.documents_model.record(row).codings == 1


def test_last_code_shortcut_and_dropping_a_code_on_the_selection(window, evidence_area,
                                                                 evidence_project):
    area = show(window, evidence_area, evidence_project)
    open_titled(area, "giulia")
    code_id = new_code(area, "Delay")
    assert not area.apply_last_codes()  # nothing used yet: told, nothing coded
    select_text(area.reader, "corriere")
    data = QMimeData()
    data.setData(CODE_MIME, str(code_id).encode())
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    area.reader.dropEvent(drop)
    assert [area.reader.highlighted_text(c.id) for c in area.reader.codings] == ["corriere"]
    select_text(area.reader, "cassa")
    assert area.apply_last_codes()
    assert sorted(area.reader.highlighted_text(c.id) for c in area.reader.codings) == \
        ["cassa", "corriere"]


def test_code_book_create_rename_in_place_and_delete_after_confirmation(
        window, evidence_area, evidence_project, messages):
    area = show(window, evidence_area, evidence_project)
    open_titled(area, "giulia")
    parent = new_code(area, "Consegna")
    child = new_code(area, "Ritardo", parent=True)
    assert area.codes[child].parent_id == parent
    item = area.code_tree.item_of(child)
    item.setText(0, "Ritardi")  # what editing the name in place (F2) does
    assert area.codes[child].name == "Ritardi"
    assert service.find_code(window.project, "Consegna/Ritardi").id == child
    select_text(area.reader, "corriere")
    assert area.apply_codes([child])

    messages.answers = [None]  # Cancel
    assert not area.delete_code(parent)
    assert "1 codings" in messages.last.text and "1 sub-codes" in messages.last.text
    assert DELETE in messages.last.actions
    assert child in area.codes and len(area.reader.codings) == 1

    messages.answers = [DELETE]
    assert area.delete_code(parent)
    assert area.codes == {} and area.reader.codings == []
    assert service.list_codes(window.project) == []

    window.undo_stack.undo()
    assert area.codes[child].name == "Ritardi" and area.codes[child].parent_id == parent
    assert [area.reader.highlighted_text(c.id) for c in area.reader.codings] == ["corriere"]
    window.undo_stack.undo()  # the coding
    window.undo_stack.undo()  # the rename
    assert area.codes[child].name == "Ritardo"


def test_rename_refused_by_the_project_is_told_and_the_tree_shows_the_stored_name(
        window, evidence_area, evidence_project, messages):
    area = show(window, evidence_area, evidence_project)
    new_code(area, "Price")
    other = new_code(area, "Cost")
    area.code_tree.item_of(other).setText(0, "Price")  # a sibling already has that name
    assert "already exists" in messages.last.text
    assert area.code_tree.item_of(other).text(0) == "Cost"
    assert service.code_path(window.project, other) == "Cost"


def test_dragging_codes_moves_and_shift_drop_merges_undoably(window, evidence_area, evidence_project):
    area = show(window, evidence_area, evidence_project)
    open_titled(area, "giulia")
    a, b, c = new_code(area, "A"), new_code(area, "B"), new_code(area, "C")
    where = QAbstractItemView.DropIndicatorPosition
    area.code_tree.drop_code(c, a, where.AboveItem)
    assert [s.code.id for s in area.code_summaries] == [c, a, b]
    area.code_tree.drop_code(b, a, where.OnItem)
    assert area.codes[b].parent_id == a
    select_text(area.reader, "corriere")
    assert area.apply_codes([c])
    area.code_tree.drop_code(c, a, where.OnItem, merge=True)
    assert c not in area.codes
    assert [coding.code_id for coding in area.reader.codings] == [a]
    window.undo_stack.undo()
    assert [coding.code_id for coding in area.reader.codings] == [c]
    window.undo_stack.undo()  # the coding
    window.undo_stack.undo()  # B under A
    assert area.codes[b].parent_id is None


def test_search_opens_the_document_at_the_match(window, evidence_area, evidence_project):
    area = show(window, evidence_area, evidence_project)
    assert window.find_in_area()  # Ctrl+F
    assert area.tabs.currentIndex() == SEARCH
    assert area.search_page.field.hasFocus()
    area.search_page.search("spedizione")
    assert area.search_page.model.rowCount() == 1
    hit = area.search_page.model.record(0)
    assert "spedizione" in hit.context[hit.context_match[0]:hit.context_match[1]].lower()
    area.search_page.view.activated.emit(area.search_page.model.index(0, 0))
    assert area.tabs.currentIndex() == READER
    assert area.reader.document_id == hit.document_id
    assert area.reader.textCursor().selectedText() == "spedizione"
    # The emoji before the match would shift a naive UTF-16 position by two.
    assert area.reader.selected_passage() == hit.matches[0]


def test_search_with_nothing_to_find_says_so(window, evidence_area, evidence_project):
    area = show(window, evidence_area, evidence_project)
    area.search_page.search("zzzznothing")
    assert area.search_page.model.rowCount() == 0
    assert "zzzznothing" in area.search_page.status.text()
    area.search_page.search("* ( )")
    assert "Type one or more words" in area.search_page.status.text()


def test_quotes_library_marks_a_coded_passage_and_jumps_to_it(window, evidence_area,
                                                              evidence_project):
    area = show(window, evidence_area, evidence_project)
    document_id = open_titled(area, "giulia")
    code_id = new_code(area, "Price")
    select_text(area.reader, "la spedizione costava 12 €")
    assert area.apply_codes([code_id])
    area.tabs.setCurrentIndex(QUOTES)
    page = area.quotes_page
    assert page.model.rowCount() == 1
    page.view.setCurrentIndex(page.proxy.index(0, 1))
    passage = page.current_passage()
    assert passage.text == "la spedizione costava 12 €" and not passage.is_quote
    page.toggle_quote()
    page.refresh_if_dirty()
    assert page.model.record(0).is_quote
    assert len(service.list_quotes(window.project)) == 1
    window.undo_stack.undo()
    page.refresh_if_dirty()
    assert not page.model.record(0).is_quote
    page.view.setCurrentIndex(page.proxy.index(0, 1))
    page.open_current()
    assert area.tabs.currentIndex() == READER and area.reader.document_id == document_id
    assert area.reader.textCursor().selectedText() == "la spedizione costava 12 €"


def test_survey_grid_codes_the_selected_answers_in_one_undoable_step(window, evidence_area,
                                                                     survey_project):
    area = show(window, evidence_area, survey_project)
    code_id = new_code(area, "Frustration")
    choose_code(area, code_id)
    area.tabs.setCurrentWidget(area.survey_page)
    page = area.survey_page
    assert page.model.rowCount() == 3
    assert "Età" in page.model.attributes
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    selection = page.view.selectionModel()
    for row in (0, 1):
        selection.select(page.proxy.index(row, 0), selection.SelectionFlag.Select
                         | selection.SelectionFlag.Rows)
    chosen = page.selected_rows()
    assert len(chosen) == 2
    assert area.apply_selected_codes()
    codes_column = {page.model.record(r).document_id: page.model.data(page.model.index(r, 2))
                    for r in range(3)}
    assert sorted(codes_column.values()) == ["", "Frustration", "Frustration"]
    for row in chosen:
        [coding] = service.codings_for_document(window.project, row.document_id)
        assert (coding.start, coding.end) == (0, len(row.text))
    window.undo_stack.undo()
    assert all(page.model.data(page.model.index(r, 2)) == "" for r in range(3))


def test_read_only_project_can_be_read_and_searched_not_coded(window, evidence_area,
                                                              evidence_project):
    area = show(window, evidence_area, evidence_project, readonly=True)
    open_titled(area, "giulia")
    select_text(area.reader, "corriere")
    assert not area.apply_button.isEnabled() and not area.new_code_button.isEnabled()
    assert not area.new_code(name="X")
    area.search_page.search("corriere")
    assert area.search_page.model.rowCount() == 1


def test_importing_transcripts_runs_in_the_background_and_links_the_customer(
        window, evidence_area, make_project, tmp_path, qtbot, monkeypatch):
    from workbench.services.customers import list_customers

    path = make_project("imports", customers=2)
    area = show(window, evidence_area, path)
    transcript = tmp_path / "anna.txt"
    transcript.write_bytes("Anna: la consegna è arrivata tardi 😡\r\n".encode("utf-16"))
    customer = list_customers(window.project)[1]
    monkeypatch.setattr(area, "_ask_import_paths", lambda folder: [transcript])
    monkeypatch.setattr(area, "_ask_customer", lambda: customer.id)
    worker = area.import_documents()
    qtbot.waitUntil(lambda: worker.outcome is not None, timeout=20000)
    qtbot.waitUntil(lambda: area.documents_model.rowCount() == 1, timeout=5000)
    document = area.documents_model.record(0)
    assert (document.title, document.customer_id) == ("anna", customer.id)
    assert area.reader.document_id == document.id
    assert area.reader.toPlainText() == "Anna: la consegna è arrivata tardi 😡\n"

    worker = area.import_documents(paths=[transcript])  # the same file again: asks first
    qtbot.waitUntil(lambda: worker.outcome is not None, timeout=20000)
    assert window.show_message.last.title == "Already imported"
    assert area.documents_model.rowCount() == 1


def test_code_counts_show_a_table_and_a_heat_map(window, evidence_area, survey_project, qtbot):
    area = show(window, evidence_area, survey_project)
    code_id = new_code(area, "Frustration")
    for row in service.survey_grid(window.project, service.survey_columns(window.project)[0]
                                   .column_id).rows[:2]:
        service.apply_codes(window.project, row.document_id, 0, len(row.text), [code_id])
    area.evidence_changed(None, True)
    area.tabs.setCurrentWidget(area.counts_page)
    page = area.counts_page
    qtbot.waitUntil(lambda: page.canvas is not None, timeout=30000)
    page.by.setCurrentIndex(page.by.findData("Canale"))
    qtbot.waitUntil(lambda: page.frame is not None and list(page.frame.columns) == ["app", "negozio",
                                                                                   "web"],
                    timeout=30000)
    counts = {page.model.headerData(c, Qt.Orientation.Horizontal): page.model.data(
        page.model.index(0, c)) for c in range(page.model.columnCount())}
    assert sum(int(v) for v in counts.values()) == 2


def test_a_suggested_theme_becomes_a_code_with_its_examples(window, evidence_area, make_project,
                                                            tmp_path, qtbot, monkeypatch):
    import random

    rng = random.Random(3)
    topics = [["spedizione", "corriere", "pacco", "consegna", "ritardo"],
              ["app", "crash", "login", "password", "update"],
              ["prezzo", "sconto", "coupon", "costo", "offerta"]]
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        words = [rng.choice(rng.choice(topics[:2]) if i % 2 else topics[2]) if rng.random() < 0.6
                 else rng.choice(["il", "la", "e", "the", "and", "molto"]) for _ in range(40)]
        (folder / f"t{i}.txt").write_text(" ".join(words).capitalize() + ".", encoding="utf-8")
    path = make_project("themes", customers=0)
    with open_project(path) as project:
        service.import_transcripts(project, folder)
    area = show(window, evidence_area, path)
    area.tabs.setCurrentWidget(area.themes_page)
    area.themes_page.count.setValue(3)
    worker = area.themes_page.suggest()
    qtbot.waitUntil(lambda: worker.outcome is not None, timeout=60000)
    cards = area.themes_page.theme_cards()
    assert cards, area.themes_page.status.text()
    card = cards[0]
    monkeypatch.setattr(area, "_ask_text", lambda *args: "Tema")
    area.themes_page.accept(card)
    code = next(c for c in area.codes.values() if c.name == "Tema")
    passages = service.coded_passages(window.project, code.id)
    assert len(passages) == len(card.suggestion.examples)
    window.undo_stack.undo()
    assert "Tema" not in {c.name for c in area.codes.values()}


def test_reader_positions_agree_with_the_core_conversion_at_every_offset(qtbot):
    from workbench.domain.evidence import Document, DocumentView, from_utf16, to_utf16
    from workbench.ui.evidence.reader import DocumentReader

    body = "a😀b\n東京 è 🐢🐢 fine 👩‍👩‍👧 end"
    reader = DocumentReader()
    qtbot.addWidget(reader)
    reader.show_document(DocumentView(Document(1, "t", body, None, None, None, None, ""), [], []),
                         {})
    units = len(body.encode("utf-16-le")) // 2
    assert [reader.from_qt(p) for p in range(units + 1)] == [from_utf16(body, p)
                                                            for p in range(units + 1)]
    assert [reader.to_qt(p) for p in range(len(body) + 1)] == [to_utf16(body, p)
                                                              for p in range(len(body) + 1)]
