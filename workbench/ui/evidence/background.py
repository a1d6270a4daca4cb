"""The Evidence area's background work: plain functions of (project, ..., task).

Each runs in a worker thread on its own connection to the project file, so
the window's connection stays with the GUI thread. pandas and scikit-learn
are only imported inside the service functions they call.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workbench.progress import Task, ensure_task
from workbench.services import evidence as service
from workbench.services import evidence_insights as insights
from workbench.services import speakers as speakers_service
from workbench.store.project_file import ProjectFile

#: The "by" choice of code counts that splits by persona instead of an attribute.
BY_PERSONA = "\x00persona"


def import_documents(project: ProjectFile, paths: Sequence[Path], customer_id: int | None = None,
                     allow_duplicate: bool = False, *, task: Task | None = None) -> int:
    """Import transcripts from files and folders, all of them or none; returns how many."""
    with project.on_own_connection() as mine:
        return service.import_transcript_paths(mine, paths, customer_id=customer_id,
                                               allow_duplicate=allow_duplicate, task=task)


def suggest_themes(project: ProjectFile, n_themes: int = 8, column_id: int | None = None,
                   speakers: str = "respondents", *, task: Task | None = None):
    """Themes of whose words ``speakers`` says ("respondents", "interviewers", "all")."""
    with project.on_own_connection() as mine:
        return insights.suggest_themes(mine, n_themes=n_themes, column_id=column_id,
                                       speakers=speakers, task=task)


def detect_speakers(project: ProjectFile, *, task: Task | None = None):
    """Find the speakers and turns of every document again; confirmed roles are kept."""
    with project.on_own_connection() as mine:
        return speakers_service.detect_speakers(mine, task=task)


def prepare_evidence(project: ProjectFile, *, task: Task | None = None) -> int:
    """On opening a project: find the speakers of documents never looked at (imported by an
    older version), then index what is not searchable yet. Returns the documents detected."""
    task = ensure_task(task)
    with project.on_own_connection() as mine:
        detected = speakers_service.ensure_detected(mine, task=task)
        service.update_search_index(mine, task=task)
        return detected


def code_counts(project: ProjectFile, by: str, unit: str, *, task: Task | None = None):
    """Codes × values of an attribute (or × personas of the newest set) as a DataFrame."""
    task = ensure_task(task)
    with project.on_own_connection() as mine:
        task.check()
        if by == BY_PERSONA:
            return insights.code_counts_by_persona(mine, unit=unit)
        return insights.code_counts_by_attribute(mine, by, unit=unit)


def attribute_names(project: ProjectFile, *, task: Task | None = None) -> list[str]:
    with project.on_own_connection() as mine:
        return insights.attribute_names(mine)


def update_search_index(project: ProjectFile, *, task: Task | None = None) -> int:
    """Index documents not yet searchable (e.g. answers of a spreadsheet import)."""
    with project.on_own_connection() as mine:
        return service.update_search_index(mine, task=task)
