"""Saying where figures come from a sample: the recorded samplings and the note cards and
PDFs show."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from database_rows import customer_rows, write_duckdb

from workbench import i18n
from workbench.domain.warehouse import DatabaseSource, SampleSpec
from workbench.services.importing import import_database
from workbench.services.project import create_project, open_project
from workbench.services.sampling import project_sampling, sample_note


@pytest.fixture
def project_path(tmp_path):
    return create_project(tmp_path / "study.pwb")


def write_events(path, count: int):
    import duckdb

    conn = duckdb.connect(str(path))
    start = datetime(2024, 1, 1, 9)
    conn.execute("CREATE TABLE events (customer_id VARCHAR, timestamp TIMESTAMP, "
                 "channel VARCHAR)")
    conn.executemany("INSERT INTO events VALUES (?, ?, ?)",
                     [(f"C{i % 97}", start + timedelta(hours=i), ("web", "store", "call")[i % 3])
                      for i in range(count)])
    conn.close()
    return path


def test_nothing_sampled_says_nothing(project_path, tmp_path):
    crm = write_duckdb(tmp_path / "crm.duckdb", customer_rows(50))
    with open_project(project_path) as project:
        import_database(project, DatabaseSource("duckdb", str(crm), table="customers"),
                        sample=SampleSpec(size=80, seed=1))  # asks for more than there is
        assert project.db.query("SELECT count(*) FROM sources")[0][0] == 1
        assert project_sampling(project) == []
        assert sample_note(project) is None


def test_every_sampled_source_gets_its_sentence_with_the_languages_separators(project_path,
                                                                               tmp_path):
    crm = write_duckdb(tmp_path / "crm.duckdb", customer_rows(2500))
    events = write_events(tmp_path / "events.duckdb", 1800)
    with open_project(project_path) as project:
        import_database(project, DatabaseSource("duckdb", str(crm), table="customers"),
                        sample=SampleSpec(size=1200, seed=9))
        result = import_database(project, DatabaseSource("duckdb", str(events), table="events"),
                                 sample=SampleSpec(size=1100, seed=2))
        assert result.source.kind == "events"
        names = [name for name, _ in project_sampling(project)]
        assert names == ["customers @ crm.duckdb", "events @ events.duckdb"]
        assert sample_note(project) == (
            "From a sample of 1,200 of 2,500 customers (customers @ crm.duckdb, random, seed 9). "
            "From a sample of 1,100 of 1,800 rows (events @ events.duckdb, random, seed 2).")
        i18n.set_language("it")
        try:
            note = sample_note(project)
        finally:
            i18n.set_language("en")
        assert "1.200" in note and "2.500" in note and "1,200" not in note


def test_a_damaged_sampling_record_is_left_out(project_path, tmp_path):
    crm = write_duckdb(tmp_path / "crm.duckdb", customer_rows(300))
    with open_project(project_path) as project:
        result = import_database(project, DatabaseSource("duckdb", str(crm), table="customers"),
                                 sample=SampleSpec(size=30, seed=3))
        options = dict(result.source.options, sampling={"method": "random"})
        with project.db.transaction():
            project.db.execute("UPDATE sources SET options = ? WHERE id = ?",
                               (json.dumps(options), result.source.id))
        assert project_sampling(project) == [] and sample_note(project) is None
