"""What the map's pain points cost: churn among the members who hit each one against those
who did not, and the value at stake, costliest first, coloured by the risk ratio.

Shown above the observed journey; read in the background from the retention
service whenever a map is shown. Hidden when churn cannot be measured.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from workbench.i18n import translate
from workbench.ui.numbers import count_text
from workbench.ui.personas.card_parts import caption
from workbench.ui.retention.models import ITEM_ROLE, FrictionModel, money, ratio_color, ratio_text
from workbench.ui.worker import Worker

log = logging.getLogger("workbench.ui.journeys")


class CompactFrictionModel(FrictionModel):
    """Friction, risk ratio, value at stake: what fits beside the map."""

    def make_columns(self):
        columns = super().make_columns()
        return [columns[0], columns[4], columns[5]]

    def extra_data(self, item, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "Journeys", "{label}: {with_churned} of {with_n} who hit it churned, "
                "{without_churned} of {without_n} who did not; risk ratio {ratio}; value at stake "
                "{value}. Click to list the members behind it.").format(
                label=item.label, with_churned=count_text(item.with_churned),
                with_n=count_text(item.with_n), without_churned=count_text(item.without_churned),
                without_n=count_text(item.without_n),
                ratio=ratio_text(item.ratio, item.ratio_low, item.ratio_high),
                value=money(item.value_at_stake))
        if role == Qt.ItemDataRole.BackgroundRole:
            color = ratio_color(item.ratio, item.ratio_low, item.ratio_high)
            if color is not None:
                color = type(color)(color)
                color.setAlphaF(0.16)
                return color
        return None


class FrictionCostPanel(QWidget):
    """The pain points of one map ranked by what they cost."""

    #: A pain point (map card id) was clicked: list its members.
    card_activated = Signal(int)
    loaded = Signal(int)  # number of rows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FrictionCostPanel")
        self.worker: Worker | None = None
        self._journey_id: int | None = None
        title = caption(translate("Journeys", "What the pain points cost"))
        title.setToolTip(translate(
            "Journeys", "Churn among the members who hit each pain point or friction point "
            "against those who did not (risk ratio, 95% interval) and the value at stake. Red: "
            "surely more churn."))
        self.note = QLabel()
        self.note.setObjectName("Secondary")
        self.note.setWordWrap(True)
        self.model = CompactFrictionModel(self)
        self.table = QTableView()
        self.table.setObjectName("JourneyFrictionCosts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 4)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        self.hide()

    def set_journey(self, project, journey) -> Worker | None:
        """Measure the costs of ``journey``'s friction in the background (None: clear)."""
        from workbench.ui.retention import background

        if self.worker is not None and self.worker.is_running:
            self.worker.cancel()
        self._journey_id = journey.id if journey is not None else None
        if project is None or journey is None:
            self.show_costs([])
            return None
        journey_id = journey.id
        worker = Worker(background.friction_costs, project, journey_id,
                        title=translate("Journeys", "Measuring what the pain points cost"),
                        owner=self)
        worker.finished.connect(lambda costs: self._ready(journey_id, costs))
        worker.failed.connect(lambda message, _details: self._failed(journey_id, message))
        self.worker = worker
        return worker.start()

    def _ready(self, journey_id: int, costs: list) -> None:
        if journey_id == self._journey_id:
            self.show_costs(costs)

    def _failed(self, journey_id: int, message: str) -> None:
        log.info("No friction costs for map %s: %s", journey_id, message)
        if journey_id == self._journey_id:
            self.show_costs([])

    def show_costs(self, costs: list) -> None:
        from workbench.ui.retention.background import cost_order

        self.model.set_rows(sorted(costs, key=cost_order))
        self.setVisible(bool(costs))
        rows = min(len(costs), 8)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().sizeHint().height() + 4 + sum(
            self.table.rowHeight(r) for r in range(rows))
        self.table.setFixedHeight(height)
        self.note.setText(translate("Journeys", "Costliest first. Click a pain point to list "
                                    "the members behind it.") if costs else "")
        self.loaded.emit(len(costs))

    def _clicked(self, index: QModelIndex) -> None:
        cost = self.model.index(index.row(), 0).data(ITEM_ROLE)
        if cost is not None and cost.card_id is not None:
            self.card_activated.emit(cost.card_id)
