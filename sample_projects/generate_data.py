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
