"""Undoing a decision on a suggested theme brings its card back at once; redo takes it away again."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from workbench.services import evidence as service
from workbench.services.project import open_project
from workbench.store import evidence as store

TOPICS = [["spedizione", "corriere", "pacco", "consegna", "ritardo"],
          ["app", "crash", "login", "password", "update"],
          ["prezzo", "sconto", "coupon", "costo", "offerta"]]


@pytest.fixture
def themes_project(make_project, tmp_path):
    """Forty short transcripts about three topics, enough text for three themes."""
    rng = random.Random(3)
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        words = [rng.choice(rng.choice(TOPICS[:2]) if i % 2 else TOPICS[2]) if rng.random() < 0.6
                 else rng.choice(["il", "la", "e", "the", "and", "molto"]) for _ in range(40)]
        (folder / f"t{i}.txt").write_text(" ".join(words).capitalize() + ".", encoding="utf-8")
    path = make_project("themes", customers=0)
    with open_project(path) as project:
        service.import_transcripts(project, folder)
    return path


def suggested(window, area, path, qtbot):
    assert window.open_project(path)
    window.project_view.show_area("evidence")
    area.tabs.setCurrentWidget(area.themes_page)
    area.themes_page.count.setValue(3)
    worker = area.themes_page.suggest()
    qtbot.waitUntil(lambda: worker.outcome is not None, timeout=60000)
    cards = area.themes_page.theme_cards()
    assert len(cards) >= 2, area.themes_page.status.text()
    for card in cards:
        qtbot.waitUntil(card.isVisible)
    return cards


def visible_titles(page) -> list[str]:
    return [card.suggestion.label for card in page.theme_cards() if card.isVisible()]


def rejected_words(window) -> list[list[str]]:
    return [list(words) for _, words in store.rejected_themes(window.project.db)]


def test_undo_brings_a_rejected_theme_card_back_at_its_place_and_redo_hides_it(
        window, evidence_area, themes_project, qtbot):
    page = evidence_area.themes_page
    cards = suggested(window, evidence_area, themes_project, qtbot)
    before = visible_titles(page)
    card = cards[1]
    title = card.suggestion.label

    qtbot.mouseClick(card.reject_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    assert title not in visible_titles(page)
    assert rejected_words(window) == [list(card.suggestion.words)]

    window.undo_stack.undo()  # what Ctrl+Z does
    assert card.isVisible()
    assert page.theme_cards()[1] is card and card.suggestion.label == title
    assert visible_titles(page) == before  # the same place, without suggesting again
    assert card.reject_button.isEnabled() and card.accept_button.isEnabled()
    assert rejected_words(window) == []

    window.undo_stack.redo()
    assert not card.isVisible()
    assert title not in visible_titles(page)
    assert rejected_words(window) == [list(card.suggestion.words)]


def test_ctrl_z_through_the_window_undoes_the_rejection(window, evidence_area, themes_project, qtbot):
    page = evidence_area.themes_page
    cards = suggested(window, evidence_area, themes_project, qtbot)
    card = cards[0]
    page.reject(card)
    assert not card.isVisible()
    assert "Ctrl+Z" in [k.toString() for k in window.undo_action.shortcuts()]
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert card.isVisible()
    window.redo_action.trigger()
    assert not card.isVisible()
    window.undo_action.trigger()
    assert card.isVisible()
    assert rejected_words(window) == []


def test_undoing_a_theme_made_into_a_code_shows_its_card_again(window, evidence_area, themes_project,
                                                               qtbot, monkeypatch):
    page = evidence_area.themes_page
    cards = suggested(window, evidence_area, themes_project, qtbot)
    card = cards[0]
    monkeypatch.setattr(evidence_area, "_ask_text", lambda *args: "Tema")
    page.accept(card)
    assert not card.isVisible()
    assert "Tema" in {c.name for c in evidence_area.codes.values()}
    window.undo_stack.undo()
    assert card.isVisible()
    assert "Tema" not in {c.name for c in evidence_area.codes.values()}
    window.undo_stack.redo()
    assert not card.isVisible()
    assert "Tema" in {c.name for c in evidence_area.codes.values()}


def test_undo_after_suggesting_again_changes_only_the_project(window, evidence_area, themes_project,
                                                              qtbot):
    """The rejected card is gone with the old suggestions: undo forgets the rejection, shows nothing stale."""
    page = evidence_area.themes_page
    cards = suggested(window, evidence_area, themes_project, qtbot)
    page.reject(cards[0])
    worker = page.suggest()
    qtbot.waitUntil(lambda: worker.outcome is not None, timeout=60000)
    qtbot.waitUntil(lambda: all(not c.isHidden() for c in page.theme_cards()))
    shown = [c.suggestion.label for c in page.theme_cards()]
    window.undo_stack.undo()
    assert rejected_words(window) == []
    assert [c.suggestion.label for c in page.theme_cards() if not c.isHidden()] == shown
