"""Importing transcripts: encodings, Markdown, DOCX, folders; bad files change nothing."""

from __future__ import annotations

import zipfile

import pytest
from evidence_helpers import docx_bytes
from project_snapshot import snapshot

from workbench.errors import DuplicateImportError, InputFileError, UnsupportedFileError
from workbench.ingest.documents import read_transcript, transcript_paths
from workbench.services import evidence
from workbench.services.project import open_project

TEXT = "Il cliente ha detto: «perché costa così tanto? 50 €»\nSeconda riga."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_text_transcripts_are_read_in_each_supported_encoding(tmp_path, encoding):
    path = tmp_path / "note.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode(encoding))
    transcript = read_transcript(path)
    assert transcript.text == TEXT
    assert transcript.kind == "text" and transcript.title == "note"


def test_markdown_title_comes_from_the_first_heading(tmp_path):
    path = tmp_path / "intervista-03.md"
    path.write_text("Note\n\n# Intervista con Anna\n\nTesto **importante**.\n", "utf-8")
    transcript = read_transcript(path)
    assert transcript.title == "Intervista con Anna" and transcript.kind == "markdown"
    assert "Testo **importante**." in transcript.text


def test_folder_import_reads_every_transcript_and_links_the_customer(project_path, tmp_path):
    folder = tmp_path / "interviste"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Primo colloquio sul negozio.", "utf-8")
    (folder / "b.md").write_text("# Secondo\nLa app si blocca.", "utf-8")
    (folder / "sub" / "c.docx").write_bytes(docx_bytes(["Terzo: il sito è lento."]))
    (folder / "ignored.csv").write_text("a,b\n1,2\n", "utf-8")
    (folder / "~$c.docx").write_bytes(b"lock")
    with open_project(project_path) as project:
        customer = int(project.db.execute(
            "INSERT INTO customers(label, created_at) VALUES ('Anna', 'now')").lastrowid)
        result = evidence.import_transcripts(project, folder, customer_id=customer)
        assert [d.title for d in result.documents] == ["a", "Secondo", "c"]
        assert {d.customer_label for d in result.documents} == {"Anna"}
        assert [d.origin for d in evidence.list_documents(project, customer_id=customer)] == [
            "a.txt", "b.md", "c.docx"]


def _bad_files(tmp_path):
    corrupt = tmp_path / "rotto.docx"
    corrupt.write_bytes(docx_bytes(["ok"])[:200])
    no_body = tmp_path / "vuoto-dentro.docx"
    with zipfile.ZipFile(no_body, "w") as archive:
        archive.writestr("word/other.xml", "<x/>")
    bad_xml = tmp_path / "xml.docx"
    with zipfile.ZipFile(bad_xml, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><unclosed>")
    empty = tmp_path / "vuoto.txt"
    empty.write_bytes(b"  \r\n\r\n")
    empty_docx = tmp_path / "vuoto.docx"
    empty_docx.write_bytes(docx_bytes(["", ""]))
    binary = tmp_path / "foto.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    undecodable = tmp_path / "bom-rotto.txt"
    undecodable.write_bytes(b"\xef\xbb\xbfciao \xff\xfe\xfa mondo")
    pdf = tmp_path / "report.md"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    return {corrupt: "not a readable Word document", no_body: "not a readable Word document",
            bad_xml: "not a readable Word document", empty: "is empty",
            empty_docx: "is empty", binary: "binary data", undecodable: "cannot be read as",
            pdf: "binary data"}


def test_each_bad_file_gets_a_clear_error_naming_it_and_changes_nothing(project_path, tmp_path):
    before = snapshot(project_path)
    for path, message in _bad_files(tmp_path).items():
        with open_project(project_path) as project:
            with pytest.raises(InputFileError) as caught:
                evidence.import_transcripts(project, path)
        assert path.name in str(caught.value), path
        assert message in str(caught.value), (path, str(caught.value))
        assert caught.value.path == path
    assert snapshot(project_path)[1] == before[1]


def test_one_bad_file_in_a_folder_imports_none_of_it(project_path, tmp_path):
    folder = tmp_path / "cartella"
    folder.mkdir()
    (folder / "a.txt").write_text("Buono.", "utf-8")
    (folder / "b.docx").write_bytes(b"PK\x03\x04 not really")
    before = snapshot(project_path)
    with open_project(project_path) as project:
        with pytest.raises(InputFileError, match="b.docx"):
            evidence.import_transcripts(project, folder)
    assert snapshot(project_path)[1] == before[1]


def test_unsupported_files_and_empty_folders_are_refused(tmp_path):
    (tmp_path / "slides.pptx").write_bytes(b"x")
    with pytest.raises(UnsupportedFileError, match="slides.pptx"):
        transcript_paths(tmp_path / "slides.pptx")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputFileError, match="holds no transcripts"):
        transcript_paths(tmp_path / "empty")
    with pytest.raises(InputFileError, match="was not found"):
        transcript_paths(tmp_path / "missing.txt")


def test_same_transcript_twice_is_detected(project_path, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Stesso testo.", "utf-8")
    with open_project(project_path) as project:
        evidence.import_transcripts(project, path)
        with pytest.raises(DuplicateImportError, match="a.txt"):
            evidence.import_transcripts(project, path)
        again = evidence.import_transcripts(project, path, allow_duplicate=True)
        assert len(again.documents) == 1
        assert len(evidence.list_documents(project)) == 2


def test_unknown_customer_is_refused(project_path, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Testo.", "utf-8")
    with open_project(project_path) as project:
        with pytest.raises(evidence.EvidenceError, match="Customer 99"):
            evidence.import_transcripts(project, path, customer_id=99)
        assert evidence.list_documents(project) == []
