"""Every user-visible string has an Italian translation that keeps its placeholders."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from workbench import i18n

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import update_translations  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")


def test_every_source_string_is_translated_to_italian(tmp_path):
    fresh = tmp_path / "fresh.ts"
    update_translations.update(fresh)
    needed = i18n.load_catalog(fresh).keys() | _all_sources(fresh)
    committed = i18n.load_catalog(ROOT / "resources" / "translations" / "workbench_it.ts")
    missing = sorted(f"[{ctx}] {text}" for ctx, text in needed if not committed.get((ctx, text)))
    assert not missing, ("untranslated strings (run tools/update_translations.py and fill them):\n"
                         + "\n".join(missing[:40]))


def test_translations_keep_every_placeholder():
    committed = i18n.load_catalog(ROOT / "resources" / "translations" / "workbench_it.ts")
    wrong = [(src, it) for (_, src), it in committed.items()
             if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(it))]
    assert not wrong, wrong[:10]


def test_italian_is_used_when_chosen():
    i18n.set_language("it")
    assert i18n.translate("Cli", "Created project {path}") != "Created project {path}"
    i18n.set_language("en")
    assert i18n.translate("Cli", "Created project {path}") == "Created project {path}"


def test_numbers_in_translated_sentences_follow_the_language():
    """A k-suggestion reason keeps its {gain:+.2f} placeholder and gets Italian separators."""
    from workbench.analysis.k_selection import choose_k
    from workbench.domain.personas import KScore

    scores = [KScore(k=k, silhouette=0.41 + k / 100, reference_silhouette=0.29, stability=0.91,
                     stability_sd=0.02, smallest_share=0.2) for k in (3, 4, 5)]
    try:
        i18n.set_language("it")
        reason = choose_k(scores)[2]
        assert "0,91" in reason and "+0,1" in reason and "0.91" not in reason
        assert f"{i18n.localised(1234.5):.1f} {i18n.localised(0.255):.1%}" == "1.234,5 25,5%"
    finally:
        i18n.set_language("en")
    reason = choose_k(scores)[2]
    assert "0.91" in reason and "0,91" not in reason
    assert f"{i18n.localised(-0.5):+.2f} {i18n.localised(0.5):+.2f}" == "\u22120.50 +0.50"


def _all_sources(ts: Path) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found
