"""The Voice of the customer area's background work: plain functions of (project, ..., task).

Each runs in a worker thread on its own connection to the project file and
calls :mod:`workbench.services.voc` (imported inside the functions, so the
window opens without pandas). They return domain objects
(:mod:`workbench.domain.voc`) and plain rows for the widgets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbench.domain.voc import (
    DriverReport,
    GroupBy,
    MeasureColumn,
    MeasureRow,
    VocReport,
    Voice,
)
from workbench.progress import Task, ensure_task
from workbench.store.project_file import ProjectFile


def service():
    try:
        from workbench.services import voc
    except ImportError as exc:  # a build without the voice-of-the-customer service
        from workbench.errors import WorkbenchError
        from workbench.i18n import translate

        raise WorkbenchError(translate(
            "Voc", "Voice of the customer figures are not available in this version.")) from exc
    return voc


@dataclass(frozen=True)
class SourceVoice:
    """A source as the Voices section lists it."""

    source_id: int
    name: str
    voice: Voice


@dataclass
class VocOverview:
    """Everything the Voice of the customer view shows, read in one go."""

    columns: list[MeasureColumn]
    report: VocReport | None
    #: (persona set id, name), newest first as the Personas area lists them.
    persona_sets: list[tuple[int, str]] = field(default_factory=list)
    #: (journey id, name).
    journeys: list[tuple[int, str]] = field(default_factory=list)
    sources: list[SourceVoice] = field(default_factory=list)
    #: The persona set and journey the report was made with (the service's choice when None).
    persona_set_id: int | None = None
    journey_id: int | None = None


def persona_set_choices(project: ProjectFile) -> list[tuple[int, str]]:
    from workbench.services import personas

    return [(s.id, s.name) for s in reversed(personas.persona_sets(project))]


def journey_choices(project: ProjectFile) -> list[tuple[int, str]]:
    from workbench.services import journeys

    return [(j.id, j.name) for j in journeys.journeys(project)]


def source_voices(project: ProjectFile) -> list[SourceVoice]:
    """Every source with whose voice its rows and texts are (customers unless marked)."""
    from workbench.services.importing import list_sources

    voices = service().source_voices(project)
    found = []
    for source in list_sources(project):
        voice = voices.get(source.id, Voice.CUSTOMER)
        found.append(SourceVoice(source.id, source.display_name, voice))
    return found


def load_overview(project: ProjectFile, *, by: GroupBy = GroupBy.OVERALL,
                  persona_set_id: int | None = None, journey_id: int | None = None,
                  voice: Voice | None = Voice.CUSTOMER, task: Task | None = None) -> VocOverview:
    """The measure columns, the report broken down by ``by``, and the choosers' contents."""
    task = ensure_task(task)
    voc = service()
    with project.on_own_connection() as mine:
        columns = voc.measure_columns(mine)
        sets = persona_set_choices(mine)
        journeys = journey_choices(mine)
        sources = source_voices(mine)
        task.check()
        if persona_set_id is None and sets:
            persona_set_id = sets[0][0]
        if journey_id is None and journeys:
            journey_id = journeys[0][0]
        report = None
        if columns:
            report = voc.voc_report(mine, by=by, persona_set_id=persona_set_id,
                                    journey_id=journey_id, voice=voice, task=task)
    return VocOverview(columns, report, sets, journeys, sources, persona_set_id, journey_id)


def load_drivers(project: ProjectFile, column_id: int | None, *,
                 persona_set_id: int | None = None, persona_id: int | None = None,
                 voice: Voice | None = Voice.CUSTOMER, limit: int = 15,
                 task: Task | None = None) -> DriverReport:
    """What over-represents among one measure's low scorers (service.key_drivers)."""
    with project.on_own_connection() as mine:
        return service().key_drivers(mine, column_id, persona_set_id=persona_set_id,
                                     persona_id=persona_id, voice=voice, limit=limit, task=task)


def export_measures(project: ProjectFile, path: str, *, by: GroupBy,
                    persona_set_id: int | None = None, journey_id: int | None = None,
                    voice: Voice | None = Voice.CUSTOMER, task: Task | None = None) -> Path:
    with project.on_own_connection() as mine:
        return service().export_measures(mine, path, by=by, persona_set_id=persona_set_id,
                                         journey_id=journey_id, voice=voice, task=task)


def persona_measures(project: ProjectFile, set_id: int, *, task: Task | None = None
                     ) -> dict[int, list[MeasureRow]]:
    """persona id -> its measure rows ({} when the project has no measure column)."""
    with project.on_own_connection() as mine:
        voc = service()
        if not voc.measure_columns(mine):
            return {}
        return voc.persona_measures(mine, set_id)


def stage_measures(project: ProjectFile, journey_id: int, *, task: Task | None = None
                   ) -> dict[int, list[MeasureRow]]:
    """stage id -> its measure rows ({} when the project has no measure column)."""
    with project.on_own_connection() as mine:
        voc = service()
        if not voc.measure_columns(mine):
            return {}
        return voc.stage_measures(mine, journey_id)


def journey_stages(project: ProjectFile) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """(journey id, name, [(stage id, stage name)]) of every map, for the pain-point dialog."""
    from workbench.services import journeys

    found = []
    for summary in journeys.journeys(project):
        journey = journeys.get_journey(project, summary.id)
        found.append((summary.id, summary.name, [(s.id, s.name) for s in journey.stages]))
    return found
