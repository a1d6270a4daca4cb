"""Build the sample project deterministically (no hand-edited binary is shipped).

Run ``python -m workbench.sample_projects.build_sample OUT.pwb``. The data come
from :mod:`generate_data` (a fictional omnichannel retailer) and go through the
same import services a researcher uses, so the sample shows the product
working. Each capability adds its part of the sample here.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from workbench.progress import Task, ensure_task

SAMPLE_NAME = "Sample: omnichannel retailer / retailer omnicanale"


def build_sample(path: Path, task: Task | None = None) -> Path:
    from workbench.sample_projects.generate_data import generate

    from workbench.services import evidence, retention
    from workbench.services.importing import import_file
    from workbench.services.journeys import create_journey
    from workbench.services.linking import default_keys, link_customers
    from workbench.services.living import assign_customers
    from workbench.services.personas import persona_sets, personas_of, run_personas
    from workbench.store.project_file import create_project_file, open_project_file

    task = ensure_task(task)
    path = Path(path)
    create_project_file(path, SAMPLE_NAME)
    with tempfile.TemporaryDirectory(prefix="workbench-sample-") as tmp:
        files = generate(Path(tmp))
        order = ["crm", "survey", "interviews", "events", "frontline"]
        with open_project_file(path, backup_count=0) as project:
            imported = {}
            for index, key in enumerate(order):
                step = task.slice(0.8 * index / len(order), 0.8 * (index + 1) / len(order))
                imported[key] = import_file(project, files[key], task=step,
                                            **IMPORT_CHOICES.get(key, {}))
            # the staff's notes are about customers, not by them: reported beside their voice
            mark_frontline(project, imported["frontline"].source.id)
            # one customer per person across the CRM, survey, interviews and touchpoints
            link_customers(project, default_keys(project))
            # the interview transcripts, each linked to its customer; whose words are whose
            import_interviews(project, files)
            # k fixed (the four planted groups) so building the sample stays quick
            run_personas(project, k=4, seed=0, name="Personas omnicanale / Omnichannel personas",
                         task=task.slice(0.8, 0.95))
            code_evidence(project)
            # the at-risk list and each persona's risk spread show from the start
            retention.run_churn_risk(project, seed=0, task=task.slice(0.95, 0.96))
            # the later CRM export joins the personas without clustering again: the set
            # opens with two runs (the fit and this assignment) and the drift between them
            set_id = persona_sets(project)[-1].id
            wave = import_file(project, files["crm_wave"], task=task.slice(0.96, 0.97))
            link_customers(project, wave_keys(project, imported["crm"].source.id,
                                              wave.source.id))
            assign_customers(project, set_id, task=task.slice(0.97, 0.98))
            evidence.update_search_index(project)  # searchable even when opened read-only
            for persona in personas_of(project, set_id):
                design_journey(project, create_journey(project, persona.id, template="problem"))
    return path


#: What the sample's researcher chose at import where the inferred roles are not what they
#: meant: the 1–10 satisfaction with decimals is an outcome measured per persona (not clustered
#: on); the staff's notes are free text even though some repeat, and a table of notes rather
#: than the customers' touchpoints (a note's date and desk are not a step of their journey).
IMPORT_CHOICES = {
    "survey": {"roles": {"Soddisfazione (1-10)": "outcome"}},
    "frontline": {"roles": {"Nota del personale": "free_text"}, "as_events": False},
}


def wave_keys(project, first_id: int, wave_id: int) -> list:
    """The customer id columns of the first CRM export and the later one: a customer in both
    is one customer (the earlier sources are linked already)."""
    from workbench.services.linking import default_keys

    return [key for key in default_keys(project)
            if key.source_id in (first_id, wave_id) and key.rule == "id"]


def import_interviews(project, files: dict) -> None:
    """The researcher's transcripts: imported (speakers found on import), linked to their
    customers from the mapping file, and the speakers' roles checked and confirmed."""
    from workbench.services import evidence, speakers

    evidence.import_transcripts(project, files["transcripts"])
    link_interviews(project, files["transcript_customers"])
    # the spreadsheets' answers and notes too: the shipped sample opens read-only, where
    # nothing can be detected later
    speakers.ensure_detected(project)
    speakers.document_languages(project)  # judged now: the sample opens read-only
    confirm_speakers(project)


def link_interviews(project, mapping: Path) -> None:
    """Each one-to-one interview to its customer, from the mapping file of file name and
    the customer's id in the CRM (the focus group speaks for no single customer)."""
    from workbench.services.speakers import link_transcripts

    # the mapping names customers by the CRM's customer_id (their labels are their names)
    link_transcripts(project, mapping)


def confirm_speakers(project) -> None:
    """What the researcher does on the speakers list: the research team's labels are the
    interviewers, everyone else a customer; a wrong guess is corrected, then all confirmed."""
    from workbench.sample_projects.generate_data import INTERVIEWER_KEYS

    from workbench.domain.speakers import SpeakerRole
    from workbench.services import speakers

    for summary in speakers.list_speakers(project):
        speaker = summary.speaker
        role = (SpeakerRole.INTERVIEWER if speaker.key in INTERVIEWER_KEYS
                else SpeakerRole.RESPONDENT)
        if speaker.role is not role:
            speakers.set_speaker_role(project, speaker.id, role)
    speakers.confirm_speakers(project)


def mark_frontline(project, source_id: int) -> None:
    from workbench.domain.voc import Voice
    from workbench.services.voc import set_source_voice

    set_source_voice(project, source_id, Voice.FRONTLINE)


#: What the sample's researcher wrote on every map, per stage of the problem template:
#: (lane, [text for each stage]).
DESIGNED = [
    ("actions", ["Nota che il vecchio prodotto non basta più / Notices the old one no longer does",
                 "Confronta prezzi e recensioni / Compares prices and reviews",
                 "Sceglie, paga, chiede aiuto se serve / Chooses, pays, asks for help if needed",
                 "Ritira o riceve, a volte rende / Collects or receives, sometimes returns"]),
    ("opportunities", ["Promemoria personalizzati / Personal reminders",
                       "Confronto prodotti nell'app / Product comparison in the app",
                       "Uno storico unico tra canali / One history across channels",
                       "Reso tracciabile in un clic / One-click trackable return"]),
    ("team", ["Marketing", "E-commerce", "Customer care", "Logistica / Logistics"]),
]


def design_journey(project, journey_id: int) -> None:
    """The researcher's part of a sample map: actions, opportunities, owners and quotes."""
    from workbench.domain.journeys import Evidence
    from workbench.services import journeys
    from workbench.services.personas import persona_quotes

    journey = journeys.get_journey(project, journey_id)
    for kind, texts in DESIGNED:
        lane = journey.lane(kind)
        for stage, text in zip(journey.stages, texts, strict=True):
            journeys.add_card(project, lane.id, stage.id, text)
    persona = next(p for p in journeys.journeys(project) if p.id == journey_id).persona_id
    set_id = project.db.query("SELECT persona_set_id FROM personas WHERE id = ?",
                              (persona,))[0][0]
    # the thoughts lane is the customers' own words: staff notes stay out of it
    quotes = [q for q in persona_quotes(project, set_id).get(persona, [])
              if str(q.voice) != "frontline"]
    thoughts = journey.lane("thoughts")
    for stage, passage in zip(journey.stages[1:], quotes, strict=False):
        journeys.add_card(project, thoughts.id, stage.id, passage.text,
                          evidence=Evidence(passage.document_id, passage.start, passage.end))


#: The sample's code book: (parent, code, colour, the planted sentences it codes: customers'
#: answers by group, "late_delivery", and the staff's notes as "staff_<topic>").
CODE_BOOK = [
    ("Motivazioni / Motivations", "Prezzi e promozioni / Price and promotions", "#E8833A",
     [("bargain", 0), ("bargain", 1), ("bargain", 2), ("staff_bargain", 0),
      ("staff_bargain", 1)]),
    ("Motivazioni / Motivations", "Esperienza in negozio / Store experience", "#3A7BD5",
     [("regular", 0), ("regular", 1), ("staff_regular", 0)]),
    ("Motivazioni / Motivations", "Programma fedeltà / Loyalty programme", "#8E5BD0",
     [("regular", 3)]),
    ("Motivazioni / Motivations", "Ritiro e consegna veloci / Fast collection and delivery",
     "#2BA58F", [("premium", 0), ("premium", 2)]),
    ("Attriti / Friction", "Problemi con app e sito / App and website problems", "#D64545",
     [("bargain", 3), ("hesitant", 1)]),
    ("Attriti / Friction", "Resi e reclami / Returns and complaints", "#B8452F",
     [("regular", 2), ("hesitant", 2), ("staff_hesitant", 1)]),
    ("Attriti / Friction", "Ripetere tra canali / Repeating across channels", "#C9A227",
     [("premium", 1), ("premium", 3), ("hesitant", 3)]),
    ("Attriti / Friction", "Incertezza prima dell'acquisto / Doubts before buying", "#7A8699",
     [("hesitant", 0), ("staff_hesitant", 0)]),
    ("Attriti / Friction", "Consegne in ritardo / Late deliveries", "#8C4A9E",
     [("late_delivery", i) for i in range(4)] + [("staff_late", i) for i in range(4)]),
]


def code_evidence(project) -> None:
    """A small code book applied to the planted sentences wherever they were said or noted.

    Codes are found by the exact planted sentence, so the sample's coding is
    deterministic; the first passage of each code is marked as a quote. In a
    transcript only what a customer says is coded: an interviewer reading a
    customer's words back is not the customer saying them again.
    """
    from workbench.sample_projects.generate_data import PLANTED

    from workbench.services import evidence, speakers

    parents: dict[str, int] = {}
    sentences: list[tuple[str, int]] = []
    for parent, name, colour, answers in CODE_BOOK:
        if parent not in parents:
            parents[parent] = evidence.create_code(project, parent).id
        code = evidence.create_code(project, name, parent_id=parents[parent], colour=colour)
        sentences += [(PLANTED[key][index], code.id) for key, index in answers]
    quoted: set[int] = set()
    bodies = {document.id: evidence.open_document(project, document.id).document.body
              for document in evidence.list_documents(project)}
    spans: dict[int, list[tuple[int, int]]] = {}
    for document_id, start, end in speakers.scoped_spans(project, bodies, "respondents"):
        spans.setdefault(document_id, []).append((start, end))
    with project.db.transaction():
        for document_id, body in bodies.items():
            for sentence, code_id in sentences:
                start = next((found for low, high in spans.get(document_id, ())
                              if (found := body.find(sentence, low, high)) >= 0), -1)
                if start < 0:
                    continue
                coding = evidence.apply_codes(project, document_id, start, start + len(sentence),
                                              [code_id])
                if coding and code_id not in quoted:
                    evidence.mark_quote(project, coding_id=coding[0].id)
                    quoted.add(code_id)


if __name__ == "__main__":
    build_sample(Path(sys.argv[1]))
