"""Transcripts linked to customers from a mapping file; only the respondent's words count
for the customer (quotes, code counts, persona evidence)."""

from __future__ import annotations

import pytest
from scope_helpers import customer_named, document_named, make_project, turn_passage

from workbench.domain.speakers import SpeakerRole
from workbench.errors import InputFileError
from workbench.services import evidence
from workbench.services import speakers as speaker_service
from workbench.services.project import open_project


def _write_mapping(tmp_path, kind: str, rows: list[list[str]], header: list[str] | None):
    if kind == "csv":
        path = tmp_path / "mapping.csv"
        lines = ([",".join(header)] if header else []) + [",".join(r) for r in rows]
        path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
        return path
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Mapping"
    for row in ([header] if header else []) + rows:
        sheet.append(row)
    path = tmp_path / "mapping.xlsx"
    workbook.save(path)
    return path


def _customers_of_documents(project) -> dict[str, int | None]:
    return {d.origin: d.customer_id for d in evidence.list_documents(project, transcripts_only=True)}


@pytest.fixture
def project_path(tmp_path):
    return make_project(tmp_path)


@pytest.mark.parametrize("kind,header", [("csv", ["file", "customer"]), ("xlsx", None),
                                         ("csv", ["Cliente", "Documento"]), ("csv", None),
                                         ("xlsx", ["File name", "Customer_ID"])])
def test_a_mapping_file_links_transcripts_to_customers_and_undo_unlinks(project_path, tmp_path,
                                                                       kind, header):
    # file names in any case, with or without the extension; keys in any case
    rows = [["MARIA", "c1"], ["luca.TXT", "C2"]]
    if header and header[0] == "Cliente":
        rows = [[key, name] for name, key in rows]
    mapping = _write_mapping(tmp_path, kind, rows, header)
    with open_project(project_path) as project:
        c1, c2 = customer_named(project, "C1"), customer_named(project, "C2")
        maria, luca = document_named(project, "maria.txt"), document_named(project, "luca.txt")
        result = speaker_service.link_transcripts(project, mapping)
        assert sorted(result.linked) == sorted([(maria, None, c1), (luca, None, c2)])
        assert result.unknown_files == [] and result.unknown_keys == []
        assert _customers_of_documents(project) == {"maria.txt": c1, "luca.txt": c2}
    with open_project(project_path) as project:  # saved
        assert _customers_of_documents(project) == {"maria.txt": c1, "luca.txt": c2}
        speaker_service.restore_transcript_customers(project, [(d, p) for d, p, _ in result.linked])
        assert _customers_of_documents(project) == {"maria.txt": None, "luca.txt": None}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("bad_row,problem", [(["marta.txt", "C3"], "marta.txt"),
                                             (["luca.txt", "C9"], "C9")])
def test_an_unknown_file_or_key_links_nothing_and_names_row_and_value(project_path, tmp_path, kind,
                                                                      bad_row, problem):
    rows = [["maria.txt", "C1"], bad_row]
    mapping = _write_mapping(tmp_path, kind, rows, ["file", "customer"])
    with open_project(project_path) as project:
        c3 = customer_named(project, "C3")
        evidence.set_document_customer(project, document_named(project, "luca.txt"), c3)
        before = _customers_of_documents(project)
        with pytest.raises(InputFileError) as error:
            speaker_service.link_transcripts(project, mapping)
        message = str(error.value)
        assert mapping.name in message and problem in message
        assert "row 3" in message  # header on row 1, the bad row is the file's third
        assert error.value.row == 3
        assert _customers_of_documents(project) == before


def test_a_file_given_two_customers_is_refused(project_path, tmp_path):
    mapping = _write_mapping(tmp_path, "csv", [["maria.txt", "C1"], ["Maria", "C2"]],
                             ["file", "customer"])
    with open_project(project_path) as project:
        with pytest.raises(InputFileError, match="row 2"):
            speaker_service.link_transcripts(project, mapping)
        assert set(_customers_of_documents(project).values()) == {None}


def test_a_read_only_project_refuses_to_link(project_path, tmp_path):
    mapping = _write_mapping(tmp_path, "csv", [["maria.txt", "C1"]], ["file", "customer"])
    with open_project(project_path, readonly=True) as project:
        with pytest.raises(Exception, match="read-only"):
            speaker_service.link_transcripts(project, mapping)


def test_the_interviewer_s_words_are_not_the_customer_s(project_path, tmp_path):
    from workbench.services.evidence_insights import code_counts_by_attribute
    from workbench.services.personas import attribute_frame

    mapping = _write_mapping(tmp_path, "csv", [["maria.txt", "C1"]], ["file", "customer"])
    with open_project(project_path) as project:
        speaker_service.link_transcripts(project, mapping)
        c1 = customer_named(project, "C1")
        maria = document_named(project, "maria.txt")
        body = evidence.open_document(project, maria).document.body
        delivery = evidence.create_code(project, "Delivery")
        question = turn_passage(project, maria, SpeakerRole.INTERVIEWER, 0)
        answer = turn_passage(project, maria, SpeakerRole.RESPONDENT, 0)
        evidence.apply_codes(project, maria, *question, [delivery.id])
        evidence.apply_codes(project, maria, *answer, [delivery.id])
        asked = body[question[0]:question[1]]
        said = body[answer[0]:answer[1]]
        # the interviewer's question, even marked as a quote, is not the customer's quote
        evidence.mark_quote(project, document_id=maria, start=question[0], end=question[1])

        quotes = evidence.quotes_for_customers(project, [c1], limit=10)
        assert [q.text for q in quotes] == [said]
        everyone = evidence.quotes_for_customers(project, [c1], limit=10, speakers="all")
        assert {q.text for q in everyone} == {asked, said}

        counts = code_counts_by_attribute(project, "Segment")
        assert counts.loc["Delivery", "young"] == 1
        assert code_counts_by_attribute(project, "Segment", speakers="all").loc[
            "Delivery", "young"] == 2
        assert counts.loc["Delivery"].sum() == 1

        frame = attribute_frame(project).frame
        assert frame.loc[c1, "Code: Delivery"] == 1

        # a passage that runs on into the next question is quoted up to the question only
        follow = turn_passage(project, maria, SpeakerRole.INTERVIEWER, 1)
        evidence.remove_codings(project, [c.id for c in evidence.codings_for_document(project, maria)])
        for quote in evidence.list_quotes(project):
            evidence.unmark_quote(project, quote.quote_id)
        evidence.apply_codes(project, maria, answer[0], follow[1], [delivery.id])
        quotes = evidence.quotes_for_customers(project, [c1], limit=10)
        assert [q.text for q in quotes] == [said]
        assert (quotes[0].start, quotes[0].end) == answer
        assert body[quotes[0].start:quotes[0].end] == said


def test_journey_complaints_are_the_customers_words_not_the_interviewer_s(tmp_path):
    from workbench.domain.persona_sets import Memberships
    from workbench.services import journeys
    from workbench.store import personas as persona_store
    from workbench.store.project_file import now_iso

    # the interviewer asks about discovering the shop; the customers complain about delivery
    transcripts = {f"intervista {i}.txt": (
        "Interviewer: Tell me about the discovery of our shop, your first discovery.\n"
        f"Cliente: The delivery was late again, order {i} arrived broken.\n"
        "Interviewer: And after that discovery, what happened?\n"
        "Cliente: Nothing else.\n")
        for i in (1, 2, 3)}
    path = make_project(tmp_path, transcripts)
    mapping = _write_mapping(tmp_path, "csv", [[f"intervista {i}", f"C{i}"] for i in (1, 2, 3)],
                             ["documento", "cliente"])
    with open_project(path) as project:
        speaker_service.link_transcripts(project, mapping)
        ids = {label: customer_named(project, label) for label in ("C1", "C2", "C3")}
        set_id = persona_store.save_persona_set(
            project.db, name="all", created_at=now_iso(), settings={}, result={},
            suggestion=None, features={},
            personas=[{"position": 0, "name": "Everyone", "size": 3, "share": 1.0, "profile": {}}],
            members=Memberships.from_rows([(c, 0, 0, 1.0, None) for c in ids.values()]))
        persona = persona_store.personas_of(project.db, set_id)[0].id
        complaints = evidence.create_code(project, "Complaints")
        for name in transcripts:
            document = document_named(project, name)
            for role, index in ((SpeakerRole.INTERVIEWER, 0), (SpeakerRole.RESPONDENT, 0),
                                (SpeakerRole.INTERVIEWER, 1)):
                evidence.apply_codes(project, document,
                                     *turn_passage(project, document, role, index),
                                     [complaints.id])
        journey_id = journeys.create_journey(project, persona)
        journeys.refresh_observed(project, journey_id)
        stages = {s.id: s.name for s in journeys.get_journey(project, journey_id).stages}
        said = journeys.coded_complaints(project, journey_id)
        asked = journeys.coded_complaints(project, journey_id, speakers="interviewers")
        assert [(stages[p.stage_id], p.members) for p in said] == [("Delivery of the solution", 3)]
        assert [stages[p.stage_id] for p in asked] == ["Problem discovery"]
        # read whole, the questions' words would outvote the answers'
        everyone = journeys.coded_complaints(project, journey_id, speakers="all")
        assert [stages[p.stage_id] for p in everyone] == ["Problem discovery"]
        assert journeys.friction_members(project, journey_id, said[0].key) == sorted(ids.values())
