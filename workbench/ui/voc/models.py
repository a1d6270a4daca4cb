"""Qt item models over the voice-of-the-customer figures (sortable, never filled cell by cell)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QTableView,
)

from workbench.domain.voc import Driver, MeasureKind, MeasureRow, SentimentShare, Voice
from workbench.i18n import translate
from workbench.ui.retention.models import ITEM_ROLE, SORT_ROLE, Column, RowsModel
from workbench.ui.retention.models import table_view as rows_table
from workbench.ui.voc import wording

__all__ = ["ITEM_ROLE", "SORT_ROLE", "BANDS_ROLE", "MeasuresModel", "DriversModel",
           "SentimentModel", "BandsDelegate", "table_view", "secondary"]

#: (high, middle, low) shares for the stacked bar delegate.
BANDS_ROLE = Qt.ItemDataRole.UserRole + 6

HIGH, MIDDLE, LOW = QColor("#2E7D5B"), QColor("#A7A9AC"), QColor("#C0392B")
CAUTION = QColor("#A35F00")


def measure_title(row: MeasureRow) -> str:
    """"NPS · How likely to recommend" (the source file is in the tooltip)."""
    return f"{wording.kind_name(row.spec.kind)} · {row.measure.rsplit(' · ', 1)[-1]}"


class MeasuresModel(RowsModel):
    """One line per measure and group: n (small n marked), value with interval, bands."""

    MEASURE, GROUP, VOICE, N, VALUE, BANDS = range(6)

    def make_columns(self) -> list[Column]:
        def tip(r: MeasureRow) -> str:
            lines = [f"{r.measure} · {r.label}",
                     translate("Voc", "{kind} {value} from {n} answers ({voice})").format(
                         kind=wording.kind_name(r.spec.kind), value=wording.value_text(r.result),
                         n=wording.count(r.result.n), voice=wording.voice_name(r.voice))]
            bands = wording.bands_text(r.result)
            if bands:
                lines.append(bands)
            if r.result.small:
                lines.append(wording.small_tooltip())
            return "\n".join(lines)

        return [
            Column(translate("Voc", "Measure"), measure_title, lambda r: r.measure, False,
                   tooltip=tip),
            Column(translate("Voc", "Group"), lambda r: r.label, lambda r: r.label, False,
                   tooltip=tip),
            Column(translate("Voc", "Voice"), lambda r: wording.voice_name(r.voice),
                   lambda r: r.voice.value, False),
            Column(translate("Voc", "n"), lambda r: wording.n_text(r.result), lambda r: r.result.n,
                   color=lambda r: CAUTION if r.result.small else None,
                   tooltip=lambda r: wording.small_tooltip() if r.result.small else ""),
            Column(translate("Voc", "Value (95% interval)"), lambda r: wording.value_text(r.result),
                   lambda r: r.result.value, tooltip=tip),
            Column(translate("Voc", "High · middle · low"), lambda r: wording.bands_text(r.result),
                   lambda r: r.result.promoters, False, tooltip=tip),
        ]

    def extra_data(self, item: MeasureRow, column: int, role: int):
        if role == BANDS_ROLE and column == self.BANDS:
            result = item.result
            return (result.promoters, result.passives, result.detractors)
        if role == Qt.ItemDataRole.FontRole and column == self.N and item.result.small:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class DriversModel(RowsModel):
    """Drivers of one measure, strongest first: label, kind, lift, shares, n."""

    LABEL, KIND, LIFT, N, SHARES = range(5)

    def __init__(self, parent=None) -> None:
        self.kind: MeasureKind = MeasureKind.NPS
        super().__init__(parent)

    def make_columns(self) -> list[Column]:
        def tip(d: Driver) -> str:
            text = [d.label, wording.driver_counts(d, self.kind)]
            text.append(translate("Voc", "Lift: how many times more often low scorers have it "
                                  "than high scorers, with its 95% interval."))
            if not d.significant:
                text.append(translate("Voc", "The interval includes 1: this may be chance."))
            return "\n".join(text)

        return [
            Column(translate("Voc", "Driver"), lambda d: d.label, lambda d: d.label, False,
                   tooltip=tip),
            Column(translate("Voc", "Kind"), lambda d: wording.driver_kind_name(d.kind),
                   lambda d: d.kind.value, False),
            Column(translate("Voc", "Lift (95%)"), wording.lift_text, lambda d: d.lift,
                   color=lift_color, tooltip=tip),
            Column(translate("Voc", "n"), lambda d: wording.count(d.low_with + d.high_with),
                   lambda d: d.low_with + d.high_with, tooltip=tip),
            Column(translate("Voc", "Where it shows"),
                   lambda d: wording.comparison_text(d, self.kind), lambda d: d.low_share, False,
                   tooltip=tip),
        ]


def lift_color(driver: Driver) -> QColor | None:
    """Red when the whole interval is above 1 (drives scores down), green when below 1."""
    if driver.lift_low > 1:
        return LOW
    if driver.lift_high < 1:
        return HIGH
    return None


class SentimentModel(RowsModel):
    """Lexicon sentiment of open answers per group: n and the three shares."""

    GROUP, N, BANDS = range(3)

    def make_columns(self) -> list[Column]:
        def text(s: SentimentShare) -> str:
            return translate("Voc", "{positive} positive · {neutral} neutral · {negative} negative"
                             ).format(positive=wording.share(s.positive),
                                      neutral=wording.share(s.neutral),
                                      negative=wording.share(s.negative))

        def label(s: SentimentShare) -> str:
            if s.voice is Voice.FRONTLINE:
                return translate("Voc", "{group} (front line)").format(group=s.label)
            return s.label

        return [
            Column(translate("Voc", "Group"), label, lambda s: s.label, False),
            Column(translate("Voc", "Passages"), lambda s: wording.count(s.n), lambda s: s.n),
            Column(translate("Voc", "Positive · neutral · negative"), text, lambda s: s.positive,
                   False, tooltip=lambda s: text(s) + "\n" + wording.sentiment_explanation()),
        ]

    def extra_data(self, item: SentimentShare, column: int, role: int):
        if role == BANDS_ROLE and column == self.BANDS:
            return (item.positive, item.neutral, item.negative)
        return None


class BandsDelegate(QStyledItemDelegate):
    """High / middle / low shares as a small stacked bar, the shares written beside it."""

    BAR_WIDTH = 96

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:  # Qt override
        shares = index.data(BANDS_ROLE)
        if not shares or all(s is None for s in shares):
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        rect = QRectF(option.rect).adjusted(6, 0, -6, 0)
        bar = QRectF(rect.left(), rect.center().y() - 5, self.BAR_WIDTH, 10)
        x = bar.left()
        for value, color in zip(shares, (HIGH, MIDDLE, LOW), strict=True):
            width = bar.width() * (value or 0.0)
            painter.fillRect(QRectF(x, bar.top(), width, bar.height()), color)
            x += width
        role = (QPalette.ColorRole.HighlightedText if option.state & QStyle.StateFlag.State_Selected
                else QPalette.ColorRole.Text)
        painter.setPen(option.palette.color(role))
        text_rect = rect.adjusted(self.BAR_WIDTH + 8, 0, 0, 0)
        text = " · ".join(wording.share(s) for s in shares if s is not None)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                       int(text_rect.width())))
        painter.restore()

    def sizeHint(self, option, index):  # Qt override
        size = super().sizeHint(option, index)
        size.setWidth(self.BAR_WIDTH + 8 + option.fontMetrics.horizontalAdvance("100% · 100% · 100%")
                      + 12)
        return size


def table_view(name: str, model) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only, sortable table of rows, one line per row, one row selected at a time."""
    return rows_table(name, model, single_selection=True, one_line=True)


def secondary(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("Secondary")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
