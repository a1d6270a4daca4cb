"""The bundled sample shows every capability working on believable data."""

from __future__ import annotations

import pytest
from workbench.sample_projects.build_sample import CODE_BOOK, build_sample

from workbench.services import evidence
from workbench.services.personas import persona_quotes, persona_sets, personas_of
from workbench.services.project import open_project, project_info


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("sample") / "sample.pwb")


def test_sample_has_linked_customers_and_four_personas(sample):
    with open_project(sample, readonly=True) as project:
        info = project_info(project)
        assert info.sources == 6, "CRM, survey, interviews, touchpoints, staff notes, later CRM"
        assert info.customers == 2300, \
            "every source links to the 2,000 CRM customers; the later export adds 300"
        (persona_set,) = persona_sets(project)
        assert len(personas_of(project, persona_set.id)) == 4


def test_sample_code_book_is_applied_and_every_persona_has_its_own_quotes(sample):
    with open_project(sample, readonly=True) as project:
        book = {c.code.name: c for c in evidence.code_book(project)}
        for parent, name, _colour, _answers in CODE_BOOK:
            assert book[name].codings > 0, f"{name} codes nothing"
            assert book[name].code.parent_id == book[parent].code.id
        assert evidence.list_quotes(project), "some passages are marked as quotes"
        quotes = persona_quotes(project, persona_sets(project)[0].id)
        assert len(quotes) == 4 and all(len(q) == 3 for q in quotes.values())
        firsts = {q[0].text for q in quotes.values()}
        assert len(firsts) == 4, "each persona leads with different words"
        hits = evidence.search_evidence(project, "reso")
        assert hits.hits, "the Italian answers are searchable"


def test_sample_has_a_journey_map_per_persona_with_the_planted_friction(sample):
    from workbench.services.journeys import get_journey, journeys

    with open_project(sample, readonly=True) as project:
        maps = journeys(project)
        assert len(maps) == 4
        texts = []
        for summary in maps:
            journey = get_journey(project, summary.id)
            assert len(journey.stages) == 4
            texts += [card.text for card in journey.cards]
        assert any("call centre" in text.lower() for text in texts), "the planted repeat calls"
        friction = [name for parent, name, _colour, _answers in CODE_BOOK
                    if parent.startswith("Attriti")]
        assert any(name in text for text in texts for name in friction), \
            "coded complaints on the map"
        assert any("Consegne in ritardo" in text for text in texts), "the planted late deliveries"


def test_sample_survey_has_nps_and_csat_whose_first_driver_is_the_planted_late_deliveries(sample):
    from workbench.domain.voc import MeasureKind, Voice
    from workbench.services import voc

    with open_project(sample, readonly=True) as project:
        columns = {c.spec.kind: c for c in voc.measure_columns(project)}
        assert set(columns) == {MeasureKind.NPS, MeasureKind.CSAT}
        assert all(c.voice is Voice.CUSTOMER and c.answers == 700 for c in columns.values())
        for column in columns.values():
            report = voc.key_drivers(project, column.column_id)
            first = report.drivers[0]
            assert "Late deliveries" in first.label and first.significant, column.title
            assert first.low_share > 0.3 > first.high_share


def test_sample_staff_notes_are_front_line_voice_and_stay_out_of_the_thoughts_lane(sample):
    from workbench.domain.voc import Voice
    from workbench.services import voc
    from workbench.services.journeys import get_journey, journeys

    with open_project(sample, readonly=True) as project:
        notes = [d for d in evidence.list_documents(project)
                 if d.origin.startswith("note_personale_negozio.csv")]
        assert len(notes) > 100
        assert {voc.document_voice(project, d.id) for d in notes} == {Voice.FRONTLINE}
        staff = {d.id for d in notes}
        for summary in journeys(project):
            journey = get_journey(project, summary.id)
            quoted = [c.evidence.document_id for c in journey.cards if c.evidence is not None]
            assert quoted and not staff & set(quoted), "thoughts are the customers' own words"


# --------------------------------------------------------------------------- the later wave


def _customers_by_key(project) -> dict[str, int]:
    """CRM customer_id value -> the project's customer, over both CRM exports."""
    from workbench.store import sources as source_store

    found: dict[str, int] = {}
    for source in source_store.list_sources(project.db):
        if not source.file_name.startswith("crm_customers"):
            continue
        column = next(c for c in source_store.source_columns(project.db, source.id)
                      if c.label == "customer_id")
        for _row, customer, value in source_store.read_column(project.db, source.id,
                                                             column.position):
            found[str(value)] = customer
    return found


@pytest.fixture(scope="module")
def planted(sample):
    """What the sample planted, as the project's customers and persona positions."""
    from collections import Counter

    from workbench.sample_projects.generate_data import people_of, plan_wave

    from workbench.services.living import assignment_runs
    from workbench.store import living as living_store

    people = people_of()
    wave = plan_wave(people)
    with open_project(sample, readonly=True) as project:
        (persona_set,) = persona_sets(project)
        runs = assignment_runs(project, persona_set.id)
        key = _customers_by_key(project)
        before, after = (
            dict(zip(m.customers, m.positions, strict=True))
            for m in (living_store.run_members(project.db, run.id) for run in runs[:2]))
    votes: dict[str, Counter] = {}
    for person in people:  # the persona most of each planted group was fitted into
        votes.setdefault(person["group"].key, Counter())[before[key[person["customer_id"]]]] += 1
    persona_of = {group: counts.most_common(1)[0][0] for group, counts in votes.items()}
    return {"set_id": persona_set.id, "runs": runs, "wave": wave, "key": key,
            "before": before, "after": after, "persona_of": persona_of}


def test_sample_set_has_its_fit_and_an_assignment_of_the_later_crm_export(sample, planted):
    from workbench.services.living import unplaced_customers

    fit, assigned = planted["runs"]
    assert (fit.kind.value, assigned.kind.value) == ("fit", "assign")
    wave, key, after = planted["wave"], planted["key"], planted["after"]
    assert fit.n_customers == 2000 and assigned.n_customers == 2000 + len(wave.new)
    assert assigned.n_new == len(wave.new) == 300
    assert len(set(planted["persona_of"].values())) == 4, "each planted group has its persona"
    with open_project(sample, readonly=True) as project:
        assert unplaced_customers(project, planted["set_id"]) == 0
    # the newcomers join the persona of the group they were planted in
    joined = [after[key[ident]] == planted["persona_of"][group]
              for ident, group in wave.new.items()]
    assert sum(joined) >= 0.95 * len(joined)
    # customers whose figures changed within their group mostly stay where they were
    stayed = [after[key[i]] == planted["before"][key[i]] for i in wave.updated]
    assert sum(stayed) >= 0.95 * len(stayed)


def test_sample_drift_between_the_runs_shows_the_customers_who_changed_persona(sample, planted):
    from collections import Counter

    from workbench.services.drift import drift_report

    persona_of, key = planted["persona_of"], planted["key"]
    moved = Counter((persona_of[was], persona_of[now])
                    for was, now in planted["wave"].movers.values())
    assert len(moved) == 2 and sum(moved.values()) >= 10
    with open_project(sample, readonly=True) as project:
        report = drift_report(project, planted["set_id"])
    assert (report.before.id, report.after.id) == tuple(r.id for r in planted["runs"])
    flows = {(f.source, f.target): f.customers for f in report.flows}
    for (was, now), count in moved.items():
        # every planted mover is in its flow (a customer near a border may join it)
        assert count <= flows[(str(was), str(now))] <= count + 2, (was, now)
        movers = [key[i] for i, (g0, g1) in planted["wave"].movers.items()
                  if (persona_of[g0], persona_of[g1]) == (was, now)]
        assert all(planted["before"][c] == was and planted["after"][c] == now for c in movers)
    off_diagonal = sum(n for (s, t), n in flows.items()
                       if s != t and s.isdigit() and t.isdigit())
    assert off_diagonal <= sum(moved.values()) + 3, "few moves besides the planted ones"
    assert sum(n for (s, _t), n in flows.items() if s == "new") == len(planted["wave"].new)


def test_sample_monthly_trends_flag_the_planted_rise_in_late_deliveries_and_little_else(
        sample, planted):
    from workbench.sample_projects.generate_data import LATE_DELIVERY, SHIFT_GROUP

    from workbench.domain.living import Direction, MetricKind, Period, TrendBy
    from workbench.services.trends import trend_report

    with open_project(sample, readonly=True) as project:
        report = trend_report(project, set_id=planted["set_id"], by=TrendBy.PERSONA,
                              period=Period.MONTH)
    assert len(report.periods) == 12, "a year of touchpoints, answers and notes"
    assert report.periods[0] == "2025-03" and report.periods[-1] == "2026-02"
    shifted = str(planted["persona_of"][SHIFT_GROUP])
    flagged = [(report.series[f.series], f) for f in report.flags]
    late = [(s, f) for s, f in flagged if s.group_key == shifted
            and s.kind is MetricKind.COMPLAINT and "Late deliveries" in s.metric
            and "Friction" in s.metric]
    assert late, "the planted complaint is flagged for its persona"
    assert any(f.recurring for _s, f in late), "a recurring negative experience"
    assert all(f.direction is Direction.UP for _s, f in late)
    series, flag = next((s, f) for s, f in late if f.recurring)
    complaining = sum(p.count or 0 for p in series.points[-report.window:])
    assert complaining >= 10, "rising across many customers"
    assert flag.passages and all(p["text"] in LATE_DELIVERY for p in flag.passages)
    # their delivery touchpoints are scored low more often: friction rises too
    assert any(s.group_key == shifted and s.kind is MetricKind.FRICTION
               and f.direction is Direction.UP for s, f in flagged)
    # the other personas stayed as they were all year
    others = [(s.group, s.kind.value, s.metric) for s, f in flagged
              if s.group_key not in (shifted, "all")]
    assert len(others) <= 1, others


def test_cards_described_on_a_sample_still_count_every_customer(sample, tmp_path, monkeypatch):
    import shutil

    from workbench.services import living

    copy = tmp_path / "sample.pwb"
    shutil.copyfile(sample, copy)
    with open_project(copy) as project:
        (persona_set,) = persona_sets(project)

        def cards():
            return {p.position: p.profile for p in personas_of(project, persona_set.id)}

        whole = living.assign_customers(project, persona_set.id)
        exact = cards()
        living.undo_assignment(project, whole)
        monkeypatch.setattr(living, "CARD_SAMPLE", 800)
        sampled = living.assign_customers(project, persona_set.id)
        described = cards()
        sizes = {p.position: (p.size, p.share) for p in personas_of(project, persona_set.id)}
    assert not any("random sample" in note for note in whole.run.notes)
    assert any("random sample of 800 of the 2,300" in note for note in sampled.run.notes)
    assert whole.run.sizes == sampled.run.sizes
    for position, card in described.items():
        full = exact[position]
        assert (card["size"], card["share"]) == (full["size"], full["share"]) \
            == sizes[position]
        assert card["unassigned_nearby"] == full["unassigned_nearby"]
        assert card["cohesion"] == pytest.approx(full["cohesion"])
        assert card["outcomes"] == full["outcomes"]
        for mix, whole_mix in zip(card["channel_mix"], full["channel_mix"], strict=True):
            assert mix["persona_total"] == pytest.approx(whole_mix["persona_total"])
            assert mix["persona_share"] == pytest.approx(whole_mix["persona_share"])
        counts = {(e["attribute"], e.get("level")): e["member_count"] for e in full["effects"]}
        shared = [(e, counts[(e["attribute"], e.get("level"))]) for e in card["effects"]
                  if (e["attribute"], e.get("level")) in counts]
        assert len(shared) >= len(card["effects"]) // 2
        assert all(e["member_count"] == n for e, n in shared), "every member behind a line"
        # the descriptions are estimates from 800 customers: near the whole set's where
        # many members stand behind a line
        first = {(e["attribute"], e.get("level")): e["effect"] for e in full["effects"]}
        assert all(abs(e["effect"] - first[(e["attribute"], e.get("level"))]) < 0.5
                   for e, n in shared if n >= 100)
