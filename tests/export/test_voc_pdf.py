"""Voice of the customer on exported pages: a persona card's Measures block (NPS and CSAT of its
members, with intervals and n, small n marked), front-line quotes tagged as such, and a journey
map's stage measures. Built from a real project (CSV imported through services), read back
with pypdf."""

from __future__ import annotations

import pytest
from pdf_checks import font_problems, page_texts, squeezed

from workbench.domain.columns import ColumnRole
from workbench.export.journey_map import JourneyContext, JourneySheet, SheetCard, SheetLane, SheetStage
from workbench.export.wording import stage_measure_line
from workbench.services.importing import import_file
from workbench.services.project import create_project, open_project

NPS = "How likely are you to recommend us? (0-10)"
CSAT = "Overall satisfaction (1-5)"
ANSWER = "What could we do better?"
#: Store regulars: 40 customers, 20 promoters (10), 8 passives (7), 12 detractors (4):
#: NPS = (20 − 12) / 40 = +20; 30 of 40 satisfied (4 or 5 of 5): CSAT 75%.
STORE_NPS = [10] * 20 + [7] * 8 + [4] * 12
STORE_CSAT = [5] * 18 + [4] * 12 + [3] * 6 + [2] * 4
#: Online shoppers: 20 customers (small n), 3 promoters (9), 5 passives (8), 12 detractors (2):
#: NPS = (3 − 12) / 20 = −45; 8 of 20 satisfied: CSAT 40%.
WEB_NPS = [9] * 3 + [8] * 5 + [2] * 12
WEB_CSAT = [5] * 4 + [4] * 4 + [2] * 12
LATE = "My parcel arrived ten days late and nobody told me why."
STAFF_NOTE = ("Customer came to the desk for the third time about a parcel that is ten days "
              "late; the courier never answers.")


def _survey() -> str:
    rows = [f'customer_id,Store visits,Web orders,"{NPS}","{CSAT}","{ANSWER}"']
    for i, (nps, csat) in enumerate(zip(STORE_NPS, STORE_CSAT, strict=True)):
        rows.append(f"S{i:03d},{18 + i % 7},{i % 2},{nps},{csat},"
                    f'"The staff in the shop know me, and they always help."')
    for i, (nps, csat) in enumerate(zip(WEB_NPS, WEB_CSAT, strict=True)):
        answer = LATE if nps <= 6 else "Quick checkout on the app, good prices."
        rows.append(f'W{i:03d},{i % 2},{22 + i % 5},{nps},{csat},"{answer}"')
    return "\n".join(rows) + "\n"


def _staff_notes() -> str:
    return ("customer_id,Date,Staff note\n"
            + "".join(f'W{i:03d},2026-03-{i + 1:02d},"{STAFF_NOTE} Ticket {4100 + i}."\n'
                      for i in range(12)))


def _ensure_measure(project, source_id: int, label: str, spec: str) -> None:
    """The import infers the measure role from the header; set it through the store only if
    an older import did not (a fallback kept while the inference is new)."""
    from workbench.store import sources as source_store

    for column in source_store.source_columns(project.db, source_id):
        if column.label == label and column.role is not ColumnRole.MEASURE:
            with project.db.transaction():
                source_store.set_column_role(project.db, source_id, column.position,
                                             ColumnRole.MEASURE, measure=spec)


@pytest.fixture(scope="module")
def voc_project(tmp_path_factory):
    """Two clear personas (store regulars, online shoppers), an NPS and a CSAT question, staff
    notes marked as front-line voice, and one coded quote from each voice."""
    from workbench.domain.voc import Voice
    from workbench.services import evidence, voc
    from workbench.services.linking import default_keys, link_customers
    from workbench.services.personas import persona_sets, run_personas

    folder = tmp_path_factory.mktemp("voc")
    survey, notes = folder / "survey.csv", folder / "staff_notes.csv"
    survey.write_text(_survey(), encoding="utf-8")
    notes.write_text(_staff_notes(), encoding="utf-8")
    path = folder / "voc.pwb"
    create_project(path, "Voice of the customer")
    with open_project(path) as project:
        imported = import_file(project, survey)
        _ensure_measure(project, imported.source.id, NPS, "nps:0-10")
        _ensure_measure(project, imported.source.id, CSAT, "csat:1-5")
        staff = import_file(project, notes, roles={"Staff note": "free_text"})
        link_customers(project, default_keys(project))
        voc.set_source_voice(project, staff.source.id, Voice.FRONTLINE)
        run_personas(project, features=["Store visits", "Web orders"], k=2, seed=0)
        code = evidence.create_code(project, "Late deliveries")
        quoted: set[str] = set()  # the first passage of each voice is marked as a quote
        for document in evidence.list_documents(project):
            body = evidence.open_document(project, document.id).document.body
            for sentence in (LATE, STAFF_NOTE):
                start = body.find(sentence)
                if start >= 0:
                    codings = evidence.apply_codes(project, document.id, start,
                                                   start + len(sentence), [code.id])
                    if codings and sentence not in quoted:
                        evidence.mark_quote(project, coding_id=codings[0].id)
                        quoted.add(sentence)
        set_id = persona_sets(project)[-1].id
    return path, set_id


def _personas(project, set_id):
    from workbench.services.personas import personas_of

    by_size = {p.size: p for p in personas_of(project, set_id)}
    return by_size[40], by_size[20]


def test_persona_pdf_prints_each_personas_nps_and_csat_with_n_and_marks_small_n(
        voc_project, tmp_path):
    from workbench.services.export import export_personas_pdf

    path, set_id = voc_project
    target = tmp_path / "personas.pdf"
    with open_project(path, readonly=True) as project:
        store, web = _personas(project, set_id)
        export_personas_pdf(project, set_id, target, persona_ids=[store.id, web.id])
    texts = page_texts(target)
    assert len(texts) == 2, "one page per persona"
    store_text, web_text = (squeezed(t) for t in texts)
    for flat in (store_text, web_text):
        assert "MEASURES" in flat
        assert squeezed("NPS · 0–10") in flat and squeezed("CSAT · 1–5") in flat
        assert squeezed("How likely are you to recommend us?") in flat
        # the Measures block comes after the Outcomes block's place in the sidebar
        assert flat.index("MEASURES") > flat.index("SHAREOFTHECUSTOMERS")
    # store regulars: (20 − 12) / 40 = +20, CSAT 30 / 40 = 75%, n = 40, not small
    assert squeezed("+20 (") in store_text and squeezed("75% (") in store_text
    assert store_text.count(squeezed("n = 40")) == 2
    assert squeezed("small n") not in store_text
    # online shoppers: (3 − 12) / 20 = −45 with a real minus sign, CSAT 40%, n = 20 marked small
    assert squeezed("−45 (") in web_text and squeezed("40% (") in web_text
    assert web_text.count(squeezed("n = 20 · small n")) == 2
    assert squeezed("Small n: fewer than 30 answers") in web_text
    # everyone who answered: (23 − 24) / 60 = −1.7 → −2
    assert squeezed("Everyone −2 (") in store_text
    assert font_problems(target) == []


def test_a_front_line_quote_carries_the_tag_and_a_customers_quote_does_not(voc_project,
                                                                           tmp_path):
    from workbench.services.export import export_personas_pdf

    path, set_id = voc_project
    target = tmp_path / "web.pdf"
    with open_project(path, readonly=True) as project:
        _store, web = _personas(project, set_id)
        export_personas_pdf(project, set_id, target, persona_ids=[web.id])
    flat = squeezed(page_texts(target)[0])
    assert squeezed("WHAT MEMBERS SAY") in flat
    staff = flat.index(squeezed(STAFF_NOTE[:60]))
    assert squeezed("— Late deliveries Front line") in flat[staff:]
    assert flat.count(squeezed("Front line")) == 1, "only the staff's note is tagged"
    assert font_problems(target) == []


def test_journey_map_prints_each_stages_measure_with_n_and_tags_front_line_quotes(tmp_path,
                                                                                 context):
    from workbench.export.journey_pages import write_pdf

    stages = (SheetStage("Discovery", 0.5, 12, measures=(stage_measure_line("nps", 12.4, 48, False),)),
              SheetStage("Purchase", -1.2, 20, measures=(
                  stage_measure_line("nps", -31.0, 22, True),
                  stage_measure_line("csat", 64.0, 40, False, frontline=True))),
              SheetStage("Delivery", None, 0))
    lanes = (SheetLane("thoughts", "Thoughts", ((SheetCard("“Which one lasts longest?”"),),
                                                (SheetCard(STAFF_NOTE, voice_tag="Front line"),),
                                                ())),
             SheetLane("emotion", "Emotion", ((), (), ())))
    sheet = JourneySheet("Buying online", "Online shoppers", stages=stages, lanes=lanes)
    target = tmp_path / "map.pdf"
    assert write_pdf(sheet, JourneyContext("VoC", "From the survey.", "2026-12-05"), target) == 1
    flat = squeezed(page_texts(target)[0])
    for expected in ("NPS +12 · n = 48", "NPS −31 · n = 22 · small n",
                     "CSAT 64% · n = 40 · Front line"):
        assert squeezed(expected) in flat, expected
    assert flat.index(squeezed(STAFF_NOTE[:40])) < flat.index(squeezed("Front line"))
    assert font_problems(target) == []
