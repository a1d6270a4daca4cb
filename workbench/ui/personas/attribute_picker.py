"""Which attributes a new persona set clusters on, which it only describes, which it measures.

One row per attribute: its tick says "cluster on it"; the "On the cards" column
says what happens to it otherwise: described on the cards (shown, not
clustered), measured as an outcome (churn, satisfaction... per persona, never
clustered by default), or left out. Clustered attributes are always described.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.personas.background import AttributeChoice, AttributeSummary

# Attributes blank for more than this share of customers are flagged in the picker.
MOSTLY_BLANK = 0.5
BLANKS_WARNING = "#C77C02"
NAME, KIND, CARD, BLANKS, VALUES = range(5)
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1


class AttributePicker(QGroupBox):
    """The attribute table of the new-persona-set dialog, with its quick-pick buttons."""

    changed = Signal()

    def __init__(self, summary: AttributeSummary, parent: QWidget | None = None) -> None:
        super().__init__(translate("PersonasArea", "Attributes"), parent)
        self.summary = summary
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([
            translate("PersonasArea", "Cluster on"), translate("PersonasArea", "Kind"),
            translate("PersonasArea", "On the cards"), translate("PersonasArea", "Blanks"),
            translate("PersonasArea", "Values")])
        self.model.horizontalHeaderItem(CARD).setToolTip(translate(
            "PersonasArea", "Attributes not clustered on can still be described on the cards; "
            "outcomes are measured for each persona against everyone else."))
        for choice in summary.choices:
            self.model.appendRow(self._row(choice))
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.header()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, CARD, BLANKS, VALUES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.model.itemChanged.connect(self._item_changed)

        all_button = QPushButton(translate("PersonasArea", "All"))
        all_button.setToolTip(translate("PersonasArea", "Cluster on every attribute except the "
                                        "outcomes"))
        all_button.clicked.connect(lambda: self.set_chosen(
            [c.name for c in summary.choices if not c.outcome]))
        none_button = QPushButton(translate("PersonasArea", "None"))
        none_button.clicked.connect(lambda: self.set_chosen([]))
        default_button = QPushButton(translate("PersonasArea", "Suitable ones"))
        default_button.setToolTip(translate(
            "PersonasArea", "Numbers, and categories with a manageable number of values"))
        default_button.clicked.connect(self.restore_defaults)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("Secondary")
        pick_row = QHBoxLayout()
        pick_row.addWidget(all_button)
        pick_row.addWidget(none_button)
        pick_row.addWidget(default_button)
        pick_row.addStretch(1)
        pick_row.addWidget(self.chosen_label)
        intro = QLabel(translate(
            "PersonasArea", "Tick the attributes the personas are formed from. The others can "
            "still be described on the cards; outcomes such as churn or satisfaction are measured "
            "for each persona, not clustered on."))
        intro.setObjectName("Secondary")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(pick_row)
        self._update_label()

    # --- rows ------------------------------------------------------------------------

    def _row(self, choice: AttributeChoice) -> list[QStandardItem]:
        name = QStandardItem(choice.name)
        name.setCheckable(True)
        name.setEditable(False)
        name.setCheckState(Qt.CheckState.Checked if choice.suitable else Qt.CheckState.Unchecked)
        name.setData(choice.name, Qt.ItemDataRole.UserRole)
        name.setData(choice, CHOICE_ROLE)
        if choice.outcome:
            name.setToolTip(translate(
                "PersonasArea", "An outcome: measured for each persona, not clustered on. Tick it "
                "only if the personas should be formed from it."))
        elif not choice.suitable:
            name.setToolTip(translate(
                "PersonasArea", "Not chosen by default: it has a single value, or so many "
                "categories that it describes individuals rather than groups."))
        kind = QStandardItem({"numeric": translate("PersonasArea", "number"),
                              "outcome": translate("PersonasArea", "outcome")}.get(
            choice.kind, translate("PersonasArea", "category")))
        card = QStandardItem()
        card.setEditable(False)
        card.setCheckable(True)
        card.setCheckState(Qt.CheckState.Checked if (choice.outcome or choice.describable)
                           else Qt.CheckState.Unchecked)
        blanks = QStandardItem(wording.count(choice.missing))
        if self.summary.customers and choice.missing > MOSTLY_BLANK * self.summary.customers:
            share = wording.percent(choice.missing / self.summary.customers)
            blanks.setForeground(QBrush(QColor(BLANKS_WARNING)))
            blanks.setToolTip(translate(
                "PersonasArea", "Mostly blank: {share} of the customers have no value here. "
                "Filling them in gives those customers invented values; consider leaving this "
                "attribute out.").format(share=share))
            name.setToolTip(blanks.toolTip())
        values = QStandardItem(wording.count(choice.distinct))
        for item in (kind, blanks, values):
            item.setEditable(False)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        kind.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row = [name, kind, card, blanks, values]
        self._show_card(row[NAME], card)
        return row

    def _show_card(self, name: QStandardItem, card: QStandardItem) -> None:
        """The "On the cards" cell of a row, after its tick changed."""
        choice: AttributeChoice = name.data(CHOICE_ROLE)
        clustered = name.checkState() == Qt.CheckState.Checked
        card.setEnabled(not clustered)
        if clustered:
            card.setText(translate("PersonasArea", "clustered"))
            card.setToolTip(translate("PersonasArea", "Clustered on, so it is described on the "
                                      "cards too."))
        elif choice.outcome:
            card.setText(translate("PersonasArea", "measured"))
            card.setToolTip(translate("PersonasArea", "Ticked: its rate or mean is measured for "
                                      "each persona against everyone else (the Outcomes block)."))
        else:
            card.setText(translate("PersonasArea", "described"))
            card.setToolTip(translate("PersonasArea", "Ticked: shown on the cards where it sets "
                                      "a persona apart, without forming the personas."))

    def _item_changed(self, item: QStandardItem) -> None:
        if item.column() == NAME:
            self.model.blockSignals(True)
            self._show_card(item, self.model.item(item.row(), CARD))
            self.model.blockSignals(False)
            self.view.viewport().update()
        self._update_label()
        self.changed.emit()

    def _update_label(self) -> None:
        self.chosen_label.setText(translate("PersonasArea", "{n} of {total} chosen").format(
            n=len(self.chosen_features()), total=len(self.summary.choices)))

    def _rows(self):
        for row in range(self.model.rowCount()):
            name = self.model.item(row, NAME)
            yield (name.data(CHOICE_ROLE), name.checkState() == Qt.CheckState.Checked,
                   self.model.item(row, CARD).checkState() == Qt.CheckState.Checked)

    # --- what the run gets -------------------------------------------------------------

    def chosen_features(self) -> list[str]:
        """The attributes to cluster on."""
        return [choice.name for choice, clustered, _card in self._rows() if clustered]

    def described(self) -> list[str]:
        """Attributes shown on the cards without being clustered on."""
        return [choice.name for choice, clustered, card in self._rows()
                if card and not clustered and not choice.outcome]

    def outcomes(self) -> list[str]:
        """Outcome attributes measured per persona (an outcome clustered on is not one)."""
        return [choice.name for choice, clustered, card in self._rows()
                if card and not clustered and choice.outcome]

    def set_chosen(self, names: list[str]) -> None:
        """Cluster on exactly ``names``; the others keep what the cards do with them."""
        self._set_column(NAME, set(names))

    def set_on_cards(self, names: list[str]) -> None:
        """Describe (or, for outcomes, measure) exactly ``names`` among the unclustered ones."""
        self._set_column(CARD, set(names))

    def restore_defaults(self) -> None:
        """Suitable attributes clustered, the others described, outcomes measured."""
        self.set_on_cards([c.name for c in self.summary.choices if c.outcome or c.describable])
        self.set_chosen([c.name for c in self.summary.choices if c.suitable])

    def _set_column(self, column: int, wanted: set[str]) -> None:
        self.model.blockSignals(True)
        for row in range(self.model.rowCount()):
            name = self.model.item(row, NAME)
            item = self.model.item(row, column)
            item.setCheckState(Qt.CheckState.Checked if name.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)
            self._show_card(name, self.model.item(row, CARD))
        self.model.blockSignals(False)
        self.view.viewport().update()
        self._update_label()
        self.changed.emit()
