"""A customer's touchpoint events as a timeline: days, then each contact of that day."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from workbench.i18n import translate
from workbench.ui.data.cells import cell_text


def _moment(text: str | None) -> QDateTime | None:
    if not text:
        return None
    moment = QDateTime.fromString(text, Qt.DateFormat.ISODate)
    if not moment.isValid():
        date = QDate.fromString(text[:10], Qt.DateFormat.ISODate)
        return QDateTime(date.startOfDay()) if date.isValid() else None
    return moment


def _item(text: str, tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class TimelineModel(QStandardItemModel):
    """Day rows ("Tue 3 March 2026 · 2 contacts · web, store") holding their events."""

    TIME, CHANNEL, ACTION, OUTCOME, SCORE = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([
            translate("CustomerPage", "When"), translate("CustomerPage", "Channel"),
            translate("CustomerPage", "Action"), translate("CustomerPage", "Outcome"),
            translate("CustomerPage", "Score")])

    def set_touchpoints(self, touchpoints: Sequence) -> None:
        """Group time-ordered touchpoints by day (events without a time last)."""
        self.removeRows(0, self.rowCount())
        locale = QLocale()
        days: dict[str, list] = {}
        for touchpoint in touchpoints:
            moment = _moment(touchpoint.occurred_at)
            key = moment.date().toString(Qt.DateFormat.ISODate) if moment is not None else ""
            days.setdefault(key, []).append((moment, touchpoint))
        for key, events in days.items():
            channels = list(dict.fromkeys(t.channel for _, t in events if t.channel))
            if key:
                title = locale.toString(QDate.fromString(key, Qt.DateFormat.ISODate),
                                        QLocale.FormatType.LongFormat)
            else:
                title = translate("CustomerPage", "No date")
            summary = translate("CustomerPage", "{count} contacts").format(
                count=locale.toString(len(events))) if len(events) != 1 else translate(
                "CustomerPage", "1 contact")
            day = _item(title)
            font = QFont(day.font())
            font.setWeight(QFont.Weight.DemiBold)
            day.setFont(font)
            row = [day, _item(", ".join(channels)), _item(summary)] + [_item("") for _ in range(2)]
            for moment, touchpoint in events:
                when = locale.toString(moment.time(), QLocale.FormatType.ShortFormat) if (
                    moment is not None and touchpoint.occurred_at and len(touchpoint.occurred_at) > 10
                ) else ""
                source = translate("CustomerPage", "{source} · row {row}").format(
                    source=touchpoint.file_name, row=touchpoint.source_row) if (
                    touchpoint.file_name) else ""
                score = _item(cell_text(touchpoint.score, locale), source)
                score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                day.appendRow([_item(when, f"{touchpoint.occurred_at or ''}\n{source}".strip()),
                               _item(touchpoint.channel or "", source),
                               _item(touchpoint.action or "", source),
                               _item(touchpoint.outcome or "", source), score])
            self.appendRow(row)
