"""The Data area: tabs for the imported sources (and their rows), the customers, the channels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.project import ProjectInfo
from workbench.domain.sources import ImportResult, Source
from workbench.i18n import translate
from workbench.services import importing
from workbench.ui.data.cells import local_time
from workbench.ui.data.database_dialog import DatabaseImportDialog
from workbench.ui.data.import_dialog import ImportDialog
from workbench.ui.data.role_change import ColumnRoleEditor
from workbench.ui.data.roles import kind_title
from workbench.ui.data.source_models import SourcesModel, SourceTableModel, roles_summary
from workbench.ui.dialogs import INFO, WARNING
from workbench.ui.style import scale_font

DELETE = "delete"
#: Widths (pixels) a source column may take when first shown.
COLUMN_WIDTH = (56, 280)


def import_file_filter() -> str:
    everything = translate("DataArea", "Spreadsheets, Parquet and DuckDB files (*.csv *.tsv *.txt "
                           "*.xlsx *.xlsm *.xls *.ods *.parquet *.pq *.duckdb *.ddb *.db)")
    spreadsheets = translate("DataArea", "Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods)")
    databases = translate("DataArea", "Parquet and DuckDB files (*.parquet *.pq *.duckdb *.ddb *.db)")
    all_files = translate("DataArea", "All files (*)")
    return f"{everything};;{spreadsheets};;{databases};;{all_files}"


def is_database_file(path: Path) -> bool:
    """A Parquet or DuckDB file: imported through the database dialog (table, sample)."""
    from workbench.domain.warehouse import DUCKDB_SUFFIXES, PARQUET_SUFFIXES

    return path.suffix.lower() in PARQUET_SUFFIXES + DUCKDB_SUFFIXES


def readonly_reason() -> str:
    return translate("DataArea", "This project is open read-only, so nothing can be imported or "
                     "deleted. To change it, close it and open it again once no other window is "
                     "writing to it.")


class ActionButton(QPushButton):
    """A push button that mirrors an action: its text, tooltip and enabled state."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.clicked.connect(lambda _checked=False: action.trigger())
        action.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.setText(self._action.text())
        self.setToolTip(self._action.toolTip())
        self.setEnabled(self._action.isEnabled())


class DataArea(QWidget):
    """Tabs: Sources (list, the selected source as a table, Import and Delete), Customers, Channels."""

    #: The shown source changed (its id, or 0 when none).
    source_shown = Signal(int)

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DataArea")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.main_window = window
        self.project = None
        self._readonly = False
        #: The import dialog while it is open.
        self.import_dialog: ImportDialog | DatabaseImportDialog | None = None
        self._last_folder: str | None = None
        #: The source to select at the next refresh (a new import).
        self._select_next = 0

        self._create_actions()
        self.role_editor = ColumnRoleEditor(self)
        self.sources_model = SourcesModel(self)
        self.table_model: SourceTableModel | None = None

        self.import_button = ActionButton(self.import_action)
        self.import_button.setObjectName("DataImportButton")
        self.delete_button = ActionButton(self.delete_action)
        self.database_button = ActionButton(self.database_action)
        self.database_button.setObjectName("DataDatabaseButton")
        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        toolbar.addWidget(self.import_button)
        toolbar.addWidget(self.database_button)
        toolbar.addWidget(self.delete_button)
        toolbar.addStretch(1)

        self.stack = QStackedWidget()
        self.empty_page = self._build_empty_page()
        self.content = self._build_content()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.content)

        self.sources_page = QWidget()
        self.sources_page.setObjectName("DataSourcesPage")
        sources_layout = QVBoxLayout(self.sources_page)
        sources_layout.setContentsMargins(16, 12, 16, 12)
        sources_layout.setSpacing(10)
        sources_layout.addLayout(toolbar)
        sources_layout.addWidget(self.stack, 1)

        from workbench.ui.customers.channels import ChannelsTab
        from workbench.ui.customers.tab import CustomersTab

        self.customers_tab = CustomersTab(window)
        self.channels_tab = ChannelsTab(window)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("DataTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.sources_page, translate("DataArea", "Sources"))
        self.tabs.addTab(self.customers_tab, translate("DataArea", "Customers"))
        self.tabs.addTab(self.channels_tab, translate("DataArea", "Channels"))
        self.tabs.setTabToolTip(1, translate("DataArea", "One customer per person, linked across "
                                                         "sources: browse, search, link, forget"))
        self.tabs.setTabToolTip(2, translate("DataArea", "Per channel: customers, contacts and how "
                                                         "complete its data is"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.customers_tab.changed.connect(self._customers_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs, 1)
        self._update_actions()

    # --- building ----------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.import_action = QAction(translate("DataArea", "&Import…"), self)
        self.import_action.triggered.connect(lambda _checked=False: self.start_import())
        self.database_action = QAction(translate("DataArea", "Import from &database…"), self)
        self.database_action.triggered.connect(lambda _checked=False: self.start_database_import())
        self.delete_action = QAction(translate("DataArea", "&Delete source…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(lambda _checked=False: self.delete_current_source())
        # Ctrl+I belongs to the window's File > Import action, which calls start_import().

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("DataEmptyPage")
        heading = QLabel(translate("DataArea", "No sources yet"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(heading, 1.5, QFont.Weight.DemiBold)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("Secondary")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        scale_font(self.empty_text, 1.1)
        self.empty_import_button = QPushButton(translate("DataArea", "Import a file…"))
        self.empty_import_button.setMinimumHeight(36)
        self.empty_import_button.clicked.connect(lambda _checked=False: self.start_import())
        self.empty_database_button = ActionButton(self.database_action)
        self.empty_database_button.setMinimumHeight(36)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.empty_import_button)
        button_row.addWidget(self.empty_database_button)
        button_row.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addStretch(2)
        column.addWidget(heading)
        column.addWidget(self.empty_text)
        column.addLayout(button_row)
        column.addStretch(3)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(560)
        layout = QHBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(holder, 3)
        layout.addStretch(1)
        return page

    def _build_content(self) -> QWidget:
        self.sources_view = QTableView()
        self.sources_view.setObjectName("SourcesList")
        self.sources_view.setAccessibleName(translate("DataArea", "Sources"))
        self.sources_view.setModel(self.sources_model)
        self.sources_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sources_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sources_view.setWordWrap(False)
        self.sources_view.setShowGrid(False)
        self.sources_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.sources_view.verticalHeader().hide()
        self.sources_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.sources_view.verticalHeader().setDefaultSectionSize(
            self.sources_view.fontMetrics().height() + 12)
        header = self.sources_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(SourcesModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.sources_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.sources_view.addAction(self.delete_action)
        self.sources_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_source(self.sources_model.source_at(current.row())))
        sources_title = QLabel(translate("DataArea", "Sources"))
        scale_font(sources_title, 1.1, QFont.Weight.DemiBold)
        sources_title.setBuddy(self.sources_view)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 6)
        top_layout.setSpacing(6)
        top_layout.addWidget(sources_title)
        top_layout.addWidget(self.sources_view, 1)

        self.source_title = QLabel()
        self.source_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale_font(self.source_title, 1.1, QFont.Weight.DemiBold)
        self.source_facts = QLabel()
        self.source_facts.setObjectName("Secondary")
        self.source_facts.setWordWrap(True)
        self.source_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.roles_strip = QLabel()
        self.roles_strip.setObjectName("Secondary")
        self.roles_strip.setWordWrap(True)
        self.table_view = QTableView()
        self.table_view.setObjectName("SourceRows")
        self.table_view.setAccessibleName(translate("DataArea", "Rows of the source"))
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setWordWrap(False)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows_header = self.table_view.verticalHeader()
        rows_header.hide()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(self.table_view.fontMetrics().height() + 8)
        columns_header = self.table_view.horizontalHeader()
        columns_header.setHighlightSections(False)
        columns_header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Right-click a column's header to change its role (undoable).
        columns_header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        columns_header.customContextMenuRequested.connect(
            lambda pos: self.role_editor.show_menu(columns_header.logicalIndexAt(pos),
                                                   columns_header.mapToGlobal(pos)))
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.setSpacing(4)
        bottom_layout.addWidget(self.source_title)
        bottom_layout.addWidget(self.source_facts)
        bottom_layout.addWidget(self.roles_strip)
        bottom_layout.addSpacing(4)
        bottom_layout.addWidget(self.table_view, 1)

        # Sources above, rows below: a source's rows usually have many columns and
        # need the full width; a project has a handful of sources.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([190, 560])
        self.splitter = splitter
        return splitter

    # --- the project ----------------------------------------------------------------------

    def set_project(self, project, info: ProjectInfo | None) -> None:
        """Show this project's sources (called on open, close and every refresh)."""
        same_project = project is not None and project is self.project
        keep = self.current_source_id() if same_project else 0
        keep, self._select_next = self._select_next or keep, 0
        self.project = project
        self._readonly = bool(info.readonly) if info is not None else False
        if project is None:
            self.sources_model.set_sources([])
            self._show_source(None)
        else:
            self.reload_sources(select=keep)
        self.customers_tab.set_project(project, info)
        self.channels_tab.set_project(project, info)
        self._update_actions()

    # --- tabs -------------------------------------------------------------------------------

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if hasattr(current, "shown"):
            current.shown()  # tabs read the project when first looked at

    def _customers_changed(self) -> None:
        """Customers were linked, merged or forgotten: every count may have changed."""
        self.main_window.refresh_info()

    def focus_search(self) -> None:
        """The window's Find shortcut: search the customers."""
        self.main_window.project_view.show_area("data")
        self.tabs.setCurrentWidget(self.customers_tab)
        self.customers_tab.focus_search()

    def reload_sources(self, select: int = 0) -> None:
        """Read the list of sources again and select ``select`` (default: the first)."""
        shown = self.table_model.source if self.table_model is not None else None
        sources = importing.list_sources(self.project) if self.project is not None else []
        self.sources_model.set_sources(sources)
        self.stack.setCurrentWidget(self.content if sources else self.empty_page)
        self._fit_sources_height()
        row = self.sources_model.row_of(select) if select else -1
        if row < 0 and sources:
            row = 0
        if row < 0:
            self._show_source(None)
            return
        source = self.sources_model.source_at(row)
        self.sources_view.selectionModel().blockSignals(True)
        self.sources_view.selectionModel().setCurrentIndex(
            self.sources_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.sources_view.selectionModel().blockSignals(False)
        self.sources_view.viewport().update()
        if source != shown:  # same source unchanged: keep its rows and scroll position
            self._show_source(source)

    def _fit_sources_height(self) -> None:
        """Room for up to six sources above the rows; more scroll."""
        view = self.sources_view
        rows = max(2, min(6, self.sources_model.rowCount()))
        wanted = (view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                  + rows * view.verticalHeader().defaultSectionSize())
        top = self.splitter.widget(0)
        wanted += top.sizeHint().height() - view.sizeHint().height()
        total = sum(self.splitter.sizes()) or self.splitter.height()
        if total > wanted:
            self.splitter.setSizes([wanted, total - wanted])

    @property
    def readonly(self) -> bool:
        return self._readonly

    def refresh_source(self, source_id: int) -> None:
        """Show a source again after its columns changed (a role change or its undo)."""
        self.main_window.refresh_info()
        self.reload_sources(select=source_id)
        source = self.sources_model.source_at(self.sources_model.row_of(source_id))
        if source is not None:
            self._show_source(source)

    def current_source_id(self) -> int:
        return self.table_model.source.id if self.table_model is not None else 0

    def select_source(self, source_id: int) -> bool:
        row = self.sources_model.row_of(source_id)
        if row < 0:
            return False
        self.sources_view.selectRow(row)
        self.sources_view.scrollTo(self.sources_model.index(row, 0))
        return True

    def _show_source(self, source: Source | None) -> None:
        old = self.table_model
        if source is None or self.project is None:
            self.table_model = None
            self.table_view.setModel(None)
            for label in (self.source_title, self.source_facts, self.roles_strip):
                label.clear()
        else:
            columns = importing.source_columns(self.project, source.id)
            self.table_model = SourceTableModel(self.project, source, columns, self)
            self.table_view.setModel(self.table_model)
            self._fit_columns()
            locale = QLocale()
            self.source_title.setText(source.display_name)
            self.source_title.setToolTip(source.file_path)
            self.source_facts.setText(translate(
                "DataArea", "{kind} · {rows} rows · {columns} columns · imported {when}").format(
                kind=kind_title(source.kind), rows=locale.toString(source.row_count),
                columns=locale.toString(source.column_count), when=local_time(source.imported_at)))
            self.roles_strip.setText(roles_summary(columns))
        if old is not None:
            old.deleteLater()
        self._update_actions()
        self.source_shown.emit(source.id if source is not None else 0)

    def _fit_columns(self) -> None:
        """Widths from the header and the first rows: cheap even for a million rows."""
        model = self.table_model
        metrics = self.table_view.fontMetrics()
        low, high = COLUMN_WIDTH
        sample = min(40, model.rowCount())
        for column in range(model.columnCount()):
            header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(line) for line in header.split("\n")) + 24
            for row in range(sample):
                width = max(width, metrics.horizontalAdvance(model.index(row, column).data() or "") + 16)
                if width >= high:
                    break
            self.table_view.setColumnWidth(column, max(low, min(high, width)))

    # --- import -------------------------------------------------------------------------------

    def _ask_import_path(self) -> Path | None:
        """Ask which file to import; None if the user cancelled."""
        folder = self._last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("DataArea", "Import a file"), folder, import_file_filter())
        if not chosen:
            return None
        self._last_folder = str(Path(chosen).parent)
        return Path(chosen)

    def start_import(self) -> ImportDialog | DatabaseImportDialog | None:
        """Ask for a file and open the import dialog on it; None if nothing was opened."""
        if self.project is None or self._readonly:
            return None
        if self.import_dialog is not None:
            self.import_dialog.raise_()
            self.import_dialog.activateWindow()
            return self.import_dialog
        self.main_window.project_view.show_area("data")
        self.tabs.setCurrentWidget(self.sources_page)
        path = self._ask_import_path()
        if path is None:
            return None
        if is_database_file(path):
            return self.start_database_import(str(path))
        dialog = ImportDialog(self.main_window, path, ask_path=self._ask_another_file)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.import_dialog = dialog
        self._update_actions()
        dialog.open()
        return dialog

    def _ask_another_file(self) -> Path | None:
        """The import dialog's "Choose another file…": a spreadsheet or text file; a Parquet or
        DuckDB file is read by the database dialog, which the user is pointed to."""
        path = self._ask_import_path()
        if path is not None and is_database_file(path):
            self.main_window.show_message(INFO, translate("DataArea", "Import from database"),
                                          translate("DataArea", "{file} is a Parquet or DuckDB "
                                                    "file: close this dialog and use Import from "
                                                    "database…, which reads its tables and can "
                                                    "import a sample.").format(file=path.name))
            return None
        return path

    def start_database_import(self, location: str = "") -> DatabaseImportDialog | None:
        """Open the database import dialog (on ``location``: a file or URL, when given)."""
        if self.project is None or self._readonly:
            return None
        if self.import_dialog is not None:
            self.import_dialog.raise_()
            self.import_dialog.activateWindow()
            return self.import_dialog if isinstance(self.import_dialog, DatabaseImportDialog) else None
        self.main_window.project_view.show_area("data")
        self.tabs.setCurrentWidget(self.sources_page)
        dialog = DatabaseImportDialog(self.main_window, location)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.import_dialog = dialog
        self._update_actions()
        dialog.open()
        if location:
            dialog.preview_when_ready()  # a chosen file: its rows (first table) at once
        return dialog

    def _dialog_closed(self, dialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None
        dialog.deleteLater()
        self._update_actions()

    def _imported(self, result: ImportResult) -> None:
        self._select_next = result.source.id
        self.main_window.refresh_info()  # calls set_project: the list is read again
        if self._select_next:  # no refresh happened (no project?): select it here
            self.reload_sources(select=self._select_next)
            self._select_next = 0
        locale = QLocale()
        self.main_window.statusBar().showMessage(translate(
            "DataArea", "Imported {source}: {rows} rows, {customers} new customers, {documents} "
            "documents, {touchpoints} touchpoints.").format(
            source=result.source.display_name, rows=locale.toString(result.source.row_count),
            customers=locale.toString(result.customers_created),
            documents=locale.toString(result.documents_created),
            touchpoints=locale.toString(result.touchpoints_created)), 15000)

    # --- delete ---------------------------------------------------------------------------

    def delete_current_source(self) -> bool:
        """Ask, then remove the selected source and everything imported from it."""
        if self.table_model is None or self._readonly or self.project is None:
            return False
        source = self.table_model.source
        choice = self.main_window.show_message(
            WARNING, translate("DataArea", "Delete {source}?").format(source=source.display_name),
            translate("DataArea", "This removes the {rows} rows imported from {source}, with the "
                      "documents and touchpoints that came from it, and the customers known only "
                      "from this file. The file on disk is not touched.").format(
                rows=QLocale().toString(source.row_count), source=source.display_name),
            actions=[(DELETE, translate("DataArea", "Delete source"))])
        if choice != DELETE:
            return False
        self._show_source(None)  # stop reading its rows before they go
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            importing.delete_source(self.project, source.id)
        finally:
            QApplication.restoreOverrideCursor()
        self.main_window.refresh_info()
        self.reload_sources()
        self.main_window.statusBar().showMessage(
            translate("DataArea", "Deleted {source}.").format(source=source.display_name), 8000)
        return True

    # --- state -----------------------------------------------------------------------------

    def _update_actions(self) -> None:
        is_open = self.project is not None
        can_change = is_open and not self._readonly and self.import_dialog is None
        self.import_action.setEnabled(can_change)
        self.database_action.setEnabled(can_change)
        self.empty_import_button.setEnabled(can_change)
        self.delete_action.setEnabled(can_change and self.table_model is not None)
        if is_open and self._readonly:
            tip = readonly_reason()
            self.import_action.setToolTip(tip)
            self.database_action.setToolTip(tip)
            self.delete_action.setToolTip(tip)
            self.empty_import_button.setToolTip(tip)
            self.empty_text.setText(translate(
                "DataArea", "This project is open read-only, so no file can be imported into it."))
        else:
            self.import_action.setToolTip(translate(
                "DataArea", "Import a CSV, TSV, XLSX, ODS, Parquet or DuckDB file as a new "
                "source (Ctrl+I)"))
            self.database_action.setToolTip(translate(
                "DataArea", "Import a table or a query from PostgreSQL, a DuckDB file or Parquet "
                "files; big sources can be sampled"))
            self.delete_action.setToolTip(translate(
                "DataArea", "Remove the selected source and everything imported from it"))
            self.empty_import_button.setToolTip(self.import_action.toolTip())
            self.empty_text.setText(translate(
                "DataArea", "Import a CSV, TSV, XLSX or ODS file: interview spreadsheets, survey "
                "exports, CRM or e-commerce exports, touchpoint logs. Or read customers where "
                "they live: a PostgreSQL table or query, a DuckDB file, Parquet files. Each "
                "becomes a source that you can browse here, row by row."))
        for action in (self.import_action, self.database_action, self.delete_action):
            action.setStatusTip(action.toolTip())
