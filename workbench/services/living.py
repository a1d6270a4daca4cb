"""Living personas: place new and changed customers in an existing persona set.

A persona set keeps the rule it was fitted with
(:class:`workbench.domain.living.AssignmentModel`). :func:`assign_customers`
applies it to the project's customers as they are now: customers imported
since join the persona the rule gives them, customers whose attributes
changed may move, customers that fit no persona are marked, and the run is
recorded. The set's members, sizes and card figures then follow the run;
:func:`undo_assignment` puts the previous run back.

The clustering run that made a set is its first run (kind "fit"), recorded
with the set (or, for sets made by earlier versions, before their first
assignment).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.domain.living import (
    UNASSIGNED_INCOMPLETE,
    AssignmentModel,
    AssignmentRun,
    RunKind,
    summarise_run,
)
from workbench.domain.persona_sets import Memberships
from workbench.errors import AnalysisError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.store import living as living_store
from workbench.store import personas as persona_store
from workbench.store.project_file import ProjectFile, now_iso


@dataclass
class AssignmentDone:
    """What one assignment changed, so it can be undone."""

    run: AssignmentRun
    #: The set's members before the run.
    previous: Memberships
    #: position -> (size, share, profile) before the run.
    previous_profiles: dict[int, tuple[int, float, dict]] = field(default_factory=dict)


def _set_or_error(project: ProjectFile, set_id: int):
    stored = persona_store.get_persona_set(project.db, set_id)
    if stored is None:
        raise AnalysisError(translate("Personas", "There is no persona set {id}.").format(id=set_id))
    return stored


def assignment_model(project: ProjectFile, set_id: int) -> AssignmentModel:
    """The set's rule; a clear error for sets made before rules were kept."""
    stored = _set_or_error(project, set_id)
    data = stored.result.get("model")
    if not data:
        raise AnalysisError(translate(
            "Assignment",
            "The persona set \u201c{name}\u201d was made with an earlier version of the app, which "
            "did not keep the rule for placing new customers. Make the set again (same "
            "attributes and settings) to assign new customers to it.").format(name=stored.name))
    return AssignmentModel.from_dict(data)


def assignment_runs(project: ProjectFile, set_id: int) -> list[AssignmentRun]:
    """The set's runs, oldest first (the fit itself first once recorded)."""
    _set_or_error(project, set_id)
    return living_store.runs_of(project.db, set_id)


def unplaced_customers(project: ProjectFile, set_id: int) -> int:
    """Customers added to the project since the set's last run that it has not placed."""
    stored = _set_or_error(project, set_id)
    runs = living_store.runs_of(project.db, set_id)
    since = runs[-1].created_at if runs else stored.created_at
    return int(project.db.scalar(
        "SELECT count(*) FROM customers c WHERE c.created_at >= ? AND NOT EXISTS "
        "(SELECT 1 FROM persona_members m WHERE m.persona_set_id = ? AND m.customer_id = c.id)",
        (since, set_id)) or 0)


def record_fit_run(project: ProjectFile, set_id: int) -> AssignmentRun:
    """Record the set's current members as its fit run when it has no run yet."""
    runs = living_store.runs_of(project.db, set_id)
    if runs:
        return runs[0]
    stored = _set_or_error(project, set_id)
    members = living_store.current_members(project.db, set_id)
    run = summarise_run(set_id, RunKind.FIT, stored.created_at, members, None, stored.persona_count)
    with project.db.transaction():
        run.id = living_store.record_run(project.db, run, members)
    return run


def assign_customers(project: ProjectFile, set_id: int, *,
                     task: Task | None = None) -> AssignmentDone:
    """Place every customer of the project in the set's personas with the set's rule.

    Raises AnalysisError (nothing stored) when the set has no rule, when an
    attribute it was made from is gone or changed kind, or when no customer
    has the attributes it needs.
    """
    import numpy as np

    from workbench.analysis.assignment import assign
    from workbench.services.personas import customers_to_cluster

    task = ensure_task(task)
    stored = _set_or_error(project, set_id)
    model = assignment_model(project, set_id)
    task.report(0, 1, translate("Assignment", "Reading the customers\u2019 attributes\u2026"))
    attributes, waves = wave_attribute_frame(project, set_id)
    _check_schema(model, attributes)
    task.check()
    frame, left_out = customers_to_cluster(attributes, model.attributes)
    if not len(frame):
        raise AnalysisError(translate(
            "Assignment", "No customer has enough values in the attributes this persona set "
            "was made from ({names}).").format(names=", ".join(model.attributes)))
    placing = task.slice(0.1, 0.7)
    placing.report(0, 1, translate("Assignment", "Placing customers in the personas\u2026"))
    placed = assign(model, frame, progress=lambda done, total: (
        placing.report(done, total, translate("Assignment", "Placing customers in the personas\u2026")),
        placing.check()))
    reasons = placed.reasons
    nearest = [None if n < 0 else int(n) for n in placed.nearest.tolist()]
    positions = [None if why else n for n, why in zip(nearest, reasons, strict=True)]
    fit = [None if np.isnan(v) else float(v) for v in placed.fit.tolist()]
    members = Memberships(placed.ids.tolist(), positions, nearest, fit, reasons)
    task.check()

    record_fit_run(project, set_id)
    previous = living_store.current_members(project.db, set_id)
    notes = _notes(model, placed, left_out) + waves
    run = summarise_run(set_id, RunKind.ASSIGN, now_iso(), members, previous,
                     stored.persona_count, notes)
    task.report(0.7, 1, translate("Assignment", "Updating the persona cards\u2026"))
    previous_profiles = living_store.profiles_of(project.db, set_id)
    profiles = _profiles(project, set_id, attributes, members)
    task.check()
    task.report(0.85, 1, translate("Assignment", "Saving the run\u2026"))
    with project.db.transaction():
        run.id = living_store.record_run(project.db, run, members)
        living_store.replace_members(project.db, set_id, members, run.sizes, run.n_customers)
        living_store.set_profiles(project.db, set_id, profiles)
    task.report(1, 1, translate("Assignment", "Done"))
    return AssignmentDone(run, previous, previous_profiles)


def undo_assignment(project: ProjectFile, done: AssignmentDone) -> None:
    """Delete the run and make the members before it current again."""
    set_id = done.run.set_id
    sizes = [0] * len(done.previous_profiles)
    for position in done.previous.positions:
        if position is not None and position < len(sizes):
            sizes[position] += 1
    with project.db.transaction():
        living_store.delete_run(project.db, done.run.id)
        # Customers erased since the run are not brought back: keep those that exist.
        existing = {r[0] for r in project.db.query("SELECT id FROM customers")}
        keep = [i for i, c in enumerate(done.previous.customers) if c in existing]
        previous = Memberships(*([column[i] for i in keep] for column in (
            done.previous.customers, done.previous.positions, done.previous.nearest,
            done.previous.fit, done.previous.reasons)))
        living_store.replace_members(project.db, set_id, previous, sizes,
                                     len(previous.customers))
        living_store.restore_profiles(project.db, set_id, done.previous_profiles)


def redo_assignment(project: ProjectFile, done: AssignmentDone, *,
                    task: Task | None = None) -> AssignmentDone:
    """Assign again after an undo (the customers as they are now)."""
    return assign_customers(project, done.run.set_id, task=task)


def wave_attribute_frame(project: ProjectFile, set_id: int):
    """The attributes named as when the set was made, with later waves folded in.

    A later wave of customers usually comes as another file with the same
    columns ("crm_2025.csv" after "crm_2024.csv"); the project names its
    columns "Income (crm_2025.csv)" beside the set's "Income". Each attribute
    the set uses takes the values of every other source's column with the
    same header and kind, the most recently imported source winning where a
    customer has values in several (a customer surveyed again has changed).
    Returns the frame and a note per attribute that took values from a wave.
    """
    from workbench.services.personas import AttributeFrame, set_attribute_frame

    stored = _set_or_error(project, set_id)
    attributes = set_attribute_frame(project, set_id)
    frame = attributes.frame
    notes: list[str] = []
    if frame is None or not len(getattr(frame, "columns", [])):
        return attributes, notes
    used = {name: spec for name, spec in stored.features.items() if name in attributes.columns}
    changed = False
    for name, spec in used.items():
        own = attributes.columns[name]
        waves = sorted(
            ((column.source_id, other) for other, column in attributes.columns.items()
             if other != name and column.name == spec.get("column", own.name)
             and column.source_id != own.source_id and column.kind == own.kind),
            key=lambda item: item[0])
        if not waves:
            continue
        if not changed:
            frame = frame.copy()
            changed = True
        ordered = sorted([(own.source_id, name), *waves])
        values = frame[ordered[0][1]]
        for _source, other in ordered[1:]:  # later sources override earlier ones
            values = frame[other].where(frame[other].notna(), values)
        frame[name] = values
        notes.append(translate(
            "Assignment", "{name} also read from {sources} (same column in a later file).").format(
            name=name, sources=", ".join(attributes.columns[o].source_name for _s, o in waves)))
    if not changed:
        return attributes, notes
    return AttributeFrame(frame, attributes.kinds, attributes.columns), notes


# --------------------------------------------------------------------------- helpers


def _check_schema(model: AssignmentModel, attributes) -> None:
    from workbench.analysis.assignment import missing_attributes

    lost = missing_attributes(model, list(attributes.kinds))
    if lost:
        raise AnalysisError(translate(
            "Assignment",
            "This persona set was made from attributes that are no longer in the project: "
            "{names}. Import them again under the same names, or make a new persona set."
        ).format(names=", ".join(lost)))
    changed = []
    for rule in model.columns:
        kind = attributes.kinds.get(rule.name)
        now_numeric = kind == "numeric" or (
            kind == "outcome" and attributes.frame[rule.name].dtype.kind == "f")
        if (rule.kind == "numeric") != now_numeric:
            changed.append(rule.name)
    if changed:
        raise AnalysisError(translate(
            "Assignment",
            "These attributes changed kind since the persona set was made (a number became a "
            "category or the reverse): {names}. Give them back their role in the Data area, "
            "or make a new persona set.").format(names=", ".join(changed)))


def _notes(model: AssignmentModel, placed, left_out: int) -> list[str]:
    notes: list[str] = []
    for name, values in sorted(placed.unseen.items()):
        shown = ", ".join(sorted(values, key=lambda v: -values[v])[:3])
        notes.append(translate(
            "Assignment",
            "{name}: {n} customers have values the set never saw ({values}); they match none "
            "of its categories.").format(name=name, n=sum(values.values()), values=shown))
    incomplete = sum(1 for r in placed.reasons if r == UNASSIGNED_INCOMPLETE)
    if incomplete:
        notes.append(translate(
            "Assignment",
            "{n} customers have blanks in attributes the set needs, and the set leaves such "
            "customers out: they fit no persona.").format(n=incomplete))
    if left_out:
        notes.append(translate(
            "Assignment",
            "{n} customers have fewer than half of the set's attributes and were not placed."
        ).format(n=left_out))
    if model.algorithm == "agglomerative" and model.training_agreement is not None:
        notes.append(translate(
            "Assignment",
            "Ward personas are a cut of a tree: new customers join the persona with the nearest "
            "mean point, a rule that gives {share:.0%} of the fitted customers their persona."
        ).format(share=model.training_agreement))
    return notes


def _profiles(project: ProjectFile, set_id: int, attributes, members: Memberships) -> dict:
    """The cards' computed figures for the new members (names and written text stay)."""
    from workbench.analysis.profiles import profile_personas
    from workbench.domain.personas import ClusteringResult, RedundancyGroup
    from workbench.services.personas import _clustering_kinds, channel_columns, stored_result

    stored = persona_store.get_persona_set(project.db, set_id)
    result: ClusteringResult = stored_result(project, set_id)
    result.labels = {c: n for c, n in zip(members.customers, members.nearest, strict=True)
                     if n is not None}
    result.unassigned = sorted(c for c, p in zip(members.customers, members.positions, strict=True)
                               if p is None and c in result.labels)
    result.unassigned_reasons = {c: r for c, r in zip(members.customers, members.reasons,
                                                      strict=True) if r and c in result.labels}
    result.fit = {c: (float("nan") if f is None else f)
                  for c, f in zip(members.customers, members.fit, strict=True)}
    settings = result.settings
    shown = [n for n in list(settings.features) + list(settings.describe or [])
             if n in attributes.kinds]
    kinds = _clustering_kinds(attributes, list(settings.features))
    profiled = {name: kinds[name] for name in shown}
    outcomes = [n for n in settings.outcomes or [] if n in attributes.kinds]
    profiled.update({name: "outcome" for name in outcomes})
    groups = [RedundancyGroup.from_dict(g) for g in stored.result.get("card_groups", [])]
    frame = attributes.frame.loc[attributes.frame.index.isin(list(result.labels))]
    profiles = profile_personas(frame, profiled, result,
                                channels=channel_columns(attributes) or None,
                                outcomes=outcomes, groups=groups)
    return {p.persona: p.to_dict() for p in profiles}
