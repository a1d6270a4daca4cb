"""The customer list, customer page, channel overview and erasure, on real project files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench.errors import LinkingError
from workbench.services.customers import (
    channel_overview,
    count_customers,
    customer_page,
    erasure_log,
    forget_customer,
    list_customers,
)
from workbench.services.importing import import_file
from workbench.services.linking import default_keys, link_customers
from workbench.services.project import create_project, open_project

CRM = (
    "customer_id,Name,Email,Phone,City,Spend\n"
    "007,Giulia Rossi,giulia.rossi@example.it,+39 333 1234567,Milano,120\n"
    "008,Marco Bianchi,marco@example.it,,Torino,80\n"
    "009,Zoë Müller,zoe@example.com,,,45\n"
)
SURVEY = (
    "Email,City,Satisfaction,Comment\n"
    "GIULIA.ROSSI@example.it,Roma,4,\"Le code alla cassa sono lunghe, nessuno risponde al telefono.\"\n"
    "marco@example.it,Torino,2,\"Il sito non funziona dal telefono, ho rinunciato due volte.\"\n"
    "other@example.org,,5,\n"
)
EVENTS = (
    "customer_id,timestamp,channel,action\n"
    "007,2024-03-02 10:00,store,purchase\n"
    "007,2024-03-01 09:00,web,visit\n"
    "008,2024-03-05 12:00,call centre,\n"
)


@pytest.fixture
def linked(tmp_path) -> Path:
    path = create_project(tmp_path / "study.pwb")
    for name, text in (("crm.csv", CRM), ("survey.csv", SURVEY), ("events.csv", EVENTS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    with open_project(path) as project:
        import_file(project, tmp_path / "crm.csv")
        import_file(project, tmp_path / "survey.csv", roles={"Comment": "free_text"})
        import_file(project, tmp_path / "events.csv")
        link_customers(project, default_keys(project))
    return path


def giulia(project) -> int:
    return project.db.scalar("SELECT customer_id FROM src_1 WHERE row_number = 2")


def test_search_finds_customers_by_id_label_email_word_and_phone(linked):
    with open_project(linked) as project:
        total = project.db.scalar("SELECT count(*) FROM customers")
        assert count_customers(project) == total
        assert [r.id for r in list_customers(project, limit=2)] == [1, 2]
        gid = giulia(project)
        for search in ("Giulia", "rossi", "ROSSI@EX", "giulia.rossi@example.it", "3331234",
                       "+39 333", str(gid), "007"):
            ids = [r.id for r in list_customers(project, search)]
            assert gid in ids, search
        only = list_customers(project, "giulia.rossi@")
        assert [r.id for r in only] == [gid]
        assert (only[0].sources, only[0].rows, only[0].documents, only[0].touchpoints) == (
            3, 4, 1, 2)
        assert count_customers(project, "giulia.rossi@") == 1
        assert list_customers(project, "nobody-like-this") == []
        assert count_customers(project, "nobody-like-this") == 0
        assert count_customers(project, "%") == 0  # no wildcard leak


def test_customer_page_shows_sources_disagreements_touchpoints_and_personas(linked):
    with open_project(linked) as project:
        gid = giulia(project)
        db = project.db
        with db.transaction():
            db.execute("INSERT INTO persona_sets(id, name, created_at) VALUES (1, 'Spring', 'now')")
            db.execute("INSERT INTO personas(id, persona_set_id, position, name) "
                       "VALUES (5, 1, 0, 'Loyal Lucia')")
            db.execute("INSERT INTO persona_members(persona_set_id, customer_id, persona_id, fit) "
                       "VALUES (1, ?, 5, 0.8)", (gid,))
        page = customer_page(project, gid)
        assert page.label == "Giulia Rossi"
        city = {(a.source_name, a.value) for a in page.attributes if a.field == "City"}
        assert city == {("crm.csv", "Milano"), ("survey.csv", "Roma")}
        fields = {d.field: [(a.source_name, a.value) for a in d.values] for d in page.disagreements}
        assert fields == {"City": [("crm.csv", "Milano"), ("survey.csv", "Roma")]}
        # Same e-mail written differently is no disagreement.
        assert "Email" not in fields
        assert [t.channel for t in page.touchpoints] == ["web", "store"]
        assert [d.title for d in page.documents] == ["Comment"]
        assert page.documents[0].excerpt.startswith("Le code")
        assert [(m.persona_set_name, m.persona_name, m.fit) for m in page.personas] == [
            ("Spring", "Loyal Lucia", 0.8)]
        marco = db.scalar("SELECT customer_id FROM src_1 WHERE row_number = 3")
        assert customer_page(project, marco).disagreements == []  # Torino in both
        with pytest.raises(LinkingError, match="no customer 999"):
            customer_page(project, 999)


def test_channel_overview_counts_customers_contacts_and_missing_values(linked):
    with open_project(linked) as project:
        channels = {(c.kind, c.name): c for c in channel_overview(project)}
        crm = channels[("source", "crm.csv")]
        assert (crm.customers, crm.contacts) == (3, 3)
        missing = {f.field: f.missing_share for f in crm.fields}
        assert missing["Phone"] == pytest.approx(2 / 3)
        assert missing["City"] == pytest.approx(1 / 3)
        assert missing["Name"] == 0
        call = channels[("touchpoint", "call centre")]
        assert (call.customers, call.contacts) == (1, 1)
        assert {f.field: f.missing for f in call.fields}["action"] == 1
        web = channels[("touchpoint", "web")]
        assert {f.field: f.missing for f in web.fields}["action"] == 0


def _customer_id_columns(conn) -> list[tuple[str, str]]:
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for column in conn.execute(f'PRAGMA table_info("{table}")'):
            name = column[1]
            if name == "customer_id" or name.endswith("customer_id") or name in (
                    "survivor_id", "merged_id"):
                found.append((table, name))
    return found


def test_forget_leaves_nothing_of_the_customer_in_any_table_nor_in_the_file(linked):
    assert b"giulia.rossi@example.it" in linked.read_bytes()  # so the check below can fail
    with open_project(linked) as project:
        gid = giulia(project)
        db = project.db
        with db.transaction():
            db.execute("INSERT INTO persona_sets(id, name, created_at) VALUES (1, 's', 'now')")
            db.execute("INSERT INTO persona_members(persona_set_id, customer_id) VALUES (1, ?)",
                       (gid,))
        list_customers(project, "giulia")  # builds the search index
        merged_ids = {r[0] for r in db.query("SELECT merged_id FROM link_merges "
                                             "WHERE survivor_id = ?", (gid,))}
        assert merged_ids  # the survey's Giulia was merged into the CRM one
        others = db.scalar("SELECT count(*) FROM customers") - 1
        rows_before = db.scalar("SELECT row_count FROM sources WHERE id = 1")
        receipt = forget_customer(project, gid)
        assert receipt.checkpointed
        assert receipt.counts["customers"] == 1 and receipt.counts["src_1"] == 1
        assert receipt.counts["src_2"] == 1 and receipt.counts["touchpoints"] == 2
        assert receipt.counts["documents"] == 1 and receipt.counts["persona_members"] == 1
        assert db.scalar("SELECT count(*) FROM customers") == others
        assert db.scalar("SELECT row_count FROM sources WHERE id = 1") == rows_before - 1
        log = erasure_log(project)
        assert len(log) == 1 and log[0]["counts"] == receipt.counts
        with pytest.raises(LinkingError):
            forget_customer(project, gid)
    conn = sqlite3.connect(linked)
    try:
        ids = {gid} | merged_ids
        for table, column in _customer_id_columns(conn):
            hits = conn.execute(f'SELECT count(*) FROM "{table}" WHERE "{column}" IN '
                                f'({",".join("?" * len(ids))})', sorted(ids)).fetchone()[0]
            assert hits == 0, (table, column)
        moves = conn.execute("SELECT count(*) FROM link_moves WHERE old_customer_id IN "
                             f'({",".join("?" * len(ids))})', sorted(ids)).fetchone()[0]
        assert moves == 0
        needles = ["giulia", "rossi", "3331234567", "le code alla cassa"]
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                text = " ".join(str(v) for v in row).casefold()
                assert not any(n in text for n in needles), (table, row)
        # The erasure log holds no personal data.
        assert "giulia" not in str(conn.execute("SELECT * FROM erasures").fetchall()).casefold()
    finally:
        conn.close()
    raw = linked.read_bytes()
    wal = linked.with_name(linked.name + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    for needle in (b"giulia.rossi@example.it", b"GIULIA.ROSSI", b"Giulia Rossi",
                   b"Le code alla cassa"):
        assert needle not in raw, needle
    # Marco is untouched.
    with open_project(linked) as project:
        assert [r.label for r in list_customers(project, "marco")] == ["Marco Bianchi"]
