"""Interviews as conversations: speakers, their roles and the turns they take.

Plain dataclasses and constants, no SQL and no Qt. A transcript's body is cut
into *turns*: a turn starts where a speaker label starts ("Interviewer 1:",
"[00:12:03] Maria:", "**Q:**") and runs to the next label. Offsets are code
points into the stored (normalised) body, like codings, so re-detecting the
turns never moves a coding.

Speakers are kept per project by their *key*, the label folded to lower case
with spacing, numbering and punctuation made uniform ("Interviewer1 :" and
"interviewer 1:" are the same key "interviewer 1"). Each key has one role,
guessed at import and confirmed or corrected by the researcher once for the
whole project.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SpeakerRole(StrEnum):
    """Who a speaker is in the conversation."""

    INTERVIEWER = "interviewer"  # asks: interviewer, moderator, facilitator
    RESPONDENT = "respondent"  # answers: interviewee, participant, customer


class SpeakerScope(StrEnum):
    """Whose turns an analysis reads. Respondents by default."""

    RESPONDENTS = "respondents"
    INTERVIEWERS = "interviewers"
    ALL = "all"

    @classmethod
    def parse(cls, value: SpeakerScope | str | None) -> SpeakerScope:
        if value is None:
            return cls.RESPONDENTS
        if isinstance(value, SpeakerScope):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            from workbench.errors import EvidenceError
            from workbench.i18n import translate

            raise EvidenceError(translate(
                "Speakers", "'{value}' is not a choice of speakers: use respondents, interviewers "
                "or all.").format(value=value)) from None


@dataclass(frozen=True)
class DetectedTurn:
    """One turn as found in a text (before it is stored).

    ``start`` is where the label starts (the turn's first character), ``text_start``
    where the spoken words start (after the label, timestamp and colon), ``end``
    where the next turn starts (trailing blank lines excluded).
    """

    key: str
    label: str  # the label as first written, e.g. "Interviewer 1"
    start: int
    text_start: int
    end: int
    timestamp: str | None = None


@dataclass(frozen=True)
class Speaker:
    id: int
    key: str
    label: str
    role: SpeakerRole
    #: True once the researcher has confirmed or set the role (not a guess).
    confirmed: bool = False
    #: How the role was guessed: "label" (a word such as "interviewer"), "questions"
    #: (asks most of the questions in its documents) or "default".
    guessed_from: str = "default"


@dataclass(frozen=True)
class SpeakerSummary:
    """A speaker with how much it speaks in the project (the speakers list)."""

    speaker: Speaker
    documents: int
    turns: int
    characters: int  # spoken characters (labels excluded)


@dataclass(frozen=True)
class Turn:
    """A stored turn: a stretch of a document spoken by one speaker."""

    id: int
    document_id: int
    position: int  # 0, 1, 2… in the document
    speaker_id: int
    start: int
    text_start: int
    end: int
    timestamp: str | None = None


@dataclass(frozen=True)
class TurnView:
    """A turn with its speaker, as the reader and listings show it."""

    turn: Turn
    speaker: Speaker
    text: str  # the spoken words (label excluded)


@dataclass(frozen=True)
class DocumentSpeakers:
    """What detection found in one document (the import report)."""

    document_id: int
    title: str
    #: (speaker label, role, turns) in order of first appearance.
    speakers: list[tuple[str, SpeakerRole, int]]
    turns: int
    language: str | None = None


@dataclass(frozen=True)
class CustomerLinkResult:
    """What linking transcripts to customers through a mapping file did."""

    linked: list[tuple[int, int | None, int]]  # (document id, previous customer, new customer)
    #: File names in the mapping with no imported transcript.
    unknown_files: list[str]
    #: (file name, key) pairs whose customer key matches no customer.
    unknown_keys: list[tuple[str, str]]


#: Languages whose stop words and filler lists are bundled (themes read these).
THEME_LANGUAGES = ("en", "it")


@dataclass(frozen=True)
class LeftOutDocument:
    """A document themes did not read, and why (its language has no bundled stop words)."""

    document_id: int
    title: str
    language: str  # "fr", "de"…
