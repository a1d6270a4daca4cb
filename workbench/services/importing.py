"""Import use cases: preview a file or a database source, then import it all or nothing.

Reading happens before the transaction (it changes nothing); converting the
values and writing everything the import stores (the source, its columns and
data table, the customers, documents and touchpoints) happen a block of rows
at a time inside one transaction, so a bad value, an error or Cancel part-way
leaves the project exactly as it was, and memory never holds a second, typed
copy of a large file.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import replace
from pathlib import Path

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.domain.sources import ImportResult
from workbench.domain.warehouse import POSTGRESQL, DatabaseSource, SampleSpec, strip_password
from workbench.errors import DuplicateImportError, InputFileError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.store import sources as source_store
from workbench.store.project_file import ProjectFile, now_iso

#: Share of the progress bar for reading the file; the rest is converting and saving.
_READ_SHARE = 0.4
PREVIEW_ROWS = 200


def preview_file(path: Path | str, options=None, *, max_rows: int = PREVIEW_ROWS,
                 task: Task | None = None, memory=None):
    """The first rows of a file with inferred column roles (a RawTable).

    ``memory`` (a :class:`workbench.ingest.spreadsheet.SheetMemory`) keeps the
    workbook sheet loaded for the preview, for an :func:`import_file` given
    the same memory.
    """
    from workbench.ingest.reader import read_table

    return read_table(Path(path), options, max_rows=max_rows, task=task, memory=memory)


def apply_role_overrides(specs: list[ColumnSpec], roles: dict[str, str], path: Path | None,
                         *, name: str | None = None) -> list[ColumnSpec]:
    """Apply ``{column name or header: role}`` chosen by the user.

    A role is a ColumnRole value; a measure may say its kind and scale:
    "measure" (the inferred measure, else the usual scale of the kind the
    header names), "measure:nps", "measure:csat:1-7". ``name`` is how
    messages call the source (default: the file's name).
    """
    from workbench.ingest.measures import MeasureChoiceError, resolved_spec, split_role_choice

    shown = name if name is not None else Path(path).name
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
            ).format(file=shown, column=key,
                     columns=", ".join(s.label or s.name for s in specs)), path, column=key)
        role_text, measure_text = split_role_choice(role)
        try:
            chosen = ColumnRole(role_text)
        except ValueError:
            chosen = None
        if chosen is None or (measure_text is not None and chosen is not ColumnRole.MEASURE):
            raise InputFileError(translate(
                "Import", "'{role}' is not a column role. Use one of: {roles}."
            ).format(role=role, roles=valid_roles), path, column=key) from None
        index = by_key[key]
        measure = None
        if chosen is ColumnRole.MEASURE:
            spec = result[index]
            inferred = spec.measure if ColumnRole(spec.role) is ColumnRole.MEASURE else None
            try:
                measure = resolved_spec(measure_text or inferred, spec.label or spec.name).text()
            except MeasureChoiceError as error:
                raise InputFileError(translate("Import", "{file}: {problem}").format(
                    file=shown, problem=error), path, column=key) from None
        result[index] = replace(result[index], role=chosen, measure=measure,
                                reason=translate("Import", "chosen by you"))
    return result


def suggest_customer_key(table, specs: list[ColumnSpec] | None = None, *,
                         as_events: bool | None = None):
    """Which column identifies the customer in ``table`` (a RawTable) under ``specs``
    (default: its inferred columns), and why: a :class:`workbench.ingest.keys.CustomerKey`."""
    from workbench.ingest.keys import infer_customer_key
    from workbench.ingest.reader import detect_events_layout

    specs = list(specs) if specs is not None else list(table.columns)
    kept = [s for s in specs if ColumnRole(s.role) is not ColumnRole.IGNORE]
    events = detect_events_layout(kept) if as_events is not False and kept else None
    return infer_customer_key(specs, table.rows, (events or {}).get("customer"))


def _chosen_customer_key(specs: list[ColumnSpec], key: str, path: Path | None, name: str
                         ) -> str | None:
    """The name of the column the user chose as the customer key ("" = none)."""
    if not key:
        return None
    for spec in specs:
        if key in (spec.name, spec.label):
            if ColumnRole(spec.role) is ColumnRole.IGNORE:
                raise InputFileError(translate(
                    "Import", "'{column}' is set to Ignore, so it cannot identify the customer. "
                    "Give it a role or choose another customer column.").format(column=key),
                    path, column=key)
            return spec.name
    raise InputFileError(translate(
        "Import", "{file} has no column named '{column}'. Its columns are: {columns}."
    ).format(file=name, column=key, columns=", ".join(s.label or s.name for s in specs)),
        path, column=key)


def import_file(project: ProjectFile, path: Path | str, options=None, **kwargs) -> ImportResult:
    """Import one file (one sheet) as a new source; see :func:`_import_file` for the options."""
    from workbench.gc_pause import paused_gc

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
    memory=None,
    customer_key: str | None = None,
) -> ImportResult:
    """Import one file (one sheet) as a new source.

    ``specs`` are the columns as the user edited them in the preview (default:
    the inferred ones); ``roles`` overrides roles by column name or header.
    ``customer_key`` names the column whose value says which customer a row
    is about ("" for one customer per row; default: inferred, see
    :mod:`workbench.ingest.keys`).
    ``as_events`` forces or forbids the touchpoint-events layout (default:
    detected from the columns). ``memory`` is the SheetMemory a preview of
    the file filled: its sheet is used when the file and sheet are unchanged
    (and then dropped from the memory); anything else is read from disk.
    """
    from workbench.ingest.reader import ReadOptions, checked_path, file_hash, read_table

    path = checked_path(path)  # a missing file is explained before it is hashed
    task = ensure_task(task)
    options = options or ReadOptions()
    task.report(0, None, translate("Import", "Reading {file}…").format(file=path.name))
    if options.sheet is not None or path.suffix.lower() in (".csv", ".tsv", ".txt"):
        hashed = file_hash(path)
        digest = lambda: hashed  # noqa: E731
    else:  # needed only after reading: hashed on a second core while calamine loads the sheet
        digest = _in_background(file_hash, path)

    def refuse_duplicate(sheet: str | None) -> None:
        earlier = source_store.find_by_hash(project.db, digest(), sheet)
        if earlier is not None and not allow_duplicate:
            raise DuplicateImportError(translate(
                "Import", "{file} was already imported on {when} (same content). Import it again "
                "only if you really want a second copy of its rows."
            ).format(file=path.name, when=earlier.imported_at[:16].replace("T", " ")), path)

    if options.sheet is not None or path.suffix.lower() in (".csv", ".tsv", ".txt"):
        refuse_duplicate(options.sheet)  # known before reading: answer at once
    table = read_table(path, options, task=task.slice(0.0, _READ_SHARE), infer=specs is None,
                       memory=memory)
    refuse_duplicate(table.sheet)  # a workbook's default sheet is known only now
    return _store_table(
        project, table, name=path.name, error_path=path, file_path=str(path.resolve()),
        file_hash=digest(), decimal=options.decimal, specs=specs, roles=roles,
        as_events=as_events, customer_key=customer_key, task=task.slice(_READ_SHARE, 1.0))


def _store_table(
    project: ProjectFile,
    table,
    *,
    name: str,
    error_path: Path | None,
    file_path: str,
    file_hash: str,
    decimal: str | None = None,
    specs: list[ColumnSpec] | None = None,
    roles: dict[str, str] | None = None,
    as_events: bool | None = None,
    customer_key: str | None = None,
    extra_options: dict | None = None,
    task: Task,
) -> ImportResult:
    """Store a table already read (a RawTable) as a new source, all or nothing.

    ``name`` is how messages and the sources list call it, ``error_path`` the file
    errors point at (None for a database server); ``file_path`` and ``file_hash`` are
    kept as the source's provenance; ``extra_options`` are added to the source's
    stored options. ``task`` owns the whole progress bar of this step.
    """
    from workbench.ingest.convert import TableConverter
    from workbench.ingest.reader import detect_events_layout

    columns = list(specs) if specs is not None else list(table.columns)
    if len(columns) != len(table.columns):
        raise InputFileError(translate(
            "Import", "{file} changed since the preview ({found} columns instead of {expected}). "
            "Open the preview again.").format(file=name, found=len(table.columns),
                                              expected=len(columns)), error_path)
    if roles:
        columns = apply_role_overrides(columns, roles, error_path, name=name)
    converter = TableConverter(table, columns, decimal=decimal)
    kept_specs = converter.specs
    if not kept_specs:
        raise InputFileError(translate(
            "Import", "Every column of {file} is set to Ignore: nothing to import. Give at least "
            "one column another role.").format(file=name), error_path)
    events = detect_events_layout(kept_specs) if as_events is not False else None
    if as_events and events is None:
        raise InputFileError(translate(
            "Import", "{file} does not look like a touchpoint event log: it needs a customer "
            "column, a date or time column and a channel column.").format(file=name), error_path)

    if customer_key is None:
        from workbench.ingest.keys import infer_customer_key

        key_name = infer_customer_key(columns, table.rows, (events or {}).get("customer")).column
    else:
        key_name = _chosen_customer_key(columns, customer_key, error_path, name)

    total = len(table.row_numbers)
    kind = "events" if events else "table"
    settings = {"encoding": table.encoding, "delimiter": table.delimiter, "decimal": table.decimal,
                "ignored_columns": [spec.label or spec.name for spec in columns
                                    if ColumnRole(spec.role) is ColumnRole.IGNORE],
                "customer_key": key_name}
    if events:
        settings["events"] = events
    settings.update(extra_options or {})
    customers = _Customers(kept_specs, key_name, name)
    touchpoint_columns = _touchpoint_columns(kept_specs, events) if events else None

    # Values are converted and stored a block of rows at a time, each block's
    # raw rows dropped once stored: memory holds the file's rows once, never a
    # second typed copy. A value that does not fit its role raises part-way,
    # which rolls the whole import back like any other error.
    write = task
    saving = translate("Import", "Saving rows…")
    stamp = now_iso()
    db = project.db
    touchpoints = 0
    # Every reference an import writes is right by construction (its rows point at the
    # customers it creates or finds in the same transaction, and at its own new source):
    # SQLite's per-row checks, a sixth of storing a million rows, are left out.
    with db.checkpoint_afterwards(), db.foreign_keys_off(), db.transaction():
        source_id, column_ids = source_store.create_source(
            db, file_name=name, file_path=file_path, sheet=table.sheet,
            file_hash=file_hash, kind=kind, row_count=total, imported_at=stamp,
            options=settings, columns=kept_specs)
        first = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers")) + 1
        # Free-text cells become documents block by block, copied inside SQLite
        # from the rows just stored, while their pages are still in its cache.
        free_text = [(position, column_id, spec.label or spec.name) for position, (spec, column_id)
                     in enumerate(zip(kept_specs, column_ids, strict=True))
                     if ColumnRole(spec.role) is ColumnRole.FREE_TEXT]
        done = documents = 0
        for row_numbers, values in converter.chunks(consume=True):
            customer_ids, labels = customers.assign(row_numbers, values, first)
            source_store.insert_customers(db, first + customers.count - len(labels), labels, stamp)
            source_store.insert_rows(db, source_id, len(kept_specs),
                                     zip(row_numbers, customer_ids, *values, strict=True))
            for position, column_id, title in free_text:
                cells = "".join(filter(None, values[position]))
                documents += source_store.documents_from_column(
                    db, source_id, position, column_id, title, stamp,
                    rows=(row_numbers[0], row_numbers[-1]),
                    plain="\r" not in cells and "\ufeff" not in cells)
            if touchpoint_columns is not None:
                touchpoints += _write_touchpoints(db, source_id, touchpoint_columns, values,
                                                  row_numbers, customer_ids)
            done += len(row_numbers)
            write.report(done, total * 1.1, saving)
        source_store.index_source(db, source_id)
        write.report(1, 1, translate("Import", "Finishing…"))
    db.optimize()
    if documents:
        # free-text cells that hold a dialogue get their speakers' turns now, in the
        # import's own worker, not when a count or a theme first needs them
        from workbench.services.speakers import ensure_detected

        ensure_detected(project)
    source = source_store.get_source(db, source_id)
    assert source is not None
    return ImportResult(source, customers.count, documents, touchpoints)


def preview_database(source: DatabaseSource, *, password: str | None = None,
                     max_rows: int = PREVIEW_ROWS, task: Task | None = None):
    """The first rows of a database source with inferred column roles (a RawTable), and how
    many rows the source holds: ``(table, population)``.

    ``password`` (PostgreSQL; else the one in the URL, if any) is used to connect and then
    forgotten. Compare the population with :func:`needs_sample` to offer a sample.
    """
    from workbench.ingest.databases import open_source

    with open_source(source, password, task=task) as reader:
        table = reader.preview(max_rows)
        return table, reader.count()


def needs_sample(population: int, settings=None) -> bool:
    """True when a source of ``population`` rows is above the Preferences threshold, so its
    import should offer a sample (``settings``: a :class:`workbench.settings.Settings`,
    default the user's)."""
    from workbench.settings import load_settings

    settings = settings if settings is not None else load_settings()
    return population > settings.sample_threshold


def database_hash(source: DatabaseSource, population: int, sample: SampleSpec | None) -> str:
    """What identifies one database import, so the same import twice is caught: the source
    (without password), the rows it held and the sample asked for (SHA-256, hex)."""
    from workbench.ingest.databases import normalized

    source = normalized(source)
    described = {"kind": source.kind, "location": strip_password(source.location),
                 "table": source.table, "query": source.query, "population": int(population),
                 "sample": None if sample is None else
                 {"size": sample.size, "seed": sample.seed, "stratify_by": sample.stratify_by}}
    text = json.dumps(described, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def import_database(project: ProjectFile, source: DatabaseSource, **kwargs) -> ImportResult:
    """Import a Parquet file or folder, a DuckDB table or query, or a PostgreSQL table or
    query as a new source, whole or sampled; see :func:`_import_database`."""
    from workbench.gc_pause import paused_gc

    with paused_gc():
        return _import_database(project, source, **kwargs)


def _import_database(
    project: ProjectFile,
    source: DatabaseSource,
    *,
    password: str | None = None,
    sample: SampleSpec | None = None,
    specs: list[ColumnSpec] | None = None,
    roles: dict[str, str] | None = None,
    customer_key: str | None = None,
    as_events: bool | None = None,
    allow_duplicate: bool = False,
    task: Task | None = None,
) -> ImportResult:
    """Import a database source all or nothing, like :func:`_import_file`.

    ``password`` (PostgreSQL) is used to connect, never stored or shown. ``sample`` draws a
    seeded random or stratified sample in the engine (nothing is sampled when it asks for
    as many rows as the source holds, or more); the sampling is recorded in the source's
    ``options["sampling"]`` and the source itself, without password, in
    ``options["database"]``. ``specs``, ``roles``, ``customer_key`` and ``as_events`` are
    as for a file.
    """
    from workbench.ingest.databases import open_source

    task = ensure_task(task)
    with open_source(source, password, task=task) as reader:
        source = reader.source  # absolute file path, URL without password
        name = source.display_name
        task.report(0, None, translate("Import", "Reading {file}…").format(file=name))
        population = reader.count()
        sampled = sample is not None and sample.size < population
        digest = database_hash(source, population, sample if sampled else None)
        earlier = source_store.find_by_hash(project.db, digest, None)
        if earlier is not None and not allow_duplicate:
            raise DuplicateImportError(translate(
                "Import", "{source} was already imported on {when} (same rows, same sample). "
                "Import it again only if you really want a second copy of its rows."
            ).format(source=name, when=earlier.imported_at[:16].replace("T", " ")),
                _source_path(source))
        reader.task = task.slice(0.0, _READ_SHARE)
        extra: dict = {"database": source.to_dict()}
        if sampled:
            table, record = reader.sample(sample, population=population, infer=specs is None)
            extra["sampling"] = record.to_dict()
        else:
            table = reader.read(infer=specs is None, expected=population)
    # the connection is closed before anything is written: the project waits for nobody
    return _store_table(
        project, table, name=name, error_path=_source_path(source),
        file_path=strip_password(source.location), file_hash=digest, specs=specs, roles=roles,
        as_events=as_events, customer_key=customer_key, extra_options=extra,
        task=task.slice(_READ_SHARE, 1.0))


def _source_path(source: DatabaseSource) -> Path | None:
    return Path(source.location) if source.kind != POSTGRESQL else None


def _in_background(function, *args):
    """Start ``function(*args)`` on a helper thread; return a call that waits for its result."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = function(*args)
        except BaseException as error:  # handed over to the caller
            outcome["error"] = error

    worker = threading.Thread(target=run, name="workbench-import-helper")
    worker.start()

    def result():
        worker.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]

    return result


class _Customers:
    """One customer per distinct value of the customer key in this source, else one per row.

    Fed a block of rows at a time; linking customers across sources is a
    separate, reviewable step.
    """

    def __init__(self, specs: list[ColumnSpec], key_name: str | None, name: str) -> None:
        names = [spec.name for spec in specs]
        self._key = names.index(key_name) if key_name in names else None
        self._name = next((i for i, spec in enumerate(specs)
                           if ColumnRole(spec.role) is ColumnRole.PII and spec.pii_kind == "name"),
                          None)
        self._name_of_source = name
        self._index_of_key: dict[str, int] = {}
        #: Customers created so far (their ids are first + 0 .. first + count - 1).
        self.count = 0

    def assign(self, row_numbers: list[int], values: list[list], first: int
               ) -> tuple[list[int], list[str]]:
        """(customer id of each row, labels of the customers these rows add)."""
        keys = values[self._key] if self._key is not None else [None] * len(row_numbers)
        names = values[self._name] if self._name is not None else None
        index_of_key = self._index_of_key
        if names is None and self._key is not None and keys and set(map(type, keys)) == {str}:
            # The usual identifier column: a new, non-empty text in every row. One customer
            # per row, labelled with its identifier, without a Python step per row.
            start = self.count
            added = dict(zip(keys, range(start, start + len(keys)), strict=True))
            if (len(added) == len(keys) and "" not in added
                    and index_of_key.keys().isdisjoint(added)):
                index_of_key.update(added)
                self.count += len(keys)
                return list(range(first + start, first + self.count)), list(keys)
        labels: list[str] = []
        ids: list[int] = []
        for i, key in enumerate(keys):
            if key is not None:
                if key.__class__ is not str:
                    key = str(key)
                if not key:
                    key = None
            if key is not None:
                known = index_of_key.get(key)
                if known is not None:
                    ids.append(first + known)
                    continue
            name = names[i] if names is not None else None
            if name:
                label = str(name)
            elif key is not None:
                label = key
            else:
                label = translate("Import", "{file} row {row}").format(file=self._name_of_source,
                                                                       row=row_numbers[i])
            labels.append(label)
            if key is not None:
                index_of_key[key] = self.count
            ids.append(first + self.count)
            self.count += 1
        return ids, labels


def _touchpoint_columns(specs: list[ColumnSpec], events: dict) -> dict[str, int | None]:
    """Position among the kept columns of each event role's column (None when absent)."""
    names = [spec.name for spec in specs]
    return {role: names.index(events[role]) if events.get(role) in names else None
            for role in ("timestamp", "channel", "action", "outcome", "score")}


def _write_touchpoints(db, source_id: int, positions: dict[str, int | None], values: list[list],
                       row_numbers: list[int], customer_ids: list[int]) -> int:
    def column(role: str) -> list:
        position = positions[role]
        return values[position] if position is not None else [None] * len(row_numbers)

    when, channel, action = column("timestamp"), column("channel"), column("action")
    outcome, score = column("outcome"), column("score")
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
