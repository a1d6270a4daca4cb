"""A throw-away PostgreSQL server for the tests: initdb + pg_ctl on a private socket.

    with postgres_server() as server:          # any code
        server.url                              # postgresql://tester:secret@/postgres?host=/tmp/pgt..&port=N

Fixtures (registered in tests/conftest.py):

- ``postgres_server_session``: one cluster for the whole test session (a :class:`PostgresServer`);
- ``postgres_url``: its URL, with the test user's password in it;
- ``postgres_db``: a fresh, empty database of that cluster for one test (a :class:`PostgresDatabase`),
  dropped afterwards: tables a test creates never meet another test's;
- ``postgres_admin``: the session's :class:`PostgresServer`, to create tables and load rows
  (:meth:`PostgresServer.load_table`, COPY) or cut connections (:meth:`terminate_connections`).

The cluster listens on a Unix socket in a private temporary folder only (no TCP), with password
authentication (scram-sha-256) for the test user, so a wrong password is refused as on a real
server. Durability is off (fsync, synchronous_commit): it is deleted at the end anyway.
Running as root (CI containers), the binaries run as the ``postgres`` OS user: initdb refuses root.

Without PostgreSQL's server binaries the fixtures skip with the reason (install Debian's
``postgresql`` package; ``.ci/run`` does); tests/infra/test_engines_available.py turns that skip
into a failure when ``CI`` is set.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

USER = "tester"
PASSWORD = "secret"
OS_USER = "postgres"  # the account Debian's package creates; the binaries run as it under root
MISSING = ("PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's postgresql package "
           "(apt-get install postgresql), or put initdb and pg_ctl on PATH")


#: ``url_for``'s default: keep the test user's password.
SAME = object()


class PostgresUnavailable(RuntimeError):
    """The server cannot be started on this machine (binaries or the OS user missing)."""


def find_binaries() -> tuple[Path, Path] | None:
    """(initdb, pg_ctl) from one installation: PATH first, then the newest /usr/lib/postgresql/*/bin."""
    candidates = []
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(os.path.realpath(initdb)).parent)
        candidates.append(Path(initdb).parent)

    def version(folder: str) -> tuple[int, ...]:
        found = re.search(r"/postgresql/([\d.]+)/bin$", folder)
        return tuple(int(p) for p in found.group(1).split(".") if p) if found else ()

    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder / "initdb", folder / "pg_ctl"
    return None


def _free_port() -> int:
    """A port number no local server uses (it only names the socket file, but keeps logs clear)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _url(user: str, password: str | None, dbname: str, socket_dir: str, port: int) -> str:
    auth = quote(user, safe="") + (f":{quote(password, safe='')}" if password is not None else "")
    return f"postgresql://{auth}@/{quote(dbname, safe='')}?host={quote(socket_dir, safe='/')}&port={port}"


@dataclass(frozen=True)
class PostgresServer:
    """A running throw-away cluster; the test user is its superuser."""

    socket_dir: str
    port: int
    user: str = USER
    password: str = PASSWORD
    dbname: str = "postgres"

    @property
    def url(self) -> str:
        """postgresql://tester:secret@/postgres?host=SOCKET_DIR&port=PORT (libpq and psycopg read it)."""
        return self.url_for()

    def url_for(self, dbname: str | None = None, password: str | None | object = SAME) -> str:
        """The URL of another database and/or with another password (``None``: no password in it)."""
        return _url(self.user, self.password if password is SAME else password, dbname or self.dbname,
                    self.socket_dir, self.port)

    def connect(self, dbname: str | None = None, **kwargs):
        """A psycopg connection (autocommit unless told otherwise)."""
        import psycopg

        kwargs.setdefault("autocommit", True)
        return psycopg.connect(self.url_for(dbname), **kwargs)

    def execute(self, sql: str, params: Sequence | None = None, dbname: str | None = None) -> list[tuple]:
        """Run one statement in its own connection; the rows it returns (empty when none)."""
        with self.connect(dbname) as conn, conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall() if cur.description else []

    def load_table(self, table: str, columns: Sequence[tuple[str, str]], rows: Iterable[Sequence],
                   dbname: str | None = None, replace: bool = True) -> int:
        """Create ``table`` (columns as (name, SQL type)) and COPY ``rows`` into it; returns the row count.

        Values go through psycopg's COPY adaptation: None is NULL, numbers, dates and text as they are.
        """
        from psycopg import sql

        name = sql.Identifier(*table.split(".")) if "." in table else sql.Identifier(table)
        definition = sql.SQL(", ").join(sql.SQL("{} {}").format(sql.Identifier(col), sql.SQL(kind))
                                        for col, kind in columns)
        names = sql.SQL(", ").join(sql.Identifier(col) for col, _kind in columns)
        count = 0
        with self.connect(dbname, autocommit=False) as conn:
            with conn.cursor() as cur:
                if replace:
                    cur.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(name))
                cur.execute(sql.SQL("CREATE TABLE {} ({})").format(name, definition))
                with cur.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(name, names)) as copy:
                    for row in rows:
                        copy.write_row(row)
                        count += 1
            conn.commit()
        return count

    def terminate_connections(self, dbname: str | None = None) -> int:
        """Cut every other client's connection (to one database, or all): a "lost connection"."""
        rows = self.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE pid <> pg_backend_pid() AND backend_type = 'client backend' "
            "AND (%s::text IS NULL OR datname = %s::text)", (dbname, dbname))
        return int(rows[0][0])

    def create_database(self, name: str | None = None) -> PostgresDatabase:
        from psycopg import sql

        name = name or f"test_{uuid.uuid4().hex[:12]}"
        with self.connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(
                sql.Identifier(name)))
        return PostgresDatabase(self, name)

    def drop_database(self, name: str) -> None:
        from psycopg import sql

        with self.connect() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@dataclass(frozen=True)
class PostgresDatabase:
    """One database of the throw-away cluster (``postgres_db`` fixture)."""

    server: PostgresServer
    name: str

    @property
    def url(self) -> str:
        return self.server.url_for(self.name)

    def url_for(self, password: str | None | object = SAME) -> str:
        return self.server.url_for(self.name, password)

    def connect(self, **kwargs):
        return self.server.connect(self.name, **kwargs)

    def execute(self, sql: str, params: Sequence | None = None) -> list[tuple]:
        return self.server.execute(sql, params, self.name)

    def load_table(self, table: str, columns: Sequence[tuple[str, str]], rows: Iterable[Sequence],
                   replace: bool = True) -> int:
        return self.server.load_table(table, columns, rows, self.name, replace)

    def terminate_connections(self) -> int:
        return self.server.terminate_connections(self.name)


def _runner() -> list[str]:
    """The prefix that runs a server binary as a non-root user ([] when not root)."""
    if os.name != "posix" or os.geteuid() != 0:
        return []
    import pwd

    try:
        pwd.getpwnam(OS_USER)
    except KeyError:
        raise PostgresUnavailable(f"running as root but there is no {OS_USER!r} OS user to run PostgreSQL "
                                  f"as (initdb refuses root): install Debian's postgresql package") from None
    if shutil.which("runuser"):
        return ["runuser", "-u", OS_USER, "--"]
    return ["su", OS_USER, "-s", "/bin/sh", "-c", '"$0" "$@"']


def _run(prefix: list[str], args: list[str], cwd: str, what: str, log: Path | None = None) -> None:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    for name in ("PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGDATA", "PGSERVICE"):
        env.pop(name, None)
    done = subprocess.run(prefix + args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        extra = log.read_text(errors="replace")[-3000:] if log is not None and log.exists() else ""
        raise RuntimeError(f"{what} failed ({done.returncode}): {done.stdout}{done.stderr}\n{extra}".strip())


@contextlib.contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """Start a throw-away cluster, yield it, stop it and delete its files.

    Raises :class:`PostgresUnavailable` when the binaries (or, as root, the ``postgres`` user)
    are missing; any other failure to start raises RuntimeError with initdb's or the server's log.
    """
    binaries = find_binaries()
    if binaries is None:
        raise PostgresUnavailable(MISSING)
    initdb, pg_ctl = binaries
    prefix = _runner()
    # Short path: a Unix socket path must stay under ~100 characters.
    base = Path(tempfile.mkdtemp(prefix="pgt", dir="/tmp" if os.path.isdir("/tmp") else None))
    data, sock, pwfile, log = base / "data", base / "s", base / "pw", base / "server.log"
    sock.mkdir()
    pwfile.write_text(PASSWORD + "\n")
    log.touch()
    if prefix:
        import pwd

        owner = pwd.getpwnam(OS_USER)
        for path in (base, sock, pwfile, log):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    base.chmod(0o700)
    port = _free_port()
    started = False
    try:
        _run(prefix, [str(initdb), "-D", str(data), "-U", USER, f"--pwfile={pwfile}", "--auth=scram-sha-256",
                      "-E", "UTF8", "--locale=C", "--no-sync"], str(base), "initdb")
        settings = {
            "listen_addresses": "''", "unix_socket_directories": f"'{sock}'", "port": str(port),
            "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off",
            "max_connections": "30", "shared_buffers": "32MB", "max_wal_size": "1GB",
            "logging_collector": "off", "log_min_messages": "warning", "timezone": "'UTC'",
        }
        with (data / "postgresql.conf").open("a") as conf:
            conf.write("\n# tests/pg_server.py\n" + "".join(f"{k} = {v}\n" for k, v in settings.items()))
        _run(prefix, [str(pg_ctl), "-D", str(data), "-l", str(log), "-w", "-t", "60", "start"], str(base),
             "pg_ctl start", log)
        started = True
        server = PostgresServer(socket_dir=str(sock), port=port)
        _wait_ready(server)
        yield server
    finally:
        if started:
            with contextlib.suppress(Exception):
                _run(prefix, [str(pg_ctl), "-D", str(data), "-m", "immediate", "-w", "-t", "30", "stop"],
                     str(base), "pg_ctl stop")
        shutil.rmtree(base, ignore_errors=True)


def _wait_ready(server: PostgresServer, timeout: float = 30.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            server.execute("SELECT 1")
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


# --- pytest fixtures -----------------------------------------------------------------------------

@pytest.fixture(scope="session")
def postgres_server_session() -> Iterator[PostgresServer]:
    """One throw-away cluster for the session; skips (with the reason) when PostgreSQL is missing."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed: pip install -e '.[test]'")
    try:
        manager = postgres_server()
        server = manager.__enter__()
    except PostgresUnavailable as error:
        pytest.skip(str(error))
    try:
        yield server
    finally:
        manager.__exit__(None, None, None)


@pytest.fixture(scope="session")
def postgres_url(postgres_server_session: PostgresServer) -> str:
    """URL (with the test user's password) of the session's throw-away cluster, database ``postgres``."""
    return postgres_server_session.url


@pytest.fixture(scope="session")
def postgres_admin(postgres_server_session: PostgresServer) -> PostgresServer:
    """The session's cluster, to create tables and COPY rows in (``load_table``) or cut connections."""
    return postgres_server_session


@pytest.fixture
def postgres_db(postgres_server_session: PostgresServer) -> Iterator[PostgresDatabase]:
    """A fresh empty database on the session's cluster, dropped after the test."""
    database = postgres_server_session.create_database()
    try:
        yield database
    finally:
        postgres_server_session.drop_database(database.name)
