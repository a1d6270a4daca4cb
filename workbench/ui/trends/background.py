"""The Trends area's background work: plain functions of (project, ..., task).

Each runs in a worker thread on its own connection to the project file and
calls :mod:`workbench.services.trends` (imported inside the functions, so the
window opens without pandas). They return domain objects
(:mod:`workbench.domain.living`) and the choosers' contents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from workbench.domain.living import Period, TrendBy, TrendReport
from workbench.progress import Task, ensure_task
from workbench.store.project_file import ProjectFile

#: Why there is no report (TrendsOverview.problem).
NO_SET = "no-set"
NO_JOURNEY = "no-journey"
NO_DATES = "no-dates"
NO_STAGES = "no-stages"
#: By stage, the service could not place touchpoints on the map's stages (its message says why).
NO_MAPPING = "no-mapping"
FAILED = "failed"


def service():
    try:
        from workbench.services import trends
    except ImportError as exc:  # a build without the trends service
        from workbench.errors import WorkbenchError
        from workbench.i18n import translate

        raise WorkbenchError(translate(
            "Trends", "Trends are not available in this version.")) from exc
    return trends


@dataclass
class TrendsOverview:
    """Everything the Trends view shows, read in one go."""

    report: TrendReport | None
    #: (persona set id, name), newest first as the Personas area lists them.
    persona_sets: list[tuple[int, str]] = field(default_factory=list)
    #: (journey id, name).
    journeys: list[tuple[int, str]] = field(default_factory=list)
    #: The set and journey the report was made with.
    set_id: int | None = None
    journey_id: int | None = None
    #: NO_SET, NO_JOURNEY, NO_DATES, NO_STAGES, NO_MAPPING or FAILED when there is no report to show.
    problem: str = ""
    #: The service's message (translated) when it refused.
    message: str = ""


def persona_set_choices(project: ProjectFile) -> list[tuple[int, str]]:
    from workbench.services import personas

    return [(s.id, s.name) for s in reversed(personas.persona_sets(project))]


def journey_choices(project: ProjectFile) -> list[tuple[int, str]]:
    from workbench.services import journeys

    return [(j.id, j.name) for j in journeys.journeys(project)]


def _has_points(report: TrendReport) -> bool:
    return bool(report.periods) and any(p.n for s in report.series for p in s.points)


def load_trends(project: ProjectFile, *, set_id: int | None = None,
                journey_id: int | None = None, by: TrendBy = TrendBy.PERSONA,
                period: Period = Period.MONTH, start: date | None = None,
                end: date | None = None, task: Task | None = None) -> TrendsOverview:
    """The choosers' contents and the report; an empty-state reason when there is none."""
    from workbench.errors import OperationCancelled, WorkbenchError

    task = ensure_task(task)
    with project.on_own_connection() as mine:
        sets = persona_set_choices(mine)
        journeys = journey_choices(mine)
        task.check()
        if set_id not in {s for s, _ in sets}:
            set_id = sets[0][0] if sets else None
        if journey_id not in {j for j, _ in journeys}:
            journey_id = journeys[0][0] if journeys else None
        overview = TrendsOverview(None, sets, journeys, set_id, journey_id)
        if set_id is None:
            overview.problem = NO_SET
            return overview
        if by is TrendBy.STAGE and journey_id is None:
            overview.problem = NO_JOURNEY
            return overview
        trends = service()
        try:
            report = trends.trend_report(
                mine, set_id=set_id, journey_id=journey_id if by is TrendBy.STAGE else None,
                by=by, period=period, start=start, end=end, task=task)
        except OperationCancelled:
            raise
        except WorkbenchError as exc:
            # with a set and no date limits, by persona the one thing missing is dates
            undated = by is TrendBy.PERSONA and start is None and end is None
            overview.problem = NO_DATES if undated else NO_MAPPING if (
                by is TrendBy.STAGE) else FAILED
            overview.message = str(exc)
            return overview
    overview.report = report
    if not _has_points(report):
        overview.problem = NO_STAGES if by is TrendBy.STAGE and report.periods else NO_DATES
    return overview


def export_trends(report: TrendReport, path: str, *, task: Task | None = None) -> Path:
    """The report's series as CSV or XLSX (by the file's suffix)."""
    result = service().export_trends(report, path, task=task)
    return Path(result) if result is not None else Path(path)
