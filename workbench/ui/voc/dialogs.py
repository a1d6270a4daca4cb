"""The small dialog that asks where a driver goes as a pain point: which journey map, which stage."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from workbench.i18n import translate


class PainPointDialog(QDialog):
    """Choose a journey map and one of its stages."""

    def __init__(self, driver_label: str, maps: list[tuple[int, str, list[tuple[int, str]]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Voc", "Add to journey as pain point"))
        self.maps = maps
        intro = QLabel(translate("Voc", "“{driver}” becomes a pain point card on the chosen "
                                 "stage, linked to its first example quote. Edit ▸ Undo "
                                 "removes it.").format(driver=driver_label))
        intro.setWordWrap(True)
        self.journey_box = QComboBox()
        self.journey_box.setObjectName("PainPointJourney")
        for journey_id, name, _stages in maps:
            self.journey_box.addItem(name, journey_id)
        self.stage_box = QComboBox()
        self.stage_box.setObjectName("PainPointStage")
        self.journey_box.currentIndexChanged.connect(self._fill_stages)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Voc", "Add pain point"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(intro)
        layout.addRow(translate("Voc", "Journey map:"), self.journey_box)
        layout.addRow(translate("Voc", "Stage:"), self.stage_box)
        layout.addRow(self.buttons)
        self.setMinimumWidth(420)
        self._fill_stages()

    def _fill_stages(self, *_args) -> None:
        self.stage_box.clear()
        index = self.journey_box.currentIndex()
        if 0 <= index < len(self.maps):
            for stage_id, name in self.maps[index][2]:
                self.stage_box.addItem(name, stage_id)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.stage_box.count() > 0)

    def choice(self) -> tuple[int, int] | None:
        """(journey id, stage id), None without a stage."""
        journey_id, stage_id = self.journey_box.currentData(), self.stage_box.currentData()
        if journey_id is None or stage_id is None:
            return None
        return journey_id, stage_id
