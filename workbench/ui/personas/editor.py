"""The card editor: the researcher's words on a persona (the data's part stays as computed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate
from workbench.store.personas import EDITABLE_FIELDS, StoredPersona
from workbench.ui.personas import wording
from workbench.ui.personas.visuals import Avatar, persona_color
from workbench.ui.style import scale_font


class PersonaEditorDialog(QDialog):
    """Edit name, quote, narrative, goals, frustrations, motivations and preferred channels."""

    def __init__(self, persona: StoredPersona, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.persona = persona
        self.setWindowTitle(translate("PersonasArea", "Edit persona"))
        self.setMinimumWidth(560)

        self.name_edit = QLineEdit(persona.name)
        self.name_edit.setAccessibleName(translate("PersonasArea", "Name"))
        self.quote_edit = QLineEdit(persona.quote)
        self.quote_edit.setPlaceholderText(translate(
            "PersonasArea", "One line in the persona's own words"))
        self.narrative_edit = self._text(persona.narrative, translate(
            "PersonasArea", "Who they are and what their days look like"))
        self.goals_edit = self._text(persona.goals, translate(
            "PersonasArea", "What they want to get done"))
        self.frustrations_edit = self._text(persona.frustrations, translate(
            "PersonasArea", "What gets in their way"))
        self.motivations_edit = self._text(persona.motivations, translate(
            "PersonasArea", "What drives their choices"))
        self.channels_edit = QLineEdit(persona.channels)
        self.channels_edit.setPlaceholderText(translate(
            "PersonasArea", "e.g. app, store, call centre"))

        avatar = Avatar(wording.initials(persona.name), persona_color(persona.position), 40)
        self.name_edit.textChanged.connect(lambda text: avatar.set_initials(wording.initials(text)))
        hint = QLabel(translate(
            "PersonasArea", "{size} customers. The figures on the card come from the data and "
            "are not edited here.").format(size=wording.count(persona.size)))
        hint.setObjectName("Secondary")
        hint.setWordWrap(True)
        title = QLabel(translate("PersonasArea", "Persona {n}").format(n=persona.position + 1))
        scale_font(title, 1.15, QFont.Weight.DemiBold)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(hint)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(avatar, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(translate("PersonasArea", "&Name:"), self.name_edit)
        form.addRow(translate("PersonasArea", "&Quote:"), self.quote_edit)
        form.addRow(translate("PersonasArea", "N&arrative:"), self.narrative_edit)
        form.addRow(translate("PersonasArea", "&Goals:"), self.goals_edit)
        form.addRow(translate("PersonasArea", "&Frustrations:"), self.frustrations_edit)
        form.addRow(translate("PersonasArea", "&Motivations:"), self.motivations_edit)
        form.addRow(translate("PersonasArea", "Preferred &channels:"), self.channels_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @staticmethod
    def _text(value: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(78)
        return edit

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> dict[str, str]:
        """Every editable field as typed (names trimmed)."""
        return {
            "name": self.name_edit.text().strip(),
            "narrative": self.narrative_edit.toPlainText().strip(),
            "goals": self.goals_edit.toPlainText().strip(),
            "frustrations": self.frustrations_edit.toPlainText().strip(),
            "motivations": self.motivations_edit.toPlainText().strip(),
            "channels": self.channels_edit.text().strip(),
            "quote": self.quote_edit.text().strip(),
        }

    def changes(self) -> tuple[dict[str, str], dict[str, str]]:
        """(previous values, new values) of the fields that changed."""
        after = self.values()
        before = {field: getattr(self.persona, field) for field in EDITABLE_FIELDS}
        changed = [f for f in EDITABLE_FIELDS if after[f] != before[f]]
        return {f: before[f] for f in changed}, {f: after[f] for f in changed}
