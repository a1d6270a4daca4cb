"""Key drivers read respondents' words: an interviewer's coded question is not a driver's
evidence, and themes of a cell that holds a dialogue leave the interviewer's words out."""

from __future__ import annotations

from tests.evidence.scope_helpers import MARIA, document_named, make_project
from workbench.services import evidence
from workbench.services.project import open_project
from workbench.store import voc as voc_store


def test_driver_codings_leave_out_codings_in_an_interviewers_turn(tmp_path):
    path = make_project(tmp_path)
    with open_project(path) as project:
        document = document_named(project, "maria.txt")
        code = evidence.create_code(project, "Membership")
        asked = MARIA.index("membership card")
        said = MARIA.index("The courier was late")
        evidence.apply_codes(project, document, asked, asked + len("membership card"), [code.id])
        evidence.apply_codes(project, document, said, said + len("The courier was late"),
                             [code.id])
        every = [c for c in voc_store.codings(project.db) if c[0] == document]
        respondents = [c for c in voc_store.codings(project.db, speakers="respondents")
                       if c[0] == document]
    assert [c[2] for c in every] == [asked, said]
    assert [c[2] for c in respondents] == [said]
