"""Icons drawn for the workbench (resources/icons/*.svg).

Line icons use ``currentColor``: they are tinted with the palette's text
colour when loaded, so they stay visible in light and dark mode alike.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from workbench.paths import resources_dir

_SIZES = (16, 20, 24, 32, 40, 48, 64)


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def app_icon() -> QIcon:
    """The application icon (window, task bar, About box)."""
    return _full_colour_icon(str(icon_path("app")))


@cache
def _full_colour_icon(path: str) -> QIcon:
    return _render(Path(path).read_bytes())


def tinted_icon(name: str, color: QColor) -> QIcon:
    """A line icon drawn in ``color`` (usually the palette's text colour)."""
    return _tinted(name, color.name())


@cache
def _tinted(name: str, color: str) -> QIcon:
    try:
        svg = icon_path(name).read_text("utf-8")
    except OSError:
        return QIcon()  # a missing icon must never stop the window from opening
    return _render(svg.replace("currentColor", color).encode("utf-8"))


def _render(data: bytes) -> QIcon:
    renderer = QSvgRenderer(QByteArray(data))
    icon = QIcon()
    if not renderer.isValid():
        return icon
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
