"""Language of a document: five languages told apart on interview answers, "und" when unsure.

The answers are written by hand the way people speak in interviews (fillers,
loan words such as "app", "online", "cookie"), three to five sentences each.
"""

from __future__ import annotations

import pytest

from workbench.analysis.language import (
    LANGUAGE_NAMES,
    MIN_TOKENS,
    UNDETERMINED,
    detect_language,
    language_scores,
)

ANSWERS = {
    "en": [
        ("Honestly, the first time I ordered from the app it took almost a week to arrive. I "
         "called customer service twice and nobody could tell me where the parcel was. In the "
         "end it turned up at my neighbour's house. I still use the shop, but I check the "
         "delivery date now before I pay."),
        ("We switched to the yearly plan because the monthly price kept going up. My husband "
         "handles the bills, so I only noticed when the bank sent a message. I think they "
         "should warn people before they change anything. Otherwise it feels like a trick."),
        ("I mostly buy groceries online on Sunday evenings. The website is fine on my laptop, "
         "but on my phone the checkout button disappears behind the cookie banner. I've given "
         "up a couple of times because of that. It's silly, really, because everything else "
         "works well."),
        ("My daughter set it up for me. I don't really like apps, to be honest, but this one "
         "is easy. The only thing that bothers me is the tiny writing on the receipts. I can't "
         "read them without my glasses."),
    ],
    "it": [
        ("Sinceramente la prima volta che ho ordinato dall'app ci ha messo quasi una settimana "
         "ad arrivare. Ho chiamato il servizio clienti due volte e nessuno sapeva dirmi dove "
         "fosse il pacco. Alla fine l'hanno lasciato dal vicino. Continuo a comprare, però "
         "adesso controllo la data di consegna prima di pagare."),
        ("Siamo passati all'abbonamento annuale perché il prezzo mensile continuava a salire. "
         "Le bollette le gestisce mio marito, quindi me ne sono accorta solo quando la banca "
         "ci ha mandato un messaggio. Secondo me dovrebbero avvisare prima di cambiare le "
         "condizioni. Altrimenti sembra quasi una presa in giro."),
        ("Di solito faccio la spesa online la domenica sera. Dal computer il sito va bene, ma "
         "dal telefono il pulsante per pagare finisce sotto il banner dei cookie. Un paio di "
         "volte ho lasciato perdere proprio per quello. È una sciocchezza, perché tutto il "
         "resto funziona bene."),
        ("Me l'ha installata mia figlia. A me le app non piacciono tanto, a dire il vero, però "
         "questa è semplice. L'unica cosa che mi dà fastidio è la scritta piccolissima sugli "
         "scontrini. Senza occhiali non riesco a leggerli."),
    ],
    "fr": [
        ("Honnêtement, la première fois que j'ai commandé sur l'application, le colis a mis "
         "presque une semaine à arriver. J'ai appelé le service client deux fois et personne "
         "ne savait où il était. Finalement il a été livré chez mon voisin. J'achète encore "
         "chez eux, mais maintenant je vérifie la date de livraison avant de payer."),
        ("Nous sommes passés à l'abonnement annuel parce que le prix mensuel augmentait sans "
         "arrêt. C'est mon mari qui s'occupe des factures, donc je ne l'ai remarqué qu'avec le "
         "message de la banque. À mon avis, ils devraient prévenir avant de changer quoi que "
         "ce soit. Sinon on a l'impression de se faire avoir."),
        ("Je fais surtout mes courses en ligne le dimanche soir. Sur l'ordinateur le site "
         "marche bien, mais sur le téléphone le bouton pour payer disparaît derrière la "
         "bannière des cookies. J'ai abandonné deux ou trois fois à cause de ça. C'est bête, "
         "parce que tout le reste fonctionne bien."),
        ("C'est ma fille qui l'a installée. Je n'aime pas trop les applications, pour être "
         "franche, mais celle-ci est simple. La seule chose qui me gêne, ce sont les tickets "
         "écrits tout petit. Je ne peux pas les lire sans mes lunettes."),
    ],
    "de": [
        ("Ehrlich gesagt hat meine erste Bestellung über die App fast eine Woche gedauert. Ich "
         "habe zweimal beim Kundenservice angerufen und niemand konnte mir sagen, wo das Paket "
         "war. Am Ende lag es bei meinem Nachbarn. Ich kaufe immer noch dort ein, aber jetzt "
         "schaue ich vor dem Bezahlen auf das Lieferdatum."),
        ("Wir sind auf das Jahresabo umgestiegen, weil der Monatspreis ständig gestiegen ist. "
         "Mein Mann kümmert sich um die Rechnungen, deshalb habe ich es erst durch die "
         "Nachricht der Bank gemerkt. Ich finde, sie sollten die Kunden vorher informieren. "
         "Sonst fühlt man sich ein bisschen reingelegt."),
        ("Meistens kaufe ich sonntags abends online ein. Am Laptop funktioniert die Seite gut, "
         "aber auf dem Handy verschwindet der Bezahlknopf hinter dem Cookie-Banner. Deswegen "
         "habe ich schon ein paar Mal aufgegeben. Das ist eigentlich albern, weil sonst alles "
         "gut läuft."),
        ("Meine Tochter hat mir das eingerichtet. Ich mag Apps nicht besonders, um ehrlich zu "
         "sein, aber diese hier ist einfach. Das Einzige, was mich stört, ist die winzige "
         "Schrift auf den Kassenbons. Ohne Brille kann ich die nicht lesen."),
    ],
    "es": [
        ("La verdad es que la primera vez que pedí desde la aplicación tardó casi una semana "
         "en llegar. Llamé dos veces al servicio de atención al cliente y nadie sabía dónde "
         "estaba el paquete. Al final lo dejaron en casa de mi vecino. Sigo comprando, pero "
         "ahora miro la fecha de entrega antes de pagar."),
        ("Nos cambiamos al plan anual porque el precio mensual no paraba de subir. Las "
         "facturas las lleva mi marido, así que me di cuenta solo cuando el banco nos mandó un "
         "mensaje. Creo que deberían avisar antes de cambiar nada. Si no, parece que te están "
         "tomando el pelo."),
        ("Normalmente hago la compra por internet los domingos por la noche. En el ordenador "
         "la web funciona bien, pero en el móvil el botón de pagar se esconde detrás del aviso "
         "de cookies. Un par de veces lo dejé por eso. Es una tontería, porque todo lo demás "
         "va bien."),
        ("Me la instaló mi hija. A mí no me gustan mucho las aplicaciones, la verdad, pero "
         "esta es fácil. Lo único que me molesta es la letra tan pequeña de los tiques. Sin "
         "gafas no puedo leerlos."),
    ],
}

#: Spoken answers with fillers and repetitions, as an interview transcript holds them.
SPOKEN = {
    "en": ("Yeah, so, um, basically I go there every week. It's close to the office, you know, "
           "and the staff are nice. But the queues at lunchtime are just crazy, honestly."),
    "it": ("Eh, cioè, praticamente ci vado tutte le settimane. È vicino all'ufficio, sai, e il "
           "personale è gentile. Però le code all'ora di pranzo sono una follia, davvero."),
    "fr": ("Ben, euh, en fait j'y vais toutes les semaines. C'est à côté du bureau, tu vois, et "
           "le personnel est sympa. Mais les queues à midi, c'est vraiment n'importe quoi."),
    "de": ("Also, ähm, eigentlich gehe ich jede Woche hin. Es ist nah am Büro, weißt du, und das "
           "Personal ist nett. Aber die Schlangen mittags sind echt verrückt, ehrlich gesagt."),
    "es": ("Bueno, eh, la verdad es que voy todas las semanas. Está cerca de la oficina, ¿sabes?, "
           "y el personal es majo. Pero las colas a la hora de comer son una locura, de verdad."),
}


@pytest.mark.parametrize(("language", "text"), [
    (language, text) for language, texts in ANSWERS.items() for text in texts])
def test_interview_answers_are_told_apart(language, text):
    assert detect_language(text) == language


@pytest.mark.parametrize(("language", "text"), list(SPOKEN.items()))
def test_spoken_answers_with_fillers_are_told_apart(language, text):
    assert detect_language(text) == language


@pytest.mark.parametrize("language", list(ANSWERS))
def test_a_whole_transcript_of_answers_is_one_language(language):
    text = "\n\n".join(ANSWERS[language] * 30)
    assert len(text) > 20_000  # read from the start, middle and end only
    assert detect_language(text) == language


@pytest.mark.parametrize("language", list(ANSWERS))
def test_each_language_wins_clearly_over_the_others(language):
    scores, tokens = language_scores(" ".join(ANSWERS[language]))
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    assert ranked[0] == language
    assert scores[language] >= 2 * scores[ranked[1]]
    assert scores[language] / tokens > 0.25


@pytest.mark.parametrize("text", [
    "", "   \n\t", "Ok grazie", "Sì, va bene così.", "Great service!", "Tutto ok 👍",
    "12:30 -- 45 !!! ???", "😀😀😀 👍👍 🎉", "3.5 / 5 — 42%, 17, 2024-03-12",
    "ok ok ok ok ok ok ok ok ok ok",
    "这个应用很好用，但是送货太慢了。我打了两次电话，没有人回答。",
    "Интерфейс удобный, но доставка слишком медленная, и никто не отвечает на звонки.",
])
def test_short_or_wordless_text_is_undetermined(text):
    assert detect_language(text) == UNDETERMINED


def test_just_below_and_at_the_token_threshold():
    words = "the shop is near my house and i go there".split()
    assert detect_language(" ".join(words[:MIN_TOKENS - 1])) == UNDETERMINED
    assert detect_language(" ".join(words[:MIN_TOKENS + 2])) == "en"


def test_foreign_words_inside_an_answer_do_not_change_its_language():
    italian = ("Ho chiamato il customer care tre volte, ma il call center mi ha detto che la "
               "delivery era in ritardo. Il feedback che ho lasciato online non l'ha letto "
               "nessuno, e alla fine ho fatto il refund dalla app.")
    english = ("We had dinner at La Dolce Vita on Via della Spiga, and the tiramisù was the best "
               "part. The booking app, though, kept saying the table was not available.")
    assert detect_language(italian) == "it"
    assert detect_language(english) == "en"


def test_elided_words_and_contractions_count():
    assert detect_language("L'ho detto all'ufficio dell'azienda, c'è un po' di confusione "
                           "sull'ordine.") == "it"
    assert detect_language("J'ai dit qu'il n'y avait plus d'articles, c'est l'horreur "
                           "aujourd'hui.") == "fr"
    assert detect_language("I've said it's fine, but they didn't listen and we're still "
                           "waiting.") == "en"


def test_every_code_has_a_name():
    assert set(LANGUAGE_NAMES) >= {"en", "it", "fr", "de", "es", "pt", "nl", UNDETERMINED}
