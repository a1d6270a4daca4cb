"""Interviews as conversations in the Evidence area, on real project files: the reader shows the
speakers, the Speakers dialog sets roles (undoable), whole turns are coded, the speakers scope
changes search and themes, and transcripts are linked to customers from a mapping file."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QFont, QTextCursor, QTextFormat

from workbench.domain.speakers import SpeakerRole
from workbench.services import evidence as service
from workbench.services import speakers as speakers_service
from workbench.services.project import open_project
from workbench.store.customers import add_customers
from workbench.ui.dialogs import ERROR
from workbench.ui.evidence.look import speaker_colours
from workbench.ui.evidence.reader import INTERVIEWER_WORDS, SPEAKER_LABEL

#: Two interviews with the same interviewer; an emoji before later turns shifts Qt's positions.
MARIA = ("Interviewer 1: How was the delivery this time? 📦\n"
         "Maria: The courier arrived late 😡 and the parcel was damaged.\n"
         "\n"
         "Interviewer 1: Did you ask about the warranty?\n"
         "Maria: Yes, support replaced it quickly.\n")
LUCA = ("Interviewer 1: What do you think of the app?\n"
        "Luca: The app crashes when I pay.\n"
        "Interviewer 1: And the warranty page?\n"
        "Luca: I never found it.\n")


@pytest.fixture
def conversation_project(tmp_path):
    from workbench.services.project import create_project

    path = create_project(tmp_path / "interviews.pwb", "Interviews")
    folder = tmp_path / "interviews"
    folder.mkdir()
    (folder / "maria.txt").write_text(MARIA, encoding="utf-8")
    (folder / "luca.txt").write_text(LUCA, encoding="utf-8")
    with open_project(path) as project:
        service.import_transcripts(project, folder)
        add_customers(project.db, ["C-001", "C-002"])
    return path


def show(window, area, path):
    assert window.open_project(path)
    window.project_view.show_area("evidence")
    return area


def open_titled(area, title: str) -> int:
    document = next(d for d in area.documents_model.records if d.title == title)
    row = area.documents_proxy.mapFromSource(area.documents_model.index(
        area.documents_model.row_of(document.id), 0))
    area.documents_view.setCurrentIndex(row)  # as a click on the list would
    assert area.reader.document_id == document.id
    return document.id


def format_at(reader, text: str, occurrence: int = 0):
    """The char format Qt draws the first character of ``text`` with (found in the body)."""
    body = reader.body
    offset = -1
    for _ in range(occurrence + 1):
        offset = body.index(text, offset + 1)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.to_qt(offset) + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def new_code(area, name: str) -> int:
    assert area.new_code(name=name)
    return next(c.id for c in area.codes.values() if c.name == name)


def roles(project) -> dict[str, tuple[SpeakerRole, bool]]:
    return {s.speaker.label: (s.speaker.role, s.speaker.confirmed)
            for s in speakers_service.list_speakers(project)}


def test_reader_shows_each_label_bold_in_its_roles_colour_and_interviewers_muted(
        window, evidence_area, conversation_project):
    area = show(window, evidence_area, conversation_project)
    open_titled(area, "maria")
    colours = speaker_colours(area.reader.palette())

    for occurrence in (0, 1):
        label = format_at(area.reader, "Interviewer 1", occurrence)
        assert label.fontWeight() == QFont.Weight.Bold
        assert label.foreground().color() == colours["interviewer"]
        assert label.property(SPEAKER_LABEL) == "interviewer"
        maria = format_at(area.reader, "Maria", occurrence)  # after the emoji: UTF-16 positions
        assert maria.fontWeight() == QFont.Weight.Bold
        assert maria.foreground().color() == colours["respondent"]
        assert maria.property(SPEAKER_LABEL) == "respondent"
    question = format_at(area.reader, "Did you ask")
    assert question.foreground().color() == colours["muted"]
    assert question.boolProperty(INTERVIEWER_WORDS)
    assert question.fontWeight() != QFont.Weight.Bold
    answer = format_at(area.reader, "support replaced")
    assert not answer.hasProperty(QTextFormat.Property.ForegroundBrush)  # respondents in full ink
    assert not answer.hasProperty(INTERVIEWER_WORDS)
    assert area.reader.toPlainText() == area.reader.body  # the text itself is untouched

    line = area.reader_page.speakers_line
    assert line.isVisible()
    assert "Interviewer 1" in line.text() and "Maria" in line.text()
    assert "Check speakers" in line.text()  # both roles are still guesses

    # A coding is still highlighted on top of the formats, over an interviewer's words too.
    code_id = new_code(area, "Warranty")
    start = area.reader.body.index("the warranty")
    area.reader.select_passage(start, start + len("the warranty"))
    assert area.apply_codes([code_id])
    [coding] = area.reader.codings
    assert area.reader.highlighted_text(coding.id) == "the warranty"
    assert format_at(area.reader, "the warranty").foreground().color() == colours["muted"]


def test_speakers_dialog_sets_a_role_for_the_project_and_undo_restores_it(
        window, evidence_area, conversation_project, monkeypatch):
    area = show(window, evidence_area, conversation_project)
    open_titled(area, "maria")
    colours = speaker_colours(area.reader.palette())
    before = roles(window.project)
    assert before["Maria"] == (SpeakerRole.RESPONDENT, False)
    seen = {}

    def choose(dialog) -> bool:  # what the researcher does in the dialog, then OK
        seen["labels"] = [dialog.table.item(r, dialog.SPEAKER).text()
                          for r in range(dialog.table.rowCount())]
        combo = dialog.role_combo(dialog.row_of("Maria"))
        combo.setCurrentIndex(combo.findData("interviewer"))
        return True

    monkeypatch.setattr(area, "_run_speakers_dialog", choose)
    assert area.show_speakers()
    assert sorted(seen["labels"]) == ["Interviewer 1", "Luca", "Maria"]
    after = roles(window.project)
    assert after["Maria"] == (SpeakerRole.INTERVIEWER, True)
    assert after["Luca"] == before["Luca"] and after["Interviewer 1"] == before["Interviewer 1"]
    assert format_at(area.reader, "Maria").foreground().color() == colours["interviewer"]
    assert format_at(area.reader, "support replaced").boolProperty(INTERVIEWER_WORDS)

    window.undo_stack.undo()
    assert roles(window.project) == before
    assert format_at(area.reader, "Maria").foreground().color() == colours["respondent"]
    assert not format_at(area.reader, "support replaced").hasProperty(INTERVIEWER_WORDS)

    window.undo_stack.redo()
    assert roles(window.project)["Maria"] == (SpeakerRole.INTERVIEWER, True)


def test_confirm_all_confirms_every_guess_in_one_undoable_step(
        window, evidence_area, conversation_project, monkeypatch):
    area = show(window, evidence_area, conversation_project)
    open_titled(area, "maria")
    before = roles(window.project)
    assert not any(confirmed for _role, confirmed in before.values())

    def confirm(dialog) -> bool:
        dialog.confirm_button.click()
        assert "every role confirmed" in dialog.summary.text()
        return True

    monkeypatch.setattr(area, "_run_speakers_dialog", confirm)
    assert area.show_speakers()
    assert roles(window.project) == {label: (role, True) for label, (role, _c) in before.items()}
    assert "Check speakers" not in area.reader_page.speakers_line.text()
    window.undo_stack.undo()
    assert roles(window.project) == before
    assert "Check speakers" in area.reader_page.speakers_line.text()


def test_cancelled_speakers_dialog_changes_nothing(window, evidence_area, conversation_project,
                                                   monkeypatch):
    area = show(window, evidence_area, conversation_project)
    before = roles(window.project)

    def cancel(dialog) -> bool:
        combo = dialog.role_combo(dialog.row_of("Luca"))
        combo.setCurrentIndex(combo.findData("interviewer"))
        return False

    monkeypatch.setattr(area, "_run_speakers_dialog", cancel)
    assert not area.show_speakers()
    assert roles(window.project) == before
    assert not window.undo_stack.canUndo()


def test_detect_again_runs_in_the_background_and_keeps_confirmed_roles(
        window, evidence_area, conversation_project, qtbot):
    from workbench.ui.evidence.speaker_dialogs import SpeakersDialog

    area = show(window, evidence_area, conversation_project)
    luca = speakers_service.find_speaker(window.project, "Luca")
    speakers_service.set_speaker_role(window.project, luca.id, SpeakerRole.INTERVIEWER)
    dialog = SpeakersDialog(area)
    qtbot.addWidget(dialog)
    worker = dialog.detect_again()
    assert worker is not None and not dialog.detect_button.isEnabled()
    qtbot.waitUntil(lambda: worker.outcome is not None, timeout=20000)
    qtbot.waitUntil(lambda: dialog.detect_button.isEnabled())
    assert worker.outcome == "finished"
    assert roles(window.project)["Luca"] == (SpeakerRole.INTERVIEWER, True)
    row = dialog.row_of("Luca")
    assert dialog.role_combo(row).currentData() == "interviewer"
    assert dialog.table.item(row, dialog.TURNS).text() == "2"


def test_code_this_turn_codes_exactly_the_turns_words_and_undo_removes_it(
        window, evidence_area, conversation_project, monkeypatch):
    area = show(window, evidence_area, conversation_project)
    document_id = open_titled(area, "maria")
    code_id = new_code(area, "Delivery")
    asked = []
    monkeypatch.setattr(area, "_ask_codes", lambda title, prompt: asked.append(prompt) or [code_id])
    body = area.reader.body
    inside = body.index("arrived late")  # right-click in the middle of Maria's first answer
    menu = area.reader_menu(inside)
    texts = [a.text() for a in menu.actions()]
    assert "Code this turn…" in texts and "Code all turns of Maria…" in texts
    next(a for a in menu.actions() if a.text() == "Code this turn…").trigger()

    assert "Maria" in asked[0]
    [coding] = service.codings_for_document(window.project, document_id)
    assert body[coding.start:coding.end] == "The courier arrived late 😡 and the parcel was damaged."
    [shown] = area.reader.codings
    assert area.reader.highlighted_text(shown.id) == body[coding.start:coding.end]

    window.undo_stack.undo()
    assert service.codings_for_document(window.project, document_id) == []
    assert area.reader.codings == []
    window.undo_stack.redo()
    assert service.codings_for_document(window.project, document_id) == [coding]


def test_code_all_turns_of_a_speaker_codes_every_document(window, evidence_area,
                                                          conversation_project, monkeypatch):
    area = show(window, evidence_area, conversation_project)
    open_titled(area, "luca")
    code_id = new_code(area, "Asked")
    monkeypatch.setattr(area, "_ask_codes", lambda title, prompt: [code_id])
    offset = area.reader.body.index("Interviewer 1")  # on the label itself
    action = next(a for a in area.reader_menu(offset).actions()
                  if a.text() == "Code all turns of Interviewer 1…")
    action.trigger()

    passages = sorted(p.text for p in service.coded_passages(window.project, code_id))
    assert passages == sorted(["How was the delivery this time? 📦", "Did you ask about the warranty?",
                               "What do you think of the app?", "And the warranty page?"])
    window.undo_stack.undo()
    assert service.coded_passages(window.project, code_id) == []


def test_menu_has_no_turn_actions_outside_a_conversation(window, evidence_area, tmp_path):
    from workbench.services.project import create_project

    path = create_project(tmp_path / "notes.pwb", "Notes")
    notes = tmp_path / "notes.txt"
    notes.write_text("Just notes from the shop floor, nobody speaks here.\n", encoding="utf-8")
    with open_project(path) as project:
        service.import_transcripts(project, notes)
    area = show(window, evidence_area, path)
    open_titled(area, "notes")
    assert not area.reader_page.speakers_line.isVisible()
    assert not [a for a in area.reader_menu(3).actions() if "turn" in a.text()]


def hits(area, query: str, scope: str) -> list[str]:
    page = area.search_page
    page.speakers.setCurrentIndex(page.speakers.findData(scope))  # searches again
    page.search(query)
    return sorted(h.title for h in page.model.records)


def test_speakers_scope_changes_the_search_hits(window, evidence_area, conversation_project):
    area = show(window, evidence_area, conversation_project)
    assert area.search_page.speakers.currentData() == "respondents"  # the default
    assert hits(area, "warranty", "respondents") == []  # only the interviewer says it
    assert hits(area, "warranty", "interviewers") == ["luca", "maria"]
    assert hits(area, "warranty", "all") == ["luca", "maria"]
    assert hits(area, "courier", "interviewers") == []
    assert hits(area, "courier", "respondents") == ["maria"]
    # Changing the chooser alone searches again.
    page = area.search_page
    page.speakers.setCurrentIndex(page.speakers.findData("interviewers"))
    assert [h.title for h in page.model.records] == []


ASKS = [["spedizione", "corriere", "pacco", "consegna", "ritardo"],
        ["assistenza", "telefono", "operatore", "attesa", "reclamo"]]
ANSWERS = [["app", "crash", "login", "password", "aggiornamento"],
           ["prezzo", "sconto", "coupon", "costo", "offerta"]]


@pytest.fixture
def themes_interviews(tmp_path):
    """Thirty interviews: the interviewer always asks about delivery, respondents talk about
    the app or prices; and one French interview."""
    from workbench.services.project import create_project

    rng = random.Random(5)
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        lines = []
        for _ in range(3):
            asked = " ".join(rng.choice(ASKS[i % 3 == 0]) if rng.random() < 0.7 else rng.choice(["il", "la", "e"])
                             for _ in range(25))
            said = " ".join(rng.choice(ANSWERS[i % 2]) if rng.random() < 0.7
                            else rng.choice(["il", "la", "e"]) for _ in range(25))
            lines += [f"Intervistatore: {asked}?", f"Cliente {i}: {said}."]
        (folder / f"intervista {i}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "entretien 3.txt").write_text(
        "Enquêteur: Comment est la livraison?\nClient: La livraison est très lente et le colis "
        "est arrivé en retard, je ne suis pas content du tout avec le service.\n" * 3,
        encoding="utf-8")
    path = create_project(tmp_path / "themes.pwb", "Themes")
    with open_project(path) as project:
        service.import_transcripts(project, folder)
    return path


def theme_words(area, qtbot, scope: str) -> set[str]:
    page = area.themes_page
    page.speakers.setCurrentIndex(page.speakers.findData(scope))
    worker = page.suggest()
    qtbot.waitUntil(lambda: worker.outcome is not None, timeout=60000)
    assert worker.outcome == "finished", page.status.text()
    return {w for card in page.theme_cards() for w in card.suggestion.words}


def test_themes_read_the_chosen_speakers_and_name_documents_left_out(
        window, evidence_area, themes_interviews, qtbot):
    area = show(window, evidence_area, themes_interviews)
    area.tabs.setCurrentWidget(area.themes_page)
    area.themes_page.count.setValue(2)
    assert area.themes_page.speakers.currentData() == "respondents"
    respondents = theme_words(area, qtbot, "respondents")
    assert respondents and not respondents & set(ASKS[0] + ASKS[1])
    assert respondents & (set(ANSWERS[0]) | set(ANSWERS[1]))
    left_out = area.themes_page.left_out
    assert left_out.isVisible()
    assert "entretien 3" in left_out.text() and "French" in left_out.text()

    interviewers = theme_words(area, qtbot, "interviewers")
    assert interviewers and interviewers <= set(ASKS[0] + ASKS[1])


def test_link_transcripts_from_a_mapping_file_and_undo(window, evidence_area, conversation_project,
                                                       tmp_path):
    area = show(window, evidence_area, conversation_project)
    document_id = open_titled(area, "maria")
    mapping = tmp_path / "who.csv"
    mapping.write_text("file,customer\nmaria.txt,C-001\nLuca,C-002\n", encoding="utf-8")
    area._ask_mapping_path = lambda: mapping
    menu = area.documents_panel.import_button.menu()
    next(a for a in menu.actions() if a.text() == "Link transcripts to customers from a file…").trigger()

    customers = {d.title: d.customer_label for d in service.list_documents(window.project)}
    assert customers == {"maria": "C-001", "luca": "C-002"}
    assert "C-001" in area.reader_page.doc_meta.text()
    records = {r.title: r.customer_label for r in area.documents_model.records}
    assert records == customers

    window.undo_stack.undo()
    assert {d.title: d.customer_label for d in service.list_documents(window.project)} == {
        "maria": None, "luca": None}
    assert "C-001" not in area.reader_page.doc_meta.text()
    window.undo_stack.redo()
    assert service.open_document(window.project, document_id).customer_label == "C-001"


def test_a_bad_mapping_file_is_told_with_its_row_and_changes_nothing(
        window, evidence_area, conversation_project, tmp_path, messages):
    area = show(window, evidence_area, conversation_project)
    mapping = tmp_path / "who.csv"
    mapping.write_text("file,customer\nmaria.txt,C-001\nluca.txt,C-999\n", encoding="utf-8")
    assert not area.link_transcripts(mapping)
    assert messages.last.kind == ERROR
    assert "who.csv" in messages.last.text and "row 3" in messages.last.text
    assert "C-999" in messages.last.text
    assert {d.customer_label for d in service.list_documents(window.project)} == {None}
    assert not window.undo_stack.canUndo()


def test_a_read_only_project_shows_speakers_but_changes_nothing(
        window, evidence_area, conversation_project, monkeypatch):
    from workbench.ui.evidence.speaker_dialogs import SpeakersDialog

    assert window.open_project(conversation_project, readonly=True)
    window.project_view.show_area("evidence")
    area = evidence_area
    open_titled(area, "maria")
    assert format_at(area.reader, "Maria").property(SPEAKER_LABEL) == "respondent"
    dialog = SpeakersDialog(area)
    assert not dialog.detect_button.isEnabled() and not dialog.confirm_button.isEnabled()
    assert not dialog.role_combo(0).isEnabled()
    dialog.close()
    menu = area.reader_menu(area.reader.body.index("arrived late"))
    turn_actions = [a for a in menu.actions() if "turn" in a.text()]
    assert len(turn_actions) == 2 and not any(a.isEnabled() for a in turn_actions)
    assert not area.apply_speaker_roles([(1, SpeakerRole.INTERVIEWER)])
    assert not window.undo_stack.canUndo()
