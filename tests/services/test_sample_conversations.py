"""The sample's interview transcripts read as conversations: speakers, roles, customers."""

from __future__ import annotations

import csv
import unicodedata

import pytest
from workbench.sample_projects.build_sample import build_sample
from workbench.sample_projects.generate_data import (
    INTERVIEWER_KEYS,
    INTERVIEWS,
    PLANTED,
    TRANSCRIPT_FOLDER,
    generate,
    people_of,
)

from workbench.domain.speakers import SpeakerRole
from workbench.services import evidence, speakers
from workbench.services.project import create_project, open_project

#: The languages the transcripts are written in, by the start of their file names.
LANGUAGES = {"Intervista": "it", "Focus_group": "it", "Interview": "en", "Entretien": "fr"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("sample") / "sample.pwb")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """The sample's data as the build reads them (the same seed writes the same files)."""
    return generate(tmp_path_factory.mktemp("data"))


def _mapping(files) -> dict[str, str]:
    with files["transcript_customers"].open(newline="", encoding="utf-8") as handle:
        return {row["file"]: row["customer_id"] for row in csv.DictReader(handle)}


def _transcripts(project) -> dict[str, object]:
    """File name -> document summary of every imported transcript."""
    return {d.origin: d for d in evidence.list_documents(project, transcripts_only=True)}


def _crm_customers(project) -> dict[str, int]:
    """CRM customer_id value -> the project's customer."""
    from workbench.store import sources as source_store

    crm = next(s for s in source_store.list_sources(project.db)
               if s.file_name == "crm_customers.csv")
    column = next(c for c in source_store.source_columns(project.db, crm.id)
                  if c.label == "customer_id")
    return {str(value): customer for _row, customer, value
            in source_store.read_column(project.db, crm.id, column.position)}


def test_generated_transcripts_are_written_as_real_files_are(files, tmp_path):
    folder = files["transcripts"]
    assert folder.name == TRANSCRIPT_FOLDER
    written = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert len(written) == len(INTERVIEWS) == 9
    assert sum(name.startswith(("Intervista", "Focus")) for name in written) >= 6, \
        "most are Italian"
    boms = [n for n, raw in written.items() if raw.startswith(b"\xef\xbb\xbf")]
    assert len(boms) == 1 and b"\r\n" in written[boms[0]]
    assert not any(b"\r" in raw for n, raw in written.items() if n not in boms)
    texts = {n: raw.decode("utf-8-sig") for n, raw in written.items()}
    assert any("👍" in t or "😅" in t for t in texts.values())
    assert any(t.startswith("...") for t in texts.values()), "one begins mid-sentence"
    assert any("\nSpeaker 1  0:03\n" in t for t in texts.values()), "one Otter.ai export"
    assert any("[00:03:12] Moderatore:" in t for t in texts.values())
    for filler in ("ehm", "cioè", "allora", "tipo", "yeah", "you know", "mm-hmm", "okay",
                   "grazie"):
        assert any(filler in t.lower() for t in texts.values()), filler
    # the same seed writes the same files
    again = generate(tmp_path / "again")
    assert {p.name: p.read_bytes() for p in again["transcripts"].iterdir()} == written
    assert again["transcript_customers"].read_bytes() == \
        files["transcript_customers"].read_bytes()


def test_interviewed_customers_are_of_the_interviews_group(files):
    planted = {p["customer_id"]: p for p in people_of()}
    mapping = _mapping(files)
    by_file = {}
    for interview in INTERVIEWS:
        if interview.group is None:
            continue
        prefix = interview.file.split("{")[0]
        (name,) = [n for n in mapping if n.startswith(prefix)]
        by_file[name] = interview
    assert len(mapping) == len(by_file) == 8, "every one-to-one interview has its customer"
    assert len(set(mapping.values())) == 8, "eight different customers"
    for name, key in mapping.items():
        person = planted[key]
        interview = by_file[name]
        assert person["group"].key == interview.group, name
        surname = unicodedata.normalize("NFKD", person["name"].split()[-1])
        assert "".join(c for c in surname if not unicodedata.combining(c)) in name, \
            "the file is named after its customer"


def test_detection_guesses_every_speakers_role_right_before_anyone_confirms(files, tmp_path):
    project_path = tmp_path / "fresh.pwb"
    create_project(project_path, "Fresh")
    with open_project(project_path) as project:
        imported = evidence.import_transcripts(project, files["transcripts"])
        assert len(imported.documents) == 9
        found = {s.speaker.key: s.speaker for s in speakers.list_speakers(project)}
        assert INTERVIEWER_KEYS <= set(found), "every interviewer label is found"
        wrong = {key: s.role.value for key, s in found.items()
                 if (s.role is SpeakerRole.INTERVIEWER) != (key in INTERVIEWER_KEYS)}
        assert not wrong, f"guessed wrong: {wrong}"
        assert not any(s.confirmed for s in found.values())


def test_sample_transcripts_are_conversations_whose_speakers_are_confirmed(sample):
    with open_project(sample, readonly=True) as project:
        documents = _transcripts(project)
        assert len(documents) == 9
        roles_seen = set()
        for name, document in documents.items():
            turns = speakers.document_turns(project, document.id)
            assert len(turns) >= 6, name
            roles = {t.speaker.role for t in turns}
            assert roles == {SpeakerRole.INTERVIEWER, SpeakerRole.RESPONDENT}, name
            body = evidence.open_document(project, document.id).document.body
            assert "\r" not in body and not body.startswith("\ufeff")
            for turn in turns:
                assert turn.text == body[turn.turn.text_start:turn.turn.end]
                assert turn.text and not turn.text.endswith("\n")
            if body.startswith("..."):  # the recording began mid-answer: no one's turn
                assert turns[0].turn.start > 0
            roles_seen |= {(t.speaker.key, t.speaker.role) for t in turns}
        for key, role in roles_seen:
            expected = SpeakerRole.INTERVIEWER if key in INTERVIEWER_KEYS else \
                SpeakerRole.RESPONDENT
            assert role is expected, key
        listed = speakers.list_speakers(project)
        assert listed and all(s.speaker.confirmed for s in listed), "the researcher confirmed"
        assert {s.speaker.key for s in listed} == {key for key, _ in roles_seen}, \
            "no speaker found in the spreadsheets' answers or notes"


def test_sample_transcripts_languages_and_the_french_one_is_left_out_of_themes(sample):
    from workbench.services.evidence_insights import documents_left_out_of_themes
    from workbench.store import speakers as speaker_store

    with open_project(sample, readonly=True) as project:
        languages = speaker_store.document_languages(project.db)
        documents = _transcripts(project)
        for name, document in documents.items():
            expected = next(lang for prefix, lang in LANGUAGES.items()
                            if name.startswith(prefix))
            assert languages[document.id] == expected, name
        assert all(lang is not None for lang in languages.values()), \
            "every document was looked at when the sample was built"
        left_out = documents_left_out_of_themes(project)
        assert [(d.title, d.language) for d in left_out] == [
            (documents[n].title, "fr") for n in documents if n.startswith("Entretien")]


def test_sample_transcripts_are_linked_to_their_crm_customers(sample, files):
    mapping = _mapping(files)
    with open_project(sample, readonly=True) as project:
        documents = _transcripts(project)
        customers = _crm_customers(project)
        for name, key in mapping.items():
            assert documents[name].customer_id == customers[key], name
        unlinked = [n for n, d in documents.items() if d.customer_id is None]
        assert unlinked == [n for n in documents if n.startswith("Focus_group")], \
            "only the focus group speaks for no single customer"
        assert project.db.scalar("SELECT count(*) FROM customers") == 2300, \
            "linked to existing customers, none added"


def test_interviewers_words_are_never_a_customers_quote(sample):
    echoed = PLANTED["bargain"][0]  # read back to the customer by the interviewer
    with open_project(sample, readonly=True) as project:
        documents = _transcripts(project)
        interviewer_spans: dict[int, list[tuple[int, int]]] = {}
        for document in documents.values():
            for turn in speakers.document_turns(project, document.id):
                if turn.speaker.role is SpeakerRole.INTERVIEWER:
                    interviewer_spans.setdefault(document.id, []).append(
                        (turn.turn.start, turn.turn.end))
        # the interviewer did quote a planted sentence, and it was not coded there
        (first,) = [d for n, d in documents.items() if n.startswith("Intervista_01")]
        body = evidence.open_document(project, first.id).document.body
        at = body.find(echoed)
        assert at >= 0 and any(s <= at < e for s, e in interviewer_spans[first.id])
        assert not any(c.start <= at < c.end
                       for c in evidence.codings_for_document(project, first.id))
        from_transcripts = 0
        for document in documents.values():
            if document.customer_id is None:
                continue
            quotes = evidence.quotes_for_customers(project, [document.customer_id], limit=50)
            for passage in quotes:
                if passage.document_id in interviewer_spans:
                    from_transcripts += 1
                    assert not any(passage.start < e and s < passage.end
                                   for s, e in interviewer_spans[passage.document_id]), \
                        passage.text
        assert from_transcripts >= 5, "the customers' own words in interviews are quoted"
        # every coding in a transcript lies in a customer's turn
        for document in documents.values():
            for coding in evidence.codings_for_document(project, document.id):
                assert not any(coding.start < e and s < coding.end
                               for s, e in interviewer_spans.get(document.id, ()))
