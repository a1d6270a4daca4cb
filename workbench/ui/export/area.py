"""The Export area: pick a persona set, one persona or a journey map, a format and options,
see the pages, and save them."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.ui.export.jobs import JOURNEY, Subject, subjects
from workbench.ui.export.panel import STOP_TIMEOUT, ExportPanel
from workbench.ui.export.population_import import PopulationCountsImport
from workbench.ui.export.sql_dialog import SqlExportDialog, not_exportable_reason, stored_set

log = logging.getLogger("workbench.ui.export")


class ExportArea(QWidget):
    """What to export (persona set, persona, journey map) above an :class:`ExportPanel`."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportArea")
        self.window_ = window
        self.project = None
        self.info = None
        self.subjects: list[Subject] = []
        #: The SQL export dialog while it is open.
        self.sql_dialog: SqlExportDialog | None = None
        self.counts_import = PopulationCountsImport(window, self)
        self.counts_import.changed.connect(self._counts_changed)

        title = QLabel(translate("Export", "Export"))
        title.setObjectName("AreaTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(translate(
            "Export", "Persona cards and journey maps as PDF, PNG or editable PowerPoint slides "
            "to hand to colleagues, and their tables as CSV or XLSX. Nothing leaves your "
            "computer."))
        intro.setObjectName("Secondary")
        intro.setWordWrap(True)
        self.subject_combo = QComboBox()
        self.subject_combo.setAccessibleName(translate("Export", "What to export"))
        self.subject_combo.currentIndexChanged.connect(self._subject_changed)
        self.empty_note = QLabel(translate(
            "Export", "Nothing to export yet: create personas in the Personas area, or a journey "
            "map in the Journeys area."))
        self.empty_note.setWordWrap(True)
        self.panel = ExportPanel(window, self)

        # in the panel's own form, so "Export:" lines up with "Format:" and the rest
        self.panel.form.insertRow(0, translate("Export", "Export:"), self.subject_combo)
        # a persona set's rule for the company's engine, and the counts the engine returns
        self.sql_button = QPushButton(translate("Export", "Export as SQL…"))
        self.sql_button.setObjectName("ExportAsSql")
        self.sql_button.clicked.connect(lambda _checked=False: self.export_sql())
        self.counts_button = QPushButton(translate("Export", "Import population counts…"))
        self.counts_button.setObjectName("ImportPopulationCounts")
        self.counts_button.setToolTip(translate(
            "Export", "Read the persona counts your engine returned for every customer (CSV or "
            "XLSX with the columns persona and customers), to see each persona's size in the "
            "whole customer base beside the sample's"))
        self.counts_button.clicked.connect(lambda _checked=False: self.import_counts())
        self.sql_reason = QLabel()
        self.sql_reason.setObjectName("Secondary")
        self.sql_reason.setWordWrap(True)
        engine_row = QHBoxLayout()
        engine_row.setSpacing(8)
        engine_row.addWidget(self.sql_button)
        engine_row.addWidget(self.counts_button)
        engine_row.addWidget(self.sql_reason, 1)
        self.engine_label = QLabel(translate("Export", "Data engine:"))
        self.panel.form.insertRow(1, self.engine_label, engine_row)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.panel, 1)

    def set_project(self, project, info) -> None:
        """Show what ``project`` can export (None: no project open)."""
        if project is not self.project:
            # called before the old project's file is closed: the preview must not read it
            self.panel.stop(STOP_TIMEOUT)
        self.project, self.info = project, info
        self.refresh()

    def refresh(self) -> None:
        """Read the persona sets and journey maps again (keeps the current choice if it exists)."""
        current = self.subject
        self.subjects = []
        if self.project is not None:
            try:
                self.subjects = subjects(self.project)
            except WorkbenchError as exc:  # a damaged project: show nothing to export
                log.warning("cannot list exports: %s", exc)
        self.subject_combo.blockSignals(True)
        self.subject_combo.clear()
        for subject in self.subjects:
            self.subject_combo.addItem(subject.label)
        index = self.subjects.index(current) if current in self.subjects else 0
        self.subject_combo.setCurrentIndex(index if self.subjects else -1)
        self.subject_combo.blockSignals(False)
        self.empty_note.setVisible(self.project is not None and not self.subjects)
        self._subject_changed()

    @property
    def subject(self) -> Subject | None:
        index = self.subject_combo.currentIndex()
        return self.subjects[index] if 0 <= index < len(self.subjects) else None

    def choose(self, kind: str, item_id: int) -> None:
        """Select a subject: ``("journey", id)``, ``("persona", id)`` or ``("persona-set", id)``."""
        for index, subject in enumerate(self.subjects):
            ids = {"journey": subject.journey_id, "persona": subject.persona_id,
                   "persona-set": subject.set_id if subject.persona_id is None else None}
            if subject.kind == kind and ids.get(kind) == item_id:
                self.subject_combo.setCurrentIndex(index)
                return
        raise KeyError(f"nothing to export as {kind} {item_id}")

    def _subject_changed(self, *_args) -> None:
        self.panel.set_subject(self.project, self.subject)
        self._update_engine_row()

    # --- the persona set's rule as SQL, and the population's counts ---------------------

    def _chosen_set(self):
        """The StoredPersonaSet of the chosen persona set or persona, else None."""
        subject = self.subject
        if self.project is None or subject is None or subject.kind == JOURNEY:
            return None
        try:
            return stored_set(self.project, subject.set_id)
        except WorkbenchError as exc:
            log.warning("cannot read persona set %s: %s", subject.set_id, exc)
            return None

    def _update_engine_row(self) -> None:
        stored = self._chosen_set()
        shown = stored is not None
        for widget in (self.engine_label, self.sql_button, self.counts_button, self.sql_reason):
            widget.setVisible(shown)
        reason = not_exportable_reason(stored) if shown else ""
        self.sql_button.setEnabled(shown and not reason)
        self.sql_button.setToolTip(reason or translate(
            "Export", "The persona set's assignment rule as one SQL query for DuckDB, "
            "PostgreSQL, Spark SQL, BigQuery or Snowflake, to give every customer a persona "
            "where the data lives"))
        self.sql_reason.setText(translate("Export", "Not available for this set: made with a "
                                          "Gaussian mixture (see the tooltip).")
                                if reason and stored.settings.get("algorithm") == "gmm"
                                else reason)
        self.sql_reason.setToolTip(reason)
        readonly = getattr(self.project, "readonly", False)
        self.counts_button.setEnabled(shown and not reason and not readonly)

    def export_sql(self) -> SqlExportDialog | None:
        """Open the SQL export of the chosen persona set."""
        stored = self._chosen_set()
        if stored is None or not_exportable_reason(stored):
            return None
        if self.sql_dialog is not None and isValid(self.sql_dialog):
            self.sql_dialog.close()
        dialog = SqlExportDialog(self.window_, self.project, stored, self.window())
        self.sql_dialog = dialog
        dialog.show()
        return dialog

    def import_counts(self):
        """Ask for the engine's persona counts of the chosen set and import them."""
        return self.counts_import.start(self.project, self._chosen_set())

    def _counts_changed(self, _set_id: int) -> None:
        personas = self.window_.project_view.area_widget("personas") \
            if hasattr(self.window_, "project_view") else None
        if hasattr(personas, "refresh_population"):
            personas.refresh_population()

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if self.project is not None:
            self.refresh()  # maps or personas may have been added elsewhere
