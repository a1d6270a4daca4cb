"""Fast checks of the packaging files that run with every test run (no build)."""

from __future__ import annotations

import configparser
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_app_icon_renders_to_png_and_multi_size_ico(tmp_path):
    # A subprocess: make_icons creates its own QGuiApplication, which must not leak into the
    # test process where pytest-qt wants a QApplication.
    subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)], check=True,
                   capture_output=True, timeout=120)
    png = (tmp_path / "persona-workbench.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (512, 512)
    ico = (tmp_path / "persona-workbench.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides


def test_desktop_entry_starts_the_bundled_program_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "persona-workbench.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "persona-workbench"
    assert section["Icon"] == "persona-workbench"
    assert section["Categories"].endswith(";")
    assert "application/x-persona-workbench-project" in section["MimeType"]
    assert (ROOT / "resources" / "icons" / "app.svg").is_file()


def test_packaging_extra_brings_pyinstaller():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert any(req.replace(" ", "").startswith("pyinstaller>=6.3")
               for req in project["optional-dependencies"]["packaging"])
