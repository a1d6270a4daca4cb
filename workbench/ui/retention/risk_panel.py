"""The churn-risk part of the Retention area: the model's honest figures, its drivers,
the leaks left out, and the at-risk list with its export."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.retention import MODEL_BOOSTING, MODEL_LOGISTIC, RiskRun
from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.retention.charts import CalibrationChart
from workbench.ui.retention.models import ID_ROLE, SORT_ROLE, AtRiskModel
from workbench.ui.style import scale_font


def model_names() -> dict[str, str]:
    return {MODEL_LOGISTIC: translate("Retention", "Regularised logistic regression"),
            MODEL_BOOSTING: translate("Retention", "Gradient boosting")}


def auc_lines(run: RiskRun) -> list[str]:
    """One line per candidate model: its cross-validated AUC (± sd), the kept one marked."""
    lines = []
    for model, figures in sorted(run.auc.items(), key=lambda item: item[0] != run.model):
        if not figures:
            continue
        sd = figures[1] if len(figures) > 1 else None
        line = translate("Retention", "{model}: ROC AUC {auc} ± {sd} ({folds}-fold "
                         "cross-validated)").format(
            model=model_names().get(model, model), auc=wording.fixed(figures[0]),
            sd=wording.fixed(sd), folds=run.folds)
        if model == run.model:
            line = translate("Retention", "{line} — kept").format(line=line)
        lines.append(line)
    return lines


def caption(text: str) -> QLabel:
    label = QLabel(text)
    scale_font(label, 1.05, QFont.Weight.DemiBold)
    return label


def secondary(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("Secondary")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RiskPanel(QWidget):
    """Run button, model figures beside the base rate, calibration, drivers, leaks, at-risk list."""

    run_requested = Signal()
    export_requested = Signal(str, bool)  # format ("csv" | "xlsx"), include personal data
    customer_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RiskPanel")
        self.run_button = QPushButton(translate("Retention", "Run churn risk"))
        self.run_button.setObjectName("RunChurnRisk")
        self.run_button.setToolTip(translate(
            "Retention", "Train a churn-risk model on this project's customers in the background: "
            "logistic regression and gradient boosting compared by cross-validation"))
        self.run_button.clicked.connect(self.run_requested)
        self.run_label = secondary(translate(
            "Retention", "No risk run yet. Run churn risk to score every customer and see "
            "the drivers."))
        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(self.run_label, 1)

        self.figures_label = secondary()
        self.figures_label.setObjectName("RiskFigures")
        self.calibration = CalibrationChart()
        self.drivers_label = secondary()
        self.drivers_label.setObjectName("RiskDrivers")
        self.leaks_label = secondary()
        self.leaks_label.setObjectName("RiskLeaks")
        figures = QVBoxLayout()
        figures.addWidget(caption(translate("Retention", "How well it predicts")))
        figures.addWidget(self.figures_label)
        figures.addWidget(caption(translate("Retention", "What drives churn")))
        figures.addWidget(self.drivers_label)
        figures.addWidget(self.leaks_label)
        figures.addStretch(1)
        calibration = QVBoxLayout()
        calibration.addWidget(caption(translate("Retention", "Calibration")))
        calibration.addWidget(self.calibration)
        calibration.addStretch(1)
        self.details = QWidget()
        row = QHBoxLayout(self.details)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(figures, 1)
        row.addLayout(calibration, 0)

        self.model = AtRiskModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("AtRiskList")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setToolTip(translate("Retention", "Double-click a customer to open their page"))
        self.table.doubleClicked.connect(
            lambda index: self.customer_activated.emit(int(index.data(ID_ROLE))))
        self.format_box = QComboBox()
        self.format_box.addItem("CSV", "csv")
        self.format_box.addItem("XLSX", "xlsx")
        self.personal_box = QCheckBox(translate("Retention", "Include personal data"))
        self.personal_box.setToolTip(translate(
            "Retention", "Names, e-mails, phone numbers and other personal-data columns are left "
            "out unless you tick this"))
        self.export_button = QPushButton(translate("Retention", "Export at-risk list…"))
        self.export_button.setObjectName("ExportAtRisk")
        self.export_button.clicked.connect(lambda: self.export_requested.emit(
            self.format_box.currentData(), self.personal_box.isChecked()))
        export_row = QHBoxLayout()
        self.list_caption = caption(translate("Retention", "Customers at risk"))
        export_row.addWidget(self.list_caption, 1)
        export_row.addWidget(self.format_box)
        export_row.addWidget(self.personal_box)
        export_row.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addLayout(export_row)
        layout.addWidget(self.table, 1)
        self.show_run(None, "", [], {})

    def set_writable(self, writable: bool) -> None:
        self.run_button.setEnabled(writable)
        if not writable:
            self.run_button.setToolTip(translate("Retention", "Read-only project: a risk run "
                                                 "cannot be stored."))

    def show_run(self, run: RiskRun | None, created_at: str, at_risk: list,
                 labels: dict[int, str]) -> None:
        has_run = run is not None
        self.details.setVisible(has_run)
        self.table.setVisible(has_run)
        for widget in (self.list_caption, self.format_box, self.personal_box, self.export_button):
            widget.setVisible(has_run)
        self.model.labels = dict(labels)
        self.model.set_rows(at_risk)
        if not has_run:
            self.run_label.setText(translate(
                "Retention", "No risk run yet. Run churn risk to score every customer and see "
                "the drivers."))
            return
        self.run_button.setText(translate("Retention", "Run churn risk again"))
        self.run_label.setText(translate(
            "Retention", "Run of {when} · seed {seed} · {features} attributes used").format(
            when=wording.when(created_at) if created_at else "–", seed=run.seed,
            features=len(run.features)))
        lines = auc_lines(run)
        lines.append(translate("Retention", "Base rate: {rate} churned (a model that guesses "
                               "scores AUC 0.50)").format(rate=wording.percent(run.base_rate, 1)))
        if run.brier is not None:
            lines.append(translate("Retention", "Brier score {brier} (lower is better)").format(
                brier=wording.fixed(run.brier, 3)))
        lines.extend(run.notes)
        self.figures_label.setText("\n".join(lines))
        self.calibration.set_bins(run.calibration, run.base_rate)
        drivers = [d.phrase or d.attribute for d in run.drivers[:8]]
        self.drivers_label.setText("\n".join(f"{i}. {text}" for i, text in enumerate(drivers, 1))
                                   if drivers else translate("Retention", "No attribute moves "
                                                             "the risk noticeably."))
        if run.leaks:
            self.leaks_label.setText(translate("Retention", "Left out because they leak the "
                                               "outcome:") + "\n" + "\n".join(
                f"• {name}: {why}" for name, why in run.leaks.items()))
        else:
            self.leaks_label.setText(translate("Retention", "No attribute leaked the outcome."))
        self.list_caption.setText(translate("Retention", "Customers at risk ({n})").format(
            n=wording.count(len(at_risk))))
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, 260))
