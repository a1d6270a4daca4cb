"""Undoable voice-of-the-customer edits, pushed on the window's undo stack.

Each command calls one service function (one transaction) and tells the
caller through ``changed()`` to show the new state; a failure is told with
``failed(exc)`` and drops the command. The services import lazily: the
window opens without them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.domain.voc import Driver, MeasureKind, Voice
from workbench.i18n import translate
from workbench.ui.voc import wording


def _voc():
    from workbench.ui.voc.background import service

    return service()


class VocCommand(QUndoCommand):
    def __init__(self, project_of: Callable[[], object], text: str,
                 changed: Callable[[], None], failed: Callable[[Exception], None]) -> None:
        super().__init__(text)
        self.project_of, self.changed, self.failed = project_of, changed, failed
        self.did_fail = False

    def _run(self, step) -> None:
        project = self.project_of()
        if project is None:
            self.setObsolete(True)
            return
        try:
            step(project)
        except Exception as exc:  # told to the user; the service left the project unchanged
            self.did_fail = True
            self.setObsolete(True)
            self.failed(exc)
            return
        self.changed()

    def redo(self) -> None:  # Qt override
        self._run(self.do)

    def undo(self) -> None:  # Qt override
        self._run(self.undo_)

    def do(self, project) -> None:
        raise NotImplementedError

    def undo_(self, project) -> None:
        raise NotImplementedError


class SourceVoiceCommand(VocCommand):
    """Mark a source's rows and texts as customers' or front-line staff's voice."""

    def __init__(self, project_of, source_id: int, name: str, voice: Voice, changed,
                 failed) -> None:
        super().__init__(project_of, translate("Voc", "Mark “{source}” as {voice}").format(
            source=name, voice=wording.voice_name(voice).lower()), changed, failed)
        self.source_id, self.voice = source_id, Voice(voice)
        self.previous: Voice | None = None

    def do(self, project) -> None:
        self.previous = _voc().set_source_voice(project, self.source_id, self.voice)

    def undo_(self, project) -> None:
        _voc().set_source_voice(project, self.source_id, self.previous or Voice.CUSTOMER)


class DocumentVoiceCommand(VocCommand):
    """Give one document its own voice (None: the voice of its source again)."""

    def __init__(self, project_of, document_id: int, title: str, voice: Voice | None, changed,
                 failed) -> None:
        text = (translate("Voc", "Mark “{document}” as front-line voice") if voice is Voice.FRONTLINE
                else translate("Voc", "Mark “{document}” as customer voice")).format(document=title)
        super().__init__(project_of, text, changed, failed)
        self.document_id, self.voice = document_id, voice
        self.previous: Voice | None = None

    def do(self, project) -> None:
        self.previous = _voc().set_document_voice(project, self.document_id, self.voice)

    def undo_(self, project) -> None:
        _voc().set_document_voice(project, self.document_id, self.previous)


class DriverPainPointCommand(VocCommand):
    """Put a driver on a journey map as a pain point card; undo removes the card."""

    def __init__(self, project_of, journey_id: int, stage_id: int, driver: Driver, changed,
                 failed, kind: MeasureKind | None = None) -> None:
        super().__init__(project_of, translate("Voc", "Add pain point “{driver}”").format(
            driver=driver.label), changed, failed)
        self.journey_id, self.stage_id, self.driver, self.kind = journey_id, stage_id, driver, kind
        self.card_id: int | None = None
        self.removed = None

    def do(self, project) -> None:
        if self.removed is not None:
            from workbench.services import journeys

            journeys.restore_card(project, self.removed)
            return
        self.card_id = _voc().driver_pain_point(project, self.journey_id, self.stage_id,
                                                self.driver, kind=self.kind)

    def undo_(self, project) -> None:
        from workbench.services import journeys

        self.removed = journeys.remove_card(project, self.card_id)
