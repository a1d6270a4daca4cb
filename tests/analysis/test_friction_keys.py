"""Friction points are told apart by their key: two coded complaints at one stage are two points."""

from __future__ import annotations

from workbench.domain.journeys import FrictionPoint


def test_two_complaint_codes_at_the_same_stage_have_different_keys():
    late = FrictionPoint("complaint", "Delivery", None, 12, 0.2, {"code_id": 4, "code": "Late"},
                         stage_id=7)
    returns = FrictionPoint("complaint", "Delivery", None, 9, 0.1,
                            {"code_id": 5, "code": "Returns"}, stage_id=7)
    assert late.key != returns.key
    # other kinds keep the stage and channel key the stored maps use
    stall = FrictionPoint("stall", "Delivery", "web", 3, 0.1, {}, stage_id=7)
    assert stall.key == "stall|7|web"
