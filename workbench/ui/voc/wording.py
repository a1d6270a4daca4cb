"""How voice-of-the-customer figures read on screen: measure values, intervals, n, drivers.

Numbers go through :func:`workbench.i18n.format_number`, so separators follow
the language (1,234.5 · 1.234,5). The persona card, the journey map and the
Voice of the customer area all phrase measures here, so they agree.
"""

from __future__ import annotations

from workbench.domain.voc import (
    SMALL_N,
    Driver,
    DriverKind,
    GroupBy,
    MeasureKind,
    MeasureResult,
    MeasureRow,
    Voice,
)
from workbench.i18n import MINUS, format_number, translate


def kind_name(kind: MeasureKind | str) -> str:
    return {MeasureKind.NPS: translate("Voc", "NPS"),
            MeasureKind.CSAT: translate("Voc", "CSAT"),
            MeasureKind.CES: translate("Voc", "CES"),
            MeasureKind.RATING: translate("Voc", "Rating")}.get(MeasureKind(kind), str(kind))


def voice_name(voice: Voice | str | None) -> str:
    if voice is None:
        return translate("Voc", "Both")
    return {Voice.CUSTOMER: translate("Voc", "Customers"),
            Voice.FRONTLINE: translate("Voc", "Front line")}[Voice(voice)]


def group_by_names() -> dict[GroupBy, str]:
    return {GroupBy.OVERALL: translate("Voc", "Everyone"),
            GroupBy.PERSONA: translate("Voc", "Persona"),
            GroupBy.STAGE: translate("Voc", "Journey stage"),
            GroupBy.CHANNEL: translate("Voc", "Channel"),
            GroupBy.MONTH: translate("Voc", "Month"),
            GroupBy.SOURCE: translate("Voc", "Source")}


def count(n: int) -> str:
    return format_number(n, 0)


def share(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return "–"
    return translate("Voc", "{value}%").format(value=format_number(100 * value, decimals))


def figure(kind: MeasureKind | str, value: float | None) -> str:
    """NPS as a signed whole number (+12, −4), CSAT as a percentage, means with one decimal."""
    if value is None:
        return "–"
    kind = MeasureKind(kind)
    if kind is MeasureKind.NPS:
        text = format_number(value, 0)
        return text if text.startswith(MINUS) or text == "0" else "+" + text
    if kind is MeasureKind.CSAT:
        return translate("Voc", "{value}%").format(value=format_number(value, 0))
    return format_number(value, 1)


def interval(result: MeasureResult) -> str:
    """"+4 to +20" (95% interval), or "" when there is none (n < 2)."""
    if result.low is None or result.high is None:
        return ""
    return translate("Voc", "{low} to {high}").format(low=figure(result.kind, result.low),
                                                       high=figure(result.kind, result.high))


def value_text(result: MeasureResult) -> str:
    """"+12 (95%: +4 to +20)"."""
    text = figure(result.kind, result.value)
    span = interval(result)
    if span:
        text += " " + translate("Voc", "(95%: {interval})").format(interval=span)
    return text


def small_mark() -> str:
    return translate("Voc", "small n")


def n_text(result: MeasureResult) -> str:
    """"48", or "24 · small n" below :data:`SMALL_N` answers (shown, never hidden)."""
    text = count(result.n)
    if result.small:
        text += " · " + small_mark()
    return text


def small_tooltip() -> str:
    return translate("Voc", "Fewer than {n} answers: the figure is shown, but it can move a lot "
                     "with a few more answers. Read the interval.").format(n=SMALL_N)


def short_line(row: MeasureRow) -> str:
    """"NPS +12 (n = 48)" – for the journey map and the persona card."""
    text = translate("Voc", "{measure} {value} (n = {n})").format(
        measure=kind_name(row.spec.kind), value=figure(row.spec.kind, row.result.value),
        n=count(row.result.n))
    if row.result.small:
        text += " · " + small_mark()
    return text


def bands_names(kind: MeasureKind | str) -> tuple[str, str, str]:
    """Names of the high, middle and low bands of a measure (promoters, passives, detractors)."""
    kind = MeasureKind(kind)
    if kind is MeasureKind.NPS:
        return (translate("Voc", "promoters"), translate("Voc", "passives"),
                translate("Voc", "detractors"))
    if kind is MeasureKind.CSAT:
        return (translate("Voc", "satisfied"), translate("Voc", "neutral"),
                translate("Voc", "dissatisfied"))
    return (translate("Voc", "high scorers"), translate("Voc", "middle scorers"),
            translate("Voc", "low scorers"))


def bands_text(result: MeasureResult) -> str:
    """"52% promoters · 27% passives · 21% detractors" ("" without band shares)."""
    shares = (result.promoters, result.passives, result.detractors)
    if all(s is None for s in shares):
        return ""
    names = bands_names(result.kind)
    return " · ".join(f"{share(s)} {name}" for s, name in zip(shares, names, strict=True)
                      if s is not None)


def driver_kind_name(kind: DriverKind | str) -> str:
    return {DriverKind.CODE: translate("Voc", "Code"),
            DriverKind.THEME: translate("Voc", "Theme"),
            DriverKind.ATTRIBUTE: translate("Voc", "Attribute")}.get(DriverKind(kind), str(kind))


def lift_text(driver: Driver) -> str:
    """"×2.4 (1.6–3.5)"."""
    def ratio(value: float) -> str:
        return format_number(value, 1 if value >= 0.95 else 2)

    return translate("Voc", "×{lift} ({low}–{high})").format(
        lift=ratio(driver.lift), low=ratio(driver.lift_low), high=ratio(driver.lift_high))


def comparison_text(driver: Driver, kind: MeasureKind | str) -> str:
    """"in 38% of detractors vs 9% of promoters"."""
    high, _middle, low = bands_names(kind)
    return translate("Voc", "in {low_share} of {low} vs {high_share} of {high}").format(
        low_share=share(driver.low_share), low=low, high_share=share(driver.high_share), high=high)


def driver_counts(driver: Driver, kind: MeasureKind | str) -> str:
    high, _middle, low = bands_names(kind)
    return translate("Voc", "{low_with} of {low_n} {low}, {high_with} of {high_n} {high}").format(
        low_with=count(driver.low_with), low_n=count(driver.low_n), low=low,
        high_with=count(driver.high_with), high_n=count(driver.high_n), high=high)


def sentiment_caption() -> str:
    return translate("Voc", "Sentiment of open answers (estimate)")


def sentiment_explanation() -> str:
    return translate("Voc", "Estimated from the words of the open answers with a word list: a "
                     "signal beside the scores, not a score. Sarcasm and mixed answers are "
                     "often misread.")
