"""Themes of interviews: the app's turns + themes vs a bare regex split + the same scikit-learn.

TRANSCRIPTS transcripts of about CHARACTERS characters each (default 500 x 40,000, 20 MB),
seeded random sentences from a vocabulary (English and Italian words, filler,
questions), written as conversations with speaker labels ("Interviewer 1:",
"Interviewee:", "[00:12:03] Maria:", "Intervistatore:"…), several lines per turn.

App (analysis + ingest layers, no project file):
    workbench.ingest.speakers.detect_turns on every text, roles from the labels,
    then workbench.analysis.themes.suggest_themes on the respondents' turns (units
    of whole sentences within a turn, filler and label words as stop words).
Baseline:
    a bare ``re`` split of every text on one label regex, respondents' turns by
    label, sentences grouped with one more regex, then the same TfidfVectorizer
    and NMF with the same parameters (same stop words, same sample cap).

    python bench/theme_bench.py [transcripts] [characters] [repeats]   (default 500 40000 3)
    python bench/theme_bench.py 500 40000 3 --service    # also the service on a project file

The issue's target: app <= 1.5x the baseline. Not run in CI.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
TRANSCRIPTS = int(ARGS[0]) if len(ARGS) > 0 else 500
CHARACTERS = int(ARGS[1]) if len(ARGS) > 1 else 40_000
REPEATS = int(ARGS[2]) if len(ARGS) > 2 else 3
SERVICE = "--service" in sys.argv
HOME = Path(tempfile.gettempdir()) / "workbench-bench"
os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(HOME / "home"))

TOPICS = [
    "delivery courier parcel late tracking arrived week driver neighbour damaged box",
    "price discount coupon expensive cheaper offer promotion shipping cost checkout",
    "app login password crash update screen slow notification account payment",
    "store queue staff cashier parking opening hours fitting room shelf",
    "return refund exchange receipt size colour label policy form",
    "consegna corriere pacco ritardo tracciamento settimana vicino scatola rotto",
    "prezzo sconto coupon caro offerta promozione spedizione costo cassa",
    "negozio coda commessa parcheggio orario camerino scaffale personale",
]
FILLER = ("um uh yeah you know I mean like sort of basically actually really right okay so "
          "well the a and to of it was is that in for but my they we cioè allora tipo ehm "
          "boh insomma diciamo il la di che e un per non").split()
QUESTIONS = ["What about {w}?", "Can you tell me more about the {w}?", "How did the {w} go?",
             "Mi racconti del {w}?", "And the {w}, how was it?", "Why do you think the {w} mattered?"]
LABELS = [("Interviewer 1", "Interviewee"), ("Interviewer", "Maria"),
          ("[00:{m:02d}:{s:02d}] Moderator", "[00:{m:02d}:{s:02d}] Participant 2"),
          ("Intervistatore", "Intervistata"), ("Q", "A")]
#: The baseline's one label regex: a label at a line start, before a colon.
BASE_LABEL = re.compile(r"^(?:\[\d\d:\d\d:\d\d\] )?([A-Z][\w ]{0,30}?)[ \t]*:[ \t]*", re.M)
BASE_INTERVIEWERS = {"Interviewer 1", "Interviewer", "Moderator", "Intervistatore", "Q"}
BASE_SENTENCE = re.compile(r"\S[^.!?]*(?:[.!?]+|$)")
#: Seconds of each phase, for the breakdown.
PHASES: dict[str, list[float]] = defaultdict(list)
#: Units (passages) each side cut, before the sample cap.
UNITS: dict[str, int] = {}
#: The app's last respondent spans (to count its units outside the timings).
SPANS: list = []


def make_transcripts() -> list[str]:
    rng = random.Random(11)
    topics = [t.split() for t in TOPICS]
    texts = []
    for n in range(TRANSCRIPTS):
        asker, answerer = LABELS[n % len(LABELS)]
        chosen = rng.sample(topics, 3)
        lines: list[str] = []
        size, minute = 0, 0
        while size < CHARACTERS:
            topic = rng.choice(chosen)
            minute += 1
            question = rng.choice(QUESTIONS).format(w=rng.choice(topic))
            line = f"{asker.format(m=minute % 60, s=minute * 7 % 60)}: {question}"
            lines.append(line)
            size += len(line) + 1
            sentences = []
            for _ in range(rng.randint(2, 9)):
                words = [rng.choice(topic) if rng.random() < 0.35 else rng.choice(FILLER)
                         for _ in range(rng.randint(6, 22))]
                sentences.append(" ".join(words).capitalize() + rng.choice(".....?!"))
            # a turn over several lines (lines without a label continue the turn)
            cut = rng.randint(1, len(sentences))
            answer = (f"{answerer.format(m=minute % 60, s=(minute * 7 + 3) % 60)}: "
                      + " ".join(sentences[:cut]))
            if cut < len(sentences):
                answer += "\n" + " ".join(sentences[cut:])
            lines.append(answer)
            size += len(answer) + 1
        texts.append("\n".join(lines))
    return texts


def label_words() -> list[str]:
    return [w for pair in LABELS for label in pair for w in re.findall(r"[^\W\d_]+", label)]


def app(texts: list[str]):
    """Ingest + analysis layers, as the service runs them (without the project file)."""
    from workbench.analysis.themes import suggest_themes
    from workbench.domain.speakers import SpeakerRole
    from workbench.ingest.speakers import detect_turns, role_from_label

    begin = time.perf_counter()
    spans = []
    labels: set[str] = set()
    roles: dict[str, SpeakerRole] = {}
    for document_id, text in enumerate(texts, 1):
        turns = detect_turns(text)
        for turn in turns:
            if turn.key not in roles:
                roles[turn.key] = role_from_label(turn.key) or SpeakerRole.RESPONDENT
                labels.update((turn.key, turn.label))
            if roles[turn.key] is SpeakerRole.RESPONDENT and turn.end > turn.text_start:
                spans.append((document_id, text, turn.text_start, turn.end))
        if not turns:
            spans.append((document_id, text, 0, len(text)))
    PHASES["app: detect_turns + spans"].append(time.perf_counter() - begin)
    SPANS[:] = spans
    begin = time.perf_counter()
    themes = suggest_themes(spans, n_themes=8, stop_words=labels)
    PHASES["app: analysis.themes"].append(time.perf_counter() - begin)
    return themes


def baseline(texts: list[str]):
    """A bare label split, sentence grouping and the same TfidfVectorizer + NMF."""
    import numpy as np
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    from workbench.analysis import themes as app_themes

    begin = time.perf_counter()
    target, longest, shortest = (app_themes.PASSAGE_TARGET, app_themes.LONG_PARAGRAPH,
                                 app_themes.MIN_PASSAGE)
    units: list[str] = []
    for text in texts:
        marks = list(BASE_LABEL.finditer(text))
        for i, mark in enumerate(marks):
            if mark[1] in BASE_INTERVIEWERS:
                continue
            turn = text[mark.end(): marks[i + 1].start() if i + 1 < len(marks) else len(text)]
            for paragraph in turn.split("\n\n"):
                paragraph = paragraph.strip()
                if len(paragraph) <= target:
                    if len(paragraph) >= shortest:
                        units.append(paragraph)
                    continue
                groups: list[str] = []
                group = ""
                for sentence in BASE_SENTENCE.findall(paragraph):
                    if group and len(group) + 1 + len(sentence) > longest:
                        groups.append(group)
                        group = ""
                    group = f"{group} {sentence}" if group else sentence
                    if len(group) >= target:
                        groups.append(group)
                        group = ""
                if group:
                    if groups and len(group) < target // 2 and len(groups[-1]) + 1 + len(group) \
                            <= longest:
                        groups[-1] += " " + group
                    else:
                        groups.append(group)
                units.extend(g for g in groups if len(g) >= shortest)
    UNITS["baseline"] = len(units)
    if len(units) > app_themes.MAX_PASSAGES:
        rng = np.random.default_rng(0)
        units = [units[i] for i in np.sort(rng.choice(len(units), app_themes.MAX_PASSAGES,
                                                      replace=False))]
    PHASES["baseline: split + units"].append(time.perf_counter() - begin)
    begin = time.perf_counter()
    stop = app_themes.THEME_STOP_WORDS | app_themes.word_pieces(label_words())
    vectorizer = TfidfVectorizer(stop_words=sorted(stop), token_pattern=app_themes._TOKEN,
                                 lowercase=True, max_df=0.5, min_df=2, max_features=20_000,
                                 sublinear_tf=True)
    matrix = vectorizer.fit_transform(units)
    model = NMF(n_components=8, init="nndsvda", random_state=0, max_iter=300)
    weights = model.fit_transform(matrix)
    vocabulary = vectorizer.get_feature_names_out()
    PHASES["baseline: TF-IDF + NMF"].append(time.perf_counter() - begin)
    return [[str(vocabulary[i]) for i in np.argsort(-row)[:10]] for row in model.components_], \
        weights, len(units)


def timed_pair(first, second, repeats: int = REPEATS):
    """Median and best seconds of each function, runs alternated so both see the same load."""
    times: tuple[list[float], list[float]] = ([], [])
    results: list[object] = [None, None]
    for _ in range(repeats):
        for i, func in enumerate((first, second)):
            begin = time.perf_counter()
            results[i] = func()
            times[i].append(time.perf_counter() - begin)
    return [(statistics.median(t), min(t), r) for t, r in zip(times, results, strict=True)]


def service_line(texts: list[str]) -> None:
    """The whole service on a project file: import with detection once, then suggest_themes."""
    from workbench.services import evidence_insights
    from workbench.services.evidence import import_transcripts
    from workbench.services.project import create_project, open_project

    folder = HOME / f"theme-transcripts-{TRANSCRIPTS}x{CHARACTERS}"
    path = HOME / f"themes-{TRANSCRIPTS}x{CHARACTERS}.pwb"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        for n, text in enumerate(texts, 1):
            (folder / f"interview {n:04d}.txt").write_text(text, "utf-8")
        create_project(path)
        begin = time.perf_counter()
        with open_project(path) as project:
            import_transcripts(project, folder)
        print(f"  import with speaker detection: {time.perf_counter() - begin:.1f} s (once)")
    with open_project(path) as project:
        times = []
        for _ in range(REPEATS):
            begin = time.perf_counter()
            themes = evidence_insights.suggest_themes(project, n_themes=8)
            times.append(time.perf_counter() - begin)
        median, best = statistics.median(times), min(times)
    print(f"  service suggest_themes on the project file: median {median:.2f} s, best {best:.2f} s"
          f" ({len(themes)} themes)")


def main() -> None:
    begin = time.perf_counter()
    texts = make_transcripts()
    size = sum(map(len, texts))
    print(f"{TRANSCRIPTS:,} transcripts, {size / 1e6:.1f} M characters "
          f"(made in {time.perf_counter() - begin:.1f} s); median and best of {REPEATS}")
    # warm imports (scikit-learn) outside the timings
    baseline(texts[:20])
    app(texts[:20])
    PHASES.clear()
    from workbench.analysis.themes import split_passages

    (base_median, base_best, (base_themes, _, units)), (app_median, app_best, themes) = \
        timed_pair(lambda: baseline(texts), lambda: app(texts))
    UNITS["app"] = sum(len(split_passages(d, t, s, e)) for d, t, s, e in SPANS)
    print(f"  app (detect_turns + analysis.themes):  median {app_median:6.2f} s, best "
          f"{app_best:6.2f} s  ({UNITS['app']:,} units)")
    print(f"  baseline (re split + TF-IDF + NMF):    median {base_median:6.2f} s, best "
          f"{base_best:6.2f} s  ({UNITS['baseline']:,} units)")
    print(f"  ratio: {app_median / base_median:.2f}x of the medians, "
          f"{app_best / base_best:.2f}x of the best (target <= 1.5x); units sampled down to "
          f"{units:,} on each side")
    for phase, times in PHASES.items():
        print(f"    {phase:<28} median {statistics.median(times):6.2f} s")
    print("  app themes:      " + " | ".join(", ".join(t.words[:4]) for t in themes))
    print("  baseline themes: " + " | ".join(", ".join(t[:4]) for t in base_themes))
    if SERVICE:
        service_line(texts)


if __name__ == "__main__":
    main()
