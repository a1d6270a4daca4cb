"""Header words and cell values that reveal a column's role, in English and Italian.

Header words are compared after :func:`workbench.ingest.headers.header_words`
(lower case, accents removed, camelCase split), so "CustomerID", "Città" and
"E-mail" become ["customer", "id"], ["citta"] and ["e", "mail"].
"""

from __future__ import annotations

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
     "fidelity", "contract", "contratto", "socio", "iscritto", "ticket", "pratica", "case"})

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
