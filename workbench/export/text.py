"""Text on exported pages: which fonts, what they can show, how wide a line is, where it breaks.

Pages embed DejaVu Sans (shipped with matplotlib: Latin with accents, Greek,
Cyrillic and many symbols) and, for the characters it lacks, any TrueType font
placed in ``resources/fonts`` (a CJK font, say). A character that no embedded
font can draw is replaced by a visible stand-in, never left as an empty box:
an emoji by its name in brackets ("[shopping trolley]"), a national flag by its
letters ("[IT]"), anything else by "[?]". Pages that needed a stand-in say so in
their footer.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MAIN_FAMILY = "DejaVu Sans"
ELLIPSIS = "…"
UNKNOWN = "[?]"

# Invisible joiners and modifiers of emoji sequences: dropped when no font has them.
_SEQUENCE_PARTS = {0x200D, 0xFE0E, 0xFE0F, 0x20E3} | set(range(0x1F3FB, 0x1F400)) \
    | set(range(0xE0020, 0xE0080))
_REGIONAL_A = 0x1F1E6


@dataclass(frozen=True)
class TextStyle:
    """Size in points, weight, slant, colour and line spacing of a run of text."""

    size: float
    bold: bool = False
    italic: bool = False
    color: str = "#1F2430"
    leading: float = 1.35

    @property
    def line_height(self) -> float:
        return self.size * self.leading

    def sized(self, size: float) -> TextStyle:
        return TextStyle(size, self.bold, self.italic, self.color, self.leading)

    def coloured(self, color: str) -> TextStyle:
        return TextStyle(self.size, self.bold, self.italic, color, self.leading)


def fallback_font_files(folder: Path | None = None) -> list[Path]:
    """TrueType fonts bundled in resources/fonts, used for characters DejaVu Sans lacks."""
    if folder is None:
        from workbench.paths import resources_dir

        folder = resources_dir() / "fonts"
    if not folder.is_dir():
        return []
    # .ttf only: matplotlib embeds TrueType outlines (fonttype 42); CFF .otf and .ttc collections
    # would not embed.
    return sorted(p for p in folder.iterdir() if p.suffix.lower() == ".ttf")


class Typeface:
    """The embedded font families, with coverage, measuring, substitution and line breaking."""

    def __init__(self, fallback_files: list[Path] | None = None) -> None:
        from matplotlib import font_manager
        from matplotlib.ft2font import FT2Font
        from matplotlib.textpath import TextToPath

        self.families = [MAIN_FAMILY]
        known = {f.fname for f in font_manager.fontManager.ttflist}
        for path in fallback_files if fallback_files is not None else fallback_font_files():
            try:
                family = FT2Font(str(path)).family_name
            except (OSError, RuntimeError, ValueError):
                continue  # a damaged font must not stop an export
            if str(path) not in known:
                font_manager.fontManager.addfont(str(path))
            if family not in self.families:
                self.families.append(family)
        self._measure = TextToPath()
        self._coverage: dict[tuple[bool, bool], frozenset[int]] = {}
        self._props: dict[tuple[float, bool, bool], object] = {}
        self._widths: dict[tuple[str, float, bool, bool], float] = {}

    # --- fonts -----------------------------------------------------------------------------

    def properties(self, style: TextStyle):
        """matplotlib FontProperties for ``style`` (the families in fallback order)."""
        key = (style.size, style.bold, style.italic)
        prop = self._props.get(key)
        if prop is None:
            from matplotlib.font_manager import FontProperties

            prop = FontProperties(family=self.families, size=style.size,
                                  weight="bold" if style.bold else "normal",
                                  style="italic" if style.italic else "normal")
            self._props[key] = prop
        return prop

    def coverage(self, style: TextStyle) -> frozenset[int]:
        """Code points the fonts drawing ``style`` have glyphs for."""
        key = (style.bold, style.italic)
        if key not in self._coverage:
            from matplotlib import font_manager
            from matplotlib.ft2font import FT2Font

            points: set[int] = set()
            for family in self.families:
                prop = font_manager.FontProperties(family=family,
                                                   weight="bold" if style.bold else "normal",
                                                   style="italic" if style.italic else "normal")
                try:
                    path = font_manager.findfont(prop, fallback_to_default=False)
                except ValueError:
                    continue
                points.update(FT2Font(path).get_charmap())
            self._coverage[key] = frozenset(points)
        return self._coverage[key]

    # --- what can be shown ---------------------------------------------------------------

    def visible(self, text: str, style: TextStyle) -> tuple[str, bool]:
        """``text`` as the fonts can draw it, and whether a stand-in replaced anything.

        Line ends become "\\n", tabs spaces, other control characters go.
        """
        text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
        cover = self.coverage(style)
        out: list[str] = []
        replaced = False
        unknown_run = False
        chars = list(text)
        i = 0
        while i < len(chars):
            char = chars[i]
            point = ord(char)
            i += 1
            if char == "\n":
                out.append(char)
                unknown_run = False
                continue
            if char == "\t":
                char, point = " ", 32
            if unicodedata.category(char) == "Cc":
                continue
            if point in cover or char == " ":
                out.append(char)
                unknown_run = False
                continue
            if point in _SEQUENCE_PARTS:
                continue
            replaced = True
            if _REGIONAL_A <= point < _REGIONAL_A + 26:
                letters = [chr(ord("A") + point - _REGIONAL_A)]
                while i < len(chars) and _REGIONAL_A <= ord(chars[i]) < _REGIONAL_A + 26 \
                        and len(letters) < 2:
                    letters.append(chr(ord("A") + ord(chars[i]) - _REGIONAL_A))
                    i += 1
                out.append("[" + "".join(letters) + "]")
                unknown_run = False
            elif _is_pictograph(char):
                out.append("[" + unicodedata.name(char, "?").lower() + "]")
                unknown_run = False
            elif not unknown_run:  # one stand-in for a run of unknown letters
                out.append(UNKNOWN)
                unknown_run = True
        return "".join(out), replaced

    # --- measuring and breaking lines ---------------------------------------------------

    def width(self, text: str, style: TextStyle) -> float:
        """Advance width of one line of ``text`` in points."""
        if not text:
            return 0.0
        return self._measure.get_text_width_height_descent(text, self.properties(style),
                                                           ismath=False)[0]

    def wrap(self, text: str, style: TextStyle, width: float) -> list[str]:
        """Lines of at most ``width`` points: breaks at spaces, inside a word only when it is
        wider than a whole line. "\\n" starts a new line; blank lines are kept."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            words = paragraph.split()
            if not words:
                lines.append("")
                continue
            space = self._word_width(" ", style)
            current: list[str] = []
            used = 0.0
            for word in words:
                wide = self._word_width(word, style)
                if current and used + space + wide <= width:
                    current.append(word)
                    used += space + wide
                    continue
                if current:
                    lines.append(" ".join(current))
                while wide > width:  # a word wider than a line: break inside it
                    cut = self._longest_prefix(word, style, width)
                    lines.append(word[:cut])
                    word = word[cut:]
                    wide = self._word_width(word, style)
                current, used = [word], wide
            lines.append(" ".join(current))
        return lines

    def _word_width(self, word: str, style: TextStyle) -> float:
        key = (word, style.size, style.bold, style.italic)
        wide = self._widths.get(key)
        if wide is None:
            if len(self._widths) > 50_000:
                self._widths.clear()
            wide = self._widths[key] = self.width(word, style)
        return wide

    def _longest_prefix(self, word: str, style: TextStyle, width: float) -> int:
        """How many leading characters of ``word`` fit ``width`` (at least one)."""
        low, high = 1, len(word)
        while low < high:
            middle = (low + high + 1) // 2
            if self.width(word[:middle], style) <= width:
                low = middle
            else:
                high = middle - 1
        return low

    def clip(self, line: str, style: TextStyle, width: float) -> str:
        """``line`` cut to ``width`` with an ellipsis when it is wider."""
        if self.width(line, style) <= width:
            return line
        return self.ellipsize(line, style, width)

    def ellipsize(self, line: str, style: TextStyle, width: float) -> str:
        """``line`` ending in an ellipsis (it was cut short), within ``width``."""
        low, high = 0, len(line)
        while low < high:
            middle = (low + high + 1) // 2
            if self.width(line[:middle].rstrip() + ELLIPSIS, style) <= width:
                low = middle
            else:
                high = middle - 1
        return line[:low].rstrip() + ELLIPSIS

    def fit(self, text: str, style: TextStyle, width: float, max_lines: int,
            min_size: float) -> tuple[list[str], TextStyle, bool]:
        """Wrap ``text`` in at most ``max_lines``, shrinking the size down to ``min_size``.

        Returns (lines, style used, whether the text had to be cut short; the last
        line then ends with an ellipsis).
        """
        size = style.size
        while True:
            sized = style.sized(size)
            lines = self.wrap(text, sized, width)
            if len(lines) <= max_lines:
                return lines, sized, False
            if size - 1 < min_size:
                kept = lines[:max_lines]
                kept[-1] = self.ellipsize(kept[-1], sized, width)
                return kept, sized, True
            size -= 1


def _is_pictograph(char: str) -> bool:
    """Emoji and other symbols people type for meaning: named in brackets rather than "[?]"."""
    point = ord(char)
    return unicodedata.category(char) in ("So", "Sk") or 0x1F000 <= point <= 0x1FAFF


@lru_cache(maxsize=1)
def default_typeface() -> Typeface:
    """The typeface of every export (built once: reading the fonts' tables takes a moment)."""
    return Typeface()
