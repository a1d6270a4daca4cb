"""`workbench export --pptx` (persona and journey slides) and `workbench report --pdf` on real
project files, the files read back with python-pptx and pypdf."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from journey_project import PERSONA, make_journey_project  # noqa: E402

from workbench.cli import build_parser, main  # noqa: E402
from workbench.services.importing import import_file  # noqa: E402
from workbench.services.personas import personas_of, run_personas  # noqa: E402
from workbench.services.project import create_project, open_project  # noqa: E402


def run_cli(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def slide_texts(path: Path) -> list[str]:
    from pptx import Presentation

    texts = []
    for slide in Presentation(str(path)).slides:
        parts = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                parts.extend(cell.text for row in shape.table.rows for cell in row.cells)
            if shape.shape_type == 6:  # a group
                parts.extend(s.text_frame.text for s in shape.shapes if s.has_text_frame)
        texts.append("\n".join(parts))
    return texts


@pytest.fixture
def three_personas(tmp_path) -> tuple[Path, int, list]:
    """A project with a persona set of three personas: (path, set id, personas)."""
    rows = ["customer_id,Name,Age,Web purchases,Store purchases"]
    for n in range(90):
        group = n % 3
        rows.append(f"C{n:03d},Cliente {n},{[25, 45, 68][group] + n % 5},"
                    f"{[9, 4, 1][group] + n % 3},{[1, 5, 13][group] + n % 4}")
    (tmp_path / "crm.csv").write_text("\n".join(rows), "utf-8")
    path = create_project(tmp_path / "decks.pwb", "Studio mazzi")
    with open_project(path) as opened:
        import_file(opened, tmp_path / "crm.csv")
        set_id = run_personas(opened, k=3, seed=0, name="Tre personas")
        set_id = getattr(set_id, "id", set_id)
        found = personas_of(opened, set_id)
    return path, set_id, found


def test_export_pptx_writes_persona_slides_python_pptx_reads(capsys, three_personas, tmp_path):
    from pptx import Presentation

    path, set_id, found = three_personas
    target = tmp_path / "personas.pptx"
    status, out, err = run_cli(capsys, "export", path, "--pptx", target, "--personas", set_id,
                               "--quiet")
    assert status == 0, err
    deck = Presentation(str(target))
    slides = list(deck.slides)
    # a persona per slide (two when it needs them)
    assert len(found) <= len(slides) <= 2 * len(found)
    assert deck.slide_width * 9 == deck.slide_height * 16  # 16:9
    texts = "\n".join(slide_texts(target))
    for persona in found:
        assert persona.name in texts, persona.name
    assert "Cliente 1" not in texts  # no customer names without --include-personal-data
    assert str(target) in out and str(len(slides)) in out


def test_export_pptx_of_chosen_personas_only(capsys, three_personas, tmp_path):
    from pptx import Presentation

    path, _set_id, found = three_personas
    target = tmp_path / "one.pptx"
    status, _out, err = run_cli(capsys, "export", path, "--pptx", target, "--persona",
                                found[1].id, "--quiet")
    assert status == 0, err
    slides = list(Presentation(str(target)).slides)
    assert 1 <= len(slides) <= 2
    texts = "\n".join(slide_texts(target))
    assert found[1].name in texts and found[0].name not in texts


def test_export_journey_pptx(capsys, tmp_path):
    from pptx import Presentation

    path, journey_id = make_journey_project(tmp_path)
    target = tmp_path / "journey.pptx"
    status, out, err = run_cli(capsys, "export", path, "--journey", journey_id, "--pptx", target,
                               "--quiet")
    assert status == 0, err
    slides = list(Presentation(str(target)).slides)
    assert slides
    texts = "\n".join(slide_texts(target))
    assert "Compares three models, reads reviews and asks a friend" in texts
    assert f"journey map {journey_id}" in out and str(target) in out


def test_pptx_cannot_take_more_than_one_target(capsys, three_personas, tmp_path):
    path, _set_id, _found = three_personas
    with pytest.raises(SystemExit):
        main(["export", str(path), "--pptx", str(tmp_path / "a.pptx"), "--pdf",
              str(tmp_path / "a.pdf")])
    assert "not allowed with argument" in capsys.readouterr().err


def test_pptx_without_a_persona_set_says_how_to_make_one(capsys, tmp_path):
    path = create_project(tmp_path / "empty.pwb", "Vuoto")
    status, _out, err = run_cli(capsys, "export", path, "--pptx", tmp_path / "x.pptx", "--quiet")
    assert status == 1
    assert "no persona sets yet" in err and "workbench personas PROJECT" in err
    assert not (tmp_path / "x.pptx").exists()


def test_pptx_refuses_trends_and_table_options(capsys, three_personas, tmp_path):
    path, _set_id, _found = three_personas
    status, _out, err = run_cli(capsys, "export", path, "--pptx", tmp_path / "x.pptx", "--trends")
    assert status == 1 and "--trends" in err
    status, _out, err = run_cli(capsys, "export", path, "--pptx", tmp_path / "x.pptx", "--dpi",
                                "90")
    assert status == 1 and "--pptx" in err
    assert not (tmp_path / "x.pptx").exists()


def test_report_writes_a_pdf_with_an_outline(capsys, tmp_path):
    from pypdf import PdfReader

    path, _journey_id = make_journey_project(tmp_path)
    target = tmp_path / "report.pdf"
    status, out, err = run_cli(capsys, "report", path, "--pdf", target, "--quiet")
    assert status == 0, err
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 3
    titles = [item.title for item in _flat(reader.outline)]
    assert titles and any(PERSONA in t for t in titles), titles
    assert any("Buying a kitchen blender" in t for t in titles), titles
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "Buying a kitchen blender" in text
    assert str(target) in out


def test_report_default_target_is_beside_the_project(capsys, tmp_path):
    path, _journey_id = make_journey_project(tmp_path)
    status, out, err = run_cli(capsys, "report", path, "--quiet")
    assert status == 0, err
    expected = path.with_name(f"{path.stem}-report.pdf")
    assert expected.is_file() and str(expected) in out


def test_report_of_a_missing_set_is_a_clear_error(capsys, tmp_path):
    path, _journey_id = make_journey_project(tmp_path)
    status, _out, err = run_cli(capsys, "report", path, "--pdf", tmp_path / "r.pdf", "--set",
                                "999", "--quiet")
    assert status == 1 and err.startswith("Error:") and "Traceback" not in err
    assert not (tmp_path / "r.pdf").exists()


def _flat(outline) -> list:
    items = []
    for item in outline:
        items.extend(_flat(item) if isinstance(item, list) else [item])
    return items


@pytest.mark.parametrize("command, options", [
    ("export", ("--pptx", "--personas", "--persona", "--journey", "--include-personal-data",
                "--quiet")),
    ("report", ("--pdf", "--set", "--include-personal-data", "--quiet")),
])
def test_help_documents_every_option(capsys, command, options):
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args([command, "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    for option in options:
        assert option in text, option
    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices[command]  # noqa: SLF001
    for action in sub._actions:  # noqa: SLF001
        assert action.help, action.option_strings  # every option has a help text
