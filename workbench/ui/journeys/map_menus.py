"""What the journey map says about the thing under the pointer: its tooltip and its context menu.

The tooltip is plain text from the map; the menu's actions emit the view's edit
signals or open its inline editors, exactly as the mouse gestures do, so every
edit can also be reached from the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from workbench.domain.journeys import (
    LANE_PAIN_POINTS,
    LANE_THOUGHTS,
    LANE_TOUCHPOINTS,
    Disagreement,
    JourneyMap,
    channel_kind,
)
from workbench.i18n import translate
from workbench.ui.journeys.glyphs import channel_label
from workbench.ui.journeys.map_layout import Geometry, Hit, format_emotion
from workbench.ui.numbers import count_text


class MapView(Protocol):
    """What the menus use of the map (:class:`.map_view.JourneyMapView` is one, a QWidget).

    Written out here so the view imports its menus and the menus never import the view.
    """

    journey: JourneyMap
    readonly: bool
    selected_card: int | None
    geometry_: Geometry
    card_removed: SignalInstance
    stage_added: SignalInstance
    stage_removed: SignalInstance
    stage_moved: SignalInstance
    lane_hidden: SignalInstance
    lane_added: SignalInstance
    lane_removed: SignalInstance
    lane_moved: SignalInstance
    emotion_set: SignalInstance
    emotion_asked: SignalInstance
    members_requested: SignalInstance
    quote_requested: SignalInstance
    evidence_requested: SignalInstance

    def viewport(self) -> QWidget: ...
    def edit_card(self, card_id: int) -> object: ...
    def start_new_card(self, lane_id: int, stage_id: int) -> object: ...
    def edit_stage(self, stage_id: int) -> object: ...
    def edit_lane(self, lane_id: int) -> object: ...


def tooltip_text(journey: JourneyMap | None, hit: Hit, disagreements: dict[int, list[Disagreement]],
                 readonly: bool, measures: dict[int, list[str]] | None = None) -> str:
    """The tooltip over ``hit`` ("" for none): what it is, what the evidence says, what can be done.

    ``measures``: stage id -> survey measure lines ("NPS +12 (n = 48)") shown over the emotion.
    """
    if journey is None:
        return ""
    if hit.kind == "stage":
        stage = journey.stage(hit.stage_id)
        lines = [stage.name]
        lines += [d.message for d in disagreements.get(hit.stage_id, [])]
        if not readonly:
            lines.append(translate("Journeys", "Double-click to rename; drag sideways to "
                                   "reorder; right-click for more."))
        return "\n".join(lines)
    if hit.kind == "lane":
        lane = next(lane for lane in journey.lanes if lane.id == hit.lane_id)
        if readonly:
            return lane.name
        return "\n".join([lane.name, translate("Journeys", "Double-click to rename; drag up or "
                                               "down to reorder; right-click for more.")])
    if hit.kind == "emotion":
        emotion = journey.emotion(hit.stage_id)
        lines = []
        if emotion.observed is not None:
            lines.append(translate("Journeys", "Evidence proposes {value} from {n} scores.")
                         .format(value=format_emotion(emotion.observed),
                                 n=count_text(emotion.observed_n)))
        else:
            lines.append(translate("Journeys", "No scores at this stage."))
        lines += (measures or {}).get(hit.stage_id, [])
        if emotion.overridden:
            lines.append(translate("Journeys", "Your value {value} wins over the evidence.")
                         .format(value=format_emotion(emotion.override)))
        lines += [d.message for d in disagreements.get(hit.stage_id, [])
                  if d.kind == "emotion_differs"]
        if not readonly:
            lines.append(translate("Journeys", "Click or drag to set it; right-click to reset."))
        return "\n".join(lines)
    if hit.kind in ("card", "members"):
        card = next(c for c in journey.cards if c.id == hit.card_id)
        lines = []
        lane = next(lane for lane in journey.lanes if lane.id == card.lane_id)
        if lane.kind == LANE_TOUCHPOINTS:
            lines.append(channel_label(channel_kind(card.text)))
        if card.origin == "observed":
            lines.append(translate("Journeys", "Proposed from the members' touchpoints."))
            if card.friction_key:
                lines.append(translate("Journeys", "Click the figures to list the members "
                                       "behind it."))
        if card.evidence is not None:
            lines.append(translate("Journeys", "Linked to a passage of the evidence."))
        if not readonly:
            lines.append(translate("Journeys", "Double-click or F2 to edit; drag to move; "
                                   "Delete removes it."))
        return "\n".join(lines)
    if hit.kind == "cell" and hit.lane_id is not None:
        lane = next(lane for lane in journey.lanes if lane.id == hit.lane_id)
        if lane.kind == LANE_TOUCHPOINTS:
            return "\n".join(d.message for d in disagreements.get(hit.stage_id, [])
                             if d.kind == "channel_missing")
    return ""


def context_menu(view: MapView, hit: Hit) -> QMenu | None:
    """The menu for ``hit`` on ``view`` (None where there is none); editing actions are off when read-only."""
    journey = view.journey
    menu = QMenu(view)

    def action(text: str, slot: Callable[[], object], enabled: bool = True) -> QAction:
        item = menu.addAction(text)
        item.triggered.connect(lambda _checked=False: slot())
        item.setEnabled(enabled and not view.readonly)
        return item

    if hit.kind == "stage":
        index = view.geometry_.stage_index(hit.stage_id)
        stage_id = hit.stage_id
        action(translate("Journeys", "Rename stage…"), lambda: view.edit_stage(stage_id))
        action(translate("Journeys", "Add stage before"), lambda: view.stage_added.emit(index))
        action(translate("Journeys", "Add stage after"), lambda: view.stage_added.emit(index + 1))
        menu.addSeparator()
        action(translate("Journeys", "Move left"), lambda: view.stage_moved.emit(stage_id, index - 1),
               index > 0)
        action(translate("Journeys", "Move right"), lambda: view.stage_moved.emit(stage_id, index + 1),
               index < len(journey.stages) - 1)
        menu.addSeparator()
        action(translate("Journeys", "Remove stage…"), lambda: view.stage_removed.emit(stage_id),
               len(journey.stages) > 1)
    elif hit.kind == "lane":
        lanes = journey.lanes
        lane = next(lane for lane in lanes if lane.id == hit.lane_id)
        position = lanes.index(lane)
        lane_id = lane.id
        action(translate("Journeys", "Rename lane…"), lambda: view.edit_lane(lane_id))
        action(translate("Journeys", "Hide lane"), lambda: view.lane_hidden.emit(lane_id, True))
        action(translate("Journeys", "Add a lane below"), lambda: view.lane_added.emit(position + 1))
        menu.addSeparator()
        action(translate("Journeys", "Move up"), lambda: view.lane_moved.emit(lane_id, position - 1),
               position > 0)
        action(translate("Journeys", "Move down"), lambda: view.lane_moved.emit(lane_id, position + 1),
               position < len(lanes) - 1)
        menu.addSeparator()
        action(translate("Journeys", "Remove lane…"), lambda: view.lane_removed.emit(lane_id))
    elif hit.kind in ("card", "members"):
        card = next(c for c in journey.cards if c.id == hit.card_id)
        view.selected_card = card.id
        view.viewport().update()
        action(translate("Journeys", "Edit text"), lambda: view.edit_card(card.id))
        # these only read the project, so they stay available on a read-only map
        if card.friction_key:
            item = menu.addAction(translate("Journeys", "Show the members behind it…"))
            item.triggered.connect(lambda _c=False: view.members_requested.emit(card.id))
        if card.evidence is not None:
            item = menu.addAction(translate("Journeys", "Open the linked evidence"))
            item.triggered.connect(lambda _c=False: view.evidence_requested.emit(card.id))
        menu.addSeparator()
        action(translate("Journeys", "Delete card"), lambda: view.card_removed.emit(card.id))
    elif hit.kind == "cell":
        lane = next(lane for lane in journey.lanes if lane.id == hit.lane_id)
        lane_id, stage_id = hit.lane_id, hit.stage_id
        action(translate("Journeys", "Add card"), lambda: view.start_new_card(lane_id, stage_id))
        if lane.kind in (LANE_THOUGHTS, LANE_PAIN_POINTS):
            action(translate("Journeys", "Add a quote from the evidence…"),
                   lambda: view.quote_requested.emit(lane_id, stage_id))
    elif hit.kind == "emotion":
        stage_id = hit.stage_id
        emotion = journey.emotion(stage_id)
        action(translate("Journeys", "Set emotion…"), lambda: view.emotion_asked.emit(stage_id))
        reset = translate("Journeys", "Reset to evidence")
        if emotion.observed is not None:
            reset = translate("Journeys", "Reset to evidence ({value}, n = {n})").format(
                value=format_emotion(emotion.observed), n=count_text(emotion.observed_n))
        action(reset, lambda: view.emotion_set.emit(stage_id, None), emotion.overridden)
    else:
        return None
    return menu
