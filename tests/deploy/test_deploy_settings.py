"""Beyond one machine: the settings for a shared cache, a task worker and media on S3.

Settings are read from the environment when their module is imported, so most tests import
them in a fresh process with the environment a deployment would set and print what they
resolved to. Redis and PostgreSQL are the machine's own; the tests skip, saying why, when
they are down, and fail instead with CALLPATH_REQUIRE_SERVICES=1 (as CI sets).
"""

import json
import os
import secrets
import subprocess
import sys
import textwrap
import uuid

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils.text import slugify

from tests.helpers import REPO_ROOT, require_service, run_manage

PRODUCTION = "callpath.settings.production"
TEST_REDIS_URL = os.environ.get("CALLPATH_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
# What a deployment sets; cleared first so the developer's own environment cannot leak in.
DEPLOYMENT_VARIABLES = (
    "REDIS_URL",
    "CACHE_KEY_PREFIX",
    "TASKS_BACKEND",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_S3_REGION_NAME",
    "AWS_S3_ADDRESSING_STYLE",
    "MEDIA_ROOT",
)
S3_ENV = {
    "AWS_STORAGE_BUCKET_NAME": "callpath-media",
    "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
    "AWS_S3_REGION_NAME": "eu-west-1",
    # Signing a URL is local arithmetic: these never leave the process.
    "AWS_ACCESS_KEY_ID": "callpath-test-key",
    "AWS_SECRET_ACCESS_KEY": "callpath-test-secret",
}

# Prints the resolved settings (and what the default storage makes of them) as JSON.
RESOLVE = """
import json
import django
from django.conf import settings
django.setup()
from django.core.files.storage import storages
default_storage = storages["default"]
storage = {"class": type(default_storage).__name__}
if storage["class"] == "S3Storage":
    storage.update(
        bucket=default_storage.bucket_name,
        querystring_auth=default_storage.querystring_auth,
        default_acl=default_storage.default_acl,
        file_overwrite=default_storage.file_overwrite,
        url=default_storage.url("documents/refund-policy.pdf"),
    )
else:
    storage["location"] = str(default_storage.location)
print(json.dumps({
    "CACHES": settings.CACHES,
    "SESSION_ENGINE": settings.SESSION_ENGINE,
    "TASKS": settings.TASKS,
    "STORAGES": settings.STORAGES,
    "INSTALLED_APPS": settings.INSTALLED_APPS,
    "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    "storage": storage,
}, default=str))
"""


def run_python(code, settings_module=PRODUCTION, **env):
    """Run CODE with Django settings SETTINGS_MODULE in a fresh process; its result."""
    full_env = {k: v for k, v in os.environ.items() if k not in DEPLOYMENT_VARIABLES}
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests only
    full_env.update(DJANGO_SETTINGS_MODULE=settings_module, SECRET_KEY=secrets.token_urlsafe(50))
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO_ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def resolved(settings_module=PRODUCTION, **env):
    result = run_python(RESOLVE, settings_module, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def redis_client():
    """A raw client of the test Redis database; deletes what the test wrote under its prefix."""
    import redis

    client = redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        require_service(f"Redis at {TEST_REDIS_URL}", error)
    prefix = f"callpath-test-{uuid.uuid4().hex[:12]}"
    client.prefix = prefix
    yield client
    for key in client.scan_iter(match=f"{prefix}:*"):
        client.delete(key)
    client.close()


@pytest.fixture(scope="module")
def var_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("var")


@pytest.fixture(scope="module")
def one_machine(var_dir):
    """Production settings with nothing but the required variables."""
    return resolved(CALLPATH_VAR_DIR=str(var_dir), MEDIA_ROOT=str(var_dir / "uploads"))


@pytest.fixture(scope="module")
def beyond_one_machine():
    """Production settings with a shared cache, the database task backend and S3 media."""
    return resolved(
        REDIS_URL="redis://cache.internal:6379/2",
        CACHE_KEY_PREFIX="callpath-a",
        TASKS_BACKEND="database",
        **S3_ENV,
    )


# A shared cache ------------------------------------------------------------------------------


def test_one_machine_uses_a_file_cache_its_workers_share(one_machine, var_dir):
    cache = one_machine["CACHES"]["default"]
    assert cache["BACKEND"] == "home.cache.FileCache"
    assert cache["LOCATION"] == str(var_dir / "cache")
    assert one_machine["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"

    # What one worker process writes, another reads.
    writer = run_python(
        """
        import django
        django.setup()
        from django.core.cache import cache
        cache.set("readiness:operator", {"percent": 56}, 60)
        """,
        CALLPATH_VAR_DIR=str(var_dir),
    )
    assert writer.returncode == 0, writer.stderr
    from django.core.cache.backends.filebased import FileBasedCache

    other_worker = FileBasedCache(cache["LOCATION"], {"KEY_PREFIX": cache["KEY_PREFIX"]})
    assert other_worker.get("readiness:operator") == {"percent": 56}


def test_redis_url_selects_the_redis_cache_and_cached_database_sessions(beyond_one_machine):
    settings = beyond_one_machine
    cache = settings["CACHES"]["default"]
    # Django's Redis cache, failing soft when Redis refuses a write (home/cache.py).
    assert cache["BACKEND"] == "home.cache.RedisCache"
    assert cache["LOCATION"] == "redis://cache.internal:6379/2"
    assert cache["KEY_PREFIX"] == "callpath-a"
    assert settings["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"


def test_the_redis_cache_is_shared_between_app_servers(redis_client):
    from django.core.cache.backends.redis import RedisCache

    prefix = redis_client.prefix
    # Another app server: a client of its own, in this process.
    other_server = RedisCache(TEST_REDIS_URL, {"KEY_PREFIX": prefix})
    other_server.set("stale-fragment", "<li>Old shift rota</li>", 60)
    other_server.set("from-other-server", "cover needed on Saturday", 60)

    result = run_python(
        """
        import json
        import django
        django.setup()
        from django.core.cache import cache, caches
        seen = {"backend": type(caches["default"]).__name__}
        seen["other"] = cache.get("from-other-server")
        cache.set("greeting", "Good morning, you're through to Callpath", 60)
        seen["greeting"] = cache.get("greeting")
        cache.set("receipts", 1, 60)
        seen["incr"] = cache.incr("receipts", 4)
        cache.delete("stale-fragment")
        seen["deleted"] = cache.get("stale-fragment", "gone")
        print(json.dumps(seen))
        """,
        REDIS_URL=TEST_REDIS_URL,
        CACHE_KEY_PREFIX=prefix,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {
        "backend": "RedisCache",
        "other": "cover needed on Saturday",
        "greeting": "Good morning, you're through to Callpath",
        "incr": 5,
        "deleted": "gone",
    }

    # Written, incremented and deleted in Redis itself, not in a copy the process kept.
    assert other_server.get("greeting") == "Good morning, you're through to Callpath"
    assert other_server.get("receipts") == 5
    assert other_server.get("stale-fragment") is None
    assert int(redis_client.get(f"{prefix}:1:receipts")) == 5


# The task worker -----------------------------------------------------------------------------


def test_tasks_run_immediately_unless_the_database_backend_is_chosen(
    one_machine, beyond_one_machine
):
    assert one_machine["TASKS"]["default"]["BACKEND"] == (
        "django_tasks.backends.immediate.ImmediateBackend"
    )
    assert {"django_tasks", "django_tasks_db"} <= set(one_machine["INSTALLED_APPS"])
    assert beyond_one_machine["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def test_an_unknown_tasks_backend_is_refused_with_the_choices():
    result = run_python("import django; django.setup()", TASKS_BACKEND="celery")
    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of: immediate, database (got 'celery')" in result.stderr


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_published_guide_is_searchable_once_the_worker_has_run(settings, django_user_model):
    from django_tasks_db.models import DBTaskResult

    from kb.models import GuideIndexPage, GuidePage
    from search.engine import get_engine

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    admin = django_user_model.objects.create_superuser("deploy-admin", password="x")
    title = "Escalating a disputed direct debit"
    page = GuideIndexPage.objects.get().add_child(
        instance=GuidePage(
            title=title,
            slug=slugify(title),
            live=False,
            summary="When a customer disputes a direct debit, escalate to the billing desk.",
            body=[{"type": "paragraph", "value": "<p>Log the disputed direct debit.</p>"}],
        )
    )

    def index_tasks_for(page_id):
        return [
            row
            for row in DBTaskResult.objects.filter(task_path="search.index.index_pages_task")
            if page_id in row.args_kwargs["args"][0]
        ]

    def found():
        return [
            hit.page_id for hit in get_engine().search("disputed direct debit", user=admin).hits
        ]

    try:
        queued_before = len(index_tasks_for(page.pk))
        with transaction.atomic():  # as the editor's request
            page.save_revision().publish()
            # A worker must not see the task before the page is committed.
            assert len(index_tasks_for(page.pk)) == queued_before
        queued = index_tasks_for(page.pk)
        assert len(queued) > queued_before
        assert {row.status for row in queued} == {"READY"}
        assert found() == []  # published, not yet indexed

        call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)

        assert {row.status for row in index_tasks_for(page.pk)} == {"SUCCESSFUL"}
        assert found() == [page.pk]
    finally:
        # The full-text table is no model, so the flush after this test would not empty it.
        get_engine().remove_pages([page.pk])


# Media on S3-compatible storage --------------------------------------------------------------


def test_without_a_bucket_uploads_stay_on_disk_under_media_root(one_machine, var_dir):
    settings = one_machine

    assert settings["STORAGES"]["default"] == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }
    assert settings["storage"] == {
        "class": "FileSystemStorage",
        "location": str(var_dir / "uploads"),
    }
    assert settings["STORAGES"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


def test_a_bucket_puts_uploads_on_s3_private_and_signed(beyond_one_machine):
    settings = beyond_one_machine

    media = settings["STORAGES"]["default"]
    assert media["BACKEND"] == "storages.backends.s3.S3Storage"
    assert media["OPTIONS"] == {
        "bucket_name": "callpath-media",
        "endpoint_url": "http://127.0.0.1:9000",
        "region_name": "eu-west-1",
        "addressing_style": None,
        "signature_version": "s3v4",
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": 3600,
        "file_overwrite": False,
    }
    assert settings["STORAGES"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )

    storage = settings["storage"]
    assert storage["class"] == "S3Storage"
    assert (storage["querystring_auth"], storage["default_acl"], storage["file_overwrite"]) == (
        True,
        None,
        False,
    )
    # A document's URL points at the private bucket and carries an expiring signature.
    url = storage["url"]
    assert url.startswith("http://127.0.0.1:9000/callpath-media/documents/refund-policy.pdf?")
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=3600" in url


# Production, all together --------------------------------------------------------------------


def postgres_url():
    """The PostgreSQL of DATABASE_URL, else the machine's; skipped or failed when down."""
    import psycopg

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        url = "postgres://postgres@127.0.0.1:5432/postgres"
    try:
        psycopg.connect(url, connect_timeout=3).close()
    except psycopg.Error as error:
        require_service("PostgreSQL", error)
    return url


def test_production_with_every_service_passes_the_deploy_check():
    database_url = postgres_url()
    env = {
        **S3_ENV,
        "DATABASE_URL": database_url,
        "REDIS_URL": TEST_REDIS_URL,
        "TASKS_BACKEND": "database",
        "ELASTICSEARCH_URL": "http://search.internal:9200",
        "ALLOWED_HOSTS": "intranet.callpath.example",
        "SECURE_SSL_REDIRECT": "false",
    }
    # --database runs the checks that need a connection, so the URL must really serve.
    result = run_manage(
        ["check", "--deploy", "--database", "default"],
        DJANGO_SETTINGS_MODULE=PRODUCTION,
        SECRET_KEY=secrets.token_urlsafe(50),
        **env,
    )
    assert result.returncode == 0, result.stderr
