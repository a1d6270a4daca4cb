"""``workbench trends``: monthly or weekly series per persona or journey stage, with flags.

Text by default: the flagged shifts first (recurring negative experiences with their
passages), then per group a compact listing of each series with the n behind every
point. ``--export`` also writes the long table (CSV or XLSX). ``--json`` prints one
document with the keys

- schema ("persona-workbench/trends/1"), project, export (null or {path, rows}),
- by, period, periods, set_id, journey_id, window, compared (the periods the window
  tests compared with the ones before), method, notes,
- series: [{group, group_key, kind, metric, unit, code_id,
  points: [{period, value, n, count}]}],
- flags: [{series (index in series), test ("window" | "trend"), direction ("up" |
  "down"), before, after, p_value, q_value, recurring,
  passages: [{document_id, start, end, text, title}]}].
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli.common import AddCommand, _out, count
from workbench.errors import WorkbenchError
from workbench.i18n import MINUS, format_number, translate

#: Version of the ``--json`` document's shape (``persona-workbench/trends/N``).
JSON_VERSION = 1


def _check_export(path: Path | None) -> None:
    if path is not None and path.suffix.lower() not in (".csv", ".xlsx"):
        raise WorkbenchError(translate(
            "Cli", "Trends are written as .csv or .xlsx, not '{name}'.").format(name=path.name))


def cmd_trends(args: argparse.Namespace) -> int:
    from workbench.domain.living import Period, TrendBy
    from workbench.services import trends
    from workbench.services.project import open_project

    _check_export(args.export)
    with open_project(args.project, readonly=True) as project:
        report = trends.trend_report(project, set_id=args.set, journey_id=args.journey,
                                     by=TrendBy(args.by), period=Period(args.period),
                                     start=args.start, end=args.end)
    exported = None
    if args.export is not None:
        exported = trends.export_trends(report, args.export)
    if args.json:
        from workbench.cli.json_output import schema, write_json

        rows = sum(len(s.points) for s in report.series)
        write_json({"schema": schema("trends", JSON_VERSION), "project": str(args.project),
                    "export": None if exported is None else {"path": str(exported),
                                                             "rows": rows},
                    **report.to_dict()})
    else:
        _print_report(report, exported)
    return 0


# --------------------------------------------------------------------------- text


def _value(unit: str, value: float | None) -> str:
    if value is None:
        return "—"
    if unit == "share":
        return format_number(100 * value, 1) + "%"
    if unit == "nps":
        text = format_number(value, 1)
        return text if text.startswith(MINUS) or value <= 0 else "+" + text
    if unit == "count":
        return format_number(value, 0)
    return format_number(value, 2)


def _group(series) -> str:
    return series.group or translate("Cli", "Everyone")


def _metric(series) -> str:
    from workbench.domain.living import MetricKind

    names = {MetricKind.ACTIVE: translate("Cli", "active customers"),
             MetricKind.OUTCOME: translate("Cli", "outcome “{metric}”"),
             MetricKind.MEASURE: translate("Cli", "score {metric}"),
             MetricKind.FRICTION: translate("Cli", "low-scored touchpoints (friction)"),
             MetricKind.COMPLAINT: translate("Cli", "complaint {metric}")}
    return names[series.kind].format(metric=series.metric)


def _p(value: float) -> str:
    return "< 0.001" if value < 0.001 else format_number(value, 3)


def _flag_line(report, flag) -> str:
    series = report.series[flag.series]
    test = (translate("Cli", "last {window} periods vs before").format(window=report.window)
            if flag.test == "window" else translate("Cli", "rising over all periods"))
    arrow = "▲" if flag.direction.value == "up" else "▼"
    return translate("Cli", "{arrow} {group} · {metric}: {before} → {after} ({test}; p {p}, "
                            "q {q})").format(
        arrow=arrow, group=_group(series), metric=_metric(series),
        before=_value(series.unit, flag.before), after=_value(series.unit, flag.after),
        test=test, p=_p(flag.p_value), q=_p(flag.q_value))


def _print_report(report, exported) -> None:
    by = translate("Cli", "persona") if report.by.value == "persona" else translate("Cli", "stage")
    span = f"{report.periods[0]} … {report.periods[-1]}" if report.periods else "—"
    _out(translate("Cli", "Trends by {by}, {n} periods ({span})").format(
        by=by, n=count(len(report.periods)), span=span))
    _out()
    # one line per series: its strongest flag (flags come strongest first)
    strongest: dict[int, object] = {}
    for flag in report.flags:
        strongest.setdefault(flag.series, flag)
    recurring = [f for f in strongest.values()
                 if any(g.recurring for g in report.flags if g.series == f.series)]
    if recurring:
        _out(translate("Cli", "Recurring negative experiences"))
        for flag in recurring:
            _out("  " + _flag_line(report, flag))
            passages = next(g.passages for g in report.flags
                            if g.series == flag.series and g.recurring)
            for passage in passages:
                _out(translate("Cli", "      “{text}” ({title})").format(
                    text=passage["text"], title=passage["title"]))
        _out()
    others = [f for f in strongest.values() if f not in recurring]
    if others:
        _out(translate("Cli", "Shifts unlikely to be chance"))
        for flag in others:
            _out("  " + _flag_line(report, flag))
        _out()
    if not report.flags:
        _out(translate("Cli", "No shift is flagged: nothing moved more than chance would."))
        _out()
    flagged = {f.series for f in report.flags}
    current = None
    for index, series in enumerate(report.series):
        if series.group_key != current:
            if current is not None:
                _out()
            current = series.group_key
            _out(_group(series))
        mark = " *" if index in flagged else ""
        _out(f"  {_metric(series)}{mark}")
        points = ", ".join(translate("Cli", "{period} {value} (n={n})").format(
            period=p.period, value=_value(series.unit, p.value), n=format_number(p.n, 0))
            for p in series.points)
        _out(f"    {points}")
    if report.flags:
        _out()
        _out(translate("Cli", "* flagged series"))
    _out()
    _out(report.method)
    for note in report.notes:
        _out(translate("Cli", "Note: {note}").format(note=note))
    if exported is not None:
        _out(translate("Cli", "Wrote {rows} rows to {path}.").format(
            rows=format_number(sum(len(s.points) for s in report.series), 0), path=exported))


# --------------------------------------------------------------------------- registration


def register(add: AddCommand) -> None:
    sub = add("trends", translate(
        "Cli", "Trends: monthly or weekly series per persona or journey stage of active "
               "customers, outcome rates, score measures, friction and complaint codes, with "
               "the n behind every point; shifts unlikely to be chance are flagged."),
        cmd_trends)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--set", type=int, metavar="ID", help=translate(
        "Cli", "persona set whose personas are the groups (default: the newest)"))
    sub.add_argument("--by", choices=("persona", "stage"), default="persona", help=translate(
        "Cli", "group customers by persona (default) or by journey stage"))
    sub.add_argument("--journey", type=int, metavar="ID", help=translate(
        "Cli", "journey map whose stages --by stage uses (default: the newest with actions "
               "mapped to stages)"))
    sub.add_argument("--period", choices=("month", "week"), default="month", help=translate(
        "Cli", "one point per month (default) or per ISO week"))
    sub.add_argument("--from", dest="start", metavar="DATE", help=translate(
        "Cli", "leave out what happened before DATE (e.g. 2024-01-01)"))
    sub.add_argument("--to", dest="end", metavar="DATE", help=translate(
        "Cli", "leave out what happened after DATE (inclusive)"))
    sub.add_argument("--export", type=Path, metavar="FILE", help=translate(
        "Cli", "also write the series as a long table to FILE.csv or FILE.xlsx"))
    sub.add_argument("--json", action="store_true", help=translate(
        "Cli", "print a JSON document (keys in the README)"))
