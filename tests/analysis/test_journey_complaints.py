"""Coded complaints become friction points at the stage they speak of."""

from __future__ import annotations

from workbench.analysis.journeys import is_complaint_code, place_complaints, stage_vocabulary
from workbench.domain.journeys import ObservedJourney, StageObservation

STAGES = ["Problem discovery", "Problem definition", "Development and resolution",
          "Delivery of the solution"]


def observed() -> ObservedJourney:
    return ObservedJourney(list(STAGES), 40, 40, 200, 0, [
        StageObservation(STAGES[0], members=40, actions={"read review": 30}, channels={"web": 9}),
        StageObservation(STAGES[1], members=30, actions={"compared products": 20},
                         channels={"web": 9}),
        StageObservation(STAGES[2], members=20, actions={"checkout": 12, "payment": 9},
                         channels={"web": 5, "call centre": 7}),
        StageObservation(STAGES[3], members=10, actions={"return request": 8},
                         channels={"web": 2}),
    ], [], [])


def test_complaint_codes_are_recognised_in_english_and_italian_and_by_parent():
    assert is_complaint_code(["Checkout problems"])
    assert is_complaint_code(["Resi", "Attriti / Friction"])
    assert is_complaint_code(["Reclami"])
    assert not is_complaint_code(["Store experience", "Motivations"])


def test_each_code_lands_where_its_words_point_and_vague_ones_stay_off_the_map():
    journey = observed()
    vocabulary = stage_vocabulary(STAGES, [[] for _ in STAGES], journey)
    passages = [(c, 1, "Payment trouble", "The payment failed twice at checkout") for c in range(5)]
    passages += [(c, 2, "Returns", "Per il reso ho aspettato tre settimane") for c in range(10, 14)]
    passages += [(c, 3, "Vague", "Everything was annoying, honestly") for c in range(20, 26)]
    passages += [(30, 4, "Rare", "The payment page froze")]  # one member: not enough
    points = place_complaints(passages, journey, vocabulary, [11, 12, 13, 14])
    placed = {p.figures["code"]: p for p in points}
    assert set(placed) == {"Payment trouble", "Returns"}
    payment = placed["Payment trouble"]
    assert (payment.kind, payment.stage, payment.stage_id) == ("complaint", STAGES[2], 13)
    assert payment.members == 5 and payment.share == 5 / 20
    assert payment.figures["passages"] == 5
    returns = placed["Returns"]
    assert (returns.stage, returns.members, returns.share) == (STAGES[3], 4, 4 / 10)


def test_a_channel_every_stage_uses_does_not_vote():
    journey = observed()
    vocabulary = stage_vocabulary(STAGES, [[] for _ in STAGES], journey)
    passages = [(c, 1, "Web problems", "The web shop is slow") for c in range(5)]
    assert place_complaints(passages, journey, vocabulary, [1, 2, 3, 4]) == []
