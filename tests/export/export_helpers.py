"""Inputs for export tests: persona cards built in memory, a tiny CJK font."""

from __future__ import annotations

from pathlib import Path

from workbench.export.persona_card import PersonaCard


def effect(attribute: str, effect: float, persona: float, rest: float, level: str | None = None,
           magnitude: str = "large") -> dict:
    numeric = level is None
    return {"attribute": attribute, "kind": "numeric" if numeric else "categorical",
            "effect": effect, "magnitude": magnitude, "member_count": 100,
            "used_in_clustering": True,
            "persona_mean": persona if numeric else None, "rest_mean": rest if numeric else None,
            "level": level, "persona_share": None if numeric else persona,
            "rest_share": None if numeric else rest}


EFFECTS = (effect("Income (EUR)", 1.9, 92_000, 38_000), effect("Age", -1.2, 31.5, 47.0),
           effect("Loyalty tier", 0.9, 0.64, 0.08, level="platinum"),
           effect("Balance", 0.6, -120.0, 340.0, magnitude="medium"),
           effect("Returns", 0.05, 1.0, 1.0, magnitude="negligible"))
CHANNELS = ({"channel": "web", "label": "Web purchases", "persona_share": 0.56, "rest_share": 0.14,
             "persona_total": 900.0},
            {"channel": "store", "label": "Store purchases", "persona_share": 0.44,
             "rest_share": 0.86, "persona_total": 700.0})


def make_card(position: int = 0, **changes) -> PersonaCard:
    """A filled-in card; ``changes`` override any field."""
    values = dict(position=position, name=f"Persona {position + 1}", size=300, share=0.3,
                  quote="I compare prices on my phone before I go to the shop.",
                  narrative="Giulia lives in Milan and shops online late in the evening.",
                  goals="Find the right size first time\nDelivery within two days",
                  frustrations="- Slow refunds\n- Stock online that is not in the store",
                  motivations="Saving time", channels="Web, app",
                  effects=EFFECTS, channel_mix=CHANNELS,
                  set_shares=((0, 0.3), (1, 0.4), (2, 0.28)), unassigned_share=0.02)
    values.update(changes)
    return PersonaCard(**values)


def han_font(path: Path) -> Path:
    """A tiny TrueType font with glyphs for 李 and 雷, like a CJK font dropped in resources/fonts."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    def square():
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0))
        pen.lineTo((100, 700))
        pen.lineTo((900, 700))
        pen.lineTo((900, 0))
        pen.closePath()
        return pen.glyph()

    order = [".notdef", "space", "uni674E", "uni96F7"]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap({0x20: "space", 0x674E: "uni674E", 0x96F7: "uni96F7"})
    builder.setupGlyf({".notdef": square(), "space": TTGlyphPen(None).glyph(),
                       "uni674E": square(), "uni96F7": square()})
    builder.setupHorizontalMetrics({name: (1000, 100) for name in order})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "Workbench Test Han", "styleName": "Regular",
                            "psName": "WorkbenchTestHan-Regular"})
    builder.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    builder.save(str(path))
    return path
