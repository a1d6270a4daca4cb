"""Drift analysis: persona-vs-rest effects with two memberships, and the flow rows."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from workbench.analysis.drift import LEVELS_SHOWN, flow_list, profile_shifts
from workbench.domain.living import FLOW_GONE, FLOW_NEW, FLOW_NONE, SHIFT_EFFECT, Flow


def cohen_d(own: np.ndarray, rest: np.ndarray) -> float:
    pooled = math.sqrt((((own - own.mean()) ** 2).sum() + ((rest - rest.mean()) ** 2).sum())
                       / (len(own) + len(rest) - 2))
    return (own.mean() - rest.mean()) / pooled


def cohen_h(p1: float, p0: float) -> float:
    return 2 * math.asin(math.sqrt(p1)) - 2 * math.asin(math.sqrt(p0))


@pytest.fixture
def planted():
    """300 customers in 3 personas; 30 of persona 0 now look like persona 1 and move there."""
    rng = np.random.default_rng(7)
    ids = np.arange(1000, 1300)
    web = np.concatenate([rng.normal(1, 1, 100), rng.normal(9, 1, 100), rng.normal(5, 1, 100)])
    web[:30] = rng.normal(9, 1, 30)  # the changed customers' values now
    tier = np.array(["gold"] * 100 + ["silver"] * 100 + ["platinum"] * 100, dtype=object)
    tier[:30] = "silver"
    frame = pd.DataFrame({"Web purchases": web, "Loyalty tier": tier}, index=ids)
    before = {int(c): int(i // 100) for i, c in enumerate(ids)}
    after = dict(before)
    for c in ids[:30]:
        after[int(c)] = 1
    kinds = {"Web purchases": "numeric", "Loyalty tier": "categorical"}
    return frame, kinds, before, after


def test_a_persona_losing_its_web_buyers_shifts_on_web_purchases(planted):
    frame, kinds, before, after = planted
    shifts = profile_shifts(frame, kinds, before, after, ["Web purchases"], 3)
    web = frame["Web purchases"].to_numpy()
    group_then = np.array([before[c] for c in frame.index])
    group_now = np.array([after[c] for c in frame.index])
    store = next(s for s in shifts if s.persona == 0)
    assert store.effect_then == pytest.approx(cohen_d(web[group_then == 0], web[group_then != 0]))
    assert store.effect_now == pytest.approx(cohen_d(web[group_now == 0], web[group_now != 0]))
    assert store.value_then == pytest.approx(web[group_then == 0].mean())
    assert store.value_now == pytest.approx(web[group_now == 0].mean())
    assert store.effect_now < store.effect_then - SHIFT_EFFECT and store.shifted
    assert [s.persona for s in shifts] == [0, 1, 2]
    assert all(s.level is None and s.attribute == "Web purchases" for s in shifts)


def test_category_shares_use_cohens_h_on_the_levels_most_common_in_the_persona(planted):
    frame, kinds, before, after = planted
    shifts = profile_shifts(frame, kinds, before, after, ["Loyalty tier"], 3)
    store = [s for s in shifts if s.persona == 0]
    # platinum: no member of persona 0 has it, then or now, so it says nothing about it
    assert [s.level for s in store] == ["gold", "silver"]
    assert all(len([s for s in shifts if s.persona == p]) <= LEVELS_SHOWN for p in range(3))
    gold = store[0]
    then_members = [c for c, p in before.items() if p == 0]
    share_then = (frame.loc[then_members, "Loyalty tier"] == "gold").mean()
    rest_then = (frame.loc[[c for c, p in before.items() if p != 0], "Loyalty tier"]
                 == "gold").mean()
    assert gold.effect_then == pytest.approx(cohen_h(share_then, rest_then))
    assert gold.value_then == pytest.approx(0.7) and gold.value_now == pytest.approx(1.0)
    assert gold.shifted
    silver = store[1]  # the persona no longer has silver members
    assert silver.value_now == 0 and silver.shifted


def test_two_level_attributes_show_one_level(planted):
    frame, kinds, before, after = planted
    frame = frame.assign(Member=np.where(frame["Loyalty tier"] == "gold", "yes", "no"))
    shifts = profile_shifts(frame, {**kinds, "Member": "categorical"}, before, after,
                            ["Member"], 3)
    assert [(s.persona, s.level) for s in shifts] == [(0, "yes"), (1, "no"), (2, "no")]


def test_the_same_membership_gives_the_same_effects_and_no_shift(planted):
    frame, kinds, before, _after = planted
    shifts = profile_shifts(frame, kinds, before, dict(before), ["Web purchases", "Loyalty tier"], 3)
    assert shifts and not any(s.shifted for s in shifts)
    assert all(s.effect_then == s.effect_now for s in shifts)


def test_customers_fitting_none_are_on_neither_side(planted):
    frame, kinds, before, after = planted
    extra = pd.DataFrame({"Web purchases": [1000.0] * 5, "Loyalty tier": ["gold"] * 5},
                         index=range(5000, 5005))
    with_strangers = pd.concat([frame, extra])
    assert (profile_shifts(with_strangers, kinds, before, after, ["Web purchases"], 3)
            == profile_shifts(frame, kinds, before, after, ["Web purchases"], 3))


def test_a_persona_empty_in_one_run_has_no_effect_there_and_no_shift(planted):
    frame, kinds, before, _after = planted
    after = {c: (1 if p == 0 else p) for c, p in before.items()}  # persona 0 emptied
    shifts = profile_shifts(frame, kinds, before, after, ["Web purchases", "Missing"], 3)
    gone = next(s for s in shifts if s.persona == 0)
    assert gone.effect_then is not None and gone.effect_now is None and not gone.shifted
    assert all(s.attribute == "Web purchases" for s in shifts)  # missing attribute skipped


def test_flow_rows_name_new_gone_and_fitting_none():
    rows = [(0, 0, 3, 70), (0, 1, 3, 30), (None, 1, 3, 4), (2, None, 3, 3), (1, None, 2, 5),
            (None, 2, 1, 12), (None, None, 1, 2), (5, 0, 3, 1)]
    flows = flow_list(rows, 3)
    assert flows == [Flow("0", "0", 70), Flow("0", "1", 30), Flow("1", FLOW_GONE, 5),
                     Flow("2", FLOW_NONE, 3), Flow(FLOW_NONE, "0", 1), Flow(FLOW_NONE, "1", 4),
                     Flow(FLOW_NEW, "2", 12), Flow(FLOW_NEW, FLOW_NONE, 2)]
    assert sum(f.customers for f in flows) == sum(r[3] for r in rows)


def test_many_level_attributes_show_the_levels_most_common_in_the_persona():
    rng = np.random.default_rng(3)
    ids = np.arange(400)
    # persona 0 mostly "a", then "b", "c", "d"; the others spread over "e".."h"
    own = rng.choice(list("abcd"), size=200, p=[0.4, 0.3, 0.2, 0.1])
    rest = rng.choice(list("efgh"), size=200)
    frame = pd.DataFrame({"Channel": np.concatenate([own, rest])}, index=ids)
    membership = {int(c): (0 if c < 200 else 1) for c in ids}
    shifts = profile_shifts(frame, {"Channel": "categorical"}, membership, membership,
                            ["Channel"], 2)
    shares = pd.Series(own).value_counts(normalize=True)
    assert [s.level for s in shifts if s.persona == 0] == list(shares.index[:LEVELS_SHOWN])
    assert [s.value_now for s in shifts if s.persona == 0] == pytest.approx(
        list(shares.iloc[:LEVELS_SHOWN]))
