"""Survey measures on the persona cards: once a set's cards are shown, each persona's NPS,
CSAT, CES and ratings are read in the background and written under the Outcomes block.

Each line reads "NPS +12" with its 95% interval and n; below 30 answers the
n is marked "small n" (shown, never hidden).
"""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbench.domain.voc import MeasureRow, Voice
from workbench.i18n import translate
from workbench.ui.personas.card_parts import caption
from workbench.ui.worker import Worker

log = logging.getLogger("workbench.ui.personas")

#: Colour of the "small n" mark (as the Outcomes block's caution).
CAUTION_COLOR = "#A35F00"


class MeasuresBlock(QWidget):
    """The "Measures" caption and one line per measure of one persona."""

    def __init__(self, rows: list[MeasureRow], parent: QWidget | None = None) -> None:
        from workbench.ui.voc import wording

        super().__init__(parent)
        self.setObjectName("MeasuresBlock")
        self.rows = rows
        self.lines: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        heading = caption(translate("PersonasArea", "Measures"))
        heading.setToolTip(translate(
            "PersonasArea", "Survey scores of this persona's members (NPS, CSAT, CES, ratings) "
            "with their 95% interval and the number of answers."))
        layout.addWidget(heading)
        for row in rows:
            result = row.result
            text = (f"<b>{escape(wording.kind_name(row.spec.kind))} "
                    f"{escape(wording.figure(row.spec.kind, result.value))}</b>")
            span = wording.interval(result)
            details = [translate("PersonasArea", "95%: {interval}").format(interval=span)] \
                if span else []
            details.append(translate("PersonasArea", "n = {n}").format(n=wording.count(result.n)))
            text += " · " + escape(" · ".join(details))
            if result.small:
                text += (f" · <span style='color:{CAUTION_COLOR}'>"
                         f"{escape(wording.small_mark())}</span>")
            if row.voice is Voice.FRONTLINE:
                text += " · " + escape(wording.voice_name(Voice.FRONTLINE))
            label = QLabel(text)
            label.setObjectName("MeasureLine")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            tip = [row.measure]
            if result.small:
                tip.append(wording.small_tooltip())
            label.setToolTip("\n".join(tip))
            layout.addWidget(label)
            self.lines.append(label)

    def texts(self) -> list[str]:
        """The lines as plain text (for tests and accessibility)."""
        from PySide6.QtGui import QTextDocument

        found = []
        for label in self.lines:
            document = QTextDocument()
            document.setHtml(label.text())
            found.append(document.toPlainText())
        return found


def set_measures(card, rows: list[MeasureRow] | None) -> None:
    """Show ``rows`` on one card (none: the block is removed)."""
    old = getattr(card, "measures_block", None)
    if old is not None:
        card.measures_slot.removeWidget(old)
        old.deleteLater()
        card.measures_block = None
    if rows:
        block = MeasuresBlock(rows)
        card.measures_slot.addWidget(block)
        card.measures_block = block


def attach_measures(area) -> None:
    """Write the personas' measures on the cards of every set ``area`` shows."""
    area.measures_worker = None
    area.set_shown.connect(lambda set_id: show_measures(area, set_id))


def show_measures(area, set_id: int) -> Worker | None:
    from workbench.ui.voc import background

    project = area.project
    if project is None:
        return None
    previous = getattr(area, "measures_worker", None)
    if previous is not None and previous.is_running:
        previous.cancel()
    worker = Worker(background.persona_measures, project, set_id,
                    title=translate("PersonasArea", "Reading the personas' measures"),
                    owner=area)
    worker.finished.connect(lambda measures: _fill(area, project, set_id, measures))
    worker.failed.connect(lambda message, _details: log.info("No measures on the cards: %s",
                                                             message))
    area.measures_worker = worker
    return worker.start()


def _fill(area, project, set_id: int, measures: dict[int, list[MeasureRow]]) -> None:
    if project is not area.project or area.set_view.set_id != set_id:
        return  # another set (or project) is shown by now
    for card in area.set_view.grid.cards:
        set_measures(card, measures.get(card.persona.id))
