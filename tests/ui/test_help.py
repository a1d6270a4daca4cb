"""Help: the bundled guide in English and Italian, and About with versions and licences."""

from __future__ import annotations

from importlib import metadata

import pytest

from workbench import __version__, i18n
from workbench.ui.help import LIBRARIES, AboutDialog, GuideDialog, guide_markdown, guide_path, libraries

TOPICS_EN = ("sample project", "Import", "Linking customers", "Coding evidence", "Personas", "Journeys",
             "Export", "Backups")
TOPICS_IT = ("progetto di esempio", "Importare", "Collegare i clienti", "Codificare le evidenze",
             "Persona", "Percorsi", "Esportare", "backup")


@pytest.mark.parametrize(("language", "topics"), [("en", TOPICS_EN), ("it", TOPICS_IT)])
def test_guide_exists_in_each_language_and_covers_every_topic(language, topics):
    assert guide_path(language).name == f"guide_{language}.md"
    text = guide_markdown(language)
    for topic in topics:
        assert topic in text, topic


def test_guide_dialog_follows_the_ui_language(qtbot):
    i18n.set_language("it")
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "Guida a Persona Workbench" in dialog.browser.toPlainText()
    i18n.set_language("en")
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "Persona Workbench guide" in dialog.browser.toPlainText()
    assert "Ctrl+I" in dialog.browser.toPlainText()  # the shortcuts table is rendered


def test_a_language_without_a_guide_falls_back_to_english():
    assert guide_path("de").name == "guide_en.md"


def test_about_names_each_library_with_its_installed_version_and_licence(qtbot):
    found = {lib.name: lib for lib in libraries()}
    assert list(found) == list(LIBRARIES)
    assert found["pandas"].version == metadata.version("pandas")
    assert found["scikit-learn"].licence  # read from the metadata, not typed in
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert __version__ in text
    for lib in found.values():
        assert lib.name in text and lib.version in text
    assert "DejaVu Sans" in text


def test_about_still_names_licences_when_a_build_lacks_the_metadata(monkeypatch):
    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "metadata", missing)
    found = {lib.name: lib for lib in libraries()}
    assert found["pandas"].licence == "BSD-3-Clause"
    assert all(lib.licence for lib in found.values())
