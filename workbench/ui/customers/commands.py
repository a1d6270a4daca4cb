"""Undoable customer decisions pushed on the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.i18n import translate
from workbench.ui.numbers import count_text


class LinkRunCommand(QUndoCommand):
    """A linking run, already done when pushed: undo splits its merges, redo links again.

    ``undo_run(run_id)`` undoes a run; ``relink(keys)`` links again with the
    same keys and returns the new run's id (a redone run is a new run).
    """

    def __init__(self, run_id: int, keys: list, merged: int, undo_run: Callable[[int], object],
                 relink: Callable[[list], int | None]) -> None:
        super().__init__(translate("Customers", "Link customers ({count} merged)").format(
            count=count_text(merged)))
        self.run_id = run_id
        self.keys = list(keys)
        self._undo_run, self._relink = undo_run, relink
        self._first = True

    def redo(self) -> None:  # Qt override
        if self._first:  # pushing the command: the run was just done in the background
            self._first = False
            return
        run_id = self._relink(self.keys)
        if run_id is not None:
            self.run_id = run_id

    def undo(self) -> None:  # Qt override
        self._undo_run(self.run_id)


class DecisionCommand(QUndoCommand):
    """A manual linking decision (merge, split), already done when pushed.

    ``undo_decision(id)`` undoes it; ``decide()`` makes it again and returns the
    new decision's id (None when that failed).
    """

    def __init__(self, text: str, decision_id: int, undo_decision: Callable[[int], object],
                 decide: Callable[[], int | None]) -> None:
        super().__init__(text)
        self.decision_id = decision_id
        self._undo_decision, self._decide = undo_decision, decide
        self._first = True

    def redo(self) -> None:  # Qt override
        if self._first:
            self._first = False
            return
        decision_id = self._decide()
        if decision_id is not None:
            self.decision_id = decision_id

    def undo(self) -> None:  # Qt override
        self._undo_decision(self.decision_id)


class ProposalsCommand(QUndoCommand):
    """Fuzzy match proposals accepted (merged) or rejected from the Similar names dialog.

    Already done when pushed. ``revert(ids)`` undoes it (splits the accepted
    merges newest first, or reopens the rejected proposals); ``apply(proposal_ids)``
    decides the same proposals again and returns the new ids to revert (None: failed).
    ``ids`` are decision ids for an acceptance, proposal ids for a rejection.
    """

    def __init__(self, text: str, proposal_ids: list[int], ids: list[int],
                 revert: Callable[[list[int]], object],
                 apply: Callable[[list[int]], list[int] | None]) -> None:
        super().__init__(text)
        self.proposal_ids = list(proposal_ids)
        self.ids = list(ids)
        self._revert, self._apply = revert, apply
        self._first = True

    def redo(self) -> None:  # Qt override
        if self._first:
            self._first = False
            return
        ids = self._apply(self.proposal_ids)
        if ids is not None:
            self.ids = ids

    def undo(self) -> None:  # Qt override
        self._revert(self.ids)
