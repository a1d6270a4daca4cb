"""Interviews as conversations: speakers, turns and whose words an analysis reads.

Shared by the CLI and the Evidence area. Every function takes an open
``ProjectFile``; each change is one transaction and returns what its inverse
needs (for undo).

Detection
    detect_speakers(project, document_ids=None, task=None) -> [DocumentSpeakers]
        find the turns of these documents (all when None) again; speakers' confirmed
        roles are kept, codings never move (they point into the body, not into turns)
    ensure_detected(project, task=None) -> documents detected (those never looked at,
        e.g. imported before this version; nothing in a read-only project)
    pending_detection(project) -> documents ensure_detected would detect
Speakers
    list_speakers(project) -> [SpeakerSummary]
    find_speaker(project, "id" | "label" | "key") -> Speaker
    set_speaker_role(project, speaker_id, role) -> (previous role, previous confirmed)
        inverse: restore_speaker_role(project, speaker_id, role, confirmed)
    confirm_speakers(project) -> [speaker ids confirmed]   inverse: unconfirm_speakers
Turns
    document_turns(project, document_id) -> [TurnView]
    code_turns(project, turn_ids, code_ids) -> [Coding] (the spoken words of whole turns)
        inverse: services.evidence.remove_codings
    code_speaker(project, speaker_id, code_ids) -> [Coding] (every turn of a speaker)
Scope (used by themes, search, counts, quotes, sentiment)
    prepare_scope(project, speakers) -> SpeakerScope (detects documents never looked at first)
    scoped_spans(project, texts, scope) -> [(document id, start, end)] spans to read
    offset_filter(project, document_ids, scope) -> in_scope(document id, offset) -> bool
    clip_to_scope(project, [(document id, start, end)], scope) -> [end]: where each passage
        stops being in scope (a coding counts by its start; its text stops at the scope's edge)
Customers
    link_transcripts(project, mapping_path, task=None) -> CustomerLinkResult (a CSV/XLSX of
        transcript file name -> customer key; all or nothing)
        inverse: restore_transcript_customers(project, [(document id, previous customer)])
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath, PureWindowsPath

from workbench.domain.evidence import Coding, EvidenceError
from workbench.domain.speakers import (
    CustomerLinkResult,
    Speaker,
    SpeakerRole,
    SpeakerSummary,
    TurnView,
)
from workbench.errors import InputFileError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.services.turns import (  # noqa: F401 - re-exported for the CLI and GUI
    QUESTION_SHARE,
    _detect,
    _require_writable,
    clip_to_scope,
    detect_speakers,
    document_languages,
    ensure_detected,
    offset_filter,
    pending_detection,
    prepare_scope,
    scoped_spans,
)
from workbench.store import evidence as evidence_store
from workbench.store import speakers as store
from workbench.store.project_file import ProjectFile

# --- speakers ------------------------------------------------------------------------

def list_speakers(project: ProjectFile) -> list[SpeakerSummary]:
    """Every speaker of the project, those who speak most first."""
    usage = store.speaker_usage(project.db)
    found = [SpeakerSummary(s, *usage.get(s.id, (0, 0, 0)))
             for s in store.list_speakers(project.db)]
    return sorted(found, key=lambda s: (-s.documents, -s.turns, s.speaker.key))


def find_speaker(project: ProjectFile, name: str | int) -> Speaker:
    """A speaker by id, label or key ("Interviewer1" finds "interviewer 1")."""
    from workbench.ingest.speakers import speaker_key

    speakers = store.list_speakers(project.db)
    text = str(name).strip()
    if text.isdigit():
        for speaker in speakers:
            if speaker.id == int(text):
                return speaker
    key = speaker_key(text)
    for speaker in speakers:
        if speaker.key == key or speaker.label.casefold() == text.casefold():
            return speaker
    raise EvidenceError(translate(
        "Speakers", "No speaker is called '{name}'. List the speakers with: workbench speakers "
        "PROJECT").format(name=text))


def set_speaker_role(project: ProjectFile, speaker_id: int, role: SpeakerRole | str
                     ) -> tuple[SpeakerRole, bool]:
    """Set (and confirm) a speaker's role for the whole project; returns what it was."""
    _require_writable(project)
    role = _role(role)
    speaker = store.get_speaker(project.db, speaker_id)
    if speaker is None:
        raise EvidenceError(translate("Speakers", "Speaker {id} does not exist.").format(
            id=speaker_id))
    with project.db.transaction():
        store.set_role(project.db, speaker_id, role, True)
    return speaker.role, speaker.confirmed


def restore_speaker_role(project: ProjectFile, speaker_id: int, role: SpeakerRole,
                         confirmed: bool) -> None:
    _require_writable(project)
    with project.db.transaction():
        store.set_role(project.db, speaker_id, role, confirmed)


def confirm_speakers(project: ProjectFile) -> list[int]:
    """Accept every guessed role as it is; returns the speakers that were unconfirmed."""
    _require_writable(project)
    with project.db.transaction():
        ids = [s.id for s in store.list_speakers(project.db) if not s.confirmed]
        for speaker in store.list_speakers(project.db):
            if not speaker.confirmed:
                store.set_role(project.db, speaker.id, speaker.role, True)
    return ids


def unconfirm_speakers(project: ProjectFile, speaker_ids: Iterable[int]) -> None:
    _require_writable(project)
    with project.db.transaction():
        for speaker_id in speaker_ids:
            speaker = store.get_speaker(project.db, speaker_id)
            if speaker is not None:
                store.set_role(project.db, speaker_id, speaker.role, False)


def _role(role: SpeakerRole | str) -> SpeakerRole:
    try:
        return role if isinstance(role, SpeakerRole) else SpeakerRole(str(role).strip().lower())
    except ValueError:
        raise EvidenceError(translate(
            "Speakers", "'{role}' is not a speaker role: use interviewer or respondent."
        ).format(role=role)) from None


# --- turns -------------------------------------------------------------------------------

def document_turns(project: ProjectFile, document_id: int) -> list[TurnView]:
    from workbench.store import evidence as evidence_store

    document = evidence_store.get_document(project.db, document_id)
    if document is None:
        raise EvidenceError(translate("Evidence", "Document {id} does not exist (it may have been "
                                      "deleted).").format(id=document_id))
    speakers = {s.id: s for s in store.list_speakers(project.db)}
    return [TurnView(t, speakers[t.speaker_id], document.body[t.text_start:t.end])
            for t in store.turns_of_document(project.db, document_id)]


def code_turns(project: ProjectFile, turn_ids: Iterable[int], code_ids: Sequence[int]
               ) -> list[Coding]:
    """Code the spoken words of whole turns (all or none); returns the new codings."""
    from workbench.services.evidence import apply_codes_to_passages

    turns = store.get_turns(project.db, turn_ids)
    passages = [(t.document_id, t.text_start, t.end) for t in turns if t.end > t.text_start]
    if not passages:
        raise EvidenceError(translate("Speakers", "These turns hold no words to code."))
    return apply_codes_to_passages(project, passages, code_ids)


def code_speaker(project: ProjectFile, speaker_id: int, code_ids: Sequence[int]) -> list[Coding]:
    """Code every turn of a speaker in every document (all or none)."""
    turns = store.turns_of_speaker(project.db, speaker_id)
    if not turns:
        raise EvidenceError(translate("Speakers", "This speaker has no turns to code."))
    return code_turns(project, [t.id for t in turns], code_ids)


# --- transcripts and customers -------------------------------------------------------------

#: Header names (folded) of the mapping file's two columns, English and Italian.
_FILE_HEADERS = frozenset({
    "file", "file name", "filename", "files", "document", "documento", "doc", "transcript",
    "trascrizione", "interview", "intervista", "nome file", "nome del file", "name", "nome"})
_CUSTOMER_HEADERS = frozenset({
    "customer", "customer id", "customerid", "customer key", "customer label", "cliente",
    "id cliente", "codice cliente", "chiave cliente", "key", "chiave", "id", "respondent",
    "respondent id", "rispondente", "client", "client id"})
_MAX_LISTED = 5


def _header_word(value: object) -> str:
    return " ".join(str(value or "").replace("_", " ").replace("-", " ").split()).casefold()


def _cell(value: object) -> str:
    """A mapping cell as text: whole numbers from a spreadsheet without ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _mapping_rows(path: Path, task: Task) -> list[tuple[int, str, str]]:
    """(row as the user sees it, file name, customer key) of a mapping file."""
    from workbench.ingest.reader import read_table
    from workbench.ingest.table import ReadOptions

    table = read_table(path, ReadOptions(header_rows=1), task=task, infer=False)
    labels = [_header_word(c.label) for c in table.columns]
    file_column = next((i for i, w in enumerate(labels) if w in _FILE_HEADERS), None)
    customer_column = next((i for i, w in enumerate(labels) if w in _CUSTOMER_HEADERS
                            and i != file_column), None)
    has_header = file_column is not None or customer_column is not None
    width = len(table.columns)
    if width < 2:
        raise InputFileError(translate(
            "Speakers", "{file} needs two columns: the transcript's file name, then the "
            "customer's key.").format(file=path.name), path)
    if has_header and (file_column is None or customer_column is None):
        if width != 2:
            raise InputFileError(translate(
                "Speakers", "{file}: say which column holds the file names (call it \"file\") "
                "and which the customer keys (call it \"customer\").").format(file=path.name),
                path, row=table.header_row)
        file_column = 1 - customer_column if file_column is None else file_column
        customer_column = 1 - file_column
    if not has_header:
        file_column, customer_column = 0, 1
    rows: list[tuple[int, str, str]] = []
    if not has_header:
        rows.append((table.header_row, _cell(table.columns[0].label),
                     _cell(table.columns[1].label)))
    for number, values in zip(table.row_numbers, table.rows, strict=True):
        rows.append((number, _cell(values[file_column]), _cell(values[customer_column])))
    return [r for r in rows if r[1] or r[2]]


def _file_key(name: str) -> str:
    """A file name as written in a mapping ("folder/Intervista 01.docx" -> its last part)."""
    return PureWindowsPath(PurePosixPath(name.strip()).name).name.casefold()


def _stem(name: str) -> str:
    suffix = PurePosixPath(name).suffix
    return name[:-len(suffix)] if suffix and len(suffix) <= 6 else name


def link_transcripts(project: ProjectFile, mapping_path: Path | str, task: Task | None = None
                     ) -> CustomerLinkResult:
    """Link imported transcripts to customers from a two-column CSV or XLSX file.

    Each row: a transcript's file name as imported (any case, with or without its
    extension) and a customer's key (their label, exactly, else in any case). A header
    row is optional ("file"/"documento", "customer"/"cliente"…). All or nothing: a row
    naming a file that was not imported, or a key no customer has, raises
    InputFileError naming the file, the row and the value, and nothing changes (so
    the result's ``unknown_files`` and ``unknown_keys`` are always empty). The result's
    ``linked`` lists (document, previous customer, new customer) of every transcript
    the file names; undo with :func:`restore_transcript_customers`.
    """
    _require_writable(project)
    task = ensure_task(task)
    path = Path(mapping_path)
    rows = _mapping_rows(path, task.slice(0.0, 0.6))
    if not rows:
        raise InputFileError(translate(
            "Speakers", "{file} holds no rows: write each transcript's file name and its "
            "customer's key on a row.").format(file=path.name), path)
    db = project.db
    by_name = store.transcript_by_file_name(db)
    by_stem: dict[str, list[int]] = {}
    for name, ids in by_name.items():
        by_stem.setdefault(_stem(name), []).extend(ids)
    exact: dict[str, list[int]] = {}
    folded: dict[str, list[int]] = {}
    for customer_id, label in evidence_store.customer_labels(db):
        exact.setdefault(label.strip(), []).append(customer_id)
        folded.setdefault(label.strip().casefold(), []).append(customer_id)
    by_source_key = _customers_by_source_key(project, {key for _, _, key in rows if key})
    problems: list[tuple[int, str]] = []
    unknown_files: list[str] = []
    unknown_keys: list[tuple[str, str]] = []
    wanted: dict[int, tuple[int, int]] = {}  # document -> (customer, row)
    for number, name, key in rows:
        if not name:
            problems.append((number, translate("Speakers", "no file name (customer '{key}')")
                             .format(key=key)))
            continue
        file_key = _file_key(name)
        documents = by_name.get(file_key) or by_stem.get(file_key) or by_stem.get(_stem(file_key))
        if not documents:
            unknown_files.append(name)
            problems.append((number, translate("Speakers", "no imported transcript is called "
                                               "'{name}'").format(name=name)))
        if not key:
            problems.append((number, translate("Speakers", "no customer key for '{name}'").format(
                name=name)))
            continue
        customers = (exact.get(key) or by_source_key.get(key)
                     or folded.get(key.casefold()) or by_source_key.get(key.casefold()) or [])
        if len(customers) != 1:
            if not customers:
                unknown_keys.append((name, key))
                problems.append((number, translate("Speakers", "no customer has the key '{key}'")
                                 .format(key=key)))
            else:
                problems.append((number, translate(
                    "Speakers", "{n} customers have the key '{key}': link this transcript by "
                    "hand on its page").format(n=len(customers), key=key)))
            continue
        for document_id in documents or ():
            earlier = wanted.get(document_id)
            if earlier is not None and earlier[0] != customers[0]:
                problems.append((number, translate(
                    "Speakers", "'{name}' is already given another customer on row {row}")
                    .format(name=name, row=earlier[1])))
                continue
            wanted[document_id] = (customers[0], number)
    if problems:
        problems.sort(key=lambda p: p[0])
        listed = "; ".join(translate("Speakers", "row {row}: {problem}").format(
            row=row, problem=text) for row, text in problems[:_MAX_LISTED])
        more = len(problems) - _MAX_LISTED
        message = translate("Speakers", "{file} was not used, nothing was linked: {problems}.")\
            .format(file=path.name, problems=listed)
        if more > 0:
            message += " " + translate("Speakers", "{n} more rows have problems too.").format(
                n=more)
        message += " " + translate("Speakers", "Correct the file and try again.")
        raise InputFileError(message, path, row=problems[0][0])
    previous = evidence_store.document_customers(db, wanted)
    linked = [(d, previous.get(d), c) for d, (c, _row) in sorted(wanted.items())]
    task.report(6, 10, translate("Speakers", "Linking transcripts to customers…"))
    with db.transaction():
        evidence_store.set_documents_customers(db, [(d, c) for d, _, c in linked])
    task.report(10, 10, translate("Speakers", "Done."))
    return CustomerLinkResult(linked, unknown_files, unknown_keys)


def _customers_by_source_key(project: ProjectFile, keys: set[str]) -> dict[str, list[int]]:
    """{key as written, and folded: [customer ids]} for keys found in a source's customer-key
    column (the column import made customers from, e.g. "customer_id" = "C00042"), so a
    mapping can name customers by their id even when their label is their name."""
    import json

    from workbench.services.linking import _identity_column
    from workbench.store import sources as source_store

    if not keys:
        return {}
    db = project.db
    wanted = json.dumps(sorted(keys | {k.casefold() for k in keys}))
    found: dict[str, set[int]] = {}
    for source in source_store.list_sources(db):
        column = _identity_column(project, source)
        if column is None:
            continue
        value = f"CAST({source_store.column_sql_name(column.position)} AS TEXT)"
        for text, customer_id in db.tuples(
                f"SELECT {value}, customer_id FROM {source_store.data_table(source.id)} "
                f"WHERE customer_id IS NOT NULL AND (trim({value}) IN (SELECT value FROM "
                f"json_each(?)) OR lower(trim({value})) IN (SELECT value FROM json_each(?)))",
                (wanted, wanted)):
            text = str(text).strip()
            found.setdefault(text, set()).add(customer_id)
            found.setdefault(text.casefold(), set()).add(customer_id)
    return {key: sorted(ids) for key, ids in found.items()}


def restore_transcript_customers(project: ProjectFile,
                                 previous: Iterable[Sequence[int | None]]) -> None:
    """Undo link_transcripts: give each (document id, previous customer, …) back its customer."""
    _require_writable(project)
    pairs = [(int(item[0]), item[1]) for item in previous]
    # a customer erased since goes back to none rather than failing the undo
    pairs = [(d, c if c is None or evidence_store.customer_exists(project.db, int(c)) else None)
             for d, c in pairs]
    with project.db.transaction():
        evidence_store.set_documents_customers(project.db, pairs)
