"""A stored persona set as a ``--json`` document (``persona-workbench/persona-set/1``).

The keys are documented in README.md, "Machine-readable output (--json)";
adding a key keeps the version, renaming or removing one raises it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.cli.json_output import schema
from workbench.domain.persona_sets import StoredPersona, StoredPersonaSet
from workbench.domain.personas import (
    ClusteringSettings,
    KSuggestion,
    PersonaProfile,
    PreprocessingReport,
    QualityFigures,
    RedundancyGroup,
    SubsetSuggestion,
)

PERSONA_SET_SCHEMA = schema("persona-set")
PERSONA_SETS_SCHEMA = schema("persona-sets")


def _quote_argument(text: str) -> str:
    """``text`` as one shell word in double quotes (POSIX shells and PowerShell alike)."""
    escaped = "".join("\\" + c if c in '\\"$`' else c for c in text)
    return f'"{escaped}"'


def _shell_word(text: str) -> str:
    plain = text and all(c.isalnum() or c in "-_./:+,=@%" for c in text)
    return text if plain else _quote_argument(text)


def rerun_command(project: Path | str, subset: SubsetSuggestion,
                  settings: ClusteringSettings | None = None) -> str:
    """The command that clusters on ``subset``'s attributes with the set's other choices."""
    words = ["workbench", "personas", _shell_word(str(project)), "--features",
             *(_quote_argument(name) for name in subset.features)]
    if settings is not None:
        if settings.algorithm != "kmeans":
            words += ["--algorithm", settings.algorithm]
        if settings.seed:
            words += ["--seed", str(settings.seed)]
    return " ".join(words)


def is_weak_structure(stored: StoredPersonaSet) -> bool:
    """True when the set's personas split a continuum rather than distinct groups."""
    if "weak_structure" in stored.result:
        return bool(stored.result["weak_structure"])
    return bool(stored.suggestion) and KSuggestion.from_dict(stored.suggestion).weak


def _settings(stored: StoredPersonaSet) -> dict[str, Any]:
    settings = ClusteringSettings.from_dict(stored.settings)
    data = settings.to_dict()
    preprocessing = data["preprocessing"]
    report_data = stored.result.get("preprocessing")
    report = PreprocessingReport.from_dict(report_data) if report_data else None
    preprocessing["weighting"] = report.weighting if report else ""
    preprocessing["rows_in"] = report.rows_in if report else None
    preprocessing["rows_used"] = report.rows_used if report else None
    preprocessing["attributes"] = [column.to_dict() for column in report.columns] if report else []
    data["redundancy_groups"] = [group.to_dict() for group in report.groups] if report else []
    return data


def _suggestion(stored: StoredPersonaSet, project: Path | str) -> dict[str, Any] | None:
    if not stored.suggestion:
        return None
    suggestion = KSuggestion.from_dict(stored.suggestion)
    settings = ClusteringSettings.from_dict(stored.settings)
    return {
        "suggested_k": suggestion.suggested_k,
        "rule": suggestion.rule,
        "reason": suggestion.reason,
        "weak": suggestion.weak,
        "sample_size": suggestion.sample_size,
        "n_bootstrap": suggestion.n_bootstrap,
        "scores": [{**score.to_dict(), "gain": score.gain} for score in suggestion.scores],
        "subsets": [{**subset.to_dict(), "structured": subset.structured,
                     "command": rerun_command(project, subset, settings)}
                    for subset in suggestion.subsets],
    }


def _line(effect: Any) -> dict[str, Any]:
    return {
        "attribute": effect.attribute,
        "kind": effect.kind,
        "level": effect.level,
        "effect": effect.effect,
        "effect_measure": "cohen_d" if effect.kind == "numeric" else "cohen_h",
        "magnitude": effect.magnitude,
        "persona_mean": effect.persona_mean,
        "persona_median": effect.persona_median,
        "rest_mean": effect.rest_mean,
        "rest_median": effect.rest_median,
        "persona_share": effect.persona_share,
        "rest_share": effect.rest_share,
        "lift": effect.lift,
        "also": list(effect.also),
        "used_in_clustering": effect.used_in_clustering,
        "n": effect.member_count,
    }


def profile_of(persona: StoredPersona) -> PersonaProfile | None:
    """The data-filled part of a stored card, or None for a card without one."""
    return PersonaProfile.from_dict(persona.profile) if persona.profile else None


def _card(persona: StoredPersona, quotes: list) -> dict[str, Any]:
    profile = profile_of(persona)
    draft = profile.story if profile else ""
    written = persona.narrative.strip()
    return {
        "id": persona.id,
        "position": persona.position,
        "name": persona.name,
        "suggested_name": profile.suggested_name if profile else None,
        "size": persona.size,
        "share": persona.share,
        "unassigned_nearby": profile.unassigned_nearby if profile else 0,
        "cohesion": profile.cohesion if profile else None,
        "typical_members": list(profile.typical_members) if profile else [],
        "story": persona.narrative if written else draft,
        "story_is_draft": not written,
        "draft_story": draft,
        "narrative": persona.narrative,
        "goals": persona.goals,
        "frustrations": persona.frustrations,
        "motivations": persona.motivations,
        "preferred_channels": persona.channels,
        "quote": persona.quote,
        "has_photo": persona.photo is not None,
        "lines": [_line(effect) for effect in profile.effects] if profile else [],
        "outcomes": [outcome.to_dict() for outcome in profile.outcomes] if profile else [],
        "channel_mix": [share.to_dict() for share in profile.channel_mix] if profile else [],
        # Customer names are personal data: only the customer id goes into the document.
        "quotes": [{"text": " ".join(passage.text.split()), "code": passage.code_name,
                    "customer_id": passage.customer_id, "document_id": passage.document_id,
                    "start": passage.start, "end": passage.end,
                    "marked_as_quote": passage.is_quote} for passage in quotes],
    }


def persona_set_entry(stored: StoredPersonaSet, personas: list[StoredPersona],
                      quotes: dict[int, list], project: Path | str) -> dict[str, Any]:
    """One persona set with its settings, quality, suggestion and cards."""
    quality = stored.result.get("quality")
    return {
        "id": stored.id,
        "name": stored.name,
        "created_at": stored.created_at,
        "persona_count": stored.persona_count,
        "settings": _settings(stored),
        "attribute_sources": stored.features,
        "quality": QualityFigures.from_dict(quality).to_dict() if quality else None,
        "fit_measure": stored.result.get("fit_measure"),
        "suggestion": _suggestion(stored, project),
        "weak_structure": is_weak_structure(stored),
        "card_groups": [RedundancyGroup.from_dict(group).to_dict()
                        for group in stored.result.get("card_groups", [])],
        "customers_left_out": int(stored.result.get("customers_left_out", 0) or 0),
        "min_observed_share": stored.result.get("min_observed_share"),
        "versions": dict(stored.result.get("versions", {})),
        "notes": list(stored.result.get("notes", [])),
        "personas": [_card(persona, quotes.get(persona.id, [])) for persona in personas],
    }


def persona_set_document(stored: StoredPersonaSet, personas: list[StoredPersona],
                         quotes: dict[int, list], project: Path | str) -> dict[str, Any]:
    """The ``persona-set`` document of ``personas``, ``persona`` and ``persona-sets --show``."""
    return {"schema": PERSONA_SET_SCHEMA, "project": str(project),
            "persona_set": persona_set_entry(stored, personas, quotes, project)}


def persona_sets_document(sets: list[StoredPersonaSet], project: Path | str) -> dict[str, Any]:
    """The ``persona-sets`` list document: one summary per set, oldest first."""
    entries = []
    for stored in sets:
        settings = ClusteringSettings.from_dict(stored.settings)
        entries.append({"id": stored.id, "name": stored.name, "created_at": stored.created_at,
                        "persona_count": stored.persona_count, "algorithm": settings.algorithm,
                        "k": settings.k, "seed": settings.seed,
                        "weak_structure": is_weak_structure(stored)})
    return {"schema": PERSONA_SETS_SCHEMA, "project": str(project), "persona_sets": entries}
