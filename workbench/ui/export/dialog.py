"""A dialog around one :class:`ExportPanel`: the base of the persona set and journey map export
dialogs, so both preview and save with the Export area's code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench.i18n import translate
from workbench.ui.export.jobs import Subject
from workbench.ui.export.panel import ExportPanel
from workbench.ui.worker import Worker


class PanelExportDialog(QDialog):
    """Format, options and preview of one subject; Close beside Save…; closes once saved."""

    # The preview's pages are on screen (their number).
    preview_shown = Signal(int)
    # An export finished (its Exported) or failed (the message).
    exported = Signal(object)
    export_failed = Signal(str)

    def __init__(self, window, project, subject: Subject, parent: QWidget | None = None, *,
                 personas=None) -> None:
        super().__init__(parent if parent is not None else window)
        self.window_ = window
        self.project = project
        self.setWindowTitle(translate("Export", "Export “{name}”").format(name=subject.name))
        self.panel = ExportPanel(window, self)
        self.panel.set_subject(project, subject, personas)
        # Save… asks where through this dialog (its seam), then the panel writes
        self.panel.save_button.clicked.disconnect(self.panel.save)
        self.panel.save_button.clicked.connect(self.export)
        self.close_button = QPushButton(translate("Export", "Close"))
        self.close_button.clicked.connect(self.reject)
        self.panel.buttons.insertWidget(1, self.close_button)
        self.panel.preview_shown.connect(self.preview_shown)
        self.panel.exported.connect(self._exported)
        self.panel.export_failed.connect(self.export_failed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)

    # --- the panel's state, as the dialog's -------------------------------------------

    @property
    def export_button(self) -> QPushButton:
        return self.panel.save_button

    @property
    def format(self) -> str:
        return self.panel.format

    def set_format(self, fmt: str) -> None:
        self.panel.set_format(fmt)

    @property
    def thumbnails(self) -> list[QLabel]:
        return self.panel.thumbnails

    @property
    def worker(self) -> Worker | None:
        """The preview's background work."""
        return self.panel.preview_worker

    @property
    def export_worker(self) -> Worker | None:
        return self.panel.export_worker

    @property
    def last_message(self) -> str:
        """The status message of the last export that finished."""
        return self.panel.last_message

    def start_preview(self) -> Worker | None:
        return self.panel.start_preview()

    def default_target(self) -> Path:
        return self.panel.default_target()

    # --- saving -----------------------------------------------------------------------

    def _ask_target(self) -> Path | None:
        """Where to write; None if the user cancelled (a seam for tests)."""
        return self.panel._ask_target()

    def export(self) -> Worker | None:
        """Ask where, then write the export in the background."""
        target = self._ask_target()
        return None if target is None else self.panel.save_to(target)

    def _exported(self, result) -> None:
        self.exported.emit(result)
        self.accept()

    def done(self, result: int) -> None:  # Qt override
        self.panel.stop()
        super().done(result)
