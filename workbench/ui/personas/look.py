"""The Personas area's style sheet, derived from the palette like the window's own."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from workbench.ui.personas.visuals import mix


def _mix(a: QColor | str, b: QColor | str, amount: float) -> str:
    return mix(QColor(a), QColor(b), amount).name()


def personas_style(palette: QPalette) -> str:
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    secondary = _mix(text, window, 0.38)
    border = _mix(base, text, 0.14)
    canvas = _mix(base, window, 0.55)
    hover = _mix(base, highlight, 0.10)
    warning_bg = _mix(base, "#F2B233", 0.18)
    return f"""
QLabel#Secondary {{ color: {secondary}; }}
QLabel#CardCaption {{ color: {secondary}; }}
QLabel#Warning {{
    background: {warning_bg};
    border: 1px solid {_mix(base, "#F2B233", 0.55)};
    border-radius: 6px;
    padding: 6px 10px;
}}
QFrame#PersonaCard QLabel#DraftNote {{
    color: {text.name()};
    background: {warning_bg};
    border-radius: 4px;
    padding: 1px 6px;
}}
QFrame#WeakStructureBanner {{
    background: {warning_bg};
    border: 1px solid {_mix(base, "#F2B233", 0.55)};
    border-radius: 10px;
}}
QFrame#WeakStructureBanner QLabel {{ background: transparent; }}
#PersonaSetCanvas {{ background: {canvas}; }}
QScrollArea#PersonaSetScroll {{ background: {canvas}; border: none; }}
QFrame#PersonaCard, QFrame#SetHeader, QFrame#UnassignedSection, QFrame#MapSection {{
    background: {base.name()};
    border: 1px solid {border};
    border-radius: 10px;
}}
QFrame#PersonaCard QLabel, QFrame#SetHeader QLabel, QFrame#UnassignedSection QLabel,
QFrame#MapSection QLabel {{
    background: transparent;
}}
QFrame#SetHeader QLabel#Warning, QFrame#MapSection QLabel#Warning {{ background: {warning_bg}; }}
QFrame#ClickableRow {{ border: none; border-radius: 6px; background: transparent; }}
QFrame#ClickableRow:hover {{ background: {hover}; }}
QFrame#ClickableRow:focus {{ background: {hover}; border: 1px solid {highlight.name()}; }}
QPushButton#LinkButton {{
    border: none; color: {palette.color(QPalette.ColorRole.Link).name()};
    padding: 2px 8px; text-align: left;
}}
QPushButton#LinkButton:hover {{ text-decoration: underline; }}
QListView#PersonaSetList {{
    border: 1px solid {border};
    border-radius: 8px;
    background: {base.name()};
    padding: 4px;
}}
QFrame#SetsPanel {{ background: {window.name()}; border-right: 1px solid {border}; }}
"""
