"""The Voices section: whose voice each source is (customers or front-line staff), changeable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from workbench.domain.voc import Voice
from workbench.i18n import translate
from workbench.ui.voc import wording
from workbench.ui.voc.background import SourceVoice
from workbench.ui.voc.models import secondary


class VoicesPanel(QWidget):
    """One line per source: its name and a Customers / Front line choice."""

    #: source id, source name, the chosen voice
    voice_chosen = Signal(int, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VoicesPanel")
        self.combos: dict[int, QComboBox] = {}
        intro = secondary(translate(
            "Voc", "Front-line staff (support agents, sales, shop assistants) hear customers "
            "every day. Mark their feedback as front-line voice: it is then reported beside the "
            "customers' own voice, never mixed into it. One document can be marked on its own "
            "in the Evidence area (right-click it in the documents list)."))
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setColumnStretch(2, 1)  # names and choices side by side, the rest empty
        self.grid.setHorizontalSpacing(24)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.grid_holder)
        self.empty_label = secondary(translate("Voc", "No sources yet: import a survey export or "
                                               "a feedback file in the Data area."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)

    def set_sources(self, sources: list[SourceVoice], writable: bool) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos.clear()
        self.grid.addWidget(_heading(translate("Voc", "Source")), 0, 0)
        self.grid.addWidget(_heading(translate("Voc", "Whose voice")), 0, 1)
        for row, source in enumerate(sources, start=1):
            name = QLabel(source.name)
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            combo = QComboBox()
            combo.setObjectName(f"SourceVoice{source.source_id}")
            combo.setAccessibleName(translate("Voc", "Voice of {source}").format(
                source=source.name))
            for voice in (Voice.CUSTOMER, Voice.FRONTLINE):
                combo.addItem(wording.voice_name(voice), voice)
            combo.setCurrentIndex(combo.findData(source.voice))
            combo.setEnabled(writable)
            combo.activated.connect(lambda _i, s=source, c=combo: self._chosen(s, c))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.combos[source.source_id] = combo
        self.grid.setRowStretch(len(sources) + 1, 1)
        self.empty_label.setVisible(not sources)
        self.scroll.setVisible(bool(sources))

    def _chosen(self, source: SourceVoice, combo: QComboBox) -> None:
        voice = combo.currentData()
        if voice != source.voice:
            self.voice_chosen.emit(source.source_id, source.name, voice)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("CardCaption")
    return label
