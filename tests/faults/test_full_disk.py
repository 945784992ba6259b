"""A cache that cannot write must not break a page, and /healthz must say when the database or
the cache cannot write.

The file cache is made unusable in a way that stops root too (tests may run as root, for whom
file permissions stop nothing): its folder is placed under a regular file. On a machine that
allows mount namespaces, the real thing runs as well: the database and the cache on a small
disk of their own, filled to the last byte.
"""

import json
import shutil
import subprocess
import sys
import time

import pytest
from django.db import connection

from tests.bench.server import REPO, free_port
from tests.faults.conftest import ON_POSTGRES
from tests.kb.conftest import make_guide  # noqa: F401  (shared with the kb tests)

pytestmark = pytest.mark.django_db


@pytest.fixture
def unwritable_cache(settings, tmp_path):
    """The file cache in a folder that cannot exist: its parent is a regular file."""
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    settings.CACHES = {
        "default": {"BACKEND": "home.cache.FileCache", "LOCATION": str(blocker / "cache")}
    }


def test_pages_are_served_when_the_cache_cannot_write(
    unwritable_cache,
    login,
    make_guide,  # noqa: F811
):
    guide = make_guide("Taking a callback")
    for username, path in [
        ("operator", "/"),
        ("operator", "/news/"),
        ("operator", "/guides/"),
        ("operator", guide.url),
        ("operator", "/progress/operator/"),
        ("operator", "/search/?q=callback"),
        ("lead", "/team/"),
    ]:
        response = login(username).get(path)
        assert response.status_code == 200, path


def test_writes_are_seen_at_once_when_the_cache_cannot_write(
    unwritable_cache,
    login,
    make_guide,  # noqa: F811
):
    client = login("operator")
    assert "Taking a callback" not in client.get("/guides/").content.decode()
    make_guide("Taking a callback")
    assert "Taking a callback" in client.get("/guides/").content.decode()


def test_healthz_reports_a_cache_that_cannot_write(unwritable_cache, client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "error",
        "database": "ok",
        "cache": "cannot write: Not a directory",
    }


# Out of any test transaction (PostgreSQL makes a transaction read-only only at its start).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_healthz_reports_a_database_that_cannot_write(client):
    # A database that answers reads but refuses writes, as a full or read-only disk does.
    refuse, allow = {
        "sqlite": ("PRAGMA query_only = ON", "PRAGMA query_only = OFF"),
        "postgresql": (
            "SET default_transaction_read_only = on",
            "SET default_transaction_read_only = off",
        ),
    }[connection.vendor]
    with connection.cursor() as cursor:
        cursor.execute(refuse)
    try:
        response = client.get("/healthz")
    finally:
        with connection.cursor() as cursor:
            cursor.execute(allow)
    assert response.status_code == 503
    body = response.json()
    assert (body["status"], body["cache"]) == ("error", "ok")
    assert body["database"].startswith("cannot write: ")
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.fixture
def redis_refusing_writes(settings, tmp_path):
    """A Redis of our own that refuses every write (out of memory), as the cache, with the
    sessions read through it as production does with REDIS_URL."""
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--save", "", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )
    try:
        cli = ["redis-cli", "-p", str(port)]
        for _ in range(100):
            if subprocess.run([*cli, "ping"], capture_output=True).returncode == 0:
                break
            time.sleep(0.05)
        subprocess.run([*cli, "config", "set", "maxmemory", "1"], check=True, capture_output=True)
        settings.CACHES = {
            "default": {"BACKEND": "home.cache.RedisCache", "LOCATION": f"redis://127.0.0.1:{port}"}
        }
        settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
        yield
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server")
def test_a_redis_refusing_writes_breaks_no_page(redis_refusing_writes, login, client):
    for username, path in [("operator", "/"), ("operator", "/guides/"), ("lead", "/team/")]:
        assert login(username).get(path).status_code == 200, path
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"].startswith("cannot write: command not allowed when used memory")


def can_mount_a_disk():
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


@pytest.mark.skipif(ON_POSTGRES, reason="the database server has a disk of its own")
@pytest.mark.skipif(not can_mount_a_disk(), reason="needs a mount namespace for a small disk")
def test_a_full_disk_serves_pages_and_fails_healthz(site, tmp_path):
    """The demo site's database and file cache on an 8 MB disk, filled: a signed-in operator's
    pages answer, and /healthz says 503 for both."""
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (
        f'mount -t tmpfs -o size=8m tmpfs "{disk}" && '
        f'cp "{site.sqlite_path}" "{disk}/" && '
        f'exec "{sys.executable}" -m tests.faults.full_disk_probe "{disk}"'
    )
    result = subprocess.run(
        ["unshare", "--mount", "sh", "-c", script],
        cwd=REPO,
        env={**site.env, "CALLPATH_VAR_DIR": str(disk)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["filled"] > 0
    assert outcome["pages"] == {path: 200 for path in outcome["pages"]}
    status, body = outcome["healthz"]
    assert status == 503
    assert json.loads(body) == {
        "status": "error",
        "database": "cannot write: database or disk is full",
        "cache": "cannot write: No space left on device",
    }
