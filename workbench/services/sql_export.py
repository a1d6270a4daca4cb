"""Persona scoring where the data lives: a set's rule as SQL, and the engine's counts back.

- :func:`persona_sql` / :func:`export_persona_sql`: the set's assignment rule as one query
  in an engine's dialect (:mod:`workbench.analysis.sql_scoring`);
- :func:`persona_rule_json` / :func:`export_persona_rule_json`: the same rule as a portable
  JSON description;
- :func:`check_table_columns`: a clear error when a table lacks (or changed the kind of)
  a column the set was made with;
- :func:`import_population_counts`: the persona counts the engine returned, stored with
  the set (all or nothing, replacing the previous import; :func:`undo_population_counts`
  puts the previous ones back), shown beside the sample's sizes
  (:func:`population_beside_sample`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from workbench.domain.living import AssignmentModel
from workbench.domain.warehouse import PopulationCounts
from workbench.errors import AnalysisError, InputFileError
from workbench.i18n import translate
from workbench.store import personas as persona_store
from workbench.store import warehouse as warehouse_store
from workbench.store.project_file import ProjectFile, now_iso

#: Position of the customers fitting no persona in population counts.
NO_PERSONA = -1


def _tr(text: str) -> str:
    return translate("SQL export", text)


# --------------------------------------------------------------------------- the rule


def _set(project: ProjectFile, set_id: int | None):
    if set_id is None:
        sets = persona_store.list_persona_sets(project.db)
        if not sets:
            raise AnalysisError(_tr("The project has no persona sets yet: create one first."))
        return sets[-1]
    stored = persona_store.get_persona_set(project.db, set_id)
    if stored is None:
        raise AnalysisError(translate("Personas", "There is no persona set {id}.").format(id=set_id))
    return stored


def _model(project: ProjectFile, set_id: int) -> AssignmentModel:
    from workbench.services.living import assignment_model

    return assignment_model(project, set_id)


def _names(project: ProjectFile, set_id: int) -> list[str]:
    return [p.name for p in persona_store.personas_of(project.db, set_id)]


def min_observed(model: AssignmentModel) -> int:
    """Attributes with a value a customer needs to be placed at all (as the app decides)."""
    from workbench.services.personas import MIN_OBSERVED_SHARE

    return math.ceil(len(model.attributes) * MIN_OBSERVED_SHARE)


def _mapping(model: AssignmentModel, columns: Mapping[str, str] | None) -> dict[str, str]:
    unknown = sorted(set(columns or {}) - set(model.attributes))
    if unknown:
        raise AnalysisError(_tr(
            "The persona set was not made with {names}: --column maps the set's attributes "
            "({attributes}) to the table's columns.").format(
                names=", ".join(unknown), attributes=", ".join(model.attributes)))
    return {name: (columns or {}).get(name, name) for name in model.attributes}


def check_table_columns(model: AssignmentModel,
                        available_columns: Iterable[str] | Mapping[str, str],
                        columns: Mapping[str, str] | None = None) -> None:
    """Raise AnalysisError naming the attributes the table has no column for.

    ``available_columns``: the table's column names, or name -> SQL type (then a number
    attribute whose column holds text is named too). ``columns``: attribute -> column.
    """
    mapping = _mapping(model, columns)
    types = dict(available_columns) if isinstance(available_columns, Mapping) else None
    have = set(types if types is not None else available_columns)
    lower = {name.lower(): name for name in have}
    missing = [name for name in model.attributes
               if mapping[name] not in have and mapping[name].lower() not in lower]
    if missing:
        raise AnalysisError(_tr(
            "The table has no column for {names}: the persona set was made with them. Map them "
            "with --column ATTRIBUTE=COLUMN.").format(names=", ".join(missing)))
    if types is None:
        return
    textual = ("char", "text", "string", "varchar", "json")
    changed = []
    for rule in model.columns:
        column = mapping[rule.name]
        kind = str(types.get(column, types.get(lower.get(column.lower(), column), ""))).lower()
        if rule.kind == "numeric" and any(word in kind for word in textual):
            changed.append(f"{rule.name} ({column}: {kind})")
    if changed:
        raise AnalysisError(_tr(
            "These columns hold text where the persona set was made with numbers: {names}. "
            "Map each attribute to a number column with --column ATTRIBUTE=COLUMN.").format(
                names=", ".join(changed)))


def persona_sql(project: ProjectFile, set_id: int | None = None, dialect: str = "duckdb", *,
                table: str = "customers", id_column: str = "customer_id",
                columns: dict[str, str] | None = None,
                available_columns: Iterable[str] | Mapping[str, str] | None = None) -> str:
    """The set's assignment rule as one query in ``dialect`` (default: the newest set).

    Raises AnalysisError for a set whose rule is not a nearest centre (Gaussian mixtures),
    an unknown dialect, or (given ``available_columns``) a table lacking the set's columns.
    """
    from workbench.analysis.sql_scoring import persona_query

    stored = _set(project, set_id)
    model = _model(project, stored.id)
    mapping = _mapping(model, columns)
    if available_columns is not None:
        check_table_columns(model, available_columns, mapping)
    return persona_query(model, _names(project, stored.id), dialect, table=table,
                         id_column=id_column, columns=mapping, min_observed=min_observed(model),
                         set_name=stored.name, made=stored.created_at[:10])


def _write_text(path: Path | str, text: str, protect: Path | None) -> Path:
    from workbench.export.files import atomic_file, check_target

    target = check_target(Path(path), protect=protect)
    with atomic_file(target) as temporary:
        Path(temporary).write_text(text, encoding="utf-8")
    return target


def export_persona_sql(project: ProjectFile, set_id: int | None, path: Path | str,
                       dialect: str = "duckdb", **options: Any) -> Path:
    """Write :func:`persona_sql` to ``path`` (UTF-8, all or nothing); returns the path."""
    text = persona_sql(project, set_id, dialect, **options)
    return _write_text(path, text, getattr(project, "path", None))


def persona_rule_json(project: ProjectFile, set_id: int | None = None, *,
                      id_column: str = "customer_id",
                      columns: dict[str, str] | None = None) -> dict[str, Any]:
    """The set's rule as a portable JSON description (schema persona-workbench/persona-rule/1)."""
    from workbench.analysis.sql_scoring import rule_description

    stored = _set(project, set_id)
    model = _model(project, stored.id)
    mapping = _mapping(model, columns)
    document = rule_description(model, _names(project, stored.id), set_name=stored.name,
                                made=stored.created_at[:10], min_observed=min_observed(model))
    document["persona_set"]["id"] = stored.id
    document["id_column"] = id_column
    for entry in document["attributes"]:
        entry["column"] = mapping[entry["name"]]
    return document


def export_persona_rule_json(project: ProjectFile, set_id: int | None, path: Path | str,
                             **options: Any) -> Path:
    """Write :func:`persona_rule_json` to ``path`` (UTF-8, indented); returns the path."""
    document = persona_rule_json(project, set_id, **options)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return _write_text(path, text, getattr(project, "path", None))


# --------------------------------------------------------------------------- counts back


_POSITION_HEADERS = ("persona_position", "position", "persona position")
_NAME_HEADERS = ("persona_name", "persona", "name", "persona name")
_COUNT_HEADERS = ("count", "count(*)", "count_star()", "customers", "n", "size", "cnt",
                  "f0_", "count_1")
_ID_HEADERS = ("customer_id", "id", "customer")


def _find(labels: list[str], candidates: Sequence[str]) -> int | None:
    lowered = [label.strip().lower() for label in labels]
    for candidate in candidates:
        if candidate in lowered:
            return lowered.index(candidate)
    return None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or (
        isinstance(value, str) and value.strip() == "")


def _rows_from(path_or_rows) -> tuple[str, list[str], list[list[object]], list[int]]:
    """(where, labels, rows, row numbers) of a file or of rows given directly.

    Rows given directly: a list of mappings, or of sequences whose first item is the header.
    """
    if isinstance(path_or_rows, str | Path):
        from workbench.ingest.reader import read_table

        table = read_table(Path(path_or_rows), infer=False)
        return (str(table.path.name), [c.label for c in table.columns], table.rows,
                list(table.row_numbers))
    rows = list(path_or_rows)
    if rows and isinstance(rows[0], Mapping):
        labels = list(rows[0].keys())
        body = [[row.get(label) for label in labels] for row in rows]
        return _tr("the rows given"), [str(x) for x in labels], body, list(range(2, len(body) + 2))
    if not rows:
        return _tr("the rows given"), [], [], []
    labels = [str(x) for x in rows[0]]
    body = [list(r) for r in rows[1:]]
    return _tr("the rows given"), labels, body, list(range(2, len(body) + 2))


def _integer(value: object, where: str, row: int, column: str) -> int:
    try:
        number = float(str(value).strip().replace("\u202f", "").replace(",", "")
                       if isinstance(value, str) else value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = float("nan")
    if not math.isfinite(number) or number != int(number) or number < (
            -1 if column == "position" else 0):
        raise InputFileError(_tr(
            "{where}, row {row}: \u201c{value}\u201d in column {column} is not a whole number. "
            "Import the query's result as it came from the engine.").format(
                where=where, row=row, value=value, column=column), row=row, column=column)
    return int(number)


def read_population_rows(path_or_rows, names: Sequence[str]) -> dict[int, int]:
    """Persona position -> customers from the engine's result (grouped counts, or one row
    per customer to count). Raises InputFileError naming the row that cannot be read."""
    where, labels, rows, numbers = _rows_from(path_or_rows)
    position_at = _find(labels, _POSITION_HEADERS)
    name_at = _find(labels, _NAME_HEADERS)
    count_at = _find(labels, _COUNT_HEADERS)
    id_at = _find(labels, _ID_HEADERS)
    if position_at is None and name_at is None:
        raise InputFileError(_tr(
            "{where} has no persona_position or persona_name column: import the result of the "
            "exported query (or its counts per persona).").format(where=where))
    if count_at is None and id_at is None:
        raise InputFileError(_tr(
            "{where} has no count column (count, customers) and no customer_id column to count: "
            "import the counts per persona, or the query's result as it is.").format(where=where))
    index = {name: p for p, name in enumerate(names)}
    counts: dict[int, int] = {}
    for row, number in zip(rows, numbers, strict=True):
        position = None
        if position_at is not None and not _blank(row[position_at]):
            position = _integer(row[position_at], where, number, "position")
            if position >= len(names) or position < NO_PERSONA:
                raise InputFileError(_tr(
                    "{where}, row {row}: persona position {position} is not one of this set's "
                    "(0 to {last}, or empty for customers fitting no persona).").format(
                        where=where, row=number, position=position, last=len(names) - 1),
                    row=number)
        elif name_at is not None and not _blank(row[name_at]):
            name = str(row[name_at]).strip()
            if name not in index:
                raise InputFileError(_tr(
                    "{where}, row {row}: \u201c{name}\u201d is not a persona of this set ({names})."
                    " Import the result of the query exported from this set.").format(
                        where=where, row=number, name=name, names=", ".join(names)), row=number)
            position = index[name]
        if position is None:
            position = NO_PERSONA
        how_many = 1 if count_at is None else _integer(row[count_at], where, number, "count")
        counts[position] = counts.get(position, 0) + how_many
    if not counts:
        raise InputFileError(_tr("{where} holds no counts.").format(where=where))
    return counts


def population_counts(project: ProjectFile, set_id: int) -> PopulationCounts | None:
    """The population's persona sizes last imported for the set, or None."""
    _set(project, set_id)
    return warehouse_store.read_population_counts(project.db, set_id)


def import_population_counts(project: ProjectFile, set_id: int, path_or_rows,
                             note: str = "") -> PopulationCounts:
    """Store the engine's persona counts for the set, replacing the previous import.

    ``path_or_rows``: a CSV/XLSX file or rows (mappings, or sequences after a header) with a
    persona position or name and a count, or one row per customer. All or nothing: a row
    that cannot be read raises InputFileError naming it and nothing changes. Undo with
    :func:`undo_population_counts` and the counts :func:`population_counts` gave before.
    """
    _set(project, set_id)
    counts = read_population_rows(path_or_rows, _names(project, set_id))
    result = PopulationCounts(persona_set_id=set_id, counts=dict(sorted(counts.items())),
                              imported_at=now_iso(), note=note)
    warehouse_store.replace_population_counts(project.db, set_id, result)
    return result


def undo_population_counts(project: ProjectFile, set_id: int,
                           previous: PopulationCounts | None) -> None:
    """Put back the counts the set had before an import (None: it had none)."""
    warehouse_store.replace_population_counts(project.db, set_id, previous)


class SizeBeside(NamedTuple):
    """A persona's size in the sample (the project) and in the whole customer base."""

    name: str
    sample: int
    sample_share: float | None
    population: int | None
    population_share: float | None
    #: Persona position (NO_PERSONA: customers fitting no persona).
    position: int


def population_beside_sample(project: ProjectFile, set_id: int) -> list[SizeBeside]:
    """Per persona: (name, sample members, sample share, population customers, population
    share, position); a last row for customers fitting none when either side has some."""
    stored = _set(project, set_id)
    personas = persona_store.personas_of(project.db, set_id)
    counts = warehouse_store.read_population_counts(project.db, set_id)
    members = persona_store.members(project.db, set_id)
    sample_total = len(members)
    sample_none = sum(1 for m in members if m["persona_id"] is None)
    population_total = counts.total if counts is not None else 0

    def share(part: int | None, whole: int) -> float | None:
        return part / whole if part is not None and whole else None

    rows = []
    for persona in personas:
        found = counts.counts.get(persona.position, 0) if counts is not None else None
        rows.append(SizeBeside(persona.name, persona.size, share(persona.size, sample_total),
                               found, share(found, population_total), persona.position))
    outside = counts.counts.get(NO_PERSONA, 0) if counts is not None else None
    if sample_none or outside:
        rows.append(SizeBeside(_tr("Fits no persona"), sample_none,
                               share(sample_none, sample_total), outside,
                               share(outside, population_total), NO_PERSONA))
    del stored
    return rows
