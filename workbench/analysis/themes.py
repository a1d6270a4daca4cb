"""Suggested themes: TF-IDF over short passages, factorised with NMF (scikit-learn).

The text comes as *spans*: stretches of documents to read (a respondent's turn,
a whole survey answer). Each span is cut into paragraphs and each paragraph
into sentences, grouped a few at a time into passages of a useful length; a
passage never runs across two spans (two turns), so example passages are whole
sentences spoken by one speaker, with offsets into the document as given.

Italian and English stop words are bundled here (no download), with lists of
conversational filler and backchannel ("you know", "yeah", "cioè", "va bene")
that never make a theme. Pure Python/scikit-learn: no SQL, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.i18n import translate
from workbench.progress import Task

STOP_WORDS_EN = frozenset("""
a about above after again against all also am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does
doesn't doing don't down during each even ever every few for from further get gets getting
got had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just
let's like me more most much must mustn't my myself no nor not now of off on once only or
other ought our ours ourselves out over own really same say said shan't she she'd she'll
she's should shouldn't so some still such than that that's the their theirs them themselves
then there there's these they they'd they'll they're they've thing things think this those
through to too under until up upon us very was wasn't we we'd we'll we're we've well were
weren't what what's when when's where where's which while who who's whom why why's will with
won't would wouldn't yeah yes you you'd you'll you're you've your yours yourself yourselves
ok okay um uh oh mm hmm know kind sort lot lots one two go going went want actually maybe
""".split())

STOP_WORDS_IT = frozenset("""
a ad agli ai al alla alle allo anche ancora avere aveva avevo c che chi ci come con contro cosa
cui da dagli dai dal dalla dalle dallo degli dei del dell della delle dello dentro di dopo dove
e ed era erano essere fa fare fatto fino fra gli già ha hai hanno ho i il in io l la le lei li
lo loro lui ma mai me mi mia mie miei mio molto ne negli nei nel nell nella nelle nello noi non
nostra nostre nostri nostro o ogni per perché però più poi può quale quando quanto quella
quelle quelli quello questa queste questi questo qui se sei senza si sia siamo siete solo sono
sopra sotto sta stata stati stato su sua sue sugli sui sul sull sulla sulle sullo suo suoi tra
tu tua tue tuo tuoi tutta tutte tutti tutto un una uno vi voi è sì no cioè allora quindi poi
va vabbè beh ecco tipo magari comunque insomma proprio sempre dire detto ok anzi
""".split())

#: Conversational filler, backchannel and interview talk in English: said in every
#: interview, about nothing in particular, so never a theme.
FILLER_EN = frozenset("""
uh um erm er ah eh hmm mm mmm mhm mm-hmm uh-huh huh oh wow hey oops yeah yep yup nope
right okay ok alright all-right like basically literally actually really just honestly
obviously definitely totally seriously pretty probably anyway anyways whatever something
anything everything nothing someone somebody anyone anybody everyone everybody stuff thing
things mean means meant guess suppose know knew perfect great cool nice fine awesome sure
thanks thank cheers welcome please sorry pardon bye goodbye hello hi hey gonna wanna gotta
absolutely exactly indeed course bit question questions interview interviews interviewer
interviewee respondent participant moderator speaker transcript recording tell told say
says said talk talking talked mention mentioned
""".split())

#: The same in Italian.
FILLER_IT = frozenset("""
cioè allora tipo ehm eh ehh mmh mh mah uhm boh grazie prego ciao vabbè vabbe beh be ecco
insomma diciamo praticamente comunque niente nulla perfetto certo certamente esatto esattamente
va bene benissimo ok okay okei dunque appunto magari davvero veramente proprio così cosa cose
qualcosa roba giusto chiaro assolutamente sicuramente ovviamente penso pensavo credo dico
dicevo dicevamo detto dire domanda domande intervista interviste intervistatore
intervistatrice intervistato intervistata partecipante moderatore moderatrice arrivederci
salve buongiorno buonasera scusa scusi senti senta guarda guardi capito sai sa vero ah oh
""".split())

#: Fillers of several words. Themes read single words only (no bigrams), and every
#: word of these is a stop word, so "you know" can never make "know" a theme word.
FILLER_PHRASES = ("you know", "i mean", "sort of", "kind of", "a bit", "of course",
                  "i guess", "va bene", "non so", "per dire", "più o meno", "hai presente")

_PIECE = re.compile(r"[^\W\d_]+")


def word_pieces(words: Iterable[str]) -> frozenset[str]:
    """Words folded to lower case with their pieces too ("don't" → "don", "mm-hmm" → "hmm"),
    as the tokenizer sees them."""
    found: set[str] = set()
    for word in words:
        word = word.lower()
        found.add(word)
        found.update(_PIECE.findall(word))
    return frozenset(w for w in found if w)


# With the apostrophe's halves too ("don't" -> "don"), as the tokenizer sees them.
STOP_WORDS = frozenset(piece for word in STOP_WORDS_EN | STOP_WORDS_IT
                       for piece in (word, *word.split("'")) if piece)
#: Every word a theme never shows: stop words, filler and the words of filler phrases.
THEME_STOP_WORDS = STOP_WORDS | word_pieces(FILLER_EN | FILLER_IT | set(FILLER_PHRASES))

#: Sentences are grouped into a passage until it is at least this long (characters)…
PASSAGE_TARGET = 200
#: …and never longer than this, unless one sentence alone is.
LONG_PARAGRAPH = 600
#: Passages shorter than this (characters) carry too little text to show a theme.
MIN_PASSAGE = 25
#: At most this many passages are factorised (a seeded sample beyond it).
MAX_PASSAGES = 60_000

#: A paragraph, white space trimmed: lines up to a blank line.
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?(?:\n[ \t]*\S(?:[^\n]*\S)?)*")
#: Where a sentence ends: its punctuation (and closing quotes or brackets) before a space.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)")
_NOT_SPACE = re.compile(r"\S")
_TOKEN = r"(?u)\b[^\W\d_][^\W\d_']{2,}\b"

#: A span to read: (document id, text) for the whole text, or (document id, text, start,
#: end) for a stretch of it. Offsets are code points into the text.
Span = tuple[int, str] | tuple[int, str, int, int]


@dataclass(frozen=True)
class PassageRef:
    document_id: int
    start: int
    end: int


@dataclass(frozen=True)
class Theme:
    words: list[str]
    weight: float
    examples: list[PassageRef]


def split_passages(document_id: int, text: str, start: int = 0, end: int | None = None
                   ) -> list[PassageRef]:
    """Passages of text[start:end]: whole sentences of one paragraph, grouped to a useful length.

    A passage starts where a sentence starts and ends where one ends; it never
    runs across paragraphs or outside [start, end). Offsets are code points.
    """
    return [PassageRef(*p) for p in _passages(document_id, text, start, end)]


def _passages(document_id: int, text: str, start: int = 0, end: int | None = None
              ) -> list[tuple[int, int, int]]:
    """split_passages as (document id, start, end) tuples (cheaper by the hundred thousand)."""
    end = len(text) if end is None else min(end, len(text))
    passages = []
    for paragraph in _PARAGRAPH.finditer(text, start, end):
        p_start, p_end = paragraph.span()
        if p_end - p_start <= PASSAGE_TARGET:
            if p_end - p_start >= MIN_PASSAGE:
                passages.append((document_id, p_start, p_end))
            continue
        passages.extend((document_id, s, e) for s, e in _group_sentences(text, p_start, p_end)
                        if e - s >= MIN_PASSAGE)
    return passages


def _group_sentences(text: str, start: int, end: int) -> list[list[int]]:
    """[start, end] of passages of a trimmed paragraph: from a sentence's start to the first
    sentence end at least PASSAGE_TARGET on, or the last one within LONG_PARAGRAPH."""
    groups: list[list[int]] = []
    at = start
    while at < end:
        # a few characters early: the end's punctuation may start before its closing quote
        found = _SENTENCE_END.search(text, min(at + PASSAGE_TARGET - 4, end), end)
        while found is not None and found.end() < at + PASSAGE_TARGET:
            found = _SENTENCE_END.search(text, found.end(), end)
        if found is None:  # the rest of the paragraph is shorter or has no sentence end
            stop = end
            if (groups and stop - at < PASSAGE_TARGET // 2
                    and stop - groups[-1][0] <= LONG_PARAGRAPH):
                groups[-1][1] = stop  # a short tail joins the passage before when it fits
                break
        else:
            stop = found.end()
        if stop - at > LONG_PARAGRAPH:  # end at the last sentence end that fits, if any
            last = None
            for match in _SENTENCE_END.finditer(text, at, min(at + LONG_PARAGRAPH + 1, end)):
                if match.end() <= at + LONG_PARAGRAPH and match.end() < stop:
                    last = match.end()
            if last is not None:
                stop = last
        groups.append([at, stop])
        following = _NOT_SPACE.search(text, stop, end)
        at = following.start() if following else end
    return groups


def _overlap(a: Sequence[str], b: Sequence[str]) -> float:
    a, b = set(a), set(b)
    return len(a & b) / max(1, min(len(a), len(b)))


def suggest_themes(spans: Iterable[Span], *, n_themes: int = 8, top_words: int = 10,
                   examples: int = 3, rejected: Sequence[Sequence[str]] = (),
                   stop_words: Iterable[str] = (), seed: int = 0,
                   task: Task | None = None) -> list[Theme]:
    """Themes in the spans, strongest first, leaving out ones close to a rejected theme.

    ``spans`` are (document id, text) for whole texts or (document id, text,
    start, end) for stretches (the turns to read). ``stop_words`` are extra
    words never to show (e.g. the words of the project's speaker labels). A
    theme whose top words share half or more with a rejected theme's words is
    not proposed again. Examples are passages of whole sentences, from
    different documents when there are enough. Raises OperationCancelled
    through ``task``; returns [] when there is too little text.
    """
    import numpy as np
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    task = task or Task()
    task.report(0, 100, translate("Themes", "Cutting the text into passages…"))
    texts: dict[int, str] = {}
    passages: list[tuple[int, int, int]] = []  # (document id, start, end)
    for count, span in enumerate(spans, 1):
        document_id, text = span[0], span[1]
        texts[document_id] = text
        start, end = (span[2], span[3]) if len(span) > 2 else (0, len(text))
        passages.extend(_passages(document_id, text, start, end))
        if count % 500 == 0:
            task.check()
    task.check()
    if len(passages) > MAX_PASSAGES:
        rng = np.random.default_rng(seed)
        chosen = np.sort(rng.choice(len(passages), MAX_PASSAGES, replace=False))
        passages = [passages[i] for i in chosen]
    if len(passages) < 4:
        return []
    task.report(20, 100, translate("Themes", "Weighing words…"))
    stop = THEME_STOP_WORDS | word_pieces(stop_words)
    vectorizer = TfidfVectorizer(stop_words=sorted(stop), token_pattern=_TOKEN,
                                 lowercase=True, max_df=0.5, min_df=2 if len(passages) >= 20 else 1,
                                 max_features=20_000, sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(texts[d][s:e] for d, s, e in passages)
    except ValueError:  # no words left after stop words
        return []
    vocabulary = vectorizer.get_feature_names_out()
    if matrix.shape[1] < 4:
        return []
    task.check()
    task.report(50, 100, translate("Themes", "Finding themes…"))
    wanted = n_themes + len(rejected)
    k = max(1, min(wanted, matrix.shape[0] - 1, matrix.shape[1] - 1))
    model = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=300)
    weights = model.fit_transform(matrix)
    task.report(90, 100, translate("Themes", "Choosing example passages…"))
    components = model.components_
    strength = weights.sum(axis=0)
    total = float(strength.sum()) or 1.0
    themes: list[Theme] = []
    for index in np.argsort(-strength):
        words = [str(vocabulary[i]) for i in np.argsort(-components[index])[:top_words]
                 if components[index, i] > 0]
        if not words or any(_overlap(words, r) >= 0.5 for r in rejected):
            continue
        if any(_overlap(words, t.words) >= 0.7 for t in themes):
            continue
        themes.append(Theme(words=words, weight=float(strength[index]) / total,
                            examples=_examples(weights[:, index], passages, examples)))
        if len(themes) == n_themes:
            break
    task.report(100, 100, translate("Themes", "Done."))
    return themes


def _examples(column, passages: Sequence[tuple[int, int, int]], wanted: int) -> list[PassageRef]:
    """The passages showing a theme best, one per document first, then more if too few documents."""
    import numpy as np

    best = [int(i) for i in np.argsort(-column)[: wanted * 50] if column[i] > 0]
    chosen: list[int] = []
    seen: set[int] = set()
    for i in best:
        if passages[i][0] not in seen:
            chosen.append(i)
            seen.add(passages[i][0])
            if len(chosen) == wanted:
                break
    for i in best:  # fewer documents than examples: the next best passages of the same ones
        if len(chosen) == wanted:
            break
        if i not in chosen:
            chosen.append(i)
    chosen.sort(key=lambda i: -column[i])
    return [PassageRef(*passages[i]) for i in chosen]
