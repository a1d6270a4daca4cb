"""The database import's Sample group: how many rows to keep, drawn at random or stratified
by a column, with a seed.

Offered (and ticked) when the source holds more rows than the Preferences threshold; the
user may untick it to import every row. What was chosen becomes a
:class:`workbench.domain.warehouse.SampleSpec`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.domain.warehouse import SampleSpec
from workbench.i18n import translate

#: The sample size offered first (capped at the population).
DEFAULT_SAMPLE_SIZE = 500_000
#: Roles whose values make sensible strata (a handful of values each).
STRATA_ROLES = (ColumnRole.CATEGORICAL,)
SPIN_MAX = 2_000_000_000


class SampleChoice(QGroupBox):
    """"Import a sample" (checkable): size, random or stratified by a column, seed."""

    #: Any choice changed.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("DatabaseImport", "Import a sample"), parent)
        self.setObjectName("DatabaseSample")
        self.setCheckable(True)
        self.setChecked(False)
        self._population = 0

        self.size_spin = QSpinBox()
        self.size_spin.setRange(1, SPIN_MAX)
        self.size_spin.setGroupSeparatorShown(True)
        self.size_spin.setValue(DEFAULT_SAMPLE_SIZE)
        self.size_spin.setAccessibleName(translate("DatabaseImport", "Sample size"))
        self.size_spin.setToolTip(translate(
            "DatabaseImport", "How many rows (customers) to import. Half a million is plenty for "
            "personas; the engine applies them to everyone later (Export ▸ SQL)."))
        self.of_label = QLabel()
        self.of_label.setObjectName("Secondary")
        size_caption = QLabel(translate("DatabaseImport", "Si&ze:"))
        size_caption.setBuddy(self.size_spin)

        self.random_radio = QRadioButton(translate("DatabaseImport", "&Random"))
        self.random_radio.setToolTip(translate(
            "DatabaseImport", "Every row has the same chance of being drawn."))
        self.stratified_radio = QRadioButton(translate("DatabaseImport", "Strati&fied by"))
        self.stratified_radio.setToolTip(translate(
            "DatabaseImport", "Keeps each value's share of the source in the sample (every value "
            "gets at least one row), so small groups are not lost by chance."))
        self.random_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.random_radio)
        group.addButton(self.stratified_radio)
        self.strata_combo = QComboBox()
        self.strata_combo.setAccessibleName(translate("DatabaseImport", "Column to stratify by"))
        self.strata_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.strata_combo.setMinimumContentsLength(12)
        self.strata_combo.setEnabled(False)
        method_caption = QLabel(translate("DatabaseImport", "Drawn:"))
        method_caption.setBuddy(self.random_radio)

        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2_147_483_647)
        self.seed_spin.setMinimumWidth(90)
        self.seed_spin.setAccessibleName(translate("DatabaseImport", "Seed"))
        self.seed_spin.setToolTip(translate(
            "DatabaseImport", "The same seed draws the same sample from the same source; "
            "another seed draws another one."))
        seed_caption = QLabel(translate("DatabaseImport", "S&eed:"))
        seed_caption.setBuddy(self.seed_spin)

        self.note = QLabel()
        self.note.setObjectName("Secondary")
        self.note.setWordWrap(True)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(size_caption)
        row.addWidget(self.size_spin)
        row.addWidget(self.of_label)
        row.addSpacing(24)
        row.addWidget(method_caption)
        row.addWidget(self.random_radio)
        row.addWidget(self.stratified_radio)
        row.addWidget(self.strata_combo)
        row.addSpacing(24)
        row.addWidget(seed_caption)
        row.addWidget(self.seed_spin)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.note)

        self.stratified_radio.toggled.connect(self.strata_combo.setEnabled)
        for signal in (self.toggled, self.stratified_radio.toggled, self.size_spin.valueChanged,
                       self.seed_spin.valueChanged, self.strata_combo.currentIndexChanged):
            signal.connect(lambda *_: self.changed.emit())

    # --- what the dialog calls -------------------------------------------------------

    def set_population(self, population: int, threshold: int) -> None:
        """A preview was read: ``population`` rows; above ``threshold`` the sample is ticked."""
        self._population = max(0, int(population))
        locale = QLocale()
        above = self._population > threshold
        self.size_spin.setMaximum(max(1, self._population))
        self.size_spin.setValue(max(1, min(DEFAULT_SAMPLE_SIZE, self._population)))
        self.of_label.setText(translate("DatabaseImport", "of {population} rows").format(
            population=locale.toString(self._population)))
        self.setChecked(above)
        if above:
            self.note.setText(translate(
                "DatabaseImport", "More than {threshold} rows (Edit ▸ Preferences): personas are "
                "found on a sample, then your engine applies them to every customer (Export ▸ "
                "SQL). The sampling is recorded and shown with every figure.").format(
                threshold=locale.toString(threshold)))
        else:
            self.note.setText(translate(
                "DatabaseImport", "The source is small enough to import whole; tick this to "
                "import a sample anyway."))
        self.setEnabled(self._population > 1)

    def set_columns(self, specs: Sequence[ColumnSpec]) -> None:
        """Offer the categorical columns as strata (keeping the chosen one if still there)."""
        kept = self.strata_combo.currentData()
        self.strata_combo.blockSignals(True)
        self.strata_combo.clear()
        for spec in specs:
            if ColumnRole(spec.role) in STRATA_ROLES:
                self.strata_combo.addItem(spec.title, spec.name)
        index = self.strata_combo.findData(kept)
        self.strata_combo.setCurrentIndex(index if index >= 0 else 0)
        self.strata_combo.blockSignals(False)
        has_strata = self.strata_combo.count() > 0
        self.stratified_radio.setEnabled(has_strata)
        self.stratified_radio.setToolTip(
            self.stratified_radio.toolTip() if has_strata else translate(
                "DatabaseImport", "No categorical column to stratify by: give a column the "
                "Categorical role to keep its values' shares."))
        if not has_strata:
            self.random_radio.setChecked(True)

    def clear(self) -> None:
        self._population = 0
        self.of_label.clear()
        self.note.clear()
        self.setChecked(False)
        self.setEnabled(False)

    def choose_stratified(self, column: str) -> bool:
        """Stratify by ``column`` (a name or header), as the user would."""
        for position in range(self.strata_combo.count()):
            if column in (self.strata_combo.itemData(position),
                          self.strata_combo.itemText(position)):
                self.stratified_radio.setChecked(True)
                self.strata_combo.setCurrentIndex(position)
                return True
        return False

    def spec(self) -> SampleSpec | None:
        """The sample asked for, or None to import every row."""
        if not self.isEnabled() or not self.isChecked():
            return None
        stratify = self.strata_combo.currentData() if self.stratified_radio.isChecked() else None
        return SampleSpec(size=self.size_spin.value(), seed=self.seed_spin.value(),
                          stratify_by=stratify)
