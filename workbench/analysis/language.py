"""Which language a document is written in, from its most common short words.

Bundled lists of function words (no download, no model): the language whose
words make up the largest share of the text's tokens wins, when that share is
clear. Texts too short to tell give "und" (undetermined). Pure Python.
"""

from __future__ import annotations

import re
from collections import Counter

UNDETERMINED = "und"
#: Fewer word tokens than this: the language is not judged.
MIN_TOKENS = 12
#: The winning language's function words must be at least this share of tokens.
MIN_SHARE = 0.12

_FUNCTION_WORDS = {
    "en": "the and of to a in is that it was for on with as have but not you this they be at "
          "we are so what there do my if or would about just very when can been had were",
    "it": "il di che la e è un per non una sono mi ma con si le lo del della gli ho come ci "
          "anche se io più questo quando perché al nel alla sia molto poi cioè allora",
    "fr": "le la les de des et est un une que qui pas je vous il nous dans pour sur ce c'est "
          "ne se au du avec mais on ou très j'ai elle sont été aussi",
    "de": "der die das und ist nicht ich ein eine zu es mit den sie auf für im sich auch wir "
          "dass aber wie bei war hat dem von noch oder sehr",
    "es": "el la de que y en los las un una es por con para no se lo como más pero muy sus "
          "del al fue está yo también hay esto porque",
    "pt": "o a de que e do da em um uma não para com os as se por mais na no foi é muito "
          "também mas eu está isso você ao pelo",
    "nl": "de het een en van is dat op niet te ik je met voor zijn er maar ook als dit wat "
          "aan bij heb nog wel om",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

#: Language names for messages, by code (translated where shown).
LANGUAGE_NAMES = {"en": "English", "it": "Italian", "fr": "French", "de": "German",
                  "es": "Spanish", "pt": "Portuguese", "nl": "Dutch", UNDETERMINED: "unknown"}


def detect_language(text: str, *, sample: int = 20_000) -> str:
    """The language code of ``text`` ("en", "it", "fr", "de", "es", "pt", "nl") or "und".

    Reads at most ``sample`` characters from the start, middle and end.
    """
    if len(text) > sample:
        third = sample // 3
        middle = len(text) // 2
        text = " ".join((text[:third], text[middle - third // 2: middle + third // 2],
                         text[-third:]))
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    if len(tokens) < MIN_TOKENS:
        return UNDETERMINED
    counts = Counter(tokens)
    scores = {lang: sum(counts[w] for w in words) for lang, words in _WORDS.items()}
    best = max(scores, key=scores.__getitem__)
    ranked = sorted(scores.values(), reverse=True)
    if scores[best] / len(tokens) < MIN_SHARE or ranked[0] < 1.3 * ranked[1]:
        return UNDETERMINED
    return best
