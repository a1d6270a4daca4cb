"""Find attributes, or categories of several attributes, that carry the same fact.

Real customer files repeat themselves: a telecom export writes "No internet
service" in six columns for the same customers, a spend total sits beside the
amounts it adds up, a 0/1 flag restates a Yes/No column. Counted as separate
attributes they would weigh six times in the clustering and fill a card with
one fact. Two kinds of redundancy are found, on a seeded sample of customers:

- **attributes** whose association is at least ``threshold`` (REDUNDANT):
  |Pearson r| between numbers, Cramér's V between categories (numbers with
  two values count as categories), the correlation ratio η between a number
  and a category. Attributes are joined when any pair reaches the threshold
  (single linkage); the group's ``strength`` is its weakest joining pair.
- **categories**: a category of one attribute held by the same customers as
  a category of others (Jaccard overlap at least ``threshold``), such as
  InternetService = No and OnlineBackup = No internet service.

Each group lists its members in the order the attributes were given, so the
first is the one a card shows. Pure numpy; a few milliseconds for 30
attributes on 5,000 customers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from workbench.analysis.categories import as_text
from workbench.domain.personas import (
    REDUNDANT,
    REDUNDANT_ATTRIBUTES,
    REDUNDANT_CATEGORY,
    RedundancyGroup,
)

SAMPLE = 5000
#: A category held by fewer customers than this share is too rare to group.
MIN_CATEGORY_SHARE = 0.01
#: Categories beyond this many per attribute (most frequent first) are not compared.
MAX_LEVELS = 30


def find_redundancy(df: pd.DataFrame, kinds: dict[str, str], names: Sequence[str], *,
                    threshold: float = REDUNDANT, seed: int = 0, sample: int = SAMPLE,
                    within: np.ndarray | None = None) -> list[RedundancyGroup]:
    """Redundancy groups among ``names`` (numeric or categorical columns of ``df``).

    ``within`` (one persona number per row of ``df``) asks for attributes that
    stay associated inside the personas too: on a persona card, age and income
    that differ together between personas are two facts, while a total and the
    amount it mostly consists of, or a Yes/No column and its 0/1 copy, remain
    one fact for every member. Numbers are then compared after taking away their
    persona's mean, and categories must be associated overall and within.
    """
    names = [n for n in names if n in df.columns and kinds.get(n) in ("numeric", "categorical")]
    if len(names) < 2 or len(df) < 3:
        return []
    frame = df[names]
    if within is not None:
        within = np.asarray(within, dtype=np.int64)
    if len(frame) > sample:
        rows = np.sort(np.random.default_rng(seed).choice(len(frame), sample, replace=False))
        frame = frame.iloc[rows]
        within = within[rows] if within is not None else None
    columns = [_Column.read(frame[name], name, kinds[name]) for name in names]
    columns = [c for c in columns if c.usable]
    if within is not None:
        for column in columns:
            column.within = within
            if column.numbers is not None:
                column.numbers = _centred(column.numbers, within)
    groups = _attribute_groups(columns, threshold)
    grouped = {name for group in groups for name in group.members}
    groups += _category_groups([c for c in columns if c.codes is not None], grouped, threshold)
    order = {name: i for i, name in enumerate(names)}
    return sorted(groups, key=lambda g: order[g.members[0]])


class _Column:
    """One attribute on the sample: numbers (float, NaN missing) and/or category codes."""

    def __init__(self, name: str, numbers: np.ndarray | None, codes: np.ndarray | None,
                 levels: list[str]) -> None:
        self.name, self.numbers, self.codes, self.levels = name, numbers, codes, levels
        #: The persona of each row, when associations must hold within personas.
        self.within: np.ndarray | None = None

    @property
    def usable(self) -> bool:
        if self.codes is not None:
            return len(self.levels) >= 2
        return self.numbers is not None and np.nanstd(self.numbers) > 0

    @classmethod
    def read(cls, series: pd.Series, name: str, kind: str) -> _Column:
        if kind == "numeric":
            numbers = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64)
            numbers = np.where(np.isfinite(numbers), numbers, np.nan)
            distinct = np.unique(numbers[~np.isnan(numbers)])
            if len(distinct) > 2:
                return cls(name, numbers, None, [])
            # A 0/1 flag is a category: it may restate a Yes/No column.
            codes = np.full(len(numbers), -1, dtype=np.int64)
            for code, value in enumerate(distinct):
                codes[numbers == value] = code
            return cls(name, None, codes, [f"{v:g}" for v in distinct])
        text = as_text(series)
        codes, uniques = pd.factorize(text, use_na_sentinel=True)
        return cls(name, None, codes.astype(np.int64), [str(u) for u in uniques])


def _attribute_groups(columns: list[_Column], threshold: float) -> list[RedundancyGroup]:
    parent = list(range(len(columns)))
    weakest: dict[int, float] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    strength = _associations(columns)
    edges = [(a, b, float(strength[a, b])) for a in range(len(columns))
             for b in range(a + 1, len(columns)) if strength[a, b] >= threshold]
    for a, b, value in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
            weakest[min(ra, rb)] = min(value, weakest.get(ra, 1.0), weakest.get(rb, 1.0))
    members: dict[int, list[int]] = {}
    for i in range(len(columns)):
        members.setdefault(root(i), []).append(i)
    return [RedundancyGroup(REDUNDANT_ATTRIBUTES, [columns[i].name for i in sorted(group)],
                            strength=round(weakest.get(r, 1.0), 4))
            for r, group in members.items() if len(group) > 1]


def association_matrix(df: pd.DataFrame, kinds: dict[str, str], names: Sequence[str], *,
                       seed: int = 0, sample: int = SAMPLE) -> tuple[list[str], np.ndarray]:
    """(usable names, symmetric matrix of associations 0..1) as used for grouping:
    |r|, Cramér's V or the correlation ratio η, on a seeded sample."""
    names = [n for n in names if n in df.columns and kinds.get(n) in ("numeric", "categorical")]
    frame = df[names]
    if len(frame) > sample:
        rows = np.sort(np.random.default_rng(seed).choice(len(frame), sample, replace=False))
        frame = frame.iloc[rows]
    columns = [c for c in (_Column.read(frame[n], n, kinds[n]) for n in names) if c.usable]
    return [c.name for c in columns], _associations(columns)


def _associations(columns: list[_Column]) -> np.ndarray:
    count = len(columns)
    strength = np.eye(count)
    numeric = [i for i, c in enumerate(columns) if c.numbers is not None]
    position = {i: j for j, i in enumerate(numeric)}
    if len(numeric) >= 2:
        matrix = np.column_stack([columns[i].numbers for i in numeric])
        correlation = pd.DataFrame(matrix).corr(min_periods=3).to_numpy()
    for a in range(count):
        for b in range(a + 1, count):
            ca, cb = columns[a], columns[b]
            if ca.numbers is not None and cb.numbers is not None:
                value = abs(correlation[position[a], position[b]])
            elif ca.codes is not None and cb.codes is not None:
                value = _cramers_v(ca.codes, cb.codes)
                if ca.within is not None and value >= 0.5:
                    value = min(value, _within_cramers_v(ca.codes, cb.codes, ca.within))
            else:
                number, category = (ca, cb) if ca.numbers is not None else (cb, ca)
                value = _correlation_ratio(number.numbers, category.codes)
            strength[a, b] = strength[b, a] = value if np.isfinite(value) else 0.0
    return strength


def _category_groups(columns: list[_Column], grouped: set[str],
                     threshold: float) -> list[RedundancyGroup]:
    """Categories of different attributes held by (nearly) the same customers."""
    candidates: list[tuple[str, str, np.ndarray]] = []
    for column in columns:
        if column.name in grouped:
            continue  # already one fact with its whole attribute group
        counts = np.bincount(column.codes[column.codes >= 0], minlength=len(column.levels))
        answered = counts.sum()
        order = np.argsort(-counts, kind="stable")[:MAX_LEVELS]
        for code in order:
            if counts[code] >= max(MIN_CATEGORY_SHARE * answered, 2):
                candidates.append((column.name, column.levels[code], column.codes == code))
    if len(candidates) < 2:
        return []
    flags = np.column_stack([c[2] for c in candidates]).astype(np.float64)
    sizes = flags.sum(axis=0)
    both = flags.T @ flags
    jaccard = both / np.maximum(sizes[:, None] + sizes[None, :] - both, 1.0)
    taken: set[int] = set()
    groups = []
    for i, (name, level, _) in enumerate(candidates):
        if i in taken:
            continue
        # One category per other attribute: the one overlapping most.
        best: dict[str, tuple[float, int]] = {}
        for j in range(len(candidates)):
            other = candidates[j][0]
            if j == i or j in taken or other == name or jaccard[i, j] < threshold:
                continue
            if other not in best or jaccard[i, j] > best[other][0]:
                best[other] = (float(jaccard[i, j]), j)
        if not best:
            continue
        chosen = sorted(j for _, j in best.values())
        taken.update(chosen + [i])
        groups.append(RedundancyGroup(
            REDUNDANT_CATEGORY, [name] + [candidates[j][0] for j in chosen],
            levels=[level] + [candidates[j][1] for j in chosen],
            strength=round(min(v for v, _ in best.values()), 4)))
    return groups


def _centred(numbers: np.ndarray, within: np.ndarray) -> np.ndarray:
    """Numbers minus the mean of their persona (missing values stay missing)."""
    known = ~np.isnan(numbers)
    groups = within[known]
    counts = np.bincount(groups)
    means = np.bincount(groups, weights=numbers[known]) / np.maximum(counts, 1)
    centred = numbers.copy()
    centred[known] -= means[groups]
    return centred


def _within_cramers_v(a: np.ndarray, b: np.ndarray, within: np.ndarray) -> float:
    """Cramér's V inside each persona, averaged by size (a persona where one of the
    two is constant says nothing and is left out)."""
    total, weight = 0.0, 0
    for persona in np.unique(within):
        rows = within == persona
        ka, kb = a[rows], b[rows]
        if len(np.unique(ka[ka >= 0])) < 2 or len(np.unique(kb[kb >= 0])) < 2:
            continue
        total += _cramers_v(ka, kb) * int(rows.sum())
        weight += int(rows.sum())
    return total / weight if weight else 1.0


def _cramers_v(a: np.ndarray, b: np.ndarray) -> float:
    keep = (a >= 0) & (b >= 0)
    a, b = a[keep], b[keep]
    if len(a) < 3:
        return 0.0
    _, a = np.unique(a, return_inverse=True)
    _, b = np.unique(b, return_inverse=True)
    ka, kb = int(a.max()) + 1, int(b.max()) + 1
    if ka < 2 or kb < 2:
        return 0.0
    table = np.bincount(a * kb + b, minlength=ka * kb).reshape(ka, kb).astype(np.float64)
    n = table.sum()
    expected = table.sum(axis=1, keepdims=True) * table.sum(axis=0, keepdims=True) / n
    chi2 = float(((table - expected) ** 2 / np.where(expected > 0, expected, 1.0)).sum())
    return float(np.sqrt(chi2 / (n * (min(ka, kb) - 1))))


def _correlation_ratio(numbers: np.ndarray, codes: np.ndarray) -> float:
    keep = (codes >= 0) & ~np.isnan(numbers)
    x, g = numbers[keep], codes[keep]
    if len(x) < 3:
        return 0.0
    total = float(((x - x.mean()) ** 2).sum())
    if total <= 0:
        return 0.0
    counts = np.bincount(g).astype(np.float64)
    means = np.bincount(g, weights=x) / np.maximum(counts, 1.0)
    between = float((counts * (means - x.mean()) ** 2).sum())
    return float(np.sqrt(between / total))
