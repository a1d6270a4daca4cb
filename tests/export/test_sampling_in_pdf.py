"""Persona cards drawn from a sample say so on every page; population sizes show when imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdf_checks import font_problems, page_texts, render_page, squeezed

from workbench import i18n
from workbench.domain.warehouse import DatabaseSource, SampleSpec, SamplingRecord
from workbench.services.export import export_persona_png, export_personas_pdf
from workbench.services.importing import import_database
from workbench.services.personas import personas_of, run_personas, update_persona
from workbench.services.project import create_project, open_project
from workbench.services.sampling import sample_note
from workbench.services.sql_export import import_population_counts, population_counts

ROWS = 3_000  # in the company's database
SAMPLE = 1_200  # imported
POPULATION = 42_318_220  # a bigger customer base, recorded by hand where a test needs it
#: What the company's engine counted per persona position (-1: fits none).
ENGINE_COUNTS = {0: 8_900_000, 1: 33_218_220, -1: 200_000}
LONG_STORY = ("Giulia compares every offer on her phone before she goes to the shop, and writes "
              "to the helpdesk when the price online differs from the one on the shelf. ") * 30


def _write_crm(path: Path) -> Path:
    """A DuckDB database of ROWS customers in two clear groups."""
    import duckdb

    rows = []
    for n in range(ROWS):
        young = n % 2 == 0
        rows.append((f"C{n:05d}", 25 + n % 5 if young else 60 + n % 7,
                     9 + n % 3 if young else 1, 1 if young else 12 + n % 4))
    conn = duckdb.connect(str(path))
    try:
        conn.execute('CREATE TABLE customers (customer_id VARCHAR, "Age" INTEGER, '
                     '"Web purchases" INTEGER, "Store purchases" INTEGER)')
        conn.executemany("INSERT INTO customers VALUES (?, ?, ?, ?)", rows)
    finally:
        conn.close()
    return path


def _record_sampling(project, source_id: int, record: SamplingRecord) -> None:
    """What a sampled import leaves behind, for a population no test file can hold."""
    from workbench.store.sources import get_source

    options = dict(get_source(project.db, source_id).options, sampling=record.to_dict())
    with project.db.transaction() as db:
        db.execute("UPDATE sources SET options = ? WHERE id = ?",
                   (json.dumps(options, ensure_ascii=False), source_id))


def _import_engine_counts(project, set_id: int) -> None:
    import_population_counts(project, set_id, [{"persona_position": p, "customers": c}
                                               for p, c in ENGINE_COUNTS.items()],
                             note="scored in Spark")


def _build(tmp_path: Path, *, sampled: bool, population: int | None = None
           ) -> tuple[Path, int]:
    """A project of SAMPLE customers drawn from a DuckDB table (or the whole table when not
    ``sampled``); ``population`` records a bigger source than the file holds."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    crm = _write_crm(tmp_path / "crm.duckdb")
    path = create_project(tmp_path / "sampled.pwb", "Telco 2026")
    with open_project(path) as project:
        imported = import_database(project, DatabaseSource("duckdb", str(crm), table="customers"),
                                   sample=SampleSpec(size=SAMPLE, seed=7) if sampled else None)
        if population is not None:
            _record_sampling(project, imported.source.id, SamplingRecord(
                method="random", size=SAMPLE, population=population, seed=7))
        set_id = run_personas(project, k=2, seed=0, name="Due personas")
        first = personas_of(project, set_id)[0]
        update_persona(project, first.id, narrative=LONG_STORY)  # a card of two pages
    return path, set_id


@pytest.fixture
def sampled(tmp_path) -> tuple[Path, int]:
    return _build(tmp_path, sampled=True)


@pytest.fixture
def sampled_big(tmp_path) -> tuple[Path, int]:
    return _build(tmp_path, sampled=True, population=POPULATION)


def _note(path: Path) -> str:
    with open_project(path, readonly=True) as project:
        return sample_note(project) or ""


def test_every_card_page_says_the_figures_come_from_a_sample(sampled, tmp_path):
    path, set_id = sampled
    note = _note(path)
    assert note.startswith("From a sample of 1,200 of 3,000 customers")
    with open_project(path, readonly=True) as project:
        exported = export_personas_pdf(project, set_id, tmp_path / "cards.pdf")
    texts = page_texts(tmp_path / "cards.pdf")
    assert exported.pages == len(texts) > 2  # the long story runs onto a second page
    assert "continued" in texts[1]
    for number, text in enumerate(texts, start=1):
        assert squeezed(note) in squeezed(text), f"page {number}: {text[-400:]}"
    assert font_problems(tmp_path / "cards.pdf") == []
    # No population counts imported: no population figures.
    assert "population" not in " ".join(texts)


def test_trends_pages_say_it_too(sampled, tmp_path):
    path, set_id = sampled
    with open_project(path, readonly=True) as project:
        export_personas_pdf(project, set_id, tmp_path / "trends.pdf", trends=True)
    texts = page_texts(tmp_path / "trends.pdf")
    assert any("Trends" in t for t in texts)
    assert all(squeezed(_note(path)) in squeezed(t) for t in texts)


def test_a_project_without_sampling_says_nothing_about_a_sample(tmp_path):
    path, set_id = _build(tmp_path, sampled=False)
    assert _note(path) == ""
    with open_project(path, readonly=True) as project:
        export_personas_pdf(project, set_id, tmp_path / "cards.pdf")
    text = " ".join(page_texts(tmp_path / "cards.pdf"))
    assert "3,000 customers clustered" in text
    assert "sample" not in text and "population" not in text


def test_the_brief_s_figures_on_every_page(sampled_big, tmp_path):
    path, set_id = sampled_big
    assert _note(path).startswith("From a sample of 1,200 of 42,318,220 customers")
    with open_project(path, readonly=True) as project:
        export_personas_pdf(project, set_id, tmp_path / "cards.pdf")
    for text in page_texts(tmp_path / "cards.pdf"):
        assert squeezed(_note(path)) in squeezed(text)


def test_italian_cards_use_italian_separators(sampled_big, tmp_path):
    path, set_id = sampled_big
    i18n.set_language("it")
    try:
        note = _note(path)
        with open_project(path, readonly=True) as project:
            export_personas_pdf(project, set_id, tmp_path / "schede.pdf")
    finally:
        i18n.set_language("en")
    texts = page_texts(tmp_path / "schede.pdf")
    assert "1.200" in note and "42.318.220" in note and note != _note(path)
    assert all("PAGINA" in t.upper() for t in texts)  # the pages are in Italian
    for text in texts:
        assert squeezed(note) in squeezed(text)
        assert "42,318,220" not in text


def test_population_sizes_show_beside_the_sample_share(sampled, tmp_path):
    path, set_id = sampled
    with open_project(path) as project:
        _import_engine_counts(project, set_id)
    with open_project(path, readonly=True) as project:
        personas = personas_of(project, set_id)
        imported_on = population_counts(project, set_id).imported_at[:10]
        export_personas_pdf(project, set_id, tmp_path / "cards.pdf")
    texts = page_texts(tmp_path / "cards.pdf")
    first_pages = [t for t in texts if "PERSONA" in t and "OF 2" in t]
    assert len(first_pages) == len(personas) == 2
    total = sum(ENGINE_COUNTS.values())
    for persona, text in zip(sorted(personas, key=lambda p: p.position), first_pages, strict=True):
        customers = ENGINE_COUNTS[persona.position]
        share = f"{round(100 * customers / total)}%"
        compact = f"{customers / 1e6:.1f}M" if customers < 9.95e6 else f"{customers / 1e6:.0f}M"
        expected = f"{share} of the population · {compact} customers"
        assert squeezed(expected) in squeezed(text), text
        assert squeezed(f"{persona.size:,} customers") in squeezed(text)  # the sample's size
        assert f"scored in Spark · imported on {imported_on}" in " ".join(text.split())
    assert squeezed("21% of the population · 8.9M customers") in squeezed(" ".join(texts))
    # Continuation pages carry the sample's sentence, not the sidebar.
    assert all("population" not in t for t in texts if t not in first_pages)


def test_italian_population_sizes(sampled, tmp_path):
    path, set_id = sampled
    with open_project(path) as project:
        _import_engine_counts(project, set_id)
    i18n.set_language("it")
    try:
        with open_project(path, readonly=True) as project:
            export_personas_pdf(project, set_id, tmp_path / "schede.pdf")
        from workbench.export.wording import population_text

        expected = population_text(8_900_000 / sum(ENGINE_COUNTS.values()), 8_900_000)
    finally:
        i18n.set_language("en")
    assert "8,9" in expected and "21%" in expected
    assert squeezed(expected) in squeezed(" ".join(page_texts(tmp_path / "schede.pdf")))


def test_png_cards_render_with_the_sample_and_population(sampled, tmp_path):
    from PIL import Image, ImageChops

    path, set_id = sampled
    with open_project(path) as project:
        _import_engine_counts(project, set_id)
    with open_project(path, readonly=True) as project:
        exported = export_persona_png(project, set_id, tmp_path / "png", dpi=110)
        export_personas_pdf(project, set_id, tmp_path / "cards.pdf")
    assert len(exported.paths) == len(page_texts(tmp_path / "cards.pdf"))
    with Image.open(exported.paths[0]) as image:
        card = image.convert("RGB")
    assert abs(card.width - 595 * 110 / 72) < 3 and abs(card.height - 842 * 110 / 72) < 3
    # The PNG is the PDF page: the same drawing, as an independent renderer draws the PDF.
    pdf_page = render_page(tmp_path / "cards.pdf", 0, scale=110 / 72).convert("RGB")
    pdf_page = pdf_page.resize(card.size)
    for box in ((0, int(card.height * 0.93), card.width, card.height),  # footer
                (int(card.width * 0.6), int(card.height * 0.17), card.width,
                 int(card.height * 0.4))):  # sidebar: shares, sample, population
        difference = ImageChops.difference(card.crop(box), pdf_page.crop(box)).convert("L")
        assert sum(difference.histogram()[96:]) < 0.02 * difference.width * difference.height
    # The footer holds more ink than an unsampled card's: the sample's line.
    plain_path, plain_set = _build(tmp_path / "plain", sampled=False)
    with open_project(plain_path, readonly=True) as project:
        plain = export_persona_png(project, plain_set, tmp_path / "plain-png", dpi=110)
    with Image.open(plain.paths[0]) as image:
        plain_card = image.convert("RGB")
    footer = (0, int(card.height * 0.93), card.width, card.height)

    def ink(picture) -> int:
        return sum(picture.crop(footer).convert("L").histogram()[:128])

    assert ink(card) > ink(plain_card)


@pytest.mark.parametrize("weak, replaced", [(False, False), (True, False), (False, True),
                                            (True, True)])
def test_the_sentence_keeps_to_the_footer_beside_every_other_warning(tmp_path, context, weak,
                                                                     replaced):
    """The footer holds the sample sentence whole, with the weak-structure warning and the
    stand-ins note too, and stays inside the page."""
    from dataclasses import replace as changed

    from export_helpers import make_card
    from pdf_checks import text_boxes

    from workbench.export.persona_pages import write_pdf

    first = "From a sample of 500,000 of 42,318,220 customers (customers @ warehouse, random, seed 7)."
    second = ("From a sample of 2,000,000 of 913,204,118 rows (events @ warehouse, stratified by "
              "channel, seed 7).")
    context = changed(context, weak_structure=weak, sample_note=f"{first} {second}",
                      sources=tuple(f"warehouse table number {n}.parquet" for n in range(4)))
    target = tmp_path / "footer.pdf"
    write_pdf([make_card(0, name="Zoë 🛒" if replaced else "Zoë")], context, target)
    (text,) = page_texts(target)
    footer = squeezed(text.split("Persona set:", 1)[1])  # the sidebar says it all too
    assert squeezed(first) in footer
    assert (squeezed(second) in footer) is not (weak or replaced)  # where there is room
    assert ("Weak structure" in text) is weak
    assert ("stands for characters" in text) is replaced
    (_, height, boxes), = text_boxes(target)
    assert min(b[1] for b in boxes) >= 8  # nothing runs off the foot of the page


def test_population_sizes_read_short_in_both_languages():
    from workbench.export.wording import compact_count, population_text

    assert [compact_count(n) for n in (9_870, 740_400, 999_999, 8_900_000, 42_318_220,
                                       1_234_000_000)] == ["9,870", "740k", "1M", "8.9M", "42M",
                                                           "1.2B"]
    assert population_text(0.2103, 8_900_000) == "21% of the population · 8.9M customers"
    i18n.set_language("it")
    try:
        assert compact_count(8_900_000).startswith("8,9") and compact_count(9_870) == "9.870"
    finally:
        i18n.set_language("en")


def test_a_journey_map_of_sampled_customers_says_so(tmp_path):
    from journey_project import make_journey_project

    from workbench.services.export import export_journey_pdf
    from workbench.store.sources import list_sources

    path, journey_id = make_journey_project(tmp_path)
    with open_project(path) as project:
        events = list_sources(project.db)[0]
        _record_sampling(project, events.id, SamplingRecord(
            method="stratified", size=SAMPLE, population=POPULATION, seed=3, strata="channel"))
        note = sample_note(project)
        export_journey_pdf(project, journey_id, tmp_path / "map.pdf")
    assert "1,200 of 42,318,220" in note
    texts = page_texts(tmp_path / "map.pdf")
    assert texts and all(squeezed(note) in squeezed(t) for t in texts)
