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
    accept_proposal,
    customer_view,
    default_keys,
    find_fuzzy_matches,
    fuzzy_proposals,
    link_customers,
    link_runs,
    merge_customers,
    reject_proposal,
    split_customer,
    undo_decision,
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


STORE = (
    "Card,Name,Email\n"
    "C1,Ana Verdi,\n"
    "C2,Marco Bianchi,\n"
    "C3,Giulia Rossi,giulia@example.it\n"
)


def customer_of(project, source_id: int, row: int) -> int:
    return project.db.scalar(f"SELECT customer_id FROM src_{source_id} WHERE row_number = ?",
                             (row,))


def test_manual_merge_and_split_survive_a_relink_after_a_new_import(project_path, tmp_path):
    (tmp_path / "store.csv").write_text(STORE, encoding="utf-8")
    with open_project(project_path) as project:
        link_customers(project, default_keys(project))
        giulia = customer_of(project, 1, 2)
        assert customer_of(project, 2, 2) == giulia
        # The survey's two "Giulia" rows are someone else: split them off.
        split = split_customer(project, giulia, [(2, 2), (2, 6)])
        other = split.other_ids[0]
        assert (customer_of(project, 2, 2), customer_of(project, 2, 6)) == (other, other)
        assert customer_of(project, 1, 2) == giulia
        docs = project.db.scalar("SELECT count(*) FROM documents WHERE customer_id = ?", (other,))
        assert docs == 1  # the survey comment moved with its row
        # Anna (CRM) and new.person (survey) are one person, says the researcher.
        anna, newbie = customer_of(project, 1, 5), customer_of(project, 2, 4)
        merge = merge_customers(project, [newbie, anna])
        assert (merge.customer_id, merge.other_ids) == (min(anna, newbie), [max(anna, newbie)])

        import_file(project, tmp_path / "store.csv", roles={"Card": "identifier"})
        report = link_customers(project, default_keys(project))
        # The store's Giulia joins the CRM Giulia; the split-off survey rows stay apart.
        assert customer_of(project, 3, 4) == customer_of(project, 1, 2) == giulia
        assert customer_of(project, 2, 2) == other != giulia
        assert customer_of(project, 2, 4) == customer_of(project, 1, 5)
        kept = [c for c in report.conflicts if c.kind == "kept_apart"]
        assert len(kept) == 1 and set(kept[0].customer_ids) >= {giulia, other}
        assert not kept[0].merged

        # Decisions undo newest first.
        with pytest.raises(LinkingError, match="later"):
            undo_decision(project, split.id)
        undo_decision(project, report.run_id)
        undo_decision(project, merge.id)
        assert customer_of(project, 2, 4) != customer_of(project, 1, 5)
        assert undo_decision(project, split.id) == 2
        assert customer_of(project, 2, 2) == customer_of(project, 2, 6) == giulia
        assert project.db.scalar("SELECT count(*) FROM customers WHERE id = ?", (other,)) == 0
        kinds = [r["kind"] for r in link_runs(project)]
        assert kinds == ["link", "split", "merge", "link"]
        # With the split undone, linking again keeps Giulia whole.
        link_customers(project, default_keys(project))
        assert customer_of(project, 2, 2) == customer_of(project, 3, 4) == giulia


def test_split_and_merge_refuse_bad_requests(project_path):
    with open_project(project_path) as project:
        link_customers(project, default_keys(project))
        giulia = customer_of(project, 1, 2)
        with pytest.raises(LinkingError, match="do not belong"):
            split_customer(project, giulia, [(1, 3)])
        with pytest.raises(LinkingError, match="at least one row"):
            split_customer(project, giulia, [(1, 2), (1, 6), (2, 2), (2, 6)])
        with pytest.raises(LinkingError, match="two or more"):
            merge_customers(project, [giulia, giulia])
        with pytest.raises(LinkingError, match="no customer 99"):
            merge_customers(project, [giulia, 99])
        with pytest.raises(LinkingError, match="no linking run or decision 42"):
            undo_decision(project, 42)


def test_fuzzy_matches_are_proposals_accepted_or_rejected_and_rejections_are_remembered(
        project_path, tmp_path):
    (tmp_path / "store.csv").write_text(STORE, encoding="utf-8")
    with open_project(project_path) as project:
        import_file(project, tmp_path / "store.csv", roles={"Card": "identifier"})
        before = project.db.scalar("SELECT count(*) FROM customers")
        keys = [LinkKey(1, "Name"), LinkKey(3, "Name")]
        proposals = find_fuzzy_matches(project, keys, threshold=85)
        assert project.db.scalar("SELECT count(*) FROM customers") == before  # nothing merged
        pairs = {(p.value_a, p.value_b): p for p in proposals}
        assert set(pairs) == {("Giulia Rossi", "Giulia Rossi"), ("Marco Bianchi", "Marco Bianchi"),
                              ("Anna Verdi", "Ana Verdi")}
        ana = pairs[("Anna Verdi", "Ana Verdi")]
        assert 85 <= ana.score < 100 and ana.status == "open"
        assert pairs[("Giulia Rossi", "Giulia Rossi")].score == 100
        assert find_fuzzy_matches(project, keys, threshold=99.5) and all(
            p.score == 100 for p in fuzzy_proposals(project))
        proposals = find_fuzzy_matches(project, keys, threshold=85)
        pairs = {(p.value_a, p.value_b): p for p in proposals}
        decision = accept_proposal(project, pairs[("Anna Verdi", "Ana Verdi")].id)
        assert decision.kind == "fuzzy"
        assert customer_of(project, 1, 5) == customer_of(project, 3, 2)
        reject_proposal(project, pairs[("Marco Bianchi", "Marco Bianchi")].id)
        with pytest.raises(LinkingError, match="already rejected"):
            accept_proposal(project, pairs[("Marco Bianchi", "Marco Bianchi")].id)
        again = {(p.value_a, p.value_b) for p in find_fuzzy_matches(project, keys, threshold=85)}
        assert again == {("Giulia Rossi", "Giulia Rossi")}  # rejected: not proposed again
        statuses = sorted(p.status for p in fuzzy_proposals(project, None))
        assert statuses == ["accepted", "open", "rejected"]
        undo_decision(project, decision.id)
        assert customer_of(project, 1, 5) != customer_of(project, 3, 2)
        assert sorted(p.status for p in fuzzy_proposals(project, None)) == [
            "open", "open", "rejected"]
        with pytest.raises(LinkingError, match="between 1 and 100"):
            find_fuzzy_matches(project, keys, threshold=150)


def test_key_with_an_unknown_rule_names_the_rule(project_path):
    with open_project(project_path) as project:
        with pytest.raises(LinkingError, match="'nope' is not a linking rule.*email-loose"):
            link_customers(project, [LinkKey(2, "Email:nope")])


def test_each_merge_records_the_key_that_linked_it_and_every_moved_row(project_path):
    with open_project(project_path) as project:
        db = project.db
        before = {(s, r): c for s in (1, 2) for r, c in db.query(
            f"SELECT row_number, customer_id FROM src_{s}")}
        report = link_customers(project, default_keys(project))
        merges = [tuple(r) for r in db.query(
            "SELECT merged_id, survivor_id, key, rule FROM link_merges WHERE run_id = ? "
            "ORDER BY merged_id", (report.run_id,))]
        assert [(key, rule) for _, _, key, rule in merges] == [("survey.csv:Email", "email")] * 3
        survivors = {merged: survivor for merged, survivor, _, _ in merges}
        moves = {(target, row): old for target, row, old in db.query(
            "SELECT target, row_id, old_customer_id FROM link_moves WHERE run_id = ? "
            "AND target LIKE 'src%'", (report.run_id,))}
        moved = {(f"src_{s}", r): c for (s, r), c in before.items() if c in survivors}
        assert moves == moved and len(moved) == 3  # Giulia's two survey rows and Marco's
        for (target, row), old in moved.items():
            assert db.scalar(f"SELECT customer_id FROM {target} WHERE row_number = ?",
                             (row,)) == survivors[old]


def test_a_source_whose_rows_have_no_customer_is_linked_without_error(project_path):
    with open_project(project_path) as project:
        with project.db.transaction():
            project.db.execute("UPDATE src_2 SET customer_id = NULL")
        report = link_customers(project, default_keys(project))
        assert report.merged_customers == 0 and report.conflicts == []
        assert [(s.rows, s.matched) for s in report.sources] == [(5, 0), (5, 0)]


def test_merging_two_members_into_a_non_member_moves_the_first_and_undo_restores_both(
        project_path):
    with open_project(project_path) as project:
        db = project.db
        with db.transaction():
            db.execute("INSERT INTO persona_sets(id, name, created_at) VALUES (1, 's', 'now')")
            db.executemany("INSERT INTO personas(id, persona_set_id, position, name) "
                           "VALUES (?, 1, ?, ?)", [(1, 0, "Loyal"), (2, 1, "Hurried")])
            db.executemany("INSERT INTO persona_members(persona_set_id, customer_id, persona_id, "
                           "fit) VALUES (1, ?, ?, ?)", [(3, 2, 0.1234567890123456789),
                                                        (2, 1, 2 / 3), (6, 2, 0.5)])

        def members():
            return sorted(tuple(r) for r in db.query(
                "SELECT customer_id, persona_id, fit FROM persona_members"))

        before = members()
        decision = merge_customers(project, [3, 2, 1, 5])
        # Customer 1 was no member: customer 2 (first in order) brings its persona, 3 is dropped.
        assert members() == [(1, 1, 2 / 3), (6, 2, 0.5)]
        undo_decision(project, decision.id)
        assert members() == before


def test_merged_customers_churn_risks_come_back_when_the_link_is_undone(project_path):
    with open_project(project_path) as project:
        db = project.db
        with db.transaction():
            db.execute("INSERT INTO risk_runs(id, created_at, run) VALUES (1, 'now', '{}')")
            db.executemany("INSERT INTO risk_customers(run_id, customer_id, risk, reasons, "
                           "churned, value) VALUES (1, ?, ?, ?, ?, ?)",
                           [(c, c / 20, "0 2" if c % 2 else "", c % 2, 10.5 * c)
                            for c in range(1, 10)])

        def risks():
            return sorted(tuple(r) for r in db.query("SELECT * FROM risk_customers"))

        before = risks()
        report = link_customers(project, default_keys(project))
        # the merged customers' rows went with them; the survivors keep theirs
        assert 0 < len(risks()) < len(before)
        undo_link_run(project, report.run_id)
        assert risks() == before


def test_phone_numbers_without_prefix_take_the_chosen_default_country(tmp_path):
    from workbench.errors import LinkingError
    from workbench.services.importing import import_file
    from workbench.services.linking import LinkKey, link_customers
    from workbench.services.project import create_project, open_project

    path = create_project(tmp_path / "phones.pwb")
    (tmp_path / "shop.csv").write_text("customer_id,Phone\nA1,07700 900123\nA2,0333 1234567\n",
                                       "utf-8")
    (tmp_path / "calls.csv").write_text("caller_id,Phone\nC1,+44 7700 900123\nC2,+39 0333 1234567\n",
                                        "utf-8")
    with open_project(path) as project:
        shop = import_file(project, tmp_path / "shop.csv").source
        calls = import_file(project, tmp_path / "calls.csv").source
        keys = [LinkKey(shop.id, "Phone", "phone"), LinkKey(calls.id, "Phone", "phone")]
        with pytest.raises(LinkingError, match="country calling code"):
            link_customers(project, keys, default_country="UK")
        report = link_customers(project, keys, default_country="+44")
        assert report.merged_customers == 1, "only the British mobile matches as +44"
        assert report.keys[0]["default_country"] == "44"
