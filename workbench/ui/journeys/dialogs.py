"""Small dialogs of the Journeys area: a new map from a persona, a quote from the evidence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate
from workbench.services import journeys as service
from workbench.services import personas as persona_service
from workbench.ui.numbers import count_text
from workbench.ui.style import scale_font


class NewJourneyDialog(QDialog):
    """Choose the persona set, the persona and the template of a new journey map."""

    def __init__(self, project, persona_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(translate("Journeys", "New journey map"))
        self.setMinimumWidth(520)
        title = QLabel(translate("Journeys", "A journey map for one persona"))
        scale_font(title, 1.15, QFont.Weight.DemiBold)
        hint = QLabel(translate(
            "Journeys", "The stages come from the template; where touchpoint events were "
            "imported, the persona's members' observed journey is computed and its friction points "
            "are proposed as pain points."))
        hint.setObjectName("Secondary")
        hint.setWordWrap(True)
        self.set_combo = QComboBox()
        self.persona_combo = QComboBox()
        self.template_combo = QComboBox()
        self.name_edit = QLineEdit()
        self.template_hint = QLabel()
        self.template_hint.setObjectName("Secondary")
        self.template_hint.setWordWrap(True)
        for template in service.templates(project):
            self.template_combo.addItem(template.name, template.key)
            self.template_combo.setItemData(self.template_combo.count() - 1,
                                            " → ".join(template.stages),
                                            Qt.ItemDataRole.ToolTipRole)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.sets = persona_service.persona_sets(project)
        wanted_set = None
        for stored in self.sets:
            self.set_combo.addItem(stored.name, stored.id)
            if persona_id is not None and any(
                    p.id == persona_id for p in persona_service.personas_of(project, stored.id)):
                wanted_set = stored.id
        self.set_combo.currentIndexChanged.connect(self._set_changed)
        if wanted_set is not None:
            self.set_combo.setCurrentIndex(self.set_combo.findData(wanted_set))
        elif self.sets:
            self.set_combo.setCurrentIndex(self.set_combo.count() - 1)  # the newest set
        self._set_changed()
        if persona_id is not None:
            index = self.persona_combo.findData(persona_id)
            if index >= 0:
                self.persona_combo.setCurrentIndex(index)
        self.persona_combo.currentIndexChanged.connect(self._persona_changed)
        self._persona_changed()
        self._template_changed()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(translate("Journeys", "Persona &set:"), self.set_combo)
        form.addRow(translate("Journeys", "&Persona:"), self.persona_combo)
        form.addRow(translate("Journeys", "&Template:"), self.template_combo)
        form.addRow("", self.template_hint)
        form.addRow(translate("Journeys", "&Name:"), self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Journeys", "Create map"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.persona_combo.count() > 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _set_changed(self) -> None:
        self.persona_combo.blockSignals(True)
        self.persona_combo.clear()
        set_id = self.set_combo.currentData()
        if set_id is not None:
            for persona in persona_service.personas_of(self.project, set_id):
                self.persona_combo.addItem(translate("Journeys", "{name} ({size} customers)").format(
                    name=persona.name, size=count_text(persona.size)), persona.id)
                self.persona_combo.setItemData(self.persona_combo.count() - 1, persona.name,
                                               Qt.ItemDataRole.UserRole + 1)
        self.persona_combo.blockSignals(False)
        self._persona_changed()

    def _persona_changed(self) -> None:
        name = self.persona_combo.currentData(Qt.ItemDataRole.UserRole + 1)
        self.name_edit.setPlaceholderText(
            translate("Journeys", "Journey of {persona}").format(persona=name) if name else "")

    def _template_changed(self) -> None:
        self.template_hint.setText(self.template_combo.currentData(Qt.ItemDataRole.ToolTipRole) or "")

    def choice(self) -> tuple[int | None, str, str | None]:
        """(persona id, template key, name or None for the default)."""
        return (self.persona_combo.currentData(), self.template_combo.currentData(),
                self.name_edit.text().strip() or None)


class QuoteDialog(QDialog):
    """Pick one of the persona's members' passages to put on the map, linked to its document."""

    def __init__(self, passages: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Journeys", "Add a quote from the evidence"))
        self.resize(620, 480)
        self.passages = passages
        hint = QLabel(translate(
            "Journeys", "Passages the persona's members said, as coded in the Evidence area. The "
            "card stays linked to its passage.") if passages else translate(
            "Journeys", "The persona's members have no coded passages yet: code their interviews "
            "in the Evidence area first."))
        hint.setObjectName("Secondary")
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for passage in passages:
            source = " · ".join(p for p in (passage.customer_label, passage.code_name,
                                            passage.document_title) if p)
            item = QListWidgetItem(f"“{' '.join(passage.text.split())}”\n— {source}")
            self.list.addItem(item)
        if passages:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(passages))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self):
        row = self.list.currentRow()
        return self.passages[row] if 0 <= row < len(self.passages) else None
