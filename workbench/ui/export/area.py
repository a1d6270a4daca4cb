"""The Export area: pick a persona set, one persona or a journey map, a format and options,
see the pages, and save them."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.ui.export.jobs import Subject, subjects
from workbench.ui.export.panel import ExportPanel

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

        title = QLabel(translate("Export", "Export"))
        title.setObjectName("AreaTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(translate(
            "Export", "Persona cards and journey maps as PDF or PNG to hand to colleagues, and "
            "their tables as CSV or XLSX. Nothing leaves your computer."))
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
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.panel, 1)

    def set_project(self, project, info) -> None:
        """Show what ``project`` can export (None: no project open)."""
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

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if self.project is not None:
            self.refresh()  # maps or personas may have been added elsewhere
