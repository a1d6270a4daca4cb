"""Fill Italian translations from a JSON file, after extracting new strings.

    python tools/fill_translations.py it.json [more.json ...]

Each JSON file maps a translation context to {English source: Italian text}:

    {"Personas": {"Outcomes": "Risultati", "{n} customers": "{n} clienti"}}

The script first runs tools/update_translations.py (so new strings are in the
catalog), then writes each given translation into
resources/translations/workbench_it.ts and lists the strings still empty.
Placeholders must match the English text, or the entry is refused.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import update_translations  # noqa: E402

TS = ROOT / "resources" / "translations" / "workbench_it.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")


def fill(files: list[Path]) -> int:
    wanted: dict[tuple[str, str], str] = {}
    for path in files:
        for context, entries in json.loads(path.read_text(encoding="utf-8")).items():
            for source, text in entries.items():
                if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                    print(f"placeholders differ, skipped: [{context}] {source!r} -> {text!r}")
                    continue
                wanted[(context, source)] = text
    update_translations.update(TS, ["-no-obsolete"])
    tree = ET.parse(TS)
    empty = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if (name, source) in wanted:
                node.text = wanted[(name, source)]
                node.attrib.pop("type", None)
            elif not node.text:
                empty.append(f"[{name}] {source}")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    update_translations.update(TS, ["-no-obsolete"])  # back to lupdate's own layout
    for line in empty:
        print("untranslated:", line)
    return 0


if __name__ == "__main__":
    sys.exit(fill([Path(p) for p in sys.argv[1:]]))
