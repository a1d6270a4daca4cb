"""Qualitative evidence as the researcher sees it: documents, codes, codings, quotes.

Plain dataclasses, no SQL and no Qt. Positions in a document (``start``,
``end``) are Python string offsets (code points) into the stored body, end
exclusive. Qt counts text in UTF-16 units, where a character outside the
Basic Multilingual Plane (most emoji, some CJK) takes two: the GUI converts
with :func:`to_utf16` / :func:`from_utf16` at its boundary.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from workbench.errors import EvidenceError  # noqa: F401 - re-exported for the evidence modules

#: Colours offered for new codes, in order (readable as a highlight behind dark text).
CODE_PALETTE = (
    "#F4A261", "#8AB17D", "#6FA8DC", "#E9C46A", "#E76F51", "#B39DDB",
    "#4DB6AC", "#F48FB1", "#A1887F", "#90A4AE", "#DCE775", "#FFB74D",
)


# --- offsets -------------------------------------------------------------------

def normalise_text(text: str) -> str:
    """A transcript body as stored: no byte-order mark, every line ending a single LF.

    Done once at import, so offsets never depend on how the file ended its lines.
    """
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _astral_positions(text: str) -> list[int]:
    """Code point positions of characters that take two UTF-16 units."""
    return [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]


def to_utf16(text: str, offset: int) -> int:
    """A code point offset into ``text`` as a UTF-16 offset (what Qt's QTextCursor uses)."""
    if text.isascii():
        return offset
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def from_utf16(text: str, offset: int) -> int:
    """A UTF-16 offset (from Qt) as a code point offset into ``text``.

    An offset that falls between the two halves of a surrogate pair is moved to
    the character's start.
    """
    if text.isascii():
        return offset
    astral = _astral_positions(text)
    # Position p (code points) is at UTF-16 offset p + (astral chars before p).
    lo, hi = 0, len(text)
    while lo < hi:  # the largest p with utf16(p) <= offset
        mid = (lo + hi + 1) // 2
        if mid + bisect_right(astral, mid - 1) <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


class Utf16Map:
    """Repeated conversions for one text (e.g. highlighting all codings of a document)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._astral = [] if text.isascii() else _astral_positions(text)

    def to_utf16(self, offset: int) -> int:
        return offset + bisect_right(self._astral, offset - 1) if self._astral else offset

    def from_utf16(self, offset: int) -> int:
        return from_utf16(self.text, offset) if self._astral else offset


def check_passage(body_length: int, start: int, end: int) -> None:
    """Raise EvidenceError unless ``start:end`` is a non-empty passage inside a body."""
    from workbench.i18n import translate

    if not (isinstance(start, int) and isinstance(end, int)):
        raise EvidenceError(translate("Evidence", "Passage positions must be whole numbers."))
    if start < 0 or end > body_length or start >= end:
        raise EvidenceError(translate(
            "Evidence", "The passage {start}–{end} is not inside the document (it has {length} "
            "characters; start must be before end). Select the passage again.").format(
            start=start, end=end, length=body_length))


# --- records -------------------------------------------------------------------

@dataclass(frozen=True)
class Code:
    id: int
    name: str
    colour: str
    parent_id: int | None = None
    memo: str = ""
    position: int = 0
    created_at: str = ""


@dataclass(frozen=True)
class CodeSummary:
    """A code with how much it is used (the code book view)."""

    code: Code
    depth: int  # 0 for a top-level code
    codings: int
    documents: int
    #: Codings of this code and all its descendants.
    codings_with_children: int = 0


@dataclass(frozen=True)
class Coding:
    id: int
    document_id: int
    code_id: int
    start: int
    end: int
    memo: str = ""
    created_at: str = ""


@dataclass(frozen=True)
class Quote:
    id: int
    document_id: int
    start: int
    end: int
    coding_id: int | None = None
    created_at: str = ""


@dataclass(frozen=True)
class Document:
    id: int
    title: str
    body: str
    customer_id: int | None
    source_id: int | None
    source_row: int | None
    column_id: int | None
    created_at: str


@dataclass(frozen=True)
class DocumentSummary:
    """One line of the documents list."""

    id: int
    title: str
    customer_id: int | None
    customer_label: str | None
    origin: str  # the transcript's file name, or "source file · sheet, row N"
    length: int
    codings: int


@dataclass(frozen=True)
class DocumentView:
    """What the reader shows: the document and its codings (sorted by start)."""

    document: Document
    codings: list[Coding]
    quotes: list[Quote]
    customer_label: str | None = None
    origin: str = ""


@dataclass(frozen=True)
class Passage:
    """A coded passage or quote with everything a list or a persona card shows."""

    document_id: int
    start: int
    end: int
    text: str
    document_title: str
    customer_id: int | None
    customer_label: str | None
    origin: str
    code_id: int | None = None
    code_name: str | None = None
    coding_id: int | None = None
    quote_id: int | None = None
    #: "customer" or "frontline" (workbench.domain.voc.Voice): whose voice the passage is.
    voice: str = "customer"

    @property
    def is_quote(self) -> bool:
        return self.quote_id is not None


@dataclass(frozen=True)
class DeletionImpact:
    """What deleting a code would remove, so the GUI can ask first."""

    codes: int  # the code and the descendants deleted with it
    children: int  # direct children (re-parented instead when asked)
    codings: int
    quotes: int


@dataclass(frozen=True)
class CodeBookChange:
    """Everything a delete or merge changed, so it can be restored exactly.

    ``removed_*`` rows are re-inserted with their ids; ``moved_*`` pairs hold
    the previous value of a row that was changed.
    """

    removed_codes: tuple[Code, ...] = ()
    removed_codings: tuple[Coding, ...] = ()
    removed_quotes: tuple[Quote, ...] = ()
    #: (code id, old parent id, old position)
    moved_codes: tuple[tuple[int, int | None, int], ...] = ()
    #: (coding id, old code id)
    moved_codings: tuple[tuple[int, int], ...] = ()
    #: (quote id, old coding id)
    moved_quotes: tuple[tuple[int, int | None], ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        return {"codes": len(self.removed_codes), "codings": len(self.removed_codings),
                "quotes": len(self.removed_quotes), "moved_codings": len(self.moved_codings),
                "moved_codes": len(self.moved_codes)}


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    title: str
    customer_id: int | None
    customer_label: str | None
    origin: str
    #: (start, end) of every match in the body (code points); title-only hits have none.
    matches: list[tuple[int, int]]
    #: Text around the first match, and that match's (start, end) inside it.
    context: str
    context_match: tuple[int, int] | None


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: list[SearchHit]
    #: Documents not yet in the index (only in a read-only project).
    unindexed: int = 0


@dataclass(frozen=True)
class SurveyColumn:
    """A free-text column of an imported spreadsheet: one document per answer."""

    column_id: int
    source_id: int
    source_name: str
    label: str
    answers: int


@dataclass(frozen=True)
class SurveyRow:
    document_id: int
    customer_id: int | None
    customer_label: str | None
    source_row: int | None
    text: str
    values: tuple  # one per SurveyGrid.attributes
    code_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class SurveyGrid:
    column: SurveyColumn
    attributes: list[str]  # the respondent's other columns (headers)
    rows: list[SurveyRow]


@dataclass(frozen=True)
class ThemeExample:
    document_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ThemeSuggestion:
    """A theme proposed from the text: its top words and passages that show it."""

    words: list[str]
    weight: float  # share of the text's weight this theme explains (0..1)
    examples: list[ThemeExample] = field(default_factory=list)

    @property
    def label(self) -> str:
        return " / ".join(self.words[:3])


@dataclass(frozen=True)
class AcceptedTheme:
    code: Code
    codings: list[Coding]


@dataclass(frozen=True)
class ImportedDocuments:
    documents: list[DocumentSummary]
    files: list[str]
