"""Sample and population, said on the persona set: where its customers were sampled from, and
(once the engine's counts were imported) each persona's size in the whole customer base
beside its size in the sample: "Sample 18% · Population 21% (8.9M)".

Hidden for a set drawn from unsampled data without imported counts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from workbench.i18n import translate
from workbench.progress import Task
from workbench.ui.personas.visuals import mix
from workbench.ui.style import scale_font
from workbench.ui.worker import Worker

log = logging.getLogger("workbench.ui.personas")

#: The position the engine's counts use for customers that fit no persona.
NO_PERSONA = -1


@dataclass(frozen=True)
class PopulationView:
    """What the panel shows for one persona set."""

    sample_note: str
    #: services.sql_export.SizeBeside rows (empty until the engine's counts were imported)
    rows: list
    counted: bool  # the engine's counts were imported
    imported: str = ""  # "imported on 2026-12-05 · scored in Spark"


def read_population_view(project, set_id: int, *, task: Task | None = None) -> PopulationView:
    """The sampling note and, once counts were imported, each persona's sizes side by side
    (background: the sample's sizes count every member of the set)."""
    from workbench.services import export as export_service
    from workbench.services import sql_export

    with project.on_own_connection() as mine:
        note = export_service.sample_note(mine) or ""
        counts = sql_export.population_counts(mine, set_id)
        if counts is None:
            return PopulationView(note, [], False)
        if task is not None:
            task.check()
        rows = sql_export.population_beside_sample(mine, set_id)
    return PopulationView(note, rows, True, export_service.population_note(counts))


def beside_text(row) -> str:
    """"Sample 18% · Population 21% (8.9M)"."""
    from workbench.export.wording import compact_count, percent

    sample = translate("PersonasArea", "Sample {share}").format(
        share=percent(row.sample_share) if row.sample_share is not None else "–")
    if row.population is None:
        return sample
    return translate("PersonasArea", "{sample} · Population {share} ({customers})").format(
        sample=sample, share=percent(row.population_share),
        customers=compact_count(row.population))


class PopulationPanel(QFrame):
    """The sampling note over the persona sizes in the sample and in the population."""

    #: The panel shows a persona set's sampling and sizes (its id).
    shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PopulationPanel")
        self.view: PopulationView | None = None
        self.worker: Worker | None = None
        self._generation = 0
        self.title = QLabel(translate("PersonasArea", "Sample and population"))
        scale_font(self.title, 1.1, QFont.Weight.DemiBold)
        self.sample_label = QLabel()
        self.sample_label.setObjectName("SampleNote")
        self.sample_label.setWordWrap(True)
        self.sample_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(2, 1)
        self.imported_label = QLabel()
        self.imported_label.setObjectName("Secondary")
        self.imported_label.setWordWrap(True)
        self.hint = QLabel(translate(
            "PersonasArea", "Personas found on a sample apply to every customer through Export ▸ "
            "Export as SQL; import the engine's counts there to see each persona's size in the "
            "whole customer base."))
        self.hint.setObjectName("Secondary")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.sample_label)
        layout.addLayout(self.grid)
        layout.addWidget(self.imported_label)
        layout.addWidget(self.hint)
        self._style_key = ""
        self._restyle()
        self.hide()

    def show_set(self, project, set_id: int) -> Worker:
        """Read and show what ``project`` knows of set ``set_id``'s sample and population."""
        if self.worker is not None and self.worker.is_running:
            self.worker.cancel()
        self._generation += 1
        generation = self._generation
        worker = Worker(read_population_view, project, set_id,
                        title=translate("PersonasArea", "Reading the population counts"),
                        owner=self)
        worker.finished.connect(lambda view: isValid(self) and self._read(generation, set_id,
                                                                           view))
        worker.failed.connect(lambda message, _details: log.warning(
            "cannot read the sampling or population of set %s: %s", set_id, message))
        self.worker = worker
        return worker.start()

    def _read(self, generation: int, set_id: int, view: PopulationView) -> None:
        if generation == self._generation:
            self.show_view(view)
            self.shown.emit(set_id)

    def show_view(self, view: PopulationView) -> None:
        self.view = view
        self.sample_label.setText(view.sample_note)
        self.sample_label.setVisible(bool(view.sample_note))
        self._clear_rows()
        if view.counted:
            for row_number, row in enumerate(view.rows):
                name = QLabel(row.name if row.position == NO_PERSONA
                              else f"{row.position + 1}. {row.name}")
                sizes = QLabel(beside_text(row))
                sizes.setObjectName("PopulationSizes")
                sizes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.grid.addWidget(name, row_number, 0)
                self.grid.addWidget(sizes, row_number, 1)
        self.imported_label.setText(translate(
            "PersonasArea", "Population counts {imported}.").format(imported=view.imported)
            if view.counted and view.imported else "")
        self.imported_label.setVisible(view.counted and bool(view.imported))
        self.hint.setVisible(bool(view.sample_note) and not view.counted)
        self.setVisible(bool(view.sample_note) or view.counted)

    def clear(self) -> None:
        self._generation += 1
        self.view = None
        self._clear_rows()
        self.hide()

    def row_texts(self) -> list[str]:
        """The sizes as shown, one line per persona (for tests and screen readers)."""
        texts = []
        for row in range(self.grid.rowCount()):
            name = self.grid.itemAtPosition(row, 0)
            sizes = self.grid.itemAtPosition(row, 1)
            if name is not None and sizes is not None:
                texts.append(f"{name.widget().text()}: {sizes.widget().text()}")
        return texts

    def _clear_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _restyle(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        border = mix(base, text, 0.14).name()
        if self._style_key == base.name() + border:
            return
        self._style_key = base.name() + border
        self.setStyleSheet(
            f"QFrame#PopulationPanel {{ background: {base.name()}; border: 1px solid {border}; "
            f"border-radius: 10px; }} QFrame#PopulationPanel QLabel {{ background: transparent; "
            f"border: none; }}")

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
