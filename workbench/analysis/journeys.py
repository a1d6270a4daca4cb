"""The observed journey of a persona's members, from their touchpoint events.

Pure pandas over an events frame with the columns ``customer_id``,
``occurred_at`` (ISO text or datetimes), ``channel``, ``action``, ``outcome``,
``score`` and ``stage`` (the journey stage's label, missing when unknown):

- :func:`observe_journey`: share of members seen per stage, channels and
  actions per stage, channel-to-channel transitions, time between steps,
  repeat contacts, drop-out, negative scores/outcomes, emotion proposed from
  scores, and the friction points found in these figures;
- :func:`friction_members`: the members behind one friction point (on demand:
  customer ids are never cached);
- :func:`design_disagreements`: where a designed map and the observed journey
  disagree; :func:`compare_emotions`: emotion curves of several maps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from workbench.domain.journeys import (
    LANE_TOUCHPOINTS,
    Disagreement,
    EmotionComparison,
    EmotionCurve,
    FrictionPoint,
    JourneyMap,
    ObservedJourney,
    StageObservation,
    Transition,
    channel_kind,
    normalise_label,
)
from workbench.i18n import translate

EVENT_COLUMNS = ("customer_id", "occurred_at", "channel", "action", "outcome", "score", "stage")

#: Outcomes that say a contact went badly (English and Italian).
NEGATIVE_OUTCOME = re.compile(
    r"(complain|fail|error|\bko\b|cancel|refus|reject|not |problem|broken|late|lost|escalat|"
    r"reclam|lament|errore|fallit|annull|rifiut|guast|ritard|non )", re.I)
#: A score this low on the −2..+2 scale counts as negative feedback.
NEGATIVE_EMOTION = -1.0
MAX_TRANSITIONS = 15
MAX_ACTIONS = 10


@dataclass(frozen=True)
class FrictionThresholds:
    """When a figure becomes a friction point."""

    #: A friction point concerns at least this many members.
    min_members: int = 3
    #: A stage stalls when its median time to reach a step is this many times the overall one.
    stall_factor: float = 2.0
    #: Share of the stage's members who repeat a contact on the same channel.
    repeat_share: float = 0.25
    #: Share of the stage's members for whom it is the last stage reached (not the final one).
    dropout_share: float = 0.15
    #: Share of a stage-and-channel's events with a negative score or outcome.
    negative_share: float = 0.2


# --------------------------------------------------------------------------- scores


_SCALES = ((1.0, 5.0), (0.0, 5.0), (1.0, 7.0), (0.0, 10.0), (1.0, 10.0), (0.0, 100.0))


def score_scale(scores: pd.Series) -> tuple[float, float] | None:
    """The rating scale the scores were given on: CSAT 1–5, NPS 0–10, 0–100 ..."""
    known = pd.to_numeric(scores, errors="coerce").dropna()
    if known.empty:
        return None
    low, high = float(known.min()), float(known.max())
    for lo, hi in _SCALES:
        if lo <= low and high <= hi:
            return lo, hi
    return (low, high) if high > low else (low - 1.0, low + 1.0)


def to_emotion(scores: pd.Series, scale: tuple[float, float] | None) -> pd.Series:
    """Scores mapped linearly onto −2..+2 (1→−2, 3→0, 5→+2 on a 1–5 scale)."""
    values = pd.to_numeric(scores, errors="coerce").astype("float64")
    if scale is None:
        return values * np.nan
    lo, hi = scale
    return (-2.0 + 4.0 * (values - lo) / (hi - lo)).clip(-2.0, 2.0)


# --------------------------------------------------------------------------- stages


def assign_stages(labels: pd.Series | None, actions: pd.Series,
                  label_stages: Mapping[str, str], action_stages: Mapping[str, str],
                  categories: Sequence[str] | None = None) -> pd.Series:
    """Each event's stage: its stage label when it names one, else its action's mapped stage.

    ``label_stages`` maps :func:`normalise_label` forms to stage names; ``action_stages`` maps
    actions (as written) to stage names. Unknown events get None; with ``categories`` (the
    stage names in order) the result is a categorical of them (unknown events: NaN), which
    :func:`observe_journey` reads without looking at the names again.
    """
    names = list(categories) if categories is not None else None
    known: dict[str, int] = {}

    def code(stage: str | None) -> int:
        if stage is None or (names is not None and stage not in names):
            return -1
        if names is None:
            return known.setdefault(stage, len(known))
        return names.index(stage)

    def through(values: pd.Series, mapping: Mapping[str, str], normalise: bool) -> np.ndarray:
        # one lookup per distinct value; code -1 (missing) picks the trailing -1
        cat = values if isinstance(values.dtype, pd.CategoricalDtype) else values.astype("category")
        resolved = np.array([code(mapping.get(normalise_label(c) if normalise else str(c)))
                             for c in cat.cat.categories] + [-1], dtype="int64")
        return resolved[cat.cat.codes.to_numpy()]

    codes = through(actions, action_stages, False)
    if labels is not None:
        by_label = through(labels, label_stages, True)
        codes = np.where(by_label >= 0, by_label, codes)
    if names is not None:
        return pd.Series(pd.Categorical.from_codes(codes, categories=names), index=actions.index)
    lookup = np.array(list(known) + [None], dtype=object)
    return pd.Series(lookup[codes], index=actions.index, dtype=object)


# --------------------------------------------------------------------------- preparation


def _codes(values: pd.Series) -> tuple[np.ndarray, list]:
    """Integer codes (missing: -1) and the values they stand for (sorted unless given so)."""
    cat = values if isinstance(values.dtype, pd.CategoricalDtype) else values.astype("category")
    return cat.cat.codes.to_numpy().astype("int64"), list(cat.cat.categories)


def _times(when: pd.Series) -> tuple[np.ndarray, np.ndarray, float]:
    """Timestamps as int64 ticks, where they are missing, and ticks per second."""
    if not pd.api.types.is_datetime64_any_dtype(when):
        when = pd.to_datetime(when, format="ISO8601", errors="coerce")
    if isinstance(when.dtype, pd.DatetimeTZDtype):
        when = when.dt.tz_convert("UTC").dt.tz_localize(None)
    values = when.to_numpy()
    unit = np.datetime_data(values.dtype)[0]
    per_second = float(np.timedelta64(1, "s") / np.timedelta64(1, unit))
    return values.view("int64"), np.isnat(values), per_second


@dataclass
class _Prepared:
    """The members' events as numpy arrays, sorted by customer and time (missing times last)."""

    stages: list[str]
    members: int
    scale: tuple[float, float] | None
    overall_median_gap: float | None
    customer: np.ndarray  # customer ids, ascending
    person: np.ndarray  # 0, 1, 2 ... one per customer (dense rank of customer)
    people: int
    stage: np.ndarray  # stage code, -1 when unstaged
    channel: np.ndarray  # channel code, -1 when missing
    channels: list
    action: np.ndarray
    actions: list
    gap: np.ndarray  # hours since the same customer's previous event (NaN for a first event)
    prev_channel: np.ndarray  # channel of the same customer's previous event (-1: none)
    emotion: np.ndarray
    negative: np.ndarray
    _by_stage: list[np.ndarray] | None = None

    def starts(self) -> np.ndarray:
        """Position of each customer's first event."""
        return np.flatnonzero(np.r_[True, self.person[1:] != self.person[:-1]][:len(self.person)])

    def ids(self) -> np.ndarray:
        """Customer id of each customer rank."""
        return self.customer[self.starts()]

    def at(self, code: int) -> np.ndarray:
        """Positions of the events at one stage (split once, in event order)."""
        if self._by_stage is None:
            staged = np.flatnonzero(self.stage >= 0)
            order = staged[np.argsort(self.stage[staged], kind="stable")]
            bounds = np.searchsorted(self.stage[order], np.arange(len(self.stages) + 1))
            self._by_stage = [order[bounds[i]:bounds[i + 1]] for i in range(len(self.stages))]
        return self._by_stage[code]


def _prepare(events: pd.DataFrame, member_ids: Iterable[int], stages: Sequence[str]) -> _Prepared:
    members = pd.Index(pd.unique(np.asarray(list(member_ids), dtype="int64")))
    keep = events["customer_id"].isin(members).to_numpy()
    frame = events if keep.all() else events.loc[keep]  # no copy when every event is a member's
    n = len(frame)

    def column(name: str) -> pd.Series:
        return frame[name] if name in frame.columns else pd.Series(np.nan, index=frame.index)

    customer = column("customer_id").to_numpy().astype("int64")
    ticks, missing, per_second = _times(column("occurred_at"))
    # customer, then time (missing times last), keeping the events' order among equals
    latest = np.where(missing, np.iinfo(np.int64).max, ticks)
    order = np.lexsort((missing, latest, customer)) if n else np.zeros(0, dtype="int64")
    customer, ticks, missing = customer[order], ticks[order], missing[order]
    channel, channels = _codes(column("channel"))
    action, actions = _codes(column("action"))
    outcome, outcomes = _codes(column("outcome"))
    labels = column("stage")
    if isinstance(labels.dtype, pd.CategoricalDtype) and list(labels.cat.categories) == list(stages):
        stage = labels.cat.codes.to_numpy().astype("int64")
    else:
        stage = pd.Categorical(labels, categories=list(stages)).codes.astype("int64")
    channel, action, outcome, stage = channel[order], action[order], outcome[order], stage[order]
    score = pd.to_numeric(column("score"), errors="coerce").to_numpy("float64")[order]

    same = np.zeros(n, dtype=bool)
    same[1:] = customer[1:] == customer[:-1]
    person = np.cumsum(~same) - 1
    gap = np.full(n, np.nan)
    both = same[1:] & ~missing[1:] & ~missing[:-1]
    gap[1:][both] = (ticks[1:][both] - ticks[:-1][both]) / per_second / 3600.0
    prev_channel = np.full(n, -1, dtype="int64")
    prev_channel[1:] = np.where(same[1:], channel[:-1], -1)
    scale = score_scale(pd.Series(score))
    emotion = to_emotion(pd.Series(score), scale).to_numpy("float64")
    bad = np.array([bool(NEGATIVE_OUTCOME.search(str(c))) for c in outcomes] + [False], dtype=bool)
    negative = bad[outcome] | (emotion <= NEGATIVE_EMOTION)
    gaps = gap[~np.isnan(gap)]
    overall = float(np.median(gaps)) if len(gaps) else None
    return _Prepared(list(stages), len(members), scale, overall, customer, person,
                     int(person[-1]) + 1 if n else 0, stage, channel, channels, action, actions,
                     gap, prev_channel, emotion, negative)


def _scale_name(scale: tuple[float, float] | None) -> str | None:
    if scale is None:
        return None
    return f"{scale[0]:g}-{scale[1]:g}"


# --------------------------------------------------------------------------- the observed journey


def _by_stage(p: _Prepared, values: np.ndarray, where: np.ndarray, size: int) -> np.ndarray:
    """Counts of (stage, value) pairs of the staged events ``where`` holds: a stages x size table."""
    keep = where & (p.stage >= 0) & (values >= 0)
    flat = np.bincount(p.stage[keep] * size + values[keep], minlength=len(p.stages) * size)
    return flat.reshape(len(p.stages), size)


def _ranked(counts: np.ndarray, names: list, limit: int | None = None) -> dict[str, int]:
    """Non-zero counts by name, most first (ties in name order)."""
    present = np.flatnonzero(counts)
    present = present[np.argsort(-counts[present], kind="stable")][:limit]
    return {str(names[i]): int(counts[i]) for i in present}


def observe_journey(events: pd.DataFrame, member_ids: Iterable[int], stages: Sequence[str],
                    thresholds: FrictionThresholds | None = None,
                    stage_ids: Sequence[int] | None = None) -> ObservedJourney:
    """Figures of the members' journey through ``stages`` (in order) and its friction points."""
    thresholds = thresholds or FrictionThresholds()
    p = _prepare(events, member_ids, stages)
    count, every = len(p.stages), np.ones(len(p.stage), dtype=bool)
    staged = p.stage >= 0
    seen = np.zeros((p.people, count), dtype=bool)
    seen[p.person[staged], p.stage[staged]] = True
    members_at = seen.sum(axis=0)
    events_at = np.bincount(p.stage[staged], minlength=count)
    channel_counts = _by_stage(p, p.channel, every, len(p.channels))
    action_counts = _by_stage(p, p.action, every, len(p.actions))
    negative_channel = _by_stage(p, p.channel, p.negative, len(p.channels))
    negative_at = np.bincount(p.stage[staged & p.negative], minlength=count)
    repeats = _repeats(p)
    furthest = _furthest(p)
    dropped = np.bincount(furthest[(furthest >= 0) & (furthest < count - 1)], minlength=count)

    observations = []
    for code, name in enumerate(p.stages):
        at = p.at(code)
        seen_here, n_events = int(members_at[code]), int(events_at[code])
        gaps = p.gap[at]
        gaps = gaps[~np.isnan(gaps)]
        emotions = p.emotion[at]
        emotions = emotions[~np.isnan(emotions)]
        channels = _ranked(channel_counts[code], p.channels)
        worst = _ranked(negative_channel[code], p.channels, 1)
        obs = StageObservation(
            stage=name, members=seen_here, share=_ratio(seen_here, p.people), events=n_events,
            channels=channels,
            channel_shares={k: _ratio(v, n_events) for k, v in channels.items()},
            actions=_ranked(action_counts[code], p.actions, MAX_ACTIONS),
            median_gap_hours=_float(np.median(gaps)) if len(gaps) else None,
            p90_gap_hours=_float(np.quantile(gaps, 0.9)) if len(gaps) else None,
            gaps=len(gaps),
            repeat_contacts=int(repeats.contacts[code]),
            repeat_members=int(repeats.members[code]),
            dropped_out=int(dropped[code]),
            dropout_share=_ratio(int(dropped[code]), seen_here),
            negative_events=int(negative_at[code]),
            negative_share=_ratio(int(negative_at[code]), n_events),
            negative_channel=next(iter(worst), None),
            emotion=_round(emotions.mean()) if len(emotions) else None,
            emotion_n=len(emotions),
            stage_id=None if stage_ids is None else int(stage_ids[code]),
        )
        observations.append(obs)

    observed = ObservedJourney(
        stage_order=list(p.stages), members=p.members, members_with_events=p.people,
        events=len(p.stage), unstaged_events=int((~staged).sum()),
        stages=observations, transitions=_transitions(p),
        friction=[], median_gap_hours=_round(p.overall_median_gap),
        score_scale=_scale_name(p.scale))
    observed.friction = _friction(p, observed, thresholds, stage_ids, repeats)
    return observed


@dataclass
class _Repeats:
    """Contacts on the same channel at the same stage by the same customer, more than once."""

    contacts: np.ndarray  # per stage: extra contacts (each repeat beyond the first)
    members: np.ndarray  # per stage: customers who repeat
    stage: np.ndarray  # per repeated (customer, stage, channel): its stage,
    person: np.ndarray  # customer rank,
    channel: np.ndarray  # channel
    extra: np.ndarray  # and extra contacts


def _repeats(p: _Prepared) -> _Repeats:
    count, size = len(p.stages), max(len(p.channels), 1)
    keep = (p.stage >= 0) & (p.channel >= 0)
    key = (p.person[keep] * count + p.stage[keep]) * size + p.channel[keep]
    keys, n = np.unique(key, return_counts=True)
    keys, extra = keys[n > 1], n[n > 1] - 1
    stage = (keys // size) % count
    people = np.unique(keys // size)
    return _Repeats(np.bincount(stage, weights=extra, minlength=count).astype("int64"),
                    np.bincount(people % count, minlength=count), stage, keys // size // count,
                    keys % size, extra)


def _furthest(p: _Prepared) -> np.ndarray:
    """Per customer, the furthest stage reached (-1: no staged event)."""
    return np.maximum.reduceat(p.stage, p.starts()) if len(p.stage) else np.zeros(0, dtype="int64")


def _ratio(part: float, whole: float) -> float:
    return round(float(part) / float(whole), 4) if whole else 0.0


def _float(value) -> float | None:
    return None if value is None or pd.isna(value) else round(float(value), 3)


def _round(value) -> float | None:
    return None if value is None or pd.isna(value) else round(float(value), 2)


def _transitions(p: _Prepared) -> list[Transition]:
    """Switches from one channel to another between a member's consecutive events."""
    size = len(p.channels)
    switch = (p.prev_channel >= 0) & (p.channel >= 0) & (p.prev_channel != p.channel)
    if not switch.any():
        return []
    counts = np.bincount(p.prev_channel[switch] * size + p.channel[switch], minlength=size * size)
    present = np.flatnonzero(counts)
    present = present[np.argsort(-counts[present], kind="stable")]
    total = int(counts.sum())
    return [Transition(str(p.channels[k // size]), str(p.channels[k % size]), int(counts[k]),
                       _ratio(int(counts[k]), total)) for k in present[:MAX_TRANSITIONS]]


# --------------------------------------------------------------------------- friction


def _friction(p: _Prepared, observed: ObservedJourney, thresholds: FrictionThresholds,
              stage_ids: Sequence[int] | None, repeats: _Repeats) -> list[FrictionPoint]:
    found: list[FrictionPoint] = []
    overall = p.overall_median_gap
    last = len(p.stages) - 1

    def point(kind: str, code: int, channel: str | None, members: int, seen: int,
              figures: dict) -> None:
        if members < thresholds.min_members:
            return
        stage_id = None if stage_ids is None else int(stage_ids[code])
        found.append(FrictionPoint(kind, p.stages[code], channel, members,
                                   _ratio(members, seen), figures, stage_id))

    for code, obs in enumerate(observed.stages):
        if obs.members == 0:
            continue
        if (overall and obs.median_gap_hours is not None
                and obs.median_gap_hours >= thresholds.stall_factor * overall):
            stalled = _members(p, "stall", code, None, thresholds)
            point("stall", code, None, len(stalled), obs.members,
                  {"median_gap_hours": obs.median_gap_hours, "p90_gap_hours": obs.p90_gap_hours,
                   "overall_median_gap_hours": round(overall, 3)})
        at = p.at(code)
        if _ratio(obs.repeat_members, obs.members) >= thresholds.repeat_share:
            here = repeats.stage == code
            top = np.bincount(repeats.channel[here], weights=repeats.extra[here],
                              minlength=len(p.channels))
            point("repeat", code, None, obs.repeat_members, obs.members,
                  {"repeat_contacts": obs.repeat_contacts,
                   "channel": str(p.channels[int(top.argmax())]) if here.any() else None})
        if code < last and obs.dropout_share >= thresholds.dropout_share:
            point("dropout", code, None, obs.dropped_out, obs.members,
                  {"next_stage": p.stages[code + 1]})
        channel = p.channel[at]
        known = channel >= 0
        events = np.bincount(channel[known], minlength=len(p.channels))
        bad = np.bincount(channel[known & p.negative[at]], minlength=len(p.channels))
        for worst in list(_ranked(bad, list(range(len(p.channels))), 2)):
            worst = int(worst)
            if bad[worst] / events[worst] < thresholds.negative_share:
                continue
            name = str(p.channels[worst])
            unhappy = _members(p, "negative", code, name, thresholds)
            scores = p.emotion[at][channel == worst]
            scores = scores[~np.isnan(scores)]
            point("negative", code, name, len(unhappy), obs.members,
                  {"negative_events": int(bad[worst]), "events": int(events[worst]),
                   "negative_share": _ratio(int(bad[worst]), int(events[worst])),
                   "mean_emotion": _round(scores.mean()) if len(scores) else None})
    found.sort(key=lambda f: (-f.share, p.stages.index(f.stage)))
    return found


def _members(p: _Prepared, kind: str, code: int, channel: str | None,
             thresholds: FrictionThresholds) -> list[int]:
    at = p.at(code)
    if kind == "stall":
        limit = thresholds.stall_factor * (p.overall_median_gap or 0.0)
        chosen = p.customer[at][p.gap[at] > limit]
    elif kind == "repeat":
        repeats = _repeats(p)
        chosen = p.ids()[repeats.person[repeats.stage == code]]
    elif kind == "dropout":
        chosen = p.ids()[_furthest(p) == code]
    elif kind in ("negative", "complaint"):
        bad = at[p.negative[at]]
        if channel:
            names = [str(c) for c in p.channels]
            wanted = names.index(channel) if channel in names else -2
            bad = bad[p.channel[bad] == wanted]
        chosen = p.customer[bad]
    else:
        raise ValueError(f"unknown friction kind {kind!r}")
    return sorted(int(c) for c in np.unique(chosen))


def friction_members(events: pd.DataFrame, member_ids: Iterable[int], stages: Sequence[str],
                     point: FrictionPoint, thresholds: FrictionThresholds | None = None
                     ) -> list[int]:
    """The ids of the members behind one friction point, computed again from the events."""
    prepared = _prepare(events, member_ids, stages)
    if point.stage not in prepared.stages:
        return []
    return _members(prepared, point.kind, prepared.stages.index(point.stage), point.channel,
                    thresholds or FrictionThresholds())


# --------------------------------------------------------------------------- coded complaints

#: Words in a code's name (or a parent's) that make its passages complaints.
COMPLAINT_WORDS = ("complain", "friction", "pain", "problem", "frustrat", "issue", "annoy",
                   "reclam", "attrit", "lament", "disserv", "difficolt", "problem")
#: Fewer members than this saying it do not make a complaint a friction point.
MIN_COMPLAINT_MEMBERS = 3
_WORD = re.compile(r"[^\W\d_]{3,}")


def is_complaint_code(path_names: Sequence[str]) -> bool:
    """Whether a code (its name and its parents' names) stands for complaints."""
    text = " ".join(path_names).casefold()
    return any(word in text for word in COMPLAINT_WORDS)


#: Italian words of a retail journey, read as the English ones actions and channels use.
_SAME_AS = {"reso": "return", "resi": "return", "rimborso": "refund", "pagamento": "payment",
            "pagare": "payment", "consegna": "delivery", "ritiro": "pickup", "carrello": "cart",
            "pacco": "delivery", "spedizione": "delivery", "recensione": "review",
            "recensioni": "review", "prezzo": "price", "prezzi": "price", "negozio": "store",
            "sito": "website", "telefono": "call", "chiamato": "call", "chiamo": "call",
            "chiamata": "call", "confronto": "compared", "consiglio": "advice"}


def _words(text: str) -> set[str]:
    from workbench.analysis.themes import STOP_WORDS

    words = {w.casefold() for w in _WORD.findall(text)}
    return {_SAME_AS.get(w, w) for w in words if w not in STOP_WORDS}


def place_complaints(passages: Sequence[tuple[int, int, str, str]], observed: ObservedJourney,
                     stage_words: Sequence[set[str]], stage_ids: Sequence[int | None],
                     minimum: int = MIN_COMPLAINT_MEMBERS) -> list[FrictionPoint]:
    """Members' coded complaints as friction points, each at the stage it speaks of.

    ``passages`` are (customer id, code id, code name, text) of complaint codes;
    ``stage_words`` the vocabulary of each stage (its name, the actions mapped
    to it and the channels members use there). A code goes to the stage whose
    words its passages mention most; a code whose passages name no stage is
    not placed (it stays in the evidence, not guessed onto the map).
    """
    # only the words that single out one stage vote (a channel used everywhere says nothing)
    counts: dict[str, int] = {}
    for vocabulary in stage_words:
        for word in vocabulary:
            counts[word] = counts.get(word, 0) + 1
    stage_words = [{w for w in vocabulary if counts[w] == 1} for vocabulary in stage_words]
    by_code: dict[int, dict[str, Any]] = {}
    for customer_id, code_id, code_name, text in passages:
        entry = by_code.setdefault(code_id, {"name": code_name, "members": set(), "passages": 0,
                                             "votes": [0] * len(stage_words)})
        entry["members"].add(customer_id)
        entry["passages"] += 1
        words = _words(text)
        for index, vocabulary in enumerate(stage_words):
            entry["votes"][index] += len(words & vocabulary)
    points: list[FrictionPoint] = []
    for code_id, entry in sorted(by_code.items()):
        votes = entry["votes"]
        if len(entry["members"]) < minimum or not votes or max(votes) == 0:
            continue
        index = votes.index(max(votes))
        seen = observed.stages[index].members if index < len(observed.stages) else 0
        base = seen or observed.members or 1
        points.append(FrictionPoint(
            "complaint", observed.stage_order[index], None, len(entry["members"]),
            min(1.0, len(entry["members"]) / base),
            {"code_id": code_id, "code": entry["name"], "passages": entry["passages"]},
            stage_ids[index] if index < len(stage_ids) else None))
    return points


def stage_vocabulary(labels: Sequence[str], actions: Sequence[Sequence[str]],
                     observed: ObservedJourney) -> list[set[str]]:
    """Each stage's words: its name, its actions and the channels its members use."""
    vocabularies = []
    for index, label in enumerate(labels):
        words = _words(label)
        for action in actions[index] if index < len(actions) else ():
            words |= _words(action)
        if index < len(observed.stages):
            for action in observed.stages[index].actions:
                words |= _words(action)
            for channel in list(observed.stages[index].channels)[:3]:
                words |= _words(channel)
        vocabularies.append(words)
    return vocabularies


def describe_friction(point: FrictionPoint) -> str:
    """One line for a pain-point card: what happens, where, with its numbers."""
    f = point.figures
    if point.kind == "stall":
        return translate("Journeys", "Members stall here: median {median} before a step (p90 "
                         "{p90}) against {overall} overall; {members} members ({share:.0%})"
                         ).format(median=_hours(f.get("median_gap_hours")),
                                  p90=_hours(f.get("p90_gap_hours")),
                                  overall=_hours(f.get("overall_median_gap_hours")),
                                  members=point.members, share=point.share)
    if point.kind == "repeat":
        return translate("Journeys", "Repeat contacts: {members} members ({share:.0%}) contact "
                         "again on the same channel, {contacts} extra contacts, mostly {channel}"
                         ).format(members=point.members, share=point.share,
                                  contacts=f.get("repeat_contacts", 0),
                                  channel=f.get("channel") or "—")
    if point.kind == "dropout":
        return translate("Journeys", "Drop-out: {members} members ({share:.0%}) go no further "
                         "than this stage").format(members=point.members, share=point.share)
    if point.kind == "complaint":
        return translate("Journeys", "Coded complaints “{code}”: {members} members ({share:.0%}), "
                         "{passages} passages").format(
            code=f.get("code", "—"), members=point.members, share=point.share,
            passages=f.get("passages", 0))
    return translate("Journeys", "Negative feedback via {channel}: {bad} of {events} contacts "
                     "({rate:.0%}) score or end badly; {members} members ({share:.0%})").format(
        channel=point.channel or "—", bad=f.get("negative_events", 0), events=f.get("events", 0),
        rate=f.get("negative_share", 0.0), members=point.members, share=point.share)


def _hours(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 48:
        return translate("Journeys", "{n:.1f} days").format(n=value / 24.0)
    return translate("Journeys", "{n:.1f} h").format(n=value)


# --------------------------------------------------------------------------- design vs observed

#: Designed and evidence-based emotion disagree from this distance on (−2..+2).
EMOTION_DISAGREEMENT = 1.5
#: A stage fewer than this share of members reach is one they mostly skip.
SKIPPED_SHARE = 0.5


def design_disagreements(journey: JourneyMap, observed: ObservedJourney | None = None
                         ) -> list[Disagreement]:
    """Per stage, where the designed map says something the observed journey does not."""
    observed = observed or journey.observed
    if observed is None:
        return []
    found: list[Disagreement] = []
    lane = journey.lane(LANE_TOUCHPOINTS)
    by_id = {s.stage_id: s for s in observed.stages if s.stage_id is not None}
    by_name = {normalise_label(s.stage): s for s in observed.stages}
    for stage in journey.stages:
        obs = by_id.get(stage.id) or by_name.get(normalise_label(stage.name))
        if obs is None:
            continue
        if lane is not None and obs.channels:
            designed = [c.text for c in journey.cell(lane.id, stage.id) if c.origin != "observed"]
            top = next(iter(obs.channels))
            if designed and not _mentions(designed, top):
                found.append(Disagreement(stage.id, "channel_missing", translate(
                    "Journeys", "Members use {channel} most here ({share:.0%} of contacts), but "
                    "the designed touchpoints do not include it.").format(
                        channel=top, share=obs.channel_shares.get(top, 0.0)),
                    {"channel": top, "share": obs.channel_shares.get(top, 0.0)}))
        emotion = journey.emotion(stage.id)
        if emotion.override is not None and obs.emotion is not None \
                and abs(emotion.override - obs.emotion) >= EMOTION_DISAGREEMENT:
            found.append(Disagreement(stage.id, "emotion_differs", translate(
                "Journeys", "The designed emotion {designed:+.1f} differs from the evidence "
                "{observed:+.1f} (n = {n}).").format(designed=emotion.override,
                                                     observed=obs.emotion, n=obs.emotion_n),
                {"designed": emotion.override, "observed": obs.emotion, "n": obs.emotion_n}))
        if observed.members_with_events and obs.share < SKIPPED_SHARE:
            found.append(Disagreement(stage.id, "stage_skipped", translate(
                "Journeys", "Most members skip this stage: only {members} of {total} "
                "({share:.0%}) are seen here.").format(members=obs.members,
                                                       total=observed.members_with_events,
                                                       share=obs.share),
                {"members": obs.members, "share": obs.share}))
    return found


def _mentions(texts: list[str], channel: str) -> bool:
    wanted, kind = normalise_label(channel), channel_kind(channel)
    for text in texts:
        if wanted and wanted in normalise_label(text):
            return True
        if kind is not None and channel_kind(text) == kind:
            return True
    return False


# --------------------------------------------------------------------------- comparison


def compare_emotions(journeys: Sequence[JourneyMap]) -> EmotionComparison:
    """Emotion per stage of several maps on one axis: stages matched by name, in first-seen order."""
    labels: list[str] = []
    keys: list[str] = []
    for journey in journeys:
        for stage in journey.stages:
            key = normalise_label(stage.name)
            if key not in keys:
                keys.append(key)
                labels.append(stage.name)
    curves = []
    for journey in journeys:
        values: list[float | None] = [None] * len(keys)
        ns = [0] * len(keys)
        for stage in journey.stages:
            i = keys.index(normalise_label(stage.name))
            emotion = journey.emotion(stage.id)
            values[i] = emotion.value
            ns[i] = emotion.observed_n
        curves.append(EmotionCurve(journey.id, journey.name, journey.persona_name, values, ns))
    return EmotionComparison(labels, curves)
