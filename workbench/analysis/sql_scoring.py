"""A persona set's assignment rule as one SQL query, and as a portable JSON description.

The query does to every row of a customer table what
:func:`workbench.analysis.assignment.assign` does to the project's customers:
the recorded preprocessing (blanks filled with the fitted value, two-valued
numbers coded 0/1, ``log1p`` of skewed numbers, scaling, category levels as
indicator columns or Gower codes, column weights), then the set's rule (the
nearest centre by Euclidean distance for k-means and Ward sets, the nearest
medoid by Gower distance for k-medoids), with the app's ties (the lowest
persona position among equal distances, as numpy's ``argmin``) and its
definition of a customer fitting no persona (too few values, a blank the set
cannot fill, ambiguous, beyond the persona's fence).

It is written once in DuckDB's dialect and transpiled with sqlglot to each
engine of :data:`workbench.domain.warehouse.SQL_DIALECTS`; identifiers are
quoted in each dialect's way. Where an engine cannot repeat the app's
arithmetic bit for bit the query's header and the JSON say so
(:func:`exactness_notes`).

Pure: no project, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.domain.living import AssignmentModel, ColumnRule
from workbench.domain.personas import UNASSIGNED_AMBIGUOUS, UNASSIGNED_FAR
from workbench.domain.warehouse import SQL_DIALECTS, SQL_EXPORTABLE
from workbench.errors import AnalysisError
from workbench.i18n import translate

#: The JSON description's schema name.
RULE_SCHEMA = "persona-workbench/persona-rule/1"
#: Dialect the query is written in before transpiling.
BASE_DIALECT = "duckdb"

#: The query's output columns.
OUT_ID, OUT_POSITION, OUT_NAME, OUT_DISTANCE = "customer_id", "persona_position", "persona_name", "distance"
OUT_NEAREST, OUT_REASON = "nearest_position", "fits_none"
OUTPUT_COLUMNS = (OUT_ID, OUT_POSITION, OUT_NAME, OUT_DISTANCE, OUT_NEAREST, OUT_REASON)
#: ``fits_none`` values (besides the app's "ambiguous" and "far"): a blank the set cannot
#: fill, and fewer observed attributes than the app needs to place a customer at all.
REASON_INCOMPLETE = "incomplete"
REASON_TOO_FEW = "too_few_values"
#: Engines with a 32-bit float type, which the Gower distance is computed in (as the app does).
FLOAT32_DIALECTS = ("duckdb", "postgres", "spark")


def _tr(text: str) -> str:
    return translate("SQL export", text)


# --------------------------------------------------------------------------- checks


def check_exportable(model: AssignmentModel) -> None:
    """Raise AnalysisError when the set's rule cannot be written as SQL (Gaussian mixtures...)."""
    if model.algorithm == "gmm":
        raise AnalysisError(_tr(
            "Gaussian-mixture persona sets cannot be exported as SQL: their rule needs each "
            "persona's covariance to weigh the attributes (the most probable mixture component), "
            "not a distance to a centre; run k-means or k-medoids to get an exportable set."))
    if model.algorithm not in SQL_EXPORTABLE:
        raise AnalysisError(_tr(
            "Persona sets made with \u201c{algorithm}\u201d cannot be exported as SQL: only "
            "k-means, Ward (agglomerative) and k-medoids (Gower) sets place customers by the "
            "nearest centre; run one of them to get an exportable set.").format(
                algorithm=model.algorithm))


def check_dialect(dialect: str) -> str:
    if dialect not in SQL_DIALECTS:
        raise AnalysisError(_tr("Unknown SQL dialect \u201c{dialect}\u201d: choose one of "
                                "{choices}.").format(dialect=dialect,
                                                     choices=", ".join(SQL_DIALECTS)))
    return dialect


def uses_gower(model: AssignmentModel) -> bool:
    """Whether the rule is the nearest medoid by Gower distance (as ``assignment._distances``)."""
    return bool(model.algorithm == "gower" and model.medoid_numeric is not None
                and (model.medoid_numeric or model.medoid_categorical))


def exactness_notes(model: AssignmentModel, dialect: str | None = None) -> list[str]:
    """Where the engine may not repeat the app's arithmetic bit for bit (translated)."""
    notes = []
    if uses_gower(model):
        if dialect is not None and dialect not in FLOAT32_DIALECTS:
            notes.append(_tr(
                "This engine has no 32-bit floating-point type: Gower distances are computed in "
                "64 bits, where the app rounds them to 32 bits; a customer whose two nearest "
                "medoids differ by less than about one part in ten million may be placed "
                "differently."))
    else:
        notes.append(_tr(
            "Euclidean distances are sums of squared differences, where the app uses a matrix "
            "product: a customer whose two nearest centres are equally far to about 15 "
            "significant digits may be placed differently (exact ties go to the lowest "
            "position in both)."))
    if any(rule.log for rule in model.columns if rule.kind == "numeric" and not rule.binary):
        notes.append(_tr("log1p(x) is computed as LN(1 + x): equal to the app's to about 15 "
                         "significant digits."))
    if any(rule.kind == "categorical" for rule in model.columns):
        notes.append(_tr("Category values are compared as text with spaces trimmed at both "
                         "ends, as the app reads them (other white space is kept)."))
    if any(rule.kind == "numeric" for rule in model.columns) and dialect in ("postgres", "snowflake"):
        notes.append(_tr("Text that is not a number in a number column stops the query in this "
                         "engine (the app reads it as a blank)."))
    return notes


# --------------------------------------------------------------------------- SQL pieces


def _ident(name: str) -> str:
    """A quoted identifier in the base dialect ("Web purchases" -> \"Web purchases\")."""
    return '"' + name.replace('"', '""') + '"'


def _table(name: str) -> str:
    """A table name, each dot-separated part quoted ("crm.customers")."""
    return ".".join(_ident(part) for part in name.split("."))


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _double(value: float) -> str:
    """A 64-bit literal that every engine reads back to exactly ``value``.

    Written in exponent form (a DuckDB or Spark literal with a decimal point and no
    exponent is a DECIMAL, whose conversion can round twice) and cast.
    """
    value = float(value)
    if not math.isfinite(value):
        raise AnalysisError(_tr("The persona set holds a number that is not finite; make the "
                                "set again."))
    text = repr(value)
    if "e" not in text:
        text += "e0"
    return f"CAST({text} AS DOUBLE)"


def _float32(value: float) -> str:
    """A 32-bit literal: the app casts medoid values to float32 before comparing."""
    import numpy as np

    return f"CAST({_double(float(np.float32(value)))} AS FLOAT)"


def _f32(expression: str) -> str:
    return f"CAST({expression} AS FLOAT)"


def _least(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"LEAST({', '.join(items)})"


@dataclass
class _Parts:
    """Column names of the intermediate steps."""

    read: list[str]  # per attribute: the value as read (NULL when blank)
    value: list[str]  # per attribute: filled number / text
    code: list[str | None]  # per categorical attribute: its level code


def _read_columns(model: AssignmentModel, columns: Mapping[str, str]) -> list[str]:
    """SELECT items reading each attribute's column (NULL when blank or not finite)."""
    items = []
    for i, rule in enumerate(model.columns):
        column = _ident(columns[rule.name])
        if rule.kind == "numeric":
            number = f"TRY_CAST({column} AS DOUBLE)"
            # x - x = 0 is false for NaN and for infinities, which the app reads as blanks.
            items.append(f"CASE WHEN {number} - {number} = 0 THEN {number} END AS {_ident(f'r{i}')}")
        else:
            items.append(f"NULLIF(TRIM(CAST({column} AS VARCHAR)), '') AS {_ident(f'r{i}')}")
    return items


def _observed(model: AssignmentModel, columns: Mapping[str, str]) -> str:
    terms = [f"CASE WHEN {_ident(columns[rule.name])} IS NULL THEN 0 ELSE 1 END"
             for rule in model.columns]
    return " + ".join(terms) if terms else "0"


def _kept_levels(rule: ColumnRule) -> list[str]:
    return [level for level in rule.levels if not (rule.other and level == rule.levels[-1])]


def _value_columns(model: AssignmentModel) -> tuple[list[str], str]:
    """SELECT items of each attribute's value after filling blanks and coding levels, and the
    expression telling a row with a blank the set cannot fill."""
    items, blanks = [], []
    for i, rule in enumerate(model.columns):
        read = _ident(f"r{i}")
        if rule.imputed is None:
            blanks.append(f"{read} IS NULL")
        if rule.kind == "numeric":
            filled = _double(float(rule.imputed) if rule.imputed is not None else 0.0)
            value = f"COALESCE({read}, {filled})"
            if rule.binary:
                value = (f"CASE WHEN {value} = {_double(float(rule.one_value or 0.0))} "
                         f"THEN {_double(1.0)} ELSE {_double(0.0)} END")
            elif rule.log:
                value = f"LN({_double(1.0)} + GREATEST({value}, {_double(0.0)}))"
            items.append(f"{value} AS {_ident(f'v{i}')}")
        else:
            text = f"COALESCE({read}, {_text(str(rule.imputed))})" if rule.imputed is not None else read
            kept = _kept_levels(rule)
            otherwise = len(kept) if rule.other else -1
            if kept:
                whens = " ".join(f"WHEN {_text(level)} THEN {j}" for j, level in enumerate(kept))
                items.append(f"CASE {text} {whens} ELSE {otherwise} END AS {_ident(f'v{i}')}")
            else:
                items.append(f"{otherwise} AS {_ident(f'v{i}')}")
    incomplete = (f"CASE WHEN {' OR '.join(blanks)} THEN 1 ELSE 0 END" if blanks else "0")
    return items, incomplete


def _feature_columns(model: AssignmentModel) -> list[str]:
    """The weighted feature matrix's columns x0, x1... (Euclidean rules)."""
    items = []
    j = 0
    for i, rule in enumerate(model.columns):
        value = _ident(f"v{i}")
        if rule.kind == "numeric":
            weight = _double(rule.weights[0])
            if rule.binary:
                items.append(f"{value} * {weight} AS {_ident(f'x{j}')}")
            else:
                items.append(f"(({value} - {_double(rule.centre)}) / {_double(rule.spread)}) * "
                             f"{weight} AS {_ident(f'x{j}')}")
            j += 1
        else:
            for level, weight in enumerate(rule.weights):
                items.append(f"CASE WHEN {value} = {level} THEN {_double(1.0)} ELSE {_double(0.0)} "
                             f"END * {_double(weight)} AS {_ident(f'x{j}')}")
                j += 1
    return items


def _euclidean(centre: Sequence[float]) -> str:
    terms = []
    for j, c in enumerate(centre):
        x = _ident(f"x{j}")
        difference = f"({x} - {_double(c)})"
        terms.append(f"{difference} * {difference}")
    total = terms[0] if terms else _double(0.0)
    for term in terms[1:]:
        total = f"({total}) + ({term})"
    return f"SQRT({total})"


def _gower_inputs(model: AssignmentModel) -> tuple[list[str], list[str]]:
    """SELECT items of the Gower numeric values (as float32) and the category codes."""
    numeric, categorical = [], []
    for i, rule in enumerate(model.columns):
        value = _ident(f"v{i}")
        if rule.kind == "numeric":
            if rule.binary:
                numeric.append(_f32(value))
            elif (rule.gower_low is not None and rule.gower_high is not None
                  and rule.gower_high > rule.gower_low):
                width = float(rule.gower_high) - float(rule.gower_low)
                numeric.append(_f32(f"({value} - {_double(rule.gower_low)}) / {_double(width)}"))
            else:
                numeric.append(_f32(_double(0.0)))
        else:
            categorical.append(value)
    return numeric, categorical


def _gower(model: AssignmentModel, position: int, n_numeric: int, n_categorical: int) -> str:
    """The Gower distance to a medoid, accumulated in float32 in the app's order."""
    numeric_b = model.medoid_numeric[position] if model.medoid_numeric else []
    categorical_b = model.medoid_categorical[position] if model.medoid_categorical else []
    total = None
    for j in range(n_numeric):
        difference = _f32(f"{_ident(f'g{j}')} - {_float32(numeric_b[j])}")
        term = _f32(f"ABS({difference})")
        total = term if total is None else _f32(f"{total} + {term}")
    for j in range(n_categorical):
        term = f"CASE WHEN {_ident(f'c{j}')} <> {int(categorical_b[j])} THEN 1 ELSE 0 END"
        total = _f32(term) if total is None else _f32(f"{total} + {term}")
    assert total is not None
    return _f32(f"{total} / {_f32(str(n_numeric + n_categorical))}")


def _argmin(distances: list[str]) -> str:
    """The position of the smallest distance, the lowest among equal ones (numpy's argmin)."""
    k = len(distances)
    if k == 1:
        return "0"
    whens = []
    for p in range(k - 1):
        condition = " AND ".join(f"{distances[p]} <= {distances[q]}" for q in range(p + 1, k))
        whens.append(f"WHEN {condition} THEN {p}")
    return f"CASE {' '.join(whens)} ELSE {k - 1} END"


# --------------------------------------------------------------------------- the query


def default_columns(model: AssignmentModel) -> dict[str, str]:
    """attribute -> column: the attribute names themselves (quoted in the query)."""
    return {name: name for name in model.attributes}


def safe_column_name(name: str) -> str:
    """A column name any engine accepts unquoted ("Web purchases" -> "web_purchases")."""
    import re

    cleaned = re.sub(r"[^0-9A-Za-z_]+", "_", name).strip("_").lower() or "column"
    return cleaned if not cleaned[0].isdigit() else f"c_{cleaned}"


def base_query(model: AssignmentModel, names: Sequence[str], *, table: str = "customers",
               id_column: str = "customer_id", columns: Mapping[str, str] | None = None,
               min_observed: int = 0) -> str:
    """The query in DuckDB's dialect (no header).

    ``names``: persona names by position. ``columns``: attribute -> column of ``table``
    (default the attribute names). ``min_observed``: customers with fewer non-blank
    attributes are not placed (``fits_none`` = "too_few_values"), as the app leaves them out.
    """
    check_exportable(model)
    mapping = {**default_columns(model), **(columns or {})}
    k = model.k
    if len(names) != k:
        raise ValueError(f"{len(names)} persona names for {k} personas")
    read = _read_columns(model, mapping)
    values, incomplete = _value_columns(model)
    ctes = [
        f"{_ident('read')} AS (SELECT {_ident(id_column)} AS {_ident('id')}, "
        f"{_observed(model, mapping)} AS {_ident('observed')}, {', '.join(read)} "
        f"FROM {_table(table)})",
        f"{_ident('filled')} AS (SELECT {_ident('id')}, {_ident('observed')}, "
        f"{incomplete} AS {_ident('incomplete')}, {', '.join(values)} FROM {_ident('read')})",
    ]
    if uses_gower(model):
        numeric, categorical = _gower_inputs(model)
        items = ([f"{expr} AS {_ident(f'g{j}')}" for j, expr in enumerate(numeric)]
                 + [f"{expr} AS {_ident(f'c{j}')}" for j, expr in enumerate(categorical)])
        ctes.append(f"{_ident('features')} AS (SELECT {_ident('id')}, {_ident('observed')}, "
                    f"{_ident('incomplete')}, {', '.join(items)} FROM {_ident('filled')})")
        nearest = [_gower(model, p, len(numeric), len(categorical)) for p in range(k)]
        scores = None  # the score distances are the same Gower distances
    else:
        features = _feature_columns(model)
        ctes.append(f"{_ident('features')} AS (SELECT {_ident('id')}, {_ident('observed')}, "
                    f"{_ident('incomplete')}, {', '.join(features)} FROM {_ident('filled')})")
        nearest = [_euclidean(c) for c in model.centres]
        scores = (None if model.score_centres == model.centres
                  else [_euclidean(c) for c in model.score_centres])
    d = [_ident(f"d{p}") for p in range(k)]
    s = d if scores is None else [_ident(f"s{p}") for p in range(k)]
    items = [f"{expr} AS {d[p]}" for p, expr in enumerate(nearest)]
    if scores is not None:
        items += [f"{expr} AS {s[p]}" for p, expr in enumerate(scores)]
    ctes.append(f"{_ident('distances')} AS (SELECT {_ident('id')}, {_ident('observed')}, "
                f"{_ident('incomplete')}, {', '.join(items)} FROM {_ident('features')})")
    label = _ident("label")
    own = "CASE " + label + " " + " ".join(
        f"WHEN {p} THEN CAST({s[p]} AS DOUBLE)" for p in range(k)) + " END"
    ranked = [f"{_argmin(d)} AS {label}", f"{own} AS {_ident('own')}"]
    if k > 1:
        other = "CASE " + label + " " + " ".join(
            f"WHEN {p} THEN CAST({_least([s[q] for q in range(k) if q != p])} AS DOUBLE)"
            for p in range(k)) + " END"
        ranked.append(f"{other} AS {_ident('other')}")
    fenced = [(p, f) for p, f in enumerate(model.fences) if f is not None]
    if fenced:
        fence = "CASE " + label + " " + " ".join(
            f"WHEN {p} THEN {_double(f)}" for p, f in fenced) + " END"
        ranked.append(f"{fence} AS {_ident('fence')}")
    # Two CTEs, so the argmin is computed once per row and the rest reads it.
    ctes.append(f"{_ident('nearest')} AS (SELECT {_ident('id')}, {_ident('observed')}, "
                f"{_ident('incomplete')}, {', '.join(d if scores is None else d + s)}, "
                f"{ranked[0]} FROM {_ident('distances')})")
    ctes.append(f"{_ident('ranked')} AS (SELECT {_ident('id')}, {_ident('observed')}, "
                f"{_ident('incomplete')}, {label}, {', '.join(ranked[1:])} "
                f"FROM {_ident('nearest')})")
    reasons = [f"WHEN {_ident('observed')} < {int(min_observed)} THEN {_text(REASON_TOO_FEW)}",
               f"WHEN {_ident('incomplete')} = 1 THEN {_text(REASON_INCOMPLETE)}"]
    if k > 1:
        reasons.append(f"WHEN {_ident('other')} < {_ident('own')} THEN {_text(UNASSIGNED_AMBIGUOUS)}")
    if fenced:
        reasons.append(f"WHEN {_ident('own')} > {_ident('fence')} THEN {_text(UNASSIGNED_FAR)}")
    reason = f"CASE {' '.join(reasons)} END"
    placed = f"{_ident('observed')} >= {int(min_observed)} AND {_ident('incomplete')} = 0"
    name_of = "CASE " + label + " " + " ".join(
        f"WHEN {p} THEN {_text(name)}" for p, name in enumerate(names)) + " END"
    select = (
        f"SELECT {_ident('id')} AS {_ident(OUT_ID)}, "
        f"CASE WHEN {_ident(OUT_REASON)} IS NULL THEN {label} END AS {_ident(OUT_POSITION)}, "
        f"CASE WHEN {_ident(OUT_REASON)} IS NULL THEN {name_of} END AS {_ident(OUT_NAME)}, "
        f"CASE WHEN {placed} THEN {_ident('own')} END AS {_ident(OUT_DISTANCE)}, "
        f"CASE WHEN {placed} THEN {label} END AS {_ident(OUT_NEAREST)}, "
        f"{_ident(OUT_REASON)} "
        f"FROM (SELECT *, {reason} AS {_ident(OUT_REASON)} FROM {_ident('ranked')}) AS {_ident('scored')}"
    )
    return "WITH " + ", ".join(ctes) + " " + select


#: CTEs whose columns later steps read many times.
_MATERIALIZED = ("distances", "nearest")


def transpile(sql: str, dialect: str, *, pretty: bool = True) -> str:
    """``sql`` (DuckDB's dialect) in ``dialect``'s, every identifier quoted its way."""
    import sqlglot
    from sqlglot import exp

    check_dialect(dialect)
    tree = sqlglot.parse_one(sql, read=BASE_DIALECT)
    if dialect == "postgres":
        # PostgreSQL inlines CTEs read once and has no common-subexpression elimination: the
        # distances would be computed again in every reference to them (seconds per thousand
        # rows); computed once each instead.
        for cte in tree.find_all(exp.CTE):
            if cte.alias_or_name in _MATERIALIZED:
                cte.set("materialized", True)
    return tree.sql(dialect=dialect, pretty=pretty, identify=True)


def header(model: AssignmentModel, names: Sequence[str], dialect: str, *, set_name: str,
           made: str, table: str, id_column: str, columns: Mapping[str, str],
           min_observed: int) -> str:
    """The query's header comment: what it is, what it reads and how to read its result."""
    mapping = {**default_columns(model), **columns}
    lines = [
        _tr("Persona set \u201c{name}\u201d ({algorithm}, {k} personas), made {made}.").format(
            name=set_name, algorithm=model.algorithm, k=model.k, made=made),
        _tr("Generated by Persona Workbench for {dialect}.").format(dialect=dialect),
        _tr("Reads table {table}: one row per customer, id in column {id}.").format(
            table=table, id=id_column),
        _tr("Attributes expected (attribute: column, kind):"),
    ]
    for rule in model.columns:
        kind = _tr("number") if rule.kind == "numeric" else _tr("category")
        lines.append(f"  {rule.name}: {mapping[rule.name]}, {kind}")
    lines += [
        _tr("Personas (position: name):"),
        *[f"  {p}: {name}" for p, name in enumerate(names)],
        _tr("Returns one row per customer: customer_id; persona_position and persona_name (empty "
            "when the customer fits no persona); distance to the nearest persona; "
            "nearest_position; fits_none: why the customer fits no persona (too_few_values: "
            "fewer than {n} attributes have a value; incomplete: a blank the set cannot fill; "
            "ambiguous: nearer another persona's members; far: beyond the persona's fence).").format(
                n=min_observed),
        _tr("Ties go to the lowest persona position, as in the app."),
        _tr("Persona sizes: SELECT persona_position, persona_name, count(*) FROM (this query) "
            "GROUP BY 1, 2; import the result back into the workbench to see them beside the "
            "sample's."),
    ]
    notes = exactness_notes(model, dialect)
    if notes:
        lines.append(_tr("Exactness:"))
        lines += [f"  - {note}" for note in notes]
    out = []
    for line in lines:
        out.append("-- " + line.replace("\n", " ").replace("\r", " "))
    return "\n".join(out)


def persona_query(model: AssignmentModel, names: Sequence[str], dialect: str = "duckdb", *,
                  table: str = "customers", id_column: str = "customer_id",
                  columns: Mapping[str, str] | None = None, min_observed: int = 0,
                  set_name: str = "", made: str = "", with_header: bool = True) -> str:
    """The set's assignment rule as one query in ``dialect``, with its header comment."""
    check_exportable(model)
    check_dialect(dialect)
    body = transpile(base_query(model, names, table=table, id_column=id_column, columns=columns,
                                min_observed=min_observed), dialect)
    if not with_header:
        return body + "\n"
    top = header(model, names, dialect, set_name=set_name, made=made, table=table,
                 id_column=id_column, columns=columns or {}, min_observed=min_observed)
    return top + "\n" + body + "\n"


# --------------------------------------------------------------------------- JSON


def _steps(rule: ColumnRule) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = []
    if rule.kind == "numeric":
        steps.append({"step": "read_number", "blank": "null, NaN, infinite or not a number"})
        steps.append({"step": "fill_blank", "value": rule.imputed} if rule.imputed is not None
                     else {"step": "blank_fits_none", "reason": REASON_INCOMPLETE})
        if rule.binary:
            steps.append({"step": "binary", "one_value": rule.one_value,
                          "result": "1 when equal to one_value, else 0"})
        else:
            if rule.log:
                steps.append({"step": "log1p", "formula": "ln(1 + max(x, 0))"})
            steps.append({"step": "scale", "centre": rule.centre, "spread": rule.spread,
                          "formula": "(x - centre) / spread"})
        steps.append({"step": "weight", "weights": list(rule.weights)})
    else:
        steps.append({"step": "read_text", "blank": "null or empty after trimming spaces"})
        steps.append({"step": "fill_blank", "value": rule.imputed} if rule.imputed is not None
                     else {"step": "blank_fits_none", "reason": REASON_INCOMPLETE})
        kept = _kept_levels(rule)
        steps.append({"step": "level_code", "levels": kept,
                      "other": (rule.levels[-1] if rule.other else None),
                      "unseen": ("the other level" if rule.other else "no level (code -1)")})
        steps.append({"step": "one_hot", "columns": list(rule.levels),
                      "weights": list(rule.weights)})
    return steps


def rule_description(model: AssignmentModel, names: Sequence[str], *, set_name: str = "",
                     made: str = "", min_observed: int = 0) -> dict[str, Any]:
    """The rule as plain data (schema ``persona-workbench/persona-rule/1``) for any engine."""
    check_exportable(model)
    gower = uses_gower(model)
    attributes = []
    for rule in model.columns:
        entry: dict[str, Any] = {"name": rule.name, "kind": rule.kind, "steps": _steps(rule)}
        if gower:
            if rule.kind == "numeric":
                entry["gower"] = ({"value": "the 0/1 code"} if rule.binary else
                                  {"low": rule.gower_low, "high": rule.gower_high,
                                   "formula": "(x - low) / (high - low), 0 when high <= low"})
            else:
                entry["gower"] = {"value": "the level code"}
        attributes.append(entry)
    if gower:
        rule_part: dict[str, Any] = {
            "kind": "nearest_medoid", "distance": "gower",
            "formula": ("mean over attributes of |a - b| (numbers, 0..1) and of 1 when the "
                        "level codes differ (categories), accumulated in 32-bit floats"),
            "medoid_numeric": model.medoid_numeric,
            "medoid_categorical": model.medoid_categorical,
        }
    else:
        rule_part = {
            "kind": "nearest_centre", "distance": "euclidean",
            "features": list(model.feature_names),
            "centres": model.centres,
            "score_centres": model.score_centres,
        }
    return {
        "schema": RULE_SCHEMA,
        "persona_set": {"name": set_name, "made": made, "algorithm": model.algorithm,
                        "k": model.k, "missing": model.missing,
                        "training_agreement": model.training_agreement},
        "personas": [{"position": p, "name": name,
                      "fence": model.fences[p] if p < len(model.fences) else None}
                     for p, name in enumerate(names)],
        "attributes": attributes,
        "rule": rule_part,
        "tie_rule": "the lowest persona position among equal distances (numpy argmin)",
        "fits_none": {
            REASON_TOO_FEW: {"min_observed": min_observed,
                             "rule": "fewer attributes with a value than min_observed"},
            REASON_INCOMPLETE: "a blank in an attribute with no fill value",
            UNASSIGNED_AMBIGUOUS: ("the distance to another persona's score centre is smaller "
                                   "than to the nearest persona's score centre"
                                   if not gower else "never (the score distance is the rule's)"),
            UNASSIGNED_FAR: "the distance to the persona's score centre is above its fence",
            "order": [REASON_TOO_FEW, REASON_INCOMPLETE, UNASSIGNED_AMBIGUOUS, UNASSIGNED_FAR],
        },
        "exactness": exactness_notes(model),
    }
