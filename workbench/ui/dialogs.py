"""Message boxes: what went wrong, what the user can do, and details on request.

Every message the workbench shows goes through :func:`show_message`, so a
window can route it elsewhere (tests capture it; the headless self-test
records it instead of blocking on a modal box). Details (the technical part
of an error, for a bug report) stay folded away until asked for, and a
"Copy details" button puts them, with the versions in use, on the clipboard.
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate

#: Kinds of message, mapped to the icon shown.
INFO, WARNING, ERROR, QUESTION = "info", "warning", "error", "question"

_ICONS = {
    INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    QUESTION: QStyle.StandardPixmap.SP_MessageBoxQuestion,
}

#: A choice offered beside Cancel: (key returned when chosen, button label).
Action = tuple[str, str]


class MessageDialog(QDialog):
    """A message with an icon, optional choices, and folded details with a copy button."""

    def __init__(self, parent: QWidget | None, kind: str, title: str, text: str,
                 details: str = "", actions: Sequence[Action] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("MessageDialog")
        self.kind = kind
        self.details = details
        #: The key of the action chosen, or None (Cancel/OK/closed).
        self.choice: str | None = None

        icon = QLabel()
        pixmap = _ICONS.get(kind)
        if pixmap is not None:
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
            icon.setPixmap(self.style().standardIcon(pixmap, None, self).pixmap(QSize(size, size)))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel(text)
        self.text_label.setObjectName("MessageText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setMinimumWidth(440)  # room for file paths
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text_label, 1)

        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_view.setAccessibleName(translate("Dialogs", "Details"))
        self.details_view.setMinimumHeight(180)
        self.details_view.hide()

        self.buttons = QDialogButtonBox()
        self.details_button: QPushButton | None = None
        self.copy_button: QPushButton | None = None
        if details:
            self.details_button = self.buttons.addButton(translate("Dialogs", "Show details"),
                                                         QDialogButtonBox.ButtonRole.ResetRole)
            self.details_button.setCheckable(True)
            self.details_button.toggled.connect(self.show_details)
            self.copy_button = self.buttons.addButton(translate("Dialogs", "Copy details"),
                                                      QDialogButtonBox.ButtonRole.ResetRole)
            self.copy_button.setToolTip(translate(
                "Dialogs", "Copy the details and the versions in use, to paste into a bug report"))
            self.copy_button.clicked.connect(self.copy_details)
        self.action_buttons: dict[str, QPushButton] = {}
        for key, label in actions:
            button = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _checked=False, chosen=key: self._choose(chosen))
            self.action_buttons[key] = button
        if actions:
            cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.clicked.connect(self.reject)
            first = next(iter(self.action_buttons.values()))
            first.setDefault(True)
            first.setFocus()
        else:
            ok = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
            ok.clicked.connect(self.accept)
            ok.setDefault(True)
            ok.setFocus()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(self.buttons)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()

    def show_details(self, shown: bool = True) -> None:
        self.details_view.setVisible(shown)
        if self.details_button is not None:
            self.details_button.blockSignals(True)
            self.details_button.setChecked(shown)
            self.details_button.blockSignals(False)
            self.details_button.setText(translate("Dialogs", "Hide details") if shown
                                        else translate("Dialogs", "Show details"))
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(bug_report_text(self.windowTitle(), self.text_label.text(),
                                                            self.details))
        if self.copy_button is not None:
            self.copy_button.setText(translate("Dialogs", "Copied"))


def show_message(parent: QWidget | None, kind: str, title: str, text: str,
                 details: str = "", actions: Sequence[Action] = ()) -> str | None:
    """Show a modal message; return the key of the chosen action, or None."""
    dialog = MessageDialog(parent, kind, title, text, details, actions)
    dialog.exec()
    dialog.deleteLater()
    return dialog.choice


def environment_summary() -> str:
    """Versions that help reproduce a problem: the app, Python, Qt, the operating system."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from workbench import APP_NAME, __version__

    return (f"{APP_NAME} {__version__}; Python {sys.version.split()[0]}; Qt {qVersion()}; "
            f"PySide6 {pyside_version}; {platform.platform()}")


def bug_report_text(title: str, text: str, details: str) -> str:
    """What "Copy details" puts on the clipboard."""
    return f"{title}\n{text}\n\n{environment_summary()}\n\n{details}".rstrip() + "\n"


def exception_details(exc: BaseException) -> str:
    """Technical details for the "Show details" part of an error box."""
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    lines = [f"{name}: {exc}"]
    for attribute in ("path", "backup", "row", "column"):
        value = getattr(exc, attribute, None)
        if value is not None:
            lines.append(f"{attribute}: {value}")
    lines.append("")
    lines.extend(traceback.format_exception(exc))
    return "\n".join(line.rstrip("\n") for line in lines)


def unexpected_error_text(log_file: str) -> str:
    return translate(
        "Dialogs",
        "Persona Workbench ran into a problem it did not expect. Changes completed before it "
        "are saved in the project file. You can go on working; if something looks wrong, close "
        "the project and open it again. If it happens again, please send the log file "
        "{log} and the details (Copy details) with a note of what you were doing.").format(log=log_file)
