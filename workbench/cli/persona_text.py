"""A stored persona set as text: its settings and quality, then one card per persona.

Each card says its name, size and share, an Outcomes block (the persona
against everyone else, with a 95% interval and n), the lines that set it
apart ("— also …" for attributes carrying the same fact) and its story,
marked as a draft until the researcher writes one. A set whose personas
split a continuum says so, with the attribute subsets that show clearer
structure and the command that clusters on them.
"""

from __future__ import annotations

from pathlib import Path

from workbench.cli.common import _out
from workbench.cli.persona_json import is_weak_structure, profile_of, rerun_command
from workbench.domain.persona_sets import StoredPersona, StoredPersonaSet
from workbench.domain.personas import (
    OUTCOME_RATE,
    AttributeEffect,
    ClusteringSettings,
    KSuggestion,
    OutcomeEffect,
)
from workbench.export.wording import count, number, percent, signed
from workbench.i18n import translate

#: At most this many lines that set a persona apart are printed per card.
CARD_LINES = 6
#: Lines weaker than this (Cohen's "small") do not set a persona apart.
SMALL_EFFECT = 0.2


def outcome_line(outcome: OutcomeEffect) -> str:
    """"Churn: 42% vs 15% (risk ratio 2.8, 95% CI 2.4–3.3, n = 1,854)"."""
    if outcome.kind == OUTCOME_RATE:
        persona, rest = percent(outcome.persona_value), percent(outcome.rest_value)
        if outcome.ratio is None:
            detail = translate("Cli", "n = {n}").format(n=count(outcome.n))
        elif outcome.ratio_low is None or outcome.ratio_high is None:
            detail = translate("Cli", "risk ratio {ratio}, n = {n}").format(
                ratio=number(outcome.ratio), n=count(outcome.n))
        else:
            detail = translate("Cli", "risk ratio {ratio}, 95% CI {low}–{high}, n = {n}").format(
                ratio=number(outcome.ratio), low=number(outcome.ratio_low),
                high=number(outcome.ratio_high), n=count(outcome.n))
    else:
        persona, rest = number(outcome.persona_value), number(outcome.rest_value)
        if outcome.persona_low is None or outcome.persona_high is None:
            detail = translate("Cli", "n = {n}").format(n=count(outcome.n))
        else:
            detail = translate("Cli", "95% CI {low}–{high}, n = {n}").format(
                low=number(outcome.persona_low), high=number(outcome.persona_high),
                n=count(outcome.n))
    return translate("Cli", "{outcome}: {persona} vs {rest} ({detail})").format(
        outcome=outcome.outcome, persona=persona, rest=rest, detail=detail)


def effect_line(effect: AttributeEffect) -> str:
    """"Tenure: mean 8.2 vs 38 (d = −1.20) — also Months active"."""
    if effect.kind == "numeric":
        text = translate("Cli", "{attribute}: mean {mean} vs {rest} (d = {d})").format(
            attribute=effect.attribute, mean=number(effect.persona_mean),
            rest=number(effect.rest_mean), d=signed(effect.effect, 2))
    else:
        text = translate("Cli", "{attribute} = {level}: {share} vs {rest} (h = {h})").format(
            attribute=effect.attribute, level=effect.level, share=percent(effect.persona_share),
            rest=percent(effect.rest_share), h=signed(effect.effect, 2))
    if effect.also:
        text += " — " + translate("Cli", "also {names}").format(names=", ".join(effect.also))
    return text


def _suggestion_reason(suggestion: KSuggestion) -> str:
    """The reason in the current language when it can be worked out again, else as stored."""
    from workbench.analysis.k_selection import choose_k

    try:
        _k, rule, reason = choose_k(suggestion.scores)
    except (ValueError, IndexError):
        return suggestion.reason
    return reason if rule == suggestion.rule else suggestion.reason


def print_set_header(stored: StoredPersonaSet, project: Path | str) -> None:
    """The set's name, settings, quality figures, suggestion and structure warning."""
    quality = stored.result.get("quality", {})
    settings = stored.settings
    _out(translate("Cli", "Persona set {id}: {name}").format(id=stored.id, name=stored.name))
    _out(translate("Cli", "  algorithm {algorithm}, {k} personas, seed {seed}, {n} attributes")
         .format(algorithm=settings.get("algorithm"), k=settings.get("k"),
                 seed=settings.get("seed"), n=len(settings.get("features", []))))
    silhouette = quality.get("silhouette")
    customers, unassigned = quality.get("n_customers"), quality.get("n_unassigned")
    _out(translate("Cli", "  silhouette {silhouette}, customers {customers}, fitting no persona "
                   "{unassigned}").format(
        silhouette="—" if silhouette is None else number(silhouette),
        customers="?" if customers is None else count(customers),
        unassigned="?" if unassigned is None else count(unassigned)))
    if stored.result.get("customers_left_out"):
        _out(translate("Cli", "  {n} customers left out: they lack most of the chosen attributes")
             .format(n=count(stored.result["customers_left_out"])))
    suggestion = KSuggestion.from_dict(stored.suggestion) if stored.suggestion else None
    reason = _suggestion_reason(suggestion) if suggestion is not None else ""
    weak = is_weak_structure(stored)
    warning = translate("Cli", "Weak structure: these personas split a continuum.")
    if weak and not reason.startswith(warning.rstrip(".")):  # the reason may say it already
        _out("  " + warning)
    if reason:
        _out("  " + reason)
    if weak:
        _print_subsets(suggestion, ClusteringSettings.from_dict(settings), project)


def _print_subsets(suggestion: KSuggestion | None, settings: ClusteringSettings,
                   project: Path | str) -> None:
    """The attribute subsets that show clearer structure, with the command for each."""
    clearer = [s for s in suggestion.subsets if s.structured] if suggestion else []
    if not clearer:
        _out("  " + translate("Cli", "No subset of the attributes tried showed clearer "
                              "structure."))
        return
    _out("  " + translate("Cli", "These attributes show clearer structure; to cluster on them, "
                          "run:"))
    for subset in clearer:
        _out("    " + translate("Cli", "{label} ({k} personas, silhouette gain {gain}, stability "
                                "{stability}):").format(
            label=subset.label or ", ".join(subset.features), k=subset.k,
            gain=signed(subset.gain, 2), stability=number(subset.stability)))
        _out("      " + rerun_command(project, subset, settings))


def print_card(persona: StoredPersona, full: bool = False, quotes: list | None = None) -> None:
    """One persona card; ``full`` adds the researcher's texts and what members say."""
    _out("")
    _out(translate("Cli", "  [{id}] {name}: {size} customers ({share})").format(
        id=persona.id, name=persona.name, size=count(persona.size), share=percent(persona.share)))
    profile = profile_of(persona)
    if profile is not None and profile.outcomes:
        _out("    " + translate("Cli", "Outcomes (this persona vs everyone else):"))
        for outcome in profile.outcomes:
            _out("      " + outcome_line(outcome))
    if profile is not None:
        lines = profile.distinguishing(SMALL_EFFECT)[:CARD_LINES]
        if lines:
            _out("    " + translate("Cli", "What sets them apart:"))
            for effect in lines:
                _out("      " + effect_line(effect))
        else:
            _out("    " + translate("Cli", "No attribute sets this persona apart: it is close to "
                                    "the average customer."))
    written = " ".join(persona.narrative.split())
    draft = " ".join(profile.story.split()) if profile is not None else ""
    if written:
        _out("    " + translate("Cli", "Story: {story}").format(story=written))
    elif draft:
        _out("    " + translate("Cli", "Story (draft): {story}").format(story=draft))
    if not full:
        return
    texts = [(translate("Cli", "Quote"), persona.quote),
             (translate("Cli", "Goals"), persona.goals),
             (translate("Cli", "Frustrations"), persona.frustrations),
             (translate("Cli", "Motivations"), persona.motivations),
             (translate("Cli", "Preferred channels"), persona.channels)]
    for label, text in texts:
        if text.strip():
            _out(f"    {label}: {' '.join(text.split())}")
    if quotes:
        _out("    " + translate("Cli", "What members say:"))
        for passage in quotes:
            who = " · ".join(p for p in (passage.customer_label, passage.code_name) if p)
            _out(f"      “{' '.join(passage.text.split())}” — {who}")


def print_persona_set(stored: StoredPersonaSet, personas: list[StoredPersona],
                      project: Path | str, quotes: dict[int, list] | None = None) -> None:
    """The set's header and its cards; with ``quotes`` the full cards."""
    print_set_header(stored, project)
    for persona in personas:
        print_card(persona, full=quotes is not None,
                   quotes=(quotes or {}).get(persona.id, []))
