"""Customers where they live: database sources, sampling, and persona rules run by an engine.

Plain dataclasses and constants, no SQL and no Qt.

- :class:`DatabaseSource`: where rows come from when they are not a spreadsheet: a
  Parquet file or folder, a DuckDB database file, or a SQL database reached by a
  connection URL (PostgreSQL). The URL is kept *without* its password: passwords are
  asked for (or given through an environment variable on the command line) and never
  stored in the project or written to logs.
- :class:`SampleSpec` / :class:`SamplingRecord`: a big source is imported as a random or
  stratified sample, on purpose, and the sampling is recorded with the source (in
  ``sources.options["sampling"]``) so every figure drawn from it can say so.
- ``SQL_DIALECTS``: the engines a persona set's assignment rule can be exported for.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

#: Source kinds, as stored in ``sources.kind``-adjacent options and shown to the user.
PARQUET, DUCKDB, POSTGRESQL = "parquet", "duckdb", "postgresql"
DATABASE_KINDS = (PARQUET, DUCKDB, POSTGRESQL)
#: File suffixes read as database sources.
PARQUET_SUFFIXES = (".parquet", ".pq")
DUCKDB_SUFFIXES = (".duckdb", ".ddb", ".db")
#: URL schemes read as PostgreSQL.
POSTGRESQL_SCHEMES = ("postgresql", "postgres")

#: Default of the Preferences threshold above which an import offers a sample.
DEFAULT_SAMPLE_THRESHOLD = 1_000_000
#: Rows read per block when streaming a database source.
BLOCK_ROWS = 50_000

#: Engines the persona rule is exported for (sqlglot dialect names), in menu order.
SQL_DIALECTS = ("duckdb", "postgres", "spark", "bigquery", "snowflake")
#: Algorithms whose assignment rule can be written as SQL (nearest centre / medoid).
SQL_EXPORTABLE = ("kmeans", "agglomerative", "gower")


def _query_without_password(query: str) -> str:
    from urllib.parse import parse_qsl, urlencode

    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k.lower() != "password"]
    return query if len(kept) == len(pairs) else urlencode(kept)


def strip_password(url: str) -> str:
    """A connection URL without its password ("postgresql://ann@host/db"), whether written
    before the host or as a ``?password=`` parameter."""
    parts = urlsplit(url)
    query = _query_without_password(parts.query)
    if parts.password is None and query == parts.query:
        return url
    netloc = parts.netloc
    if parts.password is not None:
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        user = parts.username or ""
        netloc = f"{user}@{host}" if user else host
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def url_password(url: str) -> str | None:
    """The password written inside a URL (before the host or as ``?password=``), if any:
    used once, never stored."""
    from urllib.parse import parse_qsl

    parts = urlsplit(url)
    if parts.password is not None:
        return parts.password
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key.lower() == "password":
            return value
    return None


@dataclass(frozen=True)
class DatabaseSource:
    """Where a database import reads from.

    ``location`` is a file or folder path (Parquet, DuckDB) or a connection URL
    without password (PostgreSQL). Exactly one of ``table`` and ``query`` is set
    for DuckDB and PostgreSQL; a Parquet source reads its file(s) whole.
    """

    kind: str
    location: str
    table: str | None = None
    query: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in DATABASE_KINDS:
            raise ValueError(f"unknown database source kind {self.kind!r}")

    @property
    def display_name(self) -> str:
        """How messages and the sources list name it: "customers @ crm.duckdb"."""
        if self.kind == PARQUET:
            return self.location.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        where = (self.location.replace("\\", "/").rsplit("/", 1)[-1] if self.kind == DUCKDB
                 else strip_password(self.location))
        what = self.table or "query"
        return f"{what} @ {where}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["location"] = strip_password(self.location)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DatabaseSource:
        return cls(kind=data["kind"], location=data["location"], table=data.get("table"),
                   query=data.get("query"))


@dataclass(frozen=True)
class SampleSpec:
    """A sample asked for at import: ``size`` customers (rows), seeded, optionally
    stratified by one column (proportional allocation, each stratum at least one row)."""

    size: int
    seed: int = 0
    stratify_by: str | None = None


@dataclass(frozen=True)
class SamplingRecord:
    """How a source's rows were sampled, stored with the source."""

    method: str  # "random" | "stratified"
    size: int  # rows kept
    population: int  # rows in the source
    seed: int = 0
    strata: str | None = None  # the column stratified by
    #: stratum value (as text) -> (population rows, sampled rows)
    by_stratum: dict[str, list[int]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SamplingRecord:
        return cls(method=data["method"], size=int(data["size"]),
                   population=int(data["population"]), seed=int(data.get("seed", 0)),
                   strata=data.get("strata"),
                   by_stratum={str(k): [int(v[0]), int(v[1])]
                               for k, v in (data.get("by_stratum") or {}).items()})


@dataclass(frozen=True)
class PopulationCounts:
    """Persona sizes the company's engine returned for its whole customer base."""

    persona_set_id: int
    #: persona position -> customers ("-1": fits no persona)
    counts: dict[int, int]
    imported_at: str
    note: str = ""  # where they came from ("scored in Spark, 2026-12-05")

    @property
    def total(self) -> int:
        return sum(self.counts.values())
