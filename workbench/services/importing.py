"""Import use cases: preview a file, then import it into the project all or nothing.

Reading and converting happen before the transaction (they change nothing);
everything the import writes (the source, its columns and data table, the
customers, documents and touchpoints) is one transaction, so a failed or
cancelled import leaves the project exactly as it was.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.domain.sources import ImportResult
from workbench.errors import DuplicateImportError, InputFileError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.store import sources as source_store
from workbench.store.project_file import ProjectFile, now_iso

_BATCH = 2000
PREVIEW_ROWS = 200


def preview_file(path: Path | str, options=None, *, max_rows: int = PREVIEW_ROWS,
                 task: Task | None = None):
    """The first rows of a file with inferred column roles (a RawTable)."""
    from workbench.ingest.reader import read_table

    return read_table(Path(path), options, max_rows=max_rows, task=task)


def apply_role_overrides(specs: list[ColumnSpec], roles: dict[str, str], path: Path
                         ) -> list[ColumnSpec]:
    """Apply ``{column name or header: role}`` chosen by the user."""
    by_key: dict[str, int] = {}
    for index, spec in enumerate(specs):
        by_key.setdefault(spec.label, index)
        by_key[spec.name] = index
    result = list(specs)
    valid_roles = ", ".join(r.value for r in ColumnRole)
    for key, role in roles.items():
        if key not in by_key:
            raise InputFileError(translate(
                "Import", "{file} has no column named '{column}'. Its columns are: {columns}."
            ).format(file=path.name, column=key,
                     columns=", ".join(s.label or s.name for s in specs)), path, column=key)
        try:
            chosen = ColumnRole(role.strip().lower())
        except ValueError:
            raise InputFileError(translate(
                "Import", "'{role}' is not a column role. Use one of: {roles}."
            ).format(role=role, roles=valid_roles), path, column=key) from None
        index = by_key[key]
        result[index] = replace(result[index], role=chosen,
                                reason=translate("Import", "chosen by you"))
    return result


def import_file(project: ProjectFile, path: Path | str, options=None, **kwargs) -> ImportResult:
    """Import one file (one sheet) as a new source; see :func:`_import_file` for the options."""
    from workbench.ingest.gc_pause import paused_gc

    # Millions of short-lived row objects and no reference cycles: collecting
    # once afterwards instead of during the import halves its Python overhead.
    with paused_gc():
        return _import_file(project, path, options, **kwargs)


def _import_file(
    project: ProjectFile,
    path: Path | str,
    options=None,
    *,
    specs: list[ColumnSpec] | None = None,
    roles: dict[str, str] | None = None,
    as_events: bool | None = None,
    allow_duplicate: bool = False,
    task: Task | None = None,
) -> ImportResult:
    """Import one file (one sheet) as a new source.

    ``specs`` are the columns as the user edited them in the preview (default:
    the inferred ones); ``roles`` overrides roles by column name or header.
    ``as_events`` forces or forbids the touchpoint-events layout (default:
    detected from the columns).
    """
    from workbench.ingest.reader import (
        ReadOptions,
        convert_table,
        detect_events_layout,
        file_hash,
        read_table,
    )

    path = Path(path)
    task = ensure_task(task)
    options = options or ReadOptions()
    task.report(0, None, translate("Import", "Reading {file}…").format(file=path.name))
    digest = file_hash(path)

    def refuse_duplicate(sheet: str | None) -> None:
        earlier = source_store.find_by_hash(project.db, digest, sheet)
        if earlier is not None and not allow_duplicate:
            raise DuplicateImportError(translate(
                "Import", "{file} was already imported on {when} (same content). Import it again "
                "only if you really want a second copy of its rows."
            ).format(file=path.name, when=earlier.imported_at[:16].replace("T", " ")), path)

    if options.sheet is not None or path.suffix.lower() in (".csv", ".tsv", ".txt"):
        refuse_duplicate(options.sheet)  # known before reading: answer at once
    table = read_table(path, options, task=task.slice(0.0, 0.45), infer=specs is None)
    refuse_duplicate(table.sheet)  # a workbook's default sheet is known only now
    columns = list(specs) if specs is not None else list(table.columns)
    if len(columns) != len(table.columns):
        raise InputFileError(translate(
            "Import", "{file} changed since the preview ({found} columns instead of {expected}). "
            "Open the preview again.").format(file=path.name, found=len(table.columns),
                                              expected=len(columns)), path)
    if roles:
        columns = apply_role_overrides(columns, roles, path)
    converted = convert_table(table, columns, decimal=options.decimal, task=task.slice(0.45, 0.6))
    kept = [c for c in converted if ColumnRole(c.spec.role) is not ColumnRole.IGNORE]
    if not kept:
        raise InputFileError(translate(
            "Import", "Every column of {file} is set to Ignore: nothing to import. Give at least "
            "one column another role.").format(file=path.name), path)
    kept_specs = [c.spec for c in kept]
    events = detect_events_layout(kept_specs) if as_events is not False else None
    if as_events and events is None:
        raise InputFileError(translate(
            "Import", "{file} does not look like a touchpoint event log: it needs a customer "
            "column, a date or time column and a channel column.").format(file=path.name), path)

    row_numbers = table.row_numbers
    customer_of_row, labels = _customers_for_rows(kept, row_numbers, events, path)
    kind = "events" if events else "table"
    settings = {"encoding": table.encoding, "delimiter": table.delimiter, "decimal": table.decimal,
                "ignored_columns": [spec.label or spec.name for spec in columns
                                    if ColumnRole(spec.role) is ColumnRole.IGNORE]}
    if events:
        settings["events"] = events

    write = task.slice(0.6, 1.0)
    stamp = now_iso()
    db = project.db
    with db.transaction():
        source_id, column_ids = source_store.create_source(
            db, file_name=path.name, file_path=str(path.resolve()), sheet=table.sheet,
            file_hash=digest, kind=kind, row_count=len(row_numbers), imported_at=stamp,
            options=settings, columns=kept_specs)
        first = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers")) + 1
        db.executemany("INSERT INTO customers(id, label, created_at) VALUES (?, ?, ?)",
                       [(first + i, label, stamp) for i, label in enumerate(labels)])
        customer_ids = [first + i for i in customer_of_row]
        total = len(row_numbers)
        columns_values = [c.values for c in kept]
        for start in range(0, total, _BATCH):
            stop = min(start + _BATCH, total)
            source_store.insert_rows(db, source_id, len(kept), zip(
                row_numbers[start:stop], customer_ids[start:stop],
                *(values[start:stop] for values in columns_values), strict=True))
            write.report(stop, total * 1.5, translate("Import", "Saving rows…"))
        source_store.index_source(db, source_id)
        documents = 0
        for column, column_id in zip(kept, column_ids, strict=True):
            if ColumnRole(column.spec.role) is not ColumnRole.FREE_TEXT:
                continue
            title = column.spec.label or column.spec.name
            rows = [(title, text, customer_ids[i], source_id, row_numbers[i], column_id, stamp)
                    for i, text in enumerate(column.values) if text not in (None, "")]
            source_store.insert_documents(db, rows)
            documents += len(rows)
        write.report(total * 1.25, total * 1.5, translate("Import", "Saving evidence…"))
        touchpoints = 0
        if events:
            touchpoints = _write_touchpoints(db, source_id, kept, events, row_numbers,
                                             customer_ids)
        write.report(1, 1, translate("Import", "Finishing…"))
    db.optimize()
    source = source_store.get_source(db, source_id)
    assert source is not None
    return ImportResult(source, len(labels), documents, touchpoints)


def _customers_for_rows(columns, row_numbers: list[int], events: dict | None, path: Path
                        ) -> tuple[list[int], list[str]]:
    """One customer per distinct identifier value in this source, else one per row.

    Returns (index into labels for each row, labels). Linking customers across
    sources is a separate, reviewable step.
    """
    by_name = {c.spec.name: c for c in columns}
    key_column = None
    if events:
        key_column = by_name.get(events["customer"])
    if key_column is None:
        key_column = next((c for c in columns
                           if ColumnRole(c.spec.role) is ColumnRole.IDENTIFIER), None)
    name_column = next((c for c in columns if ColumnRole(c.spec.role) is ColumnRole.PII
                        and c.spec.pii_kind == "name"), None)
    labels: list[str] = []
    index_of_key: dict[str, int] = {}
    row_customer: list[int] = []
    for i, row_number in enumerate(row_numbers):
        key = key_column.values[i] if key_column is not None else None
        key = None if key in (None, "") else str(key)
        if key is not None and key in index_of_key:
            row_customer.append(index_of_key[key])
            continue
        name = name_column.values[i] if name_column is not None else None
        if name:
            label = str(name)
        elif key is not None:
            label = key
        else:
            label = translate("Import", "{file} row {row}").format(file=path.name, row=row_number)
        labels.append(label)
        if key is not None:
            index_of_key[key] = len(labels) - 1
        row_customer.append(len(labels) - 1)
    return row_customer, labels


def _write_touchpoints(db, source_id: int, columns, events: dict, row_numbers: list[int],
                       customer_ids: list[int]) -> int:
    by_name = {c.spec.name: c.values for c in columns}

    def values(role: str) -> list:
        name = events.get(role)
        return by_name[name] if name in by_name else [None] * len(row_numbers)

    when, channel, action = values("timestamp"), values("channel"), values("action")
    outcome, score = values("outcome"), values("score")
    rows = []
    for i, row_number in enumerate(row_numbers):
        value = score[i]
        try:
            value = float(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            value = None
        rows.append((source_id, row_number, customer_ids[i], when[i], channel[i], action[i],
                     outcome[i], value))
    source_store.insert_touchpoints(db, rows)
    return len(rows)


def list_sources(project: ProjectFile):
    return source_store.list_sources(project.db)


def source_columns(project: ProjectFile, source_id: int):
    return source_store.source_columns(project.db, source_id)


def source_rows(project: ProjectFile, source_id: int, offset: int = 0, limit: int = 200):
    return source_store.read_rows(project.db, source_id, offset, limit)


def delete_source(project: ProjectFile, source_id: int) -> None:
    source_store.delete_source(project.db, source_id)
