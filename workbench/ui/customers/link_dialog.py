"""Link customers…: choose the key columns per source and the rules, then link in the background."""

from __future__ import annotations

import inspect

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate
from workbench.ui.customers.key_model import KeyChoicesModel, RuleDelegate, key_choices
from workbench.ui.customers.tasks import link_on_own_connection
from workbench.ui.dialogs import ERROR
from workbench.ui.worker import ProgressPanel, Worker

#: Calling codes offered for phone numbers written without one (Italy first).
COUNTRY_CODES = (("39", "Italia"), ("41", "Schweiz / Suisse"), ("33", "France"),
                 ("49", "Deutschland"), ("34", "España"), ("44", "United Kingdom"),
                 ("43", "Österreich"), ("1", "USA / Canada"))


def _accepts(keyword: str) -> bool:
    """Whether ``link_customers`` takes this option (the core grows options over time)."""
    from workbench.services.linking import link_customers

    return keyword in inspect.signature(link_customers).parameters


class LinkDialog(QDialog):
    """The key columns of every source, the options, and Link / Stop."""

    #: Linking finished: the LinkReport.
    linked = Signal(object)

    def __init__(self, window, project, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(translate("LinkDialog", "Link customers"))
        self.main_window = window
        self.project = project
        self.worker: Worker | None = None
        self._panel: ProgressPanel | None = None

        from workbench.services import importing, linking

        sources = [(s, importing.source_columns(project, s.id))
                   for s in importing.list_sources(project)]
        self.model = KeyChoicesModel(key_choices(sources, linking.default_keys(project)), self)

        intro = QLabel(translate(
            "LinkDialog", "Tick the columns that identify a person in each source and choose how "
                          "their values are compared. Rows whose values match become one customer. "
                          "The identifier and e-mail columns are ticked for you."))
        intro.setWordWrap(True)
        self.view = QTableView()
        self.view.setObjectName("LinkKeys")
        self.view.setAccessibleName(translate("LinkDialog", "Key columns"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(KeyChoicesModel.RULE, RuleDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 14)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (KeyChoicesModel.USE, KeyChoicesModel.SOURCE, KeyChoicesModel.COLUMN,
                       KeyChoicesModel.ROLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KeyChoicesModel.RULE, QHeaderView.ResizeMode.Stretch)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, KeyChoicesModel.RULE))
        self.model.dataChanged.connect(lambda *_: self._update_buttons())

        self.loose_email = QCheckBox(translate(
            "LinkDialog", "Treat e-mail addresses that differ only by dots or a +tag as one "
                          "(mario.rossi+shop@gmail.com = mariorossi@gmail.com)"))
        self.country = QComboBox()
        self.country.setAccessibleName(translate("LinkDialog", "Default phone country"))
        for code, name in COUNTRY_CODES:
            self.country.addItem(f"+{code}  {name}", code)
        country_label = QLabel(translate("LinkDialog", "Phone numbers without a country code are "
                                                       "from:"))
        country_label.setBuddy(self.country)
        country_row = QHBoxLayout()
        country_row.addWidget(country_label)
        country_row.addWidget(self.country)
        country_row.addStretch(1)
        self._country_supported = _accepts("default_country")
        self.country.setEnabled(self._country_supported)
        if not self._country_supported:
            self.country.setToolTip(translate("LinkDialog", "Numbers without a prefix are read as "
                                                            "Italian (+39)."))

        self.status_label = QLabel()
        self.status_label.setObjectName("Secondary")
        self.status_label.setWordWrap(True)
        self._progress_host = QVBoxLayout()
        self.link_button = QPushButton(translate("LinkDialog", "Link customers"))
        self.link_button.setDefault(True)
        self.link_button.clicked.connect(lambda _checked=False: self.start_linking())
        self.cancel_button = QPushButton(translate("LinkDialog", "Cancel"))
        self.cancel_button.clicked.connect(lambda _checked=False: self.reject())
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.link_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.loose_email)
        layout.addLayout(country_row)
        layout.addLayout(self._progress_host)
        layout.addLayout(buttons)
        self.resize(820, 560)
        self._update_buttons()

    # --- linking -----------------------------------------------------------------------

    @property
    def linking(self) -> bool:
        return self.worker is not None and self.worker.is_running

    def options(self) -> dict:
        """Keyword options for ``link_customers`` beyond the keys."""
        options = {}
        if self._country_supported:
            options["default_country"] = self.country.currentData()
        return options

    def start_linking(self) -> Worker | None:
        keys = self.model.keys(loose_email=self.loose_email.isChecked())
        if not keys or self.linking:
            return None
        title = translate("LinkDialog", "Linking customers")
        self.worker = self.main_window.run_task(
            title, link_on_own_connection, self.project, keys, **self.options(),
            on_done=self._done, on_failed=self._failed, on_cancelled=self._cancelled)
        panel = ProgressPanel(self.worker, title)
        panel.cancel_button.hide()  # the dialog's own button stops the work
        self._progress_host.addWidget(panel)
        self._panel = panel
        self.worker.done.connect(self._ended)
        self.status_label.clear()
        self._update_buttons()
        return self.worker

    def _ended(self) -> None:
        if self._panel is not None:
            self._progress_host.removeWidget(self._panel)
            self._panel.deleteLater()
            self._panel = None
        self._update_buttons()

    def _done(self, report) -> None:
        self._ended()
        self.linked.emit(report)
        self.accept()

    def _failed(self, message: str, details: str) -> None:
        self._ended()
        self.status_label.setText(message)
        self.main_window.show_message(ERROR, translate("LinkDialog", "Could not link customers"),
                                      message, details)

    def _cancelled(self) -> None:
        self._ended()
        self.status_label.setText(translate("LinkDialog", "Linking stopped: no customer was "
                                                          "changed."))

    def _update_buttons(self) -> None:
        busy = self.linking
        has_keys = bool(self.model.keys())
        self.link_button.setEnabled(has_keys and not busy)
        self.link_button.setToolTip("" if has_keys else translate(
            "LinkDialog", "Tick at least one column to link customers by."))
        self.cancel_button.setText(translate("LinkDialog", "Stop linking") if busy
                                   else translate("LinkDialog", "Cancel"))
        self.cancel_button.setEnabled(True)
        self.view.setEnabled(not busy)
        self.loose_email.setEnabled(not busy)
        self.country.setEnabled(not busy and self._country_supported)

    def reject(self) -> None:  # Qt override: Cancel, Escape, the close button
        if self.linking:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(translate("LinkDialog", "Stopping…"))
            return
        super().reject()
