"""Helpers for the speaker-scope tests: a project with customers and a conversation."""

from __future__ import annotations

import re
from pathlib import Path

from workbench.domain.speakers import SpeakerRole
from workbench.services import evidence
from workbench.services.importing import import_file
from workbench.services.project import create_project, open_project
from workbench.services.speakers import document_turns

#: Customers with one attribute, keyed by "customer_id" (their labels are C1, C2, C3).
CRM = "customer_id,Age,Segment\r\nC1,31,young\r\nC2,64,senior\r\nC3,45,middle\r\n"

#: "membership" is only said by the interviewer, "courier" only by Maria, "parcel" by both.
MARIA = (
    "Intervista 1 — negozio di via Roma\n"
    "\n"
    "Interviewer: Thanks for coming. Do you have our membership card? Did the parcel arrive?\n"
    "Maria: The courier was late again and the parcel arrived broken, I was furious.\n"
    "Interviewer: I am sorry about the parcel. Would a membership discount help?\n"
    "Maria: Maybe. The courier never calls before coming, that is the real problem.\n"
)
#: A second conversation, by another respondent.
LUCA = (
    "Interviewer: How was your last order?\n"
    "Luca: Fine, the parcel came on time and the courier was kind.\n"
    "Interviewer: Great, and the membership?\n"
    "Luca: I never asked for it.\n"
)


def make_project(tmp_path: Path, transcripts: dict[str, str] | None = None) -> Path:
    """A project with the CRM customers and these transcripts (file name -> text)."""
    path = create_project(tmp_path / "study.pwb")
    crm = tmp_path / "crm.csv"
    crm.write_text(CRM, encoding="utf-8")
    folder = tmp_path / "transcripts"
    folder.mkdir()
    for name, text in (transcripts or {"maria.txt": MARIA, "luca.txt": LUCA}).items():
        (folder / name).write_text(text, encoding="utf-8")
    with open_project(path) as project:
        import_file(project, crm)
        evidence.import_transcripts(project, folder)
    return path


def document_named(project, file_name: str) -> int:
    for document in evidence.list_documents(project, transcripts_only=True):
        if document.origin == file_name:
            return document.id
    raise AssertionError(f"{file_name} was not imported")


def customer_named(project, label: str) -> int:
    from workbench.services.customers import list_customers

    for customer in list_customers(project, limit=1000):
        if customer.label == label:
            return customer.id
    raise AssertionError(f"no customer {label}")


def spoken(project, document_id: int, role: SpeakerRole) -> list[str]:
    """The words of each turn of ``role`` in the document (labels left out)."""
    return [t.text for t in document_turns(project, document_id) if t.speaker.role is role]


def occurrences(texts: list[str], word: str) -> int:
    return sum(len(re.findall(rf"\b{re.escape(word)}\b", t, re.I)) for t in texts)


def turn_passage(project, document_id: int, role: SpeakerRole, index: int) -> tuple[int, int]:
    """(start, end) of the spoken words of the ``index``-th turn of ``role``."""
    turns = [t for t in document_turns(project, document_id) if t.speaker.role is role]
    return turns[index].turn.text_start, turns[index].turn.end
