"""A journey map as printed, and how it is laid out on landscape pages.

What is printed (:class:`JourneySheet`) is plain data the service fills from a
project's journey map: stages as columns, lanes as rows, cards in cells, the
emotion per stage and the observed figures. :func:`plan_journey` lays it out on
A4 or A3 landscape pages: stages that do not fit side by side go to further
pages in groups, lanes that do not fit under each other continue on the next
page, and cards move whole (only a card taller than a whole page is split,
between lines, marked "continued"). Every page repeats the stage headers and
the lane labels. Drawing is in :mod:`workbench.export.journey_pages`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from workbench.export import palette
from workbench.export.text import TextStyle, Typeface

A4_LANDSCAPE = (841.89, 595.276)
A3_LANDSCAPE = (1190.55, 841.89)
PAPERS = {"a4": A4_LANDSCAPE, "a3": A3_LANDSCAPE}
#: "fit" takes the smallest paper that shows the whole map on one page, else A3.
PAPER_CHOICES = ("fit", "a4", "a3")

MARGIN = 28.0
HEADER_HEIGHT = 66.0
LABEL_WIDTH = 96.0
#: A stage column is never narrower than this (text at the smallest size stays readable).
MIN_COLUMN = 122.0
COLUMN_GAP = 6.0
STAGE_HEADER = 40.0
FOOTER_HEIGHT = 38.0
CELL_PAD = 4.0
CARD_PAD = 5.0
CARD_BAR = 2.5
CARD_GAP = 4.0
ROW_PAD = 5.0
EMOTION_HEIGHT = 74.0
#: The observed band under the stage headers: members reached, top channels.
OBSERVED_LINES = 3

STAGE_NAME = TextStyle(8.6, bold=True, color=palette.WHITE, leading=1.2)
STAGE_NAME_MIN = 7.0
LANE_LABEL = TextStyle(8.0, bold=True, color=palette.INK, leading=1.25)
FIGURES = TextStyle(7.0, color=palette.SECONDARY, leading=1.3)
FIGURES_STRONG = TextStyle(7.0, bold=True, color=palette.INK, leading=1.3)
#: A stage's survey measure under the emotion curve ("NPS +12 · n = 48").
MEASURE = TextStyle(7.0, bold=True, color=palette.INK, leading=1.3)
#: The "Front line" tag of a quote card.
VOICE_TAG = TextStyle(6.4, bold=True, color=palette.WHITE, leading=1.3)

#: Accent of each lane kind (cards and lane labels).
LANE_COLORS = {
    "actions": "#4E79A7",
    "touchpoints": "#76B7B2",
    "thoughts": "#B07AA1",
    "emotion": "#EDC948",
    "pain_points": "#E15759",
    "opportunities": "#59A14F",
    "team": "#9C755F",
}
TEXT_LANE_COLOR = "#8A909C"


def lane_color(kind: str) -> str:
    return LANE_COLORS.get(kind, TEXT_LANE_COLOR)


# --------------------------------------------------------------------------- what is printed


@dataclass(frozen=True)
class SheetCard:
    """One card: its text and, for a friction point proposed from the data, its figures."""

    text: str
    observed: bool = False
    #: "12 members · 31%" for observed friction points.
    figures: str = ""
    #: Set on pain-point cards: their number on the map (1, 2...), also shown on the curve.
    number: int | None = None
    #: "Front line" on a quote that front-line staff wrote, not a customer ("" otherwise).
    voice_tag: str = ""


@dataclass(frozen=True)
class SheetStage:
    name: str
    #: −2..+2 or None, how many scores it rests on, and whether the researcher set it.
    emotion: float | None = None
    emotion_n: int = 0
    emotion_set: bool = False
    #: Observed figures (None when the map has no observed journey).
    members: int | None = None
    share: float | None = None
    channels: tuple[tuple[str, float], ...] = ()
    #: Survey measures of the stage, phrased ("NPS +12 · n = 48"), printed above the curve.
    measures: tuple[str, ...] = ()


@dataclass(frozen=True)
class SheetLane:
    kind: str
    name: str
    #: One list of cards per stage, in stage order.
    cells: tuple[tuple[SheetCard, ...], ...]


@dataclass(frozen=True)
class JourneySheet:
    """Everything one journey map prints."""

    name: str
    persona_name: str
    persona_position: int = 0
    persona_size: int | None = None
    persona_share: float | None = None
    photo: bytes | None = None
    stages: tuple[SheetStage, ...] = ()
    lanes: tuple[SheetLane, ...] = ()
    has_observed: bool = False

    @property
    def color(self) -> str:
        return palette.persona_color(self.persona_position)

    @property
    def measure_lines(self) -> int:
        """Lines of survey measures above the emotion curve (the most any stage has)."""
        return max((len(stage.measures) for stage in self.stages), default=0)


@dataclass(frozen=True)
class JourneyContext:
    """The footer of every page: where the map and its figures come from."""

    project: str
    #: Already phrased: persona set, observed journey, export date, app.
    provenance: str
    exported_on: str


# --------------------------------------------------------------------------- the look


@dataclass(frozen=True)
class MapLook:
    """Type of the cards; a map is set a step smaller when that keeps it on one page."""

    card: TextStyle = TextStyle(8.0, color=palette.INK, leading=1.32)

    def sized(self, size: float) -> MapLook:
        return MapLook(self.card.sized(size))

    @property
    def quote(self) -> TextStyle:
        return TextStyle(self.card.size, italic=True, color=palette.INK, leading=self.card.leading)

    @property
    def note(self) -> TextStyle:
        return TextStyle(max(7.0, self.card.size - 0.6), color=palette.SECONDARY, leading=1.3)

    @property
    def figures(self) -> TextStyle:
        return TextStyle(max(7.0, self.card.size - 0.6), bold=True, color="#B8323A",
                         leading=1.3)


#: Card text sizes tried, loosest first; never below 7 pt, the smallest readable in print.
LOOKS = (MapLook(), MapLook().sized(7.5), MapLook().sized(7.0))


# --------------------------------------------------------------------------- planned pages


@dataclass
class CardPiece:
    """A card (or, for a card taller than a page, some of its lines) as set on a page."""

    card: SheetCard
    lines: list[str]
    style: TextStyle
    figure_lines: list[str]
    figure_style: TextStyle
    continued_from: bool = False
    continues: bool = False

    @property
    def tagged(self) -> bool:
        """Ends with the card's voice tag ("Front line")."""
        return bool(self.card.voice_tag) and not self.continues

    @property
    def height(self) -> float:
        return (2 * CARD_PAD + len(self.lines) * self.style.line_height
                + len(self.figure_lines) * self.figure_style.line_height
                + (2 if self.figure_lines and self.lines else 0)
                + (VOICE_TAG.size + 6 if self.tagged else 0))


@dataclass
class RowPiece:
    """One lane on one page: a card column per stage of the page's group."""

    lane: SheetLane
    cells: list[list[CardPiece]]
    continued: bool = False
    emotion: bool = False
    #: Lines of survey measures above the emotion curve (emotion row only).
    measure_lines: int = 0

    @property
    def measure_band(self) -> float:
        return self.measure_lines * MEASURE.line_height + (ROW_PAD if self.measure_lines else 0)

    @property
    def height(self) -> float:
        if self.emotion:
            extra = max((_cell_height(c) for c in self.cells), default=0.0)
            return EMOTION_HEIGHT + self.measure_band + (extra if any(self.cells) else 0.0)
        return max(max((_cell_height(c) for c in self.cells), default=0.0),
                   LANE_LABEL.line_height * 2) + 2 * ROW_PAD


def _cell_height(pieces: list[CardPiece]) -> float:
    if not pieces:
        return 0.0
    return sum(p.height for p in pieces) + CARD_GAP * (len(pieces) - 1)


@dataclass
class MapPage:
    """One planned page: which stages, which lane rows, and where things go."""

    size: tuple[float, float]
    stages: list[int]
    rows: list[RowPiece]
    column: float
    look: MapLook
    stage_group: int = 0
    stage_groups: int = 1
    lanes_continued: bool = False
    stage_lines: list[list[str]] = field(default_factory=list)
    stage_style: TextStyle = STAGE_NAME

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    def column_x(self, index: int) -> float:
        """Left of the page's ``index``-th stage column."""
        return MARGIN + LABEL_WIDTH + index * (self.column + COLUMN_GAP)


def grid_top(observed: bool) -> float:
    return MARGIN + HEADER_HEIGHT + 10 + STAGE_HEADER + (observed_band_height() if observed else 0)


def observed_band_height() -> float:
    return OBSERVED_LINES * FIGURES.line_height + 2 * ROW_PAD


def grid_bottom(size: tuple[float, float]) -> float:
    return size[1] - MARGIN - FOOTER_HEIGHT


# --------------------------------------------------------------------------- planning


def stage_groups(count: int, size: tuple[float, float]) -> list[list[int]]:
    """Stages split into balanced groups that fit the page width side by side."""
    if count == 0:
        return [[]]
    per_page = max(1, int((size[0] - 2 * MARGIN - LABEL_WIDTH + COLUMN_GAP)
                          // (MIN_COLUMN + COLUMN_GAP)))
    pages = math.ceil(count / per_page)
    base, extra = divmod(count, pages)
    groups, start = [], 0
    for index in range(pages):
        n = base + (1 if index < extra else 0)
        groups.append(list(range(start, start + n)))
        start += n
    return groups


def column_width(size: tuple[float, float], stages: int) -> float:
    usable = size[0] - 2 * MARGIN - LABEL_WIDTH
    return (usable - COLUMN_GAP * (max(stages, 1) - 1)) / max(stages, 1)


def card_text_width(column: float) -> float:
    return column - 2 * CELL_PAD - 2 * CARD_PAD - CARD_BAR


def _set_card(card: SheetCard, kind: str, look: MapLook, typeface: Typeface,
              column: float) -> CardPiece:
    width = card_text_width(column) - (14 if card.number is not None else 0)
    style = look.quote if kind == "thoughts" else look.card
    lines = typeface.wrap(card.text, style, width) if card.text.strip() else []
    figure_style = look.figures if card.number is not None else look.note
    figure_lines = typeface.wrap(card.figures, figure_style, width) if card.figures else []
    return CardPiece(card, lines, style, figure_lines, figure_style)


def _split_piece(piece: CardPiece, available: float) -> tuple[CardPiece | None, CardPiece]:
    """The lines of an over-tall card that fit ``available``, and the rest."""
    room = available - 2 * CARD_PAD
    fits = int(room // piece.style.line_height)
    if fits < 2:
        return None, piece
    head = CardPiece(piece.card, piece.lines[:fits], piece.style, [], piece.figure_style,
                     piece.continued_from, True)
    tail = CardPiece(piece.card, piece.lines[fits:], piece.style, piece.figure_lines,
                     piece.figure_style, True, piece.continues)
    return head, tail


def _take(cells: list[list[CardPiece]], available: float
          ) -> tuple[list[list[CardPiece]], list[list[CardPiece]]]:
    """Per cell, the whole cards that fit ``available`` (a lone over-tall card is split)."""
    taken, rest = [], []
    room = available - 2 * ROW_PAD
    for pieces in cells:
        used, here = 0.0, []
        queue = list(pieces)
        while queue:
            piece = queue[0]
            need = piece.height + (CARD_GAP if here else 0.0)
            if used + need <= room:
                here.append(queue.pop(0))
                used += need
                continue
            if not here:  # taller than the whole space: split between its lines
                head, tail = _split_piece(piece, room)
                if head is not None:
                    here.append(head)
                    queue[0] = tail
            break
        taken.append(here)
        rest.append(queue)
    return taken, rest


def plan_journey(sheet: JourneySheet, typeface: Typeface, paper: str = "fit") -> list[MapPage]:
    """The pages of a map: on the paper asked for, or the smallest that holds it on one page."""
    if paper not in PAPER_CHOICES:
        raise ValueError(f"paper must be one of {PAPER_CHOICES}, not {paper!r}")
    papers = ["a4", "a3"] if paper == "fit" else [paper]
    for name in papers:
        for look in LOOKS:
            pages = _plan(sheet, typeface, PAPERS[name], look)
            if len(pages) == 1:
                return pages
    return _plan(sheet, typeface, PAPERS[papers[-1]], LOOKS[0])


def _plan(sheet: JourneySheet, typeface: Typeface, size: tuple[float, float],
          look: MapLook) -> list[MapPage]:
    groups = stage_groups(len(sheet.stages), size)
    top, bottom = grid_top(sheet.has_observed), grid_bottom(size)
    available = bottom - top
    pages: list[MapPage] = []
    for group_index, group in enumerate(groups):
        column = column_width(size, len(group))
        stage_lines, stage_style = _stage_names(sheet, group, typeface, column)

        def new_page(continued: bool, group=group, group_index=group_index, column=column,
                     stage_lines=stage_lines, stage_style=stage_style) -> MapPage:
            page = MapPage(size, group, [], column, look, group_index, len(groups), continued,
                           stage_lines, stage_style)
            pages.append(page)
            return page

        page = new_page(False)
        used = 0.0
        for lane in sheet.lanes:
            emotion = lane.kind == "emotion"
            cells = [[_set_card(card, lane.kind, look, typeface, column)
                      for card in lane.cells[stage]] for stage in group]
            row = RowPiece(lane, cells, emotion=emotion,
                           measure_lines=sheet.measure_lines if emotion else 0)
            continued = False
            while True:
                if used + row.height <= available:
                    page.rows.append(row)
                    used += row.height
                    break
                if page.rows and (emotion or used + _min_row(row) > available):
                    page, used = new_page(True), 0.0  # the row starts on a fresh page
                    continue
                if emotion:  # a whole empty page and the curve does not fit: cannot happen
                    page.rows.append(row)
                    used += row.height
                    break
                taken, rest = _take(row.cells, available - used)
                page.rows.append(RowPiece(lane, taken, continued))
                page, used = new_page(True), 0.0
                row, continued = RowPiece(lane, rest, True), True
    return pages


def _min_row(row: RowPiece) -> float:
    """The least of a row worth starting at the bottom of a page: its first card in each cell."""
    first = [[cell[0]] if cell else [] for cell in row.cells]
    return RowPiece(row.lane, first).height


def _stage_names(sheet: JourneySheet, group: list[int], typeface: Typeface,
                 column: float) -> tuple[list[list[str]], TextStyle]:
    """Stage names in at most three lines, all at one size (shrunk down to 7 pt together)."""
    width = column - 2 * 8 - 16  # padding and the number disc
    size = STAGE_NAME.size
    while True:
        style = STAGE_NAME.sized(size)
        lines = [typeface.wrap(sheet.stages[i].name, style, width) for i in group]
        if all(len(x) <= 2 for x in lines) or size - 0.4 < STAGE_NAME_MIN:
            break
        size -= 0.4
    fitted = []
    for stage_lines in lines:
        if len(stage_lines) > 3:
            stage_lines = stage_lines[:2] + [typeface.ellipsize(" ".join(stage_lines[2:]), style,
                                                                width)]
        fitted.append(stage_lines)
    return fitted, style
