"""Column roles after import: list them, and change a column's role in one transaction.

A stored column can move between identifier, numeric, categorical, channel,
outcome, measure (with its kind and scale: "measure:csat:1-7") and ignore
(kept in the project but not used in any analysis). Its
values are converted for the new role (numbers become text for a category,
text becomes numbers for a numeric column) or the change is refused naming
the column and a row whose value does not fit (for a measure, up to five rows
outside its scale). Free-text columns (they
became documents), personal data, dates and the column that says which
customer each row is about keep their role: changing those means importing
the file again.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from workbench.domain.columns import ColumnRole
from workbench.domain.sources import Source, SourceColumn
from workbench.errors import WorkbenchError
from workbench.i18n import translate
from workbench.store import sources as source_store
from workbench.store.project_file import ProjectFile

#: Roles a stored column can be given after import (and the roles it can come from).
CHANGEABLE_ROLES = (ColumnRole.IDENTIFIER, ColumnRole.NUMERIC, ColumnRole.CATEGORICAL,
                    ColumnRole.CHANNEL, ColumnRole.OUTCOME, ColumnRole.MEASURE, ColumnRole.IGNORE)
_TEXT_ROLES = (ColumnRole.IDENTIFIER, ColumnRole.CATEGORICAL, ColumnRole.CHANNEL)


class RoleChangeError(WorkbenchError):
    """A role change that cannot be made; nothing was changed."""

    def __init__(self, message: str, column: str | None = None, row: int | None = None) -> None:
        super().__init__(message)
        self.column = column
        self.row = row


@dataclass(frozen=True)
class RoleChange:
    """One column's role change, as made (undo it by changing ``new`` back to ``old``)."""

    source_id: int
    column: str  # the column's name in the project
    title: str
    old: ColumnRole
    new: ColumnRole
    #: The measure's kind and scale ("csat:1-7") before and after, for Measure columns.
    old_measure: str | None = None
    new_measure: str | None = None

    @property
    def old_choice(self) -> str:
        """The old role as :func:`change_roles` takes it ("measure:csat:1-5", "numeric")."""
        return _choice(self.old, self.old_measure)

    @property
    def new_choice(self) -> str:
        return _choice(self.new, self.new_measure)


def _choice(role: ColumnRole, measure: str | None) -> str:
    return f"{role.value}:{measure}" if role is ColumnRole.MEASURE and measure else role.value


@dataclass(frozen=True)
class SourceRoles:
    """A source's columns with their roles, and the column that identifies its customers."""

    source: Source
    columns: list[SourceColumn]
    customer_key: SourceColumn | None


def customer_key_column(source: Source, columns: list[SourceColumn]) -> SourceColumn | None:
    """The column import made customers from (None: one customer per row).

    Sources imported before the customer key was recorded used the event log's
    customer column, else the first identifier.
    """
    by_name = {c.name: c for c in columns}
    if "customer_key" in source.options:
        return by_name.get(source.options["customer_key"] or "")
    events = source.options.get("events") or {}
    if events.get("customer") in by_name:
        return by_name[events["customer"]]
    return next((c for c in columns if c.role is ColumnRole.IDENTIFIER), None)


def source_roles(project: ProjectFile, source: str | int | None = None) -> list[SourceRoles]:
    """Every source's columns and roles (or one source's, by id or file name)."""
    sources = [find_source(project, source)] if source is not None else \
        source_store.list_sources(project.db)
    found = []
    for item in sources:
        columns = source_store.source_columns(project.db, item.id)
        found.append(SourceRoles(item, columns, customer_key_column(item, columns)))
    return found


def find_source(project: ProjectFile, reference: str | int) -> Source:
    """A source by id ("3") or by file name ("crm.csv", "survey.xlsx · Answers")."""
    sources = source_store.list_sources(project.db)
    text = str(reference).strip()
    if text.isdigit():
        for source in sources:
            if source.id == int(text):
                return source
    matches = [s for s in sources if text in (s.display_name, s.file_name)]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise RoleChangeError(translate(
            "Roles", "Several sources are named '{name}': give the source's number instead "
            "({ids}).").format(name=text, ids=", ".join(str(s.id) for s in matches)))
    raise RoleChangeError(translate(
        "Roles", "There is no source '{name}'. Sources: {sources}.").format(
        name=text, sources=", ".join(f"{s.id} {s.display_name}" for s in sources) or "-"))


def change_roles(project: ProjectFile, source_id: int, roles: Mapping[str, str | ColumnRole]
                 ) -> list[RoleChange]:
    """Give columns of a source new roles (``{column name or header: role}``), all or nothing.

    A role is a ColumnRole or its value; a measure may name its kind and scale
    ("measure:nps", "measure:csat:1-7"; plain "measure" keeps the column's
    measure, else takes the usual scale of the kind its header names).
    Returns the changes made (a column already in its role is left out).
    Raises :class:`RoleChangeError` naming the column (and a row) when a change
    is impossible; the project is then unchanged.
    """
    source = source_store.get_source(project.db, source_id)
    if source is None:
        raise RoleChangeError(translate("Roles", "There is no source {id}.").format(id=source_id))
    columns = source_store.source_columns(project.db, source_id)
    key = customer_key_column(source, columns)
    decimal = source.options.get("decimal") or "."
    planned: list[tuple[SourceColumn, ColumnRole, str | None]] = []
    for reference, role in roles.items():
        column = _column(source, columns, reference)
        new, measure = _role(role, column)
        old_measure = getattr(column, "measure", None)
        if new is column.role and measure == (old_measure if new is ColumnRole.MEASURE else None):
            continue
        _check_allowed(column, new, key)
        planned.append((column, new, measure))
    changes = []
    with project.db.transaction():
        for column, new, measure in planned:
            values = None
            if new is not ColumnRole.IGNORE:
                stored = source_store.read_column(project.db, source_id, column.position)
                values = _converted(source, column, new, stored, decimal)
                if measure is not None:
                    _check_scale(source, column, measure, stored, dict(values))
            source_store.set_column_role(project.db, source_id, column.position, new, values,
                                         measure)
            changes.append(RoleChange(source_id, column.name, column.title, column.role, new,
                                      getattr(column, "measure", None), measure))
    return changes


def _column(source: Source, columns: list[SourceColumn], reference: str) -> SourceColumn:
    for column in columns:
        if reference in (column.name, column.label):
            return column
    raise RoleChangeError(translate(
        "Roles", "{source} has no column named '{column}'. Its columns are: {columns}.").format(
        source=source.display_name, column=reference,
        columns=", ".join(c.title for c in columns)), column=reference)


def _role(role: str | ColumnRole, column: SourceColumn) -> tuple[ColumnRole, str | None]:
    """The new role and, for a measure, its kind and scale ("csat:1-7")."""
    from workbench.ingest.measures import MeasureChoiceError, resolved_spec, split_role_choice

    role_text, measure_text = split_role_choice(str(role))
    try:
        new = ColumnRole(role_text)
    except ValueError:
        new = None
    if new is None or (measure_text is not None and new is not ColumnRole.MEASURE):
        raise RoleChangeError(translate(
            "Roles", "'{role}' is not a column role. Use one of: {roles}.").format(
            role=role, roles=", ".join(r.value for r in CHANGEABLE_ROLES)),
            column=column.title) from None
    if new is not ColumnRole.MEASURE:
        return new, None
    current = getattr(column, "measure", None) if column.role is ColumnRole.MEASURE else None
    try:
        return new, resolved_spec(measure_text or current, column.title).text()
    except MeasureChoiceError as error:
        raise RoleChangeError(str(error), column=column.title) from None


def _check_allowed(column: SourceColumn, new: ColumnRole, key: SourceColumn | None) -> None:
    if key is not None and column.id == key.id:
        raise RoleChangeError(translate(
            "Roles", "'{column}' says which customer each row is about, so its role cannot "
            "change. To use another column, delete the source and import the file again "
            "choosing the customer column.").format(column=column.title), column=column.title)
    if column.role not in CHANGEABLE_ROLES:
        raise RoleChangeError(translate(
            "Roles", "'{column}' was imported as {role}; that role cannot change after import "
            "(free text became documents, personal data and dates are kept apart). Delete the "
            "source and import the file again with another role.").format(
            column=column.title, role=column.role.value), column=column.title)
    if new not in CHANGEABLE_ROLES:
        raise RoleChangeError(translate(
            "Roles", "A column cannot become {role} after import. Choose one of: {roles}.").format(
            role=new.value, roles=", ".join(r.value for r in CHANGEABLE_ROLES)),
            column=column.title)


def _converted(source: Source, column: SourceColumn, new: ColumnRole,
               stored: list[tuple[int, int | None, object]], decimal: str
               ) -> list[tuple[int, object]]:
    """(row number, new value) for the rows whose stored value changes under ``new``."""
    from workbench.ingest.convert import outcome_value
    from workbench.ingest.values import MISSING_TOKENS, parse_number

    changed = []
    for row, _customer, value in stored:
        if value is None:
            continue
        if new in _TEXT_ROLES:
            converted: object = value if value.__class__ is str else _as_text(value, decimal)
        else:
            if value.__class__ is str and _leading_zero(value.strip()):
                raise _not_a_number(source, column, new, row, value, zeros=True)
            if new in (ColumnRole.NUMERIC, ColumnRole.MEASURE):
                if value.__class__ in (int, float):
                    converted = float(value)
                elif value.strip().lower() in MISSING_TOKENS:
                    converted = None
                else:
                    converted = parse_number(value, decimal)
                    if converted is None or not math.isfinite(converted):
                        raise _not_a_number(source, column, new, row, value)
            else:
                converted = outcome_value(value, decimal)
        if converted.__class__ is not value.__class__ or converted != value:
            changed.append((row, converted))
    return changed


def _check_scale(source: Source, column: SourceColumn, measure: str,
                 stored: list[tuple[int, int | None, object]], changed: dict[int, object]
                 ) -> None:
    """Refuse a measure whose stored values (as converted) do not all fit its scale."""
    from workbench.domain.voc import MeasureSpec
    from workbench.ingest.measures import measure_title, outside_scale, rows_text, scale_rule

    spec = MeasureSpec.parse(measure)
    rows = [row for row, _customer, _value in stored]
    values = [changed.get(row, value) for row, _customer, value in stored]
    bad = outside_scale(values, spec, limit=6)
    if not bad:
        return
    shown = [rows[i] for i in bad[:5]]
    raise RoleChangeError(translate(
        "Roles", "'{column}' of {source} cannot become {scale}: rows {rows} hold values outside "
        "its scale ({rule}), for example '{value}'. Choose another kind or scale, or keep the "
        "column Numeric.").format(
        column=column.title, source=source.display_name, scale=measure_title(spec),
        rows=rows_text(shown, len(bad) > 5), rule=scale_rule(spec),
        value=_as_text(values[bad[0]], ".")), column=column.title, row=shown[0])


def _as_text(value: object, decimal: str) -> str:
    """A stored number as the file wrote it (3.5 → "3,5" in a file with decimal commas), so
    the column reads back as the same numbers if it becomes numeric again."""
    from workbench.ingest.values import cell_text

    text = cell_text(value)
    if decimal == "," and value.__class__ is float:
        return text.replace(".", ",")
    return text


def _leading_zero(text: str) -> bool:
    return len(text) > 1 and text[0] == "0" and text[1].isdigit()


def _not_a_number(source: Source, column: SourceColumn, new: ColumnRole, row: int,
                  value: object, zeros: bool = False) -> RoleChangeError:
    shown = str(value) if len(str(value)) <= 60 else str(value)[:57] + "…"
    if zeros:
        text = translate(
            "Roles", "'{column}' of {source} cannot become {role}: row {row} holds '{value}', "
            "whose leading zeros a number would lose. Keep it as text (identifier or "
            "categorical).")
    else:
        text = translate(
            "Roles", "'{column}' of {source} cannot become {role}: row {row} holds '{value}', "
            "which is not a number. Keep it categorical, or fix the file and import it again.")
    return RoleChangeError(text.format(column=column.title, source=source.display_name,
                                       role=new.value, row=row, value=shown),
                           column=column.title, row=row)
