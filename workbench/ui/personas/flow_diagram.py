"""The flow diagram of a persona set's drift: who went from which persona to which.

Personas of the earlier run on the left (with "New" customers and those fitting
none), personas of the later run on the right (with those fitting none and the
customers "Gone"); one band per flow, as wide as the customers it carries, in
the personas' card colours. Painted with QPainter; pointing at a band says
"12 customers: Store regulars → Web shoppers".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from workbench.domain.living import FLOW_GONE, FLOW_NEW, FLOW_NONE, DriftReport, Flow
from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.personas.visuals import mix, persona_color


def side_name(key: str, names: list[str], before: bool) -> str:
    """A flow side in words: a persona's name, "New", "Fits none" or "Gone"."""
    if key == FLOW_NEW:
        return translate("Living", "New")
    if key == FLOW_GONE:
        return translate("Living", "Gone")
    if key == FLOW_NONE:
        return translate("Living", "Fits none")
    try:
        position = int(key)
    except ValueError:
        return key
    if 0 <= position < len(names):
        return names[position]
    return translate("Living", "Persona {n}").format(n=position + 1)


def side_explanation(key: str) -> str:
    return {
        FLOW_NEW: translate("Living", "Customers not in the earlier run (imported since)."),
        FLOW_GONE: translate("Living", "Customers in the earlier run that are no longer in the "
                             "project, or no longer placed."),
        FLOW_NONE: translate("Living", "Customers placed but fitting no persona well."),
    }.get(key, "")


def flow_text(flow: Flow, names: list[str]) -> str:
    """"12 customers: Store regulars → Web shoppers"."""
    return translate("Living", "{n} customers: {source} \u2192 {target}").format(
        n=wording.count(flow.customers), source=side_name(flow.source, names, True),
        target=side_name(flow.target, names, False))





@dataclass
class _Node:
    key: str
    name: str
    customers: int
    rect: QRectF
    color: QColor


@dataclass
class _Band:
    flow: Flow
    path: QPainterPath
    color: QColor


class FlowDiagram(QWidget):
    """Personas before on the left, after on the right; a band per flow of customers."""

    BAR = 12
    GAP = 10
    TOP = 30
    BOTTOM = 8
    ROW = 30  # height wanted per node

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FlowDiagram")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.report: DriftReport | None = None
        self.captions = ("", "")
        self.left: list[_Node] = []
        self.right: list[_Node] = []
        self.bands: list[_Band] = []
        self.hovered: int | None = None
        self._laid_out_for: tuple[int, int] | None = None
        self.setAccessibleName(translate("Living", "Flow of customers between personas"))

    def show_report(self, report: DriftReport | None, captions: tuple[str, str] = ("", "")
                    ) -> None:
        """Draw ``report``'s flows; ``captions`` name the earlier and the later run."""
        self.report = report
        self.captions = captions
        self.hovered = None
        self._laid_out_for = None
        nodes = 1
        if report is not None:
            sources = {f.source for f in report.flows if f.customers > 0}
            targets = {f.target for f in report.flows if f.customers > 0}
            nodes = max(len(sources), len(targets), 1)
        self.setFixedHeight(self.TOP + self.BOTTOM + nodes * self.ROW + 20)
        self.update()

    # --- layout

    @staticmethod
    def _order(key: str) -> tuple[int, int]:
        if key in (FLOW_NEW, FLOW_GONE):
            return (2, 0)
        if key == FLOW_NONE:
            return (1, 0)
        try:
            return (0, int(key))
        except ValueError:
            return (3, 0)

    def _color(self, key: str) -> QColor:
        if key in (FLOW_NEW, FLOW_GONE, FLOW_NONE):
            palette = self.palette()
            return mix(palette.color(QPalette.ColorRole.Base),
                       palette.color(QPalette.ColorRole.Text), 0.45)
        try:
            return persona_color(int(key))
        except ValueError:
            return QColor("#888888")

    def _label_width(self, metrics: QFontMetrics, nodes: list[tuple[str, int]], before: bool
                     ) -> int:
        names = self.report.persona_names if self.report else []
        widest = max((metrics.horizontalAdvance(self._node_label(k, n, names, before))
                      for k, n in nodes), default=0)
        return min(widest + 12, int(self.width() * 0.38))

    @staticmethod
    def _node_label(key: str, customers: int, names: list[str], before: bool) -> str:
        return f"{side_name(key, names, before)}  {wording.count(customers)}"

    def _layout(self) -> None:
        size = (self.width(), self.height())
        if self._laid_out_for == size:
            return
        self._laid_out_for = size
        self.left, self.right, self.bands = [], [], []
        report = self.report
        if report is None:
            return
        flows = [f for f in report.flows if f.customers > 0]
        if not flows:
            return
        names = report.persona_names
        totals_left: dict[str, int] = {}
        totals_right: dict[str, int] = {}
        for flow in flows:
            totals_left[flow.source] = totals_left.get(flow.source, 0) + flow.customers
            totals_right[flow.target] = totals_right.get(flow.target, 0) + flow.customers
        left_keys = sorted(totals_left, key=self._order)
        right_keys = sorted(totals_right, key=self._order)
        metrics = QFontMetrics(self.font())
        left_labels = self._label_width(metrics, [(k, totals_left[k]) for k in left_keys], True)
        right_labels = self._label_width(metrics, [(k, totals_right[k]) for k in right_keys],
                                         False)
        x_left = float(left_labels)
        x_right = float(self.width() - right_labels - self.BAR)
        height = self.height() - self.TOP - self.BOTTOM
        line = float(metrics.height() + 2)  # a node never takes less room than its label

        def fitting_scale(keys: list[str], totals: dict[str, int]) -> float:
            small: set[str] = set()
            scale = 0.0
            for _ in range(len(keys) + 1):  # small nodes take a label's room; the rest shares
                room = height - self.GAP * (len(keys) - 1) - line * len(small)
                rest = sum(totals[k] for k in keys if k not in small)
                scale = max(room, 1.0) / rest if rest else 0.0
                now_small = {k for k in keys if totals[k] * scale < line}
                if now_small <= small:
                    break
                small |= now_small
            return scale

        scale = min(fitting_scale(left_keys, totals_left), fitting_scale(right_keys, totals_right))

        def column(keys: list[str], totals: dict[str, int], x: float, before: bool) -> list[_Node]:
            y = float(self.TOP)
            nodes = []
            for key in keys:
                h = max(totals[key] * scale, 2.0)
                nodes.append(_Node(key, side_name(key, names, before), totals[key],
                                   QRectF(x, y, self.BAR, h), self._color(key)))
                y += max(h, line) + self.GAP
            return nodes

        self.left = column(left_keys, totals_left, x_left, True)
        self.right = column(right_keys, totals_right, x_right, False)
        left_at = {n.key: n for n in self.left}
        right_at = {n.key: n for n in self.right}
        # Each node is cut into its flows in the other column's order, so bands do not cross
        # more than they must.
        out_next = {n.key: n.rect.top() for n in self.left}
        in_next = {n.key: n.rect.top() for n in self.right}
        ordered = sorted(flows, key=lambda f: (self._order(f.source), self._order(f.target)))
        by_target = sorted(flows, key=lambda f: (self._order(f.target), self._order(f.source)))
        starts: dict[int, tuple[float, float]] = {}
        for flow in ordered:
            node = left_at[flow.source]
            h = node.rect.height() * flow.customers / node.customers
            starts[id(flow)] = (out_next[flow.source], h)
            out_next[flow.source] += h
        ends: dict[int, tuple[float, float]] = {}
        for flow in by_target:
            node = right_at[flow.target]
            h = node.rect.height() * flow.customers / node.customers
            ends[id(flow)] = (in_next[flow.target], h)
            in_next[flow.target] += h
        x0, x1 = x_left + self.BAR, x_right
        middle = (x0 + x1) / 2
        for flow in ordered:
            y0, h0 = starts[id(flow)]
            y1, h1 = ends[id(flow)]
            path = QPainterPath(QPointF(x0, y0))
            path.cubicTo(QPointF(middle, y0), QPointF(middle, y1), QPointF(x1, y1))
            path.lineTo(QPointF(x1, y1 + h1))
            path.cubicTo(QPointF(middle, y1 + h1), QPointF(middle, y0 + h0),
                         QPointF(x0, y0 + h0))
            path.closeSubpath()
            key = flow.source if flow.source not in (FLOW_NEW, FLOW_NONE) else flow.target
            self.bands.append(_Band(flow, path, self._color(key)))

    # --- looking up what is under the pointer

    def band_of(self, source: str, target: str) -> _Band | None:
        """The band drawn for the flow from ``source`` to ``target`` (None: not drawn)."""
        self._layout()
        return next((b for b in self.bands if (b.flow.source, b.flow.target) == (source, target)),
                    None)

    def band_at(self, point: QPointF) -> int | None:
        self._layout()
        for index in range(len(self.bands) - 1, -1, -1):
            if self.bands[index].path.contains(point):
                return index
        return None

    def node_at(self, point: QPointF) -> tuple[_Node, bool] | None:
        self._layout()
        for nodes, before in ((self.left, True), (self.right, False)):
            for node in nodes:
                if node.rect.adjusted(-2, -1, 2, 1).contains(point):
                    return node, before
        return None

    def tooltip_at(self, point: QPointF) -> str:
        """What hovering ``point`` says ("" over nothing)."""
        if self.report is None:
            return ""
        found = self.node_at(point)
        if found is not None:
            node, before = found
            name = side_name(node.key, self.report.persona_names, before)
            text = (translate("Living", "{name}: {n} customers before") if before else
                    translate("Living", "{name}: {n} customers after")).format(
                name=name, n=wording.count(node.customers))
            explanation = side_explanation(node.key)
            return f"{text}\n{explanation}" if explanation else text
        band = self.band_at(point)
        if band is None:
            return ""
        return flow_text(self.bands[band].flow, self.report.persona_names)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        point = event.position()
        band = self.band_at(point)
        if band != self.hovered:
            self.hovered = band
            self.update()
        text = self.tooltip_at(point)
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # Qt override
        if self.hovered is not None:
            self.hovered = None
            self.update()
        super().leaveEvent(event)

    def resizeEvent(self, event) -> None:  # Qt override
        self._laid_out_for = None
        super().resizeEvent(event)

    # --- painting

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        secondary = mix(text, palette.color(QPalette.ColorRole.Base), 0.4)
        if self.report is not None and self.left:
            painter.setPen(secondary)
            caption = QFont(self.font())
            caption.setWeight(QFont.Weight.DemiBold)
            painter.setFont(caption)
            top = QRectF(0, 0, self.width(), self.TOP - 8)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             self.captions[0])
            painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             self.captions[1])
            painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        painter.setPen(Qt.PenStyle.NoPen)
        for index, band in enumerate(self.bands):
            color = QColor(band.color)
            color.setAlphaF(0.75 if index == self.hovered else 0.38)
            painter.setBrush(color)
            painter.drawPath(band.path)
        for nodes, before in ((self.left, True), (self.right, False)):
            for node in nodes:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(node.color)
                painter.drawRoundedRect(node.rect, 2, 2)
                painter.setPen(text)
                if before:
                    box = QRectF(0, node.rect.top(), node.rect.left() - 6,
                                 max(node.rect.height(), 16))
                    align = Qt.AlignmentFlag.AlignRight
                else:
                    box = QRectF(node.rect.right() + 6, node.rect.top(),
                                 self.width() - node.rect.right() - 6,
                                 max(node.rect.height(), 16))
                    align = Qt.AlignmentFlag.AlignLeft
                box.moveCenter(QPointF(box.center().x(), node.rect.center().y()))
                # the name gives way, never the count
                count = "  " + wording.count(node.customers)
                room = max(int(box.width()) - metrics.horizontalAdvance(count), 0)
                label = metrics.elidedText(node.name, Qt.TextElideMode.ElideRight, room) + count
                painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, label)
        painter.end()
