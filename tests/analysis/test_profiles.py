"""Persona cards filled from data: effect sizes, real values, the rows behind each line."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from workbench.analysis.clustering import run_clustering
from workbench.analysis.profiles import (
    collapse_redundant,
    display_name,
    members_behind,
    profile_personas,
)
from workbench.domain.personas import (
    REDUNDANT_ATTRIBUTES,
    REDUNDANT_CATEGORY,
    ClusteringResult,
    ClusteringSettings,
    PersonaProfile,
    RedundancyGroup,
)
from workbench.errors import AnalysisError

CHANNELS = {"NumWebPurchases": "Web", "NumCatalogPurchases": "Catalogue",
            "NumStorePurchases": "Store"}


def _two_planted_personas(n: int = 200, seed: int = 0):
    """Big spenders who buy online vs. thrifty store shoppers, plus a noise attribute."""
    rng = np.random.default_rng(seed)
    big = np.arange(n) < n // 2
    df = pd.DataFrame({
        "spend": np.where(big, rng.normal(900, 60, n), rng.normal(200, 60, n)),
        "visits": np.where(big, rng.normal(3, 1, n), rng.normal(9, 1, n)),
        "noise": rng.normal(0, 1, n),
        "plan": np.where(big, np.where(rng.random(n) < 0.8, "premium", "basic"),
                         np.where(rng.random(n) < 0.9, "basic", "premium")).astype(object),
        "web": np.where(big, 8.0, 1.0) + rng.poisson(1.0, n),
        "store": np.where(big, 2.0, 9.0) + rng.poisson(1.0, n),
    }, index=pd.Index(np.arange(500, 500 + n)))
    kinds = {"spend": "numeric", "visits": "numeric", "noise": "numeric",
             "plan": "categorical", "web": "numeric", "store": "numeric"}
    settings = ClusteringSettings(features=["spend", "visits"], k=2, seed=0)
    return df, kinds, run_clustering(df, kinds, settings), big


def _big_spenders(profiles: list[PersonaProfile]) -> PersonaProfile:
    return max(profiles, key=lambda p: _effect(p, "spend").persona_mean)


def _effect(profile: PersonaProfile, attribute: str, level: str | None = None):
    return next(e for e in profile.effects if e.attribute == attribute and e.level == level)


def test_planted_traits_rank_above_noise_with_real_values():
    df, kinds, result, _ = _two_planted_personas()
    big = _big_spenders(profile_personas(df, kinds, result))
    spend = _effect(big, "spend")
    assert spend.magnitude == "large" and spend.effect > 5
    assert spend.persona_mean == pytest.approx(900, abs=30)
    assert spend.rest_mean == pytest.approx(200, abs=30)
    assert spend.persona_median == pytest.approx(900, abs=30)
    assert abs(_effect(big, "noise").effect) < 0.5
    ranked = [e.attribute for e in big.effects]
    assert ranked.index("noise") > ranked.index("spend")
    assert not _effect(big, "plan", "premium").used_in_clustering
    assert spend.used_in_clustering


def test_numeric_effect_is_cohens_d_against_everyone_else():
    df, kinds, result, _ = _two_planted_personas()
    profile = profile_personas(df, kinds, result)[0]
    members = result.members(profile.persona)
    inside = df.loc[members, "noise"]
    outside = df.drop(index=members)["noise"]
    pooled = np.sqrt(((len(inside) - 1) * inside.var() + (len(outside) - 1) * outside.var())
                     / (len(inside) + len(outside) - 2))
    expected = (inside.mean() - outside.mean()) / pooled
    assert _effect(profile, "noise").effect == pytest.approx(expected)


def test_categories_show_over_representation_with_lift_and_cohens_h():
    df, kinds, result, _ = _two_planted_personas()
    big = _big_spenders(profile_personas(df, kinds, result))
    premium = _effect(big, "plan", "premium")
    members = result.members(big.persona)
    share = (df.loc[members, "plan"] == "premium").mean()
    rest = df.drop(index=members)
    rest_share = (rest["plan"] == "premium").mean()
    assert premium.persona_share == pytest.approx(share)
    assert premium.rest_share == pytest.approx(rest_share)
    assert premium.lift == pytest.approx(share / rest_share)
    expected_h = 2 * np.arcsin(np.sqrt(share)) - 2 * np.arcsin(np.sqrt(rest_share))
    assert premium.effect == pytest.approx(expected_h)
    assert premium.effect > 0.8 and premium.magnitude == "large"


def test_members_behind_a_line_are_the_persona_members_with_that_value():
    df, kinds, result, _ = _two_planted_personas()
    big = _big_spenders(profile_personas(df, kinds, result))
    premium = _effect(big, "plan", "premium")
    behind = members_behind(df, result, premium)
    assert len(behind) == premium.member_count
    assert set(behind) <= set(result.members(big.persona))
    assert (df.loc[behind, "plan"] == "premium").all()
    assert len(members_behind(df, result, _effect(big, "spend"))) == big.size


def test_channel_mix_is_the_share_of_contacts_per_channel():
    df, kinds, result, _ = _two_planted_personas()
    profiles = profile_personas(df, kinds, result, channels=["web", "store"])
    big = _big_spenders(profiles)
    mix = {c.channel: c for c in big.channel_mix}
    members = df.loc[result.members(big.persona)]
    web_share = members["web"].sum() / (members["web"].sum() + members["store"].sum())
    assert mix["web"].persona_share == pytest.approx(web_share)
    assert 0.65 < web_share < 0.85
    assert sum(c.persona_share for c in big.channel_mix) == pytest.approx(1.0)
    assert mix["web"].rest_share < 0.3
    assert mix["web"].label == "web"
    assert mix["web"].persona_total == members["web"].sum()


def test_suggested_names_come_from_the_top_traits_and_differ():
    df, kinds, result, _ = _two_planted_personas()
    profiles = profile_personas(df, kinds, result, channels={"web": "Web", "store": "Store"})
    big = _big_spenders(profiles)
    thrifty = next(p for p in profiles if p is not big)
    assert big.suggested_name.startswith("High spending")
    assert thrifty.suggested_name.startswith("Low spending")
    names = [p.suggested_name for p in profiles]
    assert len(set(names)) == len(names)
    assert all(p.story for p in profiles)


def test_size_share_cohesion_and_typical_member(make_planted):
    df, kinds, _ = make_planted(n=300, k=3)
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=3, seed=0))
    profiles = profile_personas(df, kinds, result)
    assert [p.persona for p in profiles] == [0, 1, 2]
    assert sum(p.share for p in profiles) + len(result.unassigned) / len(df) == pytest.approx(1)
    for profile in profiles:
        assert profile.size == len(result.members(profile.persona))
        assert 0 < profile.cohesion <= 1
        typical = profile.typical_members[0]
        assert typical in result.members(profile.persona)
        # The typical member sits near the middle of its persona on every attribute.
        members = df.loc[result.members(profile.persona)]
        spread = members.std()
        assert ((df.loc[typical] - members.mean()).abs() < 1.5 * spread).all()


def test_customers_fitting_no_persona_are_not_counted_as_members(make_planted):
    df, kinds, _ = make_planted(n=300, k=3, p=4, seed=2)
    odd = pd.DataFrame([[20.0, -20.0, 20.0, -20.0]], columns=df.columns, index=pd.Index([1]))
    df = pd.concat([df, odd])
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=3, seed=0))
    assert result.unassigned == [1]
    profiles = profile_personas(df, kinds, result)
    nearest = result.labels[1]
    assert profiles[nearest].unassigned_nearby == 1
    assert sum(p.size for p in profiles) == len(df) - 1


def test_real_slice_gives_distinct_believable_personas(marketing):
    df, kinds = marketing
    features = [c for c in kinds if c not in ("ID",)]
    result = run_clustering(df, kinds, ClusteringSettings(features=features, k=3, seed=0))
    profiles = profile_personas(df, kinds, result, channels=CHANNELS)
    for profile in profiles:
        strongest = profile.distinguishing(0.8)
        assert strongest, f"persona {profile.persona} has no large effect"
        assert profile.suggested_name and "Z Cost" not in profile.suggested_name
        assert sum(c.persona_share for c in profile.channel_mix) == pytest.approx(1.0)
    # Spending sets the personas apart: someone spends well above the others.
    wines = [_effect(p, "MntWines") for p in profiles]
    assert max(e.persona_mean for e in wines) > 2 * min(e.persona_mean for e in wines)
    # Constant columns never make a card line.
    assert all(e.attribute != "Z_Revenue" for p in profiles for e in p.effects)


def test_profiles_survive_a_json_round_trip(marketing):
    df, kinds = marketing
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=3, seed=0))
    for profile in profile_personas(df, kinds, result, channels=CHANNELS):
        text = json.dumps(profile.to_dict(), allow_nan=False)
        assert PersonaProfile.from_dict(json.loads(text)) == profile


def test_customers_missing_from_the_data_are_reported(marketing):
    df, kinds = marketing
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=3, seed=0))
    data = ClusteringResult.from_dict(result.to_dict())
    with pytest.raises(AnalysisError, match="no longer in the data"):
        profile_personas(df.iloc[10:], kinds, data)


def test_column_names_read_as_words():
    assert display_name("MntWines") == "Mnt Wines"
    assert display_name("Year_Birth") == "Year Birth"
    assert display_name("annual income") == "annual income"


def test_card_medians_are_the_members_and_the_rests_medians_with_ties_and_gaps():
    # Whole-number amounts repeat a lot; some customers have no value.
    rng = np.random.default_rng(5)
    n = 301
    df = pd.DataFrame({"spend": rng.integers(0, 6, n).astype(float),
                       "visits": rng.normal(0, 1, n)}, index=pd.Index(np.arange(n) + 1))
    df.loc[df.index[::7], "spend"] = np.nan
    kinds = {"spend": "numeric", "visits": "numeric"}
    result = run_clustering(df, kinds, ClusteringSettings(features=["visits"], k=3, seed=0))
    profiles = profile_personas(df, kinds, result)
    unassigned = set(result.unassigned)
    for profile in profiles:
        spend = _effect(profile, "spend")
        inside = np.array([result.labels[c] == profile.persona and c not in unassigned
                           for c in df.index])
        values = df["spend"].to_numpy()
        assert spend.persona_median == np.nanmedian(values[inside])
        assert spend.rest_median == np.nanmedian(values[~inside])


# --------------------------------------------------------------------------- one fact, one line

SERVICES = ["OnlineSecurity", "OnlineBackup", "DeviceProtection", "TechSupport",
            "StreamingTV", "StreamingMovies"]
NO_INTERNET = "No internet service"


def _telecom(n: int = 400, seed: int = 3):
    """Telecom customers: a quarter without internet, which six service columns
    repeat as "No internet service" on the same rows; a two-valued gender."""
    rng = np.random.default_rng(seed)
    offline = np.arange(n) < n // 4
    df = pd.DataFrame({
        "MonthlyCharges": np.where(offline, rng.normal(20, 3, n), rng.normal(80, 15, n)),
        "tenure": rng.integers(1, 72, n).astype(float),
        "gender": np.where(rng.random(n) < np.where(offline, 0.8, 0.4), "Female",
                           "Male").astype(object),
    }, index=pd.Index(np.arange(1, n + 1)))
    for column in SERVICES:
        df[column] = np.where(offline, NO_INTERNET,
                              np.where(rng.random(n) < 0.5, "Yes", "No")).astype(object)
    kinds = {c: ("numeric" if c in ("MonthlyCharges", "tenure") else "categorical")
             for c in df.columns}
    result = run_clustering(df, kinds, ClusteringSettings(features=["MonthlyCharges"], k=2,
                                                          seed=0))
    return df, kinds, result, offline


def _offline_persona(profiles, df, result, offline):
    offline_ids = set(df.index[offline])
    return max(profiles, key=lambda p: len(offline_ids & set(result.members(p.persona))))


def test_six_columns_sharing_one_category_become_one_line_naming_the_others():
    df, kinds, result, offline = _telecom()
    group = RedundancyGroup(kind=REDUNDANT_CATEGORY, members=list(SERVICES),
                            levels=[NO_INTERNET] * len(SERVICES))
    profiles = profile_personas(df, kinds, result, groups=[group])
    persona = _offline_persona(profiles, df, result, offline)
    lines = [e for e in persona.effects if e.level == NO_INTERNET]
    assert len(lines) == 1
    assert lines[0].attribute == SERVICES[0]
    assert lines[0].also == SERVICES[1:]
    assert lines[0].effect > 2  # the fact itself is kept with its figures
    # "OnlineBackup = No: 0% vs 61%" would say the same fact from the other side: a
    # category attribute speaks once per card, through its over-represented category.
    assert not any(e.attribute in SERVICES[1:] for e in persona.effects)
    assert all(len([e for e in p.effects if e.attribute == "OnlineBackup"]) <= 1
               for p in profiles)
    # Without the group, the same fact fills six lines.
    plain = _offline_persona(profile_personas(df, kinds, result), df, result, offline)
    assert len([e for e in plain.effects if e.level == NO_INTERNET]) == 6


def test_complementary_categories_of_a_two_valued_attribute_show_one_line():
    df, kinds, result, offline = _telecom()
    for profile in profile_personas(df, kinds, result):
        gender = [e for e in profile.effects if e.attribute == "gender"]
        assert len(gender) == 1
        assert gender[0].effect >= 0  # the category the persona has more often
    persona = _offline_persona(profile_personas(df, kinds, result), df, result, offline)
    assert next(e for e in persona.effects if e.attribute == "gender").level == "Female"


def test_redundant_attributes_show_the_first_members_lines_with_the_others_in_also():
    df, kinds, result, _ = _two_planted_personas()
    df = df.assign(spend_eur=df["spend"] * 0.92)
    kinds = {**kinds, "spend_eur": "numeric"}
    group = RedundancyGroup(kind=REDUNDANT_ATTRIBUTES, members=["spend_eur", "spend"])
    for profile in profile_personas(df, kinds, result, groups=[group]):
        attributes = [e.attribute for e in profile.effects]
        assert "spend" not in attributes
        assert attributes.count("spend_eur") == 1
        assert _effect(profile, "spend_eur").also == ["spend"]
        # A group never merges lines of attributes outside it.
        assert _effect(profile, "visits").also == []


def test_collapsing_keeps_the_strength_order_of_the_remaining_lines():
    df, kinds, result, _ = _two_planted_personas()
    profile = profile_personas(df, kinds, result)[0]
    group = RedundancyGroup(kind=REDUNDANT_ATTRIBUTES, members=["visits", "spend"])
    collapsed = collapse_redundant(list(profile.effects), [group])
    strengths = [abs(e.effect) for e in collapsed]
    assert strengths == sorted(strengths, reverse=True)
    assert {e.attribute for e in collapsed} == {e.attribute for e in profile.effects} - {"spend"}


def test_outcomes_fill_the_card_and_are_never_card_lines():
    df, kinds, result, big = _two_planted_personas()
    rng = np.random.default_rng(1)
    churned = rng.random(len(df)) < np.where(big, 0.05, 0.5)
    df = df.assign(churn=np.where(churned, "Yes", "No").astype(object))
    profiles = profile_personas(df, kinds, result, outcomes=["churn"])
    thrifty = min(profiles, key=lambda p: _effect(p, "spend").persona_mean)
    churn = thrifty.outcomes[0]
    members = result.members(thrifty.persona)
    assert churn.outcome == "churn" and churn.event == "Yes"
    assert churn.persona_value == pytest.approx((df.loc[members, "churn"] == "Yes").mean())
    assert churn.significant and churn.ratio > 3
    assert all(e.attribute != "churn" for p in profiles for e in p.effects)
    # Outcomes given as their own frame (customers it lacks are blanks) agree.
    frame = df[["churn"]].iloc[5:]
    again = profile_personas(df, kinds, result, outcomes=frame)
    same = again[thrifty.persona].outcomes[0]
    assert same.n + same.rest_n == len(df) - 5


def test_unknown_outcome_columns_are_reported():
    df, kinds, result, _ = _two_planted_personas()
    with pytest.raises(AnalysisError, match="churn"):
        profile_personas(df, kinds, result, outcomes=["churn"])


def test_a_zero_one_flag_is_one_share_line_and_names_the_persona_in_words():
    df, kinds, result, big = _two_planted_personas()
    rng = np.random.default_rng(4)
    df = df.assign(IsActiveMember=np.where(big, rng.random(len(df)) < 0.9,
                                           rng.random(len(df)) < 0.1).astype(float))
    kinds = {**kinds, "IsActiveMember": "numeric"}
    profiles = profile_personas(df, kinds, result)
    for profile in profiles:
        lines = [e for e in profile.effects if e.attribute == "IsActiveMember"]
        assert len(lines) == 1 and lines[0].kind == "categorical" and lines[0].effect > 0
    active = _big_spenders(profiles)
    line = next(e for e in active.effects if e.attribute == "IsActiveMember")
    assert line.level == "1"
    members = result.members(active.persona)
    expected = float((df.loc[members, "IsActiveMember"] == 1).mean())
    assert line.persona_share == pytest.approx(expected)
    behind = members_behind(df, result, line)
    assert behind and all(df.loc[c, "IsActiveMember"] == 1 for c in behind)
    from workbench.analysis.naming import trait_phrase

    other = next(p for p in profiles if p is not active)
    inactive = next(e for e in other.effects if e.attribute == "IsActiveMember")
    assert inactive.level == "0"
    assert trait_phrase(line).text == "Active member"
    assert trait_phrase(inactive).text == "Not active member"
