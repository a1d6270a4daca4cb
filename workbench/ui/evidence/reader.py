"""The document reader: a read-only text view with coded passages highlighted.

Codings are drawn as extra selections, one per stretch of text covered by the
same set of codings: its background blends the colours of every code there,
and a stretch covered by more than one coding is underlined, so overlaps stay
visible. Passages marked as quotes get a dotted underline. Qt counts text in
UTF-16 units; every position crossing this boundary goes through the
domain's converters, so emoji and other astral characters never shift a
coding.

A transcript cut into speaker turns reads as a conversation: each speaker
label is bold in its role's colour and interviewers' words are muted. These
are formats of the text itself, under the codings' highlights.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from workbench.domain.evidence import Code, Coding, DocumentView, Quote, Utf16Map
from workbench.domain.speakers import SpeakerRole, TurnView
from workbench.i18n import translate
from workbench.ui.evidence.look import speaker_colours

#: The mime type of codes dragged from the code book (their ids, comma separated).
CODE_MIME = "application/x-workbench-code-ids"
#: The char format property naming the role of a speaker label ("interviewer", "respondent").
SPEAKER_LABEL = QTextFormat.Property.UserProperty + 1
#: The char format property marking an interviewer's words (drawn muted).
INTERVIEWER_WORDS = QTextFormat.Property.UserProperty + 2


def blend(colours: list[QColor], base: QColor, strength: float = 0.55) -> QColor:
    """The average of ``colours`` moved ``strength`` of the way from ``base`` (a readable tint)."""
    n = len(colours)
    r = sum(c.red() for c in colours) / n
    g = sum(c.green() for c in colours) / n
    b = sum(c.blue() for c in colours) / n
    return QColor(round(base.red() + (r - base.red()) * strength),
                  round(base.green() + (g - base.green()) * strength),
                  round(base.blue() + (b - base.blue()) * strength))


class DocumentReader(QPlainTextEdit):
    """Shows one document; the selection and every coding are in code points of its body."""

    #: Codes dropped on the text (their ids): apply them to the selection.
    codes_dropped = Signal(list)
    #: The codes at the text cursor changed (names, for a status line).
    codes_here_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentReader")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("EvidenceArea", "Document text"))
        self.document().setDocumentMargin(18)
        self.document().setUndoRedoEnabled(False)  # read-only: formats need no undo history
        self.view: DocumentView | None = None
        self.codes: dict[int, Code] = {}
        self.codings: list[Coding] = []
        self.quotes: list[Quote] = []
        self._map = Utf16Map("")
        self._astral: list[int] = []
        self._astral_units: list[int] = []
        self._astral_ends: list[int] = []
        #: (start, end, coding ids) per highlighted stretch, in code points.
        self.segments: list[tuple[int, int, tuple[int, ...]]] = []
        #: The document's speaker turns, in order (empty: not a conversation).
        self.turns: list[TurnView] = []
        self._turn_starts: list[int] = []
        self._formatted = False
        self.cursorPositionChanged.connect(self._cursor_moved)

    # --- content ----------------------------------------------------------------------

    @property
    def document_id(self) -> int | None:
        return self.view.document.id if self.view is not None else None

    @property
    def body(self) -> str:
        return self.view.document.body if self.view is not None else ""

    def show_document(self, view: DocumentView | None, codes: dict[int, Code]) -> None:
        self.view = view
        self.codes = codes
        body = view.document.body if view is not None else ""
        self._map = Utf16Map(body)
        self._astral = [] if body.isascii() else [i for i, ch in enumerate(body) if ord(ch) > 0xFFFF]
        #: Each astral character's UTF-16 position, and the position just after it.
        self._astral_units = [a + n for n, a in enumerate(self._astral)]
        self._astral_ends = [u + 2 for u in self._astral_units]
        self.turns, self._turn_starts, self._formatted = [], [], False
        self.setPlainText(body)
        self.set_codings(view.codings if view else [], view.quotes if view else [], codes)

    def show_turns(self, turns: list[TurnView]) -> None:
        """Show the document as a conversation: each label bold in its role's colour,
        interviewers' words muted. Char formats of the text itself, so codings' highlights
        (extra selections) stay drawn on top."""
        self.turns = sorted(turns, key=lambda t: t.turn.start)
        self._turn_starts = [t.turn.start for t in self.turns]
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        if self._formatted:
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.setCharFormat(QTextCharFormat())
            cursor.clearSelection()
        colours = speaker_colours(self.palette())
        for view in self.turns:
            turn, role = view.turn, view.speaker.role
            label = QTextCharFormat()
            label.setFontWeight(QFont.Weight.Bold)
            label.setForeground(colours[role.value])
            label.setProperty(SPEAKER_LABEL, role.value)
            self._format(cursor, turn.start, turn.text_start, label)
            if role is SpeakerRole.INTERVIEWER:
                words = QTextCharFormat()
                words.setForeground(colours["muted"])
                words.setProperty(INTERVIEWER_WORDS, True)
                self._format(cursor, turn.text_start, turn.end, words)
        cursor.endEditBlock()
        self._formatted = bool(self.turns)

    def _format(self, cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        if end <= start:
            return
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def turn_at(self, offset: int) -> TurnView | None:
        """The turn holding ``offset`` (code points), label included; None outside every turn."""
        index = bisect_right(self._turn_starts, offset) - 1
        if index < 0:
            return None
        view = self.turns[index]
        return view if offset < max(view.turn.end, view.turn.text_start) else None

    def set_codings(self, codings: list[Coding], quotes: list[Quote],
                    codes: dict[int, Code] | None = None) -> None:
        """Redraw the highlights (keeps the text, the scroll position and the selection)."""
        if codes is not None:
            self.codes = codes
        self.codings = [c for c in codings if c.code_id in self.codes]
        self.quotes = list(quotes)
        self._highlight()

    def _highlight(self) -> None:
        base = self.palette().color(QPalette.ColorRole.Base)
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        by_id = {c.id: c for c in self.codings}
        self.segments = _segments([(c.start, c.end, c.id) for c in self.codings])
        selections = []
        for start, end, ids in self.segments:
            colours = [QColor(self.codes[by_id[i].code_id].colour) for i in ids]
            fmt = QTextCharFormat()
            fmt.setBackground(blend(colours, base))
            if len(ids) > 1:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(colours[-1].darker(140))
            selections.append(self._selection(start, end, fmt))
        for quote in self.quotes:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(text_colour)
            fmt.setProperty(QTextFormat.Property.UserProperty, "quote")
            selections.append(self._selection(quote.start, quote.end, fmt))
        self.setExtraSelections(selections)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    # --- positions --------------------------------------------------------------------

    def to_qt(self, offset: int) -> int:
        return self._map.to_utf16(offset)

    def from_qt(self, position: int) -> int:
        """A Qt (UTF-16) position as code points; inside a surrogate pair: the character's start.

        Same result as ``domain.evidence.from_utf16`` but O(log n) per call: the
        selection is converted on every mouse move while the user drags.
        """
        if not self._astral:
            return position
        done = bisect_right(self._astral_ends, position)
        if done < len(self._astral) and self._astral_units[done] + 1 == position:
            return self._astral[done]
        return position - done

    def selected_passage(self) -> tuple[int, int] | None:
        """The selected passage as (start, end) code points, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.view is None:
            return None
        start, end = self.from_qt(cursor.selectionStart()), self.from_qt(cursor.selectionEnd())
        return (start, end) if start < end else None

    def select_passage(self, start: int, end: int) -> None:
        """Select ``start:end`` (code points) and scroll it into the middle of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(end))
        cursor.setPosition(self.to_qt(start), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def position_at(self, point: QPoint) -> int:
        return self.from_qt(self.cursorForPosition(point).position())

    def codings_at(self, offset: int) -> list[Coding]:
        return [c for c in self.codings if c.start <= offset < c.end]

    def quotes_at(self, offset: int) -> list[Quote]:
        return [q for q in self.quotes if q.start <= offset < q.end]

    def highlighted_text(self, coding_id: int) -> str:
        """The text the highlights of one coding cover (what the researcher sees marked)."""
        parts = []
        for selection, (_start, _end, ids) in zip(self.extraSelections(), self.segments, strict=False):
            if coding_id in ids:
                parts.append(selection.cursor.selectedText())
        return "".join(parts).replace("\u2029", "\n")

    def _codes_label(self, offset: int) -> str:
        names = [self.codes[c.code_id].name for c in self.codings_at(offset)]
        return ", ".join(dict.fromkeys(names))

    def _cursor_moved(self) -> None:
        if self.view is not None:
            self.codes_here_changed.emit(self._codes_label(self.from_qt(self.textCursor().position())))

    # --- events -----------------------------------------------------------------------

    def event(self, event):  # Qt override: tooltips list the codes under the mouse
        if event.type() == event.Type.ToolTip and self.view is not None:
            point = self.viewport().mapFromGlobal(event.globalPos())
            offset = self.position_at(point)
            lines = [f"● {self.codes[c.code_id].name}" for c in self.codings_at(offset)]
            turn = self.turn_at(offset)
            if turn is not None and offset < turn.turn.text_start:  # on a speaker label
                lines.insert(0, speaker_tooltip(turn))
            if self.quotes_at(offset):
                lines.append(translate("EvidenceArea", "❝ Marked as a quote"))
            if lines:
                QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def dragEnterEvent(self, event) -> None:  # Qt override
        if event.mimeData().hasFormat(CODE_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return
        event.ignore()

    def dragMoveEvent(self, event) -> None:  # Qt override
        if event.mimeData().hasFormat(CODE_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return
        event.ignore()

    def dropEvent(self, event) -> None:  # Qt override
        data = event.mimeData()
        if not data.hasFormat(CODE_MIME):
            event.ignore()
            return
        ids = [int(x) for x in bytes(data.data(CODE_MIME)).decode().split(",") if x]
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.codes_dropped.emit(ids)


def role_name(role: SpeakerRole) -> str:
    return (translate("EvidenceArea", "interviewer") if role is SpeakerRole.INTERVIEWER
            else translate("EvidenceArea", "respondent"))


def speaker_tooltip(turn: TurnView) -> str:
    speaker = turn.speaker
    text = translate("EvidenceArea", "{speaker} ({role})").format(speaker=speaker.label,
                                                                  role=role_name(speaker.role))
    if not speaker.confirmed:
        text += " · " + translate("EvidenceArea", "role guessed")
    return text


def _segments(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, tuple[int, ...]]]:
    """Split overlapping (start, end, id) spans into stretches covered by the same ids."""
    if not spans:
        return []
    points = sorted({p for s, e, _ in spans for p in (s, e)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for s, e, i in spans:
        starts.setdefault(s, []).append(i)
        ends.setdefault(e, []).append(i)
    active: dict[int, None] = {}
    result = []
    for here, following in zip(points, points[1:], strict=False):
        for i in ends.get(here, ()):
            active.pop(i, None)
        for i in starts.get(here, ()):
            active[i] = None
        if active:
            result.append((here, following, tuple(active)))
    return result
