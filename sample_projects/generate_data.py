"""Deterministic data of a fictional omnichannel retailer, for the sample project.

Four behaviour groups are planted so clustering has something true to find:
online bargain hunters, loyal store regulars, busy premium omnichannel
shoppers, and hesitant first-timers who lean on the call centre. Friction is
planted at known journey stages (returns through the call centre, checkout on
the app). Churn is planted too: hesitant customers leave most, loyal regulars
least, and every call-centre contact adds to the risk; tenure comes from the
signup date. Open answers are in Italian and English. Nothing here is real: names,
e-mails and phone numbers are invented.

Voice of the customer: the survey asks an NPS question (0–10) and overall
satisfaction (1–5). A driver is planted: some customers' online orders arrived
late (online shoppers more often than store regulars); it lowers their scores,
and those who stayed unhappy say so in their open answer, so late deliveries
are what detractors mention far more than promoters. Store and call-centre
staff leave notes about customers (front-line voice) that tell the same story
from their side of the counter.

Time: touchpoints, survey answers, interviews and staff notes fall in the
twelve months before the CRM export (March 2025 to February 2026), evenly, so
monthly trends have something to stand on. One shift is planted in the last
three months: from December a cheaper courier takes the online bargain
hunters' free-delivery orders, so their deliveries are scored low more often
and more of them complain of late deliveries in the survey, month after
month. Everything else stays as it was all year.

A later wave: a second CRM export (``crm_customers_2026.csv``, same columns,
taken three months later) brings customers who joined since, from the same
four groups, and the customers whose figures changed, a handful of whom now
behave like another group (store regulars who moved to the app for its
promotions, hesitant customers who joined the loyalty programme and shop in
store). It is imported after the personas are made and assigned to them.

Interviews as conversations: a folder of transcripts (``trascrizioni``) written the
ways real files are (``Intervistatore:`` / ``Cliente:``, names, ``Interviewer 1:``,
``[00:03:12] Moderatore:``, an Otter.ai export, a focus group with P1–P3, a recording
that starts mid-answer, a Windows file with a byte-order mark and CRLF, an emoji),
mostly Italian, some English and one short French one. The customers interviewed are
of the planted groups and say what their group says (the planted sentences among
filler and backchannel); the interviewers ask. A mapping file
(``trascrizioni_clienti.csv``) gives each one-to-one interview's customer id.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

SEED = 20261125
#: Churn has its own random stream, so the rest of the sample stays as it was.
CHURN_SEED = SEED + 17
#: So do the late deliveries, the survey's new scores and the staff notes.
VOC_SEED = SEED + 31
#: Share of each group whose last online order arrived late (store regulars rarely order online).
LATE_SHARE = {"bargain": 0.26, "regular": 0.08, "premium": 0.30, "hesitant": 0.22}
#: The day the CRM export was taken: tenure is counted up to it.
EXPORT_DAY = datetime(2026, 3, 1)
CHURN_BASE = {"bargain": 0.20, "regular": 0.05, "premium": 0.08, "hesitant": 0.26}

#: The dates of what customers do and say have their own random stream (the rest of the sample
#: stays as it was), and so do the planted shift and the later wave.
TIME_SEED = SEED + 43
SHIFT_SEED = SEED + 47
WAVE_SEED = SEED + 53
#: The first of the twelve months the touchpoints, answers and notes fall in; the CRM export
#: day closes them.
HISTORY_START = datetime(2025, 3, 1)
HISTORY_MONTHS = 12
#: The planted shift: from this month the group's deliveries go wrong, more so each month
#: (the chance that an order is late on top of the usual, by month from SHIFT_START).
SHIFT_START = datetime(2025, 12, 1)
SHIFT_GROUP = "bargain"
SHIFT_LATE = (0.55, 0.75, 0.9)
#: Share of deliveries that are late all year long (scored low, outcome "late"), by group.
DELIVERY_LATE = {"bargain": 0.12, "regular": 0.05, "premium": 0.14, "hesitant": 0.10}
#: The later CRM export: its day, the customers who joined since (a share of the first
#: export's) and the existing customers whose figures changed.
WAVE_EXPORT_DAY = datetime(2026, 6, 1)
WAVE_NEW_SHARE = 0.15
WAVE_UPDATED_SHARE = 0.06
#: The existing customers who now behave like another group: (from, to, customers per 2,000).
MOVERS = [("regular", "bargain", 8), ("hesitant", "regular", 6)]
CRM_HEADER = ["customer_id", "Name", "Email", "Phone", "Age", "City", "Income (EUR)",
              "Loyalty tier", "Store purchases", "Web purchases", "App purchases",
              "Call centre contacts", "Total spend (EUR)", "Returns", "Preferred channel",
              "Signup date", "Tenure (months)", "Churned"]

FIRST = ["Giulia", "Marco", "Sofia", "Luca", "Chiara", "Matteo", "Emma", "Noah", "Olivia",
         "Liam", "Aurora", "Francesco", "Zoë", "Renée", "Miguel", "Åsa", "Alessandro", "Martina",
         "Lorenzo", "Sara", "Davide", "Elena", "James", "Amelia", "Niccolò", "Beatrice"]
LAST = ["Rossi", "Bianchi", "Esposito", "Romano", "Smith", "Jones", "García", "Müller", "Conti",
        "Ricci", "Brown", "Lefèvre", "Novák", "Costa", "Greco", "Nguyen", "Colombo", "Ferrari",
        "Gallo", "Fontana", "Moretti", "Barbieri", "Taylor", "De Luca"]
CITIES = ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Firenze", "Bari", "Verona",
          "Padova", "Trieste"]


@dataclass(frozen=True)
class Group:
    key: str
    weight: float
    age: tuple[float, float]
    income: tuple[float, float]
    store: float
    web: float
    app: float
    calls: float
    spend: tuple[float, float]
    returns: float
    tiers: tuple[str, ...]
    preferred: tuple[str, ...]


GROUPS = [
    Group("bargain", 0.32, (29, 6), (24_000, 6_000), 1.5, 9.0, 6.0, 0.6, (420, 120), 0.8,
          ("none", "none", "silver"), ("web", "app", "web")),
    Group("regular", 0.28, (58, 8), (38_000, 9_000), 14.0, 0.7, 0.3, 1.5, (1_300, 350), 0.3,
          ("gold", "silver", "gold"), ("store", "store", "call centre")),
    Group("premium", 0.22, (42, 7), (92_000, 22_000), 6.0, 5.0, 8.0, 0.4, (4_800, 1_600), 1.2,
          ("platinum", "gold", "platinum"), ("app", "store", "app")),
    Group("hesitant", 0.18, (47, 14), (31_000, 10_000), 2.0, 1.2, 0.2, 5.5, (260, 110), 2.4,
          ("none",), ("call centre", "chat", "email")),
]

ANSWERS = {
    "bargain": [
        "Cerco sempre le offerte sull'app: se il codice sconto non funziona al checkout, abbandono il carrello.",
        "I compare prices on my phone before buying; free delivery over 30 € would make me stay.",
        "Le notifiche delle promozioni sono utili, ma troppe e-mail mi fanno disiscrivere.",
        "The app crashed twice at payment, so I finished the order on the website.",
    ],
    "regular": [
        "Vado in negozio ogni settimana: il personale mi conosce e mi consiglia bene.",
        "I don't trust online payments; in the store I can see and touch the product.",
        "Per un reso ho chiamato il call centre tre volte: nessuno sapeva dirmi dove fosse il pacco.",
        "La tessera fedeltà è comoda, ma i punti non compaiono mai sullo scontrino.",
    ],
    "premium": [
        "I order on the app and collect in store on my way home: it has to be quick.",
        "Il servizio è ottimo quando funziona, ma il ritiro in negozio a volte non è pronto all'orario promesso.",
        "I'd pay more for same-day delivery; my time is worth more than the shipping fee.",
        "Vorrei un unico storico degli acquisti tra app, sito e negozio.",
    ],
    "hesitant": [
        "Non sono sicuro della taglia, quindi chiamo prima di comprare e spesso rinuncio.",
        "The website is confusing; I called customer service to understand the return policy.",
        "Ho fatto un reclamo per un prodotto difettoso e ho aspettato due settimane una risposta.",
        "Chat help was kind, but I had to explain my problem again to the phone operator.",
    ],
}

#: What a customer whose order came late writes in the survey (the planted driver).
LATE_DELIVERY = [
    "L'ordine online è arrivato con dieci giorni di ritardo e nessuno mi ha avvisato.",
    "My delivery came a week after the promised date and the tracking never updated.",
    "Ho aspettato il pacco per due settimane: il corriere diceva sempre che arrivava domani.",
    "Delivery was promised in 48 hours and took ten days; I had to call twice to find my parcel.",
]

#: What store and call-centre staff note about a customer (front-line voice), by topic.
STAFF_NOTES = {
    "late": [
        "Il cliente è passato in negozio per un ordine online: doveva arrivare martedì e il "
        "tracking è fermo da sei giorni.",
        "Customer called for the third time about a parcel that is a week late; the courier "
        "never answers the phone.",
        "La cliente voleva annullare l'ordine perché la consegna è slittata di dieci giorni "
        "senza alcun avviso.",
        "Second call this month about a late home delivery: he says he will order elsewhere "
        "next time.",
    ],
    "regular": [
        "Lunga coda alle casse il sabato mattina: la signora ha lasciato il carrello ed è uscita.",
        "Cliente storico, chiede sempre di Paola al reparto casa; i punti fedeltà non risultano "
        "sullo scontrino.",
    ],
    "premium": [
        "Ordine click & collect non pronto all'orario promesso: il cliente ha aspettato venti "
        "minuti al banco ritiri.",
        "Asked whether same-day delivery is available in his area; happy to pay for it.",
    ],
    "bargain": [
        "Il codice sconto della newsletter non veniva accettato in cassa: abbiamo applicato lo "
        "sconto a mano.",
        "She showed me a lower price on our own app and asked us to match it at the till.",
    ],
    "hesitant": [
        "Chiamata lunga per capire la taglia giusta; alla fine ha preferito venire a provare in "
        "negozio.",
        "Reso rimborsato dopo tre settimane: la cliente chiedeva perché il negozio non potesse "
        "farlo subito.",
    ],
}
#: What the staff member did about it, in the note's language.
STAFF_DETAILS = {
    "it": ["Da richiamare entro venerdì.", "Lasciato il numero del servizio clienti.",
           "Aperto un ticket per il reparto e-commerce.", "Offerto un buono di 10 €.",
           "Nessuna altra azione necessaria."],
    "en": ["Escalated to the e-commerce team.", "Promised a call back by Friday.",
           "Offered a 10 € voucher.", "No further action needed."],
}
#: The staff notes written in English (the rest are in Italian).
ENGLISH_NOTES = {
    STAFF_NOTES["late"][1], STAFF_NOTES["late"][3], STAFF_NOTES["premium"][1],
    STAFF_NOTES["bargain"][1]}
STORES = ["Negozio Milano Centro", "Negozio Torino Lingotto", "Negozio Roma Eur",
          "Negozio Bologna Fiera"]

#: Every sentence the sample's code book codes, by (key, index): the groups' answers, the late
#: deliveries customers describe and the staff notes.
PLANTED = {**ANSWERS, "late_delivery": LATE_DELIVERY,
           **{f"staff_{topic}": notes for topic, notes in STAFF_NOTES.items()}}

DETAILS = [
    "Ultima volta a {city}, di sabato.", "Last time it was a gift for my {who}.",
    "Era per {who}, serviva in fretta.", "I shop about {n} times a month.",
    "Sono cliente da {years} anni.", "It happened again {n} weeks ago.",
    "Ne ho parlato anche con {who}.", "Honestly, {n} out of 10 is my rating today.",
]
WHO = ["mia sorella", "my partner", "mio padre", "a colleague", "la mia vicina", "my son"]


def open_answer(rng: random.Random, key: str, city: str) -> str:
    """A varied open answer: two of the group's themes and a personal detail."""
    first, second = rng.sample(ANSWERS[key], 2)
    detail = rng.choice(DETAILS).format(city=city, who=rng.choice(WHO), n=rng.randint(2, 9),
                                        years=rng.randint(1, 15))
    return f"{first} {detail} {second}" if rng.random() < 0.5 else f"{first} {second} {detail}"


STAGES = ["problem discovery", "problem definition", "development and resolution",
          "delivery of the solution"]
STAGE_ACTIONS = {
    "problem discovery": ["saw ad", "browsed catalogue", "read review"],
    "problem definition": ["compared products", "asked advice", "checked price"],
    "development and resolution": ["added to cart", "checkout", "payment"],
    "delivery of the solution": ["delivery", "pickup", "return request"],
}
GROUP_CHANNELS = {
    "bargain": ["web", "app", "app", "e-mail", "social"],
    "regular": ["store", "store", "store", "call centre"],
    "premium": ["app", "app", "store", "web"],
    "hesitant": ["call centre", "call centre", "chat", "web", "e-mail"],
}


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def month_start(index: int) -> datetime:
    """The first day of the ``index``-th month from HISTORY_START (negative: before it)."""
    months = HISTORY_START.year * 12 + HISTORY_START.month - 1 + index
    return datetime(months // 12, months % 12 + 1, 1)


HISTORY_END = month_start(HISTORY_MONTHS)


def history_day(rng: random.Random, day_draw: int) -> datetime:
    """A day in the history: a month drawn from ``rng`` (each month as likely, so monthly
    counts stay level), the day of the month from ``day_draw``."""
    return month_start(rng.randrange(HISTORY_MONTHS)) + timedelta(days=day_draw % 28)


def shift_month(when: datetime) -> int | None:
    """Which month of the planted shift ``when`` falls in (0, 1, 2), or None before it."""
    if when < SHIFT_START:
        return None
    index = (when.year - SHIFT_START.year) * 12 + when.month - SHIFT_START.month
    return min(index, len(SHIFT_LATE) - 1)


def _behaviour(rng: random.Random, group: Group) -> dict[str, Any]:
    """What a customer of ``group`` buys and how (the attributes personas are made from)."""
    return {
        "store": max(0, int(rng.gauss(group.store, group.store / 3 + 0.5))),
        "web": max(0, int(rng.gauss(group.web, group.web / 3 + 0.5))),
        "app": max(0, int(rng.gauss(group.app, group.app / 3 + 0.5))),
        "calls": max(0, int(rng.gauss(group.calls, group.calls / 3 + 0.5))),
        "spend": round(_clip(rng.lognormvariate(0, 0.35) * group.spend[0], 20, 40_000), 2),
        "returns": max(0, int(rng.gauss(group.returns, 0.9))),
        "tier": rng.choice(group.tiers),
        "preferred": rng.choice(group.preferred),
    }


def _person(rng: random.Random, group: Group, i: int, first_signup: datetime,
            signup_days: int) -> dict[str, Any]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    ident = f"C{i + 1:05d}"
    plain = unicodedata.normalize("NFKD", f"{first}.{last}{i}".lower().replace(" ", ""))
    email = "".join(c for c in plain if not unicodedata.combining(c)) + "@example.com"
    return {
        "group": group, "customer_id": ident, "name": f"{first} {last}", "email": email,
        "phone": f"+39 3{rng.randint(20, 49)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        "age": int(_clip(rng.gauss(*group.age), 18, 90)),
        "city": rng.choice(CITIES),
        "income": round(_clip(rng.gauss(*group.income), 8_000, 250_000), -2),
        **_behaviour(rng, group),
        "signup": first_signup + timedelta(days=rng.randint(0, signup_days)),
    }


def people_of(customers: int = 2000) -> list[dict[str, Any]]:
    """The first CRM export's customers, each with the group they were planted in."""
    return _people(random.Random(SEED), customers)


def _people(rng: random.Random, customers: int) -> list[dict[str, Any]]:
    weights = [g.weight for g in GROUPS]
    return [_person(rng, rng.choices(GROUPS, weights)[0], i, datetime(2019, 1, 1), 2400)
            for i in range(customers)]


def _write_crm(path: Path, people: list[dict], export_day: datetime, rng: random.Random,
               churn_rng: random.Random) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(CRM_HEADER)
        for p in people:
            income = "" if rng.random() < 0.02 else f"{p['income']:.0f}"  # some blanks, as in life
            tenure = max(1, (export_day - p["signup"]).days // 30)
            if "churned" not in p:
                risk = CHURN_BASE[p["group"].key] + 0.03 * min(p["calls"], 8)
                p["churned"] = churn_rng.random() < risk
            writer.writerow([p["customer_id"], p["name"], p["email"], p["phone"], p["age"],
                             p["city"], income, p["tier"], p["store"], p["web"], p["app"],
                             p["calls"], f"{p['spend']:.2f}", p["returns"], p["preferred"],
                             p["signup"].strftime("%d/%m/%Y"), tenure,
                             "Yes" if p["churned"] else "No"])


@dataclass
class Wave:
    """The later CRM export: every row, and what was planted in it."""

    people: list[dict[str, Any]]
    #: customer_id -> group of the customers who joined since the first export.
    new: dict[str, str]
    #: customer_id -> (group before, group now) of the customers who changed group.
    movers: dict[str, tuple[str, str]]
    #: customer_id of the existing customers whose figures changed within their group.
    updated: list[str]


def plan_wave(people: list[dict[str, Any]]) -> Wave:
    """The later CRM export of ``people`` (the first export's customers): deterministic."""
    rng = random.Random(WAVE_SEED)
    groups = {g.key: g for g in GROUPS}
    weights = [g.weight for g in GROUPS]
    scale = len(people) / 2000
    rows: list[dict[str, Any]] = []
    movers: dict[str, tuple[str, str]] = {}
    taken: set[str] = set()
    for before, now, count in MOVERS:
        pool = [p for p in people if p["group"].key == before]
        for p in rng.sample(pool, k=min(len(pool), max(1, round(count * scale)))):
            # a new way of shopping (the group's purchases, tier, channel); same person
            rows.append({**p, **_behaviour(rng, groups[now]), "group": groups[now]})
            movers[p["customer_id"]] = (before, now)
            taken.add(p["customer_id"])
    pool = [p for p in people if p["customer_id"] not in taken]
    updated = rng.sample(pool, k=min(len(pool), round(WAVE_UPDATED_SHARE * len(people))))
    for p in updated:  # three more months of the same habits
        g = p["group"]
        rows.append({**p, "store": p["store"] + rng.randint(0, round(g.store / 4)),
                     "web": p["web"] + rng.randint(0, round(g.web / 4)),
                     "app": p["app"] + rng.randint(0, round(g.app / 4)),
                     "calls": p["calls"] + rng.randint(0, 1),
                     "spend": round(p["spend"] * rng.uniform(1.02, 1.12), 2)})
    rows.sort(key=lambda p: p["customer_id"])
    new: dict[str, str] = {}
    start = len(people)
    for i in range(round(WAVE_NEW_SHARE * len(people))):
        # signed up between the two exports
        person = _person(rng, rng.choices(GROUPS, weights)[0], start + i, EXPORT_DAY,
                         (WAVE_EXPORT_DAY - EXPORT_DAY).days - 1)
        rows.append(person)
        new[person["customer_id"]] = person["group"].key
    return Wave(rows, new, movers, [p["customer_id"] for p in updated])


def generate(folder: Path, customers: int = 2000) -> dict[str, Path]:
    """Write the sample's CSV files into ``folder``; returns them by role."""
    rng = random.Random(SEED)
    folder.mkdir(parents=True, exist_ok=True)
    people = _people(rng, customers)
    time_rng = random.Random(TIME_SEED)
    shift_rng = random.Random(SHIFT_SEED)

    paths = {}
    churn_rng = random.Random(CHURN_SEED)
    crm = folder / "crm_customers.csv"
    _write_crm(crm, people, EXPORT_DAY, rng, churn_rng)
    paths["crm"] = crm

    voc_rng = random.Random(VOC_SEED)
    late = {p["customer_id"]: voc_rng.random() < LATE_SHARE[p["group"].key] for p in people}

    # An Italian survey export: semicolon separated, decimal commas, Windows-1252.
    survey = folder / "sondaggio_soddisfazione.csv"
    with survey.open("w", newline="", encoding="cp1252") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["E-mail", "Data compilazione", "Soddisfazione (1-10)", NPS_QUESTION,
                         CSAT_QUESTION, "Facilità di acquisto", "Cosa miglioreresti?"])
        for p in rng.sample(people, k=min(len(people), 700)):
            answered = history_day(time_rng, time_rng.randrange(28))
            base = {"bargain": 7.2, "regular": 7.8, "premium": 8.1, "hesitant": 4.9}[p["group"].key]
            satisfaction = _clip(rng.gauss(base, 1.2), 1, 10)
            answer = open_answer(rng, p["group"].key, p["city"])
            email = p["email"].upper() if rng.random() < 0.1 else p["email"]
            noise = rng.gauss(0, 1)
            ease = rng.choice(["facile", "nella media", "difficile"] if p["group"].key != "hesitant"
                              else ["difficile"] * 3 + ["nella media"])
            # the planted driver (its own random stream): a late order costs three points
            was_late = late[p["customer_id"]]
            # the planted shift: the new courier makes the group's orders late, more each month
            month = shift_month(answered) if p["group"].key == SHIFT_GROUP else None
            now_late = (not was_late and month is not None
                        and shift_rng.random() < SHIFT_LATE[month])
            if was_late or now_late:
                satisfaction = _clip(satisfaction - 3.0, 1, 10)
            recommend = int(_clip(round(satisfaction + noise), 0, 10))
            overall = int(_clip(round(1 + (satisfaction - 1) * 4 / 9 + voc_rng.gauss(0, 0.45)),
                                1, 5))
            if was_late and recommend <= 8 and voc_rng.random() < 0.9:
                answer = f"{answer} {voc_rng.choice(LATE_DELIVERY)}"
            elif now_late and recommend <= 8 and shift_rng.random() < 0.9:
                answer = f"{answer} {shift_rng.choice(LATE_DELIVERY)}"
            writer.writerow([email, answered.strftime("%d/%m/%Y"),
                             f"{satisfaction:.1f}".replace(".", ","), recommend, overall,
                             ease, answer.encode("cp1252", "replace").decode("cp1252")])
    paths["survey"] = survey

    interviews = folder / "interviews.csv"
    with interviews.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "Interview date", "Interviewer",
                         "Tell us about your last purchase", "What frustrates you?",
                         "What would make you come back?"])
        chosen = [p for p in people if rng.random() < 0.025][:48]
        for p in chosen:
            key = p["group"].key
            answers = [open_answer(rng, key, p["city"]) for _ in range(3)]
            writer.writerow([p["customer_id"], history_day(time_rng, rng.randint(0, 60)).date(),
                             rng.choice(["A. Conti", "M. Greco", "J. Taylor"]), *answers])
    paths["interviews"] = interviews

    events = folder / "touchpoints.csv"
    with events.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "timestamp", "channel", "stage", "action", "outcome",
                         "score"])
        for p in people:
            if rng.random() > 0.6:
                continue
            key = p["group"].key
            # a journey starts any day of the year (or the month before, partly seen): the
            # month from its own stream, the day and time from the draw the sample always made
            minute = rng.randint(0, 60 * 24 * 60)
            when = month_start(time_rng.randrange(-1, HISTORY_MONTHS)) + timedelta(
                days=minute // (24 * 60) % 28, minutes=minute % (24 * 60))
            for stage in STAGES:
                contacts = 1 + (rng.random() < 0.35)
                # planted friction: hesitant customers repeat and stall at resolution;
                # returns via the call centre go badly for everyone
                if key == "hesitant" and stage == "development and resolution":
                    contacts += rng.randint(1, 3)
                for _ in range(contacts):
                    channel = rng.choice(GROUP_CHANNELS[key])
                    action = rng.choice(STAGE_ACTIONS[stage])
                    score = rng.choice([4, 5, 5, 4, 3])
                    if key == "hesitant" and stage == "development and resolution":
                        score = rng.choice([1, 2, 2, 3, 4])  # planted: the worst moment
                    outcome = "ok"
                    if action == "return request" and channel == "call centre":
                        score, outcome = rng.choice([1, 2, 2]), "complaint"
                    elif key == "premium" and action == "pickup" and rng.random() < 0.3:
                        score, outcome = 2, "not ready"
                    elif key == "bargain" and action == "payment" and channel == "app" \
                            and rng.random() < 0.4:
                        score, outcome = 1, "failed"
                    if action == "delivery" and outcome == "ok":
                        late_share = DELIVERY_LATE[key]
                        month = shift_month(when) if key == SHIFT_GROUP else None
                        if month is not None:  # the planted shift
                            late_share += (1 - late_share) * SHIFT_LATE[month]
                        if shift_rng.random() < late_share:
                            score, outcome = shift_rng.choice([1, 2, 2]), "late"
                    if HISTORY_START <= when < HISTORY_END:  # the export's twelve months
                        writer.writerow([p["customer_id"], when.strftime("%Y-%m-%d %H:%M:%S"),
                                         channel, stage, action, outcome, score])
                    when += timedelta(hours=rng.randint(2, 96))
                if key == "hesitant" and stage == "development and resolution" \
                        and rng.random() < 0.45:
                    break  # drops out before delivery
    paths["events"] = events
    paths["frontline"] = staff_notes(folder, people, late, voc_rng, time_rng)
    wave = plan_wave(people)
    paths["crm_wave"] = folder / "crm_customers_2026.csv"
    wave_rng = random.Random(WAVE_SEED + 1)
    _write_crm(paths["crm_wave"], wave.people, WAVE_EXPORT_DAY, wave_rng, wave_rng)
    paths["transcripts"], paths["transcript_customers"] = transcripts(folder, people, late)
    return paths


NPS_QUESTION = ("Quanto consiglieresti il nostro negozio a un amico o a un collega? (0-10)")
CSAT_QUESTION = "Soddisfazione complessiva (1-5)"


def staff_notes(folder: Path, people: list[dict], late: dict[str, bool],
                rng: random.Random, time_rng: random.Random) -> Path:
    """Notes store and call-centre staff wrote about customers: the front-line voice.

    Customers whose order came late often turn up in them; the others now and then, about
    what their group cares about.
    """
    path = folder / "note_personale_negozio.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Codice cliente", "Data", "Negozio / canale", "Nota del personale"])
        for p in people:
            key = p["group"].key
            if late[p["customer_id"]] and rng.random() < 0.3:
                topic = "late"
            elif rng.random() < 0.04:
                topic = key
            else:
                continue
            where = ("Call centre" if key == "hesitant" or rng.random() < 0.3
                     else rng.choice(STORES))
            day = history_day(time_rng, rng.randint(0, 80))
            note = rng.choice(STAFF_NOTES[topic])
            language = "en" if note in ENGLISH_NOTES else "it"
            note = f"{note} {rng.choice(STAFF_DETAILS[language])}"
            writer.writerow([p["customer_id"], day.strftime("%d/%m/%Y"), where, note])
    return path


# --------------------------------------------------------------------------- transcripts

#: The interview transcripts have their own random stream (the rest of the sample stays as it was).
TRANSCRIPT_SEED = SEED + 59
TRANSCRIPT_FOLDER = "trascrizioni"
TRANSCRIPT_MAPPING = "trascrizioni_clienti.csv"
#: The speaker keys of the research team in the transcripts (labels folded as the app folds
#: them: "Interviewer 1:" is "interviewer 1", "INT:" is "int"); every other speaker is a
#: customer. What the sample's researcher confirms on the speakers list.
INTERVIEWER_KEYS = frozenset({"intervistatore", "marta", "interviewer 1", "interviewer 2",
                              "moderatore", "speaker 1", "int", "ricercatrice", "enquêteur"})
#: First names by how the transcripts speak of the customer (Italian grammar agrees with them).
FEMALE_IT = ("Giulia", "Sofia", "Chiara", "Aurora", "Martina", "Sara", "Elena", "Beatrice")
MALE_IT = ("Marco", "Luca", "Matteo", "Francesco", "Alessandro", "Lorenzo", "Davide", "Niccolò")
ENGLISH_NAMES = ("Emma", "Noah", "Olivia", "Liam", "James", "Amelia")
FRENCH_NAMES = ("Renée", "Lefèvre")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")


@dataclass(frozen=True)
class Interview:
    """One transcript of the sample: who is interviewed and how the file is written."""

    file: str  # the file name, "{slug}" replaced by the customer's surname
    #: What comes before the first turn (a title, the date). It and the turns are str.format
    #: templates: {first}, {upper}, {name}, {city}, {day}, {iso}, {long} and the planted
    #: sentences as {bargain0}, {late_delivery2}…
    header: str
    turns: tuple[tuple[str, str], ...]  # (speaker label as written, words)
    group: str | None  # the customer's planted group (None: a focus group, linked to no one)
    names: tuple[str, ...] = ()  # first (or last) names the customer's name must contain
    late: bool = False  # the customer's online order came late (the planted driver)
    month: tuple[int, int] = (2025, 6)
    bom_crlf: bool = False  # saved by Windows Notepad: a byte-order mark and CRLF line ends
    otter: bool = False  # an Otter.ai export: label and time on a line, the words below
    colon: str = ": "  # what follows a label ("Enquêteur : " in French typography)

    def text(self) -> str:
        """The transcript as the file holds it (before the fields are filled in)."""
        if self.otter:
            turns = "\n\n".join(f"{label}\n{words}" for label, words in self.turns)
        else:
            turns = "\n".join(f"{label}{self.colon}{words}" for label, words in self.turns)
        return f"{self.header}{turns}\n"


INTERVIEWS = [
    Interview(
        "Intervista_01_{slug}.txt",
        "Progetto: Esperienza d'acquisto omnicanale\n"
        "Data: {day}\n"
        "Durata: 24 minuti\n"
        "\n",
        (
            ("Intervistatore",
             "Allora, grazie per il tempo. Per iniziare, mi racconta com'è andato il suo ultimo "
             "acquisto?"),
            ("Cliente",
             "Sì, allora... ehm, l'ultimo acquisto l'ho fatto sull'app, a dicembre, erano delle "
             "scarpe in offerta. Cioè, io compro quasi sempre online perché trovo prezzi migliori."),
            ("Intervistatore", "Okay. E com'è andata la consegna?"),
            ("Cliente",
             "Eh, male. {late_delivery2} Tipo, ogni mattina aprivo il tracking e c'era scritto "
             "«in consegna»."),
            ("Intervistatore", "Mm-hmm."),
            ("Cliente",
             "E non è la prima volta, da quando hanno cambiato corriere. Prima arrivava tutto in "
             "due giorni, adesso con il nuovo corriere è una lotteria."),
            ("Intervistatore",
             "Nel questionario di selezione lei ha scritto: «{bargain0}» Mi racconta cosa è "
             "successo quella volta?"),
            ("Cliente",
             "Ah sì, sì. Cioè, avevo il codice della newsletter, il dieci per cento, e al momento "
             "di pagare l'app diceva «codice non valido». Ho riprovato tre volte, poi ho lasciato "
             "perdere."),
            ("Intervistatore", "E poi ha comprato altrove?"),
            ("Cliente",
             "Ehm... sì, da un concorrente, stesso prezzo e spedizione gratuita. {bargain2}"),
            ("Intervistatore", "Capisco. E il negozio, ci va mai?"),
            ("Cliente",
             "Poco, tipo una volta ogni due mesi, a {city}. Il sabato c'è sempre una coda "
             "lunghissima alle casse, quindi se posso evito."),
            ("Intervistatore", "Okay. Cosa la farebbe tornare a comprare da noi più spesso?"),
            ("Cliente",
             "Allora, la spedizione gratis sopra una certa cifra, e che i codici sconto funzionino. "
             "E che il pacco arrivi quando dite, cioè, non chiedo tanto."),
            ("Intervistatore", "Chiarissimo. Grazie mille."),
            ("Cliente", "Grazie a lei."),
        ),
        "bargain", MALE_IT + FEMALE_IT, late=True, month=(2026, 1)),

    Interview(
        "Intervista_02_{slug}.txt",
        "Intervista {name} - negozio di {city}\n"
        "Data: {day}\n"
        "\n",
        (
            ("Marta", "Bene, sta registrando. Allora, da quanto tempo è cliente da noi?"),
            ("{first}", "Eh, da tanti anni, ormai saranno quindici. {regular0}"),
            ("Marta", "Che bello. E cosa compra di solito?"),
            ("{first}",
             "Un po' di tutto, la casa soprattutto. Chiedo sempre di Paola al reparto casa, lei sa "
             "cosa mi serve."),
            ("Marta", "E online? Ha mai provato l'app o il sito?"),
            ("{first}",
             "No, no. Cioè, mio figlio me l'ha installata, l'app, ma io preferisco vedere le cose. "
             "E non mi fido tanto a mettere la carta."),
            ("Marta", "Certo. Mi racconta un'esperienza che non è andata bene?"),
            ("{first}",
             "Sì, allora, il reso. Avevo comprato un tostapane, un regalo per mia sorella, ed era "
             "difettoso. {regular2}"),
            ("Marta", "Tre volte?"),
            ("{first}",
             "Tre volte, sì. E ogni volta dovevo rispiegare tutto da capo. Alla fine sono andata in "
             "negozio e me l'hanno cambiato lì, in cinque minuti."),
            ("Marta", "E le code alle casse, il sabato?"),
            ("{first}",
             "Ah, quelle... Eh, il sabato mattina è impossibile, una volta ho lasciato il carrello "
             "e sono uscita. Adesso vado il martedì."),
            ("Marta", "Capisco. E la tessera fedeltà la usa?"),
            ("{first}", "Sempre. {regular3} Devo chiederli ogni volta alla cassiera."),
            ("Marta", "Okay, grazie, è stata molto utile."),
            ("{first}", "Ma si figuri, grazie a lei."),
        ),
        "regular", FEMALE_IT, month=(2025, 7)),

    Interview(
        "Interview_03_{slug}.txt",
        "Interview 03 - premium customers\n"
        "Date: {iso}\n"
        "\n",
        (
            ("Interviewer 1",
             "Thanks for making the time. Could you walk us through how you usually shop with us?"),
            ("Interviewee", "Sure. So, um, mostly on the app, honestly. {premium0}"),
            ("Interviewer 1", "Mm-hmm. And does that work?"),
            ("Interviewee",
             "Most of the time, yeah. But, you know, a couple of times I got there and the order "
             "wasn't ready. I waited twenty minutes at the pickup desk."),
            ("Interviewer 2", "What did the staff say?"),
            ("Interviewee",
             "They were nice about it, they just, like, couldn't find it in the system. The app "
             "said “ready for collection” and it wasn't."),
            ("Interviewer 1", "Okay. And deliveries at home?"),
            ("Interviewee", "Yeah, for bigger things. {premium2}"),
            ("Interviewer 1", "Right. Do prices or discounts matter to you?"),
            ("Interviewee",
             "Not really, no. I mean, a discount is nice, but I don't go looking for codes."),
            ("Interviewer 1",
             "Is there anything that annoys you about switching between the app, the website and "
             "the store?"),
            ("Interviewee",
             "Oh, yeah. Every channel has its own history. I'd like to see everything I bought in "
             "one place, wherever I bought it."),
            ("Interviewer 1", "Okay, that's really helpful. Thank you."),
            ("Interviewee", "Thank you, good luck with it."),
        ),
        "premium", ENGLISH_NAMES, month=(2025, 10)),

    Interview(
        "Intervista_04_{slug}.txt",
        "",
        (
            ("[00:00:04] Moderatore",
             "Buongiorno, grazie di aver accettato. Le ricordo che registriamo solo l'audio. Va "
             "bene?"),
            ("[00:00:11] Intervistata", "Sì, sì, va bene."),
            ("[00:00:14] Moderatore",
             "Allora, mi racconti dell'ultima volta che ha pensato di comprare da noi."),
            ("[00:00:21] Intervistata",
             "Ehm... allora, volevo un giubbotto per mio padre. {hesitant0}"),
            ("[00:01:02] Moderatore", "Perché rinuncia, secondo lei?"),
            ("[00:01:09] Intervistata",
             "Perché ho paura di sbagliare e poi di dover fare il reso. Cioè, il reso per me è un "
             "incubo."),
            ("[00:01:30] Moderatore", "Ha avuto brutte esperienze?"),
            ("[00:01:34] Intervistata",
             "Sì. {hesitant2} E il rimborso è arrivato dopo tre settimane."),
            ("[00:02:15] Moderatore", "Mm-hmm."),
            ("[00:02:16] Intervistata",
             "E al call centre ogni volta una persona diversa, e dovevo ripetere tutto, il numero "
             "d'ordine, il problema, tutto."),
            ("[00:02:40] Moderatore", "E l'app, o il sito, li usa?"),
            ("[00:02:44] Intervistata",
             "Il sito un po', ma è confuso, non trovo mai le condizioni di reso. L'app no, non ce "
             "l'ho."),
            ("[00:03:12] Moderatore", "Cosa la aiuterebbe a comprare con più tranquillità?"),
            ("[00:03:18] Intervistata",
             "Tipo una guida alle taglie fatta bene. E poter fare il reso in negozio, subito, senza "
             "telefonare."),
            ("[00:03:40] Moderatore", "Perfetto. Grazie, davvero."),
            ("[00:03:43] Intervistata", "Grazie a voi."),
        ),
        "hesitant", FEMALE_IT, month=(2025, 5)),

    Interview(
        "Interview_05_{slug}.txt",
        "{name} - phone interview\n"
        "{long}\n"
        "\n",
        (
            ("Speaker 1  0:03",
             "Okay, I think we're recording. So, thanks for taking the call. Could you tell me "
             "about your last order with us?"),
            ("Speaker 2  0:11",
             "Yeah, sure. So it was, um, a pair of headphones on the app, they were on sale, like "
             "thirty percent off."),
            ("Speaker 1  0:19", "Nice. And how did it go?"),
            ("Speaker 2  0:22",
             "Well, not great, honestly. {late_delivery1} You know, I kept checking and it just "
             "said “in transit”."),
            ("Speaker 1  0:35", "Mm-hmm. Was that the first time?"),
            ("Speaker 2  0:38",
             "No. Since, like, December, it's happened three times, I think. The free delivery "
             "orders go with a different courier now, I guess."),
            ("Speaker 1  0:51", "Right. What about paying in the app?"),
            ("Speaker 2  0:55",
             "Oh, yeah. {bargain3} Which is, you know, kind of annoying when the deal ends at "
             "midnight."),
            ("Speaker 1  1:08", "Okay. What would keep you shopping with us?"),
            ("Speaker 2  1:12",
             "Honestly, prices. {bargain1} But if the parcels keep coming late, I'll just go "
             "elsewhere."),
            ("Speaker 1  1:24", "That's really helpful. Thank you so much."),
            ("Speaker 2  1:27", "No worries. Thanks, bye."),
        ),
        "bargain", ENGLISH_NAMES, late=True, month=(2026, 2), otter=True),

    Interview(
        "Focus_group_06_Milano.txt",
        "Focus group - clienti di Milano, {day}\n"
        "Presenti: moderatore, tre clienti (P1, P2, P3)\n"
        "\n",
        (
            ("Moderatore",
             "Benvenuti e grazie di essere qui. Facciamo un giro di presentazioni: come fate "
             "acquisti da noi, di solito? P1?"),
            ("P1",
             "Allora, io praticamente solo sull'app. Lavoro, non ho tempo di andare in negozio. E "
             "guardo sempre le offerte."),
            ("P2",
             "Io invece al contrario, vado in negozio, in centro. Da anni. L'app ce l'ho ma non la "
             "apro mai."),
            ("P3", "Io un mix. Ordino sull'app e ritiro in negozio quando torno dal lavoro."),
            ("Moderatore", "Okay. Cosa funziona bene e cosa no?"),
            ("P1",
             "Ehm, le offerte sono buone, però il checkout sull'app a volte si blocca. Tipo, "
             "l'altra settimana ho dovuto rifare il pagamento due volte."),
            ("P3", "Sì, confermo. E il ritiro... {premium1}"),
            ("P2",
             "Per me il problema sono le code. Il sabato mattina, alle casse, cioè, venti minuti. "
             "Una volta ho lasciato lì il carrello."),
            ("Moderatore", "Mm-hmm. Venti minuti?"),
            ("P2", "Anche di più. E ci sono tre casse aperte su otto."),
            ("Moderatore", "E sui prezzi? Vi sembrano giusti?"),
            ("P1",
             "Online sì. In negozio a volte lo stesso prodotto costa di più, ed è strano. Una volta "
             "ho fatto vedere il prezzo dell'app alla cassiera."),
            ("P2", "Questo non lo sapevo, guarda."),
            ("P3", "Io sui prezzi non sto tanto a guardare, preferisco che sia veloce."),
            ("Moderatore", "Ultima domanda: se poteste cambiare una cosa, quale sarebbe?"),
            ("P1", "Il checkout dell'app. Deve funzionare, punto."),
            ("P2", "Più casse aperte il sabato."),
            ("P3", "{premium3}"),
            ("Moderatore", "Perfetto, grazie a tutti."),
            ("P2", "Grazie a voi."),
        ),
        None, month=(2025, 11)),

    # the recorder was started late: the file begins in the middle of an answer
    Interview(
        "Intervista_07_{slug}.txt",
        "...e quindi niente, alla fine l'ho preso lo stesso, ma ci ho messo una settimana a decidere.\n",
        (
            ("INT", "Ok, riprendiamo da lì. Lei ordina più dall'app o dal sito?"),
            ("{upper}",
             "Dall'app, sempre. Il sito lo uso solo dal computer in ufficio, tipo per confrontare."),
            ("INT", "E il ritiro in negozio come va?"),
            ("{upper}",
             "Eh. {premium1} L'ultima volta ho aspettato al banco ritiri con la macchina in doppia "
             "fila (ride 😅)."),
            ("INT", "Mm-hmm. E quanto conta il prezzo per lei?"),
            ("{upper}",
             "Poco, onestamente. Cioè, se c'è lo sconto bene, ma non vado a cercarlo. Pagherei "
             "anche di più per la consegna in giornata."),
            ("INT", "Ha mai dovuto contattare il servizio clienti?"),
            ("{upper}",
             "Una volta, per un reso. Ho dovuto spiegare tutto due volte, prima in chat e poi al "
             "telefono. Vorrei che sapessero già chi sono e cosa ho comprato."),
            ("INT", "Okay. Grazie, abbiamo finito."),
            ("{upper}", "Perfetto, grazie a voi 👍"),
        ),
        "premium", MALE_IT, month=(2025, 12)),

    Interview(
        "Intervista_08_{slug}.txt",
        "Trascrizione intervista n. 8\n"
        "Data: {day}\n"
        "\n",
        (
            ("Ricercatrice", "Buongiorno {first}, grazie. Possiamo partire?"),
            ("{first}", "Sì, certo."),
            ("Ricercatrice", "Mi racconta l'ultima volta che ha ordinato online da noi?"),
            ("{first}",
             "Allora... ehm, era un regalo per mia nipote, un set di pentole. {late_delivery0} "
             "Doveva essere per il suo compleanno."),
            ("Ricercatrice", "Oh, mi dispiace. Come l'ha scoperto?"),
            ("{first}",
             "Che non arrivava? Eh, ho chiamato io. Al telefono mi hanno detto di scrivere in chat, "
             "in chat mi hanno detto di chiamare."),
            ("Ricercatrice", "Mm-hmm."),
            ("{first}",
             "Sinceramente sul sito non ci capisco molto. Non sapevo nemmeno dove guardare lo stato "
             "dell'ordine."),
            ("Ricercatrice", "E dopo questa esperienza ha comprato ancora da noi?"),
            ("{first}",
             "Sì, ma in negozio. Preferisco chiedere a qualcuno, anche se c'è da fare la coda."),
            ("Ricercatrice", "Cosa l'avrebbe aiutata?"),
            ("{first}",
             "Un messaggio, tipo un SMS, che mi dicesse che il pacco era in ritardo. Così almeno lo "
             "sapevo."),
            ("Ricercatrice", "Grazie mille, è stato molto utile."),
            ("{first}", "Grazie a lei, arrivederci."),
        ),
        "hesitant", FEMALE_IT, late=True, month=(2025, 9), bom_crlf=True),

    # a customer who preferred to speak French: themes leave it out (no French stop words)
    Interview(
        "Entretien_09_{slug}.txt",
        "Entretien - cliente francophone, {city}\n"
        "Date : {day}\n"
        "\n",
        (
            ("Enquêteur",
             "Bonjour, merci d'avoir accepté. Vous pouvez me parler de votre dernier achat ?"),
            ("Cliente",
             "Oui, alors, j'ai commandé une lampe sur le site, et elle est arrivée cassée. Le "
             "retour a été très compliqué, j'ai dû appeler trois fois pour avoir une réponse."),
            ("Enquêteur", "Et le remboursement ?"),
            ("Cliente",
             "Il est arrivé après presque un mois. Je pense que la prochaine fois je vais plutôt "
             "aller en magasin, c'est plus simple pour moi et on me connaît."),
            ("Enquêteur", "Merci beaucoup."),
            ("Cliente", "Merci à vous, bonne journée."),
        ),
        "hesitant", FRENCH_NAMES, month=(2026, 2), colon=" : "),
]


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c))


def _interviewee(rng: random.Random, people: list[dict], late: dict[str, bool],
                 interview: Interview, taken: set[str], named: set[str]) -> dict[str, Any] | None:
    """A customer of the interview's group who fits it (name, late order), each once.

    Fewer customers (a small sample) relax the wish list: the name, then the late order,
    then the group; None when every customer was interviewed already.
    """
    def fits(p: dict, *, name: bool, was_late: bool, group: bool) -> bool:
        first = p["name"].split()[0]
        return (p["customer_id"] not in taken and first not in named
                and (not group or p["group"].key == interview.group)
                and (not was_late or not interview.late or late[p["customer_id"]])
                and (not name or not interview.names
                     or any(part in interview.names for part in p["name"].split())))

    for wish in ({"name": True, "was_late": True, "group": True},
                 {"name": True, "was_late": False, "group": True},
                 {"name": False, "was_late": True, "group": True},
                 {"name": False, "was_late": False, "group": True},
                 {"name": False, "was_late": False, "group": False}):
        pool = [p for p in people if fits(p, **wish)]
        if pool:
            return rng.choice(pool)
    return None


def transcripts(folder: Path, people: list[dict], late: dict[str, bool]) -> tuple[Path, Path]:
    """Write the interview transcripts (a folder of TXT files) and the mapping of each
    one-to-one interview's file to its customer's id; returns both."""
    rng = random.Random(TRANSCRIPT_SEED)
    target = folder / TRANSCRIPT_FOLDER
    target.mkdir(parents=True, exist_ok=True)
    planted = {f"{key}{i}": text for key, texts in PLANTED.items()
               for i, text in enumerate(texts)}
    taken: set[str] = set()
    named: set[str] = set()
    mapping: list[tuple[str, str]] = []
    for interview in INTERVIEWS:
        day = datetime(*interview.month, rng.randint(1, 28))
        fields = {**planted, "day": day.strftime("%d/%m/%Y"), "iso": day.date().isoformat(),
                  "long": f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}",
                  "city": rng.choice(CITIES),
                  "first": "", "upper": "", "name": "", "slug": "gruppo"}
        person = None
        if interview.group is not None:
            person = _interviewee(rng, people, late, interview, taken, named)
            if person is None:  # a sample this small has fewer interviews
                continue
            taken.add(person["customer_id"])
            first, *rest = person["name"].split()
            named.add(first)
            fields.update(first=first, upper=first.upper(), name=person["name"],
                          city=person["city"],
                          slug=_ascii("_".join(rest) or first).replace(" ", "_").replace("'", ""))
        name = interview.file.format(slug=fields["slug"])
        text = interview.text().format(**fields)
        if interview.bom_crlf:
            (target / name).write_bytes(("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"))
        else:
            (target / name).write_text(text, encoding="utf-8", newline="\n")
        if person is not None:
            mapping.append((name, person["customer_id"]))
    path = folder / TRANSCRIPT_MAPPING
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "customer_id"])
        writer.writerows(mapping)
    return target, path
