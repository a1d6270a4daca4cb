"""Drift: what changed in a persona set between two of its runs.

A persona set's runs (:mod:`workbench.services.living`) each place the
project's customers in its personas. :func:`drift_report` compares two of
them: persona sizes then and now, who moved from which persona to which
(new customers, customers gone from the project and customers fitting none
included), and whether a persona's profile shifted on the set's attributes
(:func:`workbench.analysis.drift.profile_shifts`).

Runs are chosen by id or by date (the latest run made on or before the end
of that day, in local time); by default the latest run is compared with the
one before it.
"""

from __future__ import annotations

from datetime import date, datetime

from workbench.domain.living import AssignmentRun, DriftReport
from workbench.errors import AnalysisError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.store import living as living_store
from workbench.store import personas as persona_store
from workbench.store.project_file import ProjectFile


def drift_report(project: ProjectFile, set_id: int, *, before: int | None = None,
                 after: int | None = None, before_date: str | None = None,
                 after_date: str | None = None, task: Task | None = None) -> DriftReport:
    """Compare the set's run ``before`` (or the latest on or before ``before_date``) with
    ``after`` (or the latest on or before ``after_date``).

    Defaults: ``after`` the latest run, ``before`` the run just before ``after``.
    Raises AnalysisError for an unknown set or run, a set with fewer than two
    runs, or a ``before`` run that is not earlier than ``after``. Reads only.
    """
    from workbench.analysis.drift import flow_list, profile_shifts
    from workbench.services.living import wave_attribute_frame

    task = ensure_task(task)
    stored = persona_store.get_persona_set(project.db, set_id)
    if stored is None:
        raise AnalysisError(translate("Personas", "There is no persona set {id}.").format(id=set_id))
    runs = living_store.runs_of(project.db, set_id)
    if len(runs) < 2:
        raise AnalysisError(translate(
            "Drift", "The persona set \u201c{name}\u201d has no two runs to compare yet. Assign "
            "new customers first: drift compares two runs.").format(name=stored.name))
    if before is not None and before_date:
        raise AnalysisError(translate(
            "Drift", "Give either a run or a date for the earlier side of the comparison, "
            "not both."))
    if after is not None and after_date:
        raise AnalysisError(translate(
            "Drift", "Give either a run or a date for the later side of the comparison, "
            "not both."))
    later = _chosen(project, runs, stored.name, after, after_date) or runs[-1]
    earlier = _chosen(project, runs, stored.name, before, before_date)
    if earlier is None:
        place = runs.index(later)
        if place == 0:
            raise AnalysisError(translate(
                "Drift", "Run {id} is the first run of the persona set: there is no earlier "
                "run to compare it with.").format(id=later.id))
        earlier = runs[place - 1]
    if runs.index(earlier) >= runs.index(later):
        raise AnalysisError(translate(
            "Drift", "Run {before} ({before_when}) is not earlier than run {after} "
            "({after_when}): the first run of a comparison must come before the second."
        ).format(before=earlier.id, before_when=_when(earlier), after=later.id,
                 after_when=_when(later)))
    task.report(0, 3, translate("Drift", "Counting who moved\u2026"))
    k = stored.persona_count
    flows = flow_list(living_store.flows(project.db, earlier.id, later.id), k)
    task.report(1, 3, translate("Drift", "Reading the customers\u2019 attributes\u2026"))
    attributes, wave_notes = wave_attribute_frame(project, set_id)
    settings = stored.settings or {}
    wanted = list(dict.fromkeys([*settings.get("features", []), *(settings.get("describe") or [])]))
    present = [name for name in wanted if name in attributes.kinds]
    kinds = {name: _kind(attributes, name) for name in present}
    notes = [translate("Drift", "Attributes are compared as they are now; the project keeps no "
                       "history of attribute values. A shift means the personas' members "
                       "changed, not that a member's answers did.")]
    lost = [name for name in wanted if name not in attributes.kinds]
    if lost:
        notes.append(translate("Drift", "Not compared, no longer in the project: {names}.").format(
            names=", ".join(lost)))
    notes += wave_notes
    task.report(2, 3, translate("Drift", "Comparing the personas\u2019 profiles\u2026"))
    shifts = []
    if present:
        then = _members(project, earlier.id)
        now = _members(project, later.id)
        shifts = profile_shifts(attributes.frame, kinds, then, now, present, k)
    names = [p.name for p in sorted(persona_store.personas_of(project.db, set_id),
                                    key=lambda p: p.position)]
    task.report(3, 3, translate("Drift", "Done"))
    return DriftReport(set_id=set_id, before=earlier, after=later, persona_names=names,
                       flows=flows, shifts=shifts, notes=notes)


def run_on_or_before(runs: list[AssignmentRun], day: date) -> AssignmentRun | None:
    """The latest of ``runs`` (oldest first) made on or before ``day`` (local time)."""
    found = None
    for run in runs:
        if _local_day(run.created_at) <= day:
            found = run
    return found


def parse_day(text: str) -> date:
    """A YYYY-MM-DD date, or AnalysisError naming the text."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise AnalysisError(translate(
            "Drift", "\u201c{text}\u201d is not a date: write it as YYYY-MM-DD, for example "
            "2025-03-31.").format(text=text)) from None


# --------------------------------------------------------------------------- helpers


def _chosen(project: ProjectFile, runs: list[AssignmentRun], set_name: str, run_id: int | None,
            day: str | None) -> AssignmentRun | None:
    """The run named by id or by date, None when neither was given."""
    if run_id is not None:
        found = next((r for r in runs if r.id == run_id), None)
        if found is None:
            other = living_store.get_run(project.db, run_id)
            if other is not None:
                raise AnalysisError(translate(
                    "Drift", "Run {id} belongs to persona set {other}, not to \u201c{name}\u201d. "
                    "Run 'workbench runs PROJECT SET' to list a set's runs.").format(
                    id=run_id, other=other.set_id, name=set_name))
            raise AnalysisError(translate(
                "Drift", "There is no run {id}. The runs of \u201c{name}\u201d are: {ids}.").format(
                id=run_id, name=set_name, ids=", ".join(str(r.id) for r in runs)))
        return found
    if day:
        wanted = parse_day(day)
        found = run_on_or_before(runs, wanted)
        if found is None:
            raise AnalysisError(translate(
                "Drift", "No run of \u201c{name}\u201d was made on or before {day}; its first run "
                "is from {first}.").format(name=set_name, day=wanted.isoformat(),
                                           first=_local_day(runs[0].created_at).isoformat()))
        return found
    return None


def _local_day(created_at: str) -> date:
    moment = datetime.fromisoformat(created_at)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.date()


def _when(run: AssignmentRun) -> str:
    moment = datetime.fromisoformat(run.created_at)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def _kind(attributes, name: str) -> str:
    kind = attributes.kinds[name]
    if kind == "outcome":
        return "numeric" if attributes.frame[name].dtype.kind == "f" else "categorical"
    return "numeric" if kind == "numeric" else "categorical"


def _members(project: ProjectFile, run_id: int) -> dict[int, int]:
    placed = living_store.run_members(project.db, run_id)
    return {customer: position for customer, position in
            zip(placed.customers, placed.positions, strict=True) if position is not None}
