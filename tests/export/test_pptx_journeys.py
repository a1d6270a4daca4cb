"""A journey map as a .pptx deck: stages split across slides without cutting a card, every
stage and card as editable text, the emotion curve as native lines, nothing off the slide."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from journey_project import DESIGNED, make_journey_project

from workbench import i18n
from workbench.domain.journeys import LANE_PAIN_POINTS
from workbench.export.journey_slides import stage_groups
from workbench.services import journeys as service
from workbench.services.project import open_project
from workbench.services.slides import export_journey_pptx, journey_deck, preview_journey_slides

pptx = pytest.importorskip("pptx")


def flat(text: str) -> str:
    return " ".join(text.split())


def shapes_named(presentation, name: str) -> list:
    return [shape for slide in presentation.slides for shape in slide.shapes if shape.name == name]


def test_stage_groups_are_even():
    assert [len(g) for g in stage_groups(4)] == [4]
    assert [len(g) for g in stage_groups(6)] == [3, 3]
    assert [len(g) for g in stage_groups(9)] == [3, 3, 3]
    assert [len(g) for g in stage_groups(10)] == [4, 4, 2]


def test_six_stages_on_two_slides_with_every_card(tmp_path):
    path, journey_id = make_journey_project(tmp_path, stages=["Use", "Recommend"])
    out = tmp_path / "map.pptx"
    with open_project(path) as project:
        journey = service.get_journey(project, journey_id)
        stage_names = [s.name for s in journey.stages]
        card_texts = [c.text for c in journey.cards]
        export_journey_pptx(project, journey_id, out)
    assert len(stage_names) == 6
    presentation = pptx.Presentation(str(out))
    assert len(presentation.slides) >= 2  # two groups of stages (and lanes continued)
    assert presentation.slide_width / presentation.slide_height == pytest.approx(16 / 9, abs=1e-3)
    cards = [flat(s.text_frame.text) for s in shapes_named(presentation, "Card")]
    first_lines = [re.sub(r"^\d+ · ", "", flat(s.text_frame.paragraphs[0].text))
                   for s in shapes_named(presentation, "Card")]
    # each card once, whole, as text in a shape
    assert Counter(first_lines) == Counter(flat(t) for t in card_texts)
    for text in DESIGNED[next(iter(DESIGNED))]:
        assert any(flat(text) in card for card in cards)
    shown = [[flat(s.text_frame.text) for s in slide.shapes if s.name.startswith("Stage ")]
             for slide in presentation.slides]
    assert shown[0] == stage_names[:3] and shown[-1] == stage_names[3:]
    assert all(stages in (stage_names[:3], stage_names[3:]) for stages in shown)
    for slide in presentation.slides:
        assert not [s for s in slide.shapes if s.shape_type == 13]  # no pictures
        assert any(s.shape_type == 9 or s.name.startswith("Connector") for s in slide.shapes)
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0
            assert shape.left + shape.width <= presentation.slide_width + 1
            assert shape.top + shape.height <= presentation.slide_height + 1
        fonts = {r.font.name for s in slide.shapes if s.has_text_frame
                 for p in s.text_frame.paragraphs for r in p.runs}
        assert fonts == {"DejaVu Sans"}
    assert "Stages 1–3 of 6" in " ".join(s.text_frame.text for s in presentation.slides[0].shapes
                                          if s.has_text_frame)


def test_a_crowded_cell_continues_on_the_next_slide_without_cutting_a_card(tmp_path):
    crowded = [f"Pain point {n}: the parcel tracking page says delivered but nothing arrived, "
               f"and the chat closes before anyone answers." for n in range(1, 19)]
    path, journey_id = make_journey_project(
        tmp_path, designed={LANE_PAIN_POINTS: [crowded, "Short one"]})
    out = tmp_path / "crowded.pptx"
    with open_project(path) as project:
        deck = journey_deck(project, journey_id)
        export_journey_pptx(project, journey_id, out)
    presentation = pptx.Presentation(str(out))
    assert len(presentation.slides) == len(deck.slides) > 1
    cards = [flat(s.text_frame.text) for s in shapes_named(presentation, "Card")]
    for text in crowded + ["Short one"]:
        assert sum(card.endswith(flat(text)) for card in cards) == 1, text
    for slide in presentation.slides:
        for shape in slide.shapes:
            assert shape.top + shape.height <= presentation.slide_height + 1


def test_formula_and_emoji_cards_stay_plain_text(tmp_path):
    path, journey_id = make_journey_project(tmp_path, designed={
        LANE_PAIN_POINTS: ["=HYPERLINK(\"http://x\")", "Broken checkout 🛒", "<b>bold?</b>"]})
    out = tmp_path / "safe.pptx"
    with open_project(path) as project:
        export_journey_pptx(project, journey_id, out)
    cards = [flat(s.text_frame.text) for s in shapes_named(pptx.Presentation(str(out)), "Card")]
    assert any(c.endswith('=HYPERLINK("http://x")') for c in cards)
    assert any(c.endswith("Broken checkout [shopping trolley]") for c in cards)
    assert any(c.endswith("<b>bold?</b>") for c in cards)


def test_italian_and_preview(tmp_path):
    path, journey_id = make_journey_project(tmp_path)
    with open_project(path) as project:
        export_journey_pptx(project, journey_id, tmp_path / "it.pptx", language="it")
        images = preview_journey_slides(project, journey_id, dpi=48)
    assert i18n.current_language() == "en"
    presentation = pptx.Presentation(str(tmp_path / "it.pptx"))
    text = " ".join(s.text_frame.text for s in presentation.slides[0].shapes if s.has_text_frame)
    assert "Fasi" in text and "Persona:" in text
    assert len(images) == len(presentation.slides)
    assert images[0][:8] == b"\x89PNG\r\n\x1a\n"
