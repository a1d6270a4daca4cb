"""Finding speakers' turns and reading only some speakers' words (the scope).

The part of :mod:`workbench.services.speakers` the other evidence services use
(``services.evidence`` imports it; it imports no other service, so the two never
import each other round a circle). Callers outside the services use the names
re-exported by :mod:`workbench.services.speakers`, whose docstring lists them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from workbench.domain.evidence import EvidenceError
from workbench.domain.speakers import (
    DocumentSpeakers,
    Speaker,
    SpeakerRole,
    SpeakerScope,
)
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.store import evidence as evidence_store
from workbench.store import speakers as store
from workbench.store.project_file import ProjectFile, now_iso

#: A speaker asking at least this share of its turns as questions, clearly more than the
#: others in the document, is guessed to be the interviewer.
QUESTION_SHARE = 0.3
_DETECT_CHUNK = 200


def _require_writable(project: ProjectFile) -> None:
    if project.readonly:
        raise EvidenceError(translate(
            "Speakers", "The project is open read-only: close it in the other window and open "
            "it again to change speakers."))


# --- detection ---------------------------------------------------------------------

def detect_speakers(project: ProjectFile, document_ids: Iterable[int] | None = None, *,
                    task: Task | None = None) -> list[DocumentSpeakers]:
    """Find speakers and turns in these documents (all when None), in one transaction."""
    _require_writable(project)
    task = ensure_task(task)
    db = project.db
    ids = (sorted({int(i) for i in document_ids}) if document_ids is not None else
           [r[0] for r in db.tuples("SELECT id FROM documents ORDER BY id")])
    with db.transaction():
        return _detect(project, ids, task)


def ensure_detected(project: ProjectFile, task: Task | None = None) -> int:
    """Detect speakers in documents never looked at; 0 in a read-only project.

    Cheap when none is pending (one scan of the documents that reads no bodies: a
    few milliseconds for 100,000 documents). The pending documents are read again once
    the write lock is held, so a second connection detecting at the same time (a
    background job) is not repeated.
    """
    if project.readonly or not store.undetected_documents(project.db):
        return 0
    with project.db.transaction():
        single = store.mark_one_line_detected(project.db)
        ids = store.undetected_documents(project.db)
        if ids:
            _detect(project, ids, ensure_task(task), languages=False)
    return single + len(ids)


def pending_detection(project: ProjectFile) -> int:
    """How many documents were never looked at for speakers (e.g. spreadsheet answers
    imported in bulk, or before this version): ensure_detected's work."""
    return len(store.undetected_documents(project.db))


def _detect(project: ProjectFile, ids: Sequence[int], task: Task, *,
            languages: bool = True) -> list[DocumentSpeakers]:
    """Find the turns of these documents (in the caller's transaction).

    ``languages=False`` leaves each document's language to be judged when themes first
    need it (:func:`document_languages`): a spreadsheet import's many short answers then
    cost their import almost nothing. A one-line text cannot hold two turns and is not
    scanned; turns are only written where a document has or had some.
    """
    from workbench.analysis.language import detect_language
    from workbench.ingest.speakers import detect_turns, role_from_label

    db = project.db
    assert db.in_transaction
    known = store.speakers_by_key(db)
    by_id = {s.id: s for s in known.values()}
    stamp = now_iso()
    reports: list[DocumentSpeakers] = []
    for offset in range(0, len(ids), _DETECT_CHUNK):
        task.report(offset, len(ids), translate("Speakers", "Finding who speaks…"))
        chunk = ids[offset:offset + _DETECT_CHUNK]
        had_turns = store.documents_with_turns(db, chunk)
        detected_at: list[tuple[str | None, int]] = []
        for document_id, title, body in store.document_bodies(db, chunk):
            detected = detect_turns(body) if "\n" in body else []
            rows = []
            order: dict[int, int] = {}
            for turn in detected:
                speaker = known.get(turn.key)
                if speaker is None:
                    role = role_from_label(turn.key)
                    how = "label" if role is not None else "default"
                    speaker_id = store.insert_speaker(
                        db, turn.key, turn.label, role or SpeakerRole.RESPONDENT, how, stamp)
                    speaker = Speaker(speaker_id, turn.key, turn.label,
                                      role or SpeakerRole.RESPONDENT, False, how)
                    known[turn.key] = by_id[speaker_id] = speaker
                rows.append((speaker.id, turn.start, turn.text_start, turn.end, turn.timestamp))
                order[speaker.id] = order.get(speaker.id, 0) + 1
            if rows or document_id in had_turns:
                store.replace_turns(db, document_id, rows)
            language = None
            if languages:
                spoken = ("\n".join(body[t.text_start:t.end] for t in detected) if detected
                          else body)
                language = detect_language(spoken)
            detected_at.append((language, document_id))
            reports.append(DocumentSpeakers(
                document_id=document_id, title=title,
                speakers=[(by_id[s].label, by_id[s].role, n) for s, n in order.items()],
                turns=len(rows), language=language))
        store.mark_detected_many(db, detected_at)
        task.check()
    _guess_roles_from_questions(project)
    store.delete_unused_speakers(db)
    final = {s.id: s for s in store.list_speakers(db)}
    by_label = {s.label: s for s in final.values()}
    task.report(len(ids), len(ids), translate("Speakers", "Done."))
    return [DocumentSpeakers(r.document_id, r.title, [
        (label, by_label[label].role if label in by_label else role, n)
        for label, role, n in r.speakers], r.turns, r.language) for r in reports]


def _guess_roles_from_questions(project: ProjectFile) -> None:
    """Guess unconfirmed speakers whose label says nothing: the one asking clearly more
    questions than the others in a document is the interviewer there; a speaker is an
    interviewer when most of its documents say so."""
    db = project.db
    speakers = {s.id: s for s in store.list_speakers(db)}
    votes: dict[int, Counter] = defaultdict(Counter)
    for asks in _question_table(project).values():
        share = {s: sum(a for _, a in rows) / len(rows) for s, rows in asks.items()}
        if len(share) < 2:
            continue
        if any(speakers[s].role is SpeakerRole.INTERVIEWER and
               (speakers[s].guessed_from == "label" or speakers[s].confirmed) for s in share):
            interviewer = None  # the document already names its interviewer
        else:
            ranked = sorted(share, key=share.__getitem__, reverse=True)
            top, second = share[ranked[0]], share[ranked[1]]
            interviewer = ranked[0] if top >= QUESTION_SHARE and top - second >= 0.15 else None
        for speaker in share:
            votes[speaker]["interviewer" if speaker == interviewer else "respondent"] += 1
    for speaker_id, vote in votes.items():
        speaker = speakers[speaker_id]
        if speaker.confirmed or speaker.guessed_from == "label":
            continue
        asks_most = vote["interviewer"] > vote["respondent"]
        role = SpeakerRole.INTERVIEWER if asks_most else SpeakerRole.RESPONDENT
        how = "questions" if asks_most else "default"
        if role is not speaker.role or how != speaker.guessed_from:
            store.set_role(db, speaker_id, role, False, how)


def _question_table(project: ProjectFile) -> dict[int, dict[int, list[tuple[int, bool]]]]:
    """{document: {speaker: [(turn, asks a question)]}} over the project's turns."""
    table: dict[int, dict[int, list[tuple[int, bool]]]] = {}
    db = project.db
    for doc, speaker, position, words in db.tuples(
            "SELECT t.document_id, t.speaker_id, t.position, "
            "substr(d.body, t.text_start + 1, t.\"end\" - t.text_start) FROM turns t "
            "JOIN documents d ON d.id = t.document_id ORDER BY t.document_id, t.position"):
        asks = "?" in words or "？" in words
        table.setdefault(doc, {}).setdefault(speaker, []).append((position, asks))
    return table


# --- scope ---------------------------------------------------------------------------------

def scoped_spans(project: ProjectFile, texts: dict[int, str],
                 scope: SpeakerScope | str | None = None) -> list[tuple[int, int, int]]:
    """The stretches of these documents an analysis of ``scope`` reads, in order.

    Respondents: the words of respondents' turns, and the whole of documents without
    turns (survey answers, notes). Interviewers: their turns' words only. All: every
    turn's words (labels left out), and whole documents without turns.
    """
    scope = SpeakerScope.parse(scope)
    turns = store.turn_spans(project.db, texts)
    spans: list[tuple[int, int, int]] = []
    for document_id, text in texts.items():
        found = turns.get(document_id)
        if not found:
            if scope is not SpeakerScope.INTERVIEWERS:
                spans.append((document_id, 0, len(text)))
            continue
        for start, end, _speaker, role in found:
            if end <= start:
                continue
            if scope is SpeakerScope.ALL or (
                    (role == SpeakerRole.INTERVIEWER.value) == (scope is SpeakerScope.INTERVIEWERS)):
                spans.append((document_id, start, end))
    return spans


def prepare_scope(project: ProjectFile, speakers: SpeakerScope | str | None) -> SpeakerScope:
    """The scope asked for, after detecting speakers in documents never looked at (e.g.
    spreadsheet answers imported in bulk or before this version). Cheap when none is
    pending; nothing is written in a read-only project."""
    scope = SpeakerScope.parse(speakers)
    if scope is not SpeakerScope.ALL:
        ensure_detected(project)
    return scope


def offset_filter(project: ProjectFile, document_ids: Iterable[int],
                  scope: SpeakerScope | str | None = None) -> Callable[[int, int], bool]:
    """``in_scope(document id, offset)`` for offsets of these documents.

    The rule of :func:`workbench.store.speakers.scope_condition`: an offset inside an
    interviewer's turn (label included) is the interviewer's, any other offset (a
    respondent's turn, a document without turns) a respondent's.
    """
    scope = SpeakerScope.parse(scope)
    if scope is SpeakerScope.ALL:
        return lambda _document, _offset: True
    turns = evidence_store.interviewer_turns(project.db, document_ids)
    starts = {d: [s for s, _ in spans] for d, spans in turns.items()}
    want_interviewer = scope is SpeakerScope.INTERVIEWERS

    def in_scope(document_id: int, offset: int) -> bool:
        spans = turns.get(document_id)
        inside = False
        if spans:
            i = bisect_right(starts[document_id], offset) - 1
            inside = i >= 0 and spans[i][0] <= offset < spans[i][1]
        return inside == want_interviewer

    return in_scope


def clip_to_scope(project: ProjectFile, passages: Sequence[tuple[int, int, int]],
                  scope: SpeakerScope | str | None = None) -> list[int]:
    """Where each (document, start, end) passage stops being in ``scope``: its end, or the
    first offset after its start whose words are someone else's (a passage that runs on
    into the interviewer's next question stops before it). A passage counts by its start,
    so a passage starting out of scope keeps its end."""
    scope = SpeakerScope.parse(scope)
    if scope is SpeakerScope.ALL or not passages:
        return [end for _, _, end in passages]
    turns = evidence_store.interviewer_turns(project.db, {d for d, _, _ in passages})
    ends = []
    for document_id, start, end in passages:
        stop = end
        for turn_start, turn_end in turns.get(document_id, ()):
            if scope is SpeakerScope.RESPONDENTS and start < turn_start < stop:
                stop = turn_start
                break
            if scope is SpeakerScope.INTERVIEWERS and turn_start <= start < turn_end:
                stop = min(stop, turn_end)
                break
        ends.append(stop)
    return ends


def document_languages(project: ProjectFile, document_ids: Iterable[int] | None = None
                       ) -> dict[int, str | None]:
    """{document id: language} of these documents (all when None), judging those never
    judged (documents detected in bulk, see :func:`_detect`) now; stored when the project
    is writable, so it is done once."""
    from workbench.analysis.language import detect_language

    db = project.db
    known = store.document_languages(db)
    if document_ids is not None:
        wanted = {int(i) for i in document_ids}
        known = {d: lang for d, lang in known.items() if d in wanted}
    missing = [d for d, lang in known.items() if lang is None]
    if not missing:
        return known
    judged: list[tuple[str, int]] = []
    spans = store.turn_spans(db, missing)
    for offset in range(0, len(missing), 5_000):
        for document_id, _title, body in store.document_bodies(db, missing[offset:offset
                                                                            + 5_000]):
            turns = spans.get(document_id)
            spoken = "\n".join(body[s:e] for s, e, _sp, _r in turns) if turns else body
            judged.append((detect_language(spoken), document_id))
    known.update({d: lang for lang, d in judged})
    if not project.readonly:
        with db.transaction():
            store.set_languages(db, judged)
    return known
