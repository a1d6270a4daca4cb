"""Export use cases: persona cards and journey maps as PDF or PNG, their tables as CSV or XLSX.

Each reads the project (never changes it), writes all or nothing (a failed or
cancelled export leaves no file behind, and an older file of the same name
untouched), reports progress through ``task`` and stops when it is cancelled.

Personal data: the membership table leaves out the customer's label (often a
name, from a column marked PII) and any customer key that is an e-mail
address, unless ``include_personal_data=True``. Persona cards never name
customers. The journey cells table names the evidence document a card quotes
(transcript titles often name the person) only with ``include_personal_data``;
journey maps print aggregate figures only.

Journey maps: ``export_journey_pdf`` / ``export_journey_png`` (paper "fit", "a4"
or "a3", landscape) and ``export_journey_table`` (CSV: cells; XLSX: cells and
observed figures).

CSV tables take ``csv_style``: "comma" (decimal point) or "semicolon" (decimal
comma, what Excel in Italian expects); None uses the user's Preferences, else the
style of the language in use.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from workbench.domain.persona_sets import StoredPersona, StoredPersonaSet
from workbench.errors import AnalysisError, ExportError, OperationCancelled, WorkbenchError
from workbench.export.files import AtomicFiles, atomic_file, check_target
from workbench.export.persona_card import CardContext, PersonaCard
from workbench.export.tables import DECIMAL, INTEGER, Column, Table
from workbench.i18n import translate
from workbench.progress import Task, ensure_task

# Shared with every use case that writes a table (re-exported here for existing callers).
from workbench.services.table_export import FORMATS, Exported, customer_keys  # noqa: F401
from workbench.services.table_export import write_table as _write_table
from workbench.settings import resolve_csv_style
from workbench.store import personas as persona_store
from workbench.store.project_file import ProjectFile

# --------------------------------------------------------------------------- reading


def _persona_set(project: ProjectFile, set_id: int) -> StoredPersonaSet:
    stored = persona_store.get_persona_set(project.db, set_id)
    if stored is None:
        raise AnalysisError(translate("Personas", "There is no persona set {id}.").format(id=set_id))
    return stored


def _chosen_personas(project: ProjectFile, set_id: int,
                     persona_ids: list[int] | None) -> list[StoredPersona]:
    personas = persona_store.personas_of(project.db, set_id)
    if not personas:
        raise ExportError(translate("Export", "Persona set {id} has no personas to export.").format(
            id=set_id))
    if not persona_ids:
        return personas
    by_id = {p.id: p for p in personas}
    unknown = [str(i) for i in persona_ids if i not in by_id]
    if unknown:
        raise ExportError(translate(
            "Export", "Persona set {set} has no persona {ids}. Its personas are: {available}."
        ).format(set=set_id, ids=", ".join(unknown),
                 available=", ".join(f"{p.id} ({p.name})" for p in personas)))
    return [by_id[i] for i in dict.fromkeys(persona_ids)]


def card_context(project: ProjectFile, stored: StoredPersonaSet) -> CardContext:
    """The footer of every card: project, persona set, how and from what it was computed."""
    from workbench import APP_NAME, __version__
    from workbench.export.wording import algorithm_name
    from workbench.services.project import project_info

    quality = stored.result.get("quality", {})
    settings = stored.settings
    sources = list(dict.fromkeys(str(f.get("source", "")) for f in stored.features.values()
                                 if f.get("source")))
    method = translate("Export", "{algorithm} · {k} personas · seed {seed}").format(
        algorithm=algorithm_name(str(settings.get("algorithm", ""))),
        k=settings.get("k", stored.persona_count), seed=settings.get("seed", 0))
    return CardContext(
        project=project_info(project).name, persona_set=stored.name, method=method,
        computed_on=stored.created_at[:10], exported_on=date.today().isoformat(),
        customers_clustered=int(quality.get("n_customers") or 0), sources=tuple(sources),
        persona_count=stored.persona_count, app=f"{APP_NAME} {__version__}",
        weak_structure=weak_structure(stored), sample_note=sample_note(project),
        population_note=population_note(_population_counts(project, stored.id)))


def sample_note(project: ProjectFile) -> str:
    """"From a sample of 500,000 of 42,318,220 customers (…)." when the project's customers are
    a sample of a bigger source (the sampling recorded at import); "" when they are not."""
    from workbench.services.sampling import sample_note as recorded_note

    return recorded_note(project) or ""


def _population_counts(project: ProjectFile, set_id: int):
    """The persona sizes the company's engine returned for the set (PopulationCounts), or None."""
    from workbench.services.sql_export import population_counts

    return population_counts(project, set_id)


def population_note(counts) -> str:
    """Where the population's sizes come from, for the cards: the note given at import and
    the date ("scored in Spark · imported on 2026-12-05"); "" without counts."""
    if counts is None:
        return ""
    when = translate("Export", "imported on {date}").format(date=counts.imported_at[:10])
    return f"{counts.note} · {when}" if counts.note else when


def weak_structure(stored: StoredPersonaSet) -> bool:
    """No number of personas beat structureless data: the personas split a continuum."""
    from workbench.domain.personas import RULE_WEAK_STRUCTURE

    return bool(stored.result.get("weak_structure")) or \
        (stored.suggestion or {}).get("rule") == RULE_WEAK_STRUCTURE


def persona_cards(project: ProjectFile, set_id: int, persona_ids: list[int] | None = None
                  ) -> tuple[list[PersonaCard], CardContext]:
    """The cards to print (all personas of the set, or those asked for) and their footer."""
    stored = _persona_set(project, set_id)
    everyone = persona_store.personas_of(project.db, set_id)
    chosen = _chosen_personas(project, set_id, persona_ids)
    context = card_context(project, stored)
    n_unassigned = int(stored.result.get("quality", {}).get("n_unassigned") or 0)
    if not context.customers_clustered:  # a run stored without its quality figures
        context = replace(context, customers_clustered=sum(p.size for p in everyone) + n_unassigned)
    unassigned = n_unassigned / (context.customers_clustered or 1)
    shares = tuple((p.position, p.share) for p in everyone)
    from workbench.services.personas import persona_quotes

    # without a customer's document there is nothing to quote: skip reading every member
    quotes = (persona_quotes(project, set_id)
              if persona_store.has_customer_documents(project.db) else {})
    members = persona_store.member_personas(project.db, set_id)  # read once for every figure
    curves = _retention_curves(project, set_id, members)
    measures = _persona_measures(project, set_id, members)
    population = _population_counts(project, set_id)
    cards = [PersonaCard(
        position=p.position, name=p.name, size=p.size, share=p.share, quote=p.quote or "",
        narrative=p.narrative or "", goals=p.goals or "", frustrations=p.frustrations or "",
        motivations=p.motivations or "", channels=p.channels or "", photo=p.photo,
        effects=tuple(p.profile.get("effects", [])),
        channel_mix=tuple(p.profile.get("channel_mix", [])), set_shares=shares,
        unassigned_share=unassigned,
        evidence_quotes=tuple((q.text, q.code_name or "", str(getattr(q, "voice", "customer")))
                              for q in quotes.get(p.id, [])),
        outcomes=tuple(p.profile.get("outcomes", [])), story=p.profile.get("story") or "",
        retention=(curves.get(str(p.id)), curves.get("")) if str(p.id) in curves else (),
        measures=tuple(measures.get(p.id, ())),
        population=_population_share(population, p.position))
        for p in chosen]
    return cards, context


def _population_share(counts, position: int) -> tuple[float, int] | None:
    """(share of the whole customer base, customers) of the persona at ``position``, or None."""
    if counts is None or not counts.total:
        return None
    customers = int(counts.counts.get(position, 0))
    return customers / counts.total, customers


def _retention_curves(project: ProjectFile, set_id: int, members=None) -> dict:
    """Retention curves by persona id (as text) and everyone's (key ""), when churn can be
    measured; {} otherwise (the cards print without them). ``members``: the set's
    (customer ids, persona ids) when already read (store.personas.member_personas)."""
    try:
        from workbench.services import retention
    except ImportError:
        return {}
    try:
        curves = dict(retention.retention_curves(project, set_id, members))
    except WorkbenchError:
        return {}
    everyone = next((c for k, c in curves.items() if k in ("", "all", "everyone")), None)
    if everyone is not None:
        curves[""] = everyone
    return curves


def _persona_measures(project: ProjectFile, set_id: int, members=None) -> dict[int, list]:
    """CardMeasures by persona id: each survey measure of its members beside everyone's;
    {} when the project has no measures (the cards print without the block). ``members``:
    the set's (customer ids, persona ids) when already read."""
    from workbench.export.measure_charts import CardMeasure

    try:
        from workbench.services import voc
    except ImportError:
        return {}
    try:
        by_persona, everyone = voc.card_measures(project, set_id, members)
    except WorkbenchError:
        return {}
    if not any(by_persona.values()):
        return {}
    return {persona_id: [CardMeasure(row, everyone.get((row.measure, str(row.voice))))
                         for row in rows if row.result.n > 0]
            for persona_id, rows in by_persona.items()}


def _stage_measures(project: ProjectFile, journey_id: int) -> dict[int, list]:
    """MeasureRows by stage id (customers' voice first); {} without measures."""
    try:
        from workbench.services import voc
    except ImportError:
        return {}
    try:
        by_stage = voc.stage_measures(project, journey_id)
    except WorkbenchError:
        return {}
    return {stage_id: sorted((r for r in rows if r.result.n > 0),
                             key=lambda r: str(r.voice) == "frontline")
            for stage_id, rows in by_stage.items()}


def _frontline_cards(project: ProjectFile, journey) -> set[int]:
    """Ids of the map's cards quoting a passage front-line staff wrote (tagged on the map)."""
    try:
        from workbench.services.voc import document_voice
    except ImportError:
        return set()
    voices: dict[int, str] = {}
    cards = set()
    for card in journey.cards:
        if card.evidence is None:
            continue
        document_id = card.evidence.document_id
        if document_id not in voices:
            try:
                voices[document_id] = str(document_voice(project, document_id))
            except WorkbenchError:  # the quoted document was deleted since
                voices[document_id] = ""
        if voices[document_id] == "frontline":
            cards.add(card.id)
    return cards


#: At most this many measures over a stage of a journey map's emotion curve.
STAGE_MEASURES = 2


def _stage_measure_lines(rows) -> tuple[str, ...]:
    from workbench.export.wording import stage_measure_line

    return tuple(stage_measure_line(str(r.spec.kind), r.result.value, r.result.n, r.result.small,
                                    str(r.voice) == "frontline")
                 for r in rows[:STAGE_MEASURES])


def _friction_costs(project: ProjectFile, journey_id: int) -> dict[int, object]:
    """FrictionCost by map card id, when churn can be measured; {} otherwise."""
    try:
        from workbench.services import retention
    except ImportError:
        return {}
    try:
        costs = retention.friction_costs(project, journey_id)
    except WorkbenchError:
        return {}
    return {c.card_id: c for c in costs if c.card_id is not None}


# --------------------------------------------------------------------------- persona cards


def export_personas_pdf(project: ProjectFile, set_id: int, path: Path | str,
                        persona_ids: list[int] | None = None, task: Task | None = None,
                        trends: bool = False) -> Exported:
    """Persona cards as one PDF: an A4 page per persona (more when its texts run long).

    ``trends``: the cards are followed by the set's Trends pages (month by month, by persona:
    what moved, flagged shifts, and the n behind every point; see :func:`persona_trends`).
    """
    from workbench.export.persona_pages import write_pdf

    task = ensure_task(task)
    path = check_target(Path(path), protect=project.path)
    task.report(0, None, translate("Export", "Preparing the persona cards…"))
    cards, context = persona_cards(project, set_id, persona_ids)
    if not trends:
        with atomic_file(path) as temporary:
            pages = write_pdf(cards, context, temporary, progress=_page_progress(task))
        return Exported([path], pages=pages, personas=len(cards))
    from workbench.export import trends_pages

    report = persona_trends(project, set_id, [c.position for c in cards] if persona_ids else None,
                            task.slice(0.0, 0.5))
    drawing = task.slice(0.5, 1.0)
    with atomic_file(path) as temporary:
        pages = trends_pages.write_pdf(cards, context, report, temporary,
                                       progress=_page_progress(drawing))
    return Exported([path], pages=pages, personas=len(cards))


def persona_trends(project: ProjectFile, set_id: int, positions: list[int] | None = None,
                   task: Task | None = None):
    """The set's trends for its Trends pages: monthly, by persona, over the personas at
    ``positions`` (None: all of them; everyone's series stay).

    When the trends cannot be computed (no dated touchpoints, say), the report is empty and
    its note says why, so the page tells the reader instead of going missing.
    """
    from workbench.domain.living import Period, TrendBy
    from workbench.export.trends_pages import only_groups, unavailable

    task = ensure_task(task)
    task.report(0, None, translate("Export", "Computing the trends…"))
    try:
        from workbench.services.trends import trend_report
    except ImportError:  # a build without the Trends service
        return unavailable(translate("Export", "No trends to show: this build of the "
                                     "application cannot compute them."), set_id=set_id)
    try:
        report = trend_report(project, set_id=set_id, by=TrendBy.PERSONA, period=Period.MONTH,
                              task=task)
    except OperationCancelled:
        raise
    except WorkbenchError as exc:
        return unavailable(str(exc), set_id=set_id)
    if positions is not None:
        report = only_groups(report, {str(p) for p in positions})
    return report


def export_persona_png(project: ProjectFile, set_id: int, folder: Path | str,
                       persona_ids: list[int] | None = None, dpi: int = 170,
                       task: Task | None = None, trends: bool = False) -> Exported:
    """One PNG per persona card page into ``folder`` ("01-name.png", "01-name-2.png"...).

    ``trends``: the set's Trends pages follow as "NN-trends.png" ("NN-trends-2.png"...), NN
    numbering on after the cards.
    """
    from workbench.export.persona_pages import write_pngs

    task = ensure_task(task)
    folder = Path(folder).expanduser().absolute()
    if folder.exists() and not folder.is_dir():
        raise ExportError(translate("Export", "{path} is a file: give a folder for the "
                                    "images.").format(path=folder))
    if not (72 <= dpi <= 600):
        raise ExportError(translate("Export", "The resolution must be between 72 and 600 dots per "
                                    "inch, not {dpi}.").format(dpi=dpi))
    task.report(0, None, translate("Export", "Preparing the persona cards…"))
    cards, context = persona_cards(project, set_id, persona_ids)
    report = None
    if trends:
        report = persona_trends(project, set_id,
                                [c.position for c in cards] if persona_ids else None,
                                task.slice(0.0, 0.5))
        task = task.slice(0.5, 1.0)
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(translate("Export", "Cannot create the folder {folder}: {reason}.").format(
            folder=folder, reason=exc.strerror or exc)) from exc
    stems = {id(card): f"{index:02d}-{_file_stem(card.name)}"
             for index, card in enumerate(cards, start=1)}
    try:
        with AtomicFiles() as files:
            def target(card: PersonaCard, page: int) -> Path:
                name = stems[id(card)] + (f"-{page}" if page > 1 else "") + ".png"
                return files.temporary_for(folder / name)

            write_pngs(cards, context, target, dpi=dpi, progress=_page_progress(task))
            if report is not None:
                from workbench.export.trends_pages import write_trend_pngs

                stem = f"{len(cards) + 1:02d}-{_file_stem(translate('Export', 'trends'))}"
                task.report(1, 1, translate("Export", "Drawing the trends…"))
                write_trend_pngs(report, context, lambda page: files.temporary_for(
                    folder / (stem + (f"-{page}" if page > 1 else "") + ".png")), dpi=dpi)
            written = files.commit()
    except BaseException:
        if created and not any(folder.iterdir()):
            folder.rmdir()
        raise
    return Exported(written, pages=len(written), personas=len(cards))


def _file_stem(name: str, limit: int = 60) -> str:
    """A persona name usable in a file name on every system."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFC", name)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    text = re.sub(r"\s+", "-", text.strip()).strip(".-")
    return text[:limit].rstrip(".-") or "persona"


def _page_progress(task: Task):
    def progress(done: int, total: int, name: str) -> None:
        task.report(done, total, translate("Export", "Drawing {name}…").format(name=name))

    return progress


# --------------------------------------------------------------------------- tables


def membership_table(project: ProjectFile, set_id: int, persona_ids: list[int] | None = None,
                     include_personal_data: bool = False) -> tuple[Table, list[str]]:
    """Who belongs to which persona, with fit; returns the table and the columns left out."""
    from workbench.export.wording import unassigned_reason

    _persona_set(project, set_id)
    chosen = {p.id for p in _chosen_personas(project, set_id, persona_ids)}
    names = {p.id: p.name for p in persona_store.personas_of(project.db, set_id)}
    keys, keys_personal = customer_keys(project)
    show_keys = include_personal_data or not keys_personal
    label_header = translate("Export", "customer label")
    key_header = translate("Export", "customer key")
    columns = [Column(translate("Export", "customer id"), INTEGER, 12)]
    if show_keys:
        columns.append(Column(key_header, width=16))
    if include_personal_data:
        columns.append(Column(label_header, width=28))
    columns += [Column(translate("Export", "persona"), width=36),
                Column(translate("Export", "fit"), DECIMAL, 9),
                Column(translate("Export", "nearest persona"), width=36),
                Column(translate("Export", "fits no persona because"), width=40)]
    rows = []
    for member in persona_store.members(project.db, set_id):
        home = member["persona_id"] if member["persona_id"] is not None else member["nearest_id"]
        if persona_ids and home not in chosen:
            continue
        row = [member["customer_id"]]
        if show_keys:
            row.append(keys.get(member["customer_id"], ""))
        if include_personal_data:
            row.append(member["label"])
        row += [member["persona_name"] or "", member["fit"],
                names.get(member["nearest_id"], "") if member["persona_id"] is None else "",
                unassigned_reason(member["unassigned_reason"]) if member["unassigned_reason"]
                else ""]
        rows.append(row)
    left_out = [] if include_personal_data else [label_header] + ([] if show_keys else [key_header])
    return Table(translate("Export", "Persona membership"), columns, rows), left_out


def statistics_table(project: ProjectFile, set_id: int,
                     persona_ids: list[int] | None = None) -> Table:
    """Every attribute line of every persona (means or shares against everyone else, effect
    sizes), then each persona's channel mix."""
    from workbench.export.wording import magnitude_name

    _persona_set(project, set_id)
    columns = [Column(translate("Export", "persona"), width=36),
               Column(translate("Export", "attribute"), width=28),
               Column(translate("Export", "level"), width=18),
               Column(translate("Export", "statistic"), width=16),
               Column(translate("Export", "persona value"), DECIMAL, 14),
               Column(translate("Export", "rest value"), DECIMAL, 14),
               Column(translate("Export", "effect"), DECIMAL, 10),
               Column(translate("Export", "effect measure"), width=14),
               Column(translate("Export", "magnitude"), width=12),
               Column(translate("Export", "customers behind"), INTEGER, 12),
               Column(translate("Export", "used to form the personas"), width=14)]
    yes, no = translate("Export", "yes"), translate("Export", "no")
    rows = []
    for persona in _chosen_personas(project, set_id, persona_ids):
        for effect in persona.profile.get("effects", []):
            numeric = effect.get("kind") == "numeric"
            rows.append([
                persona.name, effect.get("attribute"), "" if numeric else effect.get("level"),
                translate("Export", "mean") if numeric else translate("Export", "share"),
                effect.get("persona_mean" if numeric else "persona_share"),
                effect.get("rest_mean" if numeric else "rest_share"), effect.get("effect"),
                "Cohen's d" if numeric else "Cohen's h",
                magnitude_name(effect.get("magnitude", "")), effect.get("member_count"),
                yes if effect.get("used_in_clustering", True) else no])
        for channel in persona.profile.get("channel_mix", []):
            rows.append([persona.name, translate("Export", "channel mix"),
                         channel.get("label") or channel.get("channel"),
                         translate("Export", "share of contacts"), channel.get("persona_share"),
                         channel.get("rest_share"), None, "", "", None, ""])
    return Table(translate("Export", "Persona statistics"), columns, rows)


def export_membership(project: ProjectFile, set_id: int, path: Path | str, fmt: str = "csv",
                      include_personal_data: bool = False, persona_ids: list[int] | None = None,
                      task: Task | None = None, csv_style: str | None = None) -> Exported:
    """Persona membership (customer -> persona, fit) as CSV or XLSX; personal data left out
    unless ``include_personal_data``. ``csv_style``: "comma", "semicolon" or None (the user's)."""
    task = ensure_task(task)
    path = check_target(Path(path), protect=project.path)
    table, left_out = membership_table(project, set_id, persona_ids, include_personal_data)
    _write_table(table, path, fmt, task, csv_style)
    return Exported([path], rows=len(table.rows), left_out=left_out)


def export_statistics(project: ProjectFile, set_id: int, path: Path | str, fmt: str = "csv",
                      persona_ids: list[int] | None = None, task: Task | None = None,
                      csv_style: str | None = None) -> Exported:
    """Persona statistics (every attribute line and the channel mix) as CSV or XLSX.
    ``csv_style``: "comma", "semicolon" or None (the user's)."""
    task = ensure_task(task)
    path = check_target(Path(path), protect=project.path)
    table = statistics_table(project, set_id, persona_ids)
    _write_table(table, path, fmt, task, csv_style)
    return Exported([path], rows=len(table.rows))


def newest_persona_set(project: ProjectFile) -> StoredPersonaSet:
    """The most recent persona set (the default of every export)."""
    sets = persona_store.list_persona_sets(project.db)
    if not sets:
        raise ExportError(translate("Export", "The project has no persona sets yet: create one "
                                    "first (workbench personas PROJECT)."))
    return sets[-1]


# --------------------------------------------------------------------------- journey maps

#: Paper of a journey map: "fit" (A4 when the map fits one page, else A3), "a4" or "a3".
PAPERS = ("fit", "a4", "a3")


def _journey(project: ProjectFile, journey_id: int):
    from workbench.services.journeys import get_journey

    return get_journey(project, journey_id)


def journey_sheet(project: ProjectFile, journey_id: int):
    """What a journey map prints (:class:`JourneySheet`) and its footer (:class:`JourneyContext`)."""
    from workbench import APP_NAME, __version__
    from workbench.export.journey_map import (
        JourneyContext,
        JourneySheet,
        SheetCard,
        SheetLane,
        SheetStage,
    )
    from workbench.export.retention_charts import friction_cost_text
    from workbench.export.wording import count, frontline_tag, percent
    from workbench.services.project import project_info

    journey = _journey(project, journey_id)
    costs = _friction_costs(project, journey_id)
    stage_measures = _stage_measures(project, journey_id)
    staff_quotes = _frontline_cards(project, journey)
    frontline = frontline_tag()
    persona = (persona_store.get_persona(project.db, journey.persona_id)
               if journey.persona_id is not None else None)
    stored_set = (persona_store.get_persona_set(project.db, persona.persona_set_id)
                  if persona is not None else None)
    observed = journey.observed
    by_stage = {s.stage_id: s for s in observed.stages} if observed is not None else {}
    stages = []
    for stage in journey.stages:
        emotion = journey.emotion(stage.id)
        figures = by_stage.get(stage.id) or (observed.stage(stage.name) if observed else None)
        seen = figures is not None and figures.members > 0
        stages.append(SheetStage(
            stage.name, emotion.value, emotion.observed_n, emotion.overridden,
            figures.members if seen else None, figures.share if seen else None,
            tuple(figures.channel_shares.items())[:3] if seen else (),
            _stage_measure_lines(stage_measures.get(stage.id, []))))
    lanes, number = [], 0
    visible = [lane for lane in journey.lanes if not lane.hidden]
    numbered: dict[int, int] = {}
    for stage in journey.stages:  # pain points numbered stage by stage, as they are read
        for lane in visible:
            if lane.kind == "pain_points":
                for card in journey.cell(lane.id, stage.id):
                    number += 1
                    numbered[card.id] = number
    for lane in visible:
        cells = []
        for stage in journey.stages:
            cards = []
            for card in journey.cell(lane.id, stage.id):
                figures = card.figures or {}
                text = ""
                if card.origin == "observed" and figures.get("members") is not None:
                    text = translate("Export", "Observed: {members} members · {share}").format(
                        members=count(int(figures["members"])),
                        share=percent(figures.get("share")))
                elif figures.get("channel") and figures.get("share") is not None:
                    text = translate("Export", "{share} of the stage's contacts").format(
                        share=percent(figures.get("share")))
                if card.id in costs:
                    cost = friction_cost_text(costs[card.id])
                    text = f"{text} · {cost}" if text else cost
                cards.append(SheetCard(card.text, card.origin == "observed", text,
                                       numbered.get(card.id),
                                       frontline if card.id in staff_quotes else ""))
            cells.append(tuple(cards))
        lanes.append(SheetLane(lane.kind, lane.name, tuple(cells)))
    persona_name = journey.persona_name or (persona.name if persona else "") or \
        translate("Export", "(deleted persona)")
    sheet = JourneySheet(
        name=journey.name, persona_name=persona_name,
        persona_position=persona.position if persona else 0,
        persona_size=persona.size if persona else None,
        persona_share=persona.share if persona else None,
        photo=persona.photo if persona else None, stages=tuple(stages), lanes=tuple(lanes),
        has_observed=observed is not None and observed.events > 0)
    parts = [note for note in (sample_note(project),) if note]  # first: never cut
    if stored_set is not None:
        parts.append(translate("Export", "Persona from the persona set “{persona_set}” computed "
                               "on {date}.").format(persona_set=stored_set.name,
                                                     date=stored_set.created_at[:10]))
    if sheet.has_observed:
        parts.append(translate(
            "Export", "Observed journey computed on {date} from {events} touchpoints of "
            "{with_events} of the persona's {members} members.").format(
            date=(journey.observed_at or "")[:10], events=count(observed.events),
            with_events=count(observed.members_with_events), members=count(observed.members)))
    else:
        parts.append(translate("Export", "No touchpoints of the persona's members were observed: "
                               "the map is as the researcher designed it."))
    parts.append(translate("Export", "Map last edited on {date}. Exported on {exported} with "
                           "{app}.").format(date=journey.updated_at[:10],
                                            exported=date.today().isoformat(),
                                            app=f"{APP_NAME} {__version__}"))
    context = JourneyContext(project=project_info(project).name, provenance=" ".join(parts),
                             exported_on=date.today().isoformat())
    return sheet, context


def _check_paper(paper: str) -> str:
    paper = (paper or "fit").lower()
    if paper not in PAPERS:
        raise ExportError(translate("Export", "Unknown paper '{paper}': use fit, a4 or a3.").format(
            paper=paper))
    return paper


def export_journey_pdf(project: ProjectFile, journey_id: int, path: Path | str,
                       paper: str = "fit", task: Task | None = None) -> Exported:
    """A journey map as a landscape PDF (A4, A3, or "fit": the smallest that holds it)."""
    from workbench.export.journey_pages import write_pdf

    task = ensure_task(task)
    paper = _check_paper(paper)
    path = check_target(Path(path), protect=project.path)
    task.report(0, None, translate("Export", "Preparing the journey map…"))
    sheet, context = journey_sheet(project, journey_id)
    with atomic_file(path) as temporary:
        pages = write_pdf(sheet, context, temporary, paper, progress=_page_progress(task))
    return Exported([path], pages=pages)


def journey_png_paths(path: Path, pages: int) -> list[Path]:
    """Where the pages of a PNG export go: ``map.png``, then ``map-2.png``, ``map-3.png``..."""
    return [path if n == 1 else path.with_name(f"{path.stem}-{n}{path.suffix}")
            for n in range(1, pages + 1)]


def export_journey_png(project: ProjectFile, journey_id: int, path: Path | str,
                       paper: str = "fit", dpi: int = 150, task: Task | None = None) -> Exported:
    """A journey map as PNG: ``path`` for its first page, ``NAME-2.png``... for further pages."""
    from workbench.export.journey_pages import write_pngs

    task = ensure_task(task)
    paper = _check_paper(paper)
    path = check_target(Path(path), protect=project.path)
    if path.suffix.lower() != ".png":
        path = path.with_name(path.name + ".png")
    if not (72 <= dpi <= 600):
        raise ExportError(translate("Export", "The resolution must be between 72 and 600 dots per "
                                    "inch, not {dpi}.").format(dpi=dpi))
    task.report(0, None, translate("Export", "Preparing the journey map…"))
    sheet, context = journey_sheet(project, journey_id)
    with AtomicFiles() as files:
        def target(number: int) -> Path:
            return files.temporary_for(journey_png_paths(path, number)[-1])

        write_pngs(sheet, context, target, paper, dpi=dpi, progress=_page_progress(task))
        written = files.commit()
    return Exported(written, pages=len(written))


def journey_tables(project: ProjectFile, journey_id: int, include_personal_data: bool = False
                   ) -> tuple[list[Table], list[str]]:
    """The journey's cells and its observed figures as tables, and the columns left out."""
    from workbench.export.journey_tables import (
        journey_cells_table,
        observed_table,
        personal_columns,
    )
    from workbench.store import evidence as evidence_store

    journey = _journey(project, journey_id)
    titles = {}
    if include_personal_data:
        for card in journey.cards:
            if card.evidence is not None and card.evidence.document_id not in titles:
                document = evidence_store.get_document(project.db, card.evidence.document_id)
                titles[card.evidence.document_id] = document.title if document else ""
    persona = journey.persona_name or ""
    cells = journey_cells_table(journey, persona, titles, include_personal_data)
    left_out = [] if include_personal_data else personal_columns()
    return [cells, observed_table(journey)], left_out


def export_journey_table(project: ProjectFile, journey_id: int, path: Path | str,
                         fmt: str = "csv", include_personal_data: bool = False,
                         task: Task | None = None, csv_style: str | None = None) -> Exported:
    """The journey's cells as CSV, or cells and observed figures as an XLSX of two sheets.
    ``csv_style``: "comma", "semicolon" or None (the user's)."""
    from workbench import APP_NAME
    from workbench.export.tables import write_csv, write_xlsx

    task = ensure_task(task)
    if fmt not in FORMATS:
        raise ExportError(translate("Export", "Unknown table format '{format}': use csv or "
                                    "xlsx.").format(format=fmt))
    style = resolve_csv_style(csv_style) if fmt == "csv" else None
    path = check_target(Path(path), protect=project.path)
    tables, left_out = journey_tables(project, journey_id, include_personal_data)
    task.report(0.5, 1, translate("Export", "Writing {path}…").format(path=path.name))
    with atomic_file(path) as temporary:
        if fmt == "csv":
            write_csv(tables[0], temporary, style)
        else:
            write_xlsx(tables, temporary, creator=APP_NAME)
    task.report(1, 1, translate("Export", "Done"))
    return Exported([path], rows=len(tables[0].rows), left_out=left_out)
