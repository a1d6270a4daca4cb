"""One page as a matplotlib figure, addressed in points from its top-left corner.

Text stays text (TrueType fonts embedded with ``pdf.fonttype`` 42, so it can be
selected and searched), shapes stay vector; only a persona's photo is a bitmap.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

from workbench.export.text import TextStyle, Typeface

A4_PORTRAIT = (595.276, 841.89)  # points

# DejaVu Sans: ascender and descender as shares of the font size.
ASCENT, DESCENT = 0.928, 0.236

# Settings every export renders with: embedded TrueType text, never TeX or mathtext.
RENDER_SETTINGS = {
    "pdf.fonttype": 42,
    "ps.fonttype": 42,
    "svg.fonttype": "none",
    "text.usetex": False,
    "pdf.compression": 6,
    "axes.unicode_minus": True,
    # Glyph advances as designed, not snapped to pixels: a PNG (at any resolution) breaks
    # lines exactly where the PDF does.
    "text.hinting": "no_hinting",
}


#: matplotlib's settings are global: two exports drawing at once (a preview while a PDF is
#: saved) would reset each other's settings mid-page. One draws at a time.
_RENDER_LOCK = threading.RLock()


@contextmanager
def render_settings():
    import matplotlib

    with _RENDER_LOCK, matplotlib.rc_context(RENDER_SETTINGS):
        yield


def baseline(top: float, style: TextStyle) -> float:
    """Baseline of a line of ``style`` whose line box starts at ``top``."""
    return top + (style.line_height - (ASCENT + DESCENT) * style.size) / 2 + ASCENT * style.size


class Page:
    """A blank page; draw on it, then save ``figure`` (PDF page or PNG)."""

    def __init__(self, typeface: Typeface, size: tuple[float, float] = A4_PORTRAIT) -> None:
        from matplotlib.figure import Figure
        from matplotlib.transforms import Affine2D

        self.typeface = typeface
        self.width, self.height = size
        self.figure = Figure(figsize=(self.width / 72, self.height / 72), dpi=72)
        self.figure.patch.set_facecolor("#FFFFFF")
        # points from the top-left corner -> inches from the bottom-left -> device
        self.points = (Affine2D().scale(1 / 72, -1 / 72).translate(0, self.height / 72)
                       + self.figure.dpi_scale_trans)

    def text(self, x: float, y: float, text: str, style: TextStyle, align: str = "left") -> None:
        """One line of text with its baseline at ``y``; ``align`` left, right or center."""
        if not text:
            return
        self.figure.text(x, y, text, transform=self.points,
                         fontproperties=self.typeface.properties(style), color=style.color,
                         ha=align, va="baseline", parse_math=False, usetex=False, zorder=3)

    def lines(self, x: float, top: float, lines: list[str], style: TextStyle,
              align: str = "left") -> float:
        """Lines set from ``top`` down; returns the bottom of the last line box."""
        for line in lines:
            self.text(x, baseline(top, style), line, style, align)
            top += style.line_height
        return top

    def rect(self, x: float, y: float, width: float, height: float, color: str,
             radius: float = 0.0, zorder: float = 1) -> None:
        from matplotlib.patches import FancyBboxPatch, Rectangle

        if width <= 0 or height <= 0:
            return
        if radius > 0:
            radius = min(radius, width / 2, height / 2)
            patch = FancyBboxPatch((x, y), width, height,
                                   boxstyle=f"round,pad=0,rounding_size={radius}",
                                   transform=self.points, facecolor=color, edgecolor="none",
                                   linewidth=0, zorder=zorder)
        else:
            patch = Rectangle((x, y), width, height, transform=self.points, facecolor=color,
                              edgecolor="none", linewidth=0, zorder=zorder)
        self.figure.add_artist(patch)

    def line(self, x1: float, y1: float, x2: float, y2: float, color: str,
             width: float = 0.5, zorder: float = 2) -> None:
        from matplotlib.lines import Line2D

        self.figure.add_artist(Line2D([x1, x2], [y1, y2], transform=self.points, color=color,
                                      linewidth=width, solid_capstyle="butt", zorder=zorder))

    def circle(self, cx: float, cy: float, radius: float, color: str, zorder: float = 2) -> None:
        from matplotlib.patches import Circle

        self.figure.add_artist(Circle((cx, cy), radius, transform=self.points, facecolor=color,
                                      edgecolor="none", linewidth=0, zorder=zorder))

    def round_image(self, pixels, cx: float, cy: float, radius: float) -> None:
        """A square RGB(A) image array clipped to a circle."""
        from matplotlib.patches import Circle

        axes = self.figure.add_axes((
            (cx - radius) / self.width, 1 - (cy + radius) / self.height,
            2 * radius / self.width, 2 * radius / self.height), zorder=2)
        axes.set_axis_off()
        image = axes.imshow(pixels, extent=(0, 1, 0, 1), interpolation="antialiased")
        image.set_clip_path(Circle((0.5, 0.5), 0.5, transform=axes.transAxes))
        axes.set_xlim(0, 1)
        axes.set_ylim(0, 1)
