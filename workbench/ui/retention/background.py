"""The Retention area's background work: plain functions of (project, ..., task).

Each runs in a worker thread on its own connection to the project file and
calls :mod:`workbench.services.retention` (imported inside the functions, so
the window opens without pandas or scikit-learn). They return domain objects
(:mod:`workbench.domain.retention`) and plain rows for the widgets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.domain.retention import (
    ChurnDefinition,
    CustomerRisk,
    FrictionCost,
    RateByGroup,
    RetentionSummary,
)
from workbench.progress import Task, ensure_task
from workbench.store.project_file import ProjectFile


def _service():
    try:
        from workbench.services import retention
    except ImportError as exc:  # a build without the retention service
        from workbench.errors import WorkbenchError
        from workbench.i18n import translate

        raise WorkbenchError(translate(
            "Retention", "Retention figures are not available in this version.")) from exc
    return retention


@dataclass
class StoredRisk:
    """The latest risk run, as the view needs it (None fields when there is no run)."""

    run_id: int | None = None
    created_at: str = ""
    run: object = None  # workbench.domain.retention.RiskRun


@dataclass
class RetentionOverview:
    """Everything the Retention view shows, read in one go."""

    summary: RetentionSummary | None
    #: The message of the service's RetentionError when churn cannot be defined.
    problem: str = ""
    #: Outcome attributes the user may choose as churn.
    outcomes: list[str] = field(default_factory=list)
    risk: StoredRisk = field(default_factory=StoredRisk)
    at_risk: list[CustomerRisk] = field(default_factory=list)
    #: customer id -> label, for the at-risk list.
    labels: dict[int, str] = field(default_factory=dict)
    #: (journey id, name) of the project's journey maps.
    journeys: list[tuple[int, str]] = field(default_factory=list)
    #: persona id -> name, for curves and values keyed by persona.
    personas: dict[str, str] = field(default_factory=dict)


def outcome_attributes(project: ProjectFile) -> list[str]:
    """The columns whose role is outcome, in import order, each once."""
    from workbench.domain.columns import ColumnRole
    from workbench.services.roles import source_roles

    names: list[str] = []
    for source in source_roles(project):
        for column in source.columns:
            if column.role is ColumnRole.OUTCOME and column.title not in names:
                names.append(column.title)
    return names


def customer_labels(project: ProjectFile, ids: list[int], set_id: int | None = None
                    ) -> dict[int, str]:
    """customer id -> label (the name shown in lists), from the persona set's members
    (every clustered customer); customers outside it are shown by their number."""
    if not ids or set_id is None:
        return {}
    from workbench.services import personas

    wanted = set(ids)
    return {m["customer_id"]: m["label"] for m in personas.persona_members(project, set_id)
            if m["customer_id"] in wanted}


def journey_choices(project: ProjectFile) -> list[tuple[int, str]]:
    from workbench.services import journeys

    return [(j.id, j.name) for j in journeys.journeys(project)]


def load_overview(project: ProjectFile, *, outcome: str | None = None,
                  inactive_days: int | None = None, task: Task | None = None) -> RetentionOverview:
    """The churn definition, the rates, curves and values, the latest risk run and its list."""
    from workbench.errors import WorkbenchError

    task = ensure_task(task)
    service = _service()
    with project.on_own_connection() as mine:
        outcomes = outcome_attributes(mine)
        journeys = journey_choices(mine)
        try:
            summary = service.retention_summary(mine, outcome=outcome,
                                                inactive_days=inactive_days, task=task)
        except WorkbenchError as exc:
            if isinstance(exc, _cancelled()):
                raise
            return RetentionOverview(None, str(exc), outcomes, journeys=journeys)
        task.check()
        risk = StoredRisk()
        at_risk: list[CustomerRisk] = []
        stored = service.latest_risk_run(mine)
        if stored is not None:
            risk = StoredRisk(stored.id, stored.created_at, stored.run)
            at_risk = service.at_risk(mine, run_id=stored.id)
        labels = customer_labels(mine, [r.customer_id for r in at_risk], summary.persona_set_id)
        personas = persona_names(mine, summary.persona_set_id)
    return RetentionOverview(summary, "", outcomes, risk, at_risk, labels, journeys, personas)


def _cancelled():
    from workbench.errors import OperationCancelled

    return OperationCancelled


def persona_names(project: ProjectFile, set_id: int | None) -> dict[str, str]:
    if set_id is None:
        return {}
    from workbench.services import personas

    return {str(p.id): p.name for p in personas.personas_of(project, set_id)}


def run_churn_risk(project: ProjectFile, *, outcome: str | None = None,
                   inactive_days: int | None = None, seed: int = 0,
                   task: Task | None = None) -> int:
    """services.retention.run_churn_risk on a connection of its own; the new run's id."""
    with project.on_own_connection() as mine:
        return _service().run_churn_risk(mine, outcome=outcome, inactive_days=inactive_days,
                                         seed=seed, task=task)


def customers_behind(project: ProjectFile, rate: RateByGroup, definition: ChurnDefinition, *,
                     set_id: int | None = None, task: Task | None = None) -> list:
    """The customers behind one rate, as rows for the members dialog (churned first)."""
    from workbench.ui.personas.background import CustomerRow

    with project.on_own_connection() as mine:
        ids = _service().customers_behind(mine, rate, definition)
        labels = customer_labels(mine, ids, set_id)
    return [CustomerRow(i, labels.get(i, f"#{i}"), None) for i in ids]


def friction_costs(project: ProjectFile, journey_id: int, *, outcome: str | None = None,
                   inactive_days: int | None = None, task: Task | None = None
                   ) -> list[FrictionCost]:
    """What each pain point and friction point of one map costs, the costliest first."""
    with project.on_own_connection() as mine:
        costs = _service().friction_costs(mine, journey_id, outcome=outcome,
                                          inactive_days=inactive_days)
    return sorted(costs, key=cost_order)


def cost_order(cost: FrictionCost) -> tuple:
    """Costliest first: value at stake, then the risk ratio."""
    return (-(cost.value_at_stake or 0.0), -(cost.ratio or 0.0), cost.label)


def export_at_risk(project: ProjectFile, path: str, *, fmt: str, run_id: int | None,
                   include_personal_data: bool, task: Task | None = None):
    with project.on_own_connection() as mine:
        return _service().export_at_risk(mine, path, fmt=fmt, run_id=run_id,
                                         include_personal_data=include_personal_data, task=task)


def persona_risks(project: ProjectFile, set_id: int, *, task: Task | None = None
                  ) -> dict[int, list[float]]:
    """persona id -> its members' churn risks from the latest run ({} without a run)."""
    with project.on_own_connection() as mine:
        service = _service()
        if service.latest_risk_run(mine) is None:
            return {}
        return service.persona_risks(mine, set_id)


def customer_risk(project: ProjectFile, customer_id: int) -> CustomerRisk | None:
    """A customer's risk from the latest run; None without a run (or the service)."""
    service = _service()
    if service.latest_risk_run(project) is None:
        return None
    return service.customer_risk(project, customer_id)
