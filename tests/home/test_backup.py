"""`manage.py backup`: a consistent, checked copy of a file-based SQLite database while
another connection keeps writing to it. The suite's own database is in memory, so these
tests build their own SQLite file, in WAL mode like the site's."""

import os
import re
import sqlite3
import stat
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from home.management.commands.backup import BackupFailed, Command, backup_sqlite
from tests.helpers import run_manage

BATCH = 5  # rows per writing transaction


def make_database(path, filler_rows=20_000):
    """A WAL-mode database with a few megabytes of rows, so a copy takes a moment, and the
    tables the writer fills: `events` in batches and `totals` counting them."""
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)")
        db.executemany(
            "INSERT INTO filler (text) VALUES (?)",
            ((f"row {n} " + "x" * 200,) for n in range(filler_rows)),
        )
        db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, batch INTEGER, n INTEGER)")
        db.execute("CREATE TABLE totals (rows INTEGER)")
        db.execute("INSERT INTO totals VALUES (0)")
        db.commit()


class Writer(threading.Thread):
    """Inserts batches of rows in a loop, each batch and the running total in one
    transaction, until stopped."""

    def __init__(self, path):
        super().__init__(daemon=True)
        self.path = path
        self.batches = 0
        self.errors = []
        self.stopping = threading.Event()

    def run(self):
        with closing(sqlite3.connect(self.path, timeout=20)) as db:
            while not self.stopping.is_set():
                try:
                    with db:  # one transaction
                        db.executemany(
                            "INSERT INTO events (batch, n) VALUES (?, ?)",
                            [(self.batches, n) for n in range(BATCH)],
                        )
                        db.execute("UPDATE totals SET rows = rows + ?", (BATCH,))
                    self.batches += 1
                except sqlite3.Error as error:  # pragma: no cover - reported by the test
                    self.errors.append(error)
                time.sleep(0.001)

    def wait_for(self, batches):
        deadline = time.monotonic() + 30
        while self.batches < batches and time.monotonic() < deadline:
            time.sleep(0.01)
        assert self.batches >= batches, "the writer did not get going"

    def stop(self):
        self.stopping.set()
        self.join(timeout=30)


def assert_consistent_snapshot(path):
    """The copy opens, passes integrity_check, and holds only whole transactions."""
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        rows = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        (total,) = db.execute("SELECT rows FROM totals").fetchone()
        partial = db.execute(
            "SELECT COUNT(*) FROM (SELECT batch FROM events GROUP BY batch HAVING COUNT(*) != ?)",
            (BATCH,),
        ).fetchone()[0]
        filler = db.execute("SELECT COUNT(*) FROM filler").fetchone()[0]
    assert rows == total, "the running total and the rows come from the same moment"
    assert partial == 0, "no transaction was copied in half"
    return rows, filler


@pytest.fixture
def live_database(tmp_path):
    path = tmp_path / "callpath.sqlite3"
    make_database(path)
    writer = Writer(path)
    writer.start()
    writer.wait_for(20)
    yield path, writer
    writer.stop()


def test_backup_while_another_connection_writes_is_a_consistent_snapshot(live_database):
    path, writer = live_database
    copy = path.parent / "copy.sqlite3"

    size = backup_sqlite(path, copy)
    during = writer.batches
    writer.wait_for(during + 20)  # the writer was never blocked and carries on
    writer.stop()

    assert size == copy.stat().st_size > 4_000_000
    rows, filler = assert_consistent_snapshot(copy)
    assert filler == 20_000
    assert BATCH * 20 <= rows <= BATCH * during  # some, but not the writes after the copy
    with closing(sqlite3.connect(path)) as live:
        assert live.execute("SELECT COUNT(*) FROM events").fetchone()[0] > rows
    assert writer.errors == []
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert not list(path.parent.glob(".*.partial"))


def test_the_command_backs_up_the_running_site_into_var_backups(live_database, tmp_path):
    path, writer = live_database
    result = run_manage(
        ["backup"], DATABASE_URL=f"sqlite:///{path}", CALLPATH_VAR_DIR=str(tmp_path)
    )
    writer.stop()

    assert result.returncode == 0, result.stderr
    match = re.search(
        r"Backed up the database to (\S+) \(([\d.,]+ \w+), ([\d,]+) bytes\)", result.stdout
    )
    assert match, result.stdout
    backup = Path(match.group(1))
    assert backup.parent == tmp_path / "backups"
    assert re.fullmatch(r"callpath-\d{8}-\d{6}\.sqlite3", backup.name)
    assert backup.stat().st_size == int(match.group(3).replace(",", ""))
    assert "integrity check: ok" in result.stdout
    rows, _filler = assert_consistent_snapshot(backup)
    assert rows > 0
    assert writer.errors == []


def test_output_names_a_file_or_a_folder(tmp_path, settings):
    settings.VAR_DIR = tmp_path / "var"
    command = Command()
    assert command.destination(str(tmp_path / "nightly.sqlite3"), "sqlite3") == (
        tmp_path / "nightly.sqlite3"
    )
    in_folder = command.destination(str(tmp_path), "sqlite3")
    assert in_folder.parent == tmp_path
    assert re.fullmatch(r"callpath-\d{8}-\d{6}\.sqlite3", in_folder.name)
    assert command.destination(None, "sqlite3").parent == tmp_path / "var" / "backups"


def test_an_existing_file_is_never_overwritten(tmp_path):
    path = tmp_path / "callpath.sqlite3"
    make_database(path, filler_rows=10)
    target = tmp_path / "nightly.sqlite3"
    target.write_text("last night's backup")
    result = run_manage(
        ["backup", "--output", str(target)],
        DATABASE_URL=f"sqlite:///{path}",
        CALLPATH_VAR_DIR=str(tmp_path),
    )
    assert result.returncode == 1
    assert f"{target} already exists; choose another --output." in result.stderr
    assert target.read_text() == "last night's backup"


def test_a_damaged_database_is_reported_and_no_copy_is_kept(tmp_path):
    path = tmp_path / "callpath.sqlite3"
    make_database(path, filler_rows=2_000)
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(3, 30):  # overwrite some table pages with noise
        data[page * page_size + 8 : page * page_size + 200] = os.urandom(192)
    path.write_bytes(bytes(data))

    with pytest.raises(BackupFailed, match="integrity check|could not copy"):
        backup_sqlite(path, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
    assert not list(tmp_path.glob(".*.partial"))


def test_a_missing_database_file_is_a_clear_error(tmp_path):
    with pytest.raises(BackupFailed, match="no database file"):
        backup_sqlite(tmp_path / "nothing.sqlite3", tmp_path / "copy.sqlite3")
    assert not (tmp_path / "nothing.sqlite3").exists()  # not created by trying


def test_postgresql_is_refused_with_the_pg_dump_command(tmp_path):
    result = run_manage(
        ["backup"],
        DATABASE_URL="postgres://alice:s3cret@db.internal:6543/callpath_prod",
        CALLPATH_VAR_DIR=str(tmp_path),
    )
    assert result.returncode == 1
    assert (
        "pg_dump --format=custom --host=db.internal --port=6543 --username=alice" in result.stderr
    )
    assert f"--file={tmp_path}/backups/callpath-" in result.stderr
    assert "callpath_prod" in result.stderr
    assert "pg_restore --clean --if-exists" in result.stderr
    assert "s3cret" not in result.stderr + result.stdout
    assert "PGPASSWORD" in result.stderr


@pytest.mark.django_db
def test_the_suite_database_cannot_be_backed_up_by_this_command():
    """In the suite the database is SQLite in memory or PostgreSQL: both are refused."""
    expected = "pg_dump" if connection.vendor == "postgresql" else "in memory"
    with pytest.raises(CommandError, match=expected):
        call_command("backup")
