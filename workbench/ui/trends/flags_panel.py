"""The top of the Trends view: what changed more than chance would explain.

Recurring negative experiences first (a rising complaint code across many
customers: how many, before → after, and its passages as quotes, each opening
in the Evidence area), then the other flagged shifts in a table, then the
stated method. A plain sentence when nothing is flagged.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.living import TrendFlag, TrendReport
from workbench.i18n import translate
from workbench.ui.trends import wording
from workbench.ui.trends.models import ITEM_ROLE, FlagsModel, table_view
from workbench.ui.voc.models import secondary

#: Links in the recurring list: passage:document:start:end and series:index.
PASSAGE_SCHEME = "passage"
SERIES_SCHEME = "series"


def passage_place(passage: dict[str, Any]) -> tuple[int, int, int] | None:
    """(document id, start, end) of a flag's passage, None when it names no document."""
    document = passage.get("document_id", passage.get("document"))
    if document is None:
        return None
    return int(document), int(passage.get("start") or 0), int(passage.get("end") or 0)


def one_per_series(flags: list[TrendFlag]) -> list[TrendFlag]:
    """The smallest-q flag of each series, smallest q first."""
    best: dict[int, TrendFlag] = {}
    for flag in sorted(flags, key=lambda f: f.q_value):
        best.setdefault(flag.series, flag)
    return list(best.values())


class FlagsPanel(QWidget):
    passage_requested = Signal(int, int, int)  # document id, start, end
    series_requested = Signal(int)  # index in report.series

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrendFlags")
        self.report: TrendReport | None = None
        self.recurring_caption = QLabel(translate("Trends", "Recurring negative experiences"))
        self.recurring_caption.setObjectName("CardCaption")
        self.recurring = QTextBrowser()
        self.recurring.setObjectName("RecurringExperiences")
        self.recurring.setOpenLinks(False)
        self.recurring.anchorClicked.connect(self._link_clicked)
        self.others_caption = QLabel(translate("Trends", "Other flagged shifts"))
        self.others_caption.setObjectName("CardCaption")
        self.model = FlagsModel(self)
        self.view, self.proxy = table_view("FlaggedShifts", self.model, single_selection=True,
                                           one_line=True)
        self.view.setToolTip(translate("Trends", "Click a shift to draw its series"))
        self.view.clicked.connect(self._flag_clicked)
        self.nothing_label = secondary()
        self.nothing_label.setObjectName("NothingFlagged")
        self.method_label = secondary()
        self.method_label.setObjectName("TrendMethod")
        self.method_button = QToolButton()
        self.method_button.setObjectName("TrendMethodButton")
        self.method_button.setText(translate("Trends", "How shifts are flagged"))
        self.method_button.setCheckable(True)
        self.method_button.setAutoRaise(True)
        self.method_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.method_button.setArrowType(Qt.ArrowType.RightArrow)
        self.method_button.toggled.connect(self._show_method)
        self.method_label.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.recurring_caption)
        left_layout.addWidget(self.recurring, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(2)
        right_layout.addWidget(self.others_caption)
        right_layout.addWidget(self.view, 1)
        self.columns = QWidget()
        row = QHBoxLayout(self.columns)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(left, 1)
        row.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.nothing_label)
        layout.addWidget(self.columns, 1)
        # the method sentence is long: the area shows it under the table, at full width

    def show_report(self, report: TrendReport | None) -> None:
        self.report = report
        flags = report.flags if report is not None else []
        recurring = [f for f in flags if f.recurring]
        self.model.set_report(report)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # smallest q first
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(0, min(self.view.columnWidth(0), 260))
        self.recurring.setHtml(self._recurring_html(report, one_per_series(recurring)))
        self.nothing_label.setText(wording.nothing_flagged() if not flags else "")
        self.nothing_label.setVisible(not flags)
        self.columns.setVisible(bool(flags))
        method = report.method if report is not None else ""
        self.method_label.setText(method)
        self.method_button.setToolTip(method)
        self.method_button.setVisible(bool(method))
        # the long sentence is open when there is room (nothing flagged), else one click away
        self.method_button.setChecked(bool(method) and not flags)
        self._show_method(self.method_button.isChecked())

    def _show_method(self, shown: bool) -> None:
        self.method_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                        else Qt.ArrowType.RightArrow)
        self.method_label.setVisible(shown and bool(self.method_label.text()))

    def recurring_flags(self) -> list[TrendFlag]:
        """The recurring flags, one per series (its smallest q: the window and the trend test
        may both flag one complaint), strongest first."""
        if self.report is None:
            return []
        return one_per_series([f for f in self.report.flags if f.recurring])

    def _recurring_html(self, report: TrendReport | None, flags: list[TrendFlag]) -> str:
        if report is None:
            return ""
        if not flags:
            return "<p><i>" + escape(wording.no_recurring()) + "</i></p>"
        parts = []
        for flag in flags:
            series = report.series[flag.series]
            title = series.metric
            if series.group:
                title = f"{title} · {series.group}"
            parts.append(f"<p><a href=\"{SERIES_SCHEME}:{flag.series}\"><b>{escape(title)}</b></a>"
                         f"<br>{escape(wording.recurring_line(report, flag))}"
                         f" · <small>{escape(wording.q_text(flag.q_value))}</small></p>")
            quoted: set[str] = set()
            for passage in flag.passages:
                said = " ".join(str(passage.get("text", "")).split())
                if said in quoted:  # two customers wrote the same words: quote them once
                    continue
                quoted.add(said)
                place = passage_place(passage)
                quote = f"“{escape(said)}”"
                if passage.get("title"):
                    quote += f" <small>— {escape(str(passage['title']))}</small>"
                if place is not None:
                    link = f"{PASSAGE_SCHEME}:{place[0]}:{place[1]}:{place[2]}"
                    quote += (f" <small><a href=\"{link}\">"
                              f"{escape(translate('Trends', 'open'))}</a></small>")
                parts.append(f"<blockquote>{quote}</blockquote>")
        return "".join(parts)

    def passages(self) -> list[tuple[int, int, int]]:
        """(document id, start, end) of every quoted passage, in the order shown."""
        found = []
        for flag in self.recurring_flags():
            found += [p for p in map(passage_place, flag.passages) if p is not None]
        return found

    def open_passage(self, place: tuple[int, int, int]) -> None:
        self.passage_requested.emit(*place)

    def _link_clicked(self, url: QUrl) -> None:
        parts = url.toString().split(":")
        if len(parts) == 4 and parts[0] == PASSAGE_SCHEME:
            self.passage_requested.emit(int(parts[1]), int(parts[2]), int(parts[3]))
        elif len(parts) == 2 and parts[0] == SERIES_SCHEME:
            self.series_requested.emit(int(parts[1]))

    def _flag_clicked(self, index) -> None:
        row = index.data(ITEM_ROLE)
        if row is not None:
            self.series_requested.emit(row.flag.series)
