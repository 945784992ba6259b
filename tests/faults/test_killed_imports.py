"""An import killed half-way, or failing half-way, leaves nothing half-written.

The importers check everything first, then write in one transaction. These tests hold them
to it the hard way: each command runs in its own process against a real database (a SQLite
file, or PostgreSQL with DATABASE_URL), is caught in the middle of its write transaction and
killed with SIGKILL — no cleanup, no exception handler — and the database must be exactly as
it was before. Then, in process, a write that fails on a later row after the earlier rows
went in must take those rows back out with it.
"""

import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from careers.kpi_import import IMPORT_ACTION, check_rows, read_csv, write_snapshots
from careers.models import KpiMetric, KpiSnapshot, KpiSource
from kb.markdown_import import check_guide_files, import_guides
from kb.models import GuidePage
from tests.bench.server import REPO
from tests.faults.guide_files import GUIDE, write_guides

# What every import may touch, with a fingerprint of its contents: row counts, and for KPI
# values their sum and latest write, so a replaced value shows as well as an added one.
FINGERPRINT = {
    "wagtailcore_page": "COUNT(*), MAX(latest_revision_id)",
    "kb_guidepage": "COUNT(*)",
    "kb_guidepage_topics": "COUNT(*)",
    "kb_guidepage_levels": "COUNT(*)",
    "wagtailcore_revision": "COUNT(*)",
    "wagtailcore_pagelogentry": "COUNT(*)",
    "wagtailcore_modellogentry": "COUNT(*)",
    "careers_kpisnapshot": "COUNT(*), SUM(value), MAX(recorded_at)",
    "search_searchentry": "COUNT(*)",
}
# How long to let a command write before killing it; every input below writes for longer.
KILL_AFTER = 0.3


def fingerprint(site):
    return {
        table: tuple(str(value) for value in site.query(f"SELECT {what} FROM {table}")[0])
        for table, what in FINGERPRINT.items()
    }


def empty_the_wal(site):
    """Checkpoint SQLite's write-ahead log into the database and truncate it to 0 bytes."""
    if not site.database_url:
        with closing(sqlite3.connect(site.sqlite_path)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def writing(site):
    """Whether the command has written rows that its open transaction has not committed."""
    if site.database_url:
        # A backend gets a transaction id when its transaction first writes.
        return bool(
            site.query(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()"
            )[0][0]
        )
    # The write lock is held (the transactions are IMMEDIATE) and uncommitted pages have
    # spilled from the writer's cache into the log, which was empty when it started.
    wal = site.sqlite_path.with_name(site.sqlite_path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return False
    with closing(sqlite3.connect(site.sqlite_path, timeout=0, isolation_level=None)) as probe:
        try:
            probe.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if "locked" in str(error):
                return True
            raise
        probe.execute("ROLLBACK")
        return False


def kill_while_writing(site, tmp_path, *args, timeout=600):
    """Run `manage.py ARGS`; SIGKILL it KILL_AFTER seconds after it is caught writing."""
    empty_the_wal(site)
    log = (tmp_path / "command.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "manage.py", *args], cwd=REPO, env=site.env, stdout=log, stderr=log
    )
    deadline = time.monotonic() + timeout
    try:
        while not writing(site):
            if process.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"never caught writing (status {process.returncode}):\n{log.read()}")
            time.sleep(0.02)
        time.sleep(KILL_AFTER)
        # Frozen first, so the check that it is still mid-transaction cannot go stale.
        process.send_signal(signal.SIGSTOP)
        assert process.poll() is None, "the command finished before it could be killed"
        assert writing(site), "the command left its write transaction already"
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        log.close()


def assert_database_is_sound(site):
    if not site.database_url:
        assert site.query("PRAGMA integrity_check") == [("ok",)]


def floor_operators(site):
    return [
        username
        for (username,) in site.query(
            "SELECT u.username FROM auth_user u JOIN auth_user_groups ug ON ug.user_id = u.id "
            "JOIN auth_group g ON g.id = ug.group_id WHERE g.name = 'Operators' ORDER BY u.id"
        )
    ]


VALUE_FOR_UNIT = {"%": "87.50", "/5": "4.20", "seconds": "312"}


def test_kpi_import_killed_while_writing_writes_nothing(site, tmp_path):
    # Every operator, every metric, for twenty-five years of months (the import takes months
    # from 2000 on): about 54,000 rows, some of them replacing the demo's values.
    metrics = site.query("SELECT name, unit FROM careers_kpimetric ORDER BY id")
    this_month = date.today().replace(day=1)
    months = [
        f"{(this_month.year * 12 + this_month.month - 1 - back) // 12}-"
        f"{(this_month.year * 12 + this_month.month - 1 - back) % 12 + 1:02}"
        for back in range(300)
    ]
    path = tmp_path / "kpis.csv"
    with path.open("w") as csv:
        csv.write("username,metric,month,value\n")
        for username in floor_operators(site):
            for name, unit in metrics:
                for month in months:
                    csv.write(f"{username},{name},{month},{VALUE_FOR_UNIT.get(unit, '1')}\n")
    before = fingerprint(site)

    kill_while_writing(site, tmp_path, "import_kpis", str(path))

    assert fingerprint(site) == before
    assert_database_is_sound(site)


def test_guide_import_killed_while_writing_writes_nothing(site, tmp_path):
    folder = write_guides(tmp_path / "guides", 300)
    before = fingerprint(site)

    kill_while_writing(site, tmp_path, "import_guides", str(folder))

    assert fingerprint(site) == before
    assert site.count("wagtailcore_page", "slug LIKE ?", ("callback-promise-%",)) == 0
    assert_database_is_sound(site)


def test_generate_content_killed_while_writing_writes_nothing(site, tmp_path):
    before = fingerprint(site)

    kill_while_writing(site, tmp_path, "generate_content", "--guides", "2000", "--news", "200")

    assert fingerprint(site) == before
    assert_database_is_sound(site)


# ---------------------------------------------------------------------------------------
# Failing on a later row, in process


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_kpi_write_failing_on_a_later_row_takes_the_earlier_rows_back(demo_people):
    # Rows checked, then the last row's operator is deleted before the write (an admin at
    # work during the import): the earlier rows are written first, then the last one fails.
    KpiMetric.objects.get_or_create(name="Quality score", defaults={"unit": "%"})
    audit_before = ModelLogEntry.objects.filter(action=IMPORT_ACTION).count()
    parsed = read_csv(
        "username,metric,month,value\n"
        "operator,Quality score,2025-01,81\n"
        "lcarter,Quality score,2025-01,92\n"
        "psharma,Quality score,2025-01,77\n"
    )
    rows, errors = check_rows(parsed.rows, date.today())
    assert errors == [] and len(rows) == 3
    get_user_model().objects.filter(username="psharma").delete()

    with pytest.raises(IntegrityError):
        write_snapshots(rows, source=KpiSource.CSV, origin={"file": "kpis.csv"})

    assert KpiSnapshot.objects.count() == 0
    assert ModelLogEntry.objects.filter(action=IMPORT_ACTION).count() == audit_before


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_guide_import_failing_on_a_later_file_takes_the_earlier_pages_back(demo_people, tmp_path):
    paths = []
    for number, owner in [(1, "mentor"), (2, "mentor"), (3, "pkowalski")]:
        path = tmp_path / f"guide-{number}.md"
        path.write_text(GUIDE.format(number=number).replace("owner: mentor", f"owner: {owner}"))
        paths.append(path)
    checked, invalid = check_guide_files(paths)
    assert invalid == [] and len(checked) == 3
    pages_before = GuidePage.objects.count()
    revisions_before, log_before = Revision.objects.count(), PageLogEntry.objects.count()
    # The third file's owner leaves between the check and the write: the page refuses them
    # after the first two files are written.
    get_user_model().objects.filter(username="pkowalski").delete()

    with pytest.raises(ValidationError, match="owner"):
        import_guides(checked)

    assert GuidePage.objects.count() == pages_before
    assert (Revision.objects.count(), PageLogEntry.objects.count()) == (
        revisions_before,
        log_before,
    )
    assert not GuidePage.objects.filter(slug__startswith="callback-promise-").exists()
