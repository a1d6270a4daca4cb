"""Evidence insights: code counts by attribute or persona, and suggested themes.

Shared by the CLI and the Evidence area; the code book, codings, quotes and
search are in :mod:`workbench.services.evidence`.

    code_counts_by_attribute(project, attribute, unit="codings", bins=4, voice="customer",
                             speakers="respondents")
        -> pandas.DataFrame (draw with workbench.export.evidence_charts.code_heatmap)
    code_counts_by_persona(project, persona_set_id=None, unit="codings", voice="customer",
                           speakers="respondents") -> pandas.DataFrame
    attribute_names(project) -> [str]
    suggest_themes(project, n_themes=8, column_id=None, source_id=None, task=None,
                   voice="customer", speakers="respondents") -> [ThemeSuggestion]
    documents_left_out_of_themes(project, column_id=None, source_id=None, voice="customer")
        -> [LeftOutDocument] (in a language themes cannot read: not mixed in)
    Counts and themes read customers' own words unless ``voice`` says otherwise ("frontline",
    None for both): front-line staff's notes are kept apart.
    accept_theme(project, suggestion, name=None, parent_id=None, code_examples=True) -> AcceptedTheme
        inverse: delete_code(project, accepted.code.id)
    reject_theme(project, suggestion) -> rejection id                      inverse: unreject_theme
"""

from __future__ import annotations

from workbench.domain.evidence import (
    AcceptedTheme,
    Code,
    Coding,
    EvidenceError,
    ThemeExample,
    ThemeSuggestion,
)
from workbench.domain.speakers import THEME_LANGUAGES, LeftOutDocument, SpeakerScope
from workbench.i18n import translate
from workbench.progress import Task, ensure_task
from workbench.services.evidence import (
    apply_codes,
    code_book,
    code_path_of,
    create_code,
    require_writable,
)
from workbench.store import evidence as store
from workbench.store.project_file import ProjectFile, now_iso

#: Units code counts can be given in.
COUNT_UNITS = ("codings", "documents", "customers")


# --- code counts -----------------------------------------------------------------------

def attribute_names(project: ProjectFile) -> list[str]:
    """Attributes code counts can be split by (the names code_counts_by_attribute takes)."""
    from workbench.services.personas import attribute_frame

    return attribute_frame(project).names


def _facts(project: ProjectFile, voice: str | None = "customer",
           speakers: SpeakerScope | str = SpeakerScope.RESPONDENTS):
    import pandas as pd

    from workbench.services.speakers import prepare_scope

    # customers' words only by default: front-line notes about a customer are not what they
    # said, nor are an interviewer's questions in the customer's transcript
    facts = pd.DataFrame(store.coding_facts(project.db, voice, prepare_scope(project, speakers)),
                         columns=["coding", "code", "document", "customer"])
    return facts


def _count(facts, group: str, unit: str, codes: list[Code], columns: list):
    import pandas as pd

    if unit not in COUNT_UNITS:
        raise EvidenceError(translate("Evidence", "Count by codings, documents or customers, not "
                                      "'{unit}'.").format(unit=unit))
    key = {"codings": "coding", "documents": "document", "customers": "customer"}[unit]
    by_id = {c.id: c for c in codes}
    names = {c.id: code_path_of(by_id, c.id) for c in codes}
    if facts.empty:
        table = pd.DataFrame(0, index=[names[c.id] for c in codes], columns=columns)
    else:
        table = (facts.groupby(["code", group], observed=True)[key].nunique()
                 .unstack(group, fill_value=0))
        table = table.reindex(index=[c.id for c in codes], columns=columns, fill_value=0)
        table.index = [names[c] for c in table.index]
    table = table.fillna(0).astype("int64")
    table.index.name = translate("Evidence", "Code")
    return table


def code_counts_by_attribute(project: ProjectFile, attribute: str, *, unit: str = "codings",
                             bins: int = 4, voice: str | None = "customer",
                             speakers: SpeakerScope | str = SpeakerScope.RESPONDENTS):
    """Codes × values of one attribute (numbers grouped into ``bins`` ranges), as a DataFrame.

    Each cell counts codings (or distinct documents or customers) of the code
    in documents whose customer has that value. Rows follow the code book.
    Only documents of ``voice`` count ("customer" by default, "frontline", None: both),
    and only codings starting in ``speakers``' words (respondents by default).
    """
    import pandas as pd

    from workbench.services.personas import attribute_frame

    attributes = attribute_frame(project)
    if attribute not in attributes.kinds:
        raise EvidenceError(translate("Evidence", "There is no attribute '{name}'. Choose one of: "
                                      "{names}.").format(name=attribute,
                                                         names=", ".join(attributes.names)))
    values = attributes.frame[attribute].dropna()
    if attributes.kinds[attribute] == "numeric" and values.nunique() > bins:
        binned = pd.qcut(values, q=bins, duplicates="drop")
        labels = {interval: f"{_number(interval.left)}–{_number(interval.right)}"
                  for interval in binned.cat.categories}
        values = binned.map(labels).astype(object)
        columns = list(labels.values())
    else:
        if attributes.kinds[attribute] == "numeric":
            values = values.map(_number)
        columns = sorted(values.astype(str).unique(), key=str)
        values = values.astype(str)
    facts = _facts(project, voice, speakers)
    facts["value"] = facts["customer"].map(values)
    facts = facts.dropna(subset=["value"])
    codes = [s.code for s in code_book(project)]
    return _count(facts, "value", unit, codes, columns)


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.3g}"


def code_counts_by_persona(project: ProjectFile, persona_set_id: int | None = None, *,
                           unit: str = "codings", voice: str | None = "customer",
                           speakers: SpeakerScope | str = SpeakerScope.RESPONDENTS):
    """Codes × personas of a persona set (the newest unless given), as a DataFrame.

    Only documents of ``voice`` count ("customer" by default, "frontline", None: both),
    and only codings starting in ``speakers``' words (respondents by default).
    """
    from workbench.store import personas as persona_store

    sets = persona_store.list_persona_sets(project.db)
    if not sets:
        raise EvidenceError(translate("Evidence", "There are no personas yet: create personas "
                                      "first to count codes by persona."))
    if persona_set_id is None:
        persona_set_id = sets[-1].id
    elif persona_set_id not in {s.id for s in sets}:
        raise EvidenceError(translate("Evidence", "Persona set {id} does not exist.").format(
            id=persona_set_id))
    personas = persona_store.personas_of(project.db, persona_set_id)
    member_of = {m["customer_id"]: m["persona_id"]
                 for m in persona_store.members(project.db, persona_set_id) if m["persona_id"]}
    names = {p.id: p.name for p in personas}
    facts = _facts(project, voice, speakers)
    facts["persona"] = facts["customer"].map(lambda c: names.get(member_of.get(c)))
    facts = facts.dropna(subset=["persona"])
    codes = [s.code for s in code_book(project)]
    return _count(facts, "persona", unit, codes, [p.name for p in personas])


# --- themes ----------------------------------------------------------------------------

def suggest_themes(project: ProjectFile, *, n_themes: int = 8, column_id: int | None = None,
                   source_id: int | None = None, task: Task | None = None,
                   voice: str | None = "customer", speakers: SpeakerScope | str | None = "respondents"
                   ) -> list[ThemeSuggestion]:
    """Themes in all documents (or one free-text column or source), strongest first.

    Customer-voice documents only unless ``voice`` says "frontline" (None: both).
    Reads the turns of ``speakers`` ("respondents" by default, "interviewers" or
    "all"; documents without turns are read whole unless "interviewers"), never
    the speaker labels, and no document in a language themes cannot read (see
    :func:`documents_left_out_of_themes`). Example offsets point into the
    documents' bodies, so accepting a theme codes those passages.

    Themes close to ones the researcher rejected are left out. Reports
    progress and stops on cancel through ``task``; changes nothing but the
    speakers of documents never looked at (not in a read-only project).
    """
    from workbench.analysis.themes import suggest_themes as compute
    from workbench.services.speakers import ensure_detected, scoped_spans
    from workbench.services.turns import document_languages
    from workbench.store import speakers as speaker_store

    scope = SpeakerScope.parse(speakers)
    task = ensure_task(task)
    task.report(0, 100, translate("Evidence", "Reading documents…"))
    ensure_detected(project, task.slice(0.0, 0.04))
    texts = dict(store.document_texts(project.db, column_id=column_id, source_id=source_id,
                                      voice=None if voice is None else str(voice)))
    languages = document_languages(project, texts)
    texts = {d: t for d, t in texts.items() if _readable(languages.get(d))}
    spans = scoped_spans(project, texts, scope)
    rejected = [words for _, words in store.rejected_themes(project.db)]
    labels = [word for s in speaker_store.list_speakers(project.db) for word in (s.key, s.label)]
    themes = compute(((d, texts[d], start, end) for d, start, end in spans), n_themes=n_themes,
                     rejected=rejected, stop_words=labels, task=task.slice(0.05, 1.0))
    return [ThemeSuggestion(words=t.words, weight=t.weight, examples=[
        ThemeExample(e.document_id, e.start, e.end, texts[e.document_id][e.start:e.end])
        for e in t.examples]) for t in themes]


def _readable(language: str | None) -> bool:
    """Whether themes read a document in ``language`` (None: never detected; "und": too short to tell)."""
    return language is None or language == "und" or language in THEME_LANGUAGES


def documents_left_out_of_themes(project: ProjectFile, *, column_id: int | None = None,
                                 source_id: int | None = None, voice: str | None = "customer"
                                 ) -> list[LeftOutDocument]:
    """Documents suggest_themes (same filters) does not read: their language has no bundled
    stop words (themes read English and Italian). In id order."""
    from workbench.services.speakers import ensure_detected
    from workbench.services.turns import document_languages

    ensure_detected(project)
    languages = document_languages(project)
    unread = {d: lang for d, lang in languages.items() if not _readable(lang)}
    if not unread:
        return []
    wanted = {d for d, _ in store.document_texts(project.db, column_id=column_id,
                                                  source_id=source_id,
                                                  voice=None if voice is None else str(voice))
              if d in unread}
    return [LeftOutDocument(row["id"], row["title"], unread[row["id"]])
            for row in store.list_documents(project.db, source_id=source_id, column_id=column_id)
            if row["id"] in wanted]


def accept_theme(project: ProjectFile, suggestion: ThemeSuggestion, *, name: str | None = None,
                 parent_id: int | None = None, code_examples: bool = True) -> AcceptedTheme:
    """Turn a suggestion into a code (its words as memo), optionally coding its examples."""
    require_writable(project)
    memo = translate("Evidence", "Suggested theme. Top words: {words}").format(
        words=", ".join(suggestion.words))
    with project.db.transaction():
        code = create_code(project, name or suggestion.label, parent_id=parent_id, memo=memo)
        codings: list[Coding] = []
        if code_examples:
            for example in suggestion.examples:
                length = store.body_length(project.db, example.document_id)
                if length is None or example.end > length:
                    continue  # the document changed or went since the suggestion
                codings += apply_codes(project, example.document_id, example.start, example.end,
                                       [code.id])
    return AcceptedTheme(code, codings)


def reject_theme(project: ProjectFile, suggestion: ThemeSuggestion) -> int:
    """Remember a rejected suggestion so a close one is not proposed again."""
    require_writable(project)
    with project.db.transaction():
        return store.insert_rejection(project.db, suggestion.words, now_iso())


def unreject_theme(project: ProjectFile, rejection_id: int) -> None:
    require_writable(project)
    with project.db.transaction():
        store.delete_rejection(project.db, rejection_id)
