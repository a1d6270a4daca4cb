"""Undoable edits of a journey map, pushed on the window's undo stack.

Each command calls one journeys-service function (one transaction, so the
project file is always up to date) and asks the area to show the new state.
Undo calls the inverse the service documents; a redo after an undo puts back
exactly what was there (removed cards, stages and lanes come back with their
ids, so later commands on the stack still find them).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from workbench.domain.journeys import LANE_TEXT, Card, Evidence
from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.services import journeys as service


class Editor(Protocol):
    """What a command needs from the area: the open project and a way to show the result."""

    project: object

    def journey_changed(self, journey_id: int) -> None: ...

    def edit_failed(self, error: Exception) -> None: ...

    def journey_deleted(self, journey_id: int) -> None: ...

    def journey_restored(self, journey_id: int, renumbered: bool) -> None: ...


class JourneyCommand(QUndoCommand):
    def __init__(self, editor: Editor, journey_id: int, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.journey_id = journey_id

    def _run(self, step) -> None:
        project = self.editor.project
        if project is None:
            self.setObsolete(True)
            return
        try:
            step(project)
        except WorkbenchError as exc:  # the project is unchanged (one transaction)
            self.setObsolete(True)
            self.editor.edit_failed(exc)
            return
        self.editor.journey_changed(self.journey_id)

    def redo(self) -> None:  # Qt override
        self._run(self.do)

    def undo(self) -> None:  # Qt override
        self._run(self.undo_)

    def do(self, project) -> None:
        raise NotImplementedError

    def undo_(self, project) -> None:
        raise NotImplementedError


# --------------------------------------------------------------------------- cards


class AddCardCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, lane_id: int, stage_id: int, text: str,
                 position: int | None = None, evidence: Evidence | None = None) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Add card"))
        self.lane_id, self.stage_id, self.text = lane_id, stage_id, text
        self.position, self.evidence = position, evidence
        self.card_id: int | None = None
        self.removed: Card | None = None

    def do(self, project) -> None:
        if self.removed is not None:
            service.restore_card(project, self.removed)
        else:
            self.card_id = service.add_card(project, self.lane_id, self.stage_id, self.text,
                                            self.position, self.evidence)

    def undo_(self, project) -> None:
        self.removed = service.remove_card(project, self.card_id)


class EditCardCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, card_id: int, before: str,
                 after: str) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Edit card"))
        self.card_id, self.before, self.after = card_id, before, after
        self.was_edited: bool | None = None

    def do(self, project) -> None:
        if self.was_edited is None:
            self.was_edited = service.card_edited(project, self.card_id)
        service.edit_card(project, self.card_id, self.after)

    def undo_(self, project) -> None:
        service.edit_card(project, self.card_id, self.before, edited=bool(self.was_edited))


class RemoveCardCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, card_id: int) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Delete card"))
        self.card_id = card_id
        self.removed: Card | None = None

    def do(self, project) -> None:
        self.removed = service.remove_card(project, self.card_id)

    def undo_(self, project) -> None:
        service.restore_card(project, self.removed)


class MoveCardCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, card_id: int, lane_id: int, stage_id: int,
                 position: int) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Move card"))
        self.card_id, self.lane_id, self.stage_id, self.position = card_id, lane_id, stage_id, position
        self.old: tuple[int, int, int] | None = None

    def do(self, project) -> None:
        self.old = service.move_card(project, self.card_id, self.stage_id, self.position,
                                     self.lane_id)

    def undo_(self, project) -> None:
        lane_id, stage_id, position = self.old
        service.move_card(project, self.card_id, stage_id, position, lane_id)


# --------------------------------------------------------------------------- stages


class AddStageCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, name: str, position: int) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Add stage “{name}”").format(
            name=name))
        self.name, self.position = name, position
        self.stage_id: int | None = None
        self.removed = None

    def do(self, project) -> None:
        if self.removed is not None:
            service.restore_stage(project, self.removed)
        else:
            self.stage_id = service.add_stage(project, self.journey_id, self.name, self.position)

    def undo_(self, project) -> None:
        self.removed = service.remove_stage(project, self.stage_id)


class RenameStageCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, stage_id: int, before: str,
                 after: str) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Rename stage “{name}”").format(
            name=before))
        self.stage_id, self.before, self.after = stage_id, before, after

    def do(self, project) -> None:
        service.rename_stage(project, self.stage_id, self.after)

    def undo_(self, project) -> None:
        service.rename_stage(project, self.stage_id, self.before)


class MoveStageCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, stage_id: int, position: int,
                 name: str) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Move stage “{name}”").format(
            name=name))
        self.stage_id, self.position = stage_id, position
        self.old: int | None = None

    def do(self, project) -> None:
        self.old = service.move_stage(project, self.stage_id, self.position)

    def undo_(self, project) -> None:
        service.move_stage(project, self.stage_id, self.old)


class RemoveStageCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, stage_id: int, name: str) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Remove stage “{name}”").format(
            name=name))
        self.stage_id = stage_id
        self.removed = None

    def do(self, project) -> None:
        self.removed = service.remove_stage(project, self.stage_id)

    def undo_(self, project) -> None:
        service.restore_stage(project, self.removed)


# --------------------------------------------------------------------------- lanes


class AddLaneCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, name: str, position: int | None,
                 kind: str = LANE_TEXT) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Add lane “{name}”").format(
            name=name))
        self.name, self.position, self.kind = name, position, kind
        self.lane_id: int | None = None
        self.removed = None

    def do(self, project) -> None:
        if self.removed is not None:
            service.restore_lane(project, self.removed)
        else:
            self.lane_id = service.add_lane(project, self.journey_id, self.name, self.position,
                                            self.kind)

    def undo_(self, project) -> None:
        self.removed = service.remove_lane(project, self.lane_id)


class AddFrontlineLaneCommand(JourneyCommand):
    """Add the "Front-line view" lane (what staff hear, per stage); undo removes it."""

    def __init__(self, editor: Editor, journey_id: int, existing: set[int]) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Add front-line view lane"))
        #: The map's lanes before: a lane the service finds among them was there already.
        self.existing = set(existing)
        self.lane_id: int | None = None
        self.removed = None

    def do(self, project) -> None:
        if self.removed is not None:
            service.restore_lane(project, self.removed)
            return
        from workbench.services import voc

        self.lane_id = voc.frontline_lane(project, self.journey_id)
        if self.lane_id in self.existing:
            self.setObsolete(True)  # nothing was added, so there is nothing to undo

    def undo_(self, project) -> None:
        if self.lane_id is not None and self.lane_id not in self.existing:
            self.removed = service.remove_lane(project, self.lane_id)


class RenameLaneCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, lane_id: int, before: str,
                 after: str) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Rename lane “{name}”").format(
            name=before))
        self.lane_id, self.before, self.after = lane_id, before, after

    def do(self, project) -> None:
        service.rename_lane(project, self.lane_id, self.after)

    def undo_(self, project) -> None:
        service.rename_lane(project, self.lane_id, self.before)


class HideLaneCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, lane_id: int, hidden: bool,
                 name: str) -> None:
        text = (translate("Journeys", "Hide lane “{name}”") if hidden
                else translate("Journeys", "Show lane “{name}”"))
        super().__init__(editor, journey_id, text.format(name=name))
        self.lane_id, self.hidden = lane_id, hidden
        self.old = not hidden

    def do(self, project) -> None:
        self.old = service.set_lane_hidden(project, self.lane_id, self.hidden)

    def undo_(self, project) -> None:
        service.set_lane_hidden(project, self.lane_id, self.old)


class MoveLaneCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, lane_id: int, position: int,
                 name: str) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Move lane “{name}”").format(
            name=name))
        self.lane_id, self.position = lane_id, position
        self.old: int | None = None

    def do(self, project) -> None:
        self.old = service.move_lane(project, self.lane_id, self.position)

    def undo_(self, project) -> None:
        service.move_lane(project, self.lane_id, self.old)


class RemoveLaneCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, lane_id: int, name: str) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Remove lane “{name}”").format(
            name=name))
        self.lane_id = lane_id
        self.removed = None

    def do(self, project) -> None:
        self.removed = service.remove_lane(project, self.lane_id)

    def undo_(self, project) -> None:
        service.restore_lane(project, self.removed)


# --------------------------------------------------------------------------- emotion and map


class SetEmotionCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, stage_id: int, value: float | None,
                 stage_name: str) -> None:
        text = (translate("Journeys", "Reset emotion of “{stage}” to the evidence") if value is None
                else translate("Journeys", "Set emotion of “{stage}”"))
        super().__init__(editor, journey_id, text.format(stage=stage_name))
        self.stage_id, self.value = stage_id, value
        self.old: float | None = None

    def do(self, project) -> None:
        self.old = service.set_emotion(project, self.stage_id, self.value)

    def undo_(self, project) -> None:
        service.set_emotion(project, self.stage_id, self.old)


class RenameJourneyCommand(JourneyCommand):
    def __init__(self, editor: Editor, journey_id: int, before: str, after: str) -> None:
        super().__init__(editor, journey_id, translate("Journeys", "Rename journey map “{name}”")
                         .format(name=before))
        self.before, self.after = before, after

    def do(self, project) -> None:
        service.rename_journey(project, self.journey_id, self.after)

    def undo_(self, project) -> None:
        service.rename_journey(project, self.journey_id, self.before)


class DeleteJourneyCommand(QUndoCommand):
    """Delete a map; undo puts it back with its ids, so the edits below on the stack still apply.

    When a map created since took the deleted map's id, it comes back under a
    new id and the area drops the older history (it would edit the newer map).
    """

    def __init__(self, editor: Editor, journey_id: int, name: str) -> None:
        super().__init__(translate("Journeys", "Delete journey map “{name}”").format(name=name))
        self.editor = editor
        self.journey_id = journey_id
        self.removed = None

    def redo(self) -> None:  # Qt override
        project = self.editor.project
        if project is None:
            self.setObsolete(True)
            return
        try:
            self.removed = service.delete_journey(project, self.journey_id)
        except WorkbenchError as exc:  # the project is unchanged (one transaction)
            self.setObsolete(True)
            self.editor.edit_failed(exc)
            return
        self.editor.journey_deleted(self.journey_id)

    def undo(self) -> None:  # Qt override
        project = self.editor.project
        if project is None or self.removed is None:
            self.setObsolete(True)
            return
        try:
            restored = service.restore_journey(project, self.removed)
        except WorkbenchError as exc:
            self.setObsolete(True)
            self.editor.edit_failed(exc)
            return
        renumbered = restored != self.journey_id
        self.journey_id = restored
        self.editor.journey_restored(restored, renumbered)
