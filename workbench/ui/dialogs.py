"""Message boxes: what went wrong, what the user can do, and details on request.

Every message the workbench shows goes through :func:`show_message`, so a
window can route it elsewhere (tests capture it; the headless self-test
records it instead of blocking on a modal box).
"""

from __future__ import annotations

import traceback
from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from workbench.i18n import translate

#: Kinds of message, mapped to the icon shown.
INFO, WARNING, ERROR, QUESTION = "info", "warning", "error", "question"

_ICONS = {
    INFO: QMessageBox.Icon.Information,
    WARNING: QMessageBox.Icon.Warning,
    ERROR: QMessageBox.Icon.Critical,
    QUESTION: QMessageBox.Icon.Question,
}

#: A choice offered beside Cancel: (key returned when chosen, button label).
Action = tuple[str, str]


def show_message(parent: QWidget | None, kind: str, title: str, text: str,
                 details: str = "", actions: Sequence[Action] = ()) -> str | None:
    """Show a modal message; return the key of the chosen action, or None."""
    box = QMessageBox(parent)
    box.setIcon(_ICONS.get(kind, QMessageBox.Icon.NoIcon))
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)  # Qt adds its own (translated) "Show Details..." button
    buttons = {}
    for key, label in actions:
        buttons[box.addButton(label, QMessageBox.ButtonRole.AcceptRole)] = key
    if actions:
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(next(iter(buttons)))
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    return buttons.get(box.clickedButton())


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
        "are saved in the project file. If it happens again, please send the log file "
        "{log} with a note of what you were doing.").format(log=log_file)
