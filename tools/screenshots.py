"""Screenshots of the welcome page and each area with the sample project, taken offscreen.

Run:  python tools/screenshots.py [--out docs/screenshots] [--language en|it] [--theme light|dark]

Writes ``welcome.png`` and ``AREA.png`` (data, evidence, personas, journeys, retention,
voc: the Voice of the customer area by persona, export) at 1280x800, then
``personas-changes.png`` (the persona set's Changes tab), ``evidence-speakers.png``
(a transcript read as a conversation), ``data-import.png``
(the import preview on the sample's survey file, with its outcome columns and customer line), ``personas-new.png`` (the
new persona set dialog after Suggest) and ``persona-pdf.png`` (the first page
of the sample's persona PDF). Per-user folders go to a throw-away directory, so your settings,
recent projects and backups are not touched. An area that is still an empty
state is photographed as it is; one that fails is reported and skipped.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)
SETTLE_S = 2.0  # areas load some figures in the background after the project opens


def settle(app, seconds: float) -> None:
    """Process events for ``seconds`` so background work and painting finish."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="en", choices=("en", "it"))
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="workbench-screenshots-")
    os.environ["PERSONA_WORKBENCH_HOME"] = home
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from workbench.i18n import set_language
    from workbench.ui.app import apply_locale
    from workbench.ui.main_window import SAMPLE_COPY, MainWindow
    from workbench.ui.style import apply_style

    language = set_language(args.language)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_locale(language)
    apply_style(app, args.theme)
    window = MainWindow(interactive=False)
    window.resize(*SIZE)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []

    worker = window.open_sample_project(SAMPLE_COPY)
    loop = QEventLoop()
    worker.done.connect(loop.quit)
    QTimer.singleShot(300_000, loop.quit)
    if worker.is_running:
        loop.exec()
    if window.project is None:
        print("The sample project did not open:", *[m[2] for m in window.messages], file=sys.stderr)
        window.close()
        return 1

    for key in window.project_view.area_keys():
        try:
            window.project_view.show_area(key)
            settle(app, SETTLE_S)
            if key == "voc":
                _show_voc_by_persona(app, window)
            target = args.out / f"{key}.png"
            if not window.grab().save(str(target)):
                raise OSError(f"could not write {target}")
            print(f"saved {target}")
        except Exception as exc:  # one broken area must not cost the other screenshots
            problems.append(f"{key}: {exc}")

    for name, show in (("customers", _show_customer), ("evidence", _show_coded_document),
                       ("evidence-speakers", _show_conversation),
                       ("personas-changes", _show_persona_changes)):
        try:
            show(window)
            settle(app, SETTLE_S)
            target = args.out / f"{name}.png"
            if not window.grab().save(str(target)):
                raise OSError(f"could not write {target}")
            print(f"saved {target}")
        except Exception as exc:  # noqa: BLE001 - report and go on with the others
            problems.append(f"{name}: {exc}")

    for name, take in (("data-import", _grab_import_dialog), ("personas-new", _grab_new_set),
                       ("persona-pdf", _grab_persona_pdf)):
        try:
            target = args.out / f"{name}.png"
            if not take(app, window, target):
                raise OSError(f"could not write {target}")
            print(f"saved {target}")
        except Exception as exc:  # noqa: BLE001 - report and go on with the others
            problems.append(f"{name}: {exc}")

    window.close_project()  # the welcome page, now with the sample in the recent list
    settle(app, 0.3)
    target = args.out / "welcome.png"
    if window.grab().save(str(target)):
        print(f"saved {target}")
    else:
        problems.append(f"welcome: could not write {target}")
    window.close()
    for problem in problems:
        print("problem:", problem, file=sys.stderr)
    return 1 if problems else 0


def _interviewed_customer(window) -> tuple[int, int]:
    """(customer, document) of the first interview with the most codings."""
    row = window.project.db.query(
        "SELECT d.customer_id, d.id, COUNT(x.id) AS n FROM documents d "
        "JOIN sources s ON s.id = d.source_id JOIN codings x ON x.document_id = d.id "
        "WHERE s.file_name LIKE 'interviews%' AND d.customer_id IS NOT NULL "
        "GROUP BY d.id ORDER BY n DESC, d.id LIMIT 1")[0]
    return row[0], row[1]


def _show_customer(window) -> None:
    """The Customers tab on a customer known to several sources."""
    window.project_view.show_area("data")
    data = window.project_view.area_widget("data")
    data.show_tab(data.customers_tab)
    customer, _document = _interviewed_customer(window)
    if not data.customers_tab.select_customer(customer):
        raise RuntimeError(f"customer {customer} is not in the list")


def _show_coded_document(window) -> None:
    """The Evidence area reading a coded interview."""
    window.project_view.show_area("evidence")
    _customer, document = _interviewed_customer(window)
    window.project_view.area_widget("evidence").open_document(document)


def _show_conversation(window) -> None:
    """The Evidence area reading an interview transcript with its speakers' turns."""
    window.project_view.show_area("evidence")
    rows = window.project.db.query(
        "SELECT t.document_id, COUNT(DISTINCT t.speaker_id) AS speakers, COUNT(*) AS turns "
        "FROM turns t JOIN documents d ON d.id = t.document_id WHERE d.language = 'it' "
        "AND d.customer_id IS NOT NULL GROUP BY t.document_id "
        "ORDER BY speakers DESC, turns DESC, t.document_id LIMIT 1")
    if not rows:
        raise RuntimeError("the sample holds no transcript with speakers")
    window.project_view.area_widget("evidence").open_document(rows[0][0])


def _show_persona_changes(window) -> None:
    """The Personas area's Changes tab: the sample's fit against its later assignment."""
    window.project_view.show_area("personas")
    window.project_view.area_widget("personas").living.show_changes()


def _show_voc_by_persona(app, window) -> None:
    """The Voice of the customer area with the measures broken down by persona, once read."""
    from workbench.domain.voc import GroupBy

    area = window.project_view.area_widget("voc")
    _wait(app, lambda: area.overview is not None and not area.background_workers())
    if area.overview.columns:
        area.set_breakdown(GroupBy.PERSONA)
        _wait(app, lambda: not area.background_workers())
    settle(app, 0.3)


def _wait(app, ready, seconds: float = 60.0) -> None:
    end = time.monotonic() + seconds
    while not ready() and time.monotonic() < end:
        settle(app, 0.1)
    if not ready():
        raise RuntimeError("timed out")


def _grab_import_dialog(app, window, target: Path) -> bool:
    """The import preview of the sample's Italian survey export."""
    from workbench.sample_projects.generate_data import generate

    from workbench.ui.data.import_dialog import ImportDialog

    folder = Path(tempfile.mkdtemp(prefix="workbench-screenshot-"))
    survey = generate(folder, customers=200)["survey"]
    dialog = ImportDialog(window, survey)
    dialog.resize(1080, 720)
    dialog.show()
    _wait(app, lambda: not dialog.previewing)
    settle(app, 0.5)
    saved = dialog.grab().save(str(target))
    dialog.reject()
    return saved


def _grab_new_set(app, window, target: Path) -> bool:
    """The new persona set dialog with the suggested number of personas."""
    window.project_view.show_area("personas")
    area = window.project_view.area_widget("personas")
    area.new_set()
    _wait(app, lambda: area.new_dialog is not None and area.new_dialog.isVisible())
    dialog = area.new_dialog
    dialog.resize(1060, 800)
    dialog.suggest_button.click()
    _wait(app, lambda: dialog.suggestion is not None, 120.0)
    settle(app, 0.5)
    saved = dialog.grab().save(str(target))
    dialog.reject()
    return saved


def _grab_persona_pdf(app, window, target: Path) -> bool:
    """The first page of the sample's persona cards as PDF, rendered at 893 pixels wide."""
    import pypdfium2

    from workbench.services.export import export_personas_pdf
    from workbench.services.personas import persona_sets

    pdf = Path(tempfile.mkdtemp(prefix="workbench-screenshot-")) / "personas.pdf"
    export_personas_pdf(window.project, persona_sets(window.project)[-1].id, pdf)
    page = pypdfium2.PdfDocument(str(pdf))[0]
    page.render(scale=893 / page.get_width()).to_pil().save(str(target))
    return target.exists()


if __name__ == "__main__":
    sys.exit(main())
