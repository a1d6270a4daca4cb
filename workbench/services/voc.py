"""Voice-of-the-customer use cases: measures by group, key drivers, whose voice, journey cards.

Reading (nothing is changed; works on a read-only project)
    ``measure_columns(project)`` → [MeasureColumn];
    ``voc_report(project, by=, persona_set_id=, journey_id=, voice=, task=)`` → VocReport;
    ``persona_measures(project, persona_set_id)`` → {persona id: [MeasureRow]};
    ``card_measures(project, persona_set_id)`` → (the cards' rows by persona, everyone's);
    ``stage_measures(project, journey_id)`` → {stage id: [MeasureRow]};
    ``key_drivers(project, column_id=None, persona_set_id=, persona_id=, voice=, limit=, task=)``
    → DriverReport; ``document_voice(project, document_id)`` → Voice.
Changing (one transaction each; returns what undo needs)
    ``set_source_voice`` / ``set_document_voice`` → the previous voice;
    ``driver_pain_point`` → card id (undo: ``services.journeys.remove_card``);
    ``frontline_lane`` → lane id; ``export_measures`` → the written path.

Rules kept simple and said here:

- Whose voice: a measure column has its source's voice; a document its own
  (``documents.voice``), else its source's, else the customer's. Customer and
  front-line answers are never put in one figure.
- Stage of an answer or a document: the stage its own source row resolves to
  through the journey map (the row's stage column, else its touchpoint's
  action and the map's action→stage mapping); otherwise, for a member of the
  journey's persona, the stage of their latest event with a known stage.
- Channel and month of an answer or a document: a channel (date) column of
  the same source row, else the row's touchpoint channel (occurred_at).
- A respondent *has a theme* when one of their documents of the driver's
  voice contains at least one of the theme's top three words as a whole word.
- The front-line lane shows, per stage, the first three front-line documents
  (by import order, one per customer) of that stage by the stage rule above.
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from workbench.domain.columns import ColumnRole
from workbench.domain.speakers import SpeakerScope
from workbench.domain.voc import (
    Driver,
    DriverKind,
    DriverReport,
    Example,
    GroupBy,
    MeasureColumn,
    MeasureKind,
    MeasureRow,
    MeasureSpec,
    SentimentShare,
    VocReport,
    Voice,
)
from workbench.errors import AnalysisError, ProjectReadOnlyError
from workbench.i18n import format_number, translate
from workbench.progress import Task, ensure_task
from workbench.store import journeys as journey_store
from workbench.store import personas as persona_store
from workbench.store import voc as store
from workbench.store.project_file import ProjectFile

#: Columns of the measures table (export_measures), in order; stable names.
EXPORT_COLUMNS = ("measure", "kind", "scale", "voice", "group_by", "group", "label", "n", "value",
                  "low", "high", "promoters", "passives", "detractors", "small_n")
#: A source column whose header says it holds each row's journey stage.
_STAGE_COLUMN = re.compile(r"(stage|phase|fase|stadio|tappa)", re.I)
_SENTENCE_END = ".!?…"
_WORD = re.compile(r"\w+", re.U)
#: Example sentences per driver, quotes per stage of the front-line lane.
EXAMPLES = 3
FRONTLINE_CARDS = 3
_CARD_TEXT = 240


# --------------------------------------------------------------------------- helpers


def _no_measures() -> AnalysisError:
    return AnalysisError(translate(
        "Voc", "This project has no measure column yet. Mark a score column (NPS, CSAT, CES or a "
               "star rating) as a measure: in the Data area choose the role Measure, or run "
               "'workbench roles PROJECT SOURCE --set \"COLUMN=measure:nps\"' (or "
               "measure:csat:1-5, measure:ces:1-7, measure:rating:1-5)."))


def _require_writable(project: ProjectFile) -> None:
    if project.readonly:
        raise ProjectReadOnlyError(translate(
            "Voc", "The project is open read-only: close it in the other window and open it "
                   "again to change whose voice a source or document is, or to add cards."),
            project.path)


def _source_name(file_name: str, sheet: str | None) -> str:
    return f"{file_name} · {sheet}" if sheet else file_name


def _spec(text: str | None) -> MeasureSpec | None:
    try:
        return MeasureSpec.parse(text or "")
    except ValueError:
        return None


def measure_columns(project: ProjectFile) -> list[MeasureColumn]:
    """Every measure column (source order), with its spec, voice and number of answers.

    A measure column whose stored kind cannot be read is left out.
    """
    found = []
    for row in store.measure_columns(project.db):
        spec = _spec(row["measure"])
        if spec is None:
            continue
        found.append(MeasureColumn(
            column_id=row["id"], source_id=row["source_id"],
            source=_source_name(row["file_name"], row["sheet"]), name=row["name"],
            label=row["label"] or "", spec=spec, voice=Voice(row["voice"] or Voice.CUSTOMER),
            answers=row["answers"]))
    return found


def _positions(project: ProjectFile) -> dict[int, int]:
    """measure column id → its position in its source's data table."""
    return {row["id"]: row["position"] for row in store.measure_columns(project.db)}


def _answers(project: ProjectFile, column: MeasureColumn, position: int):
    """(row numbers, customer ids, float values with NaN for no or off-scale answers)."""
    rows, customers, values = [], [], []
    for row, customer, value in store.column_values(project.db, column.source_id, position):
        try:
            number = float(value) if value not in (None, "") else math.nan
        except (TypeError, ValueError):
            number = math.nan
        if not math.isnan(number) and not column.spec.fits(number):
            number = math.nan
        rows.append(row)
        customers.append(customer)
        values.append(number)
    return rows, customers, values


def _month(value) -> str | None:
    """"2024-03" of a stored date (ISO text, or day/month/year written out)."""
    if value in (None, ""):
        return None
    return _month_of_text(str(value).strip())


@lru_cache(maxsize=4096)  # a date column repeats its values: parse each once
def _month_of_text(text: str) -> str | None:
    import pandas as pd

    match = re.match(r"^(\d{4})-(\d{2})", text)
    if match:
        return f"{match.group(1)}-{match.group(2)}"
    with warnings.catch_warnings():  # "could not infer format": one text, parsed as it comes
        warnings.simplefilter("ignore")
        stamp = pd.to_datetime(text, errors="coerce", dayfirst=True)
    return None if pd.isna(stamp) else stamp.strftime("%Y-%m")


# --------------------------------------------------------------------------- groups


class _Grouper:
    """The group key (and its label) of an answer or a document, for one ``GroupBy``."""

    def __init__(self, project: ProjectFile, by: GroupBy, *, persona_set_id: int | None,
                 journey_id: int | None, members_only: bool = False) -> None:
        self.project, self.by = project, by
        self.labels: dict[str, str] = {}
        self.order: list[str] = []
        self.notes: list[str] = []
        self.available = True
        self._rows: dict[int, dict[int, str | None]] = {}
        self._customers: dict[int, str] = {}
        self.set_id: int | None = None
        self.journey_id: int | None = None
        self._members: set[int] | None = None
        db = project.db
        if by is GroupBy.OVERALL:
            self.labels[""] = translate("Voc", "Everyone")
            self.order = [""]
        elif by is GroupBy.PERSONA:
            self.set_id = _persona_set(project, persona_set_id)
            if self.set_id is None:
                self.available = False
                self.notes.append(translate("Voc", "No persona set yet: make personas to see "
                                                   "measures by persona."))
                return
            for persona in persona_store.personas_of(db, self.set_id):
                self.labels[str(persona.id)] = persona.name
                self.order.append(str(persona.id))
            for member in persona_store.members(db, self.set_id):
                if member["persona_id"] is not None:
                    self._customers[member["customer_id"]] = str(member["persona_id"])
        elif by is GroupBy.STAGE:
            self.journey_id = _journey(project, journey_id)
            if self.journey_id is None:
                self.available = False
                self.notes.append(translate("Voc", "No journey map yet: create one from a persona "
                                                   "to see measures by stage."))
                return
            from workbench.services.journeys import get_journey, member_last_stages

            journey = get_journey(project, self.journey_id)
            for stage in journey.stages:
                self.labels[str(stage.id)] = stage.name
                self.order.append(str(stage.id))
            self._customers = {c: str(s) for c, s in
                               member_last_stages(project, self.journey_id).items()}
            if members_only and journey.persona_id is not None:
                self._members = set(journey_store.persona_member_ids(db, journey.persona_id))
        elif by is GroupBy.SOURCE:
            for source in _sources(project):
                self.labels[str(source[0])] = source[1]
                self.order.append(str(source[0]))

    def _row_keys(self, source_id: int) -> dict[int, str | None]:
        """source row → key from the row itself (channel, month, stage), cached per source."""
        if source_id in self._rows:
            return self._rows[source_id]
        db = self.project.db
        keys: dict[int, str | None] = {}
        touchpoints = store.row_touchpoints(db, source_id)
        if self.by is GroupBy.CHANNEL:
            for row, _c, _when, channel, _a in touchpoints:
                if channel not in (None, ""):
                    keys.setdefault(row, str(channel).strip())
            for position in reversed(store.columns_with_role(db, source_id, ColumnRole.CHANNEL)):
                for row, _c, value in store.column_values(db, source_id, position):
                    if value not in (None, ""):
                        keys[row] = str(value).strip()
        elif self.by is GroupBy.MONTH:
            for row, _c, when, _ch, _a in touchpoints:
                month = _month(when)
                if month is not None:
                    keys.setdefault(row, month)
            for position in reversed(store.columns_with_role(db, source_id, ColumnRole.DATE)):
                for row, _c, value in store.column_values(db, source_id, position):
                    month = _month(value)
                    if month is not None:
                        keys[row] = month
        elif self.by is GroupBy.STAGE:
            keys = self._stage_rows(source_id, touchpoints)
        self._rows[source_id] = keys
        return keys

    def _stage_rows(self, source_id: int, touchpoints) -> dict[int, str | None]:
        from workbench.services.journeys import event_stages
        from workbench.store import sources as source_store

        db = self.project.db
        actions = {row: action for row, _c, _w, _ch, action in touchpoints}
        labels: dict[int, object] = {}
        for column in source_store.source_columns(db, source_id):
            if _STAGE_COLUMN.search(column.label or "") or _STAGE_COLUMN.search(column.name):
                labels = {row: value for row, _c, value in
                          store.column_values(db, source_id, column.position)}
                break
        rows = sorted(set(actions) | set(labels))
        if not rows:
            return {}
        stages = event_stages(self.project, self.journey_id, [labels.get(r) for r in rows],
                              [actions.get(r) for r in rows])
        return {row: str(stage) for row, stage in zip(rows, stages, strict=True)
                if stage is not None}

    def keys(self, source_id: int | None, rows: Sequence[int | None],
             customers: Sequence[int | None]) -> list[str | None]:
        """The group key of each (row of ``source_id``, customer); None = in no group."""
        by = self.by
        if not self.available:
            return [None] * len(rows)
        if by is GroupBy.OVERALL:
            return [""] * len(rows)
        if by is GroupBy.SOURCE:
            return [None if source_id is None else str(source_id)] * len(rows)
        if by is GroupBy.PERSONA:
            return [self._customers.get(c) if c is not None else None for c in customers]
        row_keys = self._row_keys(source_id) if source_id is not None else {}
        found = []
        for row, customer in zip(rows, customers, strict=True):
            if self._members is not None and customer not in self._members:
                found.append(None)
                continue
            key = row_keys.get(row) if row is not None else None
            if key is None and by is GroupBy.STAGE and customer is not None:
                key = self._customers.get(customer)
            found.append(key)
        return found

    def label(self, key: str) -> str:
        return self.labels.get(key, key)

    def ordered(self, keys) -> list[str]:
        """The known groups in their order (personas, stages, sources), the rest sorted."""
        keys = set(keys)
        known = [k for k in self.order if k in keys]
        return known + sorted(keys - set(known))


def _persona_set(project: ProjectFile, set_id: int | None) -> int | None:
    if set_id is not None:
        if persona_store.get_persona_set(project.db, set_id) is None:
            raise AnalysisError(translate("Voc", "There is no persona set {id}.").format(id=set_id))
        return set_id
    sets = persona_store.list_persona_sets(project.db)
    return sets[-1].id if sets else None


def _journey(project: ProjectFile, journey_id: int | None) -> int | None:
    if journey_id is not None:
        if not journey_store.journey_exists(project.db, journey_id):
            raise AnalysisError(translate("Voc", "There is no journey map {id}.").format(
                id=journey_id))
        return journey_id
    journeys = journey_store.list_journeys(project.db)
    return max((j.id for j in journeys), default=None)


def _sources(project: ProjectFile) -> list[tuple[int, str]]:
    from workbench.store import sources as source_store

    return [(s.id, s.display_name) for s in source_store.list_sources(project.db)]


def _voices(voice: Voice | str | None) -> list[Voice]:
    return list(Voice) if voice is None else [Voice(voice)]


# --------------------------------------------------------------------------- the report


def voc_report(project: ProjectFile, *, by: GroupBy = GroupBy.OVERALL,
               persona_set_id: int | None = None, journey_id: int | None = None,
               voice: Voice | None = Voice.CUSTOMER, task: Task | None = None) -> VocReport:
    """Every measure of ``voice`` (None: both, each row with its own) broken down ``by`` one
    grouping, with the lexicon sentiment of the open answers of the same groups.

    Raises AnalysisError when the project has no measure column (saying how to mark one).
    """
    return _report(project, GroupBy(by), persona_set_id, journey_id, voice, task)


def _report(project: ProjectFile, by: GroupBy, persona_set_id: int | None,
            journey_id: int | None, voice: Voice | str | None, task: Task | None,
            members_only: bool = False, sentiment: bool = True) -> VocReport:
    from workbench.analysis.voc import grouped_results

    task = ensure_task(task)
    columns = measure_columns(project)
    if not columns:
        raise _no_measures()
    voices = _voices(voice)
    columns = [c for c in columns if c.voice in voices]
    grouper = _Grouper(project, by, persona_set_id=persona_set_id, journey_id=journey_id,
                       members_only=members_only)
    notes = list(grouper.notes)
    if not columns:
        notes.append(translate("Voc", "No measure column holds {voice} answers.").format(
            voice=_voice_name(voices[0])))
    positions = _positions(project)
    rows: list[MeasureRow] = []
    total = len(columns) + 1
    for done, column in enumerate(columns):
        task.report(done, total, translate("Voc", "Measuring {measure}…").format(
            measure=column.title))
        if not grouper.available:
            continue
        answer_rows, customers, values = _answers(project, column, positions[column.column_id])
        keys = grouper.keys(column.source_id, answer_rows, customers)
        results = grouped_results(column.spec, values, keys)
        measure = f"{column.source} · {column.title}"
        for key in grouper.ordered(k for k in results if k is not None):
            rows.append(MeasureRow(measure, column.spec, by, key, grouper.label(key),
                                   results[key], column.voice))
        unplaced = sum(1 for k, v in zip(keys, values, strict=True)
                       if k is None and not math.isnan(v))
        if unplaced:
            notes.append(_unplaced_note(by, unplaced, column.title))
    shares: list[SentimentShare] = []
    if sentiment and grouper.available:
        task.report(len(columns), total, translate("Voc", "Reading the open answers…"))
        shares, unknown, judged = _sentiment(project, grouper, voices)
        if unknown:
            notes.append(translate(
                "Voc", "{n} of {total} open answers are in a language the sentiment lexicons do "
                       "not know (English and Italian only): counted as neutral.").format(
                n=format_number(unknown, 0), total=format_number(judged, 0)))
    task.report(total, total, translate("Voc", "Done"))
    return VocReport(by=by, rows=rows, sentiment=shares, notes=notes)


def _unplaced_note(by: GroupBy, n: int, measure: str) -> str:
    count = format_number(n, 0)
    if by is GroupBy.MONTH:
        return translate("Voc", "{measure}: {n} answers have no date and are in no month.").format(
            measure=measure, n=count)
    if by is GroupBy.CHANNEL:
        return translate("Voc", "{measure}: {n} answers have no channel.").format(
            measure=measure, n=count)
    if by is GroupBy.STAGE:
        return translate("Voc", "{measure}: {n} answers could not be placed on a stage of the "
                                "journey map.").format(measure=measure, n=count)
    return translate("Voc", "{measure}: {n} answers are from customers in no persona.").format(
        measure=measure, n=count)


def _voice_name(voice: Voice) -> str:
    return {Voice.CUSTOMER: translate("Voc", "customer"),
            Voice.FRONTLINE: translate("Voc", "front-line")}[Voice(voice)]


def _sentiment(project: ProjectFile, grouper: _Grouper, voices: list[Voice],
               speakers: SpeakerScope | str = SpeakerScope.RESPONDENTS
               ) -> tuple[list[SentimentShare], int, int]:
    """Sentiment shares per (voice, group); how many passages were in an unknown language.

    Reads ``speakers``' words only (respondents by default): in an answer or a
    transcript that holds a dialogue, the interviewer's turns are left out, and a
    document with no words of theirs is not judged.
    """
    from workbench.analysis.sentiment import estimate_many
    from workbench.domain.voc import Sentiment

    documents = store.documents(project.db, [v.value for v in voices])
    if not documents:
        return [], 0, 0
    texts = _scoped_texts(project, documents, speakers)
    documents = [d for d in documents if d[0] in texts]
    if not documents:
        return [], 0, 0
    estimates = estimate_many([texts[d[0]] for d in documents])
    counts: dict[tuple[Voice, str], list[int]] = {}
    unknown = 0
    by_source: dict[int | None, list[int]] = {}
    for i, document in enumerate(documents):
        by_source.setdefault(document[2], []).append(i)
    keys: list[str | None] = [None] * len(documents)
    for source_id, indexes in by_source.items():
        found = grouper.keys(source_id, [documents[i][3] for i in indexes],
                             [documents[i][1] for i in indexes])
        for i, key in zip(indexes, found, strict=True):
            keys[i] = key
    order = {Sentiment.POSITIVE: 0, Sentiment.NEUTRAL: 1, Sentiment.NEGATIVE: 2}
    for document, key, estimate in zip(documents, keys, estimates, strict=True):
        if not estimate.language:
            unknown += 1
        if key is None:
            continue
        tally = counts.setdefault((Voice(document[4]), key), [0, 0, 0])
        tally[order[estimate.label]] += 1
    shares = []
    for voice in voices:
        for key in grouper.ordered(k for v, k in counts if v is voice):
            positive, neutral, negative = counts[(voice, key)]
            n = positive + neutral + negative
            shares.append(SentimentShare(key, grouper.label(key), n, positive / n, neutral / n,
                                         negative / n, voice))
    return shares, unknown, len(documents)


def _scoped_texts(project: ProjectFile, documents, speakers: SpeakerScope | str
                  ) -> dict[int, str]:
    """{document id: the words of ``speakers`` in it} (documents without any left out)."""
    from workbench.services.speakers import prepare_scope, scoped_spans

    scope = prepare_scope(project, speakers)
    bodies = {d[0]: d[5] for d in documents}
    if scope is SpeakerScope.ALL:
        return bodies
    parts: dict[int, list[str]] = {}
    for document_id, start, end in scoped_spans(project, bodies, scope):
        words = bodies[document_id][start:end].strip()
        if words:
            parts.setdefault(document_id, []).append(words)
    return {d: "\n".join(words) for d, words in parts.items()}


def persona_measures(project: ProjectFile, persona_set_id: int) -> dict[int, list[MeasureRow]]:
    """persona id → its customer-voice measure rows (small n shown, never hidden); every
    persona of the set is a key, with [] when none of its members answered."""
    if persona_store.get_persona_set(project.db, persona_set_id) is None:
        raise AnalysisError(translate("Voc", "There is no persona set {id}.").format(
            id=persona_set_id))
    found: dict[int, list[MeasureRow]] = {p.id: [] for p in
                                          persona_store.personas_of(project.db, persona_set_id)}
    if not measure_columns(project):
        return found
    report = _report(project, GroupBy.PERSONA, persona_set_id, None, Voice.CUSTOMER, None,
                     sentiment=False)
    for row in report.rows:
        found.setdefault(int(row.group), []).append(row)
    return found


def card_measures(project: ProjectFile, persona_set_id: int, members=None
                  ) -> tuple[dict[int, list[MeasureRow]], dict[tuple[str, str], object]]:
    """What the persona cards print of the survey measures, each measure column read once.

    Returns (persona id → its customer-voice measure rows with answers, as in
    :func:`persona_measures` without the n = 0 rows; every persona of the set is a key),
    and everyone's result of each customer-voice measure by (measure, voice), as the rows of
    :func:`voc_report` over everyone. ``members``: (customer ids, persona ids) as
    :func:`workbench.store.personas.member_personas` gives them, when already read.
    """
    import numpy as np

    from workbench.analysis.voc import grouped_results, measure_result

    if persona_store.get_persona_set(project.db, persona_set_id) is None:
        raise AnalysisError(translate("Voc", "There is no persona set {id}.").format(
            id=persona_set_id))
    personas = persona_store.personas_of(project.db, persona_set_id)
    found: dict[int, list[MeasureRow]] = {p.id: [] for p in personas}
    everyone: dict[tuple[str, str], object] = {}
    columns = [(column, position) for column, position in _measure_columns(project)
               if column.voice is Voice.CUSTOMER]
    if not columns:
        return found, everyone
    customers, persona_ids = (members if members is not None
                              else persona_store.member_personas(project.db, persona_set_id))
    labels = {str(p.id): p.name for p in personas}
    order = [str(p.id) for p in personas]
    answers = _answer_arrays(project, columns)
    for (column, _position), (answered, values) in zip(columns, answers, strict=True):
        measure = f"{column.source} · {column.title}"
        if len(values):
            everyone[(measure, str(column.voice))] = measure_result(column.spec, values)
        # each answer's persona: its customer looked up among the (ascending) members
        at = np.minimum(np.searchsorted(customers, answered), max(len(customers) - 1, 0))
        member = (customers[at] == answered) if len(customers) else np.zeros(len(answered), bool)
        keys = np.full(len(answered), None, dtype=object)
        for persona_id in np.unique(persona_ids[at[member]]) if len(customers) else ():
            keys[member & (persona_ids[at] == persona_id)] = str(int(persona_id))
        results = grouped_results(column.spec, values, keys)
        known = [k for k in order if k in results] + sorted(
            k for k in results if k is not None and k not in labels)
        for key in known:
            if results[key].n > 0:
                found.setdefault(int(key), []).append(MeasureRow(
                    measure, column.spec, GroupBy.PERSONA, key, labels.get(key, key),
                    results[key], column.voice))
    return found, everyone


def _measure_columns(project: ProjectFile) -> list[tuple[MeasureColumn, int]]:
    """(measure column, its position in its source's data table), as :func:`measure_columns`."""
    positions = {column.column_id: column for column in measure_columns(project)}
    return [(positions[row["id"]], row["position"]) for row in store.measure_columns(project.db)
            if row["id"] in positions]


def _answer_arrays(project: ProjectFile, columns: list[tuple[MeasureColumn, int]]) -> list:
    """Per (measure column, position): (customer ids, -1 for none; float values, NaN for
    off-scale or unreadable answers) of the rows that hold a value, in row order —
    :func:`_answers`' reading, each distinct value read once, without a Python object per
    answer, and one scan of each source for all of its measure columns."""
    import numpy as np
    import pandas as pd

    found: dict[int, tuple] = {}
    by_source: dict[int, list[int]] = {}
    for index, (column, _position) in enumerate(columns):
        by_source.setdefault(column.source_id, []).append(index)
    for source_id, indexes in by_source.items():
        ids: dict[int, list] = {i: [] for i in indexes}
        answers: dict[int, list] = {i: [] for i in indexes}
        for rows in store.answers_chunks(project.db, source_id,
                                         [columns[i][1] for i in indexes]):
            table = np.array(rows, dtype=object)
            del rows
            customers = table[:, 0].astype(np.int64)
            for offset, i in enumerate(indexes, start=1):
                spec = columns[i][0].spec
                codes, uniques = pd.factorize(table[:, offset], use_na_sentinel=True)
                present = codes >= 0  # this column's value is there (the row may hold others)
                numbers = np.empty(len(uniques), dtype=np.float64)
                for j, value in enumerate(uniques):
                    try:
                        number = float(value) if value != "" else math.nan
                    except (TypeError, ValueError):
                        number = math.nan
                    if not math.isnan(number) and not spec.fits(number):
                        number = math.nan
                    numbers[j] = number
                ids[i].append(customers[present])
                answers[i].append(numbers[codes[present]])
        for i in indexes:
            found[i] = ((np.concatenate(ids[i]), np.concatenate(answers[i])) if ids[i] else
                        (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)))
    return [found[i] for i in range(len(columns))]


def stage_measures(project: ProjectFile, journey_id: int) -> dict[int, list[MeasureRow]]:
    """stage id → customer-voice measure rows of the journey persona's members at that stage
    (with n); every stage of the map is a key, with [] when nobody answered there."""
    from workbench.services.journeys import get_journey

    journey = get_journey(project, journey_id)
    found: dict[int, list[MeasureRow]] = {s.id: [] for s in journey.stages}
    if not measure_columns(project):
        return found
    report = _report(project, GroupBy.STAGE, None, journey_id, Voice.CUSTOMER, None,
                     members_only=True, sentiment=False)
    for row in report.rows:
        found.setdefault(int(row.group), []).append(row)
    return found


# --------------------------------------------------------------------------- drivers


@dataclass
class _Respondents:
    ids: list[int]
    bands: list[str | None]
    index: dict[int, int] = field(default_factory=dict)


def _choose_column(columns: list[MeasureColumn], column_id: int | None, voice: Voice
                   ) -> MeasureColumn:
    if column_id is not None:
        column = next((c for c in columns if c.column_id == column_id), None)
        if column is None:
            raise AnalysisError(translate(
                "Voc", "Column {id} is not a measure column. Run 'workbench voc PROJECT' to see "
                       "the measures.").format(id=column_id))
        if column.voice is not voice:
            raise AnalysisError(translate(
                "Voc", "{measure} holds {voice} answers: ask for drivers with that voice.").format(
                measure=column.title, voice=_voice_name(column.voice)))
        return column
    mine = [c for c in columns if c.voice is voice]
    if not mine:
        raise AnalysisError(translate("Voc", "No measure column holds {voice} answers.").format(
            voice=_voice_name(voice)))
    return next((c for c in mine if c.spec.kind is MeasureKind.NPS), mine[0])


def _respondents(project: ProjectFile, column: MeasureColumn, members: set[int] | None
                 ) -> _Respondents:
    """Customers with an answer (several answers: their mean), banded by the measure."""
    _rows, customers, values = _answers(project, column, _positions(project)[column.column_id])
    sums: dict[int, list[float]] = {}
    for customer, value in zip(customers, values, strict=True):
        if customer is None or math.isnan(value) or (members is not None
                                                      and customer not in members):
            continue
        sums.setdefault(customer, []).append(value)
    ids = sorted(sums)
    bands = [column.spec.band(sum(sums[c]) / len(sums[c])).value for c in ids]
    return _Respondents(ids, bands, {c: i for i, c in enumerate(ids)})


def key_drivers(project: ProjectFile, column_id: int | None = None, *,
                persona_set_id: int | None = None, persona_id: int | None = None,
                voice: Voice = Voice.CUSTOMER, limit: int = 15,
                task: Task | None = None) -> DriverReport:
    """Codes, themes and attribute levels over-represented among a measure's low scorers
    (detractors) against its high scorers (promoters), on one voice only, with example
    sentences from low scorers' documents. ``column_id`` None: the first NPS column of that
    voice, else its first measure. ``persona_id`` limits respondents to one persona."""
    import numpy as np
    from scipy import sparse

    from workbench.analysis.drivers import rank_drivers

    task = ensure_task(task)
    voice = Voice(voice)
    columns = measure_columns(project)
    if not columns:
        raise _no_measures()
    column = _choose_column(columns, column_id, voice)
    members = _persona_members(project, persona_set_id, persona_id)
    task.report(0, 100, translate("Voc", "Reading the answers…"))
    people = _respondents(project, column, members)
    notes: list[str] = []
    documents = [d for d in store.documents(project.db, [voice.value])
                 if d[1] is not None and d[1] in people.index]
    task.report(10, 100, translate("Voc", "Reading codes and themes…"))
    features: list[set[int]] = []
    labels: list[tuple[DriverKind, str, str | None]] = []
    _code_features(project, documents, people, features, labels)
    themes = _theme_features(project, documents, people, features, labels, task.slice(0.2, 0.7))
    task.report(70, 100, translate("Voc", "Reading attributes…"))
    _attribute_features(project, people, features, labels)
    matrix = sparse.csr_matrix(
        (np.ones(sum(len(f) for f in features), dtype=bool),
         (np.fromiter((r for f in features for r in sorted(f)), dtype=np.int64),
          np.fromiter((j for j, f in enumerate(features) for _ in f), dtype=np.int64))),
        shape=(len(people.ids), len(features)))
    task.report(80, 100, translate("Voc", "Ranking drivers…"))
    drivers = rank_drivers(people.bands, matrix, labels, limit=limit)
    low_n = people.bands.count("low")
    high_n = people.bands.count("high")
    if not documents:
        notes.append(translate("Voc", "No {voice} documents of these respondents: drivers come "
                                      "from attributes only.").format(voice=_voice_name(voice)))
    if low_n < 30 or high_n < 30:
        notes.append(translate("Voc", "Few respondents in the low ({low}) or high ({high}) band: "
                                      "read the drivers as hints.").format(
            low=format_number(low_n, 0), high=format_number(high_n, 0)))
    task.report(90, 100, translate("Voc", "Finding examples…"))
    drivers = _with_examples(project, drivers, documents, people, themes, voice)
    task.report(100, 100, translate("Voc", "Done"))
    return DriverReport(measure=column, drivers=drivers, low_n=low_n, high_n=high_n, notes=notes)


def _persona_members(project: ProjectFile, persona_set_id: int | None,
                     persona_id: int | None) -> set[int] | None:
    if persona_id is None:
        if persona_set_id is not None and persona_store.get_persona_set(
                project.db, persona_set_id) is None:
            raise AnalysisError(translate("Voc", "There is no persona set {id}.").format(
                id=persona_set_id))
        return None
    persona = persona_store.get_persona(project.db, persona_id)
    if persona is None or (persona_set_id is not None and persona.persona_set_id != persona_set_id):
        raise AnalysisError(translate("Voc", "There is no persona {id} (in this set).").format(
            id=persona_id))
    return set(journey_store.persona_member_ids(project.db, persona_id))


def _code_features(project: ProjectFile, documents, people: _Respondents,
                   features: list[set[int]], labels: list) -> None:
    from workbench.services.evidence import code_path_of
    from workbench.store import evidence as evidence_store

    owner = {d[0]: people.index[d[1]] for d in documents}
    codes = {c.id: c for c in evidence_store.list_codes(project.db)}
    having: dict[int, set[int]] = {}
    for document_id, code_id, _s, _e in store.codings(project.db, speakers="respondents"):
        if document_id in owner:
            having.setdefault(code_id, set()).add(owner[document_id])
    for code_id in sorted(having, key=lambda c: (codes[c].position, c) if c in codes else (0, c)):
        if code_id in codes:
            features.append(having[code_id])
            labels.append((DriverKind.CODE, code_path_of(codes, code_id), str(code_id)))


def _theme_features(project: ProjectFile, documents, people: _Respondents,
                    features: list[set[int]], labels: list, task: Task) -> dict[str, list[str]]:
    """Suggested themes of the respondents' words in the documents (an interviewer's
    questions in a cell that holds a dialogue left out); returns theme label → its top
    three words."""
    from workbench.analysis.themes import suggest_themes
    from workbench.services.speakers import scoped_spans

    if not documents:
        return {}
    bodies = {d[0]: d[5] for d in documents}
    spans = scoped_spans(project, bodies, "respondents")
    themes = suggest_themes(((doc, bodies[doc], start, end) for doc, start, end in spans),
                            n_themes=8, task=task)
    words_of: dict[str, list[str]] = {}
    said: dict[int, list[str]] = {}
    for doc, start, end in spans:
        said.setdefault(doc, []).append(bodies[doc][start:end])
    lowered = [(people.index[d[1]], set(_WORD.findall(" ".join(said.get(d[0], ())).casefold())))
               for d in documents]
    for theme in themes:
        top = [w.casefold() for w in theme.words[:3]]
        label = " / ".join(theme.words[:3])
        if not top or label in words_of:
            continue
        words_of[label] = top
        features.append({r for r, words in lowered if any(w in words for w in top)})
        labels.append((DriverKind.THEME, label, None))
    return words_of


def _attribute_features(project: ProjectFile, people: _Respondents, features: list[set[int]],
                        labels: list) -> None:
    """Categorical levels and numeric lowest/highest quartiles of the respondents' attributes."""
    import numpy as np
    import pandas as pd

    from workbench.services.personas import EVIDENCE_SOURCE, attribute_frame

    attributes = attribute_frame(project)
    voices = source_voices(project)
    frame = attributes.frame
    if not len(people.ids) or frame is None or not len(getattr(frame, "columns", [])):
        return
    frame = frame.reindex(people.ids)
    for name, kind in attributes.kinds.items():
        column = attributes.columns.get(name)
        # code counts are attributes for clustering; here codes are drivers of their own voice
        if column is None or column.source_id == EVIDENCE_SOURCE or kind not in ("numeric", "categorical"):
            continue
        if voices.get(column.source_id) is Voice.FRONTLINE:
            continue  # what staff wrote about customers is not the customers' own attribute
        values = frame[name]
        if kind == "numeric":
            numbers = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
            known = numbers[~np.isnan(numbers)]
            if len(known) < 4:
                continue
            low, high = np.quantile(known, [0.25, 0.75])
            if low == high:
                continue
            digits = 0 if float(low).is_integer() and float(high).is_integer() else 2
            for label, mask in ((f"{name} ≤ {format_number(low, digits)}", numbers <= low),
                                (f"{name} ≥ {format_number(high, digits)}", numbers >= high)):
                features.append(set(np.flatnonzero(mask).tolist()))
                labels.append((DriverKind.ATTRIBUTE, label, name))
            continue
        texts = values.astype(object)
        levels = pd.Series(texts[texts.notna()].astype(str)).value_counts()
        for level in levels.index[:30]:
            mask = (texts.astype(str) == level) & texts.notna()
            features.append(set(np.flatnonzero(mask.to_numpy()).tolist()))
            labels.append((DriverKind.ATTRIBUTE, f"{name} = {level}", name))


def sentence_around(body: str, start: int, end: int) -> tuple[int, int]:
    """The whole sentence(s) holding ``start:end`` of ``body`` (bounded by . ! ? … or a line end)."""
    s = max(0, min(start, len(body)))
    while s > 0 and body[s - 1] not in _SENTENCE_END and body[s - 1] != "\n":
        s -= 1
    while s < len(body) and body[s].isspace():
        s += 1
    e = max(s, min(max(start, end - 1), len(body)))
    while e < len(body) and body[e] not in _SENTENCE_END and body[e] != "\n":
        e += 1
    while e < len(body) and body[e] in _SENTENCE_END:
        e += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else (start, end)


def _with_examples(project: ProjectFile, drivers: list[Driver], documents, people: _Respondents,
                   themes: dict[str, list[str]], voice: Voice) -> list[Driver]:
    """Each code or theme driver with up to three sentences from different low scorers'
    documents (code: its coded passages; theme: a sentence with one of its top words)."""
    low_docs = [d for d in documents if people.bands[people.index[d[1]]] == "low"]
    bodies = {d[0]: d for d in low_docs}
    codings: dict[int, list[tuple[int, int, int]]] = {}
    for document_id, code_id, start, end in store.codings(project.db, speakers="respondents"):
        if document_id in bodies:
            codings.setdefault(code_id, []).append((document_id, start, end))
    customer_labels = store.customer_labels(project.db, {d[1] for d in low_docs})
    found = []
    for driver in drivers:
        spans: list[tuple[int, int, int]] = []
        if driver.kind is DriverKind.CODE and driver.key is not None:
            for document_id, start, end in codings.get(int(driver.key), []):
                if all(document_id != s[0] for s in spans):
                    spans.append((document_id, *sentence_around(bodies[document_id][5], start,
                                                                end)))
                if len(spans) == EXAMPLES:
                    break
        elif driver.kind is DriverKind.THEME and driver.label in themes:
            pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in themes[driver.label])
                                 + r")\b", re.I)
            for document in low_docs:
                match = pattern.search(document[5])
                if match:
                    spans.append((document[0], *sentence_around(document[5], match.start(),
                                                                 match.end())))
                if len(spans) == EXAMPLES:
                    break
        examples = [Example(document_id, start, end, bodies[document_id][5][start:end],
                            customer_labels.get(bodies[document_id][1]), voice)
                    for document_id, start, end in spans]
        found.append(replace(driver, examples=examples))
    return found


# --------------------------------------------------------------------------- voices


def source_voices(project: ProjectFile) -> dict[int, Voice]:
    """Whose voice each source is (by source id): customers unless marked front-line."""
    return {source_id: Voice(voice) for source_id, voice in store.source_voices(project.db).items()}


def set_source_voice(project: ProjectFile, source_id: int, voice: Voice) -> Voice:
    """Say whose voice a source's answers and free text are; returns the previous voice."""
    voice = Voice(voice)
    _require_writable(project)
    previous = store.source_voice(project.db, source_id)
    if previous is None:
        raise AnalysisError(translate("Voc", "There is no source {id}. Run 'workbench sources "
                                             "PROJECT' to see the sources.").format(id=source_id))
    with project.db.transaction():
        store.set_source_voice(project.db, source_id, voice.value)
    return Voice(previous)


def document_voice(project: ProjectFile, document_id: int) -> Voice:
    """A document's voice: its own, else its source's, else the customer's."""
    voices = store.document_voices(project.db, document_id)
    if voices is None:
        raise _no_document(document_id)
    return Voice(voices[1])


def _no_document(document_id: int) -> AnalysisError:
    return AnalysisError(translate("Voc", "There is no document {id} (was it deleted?).").format(
        id=document_id))


def set_document_voice(project: ProjectFile, document_id: int, voice: Voice | None
                       ) -> Voice | None:
    """Give one document its own voice (None: as its source); returns its previous own voice."""
    voice = None if voice is None else Voice(voice)
    _require_writable(project)
    voices = store.document_voices(project.db, document_id)
    if voices is None:
        raise _no_document(document_id)
    with project.db.transaction():
        store.set_document_voice(project.db, document_id, None if voice is None else voice.value)
    return None if voices[0] is None else Voice(voices[0])


# --------------------------------------------------------------------------- journey cards


def driver_figures(driver: Driver, kind: MeasureKind | None = None) -> str:
    """"Detractors 3.1× as often as promoters, n = 42" (low and high bands for other kinds)."""
    lift, n = format_number(driver.lift, 1), format_number(driver.low_n + driver.high_n, 0)
    if kind is None or kind is MeasureKind.NPS:
        return translate("Voc", "Detractors {lift}× as often as promoters, n = {n}").format(
            lift=lift, n=n)
    return translate("Voc", "Low scorers {lift}× as often as high scorers, n = {n}").format(
        lift=lift, n=n)


def driver_pain_point(project: ProjectFile, journey_id: int, stage_id: int, driver: Driver,
                      *, kind: MeasureKind | None = None) -> int:
    """Add a card for a driver to the journey's pain-points lane at a stage, linked to the
    driver's first example; returns the card id (undo: ``services.journeys.remove_card``)."""
    from workbench.domain.journeys import LANE_PAIN_POINTS, Evidence
    from workbench.services.journeys import add_card, get_journey

    _require_writable(project)
    journey = get_journey(project, journey_id)
    lane = journey.lane(LANE_PAIN_POINTS)
    if lane is None:
        raise AnalysisError(translate("Voc", "This journey map has no pain-points lane: add one, "
                                             "then try again."))
    if all(s.id != stage_id for s in journey.stages):
        raise AnalysisError(translate("Voc", "Stage {id} is not a stage of this map.").format(
            id=stage_id))
    evidence = None
    if driver.examples:
        first = driver.examples[0]
        evidence = Evidence(first.document_id, first.start, first.end)
    text = f"{driver.label}: {driver_figures(driver, kind)}"
    return add_card(project, lane.id, stage_id, text, evidence=evidence)


def frontline_lane(project: ProjectFile, journey_id: int) -> int:
    """Add (or refill) the "Front-line view" lane: per stage, up to three front-line documents
    of that stage (see the module docstring), each a card linked to its first sentence."""
    from workbench.domain.journeys import LANE_TEXT, Evidence
    from workbench.services.journeys import add_card, add_lane, get_journey
    from workbench.store import journeys as jstore

    _require_writable(project)
    journey = get_journey(project, journey_id)
    name = translate("Voc", "Front-line view")
    grouper = _Grouper(project, GroupBy.STAGE, persona_set_id=None, journey_id=journey_id,
                       members_only=True)
    documents = store.documents(project.db, [Voice.FRONTLINE.value])
    chosen: dict[str, list[tuple[int, int, int, str]]] = {}
    seen: dict[str, set] = {}
    by_source: dict[int | None, list] = {}
    for document in documents:
        by_source.setdefault(document[2], []).append(document)
    for source_id, group in by_source.items():
        keys = grouper.keys(source_id, [d[3] for d in group], [d[1] for d in group])
        for document, key in zip(group, keys, strict=True):
            if key is None or len(chosen.get(key, [])) >= FRONTLINE_CARDS:
                continue
            if document[1] is not None and document[1] in seen.setdefault(key, set()):
                continue
            seen[key].add(document[1])
            body = document[5]
            start = len(body) - len(body.lstrip())
            s, e = sentence_around(body, start, min(len(body), start + 1))
            text = body[s:e]
            if len(text) > _CARD_TEXT:
                text = text[:_CARD_TEXT - 1].rstrip() + "…"
            chosen.setdefault(key, []).append((document[0], s, e, text))
    with project.db.transaction():
        lane = next((lane for lane in journey.lanes if lane.kind == LANE_TEXT
                     and lane.name in (name, "Front-line view")), None)
        if lane is None:
            lane_id = add_lane(project, journey_id, name)
        else:
            lane_id = lane.id
            for card in journey.cards:
                if card.lane_id == lane_id:
                    jstore.delete_card(project.db, card)
        for stage in journey.stages:
            for document_id, s, e, text in sorted(chosen.get(str(stage.id), [])):
                add_card(project, lane_id, stage.id, text, evidence=Evidence(document_id, s, e))
    return lane_id


# --------------------------------------------------------------------------- export


def export_measures(project: ProjectFile, path: Path | str, *, by: GroupBy = GroupBy.PERSONA,
                    csv_style: str | None = None, task: Task | None = None, **kwargs) -> Path:
    """Write the measures ``by`` one grouping as CSV or XLSX (by the file's suffix), columns
    :data:`EXPORT_COLUMNS`; ``kwargs`` go to :func:`voc_report`. Returns the path written."""
    from workbench.errors import ExportError
    from workbench.export.tables import DECIMAL, INTEGER, SHARE, TEXT, Column, Table
    from workbench.services.table_export import FORMATS, write_table

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(translate("Voc", "Measures are written as .csv or .xlsx, not "
                                           "'{name}'.").format(name=path.name))
    task = ensure_task(task)
    report = voc_report(project, by=by, task=task.slice(0, 0.8), **kwargs)
    kinds = (TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, INTEGER, DECIMAL, DECIMAL, DECIMAL,
             SHARE, SHARE, SHARE, TEXT)
    table = Table(translate("Voc", "Measures"),
                  [Column(name, kind) for name, kind in zip(EXPORT_COLUMNS, kinds, strict=True)])
    for row in report.rows:
        r = row.result
        table.rows.append([row.measure, row.spec.kind.value, f"{row.spec.low}-{row.spec.high}",
                           row.voice.value, row.group_by.value, row.group, row.label, r.n,
                           r.value, r.low, r.high, r.promoters, r.passives, r.detractors,
                           "yes" if r.small else "no"])
    write_table(table, path, fmt, task.slice(0.8, 1), csv_style)
    return path
