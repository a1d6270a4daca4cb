"""Runs inside the built program: do the libraries the app loads lazily work when frozen?

The launcher runs this instead of the app when PERSONA_WORKBENCH_BUNDLE_CHECK=FOLDER is set
(packaging/smoke_test.sh does). Each check uses a library the way the app does or will
(reading spreadsheets, clustering, themes, charts, PDF and print output, images,
translations, the version) and writes its files into FOLDER; ``bundle-check.txt`` says
``ok`` on its first line when every check passed. Exit status 0 when all passed.
"""

from __future__ import annotations

import os
import sys
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path

# Accented Latin, em dash, Greek: what a persona card in Italian or with customer quotes holds.
SAMPLE_TEXT = "Persona: Giulia, 34 — «Il reso è complicato», però ritorna. Ωmega"


def check_version(folder: Path) -> str:
    from importlib import metadata

    import workbench

    installed = metadata.version("persona-workbench")
    if installed != workbench.__version__:
        raise AssertionError(f"metadata says {installed}, workbench.__version__ {workbench.__version__}")
    return installed


def check_resources(folder: Path) -> str:
    from workbench.i18n import catalog_path, load_catalog
    from workbench.paths import resources_dir, sample_projects_dir

    catalog = load_catalog(catalog_path("it"))
    if not catalog:
        raise AssertionError("the Italian catalogue is empty")
    icons = sorted(p.name for p in (resources_dir() / "icons").glob("*.svg"))
    if "app.svg" not in icons:
        raise AssertionError(f"no app.svg among the icons {icons}")
    if not sample_projects_dir().is_dir():
        raise AssertionError(f"no sample project folder at {sample_projects_dir()}")
    return f"{len(catalog)} Italian strings, {len(icons)} icons"


def _minimal_xlsx(path: Path) -> None:
    """A two-row workbook written by hand (no spreadsheet library is bundled for writing)."""
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships"><sheets><sheet name="Interviste" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>cliente</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>età</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>Giulia</t></is></c><c r="B2"><v>34</v></c></row>'
            '</sheetData></worksheet>'),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)


def check_tables(folder: Path) -> str:
    import pandas as pd
    import python_calamine

    csv = folder / "customers.csv"
    csv.write_text("id;città;spesa\n1;Milano;12,5\n2;Torino;7\n", "utf-8-sig")
    frame = pd.read_csv(csv, sep=";", decimal=",", encoding="utf-8-sig")
    if frame.shape != (2, 3) or frame["spesa"].sum() != 19.5:
        raise AssertionError(f"CSV read wrongly: {frame!r}")
    xlsx = folder / "interviews.xlsx"
    _minimal_xlsx(xlsx)
    workbook = python_calamine.CalamineWorkbook.from_path(str(xlsx))
    rows = workbook.get_sheet_by_name("Interviste").to_python()
    if rows[0] != ["cliente", "età"] or rows[1][0] != "Giulia":
        raise AssertionError(f"XLSX read wrongly: {rows!r}")
    pd.read_excel(xlsx, engine="calamine")
    return f"pandas {pd.__version__}, calamine read {len(rows)} rows"


def check_clustering(folder: Path) -> str:
    import numpy as np
    import sklearn
    from scipy.cluster.hierarchy import fcluster, linkage
    from sklearn.cluster import AgglomerativeClustering, KMeans
    from sklearn.decomposition import NMF, PCA
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import silhouette_score
    from sklearn.mixture import GaussianMixture
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    rng = np.random.default_rng(7)
    data = np.vstack([rng.normal(center, 0.3, size=(40, 3)) for center in (0, 3, 6)])
    data = StandardScaler().fit_transform(data)
    labels = KMeans(n_clusters=3, n_init=3, random_state=7).fit_predict(data)
    score = silhouette_score(data, labels)
    GaussianMixture(n_components=3, random_state=7).fit(data)
    AgglomerativeClustering(n_clusters=3).fit(data)
    fcluster(linkage(data, "ward"), 3, criterion="maxclust")
    PCA(n_components=2).fit(data)
    OneHotEncoder(handle_unknown="ignore").fit([["web"], ["store"], ["call centre"]])
    texts = ["il reso è complicato", "consegna rapida e gentile", "reso lento, assistenza assente",
             "great delivery, quick refund", "refund took weeks", "store staff were kind"]
    tfidf = TfidfVectorizer().fit_transform(texts)
    NMF(n_components=2, init="nndsvda", random_state=7, max_iter=400).fit(tfidf)
    if score < 0.5:
        raise AssertionError(f"k-means found no clear clusters (silhouette {score:.2f})")
    # linking: connected components of matching keys, fuzzy name proposals
    from rapidfuzz import fuzz
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix(([1, 1], ([0, 2], [1, 3])), shape=(4, 4))
    groups, _labels = connected_components(graph, directed=False)
    similar = fuzz.token_sort_ratio("Giulia Rossi", "Rossi Giulia")
    if groups != 2 or similar < 99:
        raise AssertionError(f"linking libraries misbehave ({groups} groups, score {similar})")
    return f"scikit-learn {sklearn.__version__}, silhouette {score:.2f}, rapidfuzz and csgraph"


def check_charts(folder: Path) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams["pdf.fonttype"] = 42  # TrueType subsets through fontTools: fonts embedded
    figure, axes = plt.subplots(figsize=(6, 3), layout="constrained")
    axes.plot(["Scoperta", "Definizione", "Sviluppo", "Consegna"], [1, -1, -2, 2], marker="o")
    axes.set_title(SAMPLE_TEXT)
    axes.set_ylabel("emozione")
    figure.savefig(folder / "chart.pdf")
    figure.savefig(folder / "chart.png", dpi=80)
    plt.close(figure)
    return f"matplotlib {matplotlib.__version__}, backend {matplotlib.get_backend()}"


def check_qt_output(folder: Path) -> str:
    from PySide6.QtCore import QLibraryInfo, QMarginsF, QRectF, Qt, QTranslator
    from PySide6.QtGui import (
        QColor,
        QFont,
        QGuiApplication,
        QImage,
        QImageReader,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
    )
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs it
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_it", translations):
        raise AssertionError(f"Qt's Italian catalogue qtbase_it is not in {translations}")
    formats = {bytes(name).decode() for name in QImageReader.supportedImageFormats()}
    missing = {"png", "jpg", "svg", "gif", "ico", "webp"} - formats
    if missing:
        raise AssertionError(f"Qt cannot read {sorted(missing)} images (image plugins missing)")

    writer = QPdfWriter(str(folder / "qt-card.pdf"))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(15, 15, 15, 15)))
    writer.setTitle("Bundle check")
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 14))
    painter.setPen(QColor("#1f2937"))
    painter.drawText(QRectF(0, 0, writer.width(), writer.height()), Qt.TextFlag.TextWordWrap, SAMPLE_TEXT)
    painter.end()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "qt-print.pdf"))
    painter = QPainter(printer)
    painter.drawText(100, 200, SAMPLE_TEXT)
    painter.end()
    printers = len(QPrinterInfo.availablePrinterNames())

    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("#4F46E5"))
    if not image.save(str(folder / "qt-image.png")):
        raise AssertionError("Qt could not write a PNG")
    return f"{len(formats)} image formats, {printers} printer(s) seen"


def check_store(folder: Path) -> str:
    import platformdirs
    import sqlite_utils

    database = sqlite_utils.Database(folder / "check.sqlite")
    database["customers"].insert_all([{"id": 1, "name": "Giulia"}, {"id": 2, "name": "Zoë"}], pk="id")
    count = database["customers"].count
    database.conn.close()
    (folder / "check.sqlite").unlink()
    if count != 2:
        raise AssertionError(f"sqlite-utils stored {count} rows, not 2")
    return f"sqlite-utils ok, platformdirs {platformdirs.__version__}"


def check_warehouse(folder: Path) -> str:
    """Parquet through pyarrow and DuckDB, a DuckDB file, SQL in every export dialect, psycopg's libpq."""
    import duckdb
    import psycopg
    import pyarrow as pa
    import pyarrow.parquet as pq
    import sqlglot

    parquet = folder / "customers.parquet"
    table = pa.table({"id": [1, 2, 3], "città": ["Milano", "Torino", "Zoë"], "spesa": [12.5, 7.0, None]})
    pq.write_table(table, parquet)
    if pq.read_table(parquet).num_rows != 3 or pq.ParquetFile(parquet).metadata.num_rows != 3:
        raise AssertionError("pyarrow read the Parquet file wrongly")
    database = folder / "crm.duckdb"
    with duckdb.connect(str(database)) as conn:
        conn.execute(f"CREATE TABLE customers AS SELECT * FROM read_parquet('{parquet.as_posix()}')")
        total = conn.execute("SELECT count(*), sum(spesa) FROM customers").fetchall()[0]
        relation = conn.sql("SELECT * FROM customers ORDER BY id")  # streamed in blocks, as the import reads
        reader = getattr(relation, "to_arrow_reader", None) or relation.fetch_record_batch  # DuckDB 2 / 1.x
        arrow = reader(2).read_all()
    database.unlink()
    if total != (3, 19.5) or arrow.num_rows != 3:
        raise AssertionError(f"DuckDB read {total}, {arrow.num_rows} rows")
    query = ("SELECT id, CASE WHEN POWER(spesa - 10, 2) < 4 THEN 0 ELSE 1 END AS persona "
             "FROM customers WHERE spesa IS NOT NULL")
    dialects = ("duckdb", "postgres", "spark", "bigquery", "snowflake")
    written = {name: sqlglot.transpile(query, read="duckdb", write=name)[0] for name in dialects}
    if not all("persona" in text for text in written.values()):
        raise AssertionError(f"sqlglot wrote {written}")
    # libpq loads and reports a refused connection as psycopg's error (no server here).
    try:
        psycopg.connect(f"postgresql://nobody:secret@/none?host={folder.as_posix()}&port=1", connect_timeout=5)
    except psycopg.OperationalError:
        pass
    else:
        raise AssertionError("psycopg connected to a server that does not exist")
    return (f"pyarrow {pa.__version__}, duckdb {duckdb.__version__}, sqlglot {sqlglot.__version__} "
            f"({len(written)} dialects), psycopg {psycopg.__version__} ({psycopg.pq.__impl__} libpq "
            f"{psycopg.pq.version()})")


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("version", check_version),
    ("resources", check_resources),
    ("spreadsheets", check_tables),
    ("clustering", check_clustering),
    ("charts", check_charts),
    ("qt output", check_qt_output),
    ("store", check_store),
    ("warehouse", check_warehouse),
]


def run(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    lines, failed = [], 0
    for name, check in CHECKS:
        try:
            lines.append(f"{name}: {check(folder)}")
        except Exception:  # noqa: BLE001 - every failure is reported, the rest still run
            failed += 1
            lines.append(f"{name}: FAILED\n" + traceback.format_exc())
    report = ["ok" if not failed else f"failed ({failed} of {len(CHECKS)})", *lines]
    (folder / "bundle-check.txt").write_text("\n".join(report) + "\n", "utf-8")
    print("\n".join(report))
    return 1 if failed else 0
