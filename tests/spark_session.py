"""Spark in local mode for the tests: one small SparkSession for the whole session.

Fixture ``spark`` (registered in tests/conftest.py): a ``pyspark.sql.SparkSession`` with master
``local[2]``, no UI, no network beyond the loopback, a temporary warehouse folder, UTC and log level
ERROR. It skips with the reason when PySpark or a Java runtime (17 or newer for Spark 4) is missing;
tests/infra/test_engines_available.py turns that skip into a failure when ``CI`` is set.

Start-up is made cheap where it costs nothing in the tests' small queries: one shuffle partition,
the JVM's client compiler only (-XX:TieredStopAtLevel=1) and the serial collector.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

MIN_JAVA = 17
NO_PYSPARK = "PySpark is not installed: pip install -e '.[test]' (the test extra brings it)"
NO_JAVA = ("no Java runtime found (java on PATH or in JAVA_HOME): install Debian's openjdk-17-jre-headless "
           "package (Spark needs Java {min} or newer)")

#: Seconds the last :func:`spark_session` took to start (printed by the infra test).
START_SECONDS: float | None = None


def find_java() -> Path | None:
    """The java launcher Spark will use: JAVA_HOME's first, then PATH."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return Path(home) / "bin" / "java"
    found = shutil.which("java")
    return Path(found) if found else None


def java_major(java: Path) -> int | None:
    """The major version of a java launcher (8 for "1.8.0_x"), None when it does not answer."""
    try:
        done = subprocess.run([str(java), "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', done.stderr + done.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major


def unavailable_reason() -> str | None:
    """Why Spark cannot run here (None when it can)."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return NO_PYSPARK
    java = find_java()
    if java is None:
        return NO_JAVA.format(min=MIN_JAVA)
    major = java_major(java)
    if major is None:
        return f"{java} -version does not answer: " + NO_JAVA.format(min=MIN_JAVA)
    if major < MIN_JAVA:
        return f"{java} is Java {major}; Spark needs Java {MIN_JAVA} or newer: install openjdk-17-jre-headless"
    return None


def spark_session(warehouse: Path):
    """Start a small local SparkSession keeping its tables under ``warehouse``."""
    global START_SECONDS
    from pyspark.sql import SparkSession

    java = find_java()
    if java is not None and not os.environ.get("JAVA_HOME"):
        os.environ["JAVA_HOME"] = str(Path(os.path.realpath(java)).parent.parent)
    # Workers (Python UDFs, if a test uses one) run this interpreter; Spark binds to the loopback only.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    # Spark's own log4j2 profile says WARN and more at start; this one keeps to errors.
    log_config = warehouse.parent / "log4j2.properties"
    log_config.write_text("rootLogger.level = error\nrootLogger.appenderRef.stderr.ref = console\n"
                          "appender.console.type = Console\nappender.console.name = console\n"
                          "appender.console.target = SYSTEM_ERR\nappender.console.layout.type = PatternLayout\n"
                          "appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex\n")
    java_options = (os.environ.get("WORKBENCH_SPARK_JAVA_OPTIONS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1")
                    + f" -Djava.io.tmpdir={warehouse.parent} -Dlog4j2.configurationFile=file:{log_config}")
    os.environ["SPARK_LOCAL_DIRS"] = str(warehouse.parent)
    start = time.perf_counter()
    session = (
        SparkSession.builder.master("local[2]")
        .appName("workbench-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.memory", "1g")
        .config("spark.driver.extraJavaOptions", java_options)
        .config("spark.sql.warehouse.dir", str(warehouse))
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.catalogImplementation", "in-memory")
        .config("spark.dynamicAllocation.enabled", "false")
        .config("spark.eventLog.enabled", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    START_SECONDS = time.perf_counter() - start
    return session


@pytest.fixture(scope="session")
def spark() -> Iterator:
    """A local-mode SparkSession for the session; skips (with the reason) without PySpark or Java."""
    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="spark-tests-"))
    session = spark_session(folder / "warehouse")
    try:
        yield session
    finally:
        session.stop()
        shutil.rmtree(folder, ignore_errors=True)
