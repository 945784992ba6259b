"""The site's URLs plus two views that fail as a locked SQLite database and a broken query
do, for tests/faults/test_busy_database.py."""

from django.db import OperationalError
from django.urls import path

from callpath.urls import handler500, urlpatterns  # noqa: F401  (the site's error handler)


def locked(request):
    raise OperationalError("database is locked")


def broken(request):
    raise OperationalError("no such table: careers_assessment")


urlpatterns = [path("test-locked/", locked), path("test-broken/", broken), *urlpatterns]
