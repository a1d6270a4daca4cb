"""The Evidence area's style sheet, derived from the palette like the window's own."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def _mix(a: QColor | str, b: QColor | str, amount: float) -> str:
    a, b = QColor(a), QColor(b)
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount)).name()


def evidence_style(palette: QPalette) -> str:
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    on_highlight = palette.color(QPalette.ColorRole.HighlightedText)
    secondary = _mix(text, window, 0.42)
    border = _mix(base, text, 0.14)
    canvas = _mix(base, window, 0.55)
    selected = _mix(base, highlight, 0.22)
    return f"""
QLabel#Secondary {{ color: {secondary}; }}
QLabel#PanelTitle {{ color: {text.name()}; }}
QFrame#DocumentsPanel, QFrame#CodeBookPanel {{ background: {window.name()}; }}
QFrame#DocumentsPanel {{ border-right: 1px solid {border}; }}
QFrame#CodeBookPanel {{ border-left: 1px solid {border}; }}
QTableView#DocumentList, QTreeWidget#CodeBook {{
    border: 1px solid {border}; border-radius: 8px; background: {base.name()};
    selection-background-color: {selected}; selection-color: {text.name()};
}}
QTableView#DocumentList::item, QTreeWidget#CodeBook::item {{ padding: 3px 4px; }}
QFrame#ReaderHeader {{ background: {base.name()}; border-bottom: 1px solid {border}; }}
QPlainTextEdit#DocumentReader {{ border: none; background: {base.name()}; }}
QFrame#ReaderFooter {{ background: {canvas}; border-top: 1px solid {border}; }}
QPushButton#PrimaryAction {{
    background: {highlight.name()}; color: {on_highlight.name()}; border: 1px solid {highlight.name()};
    border-radius: 5px; padding: 5px 12px; font-weight: 600;
}}
QPushButton#PrimaryAction:disabled {{ background: {_mix(base, highlight, 0.35)}; border-color: transparent; }}
QWidget#ThemeCanvas {{ background: transparent; }}
QFrame#ThemeCard {{ background: {base.name()}; border: 1px solid {border}; border-radius: 10px; }}
QFrame#ThemeCard QLabel {{ background: transparent; }}
QTabWidget#EvidenceTabs::pane {{ border: none; border-top: 1px solid {border}; }}
QTabWidget#EvidenceTabs QTabBar::tab {{ padding: 7px 14px; }}
"""


def speaker_colours(palette: QPalette) -> dict[str, QColor]:
    """Colours of speaker labels by role ("interviewer", "respondent") and of interviewers' words
    ("muted"), readable on the palette's base (light or dark)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = base.lightness() < 128
    return {
        "interviewer": QColor("#8FB4F0" if dark else "#2F5FA7"),  # blue: the one asking
        "respondent": QColor("#E8A86A" if dark else "#A34E12"),  # warm: the one answering
        "muted": QColor(_mix(text, base, 0.38)),
    }
