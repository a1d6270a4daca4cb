"""Painting a journey map: stage chevrons, lane names, cells and cards, the emotion curve, drag feedback.

:func:`paint_map` draws a :class:`MapScene` (everything that decides how the map
looks at this moment: the laid-out geometry, colours, fonts, hover, selection,
search and any drag in progress) with any ``QPainter``: the view's viewport
while scrolling, or a whole image for export (zero offset, nothing hovered).
The cells scroll both ways, the stage headers sideways only and the lane names
up and down only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from workbench.domain.journeys import (
    LANE_EMOTION,
    LANE_THOUGHTS,
    LANE_TOUCHPOINTS,
    Card,
    Disagreement,
    JourneyMap,
    Lane,
    Stage,
)
from workbench.i18n import translate
from workbench.ui.journeys.glyphs import paint_channel
from workbench.ui.journeys.look import BADGE, BADGE_TEXT, Colors, lane_color
from workbench.ui.journeys.map_drag import HeaderDrag, cells_without
from workbench.ui.journeys.map_layout import (
    CARD_GAP,
    CARD_PAD_X,
    CARD_PAD_Y,
    CELL_PAD,
    CHANNEL_ICON,
    LANE_HEADER_W,
    STAGE_HEADER_H,
    CardBox,
    Geometry,
    Hit,
    MapFonts,
    display_text,
    emotion_y,
    format_emotion,
)
from workbench.ui.numbers import count_text


@dataclass
class MapScene:
    """What one paint of the map shows."""

    journey: JourneyMap | None
    geometry: Geometry
    colors: Colors
    fonts: MapFonts
    #: The text colour on the highlight (the stage numbers).
    highlighted_text: QColor
    readonly: bool = False
    #: Casefolded search text; cards without it are dimmed.
    search: str = ""
    selected_card: int | None = None
    hover: Hit = field(default_factory=lambda: Hit(""))
    #: Stage id -> what the evidence says against the map there.
    disagreements: dict[int, list[Disagreement]] = field(default_factory=dict)
    #: (lane id, stage id, position) where a dragged card would land.
    drop: tuple[int, int, int] | None = None
    drag_card: Card | None = None
    #: Viewport point of the pointer dragging ``drag_card``.
    drag_pos: QPointF = field(default_factory=QPointF)
    #: (stage id, value) while the emotion point of a stage is dragged.
    drag_emotion: tuple[int, float] | None = None
    drag_header: HeaderDrag | None = None
    #: Stage id -> survey measure lines ("NPS +12 (n = 48)") written at the top of the emotion lane.
    measures: dict[int, list[str]] = field(default_factory=dict)


def paint_map(painter: QPainter, scene: MapScene, size: QSize, offset: QPointF) -> None:
    """Paint ``scene`` into ``size`` scrolled by ``offset``."""
    MapPainter(painter, scene).paint(size, offset)


def rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


class MapPainter:
    """One paint of one scene: the parts of the map, each in map coordinates."""

    def __init__(self, painter: QPainter, scene: MapScene) -> None:
        self.painter, self.scene = painter, scene
        self.c, self.g, self.fonts = scene.colors, scene.geometry, scene.fonts

    def paint(self, size: QSize, offset: QPointF) -> None:
        painter, c, g, journey = self.painter, self.c, self.g, self.scene.journey
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRect(0, 0, size.width(), size.height()), c.canvas)
        if journey is None or not journey.stages:
            return
        # cells
        painter.save()
        painter.setClipRect(QRectF(LANE_HEADER_W, STAGE_HEADER_H, size.width(), size.height()))
        painter.translate(-offset.x(), -offset.y())
        self.cells()
        painter.restore()
        # stage headers (scroll sideways only)
        painter.save()
        painter.setClipRect(QRectF(LANE_HEADER_W, 0, size.width(), STAGE_HEADER_H))
        painter.translate(-offset.x(), 0)
        painter.fillRect(QRectF(LANE_HEADER_W, 0, g.width, STAGE_HEADER_H), c.canvas)
        for index, stage in enumerate(journey.stages):
            self.stage(index, stage)
        painter.restore()
        # lane names (scroll up and down only)
        painter.save()
        painter.setClipRect(QRectF(0, STAGE_HEADER_H, LANE_HEADER_W, size.height()))
        painter.translate(0, -offset.y())
        for lane, y, height in g.lanes:
            self.lane_header(lane, y, height)
        painter.restore()
        self.corner()
        painter.setPen(QPen(c.border, 1))
        painter.drawLine(QPointF(0, STAGE_HEADER_H - 0.5), QPointF(size.width(), STAGE_HEADER_H - 0.5))
        painter.drawLine(QPointF(LANE_HEADER_W - 0.5, 0), QPointF(LANE_HEADER_W - 0.5, size.height()))
        if self.scene.drag_card is not None:
            self.card_drag()
        if self.scene.drag_header is not None:
            self.header_drag(size, offset)

    # --- headers ----------------------------------------------------------------------

    def corner(self) -> None:
        painter, c, journey = self.painter, self.c, self.scene.journey
        painter.fillRect(QRectF(0, 0, LANE_HEADER_W, STAGE_HEADER_H), c.canvas)
        painter.setPen(c.secondary)
        painter.setFont(self.fonts.small)
        rect = QRectF(16, 10, LANE_HEADER_W - 24, STAGE_HEADER_H - 20)
        visible = sum(1 for lane in journey.lanes if not lane.hidden)
        hidden = len(journey.lanes) - visible
        text = translate("Journeys", "{stages} stages · {lanes} lanes").format(
            stages=len(journey.stages), lanes=visible)
        if hidden:
            text += "\n" + translate("Journeys", "{n} hidden").format(n=hidden)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
                                   | Qt.TextFlag.TextWordWrap), text)

    def chevron(self, index: int) -> QPainterPath:
        """The outline of a stage header: each stage points to the next."""
        rect = self.g.stage_rect(index).adjusted(4, 10, -4, -8)
        path = QPainterPath()
        tip = 12.0
        left_notch = 0.0 if index == 0 else tip
        path.moveTo(rect.left(), rect.top())
        path.lineTo(rect.right() - tip, rect.top())
        path.lineTo(rect.right(), rect.center().y())
        path.lineTo(rect.right() - tip, rect.bottom())
        path.lineTo(rect.left(), rect.bottom())
        path.lineTo(rect.left() + left_notch, rect.center().y())
        path.closeSubpath()
        return path

    def stage(self, index: int, stage: Stage) -> None:
        painter, c, hover = self.painter, self.c, self.scene.hover
        rect = self.g.stage_rect(index).adjusted(4, 10, -4, -8)
        hovered = hover.kind == "stage" and hover.stage_id == stage.id
        accent = c.highlight
        tip = 12.0
        left_notch = 0.0 if index == 0 else tip
        path = self.chevron(index)
        painter.setPen(QPen(c.tint(accent, 0.45 if hovered else 0.32), 1))
        painter.setBrush(c.tint(accent, 0.16 if hovered else 0.10))
        painter.drawPath(path)
        number = QRectF(rect.left() + left_notch + 8, rect.center().y() - 11, 22, 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawEllipse(number)
        painter.setPen(self.scene.highlighted_text)
        painter.setFont(self.fonts.small)
        painter.drawText(number, int(Qt.AlignmentFlag.AlignCenter), str(index + 1))
        text_rect = QRectF(number.right() + 8, rect.top() + 2, rect.right() - tip - number.right() - 12,
                           rect.height() - 4)
        badges = self.scene.disagreements.get(stage.id)
        if badges:
            text_rect.setRight(text_rect.right() - 20)
        painter.setPen(c.text)
        painter.setFont(self.fonts.bold)
        self.elided(text_rect, stage.name, self.fonts.bold, 2, Qt.AlignmentFlag.AlignVCenter)
        if badges:
            self.badge(QPointF(text_rect.right() + 11, rect.center().y()))

    def badge(self, centre: QPointF) -> None:
        """The "!" of a place where the evidence disagrees with the map."""
        painter = self.painter
        painter.save()
        painter.setPen(QPen(BADGE.darker(130), 1))
        painter.setBrush(BADGE)
        painter.drawEllipse(centre, 8.5, 8.5)
        painter.setPen(BADGE_TEXT)
        painter.setFont(self.fonts.bold)
        painter.drawText(QRectF(centre.x() - 8, centre.y() - 9, 16, 18),
                         int(Qt.AlignmentFlag.AlignCenter), "!")
        painter.restore()

    def lane_header(self, lane: Lane, y: float, height: float) -> None:
        painter, c, hover = self.painter, self.c, self.scene.hover
        accent = lane_color(lane.kind)
        rect = QRectF(0, y, LANE_HEADER_W, height)
        hovered = hover.kind == "lane" and hover.lane_id == lane.id
        painter.fillRect(rect, c.tint(accent, 0.08) if hovered else c.canvas)
        painter.fillRect(QRectF(10, y + 8, 4, height - 16), accent)
        painter.setPen(c.text)
        text_rect = QRectF(24, y + 8, LANE_HEADER_W - 34, height - 16)
        self.elided(text_rect, lane.name, self.fonts.bold, 3, Qt.AlignmentFlag.AlignTop)
        if lane.kind == LANE_EMOTION:
            painter.setPen(c.secondary)
            painter.setFont(self.fonts.small)
            metrics = QFontMetricsF(self.fonts.small)
            for value in (2, 0, -2):
                label = format_emotion(float(value))
                ly = emotion_y(y, value)
                painter.drawText(QRectF(LANE_HEADER_W - 40, ly - metrics.height() / 2, 32,
                                        metrics.height()),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                                 label)
        painter.setPen(QPen(c.grid, 1))
        painter.drawLine(QPointF(0, y + height - 0.5), QPointF(LANE_HEADER_W, y + height - 0.5))

    def elided(self, rect: QRectF, text: str, font: QFont, lines: int, vertical: Qt.AlignmentFlag) -> None:
        """Wrapped text in at most ``lines`` lines, the last one elided."""
        painter = self.painter
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        rows: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if metrics.horizontalAdvance(trial) <= rect.width() or not current:
                current = trial
            else:
                rows.append(current)
                current = word
        if current:
            rows.append(current)
        if len(rows) > lines:
            rows = rows[:lines - 1] + [" ".join(rows[lines - 1:])]
        rows = [metrics.elidedText(r, Qt.TextElideMode.ElideRight, rect.width()) for r in rows]
        block = metrics.height() * len(rows)
        top = rect.top() if vertical == Qt.AlignmentFlag.AlignTop else \
            rect.top() + (rect.height() - block) / 2
        for i, row in enumerate(rows):
            painter.drawText(QRectF(rect.left(), top + i * metrics.height(), rect.width(),
                                    metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), row)

    # --- cells and cards --------------------------------------------------------------

    def cells(self) -> None:
        painter, c, g, scene = self.painter, self.c, self.g, self.scene
        journey, hover = scene.journey, scene.hover
        for row, (_lane, y, height) in enumerate(g.lanes):
            band = QRectF(LANE_HEADER_W, y, g.width - LANE_HEADER_W, height)
            painter.fillRect(band, c.base if row % 2 == 0 else c.tint(c.text, 0.018))
            painter.setPen(QPen(c.grid, 1))
            painter.drawLine(QPointF(LANE_HEADER_W, y + height - 0.5), QPointF(g.width, y + height - 0.5))
        for x in g.stage_x[1:]:
            painter.setPen(QPen(c.grid, 1))
            painter.drawLine(QPointF(x - 0.5, STAGE_HEADER_H), QPointF(x - 0.5, g.height))
        if scene.drop is not None:
            lane_id, stage_id, _ = scene.drop
            cell = g.cell_rect(lane_id, stage_id)
            if cell is not None:
                painter.fillRect(cell.adjusted(1, 1, -1, -1), c.tint(c.highlight, 0.10))
        for lane, y, height in g.lanes:
            if lane.kind == LANE_EMOTION:
                self.emotion(y, height)
                continue
            for stage in journey.stages:
                if not scene.readonly and hover.lane_id == lane.id and \
                        hover.stage_id == stage.id and hover.kind in ("cell", "add"):
                    self.add_strip(lane, stage.id, hover.kind == "add")
                if lane.kind == LANE_TOUCHPOINTS:
                    for item in scene.disagreements.get(stage.id, []):
                        if item.kind == "channel_missing":
                            cell = g.cell_rect(lane.id, stage.id)
                            self.badge(QPointF(cell.right() - 16, cell.bottom() - 14))
        for box in g.boxes.values():
            if scene.drag_card is not None and box.card.id == scene.drag_card.id:
                continue
            self.card(box)
        if scene.drop is not None:
            self.drop_marker()

    def add_strip(self, lane: Lane, stage_id: int, hot: bool) -> None:
        painter, c = self.painter, self.c
        rect = self.g.add_rect(lane.id, stage_id)
        accent = lane_color(lane.kind)
        pen = QPen(c.tint(accent, 0.7 if hot else 0.4), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(c.tint(accent, 0.08) if hot else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(c.secondary if not hot else c.text)
        painter.setFont(self.fonts.small)
        text = translate("Journeys", "+ Add card")
        if lane.kind == LANE_THOUGHTS:
            text = translate("Journeys", "+ Add card or quote")
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)

    def card(self, box: CardBox, ghost: bool = False) -> None:
        painter, c, scene, fonts = self.painter, self.c, self.scene, self.fonts
        card, rect = box.card, box.rect
        lane = next((lane for lane in scene.journey.lanes if lane.id == card.lane_id), None)
        if lane is None:
            return
        accent = lane_color(lane.kind)
        observed = card.origin == "observed"
        selected = card.id == scene.selected_card
        dimmed = bool(scene.search) and scene.search not in card.text.casefold()
        painter.save()
        if dimmed:
            painter.setOpacity(0.3)
        if ghost:
            painter.setOpacity(0.85)
        border = c.highlight if selected else c.tint(accent, 0.42)
        if scene.search and not dimmed:
            border = c.highlight
        painter.setPen(QPen(border, 2 if selected or (scene.search and not dimmed) else 1,
                            Qt.PenStyle.DashLine if observed and not card.edited else
                            Qt.PenStyle.SolidLine))
        painter.setBrush(c.tint(accent, 0.13 if observed else 0.07) if not ghost else c.base)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.x(), rect.y(), 6, rect.height()), 3, 3)
        painter.drawPath(stripe.intersected(rounded(rect, 6)))
        text_rect = QRectF(rect.x() + CARD_PAD_X, rect.y() + CARD_PAD_Y,
                           rect.width() - 2 * CARD_PAD_X, rect.height() - 2 * CARD_PAD_Y)
        if lane.kind == LANE_TOUCHPOINTS:
            icon = QRectF(text_rect.x(), text_rect.y(), CHANNEL_ICON, CHANNEL_ICON)
            paint_channel(painter, icon, card.text, accent, c.base)
            text_rect.setLeft(icon.right() + 8)
        painter.setFont(fonts.for_lane(lane))
        painter.setPen(c.text)
        extra_h = 0.0
        if observed or card.evidence is not None:
            extra_h = QFontMetricsF(fonts.small).height() + 4
        body = QRectF(text_rect.x(), text_rect.y(), text_rect.width(), text_rect.height() - extra_h)
        painter.drawText(body, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), display_text(card, lane))
        if extra_h:
            painter.setFont(fonts.small)
            line = QRectF(text_rect.x(), text_rect.bottom() - extra_h + 4, text_rect.width(),
                          extra_h - 4)
            if observed:
                figures = card.figures or {}
                members = figures.get("members")
                text = translate("Journeys", "Observed")
                if members is not None:
                    text = translate("Journeys", "Observed · {n} members ({share:.0%}) ›").format(
                        n=count_text(members), share=float(figures.get("share") or 0.0))
                painter.setPen(c.link if box.members_rect is not None else c.secondary)
            else:
                text = translate("Journeys", "Linked to evidence ›")
                painter.setPen(c.link)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             QFontMetricsF(fonts.small).elidedText(
                                 text, Qt.TextElideMode.ElideRight, line.width()))
        painter.restore()

    # --- the emotion curve ------------------------------------------------------------

    def emotion(self, y: float, height: float) -> None:
        painter, c, g, scene = self.painter, self.c, self.g, self.scene
        journey, drag = scene.journey, scene.drag_emotion
        accent = lane_color(LANE_EMOTION)
        # guides at -2, -1, 0, +1, +2
        for value in (-2, -1, 0, 1, 2):
            gy = emotion_y(y, value)
            pen = QPen(c.border if value == 0 else c.grid, 1,
                       Qt.PenStyle.SolidLine if value == 0 else Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(LANE_HEADER_W + 4, gy), QPointF(g.width - 4, gy))
        # negative half tinted
        zero = emotion_y(y, 0)
        painter.fillRect(QRectF(LANE_HEADER_W, zero, g.width - LANE_HEADER_W,
                                emotion_y(y, -2) - zero), c.tint(QColor("#D64545"), 0.035))
        points: list[QPointF] = []
        for index, stage in enumerate(journey.stages):
            value = journey.emotion(stage.id).value
            if drag is not None and drag[0] == stage.id:
                value = drag[1]
            x = g.stage_x[index] + g.column_w / 2
            if value is not None:
                points.append(QPointF(x, emotion_y(y, value)))
        if len(points) >= 2:
            self.curve(points, zero, accent)
        metrics = QFontMetricsF(self.fonts.small)
        for index, stage in enumerate(journey.stages):
            emotion = journey.emotion(stage.id)
            x = g.stage_x[index] + g.column_w / 2
            dragging = drag is not None and drag[0] == stage.id
            value = drag[1] if dragging else emotion.value
            hovered = scene.hover.kind == "emotion" and scene.hover.stage_id == stage.id
            # the evidence's proposal, when the researcher's value differs
            if emotion.observed is not None and (emotion.overridden or dragging):
                self.diamond(x, emotion_y(y, emotion.observed))
            note_rect = QRectF(x - g.column_w / 2 + 8, y + height - metrics.height() - 6,
                               g.column_w - 16, metrics.height())
            if value is None:
                painter.setPen(QPen(c.faint, 1.4, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x, zero), 7, 7)
                painter.setPen(c.secondary)
                painter.setFont(self.fonts.small)
                hint = translate("Journeys", "No evidence: click to set")
                painter.drawText(note_rect, int(Qt.AlignmentFlag.AlignCenter), hint)
                continue
            py = emotion_y(y, value)
            overridden = emotion.overridden or dragging
            radius = 7.5 if hovered or dragging else 6.5
            painter.setPen(QPen(accent, 2.2))
            painter.setBrush(accent if overridden else c.base)
            painter.drawEllipse(QPointF(x, py), radius, radius)
            painter.setFont(self.fonts.bold)
            painter.setPen(c.text)
            label_y = py - 26 if value > -1.0 else py + 10
            painter.drawText(QRectF(x + 10, label_y, 60, 18),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             format_emotion(value))
            painter.setFont(self.fonts.small)
            painter.setPen(c.secondary)
            if overridden:
                note = translate("Journeys", "set by you")
                if emotion.observed is not None:
                    note = translate("Journeys", "set by you · evidence {value} (n = {n})").format(
                        value=format_emotion(emotion.observed), n=count_text(emotion.observed_n))
            else:
                note = translate("Journeys", "from evidence (n = {n})").format(n=count_text(emotion.observed_n))
            painter.drawText(note_rect, int(Qt.AlignmentFlag.AlignCenter),
                             metrics.elidedText(note, Qt.TextElideMode.ElideRight, g.column_w - 16))
            if any(d.kind == "emotion_differs" for d in scene.disagreements.get(stage.id, [])):
                self.badge(QPointF(g.stage_x[index] + g.column_w - 16, y + 16))
        self.stage_measures(y, metrics)

    def stage_measures(self, y: float, metrics: QFontMetricsF) -> None:
        """The stage's survey measures, small, at the top of its emotion column."""
        painter, c, g, scene = self.painter, self.c, self.g, self.scene
        if not scene.measures:
            return
        painter.setFont(self.fonts.small)
        painter.setPen(c.secondary)
        for index, stage in enumerate(scene.journey.stages):
            lines = scene.measures.get(stage.id, [])[:2]
            for number, line in enumerate(lines):
                rect = QRectF(g.stage_x[index] + 8, y + 4 + number * metrics.height(),
                              g.column_w - 32, metrics.height())
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()))

    def curve(self, points: list[QPointF], zero: float, accent: QColor) -> None:
        """A smooth line through the stages' values, the area down to zero tinted."""
        painter = self.painter
        path = QPainterPath(points[0])
        for a, b in zip(points, points[1:], strict=False):
            mid = (b.x() - a.x()) / 2
            path.cubicTo(QPointF(a.x() + mid, a.y()), QPointF(b.x() - mid, b.y()), b)
        fill = QPainterPath(path)
        fill.lineTo(points[-1].x(), zero)
        fill.lineTo(points[0].x(), zero)
        fill.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.c.tint(accent, 0.12))
        painter.drawPath(fill)
        painter.setPen(QPen(accent, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def diamond(self, x: float, oy: float) -> None:
        """The evidence's value, left of the point the researcher set."""
        painter = self.painter
        painter.setPen(QPen(self.c.secondary, 1.4))
        painter.setBrush(self.c.base)
        diamond = QPainterPath()
        diamond.moveTo(x - 14, oy - 5)
        diamond.lineTo(x - 9, oy)
        diamond.lineTo(x - 14, oy + 5)
        diamond.lineTo(x - 19, oy)
        diamond.closeSubpath()
        painter.drawPath(diamond)

    # --- drag feedback ----------------------------------------------------------------

    def drop_marker(self) -> None:
        """The bar between the cards where a dragged card will land."""
        scene, g = self.scene, self.g
        lane_id, stage_id, position = scene.drop
        cell = g.cell_rect(lane_id, stage_id)
        if cell is None:
            return
        cards = cells_without(scene.journey, lane_id, stage_id, scene.drag_card)
        if position < len(cards):
            y = g.boxes[cards[position].id].rect.top() - CARD_GAP / 2
        elif cards:
            y = g.boxes[cards[-1].id].rect.bottom() + CARD_GAP / 2
        else:
            y = cell.top() + CELL_PAD / 2
        self.painter.setPen(QPen(self.c.highlight, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.painter.drawLine(QPointF(cell.left() + CELL_PAD, y), QPointF(cell.right() - CELL_PAD, y))

    def card_drag(self) -> None:
        """The dragged card under the pointer, with a shadow."""
        painter = self.painter
        box = self.g.boxes.get(self.scene.drag_card.id)
        if box is None:
            return
        rect = QRectF(box.rect)
        rect.moveTopLeft(self.scene.drag_pos - QPointF(20, 14))
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 40))
        painter.drawRoundedRect(rect.translated(3, 4), 6, 6)
        painter.restore()
        self.card(CardBox(box.card, rect, None), ghost=True)

    def header_drag(self, size: QSize, offset: QPointF) -> None:
        """The dragged header lifted under the pointer, and a bar where it will land."""
        painter, c, g = self.painter, self.c, self.g
        drag = self.scene.drag_header
        bottom = min(float(size.height()), g.height - offset.y())
        right = min(float(size.width()), g.width - offset.x())
        lifted = QColor(c.highlight)
        lifted.setAlpha(26)
        veil = QColor(c.canvas)
        veil.setAlpha(170)
        painter.save()
        if drag.kind == "stage":
            index = g.stage_index(drag.item_id)
            if index is None:
                painter.restore()
                return
            painter.setClipRect(QRectF(LANE_HEADER_W, 0, size.width(), size.height()))
            source = g.stage_rect(index).translated(-offset.x(), 0)
            painter.fillRect(QRectF(source.x(), STAGE_HEADER_H, source.width(), bottom - STAGE_HEADER_H),
                             lifted)
            painter.fillRect(source, veil)
            painter.setClipRect(QRectF(0, 0, size.width(), STAGE_HEADER_H))
            painter.translate(drag.pos.x() - drag.start.x() - offset.x(), 0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 45))
            painter.drawPath(self.chevron(index).translated(3, 4))
            self.stage(index, self.scene.journey.stages[index])
            painter.setPen(QPen(c.highlight, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.chevron(index))
            bar = None
            if drag.position is not None:
                x = LANE_HEADER_W + drag.gap * g.column_w - offset.x()
                x = max(LANE_HEADER_W + 2.0, min(x, right - 2.0))
                bar = (QPointF(x, 6), QPointF(x, bottom - 2), QPointF(x, STAGE_HEADER_H - 6))
        else:
            entry = next((e for e in g.lanes if e[0].id == drag.item_id), None)
            if entry is None:
                painter.restore()
                return
            lane, y, height = entry
            painter.setClipRect(QRectF(0, STAGE_HEADER_H, size.width(), size.height()))
            painter.fillRect(QRectF(LANE_HEADER_W, y - offset.y(), right - LANE_HEADER_W, height), lifted)
            painter.fillRect(QRectF(0, y - offset.y(), LANE_HEADER_W, height), veil)
            painter.translate(0, drag.pos.y() - drag.start.y() - offset.y())
            ghost = QRectF(0, y, LANE_HEADER_W, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 45))
            painter.drawRect(ghost.translated(3, 4))
            self.lane_header(lane, y, height)
            painter.setPen(QPen(c.highlight, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(ghost.adjusted(0.75, 0.75, -0.75, -0.75))
            bar = None
            if drag.position is not None:
                y_gap = g.lanes[drag.gap][1] if drag.gap < len(g.lanes) else g.height - 1
                y_gap = max(STAGE_HEADER_H + 2.0, min(y_gap - offset.y(), bottom - 2.0))
                bar = (QPointF(6, y_gap), QPointF(right - 2, y_gap), QPointF(LANE_HEADER_W - 6, y_gap))
        painter.restore()
        if bar is not None:  # on top of everything, the lifted header included
            a, b, arrow = bar
            painter.save()
            painter.setPen(QPen(c.highlight, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(a, b)
            self.marker_arrows(a, arrow)
            painter.restore()

    def marker_arrows(self, a: QPointF, b: QPointF) -> None:
        """Two small arrowheads at the ends of the insertion bar, pointing at it."""
        painter = self.painter
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.c.highlight)
        vertical = a.x() == b.x()
        for end, sign in ((a, 1.0), (b, -1.0)):
            path = QPainterPath()
            if vertical:  # a vertical bar: arrows point down from the top and up from the bottom
                path.moveTo(end.x() - 7, end.y() - sign * 2)
                path.lineTo(end.x() + 7, end.y() - sign * 2)
                path.lineTo(end.x(), end.y() + sign * 7)
            else:
                path.moveTo(end.x() - sign * 2, end.y() - 7)
                path.lineTo(end.x() - sign * 2, end.y() + 7)
                path.lineTo(end.x() + sign * 7, end.y())
            path.closeSubpath()
            painter.drawPath(path)
        painter.restore()
