"""Find who speaks where in a transcript: speaker labels and the turns they start.

Pure functions from text to :class:`workbench.domain.speakers.DetectedTurn`:
no SQL, no Qt. Offsets are code points into the text as given (the stored,
normalised body, see :func:`workbench.domain.evidence.normalise_text`), so they
stay exact with emoji, CJK, or a BOM and CRLF removed at import.

A line starts a turn when it begins with a speaker label written in one of the
common ways::

    Interviewer 1: …        Interviewer1 : …       INTERVIEWER: …     Q: … / A: …
    [00:12:03] Maria: …     00:12 Maria: …         (00:12) Maria: …   Maria (00:12:03): …
    Maria [00:12]: …        Interviewer: (00:03) … **Moderatore:** …  **Maria**: …
    - P2: …                 > Maria: …             采访者：…           <v Maria Rossi>…</v>
    Speaker 1  0:03         (Otter.ai, Teams, Rev: label and time alone on their line,
    words…                   the words on the next lines)

A label is short (at most five words), begins with a letter and recurs in the
document, unless it is a role word ("interviewer", "intervistato", "moderator",
"partecipante", "Q", "P1"…, also in brackets: "Luca (intervistatore)") or a
transcription service's "Speaker 2". A name said once is a speaker only when it
answers a question (the line before ends with "?") or is written like the
service's other labels (with a time, at the start of a block). Lines without a
label continue the turn before; text before the first label belongs to no turn.
A text needs two turns (and two speakers, or one role word) to be a
conversation, so notes ("Note: …", "Date: 12 March", "Pro: … / Contro: …") and
one-line answers ("Prezzo: troppo alto") give no turns. A first paragraph of
short metadata lines ("Date:", "Participants:", "Location:", "Interviewer: Luca
Bianchi") is not a turn either.

Subtitles (WebVTT, SRT: Zoom and Teams exports): cue numbers and timing lines
("00:00:05.000 --> 00:00:08.000") belong to no turn. A turn ends before them, and
a cue whose text has no label starts a new turn of the speaker before, at its
first word (``start == text_start``, the cue's start time as timestamp). So the
spoken words of every turn are the words only, and themes never read timings.

A turn's ``start`` is where its label is written: after indentation, a list
bullet or a quote mark, with a time and Markdown emphasis written before the
name included ("[00:12:03] Maria: ", "**Interviewer:** "); ``text_start`` is the
first spoken word, on the next line when the label stands alone.

Only the first :data:`LINE_LOOK` characters of a line are read for a label, so a
very long line without newlines costs no more than a short one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from workbench.domain.speakers import DetectedTurn, SpeakerRole

#: Role words (compared with the key without its number), English and Italian plus a
#: few common in other languages' transcripts.
INTERVIEWER_WORDS = frozenset("""
interviewer intervistatore intervistatrice moderator moderatore moderatrice facilitator
facilitatore facilitatrice researcher ricercatore ricercatrice host q question domanda d int
mod i iv interviewer's enquêteur enqueteur intervieweur interviewerin
entrevistador entrevistadora moderador moderadora frage
采访者 访谈者 访问者 主持人 记者 インタビュアー 司会 聞き手
""".split()) | {"ux researcher", "user researcher"}
RESPONDENT_WORDS = frozenset("""
interviewee intervistato intervistata partecipante participant respondent rispondente
customer cliente client user utente a answer risposta r p resp guest ospite informant enquêté
enquete interviewé interviewe befragter befragte teilnehmer teilnehmerin entrevistado
entrevistada participante antwort ip patient paziente consumer consumatore consumatrice
subject narrator narratore narratrice testimone witness interviewed
受访者 被访者 受访人 参与者 回答者 客户 顾客 話し手 参加者
""".split())
#: Words of generic labels from transcription services ("Speaker 2"): always speakers, role unknown.
GENERIC_WORDS = frozenset("speaker spk voice voce parlante relatore person persona sprecher "
                          "locuteur locutor orador unknown sconosciuto unidentified "
                          "说话人 发言人 話者".split())
#: Line prefixes that look like labels but are headings of a document's metadata or notes.
NOT_SPEAKERS = frozenset("""
note notes nota note date data time ora orario location luogo place subject oggetto title
titolo topic tema example esempio tip ps re tel phone telefono email e-mail fax web url http
https www project progetto duration durata interview intervista transcript trascrizione
recording registrazione session sessione participants partecipanti attendees presenti source
fonte file version versione warning attenzione important importante summary sintesi riassunto
agenda todo to-do update aggiornamento step passo fase phase name nome cognome age età gender
genere sesso occupation professione job lavoro role ruolo company azienda city città country
paese language lingua kind style region mode modalità format formato channel canale id code
codice start end inizio fine speakers interlocutori interviewers intervistatori interviewees
intervistati moderators transcriber transcribed audio video link meeting riunione day giorno
week settimana chapter capitolo section sezione part parte point punto item voce pro pros
contro cons vantaggi svantaggi strengths weaknesses positives negatives positivo negativo
price prezzo total totale answered question-id status stato tags tag keywords category
categoria comments commento commenti feedback goal obiettivo context contesto background
from to cc bcc sent inviato subject reply-to
""".split()) - GENERIC_WORDS - INTERVIEWER_WORDS - RESPONDENT_WORDS
#: Lower-case words allowed inside a name label of three or more words ("Anna de Luca").
_PARTICLES = frozenset("de di da del della dei van von der den la le du dos das y e and & "
                       "bin al el st".split())

#: How many characters at the start of a line are read for a label.
LINE_LOOK = 160
MAX_LABEL_WORDS = 5
#: A label without spaces (a name, a CJK label) is at most this long.
MAX_LABEL_CHARS = 24

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_NAME = r"[^\W\d_][^:：?!;,\[\](){}*_<>=|\\/\"“”«»\t\r\n]{0,40}?"
#: What may precede a label on its line: indentation, a Markdown bullet or quote.
_LEAD = re.compile(r"[ \t]*(?:[-–•*+>][ \t]+|>)*[ \t]*")
#: A label written before a colon on the line where the words start.
_INLINE = re.compile(
    rf"(?:(?P<open>[\[(])?(?P<ts>{_TIME})(?(open)[\])])[ \t]*(?:[-–|][ \t]*)?)?"
    rf"[*_]{{0,2}}(?P<label>{_NAME}(?:[ \t]*\([^\W\d_][^():：\n]{{0,30}}\))?)[ \t]*[*_]{{0,2}}[ \t]*"
    rf"(?:[\[(](?P<ts2>{_TIME})[\])][ \t]*)?[*_]{{0,2}}[ \t]*(?P<colon>[:：])(?!//)[*_]{{0,2}}[ \t]*"
    rf"(?:[\[(](?P<ts3>{_TIME})[\])][ \t]*)?")
#: A label alone on its line with a time after it (Otter.ai, Teams, Rev); the words follow.
_HEADER = re.compile(
    rf"[*_]{{0,2}}(?P<label>{_NAME})[*_]{{0,2}}[ \t]*(?:[-–|][ \t]*)?"
    rf"(?P<open>[\[(])?(?P<ts>{_TIME})(?(open)[\])])[ \t]*:?[ \t\r]*\Z")
#: A WebVTT voice tag (Teams): "<v Maria Rossi>words</v>".
_VOICE = re.compile(r"<v(?:\.[\w.-]+)*[ \t]+(?P<label>[^>\n]{1,40})>[ \t]*")
_VOICE_END = "</v>"
#: A subtitle timing line (WebVTT, SRT); the line before it is the cue number.
_TIMING = re.compile(
    r"[ \t]*(?P<ts>(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)[ \t]*-->[ \t]*"
    r"(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?")
_VTT_HEADER = re.compile(r"WEBVTT\b")

_DECORATION = re.compile(r"[*_]+")
_SPACES = re.compile(r"\s+")
_WHITE = " \t\n\r"
#: Metadata values are short: at most this many words and no sentence end.
_METADATA_WORDS = 8
_METADATA_LINES = 15


_SEPARATORS = " \t#.-–°"
#: Words for "number" before a speaker's number: "Interviewer n. 1", "Intervistato nr 2".
_NUMBER_WORDS = ("nr", "no", "n")


def _numbered(text: str) -> tuple[str, int] | None:
    """("interviewer", 1) for "interviewer #1", "interviewer n. 1", "interviewer-01"; else None.

    Plain string scanning (no regular expression), so any input takes linear time.
    """
    digits = len(text)
    while digits > 0 and text[digits - 1].isdecimal():
        digits -= 1
    if digits == len(text) or len(text) - digits > 9:
        return None
    word = text[:digits].rstrip(_SEPARATORS)
    for marker in _NUMBER_WORDS:
        if word.endswith(marker) and len(word) > len(marker) \
                and word[-len(marker) - 1] in _SEPARATORS:
            word = word[:-len(marker)].rstrip(_SEPARATORS)
            break
    return (word, int(text[digits:])) if word else None


@lru_cache(maxsize=4096)
def speaker_key(label: str) -> str:
    """A label folded so the ways of writing one speaker compare equal.

    "Interviewer1 ", "**interviewer 1**", "Interviewer #1" and "interviewer-1" all
    give "interviewer 1"; "P01" gives "p 1".
    """
    text = _DECORATION.sub("", label).strip().strip(".-–:：").strip()
    text = _SPACES.sub(" ", text).lower()
    numbered = _numbered(text)
    return f"{numbered[0]} {numbered[1]}" if numbered else text


@lru_cache(maxsize=4096)
def clean_label(label: str) -> str:
    """The label as shown: decoration and surrounding space removed."""
    return _SPACES.sub(" ", _DECORATION.sub("", label)).strip().strip(".-–").strip()


def _base(key: str) -> str:
    """The key without its number: "interviewer 1" -> "interviewer"."""
    numbered = _numbered(key)
    return numbered[0] if numbered else key


_NOTE = re.compile(r"^(?P<name>[^(]*?)[ \t]*\((?P<note>[^()]*)\)$")


def role_from_label(key: str) -> SpeakerRole | None:
    """The role a label's words say, or None when they say nothing (a name).

    Accepts a key or a raw label ("Interviewer 1", "P2", "Intervistata"). A role
    in brackets counts too: "Luca (intervistatore)", "Speaker 2 (cliente)".
    """
    key = speaker_key(key)
    note = _NOTE.match(key)
    if note:
        return role_from_label(note["note"]) or role_from_label(note["name"])
    base = _base(key)
    if base in INTERVIEWER_WORDS or key in INTERVIEWER_WORDS:
        return SpeakerRole.INTERVIEWER
    if base in RESPONDENT_WORDS or key in RESPONDENT_WORDS:
        return SpeakerRole.RESPONDENT
    return None


def _generic(key: str) -> bool:
    """True for a transcription service's label: "Speaker 2", "Speaker A", "Unknown Speaker"."""
    words = _NOTE.sub(r"\g<name>", key).split()
    return bool(words) and (_base(" ".join(words)) in GENERIC_WORDS or (
        len(words) == 2 and (words[0] in GENERIC_WORDS and len(words[1]) == 1
                             or words[1] in GENERIC_WORDS and words[0] in GENERIC_WORDS)))


def _name_like(label: str) -> bool:
    """True for a label written like a name: one to three capitalised words ("Maria Rossi")."""
    words = _NOTE.sub(r"\g<name>", label).split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() or w.lower() in _PARTICLES
                                       for w in words)


def _metadata_key(key: str) -> bool:
    """True for a heading of notes or metadata ("Date", "Interview date", "Note 2")."""
    words = key.split()
    return key in NOT_SPEAKERS or _base(key) in NOT_SPEAKERS or (
        len(words) > 1 and words[-1] in NOT_SPEAKERS)


@lru_cache(maxsize=4096)
def _plausible(label: str, key: str) -> bool:
    """True when a label reads like a speaker's name or role, not a phrase of prose."""
    words = key.split()
    if not words or len(words) > MAX_LABEL_WORDS or _metadata_key(key):
        return False
    if len(words) == 1 and len(key) > MAX_LABEL_CHARS:
        return False
    if any(ch in label for ch in ".…'") and not re.fullmatch(r"[\w .'’-]+", label):
        return False
    if len(words) >= 3 and not (role_from_label(words[0]) or _generic(words[0])):
        # "Anna Maria Bianchi" but not "The problem was this".
        return all(w[:1].isupper() or w.isdigit() or w.lower() in _PARTICLES
                   for w in label.split())
    return True


@dataclass(slots=True)
class _Candidate:
    line: int  # where its line starts
    start: int  # where the label starts (after indentation, bullet, quote mark)
    words: int  # where the spoken words start
    label: str
    timestamp: str | None
    voice: bool = False  # a WebVTT voice tag: the words end before "</v>"
    #: Written the way transcription services write labels (with a time, a voice tag,
    #: after a subtitle timing): kept even when the speaker speaks once.
    strong: bool = False
    #: First line of a block: the text's first, after a blank line or a subtitle timing.
    block_start: bool = False


def _lines(text: str):
    """(start, end) of each line, end before its newline; only "\\n" ends a line."""
    position, size = 0, len(text)
    while position <= size:
        end = text.find("\n", position)
        if end < 0:
            end = size
        yield position, end
        position = end + 1


def _skip_blank(text: str, position: int) -> int:
    """The first position at or after ``position`` that is not white space."""
    size = len(text)
    while position < size and text[position] in _WHITE:
        position += 1
    return position


def _read_line(text: str, start: int, end: int) -> tuple[_Candidate, str] | None:
    """The label a line starts with and its key, or None (plausibility not judged)."""
    look = text[start:min(end, start + LINE_LOOK)]
    if ":" not in look and "：" not in look and "<v" not in look:
        return None
    lead = _LEAD.match(look).end()
    voice = _VOICE.match(look, lead)
    if voice:
        label = clean_label(voice["label"])
        return _Candidate(start, start + lead, start + voice.end(), label, None, True,
                          True), speaker_key(label)
    if end - start <= LINE_LOOK:
        header = _HEADER.match(look, lead)
        if header:
            label = clean_label(header["label"])
            return _Candidate(start, start + lead, _skip_blank(text, end), label,
                              header["ts"], strong=True), speaker_key(label)
    inline = _INLINE.match(look, lead)
    if inline is None:
        return None
    colon = inline.start("colon")
    if 0 < colon < len(look) - 1 and look[colon - 1].isdigit() and look[colon + 1].isdigit():
        return None  # a time of day ("at 10:30 we met"), not a label
    label = clean_label(inline["label"])
    words = start + inline.end()
    if words >= end or not text[words:end].strip():
        words = _skip_blank(text, end)
    stamp = inline["ts"] or inline["ts2"] or inline["ts3"]
    return _Candidate(start, start + lead, words, label, stamp,
                      strong=stamp is not None), speaker_key(label)


def _scan(text: str) -> tuple[list[tuple[_Candidate, str]], dict[int, str | None], set[int]]:
    """Label lines (with keys), subtitle cue texts (line -> time) and cue lines to leave out."""
    candidates: list[tuple[_Candidate, str]] = []
    cue_texts: dict[int, str | None] = {}
    breaks: set[int] = set()
    previous: tuple[int, int] | None = None  # the line before, when not blank
    after_timing: str | None = None
    timing_seen = False
    for start, end in _lines(text):
        if start == end or text[start] in _WHITE and not text[start:end].strip():
            previous, after_timing = None, None
            continue
        timing = "-->" in text[start:min(end, start + LINE_LOOK)] and _TIMING.match(
            text, start, min(end, start + LINE_LOOK))
        if timing:
            timing_seen = True
            breaks.add(start)
            if previous is not None:
                breaks.add(previous[0])  # the cue number or identifier
                if candidates and candidates[-1][0].line == previous[0]:
                    candidates.pop()
            previous, after_timing = None, timing["ts"]
            continue
        if not timing_seen and not candidates and _VTT_HEADER.match(text, start, end):
            breaks.add(start)
            previous = None
            continue
        found = _read_line(text, start, end)
        if found is not None:
            candidate = found[0]
            candidate.block_start = previous is None
            if after_timing is not None:
                candidate.timestamp = candidate.timestamp or after_timing
                candidate.strong = True
            candidates.append(found)
        if after_timing is not None:
            cue_texts[start] = after_timing
        previous, after_timing = (start, end), None
    return candidates, cue_texts, breaks


def _metadata_block(text: str) -> int:
    """Where a block of metadata lines at the top ends ("Date: …", "Interviewer: Luca"), or 0.

    The block is the first paragraph when all its lines are short, none ends a
    sentence, and one at least starts with a metadata heading ("Date:", "Location:").
    """
    lines: list[tuple[int, int]] = []
    for start, end in _lines(text):
        if not text[start:end].strip():
            if lines:
                break
            continue
        lines.append((start, end))
        if len(lines) > _METADATA_LINES:
            return 0
    metadata = False
    for start, end in lines:
        found = _read_line(text, start, end)
        value = text[start:end]
        if found is not None:
            value = text[min(found[0].words, end):end]
            metadata = metadata or _metadata_key(found[1])
        value = value.strip(_WHITE + "*_")
        if len(value.split()) > _METADATA_WORDS or value.endswith(("?", "!", ".", "…", "？")):
            return 0
    return lines[-1][1] if metadata else 0


def detect_turns(text: str) -> list[DetectedTurn]:
    """The turns of a transcript, in order; [] when it is not a conversation.

    ``text[turn.start:turn.text_start]`` is the label (with its timestamp and
    decoration, empty for a subtitle cue continuing the speaker before) and
    ``text[turn.text_start:turn.end]`` exactly the spoken words.
    """
    if not text:
        return []
    if ":" not in text and "：" not in text and "<v" not in text:
        return _loose_turns(text)
    candidates, cue_texts, breaks = _scan(text)
    top = _metadata_block(text)
    candidates = [(c, k) for c, k in candidates if c.line >= top and _plausible(c.label, k)]
    if len(candidates) < 2:
        return _loose_turns(text)
    counts = Counter(k for _, k in candidates)
    strong_keys = Counter(k for c, k in candidates if c.strong)
    strong = len(strong_keys) >= 2 and max(strong_keys.values()) >= 2
    kept: list[tuple[_Candidate, str]] = []
    for candidate, key in candidates:
        if counts[key] >= 2 or role_from_label(key) is not None or _generic(key) or (
                _name_like(candidate.label) and (
                    strong and candidate.strong and candidate.block_start
                    or kept and not candidate.strong and _answers(text, candidate))):
            kept.append((candidate, key))
    keys = {k for _, k in kept}
    if len(kept) < 2 or len(keys) > max(12, len(kept) // 2):
        return _loose_turns(text)
    if len(keys) == 1 and role_from_label(next(iter(keys))) is None \
            and not _generic(next(iter(keys))):
        return []  # "Idea: …" twice is a list, not a conversation
    return _build(text, kept, cue_texts, breaks)


#: A label followed by a tab, a spaced dash or (role letters only) a full stop, the way
#: some transcripts and table exports write them: "Q. …", "Maria\t…", "Interviewer - …".
_LOOSE = re.compile(
    r"[*_]{0,2}(?P<label>[^\W\d_][\w .'’]{0,30}?)[*_]{0,2}"
    r"(?:(?P<tab>[ ]*\t[ \t]*)|(?P<dash>[ \t]+[-–—][ \t]+)|(?P<dot>\.[ \t]+))(?=\S)")
#: Labels followed by a full stop must be one of these (so "Mr. Rossi said" is prose).
_DOT_LABELS = frozenset("q a d r i p int resp mod".split())
#: Loose labels must start at least this share of a text's non-blank lines.
_LOOSE_SHARE = 0.3


def _loose_turns(text: str) -> list[DetectedTurn]:
    """Turns of a transcript whose labels have no colon: "Q. …" / "A. …", "Maria<tab>…",
    "Interviewer - …". Kept only when two or more speakers recur and their labels start a
    good share of the lines (so a list such as "Price - too high" stays prose)."""
    if text.count("\n") < 3:
        return []
    found: list[tuple[_Candidate, str]] = []
    lines = 0
    for start, end in _lines(text):
        if start == end or not text[start:end].strip():
            continue
        lines += 1
        look = text[start:min(end, start + LINE_LOOK)]
        lead = _LEAD.match(look).end()
        match = _LOOSE.match(look, lead)
        if match is None:
            continue
        label = clean_label(match["label"])
        key = speaker_key(label)
        if match["dot"] and key not in _DOT_LABELS:
            continue
        if not _plausible(label, key):
            continue
        found.append((_Candidate(start, start + lead, start + match.end(), label, None), key))
    counts = Counter(k for _, k in found)
    kept = [(c, k) for c, k in found if counts[k] >= 2]
    if len({k for _, k in kept}) < 2 or len(kept) < _LOOSE_SHARE * lines:
        return []
    return _build(text, kept, {}, set())


def _answers(text: str, candidate: _Candidate) -> bool:
    """True when the line before a label ends with a question (a name said once answers it)."""
    position = candidate.line
    while position > 0 and text[position - 1] in _WHITE:
        position -= 1
    return position > 0 and text[position - 1] in "?？"


def _build(text: str, kept: list[tuple[_Candidate, str]], cue_texts: dict[int, str | None],
           breaks: set[int]) -> list[DetectedTurn]:
    """Turns from the kept labels: each runs to the next label, cue line or cue text."""
    labelled = {c.line: (c, k) for c, k in kept}
    events = sorted(set(labelled) | set(breaks) | set(cue_texts))
    first_label: dict[str, str] = {}
    turns: list[DetectedTurn] = []
    open_turn: tuple[_Candidate, str] | None = None
    speaker: str | None = None  # the key of the last speaker, for cues without a label

    def close(at: int) -> None:
        candidate, key = open_turn
        end = at
        while end > candidate.start and text[end - 1] in _WHITE:
            end -= 1
        if candidate.voice:
            while end > candidate.words and text.endswith(_VOICE_END, candidate.words, end):
                end -= len(_VOICE_END)
                while end > candidate.words and text[end - 1] in _WHITE:
                    end -= 1
        turns.append(DetectedTurn(key=key, label=first_label[key], start=candidate.start,
                                  text_start=min(candidate.words, end), end=end,
                                  timestamp=candidate.timestamp))

    for line in events:
        if line in labelled:
            if open_turn is not None:
                close(line)
            open_turn = labelled[line]
            speaker = open_turn[1]
            first_label.setdefault(speaker, open_turn[0].label)
        elif line in breaks:
            if open_turn is not None:
                close(line)
            open_turn = None
        elif speaker is not None and open_turn is None:
            words = _skip_blank(text, line)
            open_turn = (_Candidate(line, words, words, first_label[speaker],
                                    cue_texts[line]), speaker)
    if open_turn is not None:
        close(len(text))
    return turns


def asks_questions(text: str) -> bool:
    """True when a turn's words end in or contain a question."""
    return "?" in text or "？" in text
