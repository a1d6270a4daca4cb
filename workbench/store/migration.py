"""One schema migration: what ``workbench.store.schema`` lists and each ``schema_*.py`` defines.

Kept in its own module so the capability modules (``schema_customers.py``,
``schema_evidence.py``, ...) import it from here and ``schema.py`` imports
them: the dependency runs one way only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    description: str
    #: SQL statements run in order, or a function given the connection.
    steps: Sequence[str] | Callable[[sqlite3.Connection], None]

    def apply(self, conn: sqlite3.Connection) -> None:
        if callable(self.steps):
            self.steps(conn)
        else:
            for statement in self.steps:
                conn.execute(statement)
