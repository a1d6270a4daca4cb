"""Item models of the import dialog: the columns with their roles, and the data preview."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.i18n import translate
from workbench.ui.data.cells import display_text, is_number, numeric_alignment, tooltip_text
from workbench.ui.data.roles import (
    measure_choices,
    role_choice,
    role_description,
    role_title,
    role_with_detail,
)
from workbench.ui.data.source_models import ROOT, Index, column_tooltip

EXAMPLES = 3
EXAMPLE_CHARS = 40


class ColumnsModel(QAbstractTableModel):
    """The columns of the file being imported: header, role (editable), why, examples.

    The user's changes (role, header label) are remembered by column name, so
    re-reading the file with another encoding or separator keeps them. A
    measure's role is edited with its kind and scale: the Role column's edit
    value is a role choice such as "measure:csat:1-7" (see
    :func:`workbench.ui.data.roles.role_choice`).
    """

    COLUMN, ROLE, WHY, EXAMPLES = range(4)
    #: Emitted after the user changed a role or a label.
    columns_edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._specs: list[ColumnSpec] = []
        self._inferred: list[ColumnSpec] = []
        self._examples: list[str] = []
        #: column name -> {"role": ColumnRole, "measure": str | None, "label": str} chosen
        #: by the user
        self._chosen: dict[str, dict] = {}

    # --- what the dialog calls ---------------------------------------------------------

    def set_columns(self, columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]],
                    keep_choices: bool = True) -> None:
        """Show freshly read columns, re-applying the user's earlier choices by name."""
        self.beginResetModel()
        if not keep_choices:
            self._chosen.clear()
        self._inferred = list(columns)
        self._specs = [self._with_choices(spec) for spec in columns]
        self._examples = [_examples(rows, i) for i in range(len(columns))]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._specs, self._inferred, self._examples = [], [], []
        self.endResetModel()

    def specs(self) -> list[ColumnSpec]:
        """The columns as the user edited them, for ``import_file(specs=...)``."""
        return list(self._specs)

    def row_of(self, column: str | None) -> int:
        """The row of a column named by its header or name (as in error messages), or -1."""
        for i, spec in enumerate(self._specs):
            if column in (spec.label, spec.name, spec.title):
                return i
        return -1

    def _with_choices(self, spec: ColumnSpec) -> ColumnSpec:
        chosen = self._chosen.get(spec.name)
        if not chosen:
            return spec
        if "label" in chosen:
            spec = replace(spec, label=chosen["label"])
        if "role" in chosen and (chosen["role"] is not ColumnRole(spec.role)
                                 or chosen.get("measure") != spec.measure):
            spec = _with_role(spec, chosen["role"], measure=chosen.get("measure"))
        return spec

    # --- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._specs)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("ImportDialog", "Column"), translate("ImportDialog", "Role"),
                    translate("ImportDialog", "Why this role"),
                    translate("ImportDialog", "Examples"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (translate("ImportDialog", "The column's header. Double-click to rename it "
                              "in the project."),
                    translate("ImportDialog", "What the workbench does with the column. Change "
                              "it if the guess is wrong."),
                    translate("ImportDialog", "Why the workbench guessed this role."),
                    translate("ImportDialog", "The first different values in the preview."))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (self.COLUMN, self.ROLE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._specs):
            return None
        spec, column = self._specs[index.row()], index.column()
        chosen_role = ColumnRole(spec.role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN:
                return spec.title
            if column == self.ROLE:
                return role_with_detail(chosen_role, spec.pii_kind, spec.measure)
            if column == self.WHY:
                return spec.reason
            return self._examples[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            if column == self.COLUMN:
                return spec.title
            if column == self.ROLE:
                return role_choice(chosen_role, spec.measure)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COLUMN:
                return column_tooltip(spec.title, spec.name, chosen_role, spec.pii_kind,
                                      measure=spec.measure)
            if column == self.ROLE:
                return role_description(chosen_role)
            if column == self.WHY:
                return spec.reason or None
            return self._examples[index.row()] or None
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = index.row()
        spec = self._specs[row]
        if index.column() == self.ROLE:
            role_text, _, measure_text = str(value).partition(":")
            try:
                new_role = ColumnRole(role_text)
            except ValueError:
                return False
            inferred = self._inferred[row]
            measure = None
            if new_role is ColumnRole.MEASURE:
                measure = measure_text or spec.measure or inferred.measure or _measure_for(spec)
            if new_role is ColumnRole(spec.role) and measure == spec.measure:
                return True
            if new_role is ColumnRole(inferred.role) and measure == inferred.measure:
                self._specs[row] = replace(inferred, label=spec.label)  # the guess: its reason
            else:
                self._specs[row] = _with_role(spec, new_role, inferred.pii_kind, measure)
            chosen = self._chosen.setdefault(spec.name, {})
            chosen["role"], chosen["measure"] = new_role, measure
        elif index.column() == self.COLUMN:
            label = str(value or "").strip()
            if not label or label == spec.title:
                return False
            self._specs[row] = replace(spec, label=label)
            self._chosen.setdefault(spec.name, {})["label"] = label
        else:
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.WHY))
        self.columns_edited.emit()
        return True


def _with_role(spec: ColumnSpec, role: ColumnRole, pii_kind: str | None = None,
               measure: str | None = None) -> ColumnSpec:
    return replace(spec, role=role, reason=translate("ImportDialog", "chosen by you"),
                   pii_kind=(pii_kind or spec.pii_kind) if role is ColumnRole.PII else None,
                   measure=(measure or _measure_for(spec)) if role is ColumnRole.MEASURE
                   else None)


def _measure_for(spec: ColumnSpec) -> str:
    """The measure a column is given when "Measure" is chosen without a scale: the usual
    scale of the kind its header names, else the first one the chooser lists."""
    from workbench.ingest.measures import MeasureChoiceError, resolved_spec

    try:
        return resolved_spec(None, spec.label or spec.name).text()
    except MeasureChoiceError:
        return measure_choices()[0][1].partition(":")[2]


def _examples(rows: Sequence[Sequence[object]], column: int) -> str:
    seen: list[str] = []
    for row in rows:
        text = display_text(row[column]) if column < len(row) else ""
        if text and text not in seen:
            seen.append(text if len(text) <= EXAMPLE_CHARS else text[:EXAMPLE_CHARS - 1] + "…")
            if len(seen) == EXAMPLES:
                break
    return " · ".join(seen)


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, headed by each column's label and current role."""

    def __init__(self, columns: ColumnsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Sequence[object]] = []
        self._row_numbers: list[int] = []
        self._locale = QLocale()
        columns.dataChanged.connect(self._roles_changed)

    def set_rows(self, rows: Sequence[Sequence[object]], row_numbers: Sequence[int]) -> None:
        self.beginResetModel()
        self._rows, self._row_numbers = list(rows), list(row_numbers)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], [])

    def _roles_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        first, last = 1 + top_left.row(), 1 + bottom_right.row()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, first, last)
        if self._rows:  # numbers align right under a Numeric header
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last),
                                  [Qt.ItemDataRole.TextAlignmentRole])

    def _is_numeric(self, column: int) -> bool:
        specs = self._columns.specs()
        return 0 < column <= len(specs) and ColumnRole(specs[column - 1].role) in (
            ColumnRole.NUMERIC, ColumnRole.MEASURE)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() or not self._rows:
            return 0
        return 1 + self._columns.rowCount()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return None
        if section == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("ImportDialog", "Row") + "\n"
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("ImportDialog", "The row number in the file, as you see it in "
                                 "Excel or LibreOffice.")
            return None
        specs = self._columns.specs()
        if not 0 < section <= len(specs):
            return None
        spec = specs[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{spec.title}\n{role_title(spec.role)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_tooltip(spec.title, spec.name, ColumnRole(spec.role), spec.pii_kind,
                                  measure=spec.measure)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if column == 0:
            value: object = self._row_numbers[index.row()]
        else:
            row = self._rows[index.row()]
            value = row[column - 1] if column - 1 < len(row) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(value, self._locale)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(value, self._locale)
        if role == Qt.ItemDataRole.TextAlignmentRole and (column == 0 or is_number(value)
                                                          or self._is_numeric(column)):
            return numeric_alignment()
        return None


class RoleDelegate(QStyledItemDelegate):
    """A drop-down of the translated role names; a choice takes effect at once.

    Measure is offered once per kind and scale ("Measure: NPS 0–10", "Measure:
    CSAT 1–7"…), after the other roles: the item's data is the role choice
    ("measure:csat:1-7") the model stores.
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
                     ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(translate("ImportDialog", "Role"))
        for role in ColumnRole:
            if role is ColumnRole.MEASURE:
                continue
            combo.addItem(role_title(role), role.value)
            combo.setItemData(combo.count() - 1, role_description(role),
                              Qt.ItemDataRole.ToolTipRole)
        combo.insertSeparator(combo.count())
        for title, choice in measure_choices():
            combo.addItem(translate("ImportDialog", "Measure: {scale}").format(scale=title),
                          choice)
            combo.setItemData(combo.count() - 1, role_description(ColumnRole.MEASURE),
                              Qt.ItemDataRole.ToolTipRole)
        combo.activated.connect(lambda _position, combo=combo: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if position >= 0 and position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(position)
            editor.blockSignals(False)
        editor.setToolTip(index.data(Qt.ItemDataRole.ToolTipRole) or "")

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex) -> None:
        editor.setGeometry(option.rect.adjusted(1, 1, -1, -1))
