"""Gower distance for mixed numbers and categories."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.analysis.gower import gower_distances
from workbench.analysis.partition import k_medoids


def test_gower_distance_matches_a_hand_computation():
    numeric = np.array([[0.0, 1.0], [0.5, 0.0], [1.0, 1.0]])
    categorical = np.array([[0], [1], [0]], dtype=np.int32)
    distances = gower_distances(numeric, categorical)
    # rows 0 and 1: |0-0.5| + |1-0| + different category = 2.5 over 3 attributes
    assert distances[0, 1] == pytest.approx(2.5 / 3)
    assert distances[0, 2] == pytest.approx(1.0 / 3)
    assert np.allclose(distances, distances.T)
    assert np.allclose(np.diag(distances), 0.0)


def test_gower_between_two_sets_of_customers():
    numeric = np.array([[0.0], [1.0], [0.25]])
    categorical = np.array([[1], [2], [1]], dtype=np.int32)
    distances = gower_distances(numeric, categorical, numeric[:1], categorical[:1])
    assert distances.shape == (3, 1)
    assert distances[:, 0] == pytest.approx([0.0, 1.0, 0.125])


def test_k_medoids_finds_obvious_groups_with_a_member_as_each_centre():
    points = np.array([0.0, 0.1, 0.2, 5.0, 5.1, 5.2])
    distances = np.abs(points[:, None] - points[None, :])
    labels, medoids = k_medoids(distances, k=2, seed=0)
    assert len(set(labels[:3])) == 1 and len(set(labels[3:])) == 1
    assert labels[0] != labels[3]
    assert sorted(medoids.tolist()) == [1, 4]
