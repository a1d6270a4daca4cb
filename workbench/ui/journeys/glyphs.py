"""Channel icons painted with QPainter (no image files, crisp at any size, any theme)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from workbench.domain.journeys import channel_kind
from workbench.i18n import translate


def channel_label(kind: str | None) -> str:
    """The researcher's word for an icon channel."""
    return {
        "store": translate("Journeys", "Store"),
        "website": translate("Journeys", "Website"),
        "app": translate("Journeys", "App"),
        "email": translate("Journeys", "E-mail"),
        "chat": translate("Journeys", "Chat"),
        "chatbot": translate("Journeys", "Chatbot"),
        "call_centre": translate("Journeys", "Call centre"),
        "social": translate("Journeys", "Social"),
    }.get(kind or "", translate("Journeys", "Other channel"))


def paint_channel(painter: QPainter, rect: QRectF, channel: str | None, color: QColor,
                  background: QColor) -> None:
    """A round badge in ``color`` with the channel's glyph in ``background`` (a free-text channel
    is matched to its icon with :func:`channel_kind`)."""
    kind = channel if channel in _GLYPHS else channel_kind(channel or "")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(rect)
    side = rect.width()
    inner = QRectF(rect.x() + side * 0.24, rect.y() + side * 0.24, side * 0.52, side * 0.52)
    pen = QPen(background, max(1.2, side / 13.0))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _GLYPHS.get(kind, _other)(painter, inner, background)
    painter.restore()


def _store(p: QPainter, r: QRectF, bg: QColor) -> None:
    p.drawRect(QRectF(r.x() + r.width() * 0.1, r.y() + r.height() * 0.42, r.width() * 0.8,
                      r.height() * 0.58))
    roof = QPainterPath(QPointF(r.x(), r.y() + r.height() * 0.42))
    roof.lineTo(r.x() + r.width() * 0.15, r.y() + r.height() * 0.08)
    roof.lineTo(r.right() - r.width() * 0.15, r.y() + r.height() * 0.08)
    roof.lineTo(r.right(), r.y() + r.height() * 0.42)
    p.drawPath(roof)
    p.drawLine(QPointF(r.center().x(), r.bottom()), QPointF(r.center().x(), r.y() + r.height() * 0.68))


def _website(p: QPainter, r: QRectF, bg: QColor) -> None:
    p.drawEllipse(r)
    p.drawEllipse(QRectF(r.center().x() - r.width() * 0.22, r.y(), r.width() * 0.44, r.height()))
    p.drawLine(QPointF(r.x(), r.center().y()), QPointF(r.right(), r.center().y()))


def _app(p: QPainter, r: QRectF, bg: QColor) -> None:
    body = QRectF(r.center().x() - r.width() * 0.3, r.y(), r.width() * 0.6, r.height())
    p.drawRoundedRect(body, r.width() * 0.1, r.width() * 0.1)
    p.drawLine(QPointF(body.center().x() - r.width() * 0.08, body.bottom() - r.height() * 0.16),
               QPointF(body.center().x() + r.width() * 0.08, body.bottom() - r.height() * 0.16))


def _email(p: QPainter, r: QRectF, bg: QColor) -> None:
    env = QRectF(r.x(), r.y() + r.height() * 0.15, r.width(), r.height() * 0.7)
    p.drawRect(env)
    flap = QPainterPath(env.topLeft())
    flap.lineTo(env.center().x(), env.y() + env.height() * 0.55)
    flap.lineTo(env.topRight())
    p.drawPath(flap)


def _bubble(r: QRectF) -> QPainterPath:
    path = QPainterPath()
    box = QRectF(r.x(), r.y() + r.height() * 0.05, r.width(), r.height() * 0.7)
    path.addRoundedRect(box, r.width() * 0.18, r.width() * 0.18)
    tail = QPainterPath(QPointF(box.x() + box.width() * 0.22, box.bottom() - 0.5))
    tail.lineTo(box.x() + box.width() * 0.12, r.bottom())
    tail.lineTo(box.x() + box.width() * 0.48, box.bottom() - 0.5)
    return path.united(tail)


def _chat(p: QPainter, r: QRectF, bg: QColor) -> None:
    p.drawPath(_bubble(r))


def _chatbot(p: QPainter, r: QRectF, bg: QColor) -> None:
    head = QRectF(r.x() + r.width() * 0.08, r.y() + r.height() * 0.28, r.width() * 0.84,
                  r.height() * 0.66)
    p.drawRoundedRect(head, r.width() * 0.15, r.width() * 0.15)
    p.drawLine(QPointF(head.center().x(), head.y()), QPointF(head.center().x(), r.y() + 1))
    p.save()
    p.setBrush(bg)
    eye = r.width() * 0.09
    for x in (0.33, 0.67):
        p.drawEllipse(QPointF(head.x() + head.width() * x, head.center().y()), eye, eye)
    p.restore()


def _call_centre(p: QPainter, r: QRectF, bg: QColor) -> None:
    arc = QRectF(r.x() + r.width() * 0.08, r.y(), r.width() * 0.84, r.height() * 0.9)
    p.drawArc(arc, 0, 180 * 16)
    p.save()
    p.setBrush(bg)
    ear = r.width() * 0.2
    p.drawRoundedRect(QRectF(arc.x() - ear * 0.35, r.center().y() - ear * 0.2, ear, ear * 1.5), 2, 2)
    p.drawRoundedRect(QRectF(arc.right() - ear * 0.65, r.center().y() - ear * 0.2, ear, ear * 1.5),
                      2, 2)
    p.restore()
    mic = QPainterPath(QPointF(arc.right() - ear * 0.15, r.center().y() + ear * 1.3))
    mic.quadTo(arc.right() - ear * 0.2, r.bottom(), r.center().x(), r.bottom())
    p.drawPath(mic)


def _social(p: QPainter, r: QRectF, bg: QColor) -> None:
    nodes = [QPointF(r.x() + r.width() * 0.18, r.center().y()),
             QPointF(r.right() - r.width() * 0.15, r.y() + r.height() * 0.15),
             QPointF(r.right() - r.width() * 0.15, r.bottom() - r.height() * 0.15)]
    p.drawLine(nodes[0], nodes[1])
    p.drawLine(nodes[0], nodes[2])
    p.save()
    p.setBrush(bg)
    for node in nodes:
        p.drawEllipse(node, r.width() * 0.13, r.width() * 0.13)
    p.restore()


def _other(p: QPainter, r: QRectF, bg: QColor) -> None:
    p.save()
    p.setBrush(bg)
    for i in range(3):
        angle = math.pi / 2 + i * 2 * math.pi / 3
        p.drawEllipse(QPointF(r.center().x() + math.cos(angle) * r.width() * 0.0 + (i - 1)
                              * r.width() * 0.33, r.center().y()), r.width() * 0.08,
                      r.width() * 0.08)
    p.restore()


_GLYPHS = {
    "store": _store, "website": _website, "app": _app, "email": _email, "chat": _chat,
    "chatbot": _chatbot, "call_centre": _call_centre, "social": _social,
}
