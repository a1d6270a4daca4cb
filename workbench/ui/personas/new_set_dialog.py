"""Start a new persona set: attributes, preparation, method, number of personas, seed.

The number of personas can be suggested from silhouette and bootstrap
stability; the suggestion and the run itself work in the background with
progress and a Stop button inside the dialog (the window's status bar is out
of reach while the dialog is open). A failed run keeps the dialog open with
its settings, so the researcher can change what the message points at.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.personas import ALGORITHMS, PreprocessingSettings
from workbench.i18n import translate
from workbench.ui.dialogs import ERROR
from workbench.ui.personas import background, wording
from workbench.ui.personas.attribute_picker import AttributePicker
from workbench.ui.personas.background import AttributeSummary
from workbench.ui.personas.k_chart import KSuggestionChart
from workbench.ui.style import scale_font
from workbench.ui.worker import Worker

MAX_PERSONAS = 20
DEFAULT_K = 4


class NewPersonaSetDialog(QDialog):
    """Choose the settings of a clustering run and run it."""

    suggestion_ready = Signal(object)  # KSuggestion
    created = Signal(int)  # the new persona set's id
    # The suggestion or run ended, whatever the outcome.
    worker_done = Signal()

    def __init__(self, window, project, summary: AttributeSummary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.project = project
        self.summary = summary
        self.suggestion = None
        self.worker: Worker | None = None
        self.created_id: int | None = None
        self._suggested_for: tuple | None = None
        self.setWindowTitle(translate("PersonasArea", "New persona set"))
        self.resize(1060, 800)

        # --- name
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate(
            "PersonasArea", "Automatic: method, number of personas and date"))
        name_row = QFormLayout()
        name_row.addRow(translate("PersonasArea", "&Name:"), self.name_edit)

        # --- attributes: clustered on, described, measured as outcomes
        self.picker = AttributePicker(summary)
        self.picker.changed.connect(self._settings_changed)
        self.attribute_model = self.picker.model
        self.attribute_view = self.picker.view
        self.chosen_label = self.picker.chosen_label
        attributes_box = self.picker

        # --- preparation
        self.missing_combo = QComboBox()
        self.missing_combo.addItem(translate("PersonasArea", "Fill in (median or most frequent)"),
                                   "impute")
        self.missing_combo.addItem(translate("PersonasArea", "Leave out customers with a blank"),
                                   "drop")
        self.blanks_label = QLabel()
        self.blanks_label.setObjectName("Secondary")
        self.blanks_label.setWordWrap(True)
        self.blanks_label.setMinimumHeight(2 * self.blanks_label.fontMetrics().lineSpacing() + 2)
        self.scale_combo = QComboBox()
        self.scale_combo.addItem(translate("PersonasArea", "Standardise (mean 0, sd 1)"), "standard")
        self.scale_combo.addItem(translate("PersonasArea", "Robust (median 0, IQR 1)"), "robust")
        self.scale_combo.addItem(translate("PersonasArea", "None (values as they are)"), "none")
        self.log_check = QCheckBox(translate("PersonasArea", "Log-transform skewed amounts (log1p)"))
        self.log_check.setChecked(True)
        self.log_check.setToolTip(translate(
            "PersonasArea", "Amounts and counts with a long right tail are compressed so a few "
            "big spenders do not make a persona of their own."))
        self.one_hot_check = QCheckBox(translate("PersonasArea", "One 0/1 column per category "
                                                 "(one-hot)"))
        self.one_hot_check.setChecked(True)
        self.one_hot_check.setToolTip(translate(
            "PersonasArea", "Needed for categories with every method except Gower, which compares "
            "categories directly."))
        prep_box = QGroupBox(translate("PersonasArea", "Preparation"))
        prep = QFormLayout(prep_box)
        prep.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        prep.addRow(translate("PersonasArea", "&Blanks:"), self.missing_combo)
        prep.addRow("", self.blanks_label)
        prep.addRow(translate("PersonasArea", "&Scaling:"), self.scale_combo)
        prep.addRow("", self.log_check)
        prep.addRow("", self.one_hot_check)

        # --- method
        self.algorithm_combo = QComboBox()
        for key in ALGORITHMS:
            self.algorithm_combo.addItem(wording.algorithm_name(key), key)
        self.algorithm_label = QLabel()
        self.algorithm_label.setObjectName("Secondary")
        self.algorithm_label.setWordWrap(True)
        self.k_spin = QSpinBox()
        self.k_spin.setRange(2, MAX_PERSONAS)
        self.k_spin.setValue(DEFAULT_K)
        self.k_spin.setAccessibleName(translate("PersonasArea", "Number of personas"))
        self.suggest_button = QPushButton(translate("PersonasArea", "Suggest"))
        self.suggest_button.setToolTip(translate(
            "PersonasArea", "Try 3 to 6 personas (what a team can present) and suggest the number "
            "with the clearest and most repeatable structure"))
        self.suggest_button.clicked.connect(self.suggest)
        k_row = QHBoxLayout()
        k_row.addWidget(self.k_spin)
        k_row.addWidget(self.suggest_button)
        k_row.addStretch(1)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2_147_483_647)
        self.seed_spin.setValue(0)
        self.seed_spin.setMaximumWidth(140)
        self.seed_spin.setToolTip(translate(
            "PersonasArea", "The same seed on the same data and settings gives the same personas."))
        method_box = QGroupBox(translate("PersonasArea", "Method"))
        method = QFormLayout(method_box)
        method.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        method.addRow(translate("PersonasArea", "&Algorithm:"), self.algorithm_combo)
        method.addRow("", self.algorithm_label)
        k_label = QLabel(translate("PersonasArea", "&Personas:"))
        k_label.setBuddy(self.k_spin)
        method.addRow(k_label, k_row)
        method.addRow(translate("PersonasArea", "S&eed:"), self.seed_spin)

        # --- suggestion
        self.chart = KSuggestionChart()
        self.chart.k_clicked.connect(self.k_spin.setValue)
        self.chart.hide()
        self.headline = QLabel()
        scale_font(self.headline, 1.1, QFont.Weight.DemiBold)
        self.headline.hide()
        self.reason_label = QLabel(translate(
            "PersonasArea", "Not sure how many personas the data hold? Suggest tries 3 to 6 and "
            "shows how clear (silhouette) and how repeatable (bootstrap stability) each number "
            "is. When none is clearer than data without groups, it says so and proposes "
            "attributes that are."))
        self.reason_label.setObjectName("Secondary")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stale_label = QLabel(translate(
            "PersonasArea", "The settings changed since this suggestion: ask again to update it."))
        self.stale_label.setObjectName("Warning")
        self.stale_label.setWordWrap(True)
        self.stale_label.hide()
        suggestion_box = QGroupBox(translate("PersonasArea", "Suggested number of personas"))
        suggestion_layout = QVBoxLayout(suggestion_box)
        suggestion_layout.addWidget(self.headline)
        suggestion_layout.addWidget(self.chart, 1)
        suggestion_layout.addWidget(self.reason_label)
        self.subsets_box = QVBoxLayout()
        self.subsets_box.setSpacing(4)
        self.subset_buttons: list[QPushButton] = []
        suggestion_layout.addLayout(self.subsets_box)
        suggestion_layout.addWidget(self.stale_label)

        # --- activity (suggest or create) and buttons
        self.activity_label = QLabel()
        self.activity_label.setObjectName("Secondary")
        self.progress = QProgressBar()
        self.progress.setFixedWidth(200)
        self.progress.setTextVisible(False)
        self.stop_button = QPushButton(translate("PersonasArea", "Stop"))
        self.stop_button.setToolTip(translate("PersonasArea", "Stop this work; nothing is changed."))
        self.stop_button.clicked.connect(self.stop)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            translate("PersonasArea", "Create personas"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.activity_label, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.stop_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.buttons)

        right = QVBoxLayout()
        right.addWidget(prep_box)
        right.addWidget(method_box)
        right.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(14)
        left = QVBoxLayout()
        left.addLayout(name_row)
        left.addWidget(attributes_box, 1)
        top.addLayout(left, 5)
        top.addLayout(right, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(top, 3)
        layout.addWidget(suggestion_box, 2)
        layout.addLayout(bottom)

        for signal in (self.missing_combo.currentIndexChanged, self.scale_combo.currentIndexChanged,
                       self.algorithm_combo.currentIndexChanged, self.log_check.toggled,
                       self.one_hot_check.toggled, self.seed_spin.valueChanged):
            signal.connect(self._settings_changed)
        self._set_busy(None)
        self._settings_changed()

    # --- attributes -------------------------------------------------------------------

    def chosen_features(self) -> list[str]:
        """The attributes to cluster on."""
        return self.picker.chosen_features()

    def described(self) -> list[str]:
        """Attributes shown on the cards but not clustered on."""
        return self.picker.described()

    def outcomes(self) -> list[str]:
        """Outcome attributes measured per persona."""
        return self.picker.outcomes()

    def set_chosen(self, names: list[str]) -> None:
        self.picker.set_chosen(names)

    # --- settings ---------------------------------------------------------------------

    def preprocessing(self) -> PreprocessingSettings:
        return PreprocessingSettings(missing=self.missing_combo.currentData(),
                                     scale=self.scale_combo.currentData(),
                                     one_hot=self.one_hot_check.isChecked(),
                                     log_skewed=self.log_check.isChecked())

    def algorithm(self) -> str:
        return self.algorithm_combo.currentData()

    def _settings_changed(self, *_args) -> None:
        chosen = self.chosen_features()
        blanks = self.summary.customers_with_blanks(chosen)
        if not blanks:
            text = translate("PersonasArea", "No customer has a blank in the chosen attributes.")
        elif self.missing_combo.currentData() == "drop":
            text = translate("PersonasArea", "{n} of {total} customers have a blank and will be "
                             "left out.").format(n=wording.count(blanks),
                                                 total=wording.count(self.summary.customers))
        else:
            text = translate("PersonasArea", "{n} of {total} customers have a blank; their blanks "
                             "will be filled in.").format(n=wording.count(blanks),
                                                          total=wording.count(self.summary.customers))
        self.blanks_label.setText(text)
        self.algorithm_label.setText(wording.algorithm_description(self.algorithm()))
        if self.suggestion is not None:
            self.stale_label.setVisible(self._suggestion_key() != self._suggested_for)
        self._update_buttons()

    def _suggestion_key(self) -> tuple:
        return (tuple(self.chosen_features()), tuple(self.described()), tuple(self.outcomes()),
                self.algorithm(), self.seed_spin.value(),
                tuple(sorted(self.preprocessing().to_dict().items())))

    # --- background work --------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.worker is not None and self.worker.is_running

    def _set_busy(self, message: str | None) -> None:
        busy = message is not None
        for widget in (self.attribute_view, self.missing_combo, self.scale_combo, self.log_check,
                       self.one_hot_check, self.algorithm_combo, self.k_spin, self.seed_spin,
                       self.name_edit, self.chart):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.activity_label.setText(message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = bool(self.chosen_features()) and not self.busy
        self.suggest_button.setEnabled(ready)
        self.create_button.setEnabled(ready)

    def _start(self, fn, message: str, on_done, **kwargs) -> Worker:
        worker = Worker(fn, self.project, title=message, **kwargs)
        worker.progress.connect(self._progress)
        worker.finished.connect(on_done)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        worker.done.connect(self.worker_done)
        self.worker = worker.start()
        self._set_busy(message)
        return worker

    def _progress(self, done: float, total: object, message: str) -> None:
        if isinstance(total, int | float) and total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(1000 * min(max(done, 0.0), total) / total))
        if message:
            title = self.worker.title if self.worker else ""
            self.activity_label.setText(f"{title} – {message}")

    def suggest(self) -> Worker | None:
        """Score k = 3..6 in the background; the chart and k follow when done."""
        if self.busy or not self.chosen_features():
            return None
        self._suggested_for = self._suggestion_key()
        return self._start(background.suggest_count,
                           translate("PersonasArea", "Suggesting the number of personas"),
                           self._suggested, features=self.chosen_features(),
                           algorithm=self.algorithm(), seed=self.seed_spin.value(),
                           preprocessing=self.preprocessing(), describe=self.described(),
                           outcomes=self.outcomes())

    def _suggested(self, suggestion) -> None:
        from workbench.analysis.k_selection import choose_k

        self.suggestion = suggestion
        self._set_busy(None)
        self.activity_label.setText(translate(
            "PersonasArea", "Suggestion ready: computed on {n} customers with {b} resamples."
        ).format(n=wording.count(suggestion.sample_size), b=suggestion.n_bootstrap))
        self.chart.set_suggestion(suggestion)
        self.chart.show()
        reason = choose_k(suggestion.scores)[2]  # in the current language
        if suggestion.weak and suggestion.suggested_k >= 2:
            self.headline.setText(wording.weak_structure_title())
            reason = suggestion.reason
        elif suggestion.suggested_k < 2:
            self.headline.setText(translate(
                "PersonasArea", "No distinct groups: personas from these attributes would be "
                "invented"))
        else:
            self.headline.setText(translate("PersonasArea", "Suggested: {k} personas").format(
                k=suggestion.suggested_k))
        self.headline.setObjectName("Warning" if suggestion.suggested_k < 2 or suggestion.weak
                                    else "")
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)
        self.headline.show()
        self.reason_label.setText(reason)
        if suggestion.suggested_k >= 2:
            self.k_spin.setValue(min(suggestion.suggested_k, MAX_PERSONAS))
        self._show_subsets(suggestion)
        self.stale_label.hide()
        self.suggestion_ready.emit(suggestion)

    def _show_subsets(self, suggestion) -> None:
        """Under a weak suggestion: the attribute subsets with clearer structure, each a click
        away from being the attributes to cluster on."""
        while self.subsets_box.count():
            item = self.subsets_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.subset_buttons = []
        if not suggestion.weak:
            return
        for subset in [s for s in suggestion.subsets if s.structured and s.features][:3]:
            button = QPushButton(translate(
                "PersonasArea", "Cluster on {label} ({k} personas, stability {stability})"
            ).format(label=subset.label, k=subset.k, stability=wording.fixed(subset.stability)))
            button.setToolTip(", ".join(subset.features))
            button.clicked.connect(lambda _checked=False, s=subset: self.use_subset(
                s.features, s.k))
            self.subset_buttons.append(button)
            self.subsets_box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def use_subset(self, features: list[str], k: int) -> None:
        """Cluster on ``features`` only (the others stay described) with ``k`` personas."""
        known = {c.name for c in self.summary.choices}
        self.picker.set_on_cards(self.picker.described() + self.picker.outcomes()
                                 + [f for f in self.chosen_features() if f not in features])
        self.set_chosen([f for f in features if f in known])
        self.k_spin.setValue(max(2, min(int(k), MAX_PERSONAS)))

    def create(self) -> Worker | None:
        """Run the clustering in the background; the dialog closes when the set is saved."""
        if self.busy or not self.chosen_features():
            return None
        return self._start(background.create_persona_set,
                           translate("PersonasArea", "Creating personas"), self._created,
                           features=self.chosen_features(), algorithm=self.algorithm(),
                           k=self.k_spin.value(), seed=self.seed_spin.value(),
                           preprocessing=self.preprocessing(),
                           name=self.name_edit.text().strip() or self.default_name(),
                           describe=self.described(), outcomes=self.outcomes())

    def default_name(self) -> str:
        """"k-means, 4 personas, 2026-11-25 09:30" (the method named as on screen)."""
        return translate("PersonasArea", "{algorithm}, {k} personas, {when}").format(
            algorithm=wording.algorithm_name(self.algorithm()), k=self.k_spin.value(),
            when=QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm"))

    def _created(self, set_id: int) -> None:
        self._set_busy(None)
        self.created_id = int(set_id)
        self.created.emit(self.created_id)
        self.accept()

    def _failed(self, message: str, details: str) -> None:
        title = self.worker.title if self.worker else ""
        self._set_busy(None)
        self.activity_label.setText("")
        self.window_.show_message(ERROR, translate("PersonasArea", "{title}: it did not work").format(
            title=title), message, details)

    def _cancelled(self) -> None:
        self._set_busy(None)
        self.activity_label.setText(translate("PersonasArea", "Stopped: nothing was changed."))

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.stop_button.setEnabled(False)
            self.activity_label.setText(translate("PersonasArea", "Stopping…"))

    def reject(self) -> None:  # Qt override
        if self.busy:
            self.stop()
        super().reject()

    def done(self, result: int) -> None:  # Qt override
        if result == QDialog.DialogCode.Accepted and self.created_id is None:
            self.create()  # Enter pressed: run first, close when saved
            return
        super().done(result)
