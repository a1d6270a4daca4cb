"""How figures read on exported pages and tables, in the current language, without Qt.

Mirrors the app's own phrasing (workbench/ui/personas/wording.py) so a PDF says
what the persona card on screen says.
"""

from __future__ import annotations

from workbench.i18n import MINUS, format_number, translate

_format = format_number


def number(value: float | None) -> str:
    """A measured value with the precision it deserves: 92,000 · 57.6 · 0.38."""
    if value is None:
        return "–"
    size = abs(value)
    return _format(float(value), 0 if size >= 100 else 1 if size >= 1 else 2)


def count(value: int) -> str:
    return _format(int(value), 0)


def percent(share: float | None, decimals: int | None = None) -> str:
    """A share as a percentage; small non-zero shares keep one decimal (0.4%, not 0%)."""
    if share is None:
        return "–"
    value = 100.0 * float(share)
    if decimals is None:
        decimals = 1 if 0 < abs(value) < 1 else 0
    return translate("Export", "{value}%").format(value=_format(value, decimals))


def signed(value: float | None, decimals: int = 1) -> str:
    """+1.9 / −1.9, with a real minus sign."""
    if value is None:
        return "–"
    return ("+" if value >= 0 else MINUS) + _format(abs(float(value)), decimals)


def magnitude_name(magnitude: str) -> str:
    return {
        "negligible": translate("Export", "negligible"),
        "small": translate("Export", "small"),
        "medium": translate("Export", "medium"),
        "large": translate("Export", "large"),
    }.get(magnitude, magnitude)


def algorithm_name(key: str) -> str:
    return {
        "kmeans": translate("Export", "k-means"),
        "gmm": translate("Export", "Gaussian mixture"),
        "agglomerative": translate("Export", "agglomerative (Ward)"),
        "gower": translate("Export", "Gower k-medoids"),
    }.get(key, key)


def effect_symbol(kind: str) -> str:
    """Cohen's d for numbers, Cohen's h for shares of a category."""
    return "d" if kind == "numeric" else "h"


def effect_subject(effect: dict) -> str:
    """What an effect line is about: "Income" or "Loyalty tier: platinum"."""
    if effect.get("kind") == "numeric":
        return str(effect.get("attribute", ""))
    return translate("Export", "{attribute}: {level}").format(
        attribute=effect.get("attribute", ""), level=effect.get("level"))


def effect_size(effect: dict) -> str:
    """"d = +1.9 · large"."""
    return translate("Export", "{symbol} = {effect} · {magnitude}").format(
        symbol=effect_symbol(effect.get("kind", "numeric")), effect=signed(effect.get("effect")),
        magnitude=magnitude_name(effect.get("magnitude", "")))


def unassigned_reason(reason: str | None) -> str:
    return {
        "ambiguous": translate("Export", "between personas: about as close to another one"),
        "far": translate("Export", "far from every persona's centre"),
    }.get(reason or "", reason or "")


def initials(name: str) -> str:
    """Up to two letters for a generated avatar ("High Web · Silver" -> "HW")."""
    words = [w for w in name.replace("·", " ").replace("=", " ").split() if w[:1].isalnum()]
    letters = "".join(w[0] for w in words[:2]).upper()
    return letters or "?"


# --------------------------------------------------------------------------- outcomes

#: An outcome measured on fewer members than this is flagged "few members: read with care".
SMALL_OUTCOME_N = 30
#: Event values that mean "it happened": the outcome's name alone says it ("Churn 42%").
_PLAIN_EVENTS = {"yes", "y", "true", "1", "1.0", "si", "sì", "s", "vero"}
#: Attributes named on an "also" line before "and N more".
ALSO_NAMES = 3


def outcome_subject(outcome: dict) -> str:
    """What an outcome line measures: "Churn", or "Contract: cancelled" for a named event."""
    event = outcome.get("event")
    name = str(outcome.get("outcome", ""))
    if outcome.get("kind") != "rate" or event is None or str(event).strip().casefold() in \
            _PLAIN_EVENTS:
        return name
    return translate("Export", "{attribute}: {level}").format(attribute=name, level=event)


def outcome_value(outcome: dict, value: float | None) -> str:
    """A rate as a percentage, a mean as a number."""
    return percent(value) if outcome.get("kind") == "rate" else number(value)


def outcome_interval(outcome: dict, low: float | None, high: float | None) -> str:
    """"39%–45%": a 95% interval, empty when it is not known."""
    if low is None or high is None:
        return ""
    return f"{outcome_value(outcome, low)}–{outcome_value(outcome, high)}"


def outcome_ratio(outcome: dict) -> str:
    """"risk ratio 2.8" for a rate, "ratio of means 1.2" for a mean; empty without a ratio."""
    ratio = outcome.get("ratio")
    if ratio is None:
        return ""
    if outcome.get("kind") == "rate":
        return translate("Export", "risk ratio {ratio}").format(ratio=number(ratio))
    return translate("Export", "ratio of means {ratio}").format(ratio=number(ratio))


def outcome_line(outcome: dict) -> str:
    """"Churn 42% vs 15% · risk ratio 2.8 · n = 1,854"."""
    parts = [translate("Export", "{subject} {persona} vs {rest}").format(
        subject=outcome_subject(outcome),
        persona=outcome_value(outcome, outcome.get("persona_value")),
        rest=outcome_value(outcome, outcome.get("rest_value")))]
    ratio = outcome_ratio(outcome)
    if ratio:
        parts.append(ratio)
    parts.append(translate("Export", "n = {n}").format(n=count(outcome.get("n") or 0)))
    return " · ".join(parts)


def small_outcome(outcome: dict) -> bool:
    return int(outcome.get("n") or 0) < SMALL_OUTCOME_N


def outcomes_by_effect(outcomes: tuple[dict, ...] | list[dict]) -> list[dict]:
    """Largest effect first (the analysis stores them so; kept safe for older sets)."""
    return sorted(outcomes, key=lambda o: -abs(o.get("effect") or 0.0))


def also_text(names: list[str] | tuple[str, ...], limit: int = ALSO_NAMES) -> str:
    """"also online backup, device protection, tech support and 3 more" (empty without names)."""
    names = [str(n) for n in names if str(n).strip()]
    if not names:
        return ""
    shown = ", ".join(names[:limit])
    if len(names) > limit:
        shown = translate("Export", "{names} and {n} more").format(names=shown,
                                                                   n=len(names) - limit)
    return translate("Export", "also {names}").format(names=shown)


def weak_structure_text() -> str:
    return translate("Export", "Weak structure: these personas split a continuum")


# --------------------------------------------------------------------------- voice of the customer


def measure_kind_name(kind: str) -> str:
    """"NPS", "CSAT", "CES", "Rating"."""
    return {
        "nps": translate("Export", "NPS"),
        "csat": translate("Export", "CSAT"),
        "ces": translate("Export", "CES"),
        "rating": translate("Export", "Rating"),
    }.get(str(kind), str(kind))


def measure_figure(kind: str, value: float | None) -> str:
    """NPS as a signed whole number (+12, −4), CSAT as a percentage, means with one decimal."""
    if value is None:
        return "–"
    kind = str(kind)
    if kind == "nps":
        text = _format(float(value), 0)
        return text if text.startswith(MINUS) or text == "0" else "+" + text
    if kind == "csat":
        return translate("Export", "{value}%").format(value=_format(float(value), 0))
    return _format(float(value), 1)


def measure_interval(kind: str, low: float | None, high: float | None) -> str:
    """"−4 to +28": a 95% interval, empty when it is not known (fewer than two answers)."""
    if low is None or high is None:
        return ""
    return translate("Export", "{low} to {high}").format(low=measure_figure(kind, low),
                                                         high=measure_figure(kind, high))


def measure_value(kind: str, value: float | None, low: float | None, high: float | None) -> str:
    """"+12 (−4 to +28)"."""
    text = measure_figure(kind, value)
    span = measure_interval(kind, low, high)
    return f"{text} ({span})" if span else text


def small_n_mark() -> str:
    return translate("Export", "small n")


def measure_n(n: int, small: bool) -> str:
    """"n = 48", or "n = 12 · small n" below the small-n threshold (shown, never hidden)."""
    text = translate("Export", "n = {n}").format(n=count(n))
    return f"{text} · {small_n_mark()}" if small else text


def frontline_tag() -> str:
    """Beside a quote or a figure that is front-line staff's voice, not the customers' own."""
    return translate("Export", "Front line")


def stage_measure_line(kind: str, value: float | None, n: int, small: bool,
                       frontline: bool = False) -> str:
    """"NPS +12 · n = 48" (· small n, · Front line) under a stage of the journey map."""
    text = translate("Export", "{measure} {value} · {n}").format(
        measure=measure_kind_name(kind), value=measure_figure(kind, value),
        n=measure_n(n, small))
    return f"{text} · {frontline_tag()}" if frontline else text


# --------------------------------------------------------------------------- samples and populations


def compact_count(value: int) -> str:
    """A large count in few characters: 8.9M, 42M, 1.2B, 740k; below 10,000 in full (9,870)."""
    value = int(value)
    size = abs(value)
    if size < 10_000:
        return count(value)
    for unit, text in ((1_000_000_000, translate("Export", "{value}B")),
                       (1_000_000, translate("Export", "{value}M")),
                       (1_000, translate("Export", "{value}k"))):
        scaled = size / unit
        decimals = 1 if scaled < 9.95 and round(scaled, 1) != round(scaled) else 0
        if round(scaled, decimals) >= 1:
            return text.format(value=_format(scaled if value >= 0 else -scaled, decimals))
    return count(value)


def population_text(share: float | None, customers: int) -> str:
    """"21% of the population · 8.9M customers": a persona's size in the whole customer base."""
    return translate("Export", "{share} of the population · {customers} customers").format(
        share=percent(share), customers=compact_count(customers))
