"""Living personas in the Personas area: new customers join a set's personas, and its changes.

:func:`attach_living` adds to the area (as ``attach_risks`` and
``attach_measures`` do):

- "Assign new customers…" in the set's header and in the set list's context
  menu. It places the customers imported since the last run in the set's
  existing personas (:func:`workbench.services.living.assign_customers`, in the
  background with progress and Cancel), pushes an undoable command, and says
  what happened ("45 customers placed: 38 joined a persona, 7 fit none").
  A set made before rules were kept shows it disabled with the reason.
- a "Changes" tab beside Personas and Map: the drift between two of the set's
  runs (:class:`workbench.ui.personas.drift_view.DriftView`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
)

from workbench.domain.living import AssignmentRun
from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.ui.dialogs import ERROR
from workbench.ui.personas import wording
from workbench.ui.personas.drift_view import DriftView, run_label
from workbench.ui.worker import Worker, stop_workers

log = logging.getLogger("workbench.ui.personas")


# --------------------------------------------------------------------------- background


@dataclass
class LivingState:
    """What the set's header and Changes tab need about its runs."""

    set_id: int
    #: Why the set cannot place customers ("" when it can).
    problem: str
    #: Customers added since the set's last run that it has not placed.
    unplaced: int
    runs: list[AssignmentRun] = field(default_factory=list)


def read_state(project, set_id: int, *, task=None) -> LivingState:
    """The set's rule (or why it has none), its unplaced customers and runs."""
    from workbench.services import living as living_service

    with project.on_own_connection() as mine:
        try:
            living_service.assignment_model(mine, set_id)
            problem = ""
        except WorkbenchError as exc:
            problem = str(exc)
        unplaced = living_service.unplaced_customers(mine, set_id)
        runs = living_service.assignment_runs(mine, set_id)
    return LivingState(set_id, problem, unplaced, runs)


@dataclass
class AssignOutcome:
    """An assignment done, with how its new customers were placed."""

    done: object  # workbench.services.living.AssignmentDone
    joined: int
    fit_none: int


def placed_counts(project, set_id: int, done) -> tuple[int, int]:
    """(new customers in a persona, new customers fitting none) after ``done``."""
    from workbench.services.personas import persona_members

    before = set(done.previous.customers)
    joined = fit_none = 0
    for member in persona_members(project, set_id):
        if member["customer_id"] in before:
            continue
        if member["persona_id"] is None:
            fit_none += 1
        else:
            joined += 1
    return joined, fit_none


def assign_in_background(project, set_id: int, *, task=None) -> AssignOutcome:
    """services.living.assign_customers on a connection of its own."""
    from workbench.services import living as living_service

    with project.on_own_connection() as mine:
        done = living_service.assign_customers(mine, set_id, task=task)
        return AssignOutcome(done, *placed_counts(mine, set_id, done))


# --------------------------------------------------------------------------- wording


def result_text(outcome: AssignOutcome) -> str:
    """"45 customers placed: 38 joined a persona, 7 fit none; 3 moved."."""
    run = outcome.done.run
    if run.n_new == 0:
        return translate("Living", "No new customers to place; {moved} customers moved to "
                         "another persona (or to fitting none).").format(
            moved=wording.count(run.n_moved))
    return translate("Living", "{placed} customers placed: {joined} joined a persona, {none} "
                     "fit none; {moved} moved.").format(
        placed=wording.count(run.n_new), joined=wording.count(outcome.joined),
        none=wording.count(outcome.fit_none), moved=wording.count(run.n_moved))


def unplaced_text(state: LivingState) -> str:
    last = state.runs[-1] if state.runs else None
    since = run_label(last) if last else ""
    if state.unplaced:
        text = translate("Living", "{n} customers added since the last run ({run}).") if last \
            else translate("Living", "{n} customers not placed in this set yet.")
        return text.format(n=wording.count(state.unplaced), run=since)
    if last:
        return translate("Living", "No customers added since the last run ({run}).").format(
            run=since)
    return ""


# --------------------------------------------------------------------------- undo


class AssignCommand(QUndoCommand):
    """An assignment, already done when pushed: undo puts the members before it back,
    redo assigns again (the customers as they are then)."""

    def __init__(self, done, set_name: str, undo: Callable[[object], bool],
                 redo: Callable[[object], object | None]) -> None:
        super().__init__(translate("Living", "Assign new customers to \u201c{name}\u201d").format(
            name=set_name))
        self.done = done
        self._undo, self._redo = undo, redo
        self._first = True

    def redo(self) -> None:  # Qt override
        if self._first:  # pushing the command: the run was just done in the background
            self._first = False
            return
        done = self._redo(self.done)
        if done is None:
            self.setObsolete(True)
            return
        self.done = done

    def undo(self) -> None:  # Qt override
        if not self._undo(self.done):
            self.setObsolete(True)


# --------------------------------------------------------------------------- the area


class LivingPersonas(QObject):
    """The assign action and the Changes tab of one Personas area."""

    def __init__(self, area) -> None:
        super().__init__(area)
        self.area = area
        self.window_ = area.window_
        self.state: LivingState | None = None
        self.state_worker: Worker | None = None
        self.assign_worker: Worker | None = None
        set_view = area.set_view

        self.assign_action = QAction(translate("Living", "Assign new customers\u2026"), self)
        self.assign_action.setObjectName("AssignNewCustomers")
        self.assign_action.triggered.connect(lambda _checked=False: self.assign())
        self.assign_button = QPushButton(self.assign_action.text())
        self.assign_button.setObjectName("AssignNewCustomersButton")
        self.assign_button.clicked.connect(lambda _checked=False: self.assign())
        self.runs_label = QLabel()
        self.runs_label.setObjectName("Secondary")
        self.runs_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("Warning")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.hide()
        self._install_in_header(set_view.header)

        self.drift = DriftView()
        self.drift.setObjectName("UnassignedSection")  # the same framed look as the sections
        self.drift.hide()
        layout = set_view.layout()
        layout.insertWidget(layout.indexOf(set_view.map) + 1, self.drift)
        self.changes_tab = set_view.tabs.addTab(translate("Living", "Changes"))
        set_view.tabs.setTabToolTip(self.changes_tab, translate(
            "Living", "How the personas changed between two runs: sizes, who moved where, and "
            "shifted profiles"))
        set_view.tabs.currentChanged.connect(self._tab_changed)

        area.sets_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        area.sets_view.customContextMenuRequested.connect(self._context_menu)
        area.set_shown.connect(self._set_shown)
        self.window_.project_closed.connect(self._project_closed)
        self._update_action()

    def _install_in_header(self, header) -> None:
        """The button beside the set's name; the runs line under its subtitle; the result
        of the last assignment at the bottom of the header."""
        layout: QVBoxLayout = header.layout()
        layout.removeWidget(header.title)
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(header.title, 1)
        title_row.addWidget(self.assign_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.insertLayout(0, title_row)
        layout.insertWidget(layout.indexOf(header.subtitle) + 1, self.runs_label)
        layout.addWidget(self.result_label)

    # --- state ------------------------------------------------------------------------

    @property
    def set_id(self) -> int | None:
        return self.area.set_view.set_id

    def _set_shown(self, set_id: int) -> Worker | None:
        if self.state is not None and self.state.set_id != set_id:
            self.state = None
            self.result_label.hide()
        self.drift.reading(self.area.project, set_id)
        return self.refresh_state()

    def refresh_state(self) -> Worker | None:
        """Re-read the shown set's runs and unplaced customers in the background."""
        project, set_id = self.area.project, self.set_id
        if project is None or set_id is None:
            return None
        if self.state_worker is not None and self.state_worker.is_running:
            self.state_worker.cancel()
        worker = Worker(read_state, project, set_id,
                        title=translate("Living", "Reading the persona set's runs"),
                        owner=self.area)
        worker.finished.connect(lambda state: self._state_read(project, state))
        worker.failed.connect(lambda message, _details: log.info(
            "Could not read the persona set's runs: %s", message))
        self.state_worker = worker
        return worker.start()

    def _state_read(self, project, state: LivingState) -> None:
        if project is not self.area.project or state.set_id != self.set_id:
            return  # another set (or project) is shown by now
        self.state = state
        self.runs_label.setText(unplaced_text(state))
        self.runs_label.setVisible(bool(self.runs_label.text()))
        self.drift.set_runs(project, state.set_id, state.runs)
        self._show_latest_counts(state)
        self._update_action()

    def _show_latest_counts(self, state: LivingState) -> None:
        """The header's customer counts are the fit's; after an assignment they are the
        latest run's."""
        latest = state.runs[-1] if state.runs else None
        if latest is None or latest.kind.value != "assign":
            return
        stats = self.area.set_view.header.stats
        since = translate("Living", "As of the latest assignment ({run}).").format(
            run=run_label(latest))
        for key, value in (("customers", latest.n_customers),
                           ("unassigned", latest.n_unassigned)):
            block = stats.get(key)
            if block is not None:
                block.value.setText(wording.count(value))
                tip = block.toolTip().split("\n\n")[0]
                block.setToolTip(f"{tip}\n\n{since}")

    def _update_action(self) -> None:
        area = self.area
        state = self.state
        running = self.assign_worker is not None and self.assign_worker.is_running
        if area.project is None or self.set_id is None:
            enabled, tip = False, translate("Living", "Choose a persona set first.")
        elif area.readonly:
            enabled, tip = False, translate(
                "Living", "Read-only project: customers cannot be assigned.")
        elif running:
            enabled, tip = False, translate("Living", "Assigning the customers\u2026")
        elif state is None or state.set_id != self.set_id:
            enabled, tip = False, translate("Living", "Reading the persona set\u2026")
        elif state.problem:
            enabled, tip = False, state.problem
        else:
            enabled = True
            if state.unplaced:
                tip = translate(
                    "Living", "Place the {n} customers added since the last run in these "
                    "personas, with the rule the set was made with (no re-clustering). "
                    "Customers whose attributes changed may move.").format(
                    n=wording.count(state.unplaced))
            else:
                tip = translate(
                    "Living", "No customers were added since the last run. Assigning again "
                    "places customers whose attributes changed.")
        for control in (self.assign_action, self.assign_button):
            control.setEnabled(enabled)
            control.setToolTip(tip)
        label = self.assign_action.text()
        if enabled and state is not None and state.unplaced:
            label = translate("Living", "Assign {n} new customers\u2026").format(
                n=wording.count(state.unplaced))
        self.assign_button.setText(label)

    # --- the Changes tab --------------------------------------------------------------

    def show_changes(self) -> None:
        self.area.set_view.show_tab(self.changes_tab)

    def _tab_changed(self, index: int) -> None:
        shown = index == self.changes_tab
        self.drift.setVisible(shown)
        self.drift.set_active(shown)

    # --- assigning --------------------------------------------------------------------

    def assign(self, set_id: int | None = None) -> Worker | None:
        """Place the customers added since the last run in the set's personas (background)."""
        area = self.area
        set_id = set_id if set_id is not None else self.set_id
        if area.project is None or area.readonly or set_id is None:
            return None
        if self.assign_worker is not None and self.assign_worker.is_running:
            return None
        project = area.project
        title = translate("Living", "Assigning new customers")
        worker = self.window_.run_task(
            title, assign_in_background, project, set_id,
            on_done=lambda outcome: self._assigned(project, outcome),
            on_failed=lambda message, details: self._failed(
                translate("Living", "Could not assign the customers"), message, details),
            on_cancelled=lambda: self.window_.statusBar().showMessage(translate(
                "Living", "Assigning the customers was cancelled: nothing was changed."), 8000))
        self.assign_worker = worker
        worker.done.connect(self._update_action)
        self._update_action()
        return worker

    def _failed(self, title: str, message: str, details: str = "") -> None:
        self.window_.show_message(ERROR, title, message, details)

    def _set_name(self, set_id: int) -> str:
        model = self.area.sets_model
        row = model.row_of(set_id)
        return model.persona_set(row).name if row >= 0 else ""

    def _assigned(self, project, outcome: AssignOutcome) -> None:
        if project is not self.area.project:
            return
        done = outcome.done
        set_id = done.run.set_id
        self.window_.undo_stack.push(AssignCommand(done, self._set_name(set_id),
                                                   self._undo_now, self._redo_now))
        self._after_change(set_id)
        self._tell(outcome)

    def _tell(self, outcome: AssignOutcome) -> None:
        """The result under the set's header (with the run's notes) and in the status bar."""
        text = result_text(outcome)
        self.window_.statusBar().showMessage(text, 10000)
        notes = outcome.done.run.notes
        html = f"<b>{escape(text)}</b>"
        if notes:
            html += "<br>" + "<br>".join(f"\u2022 {escape(note)}" for note in notes)
        self.result_label.setText(html)
        self.result_label.setVisible(self.set_id == outcome.done.run.set_id)

    def _after_change(self, set_id: int) -> None:
        """Counts, the cards' sizes and the runs follow the change."""
        self.window_.refresh_info()
        if self.area.set_view.set_id == set_id:
            self.area.show_set(set_id)  # set_shown then re-reads the runs

    def _undo_now(self, done) -> bool:
        from workbench.services import living as living_service

        project = self.area.project
        if project is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            living_service.undo_assignment(project, done)
        except Exception as exc:  # told to the user, never a crash in an undo
            QApplication.restoreOverrideCursor()
            self._failed(translate("Living", "Could not undo the assignment"), str(exc))
            return False
        QApplication.restoreOverrideCursor()
        self.result_label.hide()
        self._after_change(done.run.set_id)
        self.window_.statusBar().showMessage(translate(
            "Living", "Assignment undone: the personas have their members from before it."), 8000)
        return True

    def _redo_now(self, done):
        from workbench.services import living as living_service

        project = self.area.project
        if project is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            again = living_service.redo_assignment(project, done)
            outcome = AssignOutcome(again, *placed_counts(project, again.run.set_id, again))
        except Exception as exc:  # told to the user, never a crash in a redo
            QApplication.restoreOverrideCursor()
            self._failed(translate("Living", "Could not assign the customers"), str(exc))
            return None
        QApplication.restoreOverrideCursor()
        self._after_change(again.run.set_id)
        self._tell(outcome)
        return again

    # --- the set list's menu ----------------------------------------------------------

    def context_menu(self, set_id: int) -> QMenu:
        """The set list's menu for ``set_id`` (the set is chosen first)."""
        area = self.area
        if area.current_set_id() != set_id:
            area.select_set(set_id)
        menu = QMenu(area.sets_view)
        assign = menu.addAction(self.assign_action.text())
        assign.setObjectName("AssignNewCustomers")
        assign.triggered.connect(lambda _checked=False: self.assign(set_id))
        known = self.state is not None and self.state.set_id == set_id
        assign.setEnabled(not area.readonly and not (known and self.state.problem)
                          and not (self.assign_worker is not None and self.assign_worker.is_running))
        if known and self.state.problem:
            assign.setToolTip(self.state.problem)
        changes = menu.addAction(translate("Living", "Show changes between runs"))
        changes.triggered.connect(lambda _checked=False: self.show_changes())
        menu.addSeparator()
        for text, slot, enabled in (
                (translate("PersonasArea", "Rename…"), area.rename_set, area.rename_button),
                (translate("PersonasArea", "Delete…"), area.delete_set, area.delete_button),
                (translate("PersonasArea", "Export…"), area.export_set, area.export_button)):
            action = menu.addAction(text)
            action.setEnabled(enabled.isEnabled())
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        menu.setToolTipsVisible(True)
        return menu

    def _context_menu(self, point: QPoint) -> None:
        index = self.area.sets_view.indexAt(point)
        if not index.isValid():
            return
        from workbench.ui.personas.models import ID_ROLE

        menu = self.context_menu(index.data(ID_ROLE))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.area.sets_view.viewport().mapToGlobal(point))

    # --- project life -----------------------------------------------------------------

    def background_workers(self) -> list[Worker]:
        return [w for w in (self.state_worker, self.drift.worker) if w is not None and w.is_running]

    def _project_closed(self) -> None:
        stop_workers(self.background_workers())
        self.state = None
        self.result_label.hide()
        self.drift.reading(None, None)
        self._update_action()


def attach_living(area) -> LivingPersonas:
    """Add "Assign new customers…" and the Changes tab to a Personas area (once)."""
    existing = getattr(area, "living", None)
    if existing is not None:
        return existing
    area.living = LivingPersonas(area)
    return area.living
