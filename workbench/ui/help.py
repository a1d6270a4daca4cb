"""Help menu: the short guide (bundled Markdown, English and Italian) and the About box.

The guide lives in ``resources/help/guide_LANG.md``; About lists the app's
version, Qt and PySide, and the libraries the workbench is built on with the
licence each declares in its installed metadata.
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workbench import APP_NAME, __version__
from workbench.i18n import current_language, translate
from workbench.paths import resources_dir

#: Distributions named in About, in the order shown (the package name on PyPI).
LIBRARIES = ("PySide6-Essentials", "pandas", "numpy", "scikit-learn", "matplotlib", "sqlite-utils",
             "platformdirs", "python-calamine", "openpyxl", "rapidfuzz")

#: Licences as the projects declare them, for a build that did not ship their metadata.
KNOWN_LICENCES = {
    "PySide6-Essentials": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", "pandas": "BSD-3-Clause",
    "numpy": "BSD-3-Clause", "scikit-learn": "BSD-3-Clause", "matplotlib": "Python Software Foundation License",
    "sqlite-utils": "Apache-2.0", "platformdirs": "MIT", "python-calamine": "MIT", "openpyxl": "MIT",
    "rapidfuzz": "MIT",
}

#: Bundled fonts (not Python packages): name, licence, where it comes from.
FONTS = (("DejaVu Sans", "Bitstream Vera / DejaVu licence (free, permissive)", "https://dejavu-fonts.github.io"),)


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str
    url: str


def guide_path(language: str | None = None) -> Path:
    """The guide in ``language`` (default: the current one), English when it has none."""
    folder = resources_dir() / "help"
    path = folder / f"guide_{language or current_language()}.md"
    return path if path.is_file() else folder / "guide_en.md"


def guide_markdown(language: str | None = None) -> str:
    path = guide_path(language)
    try:
        return path.read_text("utf-8")
    except OSError:
        return translate("Help", "The guide could not be found at {path}. Please reinstall "
                                 "Persona Workbench.").format(path=path)


def _licence_of(meta) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    return text.splitlines()[0][:60] if text else translate("Help", "see the package")


def _url_of(meta) -> str:
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return url.strip()
    return (meta.get("Home-page") or "").strip()


def libraries() -> list[Library]:
    """Name, version, licence and home page of each library, from its installed metadata."""
    from importlib import metadata

    found = []
    for name in LIBRARIES:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            found.append(Library(name, translate("Help", "version not recorded"),
                                 KNOWN_LICENCES.get(name, ""), ""))
            continue
        found.append(Library(name, meta.get("Version") or "?", _licence_of(meta), _url_of(meta)))
    return found


def about_html() -> str:
    """The About box: what the app is, versions, and the licences of what it is built on."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    rows = []
    for library in libraries():
        name = html.escape(library.name)
        if library.url:
            name = f'<a href="{html.escape(library.url)}">{name}</a>'
        rows.append(f"<tr><td>{name}</td><td>{html.escape(library.version)}</td>"
                    f"<td>{html.escape(library.licence)}</td></tr>")
    for font, licence, url in FONTS:
        rows.append(f'<tr><td><a href="{url}">{html.escape(font)}</a></td>'
                    f"<td>{html.escape(translate('Help', 'font'))}</td><td>{html.escape(licence)}</td></tr>")
    intro = translate(
        "Help", "Turn customer research into data-driven buyer personas and journey maps, with every "
        "claim traced back to its evidence. Your data stays on this computer.")
    versions = translate("Help", "Qt {qt} · PySide6 {pyside} · Python {python}").format(
        qt=qVersion(), pyside=pyside_version, python=sys.version.split()[0])
    built_on = translate("Help", "Built with these libraries, each under its own licence:")
    headers = (translate("Help", "Library"), translate("Help", "Version"), translate("Help", "Licence"))
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
    return (f"<h3>{html.escape(APP_NAME)} {html.escape(__version__)}</h3>"
            f"<p>{html.escape(intro)}</p><p>{html.escape(versions)}</p>"
            f"<p>{html.escape(built_on)}</p>"
            f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{''.join(rows)}</table>")


class _BrowserDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


class GuideDialog(_BrowserDialog):
    """The short guide, in the current language; not modal, so it can stay open while working."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Help", "Persona Workbench guide"), parent)
        self.setObjectName("GuideDialog")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.browser.setMarkdown(guide_markdown())
        self.resize(720, 640)


class AboutDialog(_BrowserDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Help", "About Persona Workbench"), parent)
        self.setObjectName("AboutDialog")
        self.browser.setHtml(about_html())
        self.resize(620, 520)
