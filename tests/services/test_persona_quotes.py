"""Persona cards quote their members' coded evidence: on the card, in the PDF, on the CLI."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.services import evidence
from workbench.services.export import export_personas_pdf
from workbench.services.importing import import_file
from workbench.services.personas import persona_members, persona_quotes, personas_of, run_personas
from workbench.services.project import create_project, open_project

GROUPS = {  # planted groups: (age, web purchases, store visits), each with its own complaint
    "web": (27, 9, 1, "The courier left my parcel with a neighbour again and nobody called me."),
    "store": (62, 1, 14, "The shop assistant in via Roma always remembers what I bought last time."),
}


@pytest.fixture
def coded_project(tmp_path) -> tuple[Path, dict[str, int]]:
    rng = random.Random(3)
    path = create_project(tmp_path / "study.pwb")
    table = tmp_path / "crm.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "Age", "Web purchases", "Store visits", "Comment"])
        n = 0
        for group, (age, web, store, comment) in GROUPS.items():
            for _ in range(60):
                n += 1
                writer.writerow([f"K{n:03d}", int(rng.gauss(age, 3)), max(0, int(rng.gauss(web, 1))),
                                 max(0, int(rng.gauss(store, 1))), f"{group} {n}: {comment} ({n % 4})"])
    with open_project(path) as project:
        import_file(project, table, roles={"Comment": "free_text"})
        set_id = run_personas(project, features=["Age", "Web purchases", "Store visits"], k=2, seed=0)
        code = evidence.create_code(project, "Delivery")
        for document in evidence.list_documents(project):
            body = evidence.open_document(project, document.id).document.body
            if "courier" in body:
                start = body.index("The courier")
                evidence.apply_codes(project, document.id, start, len(body), [code.id])
    return path, {"set": set_id}


def _persona_of(project, set_id: int, label_fragment: str) -> int:
    members = persona_members(project, set_id)
    web_members = [m for m in members if m["persona_id"] is not None]
    documents = {d.customer_id: evidence.open_document(project, d.id).document.body
                 for d in evidence.list_documents(project)}
    for member in web_members:
        if label_fragment in documents.get(member["customer_id"], ""):
            return member["persona_id"]
    raise AssertionError("no member said " + label_fragment)


def test_the_persona_whose_members_were_coded_gets_their_words(coded_project):
    path, ids = coded_project
    with open_project(path, readonly=True) as project:
        quotes = persona_quotes(project, ids["set"])
        web = _persona_of(project, ids["set"], "courier")
        store = next(p.id for p in personas_of(project, ids["set"]) if p.id != web)
        assert quotes[web], "the web persona's coded complaints should be quoted"
        assert len(quotes[web]) <= 3
        assert all(q.text.startswith("The courier left my parcel") for q in quotes[web])
        assert all(q.code_name == "Delivery" for q in quotes[web])
        assert len({q.document_id for q in quotes[web]}) == len(quotes[web]), "one per document"
        assert len({q.text for q in quotes[web]}) == len(quotes[web]), "each wording once"
        assert not quotes.get(store), "nothing was coded for the store persona"


def test_a_passage_marked_as_quote_comes_first(coded_project):
    path, ids = coded_project
    with open_project(path) as project:
        web = _persona_of(project, ids["set"], "courier")
        passages = evidence.coded_passages(project, evidence.find_code(project, "Delivery").id)
        chosen = passages[-1]
        evidence.mark_quote(project, coding_id=chosen.coding_id)
        first = persona_quotes(project, ids["set"])[web][0]
        assert (first.document_id, first.start, first.end) == (chosen.document_id, chosen.start,
                                                                chosen.end)


def test_persona_pdf_prints_the_members_words_without_their_names(coded_project, tmp_path):
    from tests.export.pdf_checks import page_texts, squeezed

    path, ids = coded_project
    with open_project(path, readonly=True) as project:
        web = _persona_of(project, ids["set"], "courier")
        quoted = persona_quotes(project, ids["set"])[web]
        export_personas_pdf(project, ids["set"], tmp_path / "cards.pdf", persona_ids=[web])
    text = squeezed(" ".join(page_texts(tmp_path / "cards.pdf")))
    assert squeezed("What members say").upper() in text.upper()  # headings print in capitals
    assert squeezed("nobody called me") in text
    assert squeezed("— Delivery") in text
    for passage in quoted:
        assert squeezed(passage.customer_label or "#") not in text, "no customer names on paper"


def test_cli_persona_prints_what_members_say(coded_project, capsys):
    path, ids = coded_project
    assert main(["persona", str(path), str(ids["set"])]) == 0
    out = capsys.readouterr().out
    assert "What members say:" in out
    assert "nobody called me" in out and "Delivery" in out


def test_coded_evidence_counts_per_customer_can_drive_personas(coded_project):
    from workbench.services.personas import attribute_frame, suitable_features

    path, _ids = coded_project
    with open_project(path) as project:
        attributes = attribute_frame(project)
        counts = attributes.frame["Code: Delivery"]
        assert attributes.kinds["Code: Delivery"] == "numeric"
        assert counts.notna().sum() == 120, "every customer with a document has a count"
        assert sorted(counts.unique()) == [0.0, 1.0], "web customers were coded once, others never"
        assert (counts == 1).sum() == 60
        assert "Code: Delivery" in suitable_features(attributes), "known for every customer here"
        set_id = run_personas(project, features=["Code: Delivery"], k=2, seed=0)
        sizes = sorted(p.size for p in personas_of(project, set_id))
        assert sizes == [60, 60], "the coded complaint alone separates the two groups"
