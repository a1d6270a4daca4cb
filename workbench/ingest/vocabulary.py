"""Header words and cell values that reveal a column's role, in English and Italian.

Header words are compared after :func:`workbench.ingest.headers.header_words`
(lower case, accents removed, camelCase split), so "CustomerID", "Città" and
"E-mail" become ["customer", "id"], ["citta"] and ["e", "mail"].
"""

from __future__ import annotations

from workbench.domain.voc import MeasureKind

#: Words that qualify a personal-data header without changing its meaning
#: ("customer phone number", "nome e cognome", "indirizzo di residenza").
PII_QUALIFIERS = frozenset(
    "number numero num no nr n of the di del della e and customer cliente client contact "
    "contatto primary secondary home work personal personale private privato main principale "
    "business ufficio office respondent intervistato user utente 1 2 3 first last full given "
    "family middle line postal billing shipping spedizione fatturazione residenza".split())

EMAIL_WORDS = frozenset({"email", "mail", "pec", "posta", "elettronica", "e"})
EMAIL_REQUIRED = frozenset({"email", "mail", "pec"})
PHONE_WORDS = frozenset(
    {"phone", "telephone", "tel", "telefono", "cellulare", "cell", "cellphone", "mobile",
     "fisso", "whatsapp", "cellular"})
NAME_WORDS = frozenset(
    {"name", "nome", "cognome", "surname", "nominativo", "firstname", "lastname", "fullname",
     "forename", "nombre"})
ADDRESS_WORDS = frozenset(
    {"address", "indirizzo", "street", "via", "domicilio", "residenza", "addr", "recapito"})

ID_WORDS = frozenset(
    {"id", "uuid", "guid", "codice", "matricola", "identifier", "identificativo", "ident"})
ID_NUMBER_WORDS = frozenset({"code", "cod", "number", "numero", "no", "nr", "num", "n"})
ID_ENTITIES = frozenset(
    {"customer", "cliente", "client", "account", "member", "membership", "respondent",
     "intervistato", "user", "utente", "order", "ordine", "card", "tessera", "loyalty",
     "fidelity", "contract", "contratto", "socio", "iscritto", "ticket", "pratica", "case",
     "employee", "dipendente", "staff", "patient", "paziente", "student", "studente",
     "subscriber", "abbonato", "policy", "polizza", "household", "guest", "ospite",
     "passenger", "passeggero", "participant", "partecipante", "person", "persona"})

DATE_WORDS = frozenset(
    {"date", "data", "dt", "day", "giorno", "when", "quando", "timestamp", "time", "ora",
     "datetime", "created", "updated", "signup", "registration", "registrazione", "nascita",
     "birth", "dob", "scadenza", "since", "dal", "inizio", "fine", "start", "end"})

#: Postal codes look like numbers but are labels ("00184" Rome, "20121" Milan).
POSTAL_WORDS = frozenset({"zip", "zipcode", "postcode", "postal", "cap", "plz", "postleitzahl"})

CHANNEL_WORDS = frozenset(
    {"channel", "channels", "canale", "canali", "touchpoint", "touchpoints", "medium", "mezzo"})

#: Values that name a contact channel (compared lower case, "-" and "_" as spaces).
CHANNEL_VALUES = frozenset({
    "store", "shop", "in store", "instore", "retail", "physical store", "flagship", "outlet",
    "branch", "kiosk", "web", "website", "web site", "online", "e commerce", "ecommerce",
    "webshop", "web shop", "portal", "app", "mobile app", "mobile", "in app", "email",
    "e mail", "mail", "newsletter", "direct mail", "post", "letter", "phone", "telephone",
    "call", "call centre", "call center", "callcenter", "contact centre", "contact center",
    "phone call", "inbound call", "outbound call", "hotline", "helpdesk", "help desk", "chat",
    "live chat", "chatbot", "bot", "messenger", "whatsapp", "sms", "text", "telegram",
    "social", "social media", "social network", "facebook", "instagram", "twitter", "tiktok",
    "linkedin", "youtube", "catalog", "catalogue", "agent", "sales rep", "field sales",
    "salesperson", "event", "fair", "trade show", "negozio", "punto vendita", "filiale",
    "sportello", "sede", "sito", "sito web", "portale", "telefono", "telefonata", "chiamata",
    "servizio clienti", "assistenza", "posta", "lettera", "catalogo", "agente",
    "rappresentante", "fiera", "evento", "volantino", "punto vendita fisico", "app mobile"})

# Event logs (touchpoints): which columns play which part.
CUSTOMER_WORDS = frozenset(
    {"customer", "cliente", "client", "user", "utente", "respondent", "intervistato", "contact",
     "contatto", "account", "member", "visitor", "visitatore", "person", "persona"})
TIMESTAMP_WORDS = frozenset(
    {"timestamp", "time", "datetime", "date", "data", "when", "quando", "ora", "at", "occurred"})
ACTION_WORDS = frozenset(
    {"action", "azione", "event", "evento", "activity", "attivita", "step", "stage", "fase",
     "interaction", "interazione", "type", "tipo", "page", "pagina", "task", "what", "cosa",
     "operation", "operazione", "motivo", "reason", "topic"})
#: Words of a journey-stage column: an action column is preferred to it, since the
#: stage is read from the source itself (services.journeys) and the action says more.
STAGE_WORDS = frozenset({"stage", "fase", "phase", "stadio", "tappa", "step"})
OUTCOME_WORDS = frozenset(
    {"outcome", "result", "esito", "risultato", "status", "stato", "converted", "conversion",
     "conversione", "resolved", "risolto", "success", "successo"})
SCORE_WORDS = frozenset(
    {"score", "rating", "punteggio", "voto", "valutazione", "nps", "csat", "ces",
     "satisfaction", "soddisfazione", "sentiment", "emotion", "emozione", "stars", "stelle"})

# --- score measures: survey questions with a scale (NPS, CSAT, CES, ratings) ---

#: Header words naming a score measure, by kind, in the order they are tried: a
#: numeric column whose values fit one of the kind's scales becomes a measure
#: (workbench.ingest.measures), not an outcome.
MEASURE_KIND_WORDS: dict[MeasureKind, frozenset[str]] = {
    MeasureKind.NPS: frozenset(
        {"nps", "recommend", "recommended", "recommendation", "recommending", "promoter",
         "raccomandazione", "consiglierebbe", "consigliato", "consigliarci", "consiglieresti",
         "consigliereste", "consigliare", "consigliarlo", "consigliarla", "raccomanderesti",
         "raccomandare", "raccomandarci"}),
    MeasureKind.CSAT: frozenset(
        {"csat", "satisfaction", "satisfied", "soddisfazione", "soddisfatto", "soddisfatta",
         "soddisfatti"}),
    MeasureKind.CES: frozenset(
        {"ces", "effort", "easy", "ease", "facilita", "facile", "sforzo"}),
    MeasureKind.RATING: frozenset(
        {"rating", "ratings", "stars", "star", "stelle", "stelline", "voto", "valutazione"}),
}
#: Word groups that name a rating only together ("Review score", "Punteggio recensione").
RATING_PHRASES = (frozenset({"review", "score"}), frozenset({"punteggio", "recensione"}))

# --- outcomes: results to explain, measured per persona (never clustered on) ---

#: Header words naming an outcome, by the concept shown in the reason.
OUTCOME_CONCEPT_WORDS: dict[str, frozenset[str]] = {
    "churn": frozenset(
        {"churn", "churned", "churner", "churning", "attrition", "attrited", "cancelled",
         "canceled", "cancel", "cancellation", "cancellato", "exited", "abbandono",
         "abbandonato", "abbandona", "disdetta", "disdetto", "disdette", "recesso", "cessato",
         "cessazione", "defection", "defected", "lapsed", "unsubscribed", "disiscritto"}),
    "complaint": frozenset(
        {"complain", "complained", "complaint", "complaints", "reclamo", "reclami",
         "lamentela", "lamentele", "reclamato"}),
    "conversion": frozenset(
        {"converted", "conversion", "conversione", "convertito", "convertita"}),
    "satisfaction": frozenset(
        {"satisfaction", "satisfied", "soddisfazione", "soddisfatto", "csat", "ces"}),
    "recommendation": frozenset(
        {"nps", "recommend", "recommended", "recommendation", "raccomandazione",
         "consiglierebbe", "consigliato", "promoter", "consigliarci", "consiglieresti",
         "consigliereste", "consigliare", "consigliarlo", "consigliarla", "raccomanderesti",
         "raccomandare", "recommending"}),
    "response": frozenset(
        {"response", "responded", "risposta", "risposto", "accepted", "accept", "acceptance",
         "accettato", "accettata", "accettazione", "aderito", "adesione", "subscribed"}),
    "value": frozenset(
        {"revenue", "revenues", "fatturato", "ricavo", "ricavi", "clv", "ltv", "cltv", "clty",
         "lifetime", "profitability", "redditivita"}),
}
#: Sub-header words of a two-row survey header that only say "the answers" ("Response").
SURVEY_ANSWER_WORDS = frozenset(
    {"response", "responses", "risposta", "risposte", "answer", "answers", "open", "ended",
     "aperta"})
#: "value"/"valore" name an outcome only with these words around them ("customer lifetime
#: value", "valore cliente"), not in "order value" or "valore ordine".
VALUE_WORDS = frozenset({"value", "valore"})
VALUE_QUALIFIERS = frozenset(
    {"customer", "cliente", "client", "lifetime", "life", "time", "total", "totale", "predicted",
     "estimated", "annual", "annuo", "del", "di", "della", "vita", "the", "of", "clv", "ltv",
     "cltv", "score"})
#: Words that make a header something other than an outcome even when it names one:
#: "Churn Reason", "Cancellation date", "Response time", "NumComplaints" stays a count
#: only with these (a count of complaints is still a result, so "num" is not here).
NOT_OUTCOME_WORDS = frozenset(
    {"reason", "reasons", "motivo", "motivazione", "causa", "date", "data", "day", "days",
     "giorno", "giorni", "since", "dal", "time", "tempo", "ora", "when", "quando", "type",
     "tipo", "category", "categoria", "channel", "canale", "id", "code", "codice", "text",
     "testo", "comment", "comments", "commento", "note", "notes", "description", "descrizione",
     "tariffa", "charges", "charge", "price", "prezzo", "cost", "costo"})

# --- identifiers: which ones are a customer's -----------------------------------

#: Header words of an identifier (or e-mail) that names a customer or respondent.
CUSTOMER_KEY_WORDS = frozenset(
    {"customer", "customers", "cust", "cliente", "clienti", "client", "clientnum", "user",
     "utente", "member", "membership", "socio", "iscritto", "respondent", "intervistato",
     "rispondente", "account", "contact", "contatto", "person", "persona", "visitor",
     "visitatore", "subscriber", "abbonato", "card", "tessera", "loyalty", "fidelity",
     "patient", "paziente", "student", "studente", "buyer", "acquirente", "reviewer",
     "recensore", "author", "autore", "household", "guest", "ospite", "passenger",
     "passeggero", "participant", "partecipante", "fiscale", "ssn", "email", "mail",
     "consumer", "consumatore", "shopper", "donor", "donatore", "employee", "dipendente",
     "matricola", "badge", "anagrafica"})
#: Header words of an identifier that names something other than a person.
OTHER_KEY_WORDS = frozenset(
    {"product", "prodotto", "prod", "order", "ordine", "item", "articolo", "article", "sku",
     "ticket", "transaction", "transazione", "trans", "txn", "invoice", "fattura", "line",
     "riga", "session", "sessione", "event", "evento", "campaign", "campagna", "store",
     "negozio", "shop", "pratica", "case", "call", "chiamata", "review", "recensione", "visit",
     "visita", "booking", "prenotazione", "shipment", "spedizione", "payment", "pagamento",
     "receipt", "scontrino", "catalog", "catalogo", "model", "modello", "variant", "variante",
     "ean", "upc", "isbn", "asin", "barcode", "clothing", "book", "libro", "listing",
     "contract", "contratto", "policy", "polizza", "claim", "sinistro", "loan", "prestito",
     "device", "dispositivo", "vehicle", "veicolo", "branch", "filiale", "agent", "agente",
     "message", "messaggio", "document", "documento", "row", "record"})
#: Header words of an identifier that name no entity at all ("ID", "Codice", "Key").
GENERIC_KEY_WORDS = frozenset(
    {"id", "uuid", "guid", "codice", "code", "cod", "identifier", "identificativo", "ident",
     "key", "chiave", "number", "numero", "no", "nr", "num", "n", "unique", "univoco", "ref",
     "reference", "riferimento"})
#: Header words of columns that describe a person and stay the same across their rows.
PERSON_ATTRIBUTE_WORDS = frozenset(
    {"age", "eta", "gender", "sex", "sesso", "genere", "birth", "nascita", "dob", "born",
     "year", "anno", "marital", "civile", "education", "istruzione", "titolo", "studio",
     "income", "reddito", "occupation", "professione", "lavoro", "job", "nationality",
     "nazionalita"})

# --- row indexes: a number per row, not data -----------------------------------

#: Headers (as words) of a row index: "", "index", "Unnamed: 0", "#", "Row", "Numero riga".
INDEX_HEADERS = frozenset(
    {(), ("index",), ("idx",), ("unnamed", "0"), ("row",), ("rows",), ("row", "number"),
     ("row", "no"), ("row", "nr"), ("row", "num"), ("rownum",), ("rownumber",), ("n",),
     ("nr",), ("no",), ("num",), ("riga",), ("numero", "riga"), ("n", "riga"),
     ("progressivo",), ("indice",), ("level", "0")})

# --- personal data from values --------------------------------------------------

#: Words of a street address ("Via Roma 12", "12 Main Street", "Piazza Duomo, 3").
STREET_WORDS = frozenset(
    {"via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "strada", "contrada",
     "localita", "borgo", "lungomare", "street", "st", "road", "rd", "avenue", "ave", "lane",
     "ln", "drive", "dr", "boulevard", "blvd", "way", "court", "ct", "place", "pl", "square",
     "sq", "terrace", "close", "crescent", "highway", "hwy", "parkway", "calle", "rue",
     "strasse", "str"})
#: Common given names (English and Italian): a column whose values mostly start or end
#: with one of them, in two or three capitalised words, holds people's names.
GIVEN_NAMES = frozenset("""
james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith
roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe
bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell
bobby mason philip louis harry oliver charlie leo oscar archie freddie alfie theo liam lucas
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan
andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella
theresa diana natalie brittany charlotte marie kayla alexis lori amelia ava mia isla poppy
giulia marco giuseppe giovanni antonio mario luigi francesco alessandro andrea luca matteo
lorenzo leonardo gabriele riccardo tommaso davide federico edoardo simone stefano roberto
paolo massimo fabio alberto claudio sergio enrico carlo franco vincenzo salvatore pietro
angelo domenico bruno nicola filippo emanuele daniele michele raffaele gianluca giorgio
maurizio alessio diego mattia samuele christian elia pasquale gaetano rosario sofia aurora
alice ginevra beatrice martina chiara giorgia elena francesca sara valentina federica
alessia silvia paola laura anna rosa lucia angela giovanna teresa carla elisa marta serena
ilaria roberta monica barbara cristina simona daniela patrizia stefania claudia antonella
emma greta noemi camilla arianna viola matilde gaia rebecca nicole vittoria irene caterina
benedetta eleonora ludovica marco zoe zoë giada lisa erika erica veronica manuela
""".split())
