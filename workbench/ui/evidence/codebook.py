"""The code book: a tree of codes with colour swatches and how often each is used.

Names are edited in place (F2); dragging a code moves it (between siblings or
under another code), dragging it with Shift held onto another code merges it
there, and dragging it onto the document text applies it to the selection.
The tree only *asks* for changes (signals); the area runs them as undoable
commands and then shows the code book again.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from workbench.domain.evidence import Code, CodeSummary
from workbench.i18n import translate
from workbench.ui.evidence.reader import CODE_MIME
from workbench.ui.numbers import count_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour).darker(130))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3)
    painter.end()
    return QIcon(pixmap)


class CodeBookTree(QTreeWidget):
    """The codes in tree order; ``code_ids()`` of the selection feed "Apply"."""

    rename_requested = Signal(int, str)
    #: (code id, new parent id or None, position among the new siblings)
    move_requested = Signal(int, object, int)
    #: (code id, into code id)
    merge_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CodeBook")
        self.setColumnCount(2)
        self.setHeaderLabels([translate("EvidenceArea", "Code"), translate("EvidenceArea", "Uses")])
        self.headerItem().setToolTip(1, translate(
            "EvidenceArea", "How often each code is used in respondents' words: passages coded in "
            "interviewers' turns are not counted. Survey answers and notes without speakers count "
            "as respondents'."))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setIconSize(QSize(14, 14))
        self.setUniformRowHeights(True)
        self.setAnimated(True)
        self.setAccessibleName(translate("EvidenceArea", "Code book"))
        self.codes: dict[int, Code] = {}
        self.summaries: list[CodeSummary] = []
        self._loading = False
        self.itemChanged.connect(self._item_changed)

    # --- content ----------------------------------------------------------------------

    def set_code_book(self, summaries: list[CodeSummary]) -> None:
        """Show the code book, keeping which codes were expanded, selected and current."""
        current = self.current_code_id()
        selected = set(self.code_ids())
        collapsed = {item.data(0, ID_ROLE) for item in self._items() if not item.isExpanded()
                     and item.childCount()}
        self._loading = True
        self.clear()
        self.summaries = list(summaries)
        self.codes = {s.code.id: s.code for s in summaries}
        items: dict[int, QTreeWidgetItem] = {}
        for summary in summaries:
            code = summary.code
            parent = items.get(code.parent_id)
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self)
            item.setText(0, code.name)
            item.setIcon(0, swatch(code.colour))
            count = summary.codings_with_children
            item.setText(1, count_text(count))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, ID_ROLE, code.id)
            tip = translate("EvidenceArea", "{codings} codings in {documents} documents").format(
                codings=count_text(summary.codings), documents=count_text(summary.documents))
            if count != summary.codings:
                tip += "\n" + translate("EvidenceArea", "{n} with its sub-codes").format(n=count_text(count))
            if code.memo:
                tip += "\n\n" + code.memo
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
                          | Qt.ItemFlag.ItemIsDropEnabled)
            items[code.id] = item
        for code_id, item in items.items():
            item.setExpanded(code_id not in collapsed)
            item.setSelected(code_id in selected)
        if current in items:
            self.setCurrentItem(items[current], 0,
                                self.selectionModel().SelectionFlag.NoUpdate)
        self._loading = False

    def _items(self) -> list[QTreeWidgetItem]:
        found, stack = [], [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def item_of(self, code_id: int) -> QTreeWidgetItem | None:
        return next((i for i in self._items() if i.data(0, ID_ROLE) == code_id), None)

    def current_code_id(self) -> int | None:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def code_ids(self) -> list[int]:
        """The selected codes, in code book order."""
        chosen = {i.data(0, ID_ROLE) for i in self.selectedItems()}
        return [s.code.id for s in self.summaries if s.code.id in chosen]

    def select_code(self, code_id: int) -> None:
        item = self.item_of(code_id)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0:
            return
        code_id = item.data(0, ID_ROLE)
        code = self.codes.get(code_id)
        name = item.text(0).strip()
        if code is not None and name and name != code.name:
            self.rename_requested.emit(code_id, name)
        elif code is not None:
            self._loading = True
            item.setText(0, code.name)
            self._loading = False

    # --- drag and drop ----------------------------------------------------------------

    def startDrag(self, actions) -> None:  # Qt override: codes are copied, never removed here
        ids = self.code_ids()
        if not ids:
            return
        data = self.mimeData(self.selectedItems()) or QMimeData()
        data.setData(CODE_MIME, QByteArray(",".join(map(str, ids)).encode()))
        data.setText(", ".join(self.codes[i].name for i in ids))
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.setPixmap(swatch(self.codes[ids[0]].colour, 18).pixmap(18, 18))
        drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, Qt.DropAction.CopyAction)

    def dragEnterEvent(self, event) -> None:  # Qt override
        if event.source() is self and event.mimeData().hasFormat(CODE_MIME):
            super().dragEnterEvent(event)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # Qt override
        if event.source() is self and event.mimeData().hasFormat(CODE_MIME):
            super().dragMoveEvent(event)
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # Qt override
        ids = [int(x) for x in bytes(event.mimeData().data(CODE_MIME)).decode().split(",") if x]
        target = self.itemAt(event.position().toPoint())
        indicator = self.dropIndicatorPosition()
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()  # the tree is shown again from the project after the change
        if len(ids) != 1:
            return
        code_id = ids[0]
        merge = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.drop_code(code_id, target.data(0, ID_ROLE) if target is not None else None,
                       indicator, merge)

    def drop_code(self, code_id: int, target_id: int | None, indicator, merge: bool = False) -> None:
        """What dropping ``code_id`` at ``target_id`` asks for (separate from the event: tests)."""
        where = QAbstractItemView.DropIndicatorPosition
        if target_id == code_id:
            return
        if target_id is None or indicator == where.OnViewport:
            self.move_requested.emit(code_id, None, len([s for s in self.summaries
                                                         if s.code.parent_id is None]))
            return
        if indicator == where.OnItem:
            if merge:
                self.merge_requested.emit(code_id, target_id)
            else:
                self.move_requested.emit(code_id, target_id, 10 ** 6)
            return
        target = self.codes[target_id]
        siblings = [s.code.id for s in self.summaries if s.code.parent_id == target.parent_id
                    and s.code.id != code_id]
        index = siblings.index(target_id) + (1 if indicator == where.BelowItem else 0)
        self.move_requested.emit(code_id, target.parent_id, index)
