"""Lexicon sentiment of open answers (English and Italian): a signal beside real scores.

Each passage gets positive / negative / neutral from the lexicons bundled in
``resources/sentiment/<language>.tsv`` (written for this project, no download,
no network). The method, on lower-cased tokens (accents kept):

- every lexicon word or phrase (up to three words, longest match first) found
  is a *hit* with its valence (−1…1); words listed with 0 are known neutral
  ("refund", "attesa") and are not hits;
- a negator among the three tokens before a hit flips its sign ("not good",
  "non è buono", "mai", "nessun", "never"), unless the phrase holds its own
  negation ("never arrived", "mai arrivato"); the scope stops at punctuation
  and at "but";
- an intensifier among the two tokens before a hit ("very", "molto",
  "really", "davvero") scales it × 1.5;
- after "but" / "ma" / "però" hits weigh double until the sentence ends;
- score = weighted mean valence of the hits, clipped to −1…1; positive when
  ≥ 0.15, negative when ≤ −0.15, else neutral; no hits → neutral.

A passage in neither language is neutral with language "" (the caller says
it was not judged). :func:`agreement` checks the estimates against real
scores; they are never a substitute for them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from workbench.analysis.themes import STOP_WORDS_EN, STOP_WORDS_IT
from workbench.domain.voc import Band, Sentiment, SentimentEstimate
from workbench.paths import resources_dir

__all__ = ["LANGUAGES", "agreement", "detect_language", "estimate", "estimate_many", "lexicon"]

LANGUAGES = ("en", "it")
POSITIVE_FROM = 0.15
NEGATIVE_FROM = -0.15
INTENSITY = 1.5
CONTRAST_WEIGHT = 2.0
NEGATION_WINDOW = 3
INTENSIFIER_WINDOW = 2
#: The longest lexicon phrase, in words.
MAX_PHRASE = 3

NEGATORS = {
    "en": frozenset("""not no never nothing none nobody nowhere neither nor without hardly barely cannot
        don't doesn't didn't isn't wasn't aren't weren't won't wouldn't can't couldn't shouldn't haven't
        hasn't hadn't dont doesnt didnt isnt wasnt arent werent wouldnt cant couldnt shouldnt havent
        hasnt hadnt ain't n't""".split()),
    "it": frozenset("""non no mai nessun nessuno nessuna niente nulla né neanche nemmeno neppure senza
        mica""".split()),
}
INTENSIFIERS = {
    "en": frozenset("""very really so extremely super incredibly totally absolutely truly highly
        completely utterly quite too particularly especially terribly awfully most""".split()),
    "it": frozenset("""molto davvero veramente proprio troppo estremamente super assolutamente
        particolarmente tanto tantissimo così parecchio decisamente incredibilmente
        completamente totalmente""".split()),
}
CONTRASTS = {
    "en": frozenset({"but", "however"}),
    "it": frozenset({"ma", "però", "tuttavia", "eppure"}),
}

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|[.!?;:,()\n]")
_SENTENCE_END = frozenset(".!?;\n")
_EN_ONLY = STOP_WORDS_EN - STOP_WORDS_IT
_IT_ONLY = STOP_WORDS_IT - STOP_WORDS_EN


@functools.cache
def lexicon(language: str) -> dict[str, float]:
    """The bundled lexicon of ``language`` ("en", "it"): word or phrase → valence (−1…1)."""
    path = resources_dir() / "sentiment" / f"{language}.tsv"
    words: dict[str, float] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            word, _, valence = line.partition("\t")
            words[word.strip().lower()] = max(-1.0, min(1.0, float(valence)))
    return words


def _raw_tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("’", "'").replace("`", "'"))


def _tokens(text: str, language: str) -> list[str]:
    """Tokens with elisions split ("dell'ordine" → "dell", "ordine") unless the lexicon knows them."""
    known, negators = lexicon(language), NEGATORS[language]
    tokens: list[str] = []
    for token in _raw_tokens(text):
        if "'" in token and token not in known and token not in negators:
            tokens.extend(piece for piece in token.split("'") if piece)
        else:
            tokens.append(token)
    return tokens


def detect_language(text: str) -> str:
    """"en", "it" or "": whichever language's stop words (from themes) the text has more of.

    Stop words found in only one of the two lists count; a tie (short
    answers such as "Great service!") is broken by the lexicon words found.
    """
    tokens = [piece for token in _raw_tokens(text or "") for piece in (token, *token.split("'")) if piece]
    english = sum(token in _EN_ONLY for token in tokens)
    italian = sum(token in _IT_ONLY for token in tokens)
    if english == italian:
        en_words, it_words = lexicon("en"), lexicon("it")
        english = sum(token in en_words and token not in it_words for token in tokens)
        italian = sum(token in it_words and token not in en_words for token in tokens)
    if english > italian:
        return "en"
    if italian > english:
        return "it"
    return ""


def estimate(text: str, language: str | None = None) -> SentimentEstimate:
    """The lexicon sentiment of one passage (see the module docstring).

    ``language`` None detects it; a language without a lexicon, or text in
    neither, gives neutral with language "".
    """
    if language is None:
        language = detect_language(text)
    if language not in LANGUAGES:
        return SentimentEstimate(Sentiment.NEUTRAL, 0.0, 0, "")
    words = lexicon(language)
    negators, intensifiers, contrasts = NEGATORS[language], INTENSIFIERS[language], CONTRASTS[language]
    tokens = _tokens(text or "", language)
    total = weights = 0.0
    hits = 0
    weight = 1.0
    recent: list[str] = []  # word tokens since the last break, for negation and intensity
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if len(token) == 1 and not token.isalpha():
            if token in _SENTENCE_END:
                weight = 1.0
            recent = []
            i += 1
            continue
        if token in contrasts:
            weight = CONTRAST_WEIGHT
            recent = []
            i += 1
            continue
        size, valence = _match(tokens, i, words)
        if size == 0:
            recent.append(token)
            i += 1
            continue
        phrase = tokens[i:i + size]
        if valence != 0.0:
            if (any(t in negators for t in recent[-NEGATION_WINDOW:])
                    and not any(t in negators for t in phrase)):
                valence = -valence
            if any(t in intensifiers for t in recent[-INTENSIFIER_WINDOW:]):
                valence *= INTENSITY
            total += weight * valence
            weights += weight
            hits += 1
        recent.extend(phrase)
        i += size
    if hits == 0:
        return SentimentEstimate(Sentiment.NEUTRAL, 0.0, 0, language)
    score = max(-1.0, min(1.0, total / weights))
    label = (Sentiment.POSITIVE if score >= POSITIVE_FROM else
             Sentiment.NEGATIVE if score <= NEGATIVE_FROM else Sentiment.NEUTRAL)
    return SentimentEstimate(label, score, hits, language)


def _match(tokens: Sequence[str], i: int, words: dict[str, float]) -> tuple[int, float]:
    """The longest lexicon phrase starting at token i: (its length in tokens, valence), (0, 0) if none."""
    for size in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
        candidate = " ".join(tokens[i:i + size])
        if candidate in words:
            return size, words[candidate]
    return 0, 0.0


def estimate_many(texts: Iterable[str], language: str | None = None) -> list[SentimentEstimate]:
    """:func:`estimate` for each text (``language`` None detects each one's language)."""
    return [estimate(text, language) for text in texts]


_SENTIMENT_INDEX = {Sentiment.NEGATIVE: 0, Sentiment.NEUTRAL: 1, Sentiment.POSITIVE: 2}
_BAND_INDEX = {Band.LOW.value: 0, Band.MIDDLE.value: 1, Band.HIGH.value: 2}


def agreement(estimates: Sequence[SentimentEstimate | None], bands: Sequence[Band | str | None]) -> dict:
    """How far the lexicon agrees with real scores, over passages with both.

    Returns ``n`` (passages with an estimate and a band), ``agree`` (share
    where positive ↔ HIGH, neutral ↔ MIDDLE, negative ↔ LOW; None when n = 0),
    ``kappa`` (Cohen's kappa, chance-corrected; None when n = 0, 0.0 when
    chance agreement is total) and ``confusion``: a 3 × 3 list of counts,
    rows negative / neutral / positive, columns LOW / MIDDLE / HIGH.
    Estimates whose language was not recognised ("") are left out.
    """
    if len(estimates) != len(bands):
        raise ValueError(f"estimates ({len(estimates)}) and bands ({len(bands)}) differ in length")
    confusion = [[0, 0, 0] for _ in range(3)]
    for found, band in zip(estimates, bands, strict=True):
        if found is None or not found.language or band is None:
            continue
        column = _BAND_INDEX.get(str(band))
        if column is None:
            continue
        confusion[_SENTIMENT_INDEX[found.label]][column] += 1
    n = sum(map(sum, confusion))
    if n == 0:
        return {"n": 0, "agree": None, "kappa": None, "confusion": confusion}
    observed = sum(confusion[i][i] for i in range(3)) / n
    rows = [sum(confusion[i]) / n for i in range(3)]
    columns = [sum(confusion[i][j] for i in range(3)) / n for j in range(3)]
    chance = sum(r * c for r, c in zip(rows, columns, strict=True))
    kappa = 0.0 if chance >= 1.0 else (observed - chance) / (1.0 - chance)
    return {"n": n, "agree": observed, "kappa": kappa, "confusion": confusion}
