"""Transcripts whose speaker labels have no colon, and real oral-history labels.

Styles seen in published transcripts: "Q. …" / "A. …" (oral histories,
depositions), "Maria<tab>…" (a table pasted as text), "Interviewer - …", and
"INTERVIEWER 2:" / "SUBJECT:" (museum oral histories). A list written with dashes
or a paragraph naming "Mr. Rossi" must stay prose.
"""

from __future__ import annotations

import pytest

from workbench.domain.speakers import SpeakerRole
from workbench.ingest.speakers import detect_turns, role_from_label


def spoken(text: str) -> list[tuple[str, str]]:
    return [(t.key, text[t.text_start:t.end]) for t in detect_turns(text)]


def test_question_and_answer_letters_with_a_full_stop():
    text = ("Q. When did you start buying online?\nA. About five years ago, mostly books.\n"
            "It was cheaper.\nQ. And why?\nA. The prices were lower than in the shop.\n")
    assert spoken(text) == [
        ("q", "When did you start buying online?"),
        ("a", "About five years ago, mostly books.\nIt was cheaper."),
        ("q", "And why?"), ("a", "The prices were lower than in the shop.")]
    assert role_from_label("q") is SpeakerRole.INTERVIEWER
    assert role_from_label("a") is SpeakerRole.RESPONDENT


@pytest.mark.parametrize("separator", ["\t", " - ", " – "])
def test_labels_followed_by_a_tab_or_a_spaced_dash(separator):
    text = "".join(f"{who}{separator}{words}\n" for who, words in (
        ("Interviewer", "How did you hear about us?"), ("Maria", "From a friend."),
        ("Interviewer", "What do you like?"), ("Maria", "The delivery is fast.")))
    assert spoken(text) == [("interviewer", "How did you hear about us?"),
                            ("maria", "From a friend."), ("interviewer", "What do you like?"),
                            ("maria", "The delivery is fast.")]


def test_an_oral_history_subject_is_a_respondent_not_part_of_the_question():
    text = ("we go up to the station and quickly tried to get on this train.\n"
            "INTERVIEWER 2: The Germans pulled you off or?\n"
            "SUBJECT: The Swiss pulled me off. And, uh--\n"
            "INTERVIEWER 1: But you weren't in Switzerland yet, no?\n"
            "SUBJECT: No, on-- on the border.\n")
    turns = detect_turns(text)
    assert [(t.key, text[t.text_start:t.end]) for t in turns] == [
        ("interviewer 2", "The Germans pulled you off or?"),
        ("subject", "The Swiss pulled me off. And, uh--"),
        ("interviewer 1", "But you weren't in Switzerland yet, no?"),
        ("subject", "No, on-- on the border.")]
    assert role_from_label("subject") is SpeakerRole.RESPONDENT


@pytest.mark.parametrize("text", [
    "Shopping list\nMilk - two litres\nBread - one loaf\nEggs - a dozen\nMilk - again\nDone.\n",
    "Mr. Rossi said the app is slow.\nMr. Rossi also said the queue is long.\n"
    "Ms. Bianchi agreed.\nThe end.\n",
    "Pro - fast delivery\nContro - high prices\nPro - nice staff\nContro - long queues\n",
    "Name\tAge\tCity\nMaria\t34\tTorino\nPaolo\t41\tMilano\nMaria\t35\tTorino\n",
])
def test_lists_tables_and_prose_without_colons_stay_one_text(text):
    assert detect_turns(text) == []
