"""The code counts heat map takes the window's colours, and follows a light <-> dark switch."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from workbench.services import evidence as service
from workbench.ui.style import apply_style

SCREENSHOT = "/tmp/evidence_dark.png"


@pytest.fixture
def themed_app(window, evidence_area, qtbot):
    """The application, its theme put back to the platform's after the test."""
    # Areas replaced while the window was built are deleted later; let that happen before a
    # theme change (some areas restyle on a timer that does not survive their deletion).
    qtbot.wait(50)
    app = QApplication.instance()
    yield app
    apply_style(app, "system")


def _hex(color) -> str:
    from matplotlib.colors import to_hex

    return to_hex(color)


def _close(a: QColor, b: QColor, tolerance: int = 3) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def show_heat_map(window, area, path, qtbot):
    assert window.open_project(path)
    window.project_view.show_area("evidence")
    assert area.new_code(name="Frustration")
    code_id = next(c.id for c in area.codes.values() if c.name == "Frustration")
    column = service.survey_columns(window.project)[0].column_id
    for row in service.survey_grid(window.project, column).rows[:2]:
        service.apply_codes(window.project, row.document_id, 0, len(row.text), [code_id])
    area.evidence_changed(None, True)
    area.tabs.setCurrentWidget(area.counts_page)
    page = area.counts_page
    qtbot.waitUntil(lambda: page.canvas is not None and page.frame is not None
                    and int(page.frame.to_numpy().sum()) == 2, timeout=30000)
    return page


def assert_follows(page, qtbot) -> None:
    """Figure, axes, ticks and colour bar in the page's colours; the canvas paints them."""
    palette = page.palette()
    window = palette.color(QPalette.ColorRole.Window)
    ink = palette.color(QPalette.ColorRole.WindowText).name()
    figure = page.canvas.figure
    assert _hex(figure.get_facecolor()) == window.name()
    heat, bar = figure.axes[0], figure.axes[1]
    assert _hex(heat.get_facecolor()) == window.name()
    labels = heat.get_xticklabels() + heat.get_yticklabels() + bar.get_yticklabels()
    assert labels and {_hex(label.get_color()) for label in labels} == {ink}
    # the numbers in the cells read on their cell: light text on dark cells and the reverse
    image = heat.images[0]
    for text in heat.texts:
        column, row = (round(v) for v in text.get_position())
        cell = QColor.fromRgbF(*image.to_rgba(image.get_array()[row, column])[:3])
        number = QColor(_hex(text.get_color()))
        assert abs(cell.lightness() - number.lightness()) > 90, (cell.name(), number.name())
    page.canvas.draw()
    qtbot.waitUntil(lambda: page.canvas.width() > 50 and page.canvas.height() > 50)
    shot = page.canvas.grab().toImage()
    margins = ((2, 2), (2, shot.height() - 3), (shot.width() // 2, 2))  # the figure's background
    for x, y in margins:
        assert _close(shot.pixelColor(x, y), window), (x, y, shot.pixelColor(x, y).name(), window.name())

    # and so it looks in the window, once the canvas has settled in its layout
    top_window = page.window()

    def window_shows_it() -> bool:
        picture = top_window.grab().toImage()
        corner = page.canvas.mapTo(top_window, page.canvas.rect().topLeft())
        return all(_close(picture.pixelColor(corner.x() + x, corner.y() + y), window) for x, y in margins)

    qtbot.waitUntil(window_shows_it, timeout=5000)


def test_heat_map_follows_the_dark_theme_and_back(window, evidence_area, survey_project, qtbot,
                                                  themed_app):
    apply_style(themed_app, "light")
    page = show_heat_map(window, evidence_area, survey_project, qtbot)
    assert page.palette().color(QPalette.ColorRole.Window).lightness() > 128
    assert_follows(page, qtbot)
    light_canvas = page.canvas

    apply_style(themed_app, "dark")  # while the heat map is shown
    assert page.palette().color(QPalette.ColorRole.Window).lightness() < 128
    qtbot.waitUntil(lambda: page.canvas is not light_canvas, timeout=10000)
    assert_follows(page, qtbot)
    evidence_area.window().grab().save(SCREENSHOT)
    dark_canvas = page.canvas

    apply_style(themed_app, "light")
    qtbot.waitUntil(lambda: page.canvas is not dark_canvas, timeout=10000)
    assert page.palette().color(QPalette.ColorRole.Window).lightness() > 128
    assert_follows(page, qtbot)


def test_heat_map_drawn_while_dark_starts_dark(window, evidence_area, survey_project, qtbot, themed_app):
    apply_style(themed_app, "dark")
    page = show_heat_map(window, evidence_area, survey_project, qtbot)
    assert page.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert_follows(page, qtbot)
    # "share of each column" redraws in the same colours
    canvas = page.canvas
    page.share.setChecked(True)
    assert page.canvas is not canvas
    assert_follows(page, qtbot)


def test_exported_heat_map_keeps_the_printable_light_look(survey_project, themed_app):
    """Only the screen copy follows the theme: the export function still draws on white."""
    import pandas as pd

    from workbench.export import palette
    from workbench.export.evidence_charts import code_heatmap

    apply_style(themed_app, "dark")
    table = pd.DataFrame([[3, 0], [1, 2]], index=["A", "B"], columns=["x", "y"])
    figure = code_heatmap(table)
    assert _hex(figure.get_facecolor()).upper() == palette.WHITE
