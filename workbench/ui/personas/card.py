"""One persona card: who they are (edited by the researcher) and what the data say.

Every data line is clickable and lists the customers behind it, so each claim
on a card can be checked: the size line lists the members, an attribute line
lists the members with a value (or with the category it names).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.persona_sets import StoredPersona
from workbench.i18n import translate
from workbench.ui.personas import wording
from workbench.ui.personas.card_parts import ClickableRow, caption
from workbench.ui.personas.outcomes import OutcomesBlock
from workbench.ui.personas.visuals import Avatar, EffectBar, ShareBar, persona_color
from workbench.ui.retention.charts import RiskDistribution
from workbench.ui.style import scale_font

# Attribute lines shown before "Show all".
SHOWN_EFFECTS = 5
# Cards are never narrower than this (the grid fits as many columns as it can).
CARD_MIN_WIDTH = 370
# The avatar (photo or initials) on a card, in pixels.
AVATAR_SIZE = 52
# Lines below this effect size do not set a persona apart (Cohen's "small").
MIN_EFFECT = 0.2


def card_effects(profile: dict, expanded: bool = False) -> list[dict]:
    """The lines a card shows, strongest first.

    Collapsed: the strongest line per attribute, at most SHOWN_EFFECTS.
    Expanded: every line of at least a small effect.
    """
    ranked = [e for e in profile.get("effects", []) if abs(e.get("effect") or 0.0) >= MIN_EFFECT]
    if expanded:
        return ranked
    seen: set[str] = set()
    chosen = []
    for effect in ranked:
        if effect["attribute"] in seen:
            continue
        seen.add(effect["attribute"])
        chosen.append(effect)
        if len(chosen) == SHOWN_EFFECTS:
            break
    return chosen


class AttributeLine(ClickableRow):
    """"Income: 92,000 vs 38,000" over an effect bar with "d = +1.9, large"."""

    def __init__(self, effect: dict, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.effect = effect
        self.values_label = QLabel(self._values_html())
        self.values_label.setTextFormat(Qt.TextFormat.RichText)
        self.values_label.setWordWrap(True)
        self.size_label = QLabel(wording.effect_size(effect))
        self.size_label.setObjectName("Secondary")
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.size_label.setMinimumWidth(118)
        self.bar = EffectBar(effect.get("effect") or 0.0, color)
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(3)
        layout.addWidget(self.values_label, 0, 0, 1, 2)
        also = list(effect.get("also") or [])
        self.also_label = QLabel("— " + wording.also_text(also)) if also else None
        row = 1
        if self.also_label is not None:
            self.also_label.setObjectName("Secondary")
            self.also_label.setWordWrap(True)
            font = self.also_label.font()
            font.setItalic(True)
            self.also_label.setFont(font)
            layout.addWidget(self.also_label, row, 0, 1, 2)
            row += 1
        layout.addWidget(self.bar, row, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.size_label, row, 1)
        layout.setColumnStretch(0, 1)
        tooltip = wording.effect_tooltip(effect)
        if also:
            tooltip = translate("PersonasArea", "The same customers also have: {names}. These "
                                "attributes carry one fact, so the card shows it once.").format(
                names=", ".join(map(str, also))) + " " + tooltip
        self.setToolTip(tooltip)
        self.setAccessibleName(self.text() + (" — " + wording.also_text(also) if also else ""))

    def _values_html(self) -> str:
        return (f"<b>{escape(wording.effect_subject(self.effect))}</b>: "
                f"{escape(wording.effect_comparison(self.effect))}")

    def text(self) -> str:
        """The line as plain text: "Income: 92,000 vs 38,000 (d = +1.9, large)"."""
        return wording.effect_line(self.effect)


class ChannelRow(QWidget):
    """A channel's share of the persona's contacts, with everyone else's as a marker."""

    def __init__(self, channel: dict, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(channel.get("label") or channel.get("channel", ""))
        self.label.setFixedWidth(150)
        self.bar = ShareBar(channel.get("persona_share") or 0.0, color,
                            marker=channel.get("rest_share"))
        self.value = QLabel(translate("PersonasArea", "{persona} (others {rest})").format(
            persona=wording.percent(channel.get("persona_share")),
            rest=wording.percent(channel.get("rest_share"))))
        self.value.setObjectName("Secondary")
        self.value.setFixedWidth(118)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 8, 1)
        layout.setSpacing(10)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.value)
        self.setToolTip(translate(
            "PersonasArea", "{persona} of this persona's contacts went through {channel}, against "
            "{rest} for everyone else (the vertical mark).").format(
            persona=wording.percent(channel.get("persona_share")), channel=self.label.text(),
            rest=wording.percent(channel.get("rest_share"))))


#: Characters of a member's passage shown on a card (the tooltip names the document).
QUOTE_CHARS = 240


class QuoteRow(ClickableRow):
    """A member's coded passage: the words in italics, who said it and under which code."""

    def __init__(self, passage, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passage = passage
        text = " ".join(passage.text.split())
        if len(text) > QUOTE_CHARS:
            text = text[:QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
        self.text_label = QLabel(f"“{text}”")
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        font = self.text_label.font()
        font.setItalic(True)
        self.text_label.setFont(font)
        parts = [passage.customer_label or "", passage.code_name or ""]
        self.source_label = QLabel("— " + " · ".join(p for p in parts if p))
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setObjectName("Secondary")
        self.source_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 0, 2)
        layout.setSpacing(1)
        layout.addWidget(self.text_label)
        layout.addWidget(self.source_label)
        self.setStyleSheet(f"QuoteRow {{ border-left: 3px solid {color.name()}; }}")
        self.setToolTip(translate("PersonasArea", "From “{document}”. Click to read it in the "
                                  "Evidence area.").format(document=passage.document_title))

    def text(self) -> str:
        return self.text_label.text()


class PersonaCard(QFrame):
    """The card of one persona in a persona set."""

    edit_requested = Signal(int)  # persona id
    members_requested = Signal(int)  # persona id
    effect_clicked = Signal(int, dict)  # persona id, effect (AttributeEffect.to_dict())
    quote_clicked = Signal(int, int, int)  # document id, start, end (code points)
    journey_requested = Signal(int)  # persona id: create a journey map from this persona
    export_requested = Signal(int)  # persona id: export this card (PDF, PNG, tables)

    def __init__(self, persona: StoredPersona, labels: dict[int, str], fit_measure: str | None,
                 readonly: bool, parent: QWidget | None = None, quotes: list | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonaCard")
        self.persona = persona
        self.color = persona_color(persona.position)
        self.readonly = readonly
        self.expanded = False
        self.lines: list[AttributeLine] = []
        profile = persona.profile
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(CARD_MIN_WIDTH)

        stripe = QFrame()
        stripe.setObjectName("CardStripe")
        stripe.setFixedHeight(5)
        stripe.setStyleSheet(f"background: {self.color.name()}; border: none;"
                             "border-top-left-radius: 10px; border-top-right-radius: 10px;")

        self.avatar = Avatar(wording.initials(persona.name), self.color, AVATAR_SIZE)
        self.name_label = QLabel()
        self.name_label.setObjectName("PersonaName")
        self.name_label.setWordWrap(True)
        scale_font(self.name_label, 1.25, QFont.Weight.DemiBold)
        self.edit_button = QToolButton()
        self.edit_button.setText(translate("PersonasArea", "Edit…"))
        self.edit_button.setToolTip(translate(
            "PersonasArea", "Edit the name, photo, quote, narrative, goals, frustrations, "
            "motivations and preferred channels of this persona"))
        self.edit_button.setAutoRaise(True)
        self.edit_button.setVisible(not readonly)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.persona.id))

        self.size_row = ClickableRow()
        self.size_label = QLabel()
        size_layout = QVBoxLayout(self.size_row)
        size_layout.setContentsMargins(0, 0, 0, 0)
        size_layout.addWidget(self.size_label)
        self.size_row.setToolTip(translate("PersonasArea", "Click to list the members of this "
                                           "persona."))
        self.size_row.clicked.connect(lambda: self.members_requested.emit(self.persona.id))

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.name_label)
        heading.addWidget(self.size_row)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.share_bar = ShareBar(persona.share or 0.0, self.color)
        self.quote_label = QLabel()
        self.quote_label.setObjectName("PersonaQuote")
        self.quote_label.setWordWrap(True)
        font = self.quote_label.font()
        font.setItalic(True)
        self.quote_label.setFont(font)

        cohesion = profile.get("cohesion")
        nearby = int(profile.get("unassigned_nearby", 0))
        fit_text = translate("PersonasArea", "Cohesion {cohesion}").format(
            cohesion=wording.fixed(cohesion))
        if nearby:
            fit_text += " · " + translate(
                "PersonasArea", "{n} nearby customers fit no persona well").format(
                n=wording.count(nearby))
        self.fit_label = QLabel(fit_text)
        self.fit_label.setObjectName("Secondary")
        self.fit_label.setWordWrap(True)
        self.fit_label.setToolTip(translate("PersonasArea", "How tightly the members fit this "
                                            "persona: their mean fit.") + " "
                                  + wording.fit_explanation(fit_measure))

        self.effects_box = QVBoxLayout()
        self.effects_box.setSpacing(0)
        self.no_effects = QLabel(translate(
            "PersonasArea", "No attribute sets this persona apart: every difference from the "
            "other customers is negligible."))
        self.no_effects.setObjectName("Secondary")
        self.no_effects.setWordWrap(True)
        self.more_button = QPushButton()
        self.more_button.setObjectName("LinkButton")
        self.more_button.setFlat(True)
        self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more_button.clicked.connect(self.toggle_expanded)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 14)
        layout.setSpacing(0)
        layout.addWidget(stripe)
        body = QVBoxLayout()
        body.setContentsMargins(16, 12, 16, 0)
        body.setSpacing(8)
        body.addLayout(top)
        body.addWidget(self.share_bar)
        body.addWidget(self.quote_label)
        body.addWidget(self.fit_label)
        self.outcomes = OutcomesBlock(profile.get("outcomes", []), self.color)
        self.outcomes.clicked.connect(lambda e: self.effect_clicked.emit(self.persona.id, e))
        if self.outcomes.lines:
            body.addSpacing(4)
            outcomes_caption = caption(translate("PersonasArea", "Outcomes"))
            outcomes_caption.setToolTip(translate(
                "PersonasArea", "Results measured for this persona against everyone else, "
                "largest difference first. They were not used to form the personas."))
            body.addWidget(outcomes_caption)
            body.addWidget(self.outcomes)
        else:
            self.outcomes.hide()
        # Survey measures (NPS, CSAT...) of the members, filled by measure_cards once read.
        self.measures_slot = QVBoxLayout()
        self.measures_slot.setSpacing(4)
        body.addLayout(self.measures_slot)
        # Churn risk of the members, filled by risk_cards once a risk run exists.
        self.risk_caption = caption(translate("PersonasArea", "Churn risk of the members"))
        self.risk_caption.setToolTip(translate(
            "PersonasArea", "The members' churn risks from the latest risk run (Retention area), "
            "in bands from 0% to 100%; the line marks the median. Click to list the members."))
        self.risk_chart = RiskDistribution(self.color)
        self.risk_chart.clicked.connect(lambda: self.members_requested.emit(self.persona.id))
        self.risk_caption.hide()
        self.risk_chart.hide()
        body.addWidget(self.risk_caption)
        body.addWidget(self.risk_chart)
        body.addSpacing(4)
        body.addWidget(caption(translate("PersonasArea", "What sets them apart")))
        body.addLayout(self.effects_box)
        body.addWidget(self.no_effects)
        body.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

        channels = profile.get("channel_mix", [])
        if channels:
            body.addSpacing(4)
            body.addWidget(caption(translate("PersonasArea", "Channel mix")))
            for channel in sorted(channels, key=lambda c: -(c.get("persona_share") or 0.0)):
                body.addWidget(ChannelRow(channel, self.color))

        typical = [labels.get(c, f"#{c}") for c in profile.get("typical_members", [])]
        if typical:
            body.addSpacing(4)
            body.addWidget(caption(translate("PersonasArea", "Typical members")))
            self.typical_label = QLabel(", ".join(typical))
            self.typical_label.setWordWrap(True)
            self.typical_label.setToolTip(translate(
                "PersonasArea", "The members closest to the centre of this persona."))
            body.addWidget(self.typical_label)

        self.quote_rows: list[QuoteRow] = []
        if quotes:
            body.addSpacing(4)
            body.addWidget(caption(translate("PersonasArea", "What members say")))
            for passage in quotes:
                row = QuoteRow(passage, self.color)
                row.clicked.connect(lambda p=passage: self.quote_clicked.emit(
                    p.document_id, p.start, p.end))
                self.quote_rows.append(row)
                body.addWidget(row)

        self.notes_box = QVBoxLayout()
        self.notes_box.setSpacing(8)
        body.addLayout(self.notes_box)
        body.addStretch(1)
        self.journey_button = QPushButton(translate("PersonasArea", "Create journey map…"))
        self.journey_button.setObjectName("LinkButton")
        self.journey_button.setFlat(True)
        self.journey_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.journey_button.setToolTip(translate(
            "PersonasArea", "Map this persona's journey from problem to solution, beside what its "
            "members really did"))
        self.journey_button.setVisible(not readonly)
        self.journey_button.clicked.connect(self.request_journey)
        self.export_button = QPushButton(translate("PersonasArea", "Export this card…"))
        self.export_button.setObjectName("LinkButton")
        self.export_button.setFlat(True)
        self.export_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.export_button.setToolTip(translate(
            "PersonasArea", "Export this persona as a PDF page, a PNG image or tables, with a "
            "preview"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.persona.id))
        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.journey_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        body.addLayout(actions)
        layout.addLayout(body)

        self._fill_effects()
        self.set_persona(persona)

    def request_journey(self) -> None:
        """Ask for a journey map of this persona: whoever listens to ``journey_requested``, else
        the window's Journeys area (``new_map_for_persona``), when it has one."""
        if self.isSignalConnected(self.metaObject().method(
                self.metaObject().indexOfSignal("journey_requested(int)"))):
            self.journey_requested.emit(self.persona.id)
            return
        view = getattr(self.window(), "project_view", None)
        if view is None or "journeys" not in view.area_keys():
            return
        handler = getattr(view.area_widget("journeys"), "new_map_for_persona", None)
        if callable(handler):
            handler(self.persona.id)

    def set_risks(self, risks: list[float] | None) -> None:
        """Show the members' churn risks as a small distribution (hidden without any)."""
        shown = bool(risks)
        self.risk_chart.set_risks(risks or [])
        self.risk_caption.setVisible(shown)
        self.risk_chart.setVisible(shown)

    # --- the researcher's part -------------------------------------------------------

    def set_persona(self, persona: StoredPersona) -> None:
        """Show the (possibly edited) texts of ``persona``."""
        self.persona = persona
        self.name_label.setText(persona.name)
        self.avatar.set_initials(wording.initials(persona.name))
        self.avatar.set_photo(persona.photo)
        self.setAccessibleName(persona.name)
        self.size_label.setText(translate(
            "PersonasArea", "<a href='#'>{size} customers</a> · {share} of those clustered").format(
            size=wording.count(persona.size), share=wording.percent(persona.share, 1)))
        self.size_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        quote = persona.quote.strip()
        self.quote_label.setText(f"“{quote}”" if quote else "")
        self.quote_label.setVisible(bool(quote))
        while self.notes_box.count():
            item = self.notes_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        sections = [
            (translate("PersonasArea", "Narrative"), persona.narrative),
            (translate("PersonasArea", "Goals"), persona.goals),
            (translate("PersonasArea", "Frustrations"), persona.frustrations),
            (translate("PersonasArea", "Motivations"), persona.motivations),
            (translate("PersonasArea", "Preferred channels"), persona.channels),
        ]
        draft = (persona.profile.get("story") or "").strip()
        self.draft_label: QLabel | None = None
        self.draft_note: QLabel | None = None
        for index, (title, text) in enumerate(sections):
            if index == 0 and not text.strip() and draft:
                self.notes_box.addWidget(self._draft_block(draft))
                continue
            if not text.strip():
                continue
            block = QWidget()
            column = QVBoxLayout(block)
            column.setContentsMargins(0, 4, 0, 0)
            column.setSpacing(2)
            column.addWidget(caption(title))
            body = QLabel(text.strip())
            body.setWordWrap(True)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(body)
            self.notes_box.addWidget(block)
        if not self.readonly and not any(text.strip() for _, text in sections) \
                and not quote and not draft:
            hint = QLabel(translate("PersonasArea", "Add a quote, narrative, goals and frustrations "
                                    "with Edit…"))
            hint.setObjectName("Secondary")
            hint.setWordWrap(True)
            self.notes_box.addWidget(hint)

    def _draft_block(self, story: str) -> QWidget:
        """The story written from the figures, marked as a draft until the researcher writes
        the narrative (then only theirs shows)."""
        block = QWidget()
        block.setObjectName("DraftStory")
        column = QVBoxLayout(block)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(2)
        column.addWidget(caption(translate("PersonasArea", "Narrative · draft")))
        self.draft_note = QLabel(translate(
            "PersonasArea", "Draft from the figures — edit to make it yours"))
        self.draft_note.setObjectName("DraftNote")
        self.draft_label = QLabel(story)
        self.draft_label.setObjectName("Secondary")
        self.draft_label.setWordWrap(True)
        self.draft_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.draft_label.font()
        font.setItalic(True)
        self.draft_label.setFont(font)
        block.setToolTip(translate(
            "PersonasArea", "Written from this persona's figures only: its largest differences, "
            "outcomes and channels. Use Edit… to write the narrative; yours replaces the draft."))
        column.addWidget(self.draft_note, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.draft_label)
        return block

    # --- the data's part -------------------------------------------------------------

    def _fill_effects(self) -> None:
        for line in self.lines:
            self.effects_box.removeWidget(line)
            line.deleteLater()
        self.lines = []
        for effect in card_effects(self.persona.profile, self.expanded):
            line = AttributeLine(effect, self.color)
            line.clicked.connect(lambda e=effect: self.effect_clicked.emit(self.persona.id, e))
            self.effects_box.addWidget(line)
            self.lines.append(line)
        self.no_effects.setVisible(not self.lines)
        total = len(card_effects(self.persona.profile, expanded=True))
        collapsed = len(card_effects(self.persona.profile, expanded=False))
        self.more_button.setVisible(total > collapsed)
        self.more_button.setText(
            translate("PersonasArea", "Show fewer lines") if self.expanded else
            translate("PersonasArea", "Show all {n} lines").format(n=total))

    def toggle_expanded(self) -> None:
        self.expanded = not self.expanded
        self._fill_effects()
