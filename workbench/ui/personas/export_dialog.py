"""Export a persona set: persona cards (PDF, PNG) or its tables (CSV, XLSX), with a preview.

The dialog chooses what to export (format, which personas, personal data for
the membership table), shows the first card pages before anything is saved,
asks where to write, and runs the export in the background through the
window's ``run_task`` (progress and Cancel in the status bar). The preview and
the export both read the project on their own connection, so they work on
read-only projects too.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.services import export as export_service
from workbench.ui.dialogs import ERROR
from workbench.ui.worker import Worker

log = logging.getLogger("workbench.ui.personas")

PDF = "pdf"
PNG = "png"
MEMBERSHIP_CSV = "membership-csv"
MEMBERSHIP_XLSX = "membership-xlsx"
STATISTICS_CSV = "statistics-csv"
STATISTICS_XLSX = "statistics-xlsx"
CARD_FORMATS = (PDF, PNG)
MEMBERSHIP_FORMATS = (MEMBERSHIP_CSV, MEMBERSHIP_XLSX)
EXTENSIONS = {PDF: "pdf", MEMBERSHIP_CSV: "csv", MEMBERSHIP_XLSX: "xlsx",
              STATISTICS_CSV: "csv", STATISTICS_XLSX: "xlsx"}

#: The preview draws the cards of at most this many personas.
PREVIEW_PERSONAS = 4
#: Resolution of the preview pages (the lowest the card renderer accepts).
PREVIEW_DPI = 72
THUMBNAIL_WIDTH = 220


def format_names() -> list[tuple[str, str]]:
    return [
        (PDF, translate("ExportDialog", "Persona cards as PDF (one A4 page per persona)")),
        (PNG, translate("ExportDialog", "Persona cards as PNG images (into a folder)")),
        (MEMBERSHIP_CSV, translate("ExportDialog", "Membership table as CSV (customer → persona)")),
        (MEMBERSHIP_XLSX, translate("ExportDialog", "Membership table as XLSX (customer → "
                                    "persona)")),
        (STATISTICS_CSV, translate("ExportDialog", "Statistics table as CSV")),
        (STATISTICS_XLSX, translate("ExportDialog", "Statistics table as XLSX")),
    ]


# --------------------------------------------------------------------------- background work


@dataclass(frozen=True)
class Preview:
    """The first card pages as PNG bytes, and how many personas they show."""

    pages: list[bytes]
    personas: int


def preview_pages(project, set_id: int, persona_ids: list[int] | None,
                  *, task: Task | None = None) -> Preview:
    """Draw the first cards into a temporary folder and return the images (background)."""
    task = ensure_task(task)
    folder = Path(tempfile.mkdtemp(prefix="workbench-preview-"))
    try:
        with project.on_own_connection() as mine:
            if not persona_ids:
                from workbench.services.personas import personas_of

                persona_ids = [p.id for p in personas_of(mine, set_id)]
            chosen = persona_ids[:PREVIEW_PERSONAS]
            written = export_service.export_persona_png(mine, set_id, folder / "pages", chosen,
                                                        dpi=PREVIEW_DPI, task=task)
        return Preview([path.read_bytes() for path in sorted(written.paths)], written.personas)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_export(project, set_id: int, fmt: str, target: Path, persona_ids: list[int] | None,
               include_personal_data: bool, *, task: Task | None = None
               ) -> export_service.Exported:
    """Write the chosen export (background); ExportError tells what went wrong."""
    with project.on_own_connection() as mine:
        if fmt == PDF:
            return export_service.export_personas_pdf(mine, set_id, target, persona_ids, task=task)
        if fmt == PNG:
            return export_service.export_persona_png(mine, set_id, target, persona_ids, task=task)
        table_format = EXTENSIONS[fmt]
        if fmt in MEMBERSHIP_FORMATS:
            return export_service.export_membership(
                mine, set_id, target, table_format, include_personal_data=include_personal_data,
                persona_ids=persona_ids, task=task)
        return export_service.export_statistics(mine, set_id, target, table_format,
                                                persona_ids=persona_ids, task=task)


def _file_stem(name: str) -> str:
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name)
    return re.sub(r"\s+", "-", text.strip()).strip(".-")[:60] or "personas"


# --------------------------------------------------------------------------- the dialog


class ExportDialog(QDialog):
    """Choose format, personas and personal data; preview; export in the background."""

    # The preview's thumbnails are on screen (their number).
    preview_shown = Signal(int)
    # An export finished (its Exported) or failed (the message).
    exported = Signal(object)
    export_failed = Signal(str)

    def __init__(self, window, project, stored_set, personas, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.window_ = window
        self.project = project
        self.set_id = stored_set.id
        self.set_name = stored_set.name
        self.worker: Worker | None = None  # the preview's
        self.export_worker: Worker | None = None
        self._preview_generation = 0
        self.thumbnails: list[QLabel] = []
        # The status message of the last export that finished.
        self.last_message = ""
        self.setWindowTitle(translate("ExportDialog", "Export “{name}”").format(
            name=stored_set.name))

        # --- what
        self.format_combo = QComboBox()
        for key, name in format_names():
            self.format_combo.addItem(name, key)
        self.format_combo.currentIndexChanged.connect(self._format_changed)

        self.all_radio = QRadioButton(translate("ExportDialog", "All personas"))
        self.checked_radio = QRadioButton(translate("ExportDialog", "Only the checked personas"))
        self.all_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.checked_radio)
        self.persona_list = QListWidget()
        self.persona_list.setAccessibleName(translate("ExportDialog", "Personas to export"))
        self.persona_list.setMaximumHeight(140)
        for persona in personas:
            item = QListWidgetItem(persona.name)
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.persona_list.addItem(item)
        self.persona_list.setEnabled(False)
        self.checked_radio.toggled.connect(self.persona_list.setEnabled)
        self.checked_radio.toggled.connect(self._choice_changed)
        self.persona_list.itemChanged.connect(self._choice_changed)

        self.personal_box = QCheckBox(translate("ExportDialog",
                                                "Include personal data (customer names)"))
        self.personal_note = QLabel(translate(
            "ExportDialog", "Without it the table identifies customers by number only; names "
            "and e-mail addresses stay in the project."))
        self.personal_note.setObjectName("Secondary")
        self.personal_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Format:"), self.format_combo)
        who = QVBoxLayout()
        who.addWidget(self.all_radio)
        who.addWidget(self.checked_radio)
        who.addWidget(self.persona_list)
        form.addRow(translate("ExportDialog", "Personas:"), who)
        form.addRow("", self.personal_box)
        form.addRow("", self.personal_note)

        # --- preview
        self.preview_status = QLabel()
        self.preview_status.setObjectName("Secondary")
        self.preview_status.setWordWrap(True)
        self.preview_strip = QWidget()
        self.preview_layout = QHBoxLayout(self.preview_strip)
        self.preview_layout.setContentsMargins(8, 8, 8, 8)
        self.preview_layout.setSpacing(12)
        self.preview_layout.addStretch(1)
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setObjectName("ExportPreview")
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_scroll.setMinimumHeight(THUMBNAIL_WIDTH * 297 // 210 + 40)
        self.preview_scroll.setWidget(self.preview_strip)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self.start_preview)

        # --- buttons
        self.export_button = QPushButton(translate("ExportDialog", "Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(translate("ExportDialog", "Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        preview_title = QLabel(translate("ExportDialog", "Preview of the first pages"))
        layout.addWidget(preview_title)
        layout.addWidget(self.preview_status)
        layout.addWidget(self.preview_scroll, 1)
        layout.addLayout(buttons)
        self.resize(760, 680)
        self._format_changed()

    # --- choices ----------------------------------------------------------------------

    @property
    def format(self) -> str:
        return self.format_combo.currentData()

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def persona_ids(self) -> list[int] | None:
        """The personas to export; None means all of them."""
        if self.all_radio.isChecked():
            return None
        return [self.persona_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.persona_list.count())
                if self.persona_list.item(row).checkState() == Qt.CheckState.Checked]

    def set_checked_personas(self, ids: list[int]) -> None:
        self.checked_radio.setChecked(True)
        for row in range(self.persona_list.count()):
            item = self.persona_list.item(row)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in ids
                               else Qt.CheckState.Unchecked)

    def _format_changed(self, _index: int = 0) -> None:
        membership = self.format in MEMBERSHIP_FORMATS
        self.personal_box.setEnabled(membership)
        self.personal_box.setVisible(membership)
        self.personal_note.setVisible(membership)
        if not membership:
            self.personal_box.setChecked(False)
        self._update_buttons()

    def _choice_changed(self, *_args) -> None:
        self._update_buttons()
        self._preview_timer.start()

    def _update_buttons(self) -> None:
        ids = self.persona_ids()
        busy = self.export_worker is not None and self.export_worker.is_running
        self.export_button.setEnabled(not busy and (ids is None or bool(ids)))

    # --- preview ----------------------------------------------------------------------

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if self._preview_generation == 0:
            QTimer.singleShot(0, self.start_preview)

    def start_preview(self) -> Worker | None:
        """Draw the first card pages in the background; stale results are dropped."""
        self._preview_generation += 1
        generation = self._preview_generation
        if self.worker is not None and self.worker.is_running:
            self.worker.cancel()
        ids = self.persona_ids()
        if ids == []:
            self._clear_thumbnails()
            self.preview_status.setText(translate("ExportDialog", "Check at least one persona."))
            return None
        self.preview_status.setText(translate("ExportDialog", "Drawing the preview…"))
        worker = Worker(preview_pages, self.project, self.set_id, ids,
                        title=translate("ExportDialog", "Drawing the export preview"))
        worker.finished.connect(lambda preview: self._preview_ready(generation, preview))
        worker.failed.connect(lambda message, _details: self._preview_failed(generation, message))
        self.worker = worker
        return worker.start()

    def _clear_thumbnails(self) -> None:
        for label in self.thumbnails:
            self.preview_layout.removeWidget(label)
            label.deleteLater()
        self.thumbnails = []

    def _preview_ready(self, generation: int, preview: Preview) -> None:
        if generation != self._preview_generation:
            return
        self._clear_thumbnails()
        for number, data in enumerate(preview.pages, start=1):
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            label = QLabel()
            label.setObjectName("PreviewPage")
            label.setPixmap(pixmap.scaledToWidth(THUMBNAIL_WIDTH,
                                                 Qt.TransformationMode.SmoothTransformation))
            label.setFrameShape(QFrame.Shape.Box)
            label.setToolTip(translate("ExportDialog", "Page {n}").format(n=number))
            label.setAccessibleName(label.toolTip())
            self.preview_layout.insertWidget(self.preview_layout.count() - 1, label)
            self.thumbnails.append(label)
        chosen = self.persona_ids()
        total = len(chosen) if chosen else self.persona_list.count()
        if total > preview.personas:
            text = translate("ExportDialog", "The cards of the first {shown} of {total} personas, "
                             "as they will be printed.").format(shown=preview.personas,
                                                                total=total)
        else:
            text = translate("ExportDialog", "Every card, as it will be printed.")
        if self.format not in CARD_FORMATS:
            text += " " + translate("ExportDialog", "Tables have no pages: these are the cards of "
                                    "the same personas.")
        self.preview_status.setText(text)
        self.preview_shown.emit(len(self.thumbnails))

    def _preview_failed(self, generation: int, message: str) -> None:
        if generation == self._preview_generation:
            self._clear_thumbnails()
            self.preview_status.setText(translate("ExportDialog", "No preview: {error}").format(
                error=message))

    # --- export -----------------------------------------------------------------------

    def _start_folder(self) -> Path:
        from workbench.settings import default_export_folder

        return default_export_folder(self.project.path)

    def default_target(self) -> Path:
        stem = _file_stem(self.set_name)
        if self.format == PNG:
            return self._start_folder() / stem
        if self.format in MEMBERSHIP_FORMATS:
            stem += "-" + translate("ExportDialog", "membership")
        elif self.format not in CARD_FORMATS:
            stem += "-" + translate("ExportDialog", "statistics")
        return self._start_folder() / f"{stem}.{EXTENSIONS[self.format]}"

    def _ask_target(self) -> Path | None:
        """Where to write; None if the user cancelled (a seam for tests)."""
        suggested = self.default_target()
        if self.format == PNG:
            chosen = QFileDialog.getExistingDirectory(
                self, translate("ExportDialog", "Folder for the PNG images"),
                str(suggested.parent))
            return Path(chosen) if chosen else None
        extension = EXTENSIONS[self.format]
        kind = {"pdf": translate("ExportDialog", "PDF documents"),
                "csv": translate("ExportDialog", "CSV tables"),
                "xlsx": translate("ExportDialog", "Excel workbooks")}[extension]
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("ExportDialog", "Export to"), str(suggested),
            f"{kind} (*.{extension})")
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(f".{extension}")

    def export(self) -> Worker | None:
        """Ask where, then write the export in the background."""
        target = self._ask_target()
        if target is None:
            return None
        fmt, ids = self.format, self.persona_ids()
        title = translate("ExportDialog", "Exporting “{name}”").format(name=self.set_name)
        self.export_worker = self.window_.run_task(
            title, run_export, self.project, self.set_id, fmt, target, ids,
            self.personal_box.isChecked(),
            on_done=self._export_done, on_failed=self._export_failed,
            on_cancelled=self._export_cancelled)
        self._update_buttons()
        return self.export_worker

    def _export_done(self, result: export_service.Exported) -> None:
        self._update_buttons()
        paths = result.paths
        if len(paths) == 1:
            text = translate("ExportDialog", "Exported {path}.").format(path=paths[0])
        else:
            text = translate("ExportDialog", "Exported {n} files into {folder}.").format(
                n=len(paths), folder=paths[0].parent if paths else "")
        if result.left_out:
            text += " " + translate("ExportDialog", "Left out (personal data): {columns}.").format(
                columns=", ".join(result.left_out))
        self.window_.statusBar().showMessage(text, 15000)
        self.last_message = text
        self.exported.emit(result)
        self.accept()

    def _export_failed(self, message: str, details: str) -> None:
        self._update_buttons()
        self.window_.show_message(ERROR, translate("ExportDialog", "The export failed"),
                                  message, details)
        self.export_failed.emit(message)

    def _export_cancelled(self) -> None:
        self._update_buttons()
        self.window_.statusBar().showMessage(
            translate("ExportDialog", "Export cancelled: nothing was written."), 5000)

    def done(self, result: int) -> None:  # Qt override
        if self.worker is not None and self.worker.is_running:
            self.worker.cancel()
        self._preview_timer.stop()
        super().done(result)
