"""The Key drivers panel: what over-represents among a measure's low scorers, with quotes.

A measure chooser, the ranked drivers (label, kind, lift with its interval,
"in 38% of detractors vs 9% of promoters", n) and, for the selected driver,
its example quotes (each opens the passage in the Evidence area) and the
"Add to journey as pain point…" button.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.voc import Driver, DriverReport, MeasureColumn, Voice
from workbench.i18n import translate
from workbench.ui.voc import wording
from workbench.ui.voc.models import ITEM_ROLE, DriversModel, secondary, table_view

#: How an example's link names its passage: passage:document:start:end.
PASSAGE_SCHEME = "passage"


class DriversPanel(QWidget):
    measure_chosen = Signal(object)  # column id
    pain_point_requested = Signal(object)  # Driver
    passage_requested = Signal(int, int, int)  # document id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DriversPanel")
        self.report: DriverReport | None = None
        self.measure_box = QComboBox()
        self.measure_box.setObjectName("DriverMeasure")
        # survey questions are long: the box stays narrow, the whole name is in the list
        self.measure_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.measure_box.setMinimumContentsLength(36)
        self.measure_box.activated.connect(lambda _i: self.measure_chosen.emit(
            self.measure_box.currentData()))
        self.measure_box.currentTextChanged.connect(self.measure_box.setToolTip)
        self.summary_label = secondary()
        self.summary_label.setObjectName("DriversSummary")
        self.model = DriversModel(self)
        self.view, self.proxy = table_view("KeyDrivers", self.model)
        self.view.selectionModel().currentRowChanged.connect(self._driver_selected)
        self.examples = QTextBrowser()
        self.examples.setObjectName("DriverExamples")
        self.examples.setOpenLinks(False)
        self.examples.anchorClicked.connect(self._example_clicked)
        self.examples_caption = QLabel(translate("Voc", "What they say"))
        self.examples_caption.setObjectName("CardCaption")
        self.pain_button = QPushButton(translate("Voc", "Add to journey as pain point…"))
        self.pain_button.setObjectName("AddPainPoint")
        self.pain_button.setToolTip(translate(
            "Voc", "Put the selected driver on a journey map as a pain point, with its quotes"))
        self.pain_button.clicked.connect(self._pain_point)
        self.pain_button.setEnabled(False)
        self.writable = False

        choose = QHBoxLayout()
        choose.addWidget(QLabel(translate("Voc", "Drivers of")))
        choose.addWidget(self.measure_box)
        choose.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(choose)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.summary_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.examples_caption)
        right_layout.addWidget(self.examples, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pain_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 280])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)

    def set_measures(self, columns: list[MeasureColumn], current: int | None) -> None:
        box = self.measure_box
        box.blockSignals(True)
        box.clear()
        for column in columns:
            name = f"{wording.kind_name(column.spec.kind)} · {column.title} ({column.source})"
            box.addItem(name, column.column_id)
            box.setItemData(box.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        index = box.findData(current)
        box.setCurrentIndex(index if index >= 0 else 0)
        box.setToolTip(box.currentText())
        box.blockSignals(False)

    def current_measure(self) -> int | None:
        return self.measure_box.currentData()

    def set_writable(self, writable: bool) -> None:
        self.writable = writable
        self.pain_button.setEnabled(writable and self.current_driver() is not None)

    def set_busy(self, text: str) -> None:
        self.summary_label.setText(text)

    def show_report(self, report: DriverReport | None) -> None:
        """Show one measure's drivers, strongest first, and the first one's quotes."""
        self.report = report
        self.model.kind = report.measure.spec.kind if report is not None else self.model.kind
        self.model.set_rows(report.drivers if report is not None else [])
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's ranking
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(DriversModel.LABEL, min(self.view.columnWidth(0), 200))
        if report is None:
            self.summary_label.setText("")
        else:
            high, _middle, low = wording.bands_names(report.measure.spec.kind)
            lines = [translate("Voc", "{low_n} {low} compared with {high_n} {high}. Lift above 1: "
                               "more common among {low}; red: the whole 95% interval is above "
                               "1, green: below 1.").format(low_n=wording.count(report.low_n), low=low,
                                            high_n=wording.count(report.high_n), high=high)]
            if not report.drivers:
                lines.append(translate("Voc", "Nothing stands out among the {low} yet: code "
                                       "their open answers in the Evidence area to find "
                                       "drivers.").format(low=low))
            lines += report.notes
            self.summary_label.setText("\n".join(lines))
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self._show_examples(None)

    def current_driver(self) -> Driver | None:
        index = self.view.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def _driver_selected(self, *_args) -> None:
        self._show_examples(self.current_driver())

    def _show_examples(self, driver: Driver | None) -> None:
        self.pain_button.setEnabled(self.writable and driver is not None)
        if driver is None:
            self.examples.setHtml("")
            return
        kind = self.report.measure.spec.kind if self.report is not None else self.model.kind
        parts = [f"<p><b>{escape(driver.label)}</b><br>"
                 f"{escape(wording.comparison_text(driver, kind))} · "
                 f"{escape(wording.lift_text(driver))}</p>"]
        if not driver.examples:
            parts.append("<p><i>" + escape(translate("Voc", "No quotes for this driver.")) +
                         "</i></p>")
        for example in driver.examples:
            who = example.customer_label or (
                translate("Voc", "Front-line staff") if example.voice is Voice.FRONTLINE
                else translate("Voc", "No customer linked"))
            voice = wording.voice_name(example.voice)
            if example.voice is Voice.FRONTLINE:
                voice = f"<b>{escape(voice)}</b>"
            else:
                voice = escape(voice)
            link = f"{PASSAGE_SCHEME}:{example.document_id}:{example.start}:{example.end}"
            parts.append(f"<p>“{escape(example.text)}”<br><small>— {escape(who)} · {voice} · "
                         f"<a href=\"{link}\">{escape(translate('Voc', 'open'))}</a>"
                         "</small></p>")
        self.examples.setHtml("".join(parts))

    def example_texts(self) -> list[str]:
        driver = self.current_driver()
        return [e.text for e in driver.examples] if driver is not None else []

    def _example_clicked(self, url: QUrl) -> None:
        parts = url.toString().split(":")
        if len(parts) == 4 and parts[0] == PASSAGE_SCHEME:
            self.passage_requested.emit(int(parts[1]), int(parts[2]), int(parts[3]))

    def _pain_point(self) -> None:
        driver = self.current_driver()
        if driver is not None:
            self.pain_point_requested.emit(driver)
