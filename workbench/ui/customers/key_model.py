"""The key columns offered in the link dialog: one row per column that can identify a person."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from workbench.analysis.linking import RULES, LinkKey
from workbench.domain.columns import ColumnRole
from workbench.domain.sources import Source, SourceColumn
from workbench.i18n import translate
from workbench.ui.customers.wording import rule_description, rule_title
from workbench.ui.data.roles import pii_kind_title, role_title

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

#: Roles whose columns never identify a person.
_NOT_KEYS = (ColumnRole.FREE_TEXT, ColumnRole.IGNORE, ColumnRole.NUMERIC, ColumnRole.DATE)


@dataclass
class KeyChoice:
    source: Source
    column: SourceColumn
    used: bool
    rule: str


def suggested_rule(column: SourceColumn) -> str:
    """The rule a column is most likely linked by, from its role."""
    if column.pii_kind == "email":
        return "email"
    if column.pii_kind == "phone":
        return "phone"
    if column.role is ColumnRole.IDENTIFIER:
        return "id"
    return "exact"


def key_choices(sources: Sequence[tuple[Source, Sequence[SourceColumn]]],
                defaults: Sequence[LinkKey]) -> list[KeyChoice]:
    """Every column that may identify a person; the default keys ticked with their rule."""
    chosen = {(k.source_id, k.column): k.rule for k in defaults}
    choices = []
    for source, columns in sources:
        likely = sorted((c for c in columns if c.role not in _NOT_KEYS),
                        key=lambda c: (c.role not in (ColumnRole.IDENTIFIER, ColumnRole.PII),
                                       c.position))
        for column in likely:
            rule = chosen.get((source.id, column.name)) or chosen.get((source.id, column.title))
            used = (source.id, column.name) in chosen or (source.id, column.title) in chosen
            choices.append(KeyChoice(source, column, used, rule or suggested_rule(column)))
    return choices


class KeyChoicesModel(QAbstractTableModel):
    """Use (check box) · Source · Column · Role · Rule (editable)."""

    USE, SOURCE, COLUMN, ROLE, RULE = range(5)

    def __init__(self, choices: Sequence[KeyChoice] = (), parent=None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def set_choices(self, choices: Sequence[KeyChoice]) -> None:
        self.beginResetModel()
        self.choices = list(choices)
        self.endResetModel()

    def keys(self, loose_email: bool = False) -> list[LinkKey]:
        """The ticked columns as link keys (``loose_email`` turns "email" into "email-loose")."""
        keys = []
        for choice in self.choices:
            if choice.used:
                rule = "email-loose" if loose_email and choice.rule == "email" else choice.rule
                keys.append(LinkKey(choice.source.id, choice.column.name, rule))
        return keys

    def row_of(self, source_id: int, column: str) -> int:
        return next((i for i, c in enumerate(self.choices) if c.source.id == source_id
                     and column in (c.column.name, c.column.title)), -1)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.choices)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("LinkDialog", "Use"), translate("LinkDialog", "Source"),
                translate("LinkDialog", "Column"), translate("LinkDialog", "Role"),
                translate("LinkDialog", "Match by"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.USE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.RULE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        choice = self.choices[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.USE:
            return Qt.CheckState.Checked if choice.used else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SOURCE:
                return choice.source.display_name
            if column == self.COLUMN:
                return choice.column.title
            if column == self.ROLE:
                text = role_title(choice.column.role)
                kind = pii_kind_title(choice.column.pii_kind)
                return f"{text} ({kind})" if kind else text
            if column == self.RULE:
                return rule_title(choice.rule)
        if role == Qt.ItemDataRole.EditRole and column == self.RULE:
            return choice.rule
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RULE:
            return rule_description(choice.rule)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        choice = self.choices[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.USE:
            choice.used = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and index.column() == self.RULE and value in RULES:
            choice.rule = str(value)
            choice.used = True  # choosing how to match a column means using it
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 0))
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class RuleDelegate(QStyledItemDelegate):
    """A drop-down of the linking rules; a choice takes effect at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
                     ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(translate("LinkDialog", "Match by"))
        for position, rule in enumerate(RULES):
            combo.addItem(rule_title(rule), rule)
            combo.setItemData(position, rule_description(rule), Qt.ItemDataRole.ToolTipRole)
        combo.activated.connect(lambda _position, combo=combo: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if position >= 0 and position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(position)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex) -> None:
        editor.setGeometry(option.rect.adjusted(1, 1, -1, -1))
