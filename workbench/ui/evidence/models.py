"""Qt item models over the evidence service's records (documents, passages, hits, survey rows,
count tables). Each holds a plain list; rows change in place when one record changes, so a
coding never reloads a whole list."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workbench.domain.evidence import Code, DocumentSummary, Passage, SearchHit, SurveyRow
from workbench.i18n import translate
from workbench.ui.numbers import count_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """A table of records; subclasses say how columns read a record."""

    headers: list[str] = []

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.records: list[Any] = []

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return self.record_id(record)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.cell(record, index.column())
            return "" if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric_columns:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    numeric_columns: tuple[int, ...] = ()

    def record_id(self, record: Any) -> Any:
        return None

    def cell(self, record: Any, column: int) -> Any:
        raise NotImplementedError

    def record(self, row: int) -> Any:
        return self.records[row]


class DocumentListModel(RecordTableModel):
    TITLE, CUSTOMER, SOURCE, CODINGS = range(4)
    numeric_columns = (CODINGS,)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [translate("EvidenceArea", "Document"), translate("EvidenceArea", "Customer"),
                        translate("EvidenceArea", "Source"), translate("EvidenceArea", "Coded")]
        self._rows: dict[int, int] = {}
        #: document id -> its voice, as last marked in this window (summaries may carry it too).
        self.voices: dict[int, object] = {}

    def set_records(self, records: list[DocumentSummary]) -> None:
        super().set_records(records)
        self._rows = {d.id: i for i, d in enumerate(self.records)}

    def voice_of(self, record: DocumentSummary) -> str | None:
        """"frontline", "customer" or None (not known: customers)."""
        voice = self.voices.get(record.id) or getattr(record, "voice", None)
        return str(getattr(voice, "value", voice)) if voice else None

    def is_frontline(self, record: DocumentSummary) -> bool:
        return self.voice_of(record) == "frontline"

    def record_id(self, record: DocumentSummary) -> int:
        return record.id

    def cell(self, record: DocumentSummary, column: int) -> Any:
        origin = record.origin
        if column == self.SOURCE and self.is_frontline(record):
            origin = f"{frontline_tag()} · {origin}"  # the filter finds "front line" too
        return (record.title, record.customer_label or "", origin, record.codings)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.UserRole and index.isValid():  # sort key
            value = self.cell(self.records[index.row()], index.column())
            return value if isinstance(value, int) else str(value).casefold()
        return super().data(index, role)

    def row_of(self, document_id: int) -> int:
        return self._rows.get(document_id, -1)

    def set_codings(self, document_id: int, codings: int) -> None:
        row = self.row_of(document_id)
        if row < 0 or self.records[row].codings == codings:
            return
        self.records[row] = dataclasses.replace(self.records[row], codings=codings)
        index = self.index(row, self.CODINGS)
        self.dataChanged.emit(index, index)


class PassageModel(RecordTableModel):
    """Coded passages and quotes (the quotes library)."""

    QUOTE, TEXT, CODE, CUSTOMER, SOURCE = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = ["❝", translate("EvidenceArea", "Passage"), translate("EvidenceArea", "Code"),
                        translate("EvidenceArea", "Customer"), translate("EvidenceArea", "Source")]
        self.code_paths: dict[int, str] = {}

    def cell(self, record: Passage, column: int) -> Any:
        if column == self.QUOTE:
            return "❝" if record.is_quote else ""
        if column == self.TEXT:
            return " ".join(record.text.split())
        if column == self.CODE:
            return self.code_paths.get(record.code_id, record.code_name or "")
        if column == self.CUSTOMER:
            return record.customer_label or ""
        return record.origin or record.document_title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == self.QUOTE:
            record = self.records[index.row()]
            return translate("EvidenceArea", "Marked as a quote") if record.is_quote else \
                translate("EvidenceArea", "Not a quote yet")
        return super().data(index, role)


class SearchHitModel(RecordTableModel):
    """Search hits; the delegate draws the context with the match highlighted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [translate("EvidenceArea", "Match")]

    def record_id(self, record: SearchHit) -> int:
        return record.document_id

    def cell(self, record: SearchHit, column: int) -> Any:
        return record.context


class SurveyGridModel(RecordTableModel):
    """One free-text column's answers beside each respondent's attributes and codes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.attributes: list[str] = []
        self.codes: dict[int, Code] = {}

    def set_grid(self, attributes: list[str], rows: list[SurveyRow], answer_title: str,
                 codes: dict[int, Code]) -> None:
        self.beginResetModel()
        self.attributes = list(attributes)
        self.codes = codes
        self.headers = [translate("EvidenceArea", "Respondent"), answer_title,
                        translate("EvidenceArea", "Codes"), *self.attributes]
        self.records = list(rows)
        self.endResetModel()

    @property
    def answer_column(self) -> int:
        return 1

    def record_id(self, record: SurveyRow) -> int:
        return record.document_id

    def cell(self, record: SurveyRow, column: int) -> Any:
        if column == 0:
            return record.customer_label or (str(record.source_row) if record.source_row else "")
        if column == 1:
            return record.text
        if column == 2:
            return ", ".join(self.codes[c].name for c in record.code_ids if c in self.codes)
        value = record.values[column - 3]
        return "" if value is None else str(value)

    def update_codes(self, codes_by_document: dict[int, tuple[int, ...]]) -> None:
        for row, record in enumerate(self.records):
            new = codes_by_document.get(record.document_id)
            if new is not None and new != record.code_ids:
                self.records[row] = dataclasses.replace(record, code_ids=new)
                index = self.index(row, 2)
                self.dataChanged.emit(index, index)


class FrameModel(QAbstractTableModel):
    """A pandas DataFrame of counts (rows = codes)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.frame = None

    def set_frame(self, frame) -> None:
        self.beginResetModel()
        self.frame = frame
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.frame is None else self.frame.shape[0]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.frame is None else self.frame.shape[1]

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self.frame is None:
            return None
        labels = self.frame.columns if orientation == Qt.Orientation.Horizontal else self.frame.index
        return str(labels[section]) if 0 <= section < len(labels) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.frame is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return count_text(self.frame.iat[index.row(), index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def frontline_tag() -> str:
    return translate("EvidenceArea", "Front line")


def document_delegate(parent):
    """Two lines per document: who (or the title), then what and where from, elided."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QStyle, QStyledItemDelegate

    class _Delegate(QStyledItemDelegate):
        def paint(self, painter, option, index) -> None:  # Qt override
            self.initStyleOption(option, index)
            record = index.data(RECORD_ROLE)
            option.text = ""
            style = option.widget.style()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
            first = record.customer_label or record.title
            second = " · ".join(p for p in ((record.title if record.customer_label else ""),
                                            record.origin) if p)
            rect = option.rect.adjusted(8, 4, -6, -4)
            model = index.model()
            source = getattr(model, "sourceModel", lambda: model)()
            tag_width = 0  # the first line leaves room for a "Front line" tag
            if getattr(source, "is_frontline", lambda _r: False)(record):
                tag_width = _draw_tag(painter, option, rect, frontline_tag())
            half = rect.height() // 2
            painter.save()
            bold = QFont(option.font)
            bold.setWeight(QFont.Weight.DemiBold)
            painter.setFont(bold)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            painter.setPen(option.palette.color(text_role))
            metrics = painter.fontMetrics()
            painter.drawText(QRect(rect.left(), rect.top(), rect.width() - tag_width, half),
                             Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(first, Qt.TextElideMode.ElideRight,
                                                rect.width() - tag_width))
            painter.setFont(option.font)
            colour = option.palette.color(text_role)
            if not selected:
                colour.setAlpha(150)
            painter.setPen(colour)
            metrics = painter.fontMetrics()
            painter.drawText(QRect(rect.left(), rect.top() + half, rect.width(), half),
                             Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(second, Qt.TextElideMode.ElideRight, rect.width()))
            painter.restore()

        def sizeHint(self, option, index) -> QSize:  # Qt override
            return QSize(200, option.fontMetrics.height() * 2 + 14)

    return _Delegate(parent)


def _draw_tag(painter, option, rect, text: str) -> int:
    """A small rounded tag at the top right of ``rect``; returns the width it takes."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFont, QFontMetrics

    font = QFont(option.font)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(text) + 12
    height = metrics.height() + 2
    tag = QRectF(rect.right() - width, rect.top() + 1, width, height)
    painter.save()
    painter.setRenderHint(painter.RenderHint.Antialiasing)
    colour = QColor("#7A4FB5")
    fill = QColor(colour)
    fill.setAlpha(40)
    painter.setPen(colour)
    painter.setBrush(fill)
    painter.drawRoundedRect(tag, height / 2, height / 2)
    painter.setFont(font)
    painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()
    return width + 6
