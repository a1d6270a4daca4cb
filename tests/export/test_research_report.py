"""The research report: one PDF of the whole study, read back with pypdf and pdfium."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pdf_checks import font_problems, page_texts, render_page, squeezed

from workbench.errors import OperationCancelled
from workbench.progress import Task
from workbench.services.evidence import list_quotes
from workbench.services.importing import import_file
from workbench.services.journeys import journeys
from workbench.services.personas import personas_of, run_personas, update_persona
from workbench.services.project import create_project, open_project
from workbench.services.report import export_report

TOP_LEVEL = ["Cover", "Contents", "Method", "Personas", "Journey maps", "Evidence", "Appendix"]


def outline(path: Path) -> list[tuple[str, int, list[tuple[str, int]]]]:
    """(title, page index, children as (title, page index)) of every top-level bookmark."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    entries: list = []
    for item in reader.outline:
        if isinstance(item, list):
            entries[-1][2].extend((child.title, reader.get_destination_page_number(child))
                                  for child in item)
        else:
            entries.append((item.title, reader.get_destination_page_number(item), []))
    return entries


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    from workbench.services.sample import built_sample

    folder = tmp_path_factory.mktemp("report")
    path = folder / "sample.pwb"
    shutil.copy(built_sample(), path)
    return path


@pytest.fixture(scope="module")
def report(sample) -> Path:
    with open_project(sample, readonly=True) as project:
        return export_report(project, sample.with_name("report.pdf"))


def test_the_outline_has_every_section_persona_and_map_on_its_page(sample, report):
    entries = outline(report)
    assert [title for title, _, _ in entries] == TOP_LEVEL
    texts = page_texts(report)
    with open_project(sample, readonly=True) as project:
        names = [p.name for p in personas_of(project, 1)]
        maps = [j.name for j in journeys(project)]
    by_title = {title: (page, children) for title, page, children in entries}
    assert [t for t, _ in by_title["Personas"][1]] == names
    assert [t for t, _ in by_title["Journey maps"][1]] == maps
    assert [t for t, _ in by_title["Method"][1]] == [
        "Sources and their sizes", "How customers were linked", "Clustering settings",
        "Stability and structure quality", "Outcomes and measures"]
    assert [t for t, _ in by_title["Evidence"][1]] == ["Code counts", "Key quotes"]
    for position, (name, page) in enumerate(by_title["Personas"][1]):
        assert f"PERSONA {position + 1} OF {len(names)}" in texts[page]
        assert squeezed(name) in squeezed(texts[page])
    for name, page in by_title["Journey maps"][1]:
        assert squeezed(name) in squeezed(texts[page])
    for title, page, children in entries[2:]:
        if title in ("Method", "Evidence", "Appendix"):
            assert squeezed(title) in squeezed(texts[page])
            for child, child_page in children:
                assert squeezed(child) in squeezed(texts[child_page])
    pages = [page for _, page, _ in entries]
    assert pages == sorted(pages) and pages[:3] == [0, 1, 2]


def test_every_page_is_numbered_and_the_contents_agree_with_the_bookmarks(report):
    texts = page_texts(report)
    total = len(texts)
    assert total >= 20  # cover, contents, method, 4 cards, 4 maps, evidence, appendix
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text, number
    contents = squeezed(texts[1])
    assert "Contents" in texts[1]
    for title, page, children in outline(report)[2:]:
        for entry, target in [(title, page), *children]:
            found = re.search(re.escape(squeezed(entry)) + r"(\d+)", contents)
            assert found is not None, entry
            assert int(found.group(1)) == target + 1, entry


def test_the_method_says_where_the_figures_come_from(report):
    texts = page_texts(report)
    method = " ".join(texts[2:4])
    for expected in ("crm_customers.csv", "2,000", "touchpoints.csv", "6,073",
                     "events (touchpoints)", "customer_id", "k-means", "Silhouette", "0.36",
                     "Bootstrap stability", "Preparation: blanks filled in", "Churned", "NPS",
                     "CSAT"):
        assert expected in method, expected
    cover = texts[0]
    assert "Research report".upper() in cover and "2,300" in cover
    assert "Customer names and the titles of evidence documents are left out" in cover


def test_fonts_are_embedded_and_text_is_searchable(report):
    assert font_problems(report) == []
    assert all(text.strip() for text in page_texts(report))


def test_no_customer_names_unless_asked(sample, report, tmp_path):
    with open_project(sample, readonly=True) as project:
        quotes = list_quotes(project)
        label = next(q.customer_label for q in quotes if q.customer_label)
        title = next(q.document_title for q in quotes if q.document_title)
        with_names = export_report(project, tmp_path / "named.pdf", include_personal_data=True)
    everything = squeezed(" ".join(page_texts(report)))
    assert squeezed(label) not in everything
    assert squeezed(title) not in everything
    named = squeezed(" ".join(page_texts(with_names)))
    assert squeezed(label) in named
    assert squeezed("This report names customers") in named


def test_cover_contents_and_method_render(report):
    for index in range(3):
        image = render_page(report, index, scale=0.5)
        assert image.size[0] < image.size[1]  # A4 portrait
        colours = image.convert("L").getextrema()
        assert colours[0] < 100 < colours[1]  # ink on paper, not a blank page


@pytest.fixture
def small(tmp_path) -> Path:
    rows = ["customer_id,Name,Age,Web purchases,Store purchases"]
    for n in range(60):
        young = n % 2 == 0
        rows.append(f"C{n:03d},Cliente {'Zoë' if young else 'Ёлка'} {n},"
                    f"{25 + n % 5 if young else 60 + n % 7},"
                    f"{9 + n % 3 if young else 1},{1 if young else 12 + n % 4}")
    (tmp_path / "crm.csv").write_text("\n".join(rows), "utf-8")
    path = create_project(tmp_path / "small.pwb", "Progetto piccolo")
    with open_project(path) as opened:
        import_file(opened, tmp_path / "crm.csv")
        run_personas(opened, k=2, seed=0, name="Due personas")
    return path


def test_a_study_without_journeys_or_evidence_still_gives_a_sound_report(small, tmp_path):
    with open_project(small, readonly=True) as project:
        path = export_report(project, tmp_path / "small.pdf")
    entries = outline(path)
    assert [t for t, _, _ in entries] == ["Cover", "Contents", "Method", "Personas", "Evidence",
                                          "Appendix"]
    texts = page_texts(path)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
    everything = " ".join(texts)
    assert "No codes yet" in everything and "No quotes" in everything
    assert "No linking run" in everything
    assert "not measured" in everything
    assert "Cliente" not in everything
    assert font_problems(path) == []


def test_user_text_is_never_markup_and_emoji_get_stand_ins(small, tmp_path):
    with open_project(small) as project:
        persona = personas_of(project, 1)[0]
        update_persona(project, persona.id, name="$x^2$ <b>Più</b> 🛒")
        path = export_report(project, tmp_path / "odd.pdf")
    titles = [t for _, _, children in outline(path) for t, _ in children]
    assert "$x^2$ <b>Più</b> 🛒" in titles  # bookmarks keep the name as typed
    texts = page_texts(path)
    assert any("$x^2$ <b>Più</b> [shopping trolley]" in text for text in texts)
    assert font_problems(path) == []


def test_a_cancelled_report_leaves_no_file_and_an_old_one_untouched(small, tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    seen = []

    def progress(done, total, message):
        seen.append(done)
        if len(seen) > 3:
            task.cancel()

    task = Task(progress)
    with open_project(small, readonly=True) as project, pytest.raises(OperationCancelled):
        export_report(project, target, task=task)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report.pdf")] == []
