"""The Personas area's background work: plain functions of (project, ..., task).

Each runs in a worker thread on its own connection to the project file
(the window's connection stays with the GUI thread, so an edit made while a
run is saving never lands inside the run's transaction). They call the
personas service and return plain data for the widgets; pandas and
scikit-learn are only imported here, inside the functions, never at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.domain.persona_sets import StoredPersona, StoredPersonaSet
from workbench.domain.personas import PreprocessingSettings
from workbench.progress import Task, ensure_task
from workbench.services import personas as persona_service
from workbench.store.project_file import ProjectFile


def own_connection(project: ProjectFile):
    """The same project through a second connection, for one background job."""
    return project.on_own_connection()


# --------------------------------------------------------------------------- choosing attributes


@dataclass(frozen=True)
class AttributeChoice:
    name: str
    kind: str  # "numeric" | "categorical" | "outcome"
    missing: int
    distinct: int
    # Clustered on by default (numbers and groupable categories, never outcomes).
    suitable: bool
    # Worth describing on the cards when not clustered on (varies, groupable).
    describable: bool = True

    @property
    def outcome(self) -> bool:
        """A result to measure per persona (churn, satisfaction...), not to cluster on."""
        return self.kind == "outcome"


@dataclass
class AttributeSummary:
    """What the new-persona-set dialog shows about the project's attributes."""

    customers: int
    choices: list[AttributeChoice]
    # (attributes a customer has blanks in, customers with exactly that pattern)
    missing_patterns: list[tuple[frozenset[str], int]] = field(default_factory=list)

    def customers_with_blanks(self, chosen: set[str] | list[str]) -> int:
        """Customers a "leave out blanks" run would drop for these attributes."""
        wanted = set(chosen)
        return sum(n for names, n in self.missing_patterns if names & wanted)


def attribute_summary(project: ProjectFile, *, task: Task | None = None) -> AttributeSummary:
    task = ensure_task(task)
    with own_connection(project) as mine:
        attributes = persona_service.attribute_frame(mine)
        task.check()
        frame = attributes.frame
        suitable = set(persona_service.default_features(attributes))
        describable = set(persona_service.describable(attributes, []))
        choices = [AttributeChoice(name, kind, int(frame[name].isna().sum()),
                                   int(frame[name].nunique()), name in suitable,
                                   name in describable)
                   for name, kind in attributes.kinds.items()]
        patterns: list[tuple[frozenset[str], int]] = []
        blanks = frame.isna()
        with_blanks = blanks[blanks.any(axis=1)]
        if len(with_blanks):
            names = list(blanks.columns)
            for row, n in with_blanks.value_counts().items():
                patterns.append((frozenset(c for c, b in zip(names, row, strict=True) if b),
                                 int(n)))
        return AttributeSummary(len(frame), choices, patterns)


# --------------------------------------------------------------------------- runs


def suggest_count(project: ProjectFile, *, features: list[str], algorithm: str, seed: int,
                  preprocessing: PreprocessingSettings, describe: list[str] | None = None,
                  outcomes: list[str] | None = None, task: Task | None = None):
    """services.personas.suggest_persona_count on a connection of its own (a KSuggestion)."""
    with own_connection(project) as mine:
        return persona_service.suggest_persona_count(
            mine, features=features, algorithm=algorithm, seed=seed,
            preprocessing=preprocessing, describe=describe, outcomes=outcomes, task=task)


def create_persona_set(project: ProjectFile, *, features: list[str], algorithm: str, k: int,
                       seed: int, preprocessing: PreprocessingSettings, name: str | None,
                       describe: list[str] | None = None, outcomes: list[str] | None = None,
                       task: Task | None = None) -> int:
    """services.personas.run_personas on a connection of its own; returns the new set's id.

    ``describe``: attributes shown on the cards but not clustered on; ``outcomes``:
    attributes measured per persona (None: the service's defaults)."""
    with own_connection(project) as mine:
        return persona_service.run_personas(
            mine, features=features, algorithm=algorithm, k=k, seed=seed,
            preprocessing=preprocessing, name=name, describe=describe, outcomes=outcomes,
            task=task)


def compare_sets(project: ProjectFile, old_id: int, new_id: int, *, task: Task | None = None):
    """(comparison, old personas, new personas) for the compare dialog."""
    with own_connection(project) as mine:
        comparison = persona_service.compare_persona_sets(mine, old_id, new_id)
        return (comparison, persona_service.personas_of(mine, old_id),
                persona_service.personas_of(mine, new_id))


# --------------------------------------------------------------------------- showing a set


@dataclass(frozen=True)
class CustomerRow:
    """One customer in a list of the customers behind a claim."""

    customer_id: int
    label: str
    fit: float | None
    # The attribute's value, for lists behind an attribute line.
    value: object = None
    persona: str = ""
    reason: str | None = None


@dataclass
class SetDetails:
    """Everything the persona set view shows, read in one go."""

    stored: StoredPersonaSet
    personas: list[StoredPersona]
    # customer id -> label, for the typical members on the cards.
    labels: dict[int, str]
    # Customers fitting no persona, with their nearest persona and the reason.
    unassigned: list[CustomerRow]
    # (attribute, what preprocessing did with it), in the run's order.
    preprocessing: list[tuple[str, str]]
    # Why the number of personas was suggested (runs that asked for a suggestion).
    suggestion_reason: str = ""
    # persona id -> representative quotes (workbench.domain.evidence.Passage) of its members.
    quotes: dict[int, list] = field(default_factory=dict)


def load_set_details(project: ProjectFile, set_id: int, *, task: Task | None = None
                     ) -> SetDetails:
    from workbench.analysis.k_selection import choose_k
    from workbench.analysis.preprocessing import describe_column
    from workbench.domain.personas import ColumnReport, KScore

    task = ensure_task(task)
    with own_connection(project) as mine:
        personas = persona_service.personas_of(mine, set_id)  # says so when the set is gone
        stored = next(s for s in persona_service.persona_sets(mine) if s.id == set_id)
        task.check()
        members = persona_service.persona_members(mine, set_id)
        task.check()
        quotes = persona_service.persona_quotes(mine, set_id)
    names = {p.id: p.name for p in personas}
    typical = {c for p in personas for c in p.profile.get("typical_members", [])}
    labels = {m["customer_id"]: m["label"] for m in members if m["customer_id"] in typical}
    unassigned = [CustomerRow(m["customer_id"], m["label"], m["fit"],
                              persona=names.get(m["nearest_id"], ""), reason=m["unassigned_reason"])
                  for m in members if m["persona_id"] is None]
    columns = stored.result.get("preprocessing", {}).get("columns", [])
    preprocessing = [(c["name"], describe_column(ColumnReport.from_dict(c))) for c in columns]
    reason = ""
    if stored.suggestion:
        # said again from the stored figures, so it reads in the current language
        reason = choose_k([KScore.from_dict(s) for s in stored.suggestion.get("scores", [])])[2]
    return SetDetails(stored, personas, labels, unassigned, preprocessing, reason, quotes)


def persona_member_rows(project: ProjectFile, set_id: int, persona_id: int, *,
                        task: Task | None = None) -> list[CustomerRow]:
    """The members of one persona, best fitting first."""
    with own_connection(project) as mine:
        members = persona_service.persona_members(mine, set_id)
    return [CustomerRow(m["customer_id"], m["label"], m["fit"], persona=m["persona_name"] or "")
            for m in members if m["persona_id"] == persona_id]


def effect_member_rows(project: ProjectFile, set_id: int, effect: dict, *,
                       task: Task | None = None) -> list[CustomerRow]:
    """The customers a card line speaks of, with their value of its attribute.

    Uses :func:`workbench.analysis.profiles.members_behind` on the project's
    current attributes and the set's stored membership.
    """
    from workbench.analysis.profiles import members_behind
    from workbench.domain.personas import AttributeEffect

    task = ensure_task(task)
    with own_connection(project) as mine:
        result = persona_service.stored_result(mine, set_id)  # says so when the set is gone
        members = persona_service.persona_members(mine, set_id)
        task.check()
        attributes = persona_service.set_attribute_frame(mine, set_id)
    task.check()
    line = AttributeEffect.from_dict(effect)
    frame = attributes.frame
    if line.attribute not in frame.columns:
        return []
    ids = members_behind(frame, result, line)
    values = frame.loc[ids, line.attribute] if ids else None
    by_id = {m["customer_id"]: m for m in members}
    rows = []
    for customer in ids:
        value = values.loc[customer] if values is not None else None
        member = by_id[customer]
        rows.append(CustomerRow(customer, member["label"], member["fit"],
                                value=None if value is None or value != value else
                                (float(value) if line.kind == "numeric" else str(value)),
                                persona=member["persona_name"] or ""))
    rows.sort(key=lambda r: -(r.fit if r.fit is not None else -2.0))
    return rows


# --------------------------------------------------------------------------- the map


def set_map(project: ProjectFile, set_id: int, *, task: Task | None = None):
    """services.personas.persona_map_of on a connection of its own (a SetMap)."""
    with own_connection(project) as mine:
        return persona_service.persona_map_of(mine, set_id, task=task)
