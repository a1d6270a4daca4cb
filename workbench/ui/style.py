"""The look: Fusion, the system's light or dark palette, and a small style sheet.

Colours in the style sheet are derived from the current palette (never a
fixed white), and the sheet is rebuilt when the palette changes, so light and
dark mode both stay readable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: Amber badge: readable on light and dark backgrounds alike.
BADGE_BACKGROUND = "#F2B233"
BADGE_TEXT = "#2B1D00"
#: Application property: True while apply_style set a palette the platform did not give.
_FORCED_PALETTE = "workbenchForcedPalette"


def apply_style(app: QApplication, theme: str = "system") -> None:
    """Fusion style; ``theme`` is "system", "light" or "dark" (Settings.theme).

    Safe to call again while running (Preferences): going back to "system"
    drops a palette set earlier and follows the platform again.
    """
    app.setStyle("Fusion")
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme)
    hints = QGuiApplication.styleHints()
    if scheme is not None and hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    elif scheme is None and hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()
    if app.property(_FORCED_PALETTE):
        app.setPalette(QPalette())  # back to the platform's palette before deciding again
        app.setProperty(_FORCED_PALETTE, False)
    if theme == "dark" and app.palette().color(QPalette.ColorRole.Window).lightness() > 128:
        app.setPalette(dark_palette())  # the platform ignored the request: set it ourselves
        app.setProperty(_FORCED_PALETTE, True)
    elif theme == "light" and app.palette().color(QPalette.ColorRole.Window).lightness() < 128:
        app.setPalette(app.style().standardPalette())
        app.setProperty(_FORCED_PALETTE, True)
    refresh_style_sheet(app)


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def refresh_style_sheet(app: QApplication) -> None:
    app.setStyleSheet(style_sheet(app.palette()))


def _mix(a: QColor | str, b: QColor | str, amount: float) -> str:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``, as #rrggbb."""
    a, b = QColor(a), QColor(b)
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    ).name()


def style_sheet(palette: QPalette) -> str:
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    button = palette.color(QPalette.ColorRole.Button)
    secondary = _mix(text, window, 0.38)
    border = _mix(window, text, 0.18)
    hover_border = _mix(border, highlight, 0.7)
    selected = _mix(window, highlight, 0.22)
    primary_hover = _mix(highlight, text, 0.12)
    return f"""
QLabel#Secondary, QLabel#BigButtonHint {{ color: {secondary}; }}

#WelcomePage, #AreaPages, #EmptyStatePage {{ background: {base.name()}; }}
#WelcomeColumn {{ background: transparent; }}

QPushButton#BigButton, QPushButton#PrimaryButton {{
    border: 1px solid {border};
    border-radius: 10px;
    background: {button.name()};
    text-align: left;
}}
QPushButton#BigButton:hover {{ border-color: {hover_border}; }}
QPushButton#BigButton:focus {{ border: 2px solid {highlight.name()}; }}
QPushButton#BigButton:pressed {{ background: {selected}; }}
QPushButton#PrimaryButton {{ background: {highlight.name()}; border-color: {highlight.name()}; }}
QPushButton#PrimaryButton:hover {{ background: {primary_hover}; }}
QPushButton#PrimaryButton:focus {{ border: 2px solid {_mix(highlight, text, 0.45)}; }}
QPushButton#PrimaryButton QLabel {{
    color: {palette.color(QPalette.ColorRole.HighlightedText).name()};
}}

QListWidget#RecentProjects {{
    border: 1px solid {border};
    border-radius: 8px;
    padding: 4px;
    background: {base.name()};
}}
QListWidget#RecentProjects::item {{ padding: 8px 10px; border-radius: 6px; }}
QListWidget#RecentProjects::item:selected {{ background: {selected}; color: {text.name()}; }}

#ProjectHeader {{ background: {window.name()}; }}
QFrame#Divider {{ color: {border}; background: {border}; max-height: 1px; border: none; }}
QLabel#ReadOnlyBadge {{
    background: {BADGE_BACKGROUND};
    color: {BADGE_TEXT};
    border: 1px solid {BADGE_BACKGROUND};
    border-radius: 9px;
    padding: 2px 10px;
    font-weight: 600;
}}

QListWidget#AreaNavigation {{
    background: {window.name()};
    border-right: 1px solid {border};
    padding: 10px 8px;
    outline: 0;
}}
QListWidget#AreaNavigation::item {{ padding: 4px 10px; border-radius: 6px; color: {text.name()}; }}
QListWidget#AreaNavigation::item:hover {{ background: {_mix(window, highlight, 0.10)}; }}
QListWidget#AreaNavigation::item:selected {{ background: {selected}; color: {text.name()}; }}

QStatusBar QLabel {{ padding: 0 4px; }}

QMessageBox QLabel#qt_msgbox_label {{ min-width: 460px; }}  /* room for file paths */
"""


def dark_palette() -> QPalette:
    """A dark Fusion palette, for platforms that cannot switch the scheme themselves."""
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e8e8ea",
        QPalette.ColorRole.Base: "#1f2023",
        QPalette.ColorRole.AlternateBase: "#26282c",
        QPalette.ColorRole.ToolTipBase: "#2b2d31",
        QPalette.ColorRole.ToolTipText: "#e8e8ea",
        QPalette.ColorRole.PlaceholderText: "#8b8d93",
        QPalette.ColorRole.Text: "#e8e8ea",
        QPalette.ColorRole.Button: "#33363b",
        QPalette.ColorRole.ButtonText: "#e8e8ea",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#7aa7ff",
        QPalette.ColorRole.Highlight: "#4a72d9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Light: "#45484e",
        QPalette.ColorRole.Midlight: "#3a3d42",
        QPalette.ColorRole.Mid: "#2f3136",
        QPalette.ColorRole.Dark: "#1a1b1e",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    disabled = QColor("#7a7c82")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def scale_font(widget: QWidget, factor: float, weight: QFont.Weight | None = None) -> None:
    """Make a widget's font ``factor`` times the normal size (so it follows the user's size)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if weight is not None:
        font.setWeight(weight)
    widget.setFont(font)


def palette_key(widget: QWidget) -> tuple[str, ...]:
    """The colours a palette-built style sheet depends on, to tell a real theme change."""
    palette = widget.palette()
    return tuple(palette.color(role).name() for role in (
        QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Text,
        QPalette.ColorRole.Highlight))


def theme_changed(widget: QWidget, event: QEvent, style_key: tuple[str, ...] | None) -> bool:
    """Whether ``event`` brings light <-> dark colours the widget's style sheet was not built for.

    A widget with a style sheet is sent PaletteChange, not ApplicationPaletteChange; comparing
    with the key its sheet was built from keeps setting the new sheet from looping.
    """
    return (event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
            and palette_key(widget) != style_key)
