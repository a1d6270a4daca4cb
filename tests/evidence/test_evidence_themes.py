"""Suggested themes: found from the text, accepted into codes, rejected ones not proposed again."""

from __future__ import annotations

import random

import pytest

from workbench.analysis.themes import STOP_WORDS, split_passages, suggest_themes
from workbench.errors import OperationCancelled
from workbench.progress import Task
from workbench.services import evidence as ev
from workbench.services import evidence_insights as insights
from workbench.services.project import open_project

TOPICS = {
    "spedizione": ["spedizione", "corriere", "pacco", "consegna", "ritardo", "tracciamento"],
    "app": ["app", "crash", "login", "password", "update", "screen"],
    "prezzo": ["prezzo", "sconto", "coupon", "costo", "offerta", "promozione"],
}
FILLER = ["il", "la", "e", "che", "the", "and", "was", "molto", "davvero", "of"]


def corpus(n: int = 60, seed: int = 3) -> list[tuple[int, str]]:
    rng = random.Random(seed)
    documents = []
    for i in range(n):
        paragraphs = []
        for topic in rng.sample(sorted(TOPICS), 2):
            words = [rng.choice(TOPICS[topic]) if rng.random() < 0.5 else rng.choice(FILLER)
                     for _ in range(25)]
            paragraphs.append(" ".join(words).capitalize() + ".")
        documents.append((i + 1, "\n\n".join(paragraphs)))
    return documents


def _topic_of(words: list[str]) -> str:
    return max(TOPICS, key=lambda t: len(set(words[:6]) & set(TOPICS[t])))


def test_themes_recover_the_topics_with_example_passages():
    documents = corpus()
    themes = suggest_themes(documents, n_themes=3)
    assert sorted(_topic_of(t.words) for t in themes) == sorted(TOPICS)
    texts = dict(documents)
    for theme in themes:
        assert not set(theme.words) & STOP_WORDS
        assert 0 < theme.weight <= 1
        topic = _topic_of(theme.words)
        for example in theme.examples:
            passage = texts[example.document_id][example.start:example.end]
            assert sum(w.strip(".").lower() in TOPICS[topic] for w in passage.split()) >= 5


def test_passages_are_trimmed_paragraphs_with_exact_offsets():
    text = "  Primo paragrafo abbastanza lungo da contare.\n\nSecondo paragrafo, anche lui lungo.\n"
    passages = split_passages(7, text)
    assert [text[p.start:p.end] for p in passages] == [
        "Primo paragrafo abbastanza lungo da contare.", "Secondo paragrafo, anche lui lungo."]


def test_rejected_theme_is_not_proposed_again_and_too_little_text_gives_none():
    documents = corpus()
    first = suggest_themes(documents, n_themes=3)
    rejected = first[0].words
    again = suggest_themes(documents, n_themes=3, rejected=[rejected])
    assert _topic_of(rejected) not in {_topic_of(t.words) for t in again}
    assert suggest_themes([(1, "troppo poco")]) == []


def test_cancel_stops_theme_suggestion():
    task = Task()
    task.cancel()
    with pytest.raises(OperationCancelled):
        suggest_themes(corpus(), task=task)


def test_accept_creates_a_coded_code_and_reject_is_remembered(project_path, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for document_id, text in corpus(30):
        (folder / f"{document_id:03d}.txt").write_text(text, "utf-8")
    with open_project(project_path) as project:
        ev.import_transcripts(project, folder)
        progress = []
        themes = insights.suggest_themes(project, n_themes=3, task=Task(
            lambda done, total, message: progress.append((done, total))))
        assert len(themes) == 3 and progress
        accepted = insights.accept_theme(project, themes[0])
        assert accepted.code.name == themes[0].label
        assert ", ".join(themes[0].words) in accepted.code.memo
        assert [(c.document_id, c.start, c.end) for c in accepted.codings] == [
            (e.document_id, e.start, e.end) for e in themes[0].examples]
        assert sorted(p.text for p in ev.coded_passages(project, accepted.code.id)) == sorted(
            e.text for e in themes[0].examples)
        rejection = insights.reject_theme(project, themes[1])
        topics = {_topic_of(t.words) for t in insights.suggest_themes(project, n_themes=3)}
        assert _topic_of(themes[1].words) not in topics
        insights.unreject_theme(project, rejection)
        topics = {_topic_of(t.words) for t in insights.suggest_themes(project, n_themes=3)}
        assert _topic_of(themes[1].words) in topics
