"""Build the sample project deterministically (no hand-edited binary is shipped).

Run ``python -m workbench.sample_projects.build_sample OUT.pwb``. The data come
from :mod:`generate_data` (a fictional omnichannel retailer) and go through the
same import services a researcher uses, so the sample shows the product
working. Each capability adds its part of the sample here.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from workbench.progress import Task, ensure_task

SAMPLE_NAME = "Sample: omnichannel retailer / retailer omnicanale"


def build_sample(path: Path, task: Task | None = None) -> Path:
    from workbench.sample_projects.generate_data import generate

    from workbench.services.importing import import_file
    from workbench.services.linking import default_keys, link_customers
    from workbench.services.personas import run_personas
    from workbench.store.project_file import create_project_file, open_project_file

    task = ensure_task(task)
    path = Path(path)
    create_project_file(path, SAMPLE_NAME)
    with tempfile.TemporaryDirectory(prefix="workbench-sample-") as tmp:
        files = generate(Path(tmp))
        order = ["crm", "survey", "interviews", "events"]
        with open_project_file(path, backup_count=0) as project:
            for index, key in enumerate(order):
                step = task.slice(0.8 * index / len(order), 0.8 * (index + 1) / len(order))
                import_file(project, files[key], task=step)
            # one customer per person across the CRM, survey, interviews and touchpoints
            link_customers(project, default_keys(project))
            # k fixed (the four planted groups) so building the sample stays quick
            run_personas(project, k=4, seed=0, name="Personas omnicanale / Omnichannel personas",
                         task=task.slice(0.8, 1.0))
    return path


if __name__ == "__main__":
    build_sample(Path(sys.argv[1]))
