"""Retention figures built from the domain dataclasses, as the retention service returns them.

The Retention view is tested on these (planted, known figures) through the
area's background seam, so the tests say exactly what the view must show.
"""

from __future__ import annotations

from workbench.domain.retention import (
    BY_CHANNEL,
    BY_PERSONA,
    BY_STAGE,
    CHURN_OUTCOME,
    MODEL_BOOSTING,
    MODEL_LOGISTIC,
    CalibrationBin,
    ChurnDefinition,
    CustomerRisk,
    FrictionCost,
    RateByGroup,
    RetentionSummary,
    RiskDriver,
    RiskRun,
    SurvivalCurve,
    ValueSummary,
)


def definition(churned: int = 60, customers: int = 200) -> ChurnDefinition:
    return ChurnDefinition(CHURN_OUTCOME, outcome="Churn", event="Yes", customers=customers,
                           churned=churned, suggested_days=45)


def curve(key: str, label: str, hazard: float, n: int) -> SurvivalCurve:
    times = [float(t) for t in range(1, 25)]
    survival, s = [], 1.0
    for _ in times:
        s *= 1 - hazard
        survival.append(round(s, 4))
    return SurvivalCurve(key, label, "months", times, survival,
                         [max(0.0, v - 0.06) for v in survival],
                         [min(1.0, v + 0.06) for v in survival],
                         [round(n * v) for v in survival], n, round(n * (1 - survival[-1])),
                         median=None)


def summary(persona_ids: tuple[int, int] = (11, 12)) -> RetentionSummary:
    a, b = persona_ids
    rates = [
        RateByGroup(BY_PERSONA, str(a), "Persona A", 100, 45, 0.45, 0.36, 0.55, 0.15, 3.0, 1.9,
                    4.7),
        RateByGroup(BY_PERSONA, str(b), "Persona B", 100, 15, 0.15, 0.09, 0.23, 0.45, 0.33, 0.21,
                    0.52),
        RateByGroup(BY_STAGE, "purchase", "Purchase", 80, 30, 0.375, 0.28, 0.48, 0.25, 1.5, 1.0,
                    2.2),
        RateByGroup(BY_CHANNEL, "call centre", "call centre", 50, 25, 0.5, 0.37, 0.63, 0.23, 2.2,
                    1.5, 3.2),
    ]
    curves = [curve(str(a), "Persona A", 0.03, 100), curve(str(b), "Persona B", 0.008, 100),
              curve("", "Everyone", 0.018, 200)]
    values = [ValueSummary(str(a), "Persona A", 100, 80.0, 2.1, 140.0, 2.0, 2.4, 2.2, 14000.0,
                           140.0, 9000.0, 365, 6300.0),
              ValueSummary(str(b), "Persona B", 100, 20.0, 6.3, 520.0, 4.1, 3.8, 3.9, 52000.0,
                           520.0, 41000.0, 365, 7800.0)]
    return RetentionSummary(definition(), 1, rates, curves, values, [])


def risk_run() -> RiskRun:
    return RiskRun(
        definition=definition(), features=["Contract", "Tenure", "Monthly charges"],
        leaks={"Cancellation reason": "recorded after the churn: it predicts it almost perfectly"},
        model=MODEL_BOOSTING, auc={MODEL_LOGISTIC: [0.79, 0.02], MODEL_BOOSTING: [0.83, 0.015]},
        folds=5, seed=0, base_rate=0.3,
        calibration=[CalibrationBin(0.1, 0.08, 60), CalibrationBin(0.3, 0.33, 70),
                     CalibrationBin(0.6, 0.57, 50), CalibrationBin(0.85, 0.8, 20)],
        brier=0.16,
        drivers=[RiskDriver("Contract", "Month-to-month", 1, 0.09, 0.01,
                            "month-to-month contract: higher risk"),
                 RiskDriver("Tenure", None, -1, 0.05, 0.01, "longer tenure: lower risk")],
        versions={"scikit-learn": "1.5"})


def at_risk(ids: list[int]) -> list[CustomerRisk]:
    risks = []
    for position, customer in enumerate(ids):
        risk = round(0.95 - 0.9 * position / max(1, len(ids) - 1), 3)
        risks.append(CustomerRisk(customer, risk, ["month-to-month contract: higher risk",
                                                   "short tenure: higher risk"][: 1 + position % 2],
                                  None, 100.0 + position))
    return risks


def friction(journey_id: int) -> list[FrictionCost]:
    return [
        FrictionCost(journey_id, "pain_point", "Payment fails at checkout", "development", 30, 18,
                     70, 12, 3.5, 2.1, 5.8, 0.43, 5400.0, card_id=7),
        FrictionCost(journey_id, "repeat", "Repeated calls to the call centre", "purchase", 40, 12,
                     60, 18, 1.0, 0.6, 1.6, 0.0, 1200.0),
        FrictionCost(journey_id, "pain_point", "Slow delivery", "delivery", 20, 3, 80, 27, 0.44,
                     0.15, 1.3, -0.19, 300.0, card_id=9),
    ]
