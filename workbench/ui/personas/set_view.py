"""One persona set on screen: how far to trust it, its persona cards, who fits none, its map."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.persona_sets import StoredPersona
from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.personas.background import SetDetails
from workbench.ui.personas.card import CARD_MIN_WIDTH, ClickableRow, PersonaCard
from workbench.ui.personas.map_view import PersonaMapPanel
from workbench.ui.personas.models import CustomerRowsModel
from workbench.ui.personas.weak_banner import WeakStructureBanner
from workbench.ui.style import scale_font

CARD_SPACING = 16
UNASSIGNED_ROWS = 8
CARDS_TAB, MAP_TAB = 0, 1


class StatBlock(ClickableRow):
    """A figure over its caption, like the project header's counts."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel("–")
        scale_font(self.value, 1.35, QFont.Weight.DemiBold)
        self.caption = QLabel(caption)
        self.caption.setObjectName("Secondary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_clickable(self, clickable: bool) -> None:
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)


class SetHeader(QFrame):
    """Name, method and the quality figures of a persona set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SetHeader")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale_font(self.title, 1.45, QFont.Weight.DemiBold)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("Secondary")
        self.subtitle.setWordWrap(True)
        self.stats: dict[str, StatBlock] = {}
        # The figures sit in one row when there is room, in two rows of three otherwise,
        # so no caption is ever cut on a narrow window.
        row = QGridLayout()
        row.setHorizontalSpacing(22)
        row.setVerticalSpacing(10)
        self._stats_grid = row
        self._stats_columns = 0
        for key, caption in (
            ("silhouette", translate("PersonasArea", "Silhouette")),
            ("customers", translate("PersonasArea", "Customers clustered")),
            ("unassigned", translate("PersonasArea", "Fitting no persona")),
            ("attributes", translate("PersonasArea", "Attributes used")),
            ("seed", translate("PersonasArea", "Seed")),
            ("algorithm", translate("PersonasArea", "Method")),
        ):
            block = StatBlock(caption)
            block.setAccessibleName(caption)
            self.stats[key] = block
        self._arrange_stats(len(self.stats))
        self.stats["unassigned"].set_clickable(True)
        self.preparation = QLabel()
        self.preparation.setObjectName("Secondary")
        self.preparation.setWordWrap(True)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("Warning")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.preparation)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.notes)

    def _arrange_stats(self, columns: int) -> None:
        if columns == self._stats_columns:
            return
        self._stats_columns = columns
        blocks = list(self.stats.values())
        for block in blocks:
            self._stats_grid.removeWidget(block)
        for index, block in enumerate(blocks):
            self._stats_grid.addWidget(block, index // columns, index % columns)
        for column in range(len(blocks) + 1):
            self._stats_grid.setColumnStretch(column, 0)
        self._stats_grid.setColumnStretch(columns, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        wide = sum(block.sizeHint().width() for block in self.stats.values()) + 22 * 6 + 40
        self._arrange_stats(len(self.stats) if self.width() >= wide else 3)

    def show_set(self, details: SetDetails) -> None:
        stored = details.stored
        result = stored.result
        quality = result.get("quality", {})
        settings = stored.settings
        self.set_name(stored.name)
        self.subtitle.setText(translate(
            "PersonasArea", "{k} personas · created {when}").format(
            k=stored.persona_count, when=wording.when(stored.created_at)))
        silhouette = quality.get("silhouette")
        self._stat("silhouette", wording.fixed(silhouette), translate(
            "PersonasArea", "Silhouette {value}: {verdict}. Mean silhouette from −1 to 1: above "
            "about 0.25 the customers separate into groups, above 0.5 clearly. Measured on {n} "
            "customers.").format(value=wording.fixed(silhouette),
                                 verdict=wording.silhouette_verdict(silhouette),
                                 n=wording.count(quality.get("silhouette_sample_size", 0))))
        self.stats["silhouette"].caption.setText(translate(
            "PersonasArea", "Silhouette · {verdict}").format(
            verdict=wording.silhouette_verdict(silhouette)))
        self._stat("customers", wording.count(quality.get("n_customers", 0)), translate(
            "PersonasArea", "Customers the clustering saw; the personas' sizes plus those fitting "
            "no persona."))
        self._stat("unassigned", wording.count(quality.get("n_unassigned", 0)), translate(
            "PersonasArea", "Customers that fit no persona well. Click to see them."))
        lines = "\n".join(f"{name}: {text}" for name, text in details.preprocessing)
        self._stat("attributes", wording.count(len(settings.get("features", []))), translate(
            "PersonasArea", "What preparation did with each attribute:\n{lines}").format(
            lines=lines) if lines else "")
        self._stat("seed", str(settings.get("seed", 0)), translate(
            "PersonasArea", "The same seed on the same data and settings gives the same personas."))
        versions = ", ".join(f"{name} {version}" for name, version
                             in sorted(result.get("versions", {}).items()))
        self._stat("algorithm", wording.algorithm_name(settings.get("algorithm", "")), translate(
            "PersonasArea", "{description}\nLibraries: {versions}").format(
            description=wording.algorithm_description(settings.get("algorithm", "")),
            versions=versions or "–"))
        recorded = result.get("preprocessing", {})
        self.preparation.setText(" ".join(part for part in (
            preparation_summary(settings.get("preprocessing", {}), quality.get("n_features")),
            recorded.get("weighting", ""), redundancy_summary(recorded.get("groups", []))) if part))
        self.preparation.setToolTip(self.stats["attributes"].toolTip())
        if details.suggestion_reason:
            self.suggestion.setText(translate("PersonasArea", "Number of personas suggested: {reason}"
                                              ).format(reason=details.suggestion_reason))
        self.suggestion.setVisible(bool(details.suggestion_reason))
        notes = result.get("notes", [])
        self.notes.setText("<br>".join(f"• {escape(n)}" for n in notes))
        self.notes.setVisible(bool(notes))

    def set_name(self, name: str) -> None:
        self.title.setText(name)

    def _stat(self, key: str, value: str, tooltip: str) -> None:
        block = self.stats[key]
        block.value.setText(value)
        block.setToolTip(tooltip)


def preparation_summary(settings: dict, n_features: int | None) -> str:
    from workbench.export.report_content import preparation_sentence

    return preparation_sentence(settings, n_features)


def redundancy_summary(groups: list[dict]) -> str:
    """"Counted once, as one line: Online security = No internet service with Online backup,
    Device protection; Tenure with Total charges." Empty without groups."""
    parts = []
    for group in groups:
        members = [str(m) for m in group.get("members", [])]
        if len(members) < 2:
            continue
        levels = group.get("levels") or []
        first = members[0]
        if group.get("kind") == "category" and levels:
            first = f"{first} = {levels[0]}"
        parts.append(translate("PersonasArea", "{first} with {others}").format(
            first=first, others=", ".join(members[1:])))
    if not parts:
        return ""
    return translate("PersonasArea", "Counted once, as one line: {groups}.").format(
        groups="; ".join(parts))


class CardGrid(QWidget):
    """Persona cards in as many columns as the width allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(CARD_SPACING)
        self.cards: list[PersonaCard] = []
        self._columns = 0

    def set_cards(self, cards: list[PersonaCard]) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = list(cards)
        self._columns = 0
        self._relayout()

    def _wanted_columns(self) -> int:
        width = max(self.width(), 1)
        fits = max(1, (width + CARD_SPACING) // (CARD_MIN_WIDTH + CARD_SPACING))
        return max(1, min(fits, len(self.cards) or 1, 3))

    def _relayout(self) -> None:
        columns = self._wanted_columns()
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._relayout()


class UnassignedSection(QFrame):
    """Customers that fit no persona well: shown, not hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnassignedSection")
        self.title = QLabel(translate("PersonasArea", "Customers fitting no persona"))
        scale_font(self.title, 1.15, QFont.Weight.DemiBold)
        self.explanation = QLabel()
        self.explanation.setObjectName("Secondary")
        self.explanation.setWordWrap(True)
        self.model = CustomerRowsModel(["label", "persona", "fit", "reason"], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table)

    def show_rows(self, details: SetDetails) -> None:
        rows = details.unassigned
        self.model.set_rows(rows)
        measure = details.stored.result.get("fit_measure")
        if rows:
            self.explanation.setText(translate(
                "PersonasArea", "{n} customers are not counted in any persona: they sit between "
                "two personas or far from all of them. Their nearest persona is shown.").format(
                n=wording.count(len(rows))) + " " + wording.fit_explanation(measure))
        else:
            self.explanation.setText(translate(
                "PersonasArea", "Every clustered customer fits a persona well."))
        self.table.setVisible(bool(rows))
        shown = min(len(rows), UNASSIGNED_ROWS)
        height = (self.table.horizontalHeader().sizeHint().height()
                  + shown * self.table.verticalHeader().defaultSectionSize() + 4)
        self.table.setFixedHeight(height)


class PersonaSetView(QWidget):
    """Header, then the cards and unassigned customers or the map (placed in a scroll area)."""

    edit_requested = Signal(int)
    members_requested = Signal(int)
    effect_clicked = Signal(int, dict)
    quote_clicked = Signal(int, int, int)  # document id, start, end
    export_requested = Signal(int)  # persona id
    unassigned_requested = Signal()
    #: Rerun on an attribute subset that shows clearer structure (features, k).
    rerun_requested = Signal(list, int)
    #: The map tab is shown and has no map of this set yet (set id).
    map_wanted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonaSetCanvas")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.details: SetDetails | None = None
        self.header = SetHeader()
        self.header.stats["unassigned"].clicked.connect(self.unassigned_requested)
        self.weak_banner = WeakStructureBanner()
        self.weak_banner.hide()
        self.weak_banner.rerun_requested.connect(self.rerun_requested)
        self.tabs = QTabBar()
        self.tabs.setObjectName("SetViewTabs")
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.addTab(translate("PersonasArea", "Personas"))
        self.tabs.addTab(translate("PersonasArea", "Map"))
        self.tabs.setTabToolTip(CARDS_TAB, translate(
            "PersonasArea", "The persona cards and the customers fitting no persona"))
        self.tabs.setTabToolTip(MAP_TAB, translate(
            "PersonasArea", "The customers on a 2-D map, coloured by persona"))
        scale_font(self.tabs, 1.1, QFont.Weight.DemiBold)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.cards_hint = QLabel(translate(
            "PersonasArea", "Each line compares a persona's members with everyone else clustered. "
            "Click a line to see the customers behind it."))
        self.cards_hint.setObjectName("Secondary")
        self.cards_hint.setWordWrap(True)
        self.grid = CardGrid()
        self.unassigned = UnassignedSection()
        self.map = PersonaMapPanel()
        self.map.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(CARD_SPACING)
        layout.addWidget(self.header)
        layout.addWidget(self.weak_banner)
        caption_box = QVBoxLayout()
        caption_box.setSpacing(2)
        caption_box.addWidget(self.tabs)
        caption_box.addWidget(self.cards_hint)
        layout.addLayout(caption_box)
        layout.addWidget(self.grid)
        layout.addWidget(self.unassigned)
        layout.addWidget(self.map)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    @property
    def cards(self) -> list[PersonaCard]:
        return self.grid.cards

    @property
    def set_id(self) -> int | None:
        return self.details.stored.id if self.details else None

    def show_details(self, details: SetDetails, readonly: bool) -> None:
        self.details = details
        self.header.show_set(details)
        self.weak_banner.show_set(details.stored)
        measure = details.stored.result.get("fit_measure")
        cards = []
        for persona in details.personas:
            card = PersonaCard(persona, details.labels, measure, readonly,
                               quotes=details.quotes.get(persona.id, []))
            card.edit_requested.connect(self.edit_requested)
            card.members_requested.connect(self.members_requested)
            card.effect_clicked.connect(self.effect_clicked)
            card.quote_clicked.connect(self.quote_clicked)
            card.export_requested.connect(self.export_requested)
            cards.append(card)
        self.grid.set_cards(cards)
        self.unassigned.show_rows(details)
        self.map.clear(details.stored.id)
        if self.tabs.currentIndex() == MAP_TAB:
            self.map_wanted.emit(details.stored.id)

    def show_tab(self, index: int) -> None:
        """Show the cards (CARDS_TAB) or the map (MAP_TAB)."""
        self.tabs.setCurrentIndex(index)

    def _tab_changed(self, index: int) -> None:
        cards = index == CARDS_TAB
        for widget in (self.cards_hint, self.grid, self.unassigned):
            widget.setVisible(cards)
        # Tabs added by other pages (attach_*) show their own widgets.
        self.map.setVisible(index == MAP_TAB)
        if index == MAP_TAB and self.details is not None and not self.map.has_map:
            self.map_wanted.emit(self.details.stored.id)

    def card_for(self, persona_id: int) -> PersonaCard | None:
        return next((c for c in self.cards if c.persona.id == persona_id), None)

    def update_persona(self, persona: StoredPersona) -> None:
        card = self.card_for(persona.id)
        if card is not None:
            card.set_persona(persona)
        if self.details is not None:
            self.details.personas = [persona if p.id == persona.id else p
                                     for p in self.details.personas]
            self.map.rename(self.details.personas)

    def set_readonly(self, readonly: bool) -> None:
        for card in self.cards:
            card.readonly = readonly
            card.edit_button.setVisible(not readonly)


class EmptyPersonasPage(QWidget):
    """What the right side says when there is no set to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        scale_font(self.heading, 1.5, QFont.Weight.DemiBold)
        self.body = QLabel()
        self.body.setObjectName("Secondary")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        scale_font(self.body, 1.1)
        self.button = QPushButton(translate("PersonasArea", "New persona set…"))
        self.button.setMinimumHeight(34)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addStretch(2)
        column.addWidget(self.heading)
        column.addWidget(self.body)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(560)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(holder, 3)
        layout.addStretch(1)

    def say(self, heading: str, body: str, can_create: bool) -> None:
        self.heading.setText(heading)
        self.body.setText(body)
        self.button.setVisible(can_create)
