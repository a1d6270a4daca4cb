"""The import dialog: pick how to read a file, check the columns' roles, import.

Reading the preview and importing both run in the background: the preview
with its own :class:`Worker` (a newer read replaces an older one), the import
through ``MainWindow.run_task`` so it also shows in the status bar. The
dialog stays open when the import fails or is cancelled, so the user can fix
a role and try again. The workbook sheet the preview loaded is kept (one at
most, until the dialog closes or another file or sheet is chosen) so the
import does not parse the file again while it is unchanged on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.domain.columns import ColumnRole
from workbench.domain.sources import ImportResult
from workbench.errors import DuplicateImportError, InputFileError
from workbench.i18n import translate
from workbench.ingest.spreadsheet import SheetMemory
from workbench.ui.data.customer_key import CustomerKeyLine
from workbench.ui.data.import_models import ColumnsModel, PreviewModel, RoleDelegate
from workbench.ui.data.import_options import ReadOptionsPanel
from workbench.ui.data.tasks import Preview, import_on_own_connection, read_preview
from workbench.ui.dialogs import ERROR, QUESTION, exception_details
from workbench.ui.style import scale_font
from workbench.ui.worker import ProgressPanel, Worker

IMPORT_AGAIN = "import-again"
PREVIEW_COLUMN_WIDTH = (60, 260)


class ImportDialog(QDialog):
    """Preview one file with its inferred column roles and import it as a source."""

    #: The import succeeded (ImportResult); the dialog then closes.
    imported = Signal(object)
    #: A preview was read and shown (also after a changed option or sheet).
    preview_loaded = Signal()
    #: Reading the preview failed; the message is shown in the dialog.
    preview_failed = Signal(str)

    def __init__(self, window, path: Path | str,
                 ask_path: Callable[[], Path | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.main_window = window
        self.project = window.project
        self.path = Path(path)
        self._ask_path = ask_path
        self._preview_worker: Worker | None = None
        self._import_worker: Worker | None = None
        self._import_panel: ProgressPanel | None = None
        self._generation = 0
        self._table = None  # the RawTable shown
        #: The workbook sheet the preview loaded, reused by the import.
        self.sheet_memory = SheetMemory()

        self.setObjectName("ImportDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setSizeGripEnabled(True)
        self.resize(1080, 720)

        self._build_file_row()
        self.options = ReadOptionsPanel()
        self.options.reading_changed.connect(lambda new_sheet: self.reread(new_sheet=new_sheet))
        self.options.events_changed.connect(self._update_events_hint)
        self.customer_key_line = CustomerKeyLine()
        self.options.events_changed.connect(self._update_customer_key)
        self._build_tables()
        self._build_footer()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(self._file_row)
        layout.addWidget(self.options)
        layout.addWidget(self.customer_key_line)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self._footer)

        self._show_file()
        self.reread(with_sheets=True)

    # --- building ----------------------------------------------------------------------

    def _build_file_row(self) -> None:
        self.file_label = QLabel()
        self.file_label.setObjectName("ImportFileName")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale_font(self.file_label, 1.3, QFont.Weight.DemiBold)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("Secondary")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.change_file_button = QPushButton(translate("ImportDialog", "Choose another file…"))
        self.change_file_button.clicked.connect(self.choose_another_file)
        self.change_file_button.setVisible(self._ask_path is not None)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.file_label)
        names.addWidget(self.folder_label)
        self._file_row = QHBoxLayout()
        self._file_row.addLayout(names, 1)
        self._file_row.addWidget(self.change_file_button, 0, Qt.AlignmentFlag.AlignTop)

    def _build_tables(self) -> None:
        self.columns_model = ColumnsModel(self)
        self.preview_model = PreviewModel(self.columns_model, self)
        self.columns_model.columns_edited.connect(self._update_events_hint)
        self.columns_model.columns_edited.connect(self._update_buttons)
        self.columns_model.columns_edited.connect(self._update_customer_key)

        self.columns_view = QTableView()
        self.columns_view.setObjectName("ImportColumns")
        self.columns_view.setAccessibleName(translate("ImportDialog", "Columns and their roles"))
        self.columns_view.setModel(self.columns_model)
        self.columns_view.setItemDelegateForColumn(ColumnsModel.ROLE, RoleDelegate(self.columns_view))
        self.columns_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columns_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.columns_view.setWordWrap(False)
        self.columns_view.verticalHeader().hide()
        self.columns_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.columns_view.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 6)
        header = self.columns_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(ColumnsModel.EXAMPLES, QHeaderView.ResizeMode.Stretch)
        self.columns_view.setColumnWidth(ColumnsModel.COLUMN, 230)
        self.columns_view.setColumnWidth(ColumnsModel.ROLE, 170)
        self.columns_view.setColumnWidth(ColumnsModel.WHY, 330)
        self.columns_model.modelReset.connect(self._open_role_editors)
        self.columns_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_preview_column(current.row()))

        self.preview_view = QTableView()
        self.preview_view.setObjectName("ImportPreview")
        self.preview_view.setAccessibleName(translate("ImportDialog", "Data preview"))
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.verticalHeader().hide()
        self.preview_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview_view.verticalHeader().setDefaultSectionSize(
            self.preview_view.fontMetrics().height() + 8)
        self.preview_view.horizontalHeader().setHighlightSections(False)
        self.preview_view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        columns_box = self._titled(
            translate("ImportDialog", "Columns"),
            translate("ImportDialog", "Check the role of each column; change any that the "
                      "workbench guessed wrong."), self.columns_view)
        preview_box = self._titled(
            translate("ImportDialog", "Data preview"),
            translate("ImportDialog", "The first rows as they will be imported, with their row "
                      "numbers in the file."), self.preview_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(columns_box)
        self.splitter.addWidget(preview_box)
        self.splitter.setSizes([300, 340])

        self.status_label = QLabel()
        self.status_label.setObjectName("Secondary")
        self.status_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("ImportProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.setStyleSheet(
            "QLabel#ImportProblem { border: 1px solid #d9534f; border-radius: 6px; "
            "padding: 6px 10px; }")
        self.problem_label.hide()

    @staticmethod
    def _titled(title: str, hint: str, view: QWidget) -> QWidget:
        heading = QLabel(title)
        scale_font(heading, 1.08, QFont.Weight.DemiBold)
        heading.setBuddy(view)
        explanation = QLabel(hint)
        explanation.setObjectName("Secondary")
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(heading)
        top.addWidget(explanation, 1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(view, 1)
        return box

    def _build_footer(self) -> None:
        self.import_button = QPushButton(translate("ImportDialog", "Import"))
        self.import_button.setDefault(True)
        self.import_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.import_button.setToolTip(translate("ImportDialog", "Import the whole file with these "
                                                "roles (Ctrl+Enter)"))
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(translate("ImportDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self._progress_host = QHBoxLayout()
        self._footer = QHBoxLayout()
        self._footer.addLayout(self._progress_host)
        self._footer.addStretch(1)
        self._footer.addWidget(self.cancel_button)
        self._footer.addWidget(self.import_button)

    # --- the file and its options ---------------------------------------------------------

    def _show_file(self, reset: bool = False) -> None:
        self.setWindowTitle(translate("ImportDialog", "Import {file}").format(file=self.path.name))
        self.file_label.setText(self.path.name)
        self.folder_label.setText(str(self.path.parent))
        self.folder_label.setToolTip(str(self.path))
        self.options.set_file(self.path, reset=reset)

    def choose_another_file(self) -> None:
        if self._ask_path is None or self.importing:
            return
        path = self._ask_path()
        if path is None:
            return
        self.path = Path(path)
        self._show_file(reset=True)
        self.reread(with_sheets=True, new_sheet=True)

    # --- the preview (background) -----------------------------------------------------------

    @property
    def ready(self) -> bool:
        """A preview is shown and no newer read is under way."""
        return self._table is not None and not self.previewing

    @property
    def previewing(self) -> bool:
        return self._preview_worker is not None and self._preview_worker.is_running

    @property
    def importing(self) -> bool:
        return self._import_worker is not None and self._import_worker.is_running

    def reread(self, *, with_sheets: bool = False, new_sheet: bool = False) -> Worker:
        """Read the preview again with the current options (replacing any read under way)."""
        if self._preview_worker is not None and self._preview_worker.is_running:
            self._preview_worker.cancel()
        self._generation += 1
        generation = self._generation
        keep_choices = not new_sheet
        if new_sheet:  # another file or sheet: the kept one is of no more use
            self.sheet_memory.forget()
        self._table = None
        self._set_problem("")
        self.status_label.setText(translate("ImportDialog", "Reading {file}…").format(
            file=self.path.name))
        self._update_buttons()
        worker = Worker(read_preview, self.path, self.options.read_options(), with_sheets=with_sheets,
                        memory=self.sheet_memory, title=translate("ImportDialog", "Reading the preview"),
                        owner=self)
        # Lambdas are not disconnected when the dialog goes: check it still exists.
        worker.finished.connect(lambda preview: isValid(self) and self._preview_read(
            generation, preview, keep_choices))
        worker.failed.connect(lambda message, _details: isValid(self) and self._preview_failed(
            generation, message))
        self._preview_worker = worker
        return worker.start()

    def _preview_read(self, generation: int, preview: Preview, keep_choices: bool) -> None:
        if generation != self._generation:
            return  # an older read finishing after a newer one started
        table = preview.table
        if preview.sheets is not None:
            self.options.set_sheets(preview.sheets, table.sheet)
        self._table = table
        self.columns_model.set_columns(table.columns, table.rows, keep_choices=keep_choices)
        self.preview_model.set_rows(table.rows, table.row_numbers)
        self._fit_preview_columns()
        self._fit_columns_height()
        self._show_detected(table)
        self._update_customer_key()
        self._update_events_hint()
        self._update_buttons()
        self.preview_loaded.emit()

    def _preview_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._table = None
        self.columns_model.clear()
        self.preview_model.clear()
        self.customer_key_line.clear()
        self.status_label.setText(translate(
            "ImportDialog", "The file could not be read with these options."))
        self._set_problem(message)
        self._update_buttons()
        self.preview_failed.emit(message)

    def _show_detected(self, table) -> None:
        """Say what was read and what the automatic options found."""
        locale = self.locale()
        rows, columns = locale.toString(len(table.rows)), locale.toString(len(table.columns))
        if table.truncated:
            text = translate("ImportDialog", "Showing the first {rows} rows and {columns} columns; "
                             "the import reads the whole file.").format(rows=rows, columns=columns)
        else:
            text = translate("ImportDialog", "Showing all {rows} rows and {columns} columns.").format(
                rows=rows, columns=columns)
        self.status_label.setText(text)
        self.options.show_found(table)

    def _fit_preview_columns(self) -> None:
        view = self.preview_view
        low, high = PREVIEW_COLUMN_WIDTH
        metrics = view.fontMetrics()
        for column in range(self.preview_model.columnCount()):
            header = str(self.preview_model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(line) for line in header.split("\n")) + 24
            for row in range(min(30, self.preview_model.rowCount())):
                text = self.preview_model.index(row, column).data() or ""
                width = max(width, metrics.horizontalAdvance(text) + 16)
                if width >= high:
                    break
            view.setColumnWidth(column, max(low, min(high, width)))

    def _fit_columns_height(self) -> None:
        """The columns table as tall as its rows (up to ten); the preview gets the rest."""
        view = self.columns_view
        rows = max(3, min(10, self.columns_model.rowCount()))
        wanted = (view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                  + rows * view.verticalHeader().defaultSectionSize()
                  + self.splitter.widget(0).sizeHint().height() - view.sizeHint().height())
        total = sum(self.splitter.sizes())
        if total > wanted + 160:
            self.splitter.setSizes([wanted, total - wanted])

    def _open_role_editors(self) -> None:
        for row in range(self.columns_model.rowCount()):
            self.columns_view.openPersistentEditor(self.columns_model.index(row, ColumnsModel.ROLE))

    def _show_preview_column(self, row: int) -> None:
        if row >= 0 and self.preview_model.rowCount():
            self.preview_view.scrollTo(self.preview_model.index(0, row + 1),
                                       QAbstractItemView.ScrollHint.PositionAtTop)

    def _update_events_hint(self) -> None:
        self.options.show_events_layout(self.columns_model.specs())

    def _update_customer_key(self) -> None:
        """Propose the column that identifies the customer under the roles shown."""
        from workbench.services.importing import suggest_customer_key

        table, specs = self._table, self.columns_model.specs()
        self.customer_key_line.show_columns(specs, None if table is None else (
            lambda: suggest_customer_key(table, specs, as_events=self.options.as_events())))

    # --- importing (background, through the window) -------------------------------------

    def start_import(self) -> Worker | None:
        """Import the file with the roles shown; None when there is nothing to import yet."""
        if self._table is None or self.importing or self.previewing:
            return None
        return self._run_import(allow_duplicate=False)

    def _run_import(self, *, allow_duplicate: bool) -> Worker:
        self._set_problem("")
        title = translate("ImportDialog", "Importing {file}").format(file=self.path.name)
        worker = self.main_window.run_task(
            title, import_on_own_connection, self.project, self.path, self.options.read_options(),
            specs=self.columns_model.specs(), as_events=self.options.as_events(),
            customer_key=self.customer_key_line.customer_key(),
            allow_duplicate=allow_duplicate, memory=self.sheet_memory, on_done=self._import_done,
            on_failed=self._import_failed, on_cancelled=self._import_cancelled)
        self._import_worker = worker
        panel = ProgressPanel(worker, title)
        panel.cancel_button.hide()  # the dialog's own button stops the import
        self._progress_host.addWidget(panel)
        self._import_panel = panel
        worker.done.connect(self._import_ended)
        self._update_buttons()
        return worker

    def cancel_import(self) -> None:
        if self.importing:
            self._import_worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(translate("ImportDialog", "Stopping the import…"))

    def _import_ended(self) -> None:
        if self._import_panel is not None:
            self._progress_host.removeWidget(self._import_panel)
            self._import_panel.deleteLater()
            self._import_panel = None
        self._update_buttons()

    def _import_done(self, result: ImportResult) -> None:
        self._import_ended()
        self.imported.emit(result)
        self.accept()

    def _import_failed(self, message: str, details: str) -> None:
        worker = self._import_worker
        error = worker.exception if worker is not None else None
        self._import_ended()
        if isinstance(error, DuplicateImportError):
            choice = self.main_window.show_message(
                QUESTION, translate("ImportDialog", "Import again as a second copy?"), message,
                actions=[(IMPORT_AGAIN, translate("ImportDialog", "Import a second copy"))])
            if choice == IMPORT_AGAIN:
                self._run_import(allow_duplicate=True)
            else:
                self.status_label.setText(translate(
                    "ImportDialog", "Not imported: the project already holds this file."))
            return
        self._set_problem(message)
        if isinstance(error, InputFileError):
            self._point_at(error.column, error.row)
        self.main_window.show_message(
            ERROR, translate("ImportDialog", "Could not import {file}").format(file=self.path.name),
            message, details or (exception_details(error) if error is not None else ""))

    def _import_cancelled(self) -> None:
        self._import_ended()
        self.cancel_button.setEnabled(True)
        self.status_label.setText(translate(
            "ImportDialog", "Import cancelled: nothing was added to the project."))

    def _point_at(self, column: str | None, row: int | None) -> None:
        """Select the column (and the preview row) an error names, so it is easy to fix."""
        position = self.columns_model.row_of(column)
        if position < 0:
            return
        self.columns_view.selectionModel().setCurrentIndex(
            self.columns_model.index(position, ColumnsModel.COLUMN),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.columns_view.scrollTo(self.columns_model.index(position, 0))
        if row is not None and self._table is not None and row in self._table.row_numbers:
            index = self.preview_model.index(self._table.row_numbers.index(row), position + 1)
            self.preview_view.setCurrentIndex(index)
            self.preview_view.scrollTo(index)

    # --- state -------------------------------------------------------------------------------

    def _set_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))

    def _update_buttons(self) -> None:
        importing = self.importing
        has_columns = self._table is not None and any(
            ColumnRole(s.role) is not ColumnRole.IGNORE for s in self.columns_model.specs())
        self.import_button.setEnabled(has_columns and not importing and not self.previewing)
        self.cancel_button.setText(translate("ImportDialog", "Stop import") if importing
                                   else translate("ImportDialog", "Cancel"))
        self.cancel_button.setEnabled(True)
        self.change_file_button.setEnabled(not importing)
        self.options.set_busy(importing)
        self.columns_view.setEnabled(not importing)

    def reject(self) -> None:  # Qt override: Cancel, Escape, the close button
        if self.importing:
            self.cancel_import()  # stays open: the user sees that nothing was imported
            return
        if self._preview_worker is not None and self._preview_worker.is_running:
            self._preview_worker.cancel()
        super().reject()

    def done(self, result: int) -> None:  # Qt override: every way the dialog closes
        self.sheet_memory.close()  # also a preview read still finishing keeps nothing
        super().done(result)
