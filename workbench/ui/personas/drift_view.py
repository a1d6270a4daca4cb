"""The "Changes" page of a persona set: what changed between two of its runs (drift).

Two runs are chosen (the fit that made the set, later assignments); the
comparison is computed in the background by :func:`workbench.services.drift.drift_report`
and shown as persona sizes before → after, a flow diagram of who went from
which persona to which (painted with QPainter, bands proportional to the
customers, in the personas' card colours), the same flows as a table, and the
profile attributes whose effect moved (then → now).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.living import (
    FLOW_GONE,
    FLOW_NEW,
    FLOW_NONE,
    AssignmentRun,
    DriftReport,
    Flow,
    ProfileShift,
    RunKind,
)
from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.personas.flow_diagram import FlowDiagram, side_explanation, side_name
from workbench.ui.personas.visuals import persona_color
from workbench.ui.style import scale_font
from workbench.ui.worker import Worker

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
#: Rows of a table shown before it scrolls.
TABLE_ROWS = 10


# --------------------------------------------------------------------------- background


def load_drift(project, set_id: int, before: int, after: int, *, task=None) -> DriftReport:
    """services.drift.drift_report on a connection of its own (for a Worker)."""
    from workbench.services.drift import drift_report

    with project.on_own_connection() as mine:
        return drift_report(mine, set_id, before=before, after=after, task=task)


# --------------------------------------------------------------------------- wording


def run_day(run: AssignmentRun, with_time: bool = False) -> str:
    """"3 Dec 2026" (and ", 14:05" when two runs share a day) in the user's locale."""
    moment = QDateTime.fromString(run.created_at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return run.created_at
    moment = moment.toLocalTime()
    text = QLocale().toString(moment.date(), "d MMM yyyy")
    if with_time:
        text += ", " + QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    return text


def run_label(run: AssignmentRun, with_time: bool = False) -> str:
    """"Fit, 3 Dec 2026" or "Assignment, 5 Dec 2026 — 45 new"."""
    day = run_day(run, with_time)
    if run.kind is RunKind.FIT:
        return translate("Living", "Fit, {day}").format(day=day)
    return translate("Living", "Assignment, {day} \u2014 {n} new").format(
        day=day, n=wording.count(run.n_new))


def run_labels(runs: list[AssignmentRun]) -> list[str]:
    """Labels of ``runs``; the time is added where two runs fall on the same day, the run's
    number where they fall in the same minute."""
    days = [run_day(r) for r in runs]
    labels = [run_label(r, days.count(day) > 1) for r, day in zip(runs, days, strict=True)]
    return [translate("Living", "{label} (run {id})").format(label=label, id=run.id)
            if labels.count(label) > 1 else label for run, label in zip(runs, labels, strict=True)]


def change_text(before: int, after: int) -> str:
    """"+12", "−3" or "0"."""
    difference = after - before
    if difference == 0:
        return "0"
    sign = "+" if difference > 0 else wording.MINUS
    return sign + wording.count(abs(difference))


@dataclass(frozen=True)
class Movement:
    """The headline counts of a drift report, from its flows."""

    new: int
    moved: int
    gone: int
    stayed: int


def movement(report: DriftReport) -> Movement:
    new = moved = gone = stayed = 0
    for flow in report.flows:
        if flow.source == FLOW_NEW:
            new += flow.customers
        elif flow.target == FLOW_GONE:
            gone += flow.customers
        elif flow.source == flow.target:
            stayed += flow.customers
        else:
            moved += flow.customers
    return Movement(new, moved, gone, stayed)


def summary_text(report: DriftReport) -> str:
    counts = movement(report)
    shifted = sum(1 for s in report.shifts if s.shifted)
    return translate(
        "Living", "{new} new customers, {moved} moved to another persona or to fitting none, "
        "{gone} gone, {stayed} stayed. Profile lines that shifted: {shifted}.").format(
        new=wording.count(counts.new), moved=wording.count(counts.moved),
        gone=wording.count(counts.gone), stayed=wording.count(counts.stayed),
        shifted=wording.count(shifted))


# --------------------------------------------------------------------------- table models


class _RowsModel(QAbstractTableModel):
    """A read-only table over a list of row tuples (display text per column)."""

    headers: list[str] = []
    #: Columns aligned right (figures).
    figures: frozenset[int] = frozenset()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple] = []

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # Qt override
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def text(self, row: int, column: int) -> str:
        return str(self._rows[row][column])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # Qt override
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.figures:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra(index.row(), index.column(), role)

    def extra(self, row: int, column: int, role: int):
        return None


class SizesModel(_RowsModel):
    """Persona, members before, after, change; then those fitting no persona."""

    figures = frozenset({1, 2, 3})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [translate("Living", "Persona"), translate("Living", "Before"),
                        translate("Living", "After"), translate("Living", "Change")]
        self._colors: list[QColor | None] = []

    def show_report(self, report: DriftReport) -> None:
        rows, colors = [], []
        for position, before, after in report.size_change():
            rows.append((report.persona_names[position], wording.count(before),
                         wording.count(after), change_text(before, after)))
            colors.append(persona_color(position))
        rows.append((side_name(FLOW_NONE, [], False), wording.count(report.before.n_unassigned),
                     wording.count(report.after.n_unassigned),
                     change_text(report.before.n_unassigned, report.after.n_unassigned)))
        colors.append(None)
        self._colors = colors
        self.set_rows(rows)

    def extra(self, row: int, column: int, role: int):
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._colors[row]
        return None


class FlowsModel(_RowsModel):
    """From, to, customers: moves first, largest first, then those who stayed."""

    figures = frozenset({2})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [translate("Living", "From"), translate("Living", "To"),
                        translate("Living", "Customers")]
        self.flows: list[Flow] = []

    def show_report(self, report: DriftReport) -> None:
        names = report.persona_names
        self.flows = sorted((f for f in report.flows if f.customers > 0),
                            key=lambda f: (f.source == f.target, -f.customers))
        self.set_rows([(side_name(f.source, names, True), side_name(f.target, names, False),
                        wording.count(f.customers)) for f in self.flows])

    def extra(self, row: int, column: int, role: int):
        flow = self.flows[row]
        if role == Qt.ItemDataRole.FontRole and flow.source != flow.target:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return side_explanation(flow.source if column == 0 else flow.target) or None
        return None


def shift_subject(shift: ProfileShift) -> str:
    """"Income" or "Loyalty tier = gold"."""
    if shift.level is None:
        return shift.attribute
    return translate("Living", "{attribute} = {level}").format(
        attribute=shift.attribute, level=shift.level)


def shift_values(shift: ProfileShift) -> str:
    """The persona's mean (or share of the level) then → now."""
    if shift.value_then is None and shift.value_now is None:
        return "–"
    if shift.level is None:
        then, now = wording.number(shift.value_then), wording.number(shift.value_now)
    else:
        then, now = wording.percent(shift.value_then), wording.percent(shift.value_now)
    return f"{then} \u2192 {now}"


class ShiftsModel(_RowsModel):
    """Persona, attribute, effect then, effect now, value then → now, shifted mark."""

    figures = frozenset({2, 3})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [translate("Living", "Persona"), translate("Living", "Attribute"),
                        translate("Living", "Effect then"), translate("Living", "Effect now"),
                        translate("Living", "Value then \u2192 now"), ""]
        self.shifts: list[ProfileShift] = []
        self._positions: list[int] = []

    def show_report(self, report: DriftReport) -> None:
        def moved(shift: ProfileShift) -> float:
            if shift.effect_then is None or shift.effect_now is None:
                return 0.0
            return abs(shift.effect_now - shift.effect_then)

        names = report.persona_names
        self.shifts = sorted(report.shifts, key=lambda s: (not s.shifted, -moved(s)))
        self.set_rows([(side_name(str(s.persona), names, False), shift_subject(s),
                        wording.signed(s.effect_then, 2), wording.signed(s.effect_now, 2),
                        shift_values(s),
                        translate("Living", "Shifted") if s.shifted else "")
                       for s in self.shifts])

    def extra(self, row: int, column: int, role: int):
        shift = self.shifts[row]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return persona_color(shift.persona)
        if role == Qt.ItemDataRole.FontRole and shift.shifted:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and shift.shifted and column == 5:
            return QColor("#A35F00")
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "Living", "Standardised effect against the other personas' members (Cohen's d "
                "for numbers, Cohen's h for a category's share): {then} then, {now} now. A "
                "change of 0.2 or more counts as a shift.").format(
                then=wording.signed(shift.effect_then, 2), now=wording.signed(shift.effect_now, 2))
        return None


# --------------------------------------------------------------------------- the page


def _table(model: QAbstractTableModel, stretch: list[int]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)  # one line per row: long persona names are elided
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fit_rows(table: QTableView) -> None:
    shown = min(table.model().rowCount(), TABLE_ROWS)
    table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                         + max(shown, 1) * table.verticalHeader().defaultSectionSize() + 4)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    scale_font(label, 1.1, QFont.Weight.DemiBold)
    return label


class DriftView(QFrame):
    """Choose two runs of the set; see sizes, flows and shifted profiles between them."""

    #: A comparison was shown (the DriftReport).
    report_shown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DriftView")
        self.project = None
        self.set_id: int | None = None
        self.runs: list[AssignmentRun] = []
        self.report: DriftReport | None = None
        self.worker: Worker | None = None
        self.active = False
        self._generation = 0
        self._filling = False
        self._loading = False

        self.before_combo = QComboBox()
        self.after_combo = QComboBox()
        for combo in (self.before_combo, self.after_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.before_combo.setAccessibleName(translate("Living", "Earlier run"))
        self.after_combo.setAccessibleName(translate("Living", "Later run"))
        self.before_combo.currentIndexChanged.connect(self._before_changed)
        self.after_combo.currentIndexChanged.connect(self._after_changed)
        choose = QHBoxLayout()
        choose.setSpacing(8)
        choose.addWidget(QLabel(translate("Living", "Compare")))
        choose.addWidget(self.before_combo)
        choose.addWidget(QLabel(translate("Living", "with")))
        choose.addWidget(self.after_combo)
        choose.addStretch(1)
        self.chooser = QWidget()
        self.chooser.setLayout(choose)
        choose.setContentsMargins(0, 0, 0, 0)

        self.empty_label = QLabel(translate(
            "Living", "Drift compares two runs. Assign new customers to see how the personas "
                      "change."))
        self.empty_label.setObjectName("Secondary")
        self.empty_label.setWordWrap(True)
        scale_font(self.empty_label, 1.1)
        self.status_label = QLabel()
        self.status_label.setObjectName("Secondary")
        self.status_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)

        self.sizes_model = SizesModel(self)
        self.sizes_table = _table(self.sizes_model, [0])
        self.diagram = FlowDiagram()
        self.flows_model = FlowsModel(self)
        self.flows_table = _table(self.flows_model, [0, 1])
        self.shifts_model = ShiftsModel(self)
        self.shifts_table = _table(self.shifts_model, [0, 1])
        self.shifts_hint = QLabel()
        self.shifts_hint.setObjectName("Secondary")
        self.shifts_hint.setWordWrap(True)
        self.notes_label = QLabel()
        self.notes_label.setObjectName("Secondary")
        self.notes_label.setWordWrap(True)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(8)
        content.addWidget(self.summary_label)
        self.sizes_heading = _heading(translate("Living", "Persona sizes"))
        content.addWidget(self.sizes_heading)
        content.addWidget(self.sizes_table)
        self.flow_heading = _heading(translate("Living", "Who moved where"))
        content.addSpacing(6)
        content.addWidget(self.flow_heading)
        flow_hint = QLabel(translate(
            "Living", "Bands are as wide as the customers they carry; point at one to read it."))
        flow_hint.setObjectName("Secondary")
        content.addWidget(flow_hint)
        content.addWidget(self.diagram)
        content.addWidget(self.flows_table)
        content.addSpacing(6)
        self.shifts_heading = _heading(translate("Living", "Profiles then and now"))
        content.addWidget(self.shifts_heading)
        content.addWidget(self.shifts_hint)
        content.addWidget(self.shifts_table)
        content.addWidget(self.notes_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.chooser)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.content)
        self._show_state()

    # --- runs -------------------------------------------------------------------------

    def reading(self, project, set_id: int | None) -> None:
        """Another set is shown: its runs are being read."""
        if project is self.project and set_id == self.set_id:
            return
        self._generation += 1  # a comparison still running is for the previous set
        self.project, self.set_id, self.runs, self.report = project, set_id, [], None
        self._loading = True
        self._show_state()

    def set_runs(self, project, set_id: int | None, runs: list[AssignmentRun]) -> None:
        """The set's runs (oldest first); the latest two are chosen unless the same set's
        choice still exists."""
        same_set = project is self.project and set_id == self.set_id
        keep = (self.chosen() if same_set else None)
        old_ids = [r.id for r in self.runs] if same_set else []
        self.project, self.set_id, self.runs = project, set_id, list(runs)
        self._loading = False
        if not same_set:
            self.report = None
        labels = run_labels(self.runs)
        self._filling = True
        for combo in (self.before_combo, self.after_combo):
            combo.clear()
            for run, label in zip(self.runs, labels, strict=True):
                combo.addItem(label, run.id)
        ids = [r.id for r in self.runs]
        if len(ids) >= 2:
            before, after = len(ids) - 2, len(ids) - 1
            # a new run appears: compare it; otherwise keep what was chosen
            if keep is not None and keep[0] in ids and keep[1] in ids and ids == old_ids:
                before, after = ids.index(keep[0]), ids.index(keep[1])
            self.before_combo.setCurrentIndex(before)
            self.after_combo.setCurrentIndex(after)
        self._filling = False
        if self.report is not None and (self.report.before.id, self.report.after.id) != \
                self.chosen():
            self.report = None
        self._show_state()
        if self.active:
            self.refresh()

    def chosen(self) -> tuple[int, int] | None:
        if len(self.runs) < 2:
            return None
        before, after = self.before_combo.currentData(), self.after_combo.currentData()
        if before is None or after is None:
            return None
        return int(before), int(after)

    def choose(self, before: int, after: int) -> None:
        """Choose two runs by id (the earlier first)."""
        ids = [r.id for r in self.runs]
        self._filling = True
        self.before_combo.setCurrentIndex(ids.index(before))
        self.after_combo.setCurrentIndex(ids.index(after))
        self._filling = False
        self._pair_changed()

    def _before_changed(self, index: int) -> None:
        if self._filling or index < 0:
            return
        if self.after_combo.currentIndex() <= index:  # the later run must come after
            self._filling = True
            if index + 1 < self.after_combo.count():
                self.after_combo.setCurrentIndex(index + 1)
            else:  # the latest run has nothing after it: compare it with the one before
                self.before_combo.setCurrentIndex(index - 1)
                self.after_combo.setCurrentIndex(index)
            self._filling = False
        self._pair_changed()

    def _after_changed(self, index: int) -> None:
        if self._filling or index < 0:
            return
        if self.before_combo.currentIndex() >= index:
            self._filling = True
            if index > 0:
                self.before_combo.setCurrentIndex(index - 1)
            else:  # the first run has nothing before it: compare it with the next
                self.before_combo.setCurrentIndex(0)
                self.after_combo.setCurrentIndex(1)
            self._filling = False
        self._pair_changed()

    def _pair_changed(self) -> None:
        self.report = None
        if self.active:
            self.refresh()
        else:
            self._show_state()

    # --- computing --------------------------------------------------------------------

    def set_active(self, active: bool) -> None:
        """The page is on screen (compute only then)."""
        self.active = active
        if active and self.report is None:
            self.refresh()

    def refresh(self) -> Worker | None:
        """Compute the chosen comparison in the background."""
        pair = self.chosen()
        if self.project is None or self.set_id is None or pair is None:
            self._show_state()
            return None
        if self.report is not None and (self.report.before.id, self.report.after.id) == pair:
            self._show_state()
            return None
        if self.worker is not None and self.worker.is_running:
            self.worker.cancel()
        self._generation += 1
        generation, project, set_id = self._generation, self.project, self.set_id
        worker = Worker(load_drift, project, set_id, pair[0], pair[1],
                        title=translate("Living", "Comparing two runs of the persona set"),
                        owner=self)
        worker.progress.connect(lambda _d, _t, message: self._progress(generation, message))
        worker.finished.connect(lambda report: self._ready(generation, project, report))
        worker.failed.connect(lambda message, _details: self._failed(generation, message))
        self.worker = worker
        self.status_label.setText(translate("Living", "Comparing the runs\u2026"))
        self._show_state(busy=True)
        return worker.start()

    def stop(self, timeout: float = 30) -> None:
        from workbench.ui.worker import stop_workers

        if self.worker is not None and self.worker.is_running:
            self._generation += 1
            stop_workers([self.worker], timeout)

    def _progress(self, generation: int, message: str) -> None:
        if generation == self._generation and message:
            self.status_label.setText(message)

    def _ready(self, generation: int, project, report: DriftReport) -> None:
        if generation != self._generation or project is not self.project:
            return
        self.show_report(report)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.report = None
        self.status_label.setText(translate("Living", "The runs could not be compared: {error}"
                                            ).format(error=message))
        self._show_state(failed=True)

    # --- showing ----------------------------------------------------------------------

    def show_report(self, report: DriftReport) -> None:
        """Show a computed comparison (the combos are not changed)."""
        self.report = report
        self.summary_label.setText(summary_text(report))
        self.sizes_model.show_report(report)
        self.diagram.show_report(report, (self._label_of(report.before),
                                         self._label_of(report.after)))
        self.flows_model.show_report(report)
        self.shifts_model.show_report(report)
        for table in (self.sizes_table, self.flows_table, self.shifts_table):
            _fit_rows(table)
        self.shifts_table.setVisible(bool(report.shifts))
        if report.shifts:
            self.shifts_hint.setText(translate(
                "Living", "Each line compares a persona's members with the other personas' "
                "members, once with the earlier run's members and once with the later run's, on "
                "the attributes as they are now. Shifted: the effect moved by 0.2 or more."))
        else:
            self.shifts_hint.setText(translate(
                "Living", "No attribute of the set could be compared (none is in the project "
                          "any more)."))
        self.notes_label.setText("\n".join(f"\u2022 {note}" for note in report.notes))
        self.notes_label.setVisible(bool(report.notes))
        self._show_state()
        self.report_shown.emit(report)

    def _label_of(self, run: AssignmentRun) -> str:
        """The run as its combo box names it (with the time when needed)."""
        ids = [r.id for r in self.runs]
        return self.before_combo.itemText(ids.index(run.id)) if run.id in ids else run_label(run)

    def _show_state(self, busy: bool = False, failed: bool = False) -> None:
        if self._loading:
            self.status_label.setText(translate("Living", "Reading the runs\u2026"))
        enough = len(self.runs) >= 2
        self.empty_label.setVisible(not enough and not self._loading)
        self.chooser.setVisible(enough)
        self.status_label.setVisible(self._loading or (enough and (busy or failed)))
        self.content.setVisible(enough and self.report is not None and not busy and not failed)
