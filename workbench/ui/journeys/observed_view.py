"""What the persona's members really did, beside the designed map.

Painted in one widget: who is seen at each stage and who drops out, the
channels per stage, the most common channel-to-channel transitions as a flow
(bands as wide as their counts), where members stall or repeat contacts, and
where the designed map and the data disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen, QPicture
from PySide6.QtWidgets import QSizePolicy, QWidget

from workbench.domain.journeys import Disagreement, JourneyMap, ObservedJourney
from workbench.i18n import translate
from workbench.ui.journeys.glyphs import paint_channel
from workbench.ui.journeys.look import BADGE, Colors, series_color
from workbench.ui.numbers import count_text

PAD = 16
#: Transitions drawn in the flow.
FLOW_TRANSITIONS = 8


def hours_text(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 48:
        return translate("Journeys", "{n:.1f} days").format(n=value / 24.0)
    return translate("Journeys", "{n:.1f} h").format(n=value)


class ObservedJourneyView(QWidget):
    """The observed journey of one map (nothing to show without touchpoint events)."""

    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ObservedJourneyView")
        self.journey: JourneyMap | None = None
        self.disagreements: list[Disagreement] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(translate("Journeys", "Observed journey"))
        self.channel_colors: dict[str, QColor] = {}

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(400, self.minimumHeight() or 600)

    def set_journey(self, journey: JourneyMap | None, disagreements: list[Disagreement]) -> None:
        self.journey, self.disagreements = journey, list(disagreements)
        self.channel_colors = {}
        observed = journey.observed if journey else None
        if observed is not None:
            totals: dict[str, int] = {}
            for stage in observed.stages:
                for channel, n in stage.channels.items():
                    totals[channel] = totals.get(channel, 0) + n
            for i, channel in enumerate(sorted(totals, key=lambda c: -totals[c])):
                self.channel_colors[channel] = series_color(i)
        self._measure()
        self.update()

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._measure()

    def _measure(self) -> None:
        picture = QPicture()
        painter = QPainter(picture)
        height = self._draw(painter)
        painter.end()
        if abs(self.minimumHeight() - height) > 1:
            self.setMinimumHeight(int(height))

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw(painter)

    # --- drawing ----------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        title = QFont(bold)
        title.setPointSizeF(base.pointSizeF() * 1.12)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.86)
        return title, bold, small

    def _draw(self, p: QPainter) -> float:
        c = Colors(self.palette())
        width = self.width() - 2 * PAD
        title, bold, small = self._fonts()
        base = QFont(self.font())
        y = float(PAD)
        journey = self.journey
        observed = journey.observed if journey else None

        def text(rect: QRectF, value: str, font: QFont, color: QColor,
                 flags=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) -> None:
            p.setFont(font)
            p.setPen(color)
            p.drawText(rect, int(flags), value)

        def wrapped(y: float, value: str, font: QFont, color: QColor, indent: float = 0.0) -> float:
            metrics = QFontMetricsF(font)
            rect = metrics.boundingRect(QRectF(0, 0, width - indent, 10000),
                                        int(Qt.TextFlag.TextWordWrap), value)
            p.setFont(font)
            p.setPen(color)
            p.drawText(QRectF(PAD + indent, y, width - indent, rect.height() + 2),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), value)
            return rect.height() + 2

        def heading(y: float, value: str) -> float:
            y += 10
            text(QRectF(PAD, y, width, 22), value, bold, c.text)
            return y + 24

        y += wrapped(y, translate("Journeys", "Observed journey"), title, c.text)
        y += 2
        if observed is None or observed.members_with_events == 0:
            y += 6
            y += wrapped(y, translate(
                "Journeys", "No touchpoint events of this persona's members. Import an event log "
                "(customer, time, channel, action or stage) in the Data area, then refresh."),
                base, c.secondary)
            return y + PAD
        summary = translate("Journeys", "{with_events} of {members} members have touchpoints · "
                            "{events} events").format(
            with_events=count_text(observed.members_with_events), members=count_text(observed.members),
            events=count_text(observed.events))
        y += wrapped(y, summary, small, c.secondary)
        if observed.unstaged_events:
            y += wrapped(y, translate("Journeys", "{n} events could not be placed in a stage.").format(
                n=count_text(observed.unstaged_events)), small, c.secondary)
        y = self._stages(p, c, y, width, observed, bold, base, small, heading, text)
        y = self._channels(p, c, y, width, observed, base, small, heading, text)
        y = self._flow(p, c, y, width, observed, small, heading, text)
        y = self._friction(p, c, y, width, observed, base, small, heading, text, wrapped)
        if self.disagreements:
            y = heading(y, translate("Journeys", "Where the map and the data disagree"))
            names = {s.id: s.name for s in journey.stages}
            for item in self.disagreements:
                p.setPen(QPen(BADGE.darker(130), 1))
                p.setBrush(BADGE)
                p.drawEllipse(QPointF(PAD + 7, y + 9), 6, 6)
                y += wrapped(y, f"{names.get(item.stage_id, '')}: {item.message}", base, c.text, 20)
                y += 6
        return y + PAD

    def _stages(self, p, c, y, width, observed: ObservedJourney, bold, base, small, heading, text):
        y = heading(y, translate("Journeys", "Members seen at each stage"))
        label_w = min(150.0, width * 0.42)
        bar_w = width - label_w - 70
        metrics = QFontMetricsF(base)
        for stage in observed.stages:
            text(QRectF(PAD, y, label_w - 8, 20),
                 metrics.elidedText(stage.stage, Qt.TextElideMode.ElideRight, label_w - 8), base, c.text)
            track = QRectF(PAD + label_w, y + 5, bar_w, 10)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(c.grid)
            p.drawRoundedRect(track, 5, 5)
            p.setBrush(c.highlight)
            p.drawRoundedRect(QRectF(track.x(), track.y(), max(4.0, bar_w * stage.share), 10), 5, 5)
            text(QRectF(track.right() + 6, y, 64, 20), f"{stage.share:.0%}", small, c.secondary)
            y += 20
            if stage.dropped_out:
                text(QRectF(PAD + label_w, y - 2, bar_w + 64, 16), translate(
                    "Journeys", "↘ {n} drop out here ({share:.0%})").format(
                    n=count_text(stage.dropped_out), share=stage.dropout_share), small, QColor("#C0392B"))
                y += 16
            y += 4
        return y

    def _channels(self, p, c, y, width, observed: ObservedJourney, base, small, heading, text):
        y = heading(y, translate("Journeys", "Channels per stage"))
        label_w = min(150.0, width * 0.42)
        bar_w = width - label_w
        metrics = QFontMetricsF(base)
        for stage in observed.stages:
            text(QRectF(PAD, y, label_w - 8, 20),
                 metrics.elidedText(stage.stage, Qt.TextElideMode.ElideRight, label_w - 8), base, c.text)
            x = PAD + label_w
            p.save()
            clip = QPainterPath()
            clip.addRoundedRect(QRectF(x, y + 3, bar_w, 14), 4, 4)
            p.setClipPath(clip)
            for channel, share in stage.channel_shares.items():
                p.fillRect(QRectF(x, y + 3, bar_w * share + 0.5, 14),
                           self.channel_colors.get(channel, c.faint))
                x += bar_w * share
            p.restore()
            y += 24
        # legend
        x = float(PAD)
        small_metrics = QFontMetricsF(small)
        for channel, color in self.channel_colors.items():
            item_w = 22 + small_metrics.horizontalAdvance(channel) + 14
            if x + item_w > PAD + width and x > PAD:
                x, y = float(PAD), y + 24
            paint_channel(p, QRectF(x, y + 1, 18, 18), channel, color, c.base)
            text(QRectF(x + 22, y, item_w, 20), channel, small, c.secondary)
            x += item_w
        return y + 26

    def _flow(self, p, c, y, width, observed: ObservedJourney, small, heading, text):
        transitions = [t for t in observed.transitions if t.source != t.target][:FLOW_TRANSITIONS]
        if not transitions:
            return y
        y = heading(y, translate("Journeys", "From channel to channel"))
        sources: dict[str, int] = {}
        targets: dict[str, int] = {}
        for t in transitions:
            sources[t.source] = sources.get(t.source, 0) + t.count
            targets[t.target] = targets.get(t.target, 0) + t.count
        total = sum(t.count for t in transitions)
        gap = 8.0
        height = max(140.0, 26.0 * max(len(sources), len(targets)))
        scale_s = (height - gap * (len(sources) - 1)) / total
        scale_t = (height - gap * (len(targets) - 1)) / total
        node_w = 10.0
        label_w = min(92.0, width * 0.25)
        left = PAD + label_w
        right = PAD + width - label_w - node_w

        def place(nodes: dict[str, int], scale: float) -> dict[str, list[float]]:
            out, top = {}, y
            for name, count in sorted(nodes.items(), key=lambda kv: -kv[1]):
                out[name] = [top, top + count * scale, top]  # top, bottom, next band start
                top += count * scale + gap
            return out

        src, dst = place(sources, scale_s), place(targets, scale_t)
        for t in sorted(transitions, key=lambda t: -t.count):
            s, d = src[t.source], dst[t.target]
            hs, hd = t.count * scale_s, t.count * scale_t
            path = QPainterPath(QPointF(left + node_w, s[2]))
            mid = (right - left - node_w) / 2
            path.cubicTo(QPointF(left + node_w + mid, s[2]), QPointF(right - mid, d[2]),
                         QPointF(right, d[2]))
            path.lineTo(right, d[2] + hd)
            path.cubicTo(QPointF(right - mid, d[2] + hd), QPointF(left + node_w + mid, s[2] + hs),
                         QPointF(left + node_w, s[2] + hs))
            path.closeSubpath()
            color = QColor(self.channel_colors.get(t.source, c.faint))
            color.setAlphaF(0.38)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawPath(path)
            s[2] += hs
            d[2] += hd
        for nodes, x, align in ((src, left, Qt.AlignmentFlag.AlignRight),
                                (dst, right, Qt.AlignmentFlag.AlignLeft)):
            for name, (top, bottom, _) in nodes.items():
                p.fillRect(QRectF(x, top, node_w, max(2.0, bottom - top)),
                           self.channel_colors.get(name, c.faint))
                label = QRectF(x - label_w - 4 if align == Qt.AlignmentFlag.AlignRight else
                               x + node_w + 4, (top + bottom) / 2 - 9, label_w, 18)
                count = sources.get(name, 0) if nodes is src else targets.get(name, 0)
                text(label, f"{name} {count_text(count)}", small, c.text, align | Qt.AlignmentFlag.AlignVCenter)
        y += height + 6
        caption = translate("Journeys", "The {n} most common changes of channel between a "
                            "member's steps.").format(n=count_text(len(transitions)))
        bounds = QFontMetricsF(small).boundingRect(QRectF(0, 0, width, 1000),
                                                   int(Qt.TextFlag.TextWordWrap), caption)
        p.setFont(small)
        p.setPen(c.secondary)
        p.drawText(QRectF(PAD, y, width, bounds.height() + 2),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), caption)
        return y + bounds.height() + 6

    def _friction(self, p, c, y, width, observed: ObservedJourney, base, small, heading, text,
                  wrapped):
        y = heading(y, translate("Journeys", "Stalls, repeats and bad experiences"))
        label_w = min(150.0, width * 0.42)
        metrics = QFontMetricsF(base)
        for stage in observed.stages:
            text(QRectF(PAD, y, label_w - 8, 20),
                 metrics.elidedText(stage.stage, Qt.TextElideMode.ElideRight, label_w - 8), base,
                 c.text)
            parts = [translate("Journeys", "median wait {time}").format(
                time=hours_text(stage.median_gap_hours))]
            if stage.repeat_members:
                parts.append(translate("Journeys", "{n} repeat").format(n=count_text(stage.repeat_members)))
            if stage.negative_events:
                parts.append(translate("Journeys", "{share:.0%} negative").format(
                    share=stage.negative_share))
            flagged = any(f.stage == stage.stage for f in observed.friction)
            text(QRectF(PAD + label_w, y, width - label_w, 20),
                 metrics.elidedText(" · ".join(parts), Qt.TextElideMode.ElideRight, width - label_w),
                 small, QColor("#C0392B") if flagged else c.secondary)
            y += 22
        return y
