"""The welcome page: start a project, open one, try the sample, or pick a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QLocale, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workbench import APP_NAME
from workbench.i18n import translate
from workbench.ui.icons import app_icon, tinted_icon
from workbench.ui.style import scale_font

PATH_ROLE = Qt.ItemDataRole.UserRole
MISSING_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3


def modified_text(path: Path) -> str:
    """When the file was last changed, in the user's locale ("" if unknown)."""
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return ""
    when = QDateTime.fromSecsSinceEpoch(int(stamp))
    return translate("WelcomePage", "changed {when}").format(
        when=QLocale().toString(when, QLocale.FormatType.ShortFormat))


class WelcomePage(QWidget):
    """Signals carry what the user asked for; the main window does it."""

    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_activated = Signal(str)
    recent_removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(APP_NAME)
        title.setObjectName("WelcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(title, 2.2, QFont.Weight.DemiBold)
        subtitle = QLabel(translate(
            "WelcomePage", "Turn customer research into data-driven personas and journey maps, "
            "kept in one project file on your computer."))
        subtitle.setObjectName("Secondary")
        subtitle.setWordWrap(True)
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(subtitle, 1.1)

        self.new_button = BigButton(
            "new-project", translate("WelcomePage", "New project…"),
            translate("WelcomePage", "Start an empty project file"), primary=True)
        self.open_button = BigButton(
            "open-project", translate("WelcomePage", "Open project…"),
            translate("WelcomePage", "Continue with a project file"))
        self.sample_button = BigButton(
            "sample-project", translate("WelcomePage", "Open sample project"),
            translate("WelcomePage", "Explore a finished example"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        for button in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(button)

        recent_title = QLabel(translate("WelcomePage", "Recent projects"))
        recent_title.setObjectName("SectionTitle")
        scale_font(recent_title, 1.15, QFont.Weight.DemiBold)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("RecentProjects")
        self.recent_list.setAccessibleName(translate("WelcomePage", "Recent projects"))
        self.recent_list.setUniformItemSizes(True)
        self.recent_list.setItemDelegate(RecentProjectDelegate(self.recent_list))
        self.recent_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent_list.itemActivated.connect(self._activate)
        self.recent_list.customContextMenuRequested.connect(self._context_menu)
        self.recent_list.currentItemChanged.connect(self._update_remove_button)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.recent_list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_current)
        self.remove_button = QPushButton(translate("WelcomePage", "Remove from list"))
        self.remove_button.setToolTip(translate("WelcomePage", "Forget this entry; the project "
                                                               "file itself is not touched."))
        self.remove_button.clicked.connect(self.remove_current)
        self.remove_button.setEnabled(False)
        self.no_recent_label = QLabel(translate(
            "WelcomePage", "No recent projects yet. Create one, or open the sample project "
            "to see what the workbench does."))
        self.no_recent_label.setObjectName("Secondary")
        self.no_recent_label.setWordWrap(True)

        recent_header = QHBoxLayout()
        recent_header.addWidget(recent_title)
        recent_header.addStretch(1)
        recent_header.addWidget(self.remove_button)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(logo)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(20)
        column.addLayout(buttons)
        column.addSpacing(28)
        column.addLayout(recent_header)
        column.addWidget(self.no_recent_label)
        column.addWidget(self.recent_list)
        column.addStretch(1)

        content = QFrame()
        content.setObjectName("WelcomeColumn")
        content.setLayout(column)
        content.setMaximumWidth(780)
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 40, 32, 32)
        outer.addStretch(1)
        outer.addWidget(content, 4)
        outer.addStretch(1)
        self.set_recent([])

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # re-grey missing recent entries in the new palette
            self.set_recent(self.recent_paths())
        super().changeEvent(event)

    # --- recent projects ---------------------------------------------------------------

    def set_recent(self, paths: list[str]) -> None:
        """Show these projects, newest first; missing files greyed with "(missing)"."""
        current = self.recent_list.currentItem()
        current_path = current.data(PATH_ROLE) if current is not None else None
        self.recent_list.clear()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for text in paths:
            path = Path(text)
            missing = not path.is_file()
            name = path.stem
            if missing:
                name = translate("WelcomePage", "{name} (missing)").format(name=name)
            item = QListWidgetItem(name)
            item.setData(PATH_ROLE, text)
            item.setData(MISSING_ROLE, missing)
            item.setData(FOLDER_ROLE, str(path.parent))
            item.setData(DETAIL_ROLE, "" if missing else modified_text(path))
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, text)
            if missing:
                item.setForeground(grey)
            self.recent_list.addItem(item)
            if text == current_path:
                self.recent_list.setCurrentItem(item)
        has_any = bool(paths)
        self._fit_list_height()
        self.recent_list.setVisible(has_any)
        self.remove_button.setVisible(has_any)
        self.no_recent_label.setVisible(not has_any)
        self._update_remove_button()

    def _fit_list_height(self) -> None:
        """As tall as its entries (up to six), so short lists leave no empty box."""
        rows = min(max(self.recent_list.count(), 1), 6)
        row_height = self.recent_list.sizeHintForRow(0) if self.recent_list.count() else 40
        frame = 2 * self.recent_list.frameWidth() + 12  # frame and the style sheet's padding
        self.recent_list.setFixedHeight(rows * row_height + frame)

    def recent_paths(self) -> list[str]:
        return [self.recent_list.item(i).data(PATH_ROLE) for i in range(self.recent_list.count())]

    def _activate(self, item: QListWidgetItem) -> None:
        self.recent_activated.emit(item.data(PATH_ROLE))

    def remove_current(self) -> None:
        item = self.recent_list.currentItem()
        if item is not None:
            self.recent_removed.emit(item.data(PATH_ROLE))

    def _update_remove_button(self, *_: object) -> None:
        self.remove_button.setEnabled(self.recent_list.currentItem() is not None)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.recent_list.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        open_action = menu.addAction(translate("WelcomePage", "Open"))
        open_action.setEnabled(not item.data(MISSING_ROLE))
        remove_action = menu.addAction(translate("WelcomePage", "Remove from list"))
        chosen = menu.exec(self.recent_list.viewport().mapToGlobal(pos))
        if chosen is open_action:
            self._activate(item)
        elif chosen is remove_action:
            self.recent_removed.emit(item.data(PATH_ROLE))


class RecentProjectDelegate(QStyledItemDelegate):
    """Two lines per project: its name, and the folder it is in (quieter)."""

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # Qt override
        metrics = option.fontMetrics
        return QSize(200, 2 * metrics.height() + 2 * self.PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:  # Qt override
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        missing = bool(index.data(MISSING_ROLE))
        palette = opt.palette
        text_color = palette.color(QPalette.ColorGroup.Disabled if missing
                                   else QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        quiet = QColor(text_color)
        quiet.setAlphaF(0.62 if not missing else 0.8)
        rect = opt.rect.adjusted(self.PADDING + 4, self.PADDING, -self.PADDING, -self.PADDING)
        line = opt.fontMetrics.height()
        painter.save()
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text_color)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight,
                                                       top.width()))
        painter.setFont(opt.font)
        painter.setPen(quiet)
        bottom = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        folder = index.data(FOLDER_ROLE) or ""
        detail = index.data(DETAIL_ROLE) or ""
        if detail:  # the date on the right, the folder elided in what is left
            detail_width = opt.fontMetrics.horizontalAdvance(detail)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, detail)
            bottom.setWidth(max(0, bottom.width() - detail_width - 16))
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         opt.fontMetrics.elidedText(folder, Qt.TextElideMode.ElideMiddle,
                                                    bottom.width()))
        painter.restore()


class BigButton(QPushButton):
    """A large button: icon, title and a one-line hint of what it does."""

    def __init__(self, icon: str, text: str, hint: str, primary: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrimaryButton" if primary else "BigButton")
        self.setAccessibleName(text)
        self.setAccessibleDescription(hint)
        self.setToolTip(hint)
        self.setMinimumHeight(84)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._icon_name = icon
        self.icon_label = QLabel()
        self.title_label = QLabel(text)
        self.title_label.setObjectName("BigButtonTitle")
        scale_font(self.title_label, 1.12, QFont.Weight.DemiBold)
        self.hint_label = QLabel(hint)
        self.hint_label.setObjectName("BigButtonHint")
        self.hint_label.setWordWrap(True)
        for label in (self.icon_label, self.title_label, self.hint_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title_label)
        words.addWidget(self.hint_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        self._tint()

    def _tint(self) -> None:
        role = (QPalette.ColorRole.HighlightedText if self.objectName() == "PrimaryButton"
                else QPalette.ColorRole.ButtonText)
        icon = tinted_icon(self._icon_name, self.palette().color(role))
        self.icon_label.setPixmap(icon.pixmap(QSize(28, 28)))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._tint()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # Qt override
        return self.layout().sizeHint()

