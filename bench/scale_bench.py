"""Every step of the app at 100k, 300k and 1M customers beside a bare script doing the same work.

For each size a customer CSV (30 columns: id, e-mail, name, segment, channel, region,
demographics, dates, amounts, visits, a few categories and a churn flag), a support-ticket
file keyed by e-mail (a fifth as many rows, some addresses written in capitals or with
spaces, some of people who are no customers) and a touchpoint event log (--events per
customer, with a stage column) are generated once under /tmp/workbench-bench/scale-N.
Then each step runs in a fresh child process, the app's and the bare script's one after
the other, and reports its seconds (the step only: libraries are loaded and the project
opened before the clock starts) and its peak resident memory (max RSS of the process, in
MB, libraries included):

=============  ===========================================  ==========================================
step           app                                          bare script
=============  ===========================================  ==========================================
import         ``import_file`` of the customer CSV into a   pandas.read_csv(dtype=str) + one SQLite
               new project, until it is closed              executemany (import_bench.baseline_csv)
persona k=5    ``run_personas(k=5)``                        personas_run_bench.baseline_run: read the
                                                            attributes from SQLite, prepare, KMeans,
                                                            quality figures, store memberships
persona auto   ``run_personas()`` (k suggested among 3-6)   the same after choosing k among 3-6 on a
                                                            5,000-customer sample (silhouette and 10
                                                            bootstrap refits per k)
link           ``link_customers`` by customer id and        linking_bench.baseline_link: pandas
               e-mail across the three sources              normalise + group by key + label
                                                            propagation, UPDATE ... FROM, DELETE
journey        ``create_journey`` for the largest persona   journeys_bench.baseline: read_sql of the
               (reads its members' events, observed         members' events, pandas groupby of the
               journey, stores it)                          same figures
export PDF     ``export_personas_pdf`` of the k=5 set       read sizes and means with pandas, one
                                                            matplotlib page per persona to a PDF
export table   ``export_membership`` as CSV                 read_sql of the members + keys, to_csv
=============  ===========================================  ==========================================

Before the link step the ticket and event files are imported (not timed) into the project
holding the k=5 set; the journey and exports use the linked project.

    python bench/scale_bench.py                          # 100,000, 300,000 and 1,000,000
    python bench/scale_bench.py 100000                   # one size
    python bench/scale_bench.py 100000,300000 --steps link,journey --runs 3
    python bench/scale_bench.py --markdown               # only the Markdown table at the end

Not part of CI: at 1M the whole run takes several minutes and a few GB of memory.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(1, str(BENCH.parent))
CACHE = Path(tempfile.gettempdir()) / "workbench-bench"
os.environ.setdefault("PERSONA_WORKBENCH_HOME", str(CACHE / "home"))

K = 5
STEPS = ("import", "persona_k", "persona_auto", "link", "journey", "export_pdf", "export_table")
TITLES = {"import": "import", "persona_k": f"persona run k={K}", "persona_auto": "persona run auto k",
          "link": "link", "journey": "observed journey", "export_pdf": "export PDF",
          "export_table": "export membership CSV"}
#: The link keys, (source id, column, rule): customers 1, tickets 2, events 3.
LINK_KEYS = ((1, "customer_id", "id"), (1, "email", "email"), (2, "email", "email"),
             (3, "customer_id", "id"))
EVENT_ROLES = {"customer_id": "identifier", "timestamp": "date", "channel": "channel",
               "stage": "categorical", "action": "categorical", "outcome": "categorical",
               "score": "numeric"}


def bench_module(name: str):
    """One of the other benches, imported without letting it read this script's arguments."""
    saved = sys.argv
    sys.argv = [saved[0]]
    try:
        return importlib.import_module(name)
    finally:
        sys.argv = saved


# --------------------------------------------------------------------------- the data


def write_files(folder: Path, customers: int, events: int) -> dict[str, Path]:
    """customers.csv (30 columns), tickets.csv (keyed by e-mail), events.csv (touchpoints)."""
    import numpy as np
    import pandas as pd

    folder.mkdir(parents=True, exist_ok=True)
    files = {"customers": folder / "customers.csv", "tickets": folder / "tickets.csv",
             "events": folder / f"events-{events}.csv"}
    rng = np.random.default_rng(24)
    n = customers
    group = rng.integers(0, K, size=n)
    ids = np.char.add("C", np.char.zfill(np.arange(1, n + 1).astype(str), 7))
    emails = np.char.add(np.char.add("user", np.arange(1, n + 1).astype(str)), "@example.it")
    if not files["customers"].exists():
        first = np.array(["Giulia", "Marco", "Anna", "Luca", "Sara", "Paolo", "Elena", "Davide"])
        last = np.array(["Rossi", "Bianchi", "Verdi", "Russo", "Ferrari", "Esposito", "Romano"])

        def pick(options, bias=0.5):
            options = np.array(options)
            favourite = options[group % len(options)]
            return np.where(rng.random(n) < bias, favourite, rng.choice(options, size=n))

        def amount(scale, spread=0.6):
            return np.round(rng.lognormal(np.log(scale * (1 + group)), spread), 2)

        start = np.datetime64("2019-01-01")
        signup = start + rng.integers(0, 5 * 365, size=n).astype("timedelta64[D]")
        last_buy = signup + rng.integers(0, 365, size=n).astype("timedelta64[D]")
        orders = rng.poisson(3 + 2 * group)
        spend = amount(120)
        frame = pd.DataFrame({
            "customer_id": ids, "email": emails,
            "name": np.char.add(np.char.add(rng.choice(first, size=n), " "),
                                rng.choice(last, size=n)),
            "segment": pick(["gold", "silver", "bronze", "new"]),
            "channel": pick(["store", "web", "app", "call centre"]),
            "region": pick(["North", "Centre", "South", "Islands"], 0.3),
            "gender": rng.choice(["F", "M"], size=n), "age": rng.integers(18, 85, size=n),
            "signup_date": np.datetime_as_string(signup), "last_purchase":
                np.datetime_as_string(last_buy),
            "tenure_months": rng.integers(1, 72, size=n), "orders": orders,
            "spend_total": spend, "avg_basket": np.round(spend / np.maximum(orders, 1), 2),
            "returns": rng.poisson(0.3 + 0.2 * group), "discount_share":
                np.round(rng.beta(2, 5 + group), 3),
            "visits_web": rng.poisson(4 + 3 * (group == 1)), "visits_app":
                rng.poisson(2 + 5 * (group == 2)),
            "visits_store": rng.poisson(1 + 4 * (group == 0)), "email_opens": rng.poisson(6),
            "email_clicks": rng.poisson(1 + group), "support_calls": rng.poisson(0.5 + group / 4),
            "nps": rng.integers(0, 11, size=n), "satisfaction": rng.integers(1, 6, size=n),
            "loyalty_points": rng.integers(0, 5000, size=n),
            "payment_method": pick(["card", "paypal", "cash", "transfer"]),
            "device": pick(["ios", "android", "desktop"]),
            "plan": pick(["basic", "plus", "premium"]),
            "days_since_contact": rng.integers(0, 400, size=n),
            "churned": np.where(rng.random(n) < 0.1 + 0.05 * group, "yes", "no")})
        frame.to_csv(files["customers"], index=False)
    if not files["tickets"].exists():
        m = max(1, n // 5)
        who = rng.integers(1, n + 1, size=m)
        who = np.where(rng.random(m) < 0.9, who, who + n)  # a tenth are no customers (yet)
        address = np.char.add(np.char.add("user", who.astype(str)), "@example.it")
        shouted = rng.random(m) < 0.3
        address = np.where(shouted, np.char.add(np.char.add(" ", np.char.upper(address)), " "),
                           address)
        opened = np.datetime64("2025-01-01") + rng.integers(0, 365, size=m).astype(
            "timedelta64[D]")
        pd.DataFrame({"email": address, "opened_on": np.datetime_as_string(opened),
                      "topic": rng.choice(["delivery", "refund", "sizing", "app login"], size=m),
                      "priority": rng.choice(["low", "normal", "high"], size=m),
                      "resolution_hours": np.round(rng.gamma(2, 12, size=m), 1),
                      "csat": rng.integers(1, 6, size=m)}).to_csv(files["tickets"], index=False)
    if not files["events"].exists():
        write_events(files["events"], ids, rng, events)
    return files


def write_events(path: Path, ids, rng, per_customer: int) -> None:
    """``per_customer`` touchpoints of every customer, in stage order, some dropping out."""
    import numpy as np
    import pandas as pd

    journeys = bench_module("journeys_bench")
    stages, channels = journeys.STAGES, journeys.CHANNELS
    actions, outcomes = journeys.ACTIONS, journeys.OUTCOMES
    n, e = len(ids), per_customer
    step = np.tile(np.arange(e), n)
    stage = np.minimum(step * len(stages) // e, len(stages) - 1)
    dropped = np.repeat(rng.random(n) < 0.2, e)
    stage = np.where(dropped & (stage == len(stages) - 1), len(stages) - 2, stage)
    minutes = np.cumsum(rng.integers(30, 60 * 72, size=n * e)).reshape(n, e)
    minutes = (minutes - minutes[:, :1]).ravel() + rng.integers(0, 60 * 24 * 300, size=n).repeat(e)
    when = np.datetime64("2025-01-01T00:00") + minutes.astype("timedelta64[m]")
    action = np.minimum(stage + (rng.random(n * e) < 0.2), len(actions) - 1)
    pd.DataFrame({"customer_id": np.repeat(ids, e),
                  "timestamp": np.datetime_as_string(when, unit="s"),
                  "channel": np.array(channels)[rng.integers(0, len(channels), size=n * e)],
                  "stage": np.array(stages)[stage], "action": np.array(actions)[action],
                  "outcome": np.array(outcomes)[rng.integers(0, len(outcomes), size=n * e)],
                  "score": rng.integers(1, 6, size=n * e)}).to_csv(path, index=False)


# --------------------------------------------------------------------------- the steps (child)


def _project(path: Path, readonly: bool = False):
    from workbench.services.project import open_project

    return open_project(path, readonly=readonly)


def _set_and_persona(path: Path) -> tuple[int, int]:
    """The newest persona set and its largest persona."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(path)) as conn:
        set_id = conn.execute("SELECT max(id) FROM persona_sets").fetchone()[0]
        persona = conn.execute("SELECT persona_id FROM persona_members WHERE persona_set_id = ? "
                               "AND persona_id IS NOT NULL GROUP BY persona_id "
                               "ORDER BY count(*) DESC, persona_id LIMIT 1", (set_id,)).fetchone()
    return set_id, persona[0]


def app_step(step: str, path: Path, data: dict[str, Path], out: Path) -> float:
    """Seconds the app takes for ``step`` on the project at ``path``."""
    import pandas  # noqa: F401  (loaded before the clock starts, as in the bare script)

    if step == "import":
        from workbench.services.importing import import_file
        from workbench.services.project import create_project

        create_project(path)
        project = _project(path)
        started = time.perf_counter()
        import_file(project, data["customers"])
        project.close()
        return time.perf_counter() - started
    if step in ("persona_k", "persona_auto"):
        import sklearn.cluster  # noqa: F401

        from workbench.services.personas import run_personas

        with _project(path) as project:
            started = time.perf_counter()
            run_personas(project, k=K if step == "persona_k" else None, seed=0)
            return time.perf_counter() - started
    if step == "link":
        took, _after = bench_module("linking_bench").app_link(path, LINK_KEYS)
        return took
    if step == "journey":
        from workbench.services.journeys import create_journey

        _set_id, persona_id = _set_and_persona(path)
        with _project(path) as project:
            started = time.perf_counter()
            create_journey(project, persona_id)
            return time.perf_counter() - started
    set_id, _persona = _set_and_persona(path)
    if step == "export_pdf":
        import matplotlib.pyplot  # noqa: F401

        from workbench.services.export import export_personas_pdf

        with _project(path, readonly=True) as project:
            started = time.perf_counter()
            export_personas_pdf(project, set_id, out / "cards.pdf")
            return time.perf_counter() - started
    if step == "export_table":
        from workbench.services.export import export_membership

        with _project(path, readonly=True) as project:
            started = time.perf_counter()
            export_membership(project, set_id, out / "members.csv", csv_style="comma")
            return time.perf_counter() - started
    raise SystemExit(f"unknown step {step}")


def bare_step(step: str, path: Path, data: dict[str, Path], out: Path) -> float:
    """Seconds a bare script takes for the work of ``step``."""
    import pandas as pd

    if step == "import":
        return bench_module("import_bench").baseline_csv(data["customers"], out)
    if step == "persona_k":
        import sklearn.cluster  # noqa: F401

        return bench_module("personas_run_bench").baseline_run(path)
    if step == "persona_auto":
        return bare_persona_auto(path)
    if step == "link":
        took, _after = bench_module("linking_bench").baseline_link(path, LINK_KEYS)
        return took
    if step == "journey":
        import sqlite3

        _set_id, persona_id = _set_and_persona(path)
        with contextlib.closing(sqlite3.connect(path)) as conn:
            stage = conn.execute("SELECT position FROM source_columns WHERE source_id = 3 "
                                 "AND name = 'stage'").fetchone()[0]
        return bench_module("journeys_bench").baseline(path, persona_id, 3, stage)
    set_id, _persona = _set_and_persona(path)
    if step == "export_pdf":
        return bare_pdf(path, set_id, out / "bare.pdf")
    if step == "export_table":
        import sqlite3

        started = time.perf_counter()
        with contextlib.closing(sqlite3.connect(path)) as conn:
            members = pd.read_sql(
                "SELECT m.customer_id, s.c0 AS customer_key, p.name AS persona, m.fit "
                "FROM persona_members m LEFT JOIN personas p ON p.id = m.persona_id "
                "LEFT JOIN (SELECT customer_id, min(c0) AS c0 FROM src_1 GROUP BY customer_id) s "
                "ON s.customer_id = m.customer_id WHERE m.persona_set_id = ? "
                "ORDER BY m.customer_id", conn, params=(set_id,))
        members.to_csv(out / "bare-members.csv", index=False)
        return time.perf_counter() - started
    raise SystemExit(f"unknown step {step}")


def bare_persona_auto(path: Path) -> float:
    """Choose k among 3..6 on a 5,000-customer sample (silhouette, 10 bootstrap refits each),
    then the fixed-k bare run."""
    import sqlite3

    import numpy as np
    from sklearn.cluster import KMeans
    from sklearn.metrics import adjusted_rand_score, silhouette_score

    bare = bench_module("personas_run_bench")
    started = time.perf_counter()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        _frame, _numeric, _categorical, matrix = bare.read_and_prepare(conn)
    rng = np.random.default_rng(0)
    sample = matrix[rng.choice(len(matrix), min(5000, len(matrix)), replace=False)]
    scores = {}
    for k in range(3, 7):
        labels = KMeans(k, n_init=4, random_state=0).fit_predict(sample)
        silhouette = silhouette_score(sample, labels, sample_size=min(3000, len(sample)),
                                      random_state=0)
        agreement = []
        for _ in range(10):
            rows = rng.integers(0, len(sample), size=len(sample))
            refit = KMeans(k, n_init=1, random_state=0).fit(sample[rows]).predict(sample)
            agreement.append(adjusted_rand_score(labels, refit))
        scores[k] = silhouette + np.mean(agreement)
    max(scores, key=scores.get)
    chosen = time.perf_counter() - started
    return chosen + bare.baseline_run(path)


def bare_pdf(path: Path, set_id: int, target: Path) -> float:
    """Sizes and attribute means per persona with pandas, one matplotlib page each to a PDF."""
    import sqlite3

    import matplotlib

    matplotlib.use("Agg")
    import pandas as pd
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    started = time.perf_counter()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM source_columns WHERE source_id = 1 "
                                            "AND role = 'numeric' ORDER BY position")]
        positions = dict(conn.execute("SELECT name, position FROM source_columns "
                                      "WHERE source_id = 1"))
        select = ", ".join(f"avg(s.c{positions[n]}) AS \"{n}\"" for n in names)
        means = pd.read_sql(
            f"SELECT p.name AS persona, count(*) AS size, {select} FROM persona_members m "
            "JOIN personas p ON p.id = m.persona_id JOIN src_1 s ON s.customer_id = m.customer_id "
            "WHERE m.persona_set_id = ? GROUP BY p.id ORDER BY p.position", conn,
            params=(set_id,))
    overall = means[names].mean()
    with PdfPages(target) as pdf:
        for _, row in means.iterrows():
            figure = Figure(figsize=(8.27, 11.69))
            figure.text(0.08, 0.95, f"{row['persona']} ({int(row['size']):,} customers)",
                        fontsize=16)
            axes = figure.add_axes((0.3, 0.1, 0.6, 0.75))
            axes.barh(names, (row[names] / overall).to_numpy(dtype=float))
            pdf.savefig(figure)
    return time.perf_counter() - started


def _max_rss_mb() -> float:
    return bench_module("import_bench")._max_rss_mb()


def child(args: argparse.Namespace) -> None:
    data = json.loads(args.data)
    data = {k: Path(v) for k, v in data.items()}
    runner = app_step if args.side == "app" else bare_step
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        if args.step == "prepare":
            from workbench.services.importing import import_file

            with _project(Path(args.project)) as project:
                import_file(project, data["tickets"])
                import_file(project, data["events"], roles=EVENT_ROLES, as_events=True)
            print(json.dumps({"seconds": 0, "peak_mb": 0}))
            return
        seconds = runner(args.step, Path(args.project), data, Path(tmp))
    print(json.dumps({"seconds": seconds, "peak_mb": _max_rss_mb()}))


# --------------------------------------------------------------------------- orchestration


def run_child(step: str, side: str, project: Path, data: dict[str, Path]) -> dict:
    command = [sys.executable, __file__, "--child", step, "--side", side, "--project",
               str(project), "--data", json.dumps({k: str(v) for k, v in data.items()})]
    done = subprocess.run(command, capture_output=True, text=True, cwd=BENCH)
    if done.returncode:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"{side} {step} failed on {project}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def copy_project(source: Path, target: Path) -> Path:
    for old in target.parent.glob(target.name + "*"):
        old.unlink()
    shutil.copyfile(source, target)
    for suffix in ("-wal",):
        if Path(str(source) + suffix).exists():
            shutil.copyfile(str(source) + suffix, str(target) + suffix)
    return target


def measure(step: str, size: int, runs: int, app_on, bare_on, data) -> dict:
    """Median seconds and peak memory of ``runs`` interleaved app/bare child runs.

    ``app_on`` / ``bare_on``: called before each run, return the project path to run on.
    """
    apps, bares = [], []
    for attempt in range(runs):
        order = (("app", app_on, apps), ("bare", bare_on, bares))
        for side, prepare, results in (order if attempt % 2 == 0 else order[::-1]):
            results.append(run_child(step, side, prepare(), data))
    row = {"step": step, "size": size,
           "app_s": statistics.median(r["seconds"] for r in apps),
           "bare_s": statistics.median(r["seconds"] for r in bares),
           "app_mb": max(r["peak_mb"] for r in apps),
           "bare_mb": max(r["peak_mb"] for r in bares)}
    print(format_row(row), flush=True)
    return row


def _forget_backups(work: Path) -> None:
    """Delete the automatic backups the app took of the work projects (every open of a
    project takes one: at 1M customers ten of them would fill gigabytes)."""
    from workbench.store.backups import backup_folder

    for project in work.glob("*.pwb"):
        shutil.rmtree(backup_folder(project), ignore_errors=True)


def run_size(size: int, steps: list[str], runs: int, events: int) -> list[dict]:
    folder = CACHE / f"scale-{size}"
    started = time.perf_counter()
    data = write_files(folder, size, events)
    megabytes = data["customers"].stat().st_size / 1e6
    print(f"# {size:,} customers: customers.csv {megabytes:.0f} MB, files ready in "
          f"{time.perf_counter() - started:.0f} s", flush=True)
    work = folder / "work"
    _forget_backups(work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    imported, personas, linked = work / "imported.pwb", work / "personas.pwb", work / "linked.pwb"
    scratch = work / "scratch.pwb"
    rows = []

    def fresh(path: Path):
        def prepare() -> Path:
            for old in path.parent.glob(path.name + "*"):
                old.unlink()
            return path
        return prepare

    def copy(source: Path, target: Path = scratch):
        return lambda: copy_project(source, target)

    def need(path: Path, make) -> None:
        if not path.exists():
            make()

    # the chain: imported -> (k=5 set) personas -> (+ tickets, events) -> linked
    if "import" in steps:
        rows.append(measure("import", size, runs, fresh(imported), lambda: work, data))
    need(imported, lambda: run_child("import", "app", fresh(imported)(), data))
    copy_project(imported, work / "imported-kept.pwb")
    kept = work / "imported-kept.pwb"
    if "persona_k" in steps:
        rows.append(measure("persona_k", size, runs, copy(kept, personas), lambda: kept, data))
    if "persona_auto" in steps:
        rows.append(measure("persona_auto", size, runs, copy(kept), lambda: kept, data))
    later = [s for s in steps if s in ("link", "journey", "export_pdf", "export_table")]
    if not later:
        return rows
    if not personas.exists():
        run_child("persona_k", "app", copy_project(kept, personas), data)
    run_child("prepare", "app", personas, data)
    if "link" in steps:
        rows.append(measure("link", size, runs, copy(personas, linked), copy(personas), data))
    if not linked.exists():
        run_child("link", "app", copy_project(personas, linked), data)
    if "journey" in steps:
        rows.append(measure("journey", size, runs, copy(linked), lambda: linked, data))
    for step in ("export_pdf", "export_table"):
        if step in steps:
            rows.append(measure(step, size, runs, lambda: linked, lambda: linked, data))
    return rows


def format_row(row: dict) -> str:
    return (f"{TITLES[row['step']]:<22} {row['size']:>10,} {row['app_s']:>8.2f} "
            f"{row['bare_s']:>8.2f} {row['app_s'] / row['bare_s']:>6.2f}x "
            f"{row['app_mb']:>8.0f} {row['bare_mb']:>8.0f}")


def markdown(rows: list[dict]) -> str:
    lines = ["| step | customers | app s | bare s | ratio | app peak MB | bare peak MB |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for row in sorted(rows, key=lambda r: (STEPS.index(r["step"]), r["size"])):
        lines.append(f"| {TITLES[row['step']]} | {row['size']:,} | {row['app_s']:.2f} | "
                     f"{row['bare_s']:.2f} | {row['app_s'] / row['bare_s']:.2f}× | "
                     f"{row['app_mb']:,.0f} | {row['bare_mb']:,.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="?", default="100000,300000,1000000",
                        help="customer counts, comma-separated (default 100000,300000,1000000)")
    parser.add_argument("--steps", default=",".join(STEPS),
                        help=f"a subset of {','.join(STEPS)}")
    parser.add_argument("--runs", type=int, default=1, help="runs of each step (median)")
    parser.add_argument("--events", type=int, default=4, help="touchpoints per customer")
    parser.add_argument("--markdown", action="store_true", help="print only the Markdown table")
    parser.add_argument("--json", type=Path, help="also save the rows to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--side", help=argparse.SUPPRESS)
    parser.add_argument("--project", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        args.step = args.child
        child(args)
        return
    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    unknown = set(steps) - set(STEPS)
    if unknown:
        parser.error(f"unknown steps: {', '.join(sorted(unknown))}")
    CACHE.mkdir(exist_ok=True)
    rows = []
    with contextlib.redirect_stdout(open(os.devnull, "w")) if args.markdown else \
            contextlib.nullcontext():
        print(f"{os.cpu_count()} CPUs; seconds = the step only (median of {args.runs}); "
              f"peak = max RSS of the child process")
        print(f"{'step':<22} {'customers':>10} {'app s':>8} {'bare s':>8} {'ratio':>7} "
              f"{'app MB':>8} {'bare MB':>8}")
        for size in (int(s.replace("_", "")) for s in args.sizes.split(",")):
            rows += run_size(size, steps, args.runs, args.events)
            _forget_backups(CACHE / f"scale-{size}" / "work")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    print()
    print(markdown(rows))


if __name__ == "__main__":
    main()
