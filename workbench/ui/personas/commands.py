"""Undoable edits of persona cards and persona sets (pushed on the window's undo stack).

Each command writes through the personas service at once (the project file
is always up to date) and asks the area to show the new state; undo writes
the previous values back the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.i18n import translate


class EditPersonaCommand(QUndoCommand):
    """Change some of a persona's card fields (name, photo, narrative, goals, ...)."""

    def __init__(self, apply: Callable[[int, dict], None], persona_id: int,
                 before: dict[str, object], after: dict[str, object], name: str) -> None:
        super().__init__(translate("PersonasArea", "Edit persona “{name}”").format(name=name))
        self._apply = apply
        self.persona_id = persona_id
        self.before = dict(before)
        self.after = dict(after)

    def redo(self) -> None:  # Qt override
        self._apply(self.persona_id, self.after)

    def undo(self) -> None:  # Qt override
        self._apply(self.persona_id, self.before)


class RenamePersonaSetCommand(QUndoCommand):
    """Rename a persona set."""

    def __init__(self, apply: Callable[[int, str], None], set_id: int, before: str,
                 after: str) -> None:
        super().__init__(translate("PersonasArea", "Rename persona set “{name}”").format(name=before))
        self._apply = apply
        self.set_id = set_id
        self.before, self.after = before, after

    def redo(self) -> None:  # Qt override
        self._apply(self.set_id, self.after)

    def undo(self) -> None:  # Qt override
        self._apply(self.set_id, self.before)


class DeletePersonaSetCommand(QUndoCommand):
    """Delete a persona set; undo puts it back with its edited cards and ids.

    ``delete(set_id)`` returns what ``restore(removed)`` needs (None when the
    delete failed and was told); ``restore`` returns the set's id, None on failure.
    """

    def __init__(self, delete: Callable[[int], object | None],
                 restore: Callable[[object], int | None], set_id: int, name: str) -> None:
        super().__init__(translate("PersonasArea", "Delete persona set “{name}”").format(name=name))
        self._delete, self._restore = delete, restore
        self.set_id = set_id
        self.removed = None

    def redo(self) -> None:  # Qt override
        self.removed = self._delete(self.set_id)
        if self.removed is None:
            self.setObsolete(True)

    def undo(self) -> None:  # Qt override
        restored = self._restore(self.removed) if self.removed is not None else None
        if restored is None:
            self.setObsolete(True)
            return
        self.set_id = restored
