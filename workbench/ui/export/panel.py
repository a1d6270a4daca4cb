"""The part of the Export area and of the export dialogs (persona set, journey map) that
chooses a format and options, previews the pages and saves the file in the background."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.ui.dialogs import ERROR
from workbench.ui.export.jobs import (
    CSV,
    CSV_FORMATS,
    JOURNEY,
    PDF,
    PERSONA_SET,
    PNG,
    PPTX,
    TABLE_FORMATS,
    XLSX,
    Preview,
    Subject,
    default_name,
    extension,
    format_names,
    preview_pages,
    run_export,
)
from workbench.ui.export.persona_choice import PersonaChoice
from workbench.ui.settings_dialog import csv_style_names, remember_csv_style, settings_notifier
from workbench.ui.worker import Worker

log = logging.getLogger("workbench.ui.export")

THUMBNAIL_HEIGHT = 230
#: How long a closing project or window waits for a cancelled preview (seconds).
STOP_TIMEOUT = 5.0


def paper_names() -> list[tuple[str, str]]:
    return [("fit", translate("Export", "Fit: A4, or A3 when the map needs it")),
            ("a4", translate("Export", "A4 landscape")),
            ("a3", translate("Export", "A3 landscape"))]


class ExportPanel(QWidget):
    """Format, paper, personas, personal data, a preview of the pages and Save…, for one
    subject."""

    preview_shown = Signal(int)
    exported = Signal(object)
    export_failed = Signal(str)

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.project = None
        self.subject: Subject | None = None
        self.preview_worker: Worker | None = None
        self.export_worker: Worker | None = None
        self.thumbnails: list[QLabel] = []
        self.last_message = ""
        self._generation = 0

        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(translate("Export", "Format"))
        self.format_combo.currentIndexChanged.connect(self._options_changed)
        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName(translate("Export", "Paper"))
        for key, name in paper_names():
            self.paper_combo.addItem(name, key)
        self.paper_combo.currentIndexChanged.connect(self._options_changed)
        self.paper_label = QLabel(translate("Export", "Paper:"))
        # only for a persona set: which of its personas go into the export
        self.persona_choice = PersonaChoice()
        self.persona_choice.changed.connect(self._options_changed)
        self.personas_label = QLabel(translate("Export", "Personas:"))
        # only for persona cards as PDF or PNG: the set's Trends pages after the cards
        self.trends_box = QCheckBox(translate("Export", "Trends page"))
        self.trends_box.setToolTip(translate(
            "Export", "After the cards, the persona set month by month: active customers, "
            "outcome rates, measures, friction and complaints per persona with the n behind every "
            "point, shifts unlikely to be chance and recurring negative experiences."))
        self.trends_box.toggled.connect(self._options_changed)
        # only for CSV: separator and decimal mark; the choice is remembered as the preference
        self.csv_style_combo = QComboBox()
        self.csv_style_combo.setAccessibleName(translate("Export", "CSV separator"))
        for key, name in csv_style_names():
            self.csv_style_combo.addItem(name, key)
        self.csv_style_combo.setToolTip(translate(
            "Export", "Excel in Italian (and most of Europe) needs semicolons and decimal commas to "
            "show a CSV file in columns. Your choice is kept for later exports (also in Edit ▸ "
            "Preferences)."))
        self.csv_style_combo.activated.connect(self._csv_style_chosen)
        self.csv_style_label = QLabel(translate("Export", "Separator:"))
        self.csv_style_label.setBuddy(self.csv_style_combo)
        settings_notifier().saved.connect(self._settings_saved)
        self._show_csv_style()
        self.personal_box = QCheckBox(translate("Export", "Include personal data"))
        self.personal_note = QLabel()
        self.personal_note.setObjectName("Secondary")
        self.personal_note.setWordWrap(True)

        #: The options' form; a host may put its own rows in it so that all labels line up.
        self.form = form = QFormLayout()
        form.addRow(translate("Export", "Format:"), self.format_combo)
        form.addRow(self.paper_label, self.paper_combo)
        form.addRow(self.personas_label, self.persona_choice)
        form.addRow("", self.trends_box)
        form.addRow(self.csv_style_label, self.csv_style_combo)
        form.addRow("", self.personal_box)
        form.addRow("", self.personal_note)

        self.preview_status = QLabel()
        self.preview_status.setObjectName("Secondary")
        self.preview_status.setWordWrap(True)
        strip = QWidget()
        self.preview_layout = QHBoxLayout(strip)
        self.preview_layout.setContentsMargins(8, 8, 8, 8)
        self.preview_layout.setSpacing(12)
        self.preview_layout.addStretch(1)
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setObjectName("ExportPreview")
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_scroll.setMinimumHeight(THUMBNAIL_HEIGHT + 40)
        self.preview_scroll.setWidget(strip)
        # options shown or hidden change the preview's height, not the panel's
        self.preview_scroll.viewport().installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.start_preview)

        self.save_button = QPushButton(translate("Export", "Save…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        #: The row of buttons (a dialog adds its Close before Save…).
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.preview_title = QLabel(translate("Export", "Preview of the pages"))
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview_status)
        layout.addWidget(self.preview_scroll, 1)
        layout.addLayout(self.buttons)
        self._update()

    # --- choices ----------------------------------------------------------------------

    @property
    def format(self) -> str:
        return self.format_combo.currentData()

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    @property
    def paper(self) -> str:
        return self.paper_combo.currentData()

    def set_paper(self, paper: str) -> None:
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper))

    @property
    def csv_style(self) -> str:
        """"comma" or "semicolon": how CSV formats are written."""
        return self.csv_style_combo.currentData()

    def set_csv_style(self, style: str) -> None:
        """Write CSV in ``style`` and keep it as the user's preference."""
        self.csv_style_combo.setCurrentIndex(self.csv_style_combo.findData(style))
        self._csv_style_chosen()

    def _show_csv_style(self, settings=None) -> None:
        from workbench.settings import csv_style

        index = self.csv_style_combo.findData(csv_style(settings))
        self.csv_style_combo.setCurrentIndex(max(index, 0))

    def _settings_saved(self, settings) -> None:
        if isValid(self.csv_style_combo):
            self._show_csv_style(settings)

    def _csv_style_chosen(self, *_args) -> None:
        try:
            remember_csv_style(self.csv_style)
        except OSError as exc:  # this export still uses the choice
            log.warning("cannot store the CSV style: %s", exc)

    def persona_ids(self) -> list[int] | None:
        """The personas ticked for a persona set; None: all of the subject's personas."""
        if self.subject is None or self.subject.kind != PERSONA_SET:
            return None
        return self.persona_choice.persona_ids()

    @property
    def trends(self) -> bool:
        """Add the Trends pages: ticked, and offered for what is exported (persona cards)."""
        return self._trends_offered() and self.trends_box.isChecked()

    def _trends_offered(self) -> bool:
        return self.subject is not None and self.subject.kind != JOURNEY and \
            self.format in (PDF, PNG)

    def _trend_option(self) -> dict:
        """The trends keyword for the export and preview jobs, only when wanted."""
        return {"trends": True} if self.trends else {}

    def set_checked_personas(self, ids: list[int]) -> None:
        """Export only the personas ``ids`` of the persona set."""
        self.persona_choice.set_checked_personas(ids)

    def set_subject(self, project, subject: Subject | None, personas=None) -> None:
        """Export ``subject`` of ``project`` (None: nothing to export).

        For a persona set, ``personas`` (with ``id`` and ``name``) get a tick box each; None
        reads them from the project.
        """
        self.project, self.subject = project, subject
        if subject is not None and subject.kind == PERSONA_SET:
            if personas is None:
                personas = self._personas_of(subject.set_id)
            self.persona_choice.set_personas((getattr(project, "path", None), subject.set_id),
                                             personas)
        kept = self.format
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        for key, name in format_names(subject):
            self.format_combo.addItem(name, key)
        index = self.format_combo.findData(kept)
        self.format_combo.setCurrentIndex(max(index, 0))
        self.format_combo.blockSignals(False)
        self._options_changed()

    def _personas_of(self, set_id: int) -> list:
        from workbench.services.personas import personas_of

        try:
            return personas_of(self.project, set_id)
        except WorkbenchError as exc:  # a damaged project: export all of them, no ticks
            log.warning("cannot list the personas of set %s: %s", set_id, exc)
            return []

    def _options_changed(self, *_args) -> None:
        self._update()
        # a preview still being drawn shows the old choice: drop it when it arrives
        self._generation += 1
        if self.preview_worker is not None and self.preview_worker.is_running:
            self.preview_worker.cancel()
        if self.isVisible():
            self._timer.start()

    def _update(self) -> None:
        journey = self.subject is not None and self.subject.kind == JOURNEY
        self.paper_combo.setVisible(journey and self.format in (PDF, PNG))
        self.paper_label.setVisible(self.paper_combo.isVisibleTo(self))
        persona_set = self.subject is not None and self.subject.kind == PERSONA_SET
        self.persona_choice.setVisible(persona_set)
        self.personas_label.setVisible(persona_set)
        self.trends_box.setVisible(self._trends_offered())
        # the tables, and persona slides (quotes), can name customers
        personal = self.format in (CSV, XLSX) or (self.format == PPTX and not journey)
        self.personal_box.setVisible(personal)
        self.personal_note.setVisible(personal)
        self.personal_note.setText(self._personal_note(journey))
        self.preview_title.setText(translate("Export", "Preview of the slides")
                                   if self.format == PPTX else
                                   translate("Export", "Preview of the pages"))
        csv = self.format in CSV_FORMATS
        self.csv_style_combo.setVisible(csv)
        self.csv_style_label.setVisible(csv)
        if not personal:
            self.personal_box.setChecked(False)
        busy = self.export_worker is not None and self.export_worker.is_running
        self.save_button.setEnabled(self.subject is not None and self.project is not None
                                    and not busy and self.persona_ids() != [])
        self.format_combo.setEnabled(self.subject is not None)

    def _personal_note(self, journey: bool) -> str:
        if journey:
            return translate("Export", "Without it, customer names, e-mail keys and the names of "
                             "quoted documents stay in the project.")
        if self.format == PPTX:
            return translate("Export", "Without it, quotes on the slides name neither the "
                             "customer nor the document; names and e-mail addresses stay in the "
                             "project.")
        return translate("Export", "Without it the table identifies customers by number only; "
                         "names and e-mail addresses stay in the project.")

    # --- preview ----------------------------------------------------------------------

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        self._show_csv_style()
        if not self.thumbnails and self.subject is not None:
            self._timer.start()

    def start_preview(self) -> Worker | None:
        """Draw the pages in the background; a stale result is dropped."""
        self._generation += 1
        generation = self._generation
        if self.preview_worker is not None and self.preview_worker.is_running:
            self.preview_worker.cancel()
        if self.subject is None or self.project is None:
            self._clear()
            self.preview_status.setText(translate("Export", "Choose what to export."))
            return None
        ids = self.persona_ids()
        if ids == []:
            self._clear()
            self.preview_status.setText(translate("Export", "Check at least one persona."))
            return None
        self.preview_status.setText(translate("Export", "Drawing the preview…"))
        worker = Worker(preview_pages, self.project, self.subject, self.paper, persona_ids=ids,
                        fmt=self.format, title=translate("Export", "Drawing the export preview"),
                        owner=self, **self._trend_option())
        worker.finished.connect(lambda pages: self._preview_ready(generation, pages))
        worker.failed.connect(lambda message, _details: self._preview_failed(generation, message))
        self.preview_worker = worker
        return worker.start()

    def _clear(self) -> None:
        for label in self.thumbnails:
            self.preview_layout.removeWidget(label)
            label.deleteLater()
        self.thumbnails = []

    def _preview_ready(self, generation: int, preview: Preview) -> None:
        if generation != self._generation or not isValid(self.preview_layout):
            return  # a newer preview started, or the panel was closed while this one drew
        self._clear()
        pages = preview.pages
        slides = self.format == PPTX
        for number, data in enumerate(pages, start=1):
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            label = QLabel()
            label.setObjectName("PreviewPage")
            label.setProperty("page", pixmap)
            label.setFrameShape(QFrame.Shape.Box)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setToolTip(translate("Export", "Slide {n}").format(n=number)
                             if slides else translate("Export", "Page {n}").format(n=number))
            label.setAccessibleName(label.toolTip())
            self.preview_layout.insertWidget(self.preview_layout.count() - 1, label)
            self.thumbnails.append(label)
        self._scale_pages()
        if self.format in TABLE_FORMATS:
            text = translate("Export", "Tables have no pages: these are the pages of the same "
                             "export as PDF.")
        elif slides:
            text = self._slides_status(preview)
        elif not preview.complete and preview.total:
            text = translate("Export", "The cards of the first {shown} of {total} personas, as "
                             "they will be printed.").format(shown=preview.shown,
                                                             total=preview.total)
        elif not preview.complete:
            text = translate("Export", "The first {n} pages, as they will be printed.").format(
                n=len(pages))
        elif len(pages) == 1:
            text = translate("Export", "One page, as it will be printed.")
        else:
            text = translate("Export", "{n} pages, as they will be printed.").format(n=len(pages))
        self.preview_status.setText(text)
        self.preview_shown.emit(len(self.thumbnails))

    @staticmethod
    def _slides_status(preview: Preview) -> str:
        if not preview.complete and preview.total:
            return translate("Export", "The slides of the first {shown} of {total} personas, as "
                             "they will be in the deck.").format(shown=preview.shown,
                                                                 total=preview.total)
        if len(preview.pages) == 1:
            return translate("Export", "One slide, as it will be in the deck.")
        return translate("Export", "{n} slides, as they will be in the deck.").format(
            n=len(preview.pages))

    def _scale_pages(self) -> None:
        """Pages as tall as the preview allows (never larger than drawn)."""
        height = max(THUMBNAIL_HEIGHT, self.preview_scroll.viewport().height() - 24)
        for label in self.thumbnails:
            page = label.property("page")
            if page is None or page.isNull():
                continue
            scaled = page.scaledToHeight(min(height, page.height()),
                                         Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(scaled)
            label.setFixedSize(scaled.width() + 2, scaled.height() + 2)

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if event.type() == QEvent.Type.Resize and watched is self.preview_scroll.viewport():
            self._scale_pages()
        return super().eventFilter(watched, event)

    def _preview_failed(self, generation: int, message: str) -> None:
        if generation == self._generation and isValid(self.preview_layout):
            self._clear()
            self.preview_status.setText(translate("Export", "No preview: {error}").format(
                error=message))

    # --- saving -----------------------------------------------------------------------

    def _start_folder(self) -> Path:
        from workbench.settings import default_export_folder

        return default_export_folder(self.project.path)

    def default_target(self) -> Path:
        return self._start_folder() / default_name(self.subject, self.format)

    def _ask_target(self) -> Path | None:
        """Where to write; None if the user cancelled (a seam for tests)."""
        suggested = self.default_target()
        if self.format == PNG and self.subject.kind != JOURNEY:
            chosen = QFileDialog.getExistingDirectory(
                self, translate("Export", "Folder for the PNG images"), str(suggested.parent))
            return Path(chosen) if chosen else None
        suffix = extension(self.format)
        kind = {PDF: translate("Export", "PDF documents"), PNG: translate("Export", "PNG images"),
                PPTX: translate("Export", "PowerPoint presentations"),
                CSV: translate("Export", "CSV tables"),
                XLSX: translate("Export", "Excel workbooks")}[suffix]
        chosen, _ = QFileDialog.getSaveFileName(self, translate("Export", "Save the export as"),
                                                str(suggested), f"{kind} (*.{suffix})")
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def save(self) -> Worker | None:
        """Ask where, then write the export in the background with progress."""
        if self.subject is None or self.project is None:
            return None
        target = self._ask_target()
        return None if target is None else self.save_to(target)

    def save_to(self, target: Path) -> Worker | None:
        """Write the export to ``target`` in the background with progress and Cancel."""
        if self.subject is None or self.project is None:
            return None
        title = translate("Export", "Exporting “{name}”").format(name=self.subject.name)
        self.export_worker = self.window_.run_task(
            title, run_export, self.project, self.subject, self.format, target, self.paper,
            self.personal_box.isChecked(), persona_ids=self.persona_ids(),
            csv_style=self.csv_style if self.format in CSV_FORMATS else None, on_done=self._done,
            on_failed=self._failed, on_cancelled=self._cancelled, **self._trend_option())
        self._update()
        return self.export_worker

    def _done(self, result) -> None:
        self._update()
        if len(result.paths) == 1:
            text = translate("Export", "Exported {path}.").format(path=result.paths[0])
        else:
            text = translate("Export", "Exported {n} files into {folder}.").format(
                n=len(result.paths), folder=result.paths[0].parent if result.paths else "")
        if result.left_out:
            text += " " + translate("Export", "Left out (personal data): {columns}.").format(
                columns=", ".join(result.left_out))
        self.last_message = text
        self.window_.statusBar().showMessage(text, 15000)
        self.exported.emit(result)

    def _failed(self, message: str, details: str) -> None:
        self._update()
        self.window_.show_message(ERROR, translate("Export", "The export failed"), message,
                                  details)
        self.export_failed.emit(message)

    def _cancelled(self) -> None:
        self._update()
        self.window_.statusBar().showMessage(
            translate("Export", "Export cancelled: nothing was written."), 5000)

    def stop(self, timeout: float = 0) -> None:
        """Stop drawing the preview (the panel goes away, or its project closes).

        With a ``timeout`` (seconds), wait that long for the drawing to end, so that it no
        longer reads the project.
        """
        self._timer.stop()
        worker = self.preview_worker
        if worker is not None and worker.is_running:
            self._generation += 1  # whatever it still delivers is stale
            worker.cancel()
            if timeout and not worker.wait(timeout):
                log.warning("The export preview did not stop within %s s", timeout)
