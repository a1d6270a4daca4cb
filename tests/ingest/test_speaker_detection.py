"""Speaker labels and turns in the ways researchers and transcription services write them.

Every case checks what a user relies on: who speaks (key, label as first
written, guessed role), that ``text[turn.start:turn.text_start]`` is exactly the
label as written on the page and ``text[turn.text_start:turn.end]`` exactly the
spoken words, nothing of a label, timing line or cue number among them.
"""

from __future__ import annotations

import pytest

from workbench.domain.evidence import normalise_text, to_utf16
from workbench.domain.speakers import SpeakerRole
from workbench.ingest.speakers import (
    GENERIC_WORDS,
    INTERVIEWER_WORDS,
    LINE_LOOK,
    NOT_SPEAKERS,
    RESPONDENT_WORDS,
    asks_questions,
    clean_label,
    detect_turns,
    role_from_label,
    speaker_key,
)

INTERVIEWER = SpeakerRole.INTERVIEWER
RESPONDENT = SpeakerRole.RESPONDENT


def turns_of(text: str) -> list[tuple[str, str, SpeakerRole | None, str, str]]:
    """(key, label, role, label as written, spoken words) of each turn, offsets checked."""
    found = detect_turns(text)
    previous_end = 0
    for turn in found:
        assert previous_end <= turn.start <= turn.text_start <= turn.end <= len(text)
        # A turn starts where its line's text starts (after indentation, a bullet, a quote mark).
        line_start = text.rfind("\n", 0, turn.start) + 1
        assert text[line_start:turn.start].strip(" \t-–•*+>") == "", text[line_start:turn.end]
        spoken = text[turn.text_start:turn.end]
        assert spoken == spoken.strip(), repr(spoken)  # no blank lines or spaces at either end
        previous_end = turn.end
    return [(t.key, t.label, role_from_label(t.key), text[t.start:t.text_start],
             text[t.text_start:t.end]) for t in found]


# --- the ways researchers label turns ------------------------------------------------------


def test_numbered_and_spaced_interviewer_labels_are_one_speaker_each():
    text = ("Interviewer 1: How did you find the shop?\n"
            "Interviewee: By chance, walking past.\n"
            "Interviewer1 : And what did you buy?\n"
            "Interviewee1 : A kettle. It broke after a week.\n")
    assert turns_of(text) == [
        ("interviewer 1", "Interviewer 1", INTERVIEWER, "Interviewer 1: ",
         "How did you find the shop?"),
        ("interviewee", "Interviewee", RESPONDENT, "Interviewee: ", "By chance, walking past."),
        ("interviewer 1", "Interviewer 1", INTERVIEWER, "Interviewer1 : ", "And what did you buy?"),
        ("interviewee 1", "Interviewee1", RESPONDENT, "Interviewee1 : ",
         "A kettle. It broke after a week."),
    ]
    turns = detect_turns(text)
    assert turns[2].start == text.index("Interviewer1 :")
    assert turns[2].text_start == text.index("And what")


def test_case_of_a_label_does_not_split_a_speaker():
    text = "INTERVIEWER: Ready?\nMaria: Yes.\ninterviewer: Let's start.\nMaria: Fine by me.\n"
    assert turns_of(text) == [
        ("interviewer", "INTERVIEWER", INTERVIEWER, "INTERVIEWER: ", "Ready?"),
        ("maria", "Maria", None, "Maria: ", "Yes."),
        ("interviewer", "INTERVIEWER", INTERVIEWER, "interviewer: ", "Let's start."),
        ("maria", "Maria", None, "Maria: ", "Fine by me."),
    ]


def test_two_and_three_interviewers_in_one_file():
    text = ("Interviewer 1: Welcome.\nInterviewer 2: I'll take notes.\n"
            "Interviewer 3: And I keep the time.\nRespondent: Hello everyone.\n"
            "Interviewer 2: What do you buy most?\nRespondent: Bread, mostly.\n")
    found = turns_of(text)
    assert [k for k, *_ in found] == ["interviewer 1", "interviewer 2", "interviewer 3",
                                      "respondent", "interviewer 2", "respondent"]
    assert {role for _, _, role, *_ in found} == {INTERVIEWER, RESPONDENT}
    assert [w for *_, w in found][-2:] == ["What do you buy most?", "Bread, mostly."]


def test_text_before_the_first_label_belongs_to_no_turn_and_unlabelled_lines_continue():
    text = ("che insomma non era proprio il caso.\n\n"
            "Intervistatore: Ci racconta com'è andata?\n\n"
            "Intervistata: Allora, ho ordinato lunedì.\n"
            "È arrivato tutto rotto.\n\n"
            "E nessuno mi ha risposto.\n\n\n"
            "Intervistatore: Capisco.\n")
    found = turns_of(text)
    assert detect_turns(text)[0].start == text.index("Intervistatore")
    assert found == [
        ("intervistatore", "Intervistatore", INTERVIEWER, "Intervistatore: ",
         "Ci racconta com'è andata?"),
        ("intervistata", "Intervistata", RESPONDENT, "Intervistata: ",
         "Allora, ho ordinato lunedì.\nÈ arrivato tutto rotto.\n\nE nessuno mi ha risposto."),
        ("intervistatore", "Intervistatore", INTERVIEWER, "Intervistatore: ", "Capisco."),
    ]


@pytest.mark.parametrize(("asker", "answerer"), [
    ("Intervistatore", "Intervistato"), ("Intervistatrice", "Intervistata"),
    ("Moderatore", "Partecipante"), ("Moderatore", "Rispondente"), ("Intervistatore", "Cliente"),
    ("Interviewer", "Interviewee"), ("Moderator", "Participant"), ("Facilitator", "Respondent"),
    ("Interviewer", "Customer"), ("Q", "A"), ("I", "R"),
])
def test_role_words_of_both_languages_guess_the_roles(asker, answerer):
    text = f"{asker}: Come mai?\n{answerer}: Perché costa meno.\n{asker}: Altro?\n"
    found = turns_of(text)
    assert [(label, role) for _, label, role, *_ in found] == [
        (asker, INTERVIEWER), (answerer, RESPONDENT), (asker, INTERVIEWER)]
    assert [w for *_, w in found] == ["Come mai?", "Perché costa meno.", "Altro?"]


def test_focus_group_with_several_numbered_participants():
    text = ("Moderator: What do you think of the new app?\n"
            "P1: Faster than before.\nP2: I can't find my orders.\nP3: Same as P2.\n"
            "P1: Oh, and the font is tiny.\n")
    found = turns_of(text)
    assert [(k, label, role) for k, label, role, *_ in found] == [
        ("moderator", "Moderator", INTERVIEWER), ("p 1", "P1", RESPONDENT),
        ("p 2", "P2", RESPONDENT), ("p 3", "P3", RESPONDENT), ("p 1", "P1", RESPONDENT)]
    assert found[3][4] == "Same as P2."


def test_names_with_titles_and_several_words_are_speakers_without_a_role():
    text = ("Dr. Rossi: How are the new shoes?\nAnna Maria Bianchi: Comfortable.\n"
            "Dr. Rossi: Any pain?\nAnna Maria Bianchi: Only on the stairs.\n")
    assert turns_of(text) == [
        ("dr. rossi", "Dr. Rossi", None, "Dr. Rossi: ", "How are the new shoes?"),
        ("anna maria bianchi", "Anna Maria Bianchi", None, "Anna Maria Bianchi: ",
         "Comfortable."),
        ("dr. rossi", "Dr. Rossi", None, "Dr. Rossi: ", "Any pain?"),
        ("anna maria bianchi", "Anna Maria Bianchi", None, "Anna Maria Bianchi: ",
         "Only on the stairs."),
    ]


def test_a_label_with_nothing_said_gives_an_empty_turn_at_its_end():
    text = "Interviewer:\nInterviewee: Yes.\nInterviewer:   \n\nInterviewee:\n"
    found = detect_turns(text)
    assert [(text[t.start:t.text_start], text[t.text_start:t.end]) for t in found] == [
        ("Interviewer:", ""), ("Interviewee: ", "Yes."), ("Interviewer:", ""),
        ("Interviewee:", "")]


def test_words_on_the_line_after_a_label_start_there():
    text = "Interviewer:\n  Did it arrive?\n\nRespondent:\n\nNo, never.\n"
    assert [(label, words) for *_, label, words in turns_of(text)] == [
        ("Interviewer:\n  ", "Did it arrive?"), ("Respondent:\n\n", "No, never.")]


def test_a_role_in_brackets_after_a_name_gives_the_role():
    text = ("Luca (intervistatore): Come ha saputo di noi?\n"
            "Maria (cliente): Da un'amica.\n"
            "Luca (intervistatore): E poi?\n"
            "Maria (cliente): Ho provato il sito.\n")
    assert turns_of(text)[:2] == [
        ("luca (intervistatore)", "Luca (intervistatore)", INTERVIEWER,
         "Luca (intervistatore): ", "Come ha saputo di noi?"),
        ("maria (cliente)", "Maria (cliente)", RESPONDENT, "Maria (cliente): ", "Da un'amica."),
    ]


def test_a_name_said_once_answering_a_question_is_a_speaker():
    text = "Interviewer: How was the delivery?\nMaria: Late, again.\nInterviewer: Thanks.\n"
    assert [(k, role, w) for k, _, role, _, w in turns_of(text)] == [
        ("interviewer", INTERVIEWER, "How was the delivery?"), ("maria", None, "Late, again."),
        ("interviewer", INTERVIEWER, "Thanks.")]


def test_generic_labels_of_transcription_services():
    text = "Unknown Speaker  0:03\nHello?\n\nSpeaker A  0:05\nHi.\n\nSpeaker B  0:07\nMorning.\n"
    assert [(k, role, w) for k, _, role, _, w in turns_of(text)] == [
        ("unknown speaker", None, "Hello?"), ("speaker a", None, "Hi."),
        ("speaker b", None, "Morning.")]


def test_a_line_with_a_time_inside_an_otter_turn_is_not_a_speaker():
    text = ("Speaker 1  0:03\nWhen did it arrive?\nUntil 10:30\nwe waited.\n\n"
            "Maria Rossi  0:10\nLate.\n\nSpeaker 1  0:15\nI see.\n")
    assert [(k, w) for k, _, _, _, w in turns_of(text)] == [
        ("speaker 1", "When did it arrive?\nUntil 10:30\nwe waited."),
        ("maria rossi", "Late."), ("speaker 1", "I see.")]


# --- timestamps ------------------------------------------------------------------------------


def test_timestamps_before_after_and_inside_labels():
    text = ("[00:12:03] Maria: Hello.\n"
            "00:12 Luca: Hi.\n"
            "(00:13) Maria: So?\n"
            "Maria (00:14:03): Well.\n"
            "Luca [00:15]: Right.\n"
            "Luca: (00:16) Fine.\n")
    found = detect_turns(text)
    assert [(t.key, t.label, t.timestamp, text[t.start:t.text_start], text[t.text_start:t.end])
            for t in found] == [
        ("maria", "Maria", "00:12:03", "[00:12:03] Maria: ", "Hello."),
        ("luca", "Luca", "00:12", "00:12 Luca: ", "Hi."),
        ("maria", "Maria", "00:13", "(00:13) Maria: ", "So?"),
        ("maria", "Maria", "00:14:03", "Maria (00:14:03): ", "Well."),
        ("luca", "Luca", "00:15", "Luca [00:15]: ", "Right."),
        ("luca", "Luca", "00:16", "Luca: (00:16) ", "Fine."),
    ]


def test_interviewer_label_then_timestamp_in_brackets():
    text = "Interviewer: (00:03) Shall we begin?\nInterviewee: (00:05) Sure.\n"
    found = detect_turns(text)
    assert [(t.timestamp, text[t.text_start:t.end]) for t in found] == [
        ("00:03", "Shall we begin?"), ("00:05", "Sure.")]


def test_otter_export_label_and_time_on_their_own_line():
    text = ("Meeting notes exported from Otter.ai\n\n"
            "Speaker 1  0:03\nSo tell me about the last order.\nTake your time.\n\n"
            "Speaker 2  0:10\nIt was late. Again.\n\n"
            "Speaker 1  0:25\nHow late?\n")
    found = detect_turns(text)
    assert [(t.key, t.label, t.timestamp, role_from_label(t.key)) for t in found] == [
        ("speaker 1", "Speaker 1", "0:03", None), ("speaker 2", "Speaker 2", "0:10", None),
        ("speaker 1", "Speaker 1", "0:25", None)]
    assert [text[t.start:t.text_start] for t in found] == [
        "Speaker 1  0:03\n", "Speaker 2  0:10\n", "Speaker 1  0:25\n"]
    assert [text[t.text_start:t.end] for t in found] == [
        "So tell me about the last order.\nTake your time.", "It was late. Again.", "How late?"]


def test_rev_export_label_with_time_on_its_own_line_or_inline():
    text = ("Speaker 1 (00:03):\nWhat made you cancel?\n\n"
            "Speaker 2 (00:09): The price, honestly.\n\n"
            "Speaker 1 (00:15):\nWas it the only reason?\n")
    assert [(words, label) for *_, label, words in turns_of(text)] == [
        ("What made you cancel?", "Speaker 1 (00:03):\n"),
        ("The price, honestly.", "Speaker 2 (00:09): "),
        ("Was it the only reason?", "Speaker 1 (00:15):\n")]


def test_teams_docx_style_name_and_time_then_words():
    text = ("Maria Rossi   0:03\nBuongiorno, ci sentite?\n\n"
            "Luca Bianchi   0:07\nSì, benissimo.\n\n"
            "Maria Rossi   0:12\nPartiamo dal negozio di via Roma.\n")
    found = detect_turns(text)
    assert [(t.key, t.label, t.timestamp) for t in found] == [
        ("maria rossi", "Maria Rossi", "0:03"), ("luca bianchi", "Luca Bianchi", "0:07"),
        ("maria rossi", "Maria Rossi", "0:12")]
    assert [text[t.text_start:t.end] for t in found] == [
        "Buongiorno, ci sentite?", "Sì, benissimo.", "Partiamo dal negozio di via Roma."]


ZOOM_VTT = """WEBVTT

1
00:00:05.000 --> 00:00:08.000
Maria Rossi: Thanks for joining.

2
00:00:08.500 --> 00:00:12.000
Luca Bianchi: Happy to help. The delivery
was the problem.

3
00:00:12.000 --> 00:00:15.000
Every single time.

4
00:00:15.000 --> 00:00:17.000
Maria Rossi: Every time?
"""


def test_zoom_webvtt_cue_numbers_and_timings_are_in_no_turn():
    text = ZOOM_VTT
    found = detect_turns(text)
    assert [(t.key, t.label, t.timestamp) for t in found] == [
        ("maria rossi", "Maria Rossi", "00:00:05.000"),
        ("luca bianchi", "Luca Bianchi", "00:00:08.500"),
        ("luca bianchi", "Luca Bianchi", "00:00:12.000"),  # a cue without a label continues
        ("maria rossi", "Maria Rossi", "00:00:15.000")]
    assert [text[t.start:t.text_start] for t in found] == [
        "Maria Rossi: ", "Luca Bianchi: ", "", "Maria Rossi: "]
    assert [text[t.text_start:t.end] for t in found] == [
        "Thanks for joining.", "Happy to help. The delivery\nwas the problem.",
        "Every single time.", "Every time?"]
    covered = "".join(text[t.start:t.end] for t in found)
    assert "-->" not in covered and "WEBVTT" not in covered
    assert not any(line.strip().isdigit() for line in covered.splitlines())


def test_srt_subtitles_with_comma_milliseconds():
    text = ("1\n00:00:01,000 --> 00:00:03,000\nInterviewer: Pronto?\n\n"
            "2\n00:00:03,500 --> 00:00:05,000\nIntervistata: Sì, mi sente?\n\n"
            "3\n00:00:05,000 --> 00:00:06,000\nInterviewer: Perfetto.\n")
    assert [(k, words, role) for k, _, role, _, words in turns_of(text)] == [
        ("interviewer", "Pronto?", INTERVIEWER), ("intervistata", "Sì, mi sente?", RESPONDENT),
        ("interviewer", "Perfetto.", INTERVIEWER)]
    assert [t.timestamp for t in detect_turns(text)] == ["00:00:01,000", "00:00:03,500",
                                                        "00:00:05,000"]


def test_teams_webvtt_voice_tags_leave_the_tags_out_of_the_words():
    text = ("WEBVTT\n\n3f1c-9a/12-0\n00:00:00.000 --> 00:00:02.500\n"
            "<v Maria Rossi>Good morning.</v>\n\n"
            "3f1c-9a/13-0\n00:00:02.500 --> 00:00:04.000\n<v Luca Bianchi>Morning!</v>\n\n"
            "3f1c-9a/14-0\n00:00:04.000 --> 00:00:06.000\n<v Maria Rossi>Shall we?</v>\n")
    assert [(k, label, written, words) for k, label, _, written, words in turns_of(text)] == [
        ("maria rossi", "Maria Rossi", "<v Maria Rossi>", "Good morning."),
        ("luca bianchi", "Luca Bianchi", "<v Luca Bianchi>", "Morning!"),
        ("maria rossi", "Maria Rossi", "<v Maria Rossi>", "Shall we?")]


def test_descript_export():
    text = ("[00:00:00] Interviewer: Let's start with your job.\n"
            "[00:00:04] Giulia: I run a bakery.\n"
            "[00:00:09] Interviewer: Since when?\n"
            "[00:00:11] Giulia: Twelve years now.\n")
    found = detect_turns(text)
    assert [(t.key, t.timestamp, text[t.text_start:t.end]) for t in found] == [
        ("interviewer", "00:00:00", "Let's start with your job."),
        ("giulia", "00:00:04", "I run a bakery."),
        ("interviewer", "00:00:09", "Since when?"),
        ("giulia", "00:00:11", "Twelve years now.")]
    assert all(text[t.start:].startswith("[00:00:") for t in found)


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_bold_bullets_and_quotes():
    text = ("# Intervista 4\n\n"
            "**Interviewer:** Why did you stop?\n"
            "**Maria**: Too many ads.\n"
            "- Interviewer: Only that?\n"
            "> Maria: And the price.\n"
            "__Maria:__ Mostly the price.\n")
    found = detect_turns(text)
    assert turns_of(text) == [
        ("interviewer", "Interviewer", INTERVIEWER, "**Interviewer:** ", "Why did you stop?"),
        ("maria", "Maria", None, "**Maria**: ", "Too many ads."),
        ("interviewer", "Interviewer", INTERVIEWER, "Interviewer: ", "Only that?"),
        ("maria", "Maria", None, "Maria: ", "And the price."),
        ("maria", "Maria", None, "__Maria:__ ", "Mostly the price."),
    ]
    # The bullet and the quote mark stay out of the turn before.
    assert found[1].end == text.index("\n- Interviewer")
    assert found[2].start == text.index("Interviewer: Only")
    assert found[3].start == text.index("Maria: And")


# --- scripts, emoji, line endings -----------------------------------------------------------


def test_fullwidth_colon_and_cjk_labels():
    text = "采访者：你用这个应用多久了？\n受访者：大概两年。\n采访者：为什么？\n受访者：方便。\n"
    found = turns_of(text)
    assert [(k, role, written, words) for k, _, role, written, words in found] == [
        ("采访者", INTERVIEWER, "采访者：", "你用这个应用多久了？"),
        ("受访者", RESPONDENT, "受访者：", "大概两年。"),
        ("采访者", INTERVIEWER, "采访者：", "为什么？"),
        ("受访者", RESPONDENT, "受访者：", "方便。")]
    assert asks_questions(found[0][4]) and not asks_questions(found[1][4])


def test_offsets_are_code_points_with_emoji_cjk_bom_and_crlf():
    raw = ("\ufeffIntervistatore: Com'è andata? 😀\r\n"
           "Cliente: Male 😡😡, il pacco 包裹 era rotto.\r\n"
           "\r\n"
           "Ho chiamato 👩‍💻 tre volte.\r\n"
           "Intervistatore: Mi dispiace.\r\n")
    text = normalise_text(raw)
    found = detect_turns(text)
    assert [(t.key, text[t.text_start:t.end]) for t in found] == [
        ("intervistatore", "Com'è andata? 😀"),
        ("cliente", "Male 😡😡, il pacco 包裹 era rotto.\n\nHo chiamato 👩‍💻 tre volte."),
        ("intervistatore", "Mi dispiace.")]
    assert found[0].start == 0 and found[2].start == text.index("Intervistatore: Mi")
    # Offsets are code points: the UI's UTF-16 offsets differ after the emoji.
    assert to_utf16(text, found[2].start) > found[2].start


def test_carriage_returns_in_an_unnormalised_cell_stay_out_of_the_words():
    text = "Interviewer: Why?\r\nCustomer: Because.\r\nInterviewer: OK.\r\n"
    assert [w for *_, w in turns_of(text)] == ["Why?", "Because.", "OK."]


# --- not conversations -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Note: call back on Monday.\nNote: she prefers email.\n",
    "Date: 12 March\nThe problem was this: delivery took ages.\n",
    "The problem was this: delivery.\nThe problem was this: price.\nAnd the staff.\n",
    "See https://example.com/help: it explains the refund.\nOr http://example.org: same.\n",
    "at 10:30 we met at the shop\nat 11:45 we left: nothing bought\n",
    "Prezzo: troppo alto",
    "Prezzo: troppo alto\n",
    "Pro: fast delivery\nContro: price\nPro: friendly staff\nContro: parking\n",
    "Idea: free returns.\nIdea: a loyalty card.\nIdea: longer opening hours.\n",
    "09:00 Welcome: coffee\n10:30 Workshop: journeys\n12:00 Lunch: canteen\n",
    "Step 1: open the app\nStep 2: tap orders\nStep 3: nothing happens\n",
    "Just one line with a colon: here.",
    "No colon at all, just a plain answer about the checkout being slow.",
    "",
    "\n\n\n",
    ":::\n: : :\n::\n",
    "From: Maria Rossi\nTo: Luca Bianchi\nSubject: reso\nFrom: Luca Bianchi\nTo: Maria Rossi\n",
])
def test_prose_notes_and_survey_answers_have_no_turns(text):
    assert detect_turns(text) == []


def test_metadata_header_at_the_top_is_not_a_speaker():
    text = ("Date: 12 March 2024\n"
            "Participants: Maria Rossi, Luca Bianchi\n"
            "Location: Milano\n"
            "Interviewer: Luca Bianchi\n"
            "\n"
            "Interviewer: Thanks for coming, Maria.\n"
            "Maria: My pleasure.\n"
            "Interviewer: Tell me about your last order.\n"
            "Maria: It was fine.\n")
    found = turns_of(text)
    assert detect_turns(text)[0].start == text.index("Interviewer: Thanks")
    assert [(k, words) for k, _, _, _, words in found] == [
        ("interviewer", "Thanks for coming, Maria."), ("maria", "My pleasure."),
        ("interviewer", "Tell me about your last order."), ("maria", "It was fine.")]


def test_metadata_lines_inside_a_conversation_stay_in_the_turn():
    text = ("Interviewer: What happened on Friday?\n"
            "Customer: The courier came early.\nNote: the door was locked.\n"
            "Interviewer: And then?\nCustomer: Nothing.\n")
    found = turns_of(text)
    assert [k for k, *_ in found] == ["interviewer", "customer", "interviewer", "customer"]
    assert found[1][4] == "The courier came early.\nNote: the door was locked."


def test_a_name_said_once_is_not_a_speaker_but_a_role_word_is():
    text = ("Interviewer: Anything else?\nRespondent: Two things.\n"
            "First: the price.\nSecond: the queue.\nInterviewer: Thanks.\n")
    found = turns_of(text)
    assert [k for k, *_ in found] == ["interviewer", "respondent", "interviewer"]
    assert found[1][4] == "Two things.\nFirst: the price.\nSecond: the queue."


# --- large and hostile input -----------------------------------------------------------------


def test_a_forty_thousand_character_transcript_is_cut_completely():
    blocks = []
    for i in range(300):
        blocks.append(f"[00:{i // 60:02d}:{i % 60:02d}] Interviewer 1: Question {i}: how was it?\n"
                      f"Respondent: Answer {i}: slow, and at 10:30 nobody answered.\n"
                      "Second line of the answer.\n\n")
    text = "".join(blocks)
    assert len(text) > 40_000
    found = detect_turns(text)
    assert len(found) == 600
    assert found[-1].end == len(text.rstrip())
    assert text[found[-1].text_start:found[-1].end] == (
        "Answer 299: slow, and at 10:30 nobody answered.\nSecond line of the answer.")


@pytest.mark.parametrize("text", [
    "x" * 200_000,
    "a:" * 100_000,
    "Maria " * 40_000 + ":",
    "(" * 100_000 + "1:2" + ")" * 100_000,
    "**" * 100_000 + "Maria:" + " word:" * 30_000,
    "[00:00:00] " * 20_000 + "Maria: hi",
    "Interviewer 1: " + "ab: cd 10:30 -- " * 12_000,
    ("Interviewer: " + "x: " * 20_000 + "\n") * 3 + "Respondent: ok\n",
    ":" * 200_000,
    " \t" * 100_000,
])
def test_very_long_lines_with_many_colons_finish(text):
    found = detect_turns(text)  # must return without backtracking for minutes
    assert all(t.start < t.end <= len(text) for t in found)
    assert all(t.start <= LINE_LOOK or text[t.start - 1] == "\n" for t in found)


@pytest.mark.parametrize("name", [
    "a" + ".-" * 3000 + "x", "n." * 3000 + "x1x", "1" * 6000, "x" + "1" * 6000,
    "(" * 5000 + "a" + ")" * 5000, "Interviewer " + "#" * 6000 + "1",
])
def test_hostile_names_are_folded_without_hanging(name):
    key = speaker_key(name)  # a user may type anything to find a speaker
    assert key == speaker_key(key)
    role_from_label(name)


def test_a_very_long_line_after_a_label_is_one_turn():
    words = "word: " * 40_000
    text = f"Interviewer: Go on.\nRespondent: {words.strip()}\nInterviewer: Thanks.\n"
    found = detect_turns(text)
    assert [len(text[t.text_start:t.end]) for t in found] == [6, len(words.strip()), 7]


# --- keys, labels and roles --------------------------------------------------------------------


@pytest.mark.parametrize("label", [
    "Interviewer1 ", "**interviewer 1**", "Interviewer #1", "interviewer-1", "INTERVIEWER 1",
    "Interviewer  01", "__Interviewer 1__", "Interviewer n. 1", "interviewer 1:",
])
def test_ways_of_writing_one_speaker_share_a_key(label):
    assert speaker_key(label) == "interviewer 1"
    assert role_from_label(label) is INTERVIEWER


def test_other_keys_stay_apart():
    keys = {speaker_key(x) for x in ("Interviewer 1", "Interviewer 2", "Interviewer",
                                     "P1", "P2", "Maria", "Maria Rossi")}
    assert keys == {"interviewer 1", "interviewer 2", "interviewer", "p 1", "p 2", "maria",
                    "maria rossi"}
    assert clean_label("  **Maria  Rossi** ") == "Maria Rossi"


@pytest.mark.parametrize("word", [
    "interviewer", "intervistatore", "intervistatrice", "moderator", "moderatore",
    "moderatrice", "facilitator", "facilitatore", "researcher", "ricercatrice", "Q", "I",
    "Interviewer 2", "Moderatore 1", "UX researcher", "D",
])
def test_role_words_of_askers(word):
    assert role_from_label(speaker_key(word)) is INTERVIEWER


@pytest.mark.parametrize("word", [
    "interviewee", "intervistato", "intervistata", "partecipante", "participant",
    "respondent", "rispondente", "customer", "cliente", "A", "R", "P1", "P12", "Participant 3",
    "Cliente 2", "Utente",
])
def test_role_words_of_answerers(word):
    assert role_from_label(speaker_key(word)) is RESPONDENT


@pytest.mark.parametrize("word", ["Maria", "Dr. Rossi", "Anna Maria Bianchi", "Speaker 1",
                                  "Luca Bianchi", "Voice 2"])
def test_names_and_generic_speakers_have_no_role(word):
    assert role_from_label(speaker_key(word)) is None


def test_word_lists_do_not_contradict_each_other():
    assert not INTERVIEWER_WORDS & RESPONDENT_WORDS
    assert not (INTERVIEWER_WORDS | RESPONDENT_WORDS | GENERIC_WORDS) & NOT_SPEAKERS


# --- through an import into a real project ----------------------------------------------------


def test_imported_otter_transcript_with_bom_and_crlf_keeps_exact_turns(tmp_path):
    from workbench.services import evidence, speakers
    from workbench.services.project import create_project, open_project

    raw = ("Intervista con Maria, negozio di Bologna\r\n\r\n"
           "Intervistatore  0:03\r\nCom'è andata l'ultima volta? 🙂\r\n\r\n"
           "Maria Rossi  0:09\r\nMale. Il pacco è arrivato aperto 📦 e nessuno ha risposto.\r\n"
           "Ho scritto anche una mail.\r\n\r\n"
           "Intervistatore  0:31\r\nE poi cosa ha fatto?\r\n\r\n"
           "Maria Rossi  0:35\r\nHo chiesto il rimborso, ma ci sono volute tre settimane.\r\n")
    path = tmp_path / "maria.txt"
    path.write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    project_path = create_project(tmp_path / "study.pwb")
    with open_project(project_path) as project:
        imported = evidence.import_transcripts(project, path)
        document_id = imported.documents[0].id
        views = speakers.document_turns(project, document_id)
        body = evidence.open_document(project, document_id).document.body
        report = speakers.detect_speakers(project, [document_id])
    assert report[0].language == "it" and report[0].turns == 4
    assert [(v.speaker.key, v.speaker.role, v.text) for v in views] == [
        ("intervistatore", INTERVIEWER, "Com'è andata l'ultima volta? 🙂"),
        ("maria rossi", RESPONDENT,
         "Male. Il pacco è arrivato aperto 📦 e nessuno ha risposto.\nHo scritto anche una mail."),
        ("intervistatore", INTERVIEWER, "E poi cosa ha fatto?"),
        ("maria rossi", RESPONDENT, "Ho chiesto il rimborso, ma ci sono volute tre settimane."),
    ]
    assert [body[v.turn.start:v.turn.text_start] for v in views] == [
        "Intervistatore  0:03\n", "Maria Rossi  0:09\n", "Intervistatore  0:31\n",
        "Maria Rossi  0:35\n"]
