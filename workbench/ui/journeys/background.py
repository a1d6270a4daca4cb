"""The Journeys area's background work: plain functions of (project, ..., task).

Each runs in a worker thread on its own connection to the project file, so
the window's connection stays with the GUI thread.
"""

from __future__ import annotations

from workbench.progress import Task, ensure_task
from workbench.services import journeys as service
from workbench.services import personas as persona_service
from workbench.store.project_file import ProjectFile
from workbench.ui.personas.background import CustomerRow


def create_journey(project: ProjectFile, persona_id: int, template: str, name: str | None, *,
                   task: Task | None = None) -> int:
    """Create the map and compute its observed journey (one transaction); returns its id."""
    with project.on_own_connection() as mine:
        return service.create_journey(mine, persona_id, template, name, task=task)


def refresh_observed(project: ProjectFile, journey_id: int, *, task: Task | None = None) -> int:
    with project.on_own_connection() as mine:
        service.refresh_observed(mine, journey_id, task=task)
    return journey_id


def persona_set_of(project: ProjectFile, persona_id: int) -> int | None:
    for stored in persona_service.persona_sets(project):
        if any(p.id == persona_id for p in persona_service.personas_of(project, stored.id)):
            return stored.id
    return None


def friction_member_rows(project: ProjectFile, journey_id: int, card_id: int, *,
                         task: Task | None = None) -> list[CustomerRow]:
    """The members behind an observed friction point, computed again from the events."""
    task = ensure_task(task)
    with project.on_own_connection() as mine:
        journey = service.get_journey(mine, journey_id)
        ids = service.friction_members(mine, journey_id, card_id)
        task.check()
        labels: dict[int, tuple[str, float | None]] = {}
        set_id = persona_set_of(mine, journey.persona_id) if journey.persona_id else None
        if set_id is not None:
            for member in persona_service.persona_members(mine, set_id):
                labels[member["customer_id"]] = (member["label"], member["fit"])
    return [CustomerRow(i, labels.get(i, (f"#{i}", None))[0], labels.get(i, ("", None))[1],
                        persona=journey.persona_name or "") for i in ids]


def persona_quotes(project: ProjectFile, persona_id: int, *, task: Task | None = None) -> list:
    """Passages of the persona's members' evidence a thoughts card can quote."""
    with project.on_own_connection() as mine:
        set_id = persona_set_of(mine, persona_id)
        if set_id is None:
            return []
        return persona_service.persona_quotes(mine, set_id, limit=40).get(persona_id, [])


def export_journey_pdf(project: ProjectFile, journey_id: int, path: str, *,
                       task: Task | None = None):
    """The map as a landscape PDF through the export service."""
    from workbench.services import export as export_service

    with project.on_own_connection() as mine:
        return export_service.export_journey_pdf(mine, journey_id, path, task=task)
