"""Split…: tick the source rows that belong to someone else; they become a new customer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate

#: Item role holding a row's (source id, row number).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class SplitDialog(QDialog):
    """The customer's rows, one per line with its identifying values; tick the ones to move."""

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SplitDialog", "Split {name}").format(name=page.label))
        intro = QLabel(translate(
            "SplitDialog", "Tick the rows that belong to a different person. They move to a new "
                           "customer, and linking will keep the two apart from now on. You can "
                           "undo this with Edit ▸ Undo."))
        intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        identifying = {}
        for attribute in page.attributes:
            if attribute.role in ("identifier", "pii"):
                identifying.setdefault((attribute.source_id, attribute.row), []).append(
                    str(attribute.value))
        for source_id, name, rows in page.sources:
            for row in rows:
                values = " · ".join(identifying.get((source_id, row), []))
                text = translate("SplitDialog", "{source}, row {row}").format(source=name, row=row)
                item = QStandardItem(f"{text}   {values}" if values else text)
                item.setCheckable(True)
                item.setEditable(False)
                item.setData((source_id, row), ROW_ROLE)
                self.model.appendRow(item)
        self.view = QListView()
        self.view.setObjectName("SplitRows")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.split_button: QPushButton = self.buttons.addButton(
            translate("SplitDialog", "Move to a new customer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.itemChanged.connect(lambda _item: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self._update()

    def rows(self) -> list[tuple[int, int]]:
        """The ticked (source id, row number) pairs."""
        return [tuple(self.model.item(r).data(ROW_ROLE)) for r in range(self.model.rowCount())
                if self.model.item(r).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        ticked = len(self.rows())
        self.split_button.setEnabled(0 < ticked < self.model.rowCount())
