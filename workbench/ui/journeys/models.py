"""The list of journey maps: name over persona · template · stages · cards."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from workbench.domain.journeys import JourneySummary
from workbench.i18n import translate
from workbench.ui.personas.models import ID_ROLE, SUBTITLE_ROLE

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def template_name(key: str) -> str:
    if key == "problem":
        return translate("Journeys", "problem to solution")
    if key == "classic":
        return translate("Journeys", "classic")
    return translate("Journeys", "own template")


def subtitle(summary: JourneySummary) -> str:
    persona = summary.persona_name or translate("Journeys", "persona deleted")
    return translate("Journeys", "{persona} · {template} · {stages} stages · {cards} cards").format(
        persona=persona, template=template_name(summary.template), stages=summary.stage_count,
        cards=summary.card_count)


class JourneyListModel(QAbstractListModel):
    """The project's journey maps, oldest first (as the service lists them)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._maps: list[JourneySummary] = []

    def set_maps(self, maps: list[JourneySummary]) -> None:
        self.beginResetModel()
        self._maps = list(maps)
        self.endResetModel()

    def summary(self, row: int) -> JourneySummary:
        return self._maps[row]

    def summaries(self) -> list[JourneySummary]:
        return list(self._maps)

    def row_of(self, journey_id: int) -> int:
        return next((row for row, s in enumerate(self._maps) if s.id == journey_id), -1)

    def ids(self) -> list[int]:
        return [s.id for s in self._maps]

    def rowCount(self, parent: Index = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self._maps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # Qt override
        if not index.isValid():
            return None
        summary = self._maps[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return summary.name
        if role == ID_ROLE:
            return summary.id
        if role == SUBTITLE_ROLE:
            return subtitle(summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.name}\n{subtitle(summary)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.name}, {subtitle(summary)}"
        return None
