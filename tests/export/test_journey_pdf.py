"""Journey map PDF and PNG exports of a real project, read back and rendered."""

from __future__ import annotations

from pathlib import Path

import pytest
from journey_project import DESIGNED, PERSONA, make_journey_project
from pdf_checks import font_problems, page_texts, render_page, squeezed

from workbench.errors import WorkbenchError
from workbench.export.journey_map import A3_LANDSCAPE, A4_LANDSCAPE
from workbench.services import export as exporting
from workbench.services import journeys as journey_service
from workbench.services.project import open_project

SHOTS = Path("/tmp/shots")
STAGES = ["Problem discovery", "Problem definition", "Development and resolution",
          "Delivery of the solution"]


def page_sizes(path: Path) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(str(path)).pages]


def is_size(actual: tuple[float, float], expected: tuple[float, float]) -> bool:
    return abs(actual[0] - expected[0]) < 1 and abs(actual[1] - expected[1]) < 1


@pytest.fixture
def project(tmp_path):
    return make_journey_project(tmp_path)


def test_journey_pdf_shows_persona_stages_cards_and_friction_numbers(project, tmp_path):
    path, journey_id = project
    with open_project(path, readonly=True) as opened:
        done = exporting.export_journey_pdf(opened, journey_id, tmp_path / "map.pdf")
        journey = journey_service.get_journey(opened, journey_id)
    pdf = tmp_path / "map.pdf"
    assert done.paths == [pdf] and done.pages == len(page_texts(pdf)) == 1
    (width, height), = page_sizes(pdf)
    assert width > height  # landscape
    assert is_size((width, height), A4_LANDSCAPE) or is_size((width, height), A3_LANDSCAPE)
    text = squeezed(page_texts(pdf)[0])
    assert squeezed(PERSONA) in text and squeezed("Buying a kitchen blender") in text
    for stage in STAGES:
        assert squeezed(stage) in text, stage
    for texts in DESIGNED.values():
        for card in texts:
            assert squeezed(card) in text, card
    friction = [c for c in journey.cards if c.origin == "observed"]
    assert friction, "the planted friction should be proposed as pain points"
    for card in friction:
        assert squeezed(f"Observed: {card.figures['members']} members") in text
    assert squeezed("Ricerca clienti 2026") in text and "Page1of1" in text
    assert font_problems(pdf) == []

    image = render_page(pdf, 0, scale=1.5)
    SHOTS.mkdir(exist_ok=True)
    image.save(SHOTS / "journey-pdf.png")
    assert image.width > image.height
    colours = {colour for _count, colour in image.convert("RGB").getcolors(maxcolors=1 << 22)}
    assert (0xE1, 0x57, 0x59) in colours  # the red friction badges are drawn


def test_a4_and_a3_papers_are_landscape_and_a_long_map_keeps_every_card(tmp_path):
    words = " ".join(f"w{n:03d}" for n in range(1, 400))  # taller than a page: split by lines
    designed = {kind: [[text, f"Second {kind} card with a few more words"] for text in texts]
                for kind, texts in DESIGNED.items()}
    designed["actions"][0] = [words, "After the long one"]
    extra = ["Advocacy", "Renewal", "Upgrade", "Farewell"]
    for kind in designed:
        designed[kind] += [[f"{kind} at {stage}"] for stage in extra]
    path, journey_id = make_journey_project(tmp_path, designed=designed, stages=extra)
    with open_project(path, readonly=True) as opened:
        a4 = exporting.export_journey_pdf(opened, journey_id, tmp_path / "a4.pdf", paper="a4")
        a3 = exporting.export_journey_pdf(opened, journey_id, tmp_path / "a3.pdf", paper="a3")
    assert all(is_size(s, A4_LANDSCAPE) for s in page_sizes(tmp_path / "a4.pdf"))
    assert all(is_size(s, A3_LANDSCAPE) for s in page_sizes(tmp_path / "a3.pdf"))
    assert a4.pages > a3.pages > 1
    for pdf in (tmp_path / "a4.pdf", tmp_path / "a3.pdf"):
        texts = [squeezed(t) for t in page_texts(pdf)]
        everything = "".join(texts)
        for page in texts:  # every page repeats the map's name and its stage headers
            assert squeezed("Buying a kitchen blender") in page
            assert "Stages" in page
        for stage in STAGES + extra:
            assert squeezed(stage) in everything
        for kind, cells in designed.items():
            for cell in cells:
                for card in cell:
                    if card is not words:
                        assert squeezed(card) in everything, (pdf.name, kind, card)
        assert all(f"w{n:03d}" in everything for n in range(1, 400))
        assert font_problems(pdf) == []


def test_accented_greek_cyrillic_and_emoji_render_as_glyphs(tmp_path):
    designed = {"thoughts": ["Perché così? Ζωή Ёлка 😀 🛒"]}
    path, journey_id = make_journey_project(tmp_path, designed=designed)
    with open_project(path, readonly=True) as opened:
        exporting.export_journey_pdf(opened, journey_id, tmp_path / "intl.pdf")
    text = page_texts(tmp_path / "intl.pdf")[0]
    for word in ("Perché", "così", "Ζωή", "Ёлка", "😀"):
        assert word in text, word
    # the trolley is not in the embedded fonts: a visible stand-in, and the footer says so
    assert "[shoppingtrolley]" in squeezed(text)
    assert "[brackets]" in text
    assert font_problems(tmp_path / "intl.pdf") == []


def test_png_has_the_page_shape_at_the_resolution_asked(project, tmp_path):
    from PIL import Image

    path, journey_id = project
    with open_project(path, readonly=True) as opened:
        done = exporting.export_journey_png(opened, journey_id, tmp_path / "map.png", dpi=90)
        pdf = exporting.export_journey_pdf(opened, journey_id, tmp_path / "map.pdf")
    assert done.paths == [tmp_path / "map.png"] and pdf.pages == 1
    (width, height), = page_sizes(tmp_path / "map.pdf")
    with Image.open(done.paths[0]) as image:
        assert abs(image.width - width / 72 * 90) <= 2 and abs(image.height - height / 72 * 90) <= 2


def test_several_pages_give_numbered_pngs(tmp_path):
    extra = ["Advocacy", "Renewal", "Upgrade", "Farewell", "Return"]
    path, journey_id = make_journey_project(tmp_path, stages=extra)
    with open_project(path, readonly=True) as opened:
        done = exporting.export_journey_png(opened, journey_id, tmp_path / "map.png", paper="a4",
                                            dpi=72)
    assert [p.name for p in done.paths] == ["map.png"] + [f"map-{n}.png"
                                                         for n in range(2, done.pages + 1)]
    assert done.pages > 1 and all(p.is_file() for p in done.paths)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_unknown_paper_or_journey_is_refused_without_writing(project, tmp_path):
    path, journey_id = project
    with open_project(path, readonly=True) as opened:
        with pytest.raises(WorkbenchError, match="paper"):
            exporting.export_journey_pdf(opened, journey_id, tmp_path / "x.pdf", paper="letter")
        with pytest.raises(WorkbenchError, match="journey map 999"):
            exporting.export_journey_pdf(opened, 999, tmp_path / "y.pdf")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_cli_exports_a_journey_pdf_and_pngs(project, tmp_path):
    from test_cli_export import workbench

    path, journey_id = project
    result = workbench("export", "--help")
    assert "--journey" in result.stdout and "--paper" in result.stdout
    result = workbench("export", str(path), "--journey", str(journey_id), "--pdf",
                       str(tmp_path / "cli.pdf"), "--paper", "a4")
    assert result.returncode == 0, result.stderr
    assert f"Wrote journey map {journey_id}" in result.stdout
    assert all(is_size(s, A4_LANDSCAPE) for s in page_sizes(tmp_path / "cli.pdf"))
    assert squeezed(PERSONA) in squeezed(page_texts(tmp_path / "cli.pdf")[0])
    result = workbench("export", str(path), "--journey", str(journey_id), "--png",
                       str(tmp_path / "cli.png"), "--dpi", "72")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "cli.png").is_file()
    result = workbench("export", str(path), "--journey", "4242")
    assert result.returncode != 0 and "4242" in (result.stderr + result.stdout)


def test_cancelled_export_leaves_no_file_and_keeps_an_older_one(tmp_path):
    from workbench.errors import OperationCancelled
    from workbench.progress import Task

    path, journey_id = make_journey_project(tmp_path, stages=["Advocacy", "Renewal", "Upgrade"])
    (tmp_path / "old.pdf").write_bytes(b"older export")

    def cancel_after_first_page(done, total, _message):
        if total and done >= 1:
            task.cancel()

    with open_project(path, readonly=True) as opened:
        for export, target in ((exporting.export_journey_pdf, "old.pdf"),
                               (exporting.export_journey_png, "pages.png")):
            task = Task(cancel_after_first_page)
            with pytest.raises(OperationCancelled):
                export(opened, journey_id, tmp_path / target, paper="a4", task=task)
    assert (tmp_path / "old.pdf").read_bytes() == b"older export"
    assert not list(tmp_path.glob("pages*")) and not list(tmp_path.glob("*.part"))


def test_a_300_character_map_name_wraps_in_the_header_instead_of_being_cut(tmp_path):
    name = ("Il percorso della cliente dal primo dubbio alla consegna " * 6)[:300].strip()
    path, journey_id = make_journey_project(tmp_path)
    with open_project(path) as opened:
        journey_service.rename_journey(opened, journey_id, name)
        exporting.export_journey_pdf(opened, journey_id, tmp_path / "long-name.pdf", paper="a4")
    text = squeezed(page_texts(tmp_path / "long-name.pdf")[0])
    assert squeezed(name) in text


def test_fit_takes_a4_for_a_map_that_fits_it_and_a3_for_a_fuller_one(tmp_path):
    (tmp_path / "sparse").mkdir()
    (tmp_path / "full").mkdir()
    sparse_path, sparse_id = make_journey_project(tmp_path / "sparse", designed={})
    with open_project(sparse_path) as opened:  # keep two of the proposed pain points
        for card in journey_service.get_journey(opened, sparse_id).cards[:-2]:
            journey_service.remove_card(opened, card.id)
    full_path, full_id = make_journey_project(tmp_path / "full")
    with open_project(sparse_path, readonly=True) as opened:
        sparse = exporting.export_journey_pdf(opened, sparse_id, tmp_path / "sparse.pdf")
    with open_project(full_path, readonly=True) as opened:
        full = exporting.export_journey_pdf(opened, full_id, tmp_path / "full.pdf")
        on_a4 = exporting.export_journey_pdf(opened, full_id, tmp_path / "a4.pdf", paper="a4")
    assert sparse.pages == full.pages == 1 and on_a4.pages > 1
    assert is_size(page_sizes(tmp_path / "sparse.pdf")[0], A4_LANDSCAPE)
    assert is_size(page_sizes(tmp_path / "full.pdf")[0], A3_LANDSCAPE)
