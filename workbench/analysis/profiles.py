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
import re
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from workbench.analysis.preprocessing import as_text
from workbench.domain.personas import (
    AttributeEffect,
    ChannelShare,
    ClusteringResult,
    PersonaProfile,
)
from workbench.errors import AnalysisError
from workbench.i18n import translate

#: Attributes with more categories than this are profiled on their most frequent ones.
MAX_LEVELS = 50
#: Effects at least this large (Cohen's "medium") may name a persona.
NAME_EFFECT = 0.5
NAME_FALLBACK_EFFECT = 0.2
#: A channel names a persona when its share beats the rest's by this much.
NAME_CHANNEL_GAIN = 0.05


def profile_personas(df: pd.DataFrame, kinds: dict[str, str], result: ClusteringResult,
                     channels: Sequence[str] | Mapping[str, str] | None = None
                     ) -> list[PersonaProfile]:
    """One profile per persona of ``result``, in persona order.

    ``df`` holds the customers' attributes (indexed by customer id), ``kinds``
    says which are "numeric" or "categorical". ``channels`` names count columns
    of contacts per channel (e.g. web, catalogue and store purchases), optionally
    mapped to the labels to show.
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
        if kind == "numeric":
            found = _numeric_effects(frame[name], name, group, k, name in used)
        elif kind == "categorical":
            found = _categorical_effects(frame[name], name, group, k, name in used)
        else:
            continue
        for effect in found:
            effects[effect.persona].append(effect)

    mixes = _channel_mix(frame, channels, group, k) if channels else [[] for _ in range(k)]
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
            effects=ranked,
            channel_mix=mixes[persona],
        ))
    _name_personas(profiles)
    return profiles


def members_behind(df: pd.DataFrame, result: ClusteringResult,
                   effect: AttributeEffect) -> list[int]:
    """The customers a card line speaks of: the persona's members with a value
    for a numeric attribute, or with the category ``effect.level``."""
    members = result.members(effect.persona)
    values = df.loc[members, effect.attribute]
    if effect.kind == "numeric":
        keep = pd.to_numeric(values, errors="coerce").notna()
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


def display_name(column: str) -> str:
    """A column name as a researcher would write it: "MntWines" -> "Mnt Wines"."""
    text = column.replace("_", " ")
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return re.sub(r"\s+", " ", text).strip()


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
    text = as_text(series)
    valid = text.notna().to_numpy()
    if not valid.any():
        return []
    counts_by_level = text[valid].value_counts()
    if len(counts_by_level) < 2:
        return []
    order = sorted(counts_by_level.items(), key=lambda item: (-item[1], item[0]))
    levels = [level for level, _ in order][:MAX_LEVELS]
    codes = pd.Index(levels, dtype=object).get_indexer(text[valid].to_numpy())
    keep = codes >= 0
    gv = group[valid][keep]
    table = np.zeros((k + 1, len(levels)), dtype=np.int64)
    np.add.at(table, (gv, codes[keep]), 1)
    # Shares among those with a value, including levels beyond MAX_LEVELS.
    answered = np.bincount(group[valid], minlength=k + 1).astype(np.float64)
    found = []
    for persona in range(k):
        n1 = answered[persona]
        n0 = answered.sum() - n1
        if n1 < 1 or n0 < 1:
            continue
        rest_counts = table.sum(axis=0) - table[persona]
        for j, level in enumerate(levels):
            p1, p0 = table[persona, j] / n1, rest_counts[j] / n0
            h = 2 * math.asin(math.sqrt(p1)) - 2 * math.asin(math.sqrt(p0))
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


# --------------------------------------------------------------------------- names


def _traits(profile: PersonaProfile) -> list[tuple[str, str]]:
    """(attribute, short phrase) for the persona's strongest traits, strongest first."""
    phrases: list[tuple[str, str]] = []
    seen: set[str] = set()
    for threshold in (NAME_EFFECT, NAME_FALLBACK_EFFECT):
        for effect in profile.effects:
            if abs(effect.effect) < threshold or effect.attribute in seen:
                continue
            if effect.kind == "numeric":
                template = (translate("Profiles", "High {attribute}") if effect.effect > 0
                            else translate("Profiles", "Low {attribute}"))
                phrase = template.format(attribute=display_name(effect.attribute))
            elif effect.effect > 0:
                phrase = translate("Profiles", "{attribute}: {level}").format(
                    attribute=display_name(effect.attribute), level=effect.level)
            else:
                continue  # "not married" makes a poor name
            seen.add(effect.attribute)
            phrases.append((effect.attribute, phrase))
        if phrases:
            break
    return phrases


def _channel_trait(profile: PersonaProfile, named: set[str]) -> str | None:
    if not profile.channel_mix:
        return None
    best = max(profile.channel_mix, key=lambda c: c.persona_share - c.rest_share)
    if best.persona_share - best.rest_share < NAME_CHANNEL_GAIN:
        return None
    if any(c.channel in named for c in profile.channel_mix):
        # "Low store purchases · Mostly Store" would confuse: counts already speak.
        return None
    return translate("Profiles", "Mostly {channel}").format(channel=best.label)


def _name_personas(profiles: list[PersonaProfile]) -> None:
    """Neutral default names from the top traits, made unique across the set."""
    taken: set[str] = set()
    for profile in profiles:
        traits = _traits(profile)
        count = 2
        while True:
            named = traits[:count]
            channel = _channel_trait(profile, {attribute for attribute, _ in named})
            parts = [phrase for _, phrase in named] + ([channel] if channel else [])
            name = " · ".join(parts) if parts else translate(
                "Profiles", "Persona {number}").format(number=profile.persona + 1)
            if name not in taken or count >= len(traits):
                break
            count += 1
        if name in taken:
            name = translate("Profiles", "{name} ({number})").format(
                name=name, number=profile.persona + 1)
        taken.add(name)
        profile.suggested_name = name
