"""The database import dialog's two tables: the columns with their roles (editable, as in
the file import dialog, whose models and role editor they reuse) over the first rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate
from workbench.ui.data.import_models import ColumnsModel, PreviewModel, RoleDelegate
from workbench.ui.style import scale_font

PREVIEW_COLUMN_WIDTH = (60, 240)


class ColumnsAndRows(QSplitter):
    """Columns (role editors open) above the data preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.columns_model = ColumnsModel(self)
        self.preview_model = PreviewModel(self.columns_model, self)

        self.columns_view = QTableView()
        self.columns_view.setObjectName("ImportColumns")
        self.columns_view.setAccessibleName(translate("ImportDialog", "Columns and their roles"))
        self.columns_view.setModel(self.columns_model)
        self.columns_view.setItemDelegateForColumn(ColumnsModel.ROLE,
                                                   RoleDelegate(self.columns_view))
        self.columns_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columns_view.setWordWrap(False)
        self.columns_view.verticalHeader().hide()
        self.columns_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.columns_view.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 6)
        header = self.columns_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(ColumnsModel.EXAMPLES, QHeaderView.ResizeMode.Stretch)
        self.columns_view.setColumnWidth(ColumnsModel.COLUMN, 200)
        self.columns_view.setColumnWidth(ColumnsModel.ROLE, 170)
        self.columns_view.setColumnWidth(ColumnsModel.WHY, 300)
        self.columns_model.modelReset.connect(self._open_role_editors)

        self.preview_view = QTableView()
        self.preview_view.setObjectName("ImportPreview")
        self.preview_view.setAccessibleName(translate("ImportDialog", "Data preview"))
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.verticalHeader().hide()
        self.preview_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview_view.verticalHeader().setDefaultSectionSize(
            self.preview_view.fontMetrics().height() + 8)
        self.preview_view.horizontalHeader().setHighlightSections(False)
        self.preview_view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.setChildrenCollapsible(False)
        self.addWidget(_titled(
            translate("ImportDialog", "Columns"),
            translate("ImportDialog", "Check the role of each column; change any that the "
                      "workbench guessed wrong."), self.columns_view))
        self.addWidget(_titled(
            translate("ImportDialog", "Data preview"),
            translate("DatabaseImport", "The first rows of the source as they will be imported."),
            self.preview_view))
        self.setSizes([220, 220])

    def _open_role_editors(self) -> None:
        for row in range(self.columns_model.rowCount()):
            self.columns_view.openPersistentEditor(self.columns_model.index(row, ColumnsModel.ROLE))

    def fit_preview_columns(self) -> None:
        view, model = self.preview_view, self.preview_model
        low, high = PREVIEW_COLUMN_WIDTH
        metrics = view.fontMetrics()
        for column in range(model.columnCount()):
            header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(line) for line in header.split("\n")) + 24
            for row in range(min(30, model.rowCount())):
                width = max(width, metrics.horizontalAdvance(model.index(row, column).data() or "")
                            + 16)
                if width >= high:
                    break
            view.setColumnWidth(column, max(low, min(high, width)))



def _titled(title: str, hint: str, view: QWidget) -> QWidget:
    heading = QLabel(title)
    scale_font(heading, 1.08, QFont.Weight.DemiBold)
    heading.setBuddy(view)
    explanation = QLabel(hint)
    explanation.setObjectName("Secondary")
    top = QHBoxLayout()
    top.setSpacing(10)
    top.addWidget(heading)
    top.addWidget(explanation, 1)
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.setSpacing(4)
    layout.addLayout(top)
    layout.addWidget(view, 1)
    return box
