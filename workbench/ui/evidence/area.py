"""The Evidence area: documents on the left, the reader and the evidence pages in the middle,
the code book on the right.

What a researcher does here (as in QualCoder, NVivo, MAXQDA, Taguette): import
transcripts, read a document, select a passage and apply codes (button,
Ctrl+Return, context menu, dragging a code onto the text, double-clicking a
code, or Ctrl+L for the last code used), keep a code book, collect quotes,
search everything, code survey answers in a grid, count codes by attribute or
persona and turn suggested themes into codes. Every change is one service call
pushed as an undoable command; after it only what changed is read again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.evidence import Code, Coding
from workbench.errors import DuplicateImportError, WorkbenchError
from workbench.i18n import translate
from workbench.services import evidence as service
from workbench.ui.dialogs import ERROR, QUESTION
from workbench.ui.evidence import background
from workbench.ui.evidence.codebook import CodeBookTree, swatch
from workbench.ui.evidence.commands import (
    AcceptThemeCommand,
    ApplyCodesCommand,
    CreateCodeCommand,
    DeleteCodeCommand,
    MarkQuoteCommand,
    MergeCodesCommand,
    MoveCodeCommand,
    RejectThemeCommand,
    RemoveCodingsCommand,
    SetCodeValueCommand,
    UnmarkQuoteCommand,
)
from workbench.ui.evidence.insight_pages import CountsPage, ThemesPage
from workbench.ui.evidence.look import evidence_style
from workbench.ui.evidence.models import ID_ROLE, DocumentListModel, document_delegate
from workbench.ui.evidence.panels import QuotesPage, SearchPage, SurveyPage
from workbench.ui.evidence.reader import DocumentReader
from workbench.ui.style import palette_key, scale_font, theme_changed

log = logging.getLogger("workbench.ui.evidence")

DELETE, DELETE_KEEP, IMPORT_AGAIN = "delete", "delete-keep-children", "import-again"
ALL, TRANSCRIPTS = "all", "transcripts"
READER, QUOTES, SEARCH, SURVEY, COUNTS, THEMES = range(6)


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("PanelTitle")
    scale_font(label, 1.2, QFont.Weight.DemiBold)
    return label


class EvidenceArea(QWidget):
    """Documents, reader, code book and the quotes, search, survey, counts and themes pages."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EvidenceArea")
        self.window_ = window
        self.project = None
        self.info = None
        self.codes: dict[int, Code] = {}
        self.code_summaries = []
        #: The codes applied last (Ctrl+L applies them again).
        self.last_codes: list[int] = []
        self._style_key: tuple[str, ...] = ()
        self._workers: list = []
        self._sized = False

        self.tabs = QTabWidget()
        self.tabs.setObjectName("EvidenceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self._build_reader(), translate("EvidenceArea", "Reader"))
        self.quotes_page = QuotesPage(self)
        self.search_page = SearchPage(self)
        self.survey_page = SurveyPage(self)
        self.counts_page = CountsPage(self)
        self.themes_page = ThemesPage(self)
        self.tabs.addTab(self.quotes_page, translate("EvidenceArea", "Quotes"))
        self.tabs.addTab(self.search_page, translate("EvidenceArea", "Search"))
        self.tabs.addTab(self.survey_page, translate("EvidenceArea", "Survey"))
        self.tabs.addTab(self.counts_page, translate("EvidenceArea", "Counts"))
        self.tabs.addTab(self.themes_page, translate("EvidenceArea", "Themes"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_documents())
        splitter.addWidget(self.tabs)
        splitter.addWidget(self._build_code_book())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([270, 680, 290])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._shortcut("Ctrl+Return", self.apply_selected_codes)
        self._shortcut("Ctrl+L", self.apply_last_codes)
        self._shortcut("Ctrl+Shift+N", self.new_code)
        self._refresh_style()
        self._update_state()
        window.project_closed.connect(self.stop_background_work)

    def _shortcut(self, keys: str, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # --- building ---------------------------------------------------------------------

    def _build_documents(self) -> QWidget:
        self.import_button = QToolButton()
        self.import_button.setText(translate("EvidenceArea", "Import documents…"))
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.import_button.setToolTip(translate("EvidenceArea", "Import interview transcripts (TXT, "
                                                "Markdown, Word .docx): files or a whole folder"))
        menu = QMenu(self.import_button)
        menu.addAction(translate("EvidenceArea", "Files…"), lambda: self.import_documents(folder=False))
        menu.addAction(translate("EvidenceArea", "A whole folder…"),
                       lambda: self.import_documents(folder=True))
        self.import_button.setMenu(menu)
        self.import_button.clicked.connect(lambda: self.import_documents(folder=False))
        self.scope = QComboBox()
        self.scope.setAccessibleName(translate("EvidenceArea", "Documents shown"))
        self.scope.currentIndexChanged.connect(lambda _i: self.reload_documents())
        self.doc_filter = QLineEdit()
        self.doc_filter.setPlaceholderText(translate("EvidenceArea", "Filter by title, customer, "
                                                     "source…"))
        self.doc_filter.setClearButtonEnabled(True)
        self.documents_model = DocumentListModel(self)
        self.documents_proxy = QSortFilterProxyModel(self)
        self.documents_proxy.setSourceModel(self.documents_model)
        self.documents_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.documents_proxy.setFilterKeyColumn(-1)
        self.documents_proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.doc_filter.textChanged.connect(self._filter_documents)
        view = QTableView()
        view.setObjectName("DocumentList")
        view.setModel(self.documents_proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() * 2 + 14)
        view.setItemDelegateForColumn(DocumentListModel.TITLE, document_delegate(view))
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(DocumentListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DocumentListModel.CODINGS, QHeaderView.ResizeMode.ResizeToContents)
        # Customer and source are drawn under the title; hidden columns are still filtered on.
        view.setColumnHidden(DocumentListModel.CUSTOMER, True)
        view.setColumnHidden(DocumentListModel.SOURCE, True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._documents_menu)
        view.selectionModel().currentRowChanged.connect(self._document_chosen)
        self.documents_view = view
        self.documents_count = QLabel()
        self.documents_count.setObjectName("Secondary")
        panel = QFrame()
        panel.setObjectName("DocumentsPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(14, 16, 10, 12)
        layout.setSpacing(8)
        layout.addWidget(_title(translate("EvidenceArea", "Documents")))
        layout.addWidget(self.import_button)
        layout.addWidget(self.scope)
        layout.addWidget(self.doc_filter)
        layout.addWidget(view, 1)
        layout.addWidget(self.documents_count)
        panel.setMinimumWidth(215)
        return panel

    def _build_reader(self) -> QWidget:
        self.reader = DocumentReader()
        self.reader.codes_dropped.connect(lambda ids: self.apply_codes(ids))
        self.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.customContextMenuRequested.connect(self._reader_menu)
        self.reader.selectionChanged.connect(self._update_state)
        self.reader.codes_here_changed.connect(self._show_codes_here)
        self.doc_title = QLabel(translate("EvidenceArea", "No document open"))
        self.doc_title.setObjectName("DocumentTitle")
        scale_font(self.doc_title, 1.25, QFont.Weight.DemiBold)
        self.doc_meta = QLabel(translate("EvidenceArea", "Choose a document on the left."))
        self.doc_meta.setObjectName("Secondary")
        self.doc_meta.setWordWrap(True)
        self.doc_title.setWordWrap(True)
        self.apply_button = QPushButton(translate("EvidenceArea", "Apply code"))
        self.apply_button.setObjectName("PrimaryAction")
        self.apply_button.setToolTip(translate("EvidenceArea", "Code the selected text with the codes "
                                               "selected in the code book (Ctrl+Return)"))
        self.apply_button.clicked.connect(self.apply_selected_codes)
        self.last_button = QPushButton(translate("EvidenceArea", "Code with last"))
        self.last_button.setToolTip(translate("EvidenceArea", "Apply the codes used last again "
                                              "(Ctrl+L)"))
        self.last_button.clicked.connect(self.apply_last_codes)
        self.quote_button = QPushButton(translate("EvidenceArea", "Mark as quote"))
        self.quote_button.setToolTip(translate("EvidenceArea", "Keep the selected passage as a quote "
                                               "for personas and journeys"))
        self.quote_button.clicked.connect(self.mark_selection_as_quote)
        header = QFrame()
        header.setObjectName("ReaderHeader")
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.doc_title)
        titles.addWidget(self.doc_meta)
        top = QHBoxLayout(header)
        top.setContentsMargins(18, 12, 14, 12)
        top.addLayout(titles, 1)
        top.addWidget(self.quote_button)
        top.addWidget(self.last_button)
        top.addWidget(self.apply_button)
        self.codes_here = QLabel()
        self.codes_here.setObjectName("Secondary")
        self.codes_here.setWordWrap(True)
        footer = QFrame()
        footer.setObjectName("ReaderFooter")
        bottom = QHBoxLayout(footer)
        bottom.setContentsMargins(18, 5, 14, 5)
        bottom.addWidget(self.codes_here, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.reader, 1)
        layout.addWidget(footer)
        return page

    def _build_code_book(self) -> QWidget:
        self.code_tree = CodeBookTree()
        self.code_tree.setExpandsOnDoubleClick(False)
        self.code_tree.rename_requested.connect(self.rename_code)
        self.code_tree.move_requested.connect(self.move_code)
        self.code_tree.merge_requested.connect(self.merge_codes)
        self.code_tree.itemDoubleClicked.connect(lambda item, _c: self._code_double_clicked(item))
        self.code_tree.itemSelectionChanged.connect(self._update_state)
        self.code_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.code_tree.customContextMenuRequested.connect(self._code_menu)
        delete = QAction(self.code_tree)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda: self.delete_code())
        self.code_tree.addAction(delete)
        self.new_code_button = QPushButton(translate("EvidenceArea", "New code…"))
        self.new_code_button.setToolTip(translate("EvidenceArea", "Add a code to the code book "
                                                  "(Ctrl+Shift+N)"))
        self.new_code_button.clicked.connect(lambda: self.new_code())
        self.sub_code_button = QPushButton(translate("EvidenceArea", "Sub-code…"))
        self.sub_code_button.setToolTip(translate("EvidenceArea", "Add a code under the current one"))
        self.sub_code_button.clicked.connect(lambda: self.new_code(sub=True))
        self.code_hint = QLabel(translate(
            "EvidenceArea", "Double-click or drag a code onto selected text to apply it. Drag to "
            "reorder; Shift+drop onto a code merges. F2 renames."))
        self.code_hint.setObjectName("Secondary")
        self.code_hint.setWordWrap(True)
        self.memo_label = QLabel()
        self.memo_label.setObjectName("Secondary")
        self.memo_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_code_button)
        buttons.addWidget(self.sub_code_button)
        panel = QFrame()
        panel.setObjectName("CodeBookPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(10, 16, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(_title(translate("EvidenceArea", "Code book")))
        layout.addLayout(buttons)
        layout.addWidget(self.code_tree, 1)
        layout.addWidget(self.memo_label)
        layout.addWidget(self.code_hint)
        panel.setMinimumWidth(205)
        return panel

    # --- project ----------------------------------------------------------------------

    @property
    def readonly(self) -> bool:
        return self.project is not None and self.project.readonly

    def run_task(self, title: str, fn, *args, **kwargs):
        """``window.run_task``, remembered so the work is stopped before its project closes."""
        worker = self.window_.run_task(title, fn, *args, **kwargs)
        self._workers = [w for w in self._workers if w.is_running] + [worker]
        return worker

    def background_workers(self) -> list:
        return [w for w in self._workers if w.is_running]

    def stop_background_work(self, timeout: float = 30) -> None:
        """Cancel and wait for this area's work: nothing may outlive the project or window."""
        running = self.background_workers()
        for worker in running:
            worker.cancel()
        for worker in running:
            if not worker.wait(timeout):
                log.warning("Background work %r did not stop within %s s", worker.title, timeout)
        self._workers = []

    def set_project(self, project, info) -> None:
        """Called by the project view on open, close and every refresh of the counts."""
        same = project is not None and project is self.project
        if not same:
            self.stop_background_work()  # called before the old project's file is closed
        self.project, self.info = project, info
        if not same:
            self.last_codes = []
            self.reader.show_document(None, {})
            self.doc_title.setText(translate("EvidenceArea", "No document open"))
            self.doc_meta.setText(translate("EvidenceArea", "Choose a document on the left."))
            self.search_page.model.set_records([])
            self.counts_page.forget_project()
            self.themes_page.set_project(project)
            self._fill_scope()
            if project is not None and not project.readonly:
                # Spreadsheet answers arrive unindexed: index them now, not on the first search.
                self.run_task(translate("EvidenceArea", "Preparing evidence search"),
                              background.update_search_index, project,
                              on_failed=lambda message, _details: log.warning(
                                  "Search index not updated: %s", message))
        self.reload_code_book()
        self.reload_documents()
        for page in (self.quotes_page, self.survey_page, self.counts_page):
            page.mark_dirty()
        self._update_state()

    def _fill_scope(self) -> None:
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(translate("EvidenceArea", "All documents"), ALL)
        self.scope.addItem(translate("EvidenceArea", "Transcripts"), TRANSCRIPTS)
        if self.project is not None:
            for column in service.survey_columns(self.project):
                self.scope.addItem(translate("EvidenceArea", "Answers: {question}").format(
                    question=column.label), column.column_id)
        self.scope.blockSignals(False)

    def reload_documents(self) -> None:
        """Re-read the documents list (the open document stays selected)."""
        if self.project is None:
            self.documents_model.set_records([])
            self._filter_documents()
            return
        scope = self.scope.currentData()
        documents = service.list_documents(
            self.project, transcripts_only=scope == TRANSCRIPTS,
            column_id=scope if isinstance(scope, int) else None)
        current = self.reader.document_id
        self.documents_view.selectionModel().blockSignals(True)
        self.documents_model.set_records(documents)
        self.documents_view.selectionModel().blockSignals(False)
        self._select_in_list(current)
        self._filter_documents()

    def _filter_documents(self) -> None:
        self.documents_proxy.setFilterFixedString(self.doc_filter.text())
        shown, total = self.documents_proxy.rowCount(), self.documents_model.rowCount()
        text = translate("EvidenceArea", "{n} documents").format(n=total) if shown == total else \
            translate("EvidenceArea", "{shown} of {n} documents").format(shown=shown, n=total)
        self.documents_count.setText(text)

    def _select_in_list(self, document_id: int | None) -> None:
        row = self.documents_model.row_of(document_id) if document_id is not None else -1
        if row < 0:
            return
        index = self.documents_proxy.mapFromSource(self.documents_model.index(row, 0))
        if index.isValid():
            model = self.documents_view.selectionModel()
            model.blockSignals(True)
            self.documents_view.setCurrentIndex(index)
            model.blockSignals(False)
            self.documents_view.scrollTo(index)

    def reload_code_book(self) -> None:
        self.code_summaries = service.code_book(self.project) if self.project is not None else []
        self.codes = {s.code.id: s.code for s in self.code_summaries}
        self.code_tree.set_code_book(self.code_summaries)
        self.quotes_page.set_codes(self.code_summaries)
        self.last_codes = [c for c in self.last_codes if c in self.codes]

    # --- documents --------------------------------------------------------------------

    def _document_chosen(self, current, _previous) -> None:
        if current.isValid():
            self.open_document(current.data(ID_ROLE))

    def open_document(self, document_id: int, select: tuple[int, int] | None = None) -> bool:
        """Show a document in the reader; select (and scroll to) ``select`` code points."""
        if self.project is None:
            return False
        if self.reader.document_id != document_id:
            try:
                view = service.open_document(self.project, document_id)
            except WorkbenchError as exc:
                self.window_.show_message(ERROR, translate("EvidenceArea", "Could not open the "
                                                           "document"), str(exc))
                return False
            self.reader.show_document(view, self.codes)
            self._show_header()
            self._select_in_list(document_id)
        self.tabs.setCurrentIndex(READER)
        if select is not None:
            self.reader.select_passage(*select)
        self.reader.setFocus()
        self._update_state()
        return True

    def _show_header(self) -> None:
        view = self.reader.view
        if view is None:
            return
        self.doc_title.setText(view.document.title)
        parts = [p for p in (view.customer_label, view.origin) if p]
        parts.append(translate("EvidenceArea", "{n} codings").format(n=len(self.reader.codings)))
        self.doc_meta.setText(" · ".join(parts))

    def _documents_menu(self, point) -> None:
        index = self.documents_view.indexAt(point)
        if not index.isValid() or self.readonly:
            return
        document_id = index.data(ID_ROLE)
        menu = QMenu(self)
        menu.addAction(translate("EvidenceArea", "Link to a customer…"),
                       lambda: self.link_customer(document_id))
        menu.exec(self.documents_view.viewport().mapToGlobal(point))

    def link_customer(self, document_id: int) -> None:
        choice = self._ask_customer()
        if choice is None:
            return
        try:
            service.set_document_customer(self.project, document_id, choice or None)
        except WorkbenchError as exc:
            self.command_failed(exc)
            return
        self.reader.view = None if self.reader.document_id == document_id else self.reader.view
        self.reload_documents()
        self.open_document(document_id)

    def _ask_customer(self) -> int | None:
        """A customer id, 0 for none, None when cancelled (a seam for tests)."""
        from workbench.services.customers import list_customers

        customers = list_customers(self.project, limit=2000)
        labels = [translate("EvidenceArea", "(no customer)")] + [
            f"{c.label} (#{c.id})" for c in customers]
        text, ok = QInputDialog.getItem(self, translate("EvidenceArea", "Link to a customer"),
                                        translate("EvidenceArea", "Customer:"), labels, 0, True)
        if not ok:
            return None
        if text in labels[1:]:
            return customers[labels.index(text) - 1].id
        return 0

    def _ask_import_paths(self, folder: bool) -> list[Path]:
        """Files or a folder to import; empty when cancelled (a seam for tests)."""
        if folder:
            chosen = QFileDialog.getExistingDirectory(self, translate("EvidenceArea", "Import a "
                                                                      "folder of transcripts"))
            return [Path(chosen)] if chosen else []
        files, _ = QFileDialog.getOpenFileNames(
            self, translate("EvidenceArea", "Import transcripts"), "",
            translate("EvidenceArea", "Transcripts (*.txt *.md *.markdown *.docx);;All files (*)"))
        return [Path(f) for f in files]

    def import_documents(self, folder: bool = False, paths: list[Path] | None = None,
                         customer_id: int | None = None, allow_duplicate: bool = False):
        """Import transcripts in the background (asks for files unless ``paths`` are given)."""
        if self.project is None or self.readonly:
            return None
        if paths is None:
            paths = self._ask_import_paths(folder)
            if not paths:
                return None
            if len(paths) == 1 and paths[0].is_file():
                choice = self._ask_customer()
                if choice is None:
                    return None
                customer_id = choice or None
        project = self.project
        worker = None

        def failed(message: str, details: str) -> None:
            if isinstance(worker.exception, DuplicateImportError) and not allow_duplicate:
                answer = self.window_.show_message(
                    QUESTION, translate("EvidenceArea", "Already imported"), message,
                    actions=[(IMPORT_AGAIN, translate("EvidenceArea", "Import a second copy"))])
                if answer == IMPORT_AGAIN:
                    self.import_documents(paths=paths, customer_id=customer_id,
                                          allow_duplicate=True)
                return
            self.window_.show_message(ERROR, translate("EvidenceArea", "Nothing was imported"),
                                      message, details)

        worker = self.run_task(
            translate("EvidenceArea", "Importing documents"), background.import_documents, project,
            list(paths), customer_id, allow_duplicate,
            on_done=lambda count: self._imported(project, count), on_failed=failed)
        return worker

    def _imported(self, project, count: int) -> None:
        if project is not self.project:
            return
        self.window_.statusBar().showMessage(translate("EvidenceArea", "{n} documents imported.").format(
            n=count), 5000)
        self.window_.refresh_info()  # header counts; calls set_project, which reloads the list
        if self.documents_model.rowCount():
            newest = max(d.id for d in self.documents_model.records)
            self.open_document(newest)

    # --- coding -----------------------------------------------------------------------

    def _passage_or_tell(self) -> tuple[int, int, int] | None:
        passage = self.reader.selected_passage()
        if passage is None or self.reader.document_id is None:
            self.window_.statusBar().showMessage(translate(
                "EvidenceArea", "Select a passage in the document first."), 4000)
            return None
        return (self.reader.document_id, *passage)

    def apply_codes(self, code_ids: list[int]) -> bool:
        """Apply codes to the passage selected in the reader (one undoable step)."""
        if self.readonly or not code_ids:
            return False
        passage = self._passage_or_tell()
        if passage is None:
            return False
        return self.apply_codes_to_passages([passage], code_ids)

    def apply_codes_to_passages(self, passages: list[tuple[int, int, int]],
                                code_ids: list[int] | None = None) -> bool:
        if self.project is None or self.readonly or not passages:
            return False
        code_ids = code_ids if code_ids is not None else self.code_tree.code_ids()
        if not code_ids:
            self.window_.statusBar().showMessage(translate(
                "EvidenceArea", "Choose one or more codes in the code book first."), 4000)
            return False
        names = ", ".join(self.codes[c].name for c in code_ids if c in self.codes)
        text = translate("EvidenceArea", "Code with “{codes}”").format(codes=names) if len(
            passages) == 1 else translate("EvidenceArea", "Code {n} answers with “{codes}”").format(
            n=len(passages), codes=names)
        command = ApplyCodesCommand(self, passages, code_ids, text)
        self.window_.undo_stack.push(command)
        if command.failed:
            return False
        self.last_codes = list(code_ids)
        if not command.created:
            self.window_.statusBar().showMessage(translate(
                "EvidenceArea", "Already coded with “{codes}”.").format(codes=names), 4000)
            return False
        self._update_state()
        return True

    def apply_selected_codes(self) -> bool:
        if self.tabs.currentIndex() == SURVEY:
            self.survey_page.apply_codes()
            return True
        return self.apply_codes(self.code_tree.code_ids())

    def apply_last_codes(self) -> bool:
        if not self.last_codes:
            self.window_.statusBar().showMessage(translate(
                "EvidenceArea", "No code used yet: apply a code once, then Ctrl+L repeats it."), 4000)
            return False
        return self.apply_codes(self.last_codes)

    def remove_codings(self, codings: list[Coding]) -> None:
        if not codings or self.readonly:
            return
        names = ", ".join(dict.fromkeys(self.codes[c.code_id].name for c in codings
                                        if c.code_id in self.codes))
        self.window_.undo_stack.push(RemoveCodingsCommand(
            self, codings, translate("EvidenceArea", "Remove coding “{codes}”").format(codes=names)))

    def mark_selection_as_quote(self) -> None:
        if self.readonly:
            return
        passage = self._passage_or_tell()
        if passage is not None:
            self.window_.undo_stack.push(MarkQuoteCommand(self, passage=passage))

    def mark_quote_of_passage(self, document_id: int, start: int, end: int,
                              coding_id: int | None) -> None:
        if self.readonly:
            return
        if coding_id is not None:
            coding = Coding(coding_id, document_id, 0, start, end)
            self.window_.undo_stack.push(MarkQuoteCommand(self, coding=coding))
        else:
            self.window_.undo_stack.push(MarkQuoteCommand(self, passage=(document_id, start, end)))

    def unmark_quote(self, quote_id: int, document_id: int) -> None:
        if not self.readonly:
            self.window_.undo_stack.push(UnmarkQuoteCommand(self, quote_id, document_id))

    def _reader_menu(self, point) -> None:
        if self.reader.view is None:
            return
        menu = self.reader_menu(self.reader.position_at(point))
        menu.exec(self.reader.viewport().mapToGlobal(point))

    def reader_menu(self, offset: int) -> QMenu:
        """The reader's context menu at a position (code points)."""
        menu = QMenu(self)
        writable = not self.readonly
        has_selection = self.reader.selected_passage() is not None
        selected = self.code_tree.code_ids()
        if selected:
            names = ", ".join(self.codes[c].name for c in selected)
            action = menu.addAction(translate("EvidenceArea", "Apply “{codes}”").format(codes=names),
                                    lambda: self.apply_codes(selected))
            action.setShortcut(QKeySequence("Ctrl+Return"))
            action.setEnabled(writable and has_selection)
        apply_menu = menu.addMenu(translate("EvidenceArea", "Apply code"))
        apply_menu.setEnabled(writable and has_selection and bool(self.codes))
        for summary in self.code_summaries:
            code = summary.code
            apply_menu.addAction(swatch(code.colour), "    " * summary.depth + code.name,
                                 lambda c=code.id: self.apply_codes([c]))
        if self.last_codes:
            names = ", ".join(self.codes[c].name for c in self.last_codes)
            action = menu.addAction(translate("EvidenceArea", "Code with last: “{codes}”").format(
                codes=names), self.apply_last_codes)
            action.setShortcut(QKeySequence("Ctrl+L"))
            action.setEnabled(writable and has_selection)
        action = menu.addAction(translate("EvidenceArea", "Mark selection as quote"),
                                self.mark_selection_as_quote)
        action.setEnabled(writable and has_selection)
        here = self.reader.codings_at(offset)
        quotes = {(q.start, q.end): q for q in self.reader.quotes_at(offset)}
        if here or quotes:
            menu.addSeparator()
        for coding in here:
            name = self.codes[coding.code_id].name
            quote = quotes.pop((coding.start, coding.end), None)
            if quote is None:
                action = menu.addAction(translate("EvidenceArea", "Mark “{code}” passage as quote")
                                        .format(code=name),
                                        lambda c=coding: self.window_.undo_stack.push(
                                            MarkQuoteCommand(self, coding=c)))
            else:
                action = menu.addAction(translate("EvidenceArea", "Unmark “{code}” quote").format(
                    code=name), lambda q=quote: self.unmark_quote(q.id, q.document_id))
            action.setEnabled(writable)
            action = menu.addAction(swatch(self.codes[coding.code_id].colour),
                                    translate("EvidenceArea", "Remove coding “{code}”").format(code=name),
                                    lambda c=coding: self.remove_codings([c]))
            action.setEnabled(writable)
        for quote in quotes.values():
            action = menu.addAction(translate("EvidenceArea", "Unmark quote"),
                                    lambda q=quote: self.unmark_quote(q.id, q.document_id))
            action.setEnabled(writable)
        menu.addSeparator()
        action = menu.addAction(translate("EvidenceArea", "Copy"), self.reader.copy)
        action.setEnabled(has_selection)
        return menu

    def _show_codes_here(self, names: str) -> None:
        self.codes_here.setText(translate("EvidenceArea", "Codes here: {codes}").format(codes=names)
                                if names else translate(
            "EvidenceArea", "Select text and press Ctrl+Return to code it with the selected codes; "
            "right-click a highlight to remove it."))

    # --- code book --------------------------------------------------------------------

    def _ask_text(self, title: str, label: str, current: str = "") -> str | None:
        """A line of text, or None when cancelled (a seam for tests)."""
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, current)
        return text.strip() if ok and text.strip() else None

    def _ask_memo(self, current: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, translate("EvidenceArea", "Code memo"),
                                                 translate("EvidenceArea", "What this code means and "
                                                           "when to use it:"), current)
        return text if ok else None

    def _ask_colour(self, current: str) -> str | None:
        colour = QColorDialog.getColor(QColor(current), self, translate("EvidenceArea", "Code colour"))
        return colour.name().upper() if colour.isValid() else None

    def _ask_merge_target(self, code_id: int) -> int | None:
        choices = [s for s in self.code_summaries if s.code.id != code_id]
        if not choices:
            return None
        labels = ["    " * s.depth + s.code.name for s in choices]
        text, ok = QInputDialog.getItem(self, translate("EvidenceArea", "Merge code"), translate(
            "EvidenceArea", "Merge “{name}” into:").format(name=self.codes[code_id].name), labels, 0,
            False)
        return choices[labels.index(text)].code.id if ok and text in labels else None

    def _push(self, command) -> bool:
        self.window_.undo_stack.push(command)
        return not command.failed

    def new_code(self, sub: bool = False, name: str | None = None) -> bool:
        if self.project is None or self.readonly:
            return False
        parent_id = self.code_tree.current_code_id() if sub else None
        if sub and parent_id is None:
            return False
        if name is None:
            label = translate("EvidenceArea", "Name of the new code:") if parent_id is None else \
                translate("EvidenceArea", "Name of the new code under “{parent}”:").format(
                    parent=self.codes[parent_id].name)
            name = self._ask_text(translate("EvidenceArea", "New code"), label)
        if not name:
            return False
        command = CreateCodeCommand(self, name, parent_id)
        if not self._push(command):
            return False
        self.code_tree.clearSelection()
        self.code_tree.select_code(command.code.id)
        return True

    def rename_code(self, code_id: int, name: str | None = None) -> None:
        code = self.codes.get(code_id)
        if code is None or self.readonly:
            return
        if name is None:
            name = self._ask_text(translate("EvidenceArea", "Rename code"),
                                  translate("EvidenceArea", "New name:"), code.name)
        if not name or name == code.name:
            self.reload_code_book()
            return
        self._push(SetCodeValueCommand(self, code_id, "name", name, translate(
            "EvidenceArea", "Rename code “{name}”").format(name=code.name)))

    def recolour_code(self, code_id: int, colour: str | None = None) -> None:
        code = self.codes.get(code_id)
        if code is None or self.readonly:
            return
        colour = colour or self._ask_colour(code.colour)
        if colour and colour.upper() != code.colour.upper():
            command = SetCodeValueCommand(self, code_id, "colour", colour, translate(
                "EvidenceArea", "Recolour code “{name}”").format(name=code.name))
            command.documents = None
            self._push(command)

    def edit_memo(self, code_id: int, memo: str | None = None) -> None:
        code = self.codes.get(code_id)
        if code is None or self.readonly:
            return
        memo = memo if memo is not None else self._ask_memo(code.memo)
        if memo is not None and memo != code.memo:
            self._push(SetCodeValueCommand(self, code_id, "memo", memo, translate(
                "EvidenceArea", "Edit memo of “{name}”").format(name=code.name)))

    def move_code(self, code_id: int, parent_id: int | None, position: int) -> None:
        code = self.codes.get(code_id)
        if code is None or self.readonly:
            return
        self._push(MoveCodeCommand(self, code_id, parent_id, position, translate(
            "EvidenceArea", "Move code “{name}”").format(name=code.name)))

    def merge_codes(self, code_id: int, into_id: int | None = None) -> None:
        code = self.codes.get(code_id)
        if code is None or self.readonly:
            return
        into_id = into_id if into_id is not None else self._ask_merge_target(code_id)
        if into_id is None or into_id not in self.codes:
            return
        self._push(MergeCodesCommand(self, code_id, into_id, translate(
            "EvidenceArea", "Merge “{name}” into “{into}”").format(name=code.name,
                                                                 into=self.codes[into_id].name)))

    def delete_code(self, code_id: int | None = None) -> bool:
        """Delete a code after saying how many codings go with it."""
        code_id = code_id if code_id is not None else self.code_tree.current_code_id()
        code = self.codes.get(code_id)
        if code is None or self.readonly:
            return False
        try:
            impact = service.deletion_impact(self.project, code_id)
        except WorkbenchError as exc:
            self.command_failed(exc)
            return False
        text = translate("EvidenceArea", "Delete the code “{name}” and its {codings} codings").format(
            name=code.name, codings=impact.codings)
        if impact.codes > 1:
            text += translate("EvidenceArea", ", with {n} sub-codes").format(n=impact.codes - 1)
        if impact.quotes:
            text += translate("EvidenceArea", " ({n} of them marked as quotes)").format(n=impact.quotes)
        text += translate("EvidenceArea", "? Other codings are not touched. You can undo this "
                          "with Ctrl+Z.")
        actions = [(DELETE, translate("EvidenceArea", "Delete"))]
        if impact.children:
            actions.append((DELETE_KEEP, translate("EvidenceArea", "Delete, keep sub-codes")))
        choice = self.window_.show_message(QUESTION, translate("EvidenceArea", "Delete code"), text,
                                           actions=actions)
        if choice not in (DELETE, DELETE_KEEP):
            return False
        return self._push(DeleteCodeCommand(self, code_id, choice == DELETE_KEEP, translate(
            "EvidenceArea", "Delete code “{name}”").format(name=code.name)))

    def _code_double_clicked(self, item) -> None:
        code_id = self.code_tree.current_code_id() if item is None else item.data(0, ID_ROLE)
        if code_id is None:
            return
        if self.tabs.currentIndex() == READER and self.reader.selected_passage() is not None:
            self.apply_codes([code_id])
        else:
            self.quotes_page.show_code(code_id)
            self.tabs.setCurrentIndex(QUOTES)

    def _code_menu(self, point) -> None:
        item = self.code_tree.itemAt(point)
        code_id = item.data(0, ID_ROLE) if item is not None else None
        self.code_menu(code_id).exec(self.code_tree.viewport().mapToGlobal(point))

    def code_menu(self, code_id: int | None) -> QMenu:
        menu = QMenu(self)
        writable = self.project is not None and not self.readonly
        menu.addAction(translate("EvidenceArea", "New code…"), lambda: self.new_code()).setEnabled(
            writable)
        if code_id is not None:
            self.code_tree.select_code(code_id)
            has_selection = self.reader.selected_passage() is not None
            for text, slot, enabled in (
                    (translate("EvidenceArea", "Apply to selected text"),
                     lambda: self.apply_codes([code_id]), writable and has_selection),
                    (translate("EvidenceArea", "New sub-code…"), lambda: self.new_code(sub=True),
                     writable),
                    (None, None, None),
                    (translate("EvidenceArea", "Rename…"), lambda: self.rename_code(code_id), writable),
                    (translate("EvidenceArea", "Colour…"), lambda: self.recolour_code(code_id),
                     writable),
                    (translate("EvidenceArea", "Memo…"), lambda: self.edit_memo(code_id), writable),
                    (translate("EvidenceArea", "Move to top level"),
                     lambda: self.move_code(code_id, None, 10 ** 6),
                     writable and self.codes[code_id].parent_id is not None),
                    (translate("EvidenceArea", "Merge into…"), lambda: self.merge_codes(code_id),
                     writable and len(self.codes) > 1),
                    (None, None, None),
                    (translate("EvidenceArea", "Show coded passages"),
                     lambda: self._code_double_clicked(None), True),
                    (translate("EvidenceArea", "Delete…"), lambda: self.delete_code(code_id),
                     writable)):
                if text is None:
                    menu.addSeparator()
                else:
                    menu.addAction(text, slot).setEnabled(enabled)
        return menu

    # --- themes -----------------------------------------------------------------------

    def accept_theme(self, suggestion) -> bool:
        if self.readonly:
            return False
        name = self._ask_text(translate("EvidenceArea", "Make a code"),
                              translate("EvidenceArea", "Name of the code:"), suggestion.label)
        if not name:
            return False
        return self._push(AcceptThemeCommand(self, suggestion, name))

    def reject_theme(self, suggestion) -> bool:
        return not self.readonly and self._push(RejectThemeCommand(self, suggestion))

    # --- after a change ---------------------------------------------------------------

    def evidence_changed(self, documents: set[int] | None, codes_changed: bool) -> None:
        """Show a change: only the documents it touched are read again (None: any)."""
        if self.project is None:
            return
        if codes_changed:
            self.reload_code_book()
        current = self.reader.document_id
        if current is not None and (documents is None or current in documents or codes_changed):
            try:
                view = service.open_document(self.project, current)
            except WorkbenchError:
                view = None
            if view is None:
                self.reader.show_document(None, self.codes)
            else:
                self.reader.set_codings(view.codings, view.quotes, self.codes)
            self._show_header()
        if documents is None:
            self.reload_documents()
        else:
            for document_id in documents:
                self.documents_model.set_codings(
                    document_id, len(service.codings_for_document(self.project, document_id)))
        self.quotes_page.mark_dirty()
        self.counts_page.mark_dirty()
        self.survey_page.codings_changed(documents)
        self._update_state()

    def command_failed(self, exc: Exception) -> None:
        if not isinstance(exc, WorkbenchError):
            log.exception("Evidence change failed", exc_info=exc)
        from workbench.ui.dialogs import exception_details

        self.window_.show_message(ERROR, translate("EvidenceArea", "The change was not made"),
                                  str(exc), "" if isinstance(exc, WorkbenchError)
                                  else exception_details(exc))
        self.reload_code_book()  # e.g. an in-place rename the project refused

    # --- window hooks -----------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: the search page, its field focused and selected."""
        self.tabs.setCurrentIndex(SEARCH)
        self.search_page.field.setFocus()
        self.search_page.field.selectAll()

    def _update_state(self) -> None:
        has_project = self.project is not None
        writable = has_project and not self.readonly
        has_selection = self.reader.selected_passage() is not None
        self.import_button.setEnabled(writable)
        self.apply_button.setEnabled(writable and has_selection and bool(self.code_tree.code_ids()))
        self.last_button.setEnabled(writable and has_selection and bool(self.last_codes))
        self.quote_button.setEnabled(writable and has_selection)
        self.new_code_button.setEnabled(writable)
        self.sub_code_button.setEnabled(writable and self.code_tree.current_code_id() is not None)
        self.code_tree.setDragEnabled(writable)
        current = self.code_tree.current_code_id()
        code = self.codes.get(current)
        self.memo_label.setText(code.memo if code is not None else "")
        self.memo_label.setVisible(bool(code is not None and code.memo))
        if self.last_codes:
            names = ", ".join(self.codes[c].name for c in self.last_codes if c in self.codes)
            self.last_button.setToolTip(translate("EvidenceArea", "Apply “{codes}” again (Ctrl+L)")
                                        .format(codes=names))
        if not self.codes:
            self.code_hint.setText(translate("EvidenceArea", "No codes yet. Create the first code, "
                                             "then select text and apply it."))
        else:
            self.code_hint.setText(translate(
                "EvidenceArea", "Double-click or drag a code onto selected text to apply it. Drag to "
                "reorder; Shift+drop onto a code merges. F2 renames."))
        if self.reader.view is not None and not self.reader.textCursor().hasSelection():
            self._show_codes_here(self.reader._codes_label(
                self.reader.from_qt(self.reader.textCursor().position())))

    # --- look -------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        self._initial_sizes()

    def _initial_sizes(self) -> None:
        if not self._sized and self.splitter.width() > 800:
            # Fixed side panels, the reader takes the rest (proportions would squeeze the lists).
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([270, width - 270 - 260, 260])

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if self.isVisible():
            self._initial_sizes()

    def _refresh_style(self) -> None:
        self._style_key = palette_key(self)
        self.setStyleSheet(evidence_style(self.palette()))
        if self.reader.view is not None:
            self.reader.set_codings(self.reader.codings, self.reader.quotes)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if theme_changed(self, event, self._style_key):
            QTimer.singleShot(0, self, self._refresh_style)
        super().changeEvent(event)
