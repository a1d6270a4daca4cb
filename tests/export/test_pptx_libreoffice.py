"""The decks open in LibreOffice Impress: converted to PDF headless, one page per slide, and
the first page renders (not blank)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from journey_project import make_journey_project

from workbench.services.export import newest_persona_set
from workbench.services.project import open_project
from workbench.services.sample import built_sample
from workbench.services.slides import export_journey_pptx, export_personas_pptx

pptx = pytest.importorskip("pptx")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: the CI installs it from "
    "Debian's packages (libreoffice-impress)")


def to_pdf(deck: Path, folder: Path) -> Path:
    """``deck`` converted by LibreOffice headless, with a private profile (no shared state)."""
    profile = folder / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(deck)],
                   check=True, capture_output=True, timeout=240)
    pdf = folder / (deck.stem + ".pdf")
    assert pdf.is_file(), "LibreOffice wrote no PDF"
    return pdf


def check_pdf(pdf: Path, slides: int, png: Path) -> None:
    import pypdfium2
    from pypdf import PdfReader

    assert len(PdfReader(str(pdf)).pages) == slides
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        image = document[0].render(scale=1.2).to_pil().convert("L")
    finally:
        document.close()
    image.save(png)
    low, high = image.getextrema()
    assert high - low > 100  # ink on paper, not a blank page
    dark = sum(1 for value in image.tobytes() if value < 128)
    assert dark > 0.002 * image.width * image.height


def test_persona_deck_converts_page_per_slide(tmp_path):
    project_path = tmp_path / "sample.pwb"
    shutil.copy(built_sample(), project_path)
    with open_project(project_path) as project:
        deck = export_personas_pptx(project, newest_persona_set(project).id,
                                    tmp_path / "personas.pptx")
    slides = len(pptx.Presentation(str(deck)).slides)
    check_pdf(to_pdf(deck, tmp_path), slides, tmp_path / "personas-lo.png")


def test_journey_deck_converts_page_per_slide(tmp_path):
    path, journey_id = make_journey_project(tmp_path, stages=["Use", "Recommend"])
    with open_project(path) as project:
        deck = export_journey_pptx(project, journey_id, tmp_path / "map.pptx")
    slides = len(pptx.Presentation(str(deck)).slides)
    check_pdf(to_pdf(deck, tmp_path), slides, tmp_path / "journey-lo.png")
