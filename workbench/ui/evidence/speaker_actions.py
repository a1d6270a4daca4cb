"""Speaker actions of the Evidence area: the Speakers dialog, coding whole turns, linking
transcripts to customers from a mapping file, and showing what a change of speakers changed.

Plain functions over the area (``EvidenceArea``), like ``coding_actions``: they
ask through the area's dialog seams (``_ask_codes``, ``_ask_mapping_path``,
``_run_speakers_dialog``, which tests replace) and push one undoable command
each on the window's undo stack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from workbench.domain.speakers import Speaker, SpeakerRole, TurnView
from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.services import evidence as service
from workbench.services import speakers as speakers_service
from workbench.ui.dialogs import INFO, WARNING
from workbench.ui.evidence.commands import CodeTurnsCommand, LinkTranscriptsCommand, SpeakerRolesCommand
from workbench.ui.evidence.speaker_dialogs import ChooseCodesDialog, SpeakersDialog
from workbench.ui.numbers import count_text

#: At most this many file names or keys are listed in a message.
LISTED = 8

# --- dialogs ------------------------------------------------------------------------------


def ask_codes(area, title: str, prompt: str) -> list[int] | None:
    """Codes ticked in a list (the code book's selection ticked first); None when cancelled."""
    dialog = ChooseCodesDialog(area, area.code_summaries, area.code_tree.code_ids(), title, prompt)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.code_ids()


def ask_mapping_path(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("EvidenceArea", "Link transcripts to customers"), "",
        translate("EvidenceArea", "Mapping files (*.csv *.xlsx *.xls *.tsv *.txt);;All files (*)"))
    return Path(chosen) if chosen else None


# --- the Speakers dialog ------------------------------------------------------------------------


def show_speakers(area) -> bool:
    """Show every speaker with its role; apply the changes made (one undoable step) on OK."""
    if area.project is None:
        return False
    dialog = SpeakersDialog(area)
    if not area._run_speakers_dialog(dialog):
        return False
    return apply_speaker_roles(area, dialog.changes())


def apply_speaker_roles(area, changes: list[tuple[int, SpeakerRole]]) -> bool:
    """Set and confirm these speakers' roles for the whole project (one undoable step)."""
    if area.project is None or area.readonly or not changes:
        return False
    text = translate("EvidenceArea", "Set the role of {n} speakers").format(n=len(changes)) \
        if len(changes) > 1 else translate("EvidenceArea", "Set a speaker's role")
    if not area.push_command(SpeakerRolesCommand(area, changes, text)):
        return False
    area.window_.statusBar().showMessage(translate(
        "EvidenceArea", "Speakers' roles saved for the whole project."), 4000)
    return True


# --- coding whole turns --------------------------------------------------------------------------


def _codes_or_tell(area) -> bool:
    if area.project is None or area.readonly:
        return False
    if not area.codes:
        area.window_.statusBar().showMessage(translate(
            "EvidenceArea", "No codes yet: create a code in the code book first."), 4000)
        return False
    return True


def _names(area, code_ids: list[int]) -> str:
    return ", ".join(area.codes[c].name for c in code_ids if c in area.codes)


def code_turn(area, turn: TurnView, code_ids: list[int] | None = None) -> bool:
    """Code the spoken words of one turn (asks for the codes unless given)."""
    if not _codes_or_tell(area):
        return False
    if code_ids is None:
        code_ids = area._ask_codes(translate("EvidenceArea", "Code this turn"), translate(
            "EvidenceArea", "Code the words of this turn of {speaker} with:").format(
            speaker=turn.speaker.label))
    if not code_ids:
        return False
    command = CodeTurnsCommand(area, code_ids, translate(
        "EvidenceArea", "Code a turn of {speaker} with “{codes}”").format(
        speaker=turn.speaker.label, codes=_names(area, code_ids)), turn_ids=[turn.turn.id])
    return _push_coding(area, command, code_ids)


def code_speaker(area, speaker: Speaker, code_ids: list[int] | None = None) -> bool:
    """Code every turn of a speaker in every document (asks for the codes unless given)."""
    if not _codes_or_tell(area):
        return False
    if code_ids is None:
        usage = next((s for s in speakers_service.list_speakers(area.project)
                      if s.speaker.id == speaker.id), None)
        turns, documents = (usage.turns, usage.documents) if usage is not None else (0, 0)
        code_ids = area._ask_codes(
            translate("EvidenceArea", "Code all turns of {speaker}").format(speaker=speaker.label),
            translate("EvidenceArea", "Code the words of all {turns} turns of {speaker} (in "
                      "{documents} documents) with:").format(
                turns=count_text(turns), speaker=speaker.label, documents=count_text(documents)))
    if not code_ids:
        return False
    command = CodeTurnsCommand(area, code_ids, translate(
        "EvidenceArea", "Code all turns of {speaker} with “{codes}”").format(
        speaker=speaker.label, codes=_names(area, code_ids)), speaker_id=speaker.id)
    return _push_coding(area, command, code_ids)


def _push_coding(area, command: CodeTurnsCommand, code_ids: list[int]) -> bool:
    if not area.push_command(command):
        return False
    area.last_codes = list(code_ids)
    if not command.created:
        area.window_.statusBar().showMessage(translate(
            "EvidenceArea", "Already coded with “{codes}”.").format(codes=_names(area, code_ids)), 4000)
        return False
    area.window_.statusBar().showMessage(translate(
        "EvidenceArea", "{n} passages coded with “{codes}”.").format(
        n=len(command.created), codes=_names(area, code_ids)), 4000)
    area.update_state()
    return True


def add_turn_actions(area, menu: QMenu, offset: int) -> None:
    """The reader menu's "Code this turn…" and "Code all turns of <speaker>…" at ``offset``."""
    turn = area.reader.turn_at(offset)
    if turn is None:
        return
    enabled = not area.readonly and bool(area.codes)
    menu.addSeparator()
    action = menu.addAction(translate("EvidenceArea", "Code this turn…"),
                            lambda: area.code_turn(turn))
    action.setEnabled(enabled and turn.turn.end > turn.turn.text_start)
    action = menu.addAction(translate("EvidenceArea", "Code all turns of {speaker}…").format(
        speaker=turn.speaker.label), lambda: area.code_speaker(turn.speaker))
    action.setEnabled(enabled)


# --- customers -------------------------------------------------------------------------------------


def link_transcripts(area, path: Path | None = None) -> bool:
    """Link transcripts to customers from a mapping file (file name -> customer key), undoable."""
    if area.project is None or area.readonly:
        return False
    if path is None:
        path = area._ask_mapping_path()
        if path is None:
            return False
    command = LinkTranscriptsCommand(area, Path(path), translate(
        "EvidenceArea", "Link transcripts to customers from {file}").format(file=Path(path).name))
    if not area.push_command(command):
        return False  # the error (naming the file and row) was shown
    _tell_linked(area, Path(path), command.result)
    return bool(command.result.linked)


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:LISTED])
    if len(items) > LISTED:
        shown += " " + translate("EvidenceArea", "and {n} more").format(n=len(items) - LISTED)
    return shown


def _tell_linked(area, path: Path, result) -> None:
    linked = translate("EvidenceArea", "{n} transcripts linked to customers.").format(
        n=len(result.linked))
    problems = []
    if result.unknown_files:
        problems.append(translate("EvidenceArea", "No imported transcript is called: {files}.").format(
            files=_listed([f"“{f}”" for f in result.unknown_files])))
    if result.unknown_keys:
        problems.append(translate("EvidenceArea", "No customer has the key: {keys}.").format(
            keys=_listed([f"“{k}” ({f})" for f, k in result.unknown_keys])))
    if problems:
        area.window_.show_message(
            WARNING if result.linked else INFO,
            translate("EvidenceArea", "Transcripts linked from {file}").format(file=path.name),
            "\n\n".join([linked, *problems]))
    else:
        area.window_.statusBar().showMessage(linked, 5000)


# --- after a change ---------------------------------------------------------------------------------


def speakers_changed(area) -> None:
    """Roles or turns changed: the reader's conversation, the code book's counts and the search."""
    if area.project is None:
        return
    show_turns(area)
    area.reload_code_book()
    area.counts_page.mark_dirty()
    area.search_page.search_again()


def show_turns(area) -> None:
    """Format the open document as a conversation (its turns read again)."""
    document_id = area.reader.document_id
    turns = []
    if document_id is not None and area.project is not None:
        try:
            turns = speakers_service.document_turns(area.project, document_id)
        except WorkbenchError:
            turns = []
    area.reader.show_turns(turns)
    area.reader_page.show_speakers(turns)


def customers_changed(area) -> None:
    """Documents' customers changed: the list and the open document's header."""
    if area.project is None:
        return
    area.reload_documents()
    document_id = area.reader.document_id
    if document_id is not None:
        try:
            area.reader.view = service.open_document(area.project, document_id)
        except WorkbenchError:
            return
        area.reader_page.show_header()
