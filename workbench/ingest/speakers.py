"""Find who speaks where in a transcript: speaker labels and the turns they start.

Pure functions from text to :class:`workbench.domain.speakers.DetectedTurn`:
no SQL, no Qt. Offsets are code points into the text as given (the stored,
normalised body), so they stay exact with emoji, CJK, a BOM or CRLF removed at
import.

A line starts a turn when it begins with a speaker label written in one of the
common ways::

    Interviewer 1: …        Interviewer1 : …       interviewer: …
    [00:12:03] Maria: …     00:12 Maria: …         Maria (00:12:03): …
    **Moderatore:** …       - P2: …                Q: … / A: …
    Speaker 1  0:03         (Otter.ai: label and time on their own line,
    words…                   the words on the next lines)

A label must be short (at most five words), begin with a letter and recur in
the document, unless it is a known role word ("interviewer", "intervistato",
"moderator", "partecipante"…). Lines without a label continue the turn before;
text before the first label belongs to no turn.
"""

from __future__ import annotations

import re
from collections import Counter

from workbench.domain.speakers import DetectedTurn, SpeakerRole

#: Role words (compared with the key without its number), English and Italian plus a
#: few common in other languages' transcripts.
INTERVIEWER_WORDS = frozenset("""
interviewer intervistatore intervistatrice moderator moderatore moderatrice facilitator
facilitatore facilitatrice researcher ricercatore ricercatrice host q question domanda int
mod i iv interviewer's ux researcher enquêteur enqueteur intervieweur interviewerin
entrevistador entrevistadora moderador moderadora
""".split()) | {"ux researcher", "user researcher"}
RESPONDENT_WORDS = frozenset("""
interviewee intervistato intervistata partecipante participant respondent rispondente
customer cliente user utente a answer risposta r p resp guest ospite informant enquêté
enquete interviewé interviewe befragter befragte teilnehmer teilnehmerin entrevistado
entrevistada participante
""".split())
#: Words of generic labels from transcription services ("Speaker 2"): always speakers, role unknown.
GENERIC_WORDS = frozenset("speaker spk voice voce parlante relatore person persona sprecher "
                          "locuteur locutor orador unknown sconosciuto".split())
#: Line prefixes that look like labels but are headings of a document's metadata.
NOT_SPEAKERS = frozenset("""
note notes nota note date data time ora orario location luogo place subject oggetto title
titolo topic tema example esempio tip ps re tel phone telefono email e-mail fax web url http
https www project progetto duration durata interview intervista transcript trascrizione
recording registrazione session sessione participants partecipanti attendees presenti source
fonte file version versione warning attenzione important importante summary sintesi riassunto
agenda todo to-do update aggiornamento step passo fase phase
""".split())

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
#: A label written before a colon on the line where the words start.
_INLINE = re.compile(
    r"^(?P<lead>[ \t]*(?:[-–•>][ \t]+)?)"
    rf"(?:[\[(]?(?P<ts>{_TIME})[\])]?[ \t]*(?:[-–|][ \t]*)?)?"
    r"(?P<label>[*_]{0,2}[^\W\d_][^\n:：?!;,\[\]()]{0,40}?)[*_]{0,2}[ \t]*"
    rf"(?:[\[(](?P<ts2>{_TIME})[\])][ \t]*)?[*_]{{0,2}}[ \t]*[:：](?!//)[*_]{{0,2}}[ \t]*",
    re.M)
#: A label alone on its line, with a time after it (Otter.ai, Teams, Rev); the words follow.
_HEADER = re.compile(
    r"^(?P<lead>[ \t]*)(?P<label>[^\W\d_][^\n:：?!;,\[\]()]{0,40}?)[ \t]*"
    rf"(?:\|[ \t]*)?[\[(]?(?P<ts>{_TIME})[\])]?[ \t]*:?[ \t]*$",
    re.M)
_DECORATION = re.compile(r"[*_]+")
_NUMBER = re.compile(r"^(?P<word>.*?)[ \t#.-]*(?P<number>\d+)$")
_SPACES = re.compile(r"\s+")
MAX_LABEL_WORDS = 5


def speaker_key(label: str) -> str:
    """A label folded so the ways of writing one speaker compare equal.

    "Interviewer1 " and "**interviewer 1**" both give "interviewer 1".
    """
    text = _DECORATION.sub("", label).strip().strip(".-–").strip()
    text = _SPACES.sub(" ", text).lower()
    match = _NUMBER.match(text)
    if match and match["word"]:
        text = f"{match['word'].strip()} {int(match['number'])}"
    return text


def clean_label(label: str) -> str:
    """The label as shown: decoration and surrounding space removed."""
    return _SPACES.sub(" ", _DECORATION.sub("", label)).strip().strip(".-–").strip()


def role_from_label(key: str) -> SpeakerRole | None:
    """The role a label's words say, or None when they say nothing (a name)."""
    word = _NUMBER.match(key)
    base = word["word"].strip() if word and word["word"] else key
    if base in INTERVIEWER_WORDS or key in INTERVIEWER_WORDS:
        return SpeakerRole.INTERVIEWER
    if base in RESPONDENT_WORDS or key in RESPONDENT_WORDS:
        return SpeakerRole.RESPONDENT
    return None


def _generic(key: str) -> bool:
    word = _NUMBER.match(key)
    return (word["word"].strip() if word and word["word"] else key) in GENERIC_WORDS


def _plausible(label: str, key: str) -> bool:
    if not key or len(key.split()) > MAX_LABEL_WORDS:
        return False
    base = _NUMBER.match(key)
    base_word = base["word"].strip() if base and base["word"] else key
    if key in NOT_SPEAKERS or base_word in NOT_SPEAKERS:
        return False
    return not any(ch in label for ch in ".…\"“”") or bool(re.fullmatch(r"[\w .'-]+", label))


def _candidates(text: str) -> list[tuple[int, int, str, str | None]]:
    """(line start, words start, label, timestamp) of every line that looks like a label."""
    found: dict[int, tuple[int, int, str, str | None]] = {}
    for match in _HEADER.finditer(text):
        label = clean_label(match["label"])
        if not _plausible(label, speaker_key(label)):
            continue
        words = match.end()
        while words < len(text) and text[words] in "\n \t":
            words += 1
        found[match.start()] = (match.start() + len(match["lead"]), words, label, match["ts"])
    for match in _INLINE.finditer(text):
        label = clean_label(match["label"])
        if match.start() not in found and _plausible(label, speaker_key(label)):
            start = match.start() + len(match["lead"])
            found[match.start()] = (start, match.end(), label, match["ts"] or match["ts2"])
    return [found[k] for k in sorted(found)]


def detect_turns(text: str) -> list[DetectedTurn]:
    """The turns of a transcript, in order; [] when it is not a conversation.

    A label is kept when its key is a role word or appears at least twice;
    a text needs two kept labels (two turns) to be a conversation.
    """
    if ":" not in text and "：" not in text and not re.search(_TIME, text):
        return []
    candidates = _candidates(text)
    if len(candidates) < 2:
        return []
    keys = [speaker_key(label) for _, _, label, _ in candidates]
    counts = Counter(keys)
    kept = [(c, k) for c, k in zip(candidates, keys, strict=True)
            if counts[k] >= 2 or role_from_label(k) is not None or _generic(k)]
    if len(kept) < 2 or len({k for _, k in kept}) > max(12, len(kept) // 2):
        return []
    first_label: dict[str, str] = {}
    turns: list[DetectedTurn] = []
    for i, ((start, words, label, stamp), key) in enumerate(kept):
        first_label.setdefault(key, label)
        end = kept[i + 1][0][0] if i + 1 < len(kept) else len(text)
        while end > words and text[end - 1] in " \t\n":
            end -= 1
        turns.append(DetectedTurn(key=key, label=first_label[key], start=start,
                                  text_start=min(words, end), end=end, timestamp=stamp))
    return turns


def asks_questions(text: str) -> bool:
    """True when a turn's words end in or contain a question."""
    return "?" in text or "？" in text
