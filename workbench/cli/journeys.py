"""Journey commands: create journey maps from personas, print one, list and compare them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import AddCommand, _out, _progress_printer, count
from workbench.errors import WorkbenchError
from workbench.i18n import translate


def _personas_to_map(project) -> list[int]:
    """Without --persona: the personas of the newest set that have no journey map yet."""
    from workbench.services import journeys as service
    from workbench.services.personas import persona_sets, personas_of

    sets = persona_sets(project)
    if not sets:
        raise WorkbenchError(translate(
            "Cli", "This project has no personas yet: create them with 'workbench personas "
            "PROJECT', then make their journey maps."))
    mapped = {j.persona_id for j in service.journeys(project)}
    return [p.id for p in personas_of(project, sets[-1].id) if p.id not in mapped]


def cmd_journey(args: argparse.Namespace) -> int:
    from workbench.progress import Task
    from workbench.services import journeys as service
    from workbench.services.project import open_project

    readonly = args.show is not None and not args.refresh
    with open_project(args.project, readonly=readonly) as project:
        if args.show is not None:
            if args.refresh:
                service.refresh_observed(project, args.show)
            journey = service.get_journey(project, args.show)
            if args.members is not None:
                members = service.friction_members(project, journey.id, args.members)
                _out(translate("Cli", "{n} members behind card {card}:").format(
                    n=count(len(members)), card=args.members))
                _out(" ".join(str(m) for m in members))
                return 0
            _print_journey(journey, service.disagreements(project, journey.id))
            return 0
        personas = [args.persona] if args.persona is not None else _personas_to_map(project)
        if not personas:
            _out(translate("Cli", "Every persona of the newest set has a journey map already; "
                           "'workbench journeys PROJECT' lists them, --persona ID makes another."))
            return 0
        show_progress = sys.stderr.isatty() and not args.quiet
        for persona in personas:
            journey_id = service.create_journey(project, persona, template=args.template,
                                                name=args.name,
                                                task=Task(_progress_printer(show_progress)))
            if show_progress:
                print(file=sys.stderr)
            if len(personas) > 1:
                _out("")
            _print_journey(service.get_journey(project, journey_id),
                           service.disagreements(project, journey_id))
    return 0


def _percent(value: float) -> str:
    return f"{value:.0%}"


def _hours(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 48:
        return translate("Cli", "{n:.1f} days").format(n=value / 24)
    return translate("Cli", "{n:.1f} h").format(n=value)


def _print_journey(journey, disagreements) -> None:
    from workbench.domain.journeys import LANE_EMOTION

    _out(translate("Cli", "Journey map {id}: {name}").format(id=journey.id, name=journey.name))
    _out(translate("Cli", "  persona {persona}, template {template}, {stages} stages").format(
        persona=journey.persona_name or "—", template=journey.template,
        stages=count(len(journey.stages))))
    observed = journey.observed
    if observed is not None:
        _out(translate("Cli", "  observed: {members} members, {with_events} with touchpoints, "
                       "{events} events ({unstaged} without a stage); median time between steps "
                       "{gap}").format(members=count(observed.members),
                                       with_events=count(observed.members_with_events),
                                       events=count(observed.events), unstaged=count(observed.unstaged_events),
                                       gap=_hours(observed.median_gap_hours)))
    figures = {s.stage_id: s for s in observed.stages} if observed else {}
    by_stage: dict[int, list] = {}
    for item in disagreements:
        by_stage.setdefault(item.stage_id, []).append(item)
    for number, stage in enumerate(journey.stages, start=1):
        _out()
        _out(f"{number}. {stage.name}")
        seen = figures.get(stage.id)
        if seen is not None:
            channels = ", ".join(f"{c} {_percent(s)}" for c, s in list(seen.channel_shares.items())[:4])
            _out(translate("Cli", "   observed: {members} members ({share}), {events} events; "
                           "channels: {channels}").format(members=count(seen.members),
                                                          share=_percent(seen.share),
                                                          events=count(seen.events),
                                                          channels=channels or "—"))
            _out(translate("Cli", "   time to this step: median {median}, p90 {p90}; repeat "
                           "contacts {repeats}; drop-out {dropped}; negative {negative} "
                           "({rate})").format(median=_hours(seen.median_gap_hours),
                                              p90=_hours(seen.p90_gap_hours),
                                              repeats=count(seen.repeat_contacts),
                                              dropped=count(seen.dropped_out),
                                              negative=count(seen.negative_events),
                                              rate=_percent(seen.negative_share)))
        for lane in journey.lanes:
            if lane.hidden:
                continue
            if lane.kind == LANE_EMOTION:
                emotion = journey.emotion(stage.id)
                if emotion.value is None:
                    text = "—"
                elif emotion.overridden:
                    text = translate("Cli", "{value:+.1f} (set by the researcher; evidence "
                                     "{observed}, n = {n})").format(
                        value=emotion.value, n=count(emotion.observed_n),
                        observed="—" if emotion.observed is None else f"{emotion.observed:+.1f}")
                else:
                    text = translate("Cli", "{value:+.1f} (from scores, n = {n})").format(
                        value=emotion.value, n=count(emotion.observed_n))
                _out(f"   {lane.name}: {text}")
                continue
            cards = journey.cell(lane.id, stage.id)
            if not cards:
                continue
            _out(f"   {lane.name}:")
            for card in cards:
                mark = translate("Cli", " [observed, card {id}]").format(id=card.id) \
                    if card.origin == "observed" else ""
                _out(f"     - {card.text}{mark}")
        for item in by_stage.get(stage.id, []):
            _out(translate("Cli", "   ! designed vs observed: {message}").format(message=item.message))
    if observed is not None and observed.transitions:
        _out()
        _out(translate("Cli", "Most common channel switches:"))
        for move in observed.transitions[:8]:
            _out(f"  {move.source} → {move.target}: {move.count} ({_percent(move.share)})")
    if observed is not None and observed.friction:
        _out()
        _out(translate("Cli", "Friction points (see the members behind one with --show {id} "
                       "--members CARD):").format(id=journey.id))
        from workbench.analysis.journeys import describe_friction

        for point in observed.friction:
            _out(f"  [{point.stage}] {describe_friction(point)}")


def cmd_journeys(args: argparse.Namespace) -> int:
    from workbench.services import journeys as service
    from workbench.services.project import open_project

    with open_project(args.project, readonly=True) as project:
        if args.compare:
            comparison = service.compare_journeys(project, args.compare)
            width = max([len(label) for label in comparison.stage_labels] + [10])
            _out(" " * width + "".join(f"  {c.journey_id:>8}" for c in comparison.curves))
            for i, label in enumerate(comparison.stage_labels):
                values = "".join(
                    f"  {'—' if c.values[i] is None else format(c.values[i], '+.1f'):>8}"
                    for c in comparison.curves)
                _out(f"{label:<{width}}{values}")
            for curve in comparison.curves:
                _out(translate("Cli", "{id}: {name} ({persona})").format(
                    id=curve.journey_id, name=curve.journey_name, persona=curve.persona_name or "—"))
            return 0
        found = service.journeys(project, args.persona)
        if not found:
            _out(translate("Cli", "No journey maps yet. Create one with 'workbench journey PROJECT "
                           "--persona ID'."))
        for journey in found:
            _out(translate("Cli", "{id:>4}  {name}  (persona {persona}, {stages} stages, {cards} "
                           "cards, changed {when})").format(
                id=journey.id, name=journey.name, persona=journey.persona_name or "—",
                stages=journey.stage_count, cards=journey.card_count,
                when=journey.updated_at[:16].replace("T", " ")))
    return 0


def register(add: AddCommand) -> None:
    """Add this module's commands to the parser."""
    sub = add("journey", translate("Cli", "Create a journey map for a persona, with the observed "
                                   "journey of its members filled in, and print it; or print "
                                   "an existing map with --show."), cmd_journey)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--persona", type=int, metavar="ID",
                     help=translate("Cli", "persona the map is for (see 'workbench persona "
                                    "PROJECT'; default: one map for each persona of the newest "
                                    "set that has none yet)"))
    sub.add_argument("--template", default="problem", metavar="problem|classic|NAME",
                     help=translate("Cli", "stages of the new map: problem (problem discovery to "
                                    "delivery of the solution), classic (awareness to loyalty) "
                                    "or a saved template's name (default: problem)"))
    sub.add_argument("--name", help=translate("Cli", "name of the new map (default: 'Journey of "
                                              "PERSONA')"))
    sub.add_argument("--show", type=int, metavar="ID",
                     help=translate("Cli", "print journey map ID instead of creating one"))
    sub.add_argument("--refresh", action="store_true",
                     help=translate("Cli", "with --show: recompute the observed journey first"))
    sub.add_argument("--members", type=int, metavar="CARD",
                     help=translate("Cli", "with --show: print the customer ids behind the "
                                    "friction point of this card"))
    sub.add_argument("--quiet", action="store_true", help=translate("Cli", "do not show progress"))

    sub = add("journeys", translate("Cli", "List journey maps, or compare their emotion curves."),
              cmd_journeys)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--persona", type=int, metavar="ID",
                     help=translate("Cli", "only the maps of this persona"))
    sub.add_argument("--compare", type=int, nargs="+", metavar="ID",
                     help=translate("Cli", "print the emotion per stage of these maps side by side"))
