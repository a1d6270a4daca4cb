"""Per-user settings, shared by the GUI and the CLI.

A typed registry of options stored as JSON in the per-user config folder.
Unknown or malformed values fall back to the defaults, so a damaged settings
file never stops the app from starting.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from workbench.domain.warehouse import DEFAULT_SAMPLE_THRESHOLD
from workbench.export.tables import COMMA, CSV_STYLES, SEMICOLON
from workbench.paths import config_dir

MAX_RECENT_PROJECTS = 10
THEMES = ("system", "light", "dark")
MIN_BACKUPS, MAX_BACKUPS = 1, 1000
#: Smallest sample threshold Preferences accept (rows).
MIN_SAMPLE_THRESHOLD = 1
#: Languages whose Excel expects semicolon-separated CSV with a decimal comma (of those we offer).
SEMICOLON_LANGUAGES = ("it",)


@dataclass
class Settings:
    #: "" follows the system locale; otherwise one of i18n.SUPPORTED_LANGUAGES.
    language: str = ""
    recent_projects: list[str] = field(default_factory=list)
    #: How many automatic backups to keep per project.
    backup_count: int = 10
    default_export_dir: str = ""
    #: "system", "light" or "dark".
    theme: str = "system"
    #: CSV exports: "comma", "semicolon", or "" to follow the language (see csv_style()).
    csv_style: str = ""
    #: A database source with more rows than this is offered as a sample at import.
    sample_threshold: int = DEFAULT_SAMPLE_THRESHOLD
    #: Base64 of QMainWindow.saveGeometry()/saveState(), owned by the GUI.
    window_geometry: str = ""
    window_state: str = ""

    def add_recent(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_projects = [text] + [p for p in self.recent_projects if p != text]
        del self.recent_projects[MAX_RECENT_PROJECTS:]

    def remove_recent(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_projects = [p for p in self.recent_projects if p != text]


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    settings = Settings()
    try:
        raw = json.loads(settings_path().read_text("utf-8"))
    except (OSError, ValueError):
        return settings
    if not isinstance(raw, dict):
        return settings
    for spec in fields(Settings):
        value = raw.get(spec.name)
        default = getattr(settings, spec.name)
        if isinstance(default, bool) or value is None:
            continue
        if isinstance(value, type(default)):
            if isinstance(default, list):
                value = [v for v in value if isinstance(v, str)]
            setattr(settings, spec.name, value)
    settings.backup_count = max(MIN_BACKUPS, min(settings.backup_count, MAX_BACKUPS))
    if settings.theme not in THEMES:
        settings.theme = "system"
    if settings.csv_style not in CSV_STYLES:
        settings.csv_style = ""
    if isinstance(settings.sample_threshold, bool) or \
            settings.sample_threshold < MIN_SAMPLE_THRESHOLD:
        settings.sample_threshold = DEFAULT_SAMPLE_THRESHOLD
    return settings


def csv_style_for_language(language: str) -> str:
    """The CSV style Excel expects where ``language`` is spoken: "semicolon" (decimal comma)
    for Italian, "comma" otherwise."""
    return SEMICOLON if (language or "").lower().startswith(SEMICOLON_LANGUAGES) else COMMA


def csv_style(settings: Settings | None = None) -> str:
    """The CSV style of exports: the one chosen in Preferences, else the one that suits the
    language in use (Italian: semicolon and decimal comma; otherwise comma and decimal point)."""
    from workbench.i18n import current_language

    chosen = (settings if settings is not None else load_settings()).csv_style
    return chosen if chosen in CSV_STYLES else csv_style_for_language(current_language())


def resolve_csv_style(chosen: str | None) -> str:
    """``chosen`` checked ("comma" or "semicolon"); None: the user's choice in Preferences,
    else the style that suits the language in use (``csv_style()`` above).

    Shared by every use case that writes CSV (persona and journey tables, codings), so
    none of them imports another for it."""
    from workbench.errors import ExportError
    from workbench.i18n import translate

    if chosen is None:
        return csv_style()
    if chosen not in CSV_STYLES:
        raise ExportError(translate(
            "Export", "Unknown CSV style '{style}': use comma (comma-separated, decimal point) or "
            "semicolon (semicolon-separated, decimal comma, for Excel in Italian).").format(
            style=chosen))
    return chosen


def is_first_run() -> bool:
    """True until settings were saved once (a new user, or a fresh per-user folder)."""
    return not settings_path().is_file()


def default_export_folder(project_path: Path | str | None = None) -> Path:
    """Where export dialogs start: the folder chosen in the settings, if it still exists,
    otherwise the project's folder, otherwise the user's Documents folder (or home)."""
    chosen = load_settings().default_export_dir
    if chosen and Path(chosen).expanduser().is_dir():
        return Path(chosen).expanduser()
    if project_path is not None and Path(project_path).parent.is_dir():
        return Path(project_path).parent
    try:
        import platformdirs

        documents = Path(platformdirs.user_documents_dir())
    except Exception:  # platformdirs can fail on unusual setups; home always exists
        documents = Path.home()
    return documents if documents.is_dir() else Path.home()


def save_settings(settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    path = settings_path()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
