"""Export one journey map (PDF, PNG, CSV, XLSX) with a preview of its pages.

Opened from the Journeys area: ``JourneyExportDialog(window, project, journey_id).exec()``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workbench.ui.export.dialog import PanelExportDialog
from workbench.ui.export.jobs import journey_subject


class JourneyExportDialog(PanelExportDialog):
    """Format, paper, personal data and preview of one journey map; closes once saved."""

    def __init__(self, window, project, journey_id: int, parent: QWidget | None = None) -> None:
        from workbench.services.journeys import get_journey

        journey = get_journey(project, journey_id)
        super().__init__(window, project, journey_subject(journey_id, journey.name), parent)
        self.setObjectName("JourneyExportDialog")
        self.resize(900, 560)
