"""Fill persona cards from the data: what sets each persona apart, with effect sizes.

Every line compares the persona's members with everyone else clustered
(other personas and customers that fit none):

- numbers: Cohen's d, the difference of means over the pooled standard
  deviation, with both means and medians so the card can show real values;
- categories: for each category, the share among members and among the rest,
  the lift (ratio of the shares) and Cohen's h = 2·asin√p1 − 2·asin√p0, a
  standardised difference of proportions on the same scale as d.

Cohen's conventions (0.2 small, 0.5 medium, 0.8 large) name the magnitude.
All attributes given in ``kinds`` are profiled, not only the clustering
features: a persona made from spending may still differ in age or channel.
The customers behind a line are found again with :func:`members_behind`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from workbench.analysis.categories import text_codes
from workbench.analysis.naming import display_name, name_personas, write_stories
from workbench.analysis.outcomes import outcome_effects
from workbench.analysis.preprocessing import as_text
from workbench.domain.personas import (
    REDUNDANT_CATEGORY,
    AttributeEffect,
    ChannelShare,
    ClusteringResult,
    OutcomeEffect,
    PersonaProfile,
    RedundancyGroup,
)
from workbench.errors import AnalysisError
from workbench.i18n import translate

#: Attributes with more categories than this are profiled on their most frequent ones.
MAX_LEVELS = 50

__all__ = ["collapse_redundant", "display_name", "magnitude", "members_behind",
           "profile_personas"]


def profile_personas(df: pd.DataFrame, kinds: dict[str, str], result: ClusteringResult,
                     channels: Sequence[str] | Mapping[str, str] | None = None, *,
                     outcomes: Sequence[str] | pd.DataFrame | None = None,
                     groups: Sequence[RedundancyGroup] | None = None) -> list[PersonaProfile]:
    """One profile per persona of ``result``, in persona order, named and with a draft story.

    ``df`` holds the customers' attributes (indexed by customer id), ``kinds``
    says which are "numeric" or "categorical". ``channels`` names count columns
    of contacts per channel (e.g. web, catalogue and store purchases), optionally
    mapped to the labels to show. ``outcomes`` names raw outcome columns of
    ``df``, or is a frame of them indexed by customer id (customers it lacks
    count as blanks); they fill each profile's Outcomes block and never its
    effects (leave them out of ``kinds``). ``groups`` are attributes or
    categories carrying one fact: each becomes one card line naming the others.
    """
    count = len(result.labels)
    ids = np.fromiter(result.labels, dtype=np.int64, count=count)
    labels = np.fromiter(result.labels.values(), dtype=np.int64, count=count)
    order = np.argsort(ids, kind="stable")
    ids, labels = ids[order], labels[order]
    if df.index.equals(pd.Index(ids)):
        frame = df  # the usual case: profiling the frame that was clustered
    else:
        absent = pd.Index(ids).difference(df.index)
        if len(absent):
            raise AnalysisError(translate(
                "Profiles", "{n} customers of this persona set are no longer in the data."
            ).format(n=len(absent)))
        frame = df.loc[ids]
    unassigned = np.isin(ids, np.array(result.unassigned, dtype=np.int64))
    k = result.k
    # Group k holds the customers that fit no persona: "everyone else" for all.
    group = np.where(unassigned, k, labels)
    fit = np.array(list(map(result.fit.get, ids.tolist())), dtype=np.float64)  # None: NaN
    used = set(result.preprocessing.used_columns)

    effects: list[list[AttributeEffect]] = [[] for _ in range(k)]
    for name, kind in kinds.items():
        if name not in frame.columns:
            continue
        flag = _as_flag(frame[name]) if kind == "numeric" else None
        if flag is not None:  # a 0/1 flag reads as a share ("IsActiveMember = 1: 72%")
            found = _categorical_effects(flag, name, group, k, name in used)
        elif kind == "numeric":
            found = _numeric_effects(frame[name], name, group, k, name in used)
        elif kind == "categorical":
            found = _categorical_effects(frame[name], name, group, k, name in used)
        else:
            continue
        for effect in found:
            effects[effect.persona].append(effect)

    groups = list(groups or [])
    mixes = _channel_mix(frame, channels, group, k) if channels else [[] for _ in range(k)]
    measured = _outcome_effects(frame, ids, outcomes, group, k) if outcomes is not None \
        else [[] for _ in range(k)]
    total = len(ids)
    profiles: list[PersonaProfile] = []
    for persona in range(k):
        members = group == persona
        size = int(members.sum())
        cohesion = float(np.nanmean(fit[members])) if size else None
        ranked = sorted(effects[persona],
                        key=lambda e: (-abs(e.effect), e.attribute, e.level or ""))
        profiles.append(PersonaProfile(
            persona=persona,
            suggested_name="",
            size=size,
            share=size / total if total else 0.0,
            unassigned_nearby=int(((labels == persona) & unassigned).sum()),
            cohesion=cohesion,
            typical_members=list(result.typical_members.get(persona, [])),
            effects=collapse_redundant(one_line_per_attribute(ranked), groups),
            channel_mix=mixes[persona],
            outcomes=measured[persona],
        ))
    name_personas(profiles, groups)
    write_stories(profiles, groups)
    return profiles


#: The levels a 0/1 flag's card lines use.
FLAG_LEVELS = ("0", "1")


def _as_flag(series: pd.Series) -> pd.Series | None:
    """A numeric column holding only 0 and 1 as the text "0"/"1" (missing as None), else None."""
    x = pd.to_numeric(series, errors="coerce")
    known = x.dropna().unique()
    if len(known) != 2 or set(known.tolist()) != {0.0, 1.0}:
        return None
    return pd.Series(np.where(x.isna(), None, np.where(x == 1, "1", "0")).astype(object),
                     index=series.index, name=series.name)


def members_behind(df: pd.DataFrame, result: ClusteringResult,
                   effect: AttributeEffect) -> list[int]:
    """The customers a card line speaks of: the persona's members with a value
    for a numeric attribute, or with the category ``effect.level``."""
    members = result.members(effect.persona)
    values = df.loc[members, effect.attribute]
    flag = _as_flag(values) if effect.level in FLAG_LEVELS else None
    if effect.kind == "numeric":
        keep = pd.to_numeric(values, errors="coerce").notna()
    elif flag is not None:
        keep = flag == effect.level
    else:
        keep = as_text(values) == effect.level
    return [int(i) for i in values.index[keep.to_numpy()]]


def magnitude(effect: float) -> str:
    size = abs(effect)
    if size >= 0.8:
        return "large"
    if size >= 0.5:
        return "medium"
    if size >= 0.2:
        return "small"
    return "negligible"


def one_line_per_attribute(effects: list[AttributeEffect]) -> list[AttributeEffect]:
    """A category attribute speaks once per card: its most over-represented category
    ("Contract = Two year: 62% vs 8%"), or, when no category is over-represented, its
    most under-represented one. The other categories' lines mostly restate the same
    fact from the other side ("Contract = Month-to-month: 2% vs 77%"). Order is kept."""
    best: dict[str, AttributeEffect] = {}
    for effect in effects:
        if effect.kind != "categorical":
            continue
        held = best.get(effect.attribute)
        if held is None or (effect.effect > 0, abs(effect.effect)) > (held.effect > 0,
                                                                       abs(held.effect)):
            best[effect.attribute] = effect
    return [e for e in effects if e.kind != "categorical" or best[e.attribute] is e]


def collapse_redundant(effects: list[AttributeEffect],
                       groups: Sequence[RedundancyGroup]) -> list[AttributeEffect]:
    """One persona's lines with each redundancy group shown once, order kept.

    An attributes group keeps the lines of its first member that has lines;
    a category group keeps the line of its first (member, category) pair that
    has one. The kept lines name the group's other members in ``also``; the
    other members' lines (for a category group: of that category) are dropped.
    """
    if not groups:
        return effects
    dropped: set[int] = set()
    for found in groups:
        if found.kind == REDUNDANT_CATEGORY:
            pairs = {(member, str(level).strip()): i
                     for i, (member, level) in enumerate(zip(found.members, found.levels,
                                                             strict=False))}
            lines = [(pairs[(e.attribute, e.level)], j) for j, e in enumerate(effects)
                     if j not in dropped and e.kind == "categorical"
                     and (e.attribute, e.level) in pairs]
            if not lines:
                continue
            shown_index = min(lines)[0]
            shown = found.members[shown_index]
            for member_index, j in lines:
                if member_index == shown_index:
                    effects[j].also = _also(effects[j].also, found.members, shown)
                else:
                    dropped.add(j)
        else:
            members = list(found.members)
            having = {e.attribute for j, e in enumerate(effects) if j not in dropped}
            shown = next((m for m in members if m in having), None)
            if shown is None:
                continue
            for j, effect in enumerate(effects):
                if j in dropped or effect.attribute not in members:
                    continue
                if effect.attribute == shown:
                    effect.also = _also(effect.also, members, shown)
                else:
                    dropped.add(j)
    return [e for j, e in enumerate(effects) if j not in dropped]


def _also(current: list[str], members: Sequence[str], shown: str) -> list[str]:
    return current + [m for m in members if m != shown and m not in current]


# --------------------------------------------------------------------------- effects


def _numeric_effects(series: pd.Series, name: str, group: np.ndarray, k: int,
                     used: bool) -> list[AttributeEffect]:
    x = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64)
    valid = np.isfinite(x)
    if valid.sum() < 2 or np.nanstd(x) == 0:
        return []
    xv, gv = x[valid], group[valid]
    everyone = np.sort(xv)
    # Sums of squares around the overall mean: no cancellation for large values.
    centre = float(xv.mean())
    shifted = xv - centre
    counts = np.bincount(gv, minlength=k + 1).astype(np.float64)
    sums = np.bincount(gv, weights=shifted, minlength=k + 1)
    squares = np.bincount(gv, weights=shifted * shifted, minlength=k + 1)
    n_all, sum_all, sq_all = counts.sum(), sums.sum(), squares.sum()
    found = []
    for persona in range(k):
        n1 = counts[persona]
        n0 = n_all - n1
        if n1 < 1 or n0 < 1:
            continue
        m1, m0 = sums[persona] / n1, (sum_all - sums[persona]) / n0
        ss1 = squares[persona] - n1 * m1 * m1
        ss0 = (sq_all - squares[persona]) - n0 * m0 * m0
        dof = n1 + n0 - 2
        pooled = math.sqrt(max(ss1 + ss0, 0.0) / dof) if dof > 0 else 0.0
        d = (m1 - m0) / pooled if pooled > 0 else 0.0
        own = np.sort(xv[gv == persona])
        found.append(AttributeEffect(
            persona=persona, attribute=name, kind="numeric", effect=float(d),
            magnitude=magnitude(d), member_count=int(n1), used_in_clustering=used,
            persona_mean=float(m1 + centre), persona_median=_middle(own, 0, len(own)),
            rest_mean=float(m0 + centre), rest_median=_rest_median(everyone, own),
        ))
    return found


def _middle(ranked: np.ndarray, start: int, count: int) -> float:
    """The median of ``count`` sorted values beginning at ``start``."""
    half = start + count // 2
    if count % 2:
        return float(ranked[half])
    return float((ranked[half - 1] + ranked[half]) / 2)


def _rest_median(everyone: np.ndarray, own: np.ndarray) -> float:
    """The median of the sorted values ``everyone`` without the sorted values ``own``.

    The rest is never built: the value of rank r among the rest is the smallest
    value v of ``everyone`` with more than r rest values at or below it, and the
    number of rest values at or below v only grows with v, so a binary search
    over ``everyone`` finds it (two sorts per attribute instead of a partition
    of the rest for every persona).
    """
    count = len(everyone) - len(own)

    def ranked(rank: int) -> float:
        low, high = 0, len(everyone) - 1
        while low < high:
            mid = (low + high) // 2
            value = everyone[mid]
            at_or_below = (int(np.searchsorted(everyone, value, "right"))
                           - int(np.searchsorted(own, value, "right")))
            if at_or_below > rank:
                high = mid
            else:
                low = mid + 1
        return float(everyone[low])

    if count % 2:
        return ranked(count // 2)
    return (ranked(count // 2 - 1) + ranked(count // 2)) / 2


def _categorical_effects(series: pd.Series, name: str, group: np.ndarray, k: int,
                         used: bool) -> list[AttributeEffect]:
    all_codes, texts = text_codes(series)  # one hashing pass over the column
    valid = all_codes >= 0
    if not valid.any():
        return []
    counts = np.bincount(all_codes[valid], minlength=len(texts))
    if len(texts) < 2:
        return []
    order = sorted(zip(texts, counts.tolist(), strict=True), key=lambda item: (-item[1], item[0]))
    levels = [level for level, _ in order][:MAX_LEVELS]
    rank = np.full(len(texts), -1, dtype=np.int64)
    where = {text: i for i, text in enumerate(texts)}
    rank[[where[level] for level in levels]] = np.arange(len(levels))
    codes = rank[all_codes[valid]]
    keep = codes >= 0
    gv = group[valid][keep]
    width = len(levels)  # counts per (group, level): one bincount (np.add.at is slow)
    table = np.bincount(gv * width + codes[keep], minlength=(k + 1) * width).astype(
        np.int64).reshape(k + 1, width)
    # Shares among those with a value, including levels beyond MAX_LEVELS.
    answered = np.bincount(group[valid], minlength=k + 1).astype(np.float64)
    found = []
    for persona in range(k):
        n1 = answered[persona]
        n0 = answered.sum() - n1
        if n1 < 1 or n0 < 1:
            continue
        rest_counts = table.sum(axis=0) - table[persona]
        p1s, p0s = table[persona] / n1, rest_counts / n0
        hs = 2 * np.arcsin(np.sqrt(p1s)) - 2 * np.arcsin(np.sqrt(p0s))
        # Two categories are one fact: show the one the persona has more often.
        shown = [int(np.argmax(hs))] if len(levels) == 2 else range(len(levels))
        for j in shown:
            level = levels[j]
            p1, p0, h = float(p1s[j]), float(p0s[j]), float(hs[j])
            found.append(AttributeEffect(
                persona=persona, attribute=name, kind="categorical", effect=float(h),
                magnitude=magnitude(h), member_count=int(table[persona, j]),
                used_in_clustering=used, level=str(level), persona_share=float(p1),
                rest_share=float(p0), lift=float(p1 / p0) if p0 > 0 else None,
            ))
    return found


def _channel_mix(frame: pd.DataFrame, channels: Sequence[str] | Mapping[str, str],
                 group: np.ndarray, k: int) -> list[list[ChannelShare]]:
    labels = dict(channels) if isinstance(channels, Mapping) \
        else {c: display_name(c) for c in channels}
    absent = [c for c in labels if c not in frame.columns]
    if absent:
        raise AnalysisError(translate(
            "Profiles", "These channel columns are not in the data: {names}."
        ).format(names=", ".join(absent)))
    counts = np.column_stack([
        np.nan_to_num(pd.to_numeric(frame[c], errors="coerce").to_numpy(dtype=np.float64))
        for c in labels
    ])
    counts = np.clip(counts, 0.0, None)
    totals = np.zeros((k + 1, counts.shape[1]))
    np.add.at(totals, group, counts)
    everyone = totals.sum(axis=0)
    mixes: list[list[ChannelShare]] = []
    for persona in range(k):
        own, rest = totals[persona], everyone - totals[persona]
        own_sum, rest_sum = own.sum(), rest.sum()
        mixes.append([
            ChannelShare(channel=c, label=label,
                         persona_share=float(own[j] / own_sum) if own_sum else 0.0,
                         rest_share=float(rest[j] / rest_sum) if rest_sum else 0.0,
                         persona_total=float(own[j]))
            for j, (c, label) in enumerate(labels.items())
        ])
    return mixes


def _outcome_effects(frame: pd.DataFrame, ids: np.ndarray,
                     outcomes: Sequence[str] | pd.DataFrame, group: np.ndarray,
                     k: int) -> list[list[OutcomeEffect]]:
    if isinstance(outcomes, pd.DataFrame):
        table = outcomes if outcomes.index.equals(pd.Index(ids)) \
            else outcomes.reindex(pd.Index(ids))
        return outcome_effects(table, list(table.columns), group, k)
    absent = [name for name in outcomes if name not in frame.columns]
    if absent:
        raise AnalysisError(translate(
            "Profiles", "These outcome columns are not in the data: {names}."
        ).format(names=", ".join(absent)))
    return outcome_effects(frame, list(outcomes), group, k)
