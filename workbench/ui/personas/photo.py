"""A persona's photo: read from a file the researcher chose, kept small, shown round.

Only the researcher's own pictures are used (no stock photos are fetched):
the file is read once, turned upright, scaled down to at most
MAX_PHOTO_SIDE pixels and stored in the project as PNG.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPainterPath, QPen

from workbench.errors import WorkbenchError
from workbench.i18n import translate

#: Photos are stored at most this many pixels wide and high.
MAX_PHOTO_SIDE = 512
#: The file types offered (Qt reads both without extra plug-ins).
PHOTO_FORMATS = ("png", "jpg", "jpeg")


class PhotoError(WorkbenchError):
    """The chosen file cannot be used as a persona photo."""


def photo_filter() -> str:
    """The file dialog's filter: PNG and JPEG images."""
    patterns = " ".join(f"*.{ext}" for ext in PHOTO_FORMATS)
    return translate("PersonasArea", "Images (PNG, JPEG) ({patterns})").format(patterns=patterns)


def photo_png(path: str) -> bytes:
    """The picture at ``path`` as PNG bytes, upright and at most MAX_PHOTO_SIDE px a side."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # a phone's JPEG says which way is up in its EXIF data
    kind = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if kind not in PHOTO_FORMATS:
        raise PhotoError(translate(
            "PersonasArea", "{file} is not a PNG or JPEG picture. Choose a .png or .jpg file."
        ).format(file=path))
    image = reader.read()
    if image.isNull():
        raise PhotoError(translate(
            "PersonasArea", "The picture {file} could not be read ({reason}). Choose another "
            "PNG or JPEG file.").format(file=path, reason=reader.errorString()))
    return image_png(image)


def image_png(image: QImage) -> bytes:
    """``image`` scaled down to at most MAX_PHOTO_SIDE px a side, as PNG bytes."""
    if max(image.width(), image.height()) > MAX_PHOTO_SIDE:
        image = image.scaled(MAX_PHOTO_SIDE, MAX_PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def photo_image(data: bytes | None) -> QImage | None:
    """The stored photo as an image (None without one, or if it cannot be decoded)."""
    if not data:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


def centre_square(image: QImage) -> QRect:
    """The largest centred square of ``image`` (a portrait keeps the face, cut at the chin)."""
    side = min(image.width(), image.height())
    left = (image.width() - side) // 2
    # portraits: keep the top third of the slack above, where faces usually are
    top = (image.height() - side) // 3
    return QRect(left, top, side, side)


def avatar_image(image: QImage, side: int) -> QImage:
    """The centre square of ``image`` scaled to ``side`` device pixels, smoothly.

    Scaled once ahead of painting: QPainter's own smoothing, going from 512 to
    50 pixels, would look grainy.
    """
    square = image.copy(centre_square(image))
    return square.scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


def paint_round_photo(painter: QPainter, rect: QRectF, image: QImage, ring: QColor) -> None:
    """A square ``image`` cut to a circle filling ``rect``, with a thin ring in the persona's
    colour."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addEllipse(rect)
    painter.setClipPath(path)
    painter.drawImage(rect, image, QRectF(image.rect()))
    painter.setClipping(False)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(ring, 2))
    painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
    painter.restore()
