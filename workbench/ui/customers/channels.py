"""The Channels tab: per channel, customers, contacts and how complete its data is.

A source (store export, survey, call-centre log...) and each channel of the
touchpoint events is one line; its fields' missing shares are drawn as bars,
so thin or poorly kept channels stand out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translate
from workbench.ui.customers.page import secondary
from workbench.ui.data.cells import numeric_alignment
from workbench.ui.style import scale_font

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

#: Role giving a cell's share (0..1) for the bar delegate.
SHARE_ROLE = Qt.ItemDataRole.UserRole + 2
#: Role saying whether a larger share is bad (missing values) or good (coverage).
BAD_ROLE = Qt.ItemDataRole.UserRole + 3
#: Missing shares from here on are shown as a problem.
THIN = 0.3


def share_color(share: float, bad: bool) -> QColor:
    """Green for good, amber in between, red for bad: ``share`` of something bad or good."""
    badness = share if bad else 1.0 - share
    if badness < 0.1:
        return QColor("#3FA66A")
    if badness < THIN:
        return QColor("#E0A526")
    return QColor("#D4533B")


class ShareBarDelegate(QStyledItemDelegate):
    """A percentage with a bar behind it, coloured by how good or bad it is."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        share = index.data(SHARE_ROLE)
        if share is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else None
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter,
                              option.widget)
        painter.save()
        rect = option.rect.adjusted(6, 5, -6, -5)
        text_width = option.fontMetrics.horizontalAdvance("100 %") + 8
        bar = QRect(rect.left(), rect.top(), max(0, rect.width() - text_width), rect.height())
        track = QColor(option.palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(60)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRect(bar)
        filled.setWidth(round(bar.width() * max(0.0, min(1.0, float(share)))))
        bad = index.data(BAD_ROLE)
        painter.setBrush(share_color(float(share), bool(bad)) if bad is not None
                         else option.palette.color(QPalette.ColorRole.Highlight))
        if filled.width() > 0:
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(option.palette.color(
            QPalette.ColorRole.HighlightedText if option.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text))
        painter.drawText(QRect(bar.right() + 4, rect.top(), text_width, rect.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()


def percent_text(share: float) -> str:
    return QLocale().toString(100.0 * share, "f", 0) + " %"


class ChannelsModel(QAbstractTableModel):
    """Channel · Kind · Customers · Share of customers · Contacts · Missing values."""

    NAME, KIND, CUSTOMERS, COVERAGE, CONTACTS, MISSING = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.channels: list = []
        self.total_customers = 0

    def set_channels(self, channels: Sequence, total_customers: int) -> None:
        self.beginResetModel()
        self.channels = list(channels)
        self.total_customers = total_customers
        self.endResetModel()

    def channel_at(self, row: int):
        return self.channels[row] if 0 <= row < len(self.channels) else None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.channels)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("Channels", "Channel"), translate("Channels", "Kind"),
                    translate("Channels", "Customers"), translate("Channels", "Share of customers"),
                    translate("Channels", "Contacts"), translate("Channels", "Missing values")
                    )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (None, None, translate("Channels", "Customers with at least one row or event "
                                                      "in this channel"),
                    translate("Channels", "The channel's customers out of all the project's "
                                          "customers"),
                    translate("Channels", "Rows of the source, or touchpoint events of the "
                                          "channel"),
                    translate("Channels", "Share of empty cells over all its fields"))[section]
        return None

    def _coverage(self, channel) -> float:
        return channel.customers / self.total_customers if self.total_customers else 0.0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        channel = self.channel_at(index.row()) if index.isValid() else None
        if channel is None:
            return None
        column = index.column()
        locale = QLocale()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return channel.name
            if column == self.KIND:
                return (translate("Channels", "Source") if channel.kind == "source"
                        else translate("Channels", "Touchpoint channel"))
            if column == self.CUSTOMERS:
                return locale.toString(channel.customers)
            if column == self.COVERAGE:
                return percent_text(self._coverage(channel))
            if column == self.CONTACTS:
                return locale.toString(channel.contacts)
            return percent_text(channel.missing_share)
        if role == SHARE_ROLE:
            if column == self.COVERAGE:
                return self._coverage(channel)
            if column == self.MISSING:
                return channel.missing_share
            return None
        if role == BAD_ROLE and column == self.MISSING:
            return True  # coverage is neither good nor bad: a survey reaches few customers
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.CUSTOMERS, self.CONTACTS):
            return numeric_alignment()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MISSING:
            worst = sorted(channel.fields, key=lambda f: -f.missing_share)[:3]
            return translate("Channels", "Most often empty: {fields}").format(fields=", ".join(
                f"{f.field} ({percent_text(f.missing_share)})" for f in worst)) if worst else None
        return None


class FieldsModel(QAbstractTableModel):
    """One channel's fields: Field · Empty cells · Missing share."""

    FIELD, MISSING, SHARE = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fields: list = []

    def set_fields(self, fields: Sequence) -> None:
        self.beginResetModel()
        self.fields = sorted(fields, key=lambda f: -f.missing_share)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("Channels", "Field"), translate("Channels", "Empty cells"),
                    translate("Channels", "Missing"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        field = self.fields[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FIELD:
                return field.field
            if column == self.MISSING:
                return translate("Channels", "{missing} of {total}").format(
                    missing=QLocale().toString(field.missing), total=QLocale().toString(field.total))
            return percent_text(field.missing_share)
        if role == SHARE_ROLE and column == self.SHARE:
            return field.missing_share
        if role == BAD_ROLE:
            return True
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MISSING:
            return numeric_alignment()
        return None


def _table(name: str, model: QAbstractTableModel, bar_columns: Sequence[int]) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    delegate = ShareBarDelegate(view)
    for column in bar_columns:
        view.setItemDelegateForColumn(column, delegate)
        view.setColumnWidth(column, 190)
    return view


class ChannelsTab(QWidget):
    """The channel overview, read in the background when the tab is first shown."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChannelsTab")
        self.main_window = window
        self.project = None
        self._stale = True
        self.worker = None

        intro = secondary(translate(
            "Channels", "Every source and every touchpoint channel: how many customers it reaches "
                        "and how complete its data is. Red bars mark thin or poorly kept "
                        "channels. Select a channel to see its fields."))
        self.status_label = secondary()
        self.model = ChannelsModel(self)
        self.view = _table("ChannelsTable", self.model, (ChannelsModel.COVERAGE,
                                                         ChannelsModel.MISSING))
        for column in (ChannelsModel.KIND, ChannelsModel.CUSTOMERS, ChannelsModel.CONTACTS):
            self.view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.fields_model = FieldsModel(self)
        self.fields_view = _table("ChannelFields", self.fields_model, (FieldsModel.SHARE,))
        self.fields_view.horizontalHeader().setSectionResizeMode(
            FieldsModel.MISSING, QHeaderView.ResizeMode.ResizeToContents)
        self.fields_title = QLabel()
        scale_font(self.fields_title, 1.05, QFont.Weight.DemiBold)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_fields(current.row()))

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 8, 0, 0)
        bottom_layout.addWidget(self.fields_title)
        bottom_layout.addWidget(self.fields_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(bottom)
        splitter.setSizes([300, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)

    def set_project(self, project, info) -> None:
        self.project = project
        self._stale = True
        if project is None:
            self.model.set_channels([], 0)
            self.fields_model.set_fields([])
            self.fields_title.clear()
        elif self.isVisible():
            self.reload()

    def shown(self) -> None:
        if self._stale and self.project is not None:
            self.reload()

    def reload(self):
        """Read the overview in the background; the tables fill when it is ready."""
        from workbench.ui.customers.tasks import channels_on_own_connection

        if self.project is None:
            return None
        if self.worker is not None and self.worker.is_running:
            self.worker.cancel()
        self._stale = False
        self.status_label.setText(translate("Channels", "Reading the channels…"))
        project = self.project
        self.worker = self.main_window.run_task(
            translate("Channels", "Reading the channel overview"), channels_on_own_connection,
            project, on_done=lambda channels: self._loaded(project, channels),
            on_cancelled=lambda: None)
        return self.worker

    def _loaded(self, project, channels) -> None:
        if project is not self.project:
            return
        from workbench.services import customers

        total = customers.count_customers(project)
        self.model.set_channels(channels, total)
        locale = QLocale()
        thin = [c.name for c in channels if c.missing_share >= THIN]
        text = translate("Channels", "{count} channels, {customers} customers in all.").format(
            count=locale.toString(len(channels)), customers=locale.toString(total))
        if thin:
            text += " " + translate("Channels", "Poorly kept: {names}.").format(names=", ".join(thin))
        self.status_label.setText(text)
        if channels:
            self.view.selectRow(0)
        else:
            self.status_label.setText(translate("Channels", "No channels yet: import a source "
                                                            "first."))

    def _show_fields(self, row: int) -> None:
        channel = self.model.channel_at(row)
        if channel is None:
            self.fields_model.set_fields([])
            self.fields_title.clear()
            return
        self.fields_model.set_fields(channel.fields)
        self.fields_title.setText(translate("Channels", "Fields of {channel}").format(
            channel=channel.name))
