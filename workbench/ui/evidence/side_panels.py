"""The Evidence area's two side panels: the documents list on the left, the code book on the right.

Layout and what the panels show only: the area connects their widgets to its
actions and tells them what to show; they never read the project themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.evidence import Code
from workbench.i18n import translate
from workbench.ui.evidence.codebook import CodeBookTree
from workbench.ui.evidence.models import DocumentListModel, document_delegate
from workbench.ui.numbers import count_text
from workbench.ui.style import scale_font

#: The documents-list scopes besides one survey question (whose column id is the scope).
ALL, TRANSCRIPTS = "all", "transcripts"


def panel_title(text: str) -> QLabel:
    """A side panel's title."""
    label = QLabel(text)
    label.setObjectName("PanelTitle")
    scale_font(label, 1.2, QFont.Weight.DemiBold)
    return label


class DocumentsPanel(QFrame):
    """The import and Speakers buttons, the scope and filter, and the list of documents with their
    codings."""

    #: The import button or its menu was used; True to import a whole folder.
    import_requested = Signal(bool)
    #: "Link transcripts to customers from a file…" was chosen.
    link_requested = Signal()
    #: The Speakers button was clicked.
    speakers_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentsPanel")
        self.import_button = QToolButton()
        self.import_button.setText(translate("EvidenceArea", "Import documents…"))
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.import_button.setToolTip(translate("EvidenceArea", "Import interview transcripts (TXT, "
                                                "Markdown, Word .docx): files or a whole folder"))
        menu = QMenu(self.import_button)
        menu.addAction(translate("EvidenceArea", "Files…"), lambda: self.import_requested.emit(False))
        menu.addAction(translate("EvidenceArea", "A whole folder…"), lambda: self.import_requested.emit(True))
        menu.addSeparator()
        self.link_action = menu.addAction(
            translate("EvidenceArea", "Link transcripts to customers from a file…"),
            self.link_requested.emit)
        self.link_action.setToolTip(translate(
            "EvidenceArea", "A CSV or Excel file with a transcript's file name and a customer key "
            "on each row"))
        menu.setToolTipsVisible(True)
        self.import_button.setMenu(menu)
        self.speakers_button = QPushButton(translate("EvidenceArea", "Speakers…"))
        self.speakers_button.setObjectName("SpeakersButton")
        self.speakers_button.setToolTip(translate(
            "EvidenceArea", "Who speaks in the transcripts: check and correct each speaker's role "
            "(interviewer or respondent) for the whole project"))
        self.speakers_button.clicked.connect(self.speakers_requested.emit)
        for button in (self.import_button, self.speakers_button):  # one column of equal buttons
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.import_button.clicked.connect(lambda: self.import_requested.emit(False))
        self.scope = QComboBox()
        self.scope.setAccessibleName(translate("EvidenceArea", "Documents shown"))
        self.doc_filter = QLineEdit()
        self.doc_filter.setPlaceholderText(translate("EvidenceArea", "Filter by title, customer, "
                                                     "source…"))
        self.doc_filter.setClearButtonEnabled(True)
        self.model = DocumentListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.doc_filter.textChanged.connect(self.filter_documents)
        self.view = self._build_view()
        self.count_label = QLabel()
        self.count_label.setObjectName("Secondary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 16, 10, 12)
        layout.setSpacing(8)
        layout.addWidget(panel_title(translate("EvidenceArea", "Documents")))
        layout.addWidget(self.import_button)
        layout.addWidget(self.speakers_button)
        layout.addWidget(self.scope)
        layout.addWidget(self.doc_filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.setMinimumWidth(215)

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("DocumentList")
        view.setModel(self.proxy)
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
        return view

    def fill_scope(self, survey_columns) -> None:
        """All documents, transcripts, then the answers to each survey question."""
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(translate("EvidenceArea", "All documents"), ALL)
        self.scope.addItem(translate("EvidenceArea", "Transcripts"), TRANSCRIPTS)
        for column in survey_columns:
            self.scope.addItem(translate("EvidenceArea", "Answers: {question}").format(
                question=column.label), column.column_id)
        self.scope.blockSignals(False)

    def scope_filter(self) -> dict:
        """The chosen scope as keyword arguments of ``service.list_documents``."""
        scope = self.scope.currentData()
        return {"transcripts_only": scope == TRANSCRIPTS, "column_id": scope if isinstance(scope, int) else None}

    def set_documents(self, documents: list, current: int | None) -> None:
        """Show these documents; ``current`` stays selected without announcing a new choice."""
        self.view.selectionModel().blockSignals(True)
        self.model.set_records(documents)
        self.view.selectionModel().blockSignals(False)
        self.select(current)
        self.filter_documents()

    def filter_documents(self) -> None:
        self.proxy.setFilterFixedString(self.doc_filter.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = translate("EvidenceArea", "{n} documents").format(n=count_text(total)) if shown == total else \
            translate("EvidenceArea", "{shown} of {n} documents").format(shown=count_text(shown), n=count_text(total))
        self.count_label.setText(text)

    def select(self, document_id: int | None) -> None:
        """Select and scroll to a document (quietly: no ``currentRowChanged``)."""
        row = self.model.row_of(document_id) if document_id is not None else -1
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            model = self.view.selectionModel()
            model.blockSignals(True)
            self.view.setCurrentIndex(index)
            model.blockSignals(False)
            self.view.scrollTo(index)


class CodeBookPanel(QFrame):
    """The code tree with its new-code buttons, the current code's memo and a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CodeBookPanel")
        self.code_tree = CodeBookTree()
        self.code_tree.setExpandsOnDoubleClick(False)
        self.code_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        #: The Delete key on the code tree.
        self.delete_action = QAction(self.code_tree)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.code_tree.addAction(self.delete_action)
        self.new_code_button = QPushButton(translate("EvidenceArea", "New code…"))
        self.new_code_button.setToolTip(translate("EvidenceArea", "Add a code to the code book "
                                                  "(Ctrl+Shift+N)"))
        self.sub_code_button = QPushButton(translate("EvidenceArea", "Sub-code…"))
        self.sub_code_button.setToolTip(translate("EvidenceArea", "Add a code under the current one"))
        self.code_hint = QLabel()
        self.code_hint.setObjectName("Secondary")
        self.code_hint.setWordWrap(True)
        self.show_hint(has_codes=True)
        self.memo_label = QLabel()
        self.memo_label.setObjectName("Secondary")
        self.memo_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_code_button)
        buttons.addWidget(self.sub_code_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 16, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(panel_title(translate("EvidenceArea", "Code book")))
        layout.addLayout(buttons)
        layout.addWidget(self.code_tree, 1)
        layout.addWidget(self.memo_label)
        layout.addWidget(self.code_hint)
        self.setMinimumWidth(205)

    def show_memo(self, code: Code | None) -> None:
        """The current code's memo under the tree (hidden when it has none)."""
        self.memo_label.setText(code.memo if code is not None else "")
        self.memo_label.setVisible(bool(code is not None and code.memo))

    def show_hint(self, has_codes: bool) -> None:
        if not has_codes:
            self.code_hint.setText(translate("EvidenceArea", "No codes yet. Create the first code, "
                                             "then select text and apply it."))
        else:
            self.code_hint.setText(translate(
                "EvidenceArea", "Double-click or drag a code onto selected text to apply it. Drag to "
                "reorder; Shift+drop onto a code merges. F2 renames."))
