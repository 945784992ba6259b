"""`manage.py backup`: a consistent copy of the SQLite database, taken while the site runs."""

import os
import shlex
import sqlite3
from contextlib import closing
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone


class BackupFailed(Exception):
    """The copy could not be made or did not pass its integrity check; nothing was kept."""


def backup_sqlite(source, destination):
    """Copy the SQLite database `source` to `destination` with SQLite's online backup API,
    check the copy with PRAGMA integrity_check and return its size in bytes.

    The copy is made in one backup step, inside one read transaction: in WAL mode the site's
    writers carry on meanwhile, and the copy is the database as it was when the step began,
    never half a transaction. (Copying in several steps would start over each time another
    connection writes, and might never finish on a busy site.) The copy is written beside
    `destination` and moved into place only once it passes the check.
    """
    source, destination = Path(source), Path(destination)
    if not source.is_file():
        raise BackupFailed(f"There is no database file at {source}.")
    partial = destination.with_name(f".{destination.name}.partial")
    # The copy holds everyone's personal data: readable by its owner only, from the start.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        with (
            closing(sqlite3.connect(source, timeout=20)) as reading,
            closing(sqlite3.connect(partial)) as copy,
        ):
            reading.backup(copy)
            # A single self-contained file (the site's database runs in WAL mode).
            copy.execute("PRAGMA journal_mode=DELETE")
            problems = [row[0] for row in copy.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise BackupFailed("The copy failed its integrity check: " + "; ".join(problems[:5]))
        os.replace(partial, destination)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"SQLite could not copy the database: {error}.") from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination.stat().st_size


def default_name(extension):
    return f"callpath-{timezone.localtime():%Y%m%d-%H%M%S}.{extension}"


def _pg_connection(database):
    """libpq options naming the server and user of a DATABASES entry (never the password)."""
    options = []
    for key, option in (("HOST", "--host"), ("PORT", "--port"), ("USER", "--username")):
        if database.get(key):
            options.append(f"{option}={database[key]}")
    return options


def pg_dump_command(database, destination):
    """The pg_dump command that backs up `database` (a DATABASES entry) to `destination`."""
    return shlex.join(
        ["pg_dump", "--format=custom", *_pg_connection(database), f"--file={destination}"]
        + [database["NAME"]]
    )


def pg_restore_command(database, source):
    """The pg_restore command that puts the backup `source` back into `database`."""
    return shlex.join(
        ["pg_restore", "--clean", "--if-exists", "--no-owner", *_pg_connection(database)]
        + [f"--dbname={database['NAME']}", str(source)]
    )


def human_size(size):
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024


class Command(BaseCommand):
    help = (
        "Write a consistent copy of the SQLite database while the site runs (SQLite's online "
        "backup API), checked with PRAGMA integrity_check. PostgreSQL: use pg_dump."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            metavar="PATH",
            help=(
                "The backup file, or a folder to put it in. Default: "
                "VAR_DIR/backups/callpath-YYYYmmdd-HHMMSS.sqlite3."
            ),
        )

    def handle(self, *args, output=None, **options):
        connection = connections[DEFAULT_DB_ALIAS]
        database = connection.settings_dict
        if connection.vendor == "postgresql":
            raise CommandError(self.postgresql_advice(database, output))
        if connection.vendor != "sqlite":
            raise CommandError(
                f"manage.py backup copies SQLite databases; back up {connection.vendor} with "
                "its own tools."
            )
        if connection.is_in_memory_db():
            raise CommandError("The database is in memory; there is no file to back up.")

        destination = self.destination(output, "sqlite3")
        if destination.exists():
            raise CommandError(f"{destination} already exists; choose another --output.")
        destination.parent.mkdir(parents=True, exist_ok=True)
        try:
            size = backup_sqlite(database["NAME"], destination)
        except BackupFailed as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(f"Backed up the database to {destination}")
            + f" ({human_size(size)}, {size:,} bytes); integrity check: ok."
        )

    def destination(self, output, extension):
        if not output:
            return Path(settings.VAR_DIR) / "backups" / default_name(extension)
        path = Path(output)
        return path / default_name(extension) if path.is_dir() else path

    def postgresql_advice(self, database, output):
        destination = self.destination(output, "dump")
        password = (
            "\nGive the password in PGPASSWORD or ~/.pgpass." if database.get("PASSWORD") else ""
        )
        return (
            "The database is PostgreSQL: back it up with pg_dump, which also copies a "
            "consistent snapshot while the site runs:\n"
            f"  {pg_dump_command(database, destination)}{password}\n"
            "Restore it (with the site stopped) with:\n"
            f"  {pg_restore_command(database, destination)}"
        )
