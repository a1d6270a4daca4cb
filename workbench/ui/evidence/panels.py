"""The Evidence area's list pages: quotes library, full-text search and the survey grid.

Each page reads through the evidence service when it is shown (or shown
again after a change), never on every coding while it is hidden.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QRectF, QSize, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.services import evidence as service
from workbench.ui.evidence.models import RECORD_ROLE, PassageModel, SearchHitModel, SurveyGridModel
from workbench.ui.evidence.speaker_dialogs import speaker_scope_combo
from workbench.ui.numbers import count_text


def _table(model, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setShowGrid(False)
    return view


class LazyPage(QWidget):
    """A page that re-reads its content the next time it is visible after ``mark_dirty``."""

    def __init__(self, area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.dirty = True

    def mark_dirty(self) -> None:
        self.dirty = True
        if self.isVisible():
            QTimer.singleShot(0, self, self.refresh_if_dirty)

    def refresh_if_dirty(self) -> None:
        if self.dirty and self.isVisible():
            self.dirty = False
            self.reload()

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        self.refresh_if_dirty()

    def reload(self) -> None:
        raise NotImplementedError


# --- quotes library ----------------------------------------------------------------------

class QuotesPage(LazyPage):
    """Every coded passage with customer, source and code; filter, mark as quote, jump."""

    def __init__(self, area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.code_filter = QComboBox()
        self.code_filter.setAccessibleName(translate("EvidenceArea", "Code"))
        self.code_filter.setMinimumContentsLength(18)
        self.code_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.quotes_only = QCheckBox(translate("EvidenceArea", "Quotes only"))
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(translate("EvidenceArea", "Filter passages…"))
        self.text_filter.setClearButtonEnabled(True)
        self.model = PassageModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.view = _table(self.proxy, PassageModel.TEXT)
        self.view.setObjectName("QuotesTable")
        self.view.setSortingEnabled(True)
        self.view.setColumnWidth(PassageModel.QUOTE, 34)
        self.view.setColumnWidth(PassageModel.CODE, 130)
        self.view.setColumnWidth(PassageModel.CUSTOMER, 110)
        self.view.setColumnWidth(PassageModel.SOURCE, 110)
        self.count = QLabel()
        self.count.setObjectName("Secondary")
        self.count.setWordWrap(True)
        self.quote_button = QPushButton(translate("EvidenceArea", "Mark as quote"))
        self.open_button = QPushButton(translate("EvidenceArea", "Show in document"))
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("EvidenceArea", "Code:")))
        top.addWidget(self.code_filter)
        top.addWidget(self.quotes_only)
        top.addWidget(self.text_filter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.quote_button)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.code_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.quotes_only.toggled.connect(lambda _on: self.reload())
        self.text_filter.textChanged.connect(self._filter)
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        self.open_button.clicked.connect(self.open_current)
        self.quote_button.clicked.connect(self.toggle_quote)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_codes(self, summaries) -> None:
        """Fill the code filter (keeps the chosen code when it still exists)."""
        chosen = self.code_filter.currentData()
        self.code_filter.blockSignals(True)
        self.code_filter.clear()
        self.code_filter.addItem(translate("EvidenceArea", "All codes"), None)
        for summary in summaries:
            self.code_filter.addItem("    " * summary.depth + summary.code.name, summary.code.id)
        index = self.code_filter.findData(chosen)
        self.code_filter.setCurrentIndex(max(index, 0))
        self.code_filter.blockSignals(False)

    def show_code(self, code_id: int) -> None:
        index = self.code_filter.findData(code_id)
        if index >= 0:
            self.code_filter.setCurrentIndex(index)

    def reload(self) -> None:
        project = self.area.project
        self.dirty = False
        if project is None:
            self.model.set_records([])
            self._update_buttons()
            return
        code_id = self.code_filter.currentData()
        summaries = self.area.code_summaries
        self.model.code_paths = _paths(summaries)
        try:
            if self.quotes_only.isChecked():
                records = service.list_quotes(project, code_id=code_id)
            elif code_id is not None:
                records = service.coded_passages(project, code_id)
            else:
                records = []
                for summary in summaries:
                    if summary.depth == 0:
                        records += service.coded_passages(project, summary.code.id)
        except WorkbenchError as exc:
            records = []
            self.count.setText(str(exc))
        self.model.set_records(records)
        self._filter()

    def _filter(self) -> None:
        self.proxy.setFilterFixedString(self.text_filter.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = translate("EvidenceArea", "No coded passages yet: select text in a document and "
                             "apply a code.")
        elif shown == total:
            text = translate("EvidenceArea", "{n} passages").format(n=count_text(total))
        else:
            text = translate("EvidenceArea", "{shown} of {n} passages").format(
                shown=count_text(shown), n=count_text(total))
        self.count.setText(text)
        self._update_buttons()

    def current_passage(self):
        index = self.view.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        passage = self.current_passage()
        self.open_button.setEnabled(passage is not None)
        self.quote_button.setEnabled(passage is not None and not self.area.readonly)
        self.quote_button.setText(translate("EvidenceArea", "Unmark quote") if passage is not None
                                  and passage.is_quote else translate("EvidenceArea", "Mark as quote"))

    def open_current(self) -> None:
        passage = self.current_passage()
        if passage is not None:
            self.area.open_document(passage.document_id, (passage.start, passage.end))

    def toggle_quote(self) -> None:
        passage = self.current_passage()
        if passage is None:
            return
        if passage.is_quote:
            self.area.unmark_quote(passage.quote_id, passage.document_id)
        elif passage.coding_id is not None:
            self.area.mark_quote_of_passage(passage.document_id, passage.start, passage.end,
                                            passage.coding_id)


def _paths(summaries) -> dict[int, str]:
    by_id = {s.code.id: s.code for s in summaries}
    paths = {}
    for code_id, code in by_id.items():
        names, current = [], code
        while current is not None:
            names.append(current.name)
            current = by_id.get(current.parent_id) if current.parent_id is not None else None
        paths[code_id] = " › ".join(reversed(names))
    return paths


# --- search ------------------------------------------------------------------------------

class HitDelegate(QStyledItemDelegate):
    """A search hit: the document and customer on one line, the context with the match below."""

    def _html(self, option: QStyleOptionViewItem, index: QModelIndex) -> str:
        hit = index.data(RECORD_ROLE)
        palette = option.palette
        secondary = palette.color(QPalette.ColorRole.PlaceholderText).name()
        mark = QColor("#F2B233")
        who = " · ".join(html.escape(x) for x in (hit.customer_label or "", hit.origin) if x)
        context = hit.context
        if hit.context_match is not None:
            a, b = hit.context_match
            body = (html.escape(context[:a]) + f'<span style="background:{mark.name()};color:#1b1b1b">'
                    + html.escape(context[a:b]) + "</span>" + html.escape(context[b:]))
        else:
            body = html.escape(context)
        count = len(hit.matches)
        more = translate("EvidenceArea", "{n} matches").format(n=count_text(count)) if count > 1 else ""
        return (f'<div><b>{html.escape(hit.title)}</b> <span style="color:{secondary}">{who}'
                f'{" · " + more if more else ""}</span></div><div>{body}</div>')

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(8)
        document.setHtml(self._html(option, index))
        document.setTextWidth(max(200, option.rect.width()))
        return document

    def paint(self, painter, option, index) -> None:  # Qt override
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        colour = option.palette.color(QPalette.ColorRole.HighlightedText
                                      if option.state & QStyle.StateFlag.State_Selected
                                      else QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # Qt override
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        if option.widget is not None:
            option.rect.setWidth(option.widget.viewport().width())
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)


class SearchPage(QWidget):
    """Full-text search over every document; activating a hit opens it at the match."""

    searched = Signal(int)  # number of hits

    def __init__(self, area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.field = QLineEdit()
        self.field.setObjectName("EvidenceSearch")
        self.field.setPlaceholderText(translate(
            "EvidenceArea", "Search all evidence: words, \"a phrase\", spedi* (Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(translate("EvidenceArea", "Search evidence"))
        self.speakers = speaker_scope_combo()
        self.status = QLabel()
        self.status.setObjectName("Secondary")
        self.status.setWordWrap(True)
        self.model = SearchHitModel(self)
        self.view = QListView()
        self.view.setObjectName("SearchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(QLabel(translate("EvidenceArea", "Speakers:")))
        top.addWidget(self.speakers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self.search)
        self.speakers.currentIndexChanged.connect(lambda _i: self.search_again())
        self.view.activated.connect(self.open_hit)
        self.view.doubleClicked.connect(self.open_hit)
        self.status.setText(translate("EvidenceArea", "Type words to find them in every transcript "
                                      "and open answer."))

    def search(self, text: str | None = None) -> None:
        self._timer.stop()
        if text is not None and text != self.field.text():
            self.field.blockSignals(True)
            self.field.setText(text)
            self.field.blockSignals(False)
        query = self.field.text().strip()
        project = self.area.project
        if project is None or not query:
            self.model.set_records([])
            return
        try:
            results = service.search_evidence(project, query, limit=200,
                                              speakers=self.speakers.currentData())
        except WorkbenchError as exc:
            self.model.set_records([])
            self.status.setText(str(exc))
            return
        self.model.set_records(results.hits)
        n = len(results.hits)
        scope = self.speakers.currentData()
        if n == 0 and scope == "respondents":
            message = translate("EvidenceArea", "Nothing found for “{query}” in respondents' words: "
                                "choose Everyone to search interviewers' questions too.").format(query=query)
        elif n == 0 and scope == "interviewers":
            message = translate("EvidenceArea", "Nothing found for “{query}” in interviewers' words: "
                                "choose Everyone to search respondents' words too.").format(query=query)
        elif n == 0:
            message = translate("EvidenceArea", "Nothing found for “{query}”.").format(query=query)
        elif n >= 200:
            message = translate("EvidenceArea", "The first {n} documents for “{query}” (best first): "
                                "add words to narrow the search.").format(n=count_text(n), query=query)
        else:
            message = translate("EvidenceArea", "{n} documents contain “{query}” (best first). "
                                "Press Enter on one to open it at the match.").format(
                n=count_text(n), query=query)
        if results.unindexed:
            message += " " + translate("EvidenceArea", "{n} documents are not searchable yet (the "
                                       "project is read-only).").format(n=count_text(results.unindexed))
        self.status.setText(message)
        self.searched.emit(n)

    def search_again(self) -> None:
        """Search again for the words in the field (whose words are read changed)."""
        if self.field.text().strip():
            self.search()

    def open_hit(self, index: QModelIndex) -> None:
        hit = index.data(RECORD_ROLE) if index.isValid() else None
        if hit is not None:
            self.area.open_document(hit.document_id, hit.matches[0] if hit.matches else None)


# --- survey grid -------------------------------------------------------------------------

class SurveyPage(LazyPage):
    """The answers of one free-text column beside each respondent's attributes."""

    def __init__(self, area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.column_choice = QComboBox()
        self.column_choice.setAccessibleName(translate("EvidenceArea", "Free-text column"))
        self.column_choice.setMinimumContentsLength(28)
        self.column_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("EvidenceArea", "Filter answers…"))
        self.filter.setClearButtonEnabled(True)
        self.model = SurveyGridModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.view = _table(self.proxy, 1)
        self.view.setObjectName("SurveyGrid")
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.apply_button = QPushButton(translate("EvidenceArea", "Apply selected codes to answers"))
        self.apply_button.setObjectName("PrimaryAction")
        self.apply_button.setToolTip(translate(
            "EvidenceArea", "Code the whole answers of the selected rows with the codes selected in "
            "the code book (Ctrl+Return)"))
        self.open_button = QPushButton(translate("EvidenceArea", "Open in reader"))
        self.open_button.setToolTip(translate("EvidenceArea", "Code only part of an answer"))
        self.hint = QLabel()
        self.hint.setObjectName("Secondary")
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("EvidenceArea", "Question:")))
        top.addWidget(self.column_choice)
        top.addWidget(self.filter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.column_choice.currentIndexChanged.connect(lambda _i: self.load_grid())
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.apply_button.clicked.connect(self.apply_codes)
        self.open_button.clicked.connect(self.open_current)
        self.view.doubleClicked.connect(lambda _i: self.open_current())

    def reload(self) -> None:
        project = self.area.project
        chosen = self.column_choice.currentData()
        self.column_choice.blockSignals(True)
        self.column_choice.clear()
        columns = service.survey_columns(project) if project is not None else []
        for column in columns:
            self.column_choice.addItem(translate("EvidenceArea", "{question} — {source} ({n})").format(
                question=column.label, source=column.source_name, n=count_text(column.answers)), column.column_id)
        index = self.column_choice.findData(chosen)
        self.column_choice.setCurrentIndex(max(index, 0))
        self.column_choice.blockSignals(False)
        if not columns:
            self.hint.setText(translate("EvidenceArea", "No free-text columns: import a survey with "
                                        "open answers in the Data area."))
        self.load_grid()

    def load_grid(self) -> None:
        project, column_id = self.area.project, self.column_choice.currentData()
        if project is None or column_id is None:
            self.model.set_grid([], [], "", {})
            return
        grid = service.survey_grid(project, column_id)
        self.model.set_grid(grid.attributes, grid.rows, grid.column.label, self.area.codes)
        self.view.setColumnWidth(0, 140)
        self.view.setColumnWidth(1, 420)
        self.view.setColumnWidth(2, 180)
        for column in range(3, self.model.columnCount()):
            self.view.setColumnWidth(column, 110)
        self.hint.setText(translate("EvidenceArea", "Select answers (Shift/Ctrl for many), choose "
                                    "codes in the code book, then apply."))

    def selected_rows(self):
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.record(r) for r in sorted(rows)]

    def apply_codes(self) -> None:
        rows = self.selected_rows()
        self.area.apply_codes_to_passages([(r.document_id, 0, len(r.text)) for r in rows if r.text])

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.area.open_document(index.data(RECORD_ROLE).document_id)

    def codings_changed(self, documents) -> None:
        """Show the new codes of answers that were just coded (no full reload)."""
        project = self.area.project
        if project is None or not self.model.records:
            return
        if documents is None:
            self.mark_dirty()
            return
        shown = {r.document_id for r in self.model.records}
        changes = {}
        for document_id in set(documents) & shown:
            codings = service.codings_for_document(project, document_id)
            changes[document_id] = tuple(sorted({c.code_id for c in codings}))
        self.model.codes = self.area.codes
        self.model.update_codes(changes)
