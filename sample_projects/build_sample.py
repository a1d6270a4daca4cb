"""Build the sample project deterministically (no hand-edited binary is shipped).

Run ``python -m workbench.sample_projects.build_sample OUT.pwb``. The content
grows with the app: each capability adds its part of the sample here.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from workbench.progress import Task, ensure_task

SEED = 20261125
FIRST_NAMES = ["Giulia", "Marco", "Sofia", "Luca", "Chiara", "Matteo", "Emma", "Noah",
               "Olivia", "Liam", "Aurora", "Francesco", "Zoë", "Renée", "Miguel", "Åsa"]
LAST_NAMES = ["Rossi", "Bianchi", "Esposito", "Romano", "Smith", "Jones", "García", "Müller",
              "Conti", "Ricci", "Brown", "Lefèvre", "Novák", "Costa", "Greco", "Nguyen"]
CUSTOMERS = 2000


def build_sample(path: Path, task: Task | None = None) -> Path:
    from workbench.store.customers import add_customers
    from workbench.store.project_file import create_project_file, open_project_file

    task = ensure_task(task)
    rng = random.Random(SEED)
    create_project_file(path, "Sample: omnichannel retailer / retailer omnicanale")
    labels = [f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(CUSTOMERS)]
    with open_project_file(path, backup_count=1) as project:
        add_customers(project.db, labels, task=task, created_at="2026-01-01T00:00:00+00:00")
    return path


if __name__ == "__main__":
    build_sample(Path(sys.argv[1]))
