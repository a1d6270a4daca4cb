"""Turns and codings keep their exact offsets: emoji, CJK, CRLF, BOM, DOCX, reopening,
detecting the speakers again and changing a speaker's role."""

from __future__ import annotations

import pytest
from evidence_helpers import docx_bytes

from workbench.domain.speakers import SpeakerRole
from workbench.services import evidence
from workbench.services import speakers as speaker_service
from workbench.services.project import open_project

#: (label, spoken words) of one conversation; the words hold astral emoji (two UTF-16
#: units each), skin-tone and flag sequences, CJK and accents.
TURNS = [
    ("Interviewer", "Benvenuta 😀! Com'è andata la consegna? 🚚"),
    ("Giulia", "Male 👎🏽: il corriere è arrivato tardi, 中文客户说送货太慢了。"),
    ("Interviewer", "Capisco. E il negozio 🇮🇹 di via Roma?"),
    ("Giulia", "𠮷野家 accanto è comodo, ma la cassa… lentissima 🐌🐌."),
    ("Interviewer", "Grazie mille, è tutto."),
    ("Giulia", "Grazie a voi 🙏🏻"),
]
PREAMBLE = "Intervista — Giulia, 3 marzo ✨"


def _write(tmp_path, kind: str):
    lines = [PREAMBLE, ""] + [f"{label}: {words}" for label, words in TURNS]
    if kind == "txt-bom-crlf":
        path = tmp_path / "giulia.txt"
        path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    elif kind == "md-crlf":
        path = tmp_path / "giulia.md"
        marked = [PREAMBLE, ""] + [f"**{label}:** {words}" for label, words in TURNS]
        path.write_bytes("\r\n".join(marked).encode("utf-8"))
    elif kind == "utf16":
        path = tmp_path / "giulia.txt"
        path.write_bytes("\r\n".join(lines).encode("utf-16"))  # with its BOM
    else:
        path = tmp_path / "giulia.docx"
        path.write_bytes(docx_bytes(lines))
    return path


def _state(project, document_id: int):
    body = evidence.open_document(project, document_id).document.body
    turns = [(t.speaker.key, t.turn.start, t.turn.text_start, t.turn.end, t.text)
             for t in speaker_service.document_turns(project, document_id)]
    codings = [(c.id, c.code_id, c.start, c.end, body[c.start:c.end])
               for c in evidence.codings_for_document(project, document_id)]
    return body, turns, codings


@pytest.mark.parametrize("kind", ["txt-bom-crlf", "md-crlf", "utf16", "docx"])
def test_turn_and_coding_offsets_survive_reopening_and_detecting_again(project_path, tmp_path,
                                                                       kind):
    path = _write(tmp_path, kind)
    with open_project(project_path) as project:
        imported = evidence.import_transcripts(project, path)
        document_id = imported.documents[0].id
        views = speaker_service.document_turns(project, document_id)
        # every turn's words are exactly what was written, whatever the encoding
        assert [(v.speaker.label, v.text) for v in views] == TURNS
        body = evidence.open_document(project, document_id).document.body
        assert body.startswith(PREAMBLE) and "\r" not in body and "\ufeff" not in body
        for view in views:
            assert body[view.turn.text_start:view.turn.end] == view.text
            assert body[view.turn.start:view.turn.text_start].strip().strip("*").rstrip(":") \
                .strip("*").startswith(view.speaker.label)
        code = evidence.create_code(project, "Turno")
        whole = speaker_service.code_turns(project, [v.turn.id for v in views], [code.id])
        # and a passage inside a turn, starting after the emoji
        answer = views[1]
        inner_start = body.index("il corriere", answer.turn.text_start)
        inner = evidence.apply_codes(project, document_id, inner_start,
                                     inner_start + len("il corriere è arrivato tardi"),
                                     [evidence.create_code(project, "Ritardo").id])
        assert len(whole) == len(TURNS) and len(inner) == 1
        before = _state(project, document_id)
        assert [c[4] for c in before[2] if c[1] == code.id] == [words for _, words in TURNS]

    with open_project(project_path, readonly=True) as project:
        assert _state(project, document_id) == before

    with open_project(project_path) as project:
        # the researcher corrects a role, then the speakers are detected again
        giulia = speaker_service.find_speaker(project, "Giulia")
        interviewer = speaker_service.find_speaker(project, "Interviewer")
        speaker_service.set_speaker_role(project, interviewer.id, SpeakerRole.RESPONDENT)
        assert _state(project, document_id) == before
        reports = speaker_service.detect_speakers(project)
        assert [r.turns for r in reports] == [len(TURNS)]
        assert _state(project, document_id) == before
        assert speaker_service.find_speaker(project, "Interviewer").role is SpeakerRole.RESPONDENT
        assert speaker_service.find_speaker(project, "Giulia").id == giulia.id
        speaker_service.set_speaker_role(project, interviewer.id, SpeakerRole.INTERVIEWER)

    with open_project(project_path) as project:
        assert _state(project, document_id) == before
        assert speaker_service.find_speaker(project, "Interviewer").role is \
            SpeakerRole.INTERVIEWER


def test_utf16_offsets_of_turns_match_what_the_reader_shows(project_path, tmp_path):
    """The reader (Qt) counts UTF-16 units: a turn converted there and back is the same turn."""
    from workbench.domain.evidence import Utf16Map

    path = _write(tmp_path, "txt-bom-crlf")
    with open_project(project_path) as project:
        document_id = evidence.import_transcripts(project, path).documents[0].id
        body = evidence.open_document(project, document_id).document.body
        units = body.encode("utf-16-le")
        mapping = Utf16Map(body)
        for view in speaker_service.document_turns(project, document_id):
            start = mapping.to_utf16(view.turn.text_start)
            end = mapping.to_utf16(view.turn.end)
            assert units[start * 2:end * 2].decode("utf-16-le") == view.text
            assert (mapping.from_utf16(start), mapping.from_utf16(end)) == \
                (view.turn.text_start, view.turn.end)
