"""The import dialog's customer line: which column says which customer a row is about, and why.

The workbench proposes a column (or none: one customer per row) with its
reason; the user can pick another column or none. Their choice is kept
while they change roles or reading options, unless the column goes away or
is set to Ignore.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.i18n import translate

#: The combo's data for "one customer per row".
NO_KEY = ""


class CustomerKeyLine(QWidget):
    """"Customer: [column ▾]  why" — one line under the reading options."""

    #: The user chose another column (its name, or "" for one customer per row).
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportCustomerKey")
        self._suggested: str | None = None
        self._suggested_reason = ""
        #: The user's own choice (a column name or NO_KEY), None while they made none.
        self._chosen: str | None = None
        label = QLabel(translate("ImportDialog", "Customer:"))
        self.combo = QComboBox()
        self.combo.setObjectName("ImportCustomerKeyChoice")
        self.combo.setAccessibleName(translate("ImportDialog", "Column that identifies the customer"))
        self.combo.setToolTip(translate(
            "ImportDialog", "Rows with the same value in this column become one customer. Choose "
            "'One customer per row' when no column identifies a person (a product or order id "
            "does not)."))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.activated.connect(self._user_chose)
        label.setBuddy(self.combo)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("Secondary")
        self.reason_label.setWordWrap(True)
        self.reason_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.reason_label, 1)

    def show_columns(self, specs: Sequence[ColumnSpec],
                     suggest: Callable[[], object] | None) -> None:
        """List the columns that can be the key; ``suggest()`` gives the inferred CustomerKey."""
        kept = [s for s in specs if ColumnRole(s.role) is not ColumnRole.IGNORE]
        if self._chosen and self._chosen not in {s.name for s in kept}:
            self._chosen = None  # the chosen column went away or is ignored now
        key = suggest() if suggest is not None else None
        self._suggested = getattr(key, "column", None)
        self._suggested_reason = getattr(key, "reason", "")
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(translate("ImportDialog", "One customer per row"), NO_KEY)
        # Identifiers and personal data first: the usual keys.
        ordered = sorted(kept, key=lambda s: ColumnRole(s.role) not in (
            ColumnRole.IDENTIFIER, ColumnRole.PII))
        for spec in ordered:
            self.combo.addItem(spec.title, spec.name)
        self.combo.blockSignals(False)
        self._show_current()

    def clear(self) -> None:
        self.combo.clear()
        self.reason_label.clear()
        self._suggested, self._suggested_reason = None, ""

    def customer_key(self) -> str:
        """The column name for ``import_file(customer_key=...)`` ("" = one customer per row)."""
        data = self.combo.currentData()
        return data if isinstance(data, str) else NO_KEY

    def choose(self, column: str) -> bool:
        """Pick a column by name or header ("" = one customer per row), as the user would."""
        for position in range(self.combo.count()):
            if column in (self.combo.itemData(position), self.combo.itemText(position)):
                self.combo.setCurrentIndex(position)
                self._user_chose(position)
                return True
        return False

    def _user_chose(self, position: int) -> None:
        self._chosen = self.combo.itemData(position) or NO_KEY
        self._show_current()
        self.changed.emit(self._chosen)

    def _show_current(self) -> None:
        wanted = self._chosen if self._chosen is not None else (self._suggested or NO_KEY)
        position = max(0, self.combo.findData(wanted))
        self.combo.setCurrentIndex(position)
        if self._chosen is not None and self._chosen != (self._suggested or NO_KEY):
            self.reason_label.setText(translate("ImportDialog", "chosen by you"))
        else:
            self.reason_label.setText(self._suggested_reason)
        self.reason_label.setToolTip(self._suggested_reason)
