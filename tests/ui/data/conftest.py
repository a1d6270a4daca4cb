"""Data-area fixtures: an open project, the area, files written by the test, the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

PEOPLE = (
    "customer_id,Name,Email,Age,City,What frustrates you when you shop?\r\n"
    "007,Giulia Rossi,giulia@example.it,34,Milano,\"Le code alla cassa sono lunghissime.\"\r\n"
    "008,Marco Bianchi,marco@example.it,41,Roma,\"The checkout keeps failing on my phone.\"\r\n"
    "009,Zoë Müller,zoe@example.com,29,Torino,\"Città piccola: il negozio è lontano.\"\r\n"
    "010,Liam Smith,liam@example.com,52,Bari,\"Nobody answers the phone when I call.\"\r\n"
)


@pytest.fixture
def people_csv(tmp_path) -> Path:
    path = tmp_path / "people.csv"
    path.write_bytes(PEOPLE.encode("utf-8"))
    return path


@pytest.fixture
def opened(window, make_project):
    """The window with an empty project open."""
    assert window.open_project(make_project("study", customers=0))
    return window


@pytest.fixture
def area(opened):
    return opened.project_view.area_widget("data")


@pytest.fixture
def open_dialog(area, qtbot, monkeypatch):
    """Open the import dialog on ``path`` (the file dialog replaced) and wait for its preview."""

    def open_on(path: Path):
        monkeypatch.setattr(area, "_ask_import_path", lambda: path)
        dialog = area.start_import()
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.ready, timeout=10_000)
        return dialog

    return open_on


@pytest.fixture
def click_import(qtbot):
    """Press the dialog's Import button, as a user does."""

    def click(dialog) -> None:
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    return click
