"""Evidence at scale: opening a document, applying a code, searching — app vs bare sqlite3.

A project with DOCUMENTS transcripts of WORDS words each (default 2,000 x 5,000,
about 60 MB of text) and 20 codings per document, inserted in bulk as the
spreadsheet import does (so the first search also builds the full-text index,
timed separately).

App: services.evidence.open_document / apply_codes / search_evidence.
Baseline: the same work written directly with sqlite3 on a second file copy:
two SELECTs (body, codings); one INSERT in its own transaction; one FTS5
MATCH with highlight() over the same index, matches found from the marks.

    python bench/evidence_bench.py [documents] [words] [repeats]   (default 2000 5000 50)
"""

from __future__ import annotations

import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

DOCUMENTS = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000
WORDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000
REPEATS = int(sys.argv[3]) if len(sys.argv) > 3 else 50
HOME = Path(tempfile.gettempdir()) / "workbench-bench"
os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(HOME / "home"))

VOCABULARY = ("cliente negozio spedizione consegna ritardo prezzo sconto città perché così "
              "servizio assistenza telefono chat app sito carrello pagamento reso rimborso "
              "qualità prodotto taglia colore commessa cassa coda parcheggio orario offerta "
              "the store delivery late price discount service phone app website checkout "
              "payment return refund quality product size colour queue parking hours 😀 中文").split()
FILLER = "il la di che e un una per non con è ma si the and of to a in is it".split()
MARKED = re.compile("\ue000([^\ue001]*)\ue001")
QUERIES = ["rimborso", "spedizione ritardo", '"servizio assistenza"', "citta", "paga*"]


def make_project() -> Path:
    from workbench.services import evidence
    from workbench.services.project import create_project, open_project

    path = HOME / f"evidence-{DOCUMENTS}x{WORDS}.pwb"
    if path.exists():
        return path
    HOME.mkdir(parents=True, exist_ok=True)
    rng = random.Random(5)
    words = VOCABULARY + FILLER * 4
    create_project(path)
    with open_project(path) as project:
        db = project.db
        with db.transaction():
            rows = []
            for n in range(DOCUMENTS):
                tokens = rng.choices(words, k=WORDS)
                for i in range(12, WORDS, 60):  # sentences and paragraphs
                    tokens[i] += "." if i % 240 else ".\n\n"
                rows.append((f"Intervista {n + 1}", " ".join(tokens), None, "2024-01-01"))
            db.executemany("INSERT INTO documents(title, body, customer_id, created_at) "
                           "VALUES (?, ?, ?, ?)", rows)
        codes = [evidence.create_code(project, f"Codice {i}").id for i in range(30)]
        with db.transaction():
            codings = []
            for document_id, (_, body, _, _) in enumerate(rows, 1):
                for _ in range(20):
                    start = rng.randrange(0, len(body) - 400)
                    codings.append((document_id, rng.choice(codes), start,
                                    start + rng.randrange(20, 400), "2024-01-01"))
            db.executemany('INSERT OR IGNORE INTO codings(document_id, code_id, start, "end", '
                           "created_at) VALUES (?, ?, ?, ?, ?)", codings)
    return path


def timed(func, repeats: int = REPEATS) -> float:
    """Median seconds of ``repeats`` calls."""
    times = []
    for i in range(repeats):
        begin = time.perf_counter()
        func(i)
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def raw_search(conn: sqlite3.Connection, query: str) -> list:
    hits = []
    for row in conn.execute(
            "SELECT d.id, d.title, highlight(documents_fts, 1, char(57344), char(57345)) "
            "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY rank LIMIT 100", (query,)):
        matches, removed = [], 0
        for match in MARKED.finditer(row[2]):
            start = match.start() - removed
            matches.append((start, start + len(match[1])))
            removed += 2
        hits.append((row[0], row[1], matches))
    return hits


def main() -> None:
    from workbench.services import evidence
    from workbench.services.project import open_project

    begin = time.perf_counter()
    path = make_project()
    print(f"{DOCUMENTS:,} documents x {WORDS:,} words ({path.stat().st_size / 1e6:.0f} MB), "
          f"project ready in {time.perf_counter() - begin:.1f} s")
    rows = []
    with open_project(path) as project:
        begin = time.perf_counter()
        indexed = evidence.update_search_index(project)
        if indexed:
            print(f"full-text index built for {indexed:,} documents in "
                  f"{time.perf_counter() - begin:.1f} s (once, lazily)")
        baseline_path = path.with_suffix(".baseline.sqlite")
        project.db.execute("VACUUM INTO ?", (str(baseline_path.with_suffix(".tmp")),))
        os.replace(baseline_path.with_suffix(".tmp"), baseline_path)
        conn = sqlite3.connect(baseline_path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")  # as the project file
        conn.execute("PRAGMA synchronous = FULL")
        rng = random.Random(1)
        ids = [rng.randrange(1, DOCUMENTS + 1) for _ in range(REPEATS)]
        code = evidence.find_code(project, "Codice 0").id

        app = timed(lambda i: evidence.open_document(project, ids[i]))
        base = timed(lambda i: (conn.execute("SELECT * FROM documents WHERE id = ?",
                                             (ids[i],)).fetchone(),
                                conn.execute('SELECT * FROM codings WHERE document_id = ? '
                                             'ORDER BY start, "end", id', (ids[i],)).fetchall(),
                                conn.execute("SELECT * FROM quotes WHERE document_id = ?",
                                             (ids[i],)).fetchall()))
        rows.append(("open a document (body + codings)", app, base))

        # a passage not coded yet on every call, so each one really writes
        spans = [(s, s + rng.randrange(5, 300)) for s in rng.sample(range(WORDS), REPEATS)]
        app = timed(lambda i: evidence.apply_codes(project, ids[i], *spans[i], [code]))

        def raw_apply(i: int) -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute('INSERT OR IGNORE INTO codings(document_id, code_id, start, "end", '
                         "created_at) VALUES (?, ?, ?, ?, '2024')", (ids[i], code, *spans[i]))
            conn.execute("COMMIT")

        base = timed(raw_apply)
        rows.append(("apply a code (one transaction)", app, base))

        for query in QUERIES:
            fts = evidence.fts_query(query)
            app = timed(lambda i, q=query: evidence.search_evidence(project, q), max(3, REPEATS // 10))
            base = timed(lambda i, q=fts: raw_search(conn, q), max(3, REPEATS // 10))
            hits = len(evidence.search_evidence(project, query).hits)
            rows.append((f"search {query} ({hits} hits)", app, base))
        conn.close()
        baseline_path.unlink()
    print(f"{'operation':<42}{'app ms':>10}{'sqlite3 ms':>12}{'ratio':>8}")
    for name, app, base in rows:
        print(f"{name:<42}{app * 1000:>10.2f}{base * 1000:>12.2f}{app / base:>8.2f}")


if __name__ == "__main__":
    main()
