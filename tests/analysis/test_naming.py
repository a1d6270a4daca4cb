"""Persona names and draft stories say only what the figures show."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from workbench import i18n
from workbench.analysis.clustering import run_clustering
from workbench.analysis.naming import (
    display_name,
    draft_story,
    name_personas,
    number,
    percent,
    readable,
)
from workbench.analysis.profiles import magnitude, profile_personas
from workbench.domain.personas import (
    OUTCOME_RATE,
    REDUNDANT_ATTRIBUTES,
    AttributeEffect,
    ChannelShare,
    ClusteringSettings,
    OutcomeEffect,
    PersonaProfile,
    RedundancyGroup,
)

DIRECTION_WORDS = re.compile(r"\b(high|low|older|younger|long|short|many|few|more|fewer|"
                             r"frequent|less|bought)\b", re.IGNORECASE)


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def _numeric(attribute: str, d: float, persona: int = 0, mean: float = 10.0,
             rest: float = 8.0) -> AttributeEffect:
    return AttributeEffect(persona=persona, attribute=attribute, kind="numeric", effect=d,
                           magnitude=magnitude(d), member_count=100, used_in_clustering=True,
                           persona_mean=mean, persona_median=mean, rest_mean=rest,
                           rest_median=rest)


def _category(attribute: str, level: str, h: float, persona: int = 0, share: float = 0.8,
              rest: float = 0.3) -> AttributeEffect:
    return AttributeEffect(persona=persona, attribute=attribute, kind="categorical", effect=h,
                           magnitude=magnitude(h), member_count=80, used_in_clustering=True,
                           level=level, persona_share=share, rest_share=rest)


def _profile(effects: list[AttributeEffect], persona: int = 0, size: int = 250,
             share: float = 0.25, **extra) -> PersonaProfile:
    ranked = sorted(effects, key=lambda e: -abs(e.effect))
    return PersonaProfile(persona=persona, suggested_name="", size=size, share=share,
                          unassigned_nearby=0, cohesion=0.3, typical_members=[],
                          effects=ranked, **extra)


def _named(*profiles: PersonaProfile, groups=()) -> list[str]:
    name_personas(list(profiles), groups)
    return [p.suggested_name for p in profiles]


# --------------------------------------------------------------------------- names


def test_names_never_give_a_direction_to_differences_below_half_a_standard_deviation():
    rng = np.random.default_rng(7)
    attributes = [f"{word} score" for word in ("alpha", "bravo", "charlie", "delta", "echo",
                                               "foxtrot", "golf", "hotel")]
    for _ in range(500):
        chosen = rng.choice(attributes, size=rng.integers(1, 7), replace=False)
        effects = [_numeric(a, float(rng.uniform(-1.5, 1.5))) for a in chosen]
        effects.append(_category("plan", "premium", float(rng.uniform(-1.0, 1.0))))
        name = _named(_profile(effects))[0]
        for effect in effects:
            if effect.kind != "numeric":
                continue
            words = readable(effect.attribute)
            if abs(effect.effect) < 0.5:
                assert words not in name, (name, effect.attribute, effect.effect)
            elif words in name:
                expected = "high" if effect.effect > 0 else "low"
                assert f"{expected} {words}" in name.lower(), (name, effect.effect)
        if all(abs(e.effect) < 0.5 for e in effects):
            assert name == "Typical customers"
            assert not DIRECTION_WORDS.search(name)


def test_personas_without_a_medium_effect_are_typical_and_numbered():
    small = [_numeric("Income", 0.48), _numeric("Age", -0.34),
             _category("Genre", "Female", 0.3)]
    names = _named(_profile(small, 0), _profile(small, 1), _profile(small, 2))
    assert names == ["Typical customers", "Typical customers (2)", "Typical customers (3)"]


def test_names_read_as_plain_words_from_the_two_largest_effects():
    name = _named(_profile([_category("Contract", "Month-to-month", 1.1),
                            _category("InternetService", "Fiber optic", 0.9),
                            _numeric("tenure", -0.6)]))[0]
    assert name == "Month-to-month contract, fiber optic"
    assert _named(_profile([_numeric("tenure", 1.2), _numeric("Annual Income (k$)", 0.7)]))[0] \
        == "Long tenure, high income"
    assert _named(_profile([_numeric("Year_Birth", -0.9)]))[0] == "Older"
    assert _named(_profile([_numeric("Age", -0.9)]))[0] == "Younger"
    assert _named(_profile([_numeric("Spending Score (1-100)", 0.9)]))[0] \
        == "High spending score"
    assert _named(_profile([_category("Genre", "Female", 0.6)]))[0] == "Female"
    assert _named(_profile([_category("Partner", "Yes", 0.6)]))[0] == "With partner"
    assert _named(_profile([_category("Dependents", "No", 0.6)]))[0] == "Without dependents"
    assert _named(_profile([_numeric("Call centre contacts", 2.1),
                            _category("Loyalty tier", "none", 1.6)]))[0] \
        == "High call centre contacts, without loyalty tier"
    assert _named(_profile([_category("Loyalty tier", "gold", 0.9),
                            _category("Contract", "Two year", 0.8)]))[0] \
        == "Gold loyalty tier, two year contract"


def test_two_amounts_of_one_kind_share_one_phrase():
    name = _named(_profile([_numeric("MntMeatProducts", 2.0),
                            _numeric("MntFishProducts", 1.9),
                            _numeric("NumWebVisitsMonth", -1.8)]))[0]
    assert name == "High spending on meat and fish"


def test_a_category_the_persona_lacks_never_names_it():
    name = _named(_profile([_category("Marital_Status", "Married", -1.2),
                            _numeric("Recency", 0.7)]))[0]
    assert "Married" not in name
    assert name == "Bought less recently"


def test_two_effects_of_one_redundancy_group_are_one_trait():
    group = RedundancyGroup(kind=REDUNDANT_ATTRIBUTES, members=["MonthlyCharges", "TotalCharges"])
    name = _named(_profile([_numeric("MonthlyCharges", 1.5), _numeric("TotalCharges", 1.4),
                            _numeric("tenure", -0.8)]), groups=[group])[0]
    assert name == "High monthly charges, short tenure"


def test_outcomes_never_name_a_persona_but_are_told_in_its_story():
    churn = OutcomeEffect(persona=0, outcome="Churn", kind=OUTCOME_RATE, event="Yes",
                          persona_value=0.42, persona_low=0.38, persona_high=0.46,
                          rest_value=0.15, rest_low=0.14, rest_high=0.16, n=600,
                          rest_n=1800, ratio=2.8, effect=0.62, significant=True)
    profile = _profile([_numeric("tenure", 0.1)], outcomes=[churn])
    assert _named(profile) == ["Typical customers"]
    story = draft_story(profile)
    assert "Churn is 42% against 15% for everyone else." in story
    assert "close to the average" in story


def test_names_are_unique_across_the_set():
    same = [_numeric("Income", 1.0), _numeric("Age", 0.8), _numeric("Recency", 0.6)]
    names = _named(_profile(same, 0), _profile(same, 1), _profile(same, 2))
    assert names[0] == "High income, older"
    assert names[1] == "High income, older, bought less recently"
    assert len(set(names)) == 3


# --------------------------------------------------------------------------- stories


def _planted(n: int = 300, seed: int = 0):
    rng = np.random.default_rng(seed)
    big = np.arange(n) < n // 3
    df = pd.DataFrame({
        "spend": np.where(big, rng.normal(900, 80, n), rng.normal(200, 80, n)),
        "visits": rng.normal(5, 1, n),
        "Contract": np.where(rng.random(n) < np.where(big, 0.9, 0.2), "Two year",
                             "Month-to-month").astype(object),
        "web": np.where(big, 6.0, 1.0) + rng.poisson(1.0, n),
        "store": np.where(big, 1.0, 6.0) + rng.poisson(1.0, n),
        "Churn": np.where(rng.random(n) < np.where(big, 0.05, 0.4), "Yes", "No").astype(object),
    }, index=pd.Index(np.arange(1, n + 1)))
    kinds = {"spend": "numeric", "visits": "numeric", "Contract": "categorical",
             "web": "numeric", "store": "numeric"}
    result = run_clustering(df, kinds, ClusteringSettings(features=["spend"], k=2, seed=0))
    return profile_personas(df, kinds, result, channels={"web": "Web", "store": "Store"},
                            outcomes=["Churn"])


def _figures(profile: PersonaProfile) -> set[str]:
    """Every figure of the profile as the story may print it."""
    shown = {f"{profile.size:,}", percent(profile.share)}
    for e in profile.effects:
        if e.kind == "numeric":
            shown |= {number(e.persona_mean), number(e.rest_mean)}
        else:
            shown |= {percent(e.persona_share), percent(e.rest_share)}
    for o in profile.outcomes:
        value = percent if o.kind == OUTCOME_RATE else number
        shown |= {value(o.persona_value), value(o.rest_value)}
    for c in profile.channel_mix:
        shown |= {percent(c.persona_share), percent(c.rest_share)}
    return shown


def test_stories_cite_only_large_effects_and_figures_of_the_profile():
    for profile in _planted():
        story = profile.story
        assert 2 <= story.count(".") - len(re.findall(r"\d\.\d", story)) <= 3
        figures = _figures(profile)
        for found in re.findall(r"\d[\d,.]*%?", story):
            assert found.rstrip(".") in figures, (found, story)
        for effect in profile.effects:
            if display_name(effect.attribute) in story:
                assert abs(effect.effect) >= 0.5, (effect.attribute, story)
        assert f"{profile.size:,} customers" in story
        assert "visits" not in story  # no difference: not a fact to tell


def test_the_story_tells_the_outcome_that_differs():
    profiles = _planted()
    for profile in profiles:
        churn = profile.outcomes[0]
        assert churn.significant
        assert (f"Churn is {percent(churn.persona_value)} against "
                f"{percent(churn.rest_value)} for everyone else") in profile.story


def test_without_outcomes_the_story_tells_a_channel_mix_that_differs():
    web = ChannelShare(channel="web", label="Web", persona_share=0.7, rest_share=0.2,
                       persona_total=700.0)
    profile = _profile([_numeric("spend", 1.3, mean=900.0, rest=200.0)], channel_mix=[web])
    story = draft_story(profile)
    assert story == ("250 customers, 25% of those clustered. Spend averages 900 against 200 "
                     "for everyone else. 70% of their contacts go through Web, against 20% "
                     "for everyone else.")


def test_names_and_stories_are_italian_when_the_ui_is():
    i18n.set_language("it")
    profile = _profile([_numeric("tenure", 1.2, mean=60.0, rest=20.0),
                        _numeric("Annual Income (k$)", 0.7, mean=80.0, rest=55.0)],
                       size=1234, share=0.123)
    name_personas([profile])
    story = draft_story(profile)
    assert profile.suggested_name == "Clienti da più tempo, reddito alto"
    assert story.startswith("1.234 clienti")
    assert "12%" in story and "tutti gli altri" in story
    typical = _profile([_numeric("tenure", 0.2)])
    name_personas([typical])
    assert typical.suggested_name == "Clienti tipici"
