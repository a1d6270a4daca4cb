"""Persona cards as a .pptx deck, read back with python-pptx: editable text, 16:9, fonts named,
long texts continued on a second slide, user text never a formula, Italian labels."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from export_helpers import make_card

from workbench import i18n
from workbench.export.persona_card import CardContext
from workbench.export.persona_slides import persona_deck as build_deck
from workbench.export.slides import SLIDE_HEIGHT, SLIDE_WIDTH, Box, inner_width, paras_height, write_pptx
from workbench.export.text import default_typeface
from workbench.services.export import newest_persona_set, persona_cards
from workbench.services.personas import personas_of, update_persona
from workbench.services.project import open_project
from workbench.services.sample import built_sample
from workbench.services.slides import export_personas_pptx, persona_deck, preview_persona_slides

pptx = pytest.importorskip("pptx")

EMU = 12700
LONG_STORY = ("Giulia compares every offer on her phone before she goes to the shop, and writes "
              "to the helpdesk when the price online differs from the one on the shelf. ") * 40


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "sample.pwb"
    shutil.copy(built_sample(), path)
    return path


def texts(slide) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def all_text(presentation) -> str:
    return "\n".join(t for slide in presentation.slides for t in texts(slide))


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a_slide_per_persona_with_every_text_editable(sample, tmp_path):
    out = tmp_path / "personas.pptx"
    with open_project(sample) as project:
        set_id = newest_persona_set(project).id
        cards, _context = persona_cards(project, set_id)
        written = export_personas_pptx(project, set_id, out)
    assert written == out
    deck = pptx.Presentation(str(out))
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)  # 13.333 × 7.5 in
    assert deck.slide_width / deck.slide_height == pytest.approx(16 / 9, abs=0.001)
    assert len(deck.slides) == len(cards)  # the sample's cards each fit one slide
    for card, slide in zip(cards, deck.slides, strict=True):
        shown = flat("\n".join(texts(slide)))
        assert card.name in shown
        for text, code, *_voice in card.evidence_quotes[:3]:
            assert flat(text)[:40] in shown  # members' words, as editable text
            assert code in shown
        assert not [s for s in slide.shapes if s.shape_type == 13]  # no pictures at all
        charts = [s for s in slide.shapes if s.has_chart]
        assert len(charts) == 1  # the channel mix, a native chart
        categories = list(charts[0].chart.plots[0].categories)
        assert categories == [str(c.get("label") or c.get("channel"))
                              for c in card.channel_mix
                              if c.get("persona_share") or c.get("rest_share")]
    fonts = {run.font.name for slide in deck.slides for shape in slide.shapes
             if shape.has_text_frame for p in shape.text_frame.paragraphs for run in p.runs}
    assert fonts == {"DejaVu Sans"}
    theme = next(p for p in deck.part.package.iter_parts() if p.partname.endswith("theme1.xml"))
    assert b'<a:latin typeface="DejaVu Sans"' in theme.blob
    assert b"Calibri" not in theme.blob.split(b"<a:fontScheme")[1].split(b"</a:fontScheme>")[0]


def test_no_customer_names_unless_asked(sample, tmp_path):
    with open_project(sample) as project:
        set_id = newest_persona_set(project).id
        from workbench.services.personas import persona_quotes

        labels = {q.customer_label for quotes in persona_quotes(project, set_id).values()
                  for q in quotes if q.customer_label}
        assert labels, "the sample's quotes come from named customers"
        plain = export_personas_pptx(project, set_id, tmp_path / "plain.pptx")
        named = export_personas_pptx(project, set_id, tmp_path / "named.pptx",
                                     include_personal_data=True)
    plain_text, named_text = (all_text(pptx.Presentation(str(p))) for p in (plain, named))
    assert not [label for label in labels if label in plain_text]
    assert [label for label in labels if label in named_text]


def test_a_long_story_continues_on_a_second_slide(sample, tmp_path):
    out = tmp_path / "long.pptx"
    with open_project(sample) as project:
        set_id = newest_persona_set(project).id
        first = personas_of(project, set_id)[0]
        update_persona(project, first.id, narrative=LONG_STORY, goals="Pay less\nBuy faster")
        count = len(personas_of(project, set_id))
        deck = persona_deck(project, set_id)
        export_personas_pptx(project, set_id, out)
    presentation = pptx.Presentation(str(out))
    assert len(presentation.slides) > count  # the first persona took more than one slide
    assert first.name in flat(" ".join(texts(presentation.slides[1])))  # named again
    second = next(i for i, slide in enumerate(presentation.slides)
                  if "PERSONA 2 OF" in " ".join(texts(slide)))
    story = [" ".join(p.text for p in shape.text_frame.paragraphs[1:])  # after the heading
             for slide in list(presentation.slides)[:second] for shape in slide.shapes
             if shape.name == "Story"]
    assert len(story) > 1
    assert flat(" ".join(story)) == flat(LONG_STORY)  # every word, in order, split between lines
    # every shape on its slide, and every box tall enough for its measured text
    for slide in presentation.slides:
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0
            assert shape.left + shape.width <= presentation.slide_width + 1
            assert shape.top + shape.height <= presentation.slide_height + 1
    typeface = default_typeface()
    for slide in deck.slides:
        for item in slide.items:
            if isinstance(item, Box) and item.paras:
                needed = paras_height(item.paras, typeface, inner_width(item.w, item.inset))
                assert needed <= item.h - 2 * item.inset + 1.5, item.name
                assert item.y + item.h <= SLIDE_HEIGHT and item.x + item.w <= SLIDE_WIDTH


def test_formula_looking_names_stay_text_in_the_chart_workbook(tmp_path):
    from openpyxl import load_workbook

    risky = ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3+4", "@SUM(A1)"]
    mix = tuple({"channel": name, "label": name, "persona_share": 0.2 + i / 10,
                 "rest_share": 0.3} for i, name in enumerate(risky))
    card = make_card(0, name="=1+1 Persona", channel_mix=mix)
    context = CardContext(project="=cmd|' /C calc'!A0", persona_set="@set", method="k-means",
                          computed_on="2026-12-01", exported_on="2026-12-06",
                          customers_clustered=1000, sources=(), persona_count=3)
    deck = build_deck([card], context, default_typeface())
    out = tmp_path / "risky.pptx"
    write_pptx(deck, out)
    presentation = pptx.Presentation(str(out))
    chart = next(s for s in presentation.slides[0].shapes if s.has_chart).chart
    assert list(chart.plots[0].categories) == risky
    book = load_workbook(io.BytesIO(chart.part.chart_workbook.xlsx_part.blob))
    cells = [c for row in book.active.iter_rows() for c in row if c.value is not None]
    names = [c for c in cells if isinstance(c.value, str)]
    assert {c.value for c in names} >= set(risky)
    assert all(c.data_type == "s" for c in names)  # strings, never formulas ("f")
    assert "=1+1 Persona" in all_text(presentation)  # and plain text on the slide


def test_emoji_become_the_pdfs_visible_stand_ins(tmp_path):
    card = make_card(0, name="Giulia 🛒", quote="Love it 🇮🇹")
    context = CardContext(project="P", persona_set="S", method="m", computed_on="",
                          exported_on="", customers_clustered=1000, sources=(),
                          persona_count=3)
    deck = build_deck([card], context, default_typeface())
    assert deck.replaced
    out = tmp_path / "emoji.pptx"
    write_pptx(deck, out)
    text = all_text(pptx.Presentation(str(out)))
    assert "Giulia [shopping trolley]" in text
    assert "Love it [IT]" in text
    assert "🛒" not in text


def test_a_photo_is_the_only_picture_and_covers_no_card(tmp_path):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), "#336699").save(buffer, "PNG")
    card = make_card(0, photo=buffer.getvalue())
    context = CardContext(project="P", persona_set="S", method="m", computed_on="",
                          exported_on="", customers_clustered=1000, sources=(),
                          persona_count=3)
    out = tmp_path / "photo.pptx"
    write_pptx(build_deck([card], context, default_typeface()), out)
    presentation = pptx.Presentation(str(out))
    pictures = [s for s in presentation.slides[0].shapes if s.shape_type == 13]
    assert len(pictures) == 1
    assert pictures[0].width * pictures[0].height < 0.02 * presentation.slide_width \
        * presentation.slide_height


def test_italian_labels(sample, tmp_path):
    with open_project(sample) as project:
        set_id = newest_persona_set(project).id
        by_language = export_personas_pptx(project, set_id, tmp_path / "it.pptx", language="it")
        assert i18n.current_language() == "en"  # put back
        i18n.set_language("it")
        try:
            by_app = export_personas_pptx(project, set_id, tmp_path / "app-it")
        finally:
            i18n.set_language("en")
    assert by_app.suffix == ".pptx"
    for path in (by_language, by_app):
        text = all_text(pptx.Presentation(str(path)))
        assert "PERSONA 1 DI" in text and "COSA LI DISTINGUE" in text
        assert "What sets them apart".upper() not in text


def test_previews_match_the_slides(sample):
    with open_project(sample) as project:
        set_id = newest_persona_set(project).id
        images = preview_persona_slides(project, set_id, dpi=48)
        count = len(persona_deck(project, set_id).slides)
    assert len(images) == count
    from PIL import Image

    with Image.open(io.BytesIO(images[0])) as image:
        assert image.size == (640, 360)
        assert len(set(image.convert("L").tobytes())) > 20  # not blank


def test_the_sampling_note_is_on_the_slide(tmp_path):
    note = "From a sample of 500,000 of 42,318,220 customers."
    context = CardContext(project="P", persona_set="S", method="m", computed_on="",
                          exported_on="", customers_clustered=1000, sources=(),
                          persona_count=3, sample_note=note)
    out = tmp_path / "sampled.pptx"
    write_pptx(build_deck([make_card(0)], context, default_typeface()), out)
    assert note in flat(all_text(pptx.Presentation(str(out))))
