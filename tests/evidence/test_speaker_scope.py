"""Respondents' words by default: search, code counts, coding whole turns, role changes."""

from __future__ import annotations

import pytest
from scope_helpers import (
    LUCA,
    MARIA,
    document_named,
    make_project,
    occurrences,
    spoken,
    turn_passage,
)

from workbench.domain.evidence import EvidenceError
from workbench.domain.speakers import SpeakerRole, SpeakerScope
from workbench.services import evidence
from workbench.services import speakers as speaker_service
from workbench.services.project import open_project

ROLES = {SpeakerScope.RESPONDENTS: [SpeakerRole.RESPONDENT],
         SpeakerScope.INTERVIEWERS: [SpeakerRole.INTERVIEWER],
         SpeakerScope.ALL: [SpeakerRole.RESPONDENT, SpeakerRole.INTERVIEWER]}


@pytest.fixture
def project_path(tmp_path):
    return make_project(tmp_path)


def _expected_matches(project, word: str, scope: SpeakerScope) -> dict[int, int]:
    """{document: matches of ``word``} counted from the turns' own words, by role."""
    found = {}
    for name in ("maria.txt", "luca.txt"):
        document = document_named(project, name)
        n = sum(occurrences(spoken(project, document, role), word) for role in ROLES[scope])
        if n:
            found[document] = n
    return found


@pytest.mark.parametrize("word", ["membership", "courier", "parcel"])
@pytest.mark.parametrize("scope", list(SpeakerScope))
def test_search_counts_only_the_words_of_the_speakers_asked_for(project_path, word, scope):
    with open_project(project_path) as project:
        expected = _expected_matches(project, word, scope)
        results = evidence.search_evidence(project, word, speakers=scope)
        found = {hit.document_id: len(hit.matches) for hit in results.hits}
        assert found == expected
        turns = {d: speaker_service.document_turns(project, d) for d in found}
        for hit in results.hits:
            body = evidence.open_document(project, hit.document_id).document.body
            for start, end in hit.matches:
                assert body[start:end].casefold() == word
                speaker = next(t.speaker for t in turns[hit.document_id]
                               if t.turn.start <= start < t.turn.end)
                assert speaker.role in ROLES[scope]
            # the context shows a match that is in scope
            context_start, context_end = hit.context_match
            assert hit.context[context_start:context_end].casefold() == word


def test_search_defaults_to_respondents(project_path):
    with open_project(project_path) as project:
        assert evidence.search_evidence(project, "membership").hits == []
        everyone = evidence.search_evidence(project, "membership", speakers="all")
        assert len(everyone.hits) == 2
        with pytest.raises(EvidenceError, match="not a choice of speakers"):
            evidence.search_evidence(project, "membership", speakers="nobody")


def test_survey_answers_are_respondents_words(tmp_path, survey_csv):
    from workbench.services.importing import import_file

    path = make_project(tmp_path)
    with open_project(path) as project:
        import_file(project, survey_csv, roles={"Cosa ti frustra quando compri?": "free_text"})
        for scope, hits in ((SpeakerScope.RESPONDENTS, 1), (SpeakerScope.INTERVIEWERS, 0),
                            (SpeakerScope.ALL, 1)):
            results = evidence.search_evidence(project, "lunghissime", speakers=scope)
            assert len(results.hits) == hits, scope


def _code_both_sides(project):
    """Code Maria's first answer and the interviewer's first question with Delivery."""
    maria = document_named(project, "maria.txt")
    delivery = evidence.create_code(project, "Delivery")
    late = evidence.create_code(project, "Late", parent_id=delivery.id)
    question = turn_passage(project, maria, SpeakerRole.INTERVIEWER, 0)
    answer = turn_passage(project, maria, SpeakerRole.RESPONDENT, 0)
    evidence.apply_codes(project, maria, *question, [delivery.id])
    evidence.apply_codes(project, maria, *answer, [delivery.id])
    # a sub-code on the interviewer's second question only
    evidence.apply_codes(project, maria, *turn_passage(project, maria, SpeakerRole.INTERVIEWER, 1),
                         [late.id])
    return maria, delivery, late


def _counts(project, code_id: int, scope) -> tuple[int, int, int]:
    summary = next(s for s in evidence.code_book(project, speakers=scope) if s.code.id == code_id)
    return summary.codings, summary.documents, summary.codings_with_children


def test_code_book_counts_by_scope_and_a_role_change_moves_them_at_once(project_path):
    with open_project(project_path) as project:
        maria, delivery, late = _code_both_sides(project)
        assert _counts(project, delivery.id, "respondents") == (1, 1, 1)
        assert _counts(project, delivery.id, "interviewers") == (1, 1, 2)
        assert _counts(project, delivery.id, "all") == (2, 1, 3)
        assert _counts(project, late.id, "respondents") == (0, 0, 0)
        assert [s.codings for s in evidence.code_book(project)] == \
            [s.codings for s in evidence.code_book(project, speakers="respondents")]
        voices = evidence.code_counts_by_voice(project)
        assert voices[delivery.id] == {"customer": (1, 1)}
        assert evidence.code_counts_by_voice(project, speakers="all")[delivery.id] == \
            {"customer": (2, 1)}
        # the researcher says the "interviewer" was a respondent: counts follow at once
        interviewer = speaker_service.find_speaker(project, "Interviewer")
        before = speaker_service.set_speaker_role(project, interviewer.id, "respondent")
        assert _counts(project, delivery.id, "respondents") == (2, 1, 3)
        assert _counts(project, delivery.id, "interviewers") == (0, 0, 0)
        assert len(evidence.search_evidence(project, "membership").hits) == 2
        speaker_service.restore_speaker_role(project, interviewer.id, *before)
        assert _counts(project, delivery.id, "respondents") == (1, 1, 1)
        assert evidence.search_evidence(project, "membership").hits == []


def test_code_a_whole_turn_and_every_turn_of_a_speaker_then_undo(project_path):
    with open_project(project_path) as project:
        maria = document_named(project, "maria.txt")
        code = evidence.create_code(project, "Said by Maria")
        turns = speaker_service.document_turns(project, maria)
        answer = next(t for t in turns if t.speaker.label == "Maria")
        created = speaker_service.code_turns(project, [answer.turn.id], [code.id])
        assert [(c.document_id, c.start, c.end) for c in created] == \
            [(maria, answer.turn.text_start, answer.turn.end)]
        body = evidence.open_document(project, maria).document.body
        assert body[created[0].start:created[0].end] == answer.text
        evidence.remove_codings(project, [c.id for c in created])
        assert evidence.codings_for_document(project, maria) == []

        speaker = speaker_service.find_speaker(project, "maria")
        created = speaker_service.code_speaker(project, speaker.id, [code.id])
        said = [t for t in turns if t.speaker.id == speaker.id]
        assert sorted((c.start, c.end) for c in created) == \
            sorted((t.turn.text_start, t.turn.end) for t in said)
        assert all(body[c.start:c.end] in MARIA for c in created)
        summary = next(s for s in evidence.code_book(project) if s.code.id == code.id)
        assert (summary.codings, summary.documents) == (len(said), 1)
        change = evidence.remove_codings(project, [c.id for c in created])
        assert evidence.codings_for_document(project, maria) == []
        evidence.restore_change(project, change)
        assert sorted(c.id for c in evidence.codings_for_document(project, maria)) == \
            sorted(c.id for c in created)
        with pytest.raises(EvidenceError):
            speaker_service.code_turns(project, [], [code.id])


def test_coding_the_interviewer_speaker_counts_for_interviewers_only(project_path):
    with open_project(project_path) as project:
        code = evidence.create_code(project, "Questions")
        interviewer = speaker_service.find_speaker(project, "interviewer")
        created = speaker_service.code_speaker(project, interviewer.id, [code.id])
        asked = sum(1 for text in (MARIA, LUCA) for line in text.splitlines()
                    if line.startswith("Interviewer:"))
        assert len(created) == asked
        assert _counts(project, code.id, "respondents") == (0, 0, 0)
        assert _counts(project, code.id, "interviewers") == (asked, 2, asked)


def test_a_read_only_project_refuses_role_changes(project_path):
    with open_project(project_path) as project:
        interviewer = speaker_service.find_speaker(project, "interviewer")
        assert interviewer.role is SpeakerRole.INTERVIEWER
    with open_project(project_path, readonly=True) as project:
        with pytest.raises(EvidenceError, match="read-only"):
            speaker_service.set_speaker_role(project, interviewer.id, SpeakerRole.RESPONDENT)
        with pytest.raises(EvidenceError, match="read-only"):
            speaker_service.confirm_speakers(project)
        with pytest.raises(EvidenceError, match="read-only"):
            speaker_service.detect_speakers(project)
        assert speaker_service.find_speaker(project, "interviewer").role is SpeakerRole.INTERVIEWER
        # reading by scope still works, without detecting anything
        assert evidence.search_evidence(project, "membership").hits == []
        assert len(evidence.search_evidence(project, "membership", speakers="all").hits) == 2


def test_sentiment_of_open_answers_reads_the_respondents_turns(tmp_path):
    from workbench.analysis.sentiment import estimate
    from workbench.domain.voc import Sentiment, Voice
    from workbench.services import voc
    from workbench.services.importing import import_file
    from workbench.services.project import create_project

    # Each answer cell holds a dialogue: the interviewer is all praise, the customer unhappy.
    question = ("We are proud of our service. It is excellent, wonderful and fantastic, our staff "
                "are great and friendly and the prices are the best. Amazing, right?")
    answer = "No. The delivery was terrible."
    cell = f"Interviewer: {question}\nCustomer: {answer}"
    assert estimate(cell).label is Sentiment.POSITIVE, "read whole, the cell sounds happy"
    assert estimate(answer).label is Sentiment.NEGATIVE
    rows = ["customer_id,NPS,Comment"] + [f'K{i},{i + 2},"{cell}"' for i in range(6)]
    survey = tmp_path / "survey.csv"
    survey.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    path = create_project(tmp_path / "voc.pwb")
    with open_project(path) as project:
        try:
            import_file(project, survey, roles={"Comment": "free_text", "NPS": "measure:nps"})
        except Exception:  # noqa: BLE001 - the measure role choice may not exist on import
            result = import_file(project, survey, roles={"Comment": "free_text", "NPS": "numeric"})
            with project.db.transaction():
                project.db.execute("UPDATE source_columns SET role = 'measure', measure = ? "
                                   "WHERE source_id = ? AND label = 'NPS'",
                                   (voc.MeasureSpec.parse("nps").text(), result.source.id))
        # the cells were imported in bulk: their speakers are found when first needed
        report = voc.voc_report(project, voice=Voice.CUSTOMER)
        speakers = {s.speaker.key: s for s in speaker_service.list_speakers(project)}
    assert speakers["interviewer"].speaker.role is SpeakerRole.INTERVIEWER
    assert speakers["customer"].documents == 6
    share = report.sentiment[0]
    assert share.n == 6
    assert share.negative == 1.0, "the customer's words alone are judged"
