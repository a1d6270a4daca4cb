"""Churn-risk runs and what retention reads from touchpoints and sources.

Runs are written in one transaction with every customer's risk. Reads are
aggregates computed by SQLite (first and last contact, gaps between contacts,
who used a channel or reached a stage) so no per-touchpoint Python objects
are built.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from workbench.domain.retention import RiskRun
from workbench.store.database import Database
from workbench.store.sources import column_sql_name, data_table


@dataclass(frozen=True)
class StoredRiskRun:
    """A churn-risk run as stored: its id, when it was made, its settings and figures."""

    id: int
    created_at: str
    settings: dict[str, Any]
    run: RiskRun


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


#: Customers written per INSERT statement (several rows per statement: far fewer round
#: trips through the sqlite3 module than one statement per row).
_ROWS_PER_INSERT = 1000
_RISK_FIELDS = 5  # customer_id, risk, reasons, churned, value


def _insert_risks(db: Database, run_id: int, columns: list[list]) -> None:
    """Insert the customers' rows of one run, column lists of equal length, by multi-row
    INSERTs (as many rows per statement as SQLite's variable limit allows)."""
    n = len(columns[0])
    if any(len(column) != n for column in columns):
        raise ValueError("every column of the customers' risks needs one value per customer")
    flat: list = [None] * (n * _RISK_FIELDS)
    for offset, column in enumerate(columns):
        flat[offset::_RISK_FIELDS] = column  # one C-level slice assignment per column
    limit = db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    per_statement = max(1, min(_ROWS_PER_INSERT, limit // _RISK_FIELDS))
    head = ("INSERT INTO risk_customers(run_id, customer_id, risk, reasons, churned, value) "
            "VALUES ")
    row = f"({int(run_id)}, ?, ?, ?, ?, ?)"
    full = head + ", ".join([row] * per_statement)
    for start in range(0, n, per_statement):
        count = min(per_statement, n - start)
        sql = full if count == per_statement else head + ", ".join([row] * count)
        db.execute(sql, flat[start * _RISK_FIELDS:(start + count) * _RISK_FIELDS])


def save_risk_run(db: Database, *, created_at: str, settings: dict, run: RiskRun,
                  customers: list[int], risks: list[float], reasons: list[str],
                  churned: list[int | None], values: list[float | None]) -> int:
    """Store one run with each customer's risk, reasons, churn status and value, in one
    transaction. The five lists hold one entry per customer, in the same order."""
    with db.transaction():
        run_id = int(db.execute(
            "INSERT INTO risk_runs(created_at, settings, run) VALUES (?, ?, ?)",
            (created_at, _dump(settings), _dump(run.to_dict()))).lastrowid)
        _insert_risks(db, run_id, [customers, risks, reasons, churned, values])
    return run_id


def _stored(row) -> StoredRiskRun:
    return StoredRiskRun(row["id"], row["created_at"], json.loads(row["settings"]),
                         RiskRun.from_dict(json.loads(row["run"])))


def list_risk_runs(db: Database) -> list[StoredRiskRun]:
    """Every stored run, oldest first."""
    return [_stored(r) for r in db.query("SELECT * FROM risk_runs ORDER BY id")]


def get_risk_run(db: Database, run_id: int) -> StoredRiskRun | None:
    rows = db.query("SELECT * FROM risk_runs WHERE id = ?", (run_id,))
    return _stored(rows[0]) if rows else None


def latest_run_id(db: Database) -> int | None:
    return db.scalar("SELECT max(id) FROM risk_runs")


_RISK_COLUMNS = "customer_id, risk, reasons, churned, value"


def customer_risk(db: Database, run_id: int, customer_id: int) -> tuple | None:
    """(customer id, risk, reasons, churned, value) of one customer in one run, or None."""
    rows = db.tuples(f"SELECT {_RISK_COLUMNS} FROM risk_customers WHERE run_id = ? AND "
                     "customer_id = ?", (run_id, customer_id))
    return rows[0] if rows else None


def risks(db: Database, run_id: int, limit: int | None = None) -> list[tuple]:
    """(customer id, risk, reasons, churned, value) of a run, highest risk first."""
    sql = (f"SELECT {_RISK_COLUMNS} FROM risk_customers WHERE run_id = ? "
           "ORDER BY risk DESC, customer_id")
    params: tuple = (run_id,)
    if limit is not None:
        sql += " LIMIT ?"
        params = (run_id, int(limit))
    return db.tuples(sql, params)


def persona_risks(db: Database, set_id: int, run_id: int) -> list[tuple[int, float]]:
    """(persona id, risk) of every member of a persona set scored by a run."""
    return db.tuples(
        "SELECT m.persona_id, r.risk FROM persona_members m JOIN risk_customers r "
        "ON r.customer_id = m.customer_id AND r.run_id = ? "
        "WHERE m.persona_set_id = ? AND m.persona_id IS NOT NULL ORDER BY m.persona_id, r.risk",
        (run_id, set_id))


# --------------------------------------------------------------------------- touchpoints


def has_touchpoints(db: Database) -> bool:
    return db.scalar("SELECT EXISTS (SELECT 1 FROM touchpoints WHERE customer_id IS NOT NULL "
                     "AND occurred_at IS NOT NULL)") == 1


def contact_spans(db: Database) -> list[tuple[int, float, float, int]]:
    """(customer id, first contact, last contact, contacts) per customer, days as julian days."""
    return db.tuples(
        "SELECT customer_id, min(julianday(occurred_at)), max(julianday(occurred_at)), count(*) "
        "FROM touchpoints WHERE customer_id IS NOT NULL AND julianday(occurred_at) IS NOT NULL "
        "GROUP BY customer_id ORDER BY customer_id")


def contact_gaps(db: Database) -> list[float]:
    """Days between each customer's consecutive contacts."""
    rows = db.tuples(
        "SELECT day - lag(day) OVER (PARTITION BY customer_id ORDER BY day) FROM "
        "(SELECT customer_id, julianday(occurred_at) AS day FROM touchpoints "
        " WHERE customer_id IS NOT NULL AND julianday(occurred_at) IS NOT NULL)")
    return [r[0] for r in rows if r[0] is not None]


def channel_customers(db: Database) -> list[tuple[str, int]]:
    """(channel, customer id) for every customer who used a channel."""
    return db.tuples("SELECT DISTINCT channel, customer_id FROM touchpoints "
                     "WHERE customer_id IS NOT NULL AND channel IS NOT NULL AND channel != ''")


def stage_customers(db: Database, source_id: int, stage_position: int) -> list[tuple[str, int]]:
    """(stage, customer id) for every customer with a touchpoint at a stage of one event source."""
    return db.tuples(
        f"SELECT DISTINCT s.{column_sql_name(stage_position)}, t.customer_id FROM touchpoints t "
        f"JOIN {data_table(source_id)} s ON s.row_number = t.source_row "
        f"WHERE t.source_id = ? AND t.customer_id IS NOT NULL "
        f"AND s.{column_sql_name(stage_position)} IS NOT NULL", (source_id,))


def source_customers(db: Database, source_id: int) -> list[int]:
    """The customers with at least one row in a source."""
    return [r[0] for r in db.tuples(f"SELECT DISTINCT customer_id FROM {data_table(source_id)} "
                                    "WHERE customer_id IS NOT NULL")]


def purchases(db: Database, source_id: int, amount_position: int
              ) -> list[tuple[int, float | None, Any]]:
    """(customer id, julian day, amount) of one event source's touchpoints."""
    return db.tuples(
        f"SELECT t.customer_id, julianday(t.occurred_at), s.{column_sql_name(amount_position)} "
        f"FROM touchpoints t JOIN {data_table(source_id)} s ON s.row_number = t.source_row "
        "WHERE t.source_id = ? AND t.customer_id IS NOT NULL", (source_id,))
