"""Blocks of the research report's own pages: part headings, tables that continue on the next
page under their header, quotes. They flow with :func:`workbench.export.layout.fill`."""

from __future__ import annotations

from workbench.export import palette
from workbench.export.canvas import Page
from workbench.export.layout import Block, Paragraph, Ruled
from workbench.export.report_content import ReportTable
from workbench.export.text import TextStyle, Typeface

PART = TextStyle(12.5, bold=True, color=palette.INK, leading=1.25)
BODY = TextStyle(9.2, color=palette.INK, leading=1.42)
SUBHEAD = TextStyle(9.6, bold=True, color=palette.INK, leading=1.35)
NOTE = TextStyle(7.6, color=palette.SECONDARY, leading=1.38)
CELL = TextStyle(7.6, color=palette.INK, leading=1.3)
CELL_HEAD = TextStyle(7.0, bold=True, color=palette.SECONDARY, leading=1.3)
QUOTE = TextStyle(9.4, italic=True, color=palette.INK, leading=1.42)
QUOTE_META = TextStyle(7.4, color=palette.SECONDARY, leading=1.35)
ZEBRA = "#F7F8FA"
CELL_PAD_X, CELL_PAD_Y = 4.0, 2.6
INDENT = 9.0
#: A cell is cut to this many characters: no row may outgrow a page.
CELL_LIMIT = 400


class Say:
    """Text as the fonts can show it; ``replaced`` turns True once a stand-in was needed."""

    def __init__(self, typeface: Typeface) -> None:
        self.typeface, self.replaced = typeface, False

    def __call__(self, text: str, style: TextStyle) -> str:
        shown, replaced = self.typeface.visible(str(text or ""), style)
        self.replaced |= replaced
        return shown


class PartHeading(Block):
    """The title of a part, over a hairline; ``anchor`` names the bookmark it starts."""

    keep_with_next = True

    def __init__(self, text: str, typeface: Typeface, color: str, anchor: object = None,
                 *, space_before: float = 16.0, space_after: float = 7.0) -> None:
        self.text, self.typeface, self.color, self.anchor = text, typeface, color, anchor
        self.space_before, self.space_after = space_before, space_after

    def _lines(self, width: float) -> list[str]:
        return self.typeface.wrap(self.text, PART, width)

    def height(self, width: float) -> float:
        return self.space_before + len(self._lines(width)) * PART.line_height + 4 \
            + self.space_after

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        bottom = page.lines(x, top + self.space_before, self._lines(width), PART)
        page.line(x, bottom + 2, x + 28, bottom + 2, self.color, 1.6)
        page.line(x + 28, bottom + 2, x + width, bottom + 2, palette.RULE, 0.6)


class TableBlock(Block):
    """A table whose rows wrap inside their columns; split between rows, the header repeated."""

    def __init__(self, table: ReportTable, typeface: Typeface, say: Say,
                 space_after: float = 12.0, _shown: tuple | None = None) -> None:
        self.table, self.typeface, self.space_after = table, typeface, space_after
        if _shown is None:
            headers = tuple(say(h, CELL_HEAD) for h in table.headers)
            rows = tuple(tuple(say(_cut(c), CELL) for c in row) for row in table.rows)
            _shown = (headers, rows)
        self.headers, self.rows = _shown
        self._width: float | None = None
        self._set: tuple = ()

    def _columns(self, width: float) -> list[float]:
        total = sum(self.table.widths) or 1.0
        return [width * w / total for w in self.table.widths]

    def _layout(self, width: float):
        if self._width != width:
            columns = self._columns(width)
            head = [self.typeface.wrap(h, CELL_HEAD, c - 2 * CELL_PAD_X)
                    for h, c in zip(self.headers, columns, strict=True)]
            rows = []
            for index, row in enumerate(self.rows):
                indent = self._indent(index)
                rows.append([self.typeface.wrap(cell, CELL, c - 2 * CELL_PAD_X
                                                - (indent if i == 0 else 0))
                             for i, (cell, c) in enumerate(zip(row, columns, strict=True))])
            self._set, self._width = (columns, head, rows), width
        return self._set

    def _indent(self, index: int) -> float:
        indents = self.table.indents
        return INDENT * indents[index] if index < len(indents) else 0.0

    @staticmethod
    def _row_height(cells: list[list[str]], style: TextStyle) -> float:
        return max((len(lines) for lines in cells), default=1) * style.line_height \
            + 2 * CELL_PAD_Y

    def _heights(self, width: float) -> tuple[float, list[float]]:
        _, head, rows = self._layout(width)
        return self._row_height(head, CELL_HEAD), [self._row_height(r, CELL) for r in rows]

    def height(self, width: float) -> float:
        head, rows = self._heights(width)
        return head + sum(rows) + self.space_after

    def min_height(self, width: float) -> float:
        head, rows = self._heights(width)
        return head + (rows[0] if rows else 0.0)

    def split(self, width: float, available: float) -> tuple[Block | None, Block | None]:
        head, rows = self._heights(width)
        if self.height(width) <= available:
            return self, None
        used, fits = head, 0
        for row in rows:
            if used + row > available:
                break
            used += row
            fits += 1
        if fits == 0 or fits == len(rows):
            return None, self
        return self._part(0, fits, 0.0), self._part(fits, len(rows), self.space_after)

    def _part(self, start: int, end: int, space_after: float) -> TableBlock:
        table = ReportTable(self.table.headers, self.table.rows[start:end], self.table.widths,
                            self.table.numeric, self.table.indents[start:end])
        return TableBlock(table, self.typeface, None, space_after,  # type: ignore[arg-type]
                          (self.headers, self.rows[start:end]))

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        columns, head, rows = self._layout(width)
        numeric = self.table.numeric
        head_height, heights = self._heights(width)
        page.line(x, top, x + width, top, palette.RULE, 0.6)
        self._draw_cells(page, x, top, columns, head, CELL_HEAD, numeric, 0.0)
        y = top + head_height
        page.line(x, y, x + width, y, palette.SECONDARY, 0.6)
        for index, (cells, height) in enumerate(zip(rows, heights, strict=True)):
            if index % 2 == 1:
                page.rect(x, y, width, height, ZEBRA, zorder=0.5)
            self._draw_cells(page, x, y, columns, cells, CELL, numeric, self._indent(index))
            y += height
        page.line(x, y, x + width, y, palette.RULE, 0.6)

    @staticmethod
    def _draw_cells(page: Page, x: float, top: float, columns: list[float],
                    cells: list[list[str]], style: TextStyle, numeric: tuple[bool, ...],
                    indent: float) -> None:
        for i, (lines, column) in enumerate(zip(cells, columns, strict=True)):
            right = i < len(numeric) and numeric[i]
            left = x + CELL_PAD_X + (indent if i == 0 else 0.0)
            at = x + column - CELL_PAD_X if right else left
            page.lines(at, top + CELL_PAD_Y, lines, style, align="right" if right else "left")
            x += column


def _cut(text: str) -> str:
    text = str(text if text is not None else "")
    return text if len(text) <= CELL_LIMIT else text[:CELL_LIMIT - 1].rstrip() + "…"


def paragraph(text: str, typeface: Typeface, say: Say, kind: str = "paragraph") -> Block:
    if kind == "note":
        return Paragraph(say(text, NOTE), NOTE, typeface, space_after=6)
    if kind == "subhead":
        return Paragraph(say(text, SUBHEAD), SUBHEAD, typeface, space_before=4, space_after=4)
    if kind == "bullet":
        return Paragraph(say(text, BODY), BODY, typeface, space_after=3, bullet="•",
                         bullet_color=palette.SECONDARY, indent=11)
    return Paragraph(say(text, BODY), BODY, typeface, space_after=7)


def quote_blocks(text: str, meta: str, typeface: Typeface, say: Say, color: str) -> list[Block]:
    """A quote set off by a bar, and below it what it was coded as (and who said it)."""
    body = Ruled(Paragraph(say(f"“{text.strip()}”", QUOTE), QUOTE, typeface, space_after=2),
                 color)
    if not meta:
        body.inner.space_after = 10
        return [body]
    body.keep_with_next = True
    return [body, Paragraph(say(meta, QUOTE_META), QUOTE_META, typeface, space_after=10,
                            indent=10, lines=None)]

