"""Export a persona set: persona cards (PDF, PNG) or its tables (CSV, XLSX), with a preview.

Opened with Ctrl+E from the Personas area. It is the Export area's panel (format,
which personas, personal data for the membership table, preview of the first
card pages, saving in the background through the window's ``run_task``) in a
dialog that closes once the export is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workbench.ui.export.dialog import PanelExportDialog
from workbench.ui.export.jobs import CSV, PDF, PERSONA_SET, PNG, STATISTICS_CSV, STATISTICS_XLSX, XLSX, Subject

__all__ = ["ExportDialog", "MEMBERSHIP_CSV", "MEMBERSHIP_XLSX", "PDF", "PNG", "STATISTICS_CSV",
           "STATISTICS_XLSX"]

#: The persona set's membership table (customer → persona).
MEMBERSHIP_CSV, MEMBERSHIP_XLSX = CSV, XLSX


class ExportDialog(PanelExportDialog):
    """Choose format, personas and personal data; preview; export in the background."""

    def __init__(self, window, project, stored_set, personas, parent: QWidget | None = None
                 ) -> None:
        subject = Subject(PERSONA_SET, stored_set.name, stored_set.name, set_id=stored_set.id)
        super().__init__(window, project, subject, parent, personas=personas)
        self.setObjectName("ExportDialog")
        self.set_id = stored_set.id
        self.set_name = stored_set.name
        choice = self.panel.persona_choice
        self.all_radio, self.checked_radio = choice.all_radio, choice.checked_radio
        self.persona_list = choice.persona_list
        self.format_combo = self.panel.format_combo
        self.personal_box = self.panel.personal_box
        self.preview_status = self.panel.preview_status
        self.resize(760, 680)

    def persona_ids(self) -> list[int] | None:
        """The personas to export; None means all of them."""
        return self.panel.persona_ids()

    def set_checked_personas(self, ids: list[int]) -> None:
        self.panel.set_checked_personas(ids)
