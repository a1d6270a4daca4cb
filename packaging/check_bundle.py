"""Checks for the packaging smoke test (run by smoke_test.sh with a Python that has pypdf).

    python packaging/check_bundle.py bundle BUNDLE_DIR [--max-mb 560] [--pyz-toc TOC]
    python packaging/check_bundle.py outputs FOLDER [--report self-test.txt] [--require NAME ...]

``bundle`` checks what is inside the built folder: the resources, the Qt plugins and the
package metadata are there, nothing the app must not carry slipped in, and the size.
``outputs`` checks every file a check run wrote: its report says ok, images are images,
every PDF opens, has pages and text, and embeds its fonts. Exit status 0 when all pass.
"""

from __future__ import annotations

import argparse
import ast
import struct
import sys
import tomllib
import zipfile
from pathlib import Path

from bundle_rules import NEVER_SHIPPED, UNUSED_QT, app_imports, forbidden_qt_library

ROOT = Path(__file__).resolve().parent.parent

def _plugin_names() -> dict[str, list[str]]:
    if sys.platform.startswith("linux"):
        return {"platforms": ["libqxcb.so", "libqoffscreen.so"], "imageformats": ["libqsvg.so", "libqjpeg.so"],
                "iconengines": ["libqsvgicon.so"], "printsupport": ["libcupsprintersupport.so"]}
    if sys.platform == "darwin":
        return {"platforms": ["libqcocoa.dylib", "libqoffscreen.dylib"],
                "imageformats": ["libqsvg.dylib", "libqjpeg.dylib"], "iconengines": ["libqsvgicon.dylib"]}
    return {"platforms": ["qwindows.dll", "qoffscreen.dll"], "imageformats": ["qsvg.dll", "qjpeg.dll"],
            "iconengines": ["qsvgicon.dll"]}


def _missing_system_libraries(folder: Path) -> list[str]:
    """Libraries the platform plugins link that ldd cannot find here (Linux only)."""
    import shutil
    import subprocess

    if not sys.platform.startswith("linux") or shutil.which("ldd") is None or not folder.is_dir():
        return []
    missing = set()
    for plugin in folder.glob("*.so"):
        result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True)
        missing |= {line.split()[0] for line in result.stdout.splitlines() if "not found" in line}
    return sorted(missing)


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def check_bundle(bundle: Path, max_mb: float, pyz_toc: Path | None) -> list[str]:
    problems: list[str] = []
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    if (bundle / "Contents" / "Frameworks").is_dir():  # a macOS .app
        internal = bundle / "Contents" / "Frameworks"

    for relative in ("workbench/resources/icons/app.svg", "workbench/resources/translations/workbench_it.ts",
                     "workbench/sample_projects"):
        if not (internal / relative).exists():
            problems.append(f"missing from the bundle: {relative}")

    plugins = internal / "PySide6" / "Qt" / "plugins"
    for kind, names in _plugin_names().items():
        for name in names:
            if not (plugins / kind / name).is_file():
                problems.append(f"missing Qt plugin: {kind}/{name}")

    version = pyproject_version()
    metadata = list(internal.glob("persona_workbench-*.dist-info/METADATA"))
    if not metadata:
        problems.append("missing the package metadata persona_workbench-*.dist-info (the version comes from it)")
    elif f"\nVersion: {version}\n" not in metadata[0].read_text("utf-8"):
        problems.append(f"the bundled metadata {metadata[0].parent.name} does not say version {version}")
    others = sorted(p.name for p in internal.glob("persona_workbench*")
                    if not metadata or p.name != metadata[0].parent.name)
    if others:
        problems.append(f"more than one metadata of persona-workbench (the version could come from either): "
                        f"{', '.join(others)}")

    used = app_imports(ROOT / "workbench") | app_imports(ROOT / "sample_projects")
    never = {name for name in NEVER_SHIPPED if "." not in name and name not in used}
    for path in internal.iterdir():
        if path.name.split(".")[0].split("-")[0] in never:
            problems.append(f"should not be in the bundle: {path.name}")
    for name in UNUSED_QT:
        if f"PySide6.{name}" not in used and any((internal / "PySide6").glob(f"{name}.*")):
            problems.append(f"unused Qt module in the bundle: PySide6/{name}")
    qt_library = forbidden_qt_library(ROOT / "workbench")
    for path in internal.rglob("*"):
        if qt_library.search(path.name) and (".so" in path.name or path.suffix in (".dll", ".dylib", ".pyd")):
            problems.append(f"unused Qt library in the bundle: {path.relative_to(bundle)}")
        if path.is_symlink() and not path.exists():
            problems.append(f"dangling link in the bundle: {path.relative_to(bundle)}")
    if pyz_toc is not None and pyz_toc.is_file():
        toc = ast.literal_eval(pyz_toc.read_text("utf-8"))
        entries = toc[1] if isinstance(toc, tuple) else toc
        modules = {entry[0] for entry in entries}
        shipped = sorted(name for name in NEVER_SHIPPED if name in modules and name not in used)
        shipped += sorted(f"PySide6.{name}" for name in UNUSED_QT
                          if f"PySide6.{name}" in modules and f"PySide6.{name}" not in used)
        for name in shipped:
            problems.append(f"should not be in the bundle's module archive: {name}")

    missing = _missing_system_libraries(plugins / "platforms")
    if missing:
        print("note: the desktop platform plugins need these system libraries on the user's machine "
              "(not on this build machine, so not bundled): " + ", ".join(missing))

    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    size_mb = size / 1024 / 1024
    print(f"bundle size: {size_mb:.0f} MB unpacked ({bundle})")
    if size_mb > max_mb:
        problems.append(f"the bundle is {size_mb:.0f} MB, over the {max_mb:.0f} MB limit")
    return problems


# --- the self-test's outputs ---------------------------------------------------------------------

def _png_size(path: Path) -> tuple[int, int] | None:
    data = path.read_bytes()[:24]
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def _resolved(value):
    return value.get_object() if value is not None and hasattr(value, "get_object") else value


def _fonts(resources, depth: int = 0):
    """(name, font) of a page's resources, including those of the forms it draws."""
    resources = _resolved(resources)
    if not resources or depth > 5:
        return
    yield from (_resolved(resources.get("/Font")) or {}).items()
    for xobject in (_resolved(resources.get("/XObject")) or {}).values():
        xobject = _resolved(xobject)
        if xobject.get("/Subtype") == "/Form":
            yield from _fonts(xobject.get("/Resources"), depth + 1)


def _font_is_embedded(font) -> bool:
    font = font.get_object()
    if font.get("/Subtype") == "/Type3":
        return True  # glyphs drawn by content streams inside the PDF
    if font.get("/Subtype") == "/Type0":
        return all(_font_is_embedded(d) for d in font.get("/DescendantFonts", []))
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def check_pdf(path: Path) -> list[str]:
    try:
        from pypdf import PdfReader
    except ImportError:
        return [f"{path.name}: cannot check it, pypdf is missing (pip install '.[test]')"]
    problems = []
    try:
        reader = PdfReader(str(path), strict=False)
        pages = list(reader.pages)
    except Exception as exc:  # noqa: BLE001 - any failure to read is the finding
        return [f"{path.name}: not a readable PDF ({exc})"]
    if not pages:
        return [f"{path.name}: the PDF has no pages"]
    text = ""
    for number, page in enumerate(pages, start=1):
        box = page.mediabox
        if float(box.width) <= 0 or float(box.height) <= 0:
            problems.append(f"{path.name}: page {number} has an empty page size")
        try:
            text += page.extract_text() or ""
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{path.name}: page {number}: text cannot be extracted ({exc})")
        for name, font in _fonts(page.get("/Resources")):
            if not _font_is_embedded(font):
                base = font.get_object().get("/BaseFont", name)
                problems.append(f"{path.name}: page {number}: font {base} is not embedded")
    if not text.strip():
        problems.append(f"{path.name}: no text in the PDF")
    print(f"{path.name}: {len(pages)} page(s), {len(text.split())} words")
    return problems


def check_outputs(folder: Path, report_name: str, required: list[str]) -> list[str]:
    problems = []
    report = folder / report_name
    if not report.is_file():
        problems.append(f"no {report_name} was written")
    else:
        lines = report.read_text("utf-8").splitlines()
        if not lines or lines[0].strip() != "ok":
            problems.append(f"{report_name} does not say ok:\n    " + "\n    ".join(lines))
    for name in required:
        if not (folder / name).is_file():
            problems.append(f"no {name} was written")
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        suffix = path.suffix.lower()
        if path.stat().st_size == 0:
            problems.append(f"{path.name} is empty")
        elif suffix == ".pdf":
            problems += check_pdf(path)
        elif suffix == ".png":
            size = _png_size(path)
            if size is None or min(size) < 16:
                problems.append(f"{path.name} is not a usable PNG image")
            else:
                print(f"{path.name}: {size[0]} x {size[1]} PNG")
        elif suffix in (".xlsx", ".docx", ".ods"):
            try:
                with zipfile.ZipFile(path) as archive:
                    if archive.testzip() is not None:
                        problems.append(f"{path.name}: damaged archive")
            except zipfile.BadZipFile:
                problems.append(f"{path.name}: not a valid {suffix} file")
        elif suffix in (".csv", ".txt", ".tsv"):
            try:
                path.read_text("utf-8-sig")
            except UnicodeDecodeError:
                problems.append(f"{path.name}: not UTF-8 text")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    bundle = commands.add_parser("bundle")
    bundle.add_argument("path", type=Path)
    bundle.add_argument("--max-mb", type=float, default=560)
    bundle.add_argument("--pyz-toc", type=Path)
    outputs = commands.add_parser("outputs")
    outputs.add_argument("path", type=Path)
    outputs.add_argument("--report", default="self-test.txt", help="report whose first line must be ok")
    outputs.add_argument("--require", action="append", default=[], metavar="NAME",
                         help="a file that must have been written")
    args = parser.parse_args(argv)
    if args.command == "bundle":
        problems = check_bundle(args.path, args.max_mb, args.pyz_toc)
    else:
        problems = check_outputs(args.path, args.report, args.require)
    for problem in problems:
        print(f"FAIL: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
