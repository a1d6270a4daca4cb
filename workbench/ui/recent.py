"""The recent projects list: kept in the user's settings, shown in File ▸ Open recent."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from workbench.i18n import translate
from workbench.settings import load_settings, save_settings


def recent_projects() -> list[str]:
    return load_settings().recent_projects


def remember_project(path: Path | str) -> list[str]:
    """Put ``path`` first in the recent list; returns the new list."""
    settings = load_settings()
    settings.add_recent(path)
    save_settings(settings)
    return settings.recent_projects


def forget_project(path: Path | str) -> list[str]:
    settings = load_settings()
    settings.remove_recent(path)
    save_settings(settings)
    return settings.recent_projects


def forget_all_projects() -> list[str]:
    settings = load_settings()
    settings.recent_projects = []
    save_settings(settings)
    return []


class RecentProjectsMenu(QMenu):
    """Numbered entries (missing files disabled), then "Clear recent projects"."""

    open_requested = Signal(str)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("MainWindow", "Open &recent"), parent)

    def set_paths(self, paths: Sequence[str]) -> None:
        self.clear()
        for number, text in enumerate(paths, start=1):
            path = Path(text)
            label = f"&{number} {path.name}" if number < 10 else path.name
            exists = path.is_file()
            if not exists:
                label = translate("MainWindow", "{name} (missing)").format(name=label)
            action = self.addAction(label)
            action.setStatusTip(text)
            action.setToolTip(text)
            action.setEnabled(exists)
            action.triggered.connect(lambda _checked=False, chosen=text: self.open_requested.emit(chosen))
        if paths:
            self.addSeparator()
            self.addAction(translate("MainWindow", "Clear recent projects"), self.clear_requested.emit)
        else:
            self.addAction(translate("MainWindow", "No recent projects")).setEnabled(False)
