"""Persona profiles with outcomes, grouped lines and a draft story, built from the domain
dataclasses, and a project file holding them as a stored persona set.

The profiles are constructed rather than clustered, so the export and GUI tests
prove how the figures are shown, whatever the clustering makes of some data.
"""

from __future__ import annotations

from pathlib import Path

from workbench.domain.persona_sets import Memberships
from workbench.domain.personas import (
    RULE_WEAK_STRUCTURE,
    AttributeEffect,
    ClusteringSettings,
    KScore,
    OutcomeEffect,
    PersonaProfile,
)

GROUPED_ALSO = ["Online backup", "Device protection", "Tech support", "Streaming TV",
                "Streaming movies"]
DRAFT_STORY = ("Month-to-month fibre customers pay more each month than everyone else (74 vs "
               "61). 42% of them churned, against 15% of the others.")


def churn(persona: int = 0, **changes) -> OutcomeEffect:
    values = dict(persona=persona, outcome="Churn", kind="rate", event="Yes", persona_value=0.42,
                  persona_low=0.397, persona_high=0.443, rest_value=0.15, rest_low=0.14,
                  rest_high=0.16, n=1854, rest_n=5189, ratio=2.8, ratio_low=2.5, ratio_high=3.1,
                  effect=0.62, significant=True)
    values.update(changes)
    return OutcomeEffect(**values)


def charges(persona: int = 0) -> OutcomeEffect:
    return OutcomeEffect(persona=persona, outcome="Monthly charges", kind="mean", event=None,
                         persona_value=74.4, persona_low=73.1, persona_high=75.7, rest_value=61.3,
                         rest_low=60.6, rest_high=62.0, n=1854, rest_n=5189, ratio=1.21,
                         effect=0.45, significant=True)


def complaints(persona: int = 0) -> OutcomeEffect:
    """A small, not significant outcome: shown as such."""
    return OutcomeEffect(persona=persona, outcome="Complaint", kind="rate", event="Yes",
                         persona_value=0.08, persona_low=0.02, persona_high=0.25, rest_value=0.05,
                         rest_low=0.045, rest_high=0.055, n=12, rest_n=5189, ratio=1.6,
                         effect=0.12, significant=False)


def grouped_line(persona: int = 0) -> AttributeEffect:
    return AttributeEffect(persona=persona, attribute="Online security", kind="categorical",
                           effect=1.1, magnitude="large", member_count=156,
                           used_in_clustering=True, level="No internet service",
                           persona_share=0.52, rest_share=0.08, lift=6.5, also=GROUPED_ALSO)


def tenure_line(persona: int = 0, effect: float = -1.2) -> AttributeEffect:
    return AttributeEffect(persona=persona, attribute="Tenure (months)", kind="numeric",
                           effect=effect, magnitude="large", member_count=300,
                           used_in_clustering=True, persona_mean=9.5, persona_median=6.0,
                           rest_mean=38.2, rest_median=36.0)


def profile(persona: int, size: int, share: float, story: str = DRAFT_STORY,
            outcomes: list[OutcomeEffect] | None = None) -> PersonaProfile:
    # outcomes deliberately out of order: the card sorts them by effect
    outcomes = outcomes if outcomes is not None else [complaints(persona), churn(persona),
                                                      charges(persona)]
    return PersonaProfile(persona=persona, suggested_name=f"Persona {persona + 1}", size=size,
                          share=share, unassigned_nearby=0, cohesion=0.31,
                          typical_members=[], effects=[grouped_line(persona),
                                                       tenure_line(persona)],
                          outcomes=outcomes, story=story)


#: The attribute subset a weak set suggests for a rerun (unless told otherwise).
SUBSET = ["Tenure (months)", "Contract"]
WEIGHTING = "Each original attribute weighs the same, whatever its number of categories."


def store_outcome_set(path: Path, *, weak: bool = True, customers: int = 20,
                      name: str = "Telco personas", subset: list[str] | None = None) -> int:
    """Add ``customers`` customers and a two-persona set with outcomes to the project at
    ``path``; returns the set's id. ``weak``: stored as a weak-structure run, suggesting a
    rerun on ``subset``."""
    from workbench.services.project import open_project
    from workbench.store.customers import add_customers
    from workbench.store.personas import save_persona_set

    with open_project(path) as project:
        ids = add_customers(project.db, [f"customer {i}" for i in range(customers)])
        half = len(ids) // 2
        positions = [0 if i < half else 1 for i in range(len(ids))]
        settings = ClusteringSettings(features=["Tenure (months)", "Online security"], k=2,
                                      describe=["Monthly charges"], outcomes=["Churn"])
        result = {"quality": {"n_customers": len(ids), "n_unassigned": 0, "silhouette": 0.08,
                              "silhouette_sample_size": len(ids), "sizes": [half, half]},
                  "fit_measure": "centroid_silhouette", "versions": {}, "notes": [],
                  "preprocessing": {"rows_in": len(ids), "rows_used": len(ids),
                                    "columns": [], "weighting": WEIGHTING,
                                    "groups": [{"kind": "category",
                                                "members": ["Online security", *GROUPED_ALSO],
                                                "levels": ["No internet service"] * 6,
                                                "strength": 1.0}]},
                  "weak_structure": weak}
        suggestion = None
        if weak:
            # no k beats structureless data (gain < 0.05): the most stable one is kept
            scores = [KScore(k, 0.11, 0.09 + k / 1000, stability, 0.02, 0.2).to_dict()
                      for k, stability in ((3, 0.74), (4, 0.81), (5, 0.69), (6, 0.6))]
            suggestion = {"scores": scores, "suggested_k": 4, "reason": "weak", "n_bootstrap": 5,
                          "rule": RULE_WEAK_STRUCTURE, "settings": settings.to_dict(),
                          "sample_size": len(ids),
                          "subsets": [{"features": subset or SUBSET,
                                       "label": "contract and tenure", "k": 3, "gain": 0.09,
                                       "stability": 0.91}]}
        personas = [{"position": p, "name": f"Persona {p + 1}", "size": half, "share": 0.5,
                     "profile": profile(p, half, 0.5).to_dict()} for p in (0, 1)]
        return save_persona_set(
            project.db, name=name, created_at="2026-11-20T10:00:00", settings=settings.to_dict(),
            result=result, suggestion=suggestion, features={}, personas=personas,
            members=Memberships(ids, positions, positions, [0.3] * len(ids),
                                [None] * len(ids)))
