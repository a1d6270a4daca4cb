"""Import from a database: a PostgreSQL URL, a DuckDB file or a Parquet file or folder.

The user names the source, types the password when the server needs one, picks a table
or writes a query, and previews it: the first rows with their roles (the same models and
widgets as the file import dialog) and how many rows the source holds. Above the
Preferences threshold a sample is offered and ticked. Preview and import run in the
background with progress and Cancel.

The password lives only in its field (echo mode Password) and in the call that uses it:
never in the settings, the project, the source's description or a message; the field is
cleared when the dialog closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.domain.columns import ColumnRole
from workbench.domain.sources import ImportResult
from workbench.domain.warehouse import PARQUET, POSTGRESQL, DatabaseSource
from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.ui.data.customer_key import CustomerKeyLine
from workbench.ui.data.database_columns import ColumnsAndRows
from workbench.ui.data.database_tasks import (
    DatabasePreview,
    import_database_on_own_connection,
    list_tables,
    make_source,
    read_database_preview,
    scrub,
    source_kind,
    split_password,
)
from workbench.ui.data.sample_choice import SampleChoice
from workbench.ui.dialogs import ERROR
from workbench.ui.worker import ProgressPanel, Worker


def sample_threshold() -> int:
    """The Preferences threshold above which a sample is offered."""
    from workbench.settings import load_settings

    return load_settings().sample_threshold


def database_file_filter() -> str:
    both = translate("DatabaseImport", "Parquet and DuckDB files (*.parquet *.pq *.duckdb *.ddb "
                     "*.db)")
    return f"{both};;{translate('DataArea', 'All files (*)')}"


class DatabaseImportDialog(QDialog):
    """Preview a database source (rows, roles, population) and import it, or a sample of it."""

    #: The import succeeded (ImportResult); the dialog then closes.
    imported = Signal(object)
    #: A preview was read and shown.
    preview_loaded = Signal()
    #: Reading the preview failed (the message, without any password).
    preview_failed = Signal(str)

    def __init__(self, window, location: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.main_window = window
        self.project = window.project
        self.preview: DatabasePreview | None = None
        self._preview_worker: Worker | None = None
        self._tables_worker: Worker | None = None
        self._import_worker: Worker | None = None
        self._panel: ProgressPanel | None = None
        self._generation = 0
        self._last_folder: str | None = None
        #: Preview as soon as the tables are listed (a file chosen: show its first table).
        self._preview_after_listing = False

        self.setObjectName("DatabaseImportDialog")
        self.setWindowTitle(translate("DatabaseImport", "Import from a database"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setSizeGripEnabled(True)
        self.resize(1080, 760)

        self._build_source_box()
        self.sample = SampleChoice()
        self.sample.clear()
        self.customer_key_line = CustomerKeyLine()
        self._build_tables()
        self._build_footer()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.source_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.sample)
        layout.addWidget(self.customer_key_line)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self._footer)

        self.location_edit.setText(location)
        self._location_changed()
        self._update_buttons()

    # --- building ----------------------------------------------------------------------

    def _build_source_box(self) -> None:
        self.location_edit = QLineEdit()
        self.location_edit.setObjectName("DatabaseLocation")
        self.location_edit.setPlaceholderText(translate(
            "DatabaseImport", "postgresql://user@host:5432/database, or a .duckdb or .parquet "
            "file"))
        self.location_edit.setClearButtonEnabled(True)
        self.location_edit.setAccessibleName(translate("DatabaseImport", "Source"))
        self.location_edit.textChanged.connect(self._location_changed)
        self.location_edit.editingFinished.connect(self._move_password_out_of_url)
        self.browse_button = QPushButton(translate("DatabaseImport", "Choose a file…"))
        self.browse_button.clicked.connect(self.choose_file)
        location_row = QHBoxLayout()
        location_row.setSpacing(8)
        location_row.addWidget(self.location_edit, 1)
        location_row.addWidget(self.browse_button)

        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("DatabasePassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(translate("DatabaseImport", "Password"))
        # Qt keeps a password field's text out of the input method and the clipboard.
        self.password_edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                               | Qt.InputMethodHint.ImhSensitiveData
                                               | Qt.InputMethodHint.ImhNoPredictiveText)
        self.password_note = QLabel(translate(
            "DatabaseImport", "Used for this import only: never stored in the project or the "
            "settings."))
        self.password_note.setObjectName("Secondary")
        password_row = QHBoxLayout()
        password_row.setSpacing(8)
        self.password_edit.setMaximumWidth(260)
        password_row.addWidget(self.password_edit)
        password_row.addWidget(self.password_note, 1)

        self.table_radio = QRadioButton(translate("DatabaseImport", "&Table:"))
        self.query_radio = QRadioButton(translate("DatabaseImport", "&Query:"))
        self.table_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.table_radio)
        group.addButton(self.query_radio)
        self.table_combo = QComboBox()
        self.table_combo.setObjectName("DatabaseTable")
        self.table_combo.setEditable(True)
        self.table_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.table_combo.setMinimumContentsLength(28)
        self.table_combo.setAccessibleName(translate("DatabaseImport", "Table"))
        self.table_combo.lineEdit().setPlaceholderText(translate(
            "DatabaseImport", "customers, or schema.table"))
        self.list_button = QPushButton(translate("DatabaseImport", "List tables"))
        self.list_button.setToolTip(translate(
            "DatabaseImport", "Read the names of the source's tables and views"))
        self.list_button.clicked.connect(self.start_listing_tables)
        self.query_edit = QPlainTextEdit()
        self.query_edit.setObjectName("DatabaseQuery")
        self.query_edit.setAccessibleName(translate("DatabaseImport", "Query"))
        self.query_edit.setPlaceholderText(
            "SELECT customer_id, age, segment, spend FROM customers WHERE active")
        self.query_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.query_edit.setTabChangesFocus(True)
        self.query_edit.setFixedHeight(self.query_edit.fontMetrics().lineSpacing() * 2 + 14)
        self.table_radio.toggled.connect(self._what_changed)
        for signal in (self.table_radio.toggled, self.table_combo.editTextChanged,
                       self.query_edit.textChanged):
            signal.connect(self._source_edited)
        table_row = QHBoxLayout()
        table_row.setSpacing(8)
        table_row.addWidget(self.table_combo, 1)
        table_row.addWidget(self.list_button)

        self.preview_button = QPushButton(translate("DatabaseImport", "&Preview"))
        self.preview_button.setObjectName("DatabasePreviewButton")
        self.preview_button.setToolTip(translate(
            "DatabaseImport", "Read the first rows and count the rows of the source (F5)"))
        self.preview_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.preview_button.clicked.connect(self.start_preview)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("Secondary")
        self.kind_label.setWordWrap(True)
        preview_row = QHBoxLayout()
        preview_row.setSpacing(12)
        preview_row.addWidget(self.preview_button)
        preview_row.addWidget(self.kind_label, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        source_label = QLabel(translate("DatabaseImport", "&Source:"))
        source_label.setBuddy(self.location_edit)
        self.password_label = QLabel(translate("DatabaseImport", "Pass&word:"))
        self.password_label.setBuddy(self.password_edit)
        form.addRow(source_label, location_row)
        form.addRow(self.password_label, password_row)
        form.addRow(self.table_radio, table_row)
        form.addRow(self.query_radio, self.query_edit)
        form.addRow("", preview_row)
        self.source_box = QGroupBox(translate("DatabaseImport", "Where the customers are"))
        self.source_box.setObjectName("DatabaseSourceBox")
        box_layout = QVBoxLayout(self.source_box)
        box_layout.setContentsMargins(12, 8, 12, 10)
        box_layout.setSpacing(6)
        box_layout.addLayout(form)

    def _build_tables(self) -> None:
        self.tables = ColumnsAndRows(self)
        self.columns_model, self.preview_model = self.tables.columns_model, self.tables.preview_model
        self.columns_view, self.preview_view = self.tables.columns_view, self.tables.preview_view
        self.splitter = self.tables
        self.columns_model.columns_edited.connect(self._roles_edited)

        self.status_label = QLabel()
        self.status_label.setObjectName("DatabaseStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("ImportProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.setStyleSheet(
            "QLabel#ImportProblem { border: 1px solid #d9534f; border-radius: 6px; "
            "padding: 6px 10px; }")
        self.problem_label.hide()

    def _build_footer(self) -> None:
        self.import_button = QPushButton(translate("ImportDialog", "Import"))
        self.import_button.setDefault(True)
        self.import_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(translate("ImportDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self._progress_host = QHBoxLayout()
        self._footer = QHBoxLayout()
        self._footer.addLayout(self._progress_host)
        self._footer.addStretch(1)
        self._footer.addWidget(self.cancel_button)
        self._footer.addWidget(self.import_button)

    # --- the source ----------------------------------------------------------------------

    def _source_edited(self, *_args) -> None:
        """Another source, table or query than the preview's: the preview no longer applies."""
        if self.preview is None or self.busy:
            return
        try:
            same = self.source() == self.preview.source
        except WorkbenchError:
            same = False
        if not same:
            self._generation += 1
            self._clear_preview()
            self.status_label.setText(translate(
                "DatabaseImport", "The source changed: press Preview to read it."))

    def _location_changed(self, *_args) -> None:
        self._source_edited()
        kind = source_kind(self.location_edit.text())
        postgres = kind == POSTGRESQL
        self.password_edit.setEnabled(postgres)
        self.password_label.setEnabled(postgres)
        self.password_note.setVisible(postgres)
        picks = kind != PARQUET
        for widget in (self.table_radio, self.query_radio):
            widget.setEnabled(picks)
        self._what_changed()
        self.kind_label.setText({
            POSTGRESQL: translate("DatabaseImport", "PostgreSQL server: rows are read in blocks "
                                  "over the connection; only the URL without the password and "
                                  "the table or query are kept with the source."),
            "duckdb": translate("DatabaseImport", "DuckDB database file: choose one of its "
                                "tables or write a query."),
            PARQUET: translate("DatabaseImport", "Parquet: the file (or every file of the "
                               "folder) is read whole, in blocks."),
        }.get(kind, translate("DatabaseImport", "Type a PostgreSQL URL or choose a DuckDB or "
                              "Parquet file.")))
        self._update_buttons()

    def _what_changed(self, *_args) -> None:
        picks = source_kind(self.location_edit.text()) != PARQUET
        table = self.table_radio.isChecked()
        self.table_combo.setEnabled(picks and table)
        self.list_button.setEnabled(picks and table and not self.busy)
        self.query_edit.setEnabled(picks and not table)

    def _move_password_out_of_url(self) -> None:
        """A password typed inside the URL goes to the password field at once."""
        url, password = split_password(self.location_edit.text())
        if password is not None:
            self.location_edit.setText(url)
            self.password_edit.setText(password)

    def choose_file(self) -> None:
        path = self._ask_file()
        if path is not None:
            self.location_edit.setText(str(path))
            self.table_combo.clear()
            self.table_combo.clearEditText()
            self.preview_when_ready()

    def preview_when_ready(self) -> None:
        """Show the rows at once: a Parquet source now, a database once its first table is
        known (a typed table or query: now)."""
        kind = source_kind(self.location_edit.text())
        if kind is None:
            return
        chosen = (self.table_combo.currentText().strip() if self.table_radio.isChecked()
                  else self.query_edit.toPlainText().strip())
        if kind == PARQUET or chosen:
            self.start_preview()
        elif kind != POSTGRESQL or self.password() is not None:
            self._preview_after_listing = True
            self.start_listing_tables()

    def _ask_file(self) -> Path | None:
        """Ask for a DuckDB or Parquet file; None if cancelled (a seam for tests)."""
        folder = self._last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("DatabaseImport", "Choose a DuckDB or Parquet file"), folder,
            database_file_filter())
        if not chosen:
            return None
        self._last_folder = str(Path(chosen).parent)
        return Path(chosen)

    def source(self) -> DatabaseSource:
        """The source the fields describe (a WorkbenchError saying what is missing)."""
        self._move_password_out_of_url()
        table = self.table_combo.currentText() if self.table_radio.isChecked() else None
        query = self.query_edit.toPlainText() if self.query_radio.isChecked() else None
        return make_source(self.location_edit.text(), table=table, query=query)

    def password(self) -> str | None:
        if not self.password_edit.isEnabled():
            return None
        return self.password_edit.text() or None

    def use_query(self, sql: str) -> None:
        """Read the rows of ``sql`` instead of a table."""
        self.query_radio.setChecked(True)
        self.query_edit.setPlainText(sql)

    def use_table(self, name: str) -> None:
        self.table_radio.setChecked(True)
        self.table_combo.setEditText(name)

    # --- listing tables (background) ----------------------------------------------------

    def start_listing_tables(self) -> Worker | None:
        try:
            source = make_source(self.location_edit.text(), table="-")
        except WorkbenchError:
            return None
        if source.kind == PARQUET:
            return None
        worker = Worker(list_tables, source, password=self.password(),
                        title=translate("DatabaseImport", "Listing the tables"), owner=self)
        worker.finished.connect(lambda names: isValid(self) and self._tables_listed(names))
        worker.failed.connect(lambda message, _details: isValid(self) and self._tables_failed(
            message))
        worker.done.connect(lambda: isValid(self) and self._tables_done(worker))
        self._tables_worker = worker
        return worker.start()

    def _tables_done(self, worker: Worker) -> None:
        if self._tables_worker is worker:
            self._tables_worker = None  # keeps no password alive

    def _tables_listed(self, names: list[str]) -> None:
        preview, self._preview_after_listing = self._preview_after_listing, False
        if not names:
            return
        typed = self.table_combo.currentText()
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        self.table_combo.addItems(names)
        self.table_combo.blockSignals(False)
        self.table_combo.setEditText(typed if typed else names[0])
        if preview and self.table_radio.isChecked() and not self.busy:
            self.start_preview()

    def _tables_failed(self, message: str) -> None:
        self._preview_after_listing = False
        self._set_problem(scrub(message, self.password()))

    # --- the preview (background) --------------------------------------------------------

    @property
    def previewing(self) -> bool:
        return self._preview_worker is not None and self._preview_worker.is_running

    @property
    def importing(self) -> bool:
        return self._import_worker is not None and self._import_worker.is_running

    @property
    def busy(self) -> bool:
        return self.previewing or self.importing

    @property
    def ready(self) -> bool:
        """A preview is shown and nothing is running."""
        return self.preview is not None and not self.busy

    def start_preview(self) -> Worker | None:
        """Read the first rows and count the source's rows in the background."""
        if self.busy:
            return None
        self._set_problem("")
        try:
            source = self.source()
        except WorkbenchError as error:
            self._set_problem(str(error))
            return None
        self._generation += 1
        generation = self._generation
        self.preview = None
        self.status_label.setText(translate("DatabaseImport", "Reading {source}…").format(
            source=source.display_name))
        password = self.password()
        worker = Worker(read_database_preview, source, password=password,
                        title=translate("DatabaseImport", "Reading the preview"), owner=self)
        worker.finished.connect(lambda preview: isValid(self) and self._preview_read(
            generation, preview))
        worker.failed.connect(lambda message, _details: isValid(self) and self._preview_failed(
            generation, source, message))
        worker.cancelled.connect(lambda: isValid(self) and self._preview_cancelled(generation))
        self._preview_worker = worker
        self._show_progress(worker)
        worker.done.connect(lambda: isValid(self) and self._work_ended())
        self._update_buttons()
        return worker.start()

    def _preview_read(self, generation: int, preview: DatabasePreview) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        table = preview.table
        self.columns_model.set_columns(table.columns, table.rows)
        self.preview_model.set_rows(table.rows, table.row_numbers)
        self.tables.fit_preview_columns()
        locale = QLocale()
        self.status_label.setText(translate(
            "DatabaseImport", "{source}: {population} rows, {columns} columns. Showing the "
            "first {shown}.").format(source=preview.source.display_name,
                                     population=locale.toString(preview.population),
                                     columns=locale.toString(len(table.columns)),
                                     shown=locale.toString(len(table.rows))))
        self.sample.set_columns(self.columns_model.specs())
        self.sample.set_population(preview.population, sample_threshold())
        self._update_customer_key()
        self._update_buttons()
        self.preview_loaded.emit()

    def _preview_failed(self, generation: int, source: DatabaseSource, message: str) -> None:
        if generation != self._generation:
            return
        message = scrub(message, self.password())
        self._clear_preview()
        self.status_label.setText(translate("DatabaseImport", "{source} could not be read.").format(
            source=source.display_name))
        self._set_problem(message)
        self.preview_failed.emit(message)

    def _preview_cancelled(self, generation: int) -> None:
        if generation == self._generation:
            self._clear_preview()
            self.status_label.setText(translate("DatabaseImport", "Preview stopped."))

    def _clear_preview(self) -> None:
        self.preview = None
        self.columns_model.clear()
        self.preview_model.clear()
        self.customer_key_line.clear()
        self.sample.clear()
        self._update_buttons()

    def _roles_edited(self) -> None:
        self.sample.set_columns(self.columns_model.specs())
        self._update_customer_key()
        self._update_buttons()

    def _update_customer_key(self) -> None:
        from workbench.services.importing import suggest_customer_key

        table = self.preview.table if self.preview is not None else None
        specs = self.columns_model.specs()
        self.customer_key_line.show_columns(specs, None if table is None else (
            lambda: suggest_customer_key(table, specs)))

    # --- importing (background, through the window) -------------------------------------

    def start_import(self) -> Worker | None:
        """Import the previewed source (or the sample chosen) with the roles shown."""
        if self.preview is None or self.busy:
            return None
        self._set_problem("")
        source = self.preview.source
        title = translate("DatabaseImport", "Importing {source}").format(
            source=source.display_name)
        password = self.password()
        worker = self.main_window.run_task(
            title, import_database_on_own_connection, self.project, source, password=password,
            sample=self.sample.spec(), specs=self.columns_model.specs(),
            customer_key=self.customer_key_line.customer_key(),
            on_done=lambda result: isValid(self) and self._import_done(result),
            on_failed=lambda message, details: isValid(self) and self._import_failed(
                source, scrub(message, password), scrub(details, password)),
            on_cancelled=lambda: isValid(self) and self._import_cancelled())
        self._import_worker = worker
        self._show_progress(worker)
        worker.done.connect(lambda: isValid(self) and self._work_ended())
        self._update_buttons()
        return worker

    def cancel_work(self) -> None:
        for worker in (self._import_worker, self._preview_worker):
            if worker is not None and worker.is_running:
                worker.cancel()
        self.status_label.setText(translate("DatabaseImport", "Stopping…"))

    def _import_done(self, result: ImportResult) -> None:
        self.imported.emit(result)
        self.accept()

    def _import_failed(self, source: DatabaseSource, message: str, details: str) -> None:
        self._set_problem(message)
        self.main_window.show_message(
            ERROR, translate("DatabaseImport", "Could not import {source}").format(
                source=source.display_name), message, details)

    def _import_cancelled(self) -> None:
        self.status_label.setText(translate(
            "ImportDialog", "Import cancelled: nothing was added to the project."))

    # --- progress and state ----------------------------------------------------------------

    def _show_progress(self, worker: Worker) -> None:
        self._work_ended()
        panel = ProgressPanel(worker, worker.title)
        panel.cancel_button.hide()  # the dialog's Stop button (Cancel) stops it
        self._progress_host.addWidget(panel)
        self._panel = panel

    def _work_ended(self) -> None:
        if self._panel is not None:
            self._panel.setParent(None)
            self._panel.deleteLater()
            self._panel = None
        # finished work keeps no arguments (the password among them) alive
        for name in ("_preview_worker", "_import_worker"):
            worker = getattr(self, name)
            if worker is not None and not worker.is_running and worker.outcome is not None:
                setattr(self, name, None)
        self._update_buttons()

    def _set_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))

    def _update_buttons(self) -> None:
        busy = self.busy
        has_columns = self.preview is not None and any(
            ColumnRole(s.role) is not ColumnRole.IGNORE for s in self.columns_model.specs())
        self.import_button.setEnabled(has_columns and not busy)
        self.preview_button.setEnabled(not busy and source_kind(self.location_edit.text())
                                       is not None)
        self.cancel_button.setText(translate("DatabaseImport", "Stop") if busy
                                   else translate("ImportDialog", "Cancel"))
        self.source_box.setEnabled(not busy)
        self.columns_view.setEnabled(not self.importing)
        self.sample.setEnabled(not self.importing and self.preview is not None
                               and self.preview.population > 1)
        if self.preview is not None:
            locale = QLocale()
            spec = self.sample.spec()
            rows = min(spec.size, self.preview.population) if spec else self.preview.population
            self.import_button.setToolTip(translate(
                "DatabaseImport", "Import {rows} rows with these roles (Ctrl+Enter)").format(
                rows=locale.toString(rows)))

    def reject(self) -> None:  # Qt override: Cancel, Escape, the close button
        if self.busy:
            self.cancel_work()  # stays open: the user sees that nothing was imported
            return
        super().reject()

    def done(self, result: int) -> None:  # Qt override: every way the dialog closes
        self.password_edit.clear()  # the password is forgotten with the dialog
        for worker in (self._preview_worker, self._tables_worker):
            if worker is not None and worker.is_running:
                worker.cancel()
        super().done(result)

