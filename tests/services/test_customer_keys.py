"""The customer keys a table export names customers by: each customer's first identifier, earlier
sources first, read once per customer even from an event log with many rows per customer."""

from __future__ import annotations

from pathlib import Path

from workbench.services.importing import import_file
from workbench.services.linking import LinkKey, link_customers
from workbench.services.project import create_project, open_project
from workbench.services.table_export import customer_keys


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("PERSONA_WORKBENCH_HOME", str(tmp_path / "home"))
    path = create_project(tmp_path / "keys.pwb")
    customers = _write(tmp_path / "customers.csv", ["customer_id,age,spend"] + [
        f"K{n},{20 + n},{100 * n}" for n in range(1, 4)])
    events = _write(tmp_path / "events.csv", [
        "customer_id,timestamp,channel,action",
        "E7,2026-01-01T10:00:00,web,visit", "K1,2026-01-02T10:00:00,store,visit",
        "E7,2026-01-03T10:00:00,app,checkout", "K1,2026-01-04T10:00:00,web,checkout",
        "E7,2026-01-05T10:00:00,web,return"])
    with open_project(path) as project:
        import_file(project, customers, roles={"customer_id": "identifier"})
        import_file(project, events, as_events=True,
                    roles={"customer_id": "identifier", "timestamp": "date", "channel": "channel",
                           "action": "categorical"})
    return path


def _labels(project) -> dict[int, str]:
    return {int(i): str(label) for i, label in project.db.query("SELECT id, label FROM customers")}


def test_every_customer_is_named_by_its_first_identifier(tmp_path, monkeypatch):
    path = _project(tmp_path, monkeypatch)
    with open_project(path) as project:
        before, personal = customer_keys(project)
        labels = _labels(project)
        # the event log's customers: one each for E7 and K1, however many rows they have
        assert sorted(before.values()) == ["E7", "K1", "K1", "K2", "K3"]
        assert before == {customer: labels[customer] for customer in before}
        assert set(before) == set(labels) and not personal
        link_customers(project, [LinkKey(1, "customer_id", "id"), LinkKey(2, "customer_id", "id")])
        after, _ = customer_keys(project)
        # linked: the event log's K1 is the customer file's K1, named once
        assert sorted(after.values()) == ["E7", "K1", "K2", "K3"]
        assert after == {customer: labels[customer] for customer in after}


def test_e_mail_identifiers_make_the_keys_personal_data(tmp_path, monkeypatch):
    path = _project(tmp_path, monkeypatch)
    tickets = _write(tmp_path / "tickets.csv", ["email,topic", "ann@example.it,refund",
                                                "ann@example.it,delivery", "bo@example.it,refund"])
    with open_project(path) as project:
        import_file(project, tickets, roles={"email": "identifier"})
        keys, personal = customer_keys(project)
    assert personal
    assert sorted(v for v in keys.values() if "@" in v) == ["ann@example.it", "bo@example.it"]
