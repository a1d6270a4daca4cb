"""The customer page: everything known about one person across sources and channels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate
from workbench.ui.customers.table_model import RowsModel
from workbench.ui.customers.timeline import TimelineModel
from workbench.ui.data.cells import cell_text
from workbench.ui.numbers import count_text
from workbench.ui.style import BADGE_BACKGROUND, scale_font

#: Documents shown on the page (a customer with more is rare: the rest are counted).
MAX_DOCUMENTS = 30
#: Rows a table on the page shows before it scrolls on its own.
MAX_TABLE_ROWS = 40


def disagreement_color(palette: QPalette) -> QColor:
    """A soft amber that reads on light and dark backgrounds."""
    base = palette.color(QPalette.ColorRole.Base)
    amber = QColor(BADGE_BACKGROUND)
    amount = 0.32 if base.lightness() > 128 else 0.4
    return QColor(round(base.red() + (amber.red() - base.red()) * amount),
                  round(base.green() + (amber.green() - base.green()) * amount),
                  round(base.blue() + (amber.blue() - base.blue()) * amount))


class HighlightRowsModel(RowsModel):
    """RowsModel whose chosen rows get a background colour (and a tooltip saying why)."""

    def __init__(self, headers, rows=(), highlighted: Sequence[int] = (), color: QColor | None = None,
                 why: str = "", parent=None) -> None:
        super().__init__(headers, rows, parent=parent, align_numbers=False,
                         right_columns=(len(headers) - 1,) if why else ())
        self.highlighted = set(highlighted)
        self.color = color
        self.why = why

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.row() in self.highlighted:
            if role == Qt.ItemDataRole.BackgroundRole and self.color is not None:
                return self.color
            if role == Qt.ItemDataRole.ToolTipRole and self.why:
                return self.why
        return super().data(index, role)


def page_table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setAlternatingRowColors(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


def fit_table_height(view: QTableView, max_rows: int = MAX_TABLE_ROWS) -> None:
    """As tall as its rows (up to ``max_rows``): the page scrolls, not each table."""
    model = view.model()
    rows = min(max_rows, model.rowCount() if model is not None else 0)
    height = (view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
              + rows * view.verticalHeader().defaultSectionSize() + 2)
    scrollbar = view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height + (scrollbar if rows < (model.rowCount() if model else 0) else 0))


def fit_columns(view: QTableView, widest: int = 260) -> None:
    model = view.model()
    metrics = view.fontMetrics()
    for column in range(model.columnCount()):
        width = metrics.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal)
                                              or "")) + 28
        for row in range(min(60, model.rowCount())):
            width = max(width, metrics.horizontalAdvance(model.index(row, column).data() or "") + 20)
        view.setColumnWidth(column, min(widest, width))


def section_heading(text: str) -> QLabel:
    label = QLabel(text)
    scale_font(label, 1.1, QFont.Weight.DemiBold)
    label.setContentsMargins(0, 10, 0, 0)
    return label


def secondary(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("Secondary")
    label.setWordWrap(True)
    return label


def _customer_risk(project, customer_id: int):
    """The customer's risk from the latest risk run; None when there is none (or it fails:
    the page must show whatever else it knows)."""
    import logging

    from workbench.errors import WorkbenchError
    from workbench.ui.retention.background import customer_risk

    try:
        return customer_risk(project, customer_id)
    except WorkbenchError as exc:
        logging.getLogger("workbench.ui.customers").info("No churn risk shown: %s", exc)
        return None


class CustomerPageWidget(QScrollArea):
    """Header with actions, disagreements, attributes, touchpoints, documents, personas."""

    forget_requested = Signal(int)
    merge_requested = Signal(int)
    split_requested = Signal(int)
    #: A coded passage was clicked: document id, start, end (to open it in the Evidence area).
    passage_activated = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomerPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.page = None
        self.project = None

        body = QWidget()
        body.setObjectName("CustomerPageBody")
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(18, 8, 18, 18)
        self.layout_.setSpacing(6)

        self.name_label = QLabel()
        self.name_label.setObjectName("CustomerName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale_font(self.name_label, 1.5, QFont.Weight.DemiBold)
        self.facts_label = secondary()
        self.forget_button = QPushButton(translate("CustomerPage", "Forget this customer…"))
        self.forget_button.setObjectName("ForgetCustomerButton")
        self.forget_button.setToolTip(translate(
            "CustomerPage", "Erase this person from the project (a GDPR erasure request): rows, "
                            "documents, touchpoints and persona memberships. Cannot be undone."))
        self.forget_button.clicked.connect(
            lambda _checked=False: self.page is not None and self.forget_requested.emit(self.page.id))
        self.merge_button = QPushButton(translate("CustomerPage", "Merge with…"))
        self.merge_button.setToolTip(translate(
            "CustomerPage", "This person is also another customer of the list: make them one"))
        self.merge_button.clicked.connect(
            lambda _checked=False: self.page is not None and self.merge_requested.emit(self.page.id))
        self.split_button = QPushButton(translate("CustomerPage", "Split…"))
        self.split_button.setToolTip(translate(
            "CustomerPage", "Some of these rows belong to someone else: move them to a new customer"))
        self.split_button.clicked.connect(
            lambda _checked=False: self.page is not None and self.split_requested.emit(self.page.id))
        title_column = QVBoxLayout()
        title_column.setSpacing(2)
        title_column.addWidget(self.name_label)
        title_column.addWidget(self.facts_label)
        # The actions get their own row: beside the name they squeeze it on narrow windows.
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(6)
        self.actions_row.setContentsMargins(0, 6, 0, 0)
        self.actions_row.addWidget(self.merge_button)
        self.actions_row.addWidget(self.split_button)
        self.actions_row.addStretch(1)
        self.actions_row.addWidget(self.forget_button)
        self.layout_.addLayout(title_column)
        self.layout_.addLayout(self.actions_row)

        # Disagreements: one row per field, one column per source, side by side.
        self.disagreements_heading = section_heading(translate("CustomerPage", "Sources disagree"))
        self.disagreements_hint = secondary(translate(
            "CustomerPage", "These fields have different values in different sources. Check which "
                            "one is right in the original files; if they are two different people, "
                            "split the customer."))
        self.disagreements_view = page_table("CustomerDisagreements")
        for widget in (self.disagreements_heading, self.disagreements_hint, self.disagreements_view):
            self.layout_.addWidget(widget)

        self.attributes_heading = section_heading(translate("CustomerPage", "What the sources say"))
        self.attributes_view = page_table("CustomerAttributes")
        self.events_note = secondary()
        self.layout_.addWidget(self.attributes_heading)
        self.layout_.addWidget(self.attributes_view)
        self.layout_.addWidget(self.events_note)

        self.timeline_heading = section_heading(translate("CustomerPage", "Touchpoints"))
        self.timeline_summary = secondary()
        self.timeline_model = TimelineModel(self)
        self.timeline_view = QTreeView()
        self.timeline_view.setObjectName("CustomerTimeline")
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setUniformRowHeights(True)
        self.timeline_view.header().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.timeline_view.header().setStretchLastSection(True)
        for widget in (self.timeline_heading, self.timeline_summary, self.timeline_view):
            self.layout_.addWidget(widget)

        self.documents_heading = section_heading(translate("CustomerPage", "Evidence documents"))
        self.documents_box = QVBoxLayout()
        self.documents_box.setSpacing(8)
        self.layout_.addWidget(self.documents_heading)
        self.layout_.addLayout(self.documents_box)

        self.coded_heading = section_heading(translate("CustomerPage", "Coded passages"))
        self.coded_list = QListWidget()
        self.coded_list.setObjectName("CustomerCoded")
        self.coded_list.setWordWrap(True)
        self.coded_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.coded_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.coded_list.setToolTip(translate("CustomerPage", "Double-click a passage to read it "
                                                             "in the Evidence area."))
        self.coded_list.itemActivated.connect(self._passage_activated)
        self.layout_.addWidget(self.coded_heading)
        self.layout_.addWidget(self.coded_list)

        # Churn risk from the latest risk run (the Retention area), with its top reasons.
        self.risk_heading = section_heading(translate("CustomerPage", "Churn risk"))
        self.risk_label = secondary()
        self.risk_label.setObjectName("CustomerRisk")
        self.risk_label.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(self.risk_heading)
        self.layout_.addWidget(self.risk_label)
        self.show_risk(None)

        self.personas_heading = section_heading(translate("CustomerPage", "Personas"))
        self.personas_label = secondary()
        self.personas_label.setObjectName("CustomerPersonas")
        self.personas_label.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(self.personas_heading)
        self.layout_.addWidget(self.personas_label)
        self.layout_.addStretch(1)
        self.setWidget(body)

    # --- showing ------------------------------------------------------------------------

    def show_customer(self, project, customer_id: int, *, event_sources: set[int] = frozenset()
                      ) -> None:
        """Read and show one customer (``event_sources``: sources shown as touchpoints only)."""
        from workbench.services import customers

        self.project = project
        self.show_page(customers.customer_page(project, customer_id), event_sources)
        self.show_risk(_customer_risk(project, customer_id))

    def show_risk(self, risk) -> None:
        """The customer's churn risk and top reasons (a CustomerRisk), hidden without a run."""
        self.risk_heading.setVisible(risk is not None)
        self.risk_label.setVisible(risk is not None)
        if risk is None:
            self.risk_label.clear()
            return
        locale = QLocale()
        lines = [translate("CustomerPage", "{risk} chance of churning, from the latest risk "
                                           "run").format(risk=locale.toString(risk.risk * 100, "f", 0)
                                                         + "%")]
        if risk.churned is not None:
            lines.append(translate("CustomerPage", "Already churned") if risk.churned else
                         translate("CustomerPage", "Still a customer"))
        if risk.value is not None:
            lines.append(translate("CustomerPage", "Value: {value}").format(
                value=locale.toString(float(risk.value), "f", 0)))
        if risk.reasons:
            lines.append(translate("CustomerPage", "Top reasons:"))
            lines.extend(f"• {reason}" for reason in risk.reasons[:5])
        self.risk_label.setText("\n".join(lines))

    def show_page(self, page, event_sources: set[int] = frozenset()) -> None:
        self.page = page
        locale = QLocale()
        self.name_label.setText(page.label)
        rows = sum(len(numbers) for _, _, numbers in page.sources)
        self.facts_label.setText(translate(
            "CustomerPage", "Customer {id} · {rows} rows in {sources} sources · {touchpoints} "
                            "touchpoints · {documents} documents").format(
            id=page.id, rows=locale.toString(rows), sources=locale.toString(len(page.sources)),
            touchpoints=locale.toString(len(page.touchpoints)),
            documents=locale.toString(len(page.documents))))
        self.facts_label.setToolTip("\n".join(
            translate("CustomerPage", "{source}: rows {rows}").format(
                source=name, rows=", ".join(count_text(n) for n in numbers[:20])
                + (" …" if len(numbers) > 20 else "")) for _, name, numbers in page.sources))
        self.split_button.setVisible(sum(len(rows) for _, _, rows in page.sources) > 1)
        self._show_disagreements(page)
        self._show_attributes(page, event_sources)
        self._show_timeline(page)
        self._show_documents(page)
        self._show_coded(page)
        self._show_personas(page)
        self.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        self.page = None

    def _show_disagreements(self, page) -> None:
        shown = bool(page.disagreements)
        for widget in (self.disagreements_heading, self.disagreements_hint, self.disagreements_view):
            widget.setVisible(shown)
        if not shown:
            self.disagreements_view.setModel(None)
            return
        self.disagreements_heading.setText(translate(
            "CustomerPage", "Sources disagree on {count} fields").format(
            count=len(page.disagreements)) if len(page.disagreements) != 1 else translate(
            "CustomerPage", "Sources disagree on 1 field"))
        sources = list(dict.fromkeys(a.source_name for d in page.disagreements for a in d.values))
        rows = []
        for disagreement in page.disagreements:
            cells = {}
            for attribute in disagreement.values:
                text = cell_text(attribute.value)
                cells[attribute.source_name] = (f"{cells[attribute.source_name]} / {text}"
                                                if attribute.source_name in cells else text)
            rows.append([disagreement.field] + [cells.get(s, "") for s in sources])
        model = HighlightRowsModel([translate("CustomerPage", "Field")] + sources, rows,
                                   range(len(rows)), disagreement_color(self.palette()),
                                   parent=self)
        self._set_model(self.disagreements_view, model)

    def _show_attributes(self, page, event_sources: set[int]) -> None:
        attributes = [a for a in page.attributes if a.source_id not in event_sources]
        disputed = {(a.source_id, a.row, a.field) for d in page.disagreements for a in d.values}
        rows, highlighted = [], []
        for position, attribute in enumerate(attributes):
            rows.append([attribute.field, cell_text(attribute.value), attribute.source_name,
                         attribute.row])
            if (attribute.source_id, attribute.row, attribute.field) in disputed:
                highlighted.append(position)
        model = HighlightRowsModel(
            [translate("CustomerPage", "Field"), translate("CustomerPage", "Value"),
             translate("CustomerPage", "Source"), translate("CustomerPage", "Row")], rows,
            highlighted,
            disagreement_color(self.palette()),
            translate("CustomerPage", "Another source has a different value for this field."),
            parent=self)
        self._set_model(self.attributes_view, model)
        self.attributes_view.setVisible(bool(rows))
        events = [(name, len(numbers)) for source_id, name, numbers in page.sources
                  if source_id in event_sources]
        notes = [translate("CustomerPage", "{source}: {rows} event rows, shown under "
                                           "Touchpoints.").format(source=name,
                                                                  rows=QLocale().toString(count))
                 for name, count in events]
        if not rows:
            notes.insert(0, translate("CustomerPage", "No attributes: this customer is known only "
                                                      "from touchpoints or documents."))
        self.events_note.setText("\n".join(notes))
        self.events_note.setVisible(bool(notes))

    def _set_model(self, view: QTableView, model: RowsModel) -> None:
        old = view.model()
        view.setModel(model)
        if old is not None and old.parent() is self:
            old.deleteLater()
        fit_columns(view)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the (first) value
        fit_table_height(view)

    def _show_timeline(self, page) -> None:
        self.timeline_model.set_touchpoints(page.touchpoints)
        has_events = bool(page.touchpoints)
        self.timeline_view.setVisible(has_events)
        locale = QLocale()
        if has_events:
            counts: dict[str, int] = {}
            for touchpoint in page.touchpoints:
                name = touchpoint.channel or translate("CustomerPage", "no channel")
                counts[name] = counts.get(name, 0) + 1
            mix = " · ".join(f"{name} {locale.toString(count)}" for name, count in
                             sorted(counts.items(), key=lambda item: -item[1]))
            dated = [t.occurred_at for t in page.touchpoints if t.occurred_at]
            span = (translate("CustomerPage", "from {first} to {last}").format(
                first=dated[0][:10], last=dated[-1][:10]) if dated else "")
            self.timeline_summary.setText(f"{mix}  ({span})" if span else mix)
            self.timeline_view.expandAll()
            for column in range(self.timeline_model.columnCount() - 1):
                self.timeline_view.resizeColumnToContents(column)
            lines = self.timeline_model.rowCount() + len(page.touchpoints)
            first = self.timeline_model.index(0, 0)
            row_height = max(self.timeline_view.rowHeight(first),
                             self.timeline_view.fontMetrics().height() + 2)
            self.timeline_view.setFixedHeight(
                self.timeline_view.header().sizeHint().height() + 2 * self.timeline_view.frameWidth()
                + min(lines, MAX_TABLE_ROWS) * row_height + 4)
        else:
            self.timeline_summary.setText(translate("CustomerPage", "No touchpoint events for this "
                                                                    "customer."))

    def _show_documents(self, page) -> None:
        while self.documents_box.count():
            item = self.documents_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        locale = QLocale()
        if not page.documents:
            self.documents_box.addWidget(secondary(translate("CustomerPage", "No documents.")))
            return
        for document in page.documents[:MAX_DOCUMENTS]:
            card = QFrame()
            card.setObjectName("CustomerDocument")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(card)
            inner.setContentsMargins(10, 8, 10, 8)
            inner.setSpacing(3)
            title = QLabel(document.title)
            title.setWordWrap(True)
            scale_font(title, 1.0, QFont.Weight.DemiBold)
            excerpt = document.excerpt.strip()
            if document.length > len(document.excerpt):
                excerpt += "…"
            body = QLabel(excerpt)
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.PlainText)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where = translate("CustomerPage", "{source} · row {row} · {length} characters").format(
                source=document.file_name or "–", row=document.source_row or "–",
                length=locale.toString(document.length))
            inner.addWidget(title)
            inner.addWidget(body)
            inner.addWidget(secondary(where))
            self.documents_box.addWidget(card)
        if len(page.documents) > MAX_DOCUMENTS:
            self.documents_box.addWidget(secondary(translate(
                "CustomerPage", "…and {count} more documents.").format(
                count=locale.toString(len(page.documents) - MAX_DOCUMENTS))))

    def _show_coded(self, page) -> None:
        self.coded_list.clear()
        coded = getattr(page, "coded", [])
        self.coded_heading.setVisible(bool(coded))
        self.coded_list.setVisible(bool(coded))
        for passage in coded:
            words = " ".join(passage.text.split())
            mark = "★ " if passage.quote_id is not None else ""
            item = QListWidgetItem(f"{mark}“{words}”\n— {passage.code_name or '–'} · "
                                   f"{passage.document_title}")
            item.setData(Qt.ItemDataRole.UserRole, (passage.document_id, passage.start,
                                                    passage.end))
            self.coded_list.addItem(item)
        rows = sum(self.coded_list.sizeHintForRow(i) for i in range(self.coded_list.count()))
        self.coded_list.setFixedHeight(rows + 2 * self.coded_list.frameWidth() + 4)

    def _passage_activated(self, item: QListWidgetItem) -> None:
        document_id, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.passage_activated.emit(document_id, start, end)

    def _show_personas(self, page) -> None:
        if not page.personas:
            self.personas_label.setText(translate(
                "CustomerPage", "Not in any persona set yet. Personas are made in the Personas "
                                "area."))
            return
        lines = []
        for membership in page.personas:
            if membership.persona_name:
                fit = (translate("CustomerPage", " (fit {fit})").format(
                    fit=QLocale().toString(membership.fit, "f", 2))
                       if membership.fit is not None else "")
                lines.append(f"{membership.persona_set_name}: {membership.persona_name}{fit}")
            else:
                reason = membership.unassigned_reason or translate("CustomerPage",
                                                                   "fits no persona well")
                lines.append(translate("CustomerPage", "{set}: fits no persona ({reason})").format(
                    set=membership.persona_set_name, reason=reason))
        self.personas_label.setText("\n".join(lines))
