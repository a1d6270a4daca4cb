"""Similar names…: find customers whose names are spelled almost alike, then accept or reject.

Finding only stores proposals (in the background); nothing is merged until the
researcher accepts a proposal. Accepting merges the two customers and rejecting
is remembered; both go on the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.ui.customers.commands import ProposalsCommand
from workbench.ui.customers.key_model import KeyChoice, KeyChoicesModel, key_choices
from workbench.ui.customers.tasks import fuzzy_on_own_connection
from workbench.ui.dialogs import ERROR, WARNING
from workbench.ui.numbers import count_text
from workbench.ui.style import scale_font
from workbench.ui.worker import ProgressPanel, Worker

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

#: The threshold offered first: names one or two letters apart.
DEFAULT_THRESHOLD = 90
#: The slider's lowest value (the spin box goes down to 1 for the daring).
SLIDER_MINIMUM = 50


def threshold_hint(value: int) -> str:
    """What a threshold means for the proposals the researcher will get."""
    if value >= 100:
        return translate("FuzzyDialog", "100: only names spelled exactly alike (ignoring case and "
                                        "spaces).")
    if value >= 95:
        return translate("FuzzyDialog", "{value}: names that differ by a letter or an accent "
                                        "(Zoe Muller ~ Zoë Müller). Few proposals, almost all "
                                        "right.").format(value=value)
    if value >= 85:
        return translate("FuzzyDialog", "{value}: names with a typo or a missing letter (Giulia "
                                        "Rossi ~ Giulia Rosi). A good place to start.").format(
            value=value)
    if value >= 70:
        return translate("FuzzyDialog", "{value}: looser spellings too. Expect more proposals that "
                                        "are different people; check each one.").format(value=value)
    return translate("FuzzyDialog", "{value}: very loose. Many proposals will be different "
                                    "people.").format(value=value)


def name_choices(sources: Sequence[tuple]) -> list[KeyChoice]:
    """Every column that may hold a name; the name columns (PII "name") ticked."""
    from workbench.analysis.linking import LinkKey

    names = [LinkKey(source.id, column.name, "fuzzy") for source, columns in sources
             for column in columns if column.pii_kind == "name"]
    choices = key_choices(sources, names)
    # name columns first, so the researcher sees what is ticked without scrolling
    return sorted(choices, key=lambda c: not c.used)


class ProposalsModel(QAbstractTableModel):
    """Name · Source · Similar name · Source · Score · Evidence, one row per open proposal."""

    NAME_A, SOURCE_A, NAME_B, SOURCE_B, SCORE, EVIDENCE = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.proposals: list = []
        self.source_names: dict[int, str] = {}
        self._locale = QLocale()

    def set_proposals(self, proposals: Sequence, source_names: dict[int, str]) -> None:
        self.beginResetModel()
        self.proposals = list(proposals)
        self.source_names = dict(source_names)
        self.endResetModel()

    def proposal_at(self, row: int):
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def row_of(self, proposal_id: int) -> int:
        return next((r for r, p in enumerate(self.proposals) if p.id == proposal_id), -1)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.proposals)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("FuzzyDialog", "Name"), translate("FuzzyDialog", "Source"),
                    translate("FuzzyDialog", "Similar name"), translate("FuzzyDialog", "Source"),
                    translate("FuzzyDialog", "Score"), translate("FuzzyDialog", "Evidence"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.SCORE:
            return translate("FuzzyDialog", "How alike the two names are, from 0 to 100 "
                                            "(100: spelled the same)")
        return None

    def _customer(self, customer_id: int | None) -> str:
        return str(customer_id) if customer_id is not None else "—"

    def evidence(self, p) -> str:
        return translate("FuzzyDialog", "{key} · row {row_a} ~ row {row_b} · customers {a} and {b}"
                         ).format(key=p.key, row_a=p.row_a, row_b=p.row_b,
                                  a=self._customer(p.customer_a), b=self._customer(p.customer_b))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.proposals[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME_A:
                return p.value_a
            if column == self.SOURCE_A:
                return self.source_names.get(p.source_a, str(p.source_a))
            if column == self.NAME_B:
                return p.value_b
            if column == self.SOURCE_B:
                return self.source_names.get(p.source_b, str(p.source_b))
            if column == self.SCORE:
                return self._locale.toString(float(p.score), "f", 1)
            if column == self.EVIDENCE:
                return self.evidence(p)
        if role == Qt.ItemDataRole.UserRole:
            return p.score if column == self.SCORE else p.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "FuzzyDialog", "“{a}” (row {row_a} of {source_a}, customer {customer_a}) and "
                               "“{b}” (row {row_b} of {source_b}, customer {customer_b}) are "
                               "{score} alike.").format(
                a=p.value_a, row_a=p.row_a, source_a=self.source_names.get(p.source_a, p.source_a),
                customer_a=self._customer(p.customer_a), b=p.value_b, row_b=p.row_b,
                source_b=self.source_names.get(p.source_b, p.source_b),
                customer_b=self._customer(p.customer_b),
                score=self._locale.toString(float(p.score), "f", 1))
        return None


class ProposalDecisions:
    """Accepts and rejects proposals with undo, independent of the dialog's lifetime.

    ``changed()`` is called after every change (the Customers tab refreshes its
    list and the dialog, if open, its proposals).
    """

    def __init__(self, window, project, changed: Callable[[], object]) -> None:
        self.window = window
        self.project = project
        self.changed = changed

    # --- accept ---------------------------------------------------------------------------

    def accept(self, proposals: Sequence) -> list:
        """Merge the customers of each proposal (one undo step); the LinkDecisions made."""
        decisions = self._accept_ids([p.id for p in proposals])
        if decisions:
            if len(proposals) == 1:
                text = translate("FuzzyDialog", "Accept similar names “{a}” and “{b}”").format(
                    a=proposals[0].value_a, b=proposals[0].value_b)
            else:
                text = translate("FuzzyDialog", "Accept {count} similar-name proposals").format(
                    count=count_text(len(decisions)))
            self.window.undo_stack.push(ProposalsCommand(
                text, [pid for pid, _ in decisions], [d.id for _, d in decisions],
                self._undo_acceptances, self._accept_again))
        self.changed()
        return [d for _, d in decisions]

    def _accept_ids(self, proposal_ids: Sequence[int]) -> list:
        from workbench.services import linking

        done, errors = [], []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for proposal_id in proposal_ids:
                try:
                    done.append((proposal_id, linking.accept_proposal(self.project, proposal_id)))
                except WorkbenchError as exc:
                    errors.append(str(exc))
        finally:
            QApplication.restoreOverrideCursor()
        if errors:
            self.window.show_message(WARNING, translate("FuzzyDialog", "Some proposals were not "
                                                                       "accepted"),
                                     "\n".join(errors))
        return done

    def _accept_again(self, proposal_ids: list[int]) -> list[int] | None:
        done = self._accept_ids(proposal_ids)
        self.changed()
        return [d.id for _, d in done] if done else None

    def _undo_acceptances(self, decision_ids: list[int]) -> None:
        from workbench.services import linking

        try:
            for decision_id in reversed(decision_ids):  # only the newest merge can be undone
                linking.undo_decision(self.project, decision_id)
        except WorkbenchError as exc:
            self.window.show_message(ERROR, translate("FuzzyDialog", "Could not undo"), str(exc))
        self.changed()

    # --- reject ---------------------------------------------------------------------------

    def reject(self, proposals: Sequence) -> list[int]:
        """Remember that the two are different people (one undo step); the proposals rejected."""
        rejected = self._reject_ids([p.id for p in proposals])
        if rejected:
            if len(proposals) == 1:
                text = translate("FuzzyDialog", "Reject similar names “{a}” and “{b}”").format(
                    a=proposals[0].value_a, b=proposals[0].value_b)
            else:
                text = translate("FuzzyDialog", "Reject {count} similar-name proposals").format(
                    count=count_text(len(rejected)))
            self.window.undo_stack.push(ProposalsCommand(text, rejected, rejected, self._reopen,
                                                         self._reject_again))
        self.changed()
        return rejected

    def _reject_ids(self, proposal_ids: Sequence[int]) -> list[int]:
        from workbench.services import linking

        done, errors = [], []
        for proposal_id in proposal_ids:
            try:
                linking.reject_proposal(self.project, proposal_id)
                done.append(proposal_id)
            except WorkbenchError as exc:
                errors.append(str(exc))
        if errors:
            self.window.show_message(WARNING, translate("FuzzyDialog", "Some proposals were not "
                                                                       "rejected"),
                                     "\n".join(errors))
        return done

    def _reject_again(self, proposal_ids: list[int]) -> list[int] | None:
        done = self._reject_ids(proposal_ids)
        self.changed()
        return done or None

    def _reopen(self, proposal_ids: list[int]) -> None:
        from workbench.services import linking

        try:
            for proposal_id in proposal_ids:
                linking.reopen_proposal(self.project, proposal_id)
        except WorkbenchError as exc:
            self.window.show_message(ERROR, translate("FuzzyDialog", "Could not undo"), str(exc))
        self.changed()


def _section_title(text: str) -> QLabel:
    label = QLabel(text)
    scale_font(label, 1.05, QFont.Weight.DemiBold)
    return label


def _secondary(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("Secondary")
    label.setWordWrap(True)
    return label


class FuzzyDialog(QDialog):
    """Name columns and threshold, Find similar names, then the proposals with Accept / Reject."""

    #: Finding finished: the open proposals (list of FuzzyProposal).
    found = Signal(object)

    def __init__(self, window, project, changed: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("FuzzyDialog")
        self.setWindowTitle(translate("FuzzyDialog", "Similar names"))
        self.main_window = window
        self.project = project
        self.decisions = ProposalDecisions(window, project, changed)
        self.worker: Worker | None = None
        self._panel: ProgressPanel | None = None
        #: Closed for good (the project went away): results arriving later are dropped.
        self.discarded = False

        from workbench.services import importing

        sources = [(s, importing.source_columns(project, s.id))
                   for s in importing.list_sources(project)]
        self.source_names = {s.id: s.display_name for s, _ in sources}

        intro = _secondary(translate(
            "FuzzyDialog", "Find customers whose names are spelled almost alike, such as a typo in "
                           "one source. Each pair becomes a proposal: accept it to make the two one "
                           "customer, or reject it if they are different people. Nothing is merged "
                           "until you accept."))

        self.columns_model = KeyChoicesModel(name_choices(sources), self)
        self.columns_view = QTableView()
        self.columns_view.setObjectName("FuzzyColumns")
        self.columns_view.setAccessibleName(translate("FuzzyDialog", "Name columns"))
        self.columns_view.setModel(self.columns_model)
        self.columns_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_view.setShowGrid(False)
        self.columns_view.setAlternatingRowColors(True)
        self.columns_view.verticalHeader().hide()
        row_height = self.columns_view.fontMetrics().height() + 10
        self.columns_view.verticalHeader().setDefaultSectionSize(row_height)
        self.columns_view.setColumnHidden(KeyChoicesModel.RULE, True)
        header = self.columns_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (KeyChoicesModel.USE, KeyChoicesModel.SOURCE, KeyChoicesModel.COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KeyChoicesModel.ROLE, QHeaderView.ResizeMode.Stretch)
        rows = min(5, max(2, self.columns_model.rowCount()))
        self.columns_view.setFixedHeight(header.sizeHint().height() + rows * row_height
                                         + 2 * self.columns_view.frameWidth() + 2)
        self.columns_model.dataChanged.connect(lambda *_: self._update_buttons())

        self.threshold_slider = QSlider(Qt.Orientation.Horizontal)
        self.threshold_slider.setRange(SLIDER_MINIMUM, 100)
        self.threshold_slider.setAccessibleName(translate("FuzzyDialog", "Similarity threshold"))
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(1, 100)
        self.threshold_spin.setAccessibleName(translate("FuzzyDialog", "Similarity threshold"))
        self.threshold_hint = _secondary()
        threshold_label = QLabel(translate("FuzzyDialog", "How alike (1–100):"))
        threshold_label.setBuddy(self.threshold_spin)
        threshold_label.setToolTip(translate(
            "FuzzyDialog", "Two names are proposed when their similarity score reaches this "
                           "value. Higher finds fewer, surer pairs; lower finds more, with more "
                           "mistakes."))
        self.threshold_slider.valueChanged.connect(self._slider_moved)
        self.threshold_spin.valueChanged.connect(self._spin_changed)
        self.threshold_spin.setValue(DEFAULT_THRESHOLD)
        self._spin_changed(DEFAULT_THRESHOLD)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(threshold_label)
        threshold_row.addWidget(self.threshold_slider, 1)
        threshold_row.addWidget(self.threshold_spin)

        self.find_button = QPushButton(translate("FuzzyDialog", "Find similar names"))
        self.find_button.setObjectName("FindSimilarNames")
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(lambda _checked=False: self.start_finding())
        self.find_status = _secondary()
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_status, 1)
        find_row.addWidget(self.find_button)
        self._progress_host = QVBoxLayout()

        self.proposals_title = _section_title(translate("FuzzyDialog", "Proposals"))
        self.model = ProposalsModel(self)
        self.view = QTableView()
        self.view.setObjectName("FuzzyProposals")
        self.view.setAccessibleName(translate("FuzzyDialog", "Proposals"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(row_height)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProposalsModel.EVIDENCE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = _secondary()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.accept_button = QPushButton(translate("FuzzyDialog", "Accept: same person"))
        self.accept_button.setObjectName("AcceptProposal")
        self.accept_button.setToolTip(translate(
            "FuzzyDialog", "Merge the two customers of each selected proposal into one. Edit ▸ "
                           "Undo splits them again."))
        self.accept_button.clicked.connect(lambda _checked=False: self.accept_selected())
        self.reject_button = QPushButton(translate("FuzzyDialog", "Reject: different people"))
        self.reject_button.setObjectName("RejectProposal")
        self.reject_button.setToolTip(translate(
            "FuzzyDialog", "Remember that the two are different people: they are not proposed "
                           "again."))
        self.reject_button.clicked.connect(lambda _checked=False: self.reject_selected())
        self.decision_status = _secondary()
        self.close_button = QPushButton(translate("FuzzyDialog", "Close"))
        self.close_button.clicked.connect(lambda _checked=False: self.reject())
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.accept_button)
        decide_row.addWidget(self.reject_button)
        decide_row.addWidget(self.decision_status, 1)
        decide_row.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(_section_title(translate("FuzzyDialog", "Name columns")))
        layout.addWidget(self.columns_view)
        layout.addLayout(threshold_row)
        layout.addWidget(self.threshold_hint)
        layout.addLayout(find_row)
        layout.addLayout(self._progress_host)
        layout.addWidget(self.proposals_title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(decide_row)
        # Edit ▸ Undo / Redo work while the dialog has the focus
        for action in (getattr(window, "undo_action", None), getattr(window, "redo_action", None)):
            if action is not None:
                self.addAction(action)
        self.resize(900, 640)
        self.reload_proposals()

    # --- threshold ------------------------------------------------------------------------

    def threshold(self) -> int:
        return self.threshold_spin.value()

    def _slider_moved(self, value: int) -> None:
        if self.threshold_spin.value() != value:
            self.threshold_spin.setValue(value)

    def _spin_changed(self, value: int) -> None:
        self.threshold_slider.blockSignals(True)
        self.threshold_slider.setValue(max(SLIDER_MINIMUM, value))
        self.threshold_slider.blockSignals(False)
        self.threshold_hint.setText(threshold_hint(value))

    # --- finding --------------------------------------------------------------------------

    @property
    def finding(self) -> bool:
        return self.worker is not None and self.worker.is_running

    def keys(self) -> list:
        """The ticked name columns as link keys."""
        from workbench.analysis.linking import LinkKey

        return [LinkKey(k.source_id, k.column) for k in self.columns_model.keys()]

    def start_finding(self) -> Worker | None:
        keys = self.keys()
        if not keys or self.finding:
            return None
        title = translate("FuzzyDialog", "Finding similar names")
        self.worker = self.main_window.run_task(
            title, fuzzy_on_own_connection, self.project, keys, float(self.threshold()),
            on_done=self._found, on_failed=self._failed, on_cancelled=self._cancelled)
        panel = ProgressPanel(self.worker, title)
        panel.cancel_button.hide()  # Close stops the work
        self._progress_host.addWidget(panel)
        self._panel = panel
        self.worker.done.connect(self._ended)
        self.find_status.clear()
        self._update_buttons()
        return self.worker

    def _ended(self) -> None:
        if self._panel is not None:
            self._progress_host.removeWidget(self._panel)
            self._panel.deleteLater()
            self._panel = None
        self._update_buttons()

    def _found(self, proposals) -> None:
        if self.discarded:
            return
        self._ended()
        self.reload_proposals()
        count = self.model.rowCount()
        self.find_status.setText(translate("FuzzyDialog", "{count} pairs of similar names found at "
                                                          "{threshold} or more.").format(
            count=QLocale().toString(count), threshold=self.threshold()) if count != 1 else
            translate("FuzzyDialog", "1 pair of similar names found at {threshold} or more.")
            .format(threshold=self.threshold()))
        self.found.emit(proposals)

    def _failed(self, message: str, details: str) -> None:
        if self.discarded:
            return
        self._ended()
        self.find_status.setText(message)
        self.main_window.show_message(ERROR, translate("FuzzyDialog", "Could not find similar "
                                                                      "names"), message, details)

    def _cancelled(self) -> None:
        if self.discarded:
            return
        self._ended()
        self.find_status.setText(translate("FuzzyDialog", "Stopped: the proposals are as they "
                                                          "were."))

    # --- proposals ------------------------------------------------------------------------

    def reload_proposals(self) -> None:
        """Show the open proposals as stored (after finding, deciding, undo)."""
        from workbench.services import linking

        selected = {p.id for p in self.selected_proposals()}
        self.model.set_proposals(linking.fuzzy_proposals(self.project, "open"), self.source_names)
        selection = self.view.selectionModel()
        for proposal_id in selected:
            row = self.model.row_of(proposal_id)
            if row >= 0:
                selection.select(self.model.index(row, 0),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        count = self.model.rowCount()
        self.proposals_title.setText(translate("FuzzyDialog", "Proposals ({count})").format(
            count=QLocale().toString(count)) if count else translate("FuzzyDialog", "Proposals"))
        self.empty_label.setText(translate(
            "FuzzyDialog", "No open proposals. Choose the name columns and Find similar names; "
                           "rejected pairs are not proposed again."))
        self.empty_label.setVisible(count == 0)
        self._update_buttons()

    def selected_proposals(self) -> list:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.proposals[r] for r in rows if r < len(self.model.proposals)]

    def select_rows(self, rows: Sequence[int]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(self.model.index(row, 0),
                             selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def accept_selected(self) -> list:
        """Merge the customers of the selected proposals (undoable); the LinkDecisions."""
        chosen = self.selected_proposals()
        if not chosen or self.finding:
            return []
        decisions = self.decisions.accept(chosen)
        if decisions:
            self.decision_status.setText(translate(
                "FuzzyDialog", "{count} merged. Edit ▸ Undo splits them again.").format(
                count=QLocale().toString(len(decisions))))
        return decisions

    def reject_selected(self) -> list[int]:
        """Remember the selected proposals as different people (undoable)."""
        chosen = self.selected_proposals()
        if not chosen or self.finding:
            return []
        rejected = self.decisions.reject(chosen)
        if rejected:
            self.decision_status.setText(translate(
                "FuzzyDialog", "{count} rejected: not proposed again.").format(
                count=QLocale().toString(len(rejected))))
        return rejected

    # --- state ----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        busy = self.finding
        has_keys = bool(self.columns_model.keys())
        self.find_button.setEnabled(has_keys and not busy)
        self.find_button.setToolTip("" if has_keys else translate(
            "FuzzyDialog", "Tick at least one column with names."))
        chosen = bool(self.view.selectionModel().selectedRows())
        self.accept_button.setEnabled(chosen and not busy)
        self.reject_button.setEnabled(chosen and not busy)
        self.columns_view.setEnabled(not busy)
        self.threshold_slider.setEnabled(not busy)
        self.threshold_spin.setEnabled(not busy)
        self.close_button.setText(translate("FuzzyDialog", "Stop finding") if busy
                                  else translate("FuzzyDialog", "Close"))

    def reject(self) -> None:  # Qt override: Close, Escape, the close button
        if self.finding:
            self.worker.cancel()
            self.find_status.setText(translate("FuzzyDialog", "Stopping…"))
            return
        super().reject()

    def discard(self) -> None:
        """Close at once, stopping any search (the project is being closed or replaced)."""
        self.discarded = True
        if self.finding:
            self.worker.cancel()
        super().reject()

    def delete_when_idle(self) -> None:
        """deleteLater, after the search (if any) has delivered its outcome."""
        if self.finding:
            self.worker.done.connect(self.deleteLater)
        else:
            self.deleteLater()
