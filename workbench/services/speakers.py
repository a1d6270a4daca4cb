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
    scoped_texts(project, texts, scope) -> [(document id, start, end)] spans to read
    passage_in_scope(spans, document_id, offset) -> bool
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from workbench.domain.evidence import Coding, EvidenceError
from workbench.domain.speakers import (
    DocumentSpeakers,
    Speaker,
    SpeakerRole,
    SpeakerScope,
    SpeakerSummary,
    TurnView,
)
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
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
    """Detect speakers in documents never looked at; 0 in a read-only project."""
    if project.readonly:
        return 0
    ids = store.undetected_documents(project.db)
    if ids:
        with project.db.transaction():
            _detect(project, ids, ensure_task(task))
    return len(ids)


def _detect(project: ProjectFile, ids: Sequence[int], task: Task) -> list[DocumentSpeakers]:
    from workbench.analysis.language import detect_language
    from workbench.ingest.speakers import detect_turns, role_from_label

    db = project.db
    assert db.in_transaction
    known = store.speakers_by_key(db)
    stamp = now_iso()
    reports: list[DocumentSpeakers] = []
    question_turns: dict[int, list[tuple[int, bool]]] = {}  # document: [(speaker, asks)]
    for offset in range(0, len(ids), _DETECT_CHUNK):
        task.report(offset, len(ids), translate("Speakers", "Finding who speaks…"))
        for document_id, title, body in store.document_bodies(db, ids[offset:offset
                                                                       + _DETECT_CHUNK]):
            detected = detect_turns(body)
            rows = []
            order: dict[int, int] = {}
            asks: list[tuple[int, bool]] = []
            for turn in detected:
                speaker = known.get(turn.key)
                if speaker is None:
                    role = role_from_label(turn.key)
                    speaker_id = store.insert_speaker(
                        db, turn.key, turn.label, role or SpeakerRole.RESPONDENT,
                        "label" if role is not None else "default", stamp)
                    speaker = Speaker(speaker_id, turn.key, turn.label,
                                      role or SpeakerRole.RESPONDENT, False,
                                      "label" if role is not None else "default")
                    known[turn.key] = speaker
                rows.append((speaker.id, turn.start, turn.text_start, turn.end, turn.timestamp))
                order[speaker.id] = order.get(speaker.id, 0) + 1
                words = body[turn.text_start:turn.end]
                asks.append((speaker.id, "?" in words or "？" in words))
            store.replace_turns(db, document_id, rows)
            spoken = "\n".join(body[t.text_start:t.end] for t in detected) if detected else body
            language = detect_language(spoken)
            store.mark_detected(db, document_id, language)
            question_turns[document_id] = asks
            by_id = {s.id: s for s in known.values()}
            reports.append(DocumentSpeakers(
                document_id=document_id, title=title,
                speakers=[(by_id[s].label, by_id[s].role, n) for s, n in order.items()],
                turns=len(rows), language=language))
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
