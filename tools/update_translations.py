"""Extract every translate("Context", "text") string into resources/translations/*.ts.

Run after changing user-visible strings:  python tools/update_translations.py
Then fill the new <translation> entries (Qt Linguist: pyside6-linguist, or any
editor). Existing translations are kept; strings no longer used are marked
obsolete. English is the source language and needs no catalog.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("it",)


def lupdate_executable() -> str:
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lupdate", here / "pyside6-lupdate.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found: install PySide6-Essentials")
    return found


def source_files() -> list[str]:
    files = sorted((ROOT / "workbench").rglob("*.py")) + sorted((ROOT / "sample_projects").rglob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files]


def update(ts_path: Path, extra: list[str] = ()) -> None:
    subprocess.run([lupdate_executable(), *extra, "-locations", "none", *source_files(),
                    "-ts", str(ts_path)], cwd=ROOT, check=True, capture_output=True)


def main() -> int:
    for language in LANGUAGES:
        ts = ROOT / "resources" / "translations" / f"workbench_{language}.ts"
        update(ts, ["-no-obsolete"])
        print(f"updated {ts.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
