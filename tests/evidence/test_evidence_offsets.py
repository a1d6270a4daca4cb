"""Coded passages stay exactly the selected text: accents, emoji, CJK, CRLF, BOM, reopening."""

from __future__ import annotations

import pytest
from evidence_helpers import docx_bytes

from workbench.domain.evidence import Utf16Map, from_utf16, normalise_text, to_utf16
from workbench.services import evidence
from workbench.services.project import open_project

SAMPLES = [
    "plain ascii text",
    "Perché la città è così lontana? Già, è così.",
    "Ottimo 😀👍🏽 servizio, ma 🚚 in ritardo",
    "中文客户说：送货太慢了。𠮷野家 also 🇮🇹 flags",
    "mixed: é😀中\U0001F600x",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_utf16_offsets_round_trip_and_match_qt_counting(text):
    encoded = text.encode("utf-16-le")
    mapping = Utf16Map(text)
    for offset in range(len(text) + 1):
        units = to_utf16(text, offset)
        # what Qt counts: the UTF-16 length of the text before the offset
        assert units == len(text[:offset].encode("utf-16-le")) // 2
        assert mapping.to_utf16(offset) == units
        assert from_utf16(text, units) == offset
        assert mapping.from_utf16(units) == offset
    assert to_utf16(text, len(text)) == len(encoded) // 2


def test_utf16_offset_inside_a_surrogate_pair_moves_to_the_character_start():
    text = "a😀b"
    assert from_utf16(text, 2) == 1  # between the two halves of 😀
    assert from_utf16(text, 3) == 2


def test_normalised_text_has_no_bom_and_only_lf():
    assert normalise_text("\ufeffuno\r\ndue\rtre\n") == "uno\ndue\ntre\n"


def _selections(body: str) -> list[str]:
    return ["è così", "😀👍🏽 servizio", "中文客户", "𠮷野家", "riga finale"]


@pytest.mark.parametrize("encoding,bom", [("utf-8", True), ("utf-8", False), ("utf-16", False)])
def test_coded_passage_is_exactly_the_selection_after_reopening(project_path, tmp_path, encoding,
                                                                 bom):
    text = ("Intervista con Giulia\r\nPerché è così difficile? Ottimo 😀👍🏽 servizio.\r\n"
            "中文客户说：送货太慢了。𠮷野家\r\nriga finale")
    data = text.encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    path = tmp_path / "intervista.txt"
    path.write_bytes(data)
    chosen = {}
    with open_project(project_path) as project:
        (document,) = evidence.import_transcripts(project, path).documents
        body = evidence.open_document(project, document.id).document.body
        assert "\r" not in body and not body.startswith("\ufeff")
        code = evidence.create_code(project, "Passaggio")
        for selection in _selections(body):
            # the GUI selects in UTF-16 units and converts back
            start16 = to_utf16(body, body.index(selection))
            end16 = start16 + len(selection.encode("utf-16-le")) // 2
            start, end = from_utf16(body, start16), from_utf16(body, end16)
            (coding,) = evidence.apply_codes(project, document.id, start, end, [code.id])
            chosen[coding.id] = selection
    with open_project(project_path, readonly=True) as project:
        view = evidence.open_document(project, document.id)
        assert {c.id: view.document.body[c.start:c.end] for c in view.codings} == chosen
        assert {p.coding_id: p.text for p in evidence.coded_passages(project, code.id)} == chosen


def test_docx_passage_offsets_survive_reopening(project_path, tmp_path):
    path = tmp_path / "colloquio.docx"
    path.write_bytes(docx_bytes(["Prima riga con città", "Seconda\triga 😀 fine", "三行目"],
                                title="Colloquio con Marco"))
    with open_project(project_path) as project:
        (document,) = evidence.import_transcripts(project, path).documents
        assert document.title == "Colloquio con Marco"
        body = evidence.open_document(project, document.id).document.body
        assert body == "Prima riga con città\nSeconda\triga 😀 fine\n三行目"
        code = evidence.create_code(project, "Emozione")
        start = body.index("😀")
        evidence.apply_codes(project, document.id, start, start + len("😀 fine\n三行"), [code.id])
    with open_project(project_path, readonly=True) as project:
        (passage,) = evidence.coded_passages(project, code.id)
        assert passage.text == "😀 fine\n三行"
