"""Trends use cases: monthly or weekly series per persona or journey stage, with flags.

Reading only (nothing is changed; works on a read-only project):

- ``trend_report(project, *, set_id=None, journey_id=None, by=TrendBy.PERSONA,
  period=Period.MONTH, start=None, end=None, task=None)`` → :class:`TrendReport`;
- ``trends_table(report)`` → the long :class:`~workbench.export.tables.Table` (columns
  :data:`EXPORT_COLUMNS`); ``export_trends(report, path, task=None)`` writes it as CSV or
  XLSX by the file's suffix and returns the path.

What is read, and how it is placed (the series and tests themselves are described in
:mod:`workbench.analysis.trends`):

- Touchpoints (``occurred_at``, customer, action, outcome, score): every touchpoint of a
  linked customer, read with one query. Its day is the date part of ``occurred_at``.
- Score measures (columns with the measure role, customer voice only, as VoC): each
  answer's day is the first date column of its own source row, else that row's
  touchpoint; the headline per kind is VoC's (NPS, CSAT satisfied share, mean).
- Complaints: coded passages of customer-voice documents (front-line voice left out, as
  VoC does). A document's day is its source row's date column, else that row's
  touchpoint; documents without one (transcripts, undated rows) are counted in a note.
  Complaint codes are those whose name or a parent's says complaint, problem, friction...
  (:func:`workbench.analysis.journeys.is_complaint_code`); a code's series counts its
  child codes' passages too.
- By persona: the set's current members (``persona_members`` with a persona), default
  the newest set; group key = the persona's position as text, label its name.
- By stage: a journey map's stages, default the newest map with actions mapped to its
  stages (or an event log with a stage column). A touchpoint's stage is its stage
  column's when it names a stage, else its action's mapped stage (as the journey map
  resolves them). An answer or a document counts for the stage of its own row's
  touchpoint, else for every stage its customer touched in the same period. Group key
  and label = the stage's name (numbered when two stages share a name).
- ``start``/``end`` (dates, inclusive) keep records dated inside them; the periods run
  from the first to the last kept record, every one present (n = 0 when empty).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from workbench.domain.living import (
    RECURRING_CUSTOMERS,
    TREND_FDR,
    TREND_WINDOW,
    Period,
    TrendBy,
    TrendReport,
)
from workbench.errors import AnalysisError, ExportError
from workbench.i18n import format_number, translate
from workbench.progress import Task, ensure_task
from workbench.store import journeys as journey_store
from workbench.store import personas as persona_store
from workbench.store import trends as trend_store
from workbench.store import voc as voc_store
from workbench.store.project_file import ProjectFile

#: Columns of the long table (``trends_table``/``export_trends``), in order; stable names.
EXPORT_COLUMNS = ("group", "kind", "metric", "unit", "period", "value", "n", "count", "flagged")
#: Passages shown with a recurring negative experience.
PASSAGES = 3


# --------------------------------------------------------------------------- reading


def _row_days(project: ProjectFile, source_id: int, rows: Sequence[int], touch: dict | None
              ) -> dict[int, object]:
    """source row → its date text: the first date column of the row, else its touchpoint."""
    from workbench.domain.columns import ColumnRole

    db = project.db
    found: dict[int, object] = {}
    for position in reversed(voc_store.columns_with_role(db, source_id, ColumnRole.DATE)):
        for row, _c, value in voc_store.column_values(db, source_id, position):
            if value not in (None, ""):
                found[row] = value
    missing = [r for r in rows if r not in found]
    if missing and source_id in touch["sources"]:
        for row, _c, when, _ch, _a in voc_store.row_touchpoints(db, source_id):
            if when not in (None, "") and row not in found:
                found[row] = when
    return found


# --------------------------------------------------------------------------- groups


def _persona_groups(project: ProjectFile, set_id: int | None):
    """(set id, Groups, customer id → group index)."""
    from workbench.analysis.trends import Groups

    db = project.db
    if set_id is not None:
        if persona_store.get_persona_set(db, set_id) is None:
            raise AnalysisError(translate(
                "Trends", "There is no persona set {id}. Run 'workbench persona-sets PROJECT' "
                          "to see the sets.").format(id=set_id))
    else:
        sets = persona_store.list_persona_sets(db)
        if not sets:
            raise AnalysisError(translate(
                "Trends", "No persona set yet: make personas first (the Personas area, or "
                          "'workbench personas PROJECT'), then look at trends by persona."))
        set_id = sets[-1].id
    personas = sorted(persona_store.personas_of(db, set_id), key=lambda p: p.position)
    index = {p.position: i for i, p in enumerate(personas)}
    groups = Groups([str(p.position) for p in personas], [p.name for p in personas])
    members = {c: index[pos] for c, pos in persona_store.labels_of(db, set_id).items()
               if pos in index}
    return set_id, groups, members


def _has_stage_column(project: ProjectFile) -> bool:
    return any(_stage_position(project, s) is not None
               for s in journey_store.event_sources(project.db))


def _stage_position(project: ProjectFile, source_id: int) -> int | None:
    from workbench.services.journeys import STAGE_COLUMN
    from workbench.store import sources as source_store

    for column in source_store.source_columns(project.db, source_id):
        if STAGE_COLUMN.search(column.label or "") or STAGE_COLUMN.search(column.name):
            return column.position
    return None


def _mapped(project: ProjectFile, journey_id: int) -> bool:
    return any(s is not None for s in journey_store.action_stages(project.db, journey_id).values())


def _no_mapping(name: str | None = None) -> AnalysisError:
    how = translate(
        "Trends", "Trends by stage need touchpoint actions mapped to the stages of a journey "
                  "map: create a journey map from a persona ('workbench journey PROJECT "
                  "--persona ID'; actions whose words name a stage are mapped when it is "
                  "made, and can be changed on the map), or import a touchpoint log with a "
                  "stage column.")
    if name is None:
        return AnalysisError(translate("Trends", "No journey map maps actions to its stages. "
                                                 "{how}").format(how=how))
    return AnalysisError(translate("Trends", "Journey map '{name}' maps no action to a stage. "
                                             "{how}").format(name=name, how=how))


def _journey(project: ProjectFile, journey_id: int | None):
    """The journey map used by stage (checked), with unique stage labels."""
    from workbench.services.journeys import get_journey

    db = project.db
    stage_column = _has_stage_column(project)
    if journey_id is not None:
        if not journey_store.journey_exists(db, journey_id):
            raise AnalysisError(translate(
                "Trends", "There is no journey map {id}. Run 'workbench journeys PROJECT' to "
                          "see the maps.").format(id=journey_id))
        journey = get_journey(project, journey_id)
        if not stage_column and not _mapped(project, journey_id):
            raise _no_mapping(journey.name)
        return journey
    usable = [j.id for j in journey_store.list_journeys(db)
              if stage_column or _mapped(project, j.id)]
    if not usable:
        raise _no_mapping()
    return get_journey(project, max(usable))


def _stage_labels(journey) -> list[str]:
    labels: list[str] = []
    for stage in journey.stages:
        label, n = stage.name, 2
        while label in labels:
            label, n = f"{stage.name} ({n})", n + 1
        labels.append(label)
    return labels


def _touchpoint_stages(project: ProjectFile, journey, touch: dict):
    """Each touchpoint's stage index (-1: none), by its stage column, else its action."""
    import numpy as np
    import pandas as pd

    from workbench.services.journeys import event_stages

    n = len(touch["customer"])
    label_codes = np.full(n, -1, dtype=np.int64)
    label_names: list[str] = []
    for source_id in sorted(set(np.unique(touch["source"]).tolist())):
        position = _stage_position(project, source_id)
        if position is None:
            continue
        values = voc_store.column_values(project.db, source_id, position)
        if not values:
            continue
        top = max(r for r, _c, _v in values)
        by_row = np.full(top + 1, -1, dtype=np.int64)
        names = pd.Series([v for _r, _c, v in values], dtype=object)
        codes, uniques = pd.factorize(names, use_na_sentinel=True)
        offset = len(label_names)
        label_names += [str(u) for u in uniques]
        by_row[[r for r, _c, _v in values]] = np.where(codes >= 0, codes + offset, -1)
        here = (touch["source"] == source_id) & (touch["row"] <= top)
        label_codes[here] = by_row[touch["row"][here]]
    width = len(touch["actions"]) + 1
    codes, uniques = pd.factorize((label_codes + 1) * width + touch["action"] + 1)
    labels = [label_names[k // width - 1] if k // width else None for k in uniques.tolist()]
    actions = [touch["actions"][k % width - 1] if k % width else None for k in uniques.tolist()]
    ids = event_stages(project, journey.id, labels, actions) if len(uniques) else []
    index = {s.id: i for i, s in enumerate(journey.stages)}
    resolved = np.array([-1 if s is None else index.get(s, -1) for s in ids] + [-1],
                        dtype=np.int64)
    return resolved[np.where(codes >= 0, codes, len(ids))]


# --------------------------------------------------------------------------- the report


def _bound(value, which: str):
    import numpy as np

    from workbench.analysis.trends import parse_days

    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return np.datetime64(value, "D")
    day = parse_days([str(value)])[0]
    if np.isnat(day):
        raise AnalysisError(translate(
            "Trends", "'{value}' is not a date for {which}: write it as 2024-03-31.").format(
            value=value, which=which))
    return day


def trend_report(project: ProjectFile, *, set_id: int | None = None,
                 journey_id: int | None = None, by: TrendBy = TrendBy.PERSONA,
                 period: Period = Period.MONTH, start: str | dt.date | None = None,
                 end: str | dt.date | None = None, task: Task | None = None) -> TrendReport:
    """Series per persona (or journey stage) and period, with the flagged shifts.

    ``start``/``end``: dates (ISO text or ``datetime.date``), inclusive. Raises
    AnalysisError with what to do when there is no persona set (by persona), no journey
    map with mapped actions (by stage), an unknown set or map, a bad date, or nothing
    dated in the range.
    """
    import numpy as np

    from workbench.analysis import trends as analysis

    task = ensure_task(task)
    by, period = TrendBy(by), Period(period)
    first_day, last_day = _bound(start, "--from"), _bound(end, "--to")
    if first_day is not None and last_day is not None and first_day > last_day:
        raise AnalysisError(translate("Trends", "The start date {start} is after the end date "
                                                "{end}.").format(start=start, end=end))
    notes: list[str] = []
    journey = None
    task.report(0, 100, translate("Trends", "Reading the groups…"))
    if by is TrendBy.PERSONA:
        set_id, groups, members = _persona_groups(project, set_id)
    else:
        journey = _journey(project, journey_id)
        labels = _stage_labels(journey)
        groups = analysis.Groups(labels, labels)
        set_id, members = None, {}
    task.report(5, 100, translate("Trends", "Reading the touchpoints…"))
    touch = trend_store.touchpoint_columns(project.db, with_rows=by is TrendBy.STAGE)
    touch["sources"] = set(journey_store.event_sources(project.db))
    task.report(35, 100, translate("Trends", "Placing the touchpoints in periods…"))

    seen: list = []  # the first and last kept day of each kind of record

    def ordinals(days):
        inside = ~np.isnat(days)
        if first_day is not None:
            inside &= days >= first_day
        if last_day is not None:
            inside &= days <= last_day
        if inside.any():
            seen.extend([days[inside].min(), days[inside].max()])
        found = analysis.period_ordinals(days, period)
        return np.where(inside, found, -1)

    touch_days = analysis.parse_days(touch["day"])
    touch_period = ordinals(touch_days)
    undated = int(np.isnat(touch_days).sum())
    if undated:
        notes.append(translate("Trends", "{n} touchpoints have no date and are in no period."
                               ).format(n=format_number(undated, 0)))
    if by is TrendBy.PERSONA:
        lookup = _lookup(members, touch["customer"])
        touch_group = lookup[touch["customer"]] if len(touch["customer"]) else np.zeros(0, int)
    else:
        task.report(45, 100, translate("Trends", "Placing the touchpoints on stages…"))
        touch_group = _touchpoint_stages(project, journey, touch)
        unplaced = int(((touch_group < 0) & (touch_period >= 0)).sum())
        if unplaced:
            notes.append(translate("Trends", "{n} touchpoints have an action mapped to no "
                                             "stage of the map and count for everyone only."
                                   ).format(n=format_number(unplaced, 0)))
    task.report(55, 100, translate("Trends", "Reading the answers and the complaints…"))
    answers = _answers(project, touch, ordinals, notes)
    documents = _documents(project, touch, ordinals, notes)
    used = [touch_period[touch_period >= 0]] + [a["period"][a["period"] >= 0] for a in answers]
    if documents is not None:
        used.append(documents["period"][documents["period"] >= 0])
    used = np.concatenate(used) if used else np.zeros(0, np.int64)
    if not len(used):
        raise _nothing_dated(first_day, last_day)
    first, last = int(used.min()), int(used.max())
    labels = analysis.period_labels(first, last, period)
    tested = _tested(labels, first, last, period, min(seen), max(seen), notes)
    task.report(65, 100, translate("Trends", "Counting customers per period…"))
    low, scale = analysis.low_scores(touch["score"])
    events = analysis.Events(touch["customer"], _shift(touch_period, first), touch_group,
                             touch["outcome"], touch["outcomes"], low if scale else None)
    if scale is None:
        notes.append(translate("Trends", "No touchpoint has a score: there is no friction "
                                         "series."))
    stage_of = (None if by is TrendBy.PERSONA else
                _customer_stages(touch["customer"], events.period, touch_group))
    measure_inputs = [_answer_input(a, first, members, by, stage_of, touch, touch_group)
                      for a in answers]
    voices = _voices_input(project, documents, first, members, by, stage_of, touch, touch_group,
                           notes)
    if by is TrendBy.PERSONA:
        active = np.zeros(len(lookup), dtype=bool)
        active[touch["customer"][touch_period >= 0]] = True
        outside = int((active & (lookup < 0)).sum())
        if outside:
            notes.append(translate("Trends", "{n} active customers are in no persona of the set "
                                             "and count for everyone only.").format(
                n=format_number(outside, 0)))
    task.report(80, 100, translate("Trends", "Testing for shifts…"))
    series, flags, tests = analysis.trend_series(events, measure_inputs, voices, groups, labels,
                                                 window=TREND_WINDOW, fdr=TREND_FDR,
                                                 tested=tested)
    task.report(90, 100, translate("Trends", "Finding the passages…"))
    for flag in flags:
        if flag.recurring:
            flag.passages = _passages(project, series[flag.series], voices, documents, groups,
                                      tested)
    if tested[1] - tested[0] < TREND_WINDOW + analysis.MIN_BEFORE:
        notes.append(translate(
            "Trends", "Only {n} periods: shifts are tested from {needed} periods on (the last "
                      "{window} against at least {before} before them).").format(
            n=len(labels), needed=TREND_WINDOW + analysis.MIN_BEFORE, window=TREND_WINDOW,
            before=analysis.MIN_BEFORE))
    low, high = tested
    compared = (labels[high - TREND_WINDOW:high]
                if high - low >= TREND_WINDOW + analysis.MIN_BEFORE else [])
    task.report(100, 100, translate("Trends", "Done"))
    return TrendReport(compared=compared, by=by, period=period, periods=labels, series=series, flags=flags,
                       set_id=set_id, journey_id=None if journey is None else journey.id,
                       window=TREND_WINDOW, method=method_sentence(tests), notes=notes)


def _tested(labels: list[str], first: int, last: int, period: Period, first_day, last_day,
             notes: list[str]) -> tuple[int, int]:
    """The periods the tests use: all but a first or last one the data cover only in part."""
    from workbench.analysis.trends import COVERED, covered_part

    low, high = 0, len(labels)
    if len(labels) > 1 and covered_part(last, period, first_day, last_day) < COVERED:
        high -= 1
        notes.append(translate(
            "Trends", "The data stop on {day}, before the end of {period}: that period is shown "
                      "but left out of the tests (it would look like a drop).").format(
            day=last_day, period=labels[-1]))
    if high - low > 1 and covered_part(first, period, first_day, last_day) < COVERED:
        low += 1
        notes.append(translate(
            "Trends", "The data start on {day}, after the start of {period}: that period is shown "
                      "but left out of the tests.").format(day=first_day, period=labels[0]))
    return low, high


def method_sentence(tests: int) -> str:
    """The stated test, translated (for the view, the PDF and ``--json``)."""
    from workbench.analysis.trends import MIN_N

    return translate(
        "Trends", "The last {window} periods of each series are compared with the periods "
                  "before them: a pooled two-proportion z test for shares, Welch's t test for "
                  "means and a z test on the promoter (+1), passive (0), detractor (−1) score "
                  "for NPS, each with at least {n} customers or answers on each side. "
                  "Complaint codes are also tested for a rise over all periods (one-sided "
                  "Cochran–Armitage trend test). The {tests} p-values are adjusted together "
                  "with Benjamini–Hochberg; a shift is flagged when its false discovery rate "
                  "(q) is at most {fdr}%. A complaint rising across at least {customers} "
                  "customers is a recurring negative experience.").format(
        window=TREND_WINDOW, n=MIN_N, tests=format_number(tests, 0),
        fdr=format_number(100 * TREND_FDR, 0), customers=RECURRING_CUSTOMERS)


def _nothing_dated(first_day, last_day) -> AnalysisError:
    if first_day is not None or last_day is not None:
        return AnalysisError(translate(
            "Trends", "Nothing is dated between {start} and {end}: no touchpoint, answer or "
                      "customer document falls in that range. Widen --from/--to.").format(
            start=first_day if first_day is not None else "…",
            end=last_day if last_day is not None else "…"))
    return AnalysisError(translate(
        "Trends", "Nothing in this project is dated: trends need touchpoints with a date (an "
                  "event log with a timestamp column, linked to customers), or survey answers "
                  "and customer documents whose rows have a date column."))


def _shift(period, first: int):
    import numpy as np

    return np.where(period >= 0, period - first, -1)


def _lookup(members: dict[int, int], customers):
    """An array: customer id → group index (-1: none), long enough for ``customers``."""
    import numpy as np

    top = max([int(customers.max()) if len(customers) else 0] + list(members) + [0])
    lookup = np.full(top + 1, -1, dtype=np.int64)
    if members:
        lookup[np.fromiter(members, np.int64)] = np.fromiter(members.values(), np.int64)
    return lookup


def _customer_stages(customers, periods, stages):
    """Distinct (customer, period, stage) of the touchpoints, as a DataFrame."""
    import pandas as pd

    keep = (periods >= 0) & (stages >= 0)
    return pd.DataFrame({"customer": customers[keep], "period": periods[keep],
                         "group": stages[keep]}).drop_duplicates()


def _place(customers, periods, own, by: TrendBy, members, stage_of):
    """(record index, group index) pairs of records: by persona the customer's persona; by
    stage the stage of the record's own touchpoint, else every stage its customer touched in
    the same period."""
    import numpy as np
    import pandas as pd

    index = np.arange(len(customers))
    if by is TrendBy.PERSONA:
        known = np.array([c is not None and c in members for c in customers], dtype=bool)
        groups = np.array([members.get(c, -1) if c is not None else -1 for c in customers],
                          dtype=np.int64)
        return index[known], groups[known]
    own = np.asarray(own, dtype=np.int64)
    direct = own >= 0
    rest = pd.DataFrame({"record": index[~direct],
                         "customer": [customers[i] for i in index[~direct]],
                         "period": np.asarray(periods)[~direct]})
    rest = rest[rest["customer"].notna() & (rest["period"] >= 0)]
    rest["customer"] = rest["customer"].astype(np.int64)
    joined = rest.merge(stage_of, on=["customer", "period"], how="inner")
    return (np.concatenate([index[direct], joined["record"].to_numpy(np.int64)]),
            np.concatenate([own[direct], joined["group"].to_numpy(np.int64)]))


def _own_stages(source_id, rows, touch, touch_group):
    """Stage index of each record's own touchpoint (same source and row), -1 when none."""
    import numpy as np
    import pandas as pd

    if touch_group is None or "source" not in touch or source_id not in touch["sources"]:
        return np.full(len(rows), -1, dtype=np.int64)
    here = touch["source"] == source_id
    table = pd.Series(touch_group[here], index=touch["row"][here])
    table = table[~table.index.duplicated()]
    found = table.reindex(pd.Index(np.asarray(rows, dtype=np.int64))).to_numpy()
    return np.where(pd.isna(found), -1, found).astype(np.int64)


def _answers(project: ProjectFile, touch: dict, ordinals, notes: list[str]) -> list[dict]:
    """Each customer-voice measure column: its spec, rows, customers, values, periods."""
    import math

    import numpy as np

    from workbench.analysis.trends import parse_days
    from workbench.domain.voc import MeasureSpec, Voice

    found = []
    for column in voc_store.measure_columns(project.db):
        try:
            spec = MeasureSpec.parse(column["measure"] or "")
        except ValueError:
            continue
        if (column["voice"] or Voice.CUSTOMER.value) != Voice.CUSTOMER.value:
            continue  # front-line scores are never mixed with customers' (as VoC)
        rows, customers, values = [], [], []
        for row, customer, value in voc_store.column_values(project.db, column["source_id"],
                                                            column["position"]):
            try:
                number = float(value) if value not in (None, "") else math.nan
            except (TypeError, ValueError):
                number = math.nan
            if math.isnan(number) or not spec.fits(number):
                continue
            rows.append(row)
            customers.append(customer)
            values.append(number)
        if not rows:
            continue
        days = _row_days(project, column["source_id"], rows, touch)
        parsed = parse_days([days.get(r) for r in rows])
        periods = ordinals(parsed)
        title = column["label"] or column["name"]
        source = (f"{column['file_name']} · {column['sheet']}" if column["sheet"]
                  else column["file_name"])
        undated = int(np.isnat(parsed).sum())
        if undated:
            notes.append(translate("Trends", "{measure}: {n} answers have no date and are in no "
                                             "period.").format(measure=title,
                                                               n=format_number(undated, 0)))
        found.append({"name": f"{source} · {title}", "spec": spec, "source": column["source_id"],
                      "rows": rows, "customers": customers, "values": np.array(values),
                      "period": periods})
    return found


def _answer_input(answer: dict, first: int, members, by: TrendBy, stage_of, touch, touch_group):
    import numpy as np

    from workbench.analysis.trends import Answers

    periods = _shift(answer["period"], first)
    own = (None if by is TrendBy.PERSONA else
           _own_stages(answer["source"], answer["rows"], touch, touch_group))
    rows, groups = _place(answer["customers"], periods, own, by, members, stage_of)
    customers = np.array([-1 if c is None else c for c in answer["customers"]], dtype=np.int64)
    return Answers(answer["name"], answer["spec"], customers, periods, answer["values"], rows,
                   groups)


def _documents(project: ProjectFile, touch: dict, ordinals, notes: list[str]) -> dict | None:
    """Customer-voice documents of linked customers with their periods (None: no codes)."""
    import numpy as np

    from workbench.analysis.trends import parse_days
    from workbench.domain.voc import Voice

    if not journey_store.coded_evidence_available(project.db):
        return None
    documents = [d for d in voc_store.documents(project.db, [Voice.CUSTOMER.value])
                 if d[1] is not None]
    if not documents:
        return None
    days: list = [None] * len(documents)
    by_source: dict[int, list[int]] = {}
    for i, d in enumerate(documents):
        if d[2] is not None and d[3] is not None:
            by_source.setdefault(d[2], []).append(i)
    for source_id, indexes in by_source.items():
        found = _row_days(project, source_id, [documents[i][3] for i in indexes], touch)
        for i in indexes:
            days[i] = found.get(documents[i][3])
    parsed = parse_days(days)
    undated = int(np.isnat(parsed).sum())
    if undated:
        notes.append(translate(
            "Trends", "{n} customer documents have no date (transcripts, or rows without a date "
                      "column) and are left out of the complaint series.").format(
            n=format_number(undated, 0)))
    return {"ids": np.array([d[0] for d in documents], dtype=np.int64),
            "customers": [d[1] for d in documents],
            "sources": [d[2] for d in documents], "rows": [d[3] for d in documents],
            "bodies": {d[0]: d[5] for d in documents}, "period": ordinals(parsed)}


def _complaint_codes(project: ProjectFile) -> tuple[list[tuple[int, str]], dict[int, set[int]]]:
    """(code id, path) of each complaint code in code-book order, and each one's subtree."""
    from workbench.analysis.journeys import is_complaint_code
    from workbench.services.evidence import code_path_of
    from workbench.store import evidence as evidence_store

    codes = {c.id: c for c in evidence_store.list_codes(project.db)}

    def names(code_id: int) -> list[str]:
        found, seen = [], set()
        while code_id in codes and code_id not in seen:
            seen.add(code_id)
            found.append(codes[code_id].name)
            code_id = codes[code_id].parent_id
        return found

    children: dict[int, list[int]] = {}
    for code in codes.values():
        if code.parent_id is not None:
            children.setdefault(code.parent_id, []).append(code.id)

    def subtree(code_id: int) -> set[int]:
        found, stack = set(), [code_id]
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(children.get(current, []))
        return found

    chosen = [c for c in codes.values() if is_complaint_code(names(c.id))]
    paths = {c.id: code_path_of(codes, c.id) for c in chosen}
    chosen.sort(key=lambda c: paths[c.id])
    return [(c.id, paths[c.id]) for c in chosen], {c.id: subtree(c.id) for c in chosen}


def _voices_input(project: ProjectFile, documents, first: int, members, by: TrendBy, stage_of,
                  touch, touch_group, notes: list[str]):
    import numpy as np

    from workbench.analysis.trends import Voices

    if documents is None:
        return None
    codes, subtrees = _complaint_codes(project)
    if not codes:
        notes.append(translate("Trends", "No code of the code book names a complaint (complaint, "
                                         "problem, friction, pain...): there are no complaint "
                                         "series."))
        return None
    periods = _shift(documents["period"], first)
    own = np.full(len(periods), -1, dtype=np.int64)
    if by is TrendBy.STAGE:
        for source_id in {s for s in documents["sources"] if s is not None}:
            where = [i for i, s in enumerate(documents["sources"]) if s == source_id]
            own[where] = _own_stages(source_id, [documents["rows"][i] for i in where], touch,
                                     touch_group)
    records, groups = _place(documents["customers"], periods, own, by, members, stage_of)
    # every dated document once for "all" (group -1), then once per group it counts for
    everyone = np.flatnonzero(periods >= 0)
    rows = np.concatenate([everyone, records])
    groups = np.concatenate([np.full(len(everyone), -1, dtype=np.int64), groups])
    position = {int(d): i for i, d in enumerate(documents["ids"])}
    having: dict[int, set[int]] = {}
    for document_id, code_id, _s, _e in voc_store.codings(project.db):
        if document_id in position:
            having.setdefault(code_id, set()).add(position[document_id])
    carries = []
    for code_id, _path in codes:
        marked = np.zeros(len(documents["ids"]), dtype=bool)
        for member in subtrees[code_id]:
            if member in having:
                marked[list(having[member])] = True
        carries.append(marked[rows])
    customers = np.array(documents["customers"], dtype=np.int64)
    return Voices(documents["ids"][rows], customers[rows], periods[rows], groups, codes, carries)


def _passages(project: ProjectFile, series, voices, documents, groups,
              tested: tuple[int, int]) -> list[dict]:
    """Up to PASSAGES whole sentences, from different documents of the window (latest
    first), of the group's customers, carrying the series' code or a child code."""
    import numpy as np

    from workbench.services.voc import sentence_around
    from workbench.store import evidence as evidence_store

    if voices is None or series.code_id is None:
        return []
    code_index = next(i for i, (c, _p) in enumerate(voices.codes) if c == series.code_id)
    low, high = tested
    chosen = (voices.carries[code_index] & (voices.period >= max(high - TREND_WINDOW, low))
              & (voices.period < high))
    if series.group_key == "all":
        chosen &= voices.group == -1
    else:
        chosen &= voices.group == groups.keys.index(series.group_key)
    order = np.lexsort((voices.document[chosen], -voices.period[chosen]))
    wanted = list(dict.fromkeys(int(d) for d in voices.document[chosen][order]))
    _codes, subtrees = _complaint_codes(project)
    codes = subtrees.get(series.code_id, {series.code_id})
    spans: dict[int, tuple[int, int]] = {}
    for document_id, code_id, start, end in voc_store.codings(project.db):
        if code_id in codes and document_id not in spans and document_id in set(wanted):
            spans[document_id] = (start, end)
    sentences = []
    for document_id in wanted:
        if document_id in spans:
            body = documents["bodies"][document_id]
            start, end = sentence_around(body, *spans[document_id])
            sentences.append((document_id, start, end, body[start:end]))
    # different wordings first: three documents saying the same sentence tell less
    seen: set[str] = set()
    fresh = [s for s in sentences if not (s[3] in seen or seen.add(s[3]))]
    chosen = (fresh + [s for s in sentences if s not in fresh])[:PASSAGES]
    found = []
    for document_id, start, end, text in chosen:
        document = evidence_store.get_document(project.db, document_id)
        found.append({"document_id": document_id, "start": start, "end": end, "text": text,
                      "title": document.title if document else ""})
    return found


# --------------------------------------------------------------------------- export


def trends_table(report: TrendReport):
    """The report as one long table: a row per series and period, columns
    :data:`EXPORT_COLUMNS`. ``group`` is the persona or stage ("Everyone" for all),
    ``kind`` the MetricKind value, ``value`` a share (0–1), NPS, mean or count as
    ``unit`` says, ``flagged`` "yes" on every row of a series with a flag."""
    from workbench.export.tables import DECIMAL, INTEGER, TEXT, Column, Table

    flagged = {f.series for f in report.flags}
    kinds = (TEXT, TEXT, TEXT, TEXT, TEXT, DECIMAL, INTEGER, INTEGER, TEXT)
    table = Table(translate("Trends", "Trends"),
                  [Column(name, kind) for name, kind in zip(EXPORT_COLUMNS, kinds, strict=True)])
    everyone = translate("Trends", "Everyone")
    for index, series in enumerate(report.series):
        for point in series.points:
            table.rows.append([series.group or everyone, series.kind.value, series.metric,
                               series.unit, point.period, point.value, point.n, point.count,
                               "yes" if index in flagged else "no"])
    return table


def export_trends(report: TrendReport, path: Path | str, task: Task | None = None) -> Path:
    """Write :func:`trends_table` as CSV or XLSX (by the suffix); returns the path written."""
    from workbench.services.table_export import FORMATS, write_table

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(translate("Trends", "Trends are written as .csv or .xlsx, not "
                                              "'{name}'.").format(name=path.name))
    write_table(trends_table(report), path, fmt, ensure_task(task))
    return path


__all__ = ["EXPORT_COLUMNS", "export_trends", "method_sentence", "trend_report",
           "trends_table"]
