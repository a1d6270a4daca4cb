"""Retention and value use cases: churn defined honestly, rates and curves, customer value,
churn risk with its reasons, the at-risk list and what friction costs.

Reading (nothing is stored)
    ``define_churn``, ``churn_status``, ``retention_summary``, ``retention_curves`` (what a
    persona card prints), ``customers_behind``, ``friction_costs``.
Risk runs (stored like persona runs: settings, seed, versions, figures)
    ``run_churn_risk`` → run id; ``risk_runs``, ``latest_risk_run``, ``customer_risk``,
    ``at_risk``, ``persona_risks``, ``export_at_risk``.

Split along one seam: deciding who churned and what each customer is worth (the
inputs: ``define_churn``, ``churn_status``, ``describe_definition``,
``customer_values``) lives in :mod:`workbench.services.churn` and is re-exported
here; this module uses them (summaries, risk runs, friction). Churn comes from an
outcome column whose name says churn (churned yes/no, a cancellation date) or,
without one, from touchpoints as inactivity. The analysis lives in
:mod:`workbench.analysis.retention`, :mod:`workbench.analysis.value` and
:mod:`workbench.analysis.churn_risk`.
"""

from __future__ import annotations

import re
from pathlib import Path

from workbench.domain.retention import (
    BY_CHANNEL,
    BY_PERSONA,
    BY_SOURCE,
    BY_STAGE,
    ChurnDefinition,
    CustomerRisk,
    FrictionCost,
    RateByGroup,
    RetentionSummary,
    RiskRun,
)
from workbench.errors import RetentionError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.services.churn import (
    MIN_CHURNERS,
    Churn,
    churn_status,
    customer_values,
    define_churn,
    definition_args,
    describe_definition,
    read_churn,
)
from workbench.store import personas as persona_store
from workbench.store import retention as store
from workbench.store import sources as source_store
from workbench.store.project_file import ProjectFile, now_iso
from workbench.store.retention import StoredRiskRun

__all__ = ["MIN_CHURNERS", "StoredRiskRun", "at_risk", "churn_status", "customer_risk",
           "customer_values", "customers_behind", "define_churn", "describe_definition",
           "export_at_risk", "friction_costs", "latest_risk_run", "persona_risks",
           "retention_curves", "retention_summary", "risk_runs", "run_churn_risk"]

#: Attributes known for fewer customers than this share are not model inputs.
MIN_KNOWN_SHARE = 0.5
MAX_CATEGORIES = 50
_STAGE_COLUMN = re.compile(r"(stage|phase|fase|stadio|tappa)", re.I)
_IDENTIFIER = re.compile(r"(^id$|_id$|\bid\b|number$|^row|code$|codice|matricola)", re.I)


# --------------------------------------------------------------------------- groups


def _newest_set(project: ProjectFile, set_id: int | None) -> int | None:
    if set_id is not None:
        if persona_store.get_persona_set(project.db, set_id) is None:
            raise RetentionError(translate("Retention", "There is no persona set {id}.").format(
                id=set_id))
        return set_id
    sets = persona_store.list_persona_sets(project.db)
    return sets[-1].id if sets else None


def _groups(project: ProjectFile, dimension: str, set_id: int | None
            ) -> dict[str, tuple[str, list[int]]]:
    """key -> (label, customer ids) of one dimension's groups."""
    from workbench.store.journeys import event_sources

    db = project.db
    groups: dict[str, tuple[str, list[int]]] = {}
    if dimension == BY_PERSONA:
        if set_id is None:
            return {}
        names = {p.id: p.name for p in persona_store.personas_of(db, set_id)}
        for member in persona_store.members(db, set_id):
            if member["persona_id"] is not None:
                groups.setdefault(str(member["persona_id"]), (names[member["persona_id"]], []))[
                    1].append(member["customer_id"])
    elif dimension == BY_CHANNEL:
        for channel, customer in store.channel_customers(db):
            groups.setdefault(str(channel), (str(channel), []))[1].append(customer)
    elif dimension == BY_STAGE:
        for source_id in event_sources(db):
            for column in source_store.source_columns(db, source_id):
                if _STAGE_COLUMN.search(column.label or column.name):
                    for stage, customer in store.stage_customers(db, source_id, column.position):
                        key = str(stage).strip()
                        groups.setdefault(key.casefold(), (key, []))[1].append(customer)
                    break
    elif dimension == BY_SOURCE:
        for source in source_store.list_sources(db):
            label = f"{source.file_name} · {source.sheet}" if source.sheet else source.file_name
            groups[str(source.id)] = (label, store.source_customers(db, source.id))
    return groups


def customers_behind(project: ProjectFile, rate: RateByGroup,
                     definition: ChurnDefinition) -> list[int]:
    """The customers counted in a churn figure (its group's members with a known status)."""
    import numpy as np

    churn = read_churn(project, **definition_args(definition))
    if rate.dimension == BY_PERSONA:
        from workbench.store.journeys import persona_member_ids

        ids = persona_member_ids(project.db, int(rate.key))
    else:
        ids = _groups(project, rate.dimension, None).get(rate.key, ("", []))[1]
    known = set(np.asarray(churn.customers).tolist())
    return sorted(int(c) for c in set(ids) if c in known)


# --------------------------------------------------------------------------- summary


def retention_summary(project: ProjectFile, *, set_id: int | None = None,
                      outcome: str | None = None, inactive_days: int | None = None,
                      task: Task | None = None) -> RetentionSummary:
    """Churn per persona (newest set by default), stage, channel and source with 95%
    intervals; retention curves where tenure or contact dates exist; value per persona."""
    from workbench.analysis.retention import rates_by_group

    task = ensure_task(task)
    task.report(0, 4, translate("Retention", "Deciding who churned…"))
    churn = read_churn(project, outcome, inactive_days)
    set_id = _newest_set(project, set_id)
    notes: list[str] = []
    task.report(1, 4, translate("Retention", "Measuring churn by group…"))
    persona_groups = _persona_members(project, set_id)  # the member list, read once
    rates = rates_by_group(BY_PERSONA, churn.customers, churn.churned,
                           {str(k): v for k, v in persona_groups.items()})
    for dimension in (BY_STAGE, BY_CHANNEL, BY_SOURCE):
        rates += rates_by_group(dimension, churn.customers, churn.churned,
                                _groups(project, dimension, set_id))
    if set_id is None:
        notes.append(translate("Retention", "No persona set yet: churn is shown by stage, "
                                            "channel and source only."))
    task.report(2, 4, translate("Retention", "Drawing the retention curves…"))
    curves = _curves(project, churn, persona_groups, notes)
    task.report(3, 4, translate("Retention", "Measuring customer value…"))
    values = _values(project, churn, persona_groups, rates, notes)
    task.report(4, 4, translate("Retention", "Done"))
    return RetentionSummary(definition=churn.definition, persona_set_id=set_id, rates=rates,
                            curves=curves, values=values, notes=notes)


def _persona_members(project: ProjectFile, set_id: int | None) -> dict[int, tuple[str, list[int]]]:
    return {int(k): v for k, v in _groups(project, BY_PERSONA, set_id).items()}


def retention_curves(project: ProjectFile, set_id: int, members=None) -> dict:
    """The retention curves a persona card prints: {persona id as text: its curve, "": everyone's}
    by the default churn definition, the same curves as :func:`retention_summary`'s, without
    its churn rates, groupings and customer value. {} when no curve can be drawn (no tenure
    and no contact dates). Raises RetentionError when churn cannot be measured.

    ``members``: (customer ids, persona ids) of the set's members as
    :func:`workbench.store.personas.member_personas` gives them, when already read.
    """
    from workbench.services.churn import churn_attributes

    set_id = _newest_set(project, set_id)
    churn = read_churn(project, None, None, attributes=churn_attributes(project))
    groups = _persona_arrays(project, set_id, members)
    return {curve.key: curve for curve in _curves(project, churn, groups, [])}


def _persona_arrays(project: ProjectFile, set_id: int | None, members=None
                    ) -> dict[int, tuple[str, object]]:
    """persona id -> (name, its members' ids as an ascending array), personas with members
    in their order (as :func:`_persona_members`, from arrays)."""
    if set_id is None:
        return {}
    customers, personas = (members if members is not None
                           else persona_store.member_personas(project.db, set_id))
    groups = {}
    for persona in persona_store.personas_of(project.db, set_id):
        ids = customers[personas == persona.id]
        if len(ids):
            groups[persona.id] = (persona.name, ids)
    return groups


def _curves(project: ProjectFile, churn: Churn, persona_groups: dict[int, tuple[str, object]],
            notes: list[str]) -> list:
    import numpy as np
    import pandas as pd

    from workbench.analysis.retention import is_tenure_name, kaplan_meier, tenure_unit

    attributes = churn.attributes
    tenure = next((n for n, k in attributes.kinds.items()
                   if k == "numeric" and is_tenure_name(n)), None)
    ids = pd.Index(churn.customers)
    if tenure is not None:
        durations = attributes.frame[tenure].reindex(ids).to_numpy(dtype=np.float64)
        unit = tenure_unit(tenure)
    elif store.has_touchpoints(project.db):
        spans = np.array(store.contact_spans(project.db), dtype=np.float64).reshape(-1, 4)
        lifetime = pd.Series(spans[:, 2] - spans[:, 1], index=spans[:, 0].astype(np.int64))
        durations = lifetime.reindex(ids).to_numpy(dtype=np.float64)
        unit = "days"
        notes.append(translate("Retention", "Retention curves use the days between each "
                                            "customer's first and last contact."))
    else:
        notes.append(translate("Retention", "No tenure attribute and no contact dates: no "
                                            "retention curves."))
        return []
    curves = [kaplan_meier(durations, churn.churned, key="",
                           label=translate("Retention", "Everyone"), unit=unit)]
    for persona_id, (label, members) in persona_groups.items():
        inside = np.isin(churn.customers, np.asarray(members, dtype=np.int64))
        if inside.sum() >= 5:
            curves.append(kaplan_meier(durations[inside], churn.churned[inside],
                                       key=str(persona_id), label=label, unit=unit))
    return curves


def _values(project: ProjectFile, churn: Churn, persona_groups: dict[int, tuple[str, list[int]]],
            rates: list[RateByGroup], notes: list[str]) -> list:
    import pandas as pd

    from workbench.analysis.value import expected_value_note, summarise_value

    scored = customer_values(project, churn.attributes)
    if scored is None:
        notes.append(translate("Retention", "No purchase amounts in touchpoints and no spend "
                                            "attribute: no customer value."))
        return []
    notes.append(expected_value_note())
    latest = latest_risk_run(project)
    risk = None
    if latest is not None:
        rows = store.risks(project.db, latest.id)
        risk = pd.Series([r[1] for r in rows], index=[r[0] for r in rows], dtype="float64")
        notes.append(translate("Retention", "Value at risk: each member's value × their churn "
                                            "risk from risk run {id}.").format(id=latest.id))
    else:
        notes.append(translate("Retention", "Value at risk: value × the persona's churn rate "
                                            "(run the risk model for each customer's own risk)."))
    overall = churn.definition.rate
    values = [summarise_value("", translate("Retention", "Everyone"), scored, scored.index,
                              risk, overall)]
    persona_rates = {r.key: r.rate for r in rates if r.dimension == BY_PERSONA}
    for persona_id, (label, members) in persona_groups.items():
        values.append(summarise_value(str(persona_id), label, scored, members, risk,
                                      persona_rates.get(str(persona_id), overall)))
    return values


# --------------------------------------------------------------------------- risk runs


def _model_inputs(attributes, customers) -> tuple:
    """The attributes a risk model may learn from: numbers and groupable categories known
    for most customers; never outcomes, identifiers, personal data or coded-evidence counts."""
    import numpy as np

    from workbench.services.personas import EVIDENCE_SOURCE

    frame = attributes.frame.reindex(customers)
    kinds, skipped = {}, []
    for name, kind in attributes.kinds.items():
        column = attributes.columns.get(name)
        if kind not in ("numeric", "categorical") or (
                column is not None and column.source_id == EVIDENCE_SOURCE):
            continue
        values = frame[name]
        known = values.dropna()
        if len(known) < MIN_KNOWN_SHARE * len(frame):
            skipped.append(name)
            continue
        if kind == "numeric":
            numbers = known.to_numpy(dtype=np.float64)
            if numbers.min() == numbers.max():
                continue
            if _IDENTIFIER.search(name) and len(np.unique(numbers)) == len(numbers):
                continue  # a row or customer number, not a behaviour
        elif not 2 <= known.nunique() <= MAX_CATEGORIES:
            continue
        kinds[name] = kind
    return frame[list(kinds)], kinds, skipped


def run_churn_risk(project: ProjectFile, *, outcome: str | None = None,
                   inactive_days: int | None = None, seed: int = 0,
                   task: Task | None = None) -> int:
    """Learn each customer's churn risk from the project's own customers and store the run;
    returns its id. Reproducible with the same seed; every figure is cross-validated."""
    import numpy as np
    import pandas as pd
    import sklearn

    from workbench import __version__
    from workbench.analysis import churn_risk

    task = ensure_task(task)
    task.report(0, 1, translate("Retention", "Reading the customers…"))
    churn = read_churn(project, outcome, inactive_days)
    frame, kinds, skipped = _model_inputs(churn.attributes, churn.customers)
    y = churn.churned.astype(np.int64)
    leaks = churn_risk.find_leaks(frame, kinds, y)
    features = [n for n in kinds if n not in leaks]
    if not features:
        raise RetentionError(translate(
            "Retention", "No attribute to learn churn risk from: import numbers or categories "
            "about the customers (other than outcomes, identifiers and personal data)."))
    task.check()
    fit = churn_risk.fit_risk(frame[features], {n: kinds[n] for n in features}, y, seed=seed,
                              task=task.slice(0.05, 0.9))
    notes = list(fit.notes)
    if skipped:
        notes.append(translate("Retention", "Left out, known for fewer than half the customers: "
                                            "{names}.").format(names=", ".join(skipped)))
    run = RiskRun(definition=churn.definition, features=features, leaks=leaks, model=fit.model,
                  auc=fit.auc, folds=fit.folds, seed=seed, base_rate=fit.base_rate,
                  calibration=fit.calibration, brier=fit.brier, drivers=fit.drivers,
                  versions={"workbench": __version__, "scikit-learn": sklearn.__version__,
                            "numpy": np.__version__, "pandas": pd.__version__},
                  notes=notes)
    task.report(0.92, 1, translate("Retention", "Saving the risk run…"))
    scored = customer_values(project, churn.attributes)
    if scored is None:
        values = [None] * len(churn.customers)
    else:  # blanks as None, converted in C rather than one Python test per customer
        money = scored["monetary"].reindex(churn.customers).to_numpy(dtype=np.float64)
        boxed = money.astype(object)
        boxed[np.isnan(money)] = None
        values = boxed.tolist()
    # customers share few sets of reasons (the same list object): each written out once
    texts: dict[int, str] = {}
    reasons = [texts[key] if (key := id(r)) in texts else texts.setdefault(key, " ".join(map(str, r)))
               for r in fit.reasons]
    settings = {"outcome": outcome, "inactive_days": inactive_days, "seed": seed,
                "folds": fit.folds, "leak_auc": churn_risk.LEAK_AUC,
                "permutation_rows": churn_risk.PERMUTATION_ROWS,
                "permutation_repeats": churn_risk.PERMUTATION_REPEATS,
                "min_known_share": MIN_KNOWN_SHARE}
    run_id = store.save_risk_run(
        project.db, created_at=now_iso(), settings=settings, run=run,
        customers=churn.customers.tolist(), risks=fit.risk.tolist(),
        reasons=reasons, churned=y.tolist(), values=values)
    task.report(1, 1, translate("Retention", "Done"))
    return run_id


def risk_runs(project: ProjectFile) -> list[StoredRiskRun]:
    """Every stored risk run (id, created_at, settings, run), newest last."""
    return store.list_risk_runs(project.db)


def latest_risk_run(project: ProjectFile) -> StoredRiskRun | None:
    run_id = store.latest_run_id(project.db)
    return store.get_risk_run(project.db, run_id) if run_id is not None else None


def _run(project: ProjectFile, run_id: int | None) -> StoredRiskRun:
    stored = latest_risk_run(project) if run_id is None else store.get_risk_run(project.db,
                                                                                  run_id)
    if stored is None:
        raise RetentionError(translate(
            "Retention", "There is no churn-risk run {id}. Run the risk model first "
            "('workbench retention PROJECT --risk').").format(
            id=run_id if run_id is not None else ""))
    return stored


def _customer_risk(row: tuple, run: RiskRun) -> CustomerRisk:
    from workbench.analysis.churn_risk import reason_phrase

    customer, risk, reasons, churned, value = row
    phrases = [reason_phrase(run.drivers[int(i)]) for i in reasons.split()
               if int(i) < len(run.drivers)]
    return CustomerRisk(customer_id=int(customer), risk=float(risk), reasons=phrases,
                        churned=None if churned is None else bool(churned), value=value)


def customer_risk(project: ProjectFile, customer_id: int,
                  run_id: int | None = None) -> CustomerRisk | None:
    """A customer's risk with their top reasons (newest run by default); None when the
    run did not score them or there is no run."""
    if run_id is None and store.latest_run_id(project.db) is None:
        return None
    stored = _run(project, run_id)
    row = store.customer_risk(project.db, stored.id, customer_id)
    return _customer_risk(row, stored.run) if row else None


def at_risk(project: ProjectFile, *, run_id: int | None = None,
            limit: int | None = None) -> list[CustomerRisk]:
    """Customers by churn risk, highest first, with their reasons and value when known."""
    stored = _run(project, run_id)
    return [_customer_risk(row, stored.run) for row in store.risks(project.db, stored.id, limit)]


def persona_risks(project: ProjectFile, set_id: int,
                  run_id: int | None = None) -> dict[int, list[float]]:
    """Persona id -> its members' churn risks (ascending), for a risk distribution."""
    stored = _run(project, run_id)
    found: dict[int, list[float]] = {p.id: [] for p in persona_store.personas_of(project.db,
                                                                                  set_id)}
    for persona_id, risk in store.persona_risks(project.db, set_id, stored.id):
        found.setdefault(persona_id, []).append(float(risk))
    return found


def export_at_risk(project: ProjectFile, path: Path | str, *, fmt: str = "csv",
                   run_id: int | None = None, include_personal_data: bool = False,
                   task: Task | None = None):
    """The at-risk list as CSV or XLSX (formula-like text neutralised); customer names
    and e-mail keys only with ``include_personal_data``. Returns an ``Exported``."""
    from workbench.export.files import check_target
    from workbench.export.tables import DECIMAL, INTEGER, SHARE, Column, Table
    from workbench.services.table_export import Exported, customer_keys, write_table

    task = ensure_task(task)
    path = check_target(Path(path), protect=project.path)
    stored = _run(project, run_id)
    keys, keys_personal = customer_keys(project)
    show_keys = include_personal_data or not keys_personal
    labels = ({r["id"]: r["label"] for r in project.db.query("SELECT id, label FROM customers")}
              if include_personal_data else {})
    columns = [Column(translate("Retention", "customer id"), INTEGER, 12)]
    if show_keys:
        columns.append(Column(translate("Retention", "customer key"), width=16))
    if include_personal_data:
        columns.append(Column(translate("Retention", "customer label"), width=28))
    columns += [Column(translate("Retention", "churn risk"), SHARE, 11),
                Column(translate("Retention", "churned"), width=9),
                Column(translate("Retention", "value"), DECIMAL, 12),
                Column(translate("Retention", "reasons"), width=60)]
    yes, no = translate("Retention", "yes"), translate("Retention", "no")
    rows = []
    for entry in at_risk(project, run_id=stored.id):
        row: list = [entry.customer_id]
        if show_keys:
            row.append(keys.get(entry.customer_id, ""))
        if include_personal_data:
            row.append(labels.get(entry.customer_id, ""))
        row += [entry.risk, "" if entry.churned is None else (yes if entry.churned else no),
                entry.value, "; ".join(entry.reasons)]
        rows.append(row)
    left_out = [] if include_personal_data else (
        [translate("Retention", "customer label")]
        + ([] if show_keys else [translate("Retention", "customer key")]))
    table = Table(translate("Retention", "Customers at risk"), columns, rows)
    write_table(table, path, fmt, task)
    return Exported([path], rows=len(rows), left_out=left_out)


# --------------------------------------------------------------------------- friction


def friction_costs(project: ProjectFile, journey_id: int, *, outcome: str | None = None,
                   inactive_days: int | None = None) -> list[FrictionCost]:
    """Each pain-point card linked to members and each observed friction point of a map:
    churn among the members who hit it against those who did not (risk ratio with 95%
    interval, difference, n) and the value at stake; costliest first."""
    import numpy as np

    from workbench.analysis.journeys import describe_friction
    from workbench.analysis.retention import ratio_interval
    from workbench.domain.journeys import LANE_PAIN_POINTS
    from workbench.services import journeys as journey_service
    from workbench.store.journeys import persona_member_ids

    journey = journey_service.get_journey(project, journey_id)
    if journey.observed is None or journey.persona_id is None:
        return []
    churn = read_churn(project, outcome, inactive_days)
    status = dict(zip(churn.customers.tolist(), churn.churned.tolist(), strict=True))
    members = [c for c in persona_member_ids(project.db, journey.persona_id) if c in status]
    lane = journey.lane(LANE_PAIN_POINTS)
    cards = {c.friction_key: c for c in journey.cards
             if lane is not None and c.lane_id == lane.id and c.friction_key}
    scored = customer_values(project, churn.attributes)
    value = {} if scored is None else scored["monetary"].dropna().to_dict()
    latest = latest_risk_run(project)
    risk = ({r[0]: r[1] for r in store.risks(project.db, latest.id)} if latest else {})
    stage_keys = {s.id: s.key for s in journey.stages}
    costs = []
    for point in journey.observed.friction:
        hit = set(journey_service.friction_members(project, journey_id, point.key)) & set(status)
        with_ids = [c for c in members if c in hit]
        without = [c for c in members if c not in hit]
        if not with_ids or not without:
            continue
        x1 = float(sum(status[c] for c in with_ids))
        x0 = float(sum(status[c] for c in without))
        ratio, low, high = ratio_interval(x1, len(with_ids), x0, len(without))
        stake = [value[c] * (1.0 if status[c] else risk.get(c, 0.0))
                 for c in with_ids if c in value]
        card = cards.get(point.key)
        costs.append(FrictionCost(
            journey_id=journey_id, kind="pain_point" if card else point.kind,
            label=card.text if card else describe_friction(point),
            stage_key=stage_keys.get(point.stage_id) or point.stage,
            with_n=len(with_ids), with_churned=int(x1), without_n=len(without),
            without_churned=int(x0), ratio=ratio, ratio_low=low, ratio_high=high,
            difference=x1 / len(with_ids) - x0 / len(without),
            value_at_stake=float(np.sum(stake)) if stake else None,
            card_id=card.id if card else None))
    costs.sort(key=lambda c: (-(c.value_at_stake or 0.0),
                              -(c.with_churned - c.with_n * c.without_churned / c.without_n)))
    return costs
