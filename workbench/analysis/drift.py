"""Drift between two placements of the same customers in a persona set's personas.

:func:`profile_shifts` describes each persona against the other personas'
members twice, once with the earlier run's membership and once with the
later run's, on the same attribute values, so a change of effect comes from
who is in the persona, not from a change of scale:

- numbers: Cohen's d, the difference of means over the pooled standard
  deviation (as on the persona cards);
- categories: Cohen's h = 2·asin√p1 − 2·asin√p0 on the share of a level
  among the persona's members (p1) and among the other personas' members
  (p0), for the levels most common in the persona (up to
  :data:`LEVELS_SHOWN`; one level for a two-level attribute, whose other
  level is the same fact with the opposite sign).

A profile shifted when the effect moved by at least
:data:`~workbench.domain.living.SHIFT_EFFECT`. Customers fitting no persona
are in neither side of the comparison.

:func:`flow_list` turns the store's counts of customers per (persona before,
persona after) into :class:`~workbench.domain.living.Flow` rows.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from workbench.analysis.categories import as_text
from workbench.domain.living import (
    FLOW_GONE,
    FLOW_NEW,
    FLOW_NONE,
    SHIFT_EFFECT,
    Flow,
    ProfileShift,
)

#: Category levels compared per persona and attribute (the most common in the persona).
LEVELS_SHOWN = 3


def _groups(index: pd.Index, membership: Mapping[int, int], k: int) -> np.ndarray:
    """Persona position per row of ``index``; ``k`` for customers that are not members."""
    if not membership:
        return np.full(len(index), k, dtype=np.int64)
    placed = pd.Series(membership, dtype="int64")
    placed = placed[(placed >= 0) & (placed < k)]
    return placed.reindex(index).fillna(k).to_numpy(dtype=np.int64)


def _numeric_effects(values: np.ndarray, group: np.ndarray, k: int
                     ) -> list[tuple[float | None, float | None]]:
    """(Cohen's d, persona mean) per persona; members of no persona are left out."""
    valid = np.isfinite(values) & (group < k)
    x, g = values[valid], group[valid]
    found: list[tuple[float | None, float | None]] = [(None, None)] * k
    if len(x) < 2:
        return found
    centre = float(x.mean())
    shifted = x - centre
    counts = np.bincount(g, minlength=k).astype(np.float64)
    sums = np.bincount(g, weights=shifted, minlength=k)
    squares = np.bincount(g, weights=shifted * shifted, minlength=k)
    n_all, sum_all, sq_all = counts.sum(), sums.sum(), squares.sum()
    for persona in range(k):
        n1 = counts[persona]
        n0 = n_all - n1
        if n1 < 1:
            continue
        m1 = sums[persona] / n1
        if n0 < 1:
            found[persona] = (None, float(m1 + centre))
            continue
        m0 = (sum_all - sums[persona]) / n0
        ss1 = squares[persona] - n1 * m1 * m1
        ss0 = (sq_all - squares[persona]) - n0 * m0 * m0
        dof = n1 + n0 - 2
        pooled = math.sqrt(max(ss1 + ss0, 0.0) / dof) if dof > 0 else 0.0
        effect = (m1 - m0) / pooled if pooled > 0 else None
        found[persona] = (None if effect is None else float(effect), float(m1 + centre))
    return found


def _share_table(codes: np.ndarray, group: np.ndarray, k: int, width: int
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Members with each level per persona (k × width) and members with a value per persona."""
    valid = (codes >= 0) & (group < k)
    table = np.zeros((k, width), dtype=np.int64)
    np.add.at(table, (group[valid], codes[valid]), 1)
    answered = table.sum(axis=1)
    return table, answered


def _category_effect(table: np.ndarray, answered: np.ndarray, persona: int, level: int
                     ) -> tuple[float | None, float | None]:
    """(Cohen's h, persona share) of one level for one persona."""
    n1 = answered[persona]
    n0 = answered.sum() - n1
    if n1 < 1:
        return None, None
    p1 = table[persona, level] / n1
    if n0 < 1:
        return None, float(p1)
    p0 = (table[:, level].sum() - table[persona, level]) / n0
    return float(2 * math.asin(math.sqrt(p1)) - 2 * math.asin(math.sqrt(p0))), float(p1)


def _shift(persona: int, attribute: str, level: str | None,
           then: tuple[float | None, float | None],
           now: tuple[float | None, float | None]) -> ProfileShift:
    effect_then, effect_now = then[0], now[0]
    moved = (effect_then is not None and effect_now is not None
             and abs(effect_now - effect_then) >= SHIFT_EFFECT - 1e-12)
    return ProfileShift(persona=persona, attribute=attribute, level=level,
                        effect_then=effect_then, effect_now=effect_now, shifted=bool(moved),
                        value_then=then[1], value_now=now[1])


def profile_shifts(frame: pd.DataFrame, kinds: Mapping[str, str], before: Mapping[int, int],
                   after: Mapping[int, int], attributes: Sequence[str], k: int
                   ) -> list[ProfileShift]:
    """Each persona's effect on each attribute with the membership ``before`` and ``after``.

    ``frame``: attribute values indexed by customer id; ``kinds``: "numeric"
    or "categorical" per attribute (anything else counts as a category);
    ``before``/``after``: customer id -> persona position, members only.
    Attributes missing from ``frame`` are skipped. Ordered by persona, then
    attribute as given, then level (most common in the persona first).
    """
    index = frame.index
    then_group = _groups(index, before, k)
    now_group = _groups(index, after, k)
    by_persona: list[list[ProfileShift]] = [[] for _ in range(k)]
    for name in attributes:
        if name not in frame.columns:
            continue
        series = frame[name]
        if kinds.get(name) == "numeric":
            values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64)
            then = _numeric_effects(values, then_group, k)
            now = _numeric_effects(values, now_group, k)
            for persona in range(k):
                if then[persona][1] is None and now[persona][1] is None:
                    continue
                by_persona[persona].append(_shift(persona, name, None, then[persona],
                                                  now[persona]))
            continue
        text = as_text(series)
        codes, levels = pd.factorize(text, use_na_sentinel=True)
        if len(levels) < 2:
            continue
        codes = np.asarray(codes, dtype=np.int64)
        then_table, then_answered = _share_table(codes, then_group, k, len(levels))
        now_table, now_answered = _share_table(codes, now_group, k, len(levels))
        with np.errstate(invalid="ignore", divide="ignore"):
            then_share = then_table / np.maximum(then_answered, 1)[:, None]
            now_share = now_table / np.maximum(now_answered, 1)[:, None]
        shown_count = 1 if len(levels) == 2 else LEVELS_SHOWN
        for persona in range(k):
            if then_answered[persona] < 1 and now_answered[persona] < 1:
                continue
            top = np.maximum(then_share[persona], now_share[persona])
            order = sorted(range(len(levels)), key=lambda j: (-top[j], str(levels[j])))
            for j in order[:shown_count]:
                if top[j] <= 0:
                    continue
                by_persona[persona].append(_shift(
                    persona, name, str(levels[j]),
                    _category_effect(then_table, then_answered, persona, j),
                    _category_effect(now_table, now_answered, persona, j)))
    return [shift for shifts in by_persona for shift in shifts]


def _side(position: int | None, k: int) -> str:
    if position is None or not 0 <= int(position) < k:
        return FLOW_NONE
    return str(int(position))


def flow_list(rows: Iterable[tuple[int | None, int | None, int, int]], k: int) -> list[Flow]:
    """Flows from :func:`workbench.store.living.flows` rows.

    Each row is (position before, position after, presence, customers) with
    presence 3 (in both runs), 2 (only in the earlier: FLOW_GONE after) or 1
    (only in the later: FLOW_NEW before); a missing position is FLOW_NONE.
    Ordered personas first, then fitting none, then new or gone.
    """
    counts: dict[tuple[str, str], int] = {}
    for before, after, presence, customers in rows:
        source = FLOW_NEW if presence == 1 else _side(before, k)
        target = FLOW_GONE if presence == 2 else _side(after, k)
        counts[(source, target)] = counts.get((source, target), 0) + int(customers)

    def rank(side: str) -> tuple[int, int]:
        if side.isdigit():
            return (0, int(side))
        return ({FLOW_NONE: 1, FLOW_NEW: 2, FLOW_GONE: 2}[side], 0)

    return [Flow(source, target, customers) for (source, target), customers in
            sorted(counts.items(), key=lambda item: (rank(item[0][0]), rank(item[0][1])))
            if customers > 0]
