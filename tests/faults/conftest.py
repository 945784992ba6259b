"""A real deployment for the fault tests: a database built once by the management commands
(migrate, collectstatic, load_demo) as production would, then copied fresh for each test.

On SQLite that is a database file in WAL mode under a temporary CALLPATH_VAR_DIR; with a
PostgreSQL DATABASE_URL it is a database of its own on that server (`<name>_faults_template`,
cloned per test as `<name>_faults`), so child processes — gunicorn, management commands —
see what the test wrote and the test sees what they committed.
"""

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.bench.server import build_database, production_env

DATABASE_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRES = DATABASE_URL.startswith(("postgres://", "postgresql://"))


def database_url_named(name):
    """DATABASE_URL with another database name on the same server."""
    parts = urlsplit(DATABASE_URL)
    return urlunsplit(parts._replace(path=f"/{name}"))


def postgres_admin(sql):
    """Run a statement outside a transaction on the server's `postgres` database."""
    import psycopg

    with psycopg.connect(database_url_named("postgres"), autocommit=True) as connection:
        connection.execute(sql)


@dataclass
class Site:
    """A built database and the production environment that uses it."""

    var_dir: Path
    database_url: str | None
    env: dict = field(init=False, repr=False)

    def __post_init__(self):
        self.env = production_env(self.var_dir, self.database_url)

    @property
    def sqlite_path(self):
        return self.var_dir / "callpath.sqlite3"

    def query(self, sql, params=()):
        """Rows of a read-only query, straight from the database (no Django)."""
        if self.database_url:
            import psycopg

            with psycopg.connect(self.database_url) as connection:
                return connection.execute(sql.replace("?", "%s"), params).fetchall()
        with closing(sqlite3.connect(self.sqlite_path, timeout=20)) as connection:
            return connection.execute(sql, params).fetchall()

    def count(self, table, where="1=1", params=()):
        return self.query(f"SELECT COUNT(*) FROM {table} WHERE {where}", params)[0][0]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The demo deployment, built once per test run (about a minute)."""
    var_dir = tmp_path_factory.mktemp("built-site")
    database_url = None
    if ON_POSTGRES:
        name = f"{urlsplit(DATABASE_URL).path.lstrip('/')}_faults_template"
        postgres_admin(f'DROP DATABASE IF EXISTS "{name}"')
        postgres_admin(f'CREATE DATABASE "{name}"')
        database_url = database_url_named(name)
    build_database(production_env(var_dir, database_url))
    yield Site(var_dir, database_url)
    if ON_POSTGRES:
        postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def site(built_site, tmp_path):
    """A fresh copy of the demo deployment for one test."""
    if not ON_POSTGRES:
        # The backup API copies a consistent database whatever is still in the WAL.
        with (
            closing(sqlite3.connect(built_site.sqlite_path)) as source,
            closing(sqlite3.connect(tmp_path / "callpath.sqlite3")) as target,
        ):
            source.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
        yield Site(tmp_path, None)
        return
    template = urlsplit(built_site.database_url).path.lstrip("/")
    name = template.removesuffix("_template")
    postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    postgres_admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield Site(tmp_path, database_url_named(name))
    postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
