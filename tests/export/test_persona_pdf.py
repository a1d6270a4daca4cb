"""Persona cards as PDF and PNG, read back: pages, text, fonts, nothing off the page."""

from __future__ import annotations

import pytest
from export_helpers import EFFECTS, effect, han_font, make_card
from pdf_checks import (
    font_names,
    font_problems,
    page_texts,
    render_page,
    squeezed,
    text_boxes,
)

from workbench.export.canvas import A4_PORTRAIT, render_settings
from workbench.export.persona_pages import (
    MAIN_WIDTH,
    MARGIN,
    SIDE_X,
    draw_page,
    plan_card,
    write_pdf,
    write_pngs,
)
from workbench.export.text import Typeface, default_typeface

LONG_NARRATIVE = ("Giulia confronta i prezzi sul telefono, poi decide in negozio: è così "
                  "da anni. ") * 64 + "ULTIMA-RIGA-DEL-RACCONTO"
LONG_NAME = ("Signora Maria Giovanna dei Bianchi " * 9)[:300]


def test_one_a4_page_per_persona_with_names_quotes_and_figures(tmp_path, context):
    cards = [make_card(0, name="Zoë the web shopper"), make_card(1, name="Ελένη"),
             make_card(2, name="Ёлка", quote="")]
    target = tmp_path / "personas.pdf"
    assert write_pdf(cards, context, target) == 3

    from pypdf import PdfReader

    pages = PdfReader(str(target)).pages
    assert len(pages) == 3
    for page in pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    texts = page_texts(target)
    assert "Zoë the web shopper" in texts[0] and "Ελένη" in texts[1] and "Ёлка" in texts[2]
    assert "I compare prices on my phone before I go to the shop." in texts[0]
    first = texts[0]
    for expected in ("Income (EUR)", "92,000", "38,000", "d = +1.9 · large", "platinum", "64%",
                     "Web purchases", "56% · others 14%", "Find the right size first time",
                     "Slow refunds", "Saving time", "Web, app", "300 customers",
                     "Ricerca clienti 2026", "Omnichannel personas", "crm.csv, survey.xlsx",
                     "1,000 customers clustered", "Page 1 of 3"):
        assert expected in first, expected
    assert "Returns" not in first  # a negligible difference does not set a persona apart
    assert font_problems(target) == []


def test_accented_greek_cyrillic_stay_text_and_emoji_cjk_get_visible_stand_ins(tmp_path, context):
    target = tmp_path / "names.pdf"
    write_pdf([make_card(0, name="Zoë Ελένη Ёлка 李雷 🛒", quote="Perché no? 🛒")], context, target)
    text = page_texts(target)[0]
    assert squeezed("Zoë Ελένη Ёлка [?] [shopping trolley]") in squeezed(text)
    assert "Perché no? [shopping trolley]" in text
    assert "stands for characters the embedded fonts cannot show" in text
    assert font_problems(target) == []  # no LastResort boxes, every font embedded
    assert "DejaVuSans-Bold" in font_names(target)


def test_a_cjk_font_in_resources_fonts_renders_cjk_as_real_text(tmp_path, context):
    typeface = Typeface([han_font(tmp_path / "han.ttf")])
    target = tmp_path / "han.pdf"
    write_pdf([make_card(0, name="李雷", narrative="李雷 likes the app.")], context, target,
              typeface=typeface)
    text = page_texts(target)[0]
    assert "李雷 likes the app." in text and "[?]" not in text
    assert "WorkbenchTestHan-Regular" in font_names(target)
    assert font_problems(target) == []


def test_very_long_texts_continue_on_further_pages_and_stay_inside_the_margins(tmp_path, context):
    long_card = make_card(0, name=LONG_NAME, narrative=LONG_NARRATIVE,
                          goals="\n".join(f"Goal number {i}" for i in range(40)))
    target = tmp_path / "long.pdf"
    pages = write_pdf([long_card, make_card(1)], context, target)
    assert len(LONG_NARRATIVE) > 5000 and len(LONG_NAME) == 300
    assert pages >= 3  # the long card continues; the second card has its own page
    texts = page_texts(target)
    whole = "\n".join(texts)
    assert "ULTIMA-RIGA-DEL-RACCONTO" in whole
    assert "Goal number 39" in whole
    assert squeezed(LONG_NAME) in squeezed(whole)  # the full name, even though the title is cut
    assert "continued" in texts[1]
    assert "Persona 2" in texts[-1] and f"Page {pages} of {pages}" in texts[-1]
    width, height = A4_PORTRAIT
    for page_width, page_height, boxes in text_boxes(target):
        assert boxes
        assert min(b[0] for b in boxes) >= MARGIN - 1
        assert max(b[2] for b in boxes) <= page_width - MARGIN + 1
        assert min(b[1] for b in boxes) >= 8 and max(b[3] for b in boxes) <= page_height - 8


def test_every_text_stays_in_its_column(context):
    """The main column's text never runs into the sidebar, whatever its length."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    card = make_card(0, name=LONG_NAME, narrative=LONG_NARRATIVE,
                     channels="Negozio di via Roma, sito, app, telefono " * 10)
    typeface = default_typeface()
    plans = plan_card(card, context, typeface)
    assert len(plans) > 1
    for number, plan in enumerate(plans, start=1):
        page = draw_page(plan, context, number, len(plans), typeface)
        with render_settings():
            renderer = FigureCanvasAgg(page.figure).get_renderer()
            boxes = [(text, text.get_window_extent(renderer)) for text in page.figure.texts]
        for text, box in boxes:
            # box: pixels at 72 dpi = points, from the bottom of the page
            assert MARGIN - 1 <= box.x0 and box.x1 <= A4_PORTRAIT[0] - MARGIN + 1, text.get_text()
            top, bottom = A4_PORTRAIT[1] - box.y1, A4_PORTRAIT[1] - box.y0
            in_columns = top >= plan.main_frame.top - 1 and bottom <= plan.main_frame.bottom + 1
            if in_columns and box.x0 < SIDE_X - 1:
                assert box.x1 <= MARGIN + MAIN_WIDTH + 1, text.get_text()


def test_a_photo_replaces_the_initials(tmp_path, context):
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (640, 480), (200, 30, 30)).save(buffer, format="PNG")
    target = tmp_path / "photo.pdf"
    write_pdf([make_card(0, photo=buffer.getvalue()), make_card(1, photo=b"not an image")],
              context, target)
    image = render_page(target, 0).convert("RGB")
    # the avatar's centre (40 + 38, 34 + 38 points) shows the photo's red
    assert image.getpixel((78, 72)) == pytest.approx((200, 30, 30), abs=12)
    image = render_page(target, 1).convert("RGB")
    assert image.getpixel((78, 72)) != (200, 30, 30)  # a damaged photo: initials instead
    assert len(page_texts(target)) == 2


def test_pages_render_as_designed_in_an_independent_renderer(tmp_path, context):
    target = tmp_path / "look.pdf"
    write_pdf([make_card(0)], context, target)
    image = render_page(target, 0, scale=1.0).convert("RGB")
    assert image.size[0] == pytest.approx(595, abs=1) and image.size[1] == pytest.approx(842, abs=1)
    # the colour stripe at the top is the persona's colour (#4E79A7), the page itself white
    assert image.getpixel((300, 1)) == pytest.approx((0x4E, 0x79, 0xA7), abs=6)
    colours = image.getcolors(maxcolors=1 << 20)
    assert len(colours) > 50  # text, bars and panels, not a blank page


def test_png_pages_have_the_card_layout_at_print_resolution(tmp_path, context):
    from PIL import Image

    cards = [make_card(0), make_card(1, narrative=LONG_NARRATIVE)]
    paths = write_pngs(cards, context, lambda card, page: tmp_path / f"{card.position}-{page}.png",
                       dpi=170)
    assert [p.name for p in paths][:2] == ["0-1.png", "1-1.png"] and len(paths) >= 3
    with Image.open(paths[0]) as image:
        assert image.size[0] == pytest.approx(595.276 / 72 * 170, abs=1)
        assert image.size[1] == pytest.approx(841.89 / 72 * 170, abs=1)


def test_a_typical_filled_in_card_stays_on_one_page(context):
    card = make_card(0, name="High Income (EUR) · High Total spend (EUR) · Mostly App purchases",
                     narrative="Lives in Milan, shops late in the evening. " * 12,
                     goals="Right size first time\nDelivery in two days\nOne place for orders",
                     frustrations="Slow refunds\nStock online that is not in the store",
                     motivations="Saving time\nReviews from people like them",
                     effects=EFFECTS * 2)
    assert len(plan_card(card, context, default_typeface())) == 1


def test_further_differences_fill_free_space_but_never_add_a_page(tmp_path, context):
    many = tuple(effect(f"Attribute {i}", 1.5 - i * 0.05, 10.0 + i, 5.0) for i in range(20))
    short = make_card(0, narrative="", goals="", frustrations="", motivations="", effects=many)
    target = tmp_path / "more.pdf"
    assert write_pdf([short], context, target) == 1
    text = page_texts(target)[0]
    assert "MORE DIFFERENCES" in text and "Attribute 5" in text
    assert "Attribute 19" not in text  # no room left: dropped, not moved to a second page
    long = make_card(0, narrative=LONG_NARRATIVE, effects=many)
    texts = "".join(page_texts_of(long, context, tmp_path / "long-more.pdf"))
    assert "Attribute 4" in texts  # the five strongest are always there


def page_texts_of(card, context, target):
    write_pdf([card], context, target)
    return page_texts(target)
