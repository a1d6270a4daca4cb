"""Slide decks: persona cards and journey maps as editable PowerPoint (.pptx) files.

The decks hold native text boxes, shapes and charts (a name, a quote or a card can be
edited in PowerPoint, Impress, Keynote or Google Slides); the previews are the same
slides drawn to PNG for the Export area. Like every export, reading only, all or
nothing (an atomic write), progress through ``task``. Persona slides never name a
customer unless ``include_personal_data``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.errors import ExportError
from workbench.export.files import atomic_file, check_target
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.store.project_file import ProjectFile

PPTX_SUFFIX = ".pptx"
#: Resolution of the preview images (dots per inch of a 13.333 in wide slide).
PREVIEW_DPI = 96


@contextmanager
def _in_language(language: str | None) -> Iterator[None]:
    """Everything the deck says in ``language`` ("en", "it"); None: the app's language."""
    from workbench import i18n

    if not language or language == i18n.current_language():
        yield
        return
    previous = i18n.current_language()
    i18n.set_language(language)
    try:
        yield
    finally:
        i18n.set_language(previous)


def _target(project: ProjectFile, path: Path | str) -> Path:
    path = Path(path)
    if path.suffix.lower() != PPTX_SUFFIX:
        path = path.with_name(path.name + PPTX_SUFFIX)
    return check_target(path, protect=project.path)


def _quote_labels(project: ProjectFile, set_id: int) -> dict[int, list[str]]:
    """persona position -> the customer behind each of its quotes (in the cards' order)."""
    from workbench.services.personas import persona_quotes
    from workbench.store import personas as persona_store

    positions = {p.id: p.position for p in persona_store.personas_of(project.db, set_id)}
    return {positions[persona_id]: [str(getattr(q, "customer_label", "") or "") for q in quotes]
            for persona_id, quotes in persona_quotes(project, set_id).items()
            if persona_id in positions}


def persona_deck(project: ProjectFile, set_id: int, persona_ids: list[int] | None = None, *,
                 include_personal_data: bool = False):
    """The persona slides (:class:`workbench.export.slides.Deck`) of the set's cards."""
    from workbench.export.persona_slides import persona_deck as build
    from workbench.export.text import default_typeface
    from workbench.services.export import persona_cards

    cards, context = persona_cards(project, set_id, persona_ids)
    labels = _quote_labels(project, set_id) if include_personal_data else None
    return build(cards, context, default_typeface(), labels)


def journey_deck(project: ProjectFile, journey_id: int):
    """The journey map's slides (:class:`workbench.export.slides.Deck`)."""
    from workbench.export.journey_slides import journey_slides
    from workbench.export.text import default_typeface
    from workbench.services.export import journey_sheet

    sheet, context = journey_sheet(project, journey_id)
    return journey_slides(sheet, context, default_typeface())


def _write(deck, path: Path, task: Task) -> Path:
    from workbench.export.slides import write_pptx

    def progress(done: int, total: int, name: str) -> None:
        task.report(done, total, translate("Slides", "Writing slide {n} of {total}…").format(
            n=done + 1, total=total))

    with atomic_file(path) as temporary:
        write_pptx(deck, temporary, progress)
    task.report(1, 1, translate("Export", "Done"))
    return path


def export_personas_pptx(project: ProjectFile, set_id: int, path: Path | str,
                         persona_ids: list[int] | None = None, *, language: str | None = None,
                         include_personal_data: bool = False, task: Task | None = None) -> Path:
    """Persona cards as a .pptx deck: a slide per persona (two when its texts run long).

    ``language``: "en" or "it" for the slides' labels (None: the app's language).
    Returns the path written (".pptx" added when missing).
    """
    task = ensure_task(task)
    path = _target(project, path)
    task.report(0, None, translate("Export", "Preparing the persona cards…"))
    with _in_language(language):
        deck = persona_deck(project, set_id, persona_ids,
                            include_personal_data=include_personal_data)
        return _write(deck, path, task)


def export_journey_pptx(project: ProjectFile, journey_id: int, path: Path | str, *,
                        language: str | None = None, task: Task | None = None) -> Path:
    """A journey map as a .pptx deck, its stages split across slides (at most four each)."""
    task = ensure_task(task)
    path = _target(project, path)
    task.report(0, None, translate("Export", "Preparing the journey map…"))
    with _in_language(language):
        return _write(journey_deck(project, journey_id), path, task)


def _previews(deck, task: Task, dpi: int) -> list[bytes]:
    from workbench.export.slides import render_png
    from workbench.export.text import default_typeface

    if not 30 <= dpi <= 300:
        raise ExportError(translate("Slides", "The preview resolution must be between 30 and 300 "
                                    "dots per inch, not {dpi}.").format(dpi=dpi))
    images = []
    total = len(deck.slides)
    for index, slide in enumerate(deck.slides):
        task.report(index, total, translate("Slides", "Drawing slide {n} of {total}…").format(
            n=index + 1, total=total))
        images.append(render_png(slide, default_typeface(), dpi))
    task.report(total, total, translate("Export", "Done"))
    return images


def preview_persona_slides(project: ProjectFile, set_id: int,
                           persona_ids: list[int] | None = None, *,
                           include_personal_data: bool = False, dpi: int = PREVIEW_DPI,
                           task: Task | None = None) -> list[bytes]:
    """The persona slides as PNG images (bytes), exactly as the .pptx lays them out."""
    task = ensure_task(task)
    deck = persona_deck(project, set_id, persona_ids, include_personal_data=include_personal_data)
    return _previews(deck, task, dpi)


def preview_journey_slides(project: ProjectFile, journey_id: int, *, dpi: int = PREVIEW_DPI,
                           task: Task | None = None) -> list[bytes]:
    """The journey map's slides as PNG images (bytes)."""
    task = ensure_task(task)
    return _previews(journey_deck(project, journey_id), task, dpi)
