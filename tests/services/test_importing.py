"""Importing files into a project: faithful, all or nothing, traceable to the row."""

from __future__ import annotations

from pathlib import Path

import pytest
from project_snapshot import snapshot, unchanged

from workbench.errors import DuplicateImportError, InputFileError, OperationCancelled
from workbench.ingest.reader import ReadOptions
from workbench.progress import Task
from workbench.services.importing import delete_source, import_file, list_sources, source_columns
from workbench.services.project import create_project, open_project

INTERVIEWS = (
    "customer_id,Name,Email,Age,Channel,What frustrates you when you shop?\r\n"
    "007,Giulia Rossi,giulia@example.it,34,negozio,\"Le code alla cassa sono lunghissime, "
    "e nessuno risponde al telefono quando chiamo per un reso.\"\r\n"
    "008,Marco Bianchi,marco@example.it,41,web,\"The website checkout keeps failing on my phone, "
    "I gave up twice before buying in the store.\"\r\n"
    "009,Zoë Müller,zoe@example.com,29,app,\"Città piccola: il negozio è lontano, perché non "
    "spedite gratis sopra i 50 €?\"\r\n"
    "007,Giulia Rossi,giulia@example.it,34,web,\"Seconda intervista: la chat è stata utile, "
    "ma ho dovuto ripetere tutto due volte.\"\r\n"
)








@pytest.fixture
def project_path(tmp_path) -> Path:
    return create_project(tmp_path / "study.pwb")


@pytest.fixture
def interviews(tmp_path) -> Path:
    path = tmp_path / "interviste.csv"
    path.write_bytes(INTERVIEWS.encode("utf-8-sig"))
    return path


def test_csv_import_stores_typed_values_with_their_row_numbers(project_path, interviews):
    with open_project(project_path) as project:
        result = import_file(project, interviews)
        source = result.source
        assert (source.file_name, source.row_count, source.kind) == ("interviste.csv", 4, "table")
        assert len(source.file_hash) == 64
        columns = {c.label: c for c in source_columns(project, source.id)}
        assert columns["customer_id"].role.value == "identifier"
        assert columns["Age"].role.value == "numeric"
        assert columns["Email"].role.value == "pii"
        free_text = columns["What frustrates you when you shop?"]
        assert free_text.role.value == "free_text"
        rows = project.db.query(f"SELECT * FROM src_{source.id} ORDER BY row_number")
        assert [r["row_number"] for r in rows] == [2, 3, 4, 5]
        age = f"c{columns['Age'].position}"
        ident = f"c{columns['customer_id'].position}"
        assert [r[ident] for r in rows] == ["007", "008", "009", "007"]  # leading zeros kept
        assert [r[age] for r in rows] == [34.0, 41.0, 29.0, 34.0]


def test_rows_with_the_same_identifier_belong_to_one_customer(project_path, interviews):
    with open_project(project_path) as project:
        result = import_file(project, interviews)
        assert result.customers_created == 3
        labels = [r[0] for r in project.db.query("SELECT label FROM customers ORDER BY id")]
        assert labels == ["Giulia Rossi", "Marco Bianchi", "Zoë Müller"]
        giulia = project.db.query(
            f"SELECT DISTINCT customer_id FROM src_{result.source.id} WHERE row_number IN (2, 5)")
        assert len(giulia) == 1


def test_free_text_cells_become_documents_linked_to_their_respondent(project_path, interviews):
    with open_project(project_path) as project:
        result = import_file(project, interviews)
        assert result.documents_created == 4
        docs = project.db.query(
            "SELECT d.body, d.source_row, c.label FROM documents d JOIN customers c "
            "ON c.id = d.customer_id ORDER BY d.source_row")
        assert docs[2]["body"].startswith("Città piccola") and docs[2]["body"].endswith("50 €?")
        assert (docs[2]["source_row"], docs[2]["label"]) == (4, "Zoë Müller")


def test_reimporting_the_same_file_is_detected_and_changes_nothing(project_path, interviews):
    with open_project(project_path) as project:
        import_file(project, interviews)
    before = snapshot(project_path)
    with open_project(project_path) as project:
        with pytest.raises(DuplicateImportError, match="interviste.csv"):
            import_file(project, interviews)
    assert unchanged(project_path, before)
    with open_project(project_path) as project:
        again = import_file(project, interviews, allow_duplicate=True)
        assert again.source.id == 2


def test_cancelled_import_leaves_project_unchanged(project_path, tmp_path):
    big = tmp_path / "big.csv"
    lines = ["id,score,comment"] + [f"{i},{i % 7},comment number {i} with some words" for i in
                                    range(30_000)]
    big.write_text("\n".join(lines), "utf-8")
    before = snapshot(project_path)
    task = Task()
    seen = []

    def cancel_while_saving(done, total, message):
        seen.append(done / total if total else 0)
        if total and done / total > 0.7:
            task.cancel()

    task = Task(cancel_while_saving)
    with open_project(project_path) as project:
        with pytest.raises(OperationCancelled):
            import_file(project, big, task=task)
        assert list_sources(project) == []
    assert max(seen) > 0.7
    assert unchanged(project_path, before)


def test_value_that_does_not_fit_the_chosen_role_names_row_and_column(project_path, interviews):
    before = snapshot(project_path)
    with open_project(project_path) as project:
        with pytest.raises(InputFileError) as info:
            import_file(project, interviews, roles={"Name": "numeric"})
    message = str(info.value)
    assert "interviste.csv" in message and "Name" in message and "2" in message
    assert info.value.row == 2
    assert unchanged(project_path, before)


def test_unknown_column_or_role_in_overrides_is_explained(project_path, interviews):
    with open_project(project_path) as project:
        with pytest.raises(InputFileError, match="no column named 'Nope'"):
            import_file(project, interviews, roles={"Nope": "numeric"})
        with pytest.raises(InputFileError, match="not a column role"):
            import_file(project, interviews, roles={"Age": "number-ish"})


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("broken.xlsx", b"PK\x03\x04 this is not really a zip archive" * 10),
        ("broken.ods", b"PK\x03\x04 nor is this" * 10),
        ("binary.csv", bytes(range(256)) * 40),
        ("empty.csv", b""),
    ],
)
def test_unreadable_file_of_each_format_is_refused_by_name_and_changes_nothing(
        project_path, tmp_path, name, content):
    bad = tmp_path / name
    bad.write_bytes(content)
    before = snapshot(project_path)
    with open_project(project_path) as project:
        with pytest.raises(InputFileError) as info:
            import_file(project, bad)
    assert name in str(info.value)
    assert unchanged(project_path, before)


def test_chosen_sheet_of_a_workbook_is_imported(project_path, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["just", "notes"])
    book.active.append(["remember", "the survey is on the next sheet"])
    survey = book.create_sheet("Survey")
    survey.append(["respondent", "satisfaction", "segment"])
    for i in range(1, 31):
        survey.append([f"R{i:03d}", i % 5 + 1, ["gold", "silver", "bronze"][i % 3]])
    path = tmp_path / "survey.xlsx"
    book.save(path)
    with open_project(project_path) as project:
        result = import_file(project, path, ReadOptions(sheet="Survey"))
        assert result.source.sheet == "Survey" and result.source.row_count == 30
        assert result.source.display_name == "survey.xlsx · Survey"
        with pytest.raises(InputFileError, match="Missing"):
            import_file(project, path, ReadOptions(sheet="Missing"), allow_duplicate=True)
        with pytest.raises(DuplicateImportError):  # no sheet named: the data sheet, "Survey"
            import_file(project, path)
        notes = import_file(project, path, ReadOptions(sheet="Notes"))
        assert notes.source.sheet == "Notes"
        with pytest.raises(DuplicateImportError):
            import_file(project, path, ReadOptions(sheet="Notes"))


def test_event_log_becomes_touchpoints_of_its_customers(project_path, tmp_path):
    path = tmp_path / "events.csv"
    rows = ["customer_id,timestamp,channel,action"]
    for i in range(40):
        rows.append(f"C{i % 8:02d},2026-03-{i % 28 + 1:02d} 10:{i % 60:02d}:00,"
                    f"{['store', 'web', 'app', 'call centre'][i % 4]},{['browse', 'buy'][i % 2]}")
    path.write_text("\n".join(rows), "utf-8")
    with open_project(project_path) as project:
        result = import_file(project, path)
        assert result.source.kind == "events"
        assert result.touchpoints_created == 40 and result.customers_created == 8
        channels = {r[0] for r in project.db.query("SELECT channel FROM touchpoints")}
        assert channels == {"store", "web", "app", "call centre"}


def test_deleting_a_source_removes_its_rows_documents_and_only_its_customers(project_path,
                                                                               interviews, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("id,score\nA1,3\nA2,4\n", "utf-8")
    with open_project(project_path) as project:
        first = import_file(project, interviews).source
        import_file(project, other)
        delete_source(project, first.id)
        assert [s.file_name for s in list_sources(project)] == ["other.csv"]
        assert project.db.scalar("SELECT count(*) FROM documents") == 0
        assert project.db.scalar("SELECT count(*) FROM customers") == 2
        assert project.db.scalar(
            "SELECT count(*) FROM sqlite_master WHERE name = ?", (f"src_{first.id}",)) == 0


def test_real_marketing_export_imports_with_its_quirks(project_path):
    """A slice of ../shared/data/marketing_campaign.csv: tabs, CRLF, blank first line, dd-mm-yyyy."""
    real = Path(__file__).resolve().parent.parent / "ingest" / "data" / "marketing_campaign_40.csv"
    with open_project(project_path) as project:
        result = import_file(project, real)
        source = result.source
        columns = {c.label: c for c in source_columns(project, source.id)}
        assert source.row_count == 40
        assert columns["ID"].role.value == "identifier"
        assert columns["Income"].role.value == "numeric"
        assert columns["Dt_Customer"].role.value == "date"
        assert "Z_CostContact" not in columns  # constant: ignored, not stored
        assert "Z_CostContact" in source.options["ignored_columns"]
        rows = project.db.query(f"SELECT * FROM src_{source.id} ORDER BY row_number")
        first_date = rows[0][f"c{columns['Dt_Customer'].position}"]
        assert rows[0]["row_number"] == 3  # the blank first line and the header come before
        assert len(first_date) == 10 and first_date[4] == "-"


def test_document_bodies_get_plain_line_endings_while_the_row_keeps_the_cell(project_path,
                                                                              tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes(
        'id,answer\r\n'
        'A1,"First line of a long answer\r\nsecond line, Windows style"\r\n'
        'A2,"Old Mac line\rthen the next one, and more words here"\r\n'
        'A3,"\ufeffAnswer pasted with a byte order mark, then plain words"\r\n'.encode("utf-8"))
    with open_project(project_path) as project:
        result = import_file(project, path, roles={"answer": "free_text"})
        assert result.documents_created == 3
        bodies = [r[0] for r in project.db.query(
            "SELECT body FROM documents ORDER BY source_row")]
        cells = [r[0] for r in project.db.query(
            f"SELECT c1 FROM src_{result.source.id} ORDER BY row_number")]
    assert bodies == ["First line of a long answer\nsecond line, Windows style",
                      "Old Mac line\nthen the next one, and more words here",
                      "Answer pasted with a byte order mark, then plain words"]
    assert cells[0] == "First line of a long answer\r\nsecond line, Windows style"
    assert cells[1].count("\r") == 1 and cells[2].startswith("\ufeff")


def test_a_large_file_is_stored_block_by_block_with_one_customer_per_identifier(
        project_path, tmp_path, monkeypatch):
    from workbench.ingest import convert

    monkeypatch.setattr(convert, "CHUNK_ROWS", 7)
    path = tmp_path / "visits.csv"
    lines = ["customer_id,visited,spend,comment"] + [
        f"K{i % 5},0{i % 9 + 1}/02/2024,{i}.5,visit number {i} told us something new today"
        for i in range(40)] + ["K0,12/31/2024,1,the last visit proves dates are month first"]
    path.write_text("\n".join(lines), "utf-8")
    with open_project(project_path) as project:
        result = import_file(project, path, roles={"visited": "date"})
        table = f"src_{result.source.id}"
        assert result.customers_created == 5 and result.documents_created == 41
        assert project.db.scalar(f"SELECT count(DISTINCT customer_id) FROM {table}") == 5
        rows = project.db.query(f"SELECT row_number, c1, c2 FROM {table} ORDER BY row_number")
        assert [r[0] for r in rows] == list(range(2, 43))
        assert rows[0][1] == "2024-01-02" and rows[-1][1] == "2024-12-31"
        assert [r[2] for r in rows[:3]] == [0.5, 1.5, 2.5]
        linked = project.db.query(
            f"SELECT count(*) FROM documents d JOIN {table} s ON s.row_number = d.source_row "
            "AND s.customer_id = d.customer_id")
        assert linked[0][0] == 41


def test_a_bad_value_found_after_blocks_were_saved_still_changes_nothing(project_path,
                                                                           tmp_path,
                                                                           monkeypatch):
    from workbench.ingest import convert

    monkeypatch.setattr(convert, "CHUNK_ROWS", 5)
    path = tmp_path / "scores.csv"
    path.write_text("id,score\n" + "".join(f"R{i},{i}\n" for i in range(30)) + "R30,lots\n",
                    "utf-8")
    before = snapshot(project_path)
    with open_project(project_path) as project:
        with pytest.raises(InputFileError) as info:
            import_file(project, path, roles={"score": "numeric"})
    assert info.value.row == 32
    assert unchanged(project_path, before)


def test_identifiers_new_in_one_block_and_repeated_in_a_later_one_share_a_customer(
        project_path, tmp_path, monkeypatch):
    from workbench.ingest import convert

    monkeypatch.setattr(convert, "CHUNK_ROWS", 4)
    path = tmp_path / "visits.csv"
    ids = ["A1", "B2", "C3", "D4", "E5", "F6", "B2", "G7", "H8", "I9", "J0", "K1", "A1"]
    path.write_text("customer_id,comment\n" + "".join(
        f"{key},visit {i} of {key} told us something new about the shop\n"
        for i, key in enumerate(ids)), "utf-8")
    with open_project(project_path) as project:
        result = import_file(project, path)
        table = f"src_{result.source.id}"
        assert result.customers_created == len(set(ids))
        rows = project.db.query(f"SELECT s.c0, s.customer_id, c.label FROM {table} s "
                                "JOIN customers c ON c.id = s.customer_id ORDER BY s.row_number")
        assert [r["label"] for r in rows] == ids
        by_key: dict[str, set[int]] = {}
        for r in rows:
            by_key.setdefault(r["c0"], set()).add(r["customer_id"])
        assert all(len(customers) == 1 for customers in by_key.values())
        assert len({r["customer_id"] for r in rows}) == len(set(ids))


def test_customer_labels_are_stored_exactly_in_bulk(project_path):
    from workbench.store.sources import insert_customers

    labels = ['Zoë "the 1st" Müller', "名前 😀", "back\\slash", "tab\there", "nul\x00inside"]
    with open_project(project_path) as project:
        with project.db.transaction():
            insert_customers(project.db, 10, labels[:4], "2024-01-01T00:00:00")
            insert_customers(project.db, 20, labels[4:], "2024-01-01T00:00:00")
            insert_customers(project.db, 30, [], "2024-01-01T00:00:00")
        stored = project.db.query("SELECT id, label FROM customers ORDER BY id")
    assert [(r["id"], r["label"]) for r in stored] == [(10, labels[0]), (11, labels[1]),
                                                       (12, labels[2]), (13, labels[3]),
                                                       (20, labels[4])]


@pytest.mark.parametrize("name", ["gone.csv", "gone.xlsx"])
def test_a_missing_file_is_explained_and_changes_nothing(project_path, tmp_path, name):
    before = snapshot(project_path)
    with open_project(project_path) as project:
        with pytest.raises(InputFileError, match="was not found"):
            import_file(project, tmp_path / name)
    assert unchanged(project_path, before)
