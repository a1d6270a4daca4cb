"""The Evidence area: documents on the left, the reader and the evidence pages in the middle,
the code book on the right.

What a researcher does here (as in QualCoder, NVivo, MAXQDA, Taguette): import
transcripts, read a document, select a passage and apply codes (button,
Ctrl+Return, context menu, dragging a code onto the text, double-clicking a
code, or Ctrl+L for the last code used), keep a code book, collect quotes,
search everything, code survey answers in a grid, count codes by attribute or
persona and turn suggested themes into codes. Every change is one service call
pushed as an undoable command; after it only what changed is read again.

The area is the coordinator: it builds the panels (``side_panels``,
``reader_page``) and the pages, wires their signals, follows the project, and
shows changes. The actions live beside it as plain functions over the area:
``document_actions`` (import, link to a customer), ``codebook_actions`` (the
code book and themes), ``coding_actions`` (codes and quotes on passages) and
``speaker_actions`` (speakers' roles, coding whole turns, linking transcripts to
customers from a mapping file).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QSplitter, QTabWidget, QWidget

from workbench.domain.evidence import Code, Coding
from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.services import evidence as service
from workbench.ui.dialogs import ERROR
from workbench.ui.evidence import (
    background,
    codebook_actions,
    coding_actions,
    document_actions,
    speaker_actions,
)
from workbench.ui.evidence.codebook_actions import DELETE, DELETE_KEEP
from workbench.ui.evidence.document_actions import IMPORT_AGAIN
from workbench.ui.evidence.insight_pages import CountsPage, ThemesPage
from workbench.ui.evidence.look import evidence_style
from workbench.ui.evidence.models import ID_ROLE
from workbench.ui.evidence.panels import QuotesPage, SearchPage, SurveyPage
from workbench.ui.evidence.reader_page import ReaderPage
from workbench.ui.evidence.side_panels import ALL, TRANSCRIPTS, CodeBookPanel, DocumentsPanel
from workbench.ui.style import palette_key, theme_changed
from workbench.ui.worker import stop_workers

__all__ = ["ALL", "COUNTS", "DELETE", "DELETE_KEEP", "IMPORT_AGAIN", "QUOTES", "READER", "SEARCH", "SURVEY",
           "THEMES", "TRANSCRIPTS", "EvidenceArea"]

log = logging.getLogger("workbench.ui.evidence")

READER, QUOTES, SEARCH, SURVEY, COUNTS, THEMES = range(6)


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
        self.update_state()
        window.project_closed.connect(self.stop_background_work)

    def _shortcut(self, keys: str, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # --- building: the panels, wired to the actions -----------------------------------

    def _build_documents(self) -> QWidget:
        panel = DocumentsPanel()
        self.documents_panel = panel
        self.import_button, self.scope, self.doc_filter = panel.import_button, panel.scope, panel.doc_filter
        self.documents_model, self.documents_proxy = panel.model, panel.proxy
        self.documents_view, self.documents_count = panel.view, panel.count_label
        panel.import_requested.connect(lambda folder: self.import_documents(folder=folder))
        panel.link_requested.connect(lambda: self.link_transcripts())
        panel.speakers_requested.connect(self.show_speakers)
        self.speakers_button = panel.speakers_button
        self.scope.currentIndexChanged.connect(lambda _i: self.reload_documents())
        self.documents_view.customContextMenuRequested.connect(self._documents_menu)
        self.documents_view.selectionModel().currentRowChanged.connect(self._document_chosen)
        return panel

    def _build_reader(self) -> QWidget:
        page = ReaderPage()
        self.reader_page = page
        self.reader, self.doc_title, self.doc_meta = page.reader, page.doc_title, page.doc_meta
        self.apply_button, self.last_button = page.apply_button, page.last_button
        self.quote_button, self.codes_here = page.quote_button, page.codes_here
        self.reader.codes_dropped.connect(lambda ids: self.apply_codes(ids))
        self.reader.customContextMenuRequested.connect(self._reader_menu)
        self.reader.selectionChanged.connect(self.update_state)
        self.reader.codes_here_changed.connect(page.show_codes_here)
        page.speakers_requested.connect(self.show_speakers)
        self.apply_button.clicked.connect(self.apply_selected_codes)
        self.last_button.clicked.connect(self.apply_last_codes)
        self.quote_button.clicked.connect(self.mark_selection_as_quote)
        return page

    def _build_code_book(self) -> QWidget:
        panel = CodeBookPanel()
        self.code_book_panel = panel
        self.code_tree, self.memo_label, self.code_hint = panel.code_tree, panel.memo_label, panel.code_hint
        self.new_code_button, self.sub_code_button = panel.new_code_button, panel.sub_code_button
        self.code_tree.rename_requested.connect(self.rename_code)
        self.code_tree.move_requested.connect(self.move_code)
        self.code_tree.merge_requested.connect(self.merge_codes)
        self.code_tree.itemDoubleClicked.connect(lambda item, _c: self.code_activated(item))
        self.code_tree.itemSelectionChanged.connect(self.update_state)
        self.code_tree.customContextMenuRequested.connect(self._code_menu)
        panel.delete_action.triggered.connect(lambda: self.delete_code())
        self.new_code_button.clicked.connect(lambda: self.new_code())
        self.sub_code_button.clicked.connect(lambda: self.new_code(sub=True))
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
        stop_workers(self.background_workers(), timeout)
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
            self.reader_page.show_no_document()
            self.search_page.model.set_records([])
            self.counts_page.forget_project()
            self.themes_page.set_project(project)
            self.documents_panel.fill_scope(service.survey_columns(project) if project is not None else [])
            if project is not None and not project.readonly:
                # Spreadsheet answers arrive unindexed, documents of an older version without
                # speakers: find their speakers and index them now, not on the first search.
                self.run_task(translate("EvidenceArea", "Preparing evidence search"),
                              background.prepare_evidence, project,
                              on_done=lambda detected: self._prepared(project, detected),
                              on_failed=lambda message, _details: log.warning(
                                  "Search index not updated: %s", message))
        self.reload_code_book()
        self.reload_documents()
        for page in (self.quotes_page, self.survey_page, self.counts_page):
            page.mark_dirty()
        self.update_state()

    def _prepared(self, project, detected: int) -> None:
        if detected and project is self.project:
            self.speakers_changed()

    def reload_documents(self) -> None:
        """Re-read the documents list (the open document stays selected)."""
        documents = [] if self.project is None else service.list_documents(
            self.project, **self.documents_panel.scope_filter())
        self.documents_panel.set_documents(documents, self.reader.document_id)

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
            self.reader_page.show_header()
            speaker_actions.show_turns(self)
            self.documents_panel.select(document_id)
        self.tabs.setCurrentIndex(READER)
        if select is not None:
            self.reader.select_passage(*select)
        self.reader.setFocus()
        self.update_state()
        return True

    def _documents_menu(self, point) -> None:
        index = self.documents_view.indexAt(point)
        if not index.isValid() or self.readonly:
            return
        document_actions.documents_menu(self, index.data(ID_ROLE)).exec(
            self.documents_view.viewport().mapToGlobal(point))

    def link_customer(self, document_id: int) -> None:
        document_actions.link_customer(self, document_id)

    def import_documents(self, folder: bool = False, paths: list[Path] | None = None,
                         customer_id: int | None = None, allow_duplicate: bool = False):
        """Import transcripts in the background (asks for files unless ``paths`` are given)."""
        return document_actions.import_documents(self, folder, paths, customer_id, allow_duplicate)

    # --- coding -----------------------------------------------------------------------

    def apply_codes(self, code_ids: list[int]) -> bool:
        """Apply codes to the passage selected in the reader (one undoable step)."""
        return coding_actions.apply_codes(self, code_ids)

    def apply_codes_to_passages(self, passages: list[tuple[int, int, int]],
                                code_ids: list[int] | None = None) -> bool:
        return coding_actions.apply_codes_to_passages(self, passages, code_ids)

    def apply_selected_codes(self) -> bool:
        """Ctrl+Return: code the survey grid's selection on the Survey page, else the reader's."""
        if self.tabs.currentIndex() == SURVEY:
            self.survey_page.apply_codes()
            return True
        return self.apply_codes(self.code_tree.code_ids())

    def apply_last_codes(self) -> bool:
        return coding_actions.apply_last_codes(self)

    def remove_codings(self, codings: list[Coding]) -> None:
        coding_actions.remove_codings(self, codings)

    def mark_selection_as_quote(self) -> None:
        coding_actions.mark_selection_as_quote(self)

    def mark_quote_of_passage(self, document_id: int, start: int, end: int,
                              coding_id: int | None) -> None:
        coding_actions.mark_quote_of_passage(self, document_id, start, end, coding_id)

    def unmark_quote(self, quote_id: int, document_id: int) -> None:
        coding_actions.unmark_quote(self, quote_id, document_id)

    def _reader_menu(self, point) -> None:
        if self.reader.view is None:
            return
        menu = self.reader_menu(self.reader.position_at(point))
        menu.exec(self.reader.viewport().mapToGlobal(point))

    def reader_menu(self, offset: int) -> QMenu:
        """The reader's context menu at a position (code points)."""
        return coding_actions.reader_menu(self, offset)

    # --- speakers ---------------------------------------------------------------------

    def show_speakers(self) -> bool:
        """The Speakers dialog: every speaker's role for the whole project (undoable on OK)."""
        return speaker_actions.show_speakers(self)

    def apply_speaker_roles(self, changes) -> bool:
        return speaker_actions.apply_speaker_roles(self, changes)

    def code_turn(self, turn, code_ids: list[int] | None = None) -> bool:
        """Code the words of one turn (asks for the codes unless given)."""
        return speaker_actions.code_turn(self, turn, code_ids)

    def code_speaker(self, speaker, code_ids: list[int] | None = None) -> bool:
        """Code every turn of a speaker in every document (asks for the codes unless given)."""
        return speaker_actions.code_speaker(self, speaker, code_ids)

    def link_transcripts(self, path: Path | None = None) -> bool:
        """Link transcripts to customers from a mapping file (asks for it unless given)."""
        return speaker_actions.link_transcripts(self, path)

    def speakers_changed(self) -> None:
        speaker_actions.speakers_changed(self)

    def customers_changed(self) -> None:
        speaker_actions.customers_changed(self)

    # --- code book and themes ---------------------------------------------------------

    def push_command(self, command) -> bool:
        """Push an undoable command; False when it failed (and was told)."""
        self.window_.undo_stack.push(command)
        return not command.failed

    def new_code(self, sub: bool = False, name: str | None = None) -> bool:
        return codebook_actions.new_code(self, sub, name)

    def rename_code(self, code_id: int, name: str | None = None) -> None:
        codebook_actions.rename_code(self, code_id, name)

    def recolour_code(self, code_id: int, colour: str | None = None) -> None:
        codebook_actions.recolour_code(self, code_id, colour)

    def edit_memo(self, code_id: int, memo: str | None = None) -> None:
        codebook_actions.edit_memo(self, code_id, memo)

    def move_code(self, code_id: int, parent_id: int | None, position: int) -> None:
        codebook_actions.move_code(self, code_id, parent_id, position)

    def merge_codes(self, code_id: int, into_id: int | None = None) -> None:
        codebook_actions.merge_codes(self, code_id, into_id)

    def delete_code(self, code_id: int | None = None) -> bool:
        """Delete a code after saying how many codings go with it."""
        return codebook_actions.delete_code(self, code_id)

    def accept_theme(self, suggestion) -> bool:
        return codebook_actions.accept_theme(self, suggestion)

    def reject_theme(self, suggestion) -> bool:
        return codebook_actions.reject_theme(self, suggestion)

    def code_activated(self, item=None) -> None:
        """A code double-clicked (None: the current one): apply it to the selected text, else show
        its passages."""
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
        return codebook_actions.code_menu(self, code_id)

    # --- dialog seams (tests replace these) -------------------------------------------

    def _ask_text(self, title: str, label: str, current: str = "") -> str | None:
        """A line of text, or None when cancelled."""
        return codebook_actions.ask_text(self, title, label, current)

    def _ask_memo(self, current: str) -> str | None:
        return codebook_actions.ask_memo(self, current)

    def _ask_colour(self, current: str) -> str | None:
        return codebook_actions.ask_colour(self, current)

    def _ask_merge_target(self, code_id: int) -> int | None:
        return codebook_actions.ask_merge_target(self, code_id)

    def _ask_customer(self) -> int | None:
        """A customer id, 0 for none, None when cancelled."""
        return document_actions.ask_customer(self, self.project)

    def _ask_import_paths(self, folder: bool) -> list[Path]:
        """Files or a folder to import; empty when cancelled."""
        return document_actions.ask_import_paths(self, folder)

    def _ask_codes(self, title: str, prompt: str) -> list[int] | None:
        """Codes to apply to whole turns, or None when cancelled."""
        return speaker_actions.ask_codes(self, title, prompt)

    def _ask_mapping_path(self) -> Path | None:
        """A mapping file (file name -> customer key), or None when cancelled."""
        return speaker_actions.ask_mapping_path(self)

    def _run_speakers_dialog(self, dialog) -> bool:
        """Show the Speakers dialog; True when OK was pressed."""
        return dialog.exec() == dialog.DialogCode.Accepted

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
                self.reader_page.show_speakers([])
            else:
                self.reader.set_codings(view.codings, view.quotes, self.codes)
            self.reader_page.show_header()
        if documents is None:
            self.reload_documents()
        else:
            for document_id in documents:
                self.documents_model.set_codings(
                    document_id, len(service.codings_for_document(self.project, document_id)))
        self.quotes_page.mark_dirty()
        self.counts_page.mark_dirty()
        self.survey_page.codings_changed(documents)
        self.update_state()

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

    def update_state(self) -> None:
        """Enable what can be done now; show the current code's memo and the codes at the cursor."""
        has_project = self.project is not None
        writable = has_project and not self.readonly
        has_selection = self.reader.selected_passage() is not None
        self.import_button.setEnabled(writable)
        self.speakers_button.setEnabled(has_project)
        self.apply_button.setEnabled(writable and has_selection and bool(self.code_tree.code_ids()))
        self.last_button.setEnabled(writable and has_selection and bool(self.last_codes))
        self.quote_button.setEnabled(writable and has_selection)
        self.new_code_button.setEnabled(writable)
        self.sub_code_button.setEnabled(writable and self.code_tree.current_code_id() is not None)
        self.code_tree.setDragEnabled(writable)
        self.code_book_panel.show_memo(self.codes.get(self.code_tree.current_code_id()))
        if self.last_codes:
            names = ", ".join(self.codes[c].name for c in self.last_codes if c in self.codes)
            self.last_button.setToolTip(translate("EvidenceArea", "Apply “{codes}” again (Ctrl+L)")
                                        .format(codes=names))
        self.code_book_panel.show_hint(bool(self.codes))
        if self.reader.view is not None and not self.reader.textCursor().hasSelection():
            self.reader_page.show_codes_here(self.reader._codes_label(
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
            if self.reader.turns:  # role colours for the new ground
                self.reader.show_turns(self.reader.turns)
                self.reader_page.show_speakers(self.reader.turns)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if theme_changed(self, event, self._style_key):
            QTimer.singleShot(0, self, self._refresh_style)
        super().changeEvent(event)
