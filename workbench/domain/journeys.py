"""Journey maps as the researcher edits them, and the observed journey beside them.

A journey map belongs to one persona. Its stages (columns) and lanes (rows)
have ids and positions; a cell is (lane, stage) and holds cards, so renaming
or reordering stages keeps every card. The emotion lane holds one value per
stage: the value proposed from evidence (scores, with their n) unless the
researcher overrode it.

The observed journey (:class:`ObservedJourney`) holds only aggregate figures
of the persona's members' touchpoint events, never customer ids; the members
behind a friction point are computed on demand from its ``key``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# ----------------------------------------------------------------------------- templates

#: Stage keys of the built-in templates, in order. Names are translated by the service.
TEMPLATE_STAGES: dict[str, tuple[str, ...]] = {
    "problem": ("problem_discovery", "problem_definition", "development_resolution",
                "solution_delivery"),
    "classic": ("awareness", "familiarity", "consideration", "purchase", "loyalty"),
}
DEFAULT_TEMPLATE = "problem"

#: English names of template stages (what an imported stage column usually says).
STAGE_ENGLISH = {
    "problem_discovery": "Problem discovery",
    "problem_definition": "Problem definition",
    "development_resolution": "Development and resolution",
    "solution_delivery": "Delivery of the solution",
    "awareness": "Awareness",
    "familiarity": "Familiarity",
    "consideration": "Consideration",
    "purchase": "Purchase",
    "loyalty": "Loyalty",
}

#: Where a stage of one template falls in the other, so a log labelled with the classic
#: stages still fills a problem-to-solution map and the other way round.
STAGE_EQUIVALENT = {
    "awareness": "problem_discovery",
    "familiarity": "problem_definition",
    "consideration": "problem_definition",
    "purchase": "development_resolution",
    "loyalty": "solution_delivery",
    "problem_discovery": "awareness",
    "problem_definition": "consideration",
    "development_resolution": "purchase",
    "solution_delivery": "loyalty",
}

#: Keywords of actions that belong to a template stage, for the default action → stage mapping.
STAGE_ACTION_KEYWORDS: dict[str, tuple[str, ...]] = {
    "problem_discovery": ("ad", "advert", "saw", "discover", "notice", "newsletter", "social",
                          "search", "browse", "review", "visit", "landing", "pubblicit",
                          "scopert", "cerca", "ricerca", "navig"),
    "problem_definition": ("compare", "comparison", "advice", "question", "price", "quote",
                           "spec", "wishlist", "consult", "confront", "prezzo", "preventiv",
                           "consigl", "domand"),
    "development_resolution": ("cart", "checkout", "payment", "pay", "order", "buy", "purchase",
                               "book", "subscribe", "sign", "carrello", "pagament", "ordin",
                               "acquist", "prenot"),
    "solution_delivery": ("deliver", "shipping", "pickup", "pick up", "return", "refund",
                          "install", "support", "repair", "warranty", "consegn", "spedi", "ritir",
                          "reso", "rimbors", "assistenz"),
}
for _classic, _problem in (("awareness", "problem_discovery"), ("familiarity", "problem_definition"),
                           ("purchase", "development_resolution"), ("loyalty", "solution_delivery")):
    STAGE_ACTION_KEYWORDS[_classic] = STAGE_ACTION_KEYWORDS[_problem]
STAGE_ACTION_KEYWORDS["consideration"] = STAGE_ACTION_KEYWORDS["problem_definition"]

# ----------------------------------------------------------------------------- lanes

LANE_ACTIONS = "actions"
LANE_TOUCHPOINTS = "touchpoints"
LANE_THOUGHTS = "thoughts"
LANE_EMOTION = "emotion"
LANE_PAIN_POINTS = "pain_points"
LANE_OPPORTUNITIES = "opportunities"
LANE_TEAM = "team"
#: A lane the researcher added: cards of free text.
LANE_TEXT = "text"

#: The lanes of a new map, in order.
DEFAULT_LANES = (LANE_ACTIONS, LANE_TOUCHPOINTS, LANE_THOUGHTS, LANE_EMOTION, LANE_PAIN_POINTS,
                 LANE_OPPORTUNITIES, LANE_TEAM)
LANE_KINDS = (*DEFAULT_LANES, LANE_TEXT)

#: Channels the map draws with an icon; ``channel_kind`` maps free text onto them.
CHANNELS = ("store", "website", "app", "email", "chat", "chatbot", "call_centre", "social")
_CHANNEL_WORDS = (
    ("chatbot", ("chatbot", "bot", "assistente virtuale", "virtual assistant")),
    ("call_centre", ("call", "phone", "telefon", "contact cent", "helpdesk", "hotline")),
    ("email", ("mail", "newsletter", "posta")),
    ("chat", ("chat", "whatsapp", "messag")),
    ("social", ("social", "facebook", "instagram", "tiktok", "linkedin", "twitter")),
    ("app", ("app", "mobile")),
    ("website", ("web", "site", "sito", "online", "e-commerce", "ecommerce", "portal")),
    ("store", ("store", "shop", "negozio", "punto vendita", "branch", "filiale", "boutique")),
)


def channel_kind(channel: str) -> str | None:
    """The icon channel a free-text channel name is (``"call centre"`` → ``call_centre``)."""
    text = " ".join(str(channel).casefold().split())
    for kind, words in _CHANNEL_WORDS:
        if any(word in text for word in words):
            return kind
    return None


def normalise_label(text: str) -> str:
    """Case-, accent-blind and space-insensitive form used to match stage labels."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", str(text).casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return "".join(ch for ch in folded if ch.isalnum())


# ----------------------------------------------------------------------------- the designed map


@dataclass(frozen=True)
class Stage:
    id: int
    journey_id: int
    position: int
    name: str
    #: The template stage it came from (kept on rename), None for a stage the researcher added.
    key: str | None = None


@dataclass(frozen=True)
class Lane:
    id: int
    journey_id: int
    position: int
    kind: str
    name: str
    hidden: bool = False


@dataclass(frozen=True)
class Evidence:
    """A passage of a document (a quote) a card is linked to."""

    document_id: int
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Card:
    id: int
    journey_id: int
    lane_id: int
    stage_id: int
    position: int
    text: str
    #: "designed" (written by the researcher) or "observed" (proposed from the data).
    origin: str = "designed"
    #: For observed cards: their numbers and ``key`` (the friction point they describe).
    figures: dict | None = None
    edited: bool = False
    evidence: Evidence | None = None

    @property
    def friction_key(self) -> str | None:
        return (self.figures or {}).get("key")


@dataclass(frozen=True)
class StageEmotion:
    stage_id: int
    #: Proposed from scores, −2..+2, None when no evidence.
    observed: float | None = None
    observed_n: int = 0
    #: The researcher's value; wins over the observed one.
    override: float | None = None

    @property
    def value(self) -> float | None:
        return self.override if self.override is not None else self.observed

    @property
    def overridden(self) -> bool:
        return self.override is not None


@dataclass(frozen=True)
class JourneySummary:
    id: int
    name: str
    persona_id: int | None
    persona_name: str | None
    template: str
    created_at: str
    updated_at: str
    stage_count: int
    card_count: int


@dataclass
class JourneyMap:
    id: int
    name: str
    persona_id: int | None
    template: str
    created_at: str
    updated_at: str
    stages: list[Stage]
    lanes: list[Lane]
    cards: list[Card]
    emotions: dict[int, StageEmotion]
    observed: ObservedJourney | None = None
    observed_at: str | None = None
    persona_name: str | None = None
    dismissed: list[str] = field(default_factory=list)

    def cell(self, lane_id: int, stage_id: int) -> list[Card]:
        """The cards of one cell, in order."""
        return sorted((c for c in self.cards if c.lane_id == lane_id and c.stage_id == stage_id),
                      key=lambda c: c.position)

    def lane(self, kind: str) -> Lane | None:
        """The first lane of a kind."""
        return next((lane for lane in self.lanes if lane.kind == kind), None)

    def stage(self, stage_id: int) -> Stage:
        return next(s for s in self.stages if s.id == stage_id)

    def emotion(self, stage_id: int) -> StageEmotion:
        return self.emotions.get(stage_id, StageEmotion(stage_id))


@dataclass(frozen=True)
class RemovedStage:
    """Everything removing a stage took away, to put it back exactly (undo)."""

    stage: Stage
    cards: list[Card]
    emotion: StageEmotion | None
    actions: list[str]


@dataclass(frozen=True)
class RemovedLane:
    lane: Lane
    cards: list[Card]


@dataclass(frozen=True)
class JourneyTemplate:
    #: "problem", "classic" or "saved:<id>".
    key: str
    name: str
    stages: list[str]
    #: (kind, name) of each lane.
    lanes: list[tuple[str, str]]
    stage_keys: list[str | None] = field(default_factory=list)


# ----------------------------------------------------------------------------- the observed journey


@dataclass
class StageObservation:
    stage: str
    #: Members with at least one event at this stage, and their share of the members with events.
    members: int = 0
    share: float = 0.0
    events: int = 0
    #: channel → events, most used first; channel → share of the stage's events.
    channels: dict[str, int] = field(default_factory=dict)
    channel_shares: dict[str, float] = field(default_factory=dict)
    #: actions → events, most frequent first (at most ten).
    actions: dict[str, int] = field(default_factory=dict)
    #: Hours between a member's previous event and their events at this stage.
    median_gap_hours: float | None = None
    p90_gap_hours: float | None = None
    gaps: int = 0
    #: Contacts repeating the same stage and channel, and the members who repeated.
    repeat_contacts: int = 0
    repeat_members: int = 0
    #: Members whose furthest stage is this one (none for the last stage).
    dropped_out: int = 0
    dropout_share: float = 0.0
    #: Events with a negative score or outcome.
    negative_events: int = 0
    negative_share: float = 0.0
    negative_channel: str | None = None
    #: Mean score on −2..+2 and how many scores it rests on.
    emotion: float | None = None
    emotion_n: int = 0
    #: The map's stage these figures are for (None outside a map).
    stage_id: int | None = None


@dataclass
class Transition:
    source: str
    target: str
    count: int
    share: float


@dataclass
class FrictionPoint:
    """A place where members stall, repeat, drop out or complain."""

    #: "stall", "repeat", "dropout", "negative" or "complaint".
    kind: str
    stage: str
    channel: str | None
    #: How many members it concerns and their share of the members seen at the stage.
    members: int
    share: float
    figures: dict[str, Any]
    #: The map's stage (None outside a map).
    stage_id: int | None = None

    @property
    def key(self) -> str:
        """Stable id of the friction point: kind, stage (id when known) and channel.

        A coded complaint also carries its code, so two codes complained about
        at the same stage are two points, not one.
        """
        stage = str(self.stage_id) if self.stage_id is not None else self.stage
        parts = [self.kind, stage, self.channel or ""]
        if self.kind == "complaint" and self.figures.get("code_id") is not None:
            parts.append(str(self.figures["code_id"]))
        return "|".join(parts)


@dataclass
class ObservedJourney:
    stage_order: list[str]
    #: Members of the persona, and those with at least one event.
    members: int
    members_with_events: int
    events: int
    #: Events whose stage could not be told (no stage column value and no action mapping).
    unstaged_events: int
    stages: list[StageObservation]
    transitions: list[Transition]
    friction: list[FrictionPoint]
    median_gap_hours: float | None = None
    #: "1-5", "0-10", ... the scale the scores were read on, None without scores.
    score_scale: str | None = None

    def stage(self, name: str) -> StageObservation | None:
        return next((s for s in self.stages if s.stage == name), None)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ObservedJourney:
        data = dict(data)
        data["stages"] = [StageObservation(**s) for s in data.get("stages", [])]
        data["transitions"] = [Transition(**t) for t in data.get("transitions", [])]
        data["friction"] = [FrictionPoint(**f) for f in data.get("friction", [])]
        return cls(**data)


@dataclass(frozen=True)
class Disagreement:
    """Where the designed map and the observed journey disagree at a stage."""

    stage_id: int
    #: "channel_missing", "emotion_differs" or "stage_skipped".
    kind: str
    message: str
    figures: dict


@dataclass(frozen=True)
class EmotionCurve:
    journey_id: int
    journey_name: str
    persona_name: str | None
    #: One value per label of the comparison (None where the journey has no such stage).
    values: list[float | None]
    n: list[int]


@dataclass(frozen=True)
class EmotionComparison:
    stage_labels: list[str]
    curves: list[EmotionCurve]
