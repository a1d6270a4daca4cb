"""Persona card PDFs say each persona's outcomes, one line per fact, the draft story and
whether the set has weak structure: read back with pypdf from real files."""

from __future__ import annotations

from dataclasses import replace

from export_helpers import make_card
from pdf_checks import font_problems, page_texts, squeezed, text_boxes
from persona_outcome_data import (
    DRAFT_STORY,
    charges,
    churn,
    complaints,
    grouped_line,
    store_outcome_set,
    tenure_line,
)

from workbench.export.persona_pages import MARGIN, write_pdf

WEAK = "Weak structure: these personas split a continuum"


def outcome_card(**changes):
    values = dict(narrative="", story=DRAFT_STORY,
                  outcomes=tuple(o.to_dict() for o in (complaints(), churn(), charges())),
                  effects=(grouped_line().to_dict(), tenure_line().to_dict()))
    values.update(changes)
    return make_card(0, **values)


def test_outcomes_are_printed_with_intervals_and_n_largest_effect_first(tmp_path, context):
    target = tmp_path / "outcomes.pdf"
    assert write_pdf([outcome_card()], context, target) == 1
    text = page_texts(target)[0]
    flat = squeezed(text)
    assert "OUTCOMES" in text
    for expected in ("Churn", "42% (40%–44%)", "15% (14%–16%)", "risk ratio 2.8", "n = 1,854",
                     "Monthly charges", "74.4 (73.1–75.7)", "61.3 (60.6–62.0)",
                     "ratio of means 1.2", "Complaint", "n = 12"):
        assert squeezed(expected) in flat, expected
    # sorted by effect: churn (h 0.62), monthly charges (d 0.45), complaints (h 0.12)
    assert flat.index("Churn") < flat.index("Monthlycharges") < flat.index("Complaint")
    # a small, uncertain outcome says so; the clear ones do not
    assert squeezed("Few members (12): read with care.") in flat
    assert flat.count(squeezed("Not significant")) == 1
    assert font_problems(target) == []


def test_a_grouped_line_names_the_attributes_carrying_the_same_fact(tmp_path, context):
    target = tmp_path / "also.pdf"
    write_pdf([outcome_card()], context, target)
    flat = squeezed(page_texts(target)[0])
    assert squeezed("Online security: No internet service") in flat
    assert squeezed("— also Online backup, Device protection, Tech support and 2 more") in flat
    # the line not grouped with others names nothing else
    assert flat.count(squeezed("— also")) == 1


def test_the_draft_story_is_printed_marked_as_a_draft_until_the_researcher_writes_one(
        tmp_path, context):
    draft = tmp_path / "draft.pdf"
    write_pdf([outcome_card()], context, draft)
    flat = squeezed(page_texts(draft)[0])
    assert squeezed("Draft written from the figures") in flat
    assert squeezed(DRAFT_STORY) in flat

    own = tmp_path / "own.pdf"
    write_pdf([outcome_card(narrative="Giulia switched to fibre last spring.")], context, own)
    flat = squeezed(page_texts(own)[0])
    assert squeezed("Giulia switched to fibre last spring.") in flat
    assert squeezed(DRAFT_STORY) not in flat and "Draft" not in flat


def test_the_footer_says_weak_structure_only_for_a_weak_set(tmp_path, context):
    weak, clear = tmp_path / "weak.pdf", tmp_path / "clear.pdf"
    write_pdf([outcome_card(), make_card(1)], replace(context, weak_structure=True), weak)
    write_pdf([outcome_card()], context, clear)
    assert all(squeezed(WEAK) in squeezed(text) for text in page_texts(weak))
    assert squeezed(WEAK) not in squeezed(page_texts(clear)[0])


def test_a_weak_card_with_stand_ins_keeps_its_footer_on_the_page(tmp_path, context):
    """Weak-structure line, provenance and the stand-in note all fit above the page edge."""
    target = tmp_path / "crowded.pdf"
    card = outcome_card(name="Zoë 🛒 " + "Month-to-month fibre customers " * 3)
    write_pdf([card], replace(context, weak_structure=True, sources=tuple(
        f"source number {i}.csv" for i in range(12))), target)
    text = page_texts(target)[0]
    assert squeezed(WEAK) in squeezed(text) and "[shopping trolley]" in text
    for width, height, boxes in text_boxes(target):
        assert min(b[0] for b in boxes) >= MARGIN - 1
        assert max(b[2] for b in boxes) <= width - MARGIN + 1
        assert min(b[1] for b in boxes) >= 4 and max(b[3] for b in boxes) <= height - 4


def test_an_exported_project_set_prints_its_stored_outcomes_story_and_weak_flag(tmp_path):
    from workbench.services.export import export_personas_pdf
    from workbench.services.project import create_project, open_project

    path = create_project(tmp_path / "telco.pwb", "Telco")
    set_id = store_outcome_set(path, weak=True)
    target = tmp_path / "telco.pdf"
    with open_project(path, readonly=True) as project:
        exported = export_personas_pdf(project, set_id, target)
    assert exported.pages == 2
    texts = page_texts(target)
    for text in texts:
        flat = squeezed(text)
        assert squeezed("42% (40%–44%)") in flat and squeezed("risk ratio 2.8") in flat
        assert squeezed("— also Online backup") in flat
        assert squeezed(DRAFT_STORY) in flat
        assert squeezed(WEAK) in flat
    assert font_problems(target) == []

    clear = create_project(tmp_path / "clear.pwb", "Clear")
    clear_id = store_outcome_set(clear, weak=False)
    with open_project(clear, readonly=True) as project:
        export_personas_pdf(project, clear_id, tmp_path / "clear.pdf")
    assert squeezed(WEAK) not in squeezed("".join(page_texts(tmp_path / "clear.pdf")))
