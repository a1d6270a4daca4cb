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
from workbench.i18n import format_number, translate
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
    from workbench.gc_pause import paused_gc

    # Millions of short-lived values and no reference cycles: collecting once afterwards
    # instead of during the run saves about a tenth of it on a million customers.
    with paused_gc():
        return _assign_customers(project, set_id, task)


def _assign_customers(project: ProjectFile, set_id: int, task: Task | None) -> AssignmentDone:
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
    members = _memberships(placed)
    task.check()

    record_fit_run(project, set_id)
    previous = living_store.current_members(project.db, set_id)
    notes = _notes(model, placed, left_out) + waves
    run = summarise_run(set_id, RunKind.ASSIGN, now_iso(), members, previous,
                     stored.persona_count, notes)
    task.report(0.7, 1, translate("Assignment", "Updating the persona cards\u2026"))
    previous_profiles = living_store.profiles_of(project.db, set_id)
    profiles, sampled = _profiles(project, set_id, attributes, placed)
    if sampled:
        run.notes.append(translate(
            "Assignment",
            "The persona cards\u2019 descriptions (effect sizes, means, medians and shares of "
            "their lines) were computed on a random sample of {sample} of the {n} customers "
            "placed; sizes, shares of the set, fit, counts of customers, channel mix and "
            "outcomes count every customer.").format(sample=format_number(sampled[0], 0),
                                                     n=format_number(sampled[1], 0)))
    task.check()
    task.report(0.85, 1, translate("Assignment", "Saving the run\u2026"))
    with project.db.transaction():
        run.id = living_store.record_run(project.db, run, members)
        living_store.replace_members(project.db, set_id, members, run.sizes, run.n_customers)
        living_store.set_profiles(project.db, set_id, profiles)
    # No report after the commit: a cancel arriving now must not undo what is saved.
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
    The later files' copies of those columns are left out of the frame, so the
    cards do not show them twice. Returns the frame and a note per later file.
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
    folded: dict[str, list[str]] = {}
    consumed: set[str] = set()
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
            frame = frame.copy(deep=False)  # copy on write: the set's frame stays as read
            changed = True
        ordered = sorted([(own.source_id, name), *waves])
        values = frame[ordered[0][1]]
        for _source, other in ordered[1:]:  # later sources override earlier ones
            values = frame[other].where(frame[other].notna(), values)
        frame[name] = values
        for _source, other in waves:
            folded.setdefault(attributes.columns[other].source_name, []).append(name)
            consumed.add(other)
    if not changed:
        return attributes, notes
    for source, names in folded.items():
        notes.append(translate(
            "Assignment", "{names} also read from {source} (the same columns in a later file)."
        ).format(names=", ".join(names), source=source))
    frame = frame.drop(columns=sorted(consumed))
    kinds = {n: k for n, k in attributes.kinds.items() if n not in consumed}
    columns = {n: c for n, c in attributes.columns.items() if n not in consumed}
    return AttributeFrame(frame, kinds, columns), notes


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


def _memberships(placed) -> Memberships:
    """The placements as the store's Memberships, built with whole-array operations (a
    million customers: no Python loop per customer)."""
    import numpy as np

    reasons = np.empty(placed.n, dtype=object)
    reasons[:] = placed.reasons
    nearest = placed.nearest.astype(object)
    nearest[placed.nearest < 0] = None
    positions = nearest.copy()
    positions[reasons != None] = None  # noqa: E711  (element-wise)
    fit = placed.fit.astype(object)
    fit[np.isnan(placed.fit)] = None
    return Memberships(placed.ids.tolist(), positions.tolist(), nearest.tolist(), fit.tolist(),
                       list(placed.reasons))


#: Above this many placed customers the cards' descriptions are computed on a seeded random
#: sample of this many (their counts stay exact): on a million customers the lines' effect
#: sizes, means and shares barely move, and the cards cost a tenth of the time.
CARD_SAMPLE = 200_000


def _profiles(project: ProjectFile, set_id: int, attributes, placed
              ) -> tuple[dict, tuple[int, int] | None]:
    """The cards' computed figures for the new members (names and written text stay), and
    (sample, customers) when the descriptions were computed on a sample."""
    import numpy as np

    from workbench.analysis.profiles import profile_personas
    from workbench.domain.personas import ClusteringResult, RedundancyGroup
    from workbench.services.personas import _clustering_kinds, channel_columns

    stored = persona_store.get_persona_set(project.db, set_id)
    # The set's record without its stored members: the run's placements replace them.
    result = ClusteringResult.from_dict({**stored.result, "settings": stored.settings,
                                         "labels": [], "fit": [], "unassigned": [],
                                         "unassigned_reasons": []})
    reasons = np.empty(placed.n, dtype=object)
    reasons[:] = placed.reasons
    rows = np.flatnonzero(placed.nearest >= 0)  # placed, or nearest to a persona
    placed_rows = rows
    if len(rows) > CARD_SAMPLE:
        rows = np.sort(np.random.default_rng(0).choice(rows, CARD_SAMPLE, replace=False))
    ids, nearest = placed.ids[rows], placed.nearest[rows]
    unplaced = reasons[rows] != None  # noqa: E711  (element-wise)
    result.labels = dict(zip(ids.tolist(), nearest.tolist(), strict=True))
    result.unassigned = ids[unplaced].tolist()  # ids are sorted
    result.unassigned_reasons = dict(zip(result.unassigned, reasons[rows][unplaced].tolist(),
                                         strict=True))
    result.fit = dict(zip(ids.tolist(), placed.fit[rows].tolist(), strict=True))
    settings = result.settings
    shown = [n for n in list(settings.features) + list(settings.describe or [])
             if n in attributes.kinds]
    kinds = _clustering_kinds(attributes, list(settings.features))
    profiled = {name: kinds[name] for name in shown}
    outcomes = [n for n in settings.outcomes or [] if n in attributes.kinds]
    profiled.update({name: "outcome" for name in outcomes})
    groups = [RedundancyGroup.from_dict(g) for g in stored.result.get("card_groups", [])]
    channels = channel_columns(attributes) or None
    frame = attributes.frame
    profiles = profile_personas(frame.loc[frame.index.isin(ids)], profiled, result,
                                channels=channels, outcomes=outcomes, groups=groups)
    if len(rows) == len(placed_rows):
        return {p.persona: p.to_dict() for p in profiles}, None
    everyone = placed.ids[placed_rows]
    members = frame.loc[frame.index.isin(everyone)]
    nearest = placed.nearest[placed_rows]
    unplaced = reasons[placed_rows] != None  # noqa: E711  (element-wise)
    group = np.where(unplaced, result.k, nearest)
    _count_everyone(profiles, members, group, nearest, unplaced, placed.fit[placed_rows],
                    result.k, channels, outcomes)
    return {p.persona: p.to_dict() for p in profiles}, (len(rows), len(placed_rows))


def _count_everyone(profiles, frame, group, nearest, unplaced, fit, k: int, channels,
                    outcomes: list[str]) -> None:
    """Make the counts of cards described on a sample count every customer: sizes, shares,
    fit, the customers behind each line, the channel mix and the outcomes (as
    :func:`workbench.analysis.profiles.profile_personas` counts them)."""
    import warnings

    import numpy as np
    import pandas as pd

    from workbench.analysis.outcomes import outcome_effects

    sizes = np.bincount(group, minlength=k + 1)
    measured = outcome_effects(frame, outcomes, group, k) if outcomes else None
    for profile in profiles:
        persona = profile.persona
        profile.size = int(sizes[persona])
        profile.share = profile.size / len(group) if len(group) else 0.0
        profile.unassigned_nearby = int(((nearest == persona) & unplaced).sum())
        with warnings.catch_warnings():  # no fit at all: no cohesion, as in a fresh run
            warnings.simplefilter("ignore", RuntimeWarning)
            cohesion = float(np.nanmean(fit[group == persona])) if profile.size else None
        profile.cohesion = None if cohesion is None or np.isnan(cohesion) else cohesion
        if measured is not None:
            profile.outcomes = measured[persona]
    counted: dict[tuple[str, str | None], np.ndarray] = {}
    for profile in profiles:
        for line in profile.effects:
            key = (line.attribute, line.level if line.kind == "categorical" else None)
            if key not in counted:
                counted.update(_members_by_value(frame[line.attribute], line.attribute,
                                                 key[1] is None, group, k))
            line.member_count = int(counted.get(key, np.zeros(k + 1, dtype=np.int64))[
                line.persona])
    if channels:
        labels = list(channels)
        totals = np.column_stack([np.bincount(group, weights=np.clip(np.nan_to_num(
            pd.to_numeric(frame[c], errors="coerce").to_numpy(dtype=np.float64)), 0.0, None),
            minlength=k + 1) for c in labels])
        everyone = totals.sum(axis=0)
        for profile in profiles:
            own = totals[profile.persona]
            rest = everyone - own
            for share in profile.channel_mix:
                j = labels.index(share.channel)
                share.persona_share = float(own[j] / own.sum()) if own.sum() else 0.0
                share.rest_share = float(rest[j] / rest.sum()) if rest.sum() else 0.0
                share.persona_total = float(own[j])


def _members_by_value(values, name: str, numeric: bool, group, k: int) -> dict:
    """Customers per group (k: fitting none) behind an attribute's card lines:
    {(name, None): with a number} for a number, else {(name, level): with that level}
    for every level (values read as stripped text; a 0/1 flag as "0" and "1"). One pass
    over the column whatever the number of levels."""
    import numpy as np
    import pandas as pd

    if numeric:
        having = np.isfinite(pd.to_numeric(values, errors="coerce").to_numpy(dtype=np.float64))
        return {(name, None): np.bincount(group[having], minlength=k + 1)}
    if values.dtype.kind == "f":  # a 0/1 flag
        return {(name, level): np.bincount(group[(values == float(level)).to_numpy()],
                                           minlength=k + 1) for level in ("0", "1")}
    found, uniques = pd.factorize(values, use_na_sentinel=True)
    width = len(uniques) + 1  # 0: blank
    table = np.bincount(group * width + found + 1, minlength=(k + 1) * width).reshape(
        k + 1, width)
    counts: dict = {}
    for column, value in enumerate(uniques, start=1):
        text = str(value).strip()
        if text:  # two spellings of a level ("gold", "gold ") are one level
            key = (name, text)
            counts[key] = counts.get(key, 0) + table[:, column]
    return counts
