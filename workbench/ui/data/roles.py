"""Column roles and source kinds in the researcher's words (translated)."""

from __future__ import annotations

from workbench.domain.columns import ColumnRole
from workbench.i18n import translate


def role_title(role: ColumnRole | str) -> str:
    """A column role's short name, as shown in headers and in the role chooser."""
    role = ColumnRole(role)
    return {
        ColumnRole.IDENTIFIER: translate("DataArea", "Identifier"),
        ColumnRole.NUMERIC: translate("DataArea", "Numeric"),
        ColumnRole.CATEGORICAL: translate("DataArea", "Categorical"),
        ColumnRole.DATE: translate("DataArea", "Date"),
        ColumnRole.FREE_TEXT: translate("DataArea", "Free text"),
        ColumnRole.CHANNEL: translate("DataArea", "Channel"),
        ColumnRole.PII: translate("DataArea", "Personal data"),
        ColumnRole.OUTCOME: translate("DataArea", "Outcome"),
        ColumnRole.MEASURE: translate("DataArea", "Measure"),
        ColumnRole.IGNORE: translate("DataArea", "Ignore"),
    }[role]


def role_description(role: ColumnRole | str) -> str:
    """What the workbench does with a column of this role."""
    role = ColumnRole(role)
    return {
        ColumnRole.IDENTIFIER: translate(
            "DataArea", "Links rows to one customer (customer id, account number). Kept as text, "
            "leading zeros included."),
        ColumnRole.NUMERIC: translate(
            "DataArea", "A number: becomes a quantitative attribute for personas and statistics."),
        ColumnRole.CATEGORICAL: translate(
            "DataArea", "A few repeated values (segment, tier, city): becomes a categorical "
            "attribute."),
        ColumnRole.DATE: translate("DataArea", "A date or a time, stored as an ISO date."),
        ColumnRole.FREE_TEXT: translate(
            "DataArea", "Open answers and notes: each cell becomes a document of qualitative "
            "evidence that you can code."),
        ColumnRole.CHANNEL: translate(
            "DataArea", "The channel of a contact (store, web, app, call centre): used for journeys "
            "and the channel mix."),
        ColumnRole.PII: translate(
            "DataArea", "Personal data (name, e-mail, phone, address): kept for linking customers, "
            "left out of exports."),
        ColumnRole.OUTCOME: translate(
            "DataArea", "A result to explain (churned, responded, complained, satisfaction, "
            "value): measured for each persona, never used to form them."),
        ColumnRole.MEASURE: translate(
            "DataArea", "A survey score on a known scale (NPS, CSAT, CES, star rating): "
            "reported for each persona, journey stage, channel and month, never used to form "
            "personas. Every value must fit the scale."),
        ColumnRole.IGNORE: translate("DataArea", "Not imported."),
    }[role]


def stored_role_description(role: ColumnRole | str) -> str:
    """What a role means for a column already imported (Ignore keeps the values)."""
    if ColumnRole(role) is ColumnRole.IGNORE:
        return translate("DataArea", "Kept in the project but left out of every analysis.")
    return role_description(role)


def measure_choices() -> list[tuple[str, str]]:
    """(title, role choice) of every measure kind and scale a column can take:
    ("NPS 0–10", "measure:nps:0-10"), ("CSAT 1–5", "measure:csat:1-5")..."""
    from workbench.ingest.measures import all_specs, measure_title

    return [(measure_title(spec), f"{ColumnRole.MEASURE.value}:{spec.text()}")
            for spec in all_specs()]


def measure_title(measure: str | None) -> str:
    """A stored measure ("nps:0-10") as shown: "NPS 0–10" ("" when none or unreadable)."""
    from workbench.domain.voc import MeasureSpec
    from workbench.ingest.measures import measure_title as title

    try:
        return title(MeasureSpec.parse(measure)) if measure else ""
    except ValueError:
        return ""


def role_choice(role: ColumnRole | str, measure: str | None = None) -> str:
    """A role as the choosers hold it: "measure:csat:1-7" for a measure, else the role."""
    role = ColumnRole(role)
    return f"{role.value}:{measure}" if role is ColumnRole.MEASURE and measure else role.value


def role_with_detail(role: ColumnRole | str, pii_kind: str | None = None,
                     measure: str | None = None) -> str:
    """"Personal data (e-mail)", "Measure (NPS 0–10)", "Numeric"."""
    role = ColumnRole(role)
    detail = (pii_kind_title(pii_kind) if role is ColumnRole.PII
              else measure_title(measure) if role is ColumnRole.MEASURE else "")
    return f"{role_title(role)} ({detail})" if detail else role_title(role)


def pii_kind_title(kind: str | None) -> str:
    return {
        "name": translate("DataArea", "name"),
        "email": translate("DataArea", "e-mail"),
        "phone": translate("DataArea", "phone"),
        "address": translate("DataArea", "address"),
    }.get(kind or "", "")


def kind_title(kind: str) -> str:
    """A source's kind: a plain table or a touchpoint event log."""
    if kind == "events":
        return translate("DataArea", "Touchpoint events")
    return translate("DataArea", "Table")
