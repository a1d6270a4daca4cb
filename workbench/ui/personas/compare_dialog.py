"""Compare two persona sets: which old persona became which new one, and how much they agree."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.persona_sets import StoredPersonaSet
from workbench.i18n import translate
from workbench.ui.personas import background, wording
from workbench.ui.personas.models import MatchesModel, OverlapModel
from workbench.ui.style import scale_font
from workbench.ui.worker import Worker


class CompareDialog(QDialog):
    """Pick an older and a newer persona set; see the matches, the overlap and the ARI."""

    compared = Signal(object)  # RunComparison

    def __init__(self, project, sets: list[StoredPersonaSet], old_id: int | None = None,
                 new_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.comparison = None
        self.worker: Worker | None = None
        self._generation = 0
        self.setWindowTitle(translate("PersonasArea", "Compare persona sets"))
        self.resize(760, 560)
        ordered = sorted(sets, key=lambda s: s.id)
        self.old_combo = QComboBox()
        self.new_combo = QComboBox()
        for combo in (self.old_combo, self.new_combo):
            for stored in ordered:
                combo.addItem(translate("PersonasArea", "{name} ({k} personas)").format(
                    name=stored.name, k=stored.persona_count), stored.id)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ids = [s.id for s in ordered]
        if new_id is None and ids:
            new_id = ids[-1]
        if old_id is None and len(ids) > 1:
            old_id = next(i for i in reversed(ids) if i != new_id)
        if old_id in ids:
            self.old_combo.setCurrentIndex(ids.index(old_id))
        if new_id in ids:
            self.new_combo.setCurrentIndex(ids.index(new_id))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("PersonasArea", "&Old set:"), self.old_combo)
        form.addRow(translate("PersonasArea", "&New set:"), self.new_combo)

        self.agreement = QLabel()
        self.agreement.setWordWrap(True)
        scale_font(self.agreement, 1.1, QFont.Weight.DemiBold)
        self.coverage = QLabel()
        self.coverage.setObjectName("Secondary")
        self.coverage.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(6)
        self.busy.hide()

        self.matches_model = MatchesModel(self)
        self.matches_view = QTableView()
        self.matches_view.setModel(self.matches_model)
        self.matches_view.verticalHeader().hide()
        self.matches_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches_view.setAlternatingRowColors(True)
        header = self.matches_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.overlap_model = OverlapModel(self)
        self.overlap_view = QTableView()
        self.overlap_view.setModel(self.overlap_model)
        self.overlap_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overlap_view.setWordWrap(True)
        tabs = QTabWidget()
        tabs.addTab(self.matches_view, translate("PersonasArea", "Which became which"))
        tabs.addTab(self.overlap_view, translate("PersonasArea", "Overlap (customers in both)"))
        explanation = QLabel(translate(
            "PersonasArea", "Each old persona is matched to the new persona it shares the most "
            "customers with (Jaccard: customers in both over customers in either). The adjusted "
            "Rand index sums it up: 1 means the same personas, 0 no more alike than chance."))
        explanation.setObjectName("Secondary")
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.agreement)
        layout.addWidget(self.coverage)
        layout.addWidget(tabs, 1)
        layout.addWidget(explanation)
        layout.addWidget(buttons)
        self.old_combo.currentIndexChanged.connect(self.compare)
        self.new_combo.currentIndexChanged.connect(self.compare)

    def compare(self) -> Worker | None:
        """Compare the chosen sets in the background."""
        old_id, new_id = self.old_combo.currentData(), self.new_combo.currentData()
        if old_id is None or new_id is None:
            return None
        self._generation += 1
        generation = self._generation
        self.busy.show()
        worker = Worker(background.compare_sets, self.project, old_id, new_id,
                        title=translate("PersonasArea", "Comparing persona sets"), owner=self)
        worker.finished.connect(lambda result: self._compared(generation, result))
        worker.failed.connect(lambda message, _details: self._failed(generation, message))
        self.worker = worker
        return worker.start()

    def _compared(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # the choice changed meanwhile
        comparison, old, new = result
        self.busy.hide()
        self.comparison = comparison
        self.matches_model.set_comparison(comparison, old, new)
        self.overlap_model.set_comparison(comparison, old, new)
        self.matches_view.resizeRowsToContents()
        self.overlap_view.resizeRowsToContents()
        ari = comparison.adjusted_rand
        self.agreement.setText(translate(
            "PersonasArea", "Adjusted Rand index {ari}: {verdict}").format(
            ari=wording.fixed(ari), verdict=wording.agreement_verdict(ari)))
        self.coverage.setText(translate(
            "PersonasArea", "Compared on the {common} customers in both sets ({only_old} only in "
            "the old set, {only_new} only in the new one).").format(
            common=wording.count(comparison.common_customers),
            only_old=wording.count(comparison.only_in_a),
            only_new=wording.count(comparison.only_in_b)))
        self.compared.emit(comparison)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        self.comparison = None
        self.agreement.setText(message)
        self.coverage.clear()

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if self.comparison is None and self.worker is None:
            self.compare()
