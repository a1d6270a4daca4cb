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
                  label_stages: Mapping[str, str], action_stages: Mapping[str, str]) -> pd.Series:
    """Each event's stage: its stage label when it names one, else its action's mapped stage.

    ``label_stages`` maps :func:`normalise_label` forms to stage names; ``action_stages`` maps
    actions (as written) to stage names. Unknown events get NaN.
    """
    def through(values: pd.Series, mapping: Mapping[str, str], normalise: bool) -> pd.Series:
        # one lookup per distinct value; code -1 (missing) picks the trailing None
        codes = values.astype("category")
        resolved = np.array([mapping.get(normalise_label(c) if normalise else str(c))
                             for c in codes.cat.categories] + [None], dtype=object)
        return pd.Series(resolved[codes.cat.codes.to_numpy()], index=values.index, dtype=object)

    by_action = through(actions, action_stages, False)
    if labels is None:
        return by_action
    by_label = through(labels, label_stages, True)
    return by_label.where(by_label.notna(), by_action)


# --------------------------------------------------------------------------- preparation


@dataclass
class _Prepared:
    frame: pd.DataFrame  # events of members, sorted by customer and time, with helper columns
    stages: list[str]
    members: int
    scale: tuple[float, float] | None
    overall_median_gap: float | None
    _by_stage: dict[int, pd.DataFrame] | None = None

    def at(self, code: int) -> pd.DataFrame:
        """The events at one stage (split once: each boolean filter copies every column)."""
        if self._by_stage is None:
            staged = self.frame[self.frame["stage_code"] >= 0]
            self._by_stage = {int(k): part for k, part in staged.groupby("stage_code", sort=False)}
        return self._by_stage.get(code, self.frame.iloc[:0])


def _prepare(events: pd.DataFrame, member_ids: Iterable[int], stages: Sequence[str]) -> _Prepared:
    members = pd.Index(pd.unique(np.asarray(list(member_ids), dtype="int64")))
    frame = events.loc[events["customer_id"].isin(members),
                       [c for c in EVENT_COLUMNS if c in events.columns]].copy()
    for column in EVENT_COLUMNS:
        if column not in frame.columns:
            frame[column] = np.nan
    frame["customer_id"] = frame["customer_id"].astype("int64")
    for column in ("channel", "action", "outcome"):
        # categories: every groupby below then works on small integer codes, not strings
        frame[column] = frame[column].astype("category")
    when = frame["occurred_at"]
    frame["t"] = when if pd.api.types.is_datetime64_any_dtype(when) else pd.to_datetime(
        when, format="ISO8601", errors="coerce")
    frame = frame.sort_values(["customer_id", "t"], kind="stable", na_position="last")
    frame = frame.reset_index(drop=True)
    stage_code = pd.Categorical(frame["stage"], categories=list(stages)).codes
    frame["stage_code"] = stage_code.astype("int64")
    same = frame["customer_id"].eq(frame["customer_id"].shift())
    gap = (frame["t"] - frame["t"].shift()).dt.total_seconds() / 3600.0
    frame["gap"] = gap.where(same)
    frame["prev_channel"] = frame["channel"].shift().where(same)  # still categorical
    scale = score_scale(frame["score"])
    frame["emotion"] = to_emotion(frame["score"], scale)
    outcome = frame["outcome"]
    bad = np.array([bool(NEGATIVE_OUTCOME.search(str(c))) for c in outcome.cat.categories]
                   + [False], dtype=bool)
    outcome_bad = bad[outcome.cat.codes.to_numpy()]
    frame["negative"] = outcome_bad | (frame["emotion"] <= NEGATIVE_EMOTION).to_numpy()
    gaps = frame["gap"].dropna()
    overall = float(gaps.median()) if len(gaps) else None
    return _Prepared(frame, list(stages), len(members), scale, overall)


def _scale_name(scale: tuple[float, float] | None) -> str | None:
    if scale is None:
        return None
    return f"{scale[0]:g}-{scale[1]:g}"


# --------------------------------------------------------------------------- the observed journey


def observe_journey(events: pd.DataFrame, member_ids: Iterable[int], stages: Sequence[str],
                    thresholds: FrictionThresholds | None = None,
                    stage_ids: Sequence[int] | None = None) -> ObservedJourney:
    """Figures of the members' journey through ``stages`` (in order) and its friction points."""
    thresholds = thresholds or FrictionThresholds()
    prepared = _prepare(events, member_ids, stages)
    frame = prepared.frame
    staged = frame[frame["stage_code"] >= 0]
    with_events = int(frame["customer_id"].nunique())
    members_at = staged.groupby("stage_code")["customer_id"].nunique()
    events_at = staged.groupby("stage_code").size()
    channel_counts = staged.groupby(["stage_code", "channel"], observed=True).size()
    action_counts = staged.groupby(["stage_code", "action"], observed=True).size()
    gap_stats = staged.groupby("stage_code")["gap"].agg(
        median="median", p90=lambda g: g.quantile(0.9), n="count")
    repeats = staged.groupby(["stage_code", "customer_id", "channel"], observed=True).size()
    repeats = repeats[repeats > 1].reset_index(name="n")
    repeat_contacts = (repeats.assign(extra=repeats["n"] - 1).groupby("stage_code")["extra"].sum())
    repeat_members = repeats.groupby("stage_code")["customer_id"].nunique()
    furthest = staged.groupby("customer_id")["stage_code"].max()
    dropped = furthest[furthest < len(stages) - 1].value_counts()
    negative = staged[staged["negative"]]
    negative_at = negative.groupby("stage_code").size()
    negative_channel = negative.groupby(["stage_code", "channel"], observed=True).size()
    emotion = staged.groupby("stage_code")["emotion"].agg(["mean", "count"])

    observations = []
    for code, name in enumerate(stages):
        seen = int(members_at.get(code, 0))
        n_events = int(events_at.get(code, 0))
        channels = _series_at(channel_counts, code)
        neg_channels = _series_at(negative_channel, code)
        obs = StageObservation(
            stage=name, members=seen, share=_ratio(seen, with_events), events=n_events,
            channels={str(k): int(v) for k, v in channels.items()},
            channel_shares={str(k): _ratio(int(v), n_events) for k, v in channels.items()},
            actions={str(k): int(v) for k, v in _series_at(action_counts, code)
                     .head(MAX_ACTIONS).items()},
            median_gap_hours=_float(gap_stats["median"].get(code)),
            p90_gap_hours=_float(gap_stats["p90"].get(code)),
            gaps=int(gap_stats["n"].get(code, 0)),
            repeat_contacts=int(repeat_contacts.get(code, 0)),
            repeat_members=int(repeat_members.get(code, 0)),
            dropped_out=int(dropped.get(code, 0)),
            dropout_share=_ratio(int(dropped.get(code, 0)), seen),
            negative_events=int(negative_at.get(code, 0)),
            negative_share=_ratio(int(negative_at.get(code, 0)), n_events),
            negative_channel=str(neg_channels.index[0]) if len(neg_channels) else None,
            emotion=_round(emotion["mean"].get(code)),
            emotion_n=int(emotion["count"].get(code, 0)),
            stage_id=None if stage_ids is None else int(stage_ids[code]),
        )
        observations.append(obs)

    observed = ObservedJourney(
        stage_order=list(stages), members=prepared.members, members_with_events=with_events,
        events=len(frame), unstaged_events=int((frame["stage_code"] < 0).sum()),
        stages=observations, transitions=_transitions(frame),
        friction=[], median_gap_hours=_round(prepared.overall_median_gap),
        score_scale=_scale_name(prepared.scale))
    observed.friction = _friction(prepared, observed, thresholds, stage_ids)
    return observed


def _series_at(counts: pd.Series, code: int) -> pd.Series:
    if counts.empty or code not in counts.index.get_level_values(0):
        return pd.Series(dtype="int64")
    return counts.xs(code, level=0).sort_values(ascending=False, kind="stable")


def _ratio(part: float, whole: float) -> float:
    return round(float(part) / float(whole), 4) if whole else 0.0


def _float(value) -> float | None:
    return None if value is None or pd.isna(value) else round(float(value), 3)


def _round(value) -> float | None:
    return None if value is None or pd.isna(value) else round(float(value), 2)


def _transitions(frame: pd.DataFrame) -> list[Transition]:
    """Switches from one channel to another between a member's consecutive events."""
    pairs = frame[frame["prev_channel"].notna() & frame["channel"].notna()]
    pairs = pairs[pairs["prev_channel"] != pairs["channel"]]
    if pairs.empty:
        return []
    counts = pairs.groupby(["prev_channel", "channel"], observed=True).size()
    counts = counts.sort_values(ascending=False, kind="stable")
    total = int(counts.sum())
    return [Transition(str(a), str(b), int(n), _ratio(int(n), total))
            for (a, b), n in counts.head(MAX_TRANSITIONS).items()]


# --------------------------------------------------------------------------- friction


def _friction(prepared: _Prepared, observed: ObservedJourney, thresholds: FrictionThresholds,
              stage_ids: Sequence[int] | None) -> list[FrictionPoint]:
    found: list[FrictionPoint] = []
    overall = prepared.overall_median_gap
    last = len(prepared.stages) - 1

    def point(kind: str, code: int, channel: str | None, members: int, seen: int,
              figures: dict) -> None:
        if members < thresholds.min_members:
            return
        stage_id = None if stage_ids is None else int(stage_ids[code])
        found.append(FrictionPoint(kind, prepared.stages[code], channel, members,
                                   _ratio(members, seen), figures, stage_id))

    for code, obs in enumerate(observed.stages):
        if obs.members == 0:
            continue
        if (overall and obs.median_gap_hours is not None
                and obs.median_gap_hours >= thresholds.stall_factor * overall):
            stalled = _members(prepared, "stall", code, None, thresholds)
            point("stall", code, None, len(stalled), obs.members,
                  {"median_gap_hours": obs.median_gap_hours, "p90_gap_hours": obs.p90_gap_hours,
                   "overall_median_gap_hours": round(overall, 3)})
        at = prepared.at(code)
        if _ratio(obs.repeat_members, obs.members) >= thresholds.repeat_share:
            top = at.groupby(["customer_id", "channel"], observed=True).size()
            top = (top[top > 1] - 1).groupby(level=1, observed=True).sum()
            point("repeat", code, None, obs.repeat_members, obs.members,
                  {"repeat_contacts": obs.repeat_contacts,
                   "channel": str(top.idxmax()) if len(top) else None})
        if code < last and obs.dropout_share >= thresholds.dropout_share:
            point("dropout", code, None, obs.dropped_out, obs.members,
                  {"next_stage": prepared.stages[code + 1]})
        by_channel = at.groupby("channel", observed=True)["negative"].agg(["sum", "count"])
        by_channel = by_channel[by_channel["sum"] > 0].sort_values("sum", ascending=False)
        for channel, row in by_channel.head(2).iterrows():
            if row["sum"] / row["count"] < thresholds.negative_share:
                continue
            unhappy = _members(prepared, "negative", code, str(channel), thresholds)
            scores = at.loc[at["channel"] == channel, "emotion"].dropna()
            point("negative", code, str(channel), len(unhappy), obs.members,
                  {"negative_events": int(row["sum"]), "events": int(row["count"]),
                   "negative_share": _ratio(int(row["sum"]), int(row["count"])),
                   "mean_emotion": _round(scores.mean()) if len(scores) else None})
    found.sort(key=lambda f: (-f.share, prepared.stages.index(f.stage)))
    return found


def _members(prepared: _Prepared, kind: str, code: int, channel: str | None,
             thresholds: FrictionThresholds) -> list[int]:
    frame = prepared.frame
    at = prepared.at(code)
    if kind == "stall":
        limit = thresholds.stall_factor * (prepared.overall_median_gap or 0.0)
        chosen = at.loc[at["gap"] > limit, "customer_id"]
    elif kind == "repeat":
        counts = at.groupby(["customer_id", "channel"], observed=True).size()
        chosen = counts[counts > 1].index.get_level_values(0).to_series()
    elif kind == "dropout":
        staged = frame[frame["stage_code"] >= 0]
        furthest = staged.groupby("customer_id")["stage_code"].max()
        chosen = furthest[furthest == code].index.to_series()
    elif kind in ("negative", "complaint"):
        bad = at[at["negative"]]
        chosen = bad.loc[bad["channel"] == channel, "customer_id"] if channel else bad["customer_id"]
    else:
        raise ValueError(f"unknown friction kind {kind!r}")
    return sorted(int(c) for c in pd.unique(chosen))


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
