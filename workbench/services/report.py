"""The research report: one PDF of the whole study.

A cover, a contents page, the method (sources and their sizes, sampling, how customers
were linked, the clustering settings, structure quality and stability, outcomes and
measures), every persona card of the set, every journey map of its personas, the evidence
behind them (code counts, key quotes) and an appendix of tables; "Page N of M" on every
page and a bookmark for every section, persona and map.

Reads the project, never changes it; writes all or nothing; reports progress through
``task`` and stops when it is cancelled. Personal data: quotes are printed without the
customer's name and the document's title (transcript titles often name the person)
unless ``include_personal_data``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from workbench.domain.persona_sets import StoredPersonaSet
from workbench.errors import WorkbenchError
from workbench.export.files import atomic_file, check_target
from workbench.export.report_content import (
    Part,
    QuoteItem,
    ReportContent,
    ReportContext,
    ReportCover,
    ReportJourney,
    ReportTable,
    Text,
    TextSection,
    algorithm_description,
    preparation_sentence,
    silhouette_verdict,
    stability_verdict,
)
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.store.project_file import ProjectFile

#: At most this many key quotes in the evidence section.
KEY_QUOTES = 24


def export_report(project: ProjectFile, path: Path | str, *, set_id: int | None = None,
                  include_personal_data: bool = False, task: Task | None = None) -> Path:
    """Write the research report of ``project`` (persona set ``set_id``, the newest by
    default) to ``path`` as a PDF; returns the path written."""
    from workbench.export.report_pages import write_report

    task = ensure_task(task)
    path = check_target(Path(path), protect=project.path)
    task.report(0, None, translate("Report", "Gathering the study…"))
    content = report_content(project, set_id=set_id,
                             include_personal_data=include_personal_data,
                             task=task.slice(0.0, 0.2))
    drawing = task.slice(0.2, 1.0)

    def progress(done: int, total: int, name: str) -> None:
        drawing.report(done, total, translate("Export", "Drawing {name}…").format(name=name))

    with atomic_file(path) as temporary:
        write_report(content, temporary, progress=progress)
    task.report(1, 1, translate("Export", "Done"))
    return path


def report_content(project: ProjectFile, *, set_id: int | None = None,
                   include_personal_data: bool = False, task: Task | None = None
                   ) -> ReportContent:
    """Everything the report prints, read from the project."""
    from workbench.services.export import (
        _persona_set,
        journey_sheet,
        newest_persona_set,
        persona_cards,
        sample_note,
    )
    from workbench.services.project import project_info

    task = ensure_task(task)
    stored = _persona_set(project, set_id) if set_id is not None else newest_persona_set(project)
    info = project_info(project)
    task.report(0.1, 1, translate("Export", "Preparing the persona cards…"))
    cards, card_context = persona_cards(project, stored.id)
    task.report(0.5, 1, translate("Export", "Preparing the journey maps…"))
    persona_ids = {p.id for p in _personas(project, stored.id)}
    maps, elsewhere = [], 0
    for summary in _journeys(project):
        if summary.persona_id in persona_ids:
            sheet, context = journey_sheet(project, summary.id)
            maps.append(ReportJourney(sheet, context))
        else:
            elsewhere += 1
    task.report(0.8, 1, translate("Report", "Gathering the study…"))
    measures = _measure_columns(project)
    codes = _code_book(project)
    quotes = _key_quotes(project, stored, cards, include_personal_data)
    note = sample_note(project)
    provenance = " ".join(p for p in (note, translate(
        "Report", "Persona set “{persona_set}” computed on {computed} ({method}). Exported on "
        "{exported} with {app}.").format(persona_set=stored.name, computed=card_context.computed_on,
                                        method=card_context.method,
                                        exported=date.today().isoformat(),
                                        app=card_context.app)) if p)
    context = ReportContext(project=info.name, provenance=provenance)
    cover = _cover(info, stored, cards, len(maps), measures, codes, quotes, note,
                   include_personal_data, card_context.app)
    method = _method(project, stored, measures, elsewhere)
    evidence = _evidence(info, codes, quotes, include_personal_data)
    appendix = _appendix(project, stored, cards)
    task.report(1, 1, "")
    return ReportContent(cover=cover, context=context, method=method, cards=cards,
                         card_context=card_context, journeys=maps, evidence=evidence,
                         appendix=appendix)


# --------------------------------------------------------------------------- reading


def _personas(project: ProjectFile, set_id: int):
    from workbench.services.personas import personas_of

    return personas_of(project, set_id)


def _journeys(project: ProjectFile):
    from workbench.services.journeys import journeys

    return journeys(project)


def _measure_columns(project: ProjectFile) -> list:
    try:
        from workbench.services.voc import measure_columns
    except ImportError:
        return []
    try:
        return measure_columns(project)
    except WorkbenchError:
        return []


def _code_book(project: ProjectFile) -> list:
    from workbench.services.evidence import code_book

    return code_book(project)


def _key_quotes(project: ProjectFile, stored: StoredPersonaSet, cards,
                include_personal_data: bool) -> list[QuoteItem]:
    """The quotes the researcher marked (newest list order); when none are marked, the
    quotes on the persona cards."""
    from workbench.export.wording import frontline_tag
    from workbench.services.evidence import list_quotes

    def tag(voice) -> str:
        return frontline_tag() if str(voice) == "frontline" else ""

    marked = list_quotes(project, limit=KEY_QUOTES)
    if marked:
        items = []
        for passage in marked:
            who = ""
            if include_personal_data:
                who = " — ".join(p for p in (passage.customer_label or "",
                                              passage.document_title or "") if p)
            items.append(QuoteItem(passage.text, passage.code_name or "", tag(passage.voice),
                                   who))
        return items
    if include_personal_data:
        from workbench.services.personas import persona_quotes

        by_persona = persona_quotes(project, stored.id)
        return [QuoteItem(p.text, p.code_name or "", tag(p.voice), " — ".join(
            x for x in (p.customer_label or "", p.document_title or "") if x))
            for persona_quotes_ in by_persona.values() for p in persona_quotes_][:KEY_QUOTES]
    return [QuoteItem(text, code, tag(voice))
            for card in cards for text, code, voice in card.evidence_quotes][:KEY_QUOTES]


# --------------------------------------------------------------------------- cover


def _cover(info, stored: StoredPersonaSet, cards, maps: int, measures, codes, quotes,
           note: str, include_personal_data: bool, app: str) -> ReportCover:
    from workbench.export.wording import count, measure_kind_name

    facts = [
        (translate("Report", "Customers"), count(info.customers)),
        (translate("Report", "Sources"), count(info.sources)),
        (translate("Report", "Persona set"), translate(
            "Report", "{name} · {k} personas · computed on {date}").format(
            name=stored.name, k=stored.persona_count, date=stored.created_at[:10])),
        (translate("Report", "Journey maps"), count(maps)),
        (translate("Report", "Evidence"), translate(
            "Report", "{documents} documents · {codes} codes · {quotes} key quotes").format(
            documents=count(info.documents), codes=count(len(codes)),
            quotes=count(len(quotes)))),
    ]
    if measures:
        kinds = list(dict.fromkeys(measure_kind_name(str(m.spec.kind)) for m in measures))
        facts.append((translate("Report", "Measures"), ", ".join(kinds)))
    if note:
        facts.append((translate("Report", "Sample"), note))
    privacy = translate(
        "Report", "This report names customers: it contains personal data. Share it only with "
        "people allowed to see it.") if include_personal_data else translate(
        "Report", "Customer names and the titles of evidence documents are left out of this "
        "report.")
    return ReportCover(project=info.name, date=date.today().isoformat(), facts=tuple(facts),
                       personas=tuple((c.position, c.name) for c in cards), privacy=privacy,
                       app=translate("Report", "Made with {app}.").format(app=app) if app else "")


# --------------------------------------------------------------------------- method


def _method(project: ProjectFile, stored: StoredPersonaSet, measures, elsewhere: int
            ) -> TextSection:
    parts = [_sources_part(project), _linking_part(project), _clustering_part(stored),
             _quality_part(stored), _outcomes_part(stored, measures)]
    intro = translate("Report", "How the personas and maps in this report were made, from "
                      "which data, and how far their figures can be trusted.")
    if elsewhere:
        intro += " " + translate("Report", "{n} journey maps of personas of other persona sets "
                                 "are not part of this report.").format(n=elsewhere)
    return TextSection("method", translate("Report", "Method"), intro, tuple(parts))


def _source_kind(source) -> str:
    database = (source.options or {}).get("database")
    events = source.kind == "events"
    if isinstance(database, dict):
        engine = str(database.get("kind", "")) or "?"
        return (translate("Report", "database ({engine}), events") if events else
                translate("Report", "database ({engine})")).format(engine=engine)
    return translate("Report", "events (touchpoints)") if events else translate("Report", "table")


def _sources_part(project: ProjectFile) -> Part:
    from workbench.export.wording import count
    from workbench.services.importing import list_sources
    from workbench.services.sampling import project_sampling, sampling_sentence

    sources = list_sources(project)
    rows = tuple((source.display_name, _source_kind(source), count(source.row_count),
                  count(source.column_count), source.imported_at[:10])
        for source in sources)
    items: list = []
    if rows:
        items.append(ReportTable(
            (translate("Report", "Source"), translate("Report", "Kind"),
             translate("Report", "Rows"), translate("Report", "Columns"),
             translate("Report", "Imported")), rows, (3.2, 1.6, 0.9, 0.9, 1.0),
            (False, False, True, True, False)))
    else:
        items.append(Text(translate("Report", "The project has no sources.")))
    events = {s.display_name for s in sources if s.kind == "events"}
    for name, record in project_sampling(project):
        items.append(Text(sampling_sentence(name, record, events=name in events), "bullet"))
    return Part(translate("Report", "Sources and their sizes"), tuple(items))


def _linking_part(project: ProjectFile) -> Part:
    from workbench.export.wording import count
    from workbench.services.linking import link_runs

    runs = link_runs(project)
    kept = [r for r in runs if not r.get("undone_at")]
    items: list = []
    rows = []
    for run in kept:
        if run.get("kind", "link") != "link":
            continue
        report = run.get("report") or {}
        keys = ", ".join(f"{k.get('source', '')}: {k.get('column', '')}" for k in run.get(
            "keys") or [])
        rows.append((str(run.get("created_at", ""))[:10], keys,
                     count(int(report.get("customers_before") or 0)),
                     count(int(report.get("customers_after") or 0)),
                     count(int(report.get("merged_customers") or 0))))
    if rows:
        items.append(Text(translate(
            "Report", "Rows of different sources were recognised as the same customer when they "
            "shared the value of a key (an id, an e-mail address, a phone number). Each run:")))
        items.append(ReportTable(
            (translate("Report", "Date"), translate("Report", "Keys"),
             translate("Report", "Customers before"), translate("Report", "Customers after"),
             translate("Report", "Merged")), tuple(rows), (1.0, 3.6, 1.1, 1.1, 0.9),
            (False, False, True, True, True)))
    else:
        items.append(Text(translate(
            "Report", "No linking run: each source's rows were matched to customers only by "
            "that source's own customer key.")))
    manual = [r for r in kept if r.get("kind", "link") != "link"]
    if manual:
        items.append(Text(translate(
            "Report", "{n} manual decisions (customers merged or split by hand) are "
            "applied.").format(n=count(len(manual))), "bullet"))
    undone = len(runs) - len(kept)
    if undone:
        items.append(Text(translate("Report", "{n} runs or decisions were undone and do not "
                                    "count.").format(n=count(undone)), "bullet"))
    return Part(translate("Report", "How customers were linked"), tuple(items))


def _names(values) -> str:
    return ", ".join(str(v) for v in values) or "–"


def _clustering_part(stored: StoredPersonaSet) -> Part:
    from workbench.export.wording import algorithm_name, count

    settings, result = stored.settings, stored.result
    quality = result.get("quality", {})
    algorithm = str(settings.get("algorithm", ""))
    description = algorithm_description(algorithm)
    k_text = str(settings.get("k", stored.persona_count))
    if stored.suggestion:
        k_text += " · " + translate("Report", "suggested: {reason}").format(
            reason=stored.suggestion.get("reason", ""))
    rows = [
        (translate("Report", "Persona set"), stored.name),
        (translate("Report", "Computed on"), stored.created_at[:10]),
        (translate("Report", "Algorithm"), algorithm_name(algorithm) + (
            f" — {description}" if description else "")),
        (translate("Report", "Number of personas"), k_text),
        (translate("Report", "Seed"), str(settings.get("seed", 0))),
        (translate("Report", "Attributes that form the personas"),
         _names(settings.get("features", []))),
        (translate("Report", "Attributes that describe them"),
         _names(settings.get("describe", []))),
        (translate("Report", "Attribute preparation"), preparation_sentence(
            settings.get("preprocessing", {}), quality.get("n_features"))),
        (translate("Report", "Customers clustered"), count(int(quality.get("n_customers") or 0))),
        (translate("Report", "Fit no persona"), count(int(quality.get("n_unassigned") or 0))),
    ]
    left_out = result.get("customers_left_out")
    if isinstance(left_out, int) and left_out:
        rows.append((translate("Report", "Left out (too many blanks)"), count(left_out)))
    recorded = result.get("preprocessing", {})
    items: list = [_pairs(rows)]
    if recorded.get("weighting"):
        items.append(Text(str(recorded["weighting"]), "note"))
    return Part(translate("Report", "Clustering settings"), tuple(items))


def _pairs(rows) -> ReportTable:
    return ReportTable((translate("Report", "Setting"), translate("Report", "Value")),
                       tuple((str(a), str(b)) for a, b in rows), (1.6, 4.4))


def _fixed(value, digits: int = 2) -> str:
    from workbench.export.wording import number

    if value is None:
        return "–"
    try:
        return number(round(float(value), digits)) if digits else number(float(value))
    except (TypeError, ValueError):
        return "–"


def _quality_part(stored: StoredPersonaSet) -> Part:
    from workbench.export.wording import count, weak_structure_text

    quality = stored.result.get("quality", {})
    silhouette = quality.get("silhouette")
    rows = [(translate("Report", "Silhouette"), translate(
        "Report", "{value} ({verdict}), measured on {n} customers").format(
        value=_fixed(silhouette), verdict=silhouette_verdict(silhouette),
        n=count(int(quality.get("silhouette_sample_size") or 0))))]
    if quality.get("calinski_harabasz") is not None:
        rows.append((translate("Report", "Calinski–Harabasz index"),
                     _fixed(quality.get("calinski_harabasz"), 0)))
    if quality.get("davies_bouldin") is not None:
        rows.append((translate("Report", "Davies–Bouldin index"),
                     _fixed(quality.get("davies_bouldin"))))
    score = _chosen_score(stored)
    if score is not None and score.get("stability") is not None:
        stability = score.get("stability")
        rows.append((translate("Report", "Bootstrap stability"), translate(
            "Report", "{value} ± {sd} ({verdict}): mean agreement (adjusted Rand index) of the "
            "personas found on {n} resamples").format(
            value=_fixed(stability), sd=_fixed(score.get("stability_sd")),
            verdict=stability_verdict(stability),
            n=count(int((stored.suggestion or {}).get("n_bootstrap") or 0)))))
    else:
        rows.append((translate("Report", "Bootstrap stability"), translate(
            "Report", "not measured: the number of personas was set by hand, not suggested")))
    items: list = [_pairs(rows), Text(translate(
        "Report", "Mean silhouette runs from −1 to 1: above about 0.25 the customers separate "
        "into groups, above 0.5 clearly. Stability runs from 0 to 1: above 0.8 the same "
        "personas come back when the data are resampled."), "note")]
    from workbench.services.export import weak_structure

    if weak_structure(stored):
        items.append(Text(weak_structure_text() + ". " + translate(
            "Export", "Read them as ranges along a scale rather than distinct groups.")))
    for note in stored.result.get("notes", []) or []:
        items.append(Text(str(note), "bullet"))
    return Part(translate("Report", "Stability and structure quality"), tuple(items))


def _chosen_score(stored: StoredPersonaSet) -> dict | None:
    suggestion = stored.suggestion or {}
    k = stored.settings.get("k", stored.persona_count)
    for score in suggestion.get("scores", []) or []:
        if score.get("k") == k:
            return score
    return None


def _outcomes_part(stored: StoredPersonaSet, measures) -> Part:
    from workbench.export.wording import count, frontline_tag, measure_kind_name

    outcomes = stored.settings.get("outcomes", []) or []
    items: list = [Text(translate(
        "Report", "Outcomes compared across the personas (not used to form them): "
        "{names}.").format(names=_names(outcomes)) if outcomes else translate(
        "Report", "No outcome columns (churn, satisfaction, spend) were compared across the "
        "personas."))]
    if measures:
        items.append(ReportTable(
            (translate("Report", "Measure"), translate("Report", "Kind"),
             translate("Report", "Source"), translate("Report", "Voice"),
             translate("Report", "Answers")),
            tuple((m.title, measure_kind_name(str(m.spec.kind)), m.source,
                   frontline_tag() if str(m.voice) == "frontline" else
                   translate("Report", "Customers"), count(m.answers)) for m in measures),
            (3.4, 0.8, 2.0, 1.0, 0.9), (False, False, False, False, True)))
    else:
        items.append(Text(translate("Report", "No survey measures (NPS, CSAT, CES or ratings) are "
                                    "marked in the project.")))
    return Part(translate("Report", "Outcomes and measures"), tuple(items))


# --------------------------------------------------------------------------- evidence


def _evidence(info, codes, quotes: list[QuoteItem], include_personal_data: bool
              ) -> TextSection:
    from workbench.export.wording import count

    code_items: list = []
    if codes:
        code_items.append(Text(translate(
            "Report", "How often each code was applied to respondents' words in {documents} "
            "documents (interviewers' questions are not counted).").format(
            documents=count(info.documents))))
        code_items.append(ReportTable(
            (translate("Report", "Code"), translate("Report", "Codings"),
             translate("Report", "Documents"), translate("Report", "With sub-codes")),
            tuple((c.code.name, count(c.codings), count(c.documents),
                   count(c.codings_with_children)) for c in codes),
            (4.0, 1.0, 1.0, 1.1), (False, True, True, True),
            tuple(min(c.depth, 4) for c in codes)))
    else:
        code_items.append(Text(translate("Report", "No codes yet: the evidence has not been "
                                         "coded.")))
    quote_items: list = []
    if quotes:
        quote_items.append(Text(translate(
            "Report", "Customers' names and the documents' titles are shown with each quote.")
            if include_personal_data else translate(
            "Report", "Quotes are shown without the customer's name or the document's title."),
            "note"))
        quote_items.extend(quotes)
    else:
        quote_items.append(Text(translate("Report", "No quotes: no passage was marked as a quote "
                                          "and the personas' members have no coded evidence.")))
    return TextSection("evidence", translate("Report", "Evidence"), translate(
        "Report", "What customers said behind the personas and maps: the code book's counts and "
        "the key quotes."), (Part(translate("Report", "Code counts"), tuple(code_items)),
                             Part(translate("Report", "Key quotes"), tuple(quote_items))))


# --------------------------------------------------------------------------- appendix


def _appendix(project: ProjectFile, stored: StoredPersonaSet, cards) -> TextSection:
    from workbench.export.wording import count, magnitude_name, number, percent, signed

    parts = []
    n_unassigned = int(stored.result.get("quality", {}).get("n_unassigned") or 0)
    rows = [(c.name, count(c.size), percent(c.share, 1)) for c in cards]
    clustered = sum(c.size for c in cards) + n_unassigned
    if n_unassigned:
        rows.append((translate("Report", "Fit no persona"), count(n_unassigned),
                     percent(n_unassigned / clustered if clustered else None, 1)))
    parts.append(Part(translate("Report", "Persona sizes"), (ReportTable(
        (translate("Report", "Persona"), translate("Report", "Customers"),
         translate("Report", "Share")), tuple(rows), (4.0, 1.0, 1.0), (False, True, True)),)))

    items: list = [Text(translate(
        "Report", "Each persona against everyone else: means (numbers) or shares (categories), "
        "the effect size (Cohen's d or h) and how many members are behind the line. Attributes "
        "marked * describe the personas but did not form them."), "note")]
    for persona in _personas(project, stored.id):
        effect_rows = []
        for effect in persona.profile.get("effects", []):
            numeric = effect.get("kind") == "numeric"
            subject = str(effect.get("attribute", "")) if numeric else \
                f"{effect.get('attribute', '')} = {effect.get('level', '')}"
            if not effect.get("used_in_clustering", True):
                subject += " *"
            if numeric:
                mine, rest = number(effect.get("persona_mean")), number(effect.get("rest_mean"))
            else:
                mine, rest = percent(effect.get("persona_share")), percent(
                    effect.get("rest_share"))
            effect_rows.append((subject, mine, rest, signed(effect.get("effect")),
                                magnitude_name(effect.get("magnitude", "")),
                                count(int(effect.get("member_count") or 0))))
        items.append(Text(persona.name, "subhead"))
        if effect_rows:
            items.append(ReportTable(
                (translate("Report", "Attribute"), translate("Report", "Persona"),
                 translate("Report", "Everyone else"), translate("Report", "Effect"),
                 translate("Report", "Magnitude"), translate("Report", "Customers behind")),
                tuple(effect_rows), (3.2, 1.1, 1.1, 0.8, 1.0, 1.1),
                (False, True, True, True, False, True)))
        else:
            items.append(Text(translate("Report", "No attribute sets this persona apart."),
                              "note"))
    parts.append(Part(translate("Report", "Persona statistics"), tuple(items)))

    scores = (stored.suggestion or {}).get("scores", []) or []
    if scores:
        parts.append(Part(translate("Report", "Choosing the number of personas"), (
            Text(str((stored.suggestion or {}).get("reason", "")), "note"),
            ReportTable((translate("Report", "Personas"), translate("Report", "Silhouette"),
                         translate("Report", "On structureless data"),
                         translate("Report", "Stability"),
                         translate("Report", "Smallest persona")),
                        tuple((str(s.get("k")), _fixed(s.get("silhouette")),
                               _fixed(s.get("reference_silhouette")),
                               _fixed(s.get("stability")),
                               percent(s.get("smallest_share"), 1)) for s in scores),
                        (1.0, 1.0, 1.4, 1.0, 1.2), (True, True, True, True, True)))))
    return TextSection("appendix", translate("Report", "Appendix"), translate(
        "Report", "The figures behind the persona cards."), tuple(parts))
