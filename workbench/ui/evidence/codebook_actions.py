"""Code book actions of the Evidence area: new, rename, recolour, memo, move, merge and delete a
code, the code book's context menu, and turning a suggested theme into a code.

Plain functions over the area (``EvidenceArea``): they read its ``project``,
``codes``, ``code_summaries`` and ``code_tree``, ask the user through its dialog
seams (``_ask_text`` and friends, which tests replace) and push one undoable
command each with ``area.push_command``. The dialogs themselves are here too.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QLineEdit, QMenu, QWidget

from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.services import evidence as service
from workbench.ui.dialogs import QUESTION
from workbench.ui.evidence.commands import (
    AcceptThemeCommand,
    CreateCodeCommand,
    DeleteCodeCommand,
    MergeCodesCommand,
    MoveCodeCommand,
    RejectThemeCommand,
    SetCodeValueCommand,
)
from workbench.ui.numbers import count_text

#: The answers of the delete-code question.
DELETE, DELETE_KEEP = "delete", "delete-keep-children"

# --- dialogs ------------------------------------------------------------------------------


def ask_text(parent: QWidget, title: str, label: str, current: str = "") -> str | None:
    """A line of text, or None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, current)
    return text.strip() if ok and text.strip() else None


def ask_memo(parent: QWidget, current: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, translate("EvidenceArea", "Code memo"),
                                             translate("EvidenceArea", "What this code means and "
                                                       "when to use it:"), current)
    return text if ok else None


def ask_colour(parent: QWidget, current: str) -> str | None:
    colour = QColorDialog.getColor(QColor(current), parent, translate("EvidenceArea", "Code colour"))
    return colour.name().upper() if colour.isValid() else None


def ask_merge_target(area, code_id: int) -> int | None:
    """The code to merge ``code_id`` into, chosen from the code book; None when cancelled."""
    choices = [s for s in area.code_summaries if s.code.id != code_id]
    if not choices:
        return None
    labels = ["    " * s.depth + s.code.name for s in choices]
    text, ok = QInputDialog.getItem(area, translate("EvidenceArea", "Merge code"), translate(
        "EvidenceArea", "Merge “{name}” into:").format(name=area.codes[code_id].name), labels, 0,
        False)
    return choices[labels.index(text)].code.id if ok and text in labels else None


# --- changes ------------------------------------------------------------------------------


def new_code(area, sub: bool = False, name: str | None = None) -> bool:
    """Add a code (under the current one with ``sub``), asking its name unless given."""
    if area.project is None or area.readonly:
        return False
    parent_id = area.code_tree.current_code_id() if sub else None
    if sub and parent_id is None:
        return False
    if name is None:
        label = translate("EvidenceArea", "Name of the new code:") if parent_id is None else \
            translate("EvidenceArea", "Name of the new code under “{parent}”:").format(
                parent=area.codes[parent_id].name)
        name = area._ask_text(translate("EvidenceArea", "New code"), label)
    if not name:
        return False
    command = CreateCodeCommand(area, name, parent_id)
    if not area.push_command(command):
        return False
    area.code_tree.clearSelection()
    area.code_tree.select_code(command.code.id)
    return True


def rename_code(area, code_id: int, name: str | None = None) -> None:
    code = area.codes.get(code_id)
    if code is None or area.readonly:
        return
    if name is None:
        name = area._ask_text(translate("EvidenceArea", "Rename code"),
                              translate("EvidenceArea", "New name:"), code.name)
    if not name or name == code.name:
        area.reload_code_book()
        return
    area.push_command(SetCodeValueCommand(area, code_id, "name", name, translate(
        "EvidenceArea", "Rename code “{name}”").format(name=code.name)))


def recolour_code(area, code_id: int, colour: str | None = None) -> None:
    code = area.codes.get(code_id)
    if code is None or area.readonly:
        return
    colour = colour or area._ask_colour(code.colour)
    if colour and colour.upper() != code.colour.upper():
        command = SetCodeValueCommand(area, code_id, "colour", colour, translate(
            "EvidenceArea", "Recolour code “{name}”").format(name=code.name))
        command.documents = None
        area.push_command(command)


def edit_memo(area, code_id: int, memo: str | None = None) -> None:
    code = area.codes.get(code_id)
    if code is None or area.readonly:
        return
    memo = memo if memo is not None else area._ask_memo(code.memo)
    if memo is not None and memo != code.memo:
        area.push_command(SetCodeValueCommand(area, code_id, "memo", memo, translate(
            "EvidenceArea", "Edit memo of “{name}”").format(name=code.name)))


def move_code(area, code_id: int, parent_id: int | None, position: int) -> None:
    code = area.codes.get(code_id)
    if code is None or area.readonly:
        return
    area.push_command(MoveCodeCommand(area, code_id, parent_id, position, translate(
        "EvidenceArea", "Move code “{name}”").format(name=code.name)))


def merge_codes(area, code_id: int, into_id: int | None = None) -> None:
    code = area.codes.get(code_id)
    if code is None or area.readonly:
        return
    into_id = into_id if into_id is not None else area._ask_merge_target(code_id)
    if into_id is None or into_id not in area.codes:
        return
    area.push_command(MergeCodesCommand(area, code_id, into_id, translate(
        "EvidenceArea", "Merge “{name}” into “{into}”").format(name=code.name,
                                                             into=area.codes[into_id].name)))


def delete_code(area, code_id: int | None = None) -> bool:
    """Delete a code after saying how many codings go with it."""
    code_id = code_id if code_id is not None else area.code_tree.current_code_id()
    code = area.codes.get(code_id)
    if code is None or area.readonly:
        return False
    try:
        impact = service.deletion_impact(area.project, code_id)
    except WorkbenchError as exc:
        area.command_failed(exc)
        return False
    text = translate("EvidenceArea", "Delete the code “{name}” and its {codings} codings").format(
        name=code.name, codings=count_text(impact.codings))
    if impact.codes > 1:
        text += translate("EvidenceArea", ", with {n} sub-codes").format(n=impact.codes - 1)
    if impact.quotes:
        text += translate("EvidenceArea", " ({n} of them marked as quotes)").format(n=count_text(impact.quotes))
    text += translate("EvidenceArea", "? Other codings are not touched. You can undo this "
                      "with Ctrl+Z.")
    actions = [(DELETE, translate("EvidenceArea", "Delete"))]
    if impact.children:
        actions.append((DELETE_KEEP, translate("EvidenceArea", "Delete, keep sub-codes")))
    choice = area.window_.show_message(QUESTION, translate("EvidenceArea", "Delete code"), text,
                                       actions=actions)
    if choice not in (DELETE, DELETE_KEEP):
        return False
    return area.push_command(DeleteCodeCommand(area, code_id, choice == DELETE_KEEP, translate(
        "EvidenceArea", "Delete code “{name}”").format(name=code.name)))


def accept_theme(area, suggestion) -> bool:
    """Make a suggested theme a code (its name asked, the theme's label proposed)."""
    if area.readonly:
        return False
    name = area._ask_text(translate("EvidenceArea", "Make a code"),
                          translate("EvidenceArea", "Name of the code:"), suggestion.label)
    if not name:
        return False
    return area.push_command(AcceptThemeCommand(area, suggestion, name))


def reject_theme(area, suggestion) -> bool:
    return not area.readonly and area.push_command(RejectThemeCommand(area, suggestion))


# --- menu ---------------------------------------------------------------------------------


def code_menu(area, code_id: int | None) -> QMenu:
    """The code book's context menu on a code (or on empty space: None)."""
    menu = QMenu(area)
    writable = area.project is not None and not area.readonly
    menu.addAction(translate("EvidenceArea", "New code…"), lambda: area.new_code()).setEnabled(
        writable)
    if code_id is not None:
        area.code_tree.select_code(code_id)
        has_selection = area.reader.selected_passage() is not None
        for text, slot, enabled in (
                (translate("EvidenceArea", "Apply to selected text"),
                 lambda: area.apply_codes([code_id]), writable and has_selection),
                (translate("EvidenceArea", "New sub-code…"), lambda: area.new_code(sub=True),
                 writable),
                (None, None, None),
                (translate("EvidenceArea", "Rename…"), lambda: area.rename_code(code_id), writable),
                (translate("EvidenceArea", "Colour…"), lambda: area.recolour_code(code_id),
                 writable),
                (translate("EvidenceArea", "Memo…"), lambda: area.edit_memo(code_id), writable),
                (translate("EvidenceArea", "Move to top level"),
                 lambda: area.move_code(code_id, None, 10 ** 6),
                 writable and area.codes[code_id].parent_id is not None),
                (translate("EvidenceArea", "Merge into…"), lambda: area.merge_codes(code_id),
                 writable and len(area.codes) > 1),
                (None, None, None),
                (translate("EvidenceArea", "Show coded passages"),
                 lambda: area.code_activated(None), True),
                (translate("EvidenceArea", "Delete…"), lambda: area.delete_code(code_id),
                 writable)):
            if text is None:
                menu.addSeparator()
            else:
                menu.addAction(text, slot).setEnabled(enabled)
    return menu
