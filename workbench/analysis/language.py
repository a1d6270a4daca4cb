"""Which language a document is written in, from its short words and its letters.

Bundled lists of function words (no download, no model), pure Python. Each word
of the text votes for the languages whose list holds it, a word shared by
several languages ("la", "de", "a") splitting its vote among them. Elided
articles ("l'", "dell'", "j'", "qu'") and English contractions ("n't", "'ve")
vote too, and so do letters only some languages write: "ñ" and "¿" (Spanish),
"ß", "ä", "ö", "ü" (German), "ç", "œ", "ê" (French, Portuguese), a word ending
in a grave accent ("città", "più", "però": Italian), and a few word endings
("-ción", "-ção", "-zione", "-ung"). The language with the most
votes wins when its votes are a clear share of the words and clearly ahead of
the next. Texts too short to tell, or without words, give "und" (undetermined).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

UNDETERMINED = "und"
#: Fewer word tokens than this: the language is not judged.
MIN_TOKENS = 8
#: The winning language's votes must be at least this share of the tokens.
MIN_SHARE = 0.15
#: ... and at least this many times the votes of the next language.
MIN_LEAD = 1.3

_FUNCTION_WORDS = {
    "en": "the and of to a in is that it was for on with as have but not you this they be at "
          "we are so what there do my if or would about just very when can been had were i me "
          "he she his her our your their them an from by then than because really think know "
          "like get got did which who how why where also only still it's i'm i've don't "
          "didn't can't won't doesn't there's they're we're isn't wasn't something anything "
          "everything nothing always never every again much many some any more most should "
          "could will our us these those",
    "it": "il di che la e è un per non una sono mi ma con si le lo del della gli ho come ci "
          "anche se io più questo quando perché al nel alla sia molto poi cioè allora ha hanno "
          "abbiamo era sempre già ancora proprio quindi però dei delle degli nella nei sulla "
          "sul dal dalla dai mio mia miei tutto tutti niente nulla qualcosa cosa fatto fare "
          "detto essere stato stata volta volte tipo magari adesso invece qui lì li ne questa "
          "quello quella questi loro noi voi lui c'è un' po' ed od né dopo prima senza perciò "
          "comunque cui d'altra infatti insomma ecco vabbè beh nessuno ogni",
    "fr": "le la les de des et est un une que qui pas je vous il nous dans pour sur ce ne se "
          "au du avec mais on ou très elle sont été aussi ai a ça cela comme mon ma mes ton "
          "son sa ses leur leurs tout tous toute rien plus moins fait faire être avoir était "
          "avait quand parce alors donc bien peu trop y en lui eux moi toi où même encore déjà "
          "jamais toujours chez sans sous ils elles cette ces celui quoi vraiment enfin voilà "
          "aux depuis après avant puis personne chaque",
    "de": "der die das und ist nicht ich ein eine zu es mit den sie auf für im sich auch wir "
          "dass aber wie bei war hat dem von noch oder sehr habe hab haben wird werden wurde "
          "kann können muss man mir mich mein meine dann doch schon nur mal so also ja nein "
          "einen einem einer des was wenn weil immer nach aus um über gibt keine kein "
          "eigentlich gar hier da jetzt sind bin bist ganz viel vom zum zur am ins durch ohne "
          "gegen unser euch ihr ihm ihn ihnen diese dieser dieses denn würde hätte",
    "es": "el la de que y en los las un una es por con para no se lo como más pero muy sus "
          "del al fue está yo también hay esto porque me mi te le les nos su era son ser "
          "estar estoy tengo tiene hace hacer cuando donde todo todos nada algo bien así ya "
          "eso esta este ese entonces pues creo verdad cada sin sobre entre hasta desde ahora "
          "siempre nunca mucho mucha poco usted ustedes ella ellos aquí qué cómo he han nadie "
          "luego aunque sino vez veces otro otra hoy tú mí dónde cuándo",
    "pt": "o a de que e do da em um uma não para com os as se por mais na no foi é muito "
          "também mas eu está isso você ao pelo pela dos das nos nas meu minha ele ela eles "
          "tem ter ser estar estou são já então porque quando onde tudo nada coisa aqui bem "
          "assim só ainda sempre nunca mesmo depois agora sim vai fiz acho",
    "nl": "de het een en van is dat op niet te ik je met voor zijn er maar ook als dit wat "
          "aan bij heb nog wel om hij zij we wij ze hun mijn u naar uit zo dan kan moet wordt "
          "werd was heeft hebben over door geen al nu hier daar echt gewoon omdat",
}
#: Elided words before an apostrophe ("l'app", "j'ai") and English contraction endings.
_ELISIONS = {
    "it": "l dell dall nell all sull un quell quest c d po bell sant nessun com",
    "fr": "l j qu d n c s m t jusqu lorsqu puisqu quoiqu",
}
_CONTRACTIONS_EN = frozenset("s t m ve re ll d".split())
#: Letters written by few languages (each word holding one votes once).
_LETTERS = {"ñ": ("es",), "ß": ("de",), "ä": ("de",), "ö": ("de",), "ü": ("de",),
            "ç": ("fr", "pt"), "œ": ("fr",), "ê": ("fr", "pt"), "â": ("fr", "pt"),
            "î": ("fr",), "û": ("fr",), "ë": ("fr", "nl"), "ï": ("fr",), "ã": ("pt",),
            "õ": ("pt",), "á": ("es", "pt"), "í": ("es", "pt"), "ó": ("es", "pt"),
            "ú": ("es", "pt")}
#: Words ending in a grave accent that are not Italian.
_GRAVE_NOT_ITALIAN = frozenset("à où là déjà voilà çà".split())

_WORDS: dict[str, dict[str, float]] = defaultdict(dict)
for _lang, _words in _FUNCTION_WORDS.items():
    for _word in _words.split():
        _WORDS[_word][_lang] = 1.0
for _votes in _WORDS.values():
    for _lang in _votes:
        _votes[_lang] = 1.0 / len(_votes)
_ELIDED: dict[str, dict[str, float]] = defaultdict(dict)
for _lang, _words in _ELISIONS.items():
    for _word in _words.split():
        _ELIDED[_word][_lang] = 1.0
for _votes in _ELIDED.values():
    for _lang in _votes:
        _votes[_lang] = 1.0 / len(_votes)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*['’]?")

#: Language names for messages, by code (translated where shown).
LANGUAGE_NAMES = {"en": "English", "it": "Italian", "fr": "French", "de": "German",
                  "es": "Spanish", "pt": "Portuguese", "nl": "Dutch", UNDETERMINED: "unknown"}


def _sampled(text: str, sample: int) -> str:
    if len(text) <= sample:
        return text
    third = sample // 3
    middle = len(text) // 2
    return " ".join((text[:third], text[middle - third // 2: middle + third // 2],
                     text[-third:]))


def language_scores(text: str, *, sample: int = 20_000) -> tuple[dict[str, float], int]:
    """The votes each language gets from ``text`` and the number of word tokens."""
    text = _sampled(text, sample).lower()
    scores: Counter[str] = Counter()
    tokens = 0
    for token, count in Counter(_TOKEN.findall(text)).items():
        parts = re.split(r"['’]", token)
        tokens += count * sum(1 for p in parts if p)
        whole = token.replace("’", "'")
        if whole in _WORDS:
            for lang, vote in _WORDS[whole].items():
                scores[lang] += vote * count
            continue
        if len(parts) > 1:
            if parts[0] in _ELIDED:
                for lang, vote in _ELIDED[parts[0]].items():
                    scores[lang] += vote * count
            if parts[-1] in _CONTRACTIONS_EN and parts[0] not in _ELIDED:
                scores["en"] += count
        for part in parts:
            for lang, vote in _WORDS.get(part, {}).items():
                scores[lang] += vote * count
            _letter_votes(part, count, scores)
    scores["es"] += text.count("¿") + text.count("¡")
    return dict(scores), tokens


#: Word endings and beginnings few languages write ("-ción", "ll-": Spanish; "-ção": Portuguese).
_ENDINGS = (("ción", "es"), ("sión", "es"), ("dad", "es"), ("ção", "pt"), ("ções", "pt"),
            ("ão", "pt"), ("zione", "it"), ("zioni", "it"), ("ung", "de"), ("keit", "de"),
            ("heit", "de"), ("lich", "de"))
_BEGINNINGS = (("ll", "es"),)


def _letter_votes(word: str, count: int, scores: Counter[str]) -> None:
    if len(word) > 4:
        for ending, lang in _ENDINGS:
            if word.endswith(ending):
                scores[lang] += count
                break
        for beginning, lang in _BEGINNINGS:
            if word.startswith(beginning):
                scores[lang] += count
    if word.isascii():
        return
    if len(word) > 1 and word[-1] in "àèìòù" and word not in _GRAVE_NOT_ITALIAN:
        scores["it"] += count
    voted: set[str] = set()
    for letter in word:
        for lang in _LETTERS.get(letter, ()):
            if lang not in voted:
                voted.add(lang)
                scores[lang] += count / len(_LETTERS[letter])


def detect_language(text: str, *, sample: int = 20_000) -> str:
    """The language code of ``text`` ("en", "it", "fr", "de", "es", "pt", "nl") or "und".

    Reads at most ``sample`` characters from the start, middle and end.
    """
    scores, tokens = language_scores(text or "", sample=sample)
    if tokens < MIN_TOKENS or not scores:
        return UNDETERMINED
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top / tokens < MIN_SHARE or top < MIN_LEAD * second:
        return UNDETERMINED
    return best
