"""How persona figures read on screen: numbers, shares, effect lines, method names.

Everything the researcher reads about a persona set is phrased here, once,
in the current language and locale, so cards, dialogs and tooltips agree.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt

from workbench.export import wording as export_wording
from workbench.export.report_content import (  # noqa: F401 (re-exported; one wording for app and report)
    algorithm_description,
    silhouette_verdict,
)
from workbench.export.wording import (  # noqa: F401 (re-exported)
    MINUS,
    SMALL_OUTCOME_N,
    effect_symbol,
    initials,
    outcomes_by_effect,
    small_outcome,
)
from workbench.i18n import translate


def number(value: float | None) -> str:
    """A measured value with the precision it deserves: 92,000 · 57.6 · 0.38."""
    if value is None:
        return "–"
    size = abs(value)
    decimals = 0 if size >= 100 else 1 if size >= 1 else 2
    text = QLocale().toString(float(value), "f", decimals)
    return text.replace("-", MINUS)


def count(value: int) -> str:
    return QLocale().toString(int(value))


def percent(share: float | None, decimals: int | None = None) -> str:
    """A share as a percentage; small non-zero shares keep one decimal (0.4%, not 0%)."""
    if share is None:
        return "–"
    value = 100.0 * float(share)
    if decimals is None:
        decimals = 1 if 0 < abs(value) < 1 else 0
    return translate("PersonasArea", "{value}%").format(
        value=QLocale().toString(value, "f", decimals))


def signed(value: float | None, decimals: int = 1) -> str:
    """+1.9 / −1.9, with a real minus sign."""
    if value is None:
        return "–"
    text = QLocale().toString(abs(float(value)), "f", decimals)
    return ("+" if value >= 0 else MINUS) + text


def fixed(value: float | None, decimals: int = 2) -> str:
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", decimals).replace("-", MINUS)


def magnitude_name(magnitude: str) -> str:
    return {
        "negligible": translate("PersonasArea", "negligible"),
        "small": translate("PersonasArea", "small"),
        "medium": translate("PersonasArea", "medium"),
        "large": translate("PersonasArea", "large"),
    }.get(magnitude, magnitude)


def algorithm_names() -> dict[str, str]:
    """Method key (domain ALGORITHMS) -> name shown to the researcher."""
    return {
        "kmeans": translate("PersonasArea", "k-means"),
        "gmm": translate("PersonasArea", "Gaussian mixture"),
        "agglomerative": translate("PersonasArea", "Agglomerative (Ward)"),
        "gower": translate("PersonasArea", "Gower k-medoids (mixed data)"),
    }


def algorithm_name(key: str) -> str:
    return algorithm_names().get(key, key)


def effect_comparison(effect: dict) -> str:
    """The members' value against everyone else's: "92,000 vs 38,000" or "64% vs 8%"."""
    if effect.get("kind") == "numeric":
        persona, rest = number(effect.get("persona_mean")), number(effect.get("rest_mean"))
    else:
        persona, rest = percent(effect.get("persona_share")), percent(effect.get("rest_share"))
    return translate("PersonasArea", "{persona} vs {rest}").format(persona=persona, rest=rest)


def effect_subject(effect: dict) -> str:
    """What the line is about: "Income" or "Loyalty tier = platinum"."""
    if effect.get("kind") == "numeric":
        return str(effect["attribute"])
    return f"{effect['attribute']} = {effect.get('level')}"


def effect_values(effect: dict) -> str:
    """The attribute and its real values: "Income: 92,000 vs 38,000"."""
    return f"{effect_subject(effect)}: {effect_comparison(effect)}"


def effect_size(effect: dict) -> str:
    """"d = +1.9, large"."""
    return translate("PersonasArea", "{symbol} = {effect}, {magnitude}").format(
        symbol=effect_symbol(effect.get("kind", "numeric")), effect=signed(effect.get("effect")),
        magnitude=magnitude_name(effect.get("magnitude", "")))


def effect_line(effect: dict) -> str:
    """The whole card line: "Income: 92,000 vs 38,000 (d = +1.9, large)"."""
    return translate("PersonasArea", "{values} ({size})").format(
        values=effect_values(effect), size=effect_size(effect))


def effect_tooltip(effect: dict) -> str:
    if effect.get("kind") == "numeric":
        text = translate(
            "PersonasArea",
            "Members average {persona} (median {persona_median}); everyone else averages {rest} "
            "(median {rest_median}). Cohen's d = {effect}: the difference in pooled standard "
            "deviations.").format(
            persona=number(effect.get("persona_mean")),
            persona_median=number(effect.get("persona_median")),
            rest=number(effect.get("rest_mean")), rest_median=number(effect.get("rest_median")),
            effect=signed(effect.get("effect"), 2))
    else:
        text = translate(
            "PersonasArea",
            "{persona} of the members have {attribute} = {level}, against {rest} of everyone "
            "else. Cohen's h = {effect}: the difference of the two shares on the same scale as d."
        ).format(persona=percent(effect.get("persona_share")), attribute=effect["attribute"],
                 level=effect.get("level"), rest=percent(effect.get("rest_share")),
                 effect=signed(effect.get("effect"), 2))
    if not effect.get("used_in_clustering", True):
        text += " " + translate("PersonasArea", "This attribute was not used to form the "
                                "personas: it describes them from outside.")
    text += " " + translate("PersonasArea", "Click to list the {n} customers behind this line."
                            ).format(n=count(effect.get("member_count", 0)))
    return text


def agreement_verdict(ari: float | None) -> str:
    """What an adjusted Rand index between two persona sets means."""
    if ari is None:
        return translate("PersonasArea", "no customers in common")
    if ari >= 0.9:
        return translate("PersonasArea", "nearly the same personas")
    if ari >= 0.65:
        return translate("PersonasArea", "largely the same personas")
    if ari >= 0.3:
        return translate("PersonasArea", "personas partly reshuffled")
    return translate("PersonasArea", "different personas")


def unassigned_reason(reason: str | None) -> str:
    return {
        "ambiguous": translate("PersonasArea", "Between personas: about as close to another one"),
        "far": translate("PersonasArea", "Far from every persona's centre"),
    }.get(reason or "", reason or "–")


def fit_explanation(measure: str | None) -> str:
    if measure == "posterior":
        return translate("PersonasArea", "Fit is the Gaussian mixture's probability that the "
                         "customer belongs to the persona (0 to 1).")
    return translate("PersonasArea", "Fit compares the distance to the own persona's centre with "
                     "the distance to the nearest other one (−1 to 1; higher fits better).")


def when(iso: str) -> str:
    """A stored ISO timestamp in the user's short date and time format."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


# --------------------------------------------------------------------------- the map


def axis_driver(attribute: str, level: str | None, correlation: float) -> str:
    """"Age ↑" (grows along the axis) or "Loyalty tier = gold ↓" (rarer along it)."""
    arrow = "↑" if correlation >= 0 else "↓"
    subject = attribute if level is None else f"{attribute} = {level}"
    return f"{subject} {arrow}"


def axis_label(number: int, share: float, drivers: list, horizontal: bool) -> str:
    """Two lines: the axis and its share of the differences, then what grows along it."""
    first = translate("PersonasArea", "Axis {n} · {share} of the differences").format(
        n=number, share=percent(share))
    if not drivers:
        return first + "\n" + translate("PersonasArea", "no single attribute stands out")
    listed = ", ".join(axis_driver(d.attribute, d.level, d.correlation) for d in drivers)
    if horizontal:
        second = translate("PersonasArea", "to the right: {attributes}").format(attributes=listed)
    else:
        second = translate("PersonasArea", "upwards: {attributes}").format(attributes=listed)
    return first + "\n" + second


# --------------------------------------------------------------------------- outcomes


def outcome_subject(outcome: dict) -> str:
    """What an outcome line measures: "Churn", or "Contract: cancelled" for a named event."""
    if export_wording.outcome_subject(outcome) == str(outcome.get("outcome", "")):
        return str(outcome.get("outcome", ""))
    return translate("PersonasArea", "{attribute}: {level}").format(
        attribute=outcome.get("outcome", ""), level=outcome.get("event"))


def outcome_value(outcome: dict, value: float | None) -> str:
    """A rate as a percentage, a mean as a number."""
    return percent(value) if outcome.get("kind") == "rate" else number(value)


def outcome_interval(outcome: dict, low: float | None, high: float | None) -> str:
    """"40%–44%" (a 95% interval); "–" when it is not known."""
    if low is None or high is None:
        return "–"
    return f"{outcome_value(outcome, low)}–{outcome_value(outcome, high)}"


def outcome_ratio(outcome: dict) -> str:
    """"risk ratio 2.8" for a rate, "ratio of means 1.2" for a mean; empty without a ratio."""
    ratio = outcome.get("ratio")
    if ratio is None:
        return ""
    if outcome.get("kind") == "rate":
        return translate("PersonasArea", "risk ratio {ratio}").format(ratio=number(ratio))
    return translate("PersonasArea", "ratio of means {ratio}").format(ratio=number(ratio))


def outcome_comparison(outcome: dict) -> str:
    """"42% vs 15%"."""
    return translate("PersonasArea", "{persona} vs {rest}").format(
        persona=outcome_value(outcome, outcome.get("persona_value")),
        rest=outcome_value(outcome, outcome.get("rest_value")))


def outcome_figures(outcome: dict) -> str:
    """"risk ratio 2.8 · n = 1,854"."""
    parts = [outcome_ratio(outcome), translate("PersonasArea", "n = {n}").format(
        n=count(outcome.get("n") or 0))]
    return " · ".join(p for p in parts if p)


def outcome_line(outcome: dict) -> str:
    """The whole line: "Churn 42% vs 15% · risk ratio 2.8 · n = 1,854"."""
    return f"{outcome_subject(outcome)} {outcome_comparison(outcome)} · {outcome_figures(outcome)}"


def outcome_intervals(outcome: dict) -> str:
    """"95% intervals: 40%–44% vs 14%–16%"."""
    return translate("PersonasArea", "95% intervals: {persona} vs {rest}").format(
        persona=outcome_interval(outcome, outcome.get("persona_low"), outcome.get("persona_high")),
        rest=outcome_interval(outcome, outcome.get("rest_low"), outcome.get("rest_high")))


def outcome_caution(outcome: dict) -> str:
    """Why a line should be read with care (few members, could be chance); empty otherwise."""
    cautions = []
    if small_outcome(outcome):
        cautions.append(translate("PersonasArea", "Few members ({n}): read with care.").format(
            n=count(outcome.get("n") or 0)))
    if not outcome.get("significant"):
        cautions.append(translate("PersonasArea", "Not significant: the difference could be "
                                  "chance."))
    return " ".join(cautions)


def outcome_tooltip(outcome: dict) -> str:
    if outcome.get("kind") == "rate":
        text = translate(
            "PersonasArea", "{persona} of the {n} members with a value (95% interval {persona_ci}), "
            "against {rest} of the {rest_n} other customers ({rest_ci}).")
    else:
        text = translate(
            "PersonasArea", "The {n} members with a value average {persona} (95% interval "
            "{persona_ci}); the {rest_n} other customers average {rest} ({rest_ci}).")
    text = text.format(
        persona=outcome_value(outcome, outcome.get("persona_value")),
        rest=outcome_value(outcome, outcome.get("rest_value")),
        n=count(outcome.get("n") or 0), rest_n=count(outcome.get("rest_n") or 0),
        persona_ci=outcome_interval(outcome, outcome.get("persona_low"),
                                    outcome.get("persona_high")),
        rest_ci=outcome_interval(outcome, outcome.get("rest_low"), outcome.get("rest_high")))
    ratio = outcome_ratio(outcome)
    if ratio and outcome.get("ratio_low") is not None and outcome.get("ratio_high") is not None:
        ratio += f" ({number(outcome.get('ratio_low'))}–{number(outcome.get('ratio_high'))})"
    if ratio:
        text += " " + ratio[:1].upper() + ratio[1:] + "."
    text += " " + translate("PersonasArea", "An outcome is measured on the members, never used "
                            "to form the personas.")
    caution = outcome_caution(outcome)
    if caution:
        text += " " + caution
    return text


def also_text(names: list[str]) -> str:
    """"also Online backup, Device protection, Tech support and 2 more"; empty without names."""
    names = [str(n) for n in names if str(n).strip()]
    if not names:
        return ""
    limit = export_wording.ALSO_NAMES
    shown = ", ".join(names[:limit])
    if len(names) > limit:
        shown = translate("PersonasArea", "{names} and {n} more").format(names=shown,
                                                                         n=len(names) - limit)
    return translate("PersonasArea", "also {names}").format(names=shown)


def weak_structure_title() -> str:
    return translate("PersonasArea", "Weak structure: these personas split a continuum")
