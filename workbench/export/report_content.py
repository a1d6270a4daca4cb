"""What a research report prints, as plain data: the cover, text sections, tables, quotes.

The report's service (:mod:`workbench.services.report`) fills these from the project;
:mod:`workbench.export.report_pages` lays them out. Every string here is plain text as
the user or the app wrote it: never markup, never a formula.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.export.journey_map import JourneyContext, JourneySheet
from workbench.export.persona_card import CardContext, PersonaCard
from workbench.i18n import translate


@dataclass(frozen=True)
class ReportTable:
    """A table of text cells; ``widths`` are relative column widths, ``numeric`` columns are
    set flush right. ``indents`` (optional, per row) shift a row's first cell right."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    numeric: tuple[bool, ...] = ()
    indents: tuple[int, ...] = ()


@dataclass(frozen=True)
class Text:
    """A paragraph; ``kind`` "paragraph", "bullet" or "note" (small, grey)."""

    text: str
    kind: str = "paragraph"


@dataclass(frozen=True)
class QuoteItem:
    """A quote, what it was coded as, whose voice, and (only with personal data) who said it
    where."""

    text: str
    code: str = ""
    voice_tag: str = ""
    who: str = ""


@dataclass(frozen=True)
class Part:
    """A titled part of a text section (a bookmark of its own)."""

    title: str
    items: tuple[Text | ReportTable | QuoteItem, ...] = ()


@dataclass(frozen=True)
class TextSection:
    """Method, Evidence or Appendix: a title, an opening sentence and titled parts."""

    key: str
    title: str
    intro: str = ""
    parts: tuple[Part, ...] = ()


@dataclass(frozen=True)
class ReportCover:
    project: str
    date: str
    #: (label, value): what the study covers ("Customers", "2,300").
    facts: tuple[tuple[str, str], ...]
    #: (position, name) of every persona, for the colour strip.
    personas: tuple[tuple[int, str], ...] = ()
    #: "Customer names are left out." or that they are included.
    privacy: str = ""
    app: str = ""


@dataclass(frozen=True)
class ReportContext:
    """The footer of the report's own pages."""

    project: str
    provenance: str


@dataclass(frozen=True)
class ReportJourney:
    sheet: JourneySheet
    context: JourneyContext


@dataclass
class ReportContent:
    """Everything one report prints, in order."""

    cover: ReportCover
    context: ReportContext
    method: TextSection
    cards: list[PersonaCard]
    card_context: CardContext
    journeys: list[ReportJourney] = field(default_factory=list)
    evidence: TextSection | None = None
    appendix: TextSection | None = None


# --------------------------------------------------------------------------- wording


def report_title() -> str:
    return translate("Report", "Research report")


def silhouette_verdict(value: float | None) -> str:
    """What a mean silhouette says about the structure (as the Personas area words it)."""
    if value is None:
        return translate("PersonasArea", "not measured")
    if value >= 0.5:
        return translate("PersonasArea", "clear structure")
    if value >= 0.25:
        return translate("PersonasArea", "some structure")
    return translate("PersonasArea", "weak structure")


def stability_verdict(value: float | None) -> str:
    """What a bootstrap stability (mean adjusted Rand index) says."""
    if value is None:
        return translate("PersonasArea", "not measured")
    if value >= 0.8:
        return translate("Report", "stable")
    if value >= 0.6:
        return translate("Report", "fairly stable")
    return translate("Report", "unstable")


def preparation_sentence(settings: dict, n_features: int | None) -> str:
    """How the attributes were prepared for clustering, as the Personas area says it:
    "Preparation: blanks filled in, numbers standardised, … 18 features in all."."""
    parts = [
        translate("PersonasArea", "blanks filled in") if settings.get("missing", "impute") == "impute"
        else translate("PersonasArea", "customers with blanks left out"),
        {"standard": translate("PersonasArea", "numbers standardised"),
         "robust": translate("PersonasArea", "numbers robust-scaled"),
         "none": translate("PersonasArea", "numbers not scaled")}.get(settings.get("scale", ""), ""),
    ]
    if settings.get("log_skewed", True):
        parts.append(translate("PersonasArea", "skewed amounts log-transformed"))
    if settings.get("one_hot", True):
        parts.append(translate("PersonasArea", "categories one-hot encoded"))
    text = translate("PersonasArea", "Preparation: {steps}.").format(
        steps=", ".join(p for p in parts if p))
    if n_features:
        text += " " + translate("PersonasArea", "{n} features in all.").format(n=n_features)
    return text


def algorithm_description(key: str) -> str:
    return {
        "kmeans": translate("PersonasArea", "Compact groups of similar spread; fast on any "
                            "amount of data."),
        "gmm": translate("PersonasArea", "Groups of different shapes and spreads; each customer "
                         "gets a probability of belonging."),
        "agglomerative": translate("PersonasArea", "Builds groups by merging the closest "
                                   "customers; formed on a sample when the data are large."),
        "gower": translate("PersonasArea", "Compares numbers by range and categories as equal or "
                           "different: the classic choice for mixed data."),
    }.get(key, "")
