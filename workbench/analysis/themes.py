"""Suggested themes: TF-IDF over passages, factorised with NMF (scikit-learn).

Documents are cut into passages (paragraphs, long ones into sentences) so a
long transcript can show several themes and each theme comes with short
example passages. Italian and English stop words are bundled here (no
download). Pure Python/scikit-learn: no SQL, no Qt.
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

# With the apostrophe's halves too ("don't" -> "don"), as the tokenizer sees them.
STOP_WORDS = frozenset(piece for word in STOP_WORDS_EN | STOP_WORDS_IT
                       for piece in (word, *word.split("'")) if piece)

#: A paragraph longer than this (characters) is cut into sentences.
LONG_PARAGRAPH = 600
#: Passages shorter than this (characters) carry too little text to show a theme.
MIN_PASSAGE = 25
#: At most this many passages are factorised (a seeded sample beyond it).
MAX_PASSAGES = 60_000

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+|$)")
_TOKEN = r"(?u)\b[^\W\d_][^\W\d_']{2,}\b"


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


def split_passages(document_id: int, text: str) -> list[PassageRef]:
    """Paragraphs, with long ones cut into sentences; offsets are code points, whitespace trimmed."""
    passages = []
    for paragraph in _PARAGRAPH.finditer(text):
        start, end = paragraph.span()
        pieces = ([(start, end)] if end - start <= LONG_PARAGRAPH else
                  [(start + m.start(), start + m.end()) for m in _SENTENCE.finditer(paragraph[0])])
        for s, e in pieces:
            chunk = text[s:e]
            s += len(chunk) - len(chunk.lstrip())
            e -= len(chunk) - len(chunk.rstrip())
            if e - s >= MIN_PASSAGE:
                passages.append(PassageRef(document_id, s, e))
    return passages


def _overlap(a: Sequence[str], b: Sequence[str]) -> float:
    a, b = set(a), set(b)
    return len(a & b) / max(1, min(len(a), len(b)))


def suggest_themes(documents: Iterable[tuple[int, str]], *, n_themes: int = 8,
                   top_words: int = 10, examples: int = 3,
                   rejected: Sequence[Sequence[str]] = (), seed: int = 0,
                   task: Task | None = None) -> list[Theme]:
    """Themes in the text, strongest first, leaving out ones close to a rejected theme.

    ``documents`` are (document id, text). A theme whose top words share half
    or more with a rejected theme's words is not proposed again. Raises
    OperationCancelled through ``task``; returns [] when there is too little text.
    """
    import numpy as np
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    task = task or Task()
    task.report(0, 100, translate("Themes", "Cutting the text into passages…"))
    texts: dict[int, str] = {}
    passages: list[PassageRef] = []
    for document_id, text in documents:
        texts[document_id] = text
        passages.extend(split_passages(document_id, text))
        if len(texts) % 200 == 0:
            task.check()
    if len(passages) > MAX_PASSAGES:
        rng = np.random.default_rng(seed)
        chosen = np.sort(rng.choice(len(passages), MAX_PASSAGES, replace=False))
        passages = [passages[i] for i in chosen]
    if len(passages) < 4:
        return []
    task.report(20, 100, translate("Themes", "Weighing words…"))
    vectorizer = TfidfVectorizer(stop_words=sorted(STOP_WORDS), token_pattern=_TOKEN,
                                 lowercase=True, max_df=0.5, min_df=2 if len(passages) >= 20 else 1,
                                 max_features=20_000, sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(texts[p.document_id][p.start:p.end] for p in passages)
    except ValueError:  # no words left after stop words
        return []
    vocabulary = vectorizer.get_feature_names_out()
    if matrix.shape[1] < 4:
        return []
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
        column = weights[:, index]
        best = [i for i in np.argsort(-column)[: examples * 4] if column[i] > 0]
        chosen, seen_documents = [], set()
        for i in best:  # prefer examples from different documents
            if passages[i].document_id not in seen_documents:
                chosen.append(passages[i])
                seen_documents.add(passages[i].document_id)
            if len(chosen) == examples:
                break
        themes.append(Theme(words=words, weight=float(strength[index]) / total, examples=chosen))
        if len(themes) == n_themes:
            break
    task.report(100, 100, translate("Themes", "Done."))
    return themes
