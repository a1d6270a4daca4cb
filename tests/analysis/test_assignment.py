"""A persona set's stored rule places customers as the run did, without refitting."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from workbench.analysis.assignment import assign
from workbench.analysis.clustering import run_clustering
from workbench.domain.living import UNASSIGNED_INCOMPLETE, AssignmentModel
from workbench.domain.personas import ALGORITHMS, ClusteringSettings, PreprocessingSettings
from workbench.errors import AnalysisError


def _model(result) -> AssignmentModel:
    # through JSON, as the set is stored in the project
    return AssignmentModel.from_dict(json.loads(json.dumps(result.model)))


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_the_rule_reproduces_the_run_on_the_real_marketing_slice(marketing, algorithm):
    df, kinds = marketing
    features = ["Income", "MntWines", "MntMeatProducts", "NumWebPurchases", "NumStorePurchases",
                "Kidhome", "Education", "Marital_Status"]
    result = run_clustering(df, kinds, ClusteringSettings(features=features, algorithm=algorithm,
                                                          k=4, seed=3))
    model = _model(result)
    placed = assign(model, df)
    ids = placed.ids.tolist()
    nearest = dict(zip(ids, placed.nearest.tolist(), strict=True))
    agreement = np.mean([nearest[c] == result.labels[c] for c in ids])
    assert agreement == pytest.approx(model.training_agreement)
    if algorithm == "agglomerative":
        # a tree cut is not a nearest-centre rule: most, not all, customers agree
        assert agreement > 0.8
        return
    assert agreement == 1.0
    fitting_none = {c for c, why in zip(ids, placed.reasons, strict=True) if why}
    assert fitting_none == set(result.unassigned)
    fits = dict(zip(ids, placed.fit.tolist(), strict=True))
    assert max(abs(fits[c] - result.fit[c]) for c in ids) < 1e-9


def test_new_customers_from_a_planted_persona_join_it_with_the_fitted_scaling(make_planted):
    df, kinds, truth = make_planted(n=400, category=True, seed=4)
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=4, seed=0))
    model = _model(result)
    persona_of_group = {}
    for customer, group in truth.items():
        persona_of_group.setdefault(group, result.labels[customer])
    # a later wave drawn from the same groups, far more of group 2: refitting the scaling
    # on it would move every centre; the stored rule must not
    later, _kinds, later_truth = make_planted(n=400, category=True, seed=4, first_id=50_000)
    later = later[[later_truth[c] == 2 or c % 10 == 0 for c in later.index]]
    placed = assign(model, later)
    expected = [persona_of_group[later_truth[c]] for c in placed.ids.tolist()]
    assert np.mean(placed.nearest == np.array(expected)) > 0.98


def test_blanks_unseen_categories_and_lost_attributes(make_planted):
    df, kinds, _truth = make_planted(n=300, category=True, seed=1)
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=4, seed=0))
    model = _model(result)
    new = df.head(5).copy()
    new.index = [90_001, 90_002, 90_003, 90_004, 90_005]
    new.loc[90_001, "x0"] = np.nan  # filled with the fitted median
    new.loc[90_002, "region"] = "atlantis"  # never seen: no category, counted
    new.loc[90_003, "region"] = None
    placed = assign(model, new)
    assert (placed.nearest >= 0).all()
    assert placed.unseen == {"region": {"atlantis": 1}}

    with pytest.raises(AnalysisError, match="x3"):
        assign(model, new.drop(columns=["x3"]))

    # a set that left customers with blanks out cannot place a customer with a blank
    dropping = run_clustering(df, kinds, ClusteringSettings(
        features=list(kinds), k=4, seed=0, preprocessing=PreprocessingSettings(missing="drop")))
    placed = assign(_model(dropping), new)
    reasons = dict(zip(placed.ids.tolist(), placed.reasons, strict=True))
    assert reasons[90_001] == UNASSIGNED_INCOMPLETE and reasons[90_003] == UNASSIGNED_INCOMPLETE
    assert reasons[90_004] is None or reasons[90_004] != UNASSIGNED_INCOMPLETE


def test_a_customer_far_from_every_persona_fits_none(make_planted):
    df, kinds, _truth = make_planted(n=400, seed=2)
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=4, seed=0))
    odd = pd.DataFrame({c: [500.0] for c in df.columns}, index=[99_999])
    placed = assign(_model(result), odd)
    assert placed.reasons == ["far"]
