"""Colours of the exported pages.

Each persona keeps the colour it has in the app (the Personas area's palette,
Tableau 10, copied here so the export needs no Qt); the rest is a quiet set of
neutrals that prints well in colour and in grey.
"""

from __future__ import annotations

# Same order as workbench/ui/personas/visuals.py PERSONA_COLORS: a persona's colour is
# the one at its position, everywhere it appears.
PERSONA_COLORS = ("#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1",
                  "#76B7B2", "#EDC948", "#FF9DA7", "#9C755F", "#8CD17D")

INK = "#1F2430"        # names, body text
SECONDARY = "#5B6272"  # captions, values
MUTED = "#8A909C"      # footer, notes
RULE = "#D9DCE3"       # hairlines
PANEL = "#F4F5F7"      # sidebar background
TRACK = "#E9EBEF"      # empty part of a bar
REST = "#AEB4BF"       # everyone else's bar
WHITE = "#FFFFFF"


def persona_color(position: int) -> str:
    return PERSONA_COLORS[position % len(PERSONA_COLORS)]


def _rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


def mix(a: str, b: str, amount: float) -> str:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    ra, rb = _rgb(a), _rgb(b)
    return "#" + "".join(f"{round(x + (y - x) * amount):02X}" for x, y in zip(ra, rb, strict=True))


def luminance(color: str) -> float:
    """Relative luminance (WCAG), 0 black .. 1 white."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in _rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def readable_on(background: str) -> str:
    """Ink or white, whichever reads better on ``background``."""
    return INK if luminance(background) > 0.4 else WHITE


def text_shade(color: str) -> str:
    """A persona colour dark enough for small text on white (contrast of at least 4.5:1)."""
    shade = color
    for step in range(1, 11):
        if (1.05) / (luminance(shade) + 0.05) >= 4.5:
            return shade
        shade = mix(color, INK, step / 10)
    return shade


def tint(color: str, amount: float = 0.88) -> str:
    """A pale background in the persona's colour."""
    return mix(color, WHITE, amount)
