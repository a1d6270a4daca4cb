"""Survey score measures at import: which header names one, which scale its values fit.

A numeric column becomes a measure (NPS, CSAT, CES, star rating; see
:mod:`workbench.domain.voc`) when its header names one and its values fit
one of the kind's allowed scales; the narrowest such scale is chosen. The
same module reads the ``measure[:kind[:low-high]]`` role choices the CLI and
the role-change service accept, names measures in the researcher's words and
finds the rows whose values do not fit a chosen scale.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.domain.columns import ColumnRole
from workbench.domain.voc import ALLOWED_SCALES, MeasureKind, MeasureSpec
from workbench.i18n import translate
from workbench.ingest import vocabulary as vocab

#: Rows named in a "does not fit the scale" message.
SHOWN_ROWS = 5


def measure_kind(words: Sequence[str]) -> MeasureKind | None:
    """The score measure a header names ("How likely are you to recommend us?" → NPS), or None.

    "NPS comment", "Satisfaction date" or "Rating reason" name something about
    a measure, not its scores.
    """
    present = set(words)
    if not present or present & vocab.NOT_OUTCOME_WORDS:
        return None
    for kind, kind_words in vocab.MEASURE_KIND_WORDS.items():
        if present & kind_words:
            return kind
    if any(phrase <= present for phrase in vocab.RATING_PHRASES):
        return MeasureKind.RATING
    return None


def fitting_spec(kind: MeasureKind, low: float, high: float, whole: bool) -> MeasureSpec | None:
    """The narrowest allowed scale of ``kind`` holding values from ``low`` to ``high``.

    ``whole`` says every value is a whole number; only ratings take halves
    (4.5 stars). None when no allowed scale fits.
    """
    if not whole and kind is not MeasureKind.RATING:
        return None
    scales = sorted(ALLOWED_SCALES[kind], key=lambda scale: scale[1] - scale[0])
    for scale_low, scale_high in scales:
        if scale_low <= low and high <= scale_high:
            return MeasureSpec(kind, scale_low, scale_high)
    return None


def kind_name(kind: MeasureKind | str) -> str:
    """A measure kind's short name: "NPS", "CSAT", "CES", "Star rating"."""
    kind = MeasureKind(kind)
    return {
        MeasureKind.NPS: translate("Measures", "NPS"),
        MeasureKind.CSAT: translate("Measures", "CSAT"),
        MeasureKind.CES: translate("Measures", "CES"),
        MeasureKind.RATING: translate("Measures", "Star rating"),
    }[kind]


def measure_title(spec: MeasureSpec) -> str:
    """A measure with its scale, as the choosers show it: "NPS 0–10", "Star rating 1–5"."""
    return translate("Measures", "{kind} {low}–{high}").format(
        kind=kind_name(spec.kind), low=spec.low, high=spec.high)


def measure_reason(spec: MeasureSpec) -> str:
    """Why a column was inferred as this measure, in one line: "NPS question (0–10)"."""
    text = {
        MeasureKind.NPS: translate("Import", "NPS question ({low}–{high})"),
        MeasureKind.CSAT: translate("Import", "CSAT question ({low}–{high})"),
        MeasureKind.CES: translate("Import", "CES question ({low}–{high})"),
        MeasureKind.RATING: translate("Import", "star rating ({low}–{high})"),
    }[spec.kind]
    return text.format(low=spec.low, high=spec.high)


def unfit_reason(kind: MeasureKind, low: float, high: float) -> str:
    """Why a column whose header names a measure stays numeric."""
    return translate(
        "Import", "numbers: the header names a {kind} question, but the values ({low}–{high}) "
        "do not fit a measure scale").format(kind=kind_name(kind), low=_number(low),
                                             high=_number(high))


def scale_rule(spec: MeasureSpec) -> str:
    """What the scale accepts: "whole numbers from 1 to 5" (ratings: "numbers from 1 to 5")."""
    if spec.kind is MeasureKind.RATING:
        return translate("Measures", "numbers from {low} to {high}").format(
            low=spec.low, high=spec.high)
    return translate("Measures", "whole numbers from {low} to {high}").format(
        low=spec.low, high=spec.high)


def all_specs() -> list[MeasureSpec]:
    """Every kind and scale a researcher may choose, in the order the choosers list them."""
    return [MeasureSpec(kind, low, high) for kind in MeasureKind
            for low, high in ALLOWED_SCALES[kind]]


def allowed_text() -> str:
    """The kinds and scales for an error message: "nps (0-10), csat (1-5, 1-7, …), …"."""
    return "; ".join(f"{kind.value} ({', '.join(f'{low}-{high}' for low, high in scales)})"
                     for kind, scales in ALLOWED_SCALES.items())


class MeasureChoiceError(ValueError):
    """A role choice such as "measure:csat:1-9" that names no allowed kind and scale."""


def split_role_choice(text: str) -> tuple[str, str | None]:
    """"measure:csat:1-7" → ("measure", "csat:1-7"); "numeric" → ("numeric", None)."""
    role, sep, rest = str(text).strip().partition(":")
    return role.strip().lower(), (rest.strip() or None) if sep else None


def parse_spec(text: str) -> MeasureSpec:
    """"nps", "csat:1-7" → MeasureSpec; :class:`MeasureChoiceError` with a message otherwise."""
    try:
        return MeasureSpec.parse(text)
    except ValueError:
        raise MeasureChoiceError(translate(
            "Measures", "'{spec}' is not a measure kind and scale. Use measure:KIND or "
            "measure:KIND:LOW-HIGH with one of: {allowed}.").format(
            spec=text, allowed=allowed_text())) from None


def resolved_spec(measure: str | None, label: str) -> MeasureSpec:
    """The spec of a Measure column: the one given ("csat" gets CSAT's usual 1–5), else the
    usual scale of the kind its header names; :class:`MeasureChoiceError` when neither says."""
    from workbench.ingest.headers import header_words

    if measure:
        return parse_spec(measure)
    kind = measure_kind(header_words(label))
    if kind is None:
        raise MeasureChoiceError(translate(
            "Measures", "Say which measure '{column}' holds: measure:KIND or "
            "measure:KIND:LOW-HIGH with one of: {allowed}.").format(
            column=label, allowed=allowed_text()))
    return MeasureSpec.default(kind)


def is_measure(role: ColumnRole | str) -> bool:
    return ColumnRole(role) is ColumnRole.MEASURE


def outside_scale(values: Sequence[float | None], spec: MeasureSpec,
                  limit: int = SHOWN_ROWS) -> list[int]:
    """Indexes (at most ``limit``, in order) of values that do not fit ``spec``.

    Each distinct value is checked once: answers to a score question repeat a lot.
    """
    distinct = set(values)
    distinct.discard(None)
    bad = {value for value in distinct if not spec.fits(value)}
    if not bad:
        return []
    found = []
    for index, value in enumerate(values):
        if value in bad:
            found.append(index)
            if len(found) == limit:
                break
    return found


def rows_text(rows: Sequence[int], more: bool) -> str:
    """"3, 8, 12" or "3, 8, 12, 14, 20…" when there are more."""
    return ", ".join(map(str, rows)) + ("…" if more else "")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
