"""Who churned and what each customer is worth: the inputs every retention figure starts from.

``define_churn`` / :func:`read_churn` decide churn (an outcome column whose name
says churn: churned yes/no or a cancellation date; or, without one, inactivity
in the touchpoints: no contact for N days before the last date in the data, N
suggested from the gaps between contacts) and read each customer's status with
the attributes (one read of :func:`workbench.services.personas.attribute_frame`,
kept on the :class:`Churn` for the callers that need them);
:func:`customer_values` gives each customer's recency, frequency and monetary
value. Nothing here is stored. :mod:`workbench.services.retention` builds the
summaries, risk runs and friction costs on top and re-exports the public names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.domain.retention import CHURN_INACTIVITY, CHURN_OUTCOME, ChurnDefinition
from workbench.errors import RetentionError
from workbench.i18n import translate
from workbench.store import retention as store
from workbench.store import sources as source_store
from workbench.store.project_file import ProjectFile

__all__ = ["MIN_CHURNERS", "Churn", "churn_attributes", "churn_status", "customer_values",
           "define_churn", "definition_args", "describe_definition", "read_churn"]

#: Fewer churners than this are too few to measure churn or learn a model.
MIN_CHURNERS = 20
#: Churn-named outcomes that describe a churn rather than say whether it happened.
_NOT_STATUS = re.compile(r"(reason|motiv|score|punteggio|categor|type|tipo|value|valore)", re.I)
#: Days per julian-day unit: touchpoint dates are read as julian days.
_UNIX_EPOCH_JD = 2440587.5


@dataclass
class Churn:
    """Customers with a known churn status (ascending ids), their status and the attributes."""

    definition: ChurnDefinition
    customers: object  # numpy int64 array, ascending
    churned: object  # numpy float64 array of 0/1
    attributes: object  # services.personas.AttributeFrame


def _iso_day(julian: float) -> str:
    import pandas as pd

    return pd.Timestamp(julian - _UNIX_EPOCH_JD, unit="D").strftime("%Y-%m-%d")


def read_churn(project: ProjectFile, outcome: str | None, inactive_days: int | None,
               attributes=None) -> Churn:
    """Churn by the definition asked for (see :func:`define_churn`), with the attributes.

    ``attributes``: an AttributeFrame already read (:func:`churn_attributes` when only churn
    and tenure are needed); None reads every attribute."""
    import numpy as np

    from workbench.analysis.retention import (
        churn_values,
        inactivity_churn,
        is_churn_name,
        suggest_inactive_days,
    )
    from workbench.services.personas import attribute_frame, outcome_columns

    if outcome is not None and inactive_days is not None:
        raise RetentionError(translate(
            "Retention", "Choose either an outcome column or a number of inactive days, not both."))
    if inactive_days is not None and inactive_days < 1:
        raise RetentionError(translate("Retention", "The inactive days must be 1 or more."))
    if attributes is None:
        attributes = attribute_frame(project)
    frame = attributes.frame
    outcomes = outcome_columns(attributes)
    chosen = None
    if outcome is not None:
        if outcome not in attributes.kinds:
            raise RetentionError(translate(
                "Retention", "No attribute named {name}. Outcome columns: {outcomes}.").format(
                name=outcome, outcomes=", ".join(outcomes) or "—"))
        read = churn_values(frame[outcome])
        if read is None:
            raise RetentionError(translate(
                "Retention", "{name} does not say whether a customer churned: churn needs a "
                "yes/no column (or a cancellation date).").format(name=outcome))
        chosen = (outcome, *read)
    elif inactive_days is None:
        for name in outcomes:
            read = (churn_values(frame[name]) if is_churn_name(name)
                    and not _NOT_STATUS.search(name) else None)
            if read is not None:
                chosen = (name, *read)
                break
    if chosen is not None:
        name, values, event = chosen
        known = np.isfinite(values)
        customers = frame.index.to_numpy(dtype=np.int64)[known]
        churned = values[known]
        definition = ChurnDefinition(kind=CHURN_OUTCOME, outcome=name, event=event)
    else:
        if not store.has_touchpoints(project.db):
            raise RetentionError(translate(
                "Retention", "This project has no churn column and no touchpoints, so churn "
                "cannot be measured. Mark the column that says whether a customer left as an "
                "outcome (right-click its header in the Data area, or 'workbench roles'), or "
                "import touchpoints with dates to measure churn as inactivity."))
        spans = np.array(store.contact_spans(project.db), dtype=np.float64).reshape(-1, 4)
        suggested = suggest_inactive_days(np.array(store.contact_gaps(project.db)))
        days = inactive_days or suggested or 90
        reference = float(spans[:, 2].max())
        customers = spans[:, 0].astype(np.int64)
        churned = inactivity_churn(spans[:, 2], reference, days)
        definition = ChurnDefinition(kind=CHURN_INACTIVITY, inactive_days=int(days),
                                     reference_date=_iso_day(reference),
                                     suggested_days=suggested)
    definition.customers = int(len(customers))
    definition.churned = int(churned.sum())
    if definition.churned < MIN_CHURNERS:
        raise RetentionError(translate(
            "Retention", "Only {churned} of {customers} customers churned by this definition "
            "({what}): at least {minimum} churners are needed to measure churn. Choose another "
            "outcome column or number of inactive days.").format(
            churned=definition.churned, customers=definition.customers,
            what=describe_definition(definition), minimum=MIN_CHURNERS))
    return Churn(definition, customers, churned, attributes)


def churn_attributes(project: ProjectFile):
    """The attributes churn and retention curves read (every outcome column and every number
    whose header says tenure), as :func:`workbench.services.personas.attribute_frame` gives
    them (same names, values, kinds and order) without reading the other columns: what
    :func:`read_churn` with the default definition and the curves need, at a fraction of the
    cost on a wide table of a million customers."""
    from workbench.analysis.retention import is_tenure_name
    from workbench.services.personas import attribute_frame

    return attribute_frame(project, wanted=lambda name, kind: kind == "outcome" or (
        kind == "numeric" and is_tenure_name(name)))


def describe_definition(definition: ChurnDefinition) -> str:
    """The churn definition in words, for every screen that shows a churn figure."""
    if definition.kind == CHURN_OUTCOME:
        if definition.event is None:
            return translate("Retention", "{outcome} has a date").format(
                outcome=definition.outcome)
        return translate("Retention", "{outcome} is “{event}”").format(
            outcome=definition.outcome, event=definition.event)
    return translate("Retention", "no contact in the {days} days before {date}").format(
        days=definition.inactive_days, date=definition.reference_date)


def define_churn(project: ProjectFile, *, outcome: str | None = None,
                 inactive_days: int | None = None) -> ChurnDefinition:
    """How churn is decided: ``outcome`` (a yes/no or date column), ``inactive_days`` (no
    contact for N days), or by default the first outcome whose name says churn, else
    inactivity with the suggested N. Raises RetentionError without churn data or with
    fewer than MIN_CHURNERS churners."""
    return read_churn(project, outcome, inactive_days).definition


def definition_args(definition: ChurnDefinition) -> dict:
    if definition.kind == CHURN_OUTCOME:
        return {"outcome": definition.outcome, "inactive_days": None}
    return {"outcome": None, "inactive_days": definition.inactive_days}


def churn_status(project: ProjectFile, definition: ChurnDefinition) -> dict[int, bool]:
    """Customer id -> churned, for every customer whose status the definition knows."""
    churn = read_churn(project, **definition_args(definition))
    return {int(c): bool(x) for c, x in zip(churn.customers, churn.churned, strict=True)}


# --------------------------------------------------------------------------- value


def _amount_columns(project: ProjectFile) -> list[tuple[int, int]]:
    """(event source, column position) of the touchpoint columns that hold amounts."""
    from workbench.analysis.value import AMOUNT_WORDS
    from workbench.domain.columns import ColumnRole
    from workbench.store.journeys import event_sources

    found = []
    for source_id in event_sources(project.db):
        for column in source_store.source_columns(project.db, source_id):
            if column.role in (ColumnRole.NUMERIC, ColumnRole.OUTCOME) and \
                    AMOUNT_WORDS.search(column.label or column.name):
                found.append((source_id, column.position))
                break
    return found


def customer_values(project: ProjectFile, attributes=None):
    """Per customer: monetary, frequency, recency_days and their 1-5 scores (a DataFrame
    indexed by customer id), from purchase touchpoints or else attributes; None without."""
    import numpy as np
    import pandas as pd

    from workbench.analysis.value import rfm_scores, value_from_attributes, value_from_purchases
    from workbench.services.personas import attribute_frame

    rows = [row for source_id, position in _amount_columns(project)
            for row in store.purchases(project.db, source_id, position)]
    if rows:
        customers = np.array([r[0] for r in rows], dtype=np.int64)
        days = np.array([np.nan if r[1] is None else r[1] for r in rows], dtype=np.float64)
        amounts = pd.to_numeric(pd.Series([r[2] for r in rows], dtype=object),
                                errors="coerce").to_numpy(dtype=np.float64)
        reference = float(np.nanmax(days)) if np.isfinite(days).any() else None
        table = value_from_purchases(customers, amounts, days, reference)
        if len(table):
            return rfm_scores(table)
    attributes = attributes if attributes is not None else attribute_frame(project)
    table = value_from_attributes(attributes.frame, attributes.kinds)
    return rfm_scores(table) if table is not None else None
