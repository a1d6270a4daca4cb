"""Coding actions of the Evidence area: apply codes to passages, remove codings, mark and unmark
quotes, and the reader's context menu that offers them.

Plain functions over the area (``EvidenceArea``): they read its ``reader``,
``code_tree``, ``codes`` and ``last_codes`` and push one undoable command each on
the window's undo stack; the command asks the area to show the change.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from workbench.domain.evidence import Coding
from workbench.i18n import translate
from workbench.ui.evidence import speaker_actions
from workbench.ui.evidence.codebook import swatch
from workbench.ui.evidence.commands import (
    ApplyCodesCommand,
    MarkQuoteCommand,
    RemoveCodingsCommand,
    UnmarkQuoteCommand,
)


def passage_or_tell(area) -> tuple[int, int, int] | None:
    """``(document, start, end)`` selected in the reader, or None after telling to select one."""
    passage = area.reader.selected_passage()
    if passage is None or area.reader.document_id is None:
        area.window_.statusBar().showMessage(translate(
            "EvidenceArea", "Select a passage in the document first."), 4000)
        return None
    return (area.reader.document_id, *passage)


def apply_codes(area, code_ids: list[int]) -> bool:
    """Apply codes to the passage selected in the reader (one undoable step)."""
    if area.readonly or not code_ids:
        return False
    passage = passage_or_tell(area)
    if passage is None:
        return False
    return apply_codes_to_passages(area, [passage], code_ids)


def apply_codes_to_passages(area, passages: list[tuple[int, int, int]],
                            code_ids: list[int] | None = None) -> bool:
    """Code passages with codes (the code book's selection by default); remembered for Ctrl+L."""
    if area.project is None or area.readonly or not passages:
        return False
    code_ids = code_ids if code_ids is not None else area.code_tree.code_ids()
    if not code_ids:
        area.window_.statusBar().showMessage(translate(
            "EvidenceArea", "Choose one or more codes in the code book first."), 4000)
        return False
    names = ", ".join(area.codes[c].name for c in code_ids if c in area.codes)
    text = translate("EvidenceArea", "Code with “{codes}”").format(codes=names) if len(
        passages) == 1 else translate("EvidenceArea", "Code {n} answers with “{codes}”").format(
        n=len(passages), codes=names)
    command = ApplyCodesCommand(area, passages, code_ids, text)
    if not area.push_command(command):
        return False
    area.last_codes = list(code_ids)
    if not command.created:
        area.window_.statusBar().showMessage(translate(
            "EvidenceArea", "Already coded with “{codes}”.").format(codes=names), 4000)
        return False
    area.update_state()
    return True


def apply_last_codes(area) -> bool:
    if not area.last_codes:
        area.window_.statusBar().showMessage(translate(
            "EvidenceArea", "No code used yet: apply a code once, then Ctrl+L repeats it."), 4000)
        return False
    return apply_codes(area, area.last_codes)


def remove_codings(area, codings: list[Coding]) -> None:
    if not codings or area.readonly:
        return
    names = ", ".join(dict.fromkeys(area.codes[c.code_id].name for c in codings
                                    if c.code_id in area.codes))
    area.window_.undo_stack.push(RemoveCodingsCommand(
        area, codings, translate("EvidenceArea", "Remove coding “{codes}”").format(codes=names)))


def mark_selection_as_quote(area) -> None:
    if area.readonly:
        return
    passage = passage_or_tell(area)
    if passage is not None:
        area.window_.undo_stack.push(MarkQuoteCommand(area, passage=passage))


def mark_quote_of_passage(area, document_id: int, start: int, end: int, coding_id: int | None) -> None:
    if area.readonly:
        return
    if coding_id is not None:
        coding = Coding(coding_id, document_id, 0, start, end)
        area.window_.undo_stack.push(MarkQuoteCommand(area, coding=coding))
    else:
        area.window_.undo_stack.push(MarkQuoteCommand(area, passage=(document_id, start, end)))


def unmark_quote(area, quote_id: int, document_id: int) -> None:
    if not area.readonly:
        area.window_.undo_stack.push(UnmarkQuoteCommand(area, quote_id, document_id))


def reader_menu(area, offset: int) -> QMenu:
    """The reader's context menu at a position (code points)."""
    menu = QMenu(area)
    reader = area.reader
    writable = not area.readonly
    has_selection = reader.selected_passage() is not None
    selected = area.code_tree.code_ids()
    if selected:
        names = ", ".join(area.codes[c].name for c in selected)
        action = menu.addAction(translate("EvidenceArea", "Apply “{codes}”").format(codes=names),
                                lambda: area.apply_codes(selected))
        action.setShortcut(QKeySequence("Ctrl+Return"))
        action.setEnabled(writable and has_selection)
    apply_menu = menu.addMenu(translate("EvidenceArea", "Apply code"))
    apply_menu.setEnabled(writable and has_selection and bool(area.codes))
    for summary in area.code_summaries:
        code = summary.code
        apply_menu.addAction(swatch(code.colour), "    " * summary.depth + code.name,
                             lambda c=code.id: area.apply_codes([c]))
    if area.last_codes:
        names = ", ".join(area.codes[c].name for c in area.last_codes)
        action = menu.addAction(translate("EvidenceArea", "Code with last: “{codes}”").format(
            codes=names), area.apply_last_codes)
        action.setShortcut(QKeySequence("Ctrl+L"))
        action.setEnabled(writable and has_selection)
    action = menu.addAction(translate("EvidenceArea", "Mark selection as quote"),
                            area.mark_selection_as_quote)
    action.setEnabled(writable and has_selection)
    here = reader.codings_at(offset)
    quotes = {(q.start, q.end): q for q in reader.quotes_at(offset)}
    if here or quotes:
        menu.addSeparator()
    for coding in here:
        name = area.codes[coding.code_id].name
        quote = quotes.pop((coding.start, coding.end), None)
        if quote is None:
            action = menu.addAction(translate("EvidenceArea", "Mark “{code}” passage as quote")
                                    .format(code=name),
                                    lambda c=coding: area.window_.undo_stack.push(
                                        MarkQuoteCommand(area, coding=c)))
        else:
            action = menu.addAction(translate("EvidenceArea", "Unmark “{code}” quote").format(
                code=name), lambda q=quote: area.unmark_quote(q.id, q.document_id))
        action.setEnabled(writable)
        action = menu.addAction(swatch(area.codes[coding.code_id].colour),
                                translate("EvidenceArea", "Remove coding “{code}”").format(code=name),
                                lambda c=coding: area.remove_codings([c]))
        action.setEnabled(writable)
    for quote in quotes.values():
        action = menu.addAction(translate("EvidenceArea", "Unmark quote"),
                                lambda q=quote: area.unmark_quote(q.id, q.document_id))
        action.setEnabled(writable)
    speaker_actions.add_turn_actions(area, menu, offset)
    menu.addSeparator()
    action = menu.addAction(translate("EvidenceArea", "Copy"), reader.copy)
    action.setEnabled(has_selection)
    return menu
