"""Full-text search: lazy index, deletes and edits mirrored, safe queries, match offsets."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.domain.evidence import EvidenceError
from workbench.services import evidence as ev
from workbench.services.importing import delete_source, import_file
from workbench.services.project import open_project
from workbench.store.schema import MIGRATIONS, migrate


def _transcript(project, tmp_path, name: str, text: str) -> int:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return ev.import_transcripts(project, path).documents[0].id


def test_match_offsets_point_at_the_words_accents_ignored(project_path, tmp_path):
    text = "Prima riga.\nPerché la città è lontana? La CITTA è cara, città mia 😀."
    with open_project(project_path) as project:
        doc = _transcript(project, tmp_path, "a.txt", text)
        results = ev.search_evidence(project, "citta")
        (hit,) = results.hits
        assert hit.document_id == doc and hit.origin == "a.txt"
        assert [text[s:e] for s, e in hit.matches] == ["città", "CITTA", "città"]
        start, end = hit.context_match
        assert hit.context[start:end] == "città"
        assert "\n" not in hit.context


def test_spreadsheet_documents_become_searchable_and_deleted_ones_disappear(project_path,
                                                                           survey_csv):
    with open_project(project_path) as project:
        source = import_file(project, survey_csv).source
        # the import does not index: the watermark is behind
        assert project.db.scalar("SELECT count(*) FROM documents_fts_docsize") == 0
        (hit,) = ev.search_evidence(project, "spedizione").hits
        assert hit.origin.startswith("sondaggio.csv, row ")
        assert len(ev.search_evidence(project, "negozio").hits) == 1
        # customer erasure deletes documents directly
        with project.db.transaction():
            project.db.execute("DELETE FROM documents WHERE id = ?", (hit.document_id,))
        assert ev.search_evidence(project, "spedizione").hits == []
        delete_source(project, source.id)
        assert ev.search_evidence(project, "negozio").hits == []
        # FTS5 raises if the index and the documents table disagree
        project.db.execute("INSERT INTO documents_fts(documents_fts, rank) "
                           "VALUES ('integrity-check', 1)")


def test_a_reused_document_id_is_indexed(project_path, tmp_path):
    with open_project(project_path) as project:
        _transcript(project, tmp_path, "a.txt", "alfa uno")
        last = _transcript(project, tmp_path, "b.txt", "beta due")
        ev.search_evidence(project, "alfa")  # everything indexed
        ev.delete_document(project, last)
        again = _transcript(project, tmp_path, "c.txt", "gamma tre")
        assert again == last  # SQLite gave the id out again
        assert [h.document_id for h in ev.search_evidence(project, "gamma").hits] == [again]
        assert ev.search_evidence(project, "beta").hits == []


def test_edited_documents_are_searched_by_their_new_text(project_path, tmp_path):
    with open_project(project_path) as project:
        doc = _transcript(project, tmp_path, "a.txt", "vecchio testo")
        with project.db.transaction():
            project.db.execute("UPDATE documents SET body = 'nuovo contenuto' WHERE id = ?", (doc,))
        assert ev.search_evidence(project, "vecchio").hits == []
        assert [h.document_id for h in ev.search_evidence(project, "contenuto").hits] == [doc]


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "OR NOT", "col:value", "a*b(c)",
                                   "NEAR(x y)", "'; DROP TABLE documents; --", "prezzo^2",
                                   "- + @", "\"\"", "title:spedizione"])
def test_user_typed_queries_never_break_search(project_path, tmp_path, query):
    with open_project(project_path) as project:
        _transcript(project, tmp_path, "a.txt", "Il prezzo della spedizione AND altro")
        try:
            ev.search_evidence(project, query)
        except EvidenceError as error:
            assert "Type one or more words" in str(error)
        assert project.db.scalar("SELECT count(*) FROM documents") == 1


def test_phrases_prefixes_and_all_words(project_path, tmp_path):
    with open_project(project_path) as project:
        a = _transcript(project, tmp_path, "a.txt", "La spedizione gratuita è arrivata.")
        b = _transcript(project, tmp_path, "b.txt", "Gratuita la prova, la spedizione no.")
        assert {h.document_id for h in ev.search_evidence(project, "spedizione gratuita").hits} == {
            a, b}
        assert [h.document_id for h in ev.search_evidence(project, '"spedizione gratuita"').hits
                ] == [a]
        assert {h.document_id for h in ev.search_evidence(project, "sped*").hits} == {a, b}
        with pytest.raises(EvidenceError, match="Type one or more words"):
            ev.search_evidence(project, "  ")


def test_read_only_project_reports_unindexed_documents(project_path, survey_csv):
    with open_project(project_path) as project:
        import_file(project, survey_csv)
    with open_project(project_path, readonly=True) as project:
        results = ev.search_evidence(project, "negozio")
        assert results.unindexed == 4 and results.hits == []
    with open_project(project_path) as project:
        assert ev.update_search_index(project) == 4
        assert ev.update_search_index(project) == 0


def test_migration_indexes_documents_already_in_an_older_project(tmp_path):
    path = tmp_path / "old.pwb"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:5])
    conn.execute("INSERT INTO project_meta VALUES ('name', 'old')")
    conn.execute("INSERT INTO documents(title, body, created_at) VALUES ('t', 'testo già lì', 'x')")
    conn.close()
    with open_project(path) as project:
        assert project.db.pragma("user_version") == len(MIGRATIONS)
        assert ev.search_evidence(project, "gia").hits[0].matches == [(6, 9)]
