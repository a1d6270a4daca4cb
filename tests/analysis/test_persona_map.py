"""The 2-D map of customers coloured by persona."""

from __future__ import annotations

import numpy as np

from workbench.analysis import persona_map as persona_map_module
from workbench.analysis.clustering import run_clustering
from workbench.analysis.persona_map import persona_map
from workbench.domain.personas import ClusteringSettings


def test_map_places_every_customer_with_its_persona(make_planted):
    df, kinds, _ = make_planted(n=200, k=3)
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=3, seed=0))
    placed = persona_map(df, kinds, result)
    assert sorted(placed.ids) == sorted(result.labels)
    assert placed.personas == [result.labels[i] for i in placed.ids]
    assert 0.5 < sum(placed.explained) <= 1.0
    # Planted personas sit apart on the map too.
    xy = np.column_stack([placed.x, placed.y])
    personas = np.array(placed.personas)
    centres = np.array([xy[personas == p].mean(axis=0) for p in range(3)])
    spread = max(xy[personas == p].std() for p in range(3))
    gaps = [np.linalg.norm(centres[a] - centres[b]) for a in range(3) for b in range(a + 1, 3)]
    assert min(gaps) > 2 * spread


def test_large_data_show_a_seeded_sample(make_planted, monkeypatch):
    monkeypatch.setattr(persona_map_module, "MAX_POINTS", 50)
    df, kinds, _ = make_planted(n=200, k=3)
    result = run_clustering(df, kinds, ClusteringSettings(features=list(kinds), k=3, seed=0))
    first = persona_map(df, kinds, result, max_points=50)
    assert len(first.ids) == 50 and first.n_customers == 200
    assert persona_map(df, kinds, result, max_points=50) == first
