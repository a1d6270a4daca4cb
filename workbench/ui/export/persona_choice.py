"""Which personas of a set go into an export: all of them, or only the ticked ones."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QListWidget, QListWidgetItem, QRadioButton, QVBoxLayout, QWidget

from workbench.i18n import translate

#: The tick list shows this many personas before it scrolls.
MAX_ROWS = 6


class PersonaChoice(QWidget):
    """"All personas" or "Only the checked personas" with a tick box per persona."""

    #: The choice changed (a radio button or a tick box).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key: object = None  # which persona set of which project is offered
        self.all_radio = QRadioButton(translate("Export", "All personas"))
        self.checked_radio = QRadioButton(translate("Export", "Only the checked personas"))
        self.all_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.checked_radio)
        self.persona_list = QListWidget()
        self.persona_list.setAccessibleName(translate("Export", "Personas to export"))
        self.persona_list.setEnabled(False)
        self.checked_radio.toggled.connect(self.persona_list.setEnabled)
        self.checked_radio.toggled.connect(self.changed)
        self.persona_list.itemChanged.connect(self.changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.checked_radio)
        layout.addWidget(self.persona_list)

    def set_personas(self, key: object, personas) -> None:
        """Offer ``personas`` (objects with ``id`` and ``name``) of the persona set ``key``.

        Showing the same set (equal ``key``) again keeps what was unticked; another set starts
        with all.
        """
        same_set = key == self.key
        unticked = {self.persona_list.item(row).data(Qt.ItemDataRole.UserRole)
                    for row in range(self.persona_list.count())
                    if self.persona_list.item(row).checkState() != Qt.CheckState.Checked}
        self.key = key
        self.persona_list.blockSignals(True)
        self.persona_list.clear()
        for persona in personas:
            item = QListWidgetItem(persona.name)
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if same_set and persona.id in unticked
                               else Qt.CheckState.Checked)
            self.persona_list.addItem(item)
        self.persona_list.blockSignals(False)
        # as tall as its rows, up to a few of them (then it scrolls)
        rows = max(1, min(self.persona_list.count(), MAX_ROWS))
        frame = 2 * self.persona_list.frameWidth() + 2
        self.persona_list.setFixedHeight(rows * max(self.persona_list.sizeHintForRow(0), 1) + frame)
        if not same_set:
            self.all_radio.setChecked(True)

    def count(self) -> int:
        """How many personas the set has."""
        return self.persona_list.count()

    def persona_ids(self) -> list[int] | None:
        """The personas to export; None means all of them."""
        if self.all_radio.isChecked():
            return None
        return [self.persona_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.persona_list.count())
                if self.persona_list.item(row).checkState() == Qt.CheckState.Checked]

    def set_checked_personas(self, ids: list[int]) -> None:
        """Export only ``ids``: choose "Only the checked personas" and tick exactly those."""
        self.checked_radio.setChecked(True)
        for row in range(self.persona_list.count()):
            item = self.persona_list.item(row)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in ids
                               else Qt.CheckState.Unchecked)
