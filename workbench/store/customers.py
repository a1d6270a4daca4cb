"""Customers: one real person each, possibly linked from several sources."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.progress import Task, ensure_task
from workbench.store.database import Database

_BATCH = 5000


def add_customers(db: Database, labels: Sequence[str], task: Task | None = None,
                  created_at: str | None = None) -> list[int]:
    """Insert customers in one transaction; all or none of them are stored."""
    from workbench.store.project_file import now_iso

    task = ensure_task(task)
    stamp = created_at or now_iso()
    ids: list[int] = []
    with db.transaction():
        for start in range(0, len(labels), _BATCH):
            batch = labels[start:start + _BATCH]
            first = int(db.scalar("SELECT coalesce(max(id), 0) FROM customers")) + 1
            db.executemany("INSERT INTO customers(id, label, created_at) VALUES (?, ?, ?)",
                           [(first + i, label, stamp) for i, label in enumerate(batch)])
            ids.extend(range(first, first + len(batch)))
            task.report(start + len(batch), len(labels))
    return ids


def customer_labels(db: Database, limit: int = 100, offset: int = 0) -> list[tuple[int, str]]:
    return [(r["id"], r["label"]) for r in
            db.query("SELECT id, label FROM customers ORDER BY id LIMIT ? OFFSET ?",
                     (limit, offset))]
