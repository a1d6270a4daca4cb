"""Blocks that flow down a column and continue in the next one.

A story is a list of blocks (headings, paragraphs, chart rows...). ``fill``
places as many as fit in a frame, splitting a paragraph between lines when
needed, and returns the rest for the next frame, so long text continues on a
next page instead of running off this one.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.export.canvas import Page
from workbench.export.text import TextStyle, Typeface

#: A paragraph split across frames keeps at least this many lines on each side.
MIN_LINES = 2


@dataclass(frozen=True)
class Frame:
    """A column's area on one page, in points from the page's top-left corner."""

    x: float
    top: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


class Block:
    """Something that takes a known height at a given width and draws itself."""

    #: Move to the next frame together with the start of the following block (headings).
    keep_with_next = False
    #: Dropped when it would start a frame (spacing between blocks).
    discardable_at_top = False
    #: Shown only where it fits as it comes: never moved to another frame (extra detail that
    #: fills free space but is not worth a page of its own).
    optional = False

    def height(self, width: float) -> float:
        raise NotImplementedError

    def min_height(self, width: float) -> float:
        """The least of it that may start a frame (all of it unless it can split)."""
        return self.height(width)

    def split(self, width: float, available: float) -> tuple[Block | None, Block | None]:
        """(part that fits ``available``, the rest); unsplittable blocks move whole."""
        return (self, None) if self.height(width) <= available else (None, self)

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        raise NotImplementedError


class Spacer(Block):
    discardable_at_top = True

    def __init__(self, size: float) -> None:
        self.size = size

    def height(self, width: float) -> float:
        return self.size

    def split(self, width: float, available: float) -> tuple[Block | None, Block | None]:
        return (self, None) if self.size <= available else (None, None)

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        pass


class Paragraph(Block):
    """Wrapped text, optionally as a bullet item with a hanging indent."""

    def __init__(self, text: str, style: TextStyle, typeface: Typeface, *,
                 space_before: float = 0.0, space_after: float = 0.0, bullet: str = "",
                 bullet_color: str | None = None, indent: float = 0.0,
                 lines: list[str] | None = None, wrapped_at: float | None = None) -> None:
        self.text, self.style, self.typeface = text, style, typeface
        self.space_before, self.space_after = space_before, space_after
        self.bullet, self.bullet_color = bullet, bullet_color
        self.indent = indent if (bullet or indent) else 0.0
        self._lines, self._width = lines, wrapped_at

    def lines(self, width: float) -> list[str]:
        if self._lines is None or self._width != width:
            self._lines = self.typeface.wrap(self.text, self.style, width - self.indent)
            self._width = width
        return self._lines

    def height(self, width: float) -> float:
        return (self.space_before + len(self.lines(width)) * self.style.line_height
                + self.space_after)

    def min_height(self, width: float) -> float:
        shown = min(MIN_LINES, len(self.lines(width)))
        return self.space_before + shown * self.style.line_height

    def split(self, width: float, available: float) -> tuple[Block | None, Block | None]:
        lines = self.lines(width)
        if self.height(width) <= available:
            return self, None
        fits = int((available - self.space_before) // self.style.line_height)
        if len(lines) - fits < MIN_LINES:  # no lone last line at the top of the next frame
            fits = len(lines) - MIN_LINES
        if fits < MIN_LINES:
            return None, self
        head = Paragraph(self.text, self.style, self.typeface, space_before=self.space_before,
                         bullet=self.bullet, bullet_color=self.bullet_color, indent=self.indent,
                         lines=lines[:fits], wrapped_at=width)
        rest = lines[fits:]
        tail = Paragraph(" ".join(rest), self.style, self.typeface, space_after=self.space_after,
                         indent=self.indent, lines=rest, wrapped_at=width)
        return head, tail

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        top += self.space_before
        if self.bullet:
            from workbench.export.canvas import baseline

            page.text(x, baseline(top, self.style), self.bullet,
                      self.style.coloured(self.bullet_color or self.style.color))
        page.lines(x + self.indent, top, self.lines(width), self.style)


class Heading(Block):
    """A section title in small capitals over a hairline."""

    keep_with_next = True

    def __init__(self, text: str, style: TextStyle, typeface: Typeface, rule_color: str, *,
                 space_before: float = 14.0, space_after: float = 6.0) -> None:
        self.text, self.style, self.typeface = text.upper(), style, typeface
        self.rule_color = rule_color
        self.space_before, self.space_after = space_before, space_after

    def _lines(self, width: float) -> list[str]:
        return self.typeface.wrap(self.text, self.style, width)

    def height(self, width: float) -> float:
        return (self.space_before + len(self._lines(width)) * self.style.line_height + 3
                + self.space_after)

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        bottom = page.lines(x, top + self.space_before, self._lines(width), self.style)
        page.line(x, bottom + 1.5, x + width, bottom + 1.5, self.rule_color, 0.6)


@dataclass
class Placed:
    block: Block
    top: float


def fill(story: list[Block], frame: Frame) -> tuple[list[Placed], list[Block]]:
    """Place the story's blocks top-down in ``frame``; returns (placed, what is left)."""
    placed: list[Placed] = []
    rest = list(story)
    y = frame.top
    while rest:
        block = rest[0]
        available = frame.bottom - y
        if block.discardable_at_top and not placed:
            rest.pop(0)
            continue
        height = block.height(frame.width)
        keep = not block.keep_with_next or len(rest) < 2 or \
            height + _kept_height(rest[1:], frame.width) <= available
        if block.optional and (height > available or not keep):
            while rest and rest[0].optional:  # the rest of the optional run goes too
                rest.pop(0)
            continue
        if not keep and placed:
            break
        if height <= available:
            placed.append(Placed(block, y))
            y += height
            rest.pop(0)
            continue
        head, tail = block.split(frame.width, available)
        if head is not None:
            placed.append(Placed(head, y))
            y += head.height(frame.width)
        if head is None and not placed:
            # Taller than a whole empty frame and cannot split: cannot happen with the blocks
            # the cards build (every one is far shorter than a page); guard against a loop.
            raise ValueError(f"a {type(block).__name__} of {height:.0f} pt does not fit a frame "
                             f"of {frame.height:.0f} pt")
        if tail is None:
            rest.pop(0)
        else:
            rest[0] = tail
        break
    return placed, rest


def _kept_height(rest: list[Block], width: float) -> float:
    """The least of ``rest`` that must come along with the block before it: a run of
    keep-with-next blocks (a heading, then its note) whole, and the start of the block after
    them, so a heading is never left at the foot of a frame with only its note."""
    total = 0.0
    for block in rest:
        if not block.keep_with_next:
            return total + block.min_height(width)
        total += block.height(width)
    return total


def draw_placed(page: Page, frame: Frame, placed: list[Placed]) -> float:
    """Draw what ``fill`` placed; returns the bottom of the last block."""
    bottom = frame.top
    for item in placed:
        item.block.draw(page, frame.x, item.top, frame.width)
        bottom = item.top + item.block.height(frame.width)
    return bottom


class Ruled(Block):
    """A block set off by a vertical bar on its left (a quote)."""

    def __init__(self, inner: Block, color: str, gap: float = 10.0, bar: float = 2.5) -> None:
        self.inner, self.color, self.gap, self.bar = inner, color, gap, bar

    def height(self, width: float) -> float:
        return self.inner.height(width - self.gap)

    def min_height(self, width: float) -> float:
        return self.inner.min_height(width - self.gap)

    def split(self, width: float, available: float) -> tuple[Block | None, Block | None]:
        head, tail = self.inner.split(width - self.gap, available)
        return (Ruled(head, self.color, self.gap, self.bar) if head else None,
                Ruled(tail, self.color, self.gap, self.bar) if tail else None)

    def draw(self, page: Page, x: float, top: float, width: float) -> None:
        inner_width = width - self.gap
        height = self.inner.height(inner_width)
        before = getattr(self.inner, "space_before", 0.0)
        after = getattr(self.inner, "space_after", 0.0)
        page.rect(x, top + before + 2, self.bar, height - before - after - 4, self.color)
        self.inner.draw(page, x + self.gap, top, inner_width)
