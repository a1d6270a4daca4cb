"""The card editor: the researcher's words and photo on a persona (data stay as computed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.persona_sets import EDITABLE_FIELDS, StoredPersona
from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.personas.photo import PhotoError, photo_filter, photo_png
from workbench.ui.personas.visuals import Avatar, persona_color
from workbench.ui.style import scale_font


class PersonaEditorDialog(QDialog):
    """Edit name, photo, quote, narrative, goals, frustrations, motivations and channels."""

    def __init__(self, persona: StoredPersona, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.persona = persona
        #: The photo as it will be stored (PNG bytes), None for the initials avatar.
        self.photo: bytes | None = persona.photo
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

        self.avatar = Avatar(wording.initials(persona.name), persona_color(persona.position), 72)
        self.avatar.set_photo(persona.photo)
        self.name_edit.textChanged.connect(
            lambda text: self.avatar.set_initials(wording.initials(text)))
        hint = QLabel(translate(
            "PersonasArea", "{size} customers. The figures on the card come from the data and "
            "are not edited here.").format(size=wording.count(persona.size)))
        hint.setObjectName("Secondary")
        hint.setWordWrap(True)
        title = QLabel(translate("PersonasArea", "Persona {n}").format(n=persona.position + 1))
        scale_font(title, 1.15, QFont.Weight.DemiBold)
        self.photo_button = QPushButton(translate("PersonasArea", "Choose photo…"))
        self.photo_button.setToolTip(translate(
            "PersonasArea", "Use a picture of your own (PNG or JPEG) for this persona. It is "
            "stored in the project, scaled down to at most 512 pixels."))
        self.photo_button.clicked.connect(self.choose_photo)
        self.initials_button = QPushButton(translate("PersonasArea", "Use initials"))
        self.initials_button.setToolTip(translate(
            "PersonasArea", "Remove the photo and show the persona's initials instead"))
        self.initials_button.clicked.connect(self.use_initials)
        self.photo_message = QLabel()
        self.photo_message.setObjectName("Warning")
        self.photo_message.setWordWrap(True)
        self.photo_message.hide()
        photo_row = QHBoxLayout()
        photo_row.setSpacing(8)
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.initials_button)
        photo_row.addStretch(1)
        heading = QVBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(title)
        heading.addWidget(hint)
        heading.addLayout(photo_row)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(translate("PersonasArea", "&Name:"), self.name_edit)
        form.addRow(translate("PersonasArea", "&Quote:"), self.quote_edit)
        form.addRow(translate("PersonasArea", "N&arrative:"), self.narrative_edit)
        draft = (persona.profile.get("story") or "").strip()
        self.draft_button = QPushButton(translate("PersonasArea", "Start from the draft story"))
        self.draft_button.setToolTip(translate(
            "PersonasArea", "Put the story written from the figures in the narrative, to edit it "
            "into your own words."))
        self.draft_button.clicked.connect(lambda: self.narrative_edit.setPlainText(draft))
        offer_draft = bool(draft) and not persona.narrative.strip()
        self.draft_button.setVisible(offer_draft)
        if offer_draft:
            self.narrative_edit.setPlaceholderText(translate(
                "PersonasArea", "Empty: the card shows the draft story written from the figures"))
        form.addRow("", self.draft_button)
        form.addRow(translate("PersonasArea", "&Goals:"), self.goals_edit)
        form.addRow(translate("PersonasArea", "&Frustrations:"), self.frustrations_edit)
        form.addRow(translate("PersonasArea", "&Motivations:"), self.motivations_edit)
        form.addRow(translate("PersonasArea", "Preferred &channels:"), self.channels_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._check)
        self._show_photo_state()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.photo_message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @staticmethod
    def _text(value: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(78)
        return edit

    # --- photo ------------------------------------------------------------------------

    def _ask_photo_path(self) -> str | None:
        """The picture file the researcher chose; None if cancelled (a seam for tests)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("PersonasArea", "Choose a photo for the persona"), "", photo_filter())
        return path or None

    def choose_photo(self) -> None:
        path = self._ask_photo_path()
        if not path:
            return
        try:
            self.photo = photo_png(path)
        except PhotoError as exc:
            self.photo_message.setText(str(exc))
            self.photo_message.show()
            return
        self.photo_message.hide()
        self.avatar.set_photo(self.photo)
        self._show_photo_state()

    def use_initials(self) -> None:
        self.photo = None
        self.photo_message.hide()
        self.avatar.set_photo(None)
        self._show_photo_state()

    def _show_photo_state(self) -> None:
        self.initials_button.setEnabled(self.photo is not None)
        self.photo_button.setText(translate("PersonasArea", "Change photo…") if self.photo
                                  else translate("PersonasArea", "Choose photo…"))

    # --- the fields ---------------------------------------------------------------------

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

    def changes(self) -> tuple[dict[str, object], dict[str, object]]:
        """(previous values, new values) of the fields that changed, the photo included."""
        after: dict[str, object] = dict(self.values())
        after["photo"] = self.photo
        fields = (*EDITABLE_FIELDS, "photo")
        before = {field: getattr(self.persona, field) for field in fields}
        changed = [f for f in fields if after[f] != before[f]]
        return {f: before[f] for f in changed}, {f: after[f] for f in changed}
