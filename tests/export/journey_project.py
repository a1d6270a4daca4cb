"""A real project with a persona whose members have touchpoints, and a filled-in journey map."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from workbench.domain.journeys import LANE_ACTIONS, LANE_OPPORTUNITIES, LANE_TEAM, LANE_THOUGHTS, LANE_TOUCHPOINTS
from workbench.domain.persona_sets import Memberships
from workbench.services import journeys as service
from workbench.services.importing import import_file
from workbench.services.project import create_project, open_project
from workbench.store import personas as persona_store
from workbench.store.project_file import now_iso

START = datetime(2026, 2, 2, 9, 0)
MEMBERS = [f"M{i:02d}" for i in range(1, 31)]
REPEATERS, DROPPERS, COMPLAINERS = MEMBERS[:12], MEMBERS[12:20], MEMBERS[20:]
PERSONA = "Giulia · cliente multicanale"


def _events() -> str:
    rows = ["customer_id,timestamp,channel,stage,action,outcome,score"]

    def add(customer, when, channel, stage, action, outcome="ok", score=4):
        rows.append(f"{customer},{when:%Y-%m-%d %H:%M:%S},{channel},{stage},{action},{outcome},"
                    f"{score}")

    for customer in MEMBERS:
        when = START
        add(customer, when, "web", "problem discovery", "saw ad")
        when += timedelta(days=5 if customer in MEMBERS[:20] else 1)
        add(customer, when, "web", "Problem Definition", "compared products", score=3)
        when += timedelta(days=1)
        if customer in REPEATERS:
            for _ in range(3):
                add(customer, when, "call centre", "Purchase", "checkout", score=2)
                when += timedelta(hours=2)
        else:
            add(customer, when, "app", "development and resolution", "checkout")
        if customer in DROPPERS:
            continue
        when += timedelta(days=1)
        if customer in COMPLAINERS:
            add(customer, when, "call centre", "delivery of the solution", "return request",
                "complaint", 1)
        else:
            add(customer, when, "store", "delivery of the solution", "pickup", score=5)
    return "\n".join(rows)


DESIGNED = {
    LANE_ACTIONS: ["Notices the problem while browsing the catalogue in the evening",
                   "Compares three models, reads reviews and asks a friend",
                   "Orders online and pays with the card saved in the app",
                   "Picks the parcel up at the store near her office"],
    LANE_TOUCHPOINTS: ["Instagram ad, newsletter", "Website product pages, comparison table",
                       "App checkout; call centre when payment fails", "Store pickup desk"],
    LANE_THOUGHTS: ["“Perché il mio vecchio frullatore fa così rumore?”",
                    "“Which one lasts longest for the price?”",
                    "“Ho pagato due volte? Nessuno mi risponde…”",
                    "“Finally, and the staff were kind.”"],
    LANE_OPPORTUNITIES: ["Content that names the problem, not the product",
                         "A comparison that answers durability", "Clear payment status in the app",
                         "Notify when the parcel is ready"],
    LANE_TEAM: ["Marketing", "E-commerce", "Payments · Customer care", "Retail operations"],
}


def make_journey_project(folder: Path, *, designed: dict | None = None,
                         stages: list[str] | None = None) -> tuple[Path, int]:
    """A project file and the id of a journey map filled with ``designed`` cards per lane kind."""
    path = create_project(folder / "journey-export.pwb", "Ricerca clienti 2026")
    (folder / "touchpoints.csv").write_text(_events(), "utf-8")
    with open_project(path) as project:
        import_file(project, folder / "touchpoints.csv")
        ids = {r["label"]: r["id"] for r in project.db.query("SELECT id, label FROM customers")}
        set_id = persona_store.save_persona_set(
            project.db, name="Omnichannel personas", created_at=now_iso(), settings={},
            result={}, suggestion=None, features={},
            personas=[{"position": 0, "name": PERSONA, "size": 30, "share": 0.3, "profile": {}}],
            members=Memberships.from_rows([(ids[c], 0, 0, 1.0, None) for c in MEMBERS]))
        persona = persona_store.personas_of(project.db, set_id)[0].id
        journey_id = service.create_journey(project, persona, name="Buying a kitchen blender")
        journey = service.get_journey(project, journey_id)
        for extra in stages or []:
            service.add_stage(project, journey_id, extra)
        journey = service.get_journey(project, journey_id)
        for kind, texts in (DESIGNED if designed is None else designed).items():
            lane = journey.lane(kind)
            for stage, text in zip(journey.stages, texts, strict=False):
                for part in ([text] if isinstance(text, str) else text):
                    service.add_card(project, lane.id, stage.id, part)
        service.set_emotion(project, journey.stages[2].id, -1.5)
    return path, journey_id
