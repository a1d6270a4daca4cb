"""Colours of the journey map: one accent per lane kind, the rest derived from the palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from workbench.domain.journeys import (
    LANE_ACTIONS,
    LANE_EMOTION,
    LANE_OPPORTUNITIES,
    LANE_PAIN_POINTS,
    LANE_TEAM,
    LANE_TEXT,
    LANE_THOUGHTS,
    LANE_TOUCHPOINTS,
)
from workbench.ui.personas.look import personas_style
from workbench.ui.personas.visuals import mix

#: Readable on light and dark backgrounds; the same lane has the same colour everywhere.
LANE_COLORS = {
    LANE_ACTIONS: "#3A7BD5",
    LANE_TOUCHPOINTS: "#2B9C88",
    LANE_THOUGHTS: "#8E5BD0",
    LANE_EMOTION: "#E07B39",
    LANE_PAIN_POINTS: "#D64545",
    LANE_OPPORTUNITIES: "#3E9B4F",
    LANE_TEAM: "#6F7C91",
    LANE_TEXT: "#B58A12",
}
#: Amber: where the designed map and the observed journey disagree.
BADGE = QColor("#F2B233")
BADGE_TEXT = QColor("#2B1D00")
#: Series colours of charts (Tableau 10, as the persona colours).
SERIES = ("#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1",
          "#76B7B2", "#EDC948", "#FF9DA7", "#9C755F", "#8CD17D")


def lane_color(kind: str) -> QColor:
    return QColor(LANE_COLORS.get(kind, LANE_COLORS[LANE_TEXT]))


def series_color(index: int) -> QColor:
    return QColor(SERIES[index % len(SERIES)])


class Colors:
    """The palette-derived colours one paint pass needs (computed once per palette)."""

    def __init__(self, palette: QPalette) -> None:
        self.base = palette.color(QPalette.ColorRole.Base)
        self.window = palette.color(QPalette.ColorRole.Window)
        self.text = palette.color(QPalette.ColorRole.Text)
        self.highlight = palette.color(QPalette.ColorRole.Highlight)
        self.link = palette.color(QPalette.ColorRole.Link)
        self.dark = self.window.lightness() < 128
        self.canvas = mix(self.base, self.window, 0.55)
        self.secondary = mix(self.text, self.base, 0.42)
        self.faint = mix(self.text, self.base, 0.70)
        self.grid = mix(self.base, self.text, 0.10)
        self.border = mix(self.base, self.text, 0.16)
        self.header = mix(self.base, self.window, 0.25)

    def tint(self, accent: QColor, amount: float) -> QColor:
        return mix(self.base, accent, amount * (1.6 if self.dark else 1.0))


def journeys_style(palette: QPalette) -> str:
    """The personas area's sheet (same cards, captions, link buttons) plus the map's panels."""
    colors = Colors(palette)
    return personas_style(palette) + f"""
QFrame#JourneyToolbar {{
    background: {colors.base.name()};
    border-bottom: 1px solid {colors.border.name()};
}}
QLabel#JourneyTitle {{ background: transparent; }}
QFrame#ObservedPanel {{ background: {colors.canvas.name()}; border-left: 1px solid {colors.border.name()}; }}
QFrame#JourneyListPanel {{ background: {colors.window.name()}; border-right: 1px solid {colors.border.name()}; }}
QListView#JourneyList {{
    border: 1px solid {colors.border.name()};
    border-radius: 8px;
    background: {colors.base.name()};
    padding: 4px;
}}
"""
