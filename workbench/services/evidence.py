"""Qualitative evidence use cases, shared by the CLI and the Evidence area.

Every function takes an open ``ProjectFile`` (``workbench.services.project.open_project``).
Offsets are code points into ``Document.body`` (``workbench.domain.evidence``
converts to and from Qt's UTF-16 offsets). Each change is one transaction and
returns what its inverse needs, so the GUI can build undo commands:

Documents
    import_transcripts(project, path, customer_id=None, task=None, allow_duplicate=False)
        -> ImportedDocuments            inverse: delete_document for each
    import_transcript_paths(project, paths, ...) -> count (several files/folders, all or none)
    list_documents(project, customer_id=None, source_id=None, column_id=None, transcripts_only=False)
        -> [DocumentSummary]
    open_document(project, document_id) -> DocumentView (body, codings, quotes)
    set_document_customer(project, document_id, customer_id) -> previous customer id
    delete_document(project, document_id)
    survey_columns(project) -> [SurveyColumn]; survey_grid(project, column_id) -> SurveyGrid
Code book
    list_codes(project) -> [Code]
    code_book(project, speakers="respondents") -> [CodeSummary] (tree order, with counts)
    code_counts_by_voice(project, speakers="respondents") -> {code id: {voice: (codings,
        documents)}} (customer and front-line counts apart)
    create_code(project, name, parent_id=None, colour=None, memo="") -> Code   inverse: delete_code
    rename_code / recolour_code / set_code_memo(project, code_id, value) -> previous value
    move_code(project, code_id, parent_id, position=None) -> (previous parent, previous position)
    deletion_impact(project, code_id, keep_children=False) -> DeletionImpact (ask before deleting)
    delete_code(project, code_id, keep_children=False) -> CodeBookChange   inverse: restore_change
    merge_codes(project, code_id, into_id) -> CodeBookChange               inverse: restore_change
    restore_change(project, change)   undoes delete_code, merge_codes, remove_codings (same ids)
    find_code(project, "name" | "Parent/Child" | "id") -> Code; code_path(project, code_id) -> str
Codings and quotes
    apply_codes(project, document_id, start, end, code_ids, memo="") -> [Coding] (new ones)
        inverse: remove_codings(project, [c.id ...])
    apply_codes_to_passages(project, [(document_id, start, end)], code_ids) -> [Coding] (all or none)
    remove_codings(project, coding_ids) -> CodeBookChange                  inverse: restore_change
    set_coding_memo(project, coding_id, memo) -> previous memo
    codings_for_document(project, document_id) -> [Coding]
    coded_passages(project, code_id, include_children=True, speakers="all") -> [Passage]
    mark_quote(project, coding_id=None, document_id=None, start=None, end=None) -> Quote
        inverse: unmark_quote(project, quote.id)
    unmark_quote(project, quote_id) -> Quote                               inverse: restore_quote
    list_quotes(project, code_id=None, limit=None) -> [Passage]
    quotes_for_customers(project, customer_ids, limit=5, include_coded=True,
                         speakers="respondents") -> [Passage]
Search
    search_evidence(project, query, limit=100, speakers="respondents") -> SearchResults
        (fts_query makes typed text safe)
    update_search_index(project, task=None) -> documents indexed (run in the background after a
        spreadsheet import; search_evidence otherwise indexes pending documents first)
Counts and themes
    see workbench.services.evidence_insights
Speakers
    ``speakers`` ("respondents" | "interviewers" | "all", workbench.domain.speakers.SpeakerScope)
    says whose words a count, a search or a quote reads: a coding, quote or search match counts
    by its start offset (workbench.store.speakers.scope_condition); documents without turns
    (survey answers, notes) are respondents' words.
Export
    export_codings(project, target_csv, code_ids=None, csv_style=None) -> rows written
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from workbench.domain.evidence import (
    CODE_PALETTE,
    Code,
    CodeBookChange,
    CodeSummary,
    Coding,
    DeletionImpact,
    DocumentSummary,
    DocumentView,
    EvidenceError,
    ImportedDocuments,
    Passage,
    Quote,
    SearchHit,
    SearchResults,
    SurveyColumn,
    SurveyGrid,
    SurveyRow,
    check_passage,
)
from workbench.domain.speakers import SpeakerScope
from workbench.errors import DuplicateImportError
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.services import turns as speaker_service
from workbench.store import evidence as store
from workbench.store.project_file import ProjectFile, now_iso

_OPEN_MARK, _CLOSE_MARK = "\ue000", "\ue001"  # private-use characters: never in real text
_MARKED = re.compile(f"{_OPEN_MARK}([^{_CLOSE_MARK}]*){_CLOSE_MARK}")
_CONTEXT_BEFORE, _CONTEXT_AFTER = 70, 130
_INDEX_CHUNK = 500
#: Search results are read this many at a time when some are left out by speaker.
_SEARCH_PAGE = 200
_HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


# --- helpers -----------------------------------------------------------------------

def _origin(row) -> str:
    if row["doc_file"]:
        return row["doc_file"]
    if row["src_file"]:
        name = f"{row['src_file']} · {row['src_sheet']}" if row["src_sheet"] else row["src_file"]
        if row["src_row"] is not None:
            return translate("Evidence", "{source}, row {row}").format(source=name,
                                                                       row=row["src_row"])
        return name
    return ""


def _passage(row) -> Passage:
    return Passage(document_id=row["document_id"], start=row["start"], end=row["end"],
                   text=row["text"], document_title=row["title"], customer_id=row["customer_id"],
                   customer_label=row["customer_label"], origin=_origin(row),
                   code_id=row["code_id"], code_name=row["code_name"],
                   coding_id=row["coding_id"], quote_id=row["quote_id"],
                   voice=row["voice"] if "voice" in row.keys() else "customer")


def require_writable(project: ProjectFile) -> None:
    if project.readonly:
        raise EvidenceError(translate(
            "Evidence", "The project is open read-only: close it in the other window and open it "
            "again to change evidence."))


def _require_code(project: ProjectFile, code_id: int) -> Code:
    code = store.get_code(project.db, code_id)
    if code is None:
        raise EvidenceError(translate("Evidence", "Code {id} does not exist (it may have been "
                                      "deleted). Refresh the code book.").format(id=code_id))
    return code


def _require_length(project: ProjectFile, document_id: int) -> int:
    length = store.body_length(project.db, document_id)
    if length is None:
        raise EvidenceError(translate("Evidence", "Document {id} does not exist (it may have been "
                                      "deleted).").format(id=document_id))
    return int(length)


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise EvidenceError(translate("Evidence", "A code needs a name."))
    return name


def _check_colour(colour: str) -> str:
    if not _HEX_COLOUR.match(colour or ""):
        raise EvidenceError(translate("Evidence", "'{colour}' is not a colour: write it as #RRGGBB, "
                                      "for example #F4A261.").format(colour=colour))
    return colour.upper()


def _check_unique_name(project: ProjectFile, parent_id: int | None, name: str,
                       exclude: int | None = None) -> None:
    if store.sibling_named(project.db, parent_id, name, exclude) is not None:
        raise EvidenceError(translate(
            "Evidence", "A code named '{name}' already exists at this level of the code book. "
            "Choose another name, or merge the two codes.").format(name=name))


# --- documents ---------------------------------------------------------------------

def import_transcripts(project: ProjectFile, path: Path | str, *, customer_id: int | None = None,
                       task: Task | None = None, allow_duplicate: bool = False
                       ) -> ImportedDocuments:
    """Import one TXT/Markdown/DOCX file or every one in a folder, all or nothing."""
    from workbench.ingest.documents import read_transcripts

    require_writable(project)
    task = ensure_task(task)
    if customer_id is not None and not store.customer_exists(project.db, customer_id):
        raise EvidenceError(translate("Evidence", "Customer {id} does not exist. Check the id on "
                                      "the customer's page.").format(id=customer_id))
    files = read_transcripts(path, task.slice(0.0, 0.7))
    seen: dict[str, str] = {}
    for file in files:
        earlier = store.transcript_with_hash(project.db, file.file_hash)
        if allow_duplicate:
            continue
        if earlier is not None:
            raise DuplicateImportError(translate(
                "Evidence", "{file} was already imported on {when} (same content). Import it "
                "again only if you really want a second copy.").format(
                file=file.path.name, when=earlier["imported_at"][:16].replace("T", " ")), file.path)
        if file.file_hash in seen:
            raise DuplicateImportError(translate(
                "Evidence", "{file} and {other} have the same content: remove one of them and "
                "import again.").format(file=file.path.name, other=seen[file.file_hash]),
                file.path)
        seen[file.file_hash] = file.path.name
    stamp = now_iso()
    db = project.db
    write = task.slice(0.7, 1.0)
    with db.transaction():
        ids = []
        for i, file in enumerate(files):
            ids.append(store.insert_transcript(
                db, title=file.title, body=file.text, customer_id=customer_id,
                file_name=file.path.name, file_path=str(file.path.resolve()),
                file_hash=file.file_hash, kind=file.kind, encoding=file.encoding,
                created_at=stamp))
            write.report(i + 1, len(files) + 1, translate("Evidence", "Saving documents…"))
        _index_pending(project, None)
        from workbench.services.turns import _detect

        _detect(project, ids, Task())
    summaries = {d.id: d for d in list_documents(project)}
    return ImportedDocuments([summaries[i] for i in ids], [str(f.path) for f in files])


def import_transcript_paths(project: ProjectFile, paths: Sequence[Path | str], *,
                            customer_id: int | None = None, allow_duplicate: bool = False,
                            task: Task | None = None) -> int:
    """Import several files and folders of transcripts, all of them or none; returns how many."""
    task = ensure_task(task)
    count = 0
    with project.db.transaction():
        for i, path in enumerate(paths):
            part = task.slice(i / len(paths), (i + 1) / len(paths))
            count += len(import_transcripts(project, path, customer_id=customer_id, task=part,
                                            allow_duplicate=allow_duplicate).documents)
    return count


def _summary(row) -> DocumentSummary:
    return DocumentSummary(id=row["id"], title=row["title"], customer_id=row["customer_id"],
                           customer_label=row["customer_label"], origin=_origin(row),
                           length=row["length"], codings=row["codings"])


def list_documents(project: ProjectFile, *, customer_id: int | None = None,
                   source_id: int | None = None, column_id: int | None = None,
                   transcripts_only: bool = False) -> list[DocumentSummary]:
    return [_summary(r) for r in store.list_documents(
        project.db, customer_id=customer_id, source_id=source_id, column_id=column_id,
        transcripts_only=transcripts_only)]


def open_document(project: ProjectFile, document_id: int) -> DocumentView:
    """A document's body with its codings (sorted by position) and quotes."""
    document = store.get_document(project.db, document_id)
    if document is None:
        raise EvidenceError(translate("Evidence", "Document {id} does not exist (it may have been "
                                      "deleted).").format(id=document_id))
    origin = store.document_origin(project.db, document_id)
    return DocumentView(document, store.codings_of_document(project.db, document_id),
                        store.quotes_of_document(project.db, document_id),
                        origin["customer_label"], _origin(origin))


def set_document_customer(project: ProjectFile, document_id: int, customer_id: int | None
                          ) -> int | None:
    """Link a document to a customer (None unlinks); returns the previous customer."""
    require_writable(project)
    document = store.get_document(project.db, document_id)
    if document is None:
        _require_length(project, document_id)
    if customer_id is not None and not store.customer_exists(project.db, customer_id):
        raise EvidenceError(translate("Evidence", "Customer {id} does not exist. Check the id on "
                                      "the customer's page.").format(id=customer_id))
    with project.db.transaction():
        store.set_document_customer(project.db, document_id, customer_id)
    return document.customer_id


def delete_document(project: ProjectFile, document_id: int) -> None:
    """Delete a document with its codings and quotes (and its search index entry)."""
    require_writable(project)
    _require_length(project, document_id)
    with project.db.transaction():
        store.delete_document(project.db, document_id)


def survey_columns(project: ProjectFile) -> list[SurveyColumn]:
    """Every imported free-text column (open survey answers), with how many answers it has."""
    return [SurveyColumn(r["id"], r["source_id"],
                         f"{r['file_name']} · {r['sheet']}" if r["sheet"] else r["file_name"],
                         r["label"] or r["name"], r["answers"])
            for r in store.free_text_columns(project.db)]


def survey_grid(project: ProjectFile, column_id: int) -> SurveyGrid:
    """The answers of one free-text column beside each respondent's other (non-PII) columns."""
    column = next((c for c in survey_columns(project) if c.column_id == column_id), None)
    if column is None:
        raise EvidenceError(translate("Evidence", "Column {id} is not a free-text column of an "
                                      "imported source.").format(id=column_id))
    others = store.respondent_columns(project.db, column.source_id, column_id)
    rows = store.survey_rows(project.db, column_id, column.source_id,
                             [c["position"] for c in others])
    width = len(others)
    grid_rows = []
    for r in rows:
        values = tuple(r)[5:5 + width]
        codes = tuple(sorted(int(x) for x in r["code_ids"].split(","))) if r["code_ids"] else ()
        grid_rows.append(SurveyRow(r["id"], r["customer_id"], r["customer_label"], r["source_row"],
                                   r["body"], values, codes))
    return SurveyGrid(column, [c["label"] or c["name"] for c in others], grid_rows)


# --- code book ---------------------------------------------------------------------

def list_codes(project: ProjectFile) -> list[Code]:
    return store.list_codes(project.db)


def code_book(project: ProjectFile, *, speakers: SpeakerScope | str = SpeakerScope.RESPONDENTS
              ) -> list[CodeSummary]:
    """Every code in tree order (parents before their children), with how often it is used
    in ``speakers``' words (respondents by default: codings starting in an interviewer's
    turn are not counted; "all" counts every coding)."""
    scope = speaker_service.prepare_scope(project, speakers)
    codes = store.list_codes(project.db)
    usage = store.code_usage(project.db, scope)
    by_parent: dict[int | None, list[Code]] = {}
    for code in codes:
        by_parent.setdefault(code.parent_id, []).append(code)
    result: list[CodeSummary] = []

    def walk(parent: int | None, depth: int) -> int:
        total = 0
        for code in by_parent.get(parent, []):
            index = len(result)
            result.append(CodeSummary(code, depth, *usage.get(code.id, (0, 0))))
            below = walk(code.id, depth + 1)
            own = usage.get(code.id, (0, 0))[0]
            summary = result[index]
            result[index] = CodeSummary(summary.code, depth, summary.codings, summary.documents,
                                        own + below)
            total += own + below
        return total

    walk(None, 0)
    return result


def code_counts_by_voice(project: ProjectFile, *,
                         speakers: SpeakerScope | str = SpeakerScope.RESPONDENTS
                         ) -> dict[int, dict[str, tuple[int, int]]]:
    """code id -> voice ("customer", "frontline") -> (codings, documents).

    The code book's own counts (:func:`code_book`) add both voices; this keeps
    customers' words and front-line staff's notes apart. Codes never applied
    are missing; a voice a code was never applied in is missing too. Only codings
    starting in ``speakers``' words count (respondents by default).
    """
    scope = speaker_service.prepare_scope(project, speakers)
    return store.code_usage_by_voice(project.db, scope)


def code_path(project: ProjectFile, code_id: int) -> str:
    """"Parent › Child" names of a code, for lists and exports."""
    codes = {c.id: c for c in store.list_codes(project.db)}
    return code_path_of(codes, code_id)


def code_path_of(codes: dict[int, Code], code_id: int) -> str:
    names, current = [], codes.get(code_id)
    while current is not None:
        names.append(current.name)
        current = codes.get(current.parent_id) if current.parent_id is not None else None
    return " › ".join(reversed(names))


def find_code(project: ProjectFile, name: str) -> Code:
    """A code by id, name (any case) or path "Parent › Child" / "Parent/Child"."""
    codes = store.list_codes(project.db)
    text = name.strip()
    if text.isdigit():
        found = [c for c in codes if c.id == int(text)]
    else:
        by_id = {c.id: c for c in codes}
        wanted = [p.strip().lower() for p in re.split(r"›|/", text)]
        found = [c for c in codes if [p.lower() for p in code_path_of(by_id, c.id).split(" › ")][
            -len(wanted):] == wanted]
    if not found:
        raise EvidenceError(translate("Evidence", "There is no code '{name}'. List the codes with "
                                      "'workbench code PROJECT'.").format(name=name))
    if len(found) > 1:
        raise EvidenceError(translate("Evidence", "Several codes are named '{name}': give the "
                                      "parent too (Parent/Child) or the code's id.").format(
            name=name))
    return found[0]


def create_code(project: ProjectFile, name: str, *, parent_id: int | None = None,
                colour: str | None = None, memo: str = "") -> Code:
    """Add a code at the end of its parent's children; a colour from the palette unless given."""
    require_writable(project)
    name = _clean_name(name)
    if parent_id is not None:
        _require_code(project, parent_id)
    if colour is None:
        colour = CODE_PALETTE[len(store.list_codes(project.db)) % len(CODE_PALETTE)]
    colour = _check_colour(colour)
    _check_unique_name(project, parent_id, name)
    with project.db.transaction():
        siblings = store.children(project.db, parent_id)
        position = max((c.position for c in siblings), default=-1) + 1
        code_id = store.insert_code(project.db, Code(0, name, colour, parent_id, memo, position,
                                                     now_iso()))
    code = store.get_code(project.db, code_id)
    assert code is not None
    return code


def rename_code(project: ProjectFile, code_id: int, name: str) -> str:
    """Rename; returns the previous name."""
    require_writable(project)
    code = _require_code(project, code_id)
    name = _clean_name(name)
    _check_unique_name(project, code.parent_id, name, exclude=code_id)
    with project.db.transaction():
        store.update_code(project.db, code_id, name=name)
    return code.name


def recolour_code(project: ProjectFile, code_id: int, colour: str) -> str:
    """Change the highlight colour (#RRGGBB); returns the previous colour."""
    require_writable(project)
    code = _require_code(project, code_id)
    colour = _check_colour(colour)
    with project.db.transaction():
        store.update_code(project.db, code_id, colour=colour)
    return code.colour


def set_code_memo(project: ProjectFile, code_id: int, memo: str) -> str:
    """Replace the code's memo; returns the previous memo."""
    require_writable(project)
    code = _require_code(project, code_id)
    with project.db.transaction():
        store.update_code(project.db, code_id, memo=memo or "")
    return code.memo


def move_code(project: ProjectFile, code_id: int, parent_id: int | None,
              position: int | None = None) -> tuple[int | None, int]:
    """Put a code under ``parent_id`` (None = top level) at ``position`` among its siblings.

    Refuses to move a code under itself or its descendants. Returns the
    previous (parent id, position): calling move_code with them undoes the move.
    """
    require_writable(project)
    code = _require_code(project, code_id)
    if parent_id is not None:
        _require_code(project, parent_id)
        if parent_id == code_id or parent_id in store.descendants(project.db, code_id):
            raise EvidenceError(translate(
                "Evidence", "'{name}' cannot go under itself or one of its own sub-codes.").format(
                name=code.name))
    if parent_id != code.parent_id:
        _check_unique_name(project, parent_id, code.name, exclude=code_id)
    old_index = [c.id for c in store.children(project.db, code.parent_id)].index(code_id)
    with project.db.transaction():
        siblings = [c for c in store.children(project.db, parent_id) if c.id != code_id]
        index = len(siblings) if position is None else max(0, min(int(position), len(siblings)))
        siblings.insert(index, code)
        for i, sibling in enumerate(siblings):
            if sibling.id == code_id:
                store.update_code(project.db, code_id, parent_id=parent_id, position=i)
            elif sibling.position != i:
                store.update_code(project.db, sibling.id, position=i)
        if parent_id != code.parent_id:  # close the gap left behind
            for i, sibling in enumerate(store.children(project.db, code.parent_id)):
                if sibling.position != i:
                    store.update_code(project.db, sibling.id, position=i)
    return code.parent_id, old_index


def deletion_impact(project: ProjectFile, code_id: int, *, keep_children: bool = False
                    ) -> DeletionImpact:
    """What delete_code would remove, to show in the confirmation."""
    _require_code(project, code_id)
    below = store.descendants(project.db, code_id)
    removed = [code_id] if keep_children else [code_id, *below]
    codings = store.codings_of_codes(project.db, removed)
    quotes = store.quotes_of_codings(project.db, [c.id for c in codings])
    return DeletionImpact(codes=len(removed), children=len(store.children(project.db, code_id)),
                          codings=len(codings), quotes=len(quotes))


def delete_code(project: ProjectFile, code_id: int, *, keep_children: bool = False
                ) -> CodeBookChange:
    """Delete a code with its codings (and the quotes made from them).

    Its sub-codes are deleted with it, or with ``keep_children`` moved up to
    its parent. Other codings are never touched. Returns what restore_change
    needs to bring everything back.
    """
    require_writable(project)
    code = _require_code(project, code_id)
    db = project.db
    with db.transaction():
        moved_codes: list[tuple[int, int | None, int]] = []
        if keep_children:
            removed_ids = [code_id]
            siblings = store.children(db, code.parent_id)
            end = max((c.position for c in siblings), default=-1) + 1
            for i, child in enumerate(store.children(db, code_id)):
                name = child.name
                if store.sibling_named(db, code.parent_id, name, child.id) is not None:
                    raise EvidenceError(translate(
                        "Evidence", "Sub-code '{name}' cannot move up: its new level already has "
                        "a code with that name. Rename or merge it first.").format(name=name))
                moved_codes.append((child.id, child.parent_id, child.position))
                store.update_code(db, child.id, parent_id=code.parent_id, position=end + i)
        else:
            removed_ids = [code_id, *store.descendants(db, code_id)]
        all_codes = {c.id: c for c in store.list_codes(db)}
        removed_codes = _parents_first([all_codes[i] for i in removed_ids])
        codings = store.codings_of_codes(db, removed_ids)
        quotes = store.quotes_of_codings(db, [c.id for c in codings])
        store.delete_codes(db, removed_ids)  # cascades to codings and their quotes
    return CodeBookChange(removed_codes=tuple(removed_codes), removed_codings=tuple(codings),
                          removed_quotes=tuple(quotes), moved_codes=tuple(moved_codes))


def _parents_first(codes: list[Code]) -> list[Code]:
    ids = {c.id for c in codes}
    ordered, placed = [], set()
    pending = list(codes)
    while pending:
        rest = []
        for code in pending:
            if code.parent_id not in ids or code.parent_id in placed:
                ordered.append(code)
                placed.add(code.id)
            else:
                rest.append(code)
        if len(rest) == len(pending):  # cannot happen in a tree; keep going regardless
            ordered.extend(rest)
            break
        pending = rest
    return ordered


def merge_codes(project: ProjectFile, code_id: int, into_id: int) -> CodeBookChange:
    """Merge code ``code_id`` into ``into_id``: its codings move over, then it is deleted.

    A passage both codes covered keeps one coding (a quote made from the
    dropped one moves to the kept one). Sub-codes of the merged code move
    under ``into_id``. Returns what restore_change needs to undo the merge.
    """
    require_writable(project)
    if code_id == into_id:
        raise EvidenceError(translate("Evidence", "A code cannot be merged into itself."))
    code = _require_code(project, code_id)
    target = _require_code(project, into_id)
    if into_id in store.descendants(project.db, code_id):
        raise EvidenceError(translate(
            "Evidence", "'{name}' cannot be merged into its own sub-code '{target}'. Move the "
            "sub-code out first.").format(name=code.name, target=target.name))
    db = project.db
    with db.transaction():
        moved_codes, moved_codings, moved_quotes = [], [], []
        removed_codings, removed_quotes = [], []
        end = max((c.position for c in store.children(db, into_id)), default=-1) + 1
        for i, child in enumerate(store.children(db, code_id)):
            if store.sibling_named(db, into_id, child.name, child.id) is not None:
                raise EvidenceError(translate(
                    "Evidence", "Sub-code '{name}' exists under both codes: merge those two "
                    "first.").format(name=child.name))
            moved_codes.append((child.id, child.parent_id, child.position))
            store.update_code(db, child.id, parent_id=into_id, position=end + i)
        for coding in store.codings_of_codes(db, [code_id]):
            twin = store.find_coding(db, coding.document_id, into_id, coding.start, coding.end)
            if twin is None:
                moved_codings.append((coding.id, code_id))
                store.set_coding_code(db, coding.id, into_id)
                continue
            for quote in store.quotes_of_codings(db, [coding.id]):
                moved_quotes.append((quote.id, quote.coding_id))
                store.set_quote_coding(db, quote.id, twin.id)
            removed_codings.append(coding)
        store.delete_codings(db, [c.id for c in removed_codings])
        store.delete_codes(db, [code_id])
    return CodeBookChange(removed_codes=(code,), removed_codings=tuple(removed_codings),
                          removed_quotes=tuple(removed_quotes), moved_codes=tuple(moved_codes),
                          moved_codings=tuple(moved_codings), moved_quotes=tuple(moved_quotes))


def restore_change(project: ProjectFile, change: CodeBookChange) -> None:
    """Undo a delete_code, merge_codes or remove_codings exactly (same ids)."""
    require_writable(project)
    db = project.db
    with db.transaction():
        for code in change.removed_codes:
            store.insert_code(db, code)
        for code_id, parent_id, position in change.moved_codes:
            store.update_code(db, code_id, parent_id=parent_id, position=position)
        for coding_id, code_id in change.moved_codings:
            store.set_coding_code(db, coding_id, code_id)
        for coding in change.removed_codings:
            store.insert_coding(db, coding)
        for quote_id, coding_id in change.moved_quotes:
            store.set_quote_coding(db, quote_id, coding_id)
        for quote in change.removed_quotes:
            store.insert_quote(db, quote)


# --- codings and quotes --------------------------------------------------------------

def apply_codes(project: ProjectFile, document_id: int, start: int, end: int,
                code_ids: Iterable[int], *, memo: str = "") -> list[Coding]:
    """Code the passage ``start:end`` with each code; returns the codings created.

    A code that already covers exactly this passage is left as it is (not in
    the result); overlapping codings are fine. Undo with remove_codings.
    """
    require_writable(project)
    check_passage(_require_length(project, document_id), start, end)
    code_ids = list(dict.fromkeys(int(c) for c in code_ids))
    if not code_ids:
        raise EvidenceError(translate("Evidence", "Choose at least one code to apply."))
    for code_id in code_ids:
        _require_code(project, code_id)
    stamp = now_iso()
    created = []
    with project.db.transaction():
        for code_id in code_ids:
            new_id = store.insert_coding(project.db, Coding(0, document_id, code_id, start, end,
                                                            memo, stamp))
            if new_id is not None:
                created.append(new_id)
    return store.get_codings(project.db, created)


def apply_codes_to_passages(project: ProjectFile, passages: Iterable[tuple[int, int, int]],
                            code_ids: Sequence[int]) -> list[Coding]:
    """Apply codes to many (document, start, end) passages at once, all or none (e.g. a
    survey grid selection); returns the new codings. Inverse: remove_codings."""
    created: list[Coding] = []
    with project.db.transaction():
        for document_id, start, end in passages:
            created += apply_codes(project, document_id, start, end, code_ids)
    return created


def remove_codings(project: ProjectFile, coding_ids: Iterable[int]) -> CodeBookChange:
    """Remove codings (and quotes made from them); restore_change puts them back."""
    require_writable(project)
    with project.db.transaction():
        codings = store.get_codings(project.db, coding_ids)
        quotes = store.quotes_of_codings(project.db, [c.id for c in codings])
        store.delete_codings(project.db, [c.id for c in codings])
    return CodeBookChange(removed_codings=tuple(codings), removed_quotes=tuple(quotes))


def set_coding_memo(project: ProjectFile, coding_id: int, memo: str) -> str:
    require_writable(project)
    found = store.get_codings(project.db, [coding_id])
    if not found:
        raise EvidenceError(translate("Evidence", "Coding {id} does not exist.").format(
            id=coding_id))
    with project.db.transaction():
        store.set_coding_memo(project.db, coding_id, memo or "")
    return found[0].memo


def codings_for_document(project: ProjectFile, document_id: int) -> list[Coding]:
    return store.codings_of_document(project.db, document_id)


def coded_passages(project: ProjectFile, code_id: int, *, include_children: bool = True,
                   limit: int | None = None, speakers: SpeakerScope | str = SpeakerScope.ALL
                   ) -> list[Passage]:
    """Every passage coded with the code (and its sub-codes), with text, customer and origin.

    Every speaker's by default (the researcher's own codings, wherever they are);
    ``speakers`` keeps those starting in respondents' or interviewers' words.
    """
    _require_code(project, code_id)
    scope = speaker_service.prepare_scope(project, speakers)
    ids = [code_id, *store.descendants(project.db, code_id)] if include_children else [code_id]
    return [_passage(r) for r in store.coded_passages(project.db, code_ids=ids, limit=limit,
                                                      speakers=scope)]


def mark_quote(project: ProjectFile, *, coding_id: int | None = None,
               document_id: int | None = None, start: int | None = None,
               end: int | None = None) -> Quote:
    """Mark a coding's passage, or any passage, as a quote. Undo with unmark_quote.

    Marking a passage that is already a quote returns that quote unchanged.
    """
    require_writable(project)
    if coding_id is not None:
        found = store.get_codings(project.db, [coding_id])
        if not found:
            raise EvidenceError(translate("Evidence", "Coding {id} does not exist.").format(
                id=coding_id))
        document_id, start, end = found[0].document_id, found[0].start, found[0].end
    elif document_id is None or start is None or end is None:
        raise EvidenceError(translate("Evidence", "Choose a coded passage or select a passage "
                                      "to mark as a quote."))
    check_passage(_require_length(project, document_id), start, end)
    existing = store.quote_at(project.db, document_id, start, end)
    if existing is not None:
        return existing
    with project.db.transaction():
        quote_id = store.insert_quote(project.db, Quote(0, document_id, start, end, coding_id,
                                                        now_iso()))
    quote = store.get_quote(project.db, quote_id)
    assert quote is not None
    return quote


def unmark_quote(project: ProjectFile, quote_id: int) -> Quote:
    """Remove the quote marking (the coding stays); returns it for restore_quote."""
    require_writable(project)
    quote = store.get_quote(project.db, quote_id)
    if quote is None:
        raise EvidenceError(translate("Evidence", "Quote {id} does not exist.").format(id=quote_id))
    with project.db.transaction():
        store.delete_quote(project.db, quote_id)
    return quote


def restore_quote(project: ProjectFile, quote: Quote) -> None:
    require_writable(project)
    with project.db.transaction():
        store.insert_quote(project.db, quote)


def list_quotes(project: ProjectFile, *, code_id: int | None = None, limit: int | None = None
                ) -> list[Passage]:
    """The quotes library: every passage marked as a quote."""
    return [_passage(r) for r in store.quote_passages(project.db, code_id=code_id, limit=limit)]


def quotes_for_customers(project: ProjectFile, customer_ids: Iterable[int], limit: int = 5, *,
                         include_coded: bool = True,
                         speakers: SpeakerScope | str = SpeakerScope.RESPONDENTS
                         ) -> list[Passage]:
    """Representative quotes of these customers (e.g. a persona's members).

    Passages marked as quotes come first; when there are fewer than ``limit``
    and ``include_coded``, coded passages of readable length fill the rest
    (passages with the codes most used among these customers first). One
    passage per document where possible. Only passages starting in ``speakers``'
    words (respondents by default: an interviewer's question in a customer's
    transcript is not a quote of the customer), their text stopping where
    someone else's words begin.
    """
    customer_ids = [int(c) for c in customer_ids]
    if not customer_ids or limit <= 0:
        return []
    scope = speaker_service.prepare_scope(project, speakers)
    chosen = _in_scope(project, [_passage(r) for r in store.quote_passages(
        project.db, customer_ids=customer_ids, limit=limit, speakers=scope)], scope)
    if len(chosen) >= limit or not include_coded:
        return chosen[:limit]
    taken = {(p.document_id, p.start, p.end) for p in chosen}
    coded = _in_scope(project, [_passage(r) for r in store.coded_passages(
        project.db, customer_ids=customer_ids, speakers=scope)], scope)
    use: dict[int, int] = {}
    for p in coded:
        use[p.code_id] = use.get(p.code_id, 0) + 1

    def rank(p: Passage) -> tuple:
        readable = 40 <= len(p.text) <= 400
        return (not readable, -use.get(p.code_id, 0), abs(len(p.text) - 160), p.document_id,
                p.start)

    documents = {p.document_id for p in chosen}
    rest = sorted((p for p in coded if (p.document_id, p.start, p.end) not in taken), key=rank)
    for second_round in (False, True):
        for p in rest:
            if len(chosen) >= limit:
                break
            key = (p.document_id, p.start, p.end)
            if key in taken or (not second_round and p.document_id in documents):
                continue
            chosen.append(p)
            taken.add(key)
            documents.add(p.document_id)
    return chosen


def _in_scope(project: ProjectFile, passages: list[Passage], scope: SpeakerScope
              ) -> list[Passage]:
    """Passages (already starting in scope) cut where someone else's words begin."""
    ends = speaker_service.clip_to_scope(project, [(p.document_id, p.start, p.end)
                                                   for p in passages], scope)
    kept = []
    for passage, end in zip(passages, ends, strict=True):
        if end != passage.end:
            text = passage.text[:end - passage.start].rstrip()
            if not text.strip():
                continue
            passage = replace(passage, end=passage.start + len(text), text=text)
        kept.append(passage)
    return kept


# --- search ----------------------------------------------------------------------------

def fts_query(text: str) -> str:
    """A safe FTS5 query from what a user typed.

    Words must all appear (in any order); "quoted words" must appear together;
    a trailing * matches any ending (``spedi*``). Everything else is literal
    text: FTS5 operators and punctuation typed by the user never reach SQLite
    as syntax. Raises EvidenceError when nothing searchable is left.
    """
    terms = []
    for match in re.finditer(r'"([^"]*)"?|(\S+)', text or ""):
        phrase, word = match.groups()
        piece = phrase if phrase is not None else word
        prefix = phrase is None and piece.endswith("*")
        piece = piece.rstrip("*") if prefix else piece
        if not re.search(r"\w", piece):
            continue
        terms.append('"' + piece.replace('"', '""') + '"' + ("*" if prefix else ""))
    if not terms:
        raise EvidenceError(translate("Evidence", "Type one or more words to search for."))
    return " ".join(terms)


def update_search_index(project: ProjectFile, task: Task | None = None) -> int:
    """Add documents not yet in the full-text index (e.g. after a spreadsheet import)."""
    require_writable(project)
    with project.db.transaction():
        return _index_pending(project, task)


def _index_pending(project: ProjectFile, task: Task | None) -> int:
    db = project.db
    mark, highest, pending = store.pending_range(db)
    if not pending:
        return 0
    with db.transaction():
        if task is None:
            store.index_range(db, mark, highest)
        else:
            start = mark
            while start < highest:
                stop = min(highest, start + _INDEX_CHUNK)
                store.index_range(db, start, stop)
                task.report(stop - mark, highest - mark,
                            translate("Evidence", "Indexing documents for search…"))
                start = stop
    return pending


def search_evidence(project: ProjectFile, query: str, *, limit: int = 100,
                    speakers: SpeakerScope | str = SpeakerScope.RESPONDENTS) -> SearchResults:
    """Full-text search over every document (title and body), best matches first.

    Each hit has the offsets of every match in the body (for jumping to it)
    and a short context around the first one. Documents not yet indexed are
    indexed first (a read-only project reports them as ``unindexed``).

    Only matches in ``speakers``' words count (respondents by default; a match
    counts by where it starts, see ``workbench.store.speakers.scope_condition``):
    a document whose body matches only in other speakers' turns is no hit. A
    document matching by its title alone stays a hit (with no matches).
    """
    expression = fts_query(query)
    scope = speaker_service.prepare_scope(project, speakers)
    unindexed = store.pending_range(project.db)[2]
    if unindexed and not project.readonly:
        with project.db.transaction():
            _index_pending(project, None)
        unindexed = 0
    hits: list[SearchHit] = []
    page = limit if scope is SpeakerScope.ALL else max(limit, _SEARCH_PAGE)
    offset = 0
    while len(hits) < limit:
        try:
            rows = store.search(project.db, expression, page, _OPEN_MARK, _CLOSE_MARK, offset)
        except ValueError as error:
            raise EvidenceError(translate(
                "Evidence", "The search '{query}' cannot be run ({detail}). Search for plain "
                "words.").format(query=query, detail=error)) from None
        in_scope = speaker_service.offset_filter(project, [r["id"] for r in rows], scope)
        for row in rows:
            body, matches = _unmark(row["marked"] or "")
            if matches:
                matches = [m for m in matches if in_scope(row["id"], m[0])]
                if not matches:
                    continue  # found only in words out of scope
            context, context_match = _context(body, matches[0] if matches else None)
            hits.append(SearchHit(row["id"], row["title"], row["customer_id"],
                                  row["customer_label"], _origin(row), matches, context,
                                  context_match))
            if len(hits) == limit:
                break
        if len(rows) < page:
            break
        offset += page
    return SearchResults(query, hits, unindexed)


def _unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The body without highlight marks, and the (start, end) of each marked match."""
    if _OPEN_MARK not in marked:
        return marked, []
    matches, removed = [], 0
    for match in _MARKED.finditer(marked):
        start = match.start() - removed
        matches.append((start, start + len(match[1])))
        removed += 2
    return marked.replace(_OPEN_MARK, "").replace(_CLOSE_MARK, ""), matches


def _context(body: str, match: tuple[int, int] | None) -> tuple[str, tuple[int, int] | None]:
    if match is None:
        text = body[:_CONTEXT_BEFORE + _CONTEXT_AFTER]
        return text.replace("\n", " ") + ("…" if len(body) > len(text) else ""), None
    start = max(0, match[0] - _CONTEXT_BEFORE)
    while start > 0 and not body[start - 1].isspace() and match[0] - start < _CONTEXT_BEFORE + 20:
        start -= 1
    end = min(len(body), match[1] + _CONTEXT_AFTER)
    prefix = "…" if start > 0 else ""
    text = prefix + body[start:end].replace("\n", " ") + ("…" if end < len(body) else "")
    offset = len(prefix) - start
    return text, (match[0] + offset, match[1] + offset)


# --- export -------------------------------------------------------------------------

def export_codings(project: ProjectFile, target: Path | str,
                   code_ids: Sequence[int] | None = None, csv_style: str | None = None) -> int:
    """Write every coding (or those of some codes) as CSV: code, document, customer, text.

    Cells a spreadsheet would run as formulas are neutralised. ``csv_style``: "comma",
    "semicolon" (for Excel in Italian) or None (the user's Preferences, else the language's).
    Returns rows written.
    """
    from workbench.errors import ExportError
    from workbench.export.tables import INTEGER, Column, Table, write_csv
    from workbench.settings import resolve_csv_style

    style = resolve_csv_style(csv_style)

    codes = {c.id: c for c in store.list_codes(project.db)}
    rows = store.coded_passages(project.db, code_ids=code_ids)
    table = Table(translate("Evidence", "Codings"), [
        Column(translate("Evidence", "Code")), Column(translate("Evidence", "Document id"), INTEGER),
        Column(translate("Evidence", "Document")), Column(translate("Evidence", "Source")),
        Column(translate("Evidence", "Customer id"), INTEGER),
        Column(translate("Evidence", "Customer")),
        Column(translate("Evidence", "Start"), INTEGER), Column(translate("Evidence", "End"), INTEGER),
        Column(translate("Evidence", "Quote")), Column(translate("Evidence", "Text"))])
    for r in rows:
        p = _passage(r)
        table.rows.append([code_path_of(codes, p.code_id), p.document_id, p.document_title, p.origin,
                           p.customer_id, p.customer_label, p.start, p.end,
                           translate("Evidence", "yes") if p.is_quote else "", p.text])
    target = Path(target)
    try:
        write_csv(table, target, style)
    except OSError as error:
        raise ExportError(translate("Evidence", "Cannot write {file}: {reason}. Choose another "
                                    "folder or close the file if it is open.").format(
            file=target, reason=error.strerror or error)) from None
    return len(table.rows)

