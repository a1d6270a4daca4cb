"""Undoable evidence edits, pushed on the window's undo stack.

Each command calls one evidence service function (one transaction) and asks
the area to show the change; undo calls the service's inverse. A redo after
an undo restores exactly what was there (same ids) through ``restore_change``
or ``restore_quote`` instead of creating new rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QUndoCommand

from workbench.domain.evidence import CodeBookChange, Coding, Quote, ThemeSuggestion
from workbench.domain.speakers import CustomerLinkResult, SpeakerRole
from workbench.i18n import translate
from workbench.services import evidence as service
from workbench.services import evidence_insights as insights
from workbench.services import speakers

#: What a command changed, for the area's refresh: documents whose highlights change,
#: and whether the code book (names, colours, tree, counts) changed.
CODES, DOCUMENTS = "codes", "documents"


class EvidenceCommand(QUndoCommand):
    """Runs ``_redo``/``_undo`` on the area's project; a failure is told and drops the command."""

    touches_codes = True

    def __init__(self, area, text: str) -> None:
        super().__init__(text)
        self.area = area
        self.documents: set[int] = set()
        self.failed = False

    def redo(self) -> None:  # Qt override
        self._run(self._redo)

    def undo(self) -> None:  # Qt override
        self._run(self._undo)

    def _run(self, step) -> None:
        project = self.area.project
        if project is None:
            self.setObsolete(True)
            return
        try:
            step(project)
        except Exception as exc:  # told to the user; the service left the project unchanged
            self.failed = True
            self.setObsolete(True)
            self.area.command_failed(exc)
            return
        self.area.evidence_changed(self.documents, self.touches_codes)
        self._shown()

    def _shown(self) -> None:
        """After the area showed the change: anything more to show (subclasses)."""

    def _redo(self, project) -> None:
        raise NotImplementedError

    def _undo(self, project) -> None:
        raise NotImplementedError


class ApplyCodesCommand(EvidenceCommand):
    """Code one or more passages ``(document, start, end)`` with one or more codes."""

    def __init__(self, area, passages: Sequence[tuple[int, int, int]], code_ids: Sequence[int],
                 text: str) -> None:
        super().__init__(area, text)
        self.passages = [tuple(p) for p in passages]
        self.code_ids = list(code_ids)
        self.created: list[Coding] = []
        self.change: CodeBookChange | None = None
        self.documents = {p[0] for p in self.passages}

    def _redo(self, project) -> None:
        if self.change is not None:
            service.restore_change(project, self.change)
            return
        created = service.apply_codes_to_passages(project, self.passages, self.code_ids)
        self.created = created
        if not created:
            self.setObsolete(True)  # every code was already there: nothing to undo

    def _undo(self, project) -> None:
        self.change = service.remove_codings(project, [c.id for c in self.created])


class CodeTurnsCommand(ApplyCodesCommand):
    """Code the spoken words of whole turns, or of every turn of one speaker."""

    def __init__(self, area, code_ids: Sequence[int], text: str, *, turn_ids: Sequence[int] = (),
                 speaker_id: int | None = None) -> None:
        super().__init__(area, [], code_ids, text)
        self.turn_ids = list(turn_ids)
        self.speaker_id = speaker_id
        self.documents = set()

    def _redo(self, project) -> None:
        if self.change is not None:
            service.restore_change(project, self.change)
            return
        if self.speaker_id is not None:
            created = speakers.code_speaker(project, self.speaker_id, self.code_ids)
        else:
            created = speakers.code_turns(project, self.turn_ids, self.code_ids)
        self.created = created
        self.documents = {c.document_id for c in created}
        if not created:
            self.setObsolete(True)  # every turn already had these codes


class RemoveCodingsCommand(EvidenceCommand):
    def __init__(self, area, codings: Sequence[Coding], text: str) -> None:
        super().__init__(area, text)
        self.coding_ids = [c.id for c in codings]
        self.documents = {c.document_id for c in codings}
        self.change: CodeBookChange | None = None

    def _redo(self, project) -> None:
        self.change = service.remove_codings(project, self.coding_ids)

    def _undo(self, project) -> None:
        if self.change is not None:
            service.restore_change(project, self.change)


class MarkQuoteCommand(EvidenceCommand):
    """Mark a coding's passage (or any passage) as a quote."""

    touches_codes = False

    def __init__(self, area, *, coding: Coding | None = None,
                 passage: tuple[int, int, int] | None = None) -> None:
        super().__init__(area, translate("EvidenceArea", "Mark as quote"))
        self.coding = coding
        self.passage = passage
        self.quote: Quote | None = None
        self.existed = False
        self.documents = {coding.document_id if coding else passage[0]}

    def _redo(self, project) -> None:
        if self.quote is not None:
            service.restore_quote(project, self.quote)
            return
        if self.coding is not None:
            before = {q.id for q in service.open_document(project, self.coding.document_id).quotes}
            self.quote = service.mark_quote(project, coding_id=self.coding.id)
        else:
            document_id, start, end = self.passage
            before = {q.id for q in service.open_document(project, document_id).quotes}
            self.quote = service.mark_quote(project, document_id=document_id, start=start, end=end)
        if self.quote.id in before:  # already a quote: nothing to undo
            self.existed = True
            self.setObsolete(True)

    def _undo(self, project) -> None:
        if self.quote is not None and not self.existed:
            service.unmark_quote(project, self.quote.id)


class UnmarkQuoteCommand(EvidenceCommand):
    touches_codes = False

    def __init__(self, area, quote_id: int, document_id: int) -> None:
        super().__init__(area, translate("EvidenceArea", "Unmark quote"))
        self.quote_id = quote_id
        self.quote: Quote | None = None
        self.documents = {document_id}

    def _redo(self, project) -> None:
        self.quote = service.unmark_quote(project, self.quote_id)

    def _undo(self, project) -> None:
        if self.quote is not None:
            service.restore_quote(project, self.quote)


# --- code book ---------------------------------------------------------------------------

class CreateCodeCommand(EvidenceCommand):
    def __init__(self, area, name: str, parent_id: int | None = None, colour: str | None = None,
                 memo: str = "") -> None:
        super().__init__(area, translate("EvidenceArea", "New code “{name}”").format(name=name))
        self.args = (name, parent_id, colour, memo)
        self.code = None
        self.change: CodeBookChange | None = None

    def _redo(self, project) -> None:
        if self.change is not None:
            service.restore_change(project, self.change)
            return
        name, parent_id, colour, memo = self.args
        self.code = service.create_code(project, name, parent_id=parent_id, colour=colour, memo=memo)

    def _undo(self, project) -> None:
        self.change = service.delete_code(project, self.code.id)


class SetCodeValueCommand(EvidenceCommand):
    """Rename, recolour or change the memo of a code (``what``: name, colour or memo)."""

    _SETTERS = {"name": service.rename_code, "colour": service.recolour_code,
                "memo": service.set_code_memo}

    def __init__(self, area, code_id: int, what: str, value: str, text: str) -> None:
        super().__init__(area, text)
        self.code_id, self.what, self.value = code_id, what, value
        self.previous: str | None = None

    def _redo(self, project) -> None:
        self.previous = self._SETTERS[self.what](project, self.code_id, self.value)

    def _undo(self, project) -> None:
        self._SETTERS[self.what](project, self.code_id, self.previous)


class MoveCodeCommand(EvidenceCommand):
    def __init__(self, area, code_id: int, parent_id: int | None, position: int | None,
                 text: str) -> None:
        super().__init__(area, text)
        self.code_id, self.parent_id, self.position = code_id, parent_id, position
        self.previous: tuple[int | None, int] | None = None

    def _redo(self, project) -> None:
        self.previous = service.move_code(project, self.code_id, self.parent_id, self.position)

    def _undo(self, project) -> None:
        service.move_code(project, self.code_id, *self.previous)


class DeleteCodeCommand(EvidenceCommand):
    def __init__(self, area, code_id: int, keep_children: bool, text: str) -> None:
        super().__init__(area, text)
        self.code_id, self.keep_children = code_id, keep_children
        self.change: CodeBookChange | None = None

    def _redo(self, project) -> None:
        self.change = service.delete_code(project, self.code_id, keep_children=self.keep_children)
        self.documents = {c.document_id for c in self.change.removed_codings}

    def _undo(self, project) -> None:
        service.restore_change(project, self.change)


class MergeCodesCommand(EvidenceCommand):
    def __init__(self, area, code_id: int, into_id: int, text: str) -> None:
        super().__init__(area, text)
        self.code_id, self.into_id = code_id, into_id
        self.change: CodeBookChange | None = None
        self.documents = None  # codings of any document may change code: redraw the open one

    def _redo(self, project) -> None:
        self.change = service.merge_codes(project, self.code_id, self.into_id)

    def _undo(self, project) -> None:
        service.restore_change(project, self.change)


class ThemeCommand(EvidenceCommand):
    """A decision on a suggested theme: its card hides on redo and comes back on undo."""

    suggestion: ThemeSuggestion

    def redo(self) -> None:  # Qt override
        super().redo()
        self._show_card(False)

    def undo(self) -> None:  # Qt override
        super().undo()
        self._show_card(True)

    def _show_card(self, shown: bool) -> None:
        page = getattr(self.area, "themes_page", None)
        if page is not None and not self.failed:
            page.show_suggestion(self.suggestion, shown)


class AcceptThemeCommand(ThemeCommand):
    """Turn a suggested theme into a code (coding its example passages)."""

    def __init__(self, area, suggestion: ThemeSuggestion, name: str) -> None:
        super().__init__(area, translate("EvidenceArea", "Make code “{name}” from a theme").format(
            name=name))
        self.suggestion, self.name = suggestion, name
        self.code = None
        self.change: CodeBookChange | None = None
        self.documents = {e.document_id for e in suggestion.examples}

    def _redo(self, project) -> None:
        if self.change is not None:
            service.restore_change(project, self.change)
            return
        self.code = insights.accept_theme(project, self.suggestion, name=self.name).code

    def _undo(self, project) -> None:
        self.change = service.delete_code(project, self.code.id)


class RejectThemeCommand(ThemeCommand):
    """Reject a suggested theme, so a close one is not proposed again."""

    touches_codes = False

    def __init__(self, area, suggestion: ThemeSuggestion) -> None:
        super().__init__(area, translate("EvidenceArea", "Reject theme “{name}”").format(
            name=suggestion.label))
        self.suggestion = suggestion
        self.rejection_id: int | None = None

    def _redo(self, project) -> None:
        self.rejection_id = insights.reject_theme(project, self.suggestion)

    def _undo(self, project) -> None:
        insights.unreject_theme(project, self.rejection_id)


# --- speakers and customers -----------------------------------------------------------------

class SpeakerRolesCommand(EvidenceCommand):
    """Set (and confirm) the roles of speakers for the whole project, as one step."""

    def __init__(self, area, changes: Sequence[tuple[int, SpeakerRole]], text: str) -> None:
        super().__init__(area, text)
        self.changes = [(speaker_id, SpeakerRole(role)) for speaker_id, role in changes]
        #: (speaker id, role before, confirmed before), in the order they were changed.
        self.previous: list[tuple[int, SpeakerRole, bool]] = []
        self.documents = None  # whose words count changes everywhere: counts, lists, the reader

    def _redo(self, project) -> None:
        done: list[tuple[int, SpeakerRole, bool]] = []
        try:
            for speaker_id, role in self.changes:
                done.append((speaker_id, *speakers.set_speaker_role(project, speaker_id, role)))
        except Exception:
            for speaker_id, role, confirmed in reversed(done):  # all of them or none
                speakers.restore_speaker_role(project, speaker_id, role, confirmed)
            raise
        self.previous = done

    def _undo(self, project) -> None:
        for speaker_id, role, confirmed in reversed(self.previous):
            speakers.restore_speaker_role(project, speaker_id, role, confirmed)

    def _shown(self) -> None:
        self.area.speakers_changed()


class LinkTranscriptsCommand(EvidenceCommand):
    """Link transcripts to customers through a mapping file (file name -> customer key)."""

    touches_codes = False

    def __init__(self, area, path: Path, text: str) -> None:
        super().__init__(area, text)
        self.path = Path(path)
        self.result: CustomerLinkResult | None = None
        self.documents = None  # titles' customers change in the list; the reader's header too

    def _redo(self, project) -> None:
        if self.result is not None:
            speakers.restore_transcript_customers(
                project, [(document, new) for document, _previous, new in self.result.linked])
            return
        self.result = speakers.link_transcripts(project, self.path)
        if not self.result.linked:
            self.setObsolete(True)  # nothing changed: nothing to undo

    def _undo(self, project) -> None:
        speakers.restore_transcript_customers(
            project, [(document, previous) for document, previous, _new in self.result.linked])

    def _shown(self) -> None:
        self.area.customers_changed()
