"""A persona run that drops customers with blanks (missing="drop") still finishes: the
customers left out have no persona, and the rest get their cards."""

from __future__ import annotations

from workbench.analysis.preprocessing import PreprocessingSettings
from workbench.services.importing import import_file
from workbench.services.personas import personas_of, run_personas
from workbench.services.project import create_project, open_project


def test_dropping_customers_with_blanks_clusters_the_others(tmp_path):
    lines = ["customer_id,Age,Income,Visits,Channel"]
    for i in range(120):
        income = "" if i % 10 == 0 else str(20_000 + (i % 4) * 15_000 + i * 37)
        lines.append(f"C{i},{25 + (i % 4) * 12},{income},{1 + (i % 4) * 5 + i % 3},"
                     f"{['web', 'store', 'app'][i % 3]}")
    crm = tmp_path / "crm.csv"
    crm.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = create_project(tmp_path / "study.pwb")
    with open_project(path) as project:
        import_file(project, crm)
        set_id = run_personas(project, k=3, seed=0, features=["Age", "Income", "Visits"],
                              preprocessing=PreprocessingSettings(missing="drop"))
        personas = personas_of(project, set_id)
        members = sum(p.size for p in personas)
    assert len(personas) == 3
    assert members == 108  # the 12 customers without an income fit no persona
