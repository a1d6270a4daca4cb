"""Project file guarantees, each proven on real SQLite files."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench.errors import (
    BackupError,
    NotAProjectError,
    ProjectCorruptError,
    ProjectError,
    ProjectExistsError,
    ProjectLockedError,
    ProjectNotFoundError,
    ProjectTooNewError,
)
from workbench.store import backups
from workbench.store.customers import add_customers
from workbench.store.project_file import (
    backup_project_file,
    check_project_file,
    create_project_file,
    open_project_file,
    restore_project_file,
)
from workbench.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, Migration
from workbench.store.summary import read_meta


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project(tmp_path) -> Path:
    path = create_project_file(tmp_path / "study.pwb", "Study")
    with open_project_file(path) as opened:
        add_customers(opened.db, ["Ada", "Zoë", "李雷"])
    return path


# --- creating and opening -------------------------------------------------------------

def test_new_project_is_one_sqlite_file_marked_as_ours_in_wal_mode(tmp_path):
    path = create_project_file(tmp_path / "new.pwb")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.pwb"]
    with open_project_file(path) as opened:
        assert opened.db.pragma("application_id") == APPLICATION_ID
        assert opened.db.pragma("user_version") == SCHEMA_VERSION
        assert opened.db.pragma("journal_mode") == "wal"
        assert opened.db.pragma("foreign_keys") == 1
    # closing checkpoints the WAL and removes the sidecar files: one file to e-mail
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.pwb"]


def test_a_big_write_is_folded_into_the_file_after_commit_and_close_leaves_one_file(tmp_path):
    """The import's checkpoint runs after the commit, off the caller's thread; nothing is lost."""
    path = create_project_file(tmp_path / "big.pwb")
    labels = [f"Customer {i}" for i in range(20_000)]  # thousands of pages: past 1,000 in the -wal
    with open_project_file(path) as opened:
        with opened.db.checkpoint_afterwards():
            add_customers(opened.db, labels)
        # the connection's automatic checkpoints are back on for everything else
        assert opened.db.pragma("wal_autocheckpoint") == 1000
        opened.db.wait_for_checkpoint()
        # the file alone, without its -wal, already holds every committed row
        alone = tmp_path / "alone.sqlite"
        alone.write_bytes(path.read_bytes())
        other = sqlite3.connect(str(alone))
        try:
            assert other.execute("SELECT count(*) FROM customers").fetchone()[0] == len(labels)
        finally:
            other.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alone.sqlite", "big.pwb"]
    with open_project_file(path, readonly=True) as opened:
        assert opened.db.scalar("SELECT count(*) FROM customers") == len(labels)


def test_a_failed_big_write_is_rolled_back_and_checkpoints_come_back_on(tmp_path):
    path = create_project_file(tmp_path / "big.pwb")
    with open_project_file(path) as opened:
        with pytest.raises(RuntimeError), opened.db.checkpoint_afterwards():
            with opened.db.transaction():
                add_customers(opened.db, ["Ada"])
                raise RuntimeError("cancelled")
        assert opened.db.pragma("wal_autocheckpoint") == 1000
        assert opened.db.scalar("SELECT count(*) FROM customers") == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.pwb"]


def test_creating_over_an_existing_file_is_refused_and_leaves_it(tmp_path):
    path = tmp_path / "keep.pwb"
    path.write_bytes(b"precious")
    with pytest.raises(ProjectExistsError, match="keep.pwb"):
        create_project_file(path)
    assert path.read_bytes() == b"precious"


def test_unicode_emoji_and_very_long_text_round_trip_identically(tmp_path):
    folder = tmp_path / "ricerca clienti – città 🎉"
    folder.mkdir()
    name = "Studio “perché” 🧭 Ελληνικά Кириллица 中文 " + "ä" * 10_000
    path = create_project_file(folder / "progetto è 🎉.pwb", name)
    weird = ["tab\tnew\nline\r\ncrlf", "nul\x00inside", "🧑‍🤝‍🧑 family", "x" * 1_000_000, " spaced "]
    with open_project_file(path) as opened:
        add_customers(opened.db, weird)
    with open_project_file(path) as reopened:
        assert read_meta(reopened.db)["name"] == name
        labels = [r[0] for r in reopened.db.query("SELECT label FROM customers ORDER BY id")]
    assert labels == weird


def test_missing_file_is_reported_by_name(tmp_path):
    with pytest.raises(ProjectNotFoundError, match="nowhere.pwb"):
        open_project_file(tmp_path / "nowhere.pwb")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"name,email\nAda,ada@example.com\n", "not an SQLite database"),
        (bytes(range(256)) * 50, "not an SQLite database"),
    ],
    ids=["empty", "csv-renamed", "binary-garbage"],
)
def test_file_that_is_not_a_project_is_refused_clearly(tmp_path, content, expected):
    path = tmp_path / "fake.pwb"
    path.write_bytes(content)
    with pytest.raises(NotAProjectError) as info:
        open_project_file(path)
    assert "fake.pwb" in str(info.value) and expected in str(info.value)
    assert path.read_bytes() == content


def test_sqlite_database_of_another_program_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAProjectError, match="another program"):
        open_project_file(path)
    assert digest(path) == before


def test_folder_is_refused(tmp_path):
    with pytest.raises(NotAProjectError, match="folder"):
        open_project_file(tmp_path)


# --- damage -----------------------------------------------------------------------------

def test_truncated_project_is_reported_damaged_and_the_newest_backup_offered(project):
    newest = backups.newest_backup(project)
    assert newest is not None  # opening the project took one
    data = project.read_bytes()
    project.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProjectCorruptError) as info:
        open_project_file(project)
    assert "study.pwb" in str(info.value)
    assert info.value.backup == newest
    assert str(newest) in str(info.value)
    assert not check_project_file(project).ok


def test_corrupted_pages_are_detected_on_open_and_by_check(project):
    data = bytearray(project.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # overwrite the second page (a table b-tree page) with garbage
    data[page_size: 2 * page_size] = bytes((i * 7 + 3) % 256 for i in range(page_size))
    project.write_bytes(bytes(data))
    with pytest.raises(ProjectCorruptError, match="damaged"):
        open_project_file(project)
    report = check_project_file(project)
    assert not report.ok and report.problems


def test_restore_replaces_a_damaged_project_and_keeps_the_damaged_file(project):
    project.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    used, moved = restore_project_file(project)
    assert moved is not None and moved.read_bytes().startswith(b"SQLite format 3")
    assert used == backups.list_backups(project)[0]
    with open_project_file(project) as restored:
        assert restored.db.scalar("SELECT count(*) FROM customers") == 3


def test_restore_without_any_backup_says_so(tmp_path):
    with pytest.raises(BackupError, match="no backup"):
        restore_project_file(tmp_path / "never.pwb")


def test_restore_refuses_while_another_writer_has_the_project(project):
    with open_project_file(project):
        with pytest.raises(ProjectLockedError):
            restore_project_file(project)


# --- schema versions ----------------------------------------------------------------------

def test_newer_schema_is_refused_and_the_file_is_not_touched(project):
    conn = sqlite3.connect(project)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(project)
    with pytest.raises(ProjectTooNewError) as info:
        open_project_file(project)
    assert "newer version" in str(info.value) and "study.pwb" in str(info.value)
    assert digest(project) == before
    assert sorted(p.name for p in project.parent.iterdir()) == ["study.pwb"]


@pytest.mark.parametrize("old_version", range(1, SCHEMA_VERSION))
def test_every_older_schema_version_is_migrated_with_its_data(tmp_path, old_version):
    path = create_project_file(tmp_path / "old.pwb", "Old", migrations=MIGRATIONS[:old_version])
    with open_project_file(path, migrations=MIGRATIONS[:old_version]) as opened:
        add_customers(opened.db, ["Ada", "Zoë"])
    with open_project_file(path) as upgraded:
        assert upgraded.migrated_from == old_version
        assert upgraded.db.pragma("user_version") == SCHEMA_VERSION
        assert [r[0] for r in upgraded.db.query("SELECT label FROM customers")] == ["Ada", "Zoë"]
        assert read_meta(upgraded.db)["name"] == "Old"
    assert check_project_file(path).ok


def test_upgrade_takes_a_backup_of_the_old_version_first(project):
    extra = Migration("add nickname", ["ALTER TABLE customers ADD COLUMN nickname TEXT"])
    with open_project_file(project, migrations=[*MIGRATIONS, extra]) as upgraded:
        assert upgraded.migrated_from == SCHEMA_VERSION
        assert upgraded.backup is not None
        conn = sqlite3.connect(upgraded.backup)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 3
        conn.close()


def test_failed_upgrade_rolls_back_entirely_and_says_where_the_backup_is(project):
    def broken(conn):
        conn.execute("ALTER TABLE customers ADD COLUMN nickname TEXT")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    with pytest.raises(ProjectError) as info:
        open_project_file(project, migrations=[*MIGRATIONS, Migration("broken", broken)])
    assert "left as it was" in str(info.value) and info.value.backup is not None
    with open_project_file(project) as reopened:
        assert reopened.db.pragma("user_version") == SCHEMA_VERSION
        columns = [r["name"] for r in reopened.db.query("PRAGMA table_info(customers)")]
        assert "nickname" not in columns


# --- one writer -------------------------------------------------------------------------------

def test_second_writer_in_the_same_process_is_refused_but_can_read(project):
    with open_project_file(project):
        with pytest.raises(ProjectLockedError, match="read-only"):
            open_project_file(project)
        with open_project_file(project, readonly=True) as reader:
            assert reader.readonly
            assert reader.db.scalar("SELECT count(*) FROM customers") == 3
            with pytest.raises(sqlite3.OperationalError):
                reader.db.execute("DELETE FROM customers")


def test_second_instance_is_refused_with_the_holders_process_named(project):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(
            """
            import sys, time
            from workbench.store.project_file import open_project_file
            p = open_project_file(sys.argv[1])
            print("open", flush=True)
            time.sleep(60)
            """), str(project)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(ProjectLockedError) as info:
            open_project_file(project)
        assert f"process {holder.pid}" in str(info.value)
        assert "study.pwb" in str(info.value)
    finally:
        holder.kill()
        holder.wait()
    with open_project_file(project) as after:
        assert after.lock.held


# --- backups ------------------------------------------------------------------------------------

def test_each_open_takes_a_backup_and_only_the_newest_are_kept(project):
    for _ in range(6):
        open_project_file(project, backup_count=4).close()
    kept = backups.list_backups(project)
    assert len(kept) == 4
    assert kept == sorted(kept, reverse=True)
    for backup in kept:
        assert check_project_file(backup).ok


def test_backups_of_same_named_projects_in_different_folders_never_mix(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = create_project_file(tmp_path / "a" / "study.pwb")
    b = create_project_file(tmp_path / "b" / "study.pwb")
    open_project_file(a).close()
    assert backups.list_backups(a) and not backups.list_backups(b)


def test_manual_backup_works_while_the_project_is_open_for_writing(project, tmp_path):
    with open_project_file(project) as opened:
        add_customers(opened.db, ["Late"])
        copy = backup_project_file(project, tmp_path / "copy.pwb")
    with open_project_file(copy, readonly=True) as restored:
        assert restored.db.scalar("SELECT count(*) FROM customers") == 4


def test_backups_live_in_the_per_user_data_folder(project, isolated_user_dirs):
    assert Path(isolated_user_dirs) in backups.newest_backup(project).parents
