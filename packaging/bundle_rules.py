"""What the bundle must leave out, in one place: workbench.spec excludes it, check_bundle.py
verifies it stayed out.

A module the app's own code imports is never excluded, so using a new Qt module (say
QtNetwork for a single-instance socket) just works: the spec collects it and the check
accepts it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

# Never in the bundle: test and development tools, other GUI toolkits, heavy libraries the app
# does not use (even when they happen to be installed in the build venv).
NEVER_SHIPPED = [
    # Python's own extras and tools.
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "ensurepip",
    "venv", "test", "distutils", "setuptools", "pip", "pkg_resources",
    # Test and development tools.
    "pytest", "_pytest", "pytestqt", "pluggy._testing", "ruff", "pypdf", "pypdfium2",
    "IPython", "ipykernel", "jupyter_client", "jupyter_core", "notebook", "nbformat", "jedi",
    # The tests run exported persona SQL in Spark: PySpark (and its JVM bridge) is test-only.
    "pyspark", "py4j",
    # Heavy libraries.
    "torch", "torchvision", "tensorflow", "keras", "jax", "cupy", "dask", "numba", "llvmlite",
    "sympy", "h5py", "tables", "xarray", "bokeh", "plotly", "cv2",
    "matplotlib.tests", "matplotlib.testing", "numpy.distutils",
    # pyarrow reads Parquet (with DuckDB); its RPC, cloud file systems, GPU and ORC parts are not used.
    "pyarrow.tests", "pyarrow.flight", "pyarrow._flight", "pyarrow._s3fs", "pyarrow._gcsfs",
    "pyarrow._azurefs", "pyarrow._hdfs", "pyarrow.cuda", "pyarrow._cuda", "pyarrow.gandiva",
    "pyarrow.jvm", "pyarrow.orc", "pyarrow._orc", "pyarrow._dataset_orc", "pyarrow._pyarrow_cpp_tests",
    "pyarrow.benchmark",
    # Other Qt bindings that matplotlib's qt_compat could look for.
    "PyQt5", "PyQt6", "PySide2", "shiboken2", "wx", "gi",
]

# Qt modules the app does not use. PyInstaller collects a Qt module's libraries and plugins
# only with its Python module, so excluding the module keeps the whole of it out.
UNUSED_QT = [
    "QtQml", "QtQmlFeatures", "QtQuick", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtLabsStyleKit", "QtSql", "QtTest", "QtDesigner", "QtHelp", "QtUiTools", "QtOpenGL",
    "QtOpenGLWidgets", "QtNetwork", "QtDBus", "QtConcurrent", "QtXml", "QtWebEngineCore",
    "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets", "QtWebView", "Qt3DCore",
    "Qt3DRender", "Qt3DExtras", "QtMultimedia", "QtMultimediaWidgets", "QtBluetooth", "QtCharts",
    "QtDataVisualization", "QtGraphs", "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort",
    "QtRemoteObjects", "QtScxml", "QtTextToSpeech", "QtHttpServer", "QtPdf", "QtPdfWidgets",
]

# Shared libraries of unused Qt modules (name without "Qt"/"Qt6" prefix). Network and DBus are
# not listed: other Qt libraries link them (libQt6Gui links libQt6DBus on Linux).
_UNUSED_QT_LIBRARIES = [
    "WebEngine", "WebView", "Quick", "Qml", "3D", "Multimedia", "Bluetooth", "Sql", "Designer", "Help",
    "Charts", "Graphs", "DataVisualization", "Positioning", "Location", "Sensors", "SerialPort",
    "RemoteObjects", "Scxml", "TextToSpeech", "Test", "UiTools", "Pdf",
]


def app_imports(source: Path) -> set[str]:
    """Every module (and its parent packages) that the app's code under ``source`` imports."""
    names: set[str] = set()
    for path in source.rglob("*.py"):
        try:
            tree = ast.parse(path.read_text("utf-8"), str(path))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for name in found:
                parts = name.split(".")
                names.update(".".join(parts[: i + 1]) for i in range(len(parts)))
    return names


def excluded_modules(source: Path) -> list[str]:
    """Modules for PyInstaller's ``excludes``, minus any the app itself imports."""
    used = app_imports(source)
    candidates = NEVER_SHIPPED + [f"PySide6.{name}" for name in UNUSED_QT]
    return [name for name in candidates if name not in used]


def forbidden_qt_library(source: Path) -> re.Pattern[str]:
    """Matches file names of Qt libraries and bindings that must not be in the bundle."""
    used = {name.removeprefix("PySide6.Qt") for name in app_imports(source) if name.startswith("PySide6.Qt")}
    unused = [name for name in _UNUSED_QT_LIBRARIES if not any(u.startswith(name) for u in used)]
    return re.compile(r"Qt6?(" + "|".join(map(re.escape, unused)) + r")")
