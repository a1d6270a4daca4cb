"""The Outcomes block of a persona card: churn, response, satisfaction... measured per persona.

Each line compares the persona's members with everyone else ("Churn 42% vs 15% ·
risk ratio 2.8 · n = 1,854") with both 95% intervals under it. A significant
difference stands out (bold, in the persona's colour); one that could be chance
or rests on few members is grey and says so. Outcomes are measured, never
clustered on, so they are the card's most honest claims about what the persona does.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.personas.card_parts import ClickableRow

#: Colour of the caution under a line resting on few members.
CAUTION_COLOR = "#A35F00"


def outcome_as_effect(outcome: dict) -> dict:
    """An outcome line as a card line (AttributeEffect.to_dict), so clicking it lists the
    customers behind it like any other line: the members with the event (a rate) or with a
    value (a mean)."""
    rate = outcome.get("kind") == "rate"
    n = int(outcome.get("n") or 0)
    size = abs(float(outcome.get("effect") or 0.0))
    magnitude = ("large" if size >= 0.8 else "medium" if size >= 0.5 else "small" if size >= 0.2
                 else "negligible")
    return {
        "persona": outcome.get("persona", 0), "attribute": outcome.get("outcome", ""),
        "kind": "categorical" if rate else "numeric", "effect": outcome.get("effect") or 0.0,
        "magnitude": magnitude,
        "member_count": round(n * float(outcome.get("persona_value") or 0.0)) if rate else n,
        "used_in_clustering": False,
        "persona_mean": None if rate else outcome.get("persona_value"),
        "rest_mean": None if rate else outcome.get("rest_value"),
        "level": str(outcome.get("event")) if rate else None,
        "persona_share": outcome.get("persona_value") if rate else None,
        "rest_share": outcome.get("rest_value") if rate else None,
    }


class OutcomeLine(ClickableRow):
    """"Churn 42% vs 15%" and "risk ratio 2.8 · n = 1,854", the 95% intervals below."""

    def __init__(self, outcome: dict, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self.significant = bool(outcome.get("significant"))
        self.small = wording.small_outcome(outcome)
        strong = self.significant and not self.small
        comparison = escape(wording.outcome_comparison(outcome))
        if strong:
            comparison = f"<b>{comparison}</b>"
        self.values_label = QLabel(f"<b>{escape(wording.outcome_subject(outcome))}</b> "
                                   f"{comparison}")
        self.values_label.setTextFormat(Qt.TextFormat.RichText)
        self.values_label.setWordWrap(True)
        self.figures_label = QLabel(wording.outcome_figures(outcome))
        self.figures_label.setObjectName("" if strong else "Secondary")
        self.figures_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.intervals_label = QLabel(wording.outcome_intervals(outcome))
        self.intervals_label.setObjectName("Secondary")
        self.intervals_label.setWordWrap(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(1)
        layout.addWidget(self.values_label, 0, 0)
        layout.addWidget(self.figures_label, 0, 1)
        layout.addWidget(self.intervals_label, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.caution_label = QLabel(wording.outcome_caution(outcome))
        self.caution_label.setWordWrap(True)
        if self.caution_label.text():
            self.caution_label.setStyleSheet(
                f"color: {CAUTION_COLOR};" if self.small else "")
            self.caution_label.setObjectName("" if self.small else "Secondary")
            layout.addWidget(self.caution_label, 2, 0, 1, 2)
        # A significant line is marked by a bar in the persona's colour; the others by a grey one.
        edge = color.name() if strong else "palette(mid)"
        self.setStyleSheet(f"OutcomeLine {{ border-left: 3px solid {edge}; }}")
        self.setToolTip(wording.outcome_tooltip(outcome) + " " + translate(
            "PersonasArea", "Click to list the customers behind this line."))
        self.setAccessibleName(self.text())

    def text(self) -> str:
        """The line as plain text: "Churn 42% vs 15% · risk ratio 2.8 · n = 1,854"."""
        return wording.outcome_line(self.outcome)


class OutcomesBlock(QWidget):
    """The card's outcomes, largest effect first."""

    clicked = Signal(dict)  # the outcome as a card line (see outcome_as_effect)

    def __init__(self, outcomes: list[dict], color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.lines: list[OutcomeLine] = []
        for outcome in wording.outcomes_by_effect(outcomes):
            line = OutcomeLine(outcome, color)
            line.clicked.connect(lambda o=outcome: self.clicked.emit(outcome_as_effect(o)))
            layout.addWidget(line)
            self.lines.append(line)
