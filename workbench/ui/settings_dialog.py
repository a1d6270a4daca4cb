"""Preferences: language, theme, how many backups to keep, where exports go, CSV style, and
the number of rows above which an import offers a sample.

Stored per user (``workbench.settings``). The theme applies at once; the
language on the next start, which the dialog says plainly. Widgets that show a
setting (the Export panel's CSV style) follow ``settings_notifier().saved``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import current_language, translate
from workbench.settings import (
    MAX_BACKUPS,
    MIN_BACKUPS,
    MIN_SAMPLE_THRESHOLD,
    Settings,
    load_settings,
    save_settings,
)


def language_choices() -> list[tuple[str, str]]:
    """(setting value, label); language names in their own language, as users look for them."""
    return [("", translate("SettingsDialog", "System language")), ("en", "English"), ("it", "Italiano")]


def theme_choices() -> list[tuple[str, str]]:
    return [("system", translate("SettingsDialog", "Follow the system")),
            ("light", translate("SettingsDialog", "Light")),
            ("dark", translate("SettingsDialog", "Dark"))]


def csv_style_names() -> list[tuple[str, str]]:
    """(CSV style, how users recognise it): the separator, the decimal mark and who reads it."""
    return [("semicolon", translate("SettingsDialog", "Semicolon ; and decimal comma (Excel in "
                                    "Italian, most of Europe)")),
            ("comma", translate("SettingsDialog", "Comma , and decimal point (Excel in English, R, "
                                "Python)"))]


def csv_style_choices() -> list[tuple[str, str]]:
    """(setting value, label): "" follows the language, then the two styles."""
    return [("", translate("SettingsDialog", "From the language (semicolon for Italian, comma "
                           "otherwise)"))] + csv_style_names()


#: Largest "Offer a sample above N rows" the spin box takes.
MAX_SAMPLE_THRESHOLD = 2_000_000_000


class SettingsNotifier(QObject):
    """Tells open widgets that the settings file changed; ``saved(new Settings)``."""

    saved = Signal(object)


_notifier: SettingsNotifier | None = None


def settings_notifier() -> SettingsNotifier:
    """The one notifier of the application (created on first use, in the GUI thread)."""
    global _notifier
    if _notifier is None:
        _notifier = SettingsNotifier()
    return _notifier


def remember_csv_style(style: str) -> Settings:
    """Store ``style`` ("comma", "semicolon" or "" for the language's) as the user's CSV style
    and tell open widgets; OSError when the settings cannot be written."""
    new = replace(load_settings(), csv_style=style)
    save_settings(new)
    settings_notifier().saved.emit(new)
    return new


class SettingsDialog(QDialog):
    """Edit the user's settings; ``saved(old, new)`` is emitted after OK wrote them."""

    saved = Signal(object, object)  # Settings before, Settings after

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Preferences"))
        self.original = load_settings()

        self.language_box = QComboBox()
        for value, label in language_choices():
            self.language_box.addItem(label, value)
        self._select(self.language_box, self.original.language)
        self.language_note = QLabel()
        self.language_note.setObjectName("Secondary")
        self.language_note.setWordWrap(True)
        self.language_box.currentIndexChanged.connect(self._update_language_note)

        self.theme_box = QComboBox()
        for value, label in theme_choices():
            self.theme_box.addItem(label, value)
        self._select(self.theme_box, self.original.theme)

        self.backup_spin = QSpinBox()
        self.backup_spin.setRange(MIN_BACKUPS, MAX_BACKUPS)
        self.backup_spin.setValue(self.original.backup_count)
        self.backup_spin.setToolTip(translate(
            "SettingsDialog", "Backups are made when a project is opened and when it is closed after "
            "changes; older ones beyond this number are deleted."))

        self.export_edit = QLineEdit(self.original.default_export_dir)
        self.export_edit.setPlaceholderText(translate("SettingsDialog", "Documents folder"))
        self.export_edit.setClearButtonEnabled(True)
        browse = QPushButton(translate("SettingsDialog", "Choose…"))
        browse.clicked.connect(self._browse_export_folder)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_edit, 1)
        export_row.addWidget(browse)

        self.csv_style_box = QComboBox()
        self.csv_style_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value, label in csv_style_choices():
            self.csv_style_box.addItem(label, value)
        self._select(self.csv_style_box, self.original.csv_style)
        self.csv_style_box.setToolTip(translate(
            "SettingsDialog", "Excel reads a CSV file with the separator of the computer's regional "
            "settings: in Italian (and most of Europe) it expects semicolons and decimal commas, "
            "otherwise it shows every row in one column. XLSX files are not affected."))

        self.sample_spin = QSpinBox()
        self.sample_spin.setObjectName("SampleThreshold")
        self.sample_spin.setRange(MIN_SAMPLE_THRESHOLD, MAX_SAMPLE_THRESHOLD)
        self.sample_spin.setSingleStep(100_000)
        self.sample_spin.setGroupSeparatorShown(True)
        self.sample_spin.setSuffix(translate("SettingsDialog", " rows"))
        self.sample_spin.setValue(self.original.sample_threshold)
        self.sample_spin.setToolTip(translate(
            "SettingsDialog", "A database or Parquet source with more rows than this is imported "
            "as a sample by default (random or stratified, recorded with the source). You can "
            "still import every row."))

        form = QFormLayout()
        form.addRow(translate("SettingsDialog", "&Language:"), self.language_box)
        form.addRow("", self.language_note)
        form.addRow(translate("SettingsDialog", "&Theme:"), self.theme_box)
        form.addRow(translate("SettingsDialog", "&Backups kept per project:"), self.backup_spin)
        form.addRow(translate("SettingsDialog", "&Export folder:"), export_row)
        form.addRow(translate("SettingsDialog", "&CSV files:"), self.csv_style_box)
        form.addRow(translate("SettingsDialog", "Offer a &sample above:"), self.sample_spin)
        for field_widget in (self.language_box, self.theme_box, self.backup_spin, self.export_edit,
                             self.csv_style_box, self.sample_spin):
            label = form.labelForField(field_widget)
            if isinstance(label, QLabel):
                label.setBuddy(field_widget)
        export_label = form.labelForField(export_row)
        if isinstance(export_label, QLabel):
            export_label.setBuddy(self.export_edit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._update_language_note()
        self.setMinimumWidth(520)

    @staticmethod
    def _select(box: QComboBox, value: str) -> None:
        index = box.findData(value)
        box.setCurrentIndex(max(index, 0))

    def _update_language_note(self, *_: object) -> None:
        from workbench.i18n import system_language

        chosen = self.language_box.currentData() or system_language()
        if chosen != current_language():
            self.language_note.setText(translate(
                "SettingsDialog", "The new language is used the next time Persona Workbench starts."))
            self.language_note.show()
        else:
            self.language_note.clear()
            self.language_note.hide()

    def _ask_folder(self) -> str:
        """Ask for the export folder; "" when cancelled (a seam for tests)."""
        return QFileDialog.getExistingDirectory(
            self, translate("SettingsDialog", "Default export folder"), self.export_edit.text())

    def _browse_export_folder(self) -> None:
        chosen = self._ask_folder()
        if chosen:
            self.export_edit.setText(chosen)

    def chosen(self) -> Settings:
        """The settings as edited (not yet saved)."""
        folder = self.export_edit.text().strip()
        return replace(self.original, language=self.language_box.currentData(),
                       theme=self.theme_box.currentData(), backup_count=self.backup_spin.value(),
                       default_export_dir=str(Path(folder).expanduser()) if folder else "",
                       csv_style=self.csv_style_box.currentData(),
                       sample_threshold=self.sample_spin.value())

    def accept(self) -> None:  # Qt override
        # Re-read, so the recent list or window layout saved meanwhile is not overwritten.
        current = load_settings()
        edited = self.chosen()
        new = replace(current, language=edited.language, theme=edited.theme,
                      backup_count=edited.backup_count, default_export_dir=edited.default_export_dir,
                      csv_style=edited.csv_style, sample_threshold=edited.sample_threshold)
        try:
            save_settings(new)
        except OSError as exc:
            from workbench.settings import settings_path
            from workbench.ui.dialogs import ERROR, show_message

            show_message(self, ERROR, translate("SettingsDialog", "Could not save the preferences"),
                         translate("SettingsDialog", "Could not write {path}: {error}. Check that the "
                                   "folder exists and you may write to it, then try again.").format(
                                       path=settings_path(), error=exc.strerror or exc))
            return
        super().accept()
        self.saved.emit(self.original, new)
        settings_notifier().saved.emit(new)
