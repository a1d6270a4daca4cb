"""The Voice of the customer area: survey measures by group, sentiment, key drivers, voices.

At the top, what to break the measures down by (everyone, persona, journey
stage, channel, month, source; with the persona set or journey map when it
matters) and whose voice (customers, front line, both). Below, three tabs:
the measures table (n with a "small n" mark below 30, the value with its 95%
interval, the high/middle/low bands) beside the sentiment of open answers
(an estimate); the key drivers of a measure with example quotes and "Add to
journey as pain point…"; and the Voices section (which sources are front-line
staff). Everything is computed in the background, with progress and Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.voc import DriverReport, GroupBy, Voice
from workbench.i18n import translate
from workbench.ui.dialogs import ERROR, INFO
from workbench.ui.style import scale_font
from workbench.ui.voc import background, wording
from workbench.ui.voc.commands import DriverPainPointCommand, SourceVoiceCommand
from workbench.ui.voc.dialogs import PainPointDialog
from workbench.ui.voc.drivers_panel import DriversPanel
from workbench.ui.voc.models import (
    BandsDelegate,
    MeasuresModel,
    SentimentModel,
    secondary,
    table_view,
)
from workbench.ui.voc.voices_panel import VoicesPanel
from workbench.ui.worker import ProgressPanel, Worker, stop_workers

VOICES = (Voice.CUSTOMER, Voice.FRONTLINE, None)
BREAKDOWNS = (GroupBy.OVERALL, GroupBy.PERSONA, GroupBy.STAGE, GroupBy.CHANNEL, GroupBy.MONTH,
              GroupBy.SOURCE)


def no_measure_text() -> str:
    return translate(
        "Voc", "Mark a survey score column as a measure: when importing, choose the Measure role "
        "for it in the import preview (with its kind: NPS, CSAT, CES or star rating), or on the "
        "command line: workbench roles PROJECT SOURCE --set \"COLUMN=measure:nps\".")


class VocArea(QWidget):
    """NPS, CSAT, CES and ratings of the open project by group, their drivers, and voices."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VocArea")
        self.window_ = window
        self.project = None
        self.info = None
        self.overview: background.VocOverview | None = None
        self.drivers: DriverReport | None = None
        self.load_worker: Worker | None = None
        self.drivers_worker: Worker | None = None
        self.export_worker: Worker | None = None
        self.pain_dialog: PainPointDialog | None = None
        self._generation = 0
        self._stale = False

        title = QLabel(translate("Voc", "Voice of the customer"))
        scale_font(title, 1.3, QFont.Weight.DemiBold)
        self.by_box = QComboBox()
        self.by_box.setObjectName("BreakDownBy")
        for key in BREAKDOWNS:
            self.by_box.addItem(wording.group_by_names()[key], key)
        self.set_box = QComboBox()
        self.set_box.setObjectName("VocPersonaSet")
        self.set_box.setToolTip(translate("Voc", "The persona set whose personas group the answers"))
        self.set_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.journey_box = QComboBox()
        self.journey_box.setObjectName("VocJourney")
        self.journey_box.setToolTip(translate("Voc", "The journey map whose stages group the "
                                              "answers"))
        self.journey_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.voice_box = QComboBox()
        self.voice_box.setObjectName("VocVoice")
        self.voice_box.setToolTip(translate(
            "Voc", "Whose answers: customers, front-line staff, or both side by side (never "
            "mixed into one figure)"))
        for voice in VOICES:
            self.voice_box.addItem(wording.voice_name(voice), voice)
        self.export_button = QPushButton(translate("Voc", "Export table…"))
        self.export_button.setObjectName("ExportMeasures")
        self.export_button.setToolTip(translate("Voc", "Save the measures table as CSV or XLSX"))
        self.export_button.clicked.connect(lambda: self.export_table())
        for box in (self.by_box, self.set_box, self.journey_box, self.voice_box):
            box.activated.connect(lambda _i: self.reload())
        self.set_label = QLabel(translate("Voc", "Persona set"))
        self.journey_label = QLabel(translate("Voc", "Journey map"))
        choose = QHBoxLayout()
        choose.setSpacing(8)
        choose.addWidget(QLabel(translate("Voc", "Break down by")))
        choose.addWidget(self.by_box)
        choose.addWidget(self.set_label)
        choose.addWidget(self.set_box)
        choose.addWidget(self.journey_label)
        choose.addWidget(self.journey_box)
        choose.addSpacing(16)
        choose.addWidget(QLabel(translate("Voc", "Voice")))
        choose.addWidget(self.voice_box)
        choose.addStretch(1)
        choose.addWidget(self.export_button)
        self.progress_slot = QHBoxLayout()
        self.progress_panel: ProgressPanel | None = None

        # --- the message when there is nothing to show, or while loading
        self.message_heading = QLabel()
        self.message_heading.setObjectName("EmptyStateHeading")
        self.message_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_heading.setWordWrap(True)
        scale_font(self.message_heading, 1.3, QFont.Weight.DemiBold)
        self.message_body = secondary()
        self.message_body.setObjectName("VocMessage")
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

        # --- measures and sentiment
        self.measures_model = MeasuresModel(self)
        self.measures_view, self.measures_proxy = table_view("Measures", self.measures_model)
        self.measures_view.setItemDelegateForColumn(MeasuresModel.BANDS,
                                                    BandsDelegate(self.measures_view))
        self.sentiment_model = SentimentModel(self)
        self.sentiment_view, _ = table_view("Sentiment", self.sentiment_model)
        self.sentiment_view.setItemDelegateForColumn(SentimentModel.BANDS,
                                                     BandsDelegate(self.sentiment_view))
        sentiment_caption = QLabel(wording.sentiment_caption())
        sentiment_caption.setObjectName("CardCaption")
        self.sentiment_note = secondary(wording.sentiment_explanation())
        self.sentiment_note.setObjectName("SentimentNote")
        self.sentiment_note.setMaximumWidth(320)
        sentiment = QWidget()
        sentiment_layout = QVBoxLayout(sentiment)
        sentiment_layout.setContentsMargins(0, 0, 0, 0)
        sentiment_layout.addWidget(sentiment_caption)
        sentiment_row = QHBoxLayout()
        sentiment_row.addWidget(self.sentiment_view, 1)
        sentiment_row.addWidget(self.sentiment_note, 0, Qt.AlignmentFlag.AlignTop)
        sentiment_layout.addLayout(sentiment_row, 1)
        measures_caption = QLabel(translate("Voc", "Measures"))
        measures_caption.setObjectName("CardCaption")
        measures = QWidget()
        measures_layout = QVBoxLayout(measures)
        measures_layout.setContentsMargins(0, 0, 0, 0)
        measures_layout.addWidget(measures_caption)
        measures_layout.addWidget(self.measures_view, 1)
        self.notes_label = secondary()
        self.notes_label.setObjectName("VocNotes")
        measures_layout.addWidget(self.notes_label)
        # the sentiment below the measures: both tables need the width
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(measures)
        splitter.addWidget(sentiment)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([540, 260])
        measures_page = QWidget()
        page_layout = QVBoxLayout(measures_page)
        page_layout.addWidget(splitter, 1)

        self.drivers_panel = DriversPanel()
        self.drivers_panel.measure_chosen.connect(lambda _c: self.load_drivers())
        self.drivers_panel.pain_point_requested.connect(self.add_pain_point)
        self.drivers_panel.passage_requested.connect(self.open_passage)
        drivers_page = QWidget()
        drivers_layout = QVBoxLayout(drivers_page)
        drivers_layout.addWidget(self.drivers_panel)

        self.voices_panel = VoicesPanel()
        self.voices_panel.voice_chosen.connect(self.set_source_voice)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("VocTabs")
        self.tabs.addTab(measures_page, translate("Voc", "Measures"))
        self.tabs.addTab(drivers_page, translate("Voc", "Key drivers"))
        self.tabs.addTab(self.voices_panel, translate("Voc", "Voices"))

        self.pages = QStackedWidget()
        self.pages.addWidget(message_page)
        self.pages.addWidget(self.tabs)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addLayout(choose)
        layout.addLayout(self.progress_slot)
        layout.addWidget(self.pages, 1)
        self._update_choosers()
        self._show_message(translate("Voc", "No project open"), "")

    # --- what the window calls ---------------------------------------------------------

    @property
    def readonly(self) -> bool:
        return self.info is None or bool(getattr(self.info, "readonly", False))

    def set_project(self, project, info) -> None:
        changed = project is not self.project
        if changed:
            # nothing may read the old file once it is closed
            self.stop_background_work()
        self.project, self.info = project, info
        if project is None:
            self.overview = self.drivers = None
            self._show_message(translate("Voc", "No project open"), "")
            return
        self.drivers_panel.set_writable(not self.readonly)
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
        return [w for w in (self.load_worker, self.drivers_worker, self.export_worker)
                if w is not None and w.is_running]

    def stop_background_work(self, timeout: float = 30) -> None:
        stop_workers(self.background_workers(), timeout)

    def export(self):
        """Ctrl+E: export the measures table."""
        if self.overview is None or not self.overview.columns:
            return None
        return self.export_table()

    # --- choosers ----------------------------------------------------------------------

    def breakdown(self) -> GroupBy:
        return GroupBy(self.by_box.currentData())

    def voice(self) -> Voice | None:
        data = self.voice_box.currentData()
        return Voice(data) if data else None

    def set_breakdown(self, by: GroupBy) -> Worker | None:
        """Break the measures down by ``by`` and read them again (also used by tests)."""
        self.by_box.setCurrentIndex(self.by_box.findData(by))
        return self.reload()

    def set_voice(self, voice: Voice | None) -> Worker | None:
        self.voice_box.setCurrentIndex(self.voice_box.findData(voice))
        return self.reload()

    def _update_choosers(self) -> None:
        by = self.breakdown()
        persona = by is GroupBy.PERSONA
        stage = by is GroupBy.STAGE
        for widget in (self.set_label, self.set_box):
            widget.setVisible(persona)
        for widget in (self.journey_label, self.journey_box):
            widget.setVisible(stage)

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
        """Read the measure columns and the report with the current choices in the background."""
        self._update_choosers()
        if self.project is None:
            return None
        if self.load_worker is not None and self.load_worker.is_running:
            self.load_worker.cancel()
        self._generation += 1
        generation, project = self._generation, self.project
        if self.overview is None:
            self._show_message(translate("Voc", "Reading the measures…"), "")
        by = self.breakdown()
        worker = Worker(background.load_overview, project, by=by,
                        persona_set_id=self.set_box.currentData(),
                        journey_id=self.journey_box.currentData(), voice=self.voice(),
                        title=translate("Voc", "Reading the measures"), owner=self)
        worker.finished.connect(lambda overview: self._loaded(generation, project, overview))
        worker.failed.connect(lambda message, details: self._load_failed(generation, message))
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

    def _loaded(self, generation: int, project, overview: background.VocOverview) -> None:
        if generation != self._generation or project is not self.project:
            return
        self.show_overview(overview)

    def _load_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._show_message(translate("Voc", "The measures could not be read"), message)

    def show_overview(self, overview: background.VocOverview) -> None:
        """Fill every part of the view from one overview (also used by tests)."""
        self.overview = overview
        self._fill(self.set_box, overview.persona_sets, overview.persona_set_id)
        self._fill(self.journey_box, overview.journeys, overview.journey_id)
        self.voices_panel.set_sources(overview.sources, not self.readonly)
        self.export_button.setEnabled(bool(overview.columns))
        for box in (self.by_box, self.voice_box, self.set_box, self.journey_box):
            box.setEnabled(bool(overview.columns) and box.count() > 0)
        if not overview.columns:
            self.measures_model.set_rows([])
            self.sentiment_model.set_rows([])
            self._show_message(translate("Voc", "No measure columns yet"), no_measure_text())
            return
        self.pages.setCurrentWidget(self.tabs)
        report = overview.report
        rows = report.rows if report is not None else []
        self.measures_model.set_rows(rows)
        self.measures_view.setColumnHidden(MeasuresModel.VOICE, self.voice() is not None)
        self.measures_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.measures_view.resizeColumnsToContents()
        self.measures_view.setColumnWidth(MeasuresModel.MEASURE,
                                          min(self.measures_view.columnWidth(0), 300))
        self.measures_view.setColumnWidth(MeasuresModel.GROUP,
                                          min(self.measures_view.columnWidth(1), 240))
        self.sentiment_model.set_rows(report.sentiment if report is not None else [])
        self.sentiment_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.sentiment_view.resizeColumnsToContents()
        notes = list(report.notes) if report is not None else []
        if any(r.result.small for r in rows):
            notes.append(translate("Voc", "“small n”: fewer than 30 answers; the figure is shown "
                                   "but can move a lot, read its interval."))
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self.drivers_panel.set_measures(overview.columns, self.drivers_panel.current_measure())
        self.load_drivers()  # the voice or the persona set may have changed

    def _show_message(self, heading: str, body: str) -> None:
        self.message_heading.setText(heading)
        self.message_body.setText(body)
        self.pages.setCurrentIndex(0)

    # --- drivers -----------------------------------------------------------------------

    def load_drivers(self) -> Worker | None:
        """Find what drives the chosen measure down, in the background."""
        column_id = self.drivers_panel.current_measure()
        if self.project is None or column_id is None:
            return None
        if self.drivers_worker is not None and self.drivers_worker.is_running:
            self.drivers_worker.cancel()
        project, generation = self.project, self._generation
        self.drivers_panel.set_busy(translate("Voc", "Looking for key drivers…"))
        worker = Worker(background.load_drivers, project, column_id,
                        persona_set_id=self.set_box.currentData(), voice=self.voice() or
                        Voice.CUSTOMER, title=translate("Voc", "Looking for key drivers"),
                        owner=self)
        worker.finished.connect(lambda report: self._drivers_ready(generation, column_id, report))
        worker.failed.connect(lambda message, _details: self.drivers_panel.set_busy(message))
        worker.cancelled.connect(lambda: self.drivers_panel.set_busy(""))
        self.drivers_worker = worker
        if self.progress_panel is None:
            self._show_progress(worker)
        return worker.start()

    def _drivers_ready(self, generation: int, column_id: int, report: DriverReport) -> None:
        if generation != self._generation or self.drivers_panel.current_measure() != column_id:
            return
        self.drivers = report
        self.drivers_panel.show_report(report)

    def _ask_pain_point(self, driver, maps) -> tuple[int, int] | None:
        """(journey id, stage id) for the driver's card; None if cancelled (a seam for tests)."""
        dialog = PainPointDialog(driver.label, maps, self.window())
        self.pain_dialog = dialog
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_pain_point(self, driver) -> None:
        """Put a driver on a journey map as a pain point (undoable)."""
        if self.project is None or self.readonly:
            return
        maps = background.journey_stages(self.project)
        if not maps:
            self.window_.show_message(INFO, translate("Voc", "No journey map yet"), translate(
                "Voc", "Create a journey map from a persona in the Journeys area first; then "
                "drivers can be added to its stages as pain points."))
            return
        choice = self._ask_pain_point(driver, maps)
        if choice is None:
            return
        journey_id, stage_id = choice
        report = self.drivers_panel.report
        command = DriverPainPointCommand(lambda: self.project, journey_id, stage_id, driver,
                                         lambda: self._journeys_changed(journey_id),
                                         self.command_failed,
                                         report.measure.spec.kind if report is not None else None)
        self.window_.undo_stack.push(command)
        if not command.did_fail:
            self.window_.statusBar().showMessage(translate(
                "Voc", "“{driver}” added as a pain point. Edit ▸ Undo removes it.").format(
                driver=driver.label), 5000)

    def _journeys_changed(self, journey_id: int) -> None:
        view = self.window_.project_view
        if "journeys" in view.area_keys():
            journeys = view.area_widget("journeys")
            changed = getattr(journeys, "journey_changed", None)
            if callable(changed) and journeys.project is not None:
                changed(journey_id)

    def open_passage(self, document_id: int, start: int, end: int) -> None:
        view = self.window_.project_view
        evidence = view.area_widget("evidence") if "evidence" in view.area_keys() else None
        if evidence is not None and hasattr(evidence, "show_passage"):
            view.show_area("evidence")
            evidence.show_passage(document_id, start, end)

    # --- voices ------------------------------------------------------------------------

    def set_source_voice(self, source_id: int, name: str, voice: Voice) -> None:
        """Mark a source as customers' or front-line voice (undoable)."""
        if self.project is None or self.readonly:
            return
        self.window_.undo_stack.push(SourceVoiceCommand(
            lambda: self.project, source_id, name, voice, self.voices_changed,
            self.command_failed))

    def voices_changed(self) -> None:
        """A voice changed (here, or in the Evidence area): read the figures again."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def command_failed(self, error: Exception) -> None:
        self.window_.show_message(ERROR, translate("Voc", "The change was not made"), str(error))
        if self.overview is not None:
            self.voices_panel.set_sources(self.overview.sources, not self.readonly)

    # --- export ------------------------------------------------------------------------

    def _ask_export_path(self) -> str | None:
        """Where to save the table (.csv or .xlsx); None if cancelled (a seam for tests)."""
        csv = translate("Voc", "CSV file (*.csv)")
        xlsx = translate("Voc", "Excel workbook (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(
            self.window(), translate("Voc", "Export the measures table"),
            translate("Voc", "measures") + ".xlsx", f"{xlsx};;{csv}")
        if path and "." not in path.rsplit("/", 1)[-1]:
            path += ".csv" if chosen == csv else ".xlsx"
        return path or None

    def export_table(self) -> Worker | None:
        """Write the measures table, as broken down now, as CSV or XLSX."""
        if self.project is None:
            return None
        path = self._ask_export_path()
        if not path:
            return None
        by = self.breakdown()
        return self.window_.run_task(
            translate("Voc", "Exporting the measures table"), background.export_measures,
            self.project, path, by=by, persona_set_id=self.set_box.currentData(),
            journey_id=self.journey_box.currentData(), voice=self.voice(),
            on_done=lambda result: self.window_.show_message(
                INFO, translate("Voc", "Measures table exported"),
                translate("Voc", "Saved to {path}").format(path=result or path)))
