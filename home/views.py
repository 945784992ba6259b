import logging
import sys

from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, OperationalError, connection, transaction
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from home.cache import cache_write_problem

logger = logging.getLogger(__name__)


@login_not_required
@never_cache
def healthz(request):
    """Health for load balancers and monitoring: 200 when the database and the cache both
    write, else 503 naming the one that does not and why (a full disk, a read-only database).

    The database probe commits a real write; the cache probe stores a value and reads it back.
    """
    checks = {"database": database_state(), "cache": cache_state()}
    healthy = all(state == "ok" for state in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )


def database_state():
    """ "ok", "unreachable" or "cannot write: <reason>"."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.warning("Health check: database unreachable: %s", error)
        return "unreachable"
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            commit_a_write(cursor)
    except DatabaseError as error:
        logger.warning("Health check: database cannot write: %s", error)
        return f"cannot write: {str(error).splitlines()[0][:200]}"
    return "ok"


def commit_a_write(cursor):
    """Make the surrounding transaction write something that changes nothing, so its commit
    needs the disk (and, on SQLite, the write lock) as any real write would."""
    if connection.vendor == "sqlite":
        # Rewrites the database header with the value it already holds.
        cursor.execute("PRAGMA user_version")
        user_version = int(cursor.fetchone()[0])
        cursor.execute(f"PRAGMA user_version = {user_version}")
    elif connection.vendor == "postgresql":
        # A transaction id is only given to a transaction that may write; its commit is
        # written to the log. A read-only server or session refuses.
        cursor.execute("SELECT pg_current_xact_id(), current_setting('transaction_read_only')")
        if cursor.fetchone()[1] == "on":
            raise DatabaseError("the database is read-only")


def cache_state():
    """ "ok" or "cannot write: <reason>"."""
    problem = cache_write_problem()
    if problem:
        logger.warning("Health check: cache cannot write: %s", problem)
        return f"cannot write: {problem}"
    return "ok"


# Seconds a person is asked to wait when SQLite's write lock stayed taken past its timeout.
BUSY_RETRY_SECONDS = 30


def database_was_busy(error):
    """Whether `error` is SQLite giving up on its write lock (a long import or backup held
    it past the busy timeout): the request did nothing and may simply be sent again."""
    return isinstance(error, OperationalError) and "database is locked" in str(error)


@login_not_required
def server_error(request):
    """The site's 500 page (`handler500`), or a 503 "busy, try again" page with Retry-After
    when the database's write lock was taken for too long: that request changed nothing,
    and a person should be told to retry rather than that something broke."""
    if database_was_busy(sys.exception()):
        response = render(request, "503_busy.html", status=503)
        response["Retry-After"] = str(BUSY_RETRY_SECONDS)
        return response
    return render(request, "500.html", status=500)
