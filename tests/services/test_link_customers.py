"""Linking customers across sources in a real project file, and the single customer view."""

from __future__ import annotations

from pathlib import Path

import pytest
from project_snapshot import dump

from workbench.errors import LinkingError, OperationCancelled
from workbench.progress import Task
from workbench.services.importing import import_file
from workbench.services.linking import (
    LinkKey,
    customer_view,
    default_keys,
    link_customers,
    link_runs,
    undo_link_run,
)
from workbench.services.project import create_project, open_project

CRM = (
    "customer_id,Name,Email,Phone,Spend,Notes\n"
    "007,Giulia Rossi,giulia@example.it,+39 333 1234567,120,"
    "\"Cliente fedele, compra ogni settimana al negozio di via Roma.\"\n"
    "008,Marco Bianchi,Marco@Example.it,0039 347 7654321,80,\n"
    "009,Zoë Müller,zoe@example.com,,45,\n"
    "010,Anna Verdi,anna@example.it,,30,\n"
    "007,Giulia Rossi,giulia@example.it,333-1234567,20,\n"
)
SURVEY = (
    "Email,Satisfaction,Comment\n"
    " GIULIA@example.it ,4,\"Le code alla cassa sono lunghe e nessuno risponde al telefono "
    "quando chiamo per un reso, davvero.\"\n"
    "marco@EXAMPLE.it,2,\"Il sito non funziona dal telefono, ho rinunciato due volte prima "
    "di comprare in negozio.\"\n"
    "new.person@example.org,5,\"Tutto bene, consegna veloce e personale gentile, "
    "tornerò sicuramente.\"\n"
    "  Zoë@Example.com,3,\n"
    "giulia@example.it  ,5,\n"
)
CALLS = (
    "Phone,Reason\n"
    "333 123 4567,reso\n"
    "+39 347 765 4321,informazioni\n"
    "+39 340 0000000,reclamo\n"
)




@pytest.fixture
def project_path(tmp_path) -> Path:
    path = create_project(tmp_path / "study.pwb")
    for name, text in (("crm.csv", CRM), ("survey.csv", SURVEY), ("calls.csv", CALLS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    with open_project(path) as project:
        import_file(project, tmp_path / "crm.csv")
        import_file(project, tmp_path / "survey.csv", roles={"Comment": "free_text"})
    return path


def counts(project) -> dict[str, int]:
    db = project.db
    return {"customers": db.scalar("SELECT count(*) FROM customers"),
            "crm": db.scalar("SELECT count(DISTINCT customer_id) FROM src_1"),
            "survey": db.scalar("SELECT count(DISTINCT customer_id) FROM src_2")}


def test_crm_and_survey_rows_of_one_person_become_one_customer(project_path):
    with open_project(project_path) as project:
        # CRM: 4 people (007 twice); survey: 5 rows, each its own customer.
        assert counts(project)["customers"] == 9
        report = link_customers(project, default_keys(project))
        assert [(k["source"], k["column"], k["rule"]) for k in report.keys] == [
            ("crm.csv", "customer_id", "id"), ("crm.csv", "Email", "email"),
            ("survey.csv", "Email", "email")]
        # Giulia (2 survey rows), Marco: 3 survey customers merged into CRM ones.
        # Zoë ≠ Zoe and new.person are distinct people: 4 CRM + 2 survey-only.
        assert (report.customers_before, report.customers_after) == (9, 6)
        assert report.merged_customers == 3
        stats = {s.source_name: (s.rows, s.matched, s.unmatched) for s in report.sources}
        assert stats == {"crm.csv": (5, 3, 2), "survey.csv": (5, 3, 2)}
        assert report.rows_by_rule == {"id": 0, "email": 6}
        assert report.conflicts == []
        db = project.db
        giulia = db.scalar("SELECT customer_id FROM src_1 WHERE row_number = 2")
        assert giulia == 1
        assert {r[0] for r in db.query("SELECT customer_id FROM src_2 WHERE row_number IN (2, 6)")
                } == {giulia}
        assert db.scalar("SELECT count(*) FROM documents WHERE customer_id = ?", (giulia,)) == 2
        assert db.scalar("SELECT count(*) FROM documents WHERE customer_id NOT IN "
                         "(SELECT id FROM customers)") == 0
        view = customer_view(project, giulia)
        assert view.label == "Giulia Rossi"
        assert [(s.source_name, [r for r, _ in s.rows]) for s in view.sources] == [
            ("crm.csv", [2, 6]), ("survey.csv", [2, 6])]
        assert view.sources[1].rows[0][1]["Satisfaction"] == 4
        assert {d["title"] for d in view.documents} == {"Notes", "Comment"}
        assert all(len(d["excerpt"]) <= 200 for d in view.documents)
        runs = link_runs(project)
        assert len(runs) == 1 and runs[0]["report"]["customers_after"] == 6
        assert db.scalar("SELECT count(*) FROM link_merges WHERE run_id = ?",
                         (report.run_id,)) == 3


def test_phone_numbers_link_a_call_log_to_the_crm(project_path, tmp_path):
    with open_project(project_path) as project:
        import_file(project, tmp_path / "calls.csv")
        report = link_customers(project, [LinkKey(1, "Phone", "phone"),
                                          LinkKey(3, "phone")])  # header, rule from pii kind
        assert report.rows_by_rule == {"phone": 5}  # Giulia: 2 CRM rows + 1 call; Marco: 1 + 1
        assert report.customers_before - report.customers_after == 2
        assert [s.matched for s in report.sources] == [3, 2]


def test_shared_id_value_for_different_customers_is_a_conflict_and_not_merged(tmp_path):
    path = create_project(tmp_path / "c.pwb")
    (tmp_path / "loyalty.csv").write_text(
        "customer_id,Card\nA1,555\nA2,555\nA3,777\n", encoding="utf-8")
    with open_project(path) as project:
        import_file(project, tmp_path / "loyalty.csv", roles={"Card": "identifier"})
        report = link_customers(project, [LinkKey(1, "Card", "id")])
        assert report.customers_before == report.customers_after == 3
        assert len(report.conflicts) == 1
        conflict = report.conflicts[0]
        assert (conflict.column, conflict.value, conflict.customer_ids, conflict.merged) == (
            "Card", "555", [1, 2], False)


def test_cancelled_link_leaves_project_unchanged(project_path):
    before = (project_path.read_bytes(), dump(project_path))

    def cancel_while_merging(done, total, message):
        if message.startswith("Merging"):
            task.cancel()

    task = Task(cancel_while_merging)
    with open_project(project_path) as project:
        with pytest.raises(OperationCancelled):
            link_customers(project, default_keys(project), task=task)
    assert dump(project_path) == before[1]


def test_persona_memberships_keep_the_survivor_and_undo_restores_everything(project_path):
    with open_project(project_path) as project:
        db = project.db
        with db.transaction():
            db.execute("INSERT INTO persona_sets(id, name, created_at) VALUES (1, 's', 'now')")
            db.executemany("INSERT INTO persona_members(persona_set_id, customer_id) VALUES (1, ?)",
                           [(c,) for c in range(1, 10)])
    before = dump(project_path)
    with open_project(project_path) as project:
        report = link_customers(project, default_keys(project))
        assert report.persona_memberships_affected == 3
        assert project.db.scalar("SELECT count(*) FROM persona_members") == 6
        assert undo_link_run(project, report.run_id) == 3
        with pytest.raises(LinkingError):
            undo_link_run(project, report.run_id)
    after = [line for line in dump(project_path) if "link_" not in line]
    assert sorted(after) == sorted(line for line in before if "link_" not in line)


def test_unknown_column_or_rule_is_a_clear_error(project_path):
    with open_project(project_path) as project:
        with pytest.raises(LinkingError, match="no column 'Mail'"):
            link_customers(project, [LinkKey(2, "Mail")])
        with pytest.raises(LinkingError, match="not a linking rule"):
            link_customers(project, [LinkKey(2, "Email", "fuzzy")])
        with pytest.raises(LinkingError, match="no customer 99"):
            customer_view(project, 99)
