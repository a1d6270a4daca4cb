"""The core work the customers UI runs in the background (no Qt here).

Each function takes ``task=`` and runs on its own connection to the project,
so the window's connection stays free for the views while it writes.
"""

from __future__ import annotations

from typing import Any

from workbench.progress import Task
from workbench.store.project_file import ProjectFile


def link_on_own_connection(project: ProjectFile, keys: list, *, task: Task, **options: Any):
    """``services.linking.link_customers`` on a connection of this thread."""
    from workbench.services import linking

    with project.on_own_connection() as mine:
        return linking.link_customers(mine, keys, task=task, **options)


def forget_on_own_connection(project: ProjectFile, customer_id: int, *, task: Task):
    """``services.customers.forget_customer`` on a connection of this thread."""
    from workbench.services import customers

    with project.on_own_connection() as mine:
        return customers.forget_customer(mine, customer_id, task=task)


def replace_backups_on_own_connection(project: ProjectFile, *, task: Task):
    """``services.project.replace_backups`` on a connection of this thread."""
    from workbench.services.project import replace_backups

    task.report(0, None, "")
    with project.on_own_connection() as mine:
        return replace_backups(mine)


def channels_on_own_connection(project: ProjectFile, *, task: Task):
    """``services.customers.channel_overview`` read on a connection of this thread."""
    from workbench.services import customers

    task.report(0, None, "")
    with project.on_own_connection() as mine:
        return customers.channel_overview(mine)


def fuzzy_on_own_connection(project: ProjectFile, keys: list, threshold: float, *, task: Task):
    """``services.linking.find_fuzzy_matches`` on a connection of this thread (nothing merged)."""
    from workbench.services import linking

    with project.on_own_connection() as mine:
        return linking.find_fuzzy_matches(mine, keys, threshold, task=task)
