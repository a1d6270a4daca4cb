"""Outcomes measured per persona: a rate or a mean against everyone else.

An outcome (churned, responded, complained, satisfaction, revenue) is a result
to explain, never a clustering input. Each outcome column holds raw values
(numbers, text such as "Yes"/"No", blanks) and is read as one of two measures:

- **rate** (OUTCOME_RATE): a column with two distinct values, or a text column
  where exactly one value means the event ("Churned" among "Stayed", "Joined",
  "Churned"). The event is the value that means yes/true/1/churned/complained/
  sì/abbandono..., in English or Italian; when neither or both values do, the
  less frequent value is the event. The persona's share of members with the
  event gets a Wilson 95% interval; the risk ratio against everyone else a 95%
  interval by the log method (Katz); the effect is Cohen's h; the difference is
  significant when Newcombe's hybrid score interval (built from the two
  Wilson intervals) excludes 0.
- **mean** (OUTCOME_MEAN): a numeric column with more than two values
  (satisfaction 1-5, revenue). Means get t 95% intervals; the ratio of means a
  95% interval by the delta method on the log scale (both means positive);
  the effect is Cohen's d with the pooled standard deviation; the difference is
  significant when Welch's 95% interval excludes 0.

A text column with more than two values none (or several) of which means the
event is skipped with a reason (:func:`measure_outcome`): a rate of an
arbitrary answer, or a mean of unordered answers, would be a made-up figure.

"Everyone else" is every other row, including customers that fit no persona.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from workbench.domain.personas import OUTCOME_MEAN, OUTCOME_RATE, OutcomeEffect
from workbench.i18n import translate

#: Two-sided 95% normal quantile.
Z95 = 1.959963984540054

#: Words that mark a value as the event of a yes/no outcome (accents removed).
EVENT_WORDS = frozenset({
    "yes", "y", "true", "t", "si", "s", "vero",
    "churn", "churned", "churner", "left", "leaver", "lost", "exited", "closed",
    "cancel", "cancelled", "canceled", "cancellation", "attrited", "attrition",
    "complain", "complained", "complaint", "responded", "response", "accepted",
    "converted", "conversion", "purchased", "bought", "subscribed", "defaulted",
    "abbandono", "abbandonato", "abbandonata", "disdetta", "disdetto", "cessato",
    "cessata", "perso", "persa", "reclamo", "reclamato", "risposto", "accettato",
    "convertito", "acquistato",
})
#: Words that mark a value as the non-event (they win over EVENT_WORDS: "not churned").
NON_EVENT_WORDS = frozenset({
    "no", "n", "not", "non", "false", "f", "never", "none", "stayed", "retained",
    "existing", "active", "current", "kept", "falso", "mai", "nessuno", "nessun",
    "attivo", "attiva", "rimasto", "rimasta",
})
#: Above this many distinct raw values a column is first tried as plain numbers.
MANY_VALUES = 1000
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class OutcomeMeasure:
    """How one outcome column is measured, or why it is not."""

    name: str
    #: OUTCOME_RATE or OUTCOME_MEAN; None when the column cannot be measured.
    kind: str | None
    #: The value counted as the event (rates), as text.
    event: str | None
    #: One float per row: 1/0 for a rate, the value for a mean, NaN when blank.
    values: np.ndarray
    #: Why the column is skipped (translated), else None.
    reason: str | None = None


def measure_outcome(series: pd.Series) -> OutcomeMeasure:
    """Read one raw outcome column as a rate, a mean, or a reasoned skip."""
    name = str(series.name)
    if series.dtype != object:
        fast = _measure_numbers(series, name)
        if fast is not None:
            return fast
    codes, uniques = pd.factorize(series.to_numpy(dtype=object), use_na_sentinel=True)
    if len(uniques) > MANY_VALUES:  # each distinct value is read in Python below
        fast = _measure_numbers(series, name)
        if fast is not None:
            return fast
    # Each distinct raw value once: its number (or None) and its cleaned text.
    numbers: list[float | None] = []
    texts: list[str | None] = []
    for value in uniques:
        number, text = _read_value(value)
        numbers.append(number)
        texts.append(text)
    present = [i for i, text in enumerate(texts) if text is not None]
    nothing = np.full(len(series), np.nan)
    if not present:
        return OutcomeMeasure(name, None, None, nothing, translate(
            "Outcomes", "{outcome} has no values.").format(outcome=name))
    numeric = all(numbers[i] is not None for i in present)
    # Merge spellings of the same value ("Yes", "yes", "1", "1.0").
    keys = [(numbers[i] if numeric else texts[i].casefold()) if texts[i] is not None else None
            for i in range(len(uniques))]
    distinct = sorted({keys[i] for i in present}, key=None if numeric else str)
    lookup = {key: j for j, key in enumerate(distinct)}
    value_code = np.array([lookup.get(key, -1) if key is not None else -1 for key in keys]
                          + [-1], dtype=np.int64)
    row_code = value_code[codes]  # -1 (the sentinel) indexes the trailing -1
    counts = np.bincount(row_code[row_code >= 0], minlength=len(distinct))
    label = {}
    for i in present:  # the first spelling of each value shows
        label.setdefault(keys[i], texts[i])

    if len(distinct) < 2:
        return OutcomeMeasure(name, None, None, nothing, translate(
            "Outcomes", "{outcome} has only one value.").format(outcome=name))
    if numeric and len(distinct) > 2:
        table = np.array([float(key) for key in distinct] + [np.nan])
        return OutcomeMeasure(name, OUTCOME_MEAN, None, table[row_code])
    if len(distinct) == 2:
        event = _event_of_two(distinct, counts, numeric, label)
    else:
        events = [j for j, key in enumerate(distinct) if _score(label[key]) > 0]
        if len(events) != 1:
            return OutcomeMeasure(name, None, None, nothing, translate(
                "Outcomes", "{outcome} has {n} different answers and none of them clearly "
                "means yes: give it two values (yes/no) or numbers to measure it per persona."
            ).format(outcome=name, n=len(distinct)))
        event = events[0]
    table = np.array([1.0 if j == event else 0.0 for j in range(len(distinct))] + [np.nan])
    return OutcomeMeasure(name, OUTCOME_RATE, label[distinct[event]], table[row_code])


def _measure_numbers(series: pd.Series, name: str) -> OutcomeMeasure | None:
    """The vectorised reading of a column whose every value is a number (or blank);
    None when some value is text, which the general reading handles."""
    numbers = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64)
    finite = np.isfinite(numbers)
    if int(finite.sum()) != int(series.notna().sum()):
        return None
    distinct, counts = np.unique(numbers[finite], return_counts=True)
    values = np.where(finite, numbers, np.nan)
    if len(distinct) == 0:
        return OutcomeMeasure(name, None, None, values, translate(
            "Outcomes", "{outcome} has no values.").format(outcome=name))
    if len(distinct) == 1:
        return OutcomeMeasure(name, None, None, np.full(len(values), np.nan), translate(
            "Outcomes", "{outcome} has only one value.").format(outcome=name))
    if len(distinct) > 2:
        return OutcomeMeasure(name, OUTCOME_MEAN, None, values)
    keys = [float(v) for v in distinct]
    event = _event_of_two(keys, counts, True, {})
    rate = np.where(finite, (numbers == keys[event]).astype(np.float64), np.nan)
    return OutcomeMeasure(name, OUTCOME_RATE, _number_text(keys[event]), rate)


def outcome_effects(df: pd.DataFrame, outcomes: Sequence[str], group: np.ndarray,
                    k: int) -> list[list[OutcomeEffect]]:
    """Per persona 0..k-1, its outcomes against everyone else, largest |effect| first.

    ``group`` holds each row's persona number, ``k`` meaning "fits no persona"
    (counted in everyone else). Columns that cannot be measured are left out
    (see :func:`measure_outcome` for why).
    """
    found: list[list[OutcomeEffect]] = [[] for _ in range(k)]
    group = np.asarray(group, dtype=np.int64)
    for name in outcomes:
        measure = measure_outcome(df[name])
        if measure.kind is None:
            continue
        valid = np.isfinite(measure.values)
        if measure.kind == OUTCOME_RATE:
            effects = _rate_effects(measure, group[valid], measure.values[valid], k)
        else:
            effects = _mean_effects(measure, group[valid], measure.values[valid], k)
        for effect in effects:
            found[effect.persona].append(effect)
    for effects in found:
        effects.sort(key=lambda e: (-abs(e.effect), e.outcome))
    return found


# --------------------------------------------------------------------------- reading values


def _read_value(value: object) -> tuple[float | None, str | None]:
    """(number or None, cleaned text or None when blank) of one raw value."""
    if value is None:
        return None, None
    if isinstance(value, bool | np.bool_):
        return float(value), "1" if value else "0"
    if isinstance(value, int | float | np.integer | np.floating):
        number = float(value)
        if not math.isfinite(number):
            return None, None
        return number, _number_text(number)
    text = str(value).strip()
    if not text:
        return None, None
    try:
        number = float(text.replace(",", ".") if text.count(",") == 1 and "." not in text
                       else text)
    except ValueError:
        return None, text
    return (number, _number_text(number)) if math.isfinite(number) else (None, text)


def _number_text(number: float) -> str:
    return str(int(number)) if number.is_integer() else repr(number)


def _words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return set(_WORD.findall(plain))


def _score(text: str) -> int:
    """+1 when the value means the event, -1 when it means its absence, else 0."""
    words = _words(text)
    if words & NON_EVENT_WORDS:
        return -1
    return 1 if words & EVENT_WORDS else 0


def _event_of_two(distinct: list, counts: np.ndarray, numeric: bool,
                  label: dict) -> int:
    """Which of two values is the event: 1 of 0/1, the yes-like one, else the rarer."""
    if numeric:
        if set(distinct) == {0.0, 1.0}:
            return distinct.index(1.0)
    else:
        scores = [_score(label[key]) for key in distinct]
        if scores[0] != scores[1]:
            return int(np.argmax(scores))
    if counts[0] != counts[1]:
        return int(np.argmin(counts))
    return 1  # equally frequent, no meaning: the later of the sorted values


# --------------------------------------------------------------------------- statistics


def wilson_interval(events: float, n: float, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a proportion events / n (n > 0)."""
    p = events / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def _rate_effects(measure: OutcomeMeasure, group: np.ndarray, values: np.ndarray,
                  k: int) -> list[OutcomeEffect]:
    n = np.bincount(group, minlength=k + 1).astype(np.float64)
    x = np.bincount(group, weights=values, minlength=k + 1)
    n_all, x_all = n.sum(), x.sum()
    found = []
    for persona in range(k):
        n1, x1 = float(n[persona]), float(x[persona])
        n0, x0 = float(n_all) - n1, float(x_all) - x1
        if n1 < 1 or n0 < 1:
            continue
        p1, p0 = x1 / n1, x0 / n0
        low1, high1 = wilson_interval(x1, n1)
        low0, high0 = wilson_interval(x0, n0)
        # Newcombe's hybrid score interval of p1 - p0.
        diff = p1 - p0
        diff_low = diff - math.sqrt((p1 - low1) ** 2 + (high0 - p0) ** 2)
        diff_high = diff + math.sqrt((high1 - p1) ** 2 + (p0 - low0) ** 2)
        ratio = ratio_low = ratio_high = None
        if p0 > 0:
            ratio = p1 / p0
            if x1 > 0:
                se = math.sqrt(max(1 / x1 - 1 / n1 + 1 / x0 - 1 / n0, 0.0))
                ratio_low = math.exp(math.log(ratio) - Z95 * se)
                ratio_high = math.exp(math.log(ratio) + Z95 * se)
        h = 2 * math.asin(math.sqrt(p1)) - 2 * math.asin(math.sqrt(p0))
        found.append(OutcomeEffect(
            persona=persona, outcome=measure.name, kind=OUTCOME_RATE, event=measure.event,
            persona_value=float(p1), persona_low=low1, persona_high=high1,
            rest_value=float(p0), rest_low=low0, rest_high=high0,
            n=int(n1), rest_n=int(n0), ratio=ratio, ratio_low=ratio_low,
            ratio_high=ratio_high, effect=float(h),
            significant=bool(diff_low > 0 or diff_high < 0),
        ))
    return found


def _mean_effects(measure: OutcomeMeasure, group: np.ndarray, values: np.ndarray,
                  k: int) -> list[OutcomeEffect]:
    from scipy.special import stdtrit  # t quantiles; scipy comes with scikit-learn

    centre = float(values.mean())
    shifted = values - centre  # sums of squares without cancellation on large values
    n = np.bincount(group, minlength=k + 1).astype(np.float64)
    sums = np.bincount(group, weights=shifted, minlength=k + 1)
    squares = np.bincount(group, weights=shifted * shifted, minlength=k + 1)
    n_all, sum_all, sq_all = float(n.sum()), float(sums.sum()), float(squares.sum())
    found = []
    for persona in range(k):
        n1 = float(n[persona])
        n0 = n_all - n1
        if n1 < 1 or n0 < 1:
            continue
        own_sum, own_sq = float(sums[persona]), float(squares[persona])
        m1, m0 = own_sum / n1, (sum_all - own_sum) / n0
        ss1 = max(own_sq - n1 * m1 * m1, 0.0)
        ss0 = max((sq_all - own_sq) - n0 * m0 * m0, 0.0)
        var1 = ss1 / (n1 - 1) if n1 > 1 else math.nan
        var0 = ss0 / (n0 - 1) if n0 > 1 else math.nan
        low1, high1 = _t_interval(m1 + centre, var1, n1, stdtrit)
        low0, high0 = _t_interval(m0 + centre, var0, n0, stdtrit)
        diff = m1 - m0
        dof = n1 + n0 - 2
        pooled = math.sqrt((ss1 + ss0) / dof) if dof > 0 else 0.0
        d = diff / pooled if pooled > 0 else 0.0
        significant = False
        if n1 > 1 and n0 > 1:
            se2 = var1 / n1 + var0 / n0
            if se2 > 0:
                welch = se2 * se2 / ((var1 / n1) ** 2 / (n1 - 1) + (var0 / n0) ** 2 / (n0 - 1))
                significant = abs(diff) > float(stdtrit(welch, 0.975)) * math.sqrt(se2)
            else:
                significant = diff != 0
        mean1, mean0 = m1 + centre, m0 + centre
        ratio = ratio_low = ratio_high = None
        if mean0 != 0:
            ratio = mean1 / mean0
            if mean1 > 0 and mean0 > 0 and n1 > 1 and n0 > 1:
                se = math.sqrt(var1 / (n1 * mean1 ** 2) + var0 / (n0 * mean0 ** 2))
                ratio_low = math.exp(math.log(ratio) - Z95 * se)
                ratio_high = math.exp(math.log(ratio) + Z95 * se)
        found.append(OutcomeEffect(
            persona=persona, outcome=measure.name, kind=OUTCOME_MEAN, event=None,
            persona_value=float(mean1), persona_low=low1, persona_high=high1,
            rest_value=float(mean0), rest_low=low0, rest_high=high0,
            n=int(n1), rest_n=int(n0), ratio=ratio, ratio_low=ratio_low,
            ratio_high=ratio_high, effect=float(d), significant=bool(significant),
        ))
    return found


def _t_interval(mean: float, variance: float, n: float,
                stdtrit) -> tuple[float | None, float | None]:
    if n < 2 or not math.isfinite(variance):
        return None, None
    half = float(stdtrit(n - 1, 0.975)) * math.sqrt(variance / n)
    return mean - half, mean + half
