"""Schema migration: churn-risk runs and each customer's risk.

Registered in ``workbench.store.schema.MIGRATIONS``; see that module's rules.

A run keeps its settings and figures as JSON (a ``RiskRun``); each customer's
out-of-fold risk and the indices of the run's drivers that are their reasons
live in ``risk_customers`` (with whether they had churned and their historical
value when the run was made), which goes with the customer when they are erased
(``ON DELETE CASCADE``).
"""

from __future__ import annotations

from workbench.store.migration import Migration

V9_RETENTION = Migration(
    "Retention: churn-risk runs with their settings and figures, each customer's risk",
    [
        """CREATE TABLE risk_runs (
               id         INTEGER PRIMARY KEY,
               created_at TEXT NOT NULL,
               settings   TEXT NOT NULL DEFAULT '{}',
               run        TEXT NOT NULL
           )""",
        # reasons: indices into the run's drivers, space-separated ("0 2").
        """CREATE TABLE risk_customers (
               run_id      INTEGER NOT NULL REFERENCES risk_runs(id) ON DELETE CASCADE,
               customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
               risk        REAL NOT NULL,
               reasons     TEXT NOT NULL DEFAULT '',
               churned     INTEGER,
               value       REAL,
               PRIMARY KEY (run_id, customer_id)
           ) WITHOUT ROWID""",
        "CREATE INDEX risk_customers_risk ON risk_customers(run_id, risk DESC)",
        "CREATE INDEX risk_customers_customer ON risk_customers(customer_id)",
    ],
)
