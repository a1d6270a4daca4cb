"""Weak structure, said plainly: a banner over a persona set whose run found no number of
personas better than structureless data, with the attribute subsets that do show clearer
structure and a one-click rerun on each."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench.domain.persona_sets import StoredPersonaSet
from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.style import scale_font

#: Attribute subsets offered for a rerun on a weak-structure set.
SHOWN_SUBSETS = 3


def weak_structure(stored: StoredPersonaSet) -> bool:
    """The set's run found no k better than structureless data (StoredPersonaSet)."""
    from workbench.domain.personas import RULE_WEAK_STRUCTURE

    return bool(stored.result.get("weak_structure")) or \
        (stored.suggestion or {}).get("rule") == RULE_WEAK_STRUCTURE


class WeakStructureBanner(QFrame):
    """Says plainly that the personas split a continuum, and offers the attribute subsets
    that show clearer structure, each with a one-click rerun."""

    rerun_requested = Signal(list, int)  # features, number of personas

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WeakStructureBanner")
        self.title = QLabel(wording.weak_structure_title())
        self.title.setWordWrap(True)
        scale_font(self.title, 1.1, QFont.Weight.DemiBold)
        self.explanation = QLabel(translate(
            "PersonasArea", "No number of personas separated these customers better than data "
            "without any groups would. The personas below cut a range into parts: read them as "
            "segments along a scale, not as distinct kinds of customer."))
        self.explanation.setWordWrap(True)
        self.subsets_box = QVBoxLayout()
        self.subsets_box.setSpacing(6)
        self.rerun_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(self.subsets_box)

    def show_set(self, stored: StoredPersonaSet) -> None:
        weak = weak_structure(stored)
        self.setVisible(weak)
        while self.subsets_box.count():
            item = self.subsets_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                _clear(item.layout())
        self.rerun_buttons = []
        if not weak:
            return
        from workbench.domain.personas import SubsetSuggestion

        subsets = [SubsetSuggestion.from_dict(s) for s in
                   (stored.suggestion or {}).get("subsets") or stored.result.get("subsets") or []]
        clear = [s for s in subsets if s.structured and s.features][:SHOWN_SUBSETS]
        if not clear:
            note = QLabel(translate("PersonasArea", "No subset of the attributes showed clearer "
                                    "structure either: the customers vary along a continuum."))
            note.setObjectName("Secondary")
            note.setWordWrap(True)
            self.subsets_box.addWidget(note)
            return
        intro = QLabel(translate("PersonasArea", "These attributes on their own show clearer "
                                 "structure:"))
        intro.setWordWrap(True)
        self.subsets_box.addWidget(intro)
        for subset in clear:
            row = QHBoxLayout()
            row.setSpacing(12)
            text = QLabel(translate(
                "PersonasArea", "<b>{label}</b>: {features} · {k} personas, silhouette gain "
                "{gain}, stability {stability}").format(
                label=escape(subset.label), features=escape(", ".join(subset.features)),
                k=subset.k, gain=wording.fixed(subset.gain), stability=wording.fixed(
                    subset.stability)))
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            button = QPushButton(translate("PersonasArea", "Rerun on these attributes"))
            button.setToolTip(translate(
                "PersonasArea", "Open a new persona set with only these attributes to cluster on "
                "and {k} personas; every other attribute still describes the cards.").format(
                k=subset.k))
            button.clicked.connect(lambda _checked=False, s=subset: self.rerun_requested.emit(
                list(s.features), int(s.k)))
            self.rerun_buttons.append(button)
            row.addWidget(text, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.subsets_box.addLayout(row)


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())
