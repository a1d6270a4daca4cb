"""Export one journey map (PDF, PNG, CSV, XLSX) with a preview of its pages.

Opened from the Journeys area: ``JourneyExportDialog(window, project, journey_id).exec()``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from workbench.i18n import translate
from workbench.ui.export.jobs import journey_subject
from workbench.ui.export.panel import ExportPanel


class JourneyExportDialog(QDialog):
    """Format, paper, personal data and preview of one journey map; closes once saved."""

    def __init__(self, window, project, journey_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("JourneyExportDialog")
        from workbench.services.journeys import get_journey

        journey = get_journey(project, journey_id)
        self.setWindowTitle(translate("Export", "Export “{name}”").format(name=journey.name))
        self.panel = ExportPanel(window, self)
        self.panel.set_subject(project, journey_subject(journey_id, journey.name))
        self.panel.exported.connect(lambda _result: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def done(self, result: int) -> None:  # Qt override
        self.panel.stop()
        super().done(result)
