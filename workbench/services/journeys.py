"""Journey-map use cases: create a map from a persona, edit it, compare it with what members did.

Creating and observing
    ``templates(project)``, ``create_journey(project, persona_id, template, name, task)``,
    ``refresh_observed(project, journey_id, task)`` (recompute the observed journey of the
    persona's members, propose friction points as pain-point cards, propose emotion),
    ``friction_members(project, journey_id, key)`` (customer ids behind a friction point,
    computed on demand), ``disagreements(project, journey_id)`` (designed vs observed),
    ``coded_complaints(project, journey_id)`` (hook for coded evidence),
    ``compare_journeys(project, journey_ids)`` (emotion curves for one chart),
    ``action_mapping`` / ``set_action_stage`` (which stage an action belongs to when the event
    log has no stage column).

Reading
    ``journeys(project)``, ``get_journey(project, journey_id)`` (a :class:`JourneyMap` with
    its cached observed figures), ``journey_events(project, journey_id)``.

Editing (each call is one transaction and returns what its inverse needs, for undo)
    map: ``rename_journey`` → old name; ``delete_journey`` → what ``restore_journey`` puts
    back; ``save_template`` → template key.
    stages: ``add_stage`` → id (inverse ``remove_stage``); ``rename_stage`` → old name;
    ``move_stage`` → old position; ``remove_stage`` → :class:`RemovedStage` (inverse
    ``restore_stage``, which puts back the stage, its cards, emotion and action mapping
    with their ids).
    lanes: ``add_lane`` → id; ``rename_lane`` → old name; ``set_lane_hidden`` → old flag;
    ``move_lane`` → old position; ``remove_lane`` → :class:`RemovedLane` (``restore_lane``).
    cards: ``add_card`` → id; ``edit_card`` → old text; ``link_evidence`` → old evidence;
    ``move_card`` → (old lane, old stage, old position); ``remove_card`` → the card
    (``restore_card`` puts it back with its id).
    emotion: ``set_emotion(project, stage_id, value or None)`` → old override.

Cards belong to stage and lane ids, never to positions, so renaming and
reordering stages keeps every card where it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from workbench.domain.journeys import (
    DEFAULT_LANES,
    DEFAULT_TEMPLATE,
    LANE_ACTIONS,
    LANE_EMOTION,
    LANE_OPPORTUNITIES,
    LANE_PAIN_POINTS,
    LANE_TEAM,
    LANE_TEXT,
    LANE_THOUGHTS,
    LANE_TOUCHPOINTS,
    STAGE_ACTION_KEYWORDS,
    STAGE_ENGLISH,
    STAGE_EQUIVALENT,
    TEMPLATE_STAGES,
    Card,
    Disagreement,
    EmotionComparison,
    Evidence,
    FrictionPoint,
    JourneyMap,
    JourneySummary,
    JourneyTemplate,
    ObservedJourney,
    RemovedLane,
    RemovedStage,
    normalise_label,
)
from workbench.domain.speakers import SpeakerScope
from workbench.errors import JourneyError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.store import journeys as store
from workbench.store import personas as persona_store
from workbench.store import sources as source_store
from workbench.store.project_file import ProjectFile, now_iso
from workbench.store.trash import Removed

#: A source column whose header says this holds each event's journey stage.
STAGE_COLUMN = re.compile(r"(stage|phase|fase|stadio|tappa)", re.I)
EMOTION_RANGE = (-2.0, 2.0)


# --------------------------------------------------------------------------- names


def stage_names() -> dict[str, str]:
    """Translated names of the template stages."""
    return {
        "problem_discovery": translate("Journeys", "Problem discovery"),
        "problem_definition": translate("Journeys", "Problem definition"),
        "development_resolution": translate("Journeys", "Development and resolution"),
        "solution_delivery": translate("Journeys", "Delivery of the solution"),
        "awareness": translate("Journeys", "Awareness"),
        "familiarity": translate("Journeys", "Familiarity"),
        "consideration": translate("Journeys", "Consideration"),
        "purchase": translate("Journeys", "Purchase"),
        "loyalty": translate("Journeys", "Loyalty"),
    }


def lane_names() -> dict[str, str]:
    """Translated names of the default lanes, by kind."""
    return {
        LANE_ACTIONS: translate("Journeys", "Goals and actions"),
        LANE_TOUCHPOINTS: translate("Journeys", "Touchpoints and channels"),
        LANE_THOUGHTS: translate("Journeys", "Thoughts and quotes"),
        LANE_EMOTION: translate("Journeys", "Emotion"),
        LANE_PAIN_POINTS: translate("Journeys", "Pain points"),
        LANE_OPPORTUNITIES: translate("Journeys", "Opportunities"),
        LANE_TEAM: translate("Journeys", "Owning team"),
        LANE_TEXT: translate("Journeys", "Notes"),
    }


def templates(project: ProjectFile) -> list[JourneyTemplate]:
    """The built-in templates ("problem", the default, and "classic") and the saved ones."""
    names, lanes = stage_names(), lane_names()
    default_lanes = [(kind, lanes[kind]) for kind in DEFAULT_LANES]
    found = [
        JourneyTemplate("problem", translate("Journeys", "From problem to solution"),
                        [names[k] for k in TEMPLATE_STAGES["problem"]], default_lanes,
                        list(TEMPLATE_STAGES["problem"])),
        JourneyTemplate("classic", translate("Journeys", "Classic: awareness to loyalty"),
                        [names[k] for k in TEMPLATE_STAGES["classic"]], default_lanes,
                        list(TEMPLATE_STAGES["classic"])),
    ]
    for template_id, name, stages, saved_lanes in store.list_templates(project.db):
        found.append(JourneyTemplate(f"saved:{template_id}", name, list(stages), list(saved_lanes),
                                     [None] * len(stages)))
    return found


def _template(project: ProjectFile, key: str) -> JourneyTemplate:
    available = templates(project)
    for template in available:
        if key in (template.key, template.name):
            return template
    raise JourneyError(translate(
        "Journeys", "There is no journey template '{key}'. Choose one of: {keys}.").format(
        key=key, keys=", ".join(t.key for t in available)))


# --------------------------------------------------------------------------- reading


def journeys(project: ProjectFile, persona_id: int | None = None) -> list[JourneySummary]:
    """Every journey map (of one persona, when given), oldest first."""
    return store.list_journeys(project.db, persona_id)


def get_journey(project: ProjectFile, journey_id: int) -> JourneyMap:
    journey = store.load_journey(project.db, journey_id)
    if journey is None:
        raise JourneyError(translate(
            "Journeys", "There is no journey map {id}. Run 'workbench journeys PROJECT' to list "
            "them.").format(id=journey_id))
    return journey


def _touch(project: ProjectFile, journey_id: int) -> None:
    store.update_journey(project.db, journey_id, updated_at=now_iso())


# --------------------------------------------------------------------------- creating


def create_journey(project: ProjectFile, persona_id: int, template: str = DEFAULT_TEMPLATE,
                   name: str | None = None, task: Task | None = None) -> int:
    """Create a map for a persona from a template and fill in its observed journey.

    One transaction: a failure or a cancel leaves the project unchanged.
    """
    task = ensure_task(task)
    persona = persona_store.get_persona(project.db, persona_id)
    if persona is None:
        raise JourneyError(translate(
            "Journeys", "There is no persona {id}. Run 'workbench persona PROJECT' to see the "
            "personas and their ids.").format(id=persona_id))
    chosen = _template(project, template)
    task.report(0, 1, translate("Journeys", "Creating the journey map…"))
    db = project.db
    with db.transaction():
        journey_id = store.insert_journey(
            db, name=name or translate("Journeys", "Journey of {persona}").format(
                persona=persona.name),
            persona_id=persona_id, template=chosen.key, created_at=now_iso())
        for position, stage in enumerate(chosen.stages):
            key = chosen.stage_keys[position] if position < len(chosen.stage_keys) else None
            store.insert_stage(db, journey_id, position, stage, key)
        for position, (kind, lane) in enumerate(chosen.lanes):
            store.insert_lane(db, journey_id, position, kind, lane)
        observed = refresh_observed(project, journey_id, task=task.slice(0.05, 1.0))
        _start_touchpoints(project, journey_id, observed)
    return journey_id


#: A channel carrying at least this share of a stage's contacts starts on the designed map.
STARTING_CHANNEL_SHARE = 0.15
STARTING_CHANNELS = 3


def _start_touchpoints(project: ProjectFile, journey_id: int, observed: ObservedJourney) -> None:
    """The touchpoints lane starts from the channels members really use at each stage.

    The researcher then edits it into the designed journey; the map marks
    where the two drift apart.
    """
    journey = get_journey(project, journey_id)
    lane = journey.lane(LANE_TOUCHPOINTS)
    if lane is None:
        return
    for stage, figures in zip(journey.stages, observed.stages, strict=True):
        busiest = sorted(figures.channel_shares.items(), key=lambda item: -item[1])
        chosen = [(c, share) for c, share in busiest if share >= STARTING_CHANNEL_SHARE]
        for position, (channel, share) in enumerate(chosen[:STARTING_CHANNELS]):
            store.insert_card(project.db, Card(0, journey_id, lane.id, stage.id, position, channel,
                                               "designed", {"channel": channel, "share": share}))


def _keyword_pattern(word: str) -> re.Pattern:
    # short keywords must be whole words ("ad" is not "added"); longer ones are stems
    return re.compile(r"\b" + re.escape(word) + (r"\b" if len(word) <= 3 else ""), re.I)


def suggest_action_stage(action: str, stages: Sequence) -> int | None:
    """The stage an action's words suggest (template stages only), or None."""
    for stage in stages:
        words = STAGE_ACTION_KEYWORDS.get(stage.key or "", ())
        if any(_keyword_pattern(word).search(action) for word in words):
            return stage.id
    return None


def save_template(project: ProjectFile, journey_id: int, name: str) -> str:
    """Keep a map's stages and lanes as a template; returns its key for ``create_journey``."""
    journey = get_journey(project, journey_id)
    name = name.strip()
    if not name:
        raise JourneyError(translate("Journeys", "A template needs a name."))
    if store.template_named(project.db, name) is not None:
        raise JourneyError(translate("Journeys", "A template named '{name}' exists already: "
                                     "choose another name.").format(name=name))
    with project.db.transaction():
        template_id = store.save_template(project.db, name, [s.name for s in journey.stages],
                                          [(lane.kind, lane.name) for lane in journey.lanes],
                                          now_iso())
    return f"saved:{template_id}"


def rename_journey(project: ProjectFile, journey_id: int, name: str) -> str:
    old = get_journey(project, journey_id).name
    with project.db.transaction():
        store.update_journey(project.db, journey_id, name=_text(name), updated_at=now_iso())
    return old


def delete_journey(project: ProjectFile, journey_id: int) -> Removed:
    """Delete a map; ``restore_journey`` with the result puts it back (undo)."""
    get_journey(project, journey_id)
    with project.db.transaction():
        return store.delete_journey(project.db, journey_id)


def restore_journey(project: ProjectFile, removed: Removed) -> int:
    """Put back a deleted map with its cards and curve; returns its id, which is a new
    one only when a map created since took the old id."""
    with project.db.transaction():
        return store.restore_journey(project.db, removed)


def _text(name: str) -> str:
    name = str(name).strip()
    if not name:
        raise JourneyError(translate("Journeys", "A name cannot be empty."))
    return name


# --------------------------------------------------------------------------- stages


def _stage(project: ProjectFile, stage_id: int):
    stage = store.get_stage(project.db, stage_id)
    if stage is None:
        raise JourneyError(translate("Journeys", "There is no stage {id} (was it removed?).").format(
            id=stage_id))
    return stage


def _position(position: int | None, count: int) -> int:
    return count if position is None else max(0, min(int(position), count))


def add_stage(project: ProjectFile, journey_id: int, name: str, position: int | None = None) -> int:
    """Add a stage (at the end unless ``position`` is given); returns its id."""
    journey = get_journey(project, journey_id)
    with project.db.transaction():
        stage_id = store.insert_stage(project.db, journey_id,
                                      _position(position, len(journey.stages)), _text(name), None)
        _touch(project, journey_id)
    return stage_id


def rename_stage(project: ProjectFile, stage_id: int, name: str) -> str:
    stage = _stage(project, stage_id)
    with project.db.transaction():
        store.rename_stage(project.db, stage_id, _text(name))
        _touch(project, stage.journey_id)
    return stage.name


def move_stage(project: ProjectFile, stage_id: int, position: int) -> int:
    """Move a stage to ``position`` (0 = first); its cards go with it. Returns the old position."""
    stage = _stage(project, stage_id)
    count = len(store.stages_of(project.db, stage.journey_id))
    with project.db.transaction():
        store.move_stage(project.db, stage, max(0, min(int(position), count - 1)))
        _touch(project, stage.journey_id)
    return stage.position


def remove_stage(project: ProjectFile, stage_id: int) -> RemovedStage:
    """Remove a stage with its cards; the result puts it all back with ``restore_stage``."""
    stage = _stage(project, stage_id)
    if len(store.stages_of(project.db, stage.journey_id)) <= 1:
        raise JourneyError(translate("Journeys", "A journey map needs at least one stage: add "
                                     "another stage before removing this one."))
    removed = RemovedStage(stage, store.cards_where(project.db, "stage_id", stage_id),
                           store.get_emotion(project.db, stage_id),
                           store.actions_of_stage(project.db, stage_id))
    with project.db.transaction():
        store.delete_stage(project.db, stage)
        _touch(project, stage.journey_id)
    return removed


def restore_stage(project: ProjectFile, removed: RemovedStage) -> None:
    stage = removed.stage
    get_journey(project, stage.journey_id)
    with project.db.transaction():
        store.insert_stage(project.db, stage.journey_id, stage.position, stage.name, stage.key,
                           stage_id=stage.id)
        store.insert_cards(project.db, removed.cards)
        if removed.emotion is not None:
            store.put_emotion(project.db, stage.journey_id, removed.emotion)
        store.set_action_stages(project.db, stage.journey_id,
                                [(action, stage.id) for action in removed.actions])
        _touch(project, stage.journey_id)


# --------------------------------------------------------------------------- lanes


def _lane(project: ProjectFile, lane_id: int):
    lane = store.get_lane(project.db, lane_id)
    if lane is None:
        raise JourneyError(translate("Journeys", "There is no lane {id} (was it removed?).").format(
            id=lane_id))
    return lane


def add_lane(project: ProjectFile, journey_id: int, name: str, position: int | None = None,
             kind: str = LANE_TEXT) -> int:
    """Add a lane of cards (a custom text lane unless ``kind`` says otherwise); returns its id."""
    journey = get_journey(project, journey_id)
    if kind == LANE_EMOTION and journey.lane(LANE_EMOTION) is not None:
        raise JourneyError(translate("Journeys", "This map has an emotion lane already."))
    with project.db.transaction():
        lane_id = store.insert_lane(project.db, journey_id, _position(position, len(journey.lanes)),
                                    kind, _text(name))
        _touch(project, journey_id)
    return lane_id


def rename_lane(project: ProjectFile, lane_id: int, name: str) -> str:
    lane = _lane(project, lane_id)
    with project.db.transaction():
        store.update_lane(project.db, lane_id, name=_text(name))
        _touch(project, lane.journey_id)
    return lane.name


def set_lane_hidden(project: ProjectFile, lane_id: int, hidden: bool) -> bool:
    lane = _lane(project, lane_id)
    with project.db.transaction():
        store.update_lane(project.db, lane_id, hidden=bool(hidden))
        _touch(project, lane.journey_id)
    return lane.hidden


def move_lane(project: ProjectFile, lane_id: int, position: int) -> int:
    lane = _lane(project, lane_id)
    count = len(store.lanes_of(project.db, lane.journey_id))
    with project.db.transaction():
        store.move_lane(project.db, lane, max(0, min(int(position), count - 1)))
        _touch(project, lane.journey_id)
    return lane.position


def remove_lane(project: ProjectFile, lane_id: int) -> RemovedLane:
    lane = _lane(project, lane_id)
    removed = RemovedLane(lane, store.cards_where(project.db, "lane_id", lane_id))
    with project.db.transaction():
        store.delete_lane(project.db, lane)
        _touch(project, lane.journey_id)
    return removed


def restore_lane(project: ProjectFile, removed: RemovedLane) -> None:
    lane = removed.lane
    get_journey(project, lane.journey_id)
    with project.db.transaction():
        store.insert_lane(project.db, lane.journey_id, lane.position, lane.kind, lane.name,
                          lane.hidden, lane_id=lane.id)
        store.insert_cards(project.db, removed.cards)
        _touch(project, lane.journey_id)


# --------------------------------------------------------------------------- cards


def _card(project: ProjectFile, card_id: int) -> Card:
    card = store.get_card(project.db, card_id)
    if card is None:
        raise JourneyError(translate("Journeys", "There is no card {id} (was it removed?).").format(
            id=card_id))
    return card


def _cell(project: ProjectFile, lane_id: int, stage_id: int) -> tuple:
    lane, stage = _lane(project, lane_id), _stage(project, stage_id)
    if lane.journey_id != stage.journey_id:
        raise JourneyError(translate("Journeys", "Lane {lane} and stage {stage} belong to "
                                     "different maps.").format(lane=lane_id, stage=stage_id))
    if lane.kind == LANE_EMOTION:
        raise JourneyError(translate("Journeys", "The emotion lane holds one value per stage, "
                                     "not cards: set the stage's emotion instead."))
    return lane, stage


def add_card(project: ProjectFile, lane_id: int, stage_id: int, text: str,
             position: int | None = None, evidence: Evidence | None = None) -> int:
    """Add a card to a cell (at its end unless ``position`` is given); returns its id."""
    lane, _stage_ = _cell(project, lane_id, stage_id)
    with project.db.transaction():
        count = store.cell_size(project.db, lane_id, stage_id)
        card_id = store.insert_card(project.db, Card(0, lane.journey_id, lane_id, stage_id,
                                                     _position(position, count), str(text),
                                                     evidence=evidence))
        _touch(project, lane.journey_id)
    return card_id


def edit_card(project: ProjectFile, card_id: int, text: str, *, edited: bool = True) -> str:
    """Change a card's text; returns the old text.

    An edited proposal keeps its text when the observed journey is refreshed;
    undo passes the card's earlier ``edited`` flag back (see :func:`card_edited`).
    """
    card = _card(project, card_id)
    with project.db.transaction():
        store.update_card(project.db, card_id, text=str(text), edited=edited)
        _touch(project, card.journey_id)
    return card.text


def card_edited(project: ProjectFile, card_id: int) -> bool:
    """Whether the researcher has changed this card's text (proposals then keep it)."""
    return _card(project, card_id).edited


def link_evidence(project: ProjectFile, card_id: int, evidence: Evidence | None) -> Evidence | None:
    """Link a card to a passage of a document (None unlinks); returns the old link."""
    card = _card(project, card_id)
    with project.db.transaction():
        store.update_card(project.db, card_id, evidence=evidence)
        _touch(project, card.journey_id)
    return card.evidence


def move_card(project: ProjectFile, card_id: int, stage_id: int, position: int | None = None,
              lane_id: int | None = None) -> tuple[int, int, int]:
    """Move a card to another cell or place; returns (old lane, old stage, old position)."""
    card = _card(project, card_id)
    lane_id = card.lane_id if lane_id is None else lane_id
    _cell(project, lane_id, stage_id)
    with project.db.transaction():
        store.delete_card(project.db, card)
        count = store.cell_size(project.db, lane_id, stage_id)
        store.insert_card(project.db, replace(card, lane_id=lane_id, stage_id=stage_id,
                                              position=_position(position, count)))
        _touch(project, card.journey_id)
    return card.lane_id, card.stage_id, card.position


def remove_card(project: ProjectFile, card_id: int) -> Card:
    """Remove a card; a removed proposal is not proposed again. Returns it for ``restore_card``."""
    card = _card(project, card_id)
    with project.db.transaction():
        store.delete_card(project.db, card)
        if card.origin == "observed" and card.friction_key:
            dismissed = set(get_journey(project, card.journey_id).dismissed) | {card.friction_key}
            store.update_journey(project.db, card.journey_id, dismissed=dismissed)
        _touch(project, card.journey_id)
    return card


def restore_card(project: ProjectFile, card: Card) -> None:
    _cell(project, card.lane_id, card.stage_id)
    with project.db.transaction():
        store.insert_card(project.db, card)
        if card.origin == "observed" and card.friction_key:
            dismissed = set(get_journey(project, card.journey_id).dismissed) - {card.friction_key}
            store.update_journey(project.db, card.journey_id, dismissed=dismissed)
        _touch(project, card.journey_id)


# --------------------------------------------------------------------------- emotion


def set_emotion(project: ProjectFile, stage_id: int, value: float | None) -> float | None:
    """The researcher's emotion for a stage (−2..+2; None goes back to the evidence's value).

    Returns the previous override. The override survives recomputing the observed journey.
    """
    stage = _stage(project, stage_id)
    if value is not None:
        value = float(value)
        if not EMOTION_RANGE[0] <= value <= EMOTION_RANGE[1]:
            raise JourneyError(translate("Journeys", "Emotion goes from -2 (very negative) to +2 "
                                         "(very positive); {value} is outside.").format(value=value))
    old = store.get_emotion(project.db, stage_id)
    with project.db.transaction():
        store.set_emotion_override(project.db, stage.journey_id, stage_id, value)
        _touch(project, stage.journey_id)
    return old.override if old else None


# --------------------------------------------------------------------------- action mapping


@dataclass(frozen=True)
class ActionStage:
    action: str
    #: How many of the persona's members' events have this action.
    events: int
    stage_id: int | None


def action_mapping(project: ProjectFile, journey_id: int) -> list[ActionStage]:
    """Each action of the members' events and the stage it counts for (when no stage column)."""
    journey = get_journey(project, journey_id)
    mapping = store.action_stages(project.db, journey_id)
    counts = (store.member_actions(project.db, journey.persona_id)
              if journey.persona_id is not None else [])
    found = [ActionStage(action, n, mapping.get(action)) for action, n in counts]
    seen = {a.action for a in found}
    found += [ActionStage(action, 0, stage) for action, stage in sorted(mapping.items())
              if action not in seen]
    return found


def set_action_stage(project: ProjectFile, journey_id: int, action: str,
                     stage_id: int | None) -> int | None:
    """Count an action for a stage (None: for none); returns the old stage. Refresh afterwards."""
    get_journey(project, journey_id)
    if stage_id is not None and _stage(project, stage_id).journey_id != journey_id:
        raise JourneyError(translate("Journeys", "Stage {id} is not a stage of this map.").format(
            id=stage_id))
    old = store.action_stages(project.db, journey_id).get(action)
    with project.db.transaction():
        store.set_action_stage(project.db, journey_id, action, stage_id)
        _touch(project, journey_id)
    return old


# --------------------------------------------------------------------------- the observed journey


def _stage_labels(journey: JourneyMap) -> list[str]:
    """Unique labels for the analysis: the stage names, numbered when two are the same."""
    labels: list[str] = []
    for stage in journey.stages:
        label, n = stage.name, 2
        while label in labels:
            label, n = f"{stage.name} ({n})", n + 1
        labels.append(label)
    return labels


def _label_lookup(journey: JourneyMap, labels: list[str]) -> dict[str, str]:
    """Normalised stage-column values → stage label: names, template names, the other template's."""
    english, translated = STAGE_ENGLISH, stage_names()
    lookup: dict[str, str] = {}
    for stage, label in zip(journey.stages, labels, strict=True):
        lookup.setdefault(normalise_label(stage.name), label)
        if stage.key:
            lookup.setdefault(normalise_label(english[stage.key]), label)
            lookup.setdefault(normalise_label(translated[stage.key]), label)
            lookup.setdefault(normalise_label(stage.key), label)
    for stage, label in zip(journey.stages, labels, strict=True):
        for other, equivalent in STAGE_EQUIVALENT.items():
            if stage.key and equivalent == stage.key:
                lookup.setdefault(normalise_label(english[other]), label)
                lookup.setdefault(normalise_label(translated[other]), label)
    return lookup


def _stage_column(project: ProjectFile, source_id: int) -> int | None:
    for column in source_store.source_columns(project.db, source_id):
        if STAGE_COLUMN.search(column.label or "") or STAGE_COLUMN.search(column.name):
            return column.position
    return None


def _raw_events(project: ProjectFile, journey: JourneyMap):
    """The persona's members' touchpoints, ``stage`` holding the stage column's raw value."""
    import pandas as pd

    columns = list(store.EVENT_FIELDS)
    if journey.persona_id is None:
        return pd.DataFrame(columns=columns)
    frames = [store.member_events_frame(project.db, journey.persona_id, source_id,
                                        _stage_column(project, source_id))
              for source_id in store.event_sources(project.db)]
    frames = [frame for frame in frames if len(frame)]
    if not frames:
        return pd.DataFrame(columns=columns)
    if len(frames) == 1:
        return frames[0]
    if any(not pd.api.types.is_datetime64_any_dtype(f["occurred_at"]) for f in frames):
        for frame in frames:  # one column of text: parsed in the analysis, as from one source
            if pd.api.types.is_datetime64_any_dtype(frame["occurred_at"]):
                frame["occurred_at"] = frame["occurred_at"].dt.strftime("%Y-%m-%dT%H:%M:%S")
    events = pd.concat(frames, ignore_index=True)
    for column in ("channel", "action", "outcome", "stage"):
        events[column] = events[column].astype(object).astype("category")
    return events


def _new_actions(journey: JourneyMap, events, mapping: dict[str, int | None]) -> dict[str, int | None]:
    """Actions not mapped yet, with the stage their words suggest."""
    seen = events["action"].dropna().unique()
    return {str(a): suggest_action_stage(str(a), journey.stages) for a in seen if str(a) not in mapping}


def _with_stages(project: ProjectFile, journey: JourneyMap, events,
                 mapping: dict[str, int | None]):
    from workbench.analysis.journeys import assign_stages

    labels = _stage_labels(journey)
    by_id = dict(zip((s.id for s in journey.stages), labels, strict=True))
    action_stages = {action: by_id[stage] for action, stage in mapping.items() if stage in by_id}
    events["stage"] = assign_stages(events["stage"] if events["stage"].notna().any() else None,
                                    events["action"], _label_lookup(journey, labels), action_stages,
                                    categories=labels)
    return events


def journey_events(project: ProjectFile, journey_id: int, journey: JourneyMap | None = None):
    """The persona's members' touchpoints as a DataFrame, each with its stage label resolved.

    Stage: the event source's stage column when it names a stage of the map (or of the
    other template), else the stage its action is mapped to, else missing.
    """
    journey = journey or get_journey(project, journey_id)
    events = _raw_events(project, journey)
    mapping = store.action_stages(project.db, journey.id)
    return _with_stages(project, journey, events, {**_new_actions(journey, events, mapping),
                                                   **mapping})


def event_stages(project: ProjectFile, journey_id: int, labels: Sequence, actions: Sequence
                 ) -> list[int | None]:
    """Stage ids of events (any customer's) by the map's rules, given each event's stage-column
    value (or None) and action: as :func:`journey_events` resolves them; None when unknown."""
    import pandas as pd

    from workbench.analysis.journeys import assign_stages

    journey = get_journey(project, journey_id)
    names = _stage_labels(journey)
    actions = pd.Series(list(actions), dtype=object)
    labels = pd.Series(list(labels), dtype=object)
    mapping = store.action_stages(project.db, journey.id)
    seen = {str(a) for a in actions.dropna().unique()}
    new = {a: suggest_action_stage(a, journey.stages) for a in sorted(seen) if a not in mapping}
    by_id = dict(zip((s.id for s in journey.stages), names, strict=True))
    action_stages = {a: by_id[s] for a, s in {**new, **mapping}.items() if s in by_id}
    stages = assign_stages(labels if labels.notna().any() else None, actions.astype(str).where(
        actions.notna(), None), _label_lookup(journey, names), action_stages, categories=names)
    ids = [s.id for s in journey.stages]
    return [None if code < 0 else ids[code] for code in stages.cat.codes.tolist()]


def member_last_stages(project: ProjectFile, journey_id: int) -> dict[int, int]:
    """Each of the journey persona's members: the stage of their latest event with a known
    stage (events without a date count as the earliest)."""
    journey = get_journey(project, journey_id)
    events = journey_events(project, journey_id, journey)
    if not len(events):
        return {}
    names = _stage_labels(journey)
    by_name = dict(zip(names, (s.id for s in journey.stages), strict=True))
    known = events[events["stage"].notna()].copy()
    known["_order"] = known["occurred_at"].astype(str).where(known["occurred_at"].notna(), "")
    known = known.sort_values("_order", kind="stable")
    last = known.groupby("customer_id", observed=True)["stage"].last()
    return {int(c): by_name[str(s)] for c, s in last.items() if str(s) in by_name}


def refresh_observed(project: ProjectFile, journey_id: int, task: Task | None = None,
                     thresholds=None) -> ObservedJourney:
    """Recompute the observed journey and store its figures (aggregates only).

    Proposes the emotion per stage from scores (the researcher's override
    stays) and friction points as pain-point cards: new ones are added, those
    that no longer apply are withdrawn unless the researcher edited them, and
    proposals the researcher removed are not proposed again.
    """
    from workbench.analysis.journeys import describe_friction, observe_journey

    task = ensure_task(task)
    journey = get_journey(project, journey_id)
    if journey.persona_id is None:
        raise JourneyError(translate(
            "Journeys", "The persona of journey map '{name}' was deleted, so its observed journey "
            "cannot be computed again; the figures shown are the last ones computed.").format(
            name=journey.name))
    task.report(0, 3, translate("Journeys", "Reading the members' touchpoints…"))
    events = _raw_events(project, journey)
    mapping = store.action_stages(project.db, journey.id)
    new_actions = _new_actions(journey, events, mapping)
    events = _with_stages(project, journey, events, {**new_actions, **mapping})
    members = store.persona_member_ids(project.db, journey.persona_id)
    task.report(1, 3, translate("Journeys", "Computing the observed journey…"))
    observed = observe_journey(events, members, _stage_labels(journey), thresholds,
                               stage_ids=[s.id for s in journey.stages])
    observed.friction += coded_complaints(project, journey_id, observed)
    task.report(2, 3, translate("Journeys", "Saving the observed journey…"))
    db = project.db
    with db.transaction():
        stamp = now_iso()
        # actions seen for the first time get the stage their words suggest (editable)
        store.set_action_stages(db, journey_id, new_actions.items())
        store.update_journey(db, journey_id, observed=observed.to_dict(), observed_at=stamp,
                             updated_at=stamp)
        for stage, figures in zip(journey.stages, observed.stages, strict=True):
            store.set_observed_emotion(db, journey_id, stage.id, figures.emotion, figures.emotion_n)
        lane = journey.lane(LANE_PAIN_POINTS)
        if lane is not None:
            _propose_friction(project, journey, lane.id, observed.friction, describe_friction)
    task.report(3, 3, translate("Journeys", "Done"))
    return observed


def _propose_friction(project: ProjectFile, journey: JourneyMap, lane_id: int,
                      friction: list[FrictionPoint], describe) -> None:
    db = project.db
    existing = {c.friction_key: c for c in journey.cards
                if c.origin == "observed" and c.friction_key and c.lane_id == lane_id}
    wanted = {f.key: f for f in friction if f.key not in set(journey.dismissed)}
    for key, card in existing.items():
        if key not in wanted and not card.edited:
            store.delete_card(db, store.get_card(db, card.id))
    for key, point in wanted.items():
        figures = {**point.figures, "key": key, "kind": point.kind, "members": point.members,
                   "share": point.share, "channel": point.figures.get("channel", point.channel)}
        card = existing.get(key)
        if card is not None:
            store.update_card(db, card.id, figures=figures,
                              text=None if card.edited else describe(point))
            continue
        store.insert_card(db, Card(0, journey.id, lane_id, point.stage_id,
                                   store.cell_size(db, lane_id, point.stage_id), describe(point),
                                   "observed", figures))


def _friction_point(journey: JourneyMap, key: str) -> FrictionPoint:
    if journey.observed is not None:
        for point in journey.observed.friction:
            if point.key == key:
                return point
    raise JourneyError(translate("Journeys", "This friction point is no longer found in the "
                                 "data: refresh the observed journey."))


def friction_members(project: ProjectFile, journey_id: int, key: str | int) -> list[int]:
    """Customer ids behind a friction point (its key, or the id of the card proposing it).

    Computed again from the events each time: member lists are never stored in the map.
    """
    from workbench.analysis import journeys as analysis

    journey = get_journey(project, journey_id)
    if isinstance(key, int):
        key = _card(project, key).friction_key or ""
    point = _friction_point(journey, key)
    members = (store.persona_member_ids(project.db, journey.persona_id)
               if journey.persona_id is not None else [])
    if point.kind == "complaint":
        from workbench.analysis.journeys import is_complaint_code

        code_id = point.figures.get("code_id")
        return sorted({c for c, code, _name, _text in _complaint_passages(
            project, journey.persona_id, is_complaint_code) if code == code_id}) \
            if journey.persona_id is not None else []
    return analysis.friction_members(journey_events(project, journey_id, journey), members,
                                     _stage_labels(journey), point)


def disagreements(project: ProjectFile, journey_id: int) -> list[Disagreement]:
    """Per stage, where the designed map and the observed journey disagree."""
    from workbench.analysis.journeys import design_disagreements

    return design_disagreements(get_journey(project, journey_id))


def coded_complaints(project: ProjectFile, journey_id: int,
                     observed: ObservedJourney | None = None, *,
                     speakers: SpeakerScope | str = SpeakerScope.RESPONDENTS
                     ) -> list[FrictionPoint]:
    """The persona's members' coded complaints as friction points, each at its stage.

    Complaint codes are those whose name or a parent's says complaint,
    friction, pain, problem... (English and Italian); a code is placed on the
    stage whose name, actions and channels its passages mention most, and
    left off the map when they mention none. Only passages starting in
    ``speakers``' words count (respondents by default: an interviewer asking about
    a problem is not the customer's complaint).
    """
    from workbench.analysis.journeys import is_complaint_code, place_complaints, stage_vocabulary

    journey = get_journey(project, journey_id)
    observed = observed or journey.observed
    if observed is None or journey.persona_id is None \
            or not store.coded_evidence_available(project.db):
        return []
    passages = _complaint_passages(project, journey.persona_id, is_complaint_code, speakers)
    if not passages:
        return []
    actions = [store.actions_of_stage(project.db, stage.id) for stage in journey.stages]
    vocabulary = stage_vocabulary(_stage_labels(journey), actions, observed)
    return place_complaints(passages, observed, vocabulary, [s.id for s in journey.stages])


def _complaint_passages(project: ProjectFile, persona_id: int, is_complaint,
                        speakers: SpeakerScope | str = SpeakerScope.RESPONDENTS
                        ) -> list[tuple[int, int, str, str]]:
    """(customer, code, code name, text) of the members' coded complaints in ``speakers``'
    words, each text stopping where someone else's words begin."""
    from workbench.services.speakers import clip_to_scope, prepare_scope
    from workbench.store import evidence as evidence_store

    codes = {c.id: c for c in evidence_store.list_codes(project.db)}

    def path(code_id: int) -> list[str]:
        names, seen = [], set()
        while code_id in codes and code_id not in seen:
            seen.add(code_id)
            names.append(codes[code_id].name)
            code_id = codes[code_id].parent_id
        return names

    complaint_ids = [c for c in codes if is_complaint(path(c))]
    if not complaint_ids:
        return []
    members = store.persona_member_ids(project.db, persona_id)
    scope = prepare_scope(project, speakers)
    # the customers' own complaints: what front-line staff wrote is kept apart (its own lane)
    rows = [r for r in evidence_store.coded_passages(project.db, code_ids=complaint_ids,
                                                     customer_ids=members, speakers=scope)
            if r["voice"] != "frontline"]
    ends = clip_to_scope(project, [(r["document_id"], r["start"], r["end"]) for r in rows], scope)
    return [(r["customer_id"], r["code_id"], codes[r["code_id"]].name,
             r["text"][:end - r["start"]]) for r, end in zip(rows, ends, strict=True)]


def compare_journeys(project: ProjectFile, journey_ids: Sequence[int]) -> EmotionComparison:
    """Emotion curves of several maps on one axis (stages matched by name), for one chart."""
    from workbench.analysis.journeys import compare_emotions

    if not journey_ids:
        raise JourneyError(translate("Journeys", "Choose at least one journey map to compare."))
    return compare_emotions([get_journey(project, j) for j in journey_ids])
