"""What to export and the background work of exporting it: previews and files (no widgets).

Each function runs in a worker thread on its own connection to the project, so
previews and exports work on read-only projects and never block the window.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.services import export as export_service

PERSONA_SET, PERSONA, JOURNEY = "persona-set", "persona", "journey"
PDF, PNG, CSV, XLSX = "pdf", "png", "csv", "xlsx"
#: Editable PowerPoint slides (16:9): persona cards, or a journey map split by stages.
PPTX = "pptx"
#: A persona set's statistics table (only for personas; CSV and XLSX are their membership table).
STATISTICS_CSV, STATISTICS_XLSX = "statistics-csv", "statistics-xlsx"
FORMATS = (PDF, PNG, PPTX, CSV, XLSX, STATISTICS_CSV, STATISTICS_XLSX)
#: Formats written as tables (no pages of their own: the preview shows the cards or the map).
TABLE_FORMATS = (CSV, XLSX, STATISTICS_CSV, STATISTICS_XLSX)
#: Formats written as CSV (they have a CSV style: separator and decimal mark).
CSV_FORMATS = (CSV, STATISTICS_CSV)
#: Resolution of preview pages.
PREVIEW_DPI = 72
#: The preview of a persona set draws at most this many cards.
PREVIEW_PERSONAS = 4


@dataclass(frozen=True)
class Subject:
    """One thing to export: a persona set, one persona of it, or a journey map."""

    kind: str
    label: str
    name: str
    set_id: int | None = None
    persona_id: int | None = None
    journey_id: int | None = None

    @property
    def persona_ids(self) -> list[int] | None:
        return [self.persona_id] if self.persona_id is not None else None


def format_names(subject: Subject | None) -> list[tuple[str, str]]:
    if subject is not None and subject.kind == JOURNEY:
        return [(PDF, translate("Export", "Journey map as PDF (landscape)")),
                (PNG, translate("Export", "Journey map as PNG images")),
                (PPTX, translate("Export", "Journey map as PowerPoint slides (.pptx)")),
                (CSV, translate("Export", "Journey cells as CSV")),
                (XLSX, translate("Export", "Journey cells and observed figures as XLSX"))]
    return [(PDF, translate("Export", "Persona cards as PDF (one A4 page per persona)")),
            (PNG, translate("Export", "Persona cards as PNG images (into a folder)")),
            (PPTX, translate("Export", "Persona cards as PowerPoint slides (.pptx)")),
            (CSV, translate("Export", "Membership table as CSV (customer → persona)")),
            (XLSX, translate("Export", "Membership table as XLSX (customer → persona)")),
            (STATISTICS_CSV, translate("Export", "Statistics table as CSV")),
            (STATISTICS_XLSX, translate("Export", "Statistics table as XLSX"))]


def extension(fmt: str) -> str:
    """The file name extension of a format: "pdf", "csv"..."""
    return {STATISTICS_CSV: CSV, STATISTICS_XLSX: XLSX}.get(fmt, fmt)


def subjects(project) -> list[Subject]:
    """Everything the project can export, persona sets first (with their personas), then maps."""
    from workbench.services.journeys import journeys
    from workbench.services.personas import persona_sets, personas_of

    found = []
    for stored in reversed(persona_sets(project)):
        found.append(Subject(PERSONA_SET, translate("Export", "Persona set: {name}").format(
            name=stored.name), stored.name, set_id=stored.id))
        for persona in personas_of(project, stored.id):
            label = "    " + translate("Export", "Persona: {name}").format(name=persona.name)
            found.append(Subject(PERSONA, label, persona.name, set_id=stored.id,
                                 persona_id=persona.id))
    for journey in journeys(project):
        found.append(journey_subject(journey.id, journey.name))
    return found


def journey_subject(journey_id: int, name: str) -> Subject:
    return Subject(JOURNEY, translate("Export", "Journey map: {name}").format(name=name), name,
                   journey_id=journey_id)


def file_stem(name: str, empty: str = "export") -> str:
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name)
    return re.sub(r"\s+", "-", text.strip()).strip(".-")[:60] or empty


def default_name(subject: Subject, fmt: str) -> str:
    """A sensible file name: "Journey-of-Giulia.pdf", "Personas-membership.csv"..."""
    if subject.kind == JOURNEY:
        return f"{file_stem(subject.name)}.{fmt}"
    stem = file_stem(subject.name, "personas")
    if fmt in (CSV, XLSX):
        stem += "-" + translate("Export", "membership")
    elif fmt in (STATISTICS_CSV, STATISTICS_XLSX):
        stem += "-" + translate("Export", "statistics")
    if fmt == PNG:
        return stem  # a folder
    return f"{stem}.{extension(fmt)}"


@dataclass(frozen=True)
class Preview:
    """Pages as PNG bytes; ``complete`` is False when only the first personas are drawn.

    For personas, ``shown`` of the ``total`` chosen personas have their cards drawn.
    """

    pages: list[bytes]
    complete: bool = True
    shown: int = 0
    total: int = 0


def preview_pages(project, subject: Subject, paper: str = "fit", *,
                  persona_ids: list[int] | None = None, trends: bool = False,
                  fmt: str = PDF, task: Task | None = None) -> Preview:
    """The pages the export prints, as small PNG images (background).

    ``persona_ids`` narrows a persona set to the chosen personas (None: the subject's own);
    ``trends`` adds the Trends pages after the persona cards; ``fmt`` PPTX draws the slides.
    """
    task = ensure_task(task)
    if fmt == PPTX:
        return preview_slides(project, subject, persona_ids=persona_ids, task=task)
    folder = Path(tempfile.mkdtemp(prefix="workbench-preview-"))
    try:
        with project.on_own_connection() as mine:
            if subject.kind == JOURNEY:
                written = export_service.export_journey_png(
                    mine, subject.journey_id, folder / "map.png", paper=paper, dpi=PREVIEW_DPI,
                    task=task)
            else:
                ids = persona_ids if persona_ids is not None else subject.persona_ids
                if ids is None:
                    from workbench.services.personas import personas_of

                    ids = [p.id for p in personas_of(mine, subject.set_id)]
                written = export_service.export_persona_png(
                    mine, subject.set_id, folder / "pages", ids[:PREVIEW_PERSONAS],
                    dpi=PREVIEW_DPI, task=task, trends=trends)
                return Preview([path.read_bytes() for path in written.paths],
                               len(ids) <= PREVIEW_PERSONAS, written.personas, len(ids))
            return Preview([path.read_bytes() for path in written.paths])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def preview_slides(project, subject: Subject, *, persona_ids: list[int] | None = None,
                   task: Task | None = None) -> Preview:
    """The slides of the PowerPoint export as small PNG images (background)."""
    from workbench.services import slides

    with project.on_own_connection() as mine:
        if subject.kind == JOURNEY:
            images = slides.preview_journey_slides(mine, subject.journey_id, task=task)
            return Preview(list(images))
        ids = persona_ids if persona_ids is not None else subject.persona_ids
        if ids is None:
            from workbench.services.personas import personas_of

            ids = [p.id for p in personas_of(mine, subject.set_id)]
        shown = ids[:PREVIEW_PERSONAS]
        images = slides.preview_persona_slides(mine, subject.set_id, shown, task=task)
        return Preview(list(images), len(ids) <= PREVIEW_PERSONAS, len(shown), len(ids))


def run_export(project, subject: Subject, fmt: str, target: Path, paper: str = "fit",
               include_personal_data: bool = False, *, persona_ids: list[int] | None = None,
               csv_style: str | None = None, trends: bool = False, task: Task | None = None
               ) -> export_service.Exported:
    """Write the chosen export (background); ExportError tells what went wrong.

    ``persona_ids`` narrows a persona set to the chosen personas (None: the subject's own);
    ``csv_style`` is "comma" or "semicolon" for CSV formats (None: the user's Preferences);
    ``trends`` adds the Trends pages after persona cards (PDF, PNG).
    """
    ids = persona_ids if persona_ids is not None else subject.persona_ids
    with project.on_own_connection() as mine:
        if subject.kind == JOURNEY:
            if fmt == PDF:
                return export_service.export_journey_pdf(mine, subject.journey_id, target, paper,
                                                         task=task)
            if fmt == PNG:
                return export_service.export_journey_png(mine, subject.journey_id, target, paper,
                                                         task=task)
            if fmt == PPTX:
                from workbench.services import slides

                return slides_exported(
                    slides.export_journey_pptx(mine, subject.journey_id, target, task=task))
            return export_service.export_journey_table(
                mine, subject.journey_id, target, fmt,
                include_personal_data=include_personal_data, task=task, csv_style=csv_style)
        if fmt == PDF:
            return export_service.export_personas_pdf(mine, subject.set_id, target, ids,
                                                      task=task, trends=trends)
        if fmt == PNG:
            return export_service.export_persona_png(mine, subject.set_id, target, ids,
                                                     task=task, trends=trends)
        if fmt == PPTX:
            from workbench.services import slides

            return slides_exported(slides.export_personas_pptx(
                mine, subject.set_id, target, ids, include_personal_data=include_personal_data,
                task=task))
        if fmt in (STATISTICS_CSV, STATISTICS_XLSX):
            return export_service.export_statistics(mine, subject.set_id, target,
                                                    extension(fmt), persona_ids=ids, task=task,
                                                    csv_style=csv_style)
        return export_service.export_membership(
            mine, subject.set_id, target, fmt, include_personal_data=include_personal_data,
            persona_ids=ids, task=task, csv_style=csv_style)


def slides_exported(written) -> export_service.Exported:
    """What the slides service wrote, as the Exported every other format gives."""
    if isinstance(written, export_service.Exported):
        return written
    path = Path(written)
    return export_service.Exported([path], pages=getattr(written, "slides", 0))
