"""``workbench voc``, ``workbench drivers`` and ``workbench voice``: voice of the customer.

Text by default; ``--json`` prints one document whose keys are listed in the
README ("Voice of the customer"):

- voc: schema, project, by, voice, rows, sentiment, notes, export;
- drivers: schema, project, measure, voice, persona_set_id, persona_id, low_n, high_n,
  drivers, notes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli.common import AddCommand, _out
from workbench.errors import WorkbenchError
from workbench.i18n import format_number, translate

#: Version of the ``--json`` documents' shape (``persona-workbench/voc/N``, ``.../drivers/N``).
JSON_VERSION = 1
_BY = ("overall", "persona", "stage", "channel", "month", "source")
_VOICES = ("customer", "frontline", "both")


def _voice(text: str):
    from workbench.domain.voc import Voice

    return None if text == "both" else Voice(text)


def _check_export(path: Path | None) -> None:
    if path is not None and path.suffix.lower() not in (".csv", ".xlsx"):
        raise WorkbenchError(translate(
            "Cli", "Measures are written as .csv or .xlsx, not '{name}'.").format(name=path.name))


# --------------------------------------------------------------------------- voc


def cmd_voc(args: argparse.Namespace) -> int:
    from workbench.domain.voc import GroupBy
    from workbench.services import voc
    from workbench.services.project import open_project

    _check_export(args.export)
    by = GroupBy(args.by)
    options = {"persona_set_id": args.set, "journey_id": args.journey,
               "voice": _voice(args.voice)}
    with open_project(args.project, readonly=True) as project:
        report = voc.voc_report(project, by=by, **options)
        exported = None
        if args.export is not None:
            exported = voc.export_measures(project, args.export, by=by, **options)
    if args.json:
        _voc_document(args, report, exported)
    else:
        _print_report(report, exported)
    return 0


def row_dict(row) -> dict:
    """One measure row as the JSON document and the export name its fields."""
    r = row.result
    return {"measure": row.measure, "kind": row.spec.kind.value,
            "scale": f"{row.spec.low}-{row.spec.high}", "voice": row.voice.value,
            "group_by": row.group_by.value, "group": row.group, "label": row.label, "n": r.n,
            "value": r.value, "low": r.low, "high": r.high, "promoters": r.promoters,
            "passives": r.passives, "detractors": r.detractors, "small_n": r.small}


def _voc_document(args, report, exported) -> None:
    from workbench.cli.json_output import schema, write_json

    write_json({
        "schema": schema("voc", JSON_VERSION),
        "project": str(args.project),
        "by": report.by.value,
        "voice": args.voice,
        "rows": [row_dict(row) for row in report.rows],
        "sentiment": [{"group": s.group, "label": s.label, "n": s.n, "positive": s.positive,
                       "neutral": s.neutral, "negative": s.negative, "voice": s.voice.value}
                      for s in report.sentiment],
        "notes": list(report.notes),
        "export": None if exported is None else {"path": str(exported),
                                                 "rows": len(report.rows)},
    })


def _share(value: float | None) -> str:
    return "—" if value is None else format_number(100 * value, 1) + "%"


def _value(kind, value: float | None) -> str:
    from workbench.domain.voc import MeasureKind

    if value is None:
        return "—"
    if kind is MeasureKind.NPS:
        return format_number(value, 1)
    if kind is MeasureKind.CSAT:
        return format_number(value, 1) + "%"
    return format_number(value, 2)


def _voice_name(voice) -> str:
    from workbench.domain.voc import Voice

    return translate("Cli", "front-line") if voice is Voice.FRONTLINE else translate(
        "Cli", "customer")


def _shares(row) -> str:
    from workbench.domain.voc import MeasureKind

    r = row.result
    if r.n == 0:
        return ""
    if row.spec.kind is MeasureKind.NPS:
        return translate("Cli", "promoters {p}, passives {m}, detractors {d}").format(
            p=_share(r.promoters), m=_share(r.passives), d=_share(r.detractors))
    if row.spec.kind is MeasureKind.CSAT:
        return translate("Cli", "satisfied {p}, dissatisfied {d}").format(
            p=_share(r.promoters), d=_share(r.detractors))
    return translate("Cli", "high {p}, middle {m}, low {d}").format(
        p=_share(r.promoters), m=_share(r.passives), d=_share(r.detractors))


def _print_report(report, exported) -> None:
    from workbench.domain.voc import SMALL_N

    current = None
    for row in report.rows:
        heading = (row.measure, row.voice)
        if heading != current:
            if current is not None:
                _out()
            current = heading
            _out(translate("Cli", "{measure} ({kind} {low}–{high}, {voice} voice)").format(
                measure=row.measure, kind=row.spec.kind.value.upper(), low=row.spec.low,
                high=row.spec.high, voice=_voice_name(row.voice)))
        r = row.result
        interval = ("" if r.low is None else translate("Cli", " ({low} to {high})").format(
            low=_value(row.spec.kind, r.low), high=_value(row.spec.kind, r.high)))
        small = translate("Cli", " (small n)") if r.small else ""
        shares = _shares(row)
        _out(translate("Cli", "  {label}: {value}{interval}, n = {n}{small}{shares}").format(
            label=row.label, value=_value(row.spec.kind, r.value), interval=interval,
            n=format_number(r.n, 0), small=small, shares=f"; {shares}" if shares else ""))
    if not report.rows:
        _out(translate("Cli", "No measures to show for this grouping."))
    if report.sentiment:
        _out()
        _out(translate("Cli", "Sentiment of the open answers (a signal from word lists, not a "
                              "score)"))
        for s in report.sentiment:
            _out(translate("Cli", "  {label} ({voice}): positive {positive}, neutral {neutral}, "
                                  "negative {negative}, n = {n}").format(
                label=s.label, voice=_voice_name(s.voice), positive=_share(s.positive),
                neutral=_share(s.neutral), negative=_share(s.negative),
                n=format_number(s.n, 0)))
    if any(r.result.small for r in report.rows):
        _out()
        _out(translate("Cli", "Small n: fewer than {n} answers; read those figures with care."
                       ).format(n=SMALL_N))
    for note in report.notes:
        _out(translate("Cli", "Note: {note}").format(note=note))
    if exported is not None:
        _out(translate("Cli", "Wrote {rows} rows to {path}.").format(
            rows=format_number(len(report.rows), 0), path=exported))


# --------------------------------------------------------------------------- drivers


def _measure_id(project, reference: str | None) -> int | None:
    from workbench.services import voc

    if reference is None:
        return None
    columns = voc.measure_columns(project)
    if reference.strip().isdigit():
        return int(reference)
    wanted = reference.strip().casefold()
    found = [c for c in columns if wanted in (c.name.casefold(), c.label.casefold())]
    if len(found) == 1:
        return found[0].column_id
    names = ", ".join(f"{c.column_id} ({c.source} · {c.title})" for c in columns) or "—"
    if not found:
        raise WorkbenchError(translate(
            "Cli", "No measure column is called '{name}'. The measures are: {names}.").format(
            name=reference, names=names))
    raise WorkbenchError(translate(
        "Cli", "Several measure columns are called '{name}': give its number, one of {names}."
    ).format(name=reference, names=names))


def cmd_drivers(args: argparse.Namespace) -> int:
    from workbench.domain.voc import Voice
    from workbench.services import voc
    from workbench.services.project import open_project

    if args.limit is not None and args.limit < 1:
        raise WorkbenchError(translate("Cli", "--limit must be 1 or more."))
    with open_project(args.project, readonly=True) as project:
        report = voc.key_drivers(project, _measure_id(project, args.measure),
                                 persona_set_id=args.set, persona_id=args.persona,
                                 voice=Voice(args.voice), limit=args.limit)
    if args.json:
        _drivers_document(args, report)
    else:
        _print_drivers(report)
    return 0


def _drivers_document(args, report) -> None:
    from workbench.cli.json_output import schema, write_json

    m = report.measure
    write_json({
        "schema": schema("drivers", JSON_VERSION),
        "project": str(args.project),
        "measure": {"column_id": m.column_id, "source_id": m.source_id, "source": m.source,
                    "name": m.name, "label": m.label, "kind": m.spec.kind.value,
                    "scale": f"{m.spec.low}-{m.spec.high}", "voice": m.voice.value,
                    "answers": m.answers},
        "voice": args.voice,
        "persona_set_id": args.set,
        "persona_id": args.persona,
        "low_n": report.low_n,
        "high_n": report.high_n,
        "drivers": [{"kind": d.kind.value, "label": d.label, "key": d.key, "lift": d.lift,
                     "lift_low": d.lift_low, "lift_high": d.lift_high, "low_with": d.low_with,
                     "low_n": d.low_n, "high_with": d.high_with, "high_n": d.high_n,
                     "low_share": d.low_share, "high_share": d.high_share,
                     "significant": d.significant,
                     "examples": [{"document_id": e.document_id, "start": e.start, "end": e.end,
                                   "text": e.text, "customer": e.customer_label,
                                   "voice": e.voice.value} for e in d.examples]}
                    for d in report.drivers],
        "notes": list(report.notes),
    })


def _print_drivers(report) -> None:
    from workbench.domain.voc import MeasureKind

    m = report.measure
    nps = m.spec.kind is MeasureKind.NPS
    _out(translate("Cli", "Key drivers of {measure} ({source}, {voice} voice)").format(
        measure=m.title, source=m.source, voice=_voice_name(m.voice)))
    if nps:
        _out(translate("Cli", "Detractors: {low}; promoters: {high}").format(
            low=format_number(report.low_n, 0), high=format_number(report.high_n, 0)))
    else:
        _out(translate("Cli", "Low scorers: {low}; high scorers: {high}").format(
            low=format_number(report.low_n, 0), high=format_number(report.high_n, 0)))
    kinds = {"code": translate("Cli", "code"), "theme": translate("Cli", "theme"),
             "attribute": translate("Cli", "attribute")}
    for rank, d in enumerate(report.drivers, start=1):
        mark = "" if d.significant else translate("Cli", " (not significant)")
        _out(translate("Cli", "{rank}. {label} [{kind}]: {lift}× ({low} to {high}){mark}; "
                              "{low_with} of {low_n} low vs {high_with} of {high_n} high").format(
            rank=rank, label=d.label, kind=kinds.get(d.kind.value, d.kind.value),
            lift=format_number(d.lift, 2), low=format_number(d.lift_low, 2),
            high=format_number(d.lift_high, 2), mark=mark,
            low_with=format_number(d.low_with, 0), low_n=format_number(d.low_n, 0),
            high_with=format_number(d.high_with, 0), high_n=format_number(d.high_n, 0)))
        for e in d.examples:
            who = e.customer_label or translate("Cli", "unknown customer")
            _out(translate("Cli", "     “{text}” — {who}").format(text=" ".join(e.text.split()),
                                                                 who=who))
    if not report.drivers:
        _out(translate("Cli", "No drivers: too few respondents with codes, themes or attributes "
                              "in the low and high bands."))
    for note in report.notes:
        _out(translate("Cli", "Note: {note}").format(note=note))


# --------------------------------------------------------------------------- voice


def cmd_voice(args: argparse.Namespace) -> int:
    from workbench.domain.voc import Voice
    from workbench.services import voc
    from workbench.services.project import open_project

    values = list(args.values)
    if args.document is not None:
        if len(values) != 1 or values[0] not in ("customer", "frontline", "source"):
            raise WorkbenchError(translate(
                "Cli", "Say the document's voice: 'workbench voice PROJECT --document ID "
                       "customer|frontline|source' (source: as its source)."))
        wanted = None if values[0] == "source" else Voice(values[0])
        with open_project(args.project) as project:
            previous = voc.set_document_voice(project, args.document, wanted)
            now = voc.document_voice(project, args.document)
        _out(translate("Cli", "Document {id}: {voice} voice (its own voice was {previous}).").format(
            id=args.document, voice=_voice_name(now),
            previous=_voice_name(previous) if previous else translate("Cli", "as its source")))
        return 0
    if len(values) != 2 or not values[0].isdigit() or values[1] not in ("customer", "frontline"):
        raise WorkbenchError(translate(
            "Cli", "Say the source and its voice: 'workbench voice PROJECT SOURCE_ID "
                   "customer|frontline' (source numbers: 'workbench sources PROJECT')."))
    with open_project(args.project) as project:
        previous = voc.set_source_voice(project, int(values[0]), Voice(values[1]))
    _out(translate("Cli", "Source {id}: {voice} voice (was {previous}).").format(
        id=values[0], voice=_voice_name(Voice(values[1])), previous=_voice_name(previous)))
    return 0


# --------------------------------------------------------------------------- registration


def register(add: AddCommand) -> None:
    sub = add("voc", translate(
        "Cli", "Voice of the customer: NPS, CSAT, CES and ratings with their intervals, overall or "
               "by persona, stage, channel, month or source; sentiment of the open answers."),
        cmd_voc)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--by", choices=_BY, default="overall", help=translate(
        "Cli", "break the measures down by this (default: overall)"))
    sub.add_argument("--set", type=int, metavar="ID", help=translate(
        "Cli", "persona set for --by persona (default: the newest)"))
    sub.add_argument("--journey", type=int, metavar="ID", help=translate(
        "Cli", "journey map whose stages --by stage uses (default: the newest)"))
    sub.add_argument("--voice", choices=_VOICES, default="customer", help=translate(
        "Cli", "whose answers: customer (default), frontline (staff) or both, kept apart"))
    sub.add_argument("--json", action="store_true", help=translate(
        "Cli", "print a JSON document (keys in the README)"))
    sub.add_argument("--export", type=Path, metavar="FILE", help=translate(
        "Cli", "also write the table to FILE.csv or FILE.xlsx"))

    sub = add("drivers", translate(
        "Cli", "Key drivers of a measure: codes, themes and attribute levels over-represented "
               "among detractors (low scorers) against promoters, with example quotes."),
        cmd_drivers)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--measure", metavar="COLUMN", help=translate(
        "Cli", "the measure column, by number or name (default: the first NPS column)"))
    sub.add_argument("--set", type=int, metavar="ID", help=translate(
        "Cli", "persona set the --persona belongs to"))
    sub.add_argument("--persona", type=int, metavar="ID", help=translate(
        "Cli", "only this persona's members"))
    sub.add_argument("--voice", choices=("customer", "frontline"), default="customer",
                     help=translate("Cli", "whose answers and words: customer (default) or "
                                           "frontline; never mixed"))
    sub.add_argument("--limit", type=int, default=15, metavar="N", help=translate(
        "Cli", "show at most N drivers (default 15)"))
    sub.add_argument("--json", action="store_true", help=translate(
        "Cli", "print a JSON document (keys in the README)"))

    sub = add("voice", translate(
        "Cli", "Mark whose voice a source (or one document) is: customer or frontline (store "
               "staff, call centre, chat agents). Changes the project."), cmd_voice)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.usage = ("workbench voice PROJECT SOURCE_ID {customer,frontline}\n"
                 "       workbench voice PROJECT --document ID {customer,frontline,source}")
    sub.add_argument("values", nargs="+", metavar="SOURCE_ID VOICE", help=translate(
        "Cli", "the source number and customer or frontline; with --document only the voice "
               "(customer, frontline, or source: as its source)"))
    sub.add_argument("--document", type=int, metavar="ID", help=translate(
        "Cli", "mark one document instead of a source"))
