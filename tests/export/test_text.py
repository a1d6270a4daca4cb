"""What the export's fonts can show, and how lines break: never an empty box, never too wide."""

from __future__ import annotations

import pytest
from export_helpers import han_font

from workbench.export.text import TextStyle, Typeface, default_typeface

BODY = TextStyle(9.3)


def test_accented_greek_and_cyrillic_text_is_kept_as_it_is():
    shown, replaced = default_typeface().visible("Zoë Ελένη Ёлка àèéìòù ß ø", BODY)
    assert shown == "Zoë Ελένη Ёлка àèéìòù ß ø" and not replaced


def test_characters_no_font_has_become_visible_stand_ins_not_boxes():
    shown, replaced = default_typeface().visible("Zoë 李雷 🛒 👍🏽 🇮🇹!", BODY)
    assert replaced
    assert shown == "Zoë [?] [shopping trolley] [thumbs up sign] [IT]!"


def test_bold_text_gets_stand_ins_for_what_the_bold_font_lacks():
    tf = default_typeface()
    bold = TextStyle(10, bold=True)
    missing_in_bold = sorted(tf.coverage(BODY) - tf.coverage(bold))
    assert missing_in_bold, "DejaVu Sans Bold has fewer glyphs than the regular face"
    char = chr(missing_in_bold[0])
    assert tf.visible(char, BODY) == (char, False)
    assert tf.visible(char, bold)[1] is True


def test_control_characters_go_and_line_ends_are_normalised():
    shown, _ = default_typeface().visible("a\tb\r\nc\rd\x00\x07e", BODY)
    assert shown == "a b\nc\nde"


def test_a_bundled_font_draws_what_dejavu_lacks(tmp_path):
    typeface = Typeface([han_font(tmp_path / "han.ttf")])
    assert typeface.families[1] == "Workbench Test Han"
    assert typeface.visible("Zoë 李雷", BODY) == ("Zoë 李雷", False)


def test_a_damaged_font_in_the_fonts_folder_is_ignored(tmp_path):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    assert Typeface([broken]).families == ["DejaVu Sans"]


@pytest.mark.parametrize("width", [60.0, 180.0, 300.0])
def test_wrapped_lines_never_exceed_the_width(width):
    tf = default_typeface()
    text = ("Una cliente fedele che compra online àèéìòù; " * 30 + "x" * 200 + " fine")
    lines = tf.wrap(text, BODY, width)
    assert all(tf.width(line, BODY) <= width + 0.01 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost


def test_blank_lines_are_kept_as_paragraph_breaks():
    assert default_typeface().wrap("one\n\ntwo", BODY, 200) == ["one", "", "two"]


def test_a_long_name_shrinks_then_is_cut_with_an_ellipsis():
    tf = default_typeface()
    style = TextStyle(22, bold=True)
    lines, used, cut = tf.fit("Short name", style, 300, 3, 14)
    assert (lines, used.size, cut) == (["Short name"], 22, False)
    lines, used, cut = tf.fit("Nome molto lungo " * 40, style, 300, 3, 14)
    assert cut and used.size == 14 and len(lines) == 3 and lines[-1].endswith("…")
    assert all(tf.width(line, used) <= 300.01 for line in lines)
