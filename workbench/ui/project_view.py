"""The open project: a header (name, file, read-only badge, counts) and the four areas.

Each area (Data, Evidence, Personas, Journeys, Export) is a page in a stack chosen
from the navigation on the left. Until an area's feature arrives its page is
an honest empty state; a feature replaces it with
:meth:`ProjectView.set_area_widget`. Area widgets may define
``set_project(project, info)``; it is called whenever the project is opened,
closed (with ``None, None``) or its counts are refreshed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.project import ProjectInfo
from workbench.i18n import translate
from workbench.ui.icons import tinted_icon
from workbench.ui.style import scale_font

DATA, EVIDENCE, PERSONAS, JOURNEYS, EXPORT = "data", "evidence", "personas", "journeys", "export"
RETENTION = "retention"
VOC = "voc"
TRENDS = "trends"


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    icon: str


def areas() -> list[Area]:
    """The project's areas, in navigation order (titles in the current language)."""
    return [
        Area(DATA, translate("ProjectView", "Data"), "data"),
        Area(EVIDENCE, translate("ProjectView", "Evidence"), "evidence"),
        Area(PERSONAS, translate("ProjectView", "Personas"), "personas"),
        Area(JOURNEYS, translate("ProjectView", "Journeys"), "journeys"),
        Area(RETENTION, translate("ProjectView", "Retention"), "retention"),
        Area(VOC, translate("ProjectView", "Voice of the customer"), "voc"),
        Area(TRENDS, translate("ProjectView", "Trends"), "trends"),
        Area(EXPORT, translate("ProjectView", "Export"), "export"),
    ]


def empty_state(area: str, info: ProjectInfo) -> tuple[str, str]:
    """(heading, explanation) for an area whose feature has not arrived yet.

    Honest about both sides: what the project already holds, and that the
    view of it is still to come.
    """
    n = QLocale().toString
    if area == DATA:
        if info.sources == 0:
            return (translate("ProjectView", "No sources yet"),
                    translate("ProjectView", "Imported spreadsheets, survey exports and CRM files "
                              "will be listed here with their columns and rows. Importing from "
                              "this window arrives in a coming version; until then, import with "
                              "the command line: workbench import PROJECT FILE."))
        return (translate("ProjectView", "Sources: {sources} · Customers: {customers}").format(
                    sources=n(info.sources), customers=n(info.customers)),
                translate("ProjectView", "Browsing sources and customers in this window arrives "
                          "in a coming version. The command line lists them now: "
                          "workbench sources PROJECT."))
    if area == EVIDENCE:
        if info.documents == 0:
            return (translate("ProjectView", "No evidence yet"),
                    translate("ProjectView", "Interview transcripts and free-text answers will "
                              "appear here as documents, where you will tag passages with codes "
                              "and collect quotes. Coding arrives in a coming version."))
        return (translate("ProjectView", "Documents: {documents}").format(documents=n(info.documents)),
                translate("ProjectView", "Free-text answers and transcripts were imported as "
                          "documents. Reading and coding them here arrives in a coming version."))
    if area == PERSONAS:
        if info.persona_sets == 0:
            return (translate("ProjectView", "No personas yet"),
                    translate("ProjectView", "Personas will be built here by clustering your "
                              "customers, each card traced back to the rows and quotes behind it. "
                              "Clustering arrives in a coming version."))
        return (translate("ProjectView", "Persona sets: {sets}").format(sets=n(info.persona_sets)),
                translate("ProjectView", "Viewing and editing persona cards here arrives in a "
                          "coming version."))
    if area == RETENTION:
        return (translate("ProjectView", "Retention and value"),
                translate("ProjectView", "Churn, retention curves, customer value, churn risk "
                          "and the friction points that cost customers are shown here."))
    if area == VOC:
        return (translate("ProjectView", "Voice of the customer"),
                translate("ProjectView", "Survey scores (NPS, CSAT, CES, star ratings) by persona, "
                          "stage, channel and month, what drives them down, and what front-line "
                          "staff hear, are shown here."))
    if area == TRENDS:
        return (translate("ProjectView", "Trends"),
                translate("ProjectView", "How personas and journey stages move month by month: "
                          "size, outcomes, scores, friction and complaints, with the shifts "
                          "unlikely to be chance flagged, are shown here."))
    if area == EXPORT:
        return (translate("ProjectView", "Nothing to export yet"),
                translate("ProjectView", "Persona cards and journey maps are exported here as "
                          "PDF, PNG, CSV and XLSX files for colleagues who never open the app."))
    if info.journeys == 0:
        return (translate("ProjectView", "No journey maps yet"),
                translate("ProjectView", "Journey maps will be drawn here from a persona, stage by "
                          "stage, with touchpoints, quotes, emotions and pain points. Journey "
                          "mapping arrives in a coming version."))
    return (translate("ProjectView", "Journey maps: {journeys}").format(journeys=n(info.journeys)),
            translate("ProjectView", "Viewing and editing journey maps here arrives in a coming "
                      "version."))


class EmptyStatePage(QWidget):
    """A centred heading and one explanatory paragraph."""

    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName("EmptyStatePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.heading = QLabel()
        self.heading.setObjectName("EmptyStateHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        scale_font(self.heading, 1.5, QFont.Weight.DemiBold)
        self.body = QLabel()
        self.body.setObjectName("Secondary")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale_font(self.body, 1.1)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addStretch(2)
        column.addWidget(self.heading)
        column.addWidget(self.body)
        column.addStretch(3)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(560)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        layout.addWidget(holder, 3)
        layout.addStretch(1)

    def set_project(self, project: object, info: ProjectInfo | None) -> None:
        if info is None:
            self.heading.clear()
            self.body.clear()
            return
        heading, body = empty_state(self.area, info)
        self.heading.setText(heading)
        self.body.setText(body)


class ProjectHeader(QFrame):
    """Name, read-only badge, file path and what the project holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectHeader")
        self.name_label = QLabel()
        self.name_label.setObjectName("ProjectName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale_font(self.name_label, 1.6, QFont.Weight.DemiBold)
        self.readonly_badge = QLabel(translate("ProjectView", "Read-only"))
        self.readonly_badge.setObjectName("ReadOnlyBadge")
        self.readonly_badge.setToolTip(translate(
            "ProjectView", "This project is open read-only: you can look at everything, but "
            "nothing can be changed. To make changes, close it and open it again once no other "
            "window is writing to it."))
        self.readonly_badge.hide()
        self.path_label = QLabel()
        self.path_label.setObjectName("Secondary")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.name_label, 0)
        title_row.addWidget(self.readonly_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)

        #: key -> the label showing that count (keys as in ProjectInfo).
        self.counts: dict[str, QLabel] = {}
        stats = QHBoxLayout()
        stats.setSpacing(28)
        for key, caption in (
            ("sources", translate("ProjectView", "Sources")),
            ("customers", translate("ProjectView", "Customers")),
            ("documents", translate("ProjectView", "Documents")),
            ("persona_sets", translate("ProjectView", "Persona sets")),
            ("journeys", translate("ProjectView", "Journey maps")),
        ):
            value = QLabel("–")
            value.setObjectName("StatValue")
            scale_font(value, 1.35, QFont.Weight.DemiBold)
            label = QLabel(caption)
            label.setObjectName("Secondary")
            block = QVBoxLayout()
            block.setSpacing(0)
            block.addWidget(value)
            block.addWidget(label)
            stats.addLayout(block)
            value.setAccessibleName(caption)
            self.counts[key] = value
        stats.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(4)
        layout.addLayout(title_row)
        layout.addWidget(self.path_label)
        layout.addSpacing(10)
        layout.addLayout(stats)

    def set_info(self, info: ProjectInfo | None) -> None:
        if info is None:
            self.name_label.clear()
            self.path_label.clear()
            self.readonly_badge.hide()
            for label in self.counts.values():
                label.setText("–")
            return
        self.name_label.setText(info.name)
        self.path_label.setText(str(info.path))
        self.path_label.setToolTip(str(info.path))
        self.readonly_badge.setVisible(info.readonly)
        locale = QLocale()
        for key, label in self.counts.items():
            label.setText(locale.toString(int(getattr(info, key))))


class ProjectView(QWidget):
    """Header on top; navigation on the left; the chosen area's page on the right."""

    area_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectView")
        self.header = ProjectHeader()
        self.navigation = QListWidget()
        self.navigation.setObjectName("AreaNavigation")
        self.navigation.setAccessibleName(translate("ProjectView", "Areas"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(200)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QStackedWidget()
        self.pages.setObjectName("AreaPages")
        self._keys: list[str] = []
        self._project: object = None
        self._info: ProjectInfo | None = None
        for area in areas():
            item = QListWidgetItem(area.title)
            item.setData(Qt.ItemDataRole.UserRole, area.icon)
            item.setSizeHint(QSize(0, 40))
            self.navigation.addItem(item)
            self.pages.addWidget(EmptyStatePage(area.key))
            self._keys.append(area.key)
        self._tint_icons()
        self.navigation.currentRowChanged.connect(self._row_changed)
        self.navigation.setCurrentRow(0)

        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.HLine)
        divider.setObjectName("Divider")
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.navigation)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(divider)
        layout.addLayout(body, 1)

    # --- what later features call ---------------------------------------------------

    def area_keys(self) -> list[str]:
        return list(self._keys)

    def current_area(self) -> str:
        return self._keys[self.pages.currentIndex()]

    def show_area(self, key: str) -> None:
        self.navigation.setCurrentRow(self._keys.index(key))

    def area_widget(self, key: str) -> QWidget:
        return self.pages.widget(self._keys.index(key))

    def set_area_widget(self, key: str, widget: QWidget) -> None:
        """Replace an area's page (the empty state) with the feature's widget."""
        index = self._keys.index(key)
        old = self.pages.widget(index)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, widget)
        self.pages.removeWidget(old)
        old.deleteLater()
        self.pages.setCurrentIndex(current)
        if hasattr(widget, "set_project"):
            widget.set_project(self._project, self._info)

    def set_project(self, project: object, info: ProjectInfo | None) -> None:
        """Show this project (``None, None`` when it closes)."""
        self._project, self._info = project, info
        self.header.set_info(info)
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if hasattr(page, "set_project"):
                page.set_project(project, info)

    # --- internals ---------------------------------------------------------------------

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.pages.setCurrentIndex(row)
            self.area_changed.emit(self._keys[row])

    def _tint_icons(self) -> None:
        color = self.palette().color(QPalette.ColorRole.Text)
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            item.setIcon(tinted_icon(item.data(Qt.ItemDataRole.UserRole), color))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._tint_icons()
        super().changeEvent(event)

