"""The Trends area: how personas and journey stages move month by month (or week by week).

At the top, the choices: persona set, by persona or by journey stage (with the
journey map), month or week, an optional From/To, Refresh and Export. Below,
what changed more than chance would explain (recurring negative experiences
with their passages first, then other flagged shifts, then the stated test),
a chart of one quantity with a line per group (flagged lines thicker, the
compared periods shaded, small-n points hollow), and the table of every
series by period with the n behind each value. Read-only; everything is
computed in the background with progress and Cancel.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.living import Period, TrendBy, TrendReport
from workbench.i18n import translate
from workbench.ui.dialogs import INFO
from workbench.ui.style import scale_font
from workbench.ui.trends import background, wording
from workbench.ui.trends.chart import TrendChart
from workbench.ui.trends.flags_panel import FlagsPanel
from workbench.ui.trends.models import ITEM_ROLE, SeriesModel, strongest_flags, table_view
from workbench.ui.voc.models import secondary
from workbench.ui.worker import ProgressPanel, Worker, stop_workers


def no_set_text() -> str:
    return translate(
        "Trends", "Trends follow the personas of a persona set month by month. Make a persona "
        "set first in the Personas area (or on the command line: workbench personas PROJECT).")


def no_dates_text() -> str:
    return translate(
        "Trends", "Trends need dated touchpoints: import a touchpoint event log (one row per "
        "contact, with a customer column, a channel column and a date column). In the import "
        "preview, give the column with each contact's date the Date role, so it becomes the "
        "touchpoint date.")


def no_journey_text() -> str:
    return translate(
        "Trends", "Trends by journey stage need a journey map: create one from a persona in "
        "the Journeys area. Each touchpoint counts for the stage its event log's stage column "
        "names or, without one, the stage its action is mapped to.")


def no_stages_text() -> str:
    return translate(
        "Trends", "No dated touchpoint could be placed in a stage of this journey map: its "
        "event log has no stage column and no action is mapped to a stage. Import an event log "
        "with a stage column (values named like the map's stages), or actions that the stages "
        "name, then refresh.")


def period_bounds(period: str) -> tuple[date, date] | None:
    """First and last day of "2024-03" or "2024-W11"; None for anything else."""
    try:
        if "-W" in period:
            year, week = period.split("-W")
            first = date.fromisocalendar(int(year), int(week), 1)
            return first, date.fromisocalendar(int(year), int(week), 7)
        year, month = (int(part) for part in period.split("-")[:2])
        first = date(year, month, 1)
        following = date(year + month // 12, month % 12 + 1, 1)
        return first, date.fromordinal(following.toordinal() - 1)
    except ValueError:
        return None


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.currentDate())
    edit.setEnabled(False)
    return edit


class TrendsArea(QWidget):
    """Series per persona or journey stage over the periods, with flagged shifts."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrendsArea")
        self.window_ = window
        self.project = None
        self.info = None
        self.overview: background.TrendsOverview | None = None
        self.load_worker: Worker | None = None
        self.progress_panel: ProgressPanel | None = None
        self._generation = 0
        self._stale = False

        title = QLabel(translate("Trends", "Trends"))
        scale_font(title, 1.3, QFont.Weight.DemiBold)
        self.set_box = QComboBox()
        self.set_box.setObjectName("TrendsPersonaSet")
        self.set_box.setToolTip(translate("Trends", "The persona set whose personas are followed"))
        self.set_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.set_box.setMinimumContentsLength(10)
        self.by_box = QComboBox()
        self.by_box.setObjectName("TrendsBy")
        for by, name in wording.by_names().items():
            self.by_box.addItem(name, by)
        self.journey_box = QComboBox()
        self.journey_box.setObjectName("TrendsJourney")
        self.journey_box.setToolTip(translate("Trends", "The journey map whose stages are "
                                              "followed"))
        self.journey_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.journey_box.setMinimumContentsLength(10)
        self.journey_box.setPlaceholderText(translate("Trends", "No journey map"))
        self.period_box = QComboBox()
        self.period_box.setObjectName("TrendsPeriod")
        for period, name in wording.period_names().items():
            self.period_box.addItem(name, period)
        self.from_check = QCheckBox(translate("Trends", "From"))
        self.from_check.setToolTip(translate("Trends", "Untick for no limit: from the first "
                                             "dated touchpoint"))
        self.from_edit = _date_edit("TrendsFrom")
        self.to_check = QCheckBox(translate("Trends", "To"))
        self.to_check.setToolTip(translate("Trends", "Untick for no limit: up to the last dated "
                                           "touchpoint"))
        self.to_edit = _date_edit("TrendsTo")
        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.to_check.toggled.connect(self.to_edit.setEnabled)
        self.refresh_button = QPushButton(translate("Trends", "Refresh"))
        self.refresh_button.setObjectName("RefreshTrends")
        self.refresh_button.setToolTip(translate("Trends", "Compute the trends again with these "
                                                 "choices"))
        self.refresh_button.clicked.connect(lambda: self.reload())
        self.export_button = QPushButton(translate("Trends", "Export…"))
        self.export_button.setObjectName("ExportTrends")
        self.export_button.setToolTip(translate("Trends", "Save every series with its n as CSV "
                                                "or XLSX"))
        self.export_button.clicked.connect(lambda: self.export_series())
        self.export_button.setEnabled(False)
        for box in (self.set_box, self.by_box, self.journey_box, self.period_box):
            box.activated.connect(lambda _i: self.reload())
        self.set_label = QLabel(translate("Trends", "Persona set"))
        choose = QHBoxLayout()
        choose.setSpacing(6)
        choose.addWidget(self.set_label)
        choose.addWidget(self.set_box)
        choose.addWidget(self.by_box)
        choose.addWidget(self.journey_box)
        choose.addWidget(self.period_box)
        choose.addSpacing(6)
        choose.addWidget(self.from_check)
        choose.addWidget(self.from_edit)
        choose.addWidget(self.to_check)
        choose.addWidget(self.to_edit)
        choose.addStretch(1)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.refresh_button)
        heading.addWidget(self.export_button)
        self.progress_slot = QHBoxLayout()

        # --- the message when there is nothing to show, or while reading
        self.message_heading = QLabel()
        self.message_heading.setObjectName("EmptyStateHeading")
        self.message_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_heading.setWordWrap(True)
        scale_font(self.message_heading, 1.3, QFont.Weight.DemiBold)
        self.message_body = secondary()
        self.message_body.setObjectName("TrendsMessage")
        self.message_body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QWidget()
        column.setMaximumWidth(600)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(10)
        column_layout.addStretch(2)
        column_layout.addWidget(self.message_heading)
        column_layout.addWidget(self.message_body)
        column_layout.addStretch(3)
        message_page = QWidget()
        message_layout = QHBoxLayout(message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(column, 3)
        message_layout.addStretch(1)

        # --- flags, chart, table
        self.flags_panel = FlagsPanel()
        self.flags_panel.passage_requested.connect(self.open_passage)
        self.flags_panel.series_requested.connect(self.select_series)
        self.metric_box = QComboBox()
        self.metric_box.setObjectName("TrendsMetric")
        self.metric_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.metric_box.setMinimumContentsLength(30)
        self.metric_box.currentIndexChanged.connect(lambda _i: self._draw_metric())
        self.chart = TrendChart()
        self.chart.series_clicked.connect(self.select_series)
        chart_block = QWidget()
        chart_layout = QVBoxLayout(chart_block)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(2)
        metric_row = QHBoxLayout()
        metric_row.addWidget(QLabel(translate("Trends", "Chart")))
        metric_row.addWidget(self.metric_box)
        metric_row.addStretch(1)
        chart_layout.addLayout(metric_row)
        chart_layout.addWidget(self.chart, 1)
        self.table_model = SeriesModel(self)
        self.table_view, self.table_proxy = table_view("TrendSeries", self.table_model,
                                                       single_selection=True, one_line=True)
        self.table_view.horizontalHeader().setStretchLastSection(False)
        self.table_view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.notes_label = secondary()
        self.notes_label.setObjectName("TrendNotes")
        table_block = QWidget()
        table_layout = QVBoxLayout(table_block)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(2)
        table_layout.addWidget(self.table_view, 1)
        table_layout.addWidget(self.notes_label)
        table_layout.addWidget(self.flags_panel.method_button, 0, Qt.AlignmentFlag.AlignLeft)
        table_layout.addWidget(self.flags_panel.method_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("TrendsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.flags_panel)
        self.splitter.addWidget(chart_block)
        self.splitter.addWidget(table_block)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([190, 230, 170])

        self.pages = QStackedWidget()
        self.pages.addWidget(message_page)
        self.pages.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addLayout(choose)
        layout.addLayout(self.progress_slot)
        layout.addWidget(self.pages, 1)
        self._update_choosers()
        self._show_message(translate("Trends", "No project open"), "")

    # --- what the window calls ---------------------------------------------------------

    @property
    def report(self) -> TrendReport | None:
        return self.overview.report if self.overview is not None else None

    def set_project(self, project, info) -> None:
        if project is not self.project:
            # nothing may read the old file once it is closed
            self.stop_background_work()
            self.overview = None
        self.project, self.info = project, info
        if project is None:
            self._show_report(None)
            self._show_message(translate("Trends", "No project open"), "")
            return
        # imports, new persona sets and maps arrive here too (the window's refresh_info)
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
        worker = self.load_worker
        return [worker] if worker is not None and worker.is_running else []

    def stop_background_work(self, timeout: float = 30) -> None:
        stop_workers(self.background_workers(), timeout)

    def export(self):
        """Ctrl+E: export the series shown (CSV or XLSX)."""
        if self.report is None or self.overview.problem:
            return None
        return self.export_series()

    # --- choosers ----------------------------------------------------------------------

    def by(self) -> TrendBy:
        return TrendBy(self.by_box.currentData())

    def period(self) -> Period:
        return Period(self.period_box.currentData())

    def date_range(self) -> tuple[date | None, date | None]:
        start = self.from_edit.date().toPython() if self.from_check.isChecked() else None
        end = self.to_edit.date().toPython() if self.to_check.isChecked() else None
        return start, end

    def set_choices(self, *, by: TrendBy | None = None, period: Period | None = None,
                    start: date | None = None, end: date | None = None,
                    limits: bool = False) -> Worker | None:
        """Change the choices and compute again (also used by tests).

        ``limits``: apply ``start``/``end`` (None: no limit); otherwise the
        From/To choices stay as they are.
        """
        if by is not None:
            self.by_box.setCurrentIndex(self.by_box.findData(by))
        if period is not None:
            self.period_box.setCurrentIndex(self.period_box.findData(period))
        if limits:
            for check, edit, value in ((self.from_check, self.from_edit, start),
                                       (self.to_check, self.to_edit, end)):
                check.setChecked(value is not None)
                if value is not None:
                    edit.setDate(QDate(value.year, value.month, value.day))
        return self.reload()

    def _update_choosers(self) -> None:
        stage = self.by() is TrendBy.STAGE
        self.journey_box.setEnabled(stage and self.journey_box.count() > 0)

    def _fill(self, box: QComboBox, items: list[tuple[int, str]], current: int | None) -> None:
        box.blockSignals(True)
        box.clear()
        for item_id, name in items:
            box.addItem(name, item_id)
        index = box.findData(current)
        box.setCurrentIndex(index if index >= 0 else 0)
        box.blockSignals(False)

    # --- reading -----------------------------------------------------------------------

    def reload(self) -> Worker | None:
        """Compute the trends with the current choices in the background."""
        self._update_choosers()
        if self.project is None:
            return None
        if self.load_worker is not None and self.load_worker.is_running:
            self.load_worker.cancel()
        self._generation += 1
        generation, project = self._generation, self.project
        if self.overview is None:
            self._show_message(translate("Trends", "Computing the trends…"), "")
        start, end = self.date_range()
        worker = Worker(background.load_trends, project, set_id=self.set_box.currentData(),
                        journey_id=self.journey_box.currentData(), by=self.by(),
                        period=self.period(), start=start, end=end,
                        title=translate("Trends", "Computing the trends"), owner=self)
        worker.finished.connect(lambda overview: self._loaded(generation, project, overview))
        worker.failed.connect(lambda message, _details: self._load_failed(generation, message))
        self.load_worker = worker
        self._show_progress(worker)
        return worker.start()

    def _show_progress(self, worker: Worker) -> None:
        if self.progress_panel is not None:
            self.progress_slot.removeWidget(self.progress_panel)
            self.progress_panel.deleteLater()
        panel = ProgressPanel(worker)
        self.progress_panel = panel
        self.progress_slot.addWidget(panel)

        def finished() -> None:
            if self.progress_panel is panel:
                self.progress_slot.removeWidget(panel)
                panel.deleteLater()
                self.progress_panel = None

        worker.done.connect(finished)

    def _loaded(self, generation: int, project, overview: background.TrendsOverview) -> None:
        if generation != self._generation or project is not self.project:
            return
        self.show_overview(overview)

    def _load_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.export_button.setEnabled(False)
        self._show_message(translate("Trends", "Trends could not be computed"), message)

    def show_overview(self, overview: background.TrendsOverview) -> None:
        """Fill every part of the view from one overview (also used by tests)."""
        self.overview = overview
        self._fill(self.set_box, overview.persona_sets, overview.set_id)
        self._fill(self.journey_box, overview.journeys, overview.journey_id)
        self.set_box.setEnabled(bool(overview.persona_sets))
        self._update_choosers()
        problem = overview.problem
        self.export_button.setEnabled(not problem and overview.report is not None)
        if problem == background.NO_SET:
            self._show_message(translate("Trends", "Make a persona set first"), no_set_text())
        elif problem == background.NO_JOURNEY:
            self._show_message(translate("Trends", "No journey map yet"), no_journey_text())
        elif problem == background.NO_DATES:
            self._show_message(translate("Trends", "No dated touchpoints yet"), no_dates_text())
        elif problem == background.NO_STAGES:
            self._show_message(translate("Trends", "No touchpoint maps to a stage"),
                               no_stages_text())
        elif problem == background.NO_MAPPING:
            self._show_message(translate("Trends", "The journey map's stages have no "
                                         "touchpoints"), overview.message or no_stages_text())
        elif problem:
            self._show_message(translate("Trends", "Trends could not be computed"),
                               overview.message)
        if problem:
            self._show_report(None)
            return
        self._show_report(overview.report)
        self._show_span(overview.report)
        self.pages.setCurrentWidget(self.splitter)

    def _show_span(self, report: TrendReport) -> None:
        """Unticked From/To show the span the report covers (ticking starts from it)."""
        if not report.periods:
            return
        first, last = period_bounds(report.periods[0]), period_bounds(report.periods[-1])
        for check, edit, bound in ((self.from_check, self.from_edit, first and first[0]),
                                   (self.to_check, self.to_edit, last and last[1])):
            if not check.isChecked() and bound is not None:
                edit.setDate(QDate(bound.year, bound.month, bound.day))

    def _show_report(self, report: TrendReport | None) -> None:
        self.flags_panel.show_report(report)
        self.table_model.set_report(report)
        self.table_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.table_view.resizeColumnsToContents()
        for column in (SeriesModel.GROUP, SeriesModel.METRIC):
            self.table_view.setColumnWidth(column, min(self.table_view.columnWidth(column), 220))
        self._fill_metrics(report)
        notes = list(report.notes) if report is not None else []
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def _show_message(self, heading: str, body: str) -> None:
        self.message_heading.setText(heading)
        self.message_body.setText(body)
        self.pages.setCurrentIndex(0)

    # --- the chart ---------------------------------------------------------------------

    def _fill_metrics(self, report: TrendReport | None) -> None:
        box = self.metric_box
        previous = box.currentData()
        box.blockSignals(True)
        box.clear()
        if report is not None:
            flagged = strongest_flags(report)
            seen: dict[str, str] = {}
            for index, series in enumerate(report.series):
                key = wording.metric_key(series)
                if key not in seen:
                    seen[key] = wording.metric_name(series)
                    box.addItem(seen[key], key)
                if index in flagged:
                    box.setItemData(box.findData(key), "⚑ " + seen[key],
                                    Qt.ItemDataRole.DisplayRole)
            # the first flagged quantity (recurring first) is the one to look at
            first = sorted(report.flags, key=lambda f: (not f.recurring, f.q_value))
            index = box.findData(previous) if previous else -1
            if index < 0 and first:
                index = box.findData(wording.metric_key(report.series[first[0].series]))
            box.setCurrentIndex(index if index >= 0 else 0)
        box.blockSignals(False)
        self._draw_metric()

    def _draw_metric(self, selected: int | None = None) -> None:
        report = self.report
        key = self.metric_box.currentData()
        if report is None or key is None:
            self.chart.show_series(None, [])
            return
        shown = [i for i, s in enumerate(report.series) if wording.metric_key(s) == key]
        self.chart.show_series(report, shown, selected)

    def select_series(self, index: int) -> None:
        """Draw the quantity of series ``index`` with it highlighted, and select its row."""
        report = self.report
        if report is None or not 0 <= index < len(report.series):
            return
        key = wording.metric_key(report.series[index])
        box_index = self.metric_box.findData(key)
        if box_index >= 0 and box_index != self.metric_box.currentIndex():
            self.metric_box.blockSignals(True)
            self.metric_box.setCurrentIndex(box_index)
            self.metric_box.blockSignals(False)
        self._draw_metric(index)
        source = self.table_model.index(index, 0)
        row = self.table_proxy.mapFromSource(source).row()
        if row >= 0 and self.table_view.currentIndex().row() != row:
            self.table_view.blockSignals(True)
            self.table_view.selectRow(row)
            self.table_view.blockSignals(False)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = current.data(ITEM_ROLE) if current.isValid() else None
        if item is not None and self.chart.selected != item.index:
            self.select_series(item.index)

    # --- passages ----------------------------------------------------------------------

    def open_passage(self, document_id: int, start: int, end: int) -> None:
        """Open a recurring complaint's passage in the Evidence area."""
        view = self.window_.project_view
        evidence = view.area_widget("evidence") if "evidence" in view.area_keys() else None
        if evidence is not None and hasattr(evidence, "open_document"):
            view.show_area("evidence")
            evidence.open_document(document_id, select=(start, end))

    # --- export ------------------------------------------------------------------------

    def _ask_export_path(self) -> str | None:
        """Where to save the series (.csv or .xlsx); None if cancelled (a seam for tests)."""
        csv = translate("Trends", "CSV file (*.csv)")
        xlsx = translate("Trends", "Excel workbook (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(
            self.window(), translate("Trends", "Export the trend series"),
            translate("Trends", "trends") + ".xlsx", f"{xlsx};;{csv}")
        if path and "." not in path.rsplit("/", 1)[-1]:
            path += ".csv" if chosen == csv else ".xlsx"
        return path or None

    def export_series(self) -> Worker | None:
        """Write every series of the report shown, with its n, as CSV or XLSX."""
        report = self.report
        if self.project is None or report is None:
            return None
        path = self._ask_export_path()
        if not path:
            return None
        return self.window_.run_task(
            translate("Trends", "Exporting the trend series"), background.export_trends,
            report, path,
            on_done=lambda result: self.window_.show_message(
                INFO, translate("Trends", "Trend series exported"),
                translate("Trends", "Saved to {path}").format(path=result or path)))
