"""Codings and quotes: overlaps, validation, undo, quotes for a persona's members."""

from __future__ import annotations

import pytest
from project_snapshot import dump

from workbench.domain.evidence import EvidenceError
from workbench.services import evidence as ev
from workbench.services.importing import import_file
from workbench.services.project import open_project

TEXT = "Il sito è lento. La consegna è arrivata tardi. Ma il personale è gentile 😀."


@pytest.fixture
def document(project_path, tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(TEXT, "utf-8")
    with open_project(project_path) as project:
        (doc,) = ev.import_transcripts(project, path).documents
        a = ev.create_code(project, "Lentezza")
        b = ev.create_code(project, "Consegna")
    return project_path, doc.id, a.id, b.id


def test_several_codes_and_overlapping_passages(document):
    path, doc, a, b = document
    with open_project(path) as project:
        first = ev.apply_codes(project, doc, 0, 46, [a, b])
        assert [(c.code_id, c.start, c.end) for c in first] == [(a, 0, 46), (b, 0, 46)]
        inner = ev.apply_codes(project, doc, 17, 46, [b], memo="ritardo")
        assert inner[0].memo == "ritardo"
        assert ev.apply_codes(project, doc, 0, 46, [a]) == []  # already there: nothing new
        codings = ev.codings_for_document(project, doc)
        assert [(c.start, c.end) for c in codings] == [(0, 46), (0, 46), (17, 46)]
        assert ev.set_coding_memo(project, inner[0].id, "tardi") == "ritardo"


@pytest.mark.parametrize("start,end", [(-1, 5), (5, 5), (10, 3), (0, len(TEXT) + 1)])
def test_passages_outside_the_document_are_refused_with_a_clear_error(document, start, end):
    path, doc, a, _ = document
    with open_project(path) as project:
        with pytest.raises(EvidenceError, match="not inside the document"):
            ev.apply_codes(project, doc, start, end, [a])
        assert ev.codings_for_document(project, doc) == []


def test_unknown_document_code_or_no_code_is_refused(document):
    path, doc, a, _ = document
    with open_project(path) as project:
        with pytest.raises(EvidenceError, match="Document 999"):
            ev.apply_codes(project, 999, 0, 3, [a])
        with pytest.raises(EvidenceError, match="Code 999"):
            ev.apply_codes(project, doc, 0, 3, [a, 999])
        with pytest.raises(EvidenceError, match="at least one code"):
            ev.apply_codes(project, doc, 0, 3, [])
        assert ev.codings_for_document(project, doc) == []  # all or nothing


def test_remove_and_restore_codings_with_their_quote(document):
    path, doc, a, b = document
    with open_project(path) as project:
        created = ev.apply_codes(project, doc, 0, 16, [a, b])
        ev.mark_quote(project, coding_id=created[0].id)
    before = dump(path)
    with open_project(path) as project:
        change = ev.remove_codings(project, [c.id for c in created])
        assert ev.codings_for_document(project, doc) == [] and ev.list_quotes(project) == []
        ev.restore_change(project, change)
    assert dump(path) == before


def test_quotes_mark_unmark_restore_and_list_with_code_and_text(document):
    path, doc, a, _ = document
    with open_project(path) as project:
        (coding,) = ev.apply_codes(project, doc, 47, len(TEXT), [a])
        quote = ev.mark_quote(project, coding_id=coding.id)
        assert ev.mark_quote(project, coding_id=coding.id) == quote  # idempotent
        passage_quote = ev.mark_quote(project, document_id=doc, start=0, end=16)
        quotes = ev.list_quotes(project)
        assert [(q.text, q.code_name) for q in quotes] == [
            ("Ma il personale è gentile 😀.", "Lentezza"), ("Il sito è lento.", None)]
        assert quotes[0].origin == "t.txt" and all(q.is_quote for q in quotes)
        removed = ev.unmark_quote(project, passage_quote.id)
        assert len(ev.list_quotes(project)) == 1
        ev.restore_quote(project, removed)
        assert [q.quote_id for q in ev.list_quotes(project)] == [quote.id, passage_quote.id]
        with pytest.raises(EvidenceError, match="not inside"):
            ev.mark_quote(project, document_id=doc, start=3, end=2)


def test_quotes_for_customers_prefers_marked_quotes_then_coded_passages(project_path,
                                                                         survey_csv):
    with open_project(project_path) as project:
        import_file(project, survey_csv)
        docs = ev.list_documents(project)
        assert len(docs) == 4
        code = ev.create_code(project, "Frustrazione")
        for d in docs:
            ev.apply_codes(project, d.id, 0, d.length, [code.id])
        marked = ev.mark_quote(project, document_id=docs[2].id, start=0, end=15)
        members = [docs[0].customer_id, docs[2].customer_id]
        quotes = ev.quotes_for_customers(project, members, limit=2)
        assert quotes[0].quote_id == marked.id
        assert quotes[0].is_quote and quotes[0].customer_id == docs[2].customer_id
        assert quotes[1].coding_id is not None and not quotes[1].is_quote
        assert quotes[1].customer_id == docs[0].customer_id
        assert {q.customer_id for q in ev.quotes_for_customers(project, members, limit=10)} == set(
            members)
        only_marked = ev.quotes_for_customers(project, members, limit=5, include_coded=False)
        assert [q.text for q in only_marked] == [
            ev.open_document(project, docs[2].id).document.body[:15]]
        assert ev.quotes_for_customers(project, [], limit=5) == []


def test_changes_are_refused_in_a_read_only_project(document):
    path, doc, a, _ = document
    with open_project(path, readonly=True) as project:
        with pytest.raises(EvidenceError, match="read-only"):
            ev.apply_codes(project, doc, 0, 3, [a])
        with pytest.raises(EvidenceError, match="read-only"):
            ev.create_code(project, "Nuovo")


def test_deleting_documents_removes_their_codings_and_quotes(document):
    path, doc, a, _ = document
    with open_project(path) as project:
        (coding,) = ev.apply_codes(project, doc, 0, 16, [a])
        ev.mark_quote(project, coding_id=coding.id)
        # as customer erasure does: straight from the documents table
        with project.db.transaction():
            project.db.execute("DELETE FROM documents WHERE id = ?", (doc,))
        assert project.db.scalar("SELECT count(*) FROM codings") == 0
        assert project.db.scalar("SELECT count(*) FROM quotes") == 0
        assert project.db.scalar("SELECT count(*) FROM document_files") == 0
        assert ev.code_book(project)[0].codings == 0


def test_coding_many_passages_is_all_or_nothing(document):
    path, doc, a, _b = document
    with open_project(path) as project:
        with pytest.raises(EvidenceError):
            ev.apply_codes_to_passages(project, [(doc, 0, 16), (doc, 10, len(TEXT) + 5)], [a])
        assert ev.codings_for_document(project, doc) == [], "the valid passage was not kept"
        created = ev.apply_codes_to_passages(project, [(doc, 0, 16), (doc, 17, 46)], [a])
        assert [(c.start, c.end) for c in created] == [(0, 16), (17, 46)]
        assert [TEXT[c.start:c.end] for c in created] == ["Il sito è lento.",
                                                           "La consegna è arrivata tardi."]
