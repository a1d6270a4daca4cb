"""The Retention area: who leaves, when, what they are worth, who is at risk now, and
which friction points cost the most.

At the top, how churn is defined (an outcome column, or no contact for N
days), changeable. Below, tabs: churn by persona / stage / channel / source
with 95% intervals (click a row for the customers behind it), retention
curves per persona, value per persona, the churn-risk model with its at-risk
list, and the friction points of a journey map ranked by what they cost.
Everything is read in the background; the risk run shows progress and Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.retention import (
    BY_CHANNEL,
    BY_PERSONA,
    BY_SOURCE,
    BY_STAGE,
    CHURN_INACTIVITY,
    ChurnDefinition,
    RateByGroup,
)
from workbench.i18n import translate
from workbench.ui.dialogs import ERROR, INFO
from workbench.ui.personas import wording
from workbench.ui.personas.members_dialog import MembersDialog
from workbench.ui.retention import background
from workbench.ui.retention.charts import SurvivalChart
from workbench.ui.retention.models import (
    BAR_ROLE,
    ITEM_ROLE,
    FrictionModel,
    RatesModel,
    ValuesModel,
    dimension_names,
    table_view,
)
from workbench.ui.retention.risk_panel import RiskPanel, secondary
from workbench.ui.style import scale_font
from workbench.ui.worker import Worker, stop_workers

INACTIVITY = "\x00inactivity"  # the definition combo's item for "no contact for N days"
DIMENSIONS = (BY_PERSONA, BY_STAGE, BY_CHANNEL, BY_SOURCE)


def definition_text(definition: ChurnDefinition) -> str:
    """How churn was decided, and how many churned, in one sentence."""
    counts = translate("Retention", "{churned} of {customers} customers churned ({rate})").format(
        churned=wording.count(definition.churned), customers=wording.count(definition.customers),
        rate=wording.percent(definition.rate, 1))
    if definition.kind == CHURN_INACTIVITY:
        how = translate("Retention", "Churned = no contact in the {days} days before {date}, the "
                        "last date in the data").format(days=definition.inactive_days,
                                                        date=definition.reference_date or "–")
    elif definition.event:
        how = translate("Retention", "Churned = {outcome} is “{event}”").format(
            outcome=definition.outcome, event=definition.event)
    else:
        how = translate("Retention", "Churned = {outcome} has a date").format(
            outcome=definition.outcome)
    return f"{how} · {counts}"


class IntervalBarDelegate(QStyledItemDelegate):
    """The rate as a bar with its 95% interval as a whisker, the figures written over it."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:  # Qt override
        figures = index.data(BAR_ROLE)
        if not figures or figures[0] is None:
            super().paint(painter, option, index)
            return
        rate, low, high, top = figures
        rect = QRectF(option.rect).adjusted(4, 5, -4, -5)
        painter.save()
        if option.state & option.state.State_Selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        bar = QColor("#E15759")
        bar.setAlphaF(0.35)
        scale = rect.width() * 0.4 / top
        painter.fillRect(QRectF(rect.left(), rect.top(), rate * scale, rect.height()), bar)
        if low is not None and high is not None:
            painter.setPen(QColor("#8E2A2A"))
            y = rect.center().y()
            painter.drawLine(int(rect.left() + low * scale), int(y), int(rect.left() + high * scale),
                             int(y))
            for x in (low, high):
                painter.drawLine(int(rect.left() + x * scale), int(y - 4),
                                 int(rect.left() + x * scale), int(y + 4))
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         index.data())
        painter.restore()




class RetentionArea(QWidget):
    """Churn, retention curves, value, churn risk and friction costs of the open project."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RetentionArea")
        self.window_ = window
        self.project = None
        self.info = None
        self.overview: background.RetentionOverview | None = None
        self.outcome: str | None = None
        self.inactive_days: int | None = None
        self.load_worker: Worker | None = None
        self.friction_worker: Worker | None = None
        self.members_dialog: MembersDialog | None = None
        self._generation = 0
        self._stale = False

        title = QLabel(translate("Retention", "Retention and value"))
        scale_font(title, 1.3, QFont.Weight.DemiBold)
        self.definition_box = QComboBox()
        self.definition_box.setObjectName("ChurnDefinition")
        self.definition_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.definition_box.setToolTip(translate(
            "Retention", "What counts as churn: an outcome column (churned yes/no, a cancellation "
            "date) or no contact for a number of days"))
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("InactiveDays")
        self.days_spin.setRange(1, 3650)
        self.days_spin.setValue(90)
        self.days_spin.setSuffix(translate("Retention", " days"))
        self.days_spin.setToolTip(translate("Retention", "Days without any contact, before the "
                                            "last date in the data, that count as churn"))
        self.apply_button = QPushButton(translate("Retention", "Apply"))
        self.apply_button.setObjectName("ApplyDefinition")
        self.apply_button.clicked.connect(self.apply_definition)
        self.definition_box.currentIndexChanged.connect(self._definition_choice_changed)
        self.definition_label = secondary()
        self.definition_label.setObjectName("DefinitionText")
        choose = QHBoxLayout()
        choose.setSpacing(8)
        choose.addWidget(QLabel(translate("Retention", "Churn is:")))
        choose.addWidget(self.definition_box)
        choose.addWidget(self.days_spin)
        choose.addWidget(self.apply_button)
        choose.addStretch(1)

        # --- the message when churn cannot be defined, or while loading
        self.message_heading = QLabel()
        self.message_heading.setObjectName("EmptyStateHeading")
        self.message_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_heading.setWordWrap(True)
        scale_font(self.message_heading, 1.3, QFont.Weight.DemiBold)
        self.message_body = secondary()
        self.message_body.setObjectName("RetentionMessage")
        self.message_body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        message_layout.addStretch(2)
        message_layout.addWidget(self.message_heading)
        message_layout.addWidget(self.message_body)
        message_layout.addStretch(3)

        # --- the figures
        self.tabs = QTabWidget()
        self.tabs.setObjectName("RetentionTabs")
        self.rates_model = RatesModel(self)
        self.rates_view, self.rates_proxy = table_view("ChurnRates", self.rates_model)
        self.rates_view.setItemDelegateForColumn(RatesModel.BAR_COLUMN,
                                                 IntervalBarDelegate(self.rates_view))
        self.rates_view.clicked.connect(self._rate_clicked)
        self.rates_view.setToolTip(translate("Retention", "Click a row to list the customers "
                                             "behind it"))
        self.dimension_box = QComboBox()
        self.dimension_box.setObjectName("RateDimension")
        for key in DIMENSIONS:
            self.dimension_box.addItem(dimension_names()[key], key)
        self.dimension_box.currentIndexChanged.connect(self._show_rates)
        self.rates_note = secondary()
        rates_page = QWidget()
        rates_layout = QVBoxLayout(rates_page)
        by_row = QHBoxLayout()
        by_row.addWidget(QLabel(translate("Retention", "Churn by")))
        by_row.addWidget(self.dimension_box)
        by_row.addStretch(1)
        rates_layout.addLayout(by_row)
        rates_layout.addWidget(self.rates_view, 1)
        rates_layout.addWidget(self.rates_note)
        self.tabs.addTab(rates_page, translate("Retention", "Churn by group"))

        self.curves = SurvivalChart()
        self.curves.curve_clicked.connect(self._curve_clicked)
        self.curves_note = secondary()
        curves_page = QWidget()
        curves_layout = QVBoxLayout(curves_page)
        curves_layout.addWidget(self.curves, 1)
        curves_layout.addWidget(self.curves_note)
        self.tabs.addTab(curves_page, translate("Retention", "Retention curves"))

        self.values_model = ValuesModel(self)
        self.values_view, _ = table_view("PersonaValues", self.values_model)
        self.values_view.clicked.connect(self._value_clicked)
        self.values_note = secondary()
        values_page = QWidget()
        values_layout = QVBoxLayout(values_page)
        values_layout.addWidget(self.values_view, 1)
        values_layout.addWidget(self.values_note)
        self.tabs.addTab(values_page, translate("Retention", "Value"))

        self.risk = RiskPanel()
        self.risk.run_requested.connect(self.run_churn_risk)
        self.risk.export_requested.connect(self.export_at_risk)
        self.risk.customer_activated.connect(self.open_customer)
        self.tabs.addTab(self.risk, translate("Retention", "Churn risk"))

        self.journey_box = QComboBox()
        self.journey_box.setObjectName("FrictionJourney")
        self.journey_box.currentIndexChanged.connect(self._journey_chosen)
        self.friction_model = FrictionModel(self)
        self.friction_view, _ = table_view("FrictionCosts", self.friction_model)
        self.friction_note = secondary()
        friction_page = QWidget()
        friction_layout = QVBoxLayout(friction_page)
        journey_row = QHBoxLayout()
        journey_row.addWidget(QLabel(translate("Retention", "Journey map")))
        journey_row.addWidget(self.journey_box, 1)
        friction_layout.addLayout(journey_row)
        friction_layout.addWidget(self.friction_view, 1)
        friction_layout.addWidget(self.friction_note)
        self.tabs.addTab(friction_page, translate("Retention", "Friction costs"))

        self.pages = QStackedWidget()
        self.pages.addWidget(message_page)
        self.pages.addWidget(self.tabs)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addLayout(choose)
        layout.addWidget(self.definition_label)
        layout.addWidget(self.pages, 1)
        self._show_message(translate("Retention", "No project open"), "")

    # --- what the window calls ---------------------------------------------------------

    @property
    def readonly(self) -> bool:
        return self.info is None or bool(getattr(self.info, "readonly", False))

    def set_project(self, project, info) -> None:
        changed = project is not self.project
        if changed:
            self.stop_background_work()  # nothing may read the old file once it is closed
        self.project, self.info = project, info
        if project is None:
            self.overview = None
            self.outcome = self.inactive_days = None
            self._show_message(translate("Retention", "No project open"), "")
            return
        if changed:
            self.outcome = self.inactive_days = None
        self.risk.set_writable(not self.readonly)
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # read when the area is shown: it is not free on big projects

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if self._stale and self.project is not None:
            self._stale = False
            self.reload()

    def background_workers(self) -> list[Worker]:
        return [w for w in (self.load_worker, self.friction_worker) if w is not None
                and w.is_running]

    def stop_background_work(self, timeout: float = 30) -> None:
        stop_workers(self.background_workers(), timeout)

    def export(self):
        """Ctrl+E: export the at-risk list (when a risk run exists)."""
        if self.overview is None or self.overview.risk.run is None:
            return None
        return self.export_at_risk(self.risk.format_box.currentData(),
                                   self.risk.personal_box.isChecked())

    # --- reading -----------------------------------------------------------------------

    def reload(self) -> Worker | None:
        """Read the figures in the background with the current churn definition."""
        if self.project is None:
            return None
        if self.load_worker is not None and self.load_worker.is_running:
            self.load_worker.cancel()
        self._generation += 1
        generation, project = self._generation, self.project
        if self.overview is None:
            self._show_message(translate("Retention", "Reading churn and value…"), "")
        worker = Worker(background.load_overview, project, outcome=self.outcome,
                        inactive_days=self.inactive_days,
                        title=translate("Retention", "Reading churn and value"), owner=self)
        worker.finished.connect(lambda overview: self._loaded(generation, project, overview))
        worker.failed.connect(lambda message, details: self._load_failed(generation, message,
                                                                         details))
        self.load_worker = worker
        return worker.start()

    def _loaded(self, generation: int, project, overview: background.RetentionOverview) -> None:
        if generation != self._generation or project is not self.project:
            return
        self.show_overview(overview)

    def _load_failed(self, generation: int, message: str, details: str) -> None:
        if generation != self._generation:
            return
        self._show_message(translate("Retention", "Churn could not be measured"), message)

    def show_overview(self, overview: background.RetentionOverview) -> None:
        """Fill every part of the view from one overview (also used by tests)."""
        self.overview = overview
        self._fill_definition_choices(overview)
        if overview.summary is None:
            self.definition_label.setText("")
            self._show_message(translate("Retention", "Churn cannot be measured yet"),
                               overview.problem)
            return
        summary = overview.summary
        self.definition_label.setText(definition_text(summary.definition))
        self.pages.setCurrentWidget(self.tabs)
        self._show_rates()
        self.curves.set_curves(summary.curves, self._curve_names(overview))
        notes = list(summary.notes)
        self.curves_note.setText("\n".join(notes) if not summary.curves else translate(
            "Retention", "Kaplan–Meier estimates; shaded: 95% interval. Click a persona in the "
            "legend to list its members."))
        self.values_model.names = overview.personas
        self.values_model.set_rows(summary.values)
        self.values_view.resizeColumnsToContents()
        self.values_note.setText(translate(
            "Retention", "RFM: recency, frequency and monetary value; scores 1–5 over all "
            "customers (5 = best). Value at risk = value × churn risk.") if summary.values else
            "\n".join(notes) or translate("Retention", "No purchase amounts found: import "
                                          "touchpoints or attributes with amounts to see value."))
        risk = overview.risk
        self.risk.show_run(risk.run, risk.created_at, overview.at_risk, overview.labels)
        self._fill_journeys(overview.journeys)

    def _curve_names(self, overview) -> dict[str, str]:
        names = dict(overview.personas)
        names.update({"": translate("Retention", "Everyone"),
                      "all": translate("Retention", "Everyone")})
        return names

    def _show_message(self, heading: str, body: str) -> None:
        self.message_heading.setText(heading)
        self.message_body.setText(body)
        self.pages.setCurrentIndex(0)

    # --- the churn definition ----------------------------------------------------------

    def _fill_definition_choices(self, overview: background.RetentionOverview) -> None:
        box = self.definition_box
        box.blockSignals(True)
        box.clear()
        for name in overview.outcomes:
            box.addItem(translate("Retention", "the outcome {name}").format(name=name), name)
        box.addItem(translate("Retention", "no contact for"), INACTIVITY)
        definition = overview.summary.definition if overview.summary is not None else None
        if definition is not None and definition.kind == CHURN_INACTIVITY:
            box.setCurrentIndex(box.count() - 1)
            self.days_spin.setValue(definition.inactive_days or self.days_spin.value())
        elif definition is not None and definition.outcome:
            index = box.findData(definition.outcome)
            if index < 0:
                box.insertItem(0, translate("Retention", "the outcome {name}").format(
                    name=definition.outcome), definition.outcome)
                index = 0
            box.setCurrentIndex(index)
        suggested = definition.suggested_days if definition is not None else None
        if suggested:
            self.days_spin.setToolTip(translate(
                "Retention", "Suggested: {days} days, from the gaps between contacts").format(
                days=suggested))
            if definition.kind != CHURN_INACTIVITY:
                self.days_spin.setValue(suggested)
        box.blockSignals(False)
        self._definition_choice_changed()

    def _definition_choice_changed(self, *_args) -> None:
        self.days_spin.setEnabled(self.definition_box.currentData() == INACTIVITY)

    def apply_definition(self) -> Worker | None:
        """Measure again with the chosen outcome or number of inactive days."""
        choice = self.definition_box.currentData()
        if choice == INACTIVITY:
            self.outcome, self.inactive_days = None, self.days_spin.value()
        else:
            self.outcome, self.inactive_days = choice, None
        return self.reload()

    # --- churn by group ----------------------------------------------------------------

    def _show_rates(self, *_args) -> None:
        summary = self.overview.summary if self.overview is not None else None
        dimension = self.dimension_box.currentData()
        rates = [r for r in summary.rates if r.dimension == dimension] if summary else []
        self.rates_model.set_rows(rates)
        self.rates_view.sortByColumn(RatesModel.BAR_COLUMN, Qt.SortOrder.DescendingOrder)
        self.rates_view.resizeColumnsToContents()
        self.rates_view.setColumnWidth(RatesModel.BAR_COLUMN, 340)
        self.rates_note.setText(translate(
            "Retention", "95% Wilson intervals; “against the rest” is the risk ratio with its "
            "interval.") if rates else translate(
            "Retention", "No figures by {dimension}: the data has none (personas need a persona "
            "set; stages and channels need touchpoints).").format(
            dimension=dimension_names()[dimension].lower()))

    def _rate_clicked(self, index: QModelIndex) -> None:
        rate = index.data(ITEM_ROLE)
        if isinstance(rate, RateByGroup):
            self.show_customers_behind(rate)

    def show_customers_behind(self, rate: RateByGroup) -> Worker | None:
        """List the customers behind one churn figure."""
        if self.project is None or self.overview is None or self.overview.summary is None:
            return None
        summary = self.overview.summary
        if self.members_dialog is not None:
            self.members_dialog.close()
        dialog = MembersDialog(
            translate("Retention", "{group}: {events} of {n} churned").format(
                group=rate.label, events=wording.count(rate.events), n=wording.count(rate.n)),
            definition_text(summary.definition), ["label"], parent=self.window())
        dialog.setWindowTitle(translate("Retention", "Customers behind the figure"))
        self.members_dialog = dialog
        dialog.show()
        return self.window_.run_task(
            translate("Retention", "Finding the customers behind a churn figure"),
            background.customers_behind, self.project, rate, summary.definition,
            set_id=summary.persona_set_id, on_done=dialog.set_rows,
            on_failed=lambda message, _details: dialog.set_failed(message),
            on_cancelled=lambda: dialog.set_failed(translate("Retention", "Stopped.")))

    def _persona_rate(self, key: str) -> RateByGroup | None:
        summary = self.overview.summary if self.overview is not None else None
        if summary is None:
            return None
        return next((r for r in summary.rates if r.dimension == BY_PERSONA and r.key == key), None)

    def _curve_clicked(self, key: str) -> None:
        rate = self._persona_rate(key)
        if rate is not None:
            self.show_customers_behind(rate)

    def _value_clicked(self, index: QModelIndex) -> None:
        value = index.data(ITEM_ROLE)
        rate = self._persona_rate(getattr(value, "key", ""))
        if rate is not None:
            self.show_customers_behind(rate)

    # --- churn risk --------------------------------------------------------------------

    def run_churn_risk(self) -> Worker | None:
        """Train and store a churn-risk run in the background (progress and Cancel)."""
        if self.project is None or self.readonly:
            return None
        return self.window_.run_task(
            translate("Retention", "Running churn risk"), background.run_churn_risk, self.project,
            outcome=self.outcome, inactive_days=self.inactive_days,
            on_done=lambda _run_id: self.reload(),
            on_failed=lambda message, details: self.window_.show_message(
                ERROR, translate("Retention", "Churn risk could not be run"), message, details))

    def _ask_export_path(self, suggested: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.window(), translate(
            "Retention", "Export the at-risk list"), suggested, filters)
        return path or None

    def export_at_risk(self, fmt: str, include_personal_data: bool) -> Worker | None:
        """Write the at-risk list as CSV or XLSX (personal data only when ticked)."""
        if self.project is None or self.overview is None or self.overview.risk.run is None:
            return None
        filters = (translate("Retention", "Excel workbook (*.xlsx)") if fmt == "xlsx" else
                   translate("Retention", "CSV file (*.csv)"))
        path = self._ask_export_path(translate("Retention", "at-risk customers") + f".{fmt}",
                                     filters)
        if not path:
            return None
        return self.window_.run_task(
            translate("Retention", "Exporting the at-risk list"), background.export_at_risk,
            self.project, path, fmt=fmt, run_id=self.overview.risk.run_id,
            include_personal_data=include_personal_data,
            on_done=lambda _result: self.window_.show_message(
                INFO, translate("Retention", "At-risk list exported"),
                translate("Retention", "Saved to {path}").format(path=path)))

    def open_customer(self, customer_id: int) -> None:
        """Show a customer's page in the Data area's Customers tab."""
        view = self.window_.project_view
        if "data" not in view.area_keys():
            return
        data = view.area_widget("data")
        tab = getattr(data, "customers_tab", None)
        if tab is None:
            return
        view.show_area("data")
        data.show_tab(tab)
        tab.select_customer(customer_id)

    # --- friction costs ----------------------------------------------------------------

    def _fill_journeys(self, journeys: list[tuple[int, str]]) -> None:
        box = self.journey_box
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for journey_id, name in journeys:
            box.addItem(name, journey_id)
        index = box.findData(current)
        box.setCurrentIndex(index if index >= 0 else 0)
        box.blockSignals(False)
        if journeys:
            self._journey_chosen()
        else:
            self.friction_model.set_rows([])
            self.friction_note.setText(translate(
                "Retention", "No journey maps yet: create one from a persona in the Journeys "
                "area, then its pain points are ranked here by what they cost."))

    def _journey_chosen(self, *_args) -> Worker | None:
        journey_id = self.journey_box.currentData()
        if self.project is None or journey_id is None:
            return None
        if self.friction_worker is not None and self.friction_worker.is_running:
            self.friction_worker.cancel()
        self.friction_note.setText(translate("Retention", "Measuring what each friction point "
                                             "costs…"))
        project, generation = self.project, self._generation
        worker = Worker(background.friction_costs, project, journey_id, outcome=self.outcome,
                        inactive_days=self.inactive_days,
                        title=translate("Retention", "Measuring friction costs"), owner=self)
        worker.finished.connect(lambda costs: self._friction_ready(generation, journey_id, costs))
        worker.failed.connect(lambda message, _details: self.friction_model.set_rows([]))
        worker.failed.connect(lambda message, _details: self.friction_note.setText(message))
        self.friction_worker = worker
        return worker.start()

    def _friction_ready(self, generation: int, journey_id: int, costs: list) -> None:
        if generation != self._generation or self.journey_box.currentData() != journey_id:
            return
        self.show_friction(costs)

    def show_friction(self, costs: list) -> None:
        """Show one map's friction costs, costliest first."""
        self.friction_model.set_rows(costs)
        self.friction_view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.friction_view.resizeColumnsToContents()
        self.friction_view.setColumnWidth(0, min(self.friction_view.columnWidth(0), 360))
        self.friction_note.setText(translate(
            "Retention", "Churn among the members who hit each point against those who did not; "
            "red: the whole 95% interval is above 1. Costliest first.") if costs else translate(
            "Retention", "This map has no pain points or observed friction points yet."))
