"""Small painted pieces of a persona card: colours, avatar or photo, share and effect bars.

Painted with QPainter so a card costs no plotting library; colours follow the
palette (light and dark) except each persona's own colour, which stays the
same everywhere it appears (cards, list, comparison).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from workbench.ui.personas.photo import avatar_image, paint_round_photo, photo_image

# One colour per persona, distinguishable on light and dark backgrounds
# (Tableau 10, the classic qualitative palette).
PERSONA_COLORS = ("#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1",
                  "#76B7B2", "#EDC948", "#FF9DA7", "#9C755F", "#8CD17D")
# Effects are drawn up to this many standard deviations either way.
EFFECT_SCALE = 3.0


def persona_color(position: int) -> QColor:
    return QColor(PERSONA_COLORS[position % len(PERSONA_COLORS)])


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))


def track_color(widget: QWidget) -> QColor:
    palette = widget.palette()
    return mix(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.10)


class Avatar(QWidget):
    """The persona's photo cut round, or a generated initials avatar in its colour.

    No stock photos: without a photo of the researcher's choosing, the initials show.
    """

    def __init__(self, initials: str, color: QColor, size: int = 44,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.initials, self.color = initials, color
        self.image = None  # QImage of the photo, when there is one
        self._scaled = None  # the photo at the size last painted
        self.setFixedSize(size, size)

    @property
    def has_photo(self) -> bool:
        return self.image is not None

    def set_initials(self, initials: str) -> None:
        self.initials = initials
        self.update()

    def set_photo(self, data: bytes | None) -> None:
        """Show the photo stored as ``data`` (PNG/JPEG bytes); None shows the initials."""
        self.image = photo_image(data)
        self._scaled = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.image is not None:
            side = round(self.width() * self.devicePixelRatioF())
            if self._scaled is None or self._scaled.width() != side:
                self._scaled = avatar_image(self.image, side)
            paint_round_photo(painter, QRectF(self.rect()), self._scaled, self.color)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        painter.drawEllipse(self.rect().adjusted(1, 1, -1, -1))
        font = QFont(self.font())
        font.setPixelSize(round(self.height() * 0.38))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.initials)


class ShareBar(QWidget):
    """A thin bar: ``value`` (0..1) filled in ``color``, with an optional marker for
    the same share among everyone else."""

    def __init__(self, value: float, color: QColor, marker: float | None = None,
                 height: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value, self.color, self.marker = value, color, marker
        self.setFixedHeight(height + (4 if marker is not None else 0))
        self._bar = height
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(120, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = (self.height() - self._bar) / 2
        full = QRectF(0, top, self.width(), self._bar)
        radius = self._bar / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track_color(self))
        painter.drawRoundedRect(full, radius, radius)
        filled = QRectF(full)
        filled.setWidth(max(0.0, min(1.0, self.value)) * full.width())
        if filled.width() > 0:
            painter.setBrush(self.color)
            painter.drawRoundedRect(filled, radius, radius)
        if self.marker is not None:
            x = max(1.0, min(1.0, self.marker) * full.width())
            pen_color = self.palette().color(QPalette.ColorRole.Text)
            painter.setPen(pen_color)
            painter.drawLine(round(x), 0, round(x), self.height())


class EffectBar(QWidget):
    """A diverging bar: the effect size drawn from the centre (0) towards ±3."""

    def __init__(self, effect: float, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.effect, self.color = effect, color
        self.setFixedHeight(8)
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(100, 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        centre = width / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track_color(self))
        painter.drawRoundedRect(QRectF(0, 1, width, height - 2), 3, 3)
        share = max(-1.0, min(1.0, self.effect / EFFECT_SCALE))
        length = abs(share) * centre
        left = centre if share >= 0 else centre - length
        color = QColor(self.color)
        if self.effect < 0:
            color.setAlphaF(0.55)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(left, 0, length, height), 3, 3)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(round(centre), 0, round(centre), height)
